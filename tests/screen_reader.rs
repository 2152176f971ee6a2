//! The screen-reader mode, as a patient with a screen reader uses it: the real binary in a pty,
//! from the first menu to a topic, a search, back and quit; never an escape sequence, a
//! box-drawing character or any non-ASCII byte written. TERM=dumb chooses it by itself.

use crate::common;
use common::pty::Session;

/// What must never reach a screen reader: escape sequences and drawing.
fn assert_plain(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    assert!(
        !bytes.contains(&0x1b),
        "an escape sequence was written:\n{text}"
    );
    assert!(
        !text.chars().any(|c| ('\u{2500}'..='\u{259f}').contains(&c)),
        "box drawing was written:\n{text}"
    );
    assert!(bytes.is_ascii(), "only ASCII is written:\n{text}");
    assert!(
        !text.contains("~~~"),
        "no underlines to be read aloud:\n{text}"
    );
}

/// Everything written after byte `from` (a screen reader hears all of it, even what scrolled
/// away), once `text` is in it; returns where the text ends.
fn heard(s: &Session, from: usize, text: &str) -> usize {
    let start = std::time::Instant::now();
    loop {
        let raw = s.raw();
        let new = String::from_utf8_lossy(&raw[from.min(raw.len())..]).into_owned();
        if let Some(i) = new.find(text) {
            return from + i + text.len();
        }
        assert!(
            start.elapsed() < common::pty::TIMEOUT,
            "{text:?} was never written; after byte {from}:\n{new}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn a_patient_goes_from_the_menu_to_a_topic_searches_goes_back_and_quits() {
    let mut s = Session::start(80, 24, &["--screen-reader"]);
    let at = heard(&s, 0, "Type a section number");
    let all = String::from_utf8_lossy(&s.raw()).into_owned();
    assert!(all.contains("3. How to take it"), "{all}");
    assert!(all.contains("not medical advice"), "the disclaimer first");
    assert!(
        !all.contains("click"),
        "no mouse or full-screen keys: {all}"
    );
    s.send("3\n");
    let at = heard(&s, at, "5. If you miss a dose");
    s.send("5\n");
    let at = heard(&s, at, "Topic 5 of 6 in How to take it.");
    let at = heard(&s, at, "(source 1)");
    let at = heard(&s, at, "Type n for the next topic");
    s.send("n\n");
    let at = heard(&s, at, "Topic 6 of 6");
    s.send("b\n");
    let at = heard(&s, at, "Type a topic number");
    s.send("s\n");
    let at = heard(&s, at, "Type the words to search for");
    s.send("fridge\n");
    let at = heard(&s, at, "results for \"fridge\"");
    // The results' own prompt, not the search's again.
    let at = heard(&s, at, "Type the number of a result");
    s.send("1\n");
    let at = heard(&s, at, "Storing it and traveling");
    s.send("h\n");
    let at = heard(&s, at, "q: quit");
    // "s" then "b": nothing searched, and the place's prompt again.
    s.send("s\n");
    let at = heard(&s, at, "Type the words to search for");
    s.send("b\n");
    let at = heard(&s, at, "n for the next topic");
    s.send("q\n");
    assert_eq!(s.wait_exit(), 0);
    assert_plain(&s.raw());
    let said = String::from_utf8_lossy(&s.raw()[at..]).into_owned();
    assert!(!said.contains("search for"), "{said}");
}

#[test]
fn every_search_result_is_said_and_any_can_be_opened_by_its_number() {
    let mut s = Session::start(80, 24, &["--screen-reader"]);
    let at = heard(&s, 0, "Type a section number");
    s.send("shot\n");
    let at = heard(&s, at, "results for \"shot\":");
    let at = heard(&s, at, "Type the number of a result");
    let said = String::from_utf8_lossy(&s.raw()[..at]).into_owned();
    let count: usize = said
        .rsplit(" results for \"shot\"")
        .nth(1)
        .and_then(|before| before.rsplit(['\n', ' ', ':']).next())
        .and_then(|n| n.trim().parse().ok())
        .expect("the count of results");
    assert!(count >= 10, "more than nine results to say: {said}");
    for n in 1..=count {
        assert!(
            said.contains(&format!("\n{n}. ")),
            "result {n} of {count}: {said}"
        );
    }
    s.send(&format!("{count}\n"));
    heard(&s, at, "Topic ");
    s.send("q\n");
    assert_eq!(s.wait_exit(), 0);
    assert_plain(&s.raw());
}

#[test]
fn term_dumb_chooses_it_and_check_yourself_works_by_number() {
    let mut s = Session::start_with(80, 24, &[], &[("TERM", "dumb")]);
    let at = heard(&s, 0, "Type a section number");
    s.send("y\n");
    let at = heard(&s, at, "Question 1 of");
    let at = heard(&s, at, "Type the number of your answer");
    s.send("1\n");
    let at = heard(&s, at, "Read more in the topic ");
    let at = heard(&s, at, "Type n for the next question");
    s.send("b\n");
    let at = heard(&s, at, "Closed.");
    // Issue 27: only this mode's commands are printed, never the full screen's keys or taps.
    let said = String::from_utf8_lossy(&s.raw()).into_owned();
    for full_screen in [
        "Press the number of your answer, or tap it",
        "Right arrow",
        "Esc: close",
        "-> Next question",
    ] {
        assert!(!said.contains(full_screen), "{full_screen:?} in:\n{said}");
    }
    s.send("k\n");
    heard(&s, at, "Most important information");
    s.send("q\n");
    assert_eq!(s.wait_exit(), 0);
    assert_plain(&s.raw());
}

/// A topic's links are said after it, numbered, and open by their number; `b` comes back to
/// the topic the link was in (until 2026-12-06 "Whom to call, and when: Get help now." was
/// plain text, and the quiz's "Read more" could not be opened in this mode).
#[test]
fn links_and_read_more_open_by_typing_and_b_comes_back() {
    let mut s = Session::start(80, 24, &["--screen-reader"]);
    let at = heard(&s, 0, "Type a section number");
    s.send("k\n");
    let at = heard(&s, at, "Most important information");
    let at = heard(&s, at, "This topic links to 1 other topic:");
    let at = heard(&s, at, "1. Get help now");
    let at = heard(&s, at, "Type a link's number, n for the next topic");
    s.send("1\n");
    let at = heard(&s, at, "Get help now");
    let at = heard(&s, at, "trouble breathing");
    let at = heard(&s, at, "b to go back to the topic you came from");
    s.send("b\n");
    let at = heard(&s, at, "Most important information");
    let at = heard(&s, at, "b for the list");
    s.send("7\n");
    let at = heard(&s, at, "There is no link with that number.");
    // Check yourself: one line a choice, no marker on a choice not picked, marks in words.
    s.send("y\n");
    let at = heard(&s, at, "Type the number of your answer");
    s.send("1\n");
    let at = heard(&s, at, "1. Wait for your Week 2 dose. (not this one)");
    let at = heard(
        &s,
        at,
        "2. Inject it as soon as you remember, then ask your care team when your next doses are due. (right)",
    );
    let at = heard(
        &s,
        at,
        "Read more in the topic \"If you miss a dose\": type r.",
    );
    let at = heard(&s, at, "r to read more about it");
    s.send("r\n");
    let at = heard(&s, at, "Topic 5 of 6 in How to take it.");
    let at = heard(&s, at, "If you miss a dose");
    let at = heard(&s, at, "b to go back to the topic you came from");
    s.send("b\n");
    let at = heard(&s, at, "Most important information");
    let at = heard(&s, at, "b for the list");
    s.send("b\n");
    heard(&s, at, "13 topics:");
    s.send("q\n");
    assert_eq!(s.wait_exit(), 0);
    let said = String::from_utf8_lossy(&s.raw()).into_owned();
    assert!(!said.contains("\n> "), "no full-screen marker:\n{said}");
    assert!(
        !said.contains("Right arrow"),
        "no full-screen keys:\n{said}"
    );
    assert_plain(&s.raw());
}

#[test]
fn a_kiosk_in_screen_reader_mode_cannot_be_quit_and_starts_again_when_idle() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("kiosk.toml");
    std::fs::write(
        &config,
        format!(
            "idle = 1\ncountdown = 1\nscreen_reader = true\nlog = \"{}\"\n",
            dir.path().join("kiosk.log").display()
        ),
    )
    .unwrap();
    let config = config.to_string_lossy().into_owned();
    let mut s = Session::start(80, 24, &["--kiosk-config", &config]);
    let at = heard(&s, 0, "Type a section number");
    s.send("q\n");
    let at = heard(&s, at, "Staff can end it");
    // Ctrl-C does not end it either.
    s.send("\x03");
    s.send("3\n");
    let at = heard(&s, at, "5. If you miss a dose");
    // After two quiet seconds it starts again for the next person.
    let at = heard(&s, at, "starts again for the next person");
    heard(&s, at, "Type a section number");
    assert!(s.child.try_wait().unwrap().is_none(), "still running");
    assert_plain(&s.raw());
}

/// My questions in a screen-reader kiosk: no QR code read out as rows of "#", and each
/// paragraph and question said on one line, never cut where the full screen's window wraps.
#[test]
fn my_questions_in_a_screen_reader_kiosk_says_no_code_and_cuts_no_line() {
    let dir = tempfile::tempdir().unwrap();
    let config = sr_kiosk(dir.path(), "idle = \"10m\"\n");
    let mut s = Session::start(80, 24, &["--kiosk-config", &config]);
    let at = heard(&s, 0, "Type a section number");
    s.send("m\n");
    let at = heard(&s, at, "Type w to write a question");
    s.send("w\n");
    let at = heard(&s, at, "Type your question");
    let long =
        "Is it safe to take this medicine with my other medicines for a very long time, for years?";
    s.send(&format!("{long}\n"));
    let at = heard(&s, at, &format!(" 1. {long}"));
    heard(
        &s,
        at,
        "Take a photo of the list with your phone instead, or write it down.",
    );
    let said = String::from_utf8_lossy(&s.raw()).into_owned();
    assert!(!said.contains("####"), "no QR code said:\n{said}");
    assert_plain(&s.raw());
}

/// Issue 25: in a screen-reader kiosk, Ctrl-D (the end of input) and a byte that is not UTF-8
/// ended the app (with 0 and with 1). Neither does now: the kiosk reads on.
#[test]
fn a_screen_reader_kiosk_survives_ctrl_d_and_bytes_that_are_not_text() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("kiosk.toml");
    std::fs::write(
        &config,
        format!(
            "idle = \"10m\"\nscreen_reader = true\nlog = \"{}\"\nstate = \"{}\"\n",
            dir.path().join("kiosk.log").display(),
            dir.path().display()
        ),
    )
    .unwrap();
    let config = config.to_string_lossy().into_owned();
    let mut s = Session::start(80, 24, &["--kiosk-config", &config]);
    let at = heard(&s, 0, "Type a section number");
    // Ctrl-D at the start of a line: the end of input, on a terminal.
    s.send("\x04");
    s.send("\x04");
    s.send("3\n");
    let at = heard(&s, at, "5. If you miss a dose");
    // A byte that is not UTF-8, in a line of its own and in a command.
    s.send_bytes(b"\xff\n");
    s.send_bytes(b"\xff3\n");
    s.send("b\n");
    s.send("2\n");
    heard(&s, at, "Pen or syringe, and what is in it");
    assert!(s.child.try_wait().unwrap().is_none(), "still running");
    s.signal("TERM");
    s.wait_exit();
}

/// A screen-reader kiosk with the PIN 2468, its own state folder and `extra` lines.
fn sr_kiosk(dir: &std::path::Path, extra: &str) -> String {
    let config = dir.join("kiosk.toml");
    std::fs::write(
        &config,
        format!(
            "screen_reader = true\npin_hash = \"{}\"\nlog = \"{}\"\nstate = \"{}\"\n{extra}",
            patient_guide::kiosk::pin::hash("2468").unwrap(),
            dir.join("kiosk.log").display(),
            dir.join("state").display()
        ),
    )
    .unwrap();
    config.to_string_lossy().into_owned()
}

/// Issue 25: the screen-reader kiosk is the same kiosk as the drawn one. The keys that end or
/// stop a program on a terminal in line mode (Ctrl-D, Ctrl-C, Ctrl-Z, Ctrl-\, and Ctrl-S, which
/// stopped all output) do nothing; the staff chord and the PIN (not shown as typed) end it.
#[test]
fn a_screen_reader_kiosk_is_locked_and_left_only_by_the_staff_pin() {
    let dir = tempfile::tempdir().unwrap();
    let config = sr_kiosk(dir.path(), "idle = \"10m\"\n");
    let mut s = Session::start(80, 24, &["--kiosk-config", &config]);
    let at = heard(&s, 0, "Type a section number");
    for key in ["\x04", "\x03", "\x1a", "\x1c", "\x13", "\x04"] {
        s.send(key);
    }
    s.send("3\n");
    let at = heard(&s, at, "5. If you miss a dose");
    s.send("\x04\n");
    s.send("\x04\x04");
    assert!(s.child.try_wait().unwrap().is_none(), "still running");
    // Ctrl+Alt+P, as the terminal sends it, then Enter.
    s.send("\x1b\x10\n");
    let at = heard(&s, at, "For staff only. Type the PIN");
    s.send("1111\n");
    let at = heard(&s, at, "That PIN is not right");
    assert!(
        s.child.try_wait().unwrap().is_none(),
        "a wrong PIN does not end it"
    );
    s.send("\x1b\x10\n");
    let at = heard(&s, at, "For staff only. Type the PIN");
    s.send("2468\n");
    assert_eq!(s.wait_exit(), 0);
    let after = String::from_utf8_lossy(&s.raw()[at..]).into_owned();
    assert!(
        !after.contains("2468"),
        "the PIN was shown as typed:\n{after}"
    );
    let log = std::fs::read_to_string(dir.path().join("kiosk.log")).unwrap();
    assert!(
        log.contains("a wrong staff PIN was typed (1 in a row)"),
        "{log}"
    );
}

/// The screen-reader kiosk picks up a changed guides folder at its idle reset, as the drawn one.
#[test]
fn a_screen_reader_kiosk_uses_updated_guides_from_the_next_person_on() {
    let dir = tempfile::tempdir().unwrap();
    let guides = dir.path().join("guides");
    std::fs::create_dir_all(&guides).unwrap();
    let fixture = include_str!("fixtures/ui.toml");
    let edition = |title: &str| {
        fixture.replacen(
            "title = \"Fixture (examplumab)\"",
            &format!("title = \"{title}\""),
            1,
        )
    };
    std::fs::write(
        guides.join("demo.toml"),
        edition("First edition (examplumab)"),
    )
    .unwrap();
    let config = sr_kiosk(
        dir.path(),
        &format!(
            "idle = \"2s\"\ncountdown = \"1s\"\nguides = \"{}\"\n",
            guides.display()
        ),
    );
    let s = Session::start(80, 24, &["--kiosk-config", &config]);
    let at = heard(&s, 0, "First edition (examplumab)");
    std::fs::write(
        guides.join("demo.toml"),
        edition("Second edition (examplumab)"),
    )
    .unwrap();
    let at = heard(&s, at, "starts again for the next person");
    heard(&s, at, "Second edition (examplumab)");
    assert_plain(&s.raw());
}

/// Issue 27: with several medicines, every search result names its guide, and opening one from
/// another guide says which guide is now open: nothing switches guides silently.
#[test]
fn search_results_name_their_medicine_and_a_change_of_guide_is_said() {
    let dir = common::folder_of_medicines(3);
    let guides = dir.path().display().to_string();
    let mut s = Session::start(
        80,
        24,
        &[
            "--screen-reader",
            "--guides",
            &guides,
            "--guide",
            "kesimpta",
        ],
    );
    let at = heard(&s, 0, "Type a section number");
    s.send("s\n");
    s.send("diabetes\n");
    let at = heard(&s, at, "1. ");
    let at = heard(&s, at, " - ");
    let said = String::from_utf8_lossy(&s.raw()[at.saturating_sub(200)..]).into_owned();
    assert!(
        said.contains("1. Zokazo"),
        "the result names its medicine:\n{said}"
    );
    s.send("1\n");
    heard(&s, at, "Now reading the guide Zokazo");
    s.send("q\n");
    assert_eq!(s.wait_exit(), 0);
    assert_plain(&s.raw());
}

/// A guide without a Get help page or a key facts page (`check` warns of both): `g` and `k` say
/// so, and `g` where help is in an emergency, instead of reading the topic again as if it were
/// the page.
#[test]
fn a_guide_without_the_pages_says_so_for_get_help_and_key_facts() {
    let dir = tempfile::tempdir().unwrap();
    let text = common::fixture_text_with(&common::WITHOUT_URGENT_PAGES);
    std::fs::write(dir.path().join("ui.toml"), text).unwrap();
    let guides = dir.path().display().to_string();
    let mut s = Session::start(80, 24, &["--screen-reader", "--guides", &guides]);
    let at = heard(&s, 0, "Type a section number");
    s.send("g\n");
    let at = heard(
        &s,
        at,
        "This guide has no Get help page. Emergency? Call your local emergency number.",
    );
    s.send("k\n");
    let at = heard(
        &s,
        at,
        "This guide has no Key facts page. Look through its sections instead.",
    );
    s.send("h\n");
    heard(&s, at, "q: quit");
    s.send("q\n");
    assert_eq!(s.wait_exit(), 0);
    assert_plain(&s.raw());
}

/// On a desktop the screen-reader mode ends with Ctrl-C and SIGTERM, as any program reading
/// lines does (only a kiosk catches the keyboard's signals).
#[test]
fn on_a_desktop_ctrl_c_and_sigterm_end_the_screen_reader_mode() {
    let mut s = Session::start(80, 24, &["--screen-reader"]);
    heard(&s, 0, "Type a section number");
    s.send("\x03");
    s.wait_exit();
    let mut s = Session::start(80, 24, &["--screen-reader"]);
    heard(&s, 0, "Type a section number");
    s.signal("TERM");
    s.wait_exit();
}

/// My questions in this mode: add one from a topic, write one, remove one, save the list (its
/// file says so), and quitting with a question not saved asks first; the next start goes on
/// from the saved list. Never an escape sequence or non-ASCII byte.
#[test]
fn my_questions_are_written_removed_saved_and_never_lost_on_quit() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("questions.txt");
    let file_arg = file.to_str().unwrap();
    let mut s = Session::start(80, 24, &["--screen-reader", "--questions-file", file_arg]);
    let at = heard(&s, 0, "Type a section number");
    s.send("3\n");
    let at = heard(&s, at, "5. If you miss a dose");
    s.send("5\n");
    let at = heard(&s, at, "Type n for the next topic");
    s.send("a\n");
    let at = heard(&s, at, "1. Can we talk about \"If you miss a dose\"?");
    s.send("1\n");
    let at = heard(&s, at, "Added to My questions");
    s.send("m\n");
    let at = heard(&s, at, "Type w to write a question");
    s.send("w\n");
    let at = heard(&s, at, "Type your question");
    s.send("Can I get a flu shot?\n");
    let at = heard(&s, at, " 2. Can I get a flu shot?");
    s.send("r 1\n");
    let at = heard(&s, at, "Removed from your list: Can we talk about");
    let at = heard(&s, at, " 1. Can I get a flu shot?");
    s.send("s\n");
    let at = heard(&s, at, "Saved to ");
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("1. Can I get a flu shot?"), "{saved}");
    assert!(
        !saved.contains("miss a dose"),
        "removed before saving: {saved}"
    );
    // b while writing goes back and writes nothing.
    s.send("w\n");
    let at = heard(&s, at, "Type your question");
    s.send("b\n");
    let at = heard(&s, at, " 1. Can I get a flu shot?");
    s.send("w\n");
    let at = heard(&s, at, "Type your question");
    let at_write = at;
    s.send("Is it safe with my other medicines?\n");
    let at = heard(&s, at, " 2. Is it safe with my other medicines?");
    s.send("b\n");
    let at = heard(&s, at, "Closed.");
    // Quitting with one question not saved asks; "Stay" stays.
    s.send("q\n");
    let at = heard(&s, at, "1 question in My questions is not saved.");
    let at = heard(&s, at, "3. Stay");
    s.send("3\n");
    let at = heard(&s, at, "Type n for the next topic");
    // What was added was said once, when it was added, never again at a later answer.
    let since = String::from_utf8_lossy(&s.raw()[at_write..at]).into_owned();
    assert_eq!(since.matches("Added to My questions").count(), 1, "{since}");
    s.send("q\n");
    let at = heard(&s, at, "1. Save them, then quit");
    s.send("1\n");
    heard(&s, at, "Saved to ");
    assert_eq!(s.wait_exit(), 0);
    assert_plain(&s.raw());
    let saved = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        saved.matches("Saved on ").count(),
        2,
        "added, never overwritten: {saved}"
    );
    assert!(
        saved.contains("2. Is it safe with my other medicines?"),
        "{saved}"
    );

    // The next start goes on from the list saved last.
    let mut s = Session::start(80, 24, &["--screen-reader", "--questions-file", file_arg]);
    let at = heard(&s, 0, "Type a section number");
    s.send("m\n");
    heard(&s, at, " 2. Is it safe with my other medicines?");
    s.send("b\n");
    s.send("q\n");
    assert_eq!(s.wait_exit(), 0, "nothing new: quits without asking");
}
