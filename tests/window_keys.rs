//! Keys pressed in a window go through the keymap as they do from a terminal, in the mode the
//! open window asks for: where a patient types (search, finding a guide, writing a question)
//! every letter and mark is typed and none runs the command it names on the reading screen;
//! the staff PIN takes digits; My questions has keys of its own.

use crate::common;
use common::*;
use patient_guide::action::{Action, InputMode};
use patient_guide::app::{App, View};
use patient_guide::doc::pages::WindowKind;
use patient_guide::keymap::action_for;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key as the terminal gives it, mapped in the app's mode and applied.
fn press(app: &mut App, c: char) {
    let ev = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    if let Some(action) = action_for(ev, app.input_mode()) {
        let _ = app.update(action);
    }
}

/// Each a command on the reading screen: quit, add a question, help, search, sources, My
/// questions, check yourself, the language, Get help now, the key facts.
const TYPED: &str = "qa?/smyL!*";

/// A text box: its name, how it is opened, its window, and what the screen shows once
/// `TYPED` is typed in it.
type TextBox = (&'static str, fn() -> App, WindowKind, &'static str);

#[test]
fn in_each_text_box_every_key_is_typed() {
    let boxes: [TextBox; 3] = [
        (
            "search",
            || {
                let mut app = app_at(80, 24);
                let _ = app.update(Action::Search);
                app
            },
            WindowKind::Search,
            "Search: qa?/smyL!*_",
        ),
        (
            "a question of one's own",
            || {
                let mut app = app_at(80, 24);
                let _ = app.update(Action::MyQuestions);
                let _ = app.update(Action::WriteQuestion);
                app
            },
            WindowKind::WriteQuestion,
            "a?/smyL!*",
        ),
        (
            "finding a guide",
            || {
                let mut app = App::with(fixture_library(), 0, 100, 30, View::default(), None);
                let _ = app.update(Action::Back);
                let _ = app.update(Action::Guides);
                app
            },
            WindowKind::Guides,
            "qa?/smyL!*_",
        ),
    ];
    for (name, open, kind, shown) in boxes {
        let mut app = open();
        assert_eq!(app.window_kind(), Some(kind), "{name} did not open");
        assert_eq!(app.input_mode(), InputMode::Typing, "{name}");
        for c in TYPED.chars() {
            press(&mut app, c);
        }
        let s = screen(&app);
        assert_eq!(app.window_kind(), Some(kind), "{name}: a key left it\n{s}");
        assert!(s.contains(shown), "{name}: {shown:?} not typed\n{s}");
    }
}

#[test]
fn the_staff_pin_takes_digits_and_my_questions_its_own_keys() {
    let mut app = kiosk_at(100, 30, Some(crate::kiosk::pin_hash()));
    let _ = app.update(Action::Enter);
    let _ = app.update(Action::StaffExit);
    assert_eq!(app.window_kind(), Some(WindowKind::Pin));
    assert_eq!(app.input_mode(), InputMode::Pin);
    for c in "q2468".chars() {
        press(&mut app, c);
    }
    assert!(screen(&app).contains("PIN: ●●●●_"), "{}", screen(&app));

    // On the reading screen `w` is nothing; in My questions it writes a question.
    let mut app = app_at(80, 24);
    press(&mut app, 'w');
    assert_eq!(app.window_kind(), None);
    let _ = app.update(Action::MyQuestions);
    assert_eq!(app.input_mode(), InputMode::MyQuestions);
    press(&mut app, 'w');
    assert_eq!(app.window_kind(), Some(WindowKind::WriteQuestion));
}
