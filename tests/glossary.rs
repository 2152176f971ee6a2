//! Glossary terms in running text: marked, explained in a window by a key or a tap, and the
//! reading place kept.

use crate::common;
use common::*;
use patient_guide::action::Action::*;
use patient_guide::doc::pages::WindowKind;
use ratatui::style::Modifier;

#[test]
fn terms_in_the_text_are_underlined() {
    let app = kesimpta_at(120, 40);
    let buf = draw(&app);
    // "CD20" in the first topic's text is a glossary term.
    let (x, y) = find_on_screen(&buf, "CD20. CD20 is a protein").unwrap();
    assert!(
        buf[(x, y)].modifier.contains(Modifier::UNDERLINED),
        "term marked"
    );
    // The underline starts on the term's first letter, not on the space before it (seen in a
    // real xterm as "is_CD20"; TestBackend snapshots drop styles, so the cells are checked).
    assert!(
        !buf[(x - 1, y)].modifier.contains(Modifier::UNDERLINED),
        "the space before a term is not underlined"
    );
    let (lx, ly) = find_on_screen(&buf, "monoclonal antibody").unwrap();
    assert!(buf[(lx, ly)].modifier.contains(Modifier::UNDERLINED));
    assert!(
        buf[(lx + 10, ly)].modifier.contains(Modifier::UNDERLINED),
        "the space inside a term of two words is"
    );
    assert!(!buf[(lx - 1, ly)].modifier.contains(Modifier::UNDERLINED));
    let (x, y) = find_on_screen(&buf, "a kind of").unwrap();
    assert!(
        !buf[(x, y)].modifier.contains(Modifier::UNDERLINED),
        "plain text is not"
    );
    let g = kesimpta();
    let names: Vec<&str> = app
        .terms()
        .map(|(_, t)| g.glossary[t].term.as_str())
        .collect();
    assert!(
        names.contains(&"CD20") && names.contains(&"B cell"),
        "{names:?}"
    );
}

#[test]
fn plurals_count_as_the_term() {
    let mut app = kesimpta_at(120, 40);
    let _ = app.update(Down); // B cells and MS
    let g = kesimpta();
    let names: Vec<&str> = app
        .terms()
        .map(|(_, t)| g.glossary[t].term.as_str())
        .collect();
    assert!(
        names.contains(&"B cell"),
        "\"B cells\" marks B cell: {names:?}"
    );
    run(&mut app, &[Down, Down]); // Lesions and relapses
    let names: Vec<&str> = app
        .terms()
        .map(|(_, t)| g.glossary[t].term.as_str())
        .collect();
    assert!(
        names.contains(&"Lesion"),
        "\"lesions\" marks Lesion: {names:?}"
    );
}

#[test]
fn d_explains_the_next_term_and_esc_returns_to_the_same_place() {
    let mut app = kesimpta_at(100, 30);
    let _ = app.update(Enter);
    let before = app.scroll();
    let _ = app.update(Define(patient_guide::action::Seek::Next));
    let first = app.window_kind();
    assert!(matches!(first, Some(WindowKind::Term(_))));
    let s = screen(&app);
    assert!(s.contains("What this word means"), "{s}");
    // The first underlined word in "What Kesimpta is" is "monoclonal antibody".
    assert!(
        s.contains("Monoclonal antibody") && s.contains("Kesimpta is one."),
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
    let mut app = kesimpta_at(120, 40);
    let (x, y) = click_point(&app, "CD20. CD20");
    click(&mut app, x - 2, y);
    let g = kesimpta();
    let cd20 = g.glossary.iter().position(|t| t.term == "CD20").unwrap();
    assert_eq!(app.window_kind(), Some(WindowKind::Term(cd20)));
    assert!(screen(&app).contains("A protein on the outside of B cells"));
    click(&mut app, 1, 1);
    assert_eq!(app.window_kind(), None, "a tap closes it");
}
