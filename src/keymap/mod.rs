//! Keys to [`Action`]s through one table (`table.rs`): every binding of every input mode. The
//! help window, the footer's buttons, the kiosk's bar and every key named in the text (`names`)
//! are generated from it, so they cannot drift from what the keys really do. Mouse events become
//! `Pointer`s here; `hit` finds what they landed on.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use crate::action::{Action, InputMode, Pointer, Way};
use crate::i18n::{Lang, msg, t};
use crate::kiosk::config::{Chord, ChordKey};

mod table;

mod names;
pub mod policy;

pub use names::{key, key_in, key_label, key_label_in, names};

pub use table::{BINDINGS, Binding, Key};

/// The bindings of one input mode, in table order.
fn of_mode(mode: InputMode) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.mode == mode)
}

/// What the mouse does, listed in the help window after the keys: message ids of the
/// (pointer, what it does) pairs.
pub const MOUSE_HELP: &[(&str, &str)] = &[
    (msg!("help-click-key"), msg!("help-click")),
    (msg!("help-wheel-key"), msg!("help-wheel")),
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
        && let Some(b) = of_mode(InputMode::Reading).find(|b| b.keys.contains(&Key::Alt(ev.code)))
    {
        return Some(b.action.clone());
    }
    for b in of_mode(InputMode::Reading) {
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

/// What a key does in a mode: the mode's own table first; then, while typing, a character is
/// typed, and for the PIN a digit is a digit; in My questions the reading keys work too.
pub fn action_for(ev: KeyEvent, mode: InputMode) -> Option<Action> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    let in_table = |mode| {
        of_mode(mode)
            .find(|b| b.keys.iter().any(|k| matches(*k, ev)))
            .map(|b| b.action.clone())
    };
    match mode {
        InputMode::Reading => key_action(ev),
        InputMode::MyQuestions => in_table(mode).or_else(|| key_action(ev)),
        InputMode::Typing => in_table(mode).or(match ev.code {
            KeyCode::Char(c) if !ctrl && !c.is_control() => Some(Action::TypeChar(c)),
            _ => None,
        }),
        InputMode::Pin => in_table(mode).or(match ev.code {
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
        MouseEventKind::ScrollUp => Some(Pointer::Wheel(ev.column, ev.row, Way::Up)),
        MouseEventKind::ScrollDown => Some(Pointer::Wheel(ev.column, ev.row, Way::Down)),
        _ => None,
    }
}

/// Every binding as ("keys", "what it does"), for the help window; in kiosk mode, only what
/// `policy` allows there, after the big buttons a touch screen has (their labels, and what each
/// does): a patient at a touch kiosk has no keyboard.
pub fn help_rows(kiosk: bool, guides: bool, lang: Lang) -> Vec<(String, String)> {
    help_rows_with(kiosk.then_some(true), guides, lang)
}

/// `help_rows`, for a kiosk (`Some`) whose reading aloud is on or off: its buttons are the ones
/// its bar can show.
pub fn help_rows_with(kiosk: Option<bool>, guides: bool, lang: Lang) -> Vec<(String, String)> {
    let speech = kiosk.unwrap_or(false);
    let kiosk = kiosk.is_some();
    let listed = |k: &Key| !kiosk || policy::lists(k);
    let buttons = BINDINGS
        .iter()
        .filter(|_| kiosk)
        .filter(|b| speech || !matches!(b.action, Action::ReadAloud | Action::SpeechSpeed(_)))
        .filter_map(|b| b.bar.map(|(place, full, _)| (place, (t(lang, full), b))))
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_values()
        .map(|(label, b)| (format!("[ {label} ]"), description(b, lang)));
    let keys = BINDINGS
        .iter()
        // Choosing another guide only when there is more than one medicine.
        .filter(|b| guides || b.action != Action::Guides)
        // Buttons without keys are on screen already; Ctrl-C is listed once, under reading.
        .filter(|b| !b.keys.is_empty())
        .filter(|b| !(b.mode == InputMode::Typing && b.action == Action::QuitNow))
        .filter(|b| b.mode != InputMode::Pin || kiosk)
        .filter(|b| !kiosk || !policy::refuses(&b.action))
        .filter(|b| b.keys.iter().any(listed))
        .map(|b| {
            let keys: Vec<String> = b
                .keys
                .iter()
                .filter(|k| listed(k))
                .map(|k| key_label_in(*k, lang))
                .collect();
            (keys.join(" "), description(b, lang))
        })
        .chain(MOUSE_HELP.iter().map(|(k, d)| (t(lang, k), t(lang, d))))
        // Bigger letters are the terminal's to give: how to ask it (a kiosk's staff set its font).
        .chain((!kiosk).then(|| (t(lang, msg!("help-zoom-key")), t(lang, msg!("help-zoom")))));
    buttons.chain(keys).collect()
}

/// What a binding does, in `lang`, with the keys it names (`{ $back }`, `{ $enter }`) filled in
/// from the tables.
pub fn description(b: &Binding, lang: Lang) -> String {
    crate::i18n::t_args(
        lang,
        b.description,
        &[
            ("back", key_in(Action::Back, lang).into()),
            ("enter", key_in(Action::Enter, lang).into()),
        ],
    )
}

/// The kiosk's bar of big buttons, in order, for a bar `width` columns wide: "Read aloud" only
/// when speech is on; "Slower" and "Faster", and the language button, too when every label
/// still fits whole ("Get help" must never be cut; `+`, `-` and `L` work on any screen, and the
/// welcome screen offers the languages).
pub fn kiosk_bar(speech: bool, width: u16, lang: Lang) -> Vec<Action> {
    let fits = |bar: &[Action]| {
        let widest = bar
            .iter()
            .map(|a| crate::text::display_width(&kiosk_label(a.clone(), false, 0, lang)))
            .max()
            .unwrap_or(0);
        usize::from(width) / bar.len().max(1) >= widest + 2
    };
    // What gives way first when the bar is narrow: the speech speed, then Check yourself (a
    // learning aid), then Contrast (both stay in Help's touch menu, and their keys work), and
    // the language button last: a patient who cannot read the other language has no other way
    // to change it mid-session by touch (1280x800 at the kiosk's 20-point font is about 75
    // columns: seven buttons, not eight; with its larger letters about 62: six).
    let choices = [
        (true, true, true, true),
        (false, true, true, true),
        (false, false, true, true),
        (false, false, false, true),
        (false, false, false, false),
    ];
    let mut bar = Vec::new();
    for (speed, quiz, contrast, language) in choices {
        bar = bar_of(speech, (speed, quiz, contrast), language);
        if fits(&bar) {
            break;
        }
    }
    bar
}

fn bar_of(
    speech: bool,
    (speed, quiz, contrast): (bool, bool, bool),
    language: bool,
) -> Vec<Action> {
    let mut bar: Vec<(u8, &Binding)> = BINDINGS
        .iter()
        .filter(|b| match b.action {
            Action::ReadAloud => speech,
            Action::SpeechSpeed(_) => speech && speed,
            Action::CheckYourself => quiz,
            Action::Contrast => contrast,
            Action::Language => language,
            _ => true,
        })
        .filter_map(|b| b.bar.map(|(place, _, _)| (place, b)))
        .collect();
    bar.sort_by_key(|(place, _)| *place);
    bar.into_iter().map(|(_, b)| b.action.clone()).collect()
}

/// The label of a kiosk button with `room` columns inside its border: the full label, or the
/// short one when it does not fit. With the large text on, the text size button offers smaller.
pub fn kiosk_label(action: Action, large: bool, room: u16, lang: Lang) -> String {
    let Some((_, full, short)) = BINDINGS
        .iter()
        .filter(|b| b.action == action)
        .find_map(|b| b.bar)
    else {
        return String::new();
    };
    let (full, short) = match action {
        Action::TextSize if large => (
            msg!("bar-text-size-smaller"),
            msg!("bar-text-size-smaller-short"),
        ),
        // The language button is named in the language it switches to, as its reader looks
        // for it: "Español" on the English screen.
        Action::Language => return lang.next().name().to_string(),
        _ => (full, short),
    };
    let full = t(lang, full);
    if crate::text::display_width(&full) <= usize::from(room) {
        full
    } else {
        t(lang, short)
    }
}

/// The footer's buttons, most needed first (those that do not fit a narrow window are left out at
/// the end: Enter and Esc have on-screen equivalents, tapping an item and the Back button):
/// ("key Name", action), e.g. ("? Help", Action::Help). "Guides" only when `guides`: there is
/// more than one medicine to choose from.
pub fn footer_hints(lang: Lang, guides: bool) -> Vec<(String, Action)> {
    let mut footer: Vec<(u8, String, Action)> = of_mode(InputMode::Reading)
        .filter(|b| guides || b.action != Action::Guides)
        .filter_map(|b| {
            let (place, name) = b.footer?;
            let key = key_label(*b.keys.first()?);
            // The language button is named in the language it switches to.
            let name = match b.action {
                Action::Language => lang.next().name().to_string(),
                _ => t(lang, name),
            };
            Some((place, format!("{key} {name}"), b.action.clone()))
        })
        .collect();
    footer.sort_by_key(|(place, _, _)| *place);
    footer
        .into_iter()
        .map(|(_, label, action)| (label, action))
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
    fn the_footer_and_the_kiosk_bar_come_from_the_table_in_their_order() {
        let footer: Vec<String> = footer_hints(Lang::En, false)
            .into_iter()
            .map(|(l, _)| l)
            .collect();
        assert_eq!(
            footer,
            [
                "! Get help",
                "? Help",
                "/ Search",
                "L Español",
                "m My questions",
                // Quit before Sources: at 80 columns in Spanish ("? Cómo usar") the last of
                // them gives way, and a source is one tap on its [1] in the text.
                "q Quit",
                "s Sources",
                "i About",
                "* Key facts",
                "Enter Open",
                "Esc Back"
            ]
        );
        assert_eq!(
            kiosk_bar(false, 200, Lang::En),
            [
                Action::Home,
                Action::Back,
                Action::GetHelp,
                Action::CheckYourself,
                Action::Help,
                Action::TextSize,
                Action::Contrast,
                Action::Language
            ]
        );
        assert_eq!(
            kiosk_label(Action::TextSize, true, 40, Lang::En),
            "Smaller text"
        );
        assert_eq!(kiosk_label(Action::TextSize, false, 6, Lang::En), "Larger");
        // Each place is used once.
        for places in [
            BINDINGS
                .iter()
                .filter_map(|b| b.footer.map(|f| f.0))
                .collect::<Vec<_>>(),
            BINDINGS.iter().filter_map(|b| b.bar.map(|f| f.0)).collect(),
        ] {
            let mut sorted = places.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), places.len(), "{places:?}");
        }
    }

    #[test]
    fn help_lists_every_binding() {
        let rows = help_rows(false, true, Lang::En);
        // Every binding with keys: reading, My questions, typing (Ctrl-C is already listed),
        // and in a kiosk the staff PIN.
        let with_keys = |mode| of_mode(mode).filter(|b| !b.keys.is_empty()).count();
        assert_eq!(
            rows.len(),
            with_keys(InputMode::Reading)
                + with_keys(InputMode::MyQuestions)
                + with_keys(InputMode::Typing)
                - 1
                + MOUSE_HELP.len()
                // How to zoom the terminal (not on a kiosk).
                + 1
        );
        assert!(rows.iter().any(|(_, d)| d.starts_with("Typing: erase")));
        assert!(rows.iter().any(|(_, d)| d.starts_with("Bigger letters")));
        assert!(
            !help_rows(true, true, Lang::En)
                .iter()
                .any(|(_, d)| d.starts_with("Bigger letters"))
        );
        assert!(
            help_rows(true, true, Lang::En)
                .iter()
                .any(|(_, d)| d.starts_with("Staff PIN: cancel"))
        );
        let kiosk = help_rows(true, true, Lang::En);
        // A touch kiosk's help explains its buttons first (issue 27): a patient there may
        // have no keyboard.
        assert_eq!(kiosk[0].0, "[ Home ]", "{kiosk:?}");
        assert!(kiosk.iter().any(|(b, _)| b == "[ Get help ]"), "{kiosk:?}");
        let quiet = help_rows_with(Some(false), true, Lang::En);
        assert!(
            !quiet.iter().any(|(b, _)| b.contains("Read aloud")),
            "no button that is not there: {quiet:?}"
        );
        assert!(
            !kiosk.iter().any(|(k, _)| k.contains("Alt")),
            "no Alt key in a kiosk's help (they switch consoles on the Linux console)"
        );
        assert!(
            !kiosk.iter().any(|(k, _)| k == "q"),
            "kiosk help does not offer quitting"
        );
        assert!(rows.iter().any(|(k, _)| k == "? F1"));
        assert!(rows.iter().any(|(k, _)| k == "1-9"));
    }
}
