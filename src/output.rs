//! The terminal's output on a thread of its own. A terminal can stop taking output for as long
//! as it likes: the Linux console's Scroll Lock key stops it (even in raw mode), and so does
//! Ctrl-S where flow control is on. A `write` to it then blocks. If the app's loop did that
//! write, the idle reset, the signal checks and the staff exit would stop with it and the last
//! patient's screen would stay up. So the loop only ever hands its bytes to this thread:
//!
//! - `Output` collects what ratatui writes and, on `flush`, queues it for the writer thread;
//! - while the writer is stuck (`stalled`), the loop stops drawing but keeps its clock;
//! - what could not be queued (more than `MAX_QUEUED`) is dropped and reported (`take_lost`),
//!   so the loop redraws the whole screen once the terminal takes output again;
//! - at the end, `finish` waits a short time for the last bytes (the terminal's restoring), and
//!   the app ends whether or not the terminal took them.

use std::io::{self, Write};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

/// Bytes waiting for the terminal, at most: a few full screens.
pub const MAX_QUEUED: usize = 4 << 20;
/// A write that has not finished in this time means the terminal has stopped taking output.
pub const STALLED_AFTER: Duration = Duration::from_millis(500);

#[derive(Default)]
struct State {
    queued: Vec<u8>,
    /// When the write under way began.
    writing_since: Option<Instant>,
    /// Bytes were dropped since the loop last asked.
    lost: bool,
    /// The terminal refused a write (it is gone): told at the next flush.
    failed: Option<io::Error>,
}

struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The one writer thread, started on first use, writing to standard output.
fn shared() -> &'static Arc<Shared> {
    static SHARED: OnceLock<Arc<Shared>> = OnceLock::new();
    SHARED.get_or_init(|| {
        let shared = Arc::new(Shared {
            state: Mutex::new(State::default()),
            changed: Condvar::new(),
        });
        let theirs = Arc::clone(&shared);
        std::thread::Builder::new()
            .name("terminal output".into())
            .spawn(move || write_forever(&theirs))
            .expect("start the terminal output thread");
        shared
    })
}

fn write_forever(shared: &Shared) {
    // Its own handle on standard output, not `Stdout`: holding std's lock while a write is
    // stuck would stop every other writer in the process (the list printed at exit).
    use std::os::fd::AsFd;
    let mut out = match io::stdout().as_fd().try_clone_to_owned() {
        Ok(fd) => std::fs::File::from(fd),
        Err(e) => {
            shared.lock().failed = Some(e);
            return;
        }
    };
    let mut chunk = Vec::new();
    loop {
        {
            let mut st = shared.lock();
            st.writing_since = None;
            shared.changed.notify_all();
            while st.queued.is_empty() {
                st = shared.changed.wait(st).unwrap_or_else(|e| e.into_inner());
            }
            std::mem::swap(&mut chunk, &mut st.queued);
            st.writing_since = Some(Instant::now());
        }
        let wrote = out.write_all(&chunk).and_then(|()| out.flush());
        chunk.clear();
        if let Err(e) = wrote {
            shared.lock().failed = Some(e);
        }
    }
}

/// Whether the terminal has stopped taking output: a write has been under way for
/// `STALLED_AFTER`.
pub fn stalled() -> bool {
    shared()
        .lock()
        .writing_since
        .is_some_and(|since| since.elapsed() >= STALLED_AFTER)
}

/// Whether bytes were dropped since the last call: the screen must be drawn whole again.
pub fn take_lost() -> bool {
    std::mem::take(&mut shared().lock().lost)
}

/// What the app writes to the terminal; see the module's notes.
#[derive(Default)]
pub struct Output {
    buf: Vec<u8>,
}

impl Output {
    pub fn new() -> Self {
        Self::default()
    }

    /// Hands on what was written, then waits at most `wait` for the terminal to take all of
    /// it. Returns whether it did.
    pub fn finish(&mut self, wait: Duration) -> bool {
        let _ = self.flush();
        let shared = shared();
        let deadline = Instant::now() + wait;
        let mut st = shared.lock();
        while !st.queued.is_empty() || st.writing_since.is_some() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            st = shared
                .changed
                .wait_timeout(st, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        true
    }
}

impl Write for Output {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    /// Queues what was written; never waits for the terminal.
    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let shared = shared();
        let mut st = shared.lock();
        if let Some(e) = st.failed.take() {
            self.buf.clear();
            return Err(e);
        }
        if st.queued.len() + self.buf.len() > MAX_QUEUED {
            st.queued.clear();
            self.buf.clear();
            st.lost = true;
        } else {
            st.queued.append(&mut self.buf);
        }
        shared.changed.notify_all();
        Ok(())
    }
}
