//! Glossary terms in running text: marked, explained in a window by a key or a tap, and the
//! reading place kept.

use crate::common;
use common::*;
use patient_guide::action::Action::*;
use patient_guide::doc::pages::WindowKind;
use ratatui::style::Modifier;

#[test]
fn terms_in_the_text_are_underlined() {
    let app = app_at(120, 40);
    let buf = draw(&app);
    // "Widget" in the first topic's text is a glossary term.
    let (x, y) = find_on_screen(&buf, "Widget, like").unwrap();
    assert!(
        buf[(x, y)].modifier.contains(Modifier::UNDERLINED),
        "term marked"
    );
    // The underline starts on the term's first letter, not on the space before it (seen in a
    // real xterm as "a_Widget"; TestBackend snapshots drop styles, so the cells are checked).
    assert!(
        !buf[(x - 1, y)].modifier.contains(Modifier::UNDERLINED),
        "the space before a term is not underlined"
    );
    let (lx, ly) = find_on_screen(&buf, "test medicine.").unwrap();
    assert!(buf[(lx, ly)].modifier.contains(Modifier::UNDERLINED));
    assert!(
        buf[(lx + 4, ly)].modifier.contains(Modifier::UNDERLINED),
        "the space inside a term of two words is"
    );
    assert!(!buf[(lx - 1, ly)].modifier.contains(Modifier::UNDERLINED));
    let (x, y) = find_on_screen(&buf, "Examplumab is").unwrap();
    assert!(
        !buf[(x, y)].modifier.contains(Modifier::UNDERLINED),
        "plain text is not"
    );
    let g = fixture();
    let names: Vec<&str> = app
        .terms()
        .map(|(_, t)| g.glossary[t].term.as_str())
        .collect();
    assert!(
        names.contains(&"Test medicine") && names.contains(&"Widget"),
        "{names:?}"
    );
}

#[test]
fn plurals_count_as_the_term() {
    let app = app_at(120, 40);
    let g = fixture();
    let widgets = app
        .terms()
        .filter(|(_, t)| g.glossary[*t].term == "Widget")
        .count();
    assert_eq!(widgets, 2, "\"Widget\" and \"Widgets\" both mark Widget");
}

#[test]
fn d_explains_the_next_term_and_esc_returns_to_the_same_place() {
    let mut app = app_at(100, 30);
    let _ = app.update(Enter);
    let before = app.scroll();
    let _ = app.update(Define(patient_guide::action::Seek::Next));
    let first = app.window_kind();
    assert!(matches!(first, Some(WindowKind::Term(_))));
    let s = screen(&app);
    assert!(s.contains("What this word means"), "{s}");
    // The first underlined words in "What it is" are "test medicine".
    assert!(
        s.contains("Test medicine") && s.contains("A medicine made up for tests."),
        "{s}"
    );
    let _ = app.update(Back);
    assert_eq!(app.window_kind(), None);
    assert_eq!(app.scroll(), before, "place kept");
    let _ = app.update(Define(patient_guide::action::Seek::Next));
    assert_ne!(app.window_kind(), first, "the next term");
    let _ = app.update(Back);
    let _ = app.update(Define(patient_guide::action::Seek::Previous));
    assert_eq!(app.window_kind(), first, "D goes back");
}

#[test]
fn a_tap_on_a_term_explains_it() {
    let mut app = app_at(120, 40);
    // The centre of "Widget, like" is its comma: three to the left is on the term.
    let (x, y) = click_point(&app, "Widget, like");
    let _ = click(&mut app, x - 3, y);
    let g = fixture();
    let widget = g.glossary.iter().position(|t| t.term == "Widget").unwrap();
    assert_eq!(app.window_kind(), Some(WindowKind::Term(widget)));
    assert!(screen(&app).contains("A thing used in tests."));
    let _ = click(&mut app, 1, 1);
    assert_eq!(app.window_kind(), None, "a tap closes it");
}
