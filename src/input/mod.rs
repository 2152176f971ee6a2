//! Terminal input on a thread of its own. The loop never reads the terminal: one thread, for the
//! whole process, waits on it with `poll`, turns its bytes into events (`parse`: our own parser,
//! which holds an unfinished sequence only briefly and keeps no terminal reply) and queues them;
//! the loop only ever waits on the queue, with a timeout. Whatever bytes arrive (an unknown
//! sequence, a cut one, `0xff`, Alt+[ then `200~` typed on the console), the loop keeps its
//! clock, the kiosk's reset and its signal checks, and the next key is read. A window size
//! change (SIGWINCH) is queued as a resize.

pub mod line_lock;
pub mod parse;

use std::io;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::Event;

/// Events read but not yet taken by the loop. Bounded, so a flood of input waits in the
/// terminal rather than in memory without end.
const QUEUE: usize = 4096;
/// After a failed read (a terminal that is gone), the reader waits this long before trying
/// again, so it cannot spin.
const RETRY: Duration = Duration::from_millis(100);
/// How long an unfinished escape sequence waits for the rest of it. A terminal sends a key's
/// sequence in one write; a person typing ESC (or Alt) and then more keys is slower than this.
pub const SEQUENCE_WAIT: Duration = Duration::from_millis(100);
/// How long an ESC on its own waits for a sequence to follow it before it is the Esc key.
pub const ESC_WAIT: Duration = Duration::from_millis(25);

/// What the loop gets: an event, or the error a read gave.
pub type Input = io::Result<Event>;

/// The queue of events, started on first use.
fn queue() -> &'static Mutex<Receiver<Input>> {
    static QUEUE_RX: OnceLock<Mutex<Receiver<Input>>> = OnceLock::new();
    QUEUE_RX.get_or_init(|| {
        let (tx, rx) = mpsc::sync_channel(QUEUE);
        std::thread::Builder::new()
            .name("terminal input".into())
            .spawn(move || read_forever(&tx))
            .expect("start the terminal input thread");
        Mutex::new(rx)
    })
}

fn read_forever(tx: &SyncSender<Input>) {
    let terminal = match Terminal::open() {
        Ok(t) => t,
        Err(e) => {
            let _ = tx.send(Err(e));
            return;
        }
    };
    let mut parser = parse::Parser::default();
    let mut events = Vec::new();
    let mut buf = [0u8; 1024];
    let mut held_since = None;
    loop {
        let limit = if parser.holding_esc() {
            ESC_WAIT
        } else {
            SEQUENCE_WAIT
        };
        let wait = held_since.map(|since: Instant| limit.saturating_sub(since.elapsed()));
        let ready = terminal.wait(wait);
        let failed = match ready {
            Ok(Ready { resized, input }) => {
                if resized && let Ok((w, h)) = ratatui::crossterm::terminal::size() {
                    events.push(Event::Resize(w, h));
                }
                match input.then(|| terminal.read(&mut buf)) {
                    Some(Ok(0)) => Some(io::Error::other("the terminal hung up")),
                    Some(Ok(n)) => {
                        parser.feed(&buf[..n], &mut events);
                        None
                    }
                    Some(Err(e)) if e.kind() == io::ErrorKind::Interrupted => None,
                    Some(Err(e)) => Some(e),
                    None => None,
                }
            }
            Err(e) => Some(e),
        };
        // Held too long: it was typed, not sent by the terminal.
        match held_since {
            Some(since) if since.elapsed() >= limit => parser.flush(&mut events),
            _ => {}
        }
        // What is held now is timed from when it began: a sequence completed in this read means
        // what is left started in it.
        held_since = match (parser.holding(), events.is_empty()) {
            (false, _) => None,
            (true, true) => held_since.or_else(|| Some(Instant::now())),
            (true, false) => Some(Instant::now()),
        };
        for ev in events.drain(..) {
            if tx.send(Ok(ev)).is_err() {
                return;
            }
        }
        if let Some(e) = failed {
            if tx.send(Err(e)).is_err() {
                return;
            }
            std::thread::sleep(RETRY);
        }
    }
}

/// What `Terminal::wait` found.
struct Ready {
    resized: bool,
    input: bool,
}

/// The terminal's input (standard input when it is a terminal, else /dev/tty) and a pipe that
/// SIGWINCH writes to.
struct Terminal {
    tty: std::fs::File,
    winch: std::os::unix::net::UnixStream,
}

impl Terminal {
    fn open() -> io::Result<Self> {
        use std::os::fd::AsFd;
        let tty = if std::io::IsTerminal::is_terminal(&io::stdin()) {
            std::fs::File::from(io::stdin().as_fd().try_clone_to_owned()?)
        } else {
            std::fs::File::open("/dev/tty")?
        };
        let winch = crate::signals::resize_pipe()?;
        Ok(Self { tty, winch })
    }

    /// Waits for input or a resize, at most `wait` (for ever with `None`).
    fn wait(&self, wait: Option<Duration>) -> io::Result<Ready> {
        use std::os::fd::AsRawFd;
        let mut fds = [
            libc::pollfd {
                fd: self.tty.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: self.winch.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        let timeout = wait.map_or(-1, |w| {
            i32::try_from(w.as_millis().max(1)).unwrap_or(i32::MAX)
        });
        // SAFETY: two valid pollfd structs, their count, a timeout.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, timeout) };
        if n < 0 {
            let e = io::Error::last_os_error();
            return if e.kind() == io::ErrorKind::Interrupted {
                Ok(Ready {
                    resized: false,
                    input: false,
                })
            } else {
                Err(e)
            };
        }
        let resized = fds[1].revents & libc::POLLIN != 0;
        if resized {
            let mut drain = [0u8; 64];
            while matches!(io::Read::read(&mut &self.winch, &mut drain), Ok(n) if n > 0) {}
        }
        // A hang-up or an error is read too: the read then says what it is.
        let input = fds[0].revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0;
        if fds[0].revents & libc::POLLNVAL != 0 {
            return Err(io::Error::other("the terminal is closed"));
        }
        Ok(Ready { resized, input })
    }

    fn read(&self, buf: &mut [u8]) -> io::Result<usize> {
        io::Read::read(&mut &self.tty, buf)
    }
}

/// The next event, waiting at most `wait`. `Ok(None)` when nothing came in time.
pub fn next(wait: Duration) -> io::Result<Option<Event>> {
    let rx = queue().lock().unwrap_or_else(|e| e.into_inner());
    match rx.recv_timeout(wait) {
        Ok(Ok(ev)) => Ok(Some(ev)),
        Ok(Err(e)) => Err(e),
        Err(RecvTimeoutError::Timeout) => Ok(None),
        Err(RecvTimeoutError::Disconnected) => Err(io::Error::other("the terminal input ended")),
    }
}
