//! Every signal the program handles, set up in this one module: the signals that end a run (or,
//! in a kiosk, are caught and forgotten) and the window size change that the input thread
//! queues as a resize. No other module registers a handler (`tests/architecture.rs`).

use std::io;
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// The signals the keyboard sends while the terminal is in its usual mode: Ctrl-C, Ctrl-\,
/// Ctrl-Z.
const KEYBOARD: [libc::c_int; 3] = [libc::SIGINT, libc::SIGQUIT, libc::SIGTSTP];

/// SIGTERM and SIGHUP end the run (the flag returned). On a desktop Ctrl-C does too. In a
/// kiosk the keyboard's signals (Ctrl-C, Ctrl-\, Ctrl-Z), which reach the app whenever the
/// terminal is not in raw mode (between two runs of a restarting kiosk; the screen-reader
/// mode), are caught by a handler that only sets a flag nobody reads: their default actions
/// (end, core dump, stop) are gone.
pub fn stop_flag(kiosk: bool) -> io::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [SIGTERM, SIGHUP] {
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    if kiosk {
        let ignored = Arc::new(AtomicBool::new(false));
        for sig in KEYBOARD {
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

/// The kiosk's supervisor: a socket that a byte arrives on when a run (its child process) ends
/// (SIGCHLD) or when the kiosk is asked to end (SIGTERM, SIGHUP; `stop_flag` sets its flag
/// too), so the supervisor sleeps until one of them happens, however long the kiosk runs.
pub fn supervisor_wake() -> io::Result<UnixStream> {
    use signal_hook::consts::{SIGCHLD, SIGHUP, SIGTERM};
    let (wake, notify) = UnixStream::pair()?;
    for sig in [SIGCHLD, SIGTERM, SIGHUP] {
        signal_hook::low_level::pipe::register(sig, notify.try_clone()?)?;
    }
    Ok(wake)
}

/// A kiosk's run: ends (SIGTERM, which it ends on cleanly) when its supervisor, `parent`, is
/// gone, even killed outright, so no run is ever left on a terminal alone. False when the
/// parent was already gone.
pub fn end_with_parent(parent: u32) -> bool {
    // SAFETY: prctl with PR_SET_PDEATHSIG takes a signal number; getppid cannot fail.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM);
        libc::getppid() as u32 == parent
    }
}

/// A kiosk keeps no trace of a patient: its memory is never written to a core file, whatever
/// ends it (a limit of 0 bytes, which the processes it starts inherit; systemd-coredump honours
/// it too).
pub fn no_core_dump() {
    let none = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: setrlimit(2) with a valid limit for this process.
    unsafe {
        libc::setrlimit(libc::RLIMIT_CORE, &none);
    }
}

/// The kiosk's supervisor: the run `command` starts ignores the keyboard's signals (Ctrl-C,
/// Ctrl-\, Ctrl-Z) from its first instruction; it catches them itself (`stop_flag`) once it
/// has started.
pub fn keyboard_signals_ignored(command: &mut std::process::Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: signal(2), which the closure calls between fork and exec, is async-signal-safe;
    // an ignored signal stays ignored across exec.
    unsafe {
        command.pre_exec(|| {
            for sig in KEYBOARD {
                libc::signal(sig, libc::SIG_IGN);
            }
            Ok(())
        });
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_run_starts_with_the_keyboards_signals_ignored() {
        let mask = |ignored: bool| {
            let mut command = std::process::Command::new("cat");
            command.arg("/proc/self/status");
            if ignored {
                super::keyboard_signals_ignored(&mut command);
            }
            let status = String::from_utf8(command.output().unwrap().stdout).unwrap();
            let hex = status
                .lines()
                .find_map(|l| l.strip_prefix("SigIgn:"))
                .unwrap()
                .trim()
                .to_string();
            u64::from_str_radix(&hex, 16).unwrap()
        };
        let keyboard = super::KEYBOARD.iter().fold(0u64, |m, s| m | 1 << (s - 1));
        assert_eq!(mask(true) & keyboard, keyboard);
        assert_eq!(
            mask(false) & keyboard,
            0,
            "the test's own process ignores them"
        );
    }
}
