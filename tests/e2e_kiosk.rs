//! Kiosk mode end to end: the real binary in a pseudo terminal with a short idle time.

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use common::pty::Session;
use patient_guide::kiosk::pin;

/// A folder for this run's kiosk.toml files and logs, and the hash of the PIN 2468 (hashing is
/// slow on purpose, so it is done once).
pub(crate) fn shared() -> &'static (tempfile::TempDir, String) {
    static SHARED: OnceLock<(tempfile::TempDir, String)> = OnceLock::new();
    SHARED.get_or_init(|| (tempfile::tempdir().unwrap(), pin::hash("2468").unwrap()))
}

/// A kiosk.toml with these idle and countdown times, the PIN 2468, a log in a temp dir and a
/// state folder of its own (where the PIN's wrong tries are kept: no two runs share one).
pub(crate) fn config(idle: &str, countdown: &str) -> PathBuf {
    static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let (dir, hash) = shared();
    let path = dir
        .path()
        .join(format!("kiosk-{idle}-{countdown}-{run}.toml"));
    let log = dir.path().join("kiosk.log");
    let state = dir.path().join(format!("state-{run}"));
    let text = format!(
        "idle = \"{idle}\"\ncountdown = \"{countdown}\"\npin_hash = \"{hash}\"\nlog = \"{}\"\nstate = \"{}\"\n",
        log.display(),
        state.display()
    );
    // Tests run in parallel and may ask for the same file: write a private copy, then rename it
    // into place, so no kiosk ever reads a half-written file.
    let private = tempfile::NamedTempFile::new_in(dir.path()).unwrap();
    std::fs::write(private.path(), text).unwrap();
    private.persist(&path).unwrap();
    path
}

/// Short idle times, for the tests of the idle reset.
pub(crate) const QUICK: (&str, &str) = ("2s", "2s");
/// Long enough that no countdown interrupts a test, even on a busy machine.
pub(crate) const CALM: (&str, &str) = ("10m", "10s");

pub(crate) fn kiosk(cols: u16, rows: u16, (idle, countdown): (&str, &str)) -> Session {
    let path = config(idle, countdown).display().to_string();
    let s = Session::start(cols, rows, &["--kiosk-config", &path]);
    s.wait_for("Press any key or touch the screen to start");
    s
}

/// Ctrl+Alt+P as a terminal sends it: Esc, then Ctrl-P.
pub(crate) const CHORD: &str = "\x1b\x10";

#[test]
fn q_ctrl_c_and_friends_do_not_get_a_patient_out() {
    let mut s = kiosk(100, 30, CALM);
    s.send("3");
    s.wait_for("Your dose schedule");
    // q, Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-D, then a key whose effect shows: keys are read in order,
    // so once it shows, the others were read too, and did nothing (no window opened, no exit).
    for key in ["q", "\x03", "\x1a", "\x1c", "\x04"] {
        s.send(key);
    }
    s.send("4");
    s.wait_for("Tests before you start");
    assert!(
        s.child.try_wait().unwrap().is_none(),
        "the kiosk is still running"
    );
    for window in ["Help: keys and mouse", "About this guide", "Staff exit"] {
        assert!(!s.text().contains(window), "{window} opened:\n{}", s.text());
    }
}

#[test]
fn after_idle_a_countdown_then_the_welcome_screen_with_nothing_left() {
    let mut s = kiosk(80, 24, QUICK);
    s.send("4");
    s.wait_for("Tests before you start");
    s.send("\r");
    s.wait_for("Press a key or touch the screen.");
    s.wait_for("Press any key or touch the screen to start");
    s.send("\r");
    // The next patient starts at the key facts, not at the last patient's place.
    s.wait_for("4 Safety › Most important information");
    assert!(
        !s.text().contains("Tests before you start"),
        "the last patient's place is gone"
    );
}

#[test]
fn input_during_the_countdown_cancels_it() {
    let mut s = kiosk(80, 24, ("2s", "30s"));
    s.send("2");
    s.wait_for("Who can use it");
    s.wait_for("Press a key or touch the screen.");
    s.send("j");
    s.wait_gone("Still reading?");
    assert!(
        s.text().contains("Who can use it"),
        "still where the patient was"
    );
}

#[test]
fn the_staff_chord_and_the_right_pin_exit_with_0_and_a_wrong_pin_does_not() {
    let mut s = kiosk(100, 30, CALM);
    s.send("\r");
    s.send(CHORD);
    s.wait_for("Staff exit");
    s.send("1111\r");
    s.wait_for("That PIN is not right");
    assert!(
        s.child.try_wait().unwrap().is_none(),
        "a wrong PIN does not exit"
    );
    s.send("2468\r");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn sigterm_ends_the_kiosk_and_restores_the_terminal() {
    let mut s = kiosk(80, 24, CALM);
    s.send("\r");
    s.wait_for("Most important information");
    s.signal("TERM");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn a_bad_kiosk_config_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    std::fs::write(&path, "idle = \"soon\"\npin_hash = \"1234\"\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(["check", "--kiosk-config", &path.display().to_string()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{}:1:8", path.display())), "{err}");
    assert!(err.contains(&format!("{}:2:12", path.display())), "{err}");
    assert!(err.contains("kiosk-pin"), "{err}");
}

/// A kiosk's run that refuses to start (here a guide asked for that is not there) is not
/// started again in a loop: the kiosk says why once and ends with exit status 2.
#[test]
fn a_kiosk_that_cannot_start_says_why_once_and_ends_with_2() {
    let path = config(CALM.0, CALM.1);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args([
            "--kiosk-config",
            &path.display().to_string(),
            "--guide",
            "nosuch",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("no guide with id `nosuch`").count(), 1, "{err}");
}

#[test]
fn kiosk_pin_prints_a_line_that_checks() {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .arg("kiosk-pin")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"8642\n8642\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(line.starts_with("pin_hash = \"$argon2id$"), "{line}");
    assert!(!line.contains("8642"));
    let c = patient_guide::kiosk::KioskConfig::parse("kiosk.toml", &line).unwrap();
    assert!(pin::verify("8642", c.pin_hash.as_deref().unwrap()));
}

use common::console_safe;

#[test]
fn on_the_linux_console_everything_is_drawn_in_ascii_and_letters_keep_their_accents() {
    let path = config(CALM.0, CALM.1).display().to_string();
    let mut s = Session::start_with(80, 25, &["--kiosk-config", &path], &[("TERM", "linux")]);
    s.wait_for("Press any key or touch the screen to start");
    assert!(console_safe(&s.text()), "welcome:\n{}", s.text());
    s.send("3\r");
    // ASCII borders and the dosing timeline in ASCII.
    s.wait_for("--*---------*---------*---------o---------*");
    s.wait_for("+---");
    let text = s.text();
    // In English only the language button ("Español") is not ASCII.
    assert!(
        text.replace("Español", "").is_ascii(),
        "English is ASCII on the console:\n{text}"
    );
    // In Spanish the letters keep their accents (never "ano" for "año"); drawing stays ASCII.
    s.send("L");
    s.wait_for("Cómo usarlo");
    s.wait_for("+---");
    let text = s.text();
    assert!(console_safe(&text), "Spanish:\n{text}");
    assert!(!text.contains('─') && !text.contains('┌'), "{text}");
    assert!(
        text.contains("¿") || text.contains("í") || text.contains("ó"),
        "{text}"
    );
}

/// The characters a PSF console font (version 1 or 2, gzip'd as Debian ships them) has glyphs
/// for, from its Unicode table.
fn psf_characters(path: &str) -> std::collections::BTreeSet<char> {
    let unzipped = std::process::Command::new("gzip")
        .args(["-dc", path])
        .output()
        .expect("gzip");
    assert!(unzipped.status.success(), "{path} is a gzip'd font");
    let font = unzipped.stdout;
    let mut out = std::collections::BTreeSet::new();
    if font.starts_with(&[0x36, 0x04]) {
        // PSF 1: mode, glyph size; 256 or 512 glyphs; a table of UCS-2 values, 0xFFFF ends a
        // glyph's list, 0xFFFE starts its sequences.
        let (mode, size) = (font[2], usize::from(font[3]));
        assert!(mode & 0x02 != 0, "the font has a Unicode table");
        let glyphs = if mode & 0x01 != 0 { 512 } else { 256 };
        let table = &font[4 + glyphs * size..];
        let mut in_sequence = false;
        for pair in table.chunks_exact(2) {
            match u16::from_le_bytes([pair[0], pair[1]]) {
                0xFFFF => in_sequence = false,
                0xFFFE => in_sequence = true,
                u if !in_sequence => out.extend(char::from_u32(u.into())),
                _ => {}
            }
        }
    } else {
        // PSF 2: little-endian header; a table of UTF-8, 0xFF ends a glyph's list, 0xFE starts
        // its sequences.
        assert_eq!(&font[..4], &[0x72, 0xb5, 0x4a, 0x86], "a PSF font");
        let word = |i: usize| u32::from_le_bytes(font[i..i + 4].try_into().unwrap()) as usize;
        let (header, flags, glyphs, size) = (word(8), word(12), word(16), word(20));
        assert!(flags & 1 != 0, "the font has a Unicode table");
        for entry in font[header + glyphs * size..].split(|&b| b == 0xFF) {
            let singles = entry.split(|&b| b == 0xFE).next().unwrap_or_default();
            out.extend(String::from_utf8_lossy(singles).chars());
        }
    }
    out
}

/// Issue 28: the console kiosk's service loads a console font (deploy/patient-guide-kiosk.service)
/// that has a glyph for every character the console look keeps (`console_safe`: ASCII and the
/// Latin-1 letters and marks), so "año" and "¿Emergencia?" show on tty1 as written.
#[test]
fn the_console_kiosks_font_shows_every_letter_the_console_look_keeps() {
    let service = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/patient-guide-kiosk.service"),
    )
    .unwrap();
    let font = service
        .lines()
        .filter(|l| l.starts_with("ExecStartPre=") && l.contains("setfont"))
        .flat_map(str::split_whitespace)
        .find(|w| w.ends_with(".psf.gz"))
        .expect("the console kiosk sets its font");
    if !std::path::Path::new(font).exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{font} must be installed on CI (.ci/run installs console-setup-linux)"
        );
        eprintln!("skipped: {font} is not installed (Debian: apt install console-setup-linux)");
        return;
    }
    let has = psf_characters(font);
    let kept: Vec<char> = (' '..='~')
        .chain('\u{a1}'..='\u{ff}')
        .filter(|c| console_safe(&c.to_string()))
        .collect();
    assert!(kept.contains(&'ñ') && kept.contains(&'¿') && kept.contains(&'Á'));
    let missing: String = kept.iter().filter(|c| !has.contains(c)).collect();
    assert!(missing.is_empty(), "{font} has no glyph for {missing:?}");
    // And the Spanish guide's words, as the console look writes them, are all in it.
    let es = common::kesimpta_es();
    let text = patient_guide::print::print(&es, None, patient_guide::print::Format::Text).unwrap();
    let shown = patient_guide::text::clean(&text, true);
    let missing: std::collections::BTreeSet<char> = shown
        .chars()
        .filter(|c| *c != '\n' && !has.contains(c))
        .collect();
    assert!(
        missing.is_empty(),
        "the Spanish guide on the console: no glyph for {missing:?}"
    );
}

/// A kiosk.toml in `dir` with its own log and state folder there (the PIN's tries, the last good
/// guides: never the user's), and the default times; returns its path and the log's.
fn kiosk_in(dir: &Path) -> (String, PathBuf) {
    let log = dir.join("kiosk.log");
    let path = dir.join("kiosk.toml");
    let state = dir.join("state");
    std::fs::write(
        &path,
        format!(
            "log = \"{}\"\nstate = \"{}\"\n",
            log.display(),
            state.display()
        ),
    )
    .unwrap();
    (path.display().to_string(), log)
}

/// A kiosk that panics on the key x (debug builds, `PATIENT_GUIDE_PANIC_ON_KEY`), logging to
/// its own file in `dir`, sent that key; returns it and its log's path.
fn panicking_kiosk(dir: &Path) -> (Session, PathBuf) {
    let (path, log) = kiosk_in(dir);
    let mut s = Session::start_with(
        80,
        24,
        &["--kiosk-config", &path],
        &[("PATIENT_GUIDE_PANIC_ON_KEY", "x")],
    );
    s.wait_for("Press any key or touch the screen to start");
    s.send("x");
    (s, log)
}

/// Waits until the log says the kiosk is restarting; returns the log.
fn wait_for_restart(log: &Path) -> String {
    let start = std::time::Instant::now();
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if text.contains("restarting the kiosk") {
            return text;
        }
        assert!(
            start.elapsed() < common::pty::TIMEOUT,
            "no restart logged: {text}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_panic_is_logged_not_shown_and_the_kiosk_starts_again() {
    let dir = tempfile::tempdir().unwrap();
    let (s, log) = panicking_kiosk(dir.path());
    // The loop restarts (after a one-second pause) on a fresh screen.
    let logged = wait_for_restart(&log);
    assert!(logged.contains("panic: "), "{logged}");
    assert!(
        logged.contains("PATIENT_GUIDE_PANIC_ON_KEY is set"),
        "{logged}"
    );
    s.wait_for("Press any key or touch the screen to start");
    assert!(
        !s.text().contains("stopped because of a bug"),
        "{}",
        s.text()
    );
}

/// The kiosk runs of the supervisor `pid` that have not ended.
fn runs_of(pid: u32) -> Vec<u32> {
    let mut runs = common::pty::children_of(pid);
    runs.retain(|&run| common::pty::running(run));
    runs
}

/// Waits until `pid` has exactly one run of the kiosk; returns it.
fn the_run_of(pid: u32) -> u32 {
    let mut run = None;
    common::pty::wait_until(&format!("a single run of {pid}"), || {
        run = match runs_of(pid)[..] {
            [one] => Some(one),
            _ => None,
        };
        run.is_some()
    });
    run.unwrap()
}

/// A kiosk runs as a supervisor and a run: a run killed outright (as the kernel's OOM killer
/// would) is logged and started again, with the terminal's settings from before it put back
/// while the kiosk waits; SIGTERM to the supervisor still ends the kiosk cleanly.
#[test]
fn a_run_killed_outright_is_started_again() {
    let dir = tempfile::tempdir().unwrap();
    let (path, log) = kiosk_in(dir.path());
    let mut s = Session::start(80, 24, &["--kiosk-config", &path]);
    s.wait_for("Press any key or touch the screen to start");
    let run = the_run_of(s.pid());
    assert!(!s.canonical(), "the run draws in raw mode");
    common::pty::kill(run, "KILL");
    let logged = wait_for_restart(&log);
    assert!(
        logged.contains("the app was ended by signal 9; restarting"),
        "{logged}"
    );
    // During the pause before the next run (a second), the terminal is as it was: its usual
    // mode, the main screen, the cursor shown, no mouse reporting.
    assert!(s.canonical(), "the killed run's raw mode was not put back");
    s.assert_restored();
    let next = the_run_of(s.pid());
    assert_ne!(next, run);
    s.send("\r");
    s.wait_for("Most important information");
    s.signal("TERM");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
    assert!(s.canonical());
    assert!(runs_of(s.pid()).is_empty());
}

/// A run never stays on a terminal alone: when its supervisor is killed outright, the run is
/// told to end (SIGTERM) and puts the terminal back. Started from a shell that stays on, as a
/// script may start a kiosk: no hang-up then reaches the run when the supervisor dies.
#[test]
fn a_run_ends_when_its_supervisor_is_killed() {
    let path = config(CALM.0, CALM.1).display().to_string();
    let s = Session::start_under_a_shell(
        80,
        24,
        &["--kiosk-config", &path],
        "echo the shell goes on; read line",
    );
    s.wait_for("Press any key or touch the screen to start");
    let supervisor = the_run_of(s.pid());
    let run = the_run_of(supervisor);
    common::pty::kill(supervisor, "KILL");
    s.wait_for("the shell goes on");
    s.assert_restored();
    common::pty::wait_until(&format!("the end of the run {run}"), || {
        !common::pty::running(run)
    });
}

#[test]
fn keyboard_signals_between_restarts_do_not_end_the_kiosk() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, log) = panicking_kiosk(dir.path());
    // While it waits to start again, the terminal is in its normal mode, where Ctrl-C, Ctrl-\
    // and Ctrl-Z are signals.
    wait_for_restart(&log);
    for key in ["\x03", "\x1c", "\x1a"] {
        s.send(key);
    }
    // It came back after the pause, so the signals sent during it were handled by then.
    s.wait_for("Press any key or touch the screen to start");
    assert!(
        s.child.try_wait().unwrap().is_none(),
        "the kiosk still runs:\n{}",
        std::fs::read_to_string(&log).unwrap_or_default()
    );
    // SIGTERM still ends it.
    s.signal("TERM");
    assert_eq!(s.wait_exit(), 0);
}

/// Input a terminal can send that is not a key crossterm knows, or is cut short: keypad 5 on the
/// Linux console, other unknown sequences, bytes that are not UTF-8, an unfinished sequence.
pub(crate) const BROKEN_INPUT: &[&[u8]] = &[
    b"\x1b[G",
    b"\x1b[E",
    b"\x1bOE",
    b"\x1b[1;5E",
    b"\xff",
    b"\xc3",
    b"\x1b[9",
];
