//! Terminal input on a thread of its own. crossterm's reader can block inside a read when the
//! terminal sends a sequence it does not know or cuts one short (keypad 5 on the Linux console
//! sends `ESC [ G`; a lone byte `0xff` is not UTF-8): it reports input as ready, then waits in
//! `read` for the rest. If the app's loop did that read, the idle clock, the kiosk's reset and the
//! signal checks would stop with it, leaving the last patient's screen up. So one thread, for the
//! whole process, does nothing but read events and queue them; the loop only ever waits on the
//! queue, with a timeout. Whatever bytes arrive, the loop keeps its clock; an unknown sequence is
//! dropped by crossterm when the next input arrives.

use std::io;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event};

/// Events read but not yet taken by the loop. Bounded, so a flood of input waits in the
/// terminal (and in crossterm's buffer) rather than in memory without end.
const QUEUE: usize = 4096;
/// After a failed read (a terminal that is gone), the reader waits this long before trying
/// again, so it cannot spin.
const RETRY: Duration = Duration::from_millis(100);

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
    loop {
        let got = event::read();
        let failed = got.is_err();
        if tx.send(got).is_err() {
            return;
        }
        if failed {
            std::thread::sleep(RETRY);
        }
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
