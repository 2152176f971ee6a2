//! Links between topics: the format and its checks, following a link by key or tap, and going
//! back and forward through where you have been.

use crate::common;
use common::*;
use patient_guide::action::Action::*;
use patient_guide::app::Pane;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[test]
fn a_link_to_an_unknown_topic_is_an_error_at_the_link() {
    let src = with("Once a month.", "Once a month. See [[nowhere]].");
    assert_one_error_at(&src, "[[nowhere]]", "link to unknown topic `nowhere`");
    let src = with("Once a month.", "Once a month. See [[risks");
    assert_one_error_at(&src, "[[risks", "link is not closed");
    let ok = with(
        "Once a month.",
        "Once a month. See [[risks]] and [[what|this]].",
    );
    let g = parse(&ok).expect("valid links");
    let body = &g.sections[2].topics[0].body[0];
    let patient_guide::guide::Block::Paragraph(inlines) = body else {
        panic!()
    };
    assert!(inlines.contains(&patient_guide::guide::Inline::Link {
        section: 3,
        topic: 0,
        text: "Risks".into()
    }));
    assert!(inlines.contains(&patient_guide::guide::Inline::Link {
        section: 0,
        topic: 0,
        text: "this".into()
    }));
}

#[test]
fn a_related_question_must_point_at_a_topic() {
    let src = with(
        "cites = [\"pi 2\"]",
        "cites = [\"pi 2\"]\nrelated = [{ question = \"Is it safe?\", topic = \"safty\" }]",
    );
    assert_one_error_at(&src, "\"safty\"", "unknown topic `safty`");
}

#[test]
fn links_are_followed_by_tap_or_by_f_and_enter_and_history_goes_back_and_forth() {
    let mut app = app_at(120, 40);
    let _ = run(&mut app, &[Section(0), Enter]);
    assert_eq!(app.topic().unwrap().title, "What it is");
    let first_scroll = app.scroll();
    // Tap the link.
    let _ = tap(&mut app, "the dose");
    assert_eq!(app.topic().unwrap().title, "Your dose");
    assert_eq!(app.reading.focus, Pane::Reader);
    // Back with Backspace, forward with Alt-Right.
    let _ = app.update(HistoryBack);
    assert_eq!(app.topic().unwrap().title, "What it is");
    assert_eq!(app.scroll(), first_scroll, "each topic keeps its place");
    let _ = app.update(HistoryForward);
    assert_eq!(app.topic().unwrap().title, "Your dose");
    let _ = app.update(HistoryBack);
    // f chooses the first link, then the next; Enter follows the chosen one.
    let _ = app.update(NextLink);
    assert!(app.chosen_link().is_some());
    let _ = run(&mut app, &[NextLink, Enter]);
    assert_eq!(
        app.topic().unwrap().title,
        "Get help now",
        "the second link"
    );
    let _ = app.update(HistoryBack);
    let _ = run(&mut app, &[NextLink, NextLink, NextLink, Enter]);
    assert_eq!(
        app.topic().unwrap().title,
        "Before I start",
        "the related question's link"
    );
    let _ = app.update(HistoryBack);
    assert_eq!(app.topic().unwrap().title, "What it is");
    assert_eq!(app.reading.focus, Pane::Reader);
    let _ = app.update(HistoryBack);
    assert_eq!(
        app.reading.focus,
        Pane::Topics,
        "with no history left, Backspace is like Esc"
    );
}

#[test]
fn backspace_and_alt_arrows_are_the_history_keys() {
    use patient_guide::keymap::key_action;
    assert_eq!(
        key_action(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)),
        Some(HistoryBack)
    );
    assert_eq!(
        key_action(KeyEvent::new(KeyCode::Left, KeyModifiers::ALT)),
        Some(HistoryBack)
    );
    assert_eq!(
        key_action(KeyEvent::new(KeyCode::Right, KeyModifiers::ALT)),
        Some(HistoryForward)
    );
    assert_eq!(
        key_action(KeyEvent::new(KeyCode::Left, KeyModifiers::NONE)),
        Some(Left)
    );
}

#[test]
fn related_questions_show_at_the_end_of_a_topic() {
    let mut app = app_at(120, 40);
    let s = screen(&app);
    assert!(s.contains("Other questions"), "{s}");
    let _ = tap(&mut app, "What should I ask?");
    assert_eq!(app.topic().unwrap().title, "Before I start");
}

#[test]
fn a_glossary_reference_must_name_a_term() {
    let src = with(
        "Once a month.",
        "Once a month. See [[term:Demo]] and [[term:Nope]].",
    );
    assert_one_error_at(&src, "[[term:Nope]]", "unknown term `Nope`");
    let ok = with("Once a month.", "Once a month, a [[term:demo|demo word]].");
    let g = parse(&ok).expect("valid");
    let patient_guide::guide::Block::Paragraph(inlines) = &g.sections[2].topics[0].body[0] else {
        panic!()
    };
    assert!(inlines.contains(&patient_guide::guide::Inline::Term {
        index: 0,
        text: "demo word".into()
    }));
}
