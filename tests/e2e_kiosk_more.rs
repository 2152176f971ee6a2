//! The kiosk in a pty, continued: broken input and terminal replies never stop the idle reset,
//! the signals or the staff exit; the PIN prompt; files that are pipes; the console lock; an idle
//! kiosk writes nothing.

use super::e2e_kiosk::{BROKEN_INPUT, CALM, CHORD, QUICK, config, kiosk, shared};
use crate::common;
use common::mkfifo;
use common::pty::Session;
use std::path::PathBuf;
use std::time::Duration;

#[test]
fn broken_input_never_stops_the_idle_reset_or_the_signals() {
    // The idle countdown and reset still run after all of the input, and the screen still
    // answers. (The clock's own arithmetic is tested in kiosk::idle with given instants; this
    // is the real binary, so it waits the real 4 s, once.)
    let mut s = kiosk(80, 24, QUICK);
    s.send("3");
    s.wait_for("Your dose schedule");
    for bytes in BROKEN_INPUT {
        s.send_bytes(bytes);
    }
    s.wait_for("Press a key or touch the screen.");
    s.wait_for("Press any key or touch the screen to start");
    // After the reset, keys work again: a letter (which does nothing here), then Enter starts.
    s.send("z");
    s.send("\r");
    s.wait_for("Most important information");
    for bytes in BROKEN_INPUT {
        // SIGTERM ends it at once, even with the broken input the last thing it read.
        let mut s = kiosk(80, 24, CALM);
        s.send("3");
        s.wait_for("Your dose schedule");
        s.send_bytes(bytes);
        // Nothing on screen shows that the bytes were read, so there is nothing to wait for;
        // whether SIGTERM comes before or after they are read, it must end the kiosk.
        s.signal("TERM");
        assert_eq!(s.wait_exit(), 0, "{bytes:?}");
        s.assert_restored();
    }
}

#[test]
fn on_the_desktop_broken_input_is_dropped_and_the_next_keys_work() {
    for bytes in BROKEN_INPUT {
        let mut s = Session::start(80, 24, &[]);
        s.wait_for("Press any key or click to start");
        s.send("\x1b");
        s.wait_for("Most important information");
        s.send_bytes(bytes);
        s.send("z");
        s.send("!");
        s.wait_for("Get help now");
        s.send("q");
        assert_eq!(s.wait_exit(), 0, "{bytes:?}");
        s.assert_restored();
    }
}

#[test]
fn kiosk_pin_stops_at_once_on_esc_or_ctrl_c_at_its_first_prompt() {
    for key in ["\x1b", "\x03"] {
        let mut s = Session::start(80, 24, &["kiosk-pin"]);
        s.wait_for("New staff PIN (4 to 12 digits):");
        s.send("12");
        s.send(key);
        assert_eq!(s.wait_exit(), 2, "{key:?}");
        s.wait_for("no PIN was given");
        assert!(!s.text().contains("The same PIN again"), "{}", s.text());
    }
}

#[test]
fn many_guides_on_the_welcome_screen_keep_the_chosen_one_in_view() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/guide/kesimpta.toml"))
        .unwrap();
    for i in 0..30 {
        let one = text
            .replacen("id = \"kesimpta\"", &format!("id = \"guide-{i:02}\""), 1)
            .replacen(
                "title = \"Kesimpta (ofatumumab)\"",
                &format!("title = \"Medicine {i:02}\""),
                1,
            );
        std::fs::write(dir.path().join(format!("g{i:02}.toml")), one).unwrap();
    }
    let (tmp, _) = shared();
    let config = tmp.path().join("many.toml");
    std::fs::write(
        &config,
        format!(
            "guides = \"{}\"\nlog = \"{}\"\n",
            dir.path().display(),
            tmp.path().join("many.log").display()
        ),
    )
    .unwrap();
    let mut s = Session::start(80, 24, &["--kiosk-config", &config.display().to_string()]);
    s.wait_for("Medicine 00");
    for _ in 0..25 {
        s.send("\x1b[B");
    }
    s.wait_for("› Medicine 25");
    s.send("\r");
    s.wait_for("Medicine 25 ·");
}

/// Issue 25: the staff PIN on the welcome screen is shown, Enter on nothing typed is no guess,
/// and five wrong PINs lock the exit across a restart of the program (they are kept in the
/// state folder): the right PIN then does not end the kiosk until the lock has run out.
#[test]
fn the_pin_prompt_is_seen_empty_entries_do_not_count_and_the_lock_survives_a_restart() {
    let path = config(CALM.0, CALM.1);
    let arg = path.display().to_string();
    let state = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("state = \""))
        .map(|s| PathBuf::from(s.trim_end_matches('"')))
        .unwrap();
    let mut s = Session::start(100, 30, &["--kiosk-config", &arg]);
    s.wait_for("Press any key or touch the screen to start");
    // On the welcome screen, the chord opens a prompt the staff can see.
    s.send(CHORD);
    s.wait_for("Staff exit");
    // Enter on nothing typed, many times: no guess, no lock.
    for _ in 0..6 {
        s.send("\r");
    }
    s.send("2468\r");
    assert_eq!(s.wait_exit(), 0, "empty entries did not lock the exit");

    let mut s = Session::start(100, 30, &["--kiosk-config", &arg]);
    s.wait_for("Press any key or touch the screen to start");
    s.send("\r");
    s.send(CHORD);
    s.wait_for("Staff exit");
    s.send("1111\r");
    s.wait_for("That PIN is not right");
    // The fifth wrong PIN locks the exit and closes the prompt.
    s.send(&"1111\r".repeat(4));
    s.wait_gone("Staff exit");
    let kept = std::fs::read_to_string(state.join("pin-lock")).expect("the lock is kept");
    assert!(kept.starts_with("5 1 "), "{kept}");
    s.signal("TERM");
    assert_eq!(s.wait_exit(), 0);

    // A new process: still locked. The chord opens no prompt, so the right PIN is only digits.
    let mut s = Session::start(100, 30, &["--kiosk-config", &arg]);
    s.wait_for("Press any key or touch the screen to start");
    s.send("\r");
    s.wait_for("Most important information");
    s.send(CHORD);
    s.send("2468\r");
    s.wait_for("Most important information");
    assert!(
        s.child.try_wait().unwrap().is_none(),
        "the lock held across the restart"
    );
    s.signal("TERM");
    assert_eq!(s.wait_exit(), 0);
}

/// Issue 25: a kiosk's log and counts must be regular files (or not there yet), its state a
/// folder: a pipe as `log` hung `check --kiosk-config` and the kiosk's start, a pipe as
/// `counts_file` froze the kiosk, /dev/null and /dev/full lost what it keeps. Each is refused
/// at once, at its line, by `check` and by the kiosk itself.
#[test]
fn pipes_and_devices_are_refused_as_the_kiosks_files() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    mkfifo(&fifo);
    let fifo = fifo.display().to_string();
    let file = dir.path().join("file");
    std::fs::write(&file, "").unwrap();
    let file = file.display().to_string();
    for (key, value, says) in [
        ("log", fifo.as_str(), "is not a regular file"),
        ("counts_file", fifo.as_str(), "is not a regular file"),
        ("counts_file", "/dev/null", "is not a regular file"),
        ("counts_file", "/dev/full", "is not a regular file"),
        ("state", file.as_str(), "is not a folder"),
    ] {
        let path = dir.path().join("kiosk.toml");
        std::fs::write(&path, format!("{key} = \"{value}\"\n")).unwrap();
        for args in [
            vec!["check", "--kiosk-config", path.to_str().unwrap()],
            vec!["--kiosk-config", path.to_str().unwrap()],
        ] {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
                .args(&args)
                .stdin(std::process::Stdio::null())
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(
                out.status.code(),
                Some(2),
                "{key} = {value} {args:?}: {err}"
            );
            assert!(
                err.contains(&format!("{key}: `{value}` {says}")),
                "{key} = {value}: {err}"
            );
            assert!(err.contains(&format!("{}:1:", path.display())), "{err}");
        }
    }
}

/// Issue 25: `check --kiosk-config` checks the guides the kiosk will show (its `guides`
/// folder), not the bundled ones.
#[test]
fn check_kiosk_config_checks_the_kiosks_own_guides() {
    let dir = tempfile::tempdir().unwrap();
    let guides = dir.path().join("guides");
    std::fs::create_dir(&guides).unwrap();
    std::fs::write(guides.join("broken.toml"), "[guide]\nid = \"broken\"\n").unwrap();
    let config = dir.path().join("kiosk.toml");
    std::fs::write(&config, format!("guides = \"{}\"\n", guides.display())).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(["check", "--kiosk-config", config.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("broken.toml"), "{err}");
}

/// Sequences a patient can start from an ordinary keyboard (on the Linux console Alt sends ESC,
/// so Alt+[ is `ESC [`) that a parser could wait on for ever: a bracketed paste opened and never
/// closed, a private sequence that waits for `u` or `c`. Each is followed by a letter that does
/// nothing here.
const OPENERS: &[&[u8]] = &[b"\x1b[200~z", b"\x1b[?z", b"\x1b[?1;2z", b"\x1b[200~"];

#[test]
fn no_sequence_leaves_the_kiosk_deaf_to_keys_or_the_staff_chord() {
    for opener in OPENERS {
        let mut s = kiosk(100, 30, CALM);
        s.send("\r");
        s.wait_for("Most important information");
        s.send_bytes(opener);
        s.send("3");
        s.wait_for("Your dose schedule");
        s.send(CHORD);
        s.wait_for("Staff exit");
        s.send("2468\r");
        assert_eq!(s.wait_exit(), 0, "{opener:?}");
    }
}

#[test]
fn alt_bracket_then_200_tilde_typed_a_key_at_a_time_is_read_as_those_keys() {
    let mut s = kiosk(100, 30, CALM);
    s.send("\r");
    s.wait_for("Most important information");
    // Alt+[ as the console sends it, then the rest typed by hand. The pause between keys is
    // what is tested: a person is slower than the parser's wait for the rest of a sequence.
    s.send("\x1b[");
    for key in ["2", "0", "0", "~"] {
        std::thread::sleep(patient_guide::input::SEQUENCE_WAIT * 2);
        s.send(key);
    }
    s.send("3");
    s.wait_for("Your dose schedule");
    s.send(CHORD);
    s.wait_for("Staff exit");
    s.send("2468\r");
    assert_eq!(s.wait_exit(), 0);
}

fn rss_kb(s: &Session) -> u64 {
    let pid = s.child.process_id().expect("running");
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS")
}

#[test]
fn terminal_replies_are_dropped_not_kept() {
    let mut s = kiosk(100, 30, CALM);
    s.send("\r");
    s.wait_for("Most important information");
    let before = rss_kb(&s);
    // 8 MB of cursor position reports and device attributes, as a terminal asked in a loop
    // would send (crossterm kept every one: 24 MB of them took the app from 7 to 275 MB).
    let chunk = b"\x1b[12;40R\x1b[?62;22c".repeat(4096);
    for _ in 0..(8 << 20) / chunk.len() {
        s.send_bytes(&chunk);
    }
    s.send("3");
    s.wait_for("Your dose schedule");
    let after = rss_kb(&s);
    assert!(
        after < before + 4096,
        "memory grew from {before} kB to {after} kB"
    );
}

#[test]
fn stopped_output_stops_neither_sigterm_nor_the_staff_exit() {
    // SIGTERM while the terminal takes no output (Scroll Lock): the kiosk still ends.
    let mut s = kiosk(80, 24, CALM);
    s.send("3");
    s.wait_for("Your dose schedule");
    let stopped = s.stop_output();
    s.send("4"); // a frame the terminal cannot take
    s.signal("TERM");
    assert_eq!(s.wait_exit(), 0);
    drop(stopped);

    // The staff exit works blind.
    let mut s = kiosk(80, 24, CALM);
    s.send("3");
    s.wait_for("Your dose schedule");
    let stopped = s.stop_output();
    s.send("4");
    s.send(CHORD);
    s.send("2468\r");
    assert_eq!(s.wait_exit(), 0);
    drop(stopped);
}

/// Issue 25: on the Linux console Alt+F2 or Alt+Left switched to a console with a login prompt.
/// The console kiosk's service locks switching (VT_LOCKSWITCH) while the kiosk runs.
#[test]
fn the_console_kiosk_locks_switching_consoles() {
    let unit = include_str!("../deploy/patient-guide-kiosk.service");
    let lines: Vec<&str> = unit.lines().map(str::trim).collect();
    assert!(
        lines.contains(&"ExecStartPre=+/usr/bin/patient-guide console-lock /dev/tty1"),
        "{unit}"
    );
    assert!(
        lines.contains(&"ExecStopPost=+/usr/bin/patient-guide console-lock --unlock /dev/tty1"),
        "{unit}"
    );
    assert!(
        lines.contains(&"TTYPath=/dev/tty1"),
        "the lock is on the kiosk's console"
    );
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
            .args(args)
            .output()
            .unwrap()
    };
    // Anything but a virtual console is refused with the reason.
    let out = run(&["console-lock", "/dev/null"]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("not a Linux virtual console"), "{said}");
    // On a machine with a console, as root (CI): while locked, a request to switch consoles
    // (what Alt+F2 makes the kernel do) leaves the console where it is.
    let active = || std::fs::read_to_string("/sys/class/tty/tty0/active").unwrap_or_default();
    if std::env::var_os("CI").is_none() || !run(&["console-lock", "/dev/tty1"]).status.success() {
        eprintln!(
            "no console to lock here (or not root, or not CI): the switch itself is not tried"
        );
        return;
    }
    struct Unlock;
    impl Drop for Unlock {
        fn drop(&mut self) {
            let _ = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
                .args(["console-lock", "--unlock", "/dev/tty1"])
                .status();
        }
    }
    let _unlock = Unlock;
    let before = active();
    let now: u64 = before.trim().trim_start_matches("tty").parse().unwrap_or(1);
    let other = if now == 2 { 3 } else { 2 };
    let tty0 = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty0")
        .unwrap();
    const VT_ACTIVATE: libc::c_ulong = 0x5606;
    // SAFETY: an open console and the number of a console.
    unsafe {
        use std::os::fd::AsRawFd;
        libc::ioctl(tty0.as_raw_fd(), VT_ACTIVATE as _, other as libc::c_ulong);
    }
    // The kernel switches asynchronously; a switch would show within this time.
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(active(), before, "the console switched while locked");
}

/// Issue 25: an idle kiosk wrote 32 bytes a second (the same frame again, each tick). Left alone
/// it now writes nothing at all, to the terminal or to a file, while its clock still runs.
#[test]
fn an_idle_kiosk_writes_nothing() {
    let s = kiosk(80, 24, CALM);
    let pid = s.child.process_id().expect("running");
    let written = || {
        std::fs::read_to_string(format!("/proc/{pid}/io"))
            .unwrap()
            .lines()
            .find_map(|l| l.strip_prefix("wchar:"))
            .and_then(|v| v.trim().parse::<u64>().ok())
            .expect("wchar")
    };
    // The first frame (and the start-up's status file) are done once the screen shows.
    let (before, raw) = (written(), s.raw().len());
    // Three ticks of the idle clock (it wakes once a second).
    std::thread::sleep(Duration::from_millis(3500));
    assert_eq!(written(), before, "bytes written while idle");
    assert_eq!(s.raw().len(), raw, "bytes sent to the terminal while idle");
}

/// A kiosk that cannot read its word lists (search then corrects no typo) says so in its log,
/// for staff, and the drawn kiosk and the screen-reader kiosk alike; a patient sees nothing of it.
#[test]
fn a_kiosk_without_its_word_lists_says_so_in_its_log() {
    for screen_reader in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let empty = tempfile::tempdir().unwrap();
        let config = super::e2e_counts::config_with(
            dir.path(),
            &format!("idle = \"10m\"\nscreen_reader = {screen_reader}\n"),
        );
        let words = empty.path().display().to_string();
        let s = Session::start_with(
            100,
            30,
            &["--kiosk-config", &config],
            &[("PATIENT_GUIDE_WORDS", &words)],
        );
        s.wait_for(if screen_reader {
            "Type a section number"
        } else {
            "Press any key or touch the screen to start"
        });
        let log = common::wait_for_file(&dir.path().join("kiosk.log"), "typos are not corrected");
        assert!(log.contains("en.fst: No such file"), "{log}");
        assert!(!s.text().contains("word lists"), "{}", s.text());
        drop(s);
    }
}
