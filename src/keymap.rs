//! Keys and mouse events to [`Action`]s, as one table. The help overlay and the footer's key hints
//! are generated from the same table, so they cannot drift from what the keys really do.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use crate::action::{Action, InputMode, Pointer};
use crate::kiosk::config::{Chord, ChordKey};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Code(KeyCode),
    Alt(KeyCode),
    Ctrl(char),
    /// Any of the digits 1 to 9.
    Digits,
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub description: &'static str,
    /// A short name for the footer, where the hint is also a clickable button.
    pub hint: Option<&'static str>,
    /// Whether the binding works in kiosk mode (quitting does not).
    pub kiosk: bool,
}

const fn ch(c: char) -> Key {
    Key::Code(KeyCode::Char(c))
}

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Key::Code(KeyCode::Up), ch('k')],
        action: Action::Up,
        description: "Move up a list, or scroll the text up",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Down), ch('j')],
        action: Action::Down,
        description: "Move down a list, or scroll the text down",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Left), ch('h')],
        action: Action::Left,
        description: "Previous section tab, or back out of a pane",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Right), ch('l')],
        action: Action::Right,
        description: "Next section tab, or into the next pane",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Enter)],
        action: Action::Enter,
        description: "Open the selected section or topic",
        hint: Some("Open"),
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Esc)],
        action: Action::Back,
        description: "Go back out; close a window",
        hint: Some("Back"),
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Backspace), Key::Alt(KeyCode::Left)],
        action: Action::HistoryBack,
        description: "Back to the topic you came from by a link (else like {back})",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Alt(KeyCode::Right)],
        action: Action::HistoryForward,
        description: "Forward again through the topics you went back from",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('f')],
        action: Action::NextLink,
        description: "Choose the next link in the text; {enter} follows it",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Tab)],
        action: Action::NextPane,
        description: "Next pane",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::BackTab)],
        action: Action::PrevPane,
        description: "Previous pane",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Digits],
        action: Action::Section(0),
        description: "Jump to that section",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::PageUp)],
        action: Action::PageUp,
        description: "Scroll up a page",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::PageDown), ch(' ')],
        action: Action::PageDown,
        description: "Scroll down a page",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Home), ch('g')],
        action: Action::Top,
        description: "Go to the top",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::End), ch('G')],
        action: Action::Bottom,
        description: "Go to the end",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('?'), Key::Code(KeyCode::F(1))],
        action: Action::Help,
        description: "Show or hide this help",
        hint: Some("Help"),
        kiosk: true,
    },
    Binding {
        keys: &[ch('!')],
        action: Action::GetHelp,
        description: "Get help now: when to call your care team or an ambulance",
        hint: Some("Get help"),
        kiosk: true,
    },
    Binding {
        keys: &[ch('*')],
        action: Action::KeyFacts,
        description: "The most important information, in a few lines",
        hint: Some("Key facts"),
        kiosk: true,
    },
    Binding {
        keys: &[ch('y')],
        action: Action::CheckYourself,
        description: "Check yourself: a few questions about what you read",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('/')],
        action: Action::Search,
        description: "Search every guide",
        hint: Some("Search"),
        kiosk: true,
    },
    Binding {
        keys: &[ch('n')],
        action: Action::NextMatch,
        description: "Next search match in the topic",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('N')],
        action: Action::PrevMatch,
        description: "Previous search match in the topic",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('d')],
        action: Action::Define(true),
        description: "Explain the next underlined word",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('D')],
        action: Action::Define(false),
        description: "Explain the previous underlined word",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('p')],
        action: Action::Steps,
        description: "Go through a topic's steps one at a time",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('a')],
        action: Action::AddQuestion,
        description: "Add a question about this topic to My questions",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('m')],
        action: Action::MyQuestions,
        description: "My questions: the list to take to your doctor",
        hint: Some("My questions"),
        kiosk: true,
    },
    Binding {
        keys: &[ch('s')],
        action: Action::Sources,
        description: "List every source in full",
        hint: Some("Sources"),
        kiosk: true,
    },
    Binding {
        keys: &[ch('i')],
        action: Action::About,
        description: "About this guide: disclaimer and review date",
        hint: Some("About"),
        kiosk: true,
    },
    Binding {
        keys: &[ch('t')],
        action: Action::TextSize,
        description: "Larger or normal text",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('c')],
        action: Action::Contrast,
        description: "High contrast on or off",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('q')],
        action: Action::Quit,
        description: "Close a window, or quit",
        hint: Some("Quit"),
        kiosk: false,
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        action: Action::QuitNow,
        description: "Quit at once",
        hint: None,
        kiosk: false,
    },
];

/// Keys in the "My questions" window, listed in the help overlay too.
pub const QUESTION_BINDINGS: &[Binding] = &[
    Binding {
        keys: &[ch('w')],
        action: Action::WriteQuestion,
        description: "My questions: write your own question",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('x'), Key::Code(KeyCode::Delete)],
        action: Action::RemoveQuestion,
        description: "My questions: remove the selected question",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('K'), ch('[')],
        action: Action::MoveQuestion(true),
        description: "My questions: move the selected question up",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('J'), ch(']')],
        action: Action::MoveQuestion(false),
        description: "My questions: move the selected question down",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[ch('S')],
        action: Action::SaveQuestions,
        description: "My questions: save the list to a file",
        hint: None,
        kiosk: false,
    },
];

/// What the mouse does, listed in the help overlay after the keys.
pub const MOUSE_HELP: &[(&str, &str)] = &[
    ("Click", "Open a tab, topic, source or footer button"),
    ("Wheel", "Scroll the pane under the pointer"),
];

pub fn key_action(ev: KeyEvent) -> Option<Action> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    let alt = ev.modifiers.contains(KeyModifiers::ALT);
    // Alt bindings first; any other Alt+key counts as the plain key, because a terminal turns
    // Esc followed quickly by a key into Alt+key, and that key should still work.
    if alt
        && let Some(b) = BINDINGS
            .iter()
            .find(|b| b.keys.contains(&Key::Alt(ev.code)))
    {
        return Some(b.action.clone());
    }
    for b in BINDINGS {
        for k in b.keys {
            let hit = match (*k, ev.code) {
                (Key::Ctrl(c), KeyCode::Char(x)) => ctrl && c == x.to_ascii_lowercase(),
                (Key::Digits, KeyCode::Char(d @ '1'..='9')) if !ctrl => {
                    return Some(Action::Section(d as usize - '1' as usize));
                }
                (Key::Code(code), got) => !ctrl && code == got,
                _ => false,
            };
            if hit {
                return Some(b.action.clone());
            }
        }
    }
    None
}

/// Keys while a text box is open (search, writing a question), besides the characters typed.
pub const TYPING_BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Key::Code(KeyCode::Backspace)],
        action: Action::TypeErase,
        description: "Typing: erase the last character",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Up)],
        action: Action::Up,
        description: "Typing: the result above",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Down)],
        action: Action::Down,
        description: "Typing: the result below",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::PageUp)],
        action: Action::PageUp,
        description: "Typing: scroll the results up",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::PageDown)],
        action: Action::PageDown,
        description: "Typing: scroll the results down",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Enter)],
        action: Action::Enter,
        description: "Typing: open the result, or keep the question",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Esc)],
        action: Action::Back,
        description: "Typing: close the box",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        action: Action::QuitNow,
        description: "Quit at once",
        hint: None,
        kiosk: false,
    },
];

/// Keys while the staff PIN is being typed, besides its digits.
pub const PIN_BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Key::Code(KeyCode::Backspace)],
        action: Action::PinErase,
        description: "Staff PIN: erase the last digit",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Enter)],
        action: Action::Enter,
        description: "Staff PIN: check it",
        hint: None,
        kiosk: true,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Esc)],
        action: Action::Back,
        description: "Staff PIN: cancel",
        hint: None,
        kiosk: true,
    },
];

/// What a key does in a mode: the mode's own table first; then, while typing, a character is
/// typed, and for the PIN a digit is a digit; in My questions the reading keys work too.
pub fn action_for(ev: KeyEvent, mode: InputMode) -> Option<Action> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    let in_table = |table: &[Binding]| {
        table
            .iter()
            .find(|b| b.keys.iter().any(|k| matches(*k, ev)))
            .map(|b| b.action.clone())
    };
    match mode {
        InputMode::Reading => key_action(ev),
        InputMode::MyQuestions => in_table(QUESTION_BINDINGS).or_else(|| key_action(ev)),
        InputMode::Typing => in_table(TYPING_BINDINGS).or(match ev.code {
            KeyCode::Char(c) if !ctrl && !c.is_control() => Some(Action::TypeChar(c)),
            _ => None,
        }),
        InputMode::Pin => in_table(PIN_BINDINGS).or(match ev.code {
            KeyCode::Char(d @ '0'..='9') => Some(Action::PinDigit(d as u8 - b'0')),
            _ => None,
        }),
    }
}

/// Whether `key` of a table is this key event.
fn matches(key: Key, ev: KeyEvent) -> bool {
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    match (key, ev.code) {
        (Key::Ctrl(c), KeyCode::Char(x)) => ctrl && c == x.to_ascii_lowercase(),
        (Key::Code(code), got) => !ctrl && code == got,
        (Key::Alt(code), got) => ev.modifiers.contains(KeyModifiers::ALT) && code == got,
        _ => false,
    }
}

/// Whether a key event is the configured staff chord. Shift is only compared for function keys:
/// terminals report letters with Shift as capitals.
pub fn is_chord(ev: KeyEvent, chord: &Chord) -> bool {
    if ev.kind == KeyEventKind::Release {
        return false;
    }
    let m = ev.modifiers;
    let mods = m.contains(KeyModifiers::CONTROL) == chord.ctrl
        && m.contains(KeyModifiers::ALT) == chord.alt;
    match (chord.key, ev.code) {
        (ChordKey::Char(c), KeyCode::Char(got)) => mods && got.eq_ignore_ascii_case(&c),
        (ChordKey::F(n), KeyCode::F(got)) => {
            mods && n == got && m.contains(KeyModifiers::SHIFT) == chord.shift
        }
        _ => false,
    }
}

/// A mouse event as a click or a wheel step (`hit` then finds what it landed on).
pub fn pointer(ev: MouseEvent) -> Option<Pointer> {
    match ev.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Pointer::Click(ev.column, ev.row)),
        MouseEventKind::ScrollUp => Some(Pointer::Wheel(ev.column, ev.row, false)),
        MouseEventKind::ScrollDown => Some(Pointer::Wheel(ev.column, ev.row, true)),
        _ => None,
    }
}

pub fn key_label(k: Key) -> String {
    match k {
        Key::Digits => "1-9".into(),
        Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
        Key::Alt(code) => format!("Alt-{}", key_label(Key::Code(code))),
        Key::Code(code) => match code {
            KeyCode::Up => "Up".into(),
            KeyCode::Down => "Down".into(),
            KeyCode::Left => "Left".into(),
            KeyCode::Right => "Right".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Char(' ') => "Space".into(),
            KeyCode::Char(c) => c.to_string(),
            other => format!("{other:?}"),
        },
    }
}

/// The key to name in a hint for `action` ("p", "?", "Esc"): the first key the tables bind to it,
/// so every "press ..." in the text is the key that really does it.
pub fn key(action: Action) -> String {
    first_key(&[BINDINGS, QUESTION_BINDINGS], &action).map_or_else(|| "?".into(), key_label)
}

/// The first key bound to `action` in the first of `tables` that binds it.
fn first_key(tables: &[&[Binding]], action: &Action) -> Option<Key> {
    tables
        .iter()
        .flat_map(|t| t.iter())
        .find(|b| b.action == *action)
        .and_then(|b| b.keys.first().copied())
}

/// A key's name as a sentence says it: the arrows are "Right arrow", not "Right".
fn spoken(action: Action, tables: &[&[Binding]]) -> String {
    match first_key(tables, &action) {
        Some(Key::Code(KeyCode::Up | KeyCode::Down | KeyCode::Left | KeyCode::Right)) => {
            format!("{} arrow", key(action))
        }
        Some(k) => key_label(k),
        None => "?".into(),
    }
}

/// The names of every key that pages and figures tell a patient to press, from the tables.
pub fn names() -> crate::doc::KeyNames {
    let reading: &[&[Binding]] = &[BINDINGS, QUESTION_BINDINGS];
    let pin: &[&[Binding]] = &[PIN_BINDINGS];
    crate::doc::KeyNames {
        enter: key(Action::Enter),
        back: key(Action::Back),
        help: key(Action::Help),
        steps: key(Action::Steps),
        next_link: key(Action::NextLink),
        digits: key(Action::Section(0)),
        next: spoken(Action::Right, reading),
        previous: spoken(Action::Left, reading),
        add_question: key(Action::AddQuestion),
        write_question: key(Action::WriteQuestion),
        remove_question: key(Action::RemoveQuestion),
        move_up: key(Action::MoveQuestion(true)),
        move_down: key(Action::MoveQuestion(false)),
        save: key(Action::SaveQuestions),
        pin_check: spoken(Action::Enter, pin),
        pin_cancel: spoken(Action::Back, pin),
    }
}

/// Every binding as ("keys", "what it does"), for the help overlay; in kiosk mode, only those
/// that work there.
pub fn help_rows(kiosk: bool) -> Vec<(String, String)> {
    BINDINGS
        .iter()
        .chain(QUESTION_BINDINGS)
        .chain(
            TYPING_BINDINGS
                .iter()
                .filter(|b| b.action != Action::QuitNow),
        )
        .chain(PIN_BINDINGS.iter().filter(|_| kiosk))
        .filter(|b| b.kiosk || !kiosk)
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| key_label(*k)).collect();
            (keys.join(" "), with_key_names(b.description))
        })
        .chain(
            MOUSE_HELP
                .iter()
                .map(|(k, d)| (k.to_string(), d.to_string())),
        )
        .collect()
}

/// A description with the keys it names ("{back}", "{enter}") filled in from the tables.
fn with_key_names(description: &str) -> String {
    description
        .replace("{back}", &key(Action::Back))
        .replace("{enter}", &key(Action::Enter))
}

/// The kiosk's bar of big buttons, in order, each with its label and a shorter one for a narrow
/// screen (the text size button says what it will do).
pub const KIOSK_BAR: &[(Action, &str, &str)] = &[
    (Action::Home, "Home", "Home"),
    (Action::Back, "Back", "Back"),
    (Action::GetHelp, "Get help", "Get help"),
    (Action::CheckYourself, "Quiz", "Quiz"),
    (Action::Help, "Help", "Help"),
    (Action::TextSize, "Larger text", "Larger"),
    (Action::Contrast, "Contrast", "Contrast"),
];

/// The actions of the kiosk's bar, in order.
pub fn kiosk_bar() -> Vec<Action> {
    KIOSK_BAR.iter().map(|(a, _, _)| a.clone()).collect()
}

/// The label of a kiosk button with `room` columns inside its border: the full label, or the
/// short one when it does not fit. With the large text on, the text size button offers smaller.
pub fn kiosk_label(action: Action, large: bool, room: u16) -> &'static str {
    let Some(&(_, full, short)) = KIOSK_BAR.iter().find(|(a, _, _)| *a == action) else {
        return "";
    };
    let (full, short) = match action {
        Action::TextSize if large => ("Smaller text", "Smaller"),
        _ => (full, short),
    };
    if full.len() <= usize::from(room) {
        full
    } else {
        short
    }
}

/// The footer's buttons, most needed first: those that do not fit a narrow window are left out
/// at the end (Enter and Esc have on-screen equivalents: tapping an item, the Back button).
const FOOTER_ORDER: &[Action] = &[
    Action::GetHelp,
    Action::Help,
    Action::Search,
    Action::MyQuestions,
    Action::Sources,
    Action::About,
    Action::Quit,
    Action::KeyFacts,
    Action::Enter,
    Action::Back,
];

/// The footer's buttons: ("key Name", action), e.g. ("? Help", Action::Help).
pub fn footer_hints() -> Vec<(String, Action)> {
    FOOTER_ORDER
        .iter()
        .filter_map(|a| BINDINGS.iter().find(|b| b.action == *a))
        .filter_map(|b| {
            b.hint
                .map(|h| (format!("{} {h}", key_label(b.keys[0])), b.action.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn arrows_and_vim_keys_map_to_the_same_actions() {
        assert_eq!(key_action(key(KeyCode::Down)), Some(Action::Down));
        assert_eq!(key_action(key(KeyCode::Char('j'))), Some(Action::Down));
        assert_eq!(key_action(key(KeyCode::Char('k'))), Some(Action::Up));
        assert_eq!(key_action(key(KeyCode::Char('h'))), Some(Action::Left));
        assert_eq!(key_action(key(KeyCode::Char('l'))), Some(Action::Right));
    }

    #[test]
    fn digits_jump_to_sections_and_shifted_letters_work() {
        assert_eq!(
            key_action(key(KeyCode::Char('3'))),
            Some(Action::Section(2))
        );
        assert_eq!(key_action(key(KeyCode::Char('0'))), None);
        let shift_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(key_action(shift_g), Some(Action::Bottom));
        assert_eq!(key_action(key(KeyCode::F(1))), Some(Action::Help));
    }

    #[test]
    fn ctrl_c_quits_and_unbound_keys_do_nothing() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(key_action(ctrl_c), Some(Action::QuitNow));
        assert_eq!(key_action(key(KeyCode::Char('x'))), None);
        let ctrl_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
        assert_eq!(key_action(ctrl_j), None);
    }

    #[test]
    fn the_staff_chord_matches_only_itself() {
        let chord = Chord::DEFAULT;
        let ev = KeyEvent::new(
            KeyCode::Char('p'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        );
        assert!(is_chord(ev, &chord));
        assert!(!is_chord(
            KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL),
            &chord
        ));
        assert!(!is_chord(key(KeyCode::Char('p')), &chord));
        let f12 = Chord::parse("f12").unwrap();
        assert!(is_chord(key(KeyCode::F(12)), &f12));
        assert!(!is_chord(key(KeyCode::F(11)), &f12));
    }

    #[test]
    fn esc_then_a_key_read_together_still_does_the_key() {
        let alt_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT);
        assert_eq!(key_action(alt_q), Some(Action::Quit));
        let alt_left = KeyEvent::new(KeyCode::Left, KeyModifiers::ALT);
        assert_eq!(key_action(alt_left), Some(Action::HistoryBack));
    }

    #[test]
    fn each_mode_has_its_keys_from_the_tables() {
        let ev = |c| key(KeyCode::Char(c));
        assert_eq!(action_for(ev('p'), InputMode::Reading), Some(Action::Steps));
        assert_eq!(
            action_for(ev('p'), InputMode::Typing),
            Some(Action::TypeChar('p'))
        );
        assert_eq!(action_for(ev('p'), InputMode::Pin), None);
        assert_eq!(
            action_for(ev('w'), InputMode::MyQuestions),
            Some(Action::WriteQuestion)
        );
        assert_eq!(
            action_for(ev('s'), InputMode::MyQuestions),
            Some(Action::Sources)
        );
        assert_eq!(
            action_for(key(KeyCode::Backspace), InputMode::Typing),
            Some(Action::TypeErase)
        );
        assert_eq!(
            action_for(key(KeyCode::Backspace), InputMode::Pin),
            Some(Action::PinErase)
        );
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(ctrl_c, InputMode::Typing), Some(Action::QuitNow));
        assert_eq!(
            action_for(ctrl_c, InputMode::Pin),
            None,
            "not while a PIN is typed"
        );
    }

    #[test]
    fn pin_entry_takes_digits() {
        assert_eq!(
            action_for(key(KeyCode::Char('7')), InputMode::Pin),
            Some(Action::PinDigit(7))
        );
        assert_eq!(action_for(key(KeyCode::Char('q')), InputMode::Pin), None);
        assert_eq!(
            action_for(key(KeyCode::Esc), InputMode::Pin),
            Some(Action::Back)
        );
    }

    #[test]
    fn help_lists_every_binding() {
        let rows = help_rows(false);
        // Every table: reading, My questions, typing (Ctrl-C is already listed), and in a
        // kiosk the staff PIN.
        assert_eq!(
            rows.len(),
            BINDINGS.len() + QUESTION_BINDINGS.len() + TYPING_BINDINGS.len() - 1 + MOUSE_HELP.len()
        );
        assert!(rows.iter().any(|(_, d)| d.starts_with("Typing: erase")));
        assert!(
            help_rows(true)
                .iter()
                .any(|(_, d)| d.starts_with("Staff PIN: cancel"))
        );
        let kiosk = help_rows(true);
        assert!(
            !kiosk.iter().any(|(k, _)| k == "q"),
            "kiosk help does not offer quitting"
        );
        assert!(rows.iter().any(|(k, _)| k == "? F1"));
        assert!(rows.iter().any(|(k, _)| k == "1-9"));
    }
}
