//! The names of keys: as the keyboard labels them (the arrows' directions in the interface's
//! language), and as a sentence that tells a patient to press one says them, all read from the
//! one key table.

use ratatui::crossterm::event::KeyCode;

use super::{BINDINGS, Key};
use crate::action::{Action, InputMode, Way};
use crate::i18n::{Lang, msg, tr};

pub fn key_label(k: Key) -> String {
    key_label_in(k, Lang::En)
}

/// A key's name in `lang`: as the key is printed on the US keyboards clinics have (Enter,
/// Home, PgUp), and for the arrows, which show no word, their direction in words (Arriba).
pub fn key_label_in(k: Key, lang: Lang) -> String {
    let named = |id: &'static str| crate::i18n::t(lang, id);
    match k {
        Key::Digits => "1-9".into(),
        Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
        Key::Alt(code) => format!("Alt-{}", key_label_in(Key::Code(code), lang)),
        Key::Code(code) if lang != Lang::En => match code {
            KeyCode::Up => named(msg!("key-name-up")),
            KeyCode::Down => named(msg!("key-name-down")),
            KeyCode::Left => named(msg!("key-name-left")),
            KeyCode::Right => named(msg!("key-name-right")),
            KeyCode::Enter => named(msg!("key-name-enter")),
            KeyCode::Backspace => named(msg!("key-name-backspace")),
            KeyCode::BackTab => named(msg!("key-name-backtab")),
            KeyCode::PageUp => named(msg!("key-name-page-up")),
            KeyCode::PageDown => named(msg!("key-name-page-down")),
            KeyCode::Home => named(msg!("key-name-home")),
            KeyCode::End => named(msg!("key-name-end")),
            KeyCode::Char(' ') => named(msg!("key-name-space")),
            KeyCode::Delete => named(msg!("key-name-delete")),
            _ => key_label_in(k, Lang::En),
        },
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
    key_in(action, Lang::En)
}

/// The same, named as the keyboard of `lang` labels it.
pub fn key_in(action: Action, lang: Lang) -> String {
    key_named(lang, action)
}

fn key_named(lang: Lang, action: Action) -> String {
    first_key(READING, &action).map_or_else(|| "?".into(), |k| key_label_in(k, lang))
}

/// The modes whose keys work while reading (My questions adds its own).
pub(super) const READING: &[InputMode] = &[InputMode::Reading, InputMode::MyQuestions];

/// The first key bound to `action` in these modes.
fn first_key(modes: &[InputMode], action: &Action) -> Option<Key> {
    BINDINGS
        .iter()
        .filter(|b| modes.contains(&b.mode))
        .find(|b| b.action == *action)
        .and_then(|b| b.keys.first().copied())
}

/// A key's name as a sentence says it: the arrows are "Right arrow", not "Right".
fn spoken(action: Action, modes: &[InputMode], lang: Lang) -> String {
    match first_key(modes, &action) {
        Some(Key::Code(KeyCode::Up)) => tr!(lang, "key-arrow-up"),
        Some(Key::Code(KeyCode::Down)) => tr!(lang, "key-arrow-down"),
        Some(Key::Code(KeyCode::Left)) => tr!(lang, "key-arrow-left"),
        Some(Key::Code(KeyCode::Right)) => tr!(lang, "key-arrow-right"),
        Some(k) => key_label_in(k, lang),
        None => "?".into(),
    }
}

/// The names of every key that pages and figures tell a patient to press, from the tables, as
/// a sentence in `lang` says them.
pub fn names(lang: Lang) -> crate::doc::KeyNames {
    let pin = &[InputMode::Pin];
    crate::doc::KeyNames {
        enter: key_named(lang, Action::Enter),
        back: key_named(lang, Action::Back),
        help: key_named(lang, Action::Help),
        steps: key_named(lang, Action::Steps),
        next_link: key_named(lang, Action::NextLink),
        digits: key_named(lang, Action::Section(0)),
        next: spoken(Action::Right, READING, lang),
        previous: spoken(Action::Left, READING, lang),
        down: spoken(Action::Down, READING, lang),
        add_question: key_named(lang, Action::AddQuestion),
        write_question: key_named(lang, Action::WriteQuestion),
        remove_question: key_named(lang, Action::RemoveQuestion),
        move_up: key_named(lang, Action::MoveQuestion(Way::Up)),
        move_down: key_named(lang, Action::MoveQuestion(Way::Down)),
        save: key_named(lang, Action::SaveQuestions),
        pin_check: spoken(Action::Enter, pin, lang),
        pin_cancel: spoken(Action::Back, pin, lang),
        language: key_named(lang, Action::Language),
        guides: key_named(lang, Action::Guides),
        as_typed: spoken(Action::SearchAsTyped, &[InputMode::Typing], lang),
    }
}
