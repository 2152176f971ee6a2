//! The terminal's output, which must never stop the app. A terminal can stop taking output for
//! as long as it likes: the Linux console's Scroll Lock key stops it (even in raw mode), and so
//! does Ctrl-S where flow control is on. A `write` to it then blocks. If the app's loop did that
//! write, the idle reset, the signal checks and the staff exit would stop with it and the last
//! patient's screen would stay up. So the loop never waits for the terminal:
//!
//! - `Output` collects what ratatui writes and, on `flush`, writes what the terminal takes at
//!   once, through a second handle on it that never blocks (`O_NONBLOCK`, opened afresh so
//!   that standard output itself stays as it was for the shell after us);
//! - what the terminal does not take at once is queued for a writer thread, started the first
//!   time that happens, and later output waits behind it, in order;
//! - while the writer is stuck (`stalled`), the loop stops drawing but keeps its clock;
//! - what could not be queued (more than `MAX_QUEUED`) is dropped and reported (`take_lost`),
//!   so the loop redraws the whole screen once the terminal takes output again;
//! - at the end, `finish` waits a short time for the last bytes (the terminal's restoring), and
//!   the app ends whether or not the terminal took them.
//!
//! A terminal that takes its output, as nearly always, so costs no thread and no hand-over: the
//! first frame is written as soon as it is drawn.

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

/// Bytes waiting for the terminal, at most: a few full screens.
pub const MAX_QUEUED: usize = 4 << 20;
/// A write that has not finished in this time means the terminal has stopped taking output.
pub const STALLED_AFTER: Duration = Duration::from_millis(500);

struct State {
    /// The writer thread was started: something had to wait for the terminal.
    writer: bool,
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

static SHARED: Shared = Shared {
    state: Mutex::new(State {
        writer: false,
        queued: Vec::new(),
        writing_since: None,
        lost: false,
        failed: None,
    }),
    changed: Condvar::new(),
};

/// The terminal on standard output, opened again so that a write to it never blocks: it
/// takes what the terminal has room for and says "would block" for the rest. None when
/// standard output is not a terminal or cannot be opened again (all output then goes through
/// the writer thread, as it would while the terminal is stopped).
fn direct() -> Option<&'static File> {
    static DIRECT: OnceLock<Option<File>> = OnceLock::new();
    DIRECT
        .get_or_init(|| {
            use std::os::unix::fs::OpenOptionsExt;
            if !io::stdout().is_terminal() {
                return None;
            }
            std::fs::OpenOptions::new()
                .write(true)
                .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
                .open("/proc/self/fd/1")
                .ok()
        })
        .as_ref()
}

/// Writes as much of `bytes` as the terminal takes now; returns how much that was.
fn write_now(mut to: &File, bytes: &[u8]) -> io::Result<usize> {
    let mut done = 0;
    while done < bytes.len() {
        match to.write(&bytes[done..]) {
            Ok(0) => break,
            Ok(n) => done += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
            Err(e) => return Err(e),
        }
    }
    Ok(done)
}

/// Starts the writer thread, once.
fn start_writer(st: &mut State) {
    if !std::mem::replace(&mut st.writer, true) {
        std::thread::Builder::new()
            .name("terminal output".into())
            .spawn(|| write_forever(&SHARED))
            .expect("start the terminal output thread");
    }
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
    SHARED
        .lock()
        .writing_since
        .is_some_and(|since| since.elapsed() >= STALLED_AFTER)
}

/// Whether bytes were dropped since the last call: the screen must be drawn whole again.
pub fn take_lost() -> bool {
    std::mem::take(&mut SHARED.lock().lost)
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
        let shared = &SHARED;
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

    /// Writes what the terminal takes now and queues the rest; never waits for the terminal.
    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let shared = &SHARED;
        let mut st = shared.lock();
        if let Some(e) = st.failed.take() {
            self.buf.clear();
            return Err(e);
        }
        // Nothing is waiting for the terminal, so these bytes may go before anything else.
        if st.queued.is_empty()
            && st.writing_since.is_none()
            && let Some(to) = direct()
        {
            match write_now(to, &self.buf) {
                Ok(n) => drop(self.buf.drain(..n)),
                Err(e) => {
                    self.buf.clear();
                    return Err(e);
                }
            }
            if self.buf.is_empty() {
                return Ok(());
            }
        }
        start_writer(&mut st);
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
