//! A day of patients on one kiosk, in a pty: random sessions of keys, taps, wheel steps and
//! reading aloud, each ended by the idle reset, as in a waiting room. Afterwards the kiosk's
//! memory is within 1 MiB of what it was after the first reset, and it holds no more open files
//! and no child process (a reading aloud left running). Short in `cargo test` (5 sessions, 4,000
//! events); `bench/soak.sh` runs the full day (100 sessions, 50,000 events) in release.

mod common;

use std::time::{Duration, Instant};

use common::pty::Session;

fn number(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A small random number generator (xorshift), seeded, so a failing run can be repeated.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// One random thing a patient does, as the bytes a terminal sends: keys of every kind the
/// kiosk knows (but never the staff chord), taps and wheel steps anywhere on the screen.
fn event(r: &mut Random, cols: u16, rows: u16) -> String {
    const KEYS: &[&str] = &[
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "\r", "\x1b", "\t", "\x1b[A", "\x1b[B",
        "\x1b[C", "\x1b[D", "\x1b[5~", "\x1b[6~", " ", "j", "k", "h", "l", "f", "n", "d", "p", "a",
        "m", "s", "i", "y", "t", "c", "r", "+", "-", "?", "!", "*", "/", "L", "x", "w", "q", "g",
        "G", "é", "ñ",
    ];
    let x = r.below(u64::from(cols)) + 1;
    let y = r.below(u64::from(rows)) + 1;
    match r.below(10) {
        0..=5 => KEYS[r.below(KEYS.len() as u64) as usize].to_string(),
        6..=8 => format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m"),
        _ => format!("\x1b[<{};{x};{y}M", 64 + r.below(2)),
    }
}

/// The kiosk's resident memory in KiB, its open files, and its child processes.
fn footprint(pid: u32) -> (u64, usize, usize) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0);
    let fds = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .unwrap()
        .count();
    (rss, fds, common::pty::children_of(pid).len())
}

#[test]
fn a_day_of_patients_leaves_no_trace_in_memory_files_or_processes() {
    let sessions = number("SOAK_SESSIONS", 5);
    let events = number("SOAK_EVENTS", 4_000);
    let seed = number("SOAK_SEED", 20261126) as u64;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("kiosk.toml");
    // Reading aloud with `sleep` standing in for a speech engine that talks for a long time: a
    // reading that is never stopped would be a child left behind.
    std::fs::write(
        &config,
        format!(
            "idle = \"1s\"\ncountdown = \"1s\"\nspeech = true\nspeech_command = \"sleep 30\"\nstate = \"{}\"\nlog = \"{}\"\n",
            dir.path().join("state").display(),
            dir.path().join("kiosk.log").display()
        ),
    )
    .unwrap();
    let (cols, rows) = (100, 30);
    let mut s = Session::start(
        cols,
        rows,
        &["--kiosk-config", &config.display().to_string()],
    );
    let supervisor = s.child.process_id().unwrap();
    let welcome = "Press any key or touch the screen to start";
    s.wait_for(welcome);
    // The kiosk runs as its supervisor and one run of the app, the process measured; the same
    // run all day (none failed and was started again).
    let run = || match common::pty::children_of(supervisor)[..] {
        [run] => run,
        ref other => panic!("the kiosk's supervisor has these runs: {other:?}"),
    };
    let pid = run();
    let mut r = Random(seed.max(1));
    let per_session = events / sessions.max(1);
    let mut first = None;
    let started = Instant::now();
    for n in 0..sessions {
        s.send("\r");
        s.wait_gone(welcome);
        for _ in 0..per_session {
            let e = event(&mut r, cols, rows);
            s.send(&e);
        }
        // The patient walks away: the countdown, then the welcome screen.
        s.wait_for(welcome);
        if first.is_none() {
            // Let the reset's drawing settle before taking the baseline.
            std::thread::sleep(Duration::from_millis(200));
            first = Some(footprint(pid));
        }
        assert!(
            s.child.try_wait().unwrap().is_none(),
            "the kiosk ended in session {n}"
        );
        assert_eq!(run(), pid, "the kiosk was started again in session {n}");
    }
    std::thread::sleep(Duration::from_millis(200));
    let (rss0, fds0, _) = first.unwrap();
    let (rss1, fds1, children) = footprint(pid);
    eprintln!(
        "soak: {sessions} sessions, {} events in {:.0} s; RSS after the first reset {rss0} KiB, after the last {rss1} KiB; files {fds0} -> {fds1}; children {children}",
        per_session * sessions,
        started.elapsed().as_secs_f64()
    );
    assert!(
        rss1 <= rss0 + 1024,
        "memory grew by {} KiB over the day",
        rss1 - rss0
    );
    assert_eq!(fds1, fds0, "open files left behind");
    assert_eq!(children, 0, "a child process (reading aloud) left behind");
}
