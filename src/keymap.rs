//! Keys and mouse events to [`Action`]s, as one table. The help overlay and the footer's key hints
//! are generated from the same table, so they cannot drift from what the keys really do.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use crate::action::Action;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Code(KeyCode),
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
    },
    Binding {
        keys: &[Key::Code(KeyCode::Down), ch('j')],
        action: Action::Down,
        description: "Move down a list, or scroll the text down",
        hint: None,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Left), ch('h')],
        action: Action::Left,
        description: "Previous section tab, or back out of a pane",
        hint: None,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Right), ch('l')],
        action: Action::Right,
        description: "Next section tab, or into the next pane",
        hint: None,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Enter)],
        action: Action::Enter,
        description: "Open the selected section or topic",
        hint: Some("Open"),
    },
    Binding {
        keys: &[Key::Code(KeyCode::Esc), Key::Code(KeyCode::Backspace)],
        action: Action::Back,
        description: "Go back out; close a window",
        hint: Some("Back"),
    },
    Binding {
        keys: &[Key::Code(KeyCode::Tab)],
        action: Action::NextPane,
        description: "Next pane",
        hint: None,
    },
    Binding {
        keys: &[Key::Code(KeyCode::BackTab)],
        action: Action::PrevPane,
        description: "Previous pane",
        hint: None,
    },
    Binding {
        keys: &[Key::Digits],
        action: Action::Section(0),
        description: "Jump to that section",
        hint: None,
    },
    Binding {
        keys: &[Key::Code(KeyCode::PageUp)],
        action: Action::PageUp,
        description: "Scroll up a page",
        hint: None,
    },
    Binding {
        keys: &[Key::Code(KeyCode::PageDown), ch(' ')],
        action: Action::PageDown,
        description: "Scroll down a page",
        hint: None,
    },
    Binding {
        keys: &[Key::Code(KeyCode::Home), ch('g')],
        action: Action::Top,
        description: "Go to the top",
        hint: None,
    },
    Binding {
        keys: &[Key::Code(KeyCode::End), ch('G')],
        action: Action::Bottom,
        description: "Go to the end",
        hint: None,
    },
    Binding {
        keys: &[ch('?'), Key::Code(KeyCode::F(1))],
        action: Action::Help,
        description: "Show or hide this help",
        hint: Some("Help"),
    },
    Binding {
        keys: &[ch('s')],
        action: Action::Sources,
        description: "List every source in full",
        hint: Some("Sources"),
    },
    Binding {
        keys: &[ch('i')],
        action: Action::About,
        description: "About this guide: disclaimer and review date",
        hint: Some("About"),
    },
    Binding {
        keys: &[ch('q')],
        action: Action::Quit,
        description: "Close a window, or quit",
        hint: Some("Quit"),
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        action: Action::QuitNow,
        description: "Quit at once",
        hint: None,
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
                return Some(b.action);
            }
        }
    }
    None
}

pub fn mouse_action(ev: MouseEvent) -> Option<Action> {
    match ev.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(ev.column, ev.row)),
        MouseEventKind::ScrollUp => Some(Action::WheelUp(ev.column, ev.row)),
        MouseEventKind::ScrollDown => Some(Action::WheelDown(ev.column, ev.row)),
        _ => None,
    }
}

pub fn key_label(k: Key) -> String {
    match k {
        Key::Digits => "1-9".into(),
        Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
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

/// Every binding as ("keys", "what it does"), for the help overlay.
pub fn help_rows() -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| key_label(*k)).collect();
            (keys.join(" "), b.description)
        })
        .chain(MOUSE_HELP.iter().map(|(k, d)| (k.to_string(), *d)))
        .collect()
}

/// The footer's buttons: ("key Name", action), e.g. ("? Help", Action::Help).
pub fn footer_hints() -> Vec<(String, Action)> {
    BINDINGS
        .iter()
        .filter_map(|b| {
            b.hint
                .map(|h| (format!("{} {h}", key_label(b.keys[0])), b.action))
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
    fn ctrl_c_quits_but_plain_c_does_nothing() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(key_action(ctrl_c), Some(Action::QuitNow));
        assert_eq!(key_action(key(KeyCode::Char('c'))), None);
        let ctrl_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
        assert_eq!(key_action(ctrl_j), None);
    }

    #[test]
    fn help_lists_every_binding() {
        let rows = help_rows();
        assert_eq!(rows.len(), BINDINGS.len() + MOUSE_HELP.len());
        assert!(rows.iter().any(|(k, _)| k == "? F1"));
        assert!(rows.iter().any(|(k, _)| k == "1-9"));
    }
}
