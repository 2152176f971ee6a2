//! "My questions": adding, writing, removing, reordering; saving on a desktop; a QR code in kiosk
//! mode that a phone can read back as the list; nothing kept after an idle reset.

use crate::common;
use common::*;
use patient_guide::action::Action::*;
use patient_guide::app::{App, Effect};
use patient_guide::doc::pages::WindowKind;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

#[test]
fn questions_are_added_written_removed_and_reordered() {
    let mut app = app_at(120, 40);
    // From the questions section: pick one of the topic's questions.
    let _ = run(&mut app, &[Section(4), AddQuestion]);
    assert_eq!(app.window_kind(), Some(WindowKind::AddQuestion));
    let s = screen(&app);
    assert!(s.contains("Which tests do I need?"), "{s}");
    let _ = run(&mut app, &[Down, Enter]);
    assert_eq!(app.questions.list, ["When do I start?"]);
    // From any topic: ask about the topic itself (the last choice).
    let _ = run(&mut app, &[Section(1), AddQuestion, Bottom]);
    let last = app.question_choices().len() - 1;
    for _ in 0..last {
        let _ = app.update(Down);
    }
    let _ = app.update(Enter);
    assert_eq!(app.questions.list[1], "Can we talk about \"Adults\"?");
    // Adding the same question twice keeps one.
    let _ = run(&mut app, &[AddQuestion, Bottom]);
    for _ in 0..last {
        let _ = app.update(Down);
    }
    let _ = app.update(Enter);
    assert_eq!(app.questions.list.len(), 2);
    assert!(
        app.questions
            .status
            .as_deref()
            .unwrap()
            .contains("already on your list")
    );

    // Write one of your own.
    let _ = run(&mut app, &[MyQuestions, WriteQuestion]);
    type_text(&mut app, "Can I drink alcohol?");
    let _ = app.update(Enter);
    assert_eq!(app.questions.list.len(), 3);
    assert_eq!(app.questions.list[2], "Can I drink alcohol?");
    let s = screen(&app);
    assert!(s.contains(" 3. Can I drink alcohol?"), "{s}");

    // Move it to the top, then remove the first.
    let _ = run(
        &mut app,
        &[
            MoveQuestion(patient_guide::action::Way::Up),
            MoveQuestion(patient_guide::action::Way::Up),
        ],
    );
    assert_eq!(app.questions.list[0], "Can I drink alcohol?");
    assert_eq!(selected_question(&app), 0);
    let _ = run(&mut app, &[RemoveQuestion]);
    assert_eq!(app.questions.list.len(), 2);
    assert!(
        !app.questions
            .list
            .contains(&"Can I drink alcohol?".to_string())
    );
    // Save asks the terminal loop to write the file.
    let effects = app.update(SaveQuestions);
    assert!(
        matches!(&effects[..], [Effect::SaveQuestions(text)] if text.contains("1. When do I start?")),
        "{effects:?}"
    );
}

#[test]
fn a_tap_adds_a_question() {
    let mut app = app_at(80, 24);
    let _ = run(&mut app, &[Section(4), Enter, AddQuestion]);
    let _ = tap(&mut app, "When do I start?");
    assert_eq!(app.questions.list, ["When do I start?"]);
}

/// Reads the QR code drawn on the screen back into modules and decodes it, as a phone would.
fn decode_qr_on_screen(buf: &Buffer) -> String {
    let area = buf.area;
    let qr_cell = |x: u16, y: u16| buf[(x, y)].bg == Color::White && buf[(x, y)].fg == Color::Black;
    let rows: Vec<u16> = (0..area.height)
        .filter(|&y| (0..area.width).any(|x| qr_cell(x, y)))
        .collect();
    let cols: Vec<u16> = (0..area.width)
        .filter(|&x| rows.iter().any(|&y| qr_cell(x, y)))
        .collect();
    assert!(!rows.is_empty(), "no QR code on screen");
    let (w, h) = (cols.len(), rows.len() * 2);
    let mut modules = vec![false; w * h];
    for (j, &y) in rows.iter().enumerate() {
        for (i, &x) in cols.iter().enumerate() {
            let (top, bottom) = match buf[(x, y)].symbol() {
                "█" => (true, true),
                "▀" => (true, false),
                "▄" => (false, true),
                _ => (false, false),
            };
            modules[2 * j * w + i] = top;
            modules[(2 * j + 1) * w + i] = bottom;
        }
    }
    const PX: usize = 4;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w * PX, h * PX, |x, y| {
        if modules[(y / PX) * w + x / PX] {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code found");
    grids[0].decode().expect("decodes").1
}

/// A kiosk at a size with two of the questions section's questions in My questions, open.
fn kiosk_with_two_questions(width: u16, height: u16) -> App {
    let mut app = kiosk_at(width, height, None);
    let _ = run(
        &mut app,
        &[
            Enter,
            Section(4),
            AddQuestion,
            Enter,
            AddQuestion,
            Down,
            Enter,
            MyQuestions,
        ],
    );
    app
}

#[test]
fn in_a_kiosk_the_list_is_a_qr_code_that_reads_back_as_the_list() {
    let mut app = kiosk_with_two_questions(200, 60);
    assert_eq!(app.questions.list.len(), 2);
    let s = screen(&app);
    assert!(s.contains("Scan this code with your phone"), "{s}");
    assert!(!s.contains("S save"), "a kiosk offers no saving:\n{s}");
    let text = decode_qr_on_screen(&draw(&app));
    let expected = patient_guide::questions::as_text(
        &app.reading.guide,
        &app.questions.list,
        app.look.view.lang,
    );
    assert_eq!(text, expected);
    assert!(text.contains("Fixture (examplumab)") && text.contains("January 31, 2026"));
    assert!(text.contains("1. Which tests do I need?") && text.contains("2. When do I start?"));
    // A kiosk does not save.
    assert_eq!(app.update(SaveQuestions), []);
    // The idle reset clears the list.
    let _ = run(&mut app, &[Back]);
    let _ = tell(
        &mut app,
        vec![
            patient_guide::action::Message::IdleWarning(1),
            patient_guide::action::Message::IdleReset,
        ],
    );
    assert!(app.questions.list.is_empty());
}

/// The Linux console (ASCII, a module two columns wide and one row high): a list's code is
/// taller and wider than any window (84 columns at most), so it is not drawn (it was, cut off at
/// the right and the bottom, where no phone could read it) and the patient is told what to do
/// instead. Where the code fits whole (half blocks, 200x60), it is drawn: see above.
#[test]
fn a_code_that_cannot_be_seen_whole_is_not_drawn() {
    use patient_guide::app::{Kiosk, View};
    let console = View {
        ascii: true,
        ..View::default()
    };
    for (view, w, h) in [
        (console, 80, 25),
        (console, 200, 100),
        (View::default(), 80, 25),
    ] {
        let mut app = App::with(vec![fixture()], 0, w, h, view, Some(Kiosk::default()));
        let _ = run(
            &mut app,
            &[Enter, Section(4), AddQuestion, Enter, MyQuestions],
        );
        let s = screen(&app);
        assert!(s.contains("Which tests do I need?"), "{s}");
        assert!(!s.contains("Scan this code"), "{w}x{h}:\n{s}");
        assert!(s.contains("This screen is too small"), "{w}x{h}:\n{s}");
        assert!(!s.contains("####") && !s.contains("██"), "{w}x{h}:\n{s}");
    }
}

/// On a kiosk's touch screen, a question is touched to choose it, and buttons under the list
/// remove it or move it (the keys w, x, K/J were all the list offered; the usability review's
/// M14). In Spanish too.
#[test]
fn a_touch_screen_removes_and_moves_questions_with_buttons() {
    let mut app = kiosk_with_two_questions(120, 40);
    let first = app.questions.list.clone();
    assert_eq!(first.len(), 2);
    let s = screen(&app);
    assert!(s.contains("Touch a question to choose it"), "{s}");
    let _ = tap(&mut app, &format!("2. {}", first[1]));
    let _ = tap(&mut app, "[ Move it up ]");
    assert_eq!(app.questions.list, [first[1].clone(), first[0].clone()]);
    let _ = tap(&mut app, "[ Move it down ]");
    assert_eq!(app.questions.list, first);
    let _ = tap(&mut app, &format!("1. {}", first[0]));
    let _ = tap(&mut app, "[ Remove it ]");
    assert_eq!(app.questions.list, [first[1].clone()]);
    let _ = app.update(ChooseLanguage(patient_guide::i18n::Lang::Es));
    let s = screen(&app);
    assert!(
        s.contains("[ Quitarla ]") && s.contains("[ Subirla ]"),
        "{s}"
    );
    // A desktop, with its keys and a mouse, has no such buttons.
    let mut app = app_at(120, 40);
    let _ = run(&mut app, &[Section(4), AddQuestion, Enter, MyQuestions]);
    assert!(!screen(&app).contains("[ Remove it ]"), "{}", screen(&app));
}

/// A kiosk's touch screen writes a question of one's own too: a button opens the writer, whose
/// on-screen keyboard types (digits and the signs a question needs with it), erases and adds
/// the question, by taps alone. In Spanish the keyboard has Ñ and ¿. A desktop has none of it.
#[test]
fn a_touch_screen_writes_a_question_on_its_own_keyboard() {
    use patient_guide::app::Kiosk;
    for (w, h) in [(80, 25), (120, 40)] {
        let mut app = App::with(
            vec![fixture()],
            0,
            w,
            h,
            Default::default(),
            Some(Kiosk::default()),
        );
        let _ = run(&mut app, &[Enter, MyQuestions]);
        let _ = tap(&mut app, "[ Write a question of your own ]");
        assert_eq!(
            app.window_kind(),
            Some(WindowKind::WriteQuestion),
            "{}",
            screen(&app)
        );
        // A sentence starts with a capital, as on a phone's keyboard.
        for key in [
            "[ C ]",
            "[ A ]",
            "[ N ]",
            "[ Space ]",
            "[ 2 ]",
            "[ X ]",
            "[ Erase ]",
            "[ ? ]",
        ] {
            let _ = tap(&mut app, key);
        }
        let s = screen(&app);
        assert!(s.contains("> Can 2?_"), "{w}x{h}:\n{s}");
        for key in ["[ Space ]", "[ O ]", "[ K ]"] {
            let _ = tap(&mut app, key);
        }
        let _ = tap(&mut app, "[ Add it to My questions ]");
        assert_eq!(
            app.questions.list,
            ["Can 2? Ok"],
            "{w}x{h}:\n{}",
            screen(&app)
        );
        assert_eq!(app.window_kind(), Some(WindowKind::MyQuestions));
        // Its bottom edge says how to close it, in a touch screen's words, and does.
        let _ = tap(&mut app, "[ Write a question of your own ]");
        let _ = tap(&mut app, "Close: touch here");
        assert_eq!(
            app.window_kind(),
            Some(WindowKind::MyQuestions),
            "{}",
            screen(&app)
        );
    }
    let mut app = App::with(
        vec![fixture()],
        0,
        120,
        40,
        Default::default(),
        Some(Kiosk::default()),
    );
    let _ = app.update(ChooseLanguage(patient_guide::i18n::Lang::Es));
    let _ = run(&mut app, &[Enter, MyQuestions]);
    let _ = tap(&mut app, "[ Escribir su propia pregunta ]");
    for key in ["[ ¿ ]", "[ Ñ ]", "[ Ñ ]", "[ ? ]"] {
        let _ = tap(&mut app, key);
    }
    let _ = tap(&mut app, "[ Agregarla a Mis preguntas ]");
    assert_eq!(app.questions.list, ["¿Ññ?"], "{}", screen(&app));
    // A desktop, with its keys, has neither the button nor the keyboard.
    let mut app = app_at(120, 40);
    let _ = run(&mut app, &[MyQuestions]);
    assert!(
        !screen(&app).contains("[ Write a question"),
        "{}",
        screen(&app)
    );
    let _ = run(&mut app, &[WriteQuestion]);
    assert!(!screen(&app).contains("[ Q ]"), "{}", screen(&app));
}

/// Issue 27: `q` with questions not saved asks first: save then quit, quit without saving, or
/// stay. Nothing a patient wrote is lost by one key.
#[test]
fn quitting_with_questions_not_saved_asks_first() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut app = app_at(w, h);
        let _ = run(&mut app, &[Section(5), Down, AddQuestion, Enter]);
        assert_eq!(app.questions.list.len(), 1);
        // q asks instead of quitting.
        let effects = app.update(Quit);
        assert!(!quits(&effects), "{effects:?}");
        assert_eq!(app.window_kind(), Some(WindowKind::ConfirmQuit));
        let s = screen(&app);
        for said in [
            "Quit?",
            "1 question in My questions is not saved.",
            "Save them, then quit",
            "Quit without saving them",
            "Stay",
        ] {
            assert!(s.contains(said), "{said:?} at {w}x{h}:\n{s}");
        }
        // Stay: Esc, or q again; nothing is lost.
        let _ = app.update(Back);
        assert_eq!(app.window_kind(), None);
        let _ = app.update(Quit);
        assert!(!quits(&app.update(Quit)), "q twice stays");
        assert_eq!(app.questions.list.len(), 1);
        // A tap on "Quit without saving them" quits.
        let _ = app.update(Quit);
        let (x, y) = click_point(&app, "Quit without saving them");
        assert!(quits(&click(&mut app, x, y)));
        // Ctrl-C twice always leaves.
        let mut app = app_at(w, h);
        let _ = run(&mut app, &[Section(5), Down, AddQuestion, Enter]);
        assert!(!quits(&app.update(QuitNow)));
        assert!(quits(&app.update(QuitNow)));
    }
}

#[test]
fn save_then_quit_quits_once_saved_and_stays_when_the_save_failed() {
    use patient_guide::action::Message;
    let mut app = app_at(120, 40);
    let _ = run(&mut app, &[Section(4), AddQuestion, Enter]);
    assert_eq!(app.questions.list, ["Which tests do I need?"]);
    let _ = app.update(Quit);
    let effects = app.update(Enter);
    assert!(
        matches!(&effects[..], [Effect::SaveQuestions(text)] if text.contains("1. Which")),
        "{effects:?}"
    );
    assert!(!quits(&effects), "not before the save is done");
    // The save failed: the app stays and says why.
    let effects = app.tell(Message::Saved {
        path: "/nowhere/q.txt".into(),
        error: Some("permission denied".into()),
    });
    assert!(!quits(&effects));
    assert!(
        app.questions
            .status
            .as_deref()
            .unwrap()
            .contains("permission denied")
    );
    // Asked again; the save works; then it quits.
    let _ = app.update(Quit);
    let _ = app.update(Enter);
    let effects = app.tell(Message::Saved {
        path: "/tmp/q.txt".into(),
        error: None,
    });
    assert!(quits(&effects), "{effects:?}");
    // Saved: q now quits at once.
    assert!(!app.unsaved_questions());
    assert!(quits(&app.update(Quit)));
}

#[test]
fn a_list_saved_earlier_is_read_back_and_counts_as_saved() {
    let saved = patient_guide::questions::appended(
        "",
        "Saved on 2026-12-01",
        "My questions for my doctor about Kesimpta\n1. First?\n2. Second?\n",
    );
    let saved = patient_guide::questions::appended(
        &saved,
        "Saved on 2026-12-04",
        "My questions for my doctor about Kesimpta\n1. Only this one?\n",
    );
    assert!(saved.contains("Saved on 2026-12-01") && saved.contains("2. Second?"));
    assert!(saved.ends_with("1. Only this one?\n"), "{saved}");
    let list = patient_guide::questions::read_back(&saved);
    assert_eq!(list, ["Only this one?"]);
    let app = app_at(120, 40).with_saved_questions(list);
    assert_eq!(app.questions.list, ["Only this one?"]);
    assert!(!app.unsaved_questions());
    assert!(patient_guide::questions::read_back("no list here\n").is_empty());
}
