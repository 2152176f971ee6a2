//! End to end: the real binary in a pseudo terminal, driven by keys and mouse the way a patient
//! would, reading the screen through a terminal emulator (vt100).

use crate::common;

use std::io::Read;
use std::time::{Duration, Instant};

use common::mkfifo;
use common::pty::{Session, TIMEOUT};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

#[test]
fn open_jump_to_dosing_read_help_and_quit() {
    let mut s = Session::start(120, 40, &[]);
    s.wait_for("Press any key or click to start");
    // Any key closes the first window, and does only that.
    s.send("\x1b");
    s.wait_gone("Press any key or click to start");
    s.send("3");
    s.wait_for("Your dose schedule");
    // The dosing timeline: each week's time above its marker, what happens below it.
    s.wait_for("When each dose is due");
    s.wait_for("Then one dose every month");
    let screen = s.text();
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let (_, y) = s.find("Week 0");
    let row = |n: usize| lines[n].iter().collect::<String>();
    let column = |line: &str, text: &str| line[..line.find(text).unwrap()].chars().count();
    let (ticks, axis, labels) = (
        row(y.into()),
        row(usize::from(y) + 1),
        row(usize::from(y) + 2),
    );
    for (week, label, mark) in [
        ("Week 0", "1st dose", '●'),
        ("Week 1", "2nd dose", '●'),
        ("Week 2", "3rd dose", '●'),
        ("Week 3", "No dose", '○'),
        ("Week 4", "4th dose", '●'),
    ] {
        let x = column(&ticks, week);
        assert_eq!(
            column(&labels, label),
            x,
            "{label} is not under {week}:\n{screen}"
        );
        assert_eq!(
            lines[usize::from(y) + 1][x],
            mark,
            "{week} on the axis:\n{screen}"
        );
    }
    assert!(axis.contains('▶'), "{screen}");
    s.send("?");
    s.wait_for("Help: keys and mouse");
    s.wait_for("Jump to that section");
    s.send("q");
    s.wait_gone("Help: keys and mouse");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn at_80x24_a_patient_reads_a_topic_with_the_keyboard() {
    let mut s = Session::start(80, 24, &[]);
    s.wait_for("Press any key or click to start");
    s.send("\x1b");
    // The most important information comes first.
    s.wait_for("4 Safety › Most important information");
    s.wait_for("Kesimpta can cause serious side effects");
    s.send("4");
    s.wait_for("Tests before you start");
    s.send("jjjj\r");
    s.wait_for("4 Safety › Infections");
    s.wait_for("Kesimpta can cause serious infections");
    s.send("\x1b");
    // Back in the topic list: the text is gone, the topic still selected.
    s.wait_gone("Kesimpta can cause serious infections");
    assert!(s.text().contains("› Infections"));
    // ! opens "Get help now" from anywhere; Backspace returns.
    s.send("!");
    s.wait_for("4 Safety › Get help now");
    s.wait_for("Call 911, or your local emergency number, for:");
    s.send("\x7f");
    s.wait_for("4 Safety › Infections");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn the_mouse_alone_reaches_a_topic_and_back() {
    let mut s = Session::start(80, 24, &[]);
    s.wait_for("Press any key or click to start");
    s.click(10, 10);
    s.wait_for("Most important information");
    let (x, y) = s.find("< Back");
    s.click(x, y);
    s.wait_for("› Most important information");
    s.click(x, y);
    s.wait_for("1  How it works");
    let (x, y) = s.find("3  How to take it");
    s.click(x + 3, y);
    s.wait_for("If you miss a dose");
    let (x, y) = s.find("If you miss a dose");
    s.click(x, y);
    s.wait_for("Inject the missed dose as soon as you remember");
    let (x, y) = s.find("< Back");
    s.click(x, y);
    s.wait_for("› If you miss a dose");
    // "< Back" after a jump returns to the page the patient came from: the topic, not a list.
    let (x, y) = s.find("If you miss a dose");
    s.click(x, y);
    s.wait_for("Inject the missed dose as soon as you remember");
    let (x, y) = s.find("! Get help");
    s.click(x, y);
    s.wait_for("Get help now");
    s.wait_gone("Inject the missed dose");
    let (x, y) = s.find("< Back");
    s.click(x, y);
    s.wait_for("Inject the missed dose as soon as you remember");
    let (x, y) = s.find("q Quit");
    s.click(x, y);
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn closing_the_terminal_ends_the_app() {
    // Like closing the terminal window: every handle on the pty's master side goes away.
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_patient-guide"));
    cmd.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut parser = vt100::Parser::new(30, 100, 0);
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            parser.process(&buf[..n]);
            if n == 0 || parser.screen().contents().contains("Press any key") {
                break;
            }
        }
        let _ = tx.send(()); // the reader is dropped here
    });
    rx.recv_timeout(TIMEOUT).expect("first screen");
    drop(pty.master);
    let start = Instant::now();
    while start.elapsed() < TIMEOUT {
        if let Some(status) = child.try_wait().unwrap() {
            // It ends by itself: on SIGHUP with 0, or, if writing to the closed terminal fails
            // first, with 1 and a message; never killed by a signal (an abort would be).
            assert_eq!(status.signal(), None, "ended by a signal: {status:?}");
            assert!(status.exit_code() <= 1, "{status:?}");
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    panic!("the app kept running on a closed terminal");
}

#[test]
fn sigterm_sighup_and_sigint_restore_the_terminal() {
    // Any key closes the first window, and does only that: Esc, Space, the Down arrow (the
    // window fits at 100x30, so Space and Down have nothing to scroll).
    for (signal, key) in [("TERM", "\x1b"), ("HUP", " "), ("INT", "\x1b[B")] {
        let mut s = Session::start(100, 30, &[]);
        s.wait_for("Press any key or click to start");
        s.send(key);
        s.wait_gone("Press any key or click to start");
        s.send("2");
        s.wait_for("Who can use it");
        s.signal(signal);
        assert_eq!(s.wait_exit(), 0, "{signal}");
        s.assert_restored();
    }
}

#[test]
fn a_flood_of_keys_and_a_resize_leave_a_working_screen() {
    let mut s = Session::start(120, 40, &[]);
    s.wait_for("Press any key or click to start");
    // More than crossterm's 1 KB read buffer in one burst.
    s.send(&"jjkkGgll\t\x1b[B\x1b[A".repeat(300));
    s.send("6");
    s.wait_for("About my MS and this medicine");
    s.resize(80, 24);
    s.wait_for("< Back  6 Questions for your doctor");
    s.wait_gone("7 Trials");
    s.resize(30, 10);
    s.wait_for("Please enlarge");
    s.resize(120, 40);
    s.wait_for("7 Trials");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn no_color_draws_without_colour_but_still_marks_the_selection() {
    let colours = |s: &Session| {
        let p = s.screen.lock().unwrap();
        let screen = p.screen();
        let (rows, cols) = screen.size();
        let mut coloured = 0;
        let mut inverse = 0;
        for y in 0..rows {
            for x in 0..cols {
                let cell = screen.cell(y, x).unwrap();
                if cell.fgcolor() != vt100::Color::Default
                    || cell.bgcolor() != vt100::Color::Default
                {
                    coloured += 1;
                }
                if cell.inverse() {
                    inverse += 1;
                }
            }
        }
        (coloured, inverse)
    };
    let mut plain = Session::start_with(120, 40, &[], &[("NO_COLOR", "1")]);
    plain.wait_for("Press any key");
    plain.send("\x1b");
    plain.wait_gone("Press any key");
    let (coloured, inverse) = colours(&plain);
    assert_eq!(coloured, 0, "NO_COLOR: no cell should have a colour");
    assert!(inverse > 0, "the selection still shows in reverse video");
    plain.send("q");
    assert_eq!(plain.wait_exit(), 0);

    let mut normal = Session::start(120, 40, &[]);
    normal.wait_for("Press any key");
    normal.send("\x1b");
    normal.wait_gone("Press any key");
    assert!(
        colours(&normal).0 > 0,
        "colour is used when allowed (so the check above can fail)"
    );
    normal.send("q");
    assert_eq!(normal.wait_exit(), 0);
}

#[test]
fn searching_with_a_typo_lands_on_the_missed_dose_topic() {
    let mut s = Session::start(100, 30, &[]);
    s.wait_for("Press any key or click to start");
    // Any key closes the first window, and does only that.
    s.send("\x1b");
    s.wait_gone("Press any key or click to start");
    s.send("/");
    s.wait_for("Search: _");
    s.send("misssed dose");
    s.wait_for("If you miss a dose");
    s.send("\r");
    s.wait_for("match 1 of");
    s.wait_for("Inject the missed dose as soon as you remember");
    assert!(s.text().contains("┌ If you miss a dose"), "{}", s.text());
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn my_questions_are_saved_to_a_file_and_printed_on_exit() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("questions.txt");
    let file_arg = file.display().to_string();
    let mut s = Session::start(
        100,
        30,
        &["--print-questions", "--questions-file", &file_arg],
    );
    add_the_first_question_and_save(&mut s);
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(
        saved.contains("1. Which type of MS do I have, and is Kesimpta approved for it?"),
        "{saved}"
    );
    s.send("q");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.wait_for("My questions for my doctor about Kesimpta (ofatumumab)");
    assert!(s.text().contains("1. Which type of MS do I have"));
}

#[test]
fn exit_after_first_frame_draws_once_and_leaves_by_itself() {
    // For timing start-up (bench/startup.sh): no key is sent, yet the app ends, restored.
    let mut s = Session::start(80, 24, &["--exit-after-first-frame"]);
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn a_panic_restores_the_terminal_and_says_where_to_report_it() {
    // Debug builds panic on the key this variable names.
    let mut s = Session::start_with(80, 24, &[], &[("PATIENT_GUIDE_PANIC_ON_KEY", "x")]);
    s.wait_for("Press any key or click to start");
    // Any key closes the first window, and does only that.
    s.send("\x1b");
    s.wait_gone("Press any key or click to start");
    s.send("x");
    s.wait_for("patient-guide stopped because of a bug");
    assert_ne!(s.wait_exit(), 0);
    s.assert_restored();
    let screen = s.text();
    assert!(
        screen.contains("Your terminal is back to normal"),
        "{screen}"
    );
    assert!(screen.contains("Please report it to"), "{screen}");
    assert!(
        screen.contains("PATIENT_GUIDE_PANIC_ON_KEY is set"),
        "{screen}"
    );
}

#[test]
fn pasting_ten_kilobytes_into_search_does_not_freeze_the_app() {
    let mut s = Session::start(100, 30, &[]);
    s.wait_for("Press any key or click to start");
    s.send("\x1b");
    s.wait_for("Most important information");
    s.send("/");
    s.wait_for("Search: _");
    s.send(&"fridge dose ".repeat(900));
    // The box keeps the first 100 characters, and the app answers at once.
    s.wait_for("Search: fridge dose fridge dose");
    s.send("\x1b");
    s.wait_gone("Search: fridge");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn saving_to_a_pipe_says_so_at_once_and_the_app_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("questions.txt");
    mkfifo(&fifo);
    let fifo_arg = fifo.display().to_string();
    // A list long enough to scroll, so the message must be at the top to be seen.
    let mut s = Session::start(100, 20, &["--questions-file", &fifo_arg]);
    // At 20 rows the first window scrolls; its frame says how to start.
    s.wait_for("Start: any key or click");
    // Any key closes the first window, and does only that.
    s.send("\x1b");
    s.wait_gone("Start: any key or click");
    s.send("6");
    s.wait_for("About my MS and this medicine");
    for _ in 0..4 {
        s.send("a");
        s.wait_for("Add to My questions");
        s.send("\r");
        s.wait_gone("Add to My questions");
        s.send("j");
    }
    s.send("m");
    s.wait_for(" 1. ");
    s.send("S");
    s.wait_for("Not saved: could not write");
    s.wait_for("Nothing was lost");
    // Still answering keys.
    s.send("\x1b");
    s.wait_gone("Not saved");
    // The list is still not saved: q asks (issue 27), and the patient may leave without it.
    s.send("q");
    s.wait_for("4 questions in My questions are not saved.");
    s.send("\x1b[B");
    s.send("\r");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

/// Issue 25: a terminal may report any size. At 65535x65535 the app asked for 206 GB and
/// aborted with the terminal left raw; at 3000x3000 it used 852 MB. It draws at most what a
/// screen can hold (1000x400), keeps working, and comes back whole at a real size.
#[test]
fn an_absurd_terminal_size_is_drawn_within_what_a_screen_holds() {
    let mut s = Session::start(80, 24, &[]);
    s.wait_for("Press any key or click to start");
    s.send("\u{1b}");
    s.wait_gone("Press any key or click to start");
    let pid = s.child.process_id().expect("a pid");
    for (cols, rows) in [(3000, 3000), (65535, 65535)] {
        let before = s.raw().len();
        s.resize_reported(cols, rows);
        s.send("j");
        // Wait for the frame drawn at that size (what it writes, which the screen here clips).
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while s.raw().len() < before + 2000 && std::time::Instant::now() < deadline {
            std::thread::yield_now();
        }
        assert!(s.raw().len() >= before + 2000, "no frame at {cols}x{rows}");
        // Still alive and answering: a real size brings the ordinary screen back. (Waited for
        // by what a key changes, not by "! Get help", which the screen kept here still shows
        // from before; and never Esc then q at once, which a terminal reads as Alt-q.)
        s.resize(80, 24);
        s.send("?");
        s.wait_for("Help: keys and mouse");
        s.wait_for("! Get help");
        s.send("\u{1b}");
        s.wait_gone("Help: keys and mouse");
        assert!(
            s.child.try_wait().unwrap().is_none(),
            "{cols}x{rows} ended it"
        );
    }
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let peak_kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(peak_kb < 300 * 1024, "peak memory {} MB", peak_kb / 1024);
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

/// Issue 27: nothing a patient wrote is lost. A second save adds to the file with the date,
/// the next start goes on from the list saved last, and `q` with a question not saved asks.
#[test]
fn saves_add_to_the_file_the_list_comes_back_and_q_asks_before_losing_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("questions.txt");
    let file_arg = file.display().to_string();
    let mut s = Session::start(100, 30, &["--questions-file", &file_arg]);
    add_the_first_question_and_save(&mut s);
    s.send("S");
    let deadline = std::time::Instant::now() + common::pty::TIMEOUT;
    let saved = loop {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        if text.matches("Saved on ").count() == 2 {
            break text;
        }
        assert!(std::time::Instant::now() < deadline, "{text}");
        std::thread::yield_now();
    };
    assert_eq!(
        saved.matches("1. Which type of MS do I have").count(),
        2,
        "{saved}"
    );
    s.send("q");
    s.send("q");
    assert_eq!(s.wait_exit(), 0, "saved: q quits without asking");

    for (w, h) in [(80, 24), (200, 60)] {
        // The next start goes on from the list saved last.
        let mut s = Session::start(w, h, &["--questions-file", &file_arg]);
        s.wait_for("Press any key or click to start");
        s.send("\x1b");
        s.wait_gone("Press any key or click to start");
        s.send("m");
        s.wait_for(" 1. Which type of MS do I have");
        // A question written now, not saved: q asks.
        s.send("w");
        s.send("Is it safe with my other medicines?\r");
        s.wait_for(" 2. Is it safe with my other medicines?");
        s.send("\x1b");
        // (Esc and q sent together would be Alt+q.)
        s.wait_gone(" 2. Is it safe with my other medicines?");
        s.send("q");
        s.wait_for("1 question in My questions is not saved.");
        s.wait_for("Quit without saving them");
        // Down to "Quit without saving them", then Enter.
        s.send("\x1b[B");
        s.send("\r");
        assert_eq!(s.wait_exit(), 0);
        s.assert_restored();
    }
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(!after.contains("other medicines"), "not saved: {after}");
}

/// From the start: past the first window, to the questions section, a question added to My
/// questions, and the list saved with `S`.
fn add_the_first_question_and_save(s: &mut Session) {
    s.wait_for("Press any key or click to start");
    // Any key closes the first window, and does only that.
    s.send("\x1b");
    s.wait_gone("Press any key or click to start");
    s.send("6");
    s.wait_for("About my MS and this medicine");
    s.send("a");
    s.wait_for("Add to My questions");
    s.send("\r");
    s.send("m");
    s.wait_for(" 1. Which type of MS do I have");
    s.send("S");
    s.wait_for("Saved to");
}

/// A terminal that takes its output is written to at once, by the app's own thread; one that
/// has stopped taking it (Scroll Lock, Ctrl-S) gets the frame it could not take from a writer
/// thread, in order, once it takes output again, and the app answers keys all the while.
#[test]
fn output_goes_straight_to_the_terminal_and_waits_for_one_that_has_stopped() {
    // The app's threads, by name.
    let threads = |s: &Session| -> Vec<String> {
        let pid = s.child.process_id().expect("running");
        let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).unwrap();
        let name = |t: std::fs::DirEntry| std::fs::read_to_string(t.path().join("comm"));
        tasks.flat_map(|t| name(t.ok()?).ok()).collect()
    };
    let mut s = Session::start(80, 24, &[]);
    s.wait_for("Press any key or click to start");
    s.send("\x1b");
    s.wait_for("Kesimpta can cause serious side effects");
    let writer = |s: &Session| threads(s).iter().any(|t| t.trim() == "terminal output");
    assert!(
        !writer(&s),
        "no writer thread while the terminal takes output: {:?}",
        threads(&s)
    );
    let stopped = s.stop_output();
    s.send("4"); // the topics of Safety: a frame the terminal cannot take now
    let start = Instant::now();
    while !writer(&s) {
        assert!(start.elapsed() < TIMEOUT, "the frame was never handed on");
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(!s.text().contains("Tests before you start"), "{}", s.text());
    drop(stopped);
    s.wait_for("Tests before you start");
    s.send("jjjj\r");
    s.wait_for("Kesimpta can cause serious infections");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}
