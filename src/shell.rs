//! Starting a run of the app: the signals, and for a kiosk the one staff PIN guard and the
//! supervisor that starts the run again after an error or a panic. The drawn screen (`tui`)
//! and the screen-reader mode (`linear`) start here alike, so a screen-reader kiosk is the same
//! kiosk as the drawn one: the keyboard's signals caught, the terminal's keys that end or stop
//! an app turned off, reset when idle, updated at the reset, left only by the staff PIN,
//! restarted after a failure.

use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
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
    let guard = pin_guard(config);
    // The screen-reader kiosk: its keys that would end or stop it off (when input is a
    // terminal), one reader of lines for every run, output that never blocks.
    let line_lock = options.screen_reader.then(|| {
        use std::os::fd::AsFd;
        crate::input::line_lock::LineLock::lock(io::stdin().as_fd()).ok()
    });
    let lines = options
        .screen_reader
        .then(|| crate::linear::lines(io::BufReader::new(io::stdin()), true));
    supervise(&config.log, &stop, RESTART_PAUSE, || {
        // After an update the kiosk restarts on the new guides, not the ones it began with.
        let library = match &options.live {
            Some(live) => live
                .lock()
                .map_or_else(|e| e.into_inner().library.clone(), |l| l.library.clone()),
            None => library.clone(),
        };
        let Some(lines) = &lines else {
            return tui::session(library, start, options, &stop, Some(&guard)).map(|_| ());
        };
        let mut out = crate::output::Output::new();
        let ran = crate::linear::run(
            library,
            (start, false),
            None,
            Some(crate::linear::KioskRun {
                kiosk: crate::app::Kiosk {
                    pin_hash: config.pin_hash.clone(),
                    guard: Arc::clone(&guard),
                },
                idle: config.idle.saturating_add(config.countdown),
                chord: config.exit_chord,
                stop: &stop,
                updated: &mut || tui::updated(options),
                keep: &mut |effect, app| tui::keep(effect, app, options),
                terminal: line_lock.as_ref().and_then(Option::as_ref),
            }),
            options.view.lang,
            lines,
            &mut out,
        );
        out.finish(Duration::from_secs(1));
        ran.map(|_| ())
    });
    drop(line_lock);
    // A kiosk keeps nothing a patient did.
    Ok(None)
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

/// Kiosk: runs `session` until it ends normally (staff exit or a signal). After an error or a
/// panic it writes a line to the log, waits (longer each time it fails again soon) and starts
/// again; it never gives up. Returns how many times it restarted.
pub fn supervise(
    log_path: &std::path::Path,
    stop: &AtomicBool,
    pause: Duration,
    mut session: impl FnMut() -> io::Result<()>,
) -> usize {
    let mut restarts = 0;
    let mut failures = 0u32;
    loop {
        let started = Instant::now();
        let problem = match catch_unwind(AssertUnwindSafe(&mut session)) {
            Ok(Ok(())) => return restarts,
            Ok(Err(e)) => format!("error: {e}"),
            // The panic hook has logged the details and restored the terminal.
            Err(_) => "the app panicked".to_string(),
        };
        if stop.load(Ordering::Relaxed) {
            let _ = log::append(log_path, &format!("{problem}; stopping (asked to end)"));
            return restarts;
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
        restarts += 1;
        std::thread::sleep(wait);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kiosk_supervisor_restarts_after_errors_and_panics_and_logs_them() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("state/kiosk.log");
        let stop = AtomicBool::new(false);
        let mut runs = 0;
        let restarts = supervise(&log, &stop, Duration::ZERO, || {
            runs += 1;
            match runs {
                1 => Err(io::Error::other("the terminal went away")),
                2 => panic!("a bug"),
                _ => Ok(()),
            }
        });
        assert_eq!((runs, restarts), (3, 2));
        let text = std::fs::read_to_string(&log).unwrap();
        assert!(
            text.contains("error: the terminal went away; restarting"),
            "{text}"
        );
        assert!(text.contains("the app panicked; restarting"), "{text}");
        assert!(text.contains("(failure 2 in a row)"), "{text}");
        assert_eq!(text.lines().count(), 2);
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
        let restarts = supervise(&log, &stop, Duration::ZERO, || {
            Err(io::Error::other("hung up"))
        });
        assert_eq!(restarts, 0);
        let text = std::fs::read_to_string(&log).unwrap();
        assert!(text.contains("hung up; stopping"), "{text}");
        assert!(!text.contains("restarting"), "{text}");
    }
}
