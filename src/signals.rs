//! Every signal the program handles, set up in this one module: the signals that end a run (or,
//! in a kiosk, are caught and forgotten) and the window size change that the input thread
//! queues as a resize. No other module registers a handler (`tests/architecture.rs`).

use std::io;
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// SIGTERM and SIGHUP end the run (the flag returned). On a desktop Ctrl-C does too. In a
/// kiosk the keyboard's signals (Ctrl-C, Ctrl-\, Ctrl-Z), which reach the app whenever the
/// terminal is not in raw mode (between two runs of a restarting kiosk; the screen-reader
/// mode), are caught by a handler that only sets a flag nobody reads: their default actions
/// (end, core dump, stop) are gone.
pub fn stop_flag(kiosk: bool) -> io::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [SIGTERM, SIGHUP] {
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    if kiosk {
        let ignored = Arc::new(AtomicBool::new(false));
        for sig in [SIGINT, SIGQUIT, SIGTSTP] {
            signal_hook::flag::register(sig, Arc::clone(&ignored))?;
        }
    } else {
        signal_hook::flag::register(SIGINT, Arc::clone(&stop))?;
    }
    Ok(stop)
}

/// A socket that a byte arrives on at every window size change (SIGWINCH), non-blocking, for
/// the input thread to wait on beside the terminal.
pub fn resize_pipe() -> io::Result<UnixStream> {
    let (winch, notify) = UnixStream::pair()?;
    winch.set_nonblocking(true)?;
    signal_hook::low_level::pipe::register(signal_hook::consts::SIGWINCH, notify)?;
    Ok(winch)
}
