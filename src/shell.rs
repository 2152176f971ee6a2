//! Starting a run of the app: the signals, and for a kiosk its supervisor, a process that starts
//! each run of the kiosk as a process of its own and starts it again after an error, a panic or
//! a kill, and the PIN guard each run reads from the state folder. The drawn screen (`tui`) and
//! the screen-reader mode (`linear`) start here alike, so a screen-reader kiosk is the same
//! kiosk as the drawn one: the keyboard's signals caught, the terminal's keys that end or stop
//! an app turned off, reset when idle, updated at the reset, left only by the staff PIN,
//! restarted after a failure, never leaving a core file.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::guide::Guide;
use crate::kiosk::{KioskConfig, log, pin::Guard};
use crate::tui::{self, Options};

/// Kiosk: the pause before the run starts again after an error, so a broken terminal cannot
/// make it spin.
const RESTART_PAUSE: Duration = Duration::from_secs(1);

/// Runs the app, drawn or line by line as `options` say. `choose`: no guide was asked for (the
/// screen-reader mode then lists several medicines first). Returns "My questions" as text when
/// the patient made a list (never in a kiosk).
///
/// With a kiosk's settings this is one run of the kiosk, which its supervisor started
/// (`supervise_kiosk`, which `main` calls first when a kiosk is asked for).
pub fn run(
    library: Vec<Guide>,
    start: usize,
    options: &Options,
    choose: bool,
) -> io::Result<Option<String>> {
    tui::install_panic_hook(
        options.kiosk.as_ref().map(|k| k.log.clone()),
        !options.screen_reader,
    );
    if options.kiosk.is_none() && options.screen_reader {
        // Line by line on a desktop the terminal is left as it is: Ctrl-C, SIGTERM and SIGHUP
        // end the app as they end any program reading lines (nothing to restore).
        let lines = crate::linear::lines(io::BufReader::new(io::stdin()), false);
        return crate::linear::run(
            library,
            (start, choose),
            Some(&options.questions_file),
            None,
            options.view.lang,
            &lines,
            &mut io::stdout(),
        );
    }
    let stop = crate::signals::stop_flag(options.kiosk.is_some())?;
    let Some(config) = &options.kiosk else {
        return tui::session(library, start, options, &stop, None);
    };
    let ran = kiosk_run(library, start, options, config, &stop);
    if let Err(e) = &ran {
        let _ = log::append(&config.log, &format!("error: {e}"));
    }
    // A kiosk keeps nothing a patient did.
    ran.map(|()| None)
}

/// Set in a kiosk's run to its supervisor's process id (`supervise_kiosk` starts the run).
const RUN_OF: &str = "PATIENT_GUIDE_KIOSK_RUN_OF";

/// The supervisor's process id, in a run of a kiosk.
static SUPERVISOR: std::sync::OnceLock<u32> = std::sync::OnceLock::new();

/// True in a run of a kiosk that its supervisor started (`main` then starts the run, not
/// another supervisor). Takes the mark out of the environment, so nothing the run starts (the
/// speech engine) inherits it. Call it first thing in `main`, before any thread starts.
pub fn take_kiosk_run() -> bool {
    let Some(mark) = std::env::var_os(RUN_OF) else {
        return false;
    };
    // SAFETY: no other thread runs yet (see above) to read the environment meanwhile.
    unsafe { std::env::remove_var(RUN_OF) };
    let _ = SUPERVISOR.set(mark.to_str().and_then(|p| p.parse().ok()).unwrap_or(0));
    true
}

/// One run of a kiosk, started by its supervisor: the keyboard's signals caught, the PIN guard
/// read from the state folder, the app drawn or line by line until staff leave it (Ok) or it
/// fails (an error, logged by `run`; a panic, logged by the hook, ends the process).
fn kiosk_run(
    library: Vec<Guide>,
    start: usize,
    options: &Options,
    config: &KioskConfig,
    stop: &AtomicBool,
) -> io::Result<()> {
    if SUPERVISOR
        .get()
        .is_some_and(|p| !crate::signals::end_with_parent(*p))
    {
        // The supervisor is gone already: nobody would start the kiosk again.
        return Ok(());
    }
    let guard = pin_guard(config);
    if !options.screen_reader {
        return tui::session(library, start, options, stop, Some(&guard)).map(|_| ());
    }
    // The screen-reader kiosk: its keys that would end or stop it off (when input is a
    // terminal; the supervisor has turned them off too, for between two runs), output that
    // never blocks.
    let line_lock = {
        use std::os::fd::AsFd;
        crate::input::line_lock::LineLock::lock(io::stdin().as_fd()).ok()
    };
    let lines = crate::linear::lines(io::BufReader::new(io::stdin()), true);
    tui::ready_words(Some(config.log.clone()));
    let mut out = crate::output::Output::new();
    let ran = crate::linear::run(
        library,
        (start, false),
        None,
        Some(crate::linear::KioskRun {
            kiosk: crate::app::Kiosk {
                pin_hash: config.pin_hash.clone(),
                guard: Arc::clone(&guard),
                ..Default::default()
            },
            idle: config.idle.saturating_add(config.countdown),
            chord: config.exit_chord,
            stop,
            updated: &mut || tui::updated(options),
            keep: &mut |effect, app| tui::keep(effect, app, options),
            count: &mut |counts| tui::record_counts(counts, options),
            terminal: line_lock.as_ref(),
        }),
        options.view.lang,
        &lines,
        &mut out,
    );
    out.finish(Duration::from_secs(1));
    ran.map(|_| ())
}

/// The kiosk's supervisor, the process a service or a script starts: starts a run of the kiosk
/// (this program again, `RUN_OF` set) and waits for it, asleep; starts it again after a run
/// that failed (`supervise`: an error, a panic, a kill), until a run ends well (staff left it)
/// or the kiosk is asked to end (SIGTERM, SIGHUP: passed on to the run, which ends cleanly). A
/// first run that refuses to start (its settings or guides: exit status 2) is not started
/// again; its status is returned. The keyboard's signals are caught here as in a run. The
/// terminal's settings from before the first run, and the main screen, are put back after a
/// run that failed, so a run killed while it drew leaves nothing behind. It reads no guide: a
/// run does.
pub fn supervise_kiosk(config: &KioskConfig, screen_reader: bool) -> io::Result<Option<u8>> {
    use std::os::fd::AsFd;
    let stop = crate::signals::stop_flag(true)?;
    let wake = crate::signals::supervisor_wake()?;
    crate::signals::no_core_dump();
    let stdin = io::stdin();
    // The screen-reader kiosk's keys stay off between two runs too.
    let line_lock = screen_reader
        .then(|| crate::input::line_lock::LineLock::lock(stdin.as_fd()).ok())
        .flatten();
    let kept = crate::input::line_lock::Kept::now(stdin.as_fd()).ok();
    let ended = supervise(
        &config.log,
        &stop,
        RESTART_PAUSE,
        || {
            let ended = one_run(&stop, &wake);
            if ended.is_err() {
                // A run killed while it drew leaves its screen: the alternate screen, the
                // mouse reporting, a hidden cursor, raw mode.
                if !screen_reader {
                    tui::restore();
                }
                if let Some(kept) = &kept {
                    let _ = kept.put_back();
                }
            }
            ended
        },
        |pause| asleep(pause, &stop, &wake),
    );
    drop(line_lock);
    Ok(ended.err())
}

/// Sleeps for `pause`, or less when the kiosk is asked to end.
fn asleep(pause: Duration, stop: &AtomicBool, wake: &std::os::unix::net::UnixStream) {
    use std::io::Read;
    let until = Instant::now() + pause;
    while !stop.load(Ordering::Relaxed) {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() || wake.set_read_timeout(Some(left)).is_err() {
            break;
        }
        let _ = (&*wake).read(&mut [0; 64]);
    }
    let _ = wake.set_read_timeout(None);
}

/// Starts one run of the kiosk and waits for it to end; passes SIGTERM on to it when the kiosk
/// is asked to end. What went wrong when it did not end well.
fn one_run(stop: &AtomicBool, wake: &std::os::unix::net::UnixStream) -> Result<(), Failure> {
    use std::io::Read;
    use std::os::unix::process::CommandExt;
    let start = |program: &std::path::Path| {
        let mut args = std::env::args_os();
        let mut command = std::process::Command::new(program);
        command
            .arg0(args.next().unwrap_or_else(|| "patient-guide".into()))
            .args(args)
            .env(RUN_OF, std::process::id().to_string());
        // Ctrl-C, Ctrl-\ and Ctrl-Z do nothing to the run from its first instruction, before
        // it sets up its own handlers (the terminal is in its usual mode while it starts).
        crate::signals::keyboard_signals_ignored(&mut command);
        command.spawn()
    };
    // This program's file; or, when a package upgrade has replaced it (its old path then ends
    // in " (deleted)"), /proc/self/exe, this very program still (the service restarts the kiosk
    // on the new one). The path first: a program run by a tool (valgrind, the dynamic loader)
    // has the tool at /proc/self/exe.
    let mut child = std::env::current_exe()
        .and_then(|path| start(&path))
        .or_else(|_| start("/proc/self/exe".as_ref()))
        .map_err(|e| Failure::Restart(format!("error: the kiosk could not be started: {e}")))?;
    let mut passed_on = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {}
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Failure::Restart(format!(
                    "error: could not wait for the kiosk: {e}"
                )));
            }
        }
        if !passed_on && stop.load(Ordering::Relaxed) {
            // SAFETY: kill(2) with the id of our own child, not waited for yet (so not reused).
            // SIGCONT too: a stopped run (SIGSTOP) then ends as well.
            unsafe {
                libc::kill(child.id() as libc::pid_t, libc::SIGTERM);
                libc::kill(child.id() as libc::pid_t, libc::SIGCONT);
            }
            passed_on = true;
        }
        // Asleep until a signal: the run ended (SIGCHLD) or the kiosk is asked to end.
        let _ = (&*wake).read(&mut [0; 64]);
    };
    how_it_ended(status)
}

/// How a run of the kiosk ended, when not well: what went wrong, for the log.
#[derive(Debug, PartialEq)]
pub enum Failure {
    /// Started again after a pause: an error, a panic, a kill.
    Restart(String),
    /// The run refused to start (its settings, or a guide asked for that is not there), with
    /// its exit status: the first run's ends the supervisor with it; a later run's is tried
    /// again.
    Refused(String, u8),
}

/// A run's end: well (exit status 0), or what went wrong.
fn how_it_ended(status: std::process::ExitStatus) -> Result<(), Failure> {
    use std::os::unix::process::ExitStatusExt;
    let refused = crate::check::EXIT_INVALID;
    match (status.code(), status.signal()) {
        (Some(0), _) => Ok(()),
        (Some(tui::PANICKED), _) => Err(Failure::Restart("the app panicked".to_string())),
        (Some(code), _) if code == refused => Err(Failure::Refused(
            format!("the app refused to start (exit status {code}: see what it said)"),
            code as u8,
        )),
        (Some(code), _) => Err(Failure::Restart(format!(
            "the app ended with exit status {code}"
        ))),
        (None, Some(signal)) => Err(Failure::Restart(format!(
            "the app was ended by signal {signal}"
        ))),
        (None, None) => Err(Failure::Restart(format!("the app ended: {status}"))),
    }
}

/// One PIN guard for every run, kept in the state folder: neither a restart of the run nor of
/// the whole program forgives wrong PINs. Read only as a small regular file: a pipe put in its
/// place would stop the start.
fn pin_guard(config: &KioskConfig) -> Arc<Mutex<Guard>> {
    let path = tui::pin_guard_path(config);
    let kept = crate::file::read_small(&path, 1023)
        .ok()
        .flatten()
        .unwrap_or_default();
    Arc::new(Mutex::new(Guard::from_record(
        &kept,
        Instant::now(),
        std::time::SystemTime::now(),
    )))
}

/// Kiosk: the longest pause between restarts, however often it fails.
const MAX_RESTART_PAUSE: Duration = Duration::from_secs(60);
/// Kiosk: a run this long counts as healthy, and the back-off starts again from `pause`.
const HEALTHY_RUN: Duration = Duration::from_secs(60);

/// The pause before restart number `failures` in a row: `pause`, doubled for each failure before
/// it, at most `MAX_RESTART_PAUSE`. A kiosk that fails at once every time then logs once a
/// minute, not twice a second.
pub fn restart_pause(pause: Duration, failures: u32) -> Duration {
    let factor = 1u32
        .checked_shl(failures.saturating_sub(1))
        .unwrap_or(u32::MAX);
    pause.saturating_mul(factor).min(MAX_RESTART_PAUSE)
}

/// Kiosk: runs `session` until it ends well (staff exit or a signal). After a run that failed
/// (`session` says how) it writes a line to the log, waits (`pause`, longer each time it fails
/// again soon; `asleep` waits, and may end early when the kiosk is asked to end) and starts
/// again; it never gives up, unless the first run refused to start. Returns how many times it
/// restarted, or the exit status of the first run, which refused.
pub fn supervise(
    log_path: &std::path::Path,
    stop: &AtomicBool,
    pause: Duration,
    mut session: impl FnMut() -> Result<(), Failure>,
    mut asleep: impl FnMut(Duration),
) -> Result<usize, u8> {
    let mut restarts = 0;
    let mut failures = 0u32;
    loop {
        let started = Instant::now();
        let problem = match session() {
            Ok(()) => return Ok(restarts),
            // Only the first run's refusal is final, as a start that cannot be is: a later run
            // (after a failure) that refuses, over a kiosk.toml or guides changed meanwhile, is
            // tried again, as any failure is, so the kiosk never ends on its own.
            Err(Failure::Refused(problem, code)) if restarts == 0 => {
                let _ = log::append(log_path, &format!("{problem}; stopping"));
                return Err(code);
            }
            Err(Failure::Refused(problem, _) | Failure::Restart(problem)) => problem,
        };
        if stop.load(Ordering::Relaxed) {
            let _ = log::append(log_path, &format!("{problem}; stopping (asked to end)"));
            return Ok(restarts);
        }
        failures = if started.elapsed() >= HEALTHY_RUN {
            1
        } else {
            failures.saturating_add(1)
        };
        let wait = restart_pause(pause, failures);
        let _ = log::append(
            log_path,
            &format!(
                "{problem}; restarting the kiosk in {} s (failure {failures} in a row)",
                wait.as_secs()
            ),
        );
        asleep(wait);
        if stop.load(Ordering::Relaxed) {
            let _ = log::append(log_path, "stopping before the restart (asked to end)");
            return Ok(restarts);
        }
        restarts += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Supervises runs that end with these wait statuses, as waitpid(2) gives them (an exit
    /// status in the second byte, or the signal that killed the process), one after another;
    /// returns how many ran, what `supervise` returned and the log.
    fn supervised(ends: &[i32]) -> (usize, Result<usize, u8>, String) {
        use std::os::unix::process::ExitStatusExt;
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("state/kiosk.log");
        let mut runs = 0;
        let ended = supervise(
            &log,
            &AtomicBool::new(false),
            Duration::ZERO,
            || {
                runs += 1;
                how_it_ended(std::process::ExitStatus::from_raw(ends[runs - 1]))
            },
            |_| {},
        );
        (
            runs,
            ended,
            std::fs::read_to_string(&log).unwrap_or_default(),
        )
    }

    #[test]
    fn the_kiosk_supervisor_restarts_after_errors_and_panics_and_logs_them() {
        let (runs, restarts, text) = supervised(&[1 << 8, tui::PANICKED << 8, libc::SIGKILL, 0]);
        assert_eq!((runs, restarts), (4, Ok(3)));
        assert!(
            text.contains("the app ended with exit status 1; restarting"),
            "{text}"
        );
        assert!(
            text.contains("the app was ended by signal 9; restarting"),
            "{text}"
        );
        assert!(text.contains("the app panicked; restarting"), "{text}");
        assert!(text.contains("(failure 3 in a row)"), "{text}");
        assert_eq!(text.lines().count(), 3);
    }

    #[test]
    fn restarts_back_off_to_a_minute() {
        let second = Duration::from_secs(1);
        let pauses: Vec<u64> = (1..=9)
            .map(|n| restart_pause(second, n).as_secs())
            .collect();
        assert_eq!(pauses, [1, 2, 4, 8, 16, 32, 60, 60, 60]);
        assert_eq!(restart_pause(second, u32::MAX), MAX_RESTART_PAUSE);
        assert_eq!(restart_pause(Duration::ZERO, 40), Duration::ZERO);
    }

    #[test]
    fn a_signal_stops_the_supervisor_instead_of_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let stop = AtomicBool::new(true);
        let log = dir.path().join("k.log");
        let restarts = supervise(
            &log,
            &stop,
            Duration::ZERO,
            || Err(Failure::Restart("error: hung up".to_string())),
            |_| {},
        );
        assert_eq!(restarts, Ok(0));
        let text = std::fs::read_to_string(&log).unwrap();
        assert!(text.contains("hung up; stopping"), "{text}");
        assert!(!text.contains("restarting"), "{text}");
    }

    #[test]
    fn a_run_that_refuses_to_start_is_not_started_again() {
        let (runs, ended, text) = supervised(&[2 << 8]);
        assert_eq!((runs, ended), (1, Err(2)));
        assert!(text.contains("refused to start"), "{text}");
        assert!(text.contains("; stopping"), "{text}");
    }

    #[test]
    fn a_signal_during_the_pause_stops_the_supervisor_before_the_next_run() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("k.log");
        let stop = AtomicBool::new(false);
        let mut runs = 0;
        let ended = supervise(
            &log,
            &stop,
            Duration::from_secs(60),
            || {
                runs += 1;
                Err(Failure::Restart(
                    "error: the terminal went away".to_string(),
                ))
            },
            // SIGTERM arrives while the supervisor waits to start the run again.
            |_| stop.store(true, Ordering::Relaxed),
        );
        assert_eq!((runs, ended), (1, Ok(0)));
        let text = std::fs::read_to_string(&log).unwrap();
        assert!(text.contains("stopping before the restart"), "{text}");
    }

    #[test]
    fn the_pause_before_a_restart_ends_when_the_kiosk_is_asked_to_end() {
        use std::io::Write;
        let (wake, mut notify) = std::os::unix::net::UnixStream::pair().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let asked = {
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || {
                // As the SIGTERM handler does: the flag, then a byte.
                stop.store(true, Ordering::Relaxed);
                notify.write_all(&[1]).unwrap();
            })
        };
        let started = Instant::now();
        asleep(Duration::from_secs(60), &stop, &wake);
        asked.join().unwrap();
        assert!(started.elapsed() < Duration::from_secs(30));
        // A pause nobody interrupts lasts as long as it says.
        let started = Instant::now();
        asleep(Duration::from_millis(50), &AtomicBool::new(false), &wake);
        assert!(started.elapsed() >= Duration::from_millis(50));
    }

    #[test]
    fn a_later_run_that_refuses_is_tried_again() {
        // A crash, then two refusals (kiosk.toml broken meanwhile), then a run that ends well.
        let (runs, ended, text) = supervised(&[libc::SIGKILL, 2 << 8, 2 << 8, 0]);
        assert_eq!((runs, ended), (4, Ok(3)));
        assert_eq!(text.matches("refused to start").count(), 2, "{text}");
        assert!(!text.contains("; stopping"), "{text}");
    }
}
