//! The pages a patient needs in seconds: the most important information (shown first, `*`), get
//! help now (`!`, and a kiosk button), and "check yourself" (`y`), by key and by tap, at 80x24 and
//! 200x60, in the ASCII, large and high-contrast views.

use crate::common;
use common::*;
use patient_guide::action::Action::*;
use patient_guide::action::Message;
use patient_guide::app::{App, Pane, View};
use patient_guide::doc::pages::WindowKind;
use ratatui::style::Modifier;

fn title(app: &App) -> String {
    app.topic().unwrap().title.clone()
}

#[test]
fn the_key_facts_come_first_after_the_disclaimer() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut app = App::new(fixture(), w, h);
        assert_eq!(
            app.window_kind(),
            Some(WindowKind::About),
            "the disclaimer first"
        );
        let _ = app.update(Enter);
        assert_eq!(
            (title(&app), app.reading.focus),
            ("Key facts".to_string(), Pane::Reader)
        );
        let s = screen(&app);
        assert!(
            s.contains("Call your care team right away about a fever."),
            "{w}x{h}:\n{s}"
        );
        assert!(s.contains("! Get help"), "the footer offers help:\n{s}");
    }
}

#[test]
fn key_facts_at_80x24() {
    let mut app = App::new(kesimpta(), 80, 24);
    let _ = app.update(Enter);
    insta::assert_snapshot!("key_facts_80x24", screen(&app));
}

#[test]
fn get_help_at_200x60() {
    let mut app = kesimpta_at(200, 60);
    let _ = app.update(GetHelp);
    let s = screen(&app);
    for text in [
        "Get help now",
        "Call 911, or your local emergency number, for:",
        "Get medical help right away if any of these is new or getting worse.",
        "Call your care team right away if you have:",
        "Call 911 right away if you have signs of a severe allergic reaction (anaphylaxis):",
        "Before you get any vaccine, ask your care team.",
    ] {
        assert!(s.contains(text), "{text:?}:\n{s}");
    }
    insta::assert_snapshot!("get_help_200x60", s);
}

#[test]
fn get_help_and_key_facts_are_one_key_away_from_every_screen() {
    let g = fixture();
    for (w, h) in [(80, 24), (200, 60)] {
        // From the sections list, a topic's text, and over each window.
        let starts: Vec<Vec<patient_guide::action::Action>> = vec![
            vec![],
            vec![Section(2), Enter, Enter],
            vec![Help],
            vec![Sources],
            vec![About],
            vec![MyQuestions],
            vec![Section(2), Enter, Enter, Steps],
            vec![CheckYourself],
            vec![Section(5), Enter, Enter],
        ];
        for start in &starts {
            for (key, want) in [(GetHelp, "Get help now"), (KeyFacts, "Key facts")] {
                let mut app = app_at(w, h);
                let _ = run(&mut app, start);
                let _ = app.update(key.clone());
                assert_eq!(app.window_kind(), None, "{w}x{h} {start:?} {key:?}");
                assert_eq!(title(&app), want, "{w}x{h} {start:?}");
                assert_eq!(app.reading.focus, Pane::Reader);
                assert!(screen(&app).contains(want));
            }
        }
        // Back returns to where the patient was.
        let mut app = app_at(w, h);
        let _ = run(&mut app, &[Section(2), Enter, Down]);
        let before = title(&app);
        let _ = run(&mut app, &[GetHelp, HistoryBack]);
        assert_eq!(title(&app), before, "{w}x{h}: back from get help");
        // While typing a search, ! is a character, not a command.
        let mut app = app_at(w, h);
        let _ = run(&mut app, &[Search]);
        type_text(&mut app, "fever!");
        assert_eq!(search_box(&app).query, "fever!");
        assert_eq!(app.window_kind(), Some(WindowKind::Search));
    }
    assert!(g.key_facts.is_some() && g.get_help.is_some());
}

#[test]
fn the_footer_get_help_button_works_by_tap() {
    let mut app = app_at(80, 24);
    let (x, y) = click_point(&app, "! Get help");
    let _ = click(&mut app, x + 2, y);
    assert_eq!(title(&app), "Get help now");
    let _ = app.update(Help);
    let (x, y) = click_point(&app, "! Get help");
    let _ = click(&mut app, x + 2, y);
    assert_eq!(
        (app.window_kind(), title(&app)),
        (None, "Get help now".into())
    );
}

#[test]
fn key_pages_in_ascii_large_and_high_contrast() {
    let views = [
        View {
            ascii: true,
            ..View::default()
        },
        View {
            large: true,
            ..View::default()
        },
        View {
            high_contrast: true,
            ..View::default()
        },
    ];
    for view in views {
        for (w, h) in [(80, 24), (200, 60)] {
            let mut app = App::with(vec![long_fixture()], 0, w, h, view, None);
            let _ = app.update(Enter);
            let s = screen(&app);
            assert!(
                s.contains("Call your care team right away about a fever."),
                "{view:?}:\n{s}"
            );
            if view.ascii {
                assert!(console_safe(&s), "{s}");
            }
            let _ = app.update(GetHelp);
            let buf = draw(&app);
            let s = buffer_text(&buf);
            assert!(s.contains("Get help now"), "{view:?} {w}x{h}:\n{s}");
            if view.high_contrast {
                let (x, y) = find_on_screen(&buf, "In an emergency, call").unwrap();
                assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
            }
            let _ = app.update(CheckYourself);
            let s = screen(&app);
            assert!(s.contains("Question 1 of 3"), "{view:?} {w}x{h}:\n{s}");
            if view.ascii {
                assert!(console_safe(&s), "{s}");
            }
        }
    }
}

#[test]
fn check_yourself_by_key() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut app = long_at(w, h);
        let _ = app.update(CheckYourself);
        assert_eq!(app.window_kind(), Some(WindowKind::Quiz(0)));
        let s = screen(&app);
        assert!(s.contains("Check yourself"), "{s}");
        assert!(s.contains("Question 1 of 3"), "{s}");
        assert!(s.contains("How often after the first weeks?"), "{s}");
        assert!(s.contains("1. Once a month."), "{s}");
        assert!(!s.contains("Right."), "no verdict before an answer");
        // The number key of a choice answers; a wrong one shows the right one and why.
        let _ = app.update(Section(1));
        let s = screen(&app);
        assert!(s.contains("Not quite. The answer is 1."), "{w}x{h}:\n{s}");
        assert!(
            s.contains("After the first weeks, one dose a month."),
            "{s}"
        );
        assert!(s.contains("Read more: Your dose"), "{s}");
        // Another key does not change the answer given.
        let _ = app.update(Section(0));
        assert_eq!(quiz_state(&app).1, Some(1));
        // Next question: Down and Enter choose the highlighted answer.
        let _ = app.update(Right);
        assert_eq!(app.window_kind(), Some(WindowKind::Quiz(1)));
        assert_eq!(quiz_state(&app).1, None, "each question starts unanswered");
        let _ = run(&mut app, &[Down, Enter]);
        assert!(screen(&app).contains("Right."), "{}", screen(&app));
        // f reads the topic that explains it; Back returns to where the patient was.
        let _ = app.update(NextLink);
        assert_eq!(app.window_kind(), None);
        assert_eq!(title(&app), "Get help now");
        // Opening it again starts afresh: nothing was kept.
        let _ = app.update(CheckYourself);
        assert_eq!(
            (app.window_kind(), quiz_state(&app).1),
            (Some(WindowKind::Quiz(0)), None)
        );
        // Left goes back a question; Esc closes; the last question's Enter closes too.
        let _ = run(&mut app, &[Section(1), Right, Left]);
        assert_eq!(app.window_kind(), Some(WindowKind::Quiz(0)));
        let _ = app.update(Back);
        assert_eq!(app.window_kind(), None);
        let _ = app.update(CheckYourself);
        for _ in 0..3 {
            let _ = run(&mut app, &[Section(0), Enter]);
        }
        assert_eq!(app.window_kind(), None, "done after the last question");
    }
}

/// Where there is no tick or cross (the Linux console, ASCII), the answers are marked in words
/// of the reader's language (in Spanish they said "(right)" until 2026-12-06).
#[test]
fn check_yourself_in_ascii_marks_the_answers_in_the_readers_words() {
    use patient_guide::i18n::Lang;
    for (lang, right, wrong) in [
        (Lang::En, "(right)", "(not this one)"),
        (Lang::Es, "(correcta)", "(no es esta)"),
    ] {
        let view = View {
            ascii: true,
            lang,
            ..View::default()
        };
        let mut app = App::with(vec![long_fixture()], 0, 80, 24, view, None);
        let _ = run(&mut app, &[Enter, CheckYourself, Section(1)]);
        let s = screen(&app);
        assert!(s.contains(&format!("1. Once a month. {right}")), "{s}");
        assert!(s.contains(wrong), "{lang:?}:\n{s}");
        assert!(console_safe(&s), "{s}");
    }
}

#[test]
fn check_yourself_by_tap_in_a_kiosk_and_forgotten_at_reset() {
    let mut app = long_kiosk_at(80, 24);
    let _ = app.update(Enter);
    let _ = app.update(CheckYourself);
    let _ = tap(&mut app, "Once a month.");
    assert_eq!(quiz_state(&app).1, Some(0));
    assert!(screen(&app).contains("Right."));
    let _ = tap(&mut app, "Next question");
    assert_eq!(app.window_kind(), Some(WindowKind::Quiz(1)));
    let _ = tap(&mut app, "Wait a week.");
    assert!(screen(&app).contains("Not quite. The answer is 2."));
    let _ = tap(&mut app, "Previous question");
    assert_eq!(app.window_kind(), Some(WindowKind::Quiz(0)));
    let _ = app.update(Section(2));
    let _ = app.tell(Message::IdleWarning(1));
    let _ = app.tell(Message::IdleReset);
    assert!(app.welcome().is_some());
    assert_eq!(
        app.window_kind(),
        None,
        "the question and its answer are gone"
    );
}

#[test]
fn a_guide_without_these_pages_still_works() {
    let g = parse(VALID).unwrap();
    assert!(g.key_facts.is_none() && g.get_help.is_none() && g.check_yourself.is_empty());
    let mut app = App::new(g, 80, 24);
    let _ = app.update(Enter);
    assert_eq!(
        app.reading.section, 0,
        "no key facts: the guide starts at its beginning"
    );
    let _ = run(&mut app, &[GetHelp, KeyFacts]);
    assert_eq!(app.reading.section, 0);
    let _ = app.update(CheckYourself);
    assert_eq!(app.window_kind(), None, "nothing to check yourself with");
}

/// A guide without a Get help page or a key facts page (`check` warns of both) still answers
/// the key and the tap: the title row says there is no such page, and Get help says where help
/// is in an emergency; in Spanish too, in the kiosk too; the next key clears it, and the patient
/// stays where they were.
#[test]
fn a_guide_without_the_pages_still_answers_get_help_and_key_facts() {
    let without = || fixture_with(&WITHOUT_URGENT_PAGES);
    let no_help = "This guide has no Get help page. Emergency? Call your local emergency number.";
    let no_facts = "This guide has no Key facts page. Look through its sections instead.";
    for (w, h) in [(80, 24), (200, 60)] {
        let mut app = at_start(App::new(without(), w, h));
        let place = (title(&app), app.reading.section);
        let _ = app.update(GetHelp);
        let s = screen(&app);
        assert!(s.contains(no_help), "{w}x{h}:\n{s}");
        assert_eq!(
            (title(&app), app.reading.section),
            place,
            "nothing else moved"
        );
        let _ = app.update(KeyFacts);
        let s = screen(&app);
        assert!(
            s.contains(no_facts) && !s.contains(no_help),
            "{w}x{h}:\n{s}"
        );
        let _ = app.update(Down);
        assert!(!screen(&app).contains(no_facts), "the next key clears it");
        // By tap, on the footer's button.
        let _ = tap(&mut app, "Get help");
        let s = screen(&app);
        assert!(s.contains(no_help), "{w}x{h}, tapped:\n{s}");

        let _ = app.update(ChooseLanguage(patient_guide::i18n::Lang::Es));
        let _ = app.update(GetHelp);
        let s = screen(&app);
        assert!(
            s.contains(
                "Esta guía no tiene página para pedir ayuda. ¿Emergencia? Llame a emergencias."
            ),
            "{w}x{h}, Spanish:\n{s}"
        );
    }
    // The kiosk: its bar's Get help, tapped once the patient has started.
    let mut kiosk = kiosk_on(without(), 100, 30, None);
    let _ = tap(&mut kiosk, "to start");
    assert!(kiosk.welcome().is_none());
    let _ = tap(&mut kiosk, "Get help");
    let s = screen(&kiosk);
    assert!(s.contains(no_help), "kiosk:\n{s}");
}
