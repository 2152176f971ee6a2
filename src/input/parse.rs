//! Terminal input bytes to key and mouse events. Ours rather than crossterm's because a kiosk
//! must never wait on a sequence that a patient's keyboard can start and never finish: on the
//! Linux console Alt sends ESC, so Alt+[ then `200~` opened a bracketed paste in crossterm's
//! parser that swallowed every key, tap and the staff chord until `ESC [ 201 ~` came (and kept
//! every byte meanwhile); Alt+[ then `?` waited the same way for a `u` or a `c`. Here:
//!
//! - an unfinished sequence is held at most `MAX_SEQUENCE` bytes, and only until the reader's
//!   short wait runs out (`flush`): then it is read as the keys it was typed as (Alt+[, 2, 0 ...);
//! - bracketed-paste markers are dropped and what is between them arrives as typed keys, so no
//!   state outlives a marker;
//! - the terminal's replies (cursor position reports, device attributes, focus reports) and every
//!   sequence the app has no use for are dropped at once, never kept.
//!
//! It reads what crossterm reads for the keys and clicks the app uses (xterm, VTE, the Linux
//! console, rxvt) and makes the same `crossterm` events, so the key table is unchanged.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// The longest escape sequence held while waiting for its end. Every key or click the app
/// reads is shorter (an SGR click on a 1000x400 screen is 16 bytes).
pub const MAX_SEQUENCE: usize = 32;

const ESC: u8 = 0x1b;

/// Bytes in, events out; holds at most one unfinished sequence.
#[derive(Debug, Default)]
pub struct Parser {
    pending: Vec<u8>,
}

/// What the bytes at the front make.
enum Parsed {
    /// This many bytes were one event, or nothing the app uses.
    Done(usize, Option<Event>),
    /// The bytes so far start a sequence that is not finished.
    Unfinished,
}

impl Parser {
    /// Reads `bytes` (one read from the terminal) after what was held, pushing complete events
    /// onto `out`. What ends the bytes unfinished is held for the next read or `flush` (an ESC
    /// on its own too: a read can end between a sequence's ESC and the rest of it).
    pub fn feed(&mut self, bytes: &[u8], out: &mut Vec<Event>) {
        self.pending.extend_from_slice(bytes);
        let mut at = 0;
        while at < self.pending.len() {
            let rest = &self.pending[at..];
            match parse(rest) {
                Parsed::Done(n, event) => {
                    out.extend(event);
                    at += n;
                }
                Parsed::Unfinished if rest.len() > MAX_SEQUENCE => {
                    // Not a key or a click: dropped, and the reading goes on after it.
                    at = self.pending.len();
                }
                Parsed::Unfinished => break,
            }
        }
        self.pending.drain(..at);
    }

    /// Whether a sequence is held, waiting for its end.
    pub fn holding(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Whether what is held is an ESC alone: the Esc key, unless the rest of a sequence follows
    /// at once.
    pub fn holding_esc(&self) -> bool {
        self.pending == [ESC]
    }

    /// Nothing more came in time: what is held was typed, not sent by the terminal. ESC and the
    /// byte after it are that key with Alt; every byte after them is a key of its own.
    pub fn flush(&mut self, out: &mut Vec<Event>) {
        let held = std::mem::take(&mut self.pending);
        let mut bytes = held.as_slice();
        if let [ESC, next, rest @ ..] = bytes {
            if let Some(mut ev) = single(*next) {
                ev.modifiers |= KeyModifiers::ALT;
                out.push(Event::Key(ev));
            }
            bytes = rest;
        }
        // An unfinished UTF-8 character is dropped; everything else is a key.
        out.extend(bytes.iter().filter_map(|b| single(*b)).map(Event::Key));
    }
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

/// One byte as the key it is on its own, if it is one.
fn single(b: u8) -> Option<KeyEvent> {
    let (code, mods) = match b {
        b'\r' | b'\n' => (KeyCode::Enter, KeyModifiers::NONE),
        b'\t' => (KeyCode::Tab, KeyModifiers::NONE),
        0x7f | 0x08 => (KeyCode::Backspace, KeyModifiers::NONE),
        ESC => (KeyCode::Esc, KeyModifiers::NONE),
        0 => (KeyCode::Char(' '), KeyModifiers::CONTROL),
        0x01..=0x1a => (KeyCode::Char((b - 1 + b'a') as char), KeyModifiers::CONTROL),
        0x1c..=0x1f => (
            KeyCode::Char((b - 0x1c + b'4') as char),
            KeyModifiers::CONTROL,
        ),
        b'A'..=b'Z' => (KeyCode::Char(b as char), KeyModifiers::SHIFT),
        0x20..=0x7e => (KeyCode::Char(b as char), KeyModifiers::NONE),
        _ => return None,
    };
    Some(KeyEvent::new(code, mods))
}

fn parse(b: &[u8]) -> Parsed {
    match b {
        [] => Parsed::Unfinished,
        [ESC] => Parsed::Unfinished,
        [ESC, b'[', ..] => csi(b),
        [ESC, b'O', ..] => ss3(b),
        // ESC ESC: the first is the Esc key; the second starts again.
        [ESC, ESC, ..] => Parsed::Done(1, Some(key(KeyCode::Esc, KeyModifiers::NONE))),
        [ESC, ..] => match char_at(&b[1..]) {
            Parsed::Done(n, Some(Event::Key(mut ev))) => {
                ev.modifiers |= KeyModifiers::ALT;
                Parsed::Done(n + 1, Some(Event::Key(ev)))
            }
            Parsed::Done(n, _) => Parsed::Done(n + 1, None),
            Parsed::Unfinished => Parsed::Unfinished,
        },
        _ => char_at(b),
    }
}

/// A key that is one byte, or one UTF-8 character.
fn char_at(b: &[u8]) -> Parsed {
    let lead = b[0];
    let len = match lead {
        0x00..=0x7f => return Parsed::Done(1, single(lead).map(Event::Key)),
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        // A byte that cannot start a character.
        _ => return Parsed::Done(1, None),
    };
    if b.len() < len {
        // Unfinished unless a byte already there cannot continue it.
        return if b[1..].iter().all(|c| (0x80..=0xbf).contains(c)) {
            Parsed::Unfinished
        } else {
            Parsed::Done(1, None)
        };
    }
    match std::str::from_utf8(&b[..len]) {
        Ok(s) => {
            let c = s.chars().next().expect("one character");
            Parsed::Done(len, Some(key(KeyCode::Char(c), KeyModifiers::NONE)))
        }
        Err(_) => Parsed::Done(1, None),
    }
}

/// `ESC O x`: arrows, Home and End in the terminal's application mode, F1 to F4.
fn ss3(b: &[u8]) -> Parsed {
    let Some(&x) = b.get(2) else {
        return Parsed::Unfinished;
    };
    let code = match x {
        b'R' => KeyCode::F(3),
        b'M' => KeyCode::Enter,
        other => match cursor_key(other) {
            Some(code) => code,
            None => return Parsed::Done(3, None),
        },
    };
    Parsed::Done(3, Some(key(code, KeyModifiers::NONE)))
}

/// `ESC [ ...`: keys, clicks and the terminal's replies.
fn csi(b: &[u8]) -> Parsed {
    match b.get(2) {
        None => return Parsed::Unfinished,
        // The Linux console's F1 to F5: ESC [ [ A to E.
        Some(b'[') => {
            return match b.get(3) {
                None => Parsed::Unfinished,
                Some(c @ b'A'..=b'E') => {
                    Parsed::Done(4, Some(key(KeyCode::F(c - b'A' + 1), KeyModifiers::NONE)))
                }
                Some(_) => Parsed::Done(4, None),
            };
        }
        // A click in the X10 encoding: ESC [ M and three bytes.
        Some(b'M') => {
            return match b.get(3..6) {
                None => Parsed::Unfinished,
                Some(&[cb, cx, cy]) => Parsed::Done(
                    6,
                    mouse(
                        u16::from(cb.wrapping_sub(32)),
                        u16::from(cx.saturating_sub(33)),
                        u16::from(cy.saturating_sub(33)),
                        true,
                    ),
                ),
                Some(_) => unreachable!("three bytes"),
            };
        }
        Some(_) => {}
    }
    // Parameters and intermediates, then one final byte. Anything else there (a control byte,
    // another ESC) means the sequence was cut short: it is dropped and reading starts again at
    // that byte.
    let mut end = 2;
    loop {
        match b.get(end) {
            None => return Parsed::Unfinished,
            Some(0x20..=0x3f) => end += 1,
            Some(0x40..=0x7e) => break,
            Some(_) => return Parsed::Done(end, None),
        }
    }
    let params = &b[2..end];
    let fin = b[end];
    Parsed::Done(end + 1, csi_event(params, fin))
}

/// The numbers of a sequence's parameters (`1;5` is [1, 5]); a missing one is 0.
fn numbers(params: &[u8]) -> Vec<u16> {
    params
        .split(|c| *c == b';')
        .map(|p| {
            p.iter()
                .take_while(|c| c.is_ascii_digit())
                .fold(0u16, |n, c| {
                    n.saturating_mul(10).saturating_add(u16::from(c - b'0'))
                })
        })
        .collect()
}

/// xterm's modifier parameter: 1 + a bit each for Shift, Alt and Ctrl.
fn modifiers(n: Option<&u16>) -> KeyModifiers {
    let bits = n.copied().unwrap_or(1).saturating_sub(1);
    held(bits & 1 != 0, bits & 2 != 0, bits & 4 != 0)
}

/// The modifiers held: Shift, Alt, Ctrl.
fn held(shift: bool, alt: bool, ctrl: bool) -> KeyModifiers {
    let mut m = KeyModifiers::NONE;
    for (on, modifier) in [
        (shift, KeyModifiers::SHIFT),
        (alt, KeyModifiers::ALT),
        (ctrl, KeyModifiers::CONTROL),
    ] {
        if on {
            m |= modifier;
        }
    }
    m
}

fn csi_event(params: &[u8], fin: u8) -> Option<Event> {
    if let Some(sgr) = params.strip_prefix(b"<") {
        // An SGR click: ESC [ < button ; column ; row M (pressed) or m (released).
        let n = numbers(sgr);
        return match (n.as_slice(), fin) {
            (&[cb, x, y], b'M' | b'm') => {
                mouse(cb, x.saturating_sub(1), y.saturating_sub(1), fin == b'M')
            }
            _ => None,
        };
    }
    // Replies and private sequences (ESC [ ? ..., ESC [ > ..., ESC [ = ...): nothing to read.
    if params
        .first()
        .is_some_and(|c| matches!(c, b'?' | b'>' | b'='))
        || params.iter().any(|c| !matches!(c, b'0'..=b'9' | b';'))
    {
        return None;
    }
    let n = numbers(params);
    let mods = modifiers(n.get(1));
    let code = match fin {
        b'Z' => return Some(key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        // rxvt's clicks: ESC [ button ; column ; row M.
        b'M' if n.len() == 3 => {
            return mouse(
                n[0].saturating_sub(32),
                n[1].saturating_sub(1),
                n[2].saturating_sub(1),
                true,
            );
        }
        b'~' => match n.first().copied().unwrap_or(0) {
            1 | 7 => KeyCode::Home,
            2 => KeyCode::Insert,
            3 => KeyCode::Delete,
            4 | 8 => KeyCode::End,
            5 => KeyCode::PageUp,
            6 => KeyCode::PageDown,
            k @ 11..=15 => KeyCode::F((k - 10) as u8),
            k @ 17..=21 => KeyCode::F((k - 11) as u8),
            k @ 23..=24 => KeyCode::F((k - 12) as u8),
            // 200 and 201 mark a paste: what is between them comes as typed keys.
            _ => return None,
        },
        // R is a cursor position report; I and O report focus; G is keypad 5 on the console.
        other => cursor_key(other)?,
    };
    Some(key(code, mods))
}

/// The arrows, Home, End, F1, F2 and F4 by the final byte both `ESC [` and `ESC O` end them with
/// (F3's `R` is the terminal's cursor report after `ESC [`).
fn cursor_key(fin: u8) -> Option<KeyCode> {
    Some(match fin {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'S' => KeyCode::F(4),
        _ => return None,
    })
}

/// A click, wheel step or release from xterm's button number.
fn mouse(cb: u16, column: u16, row: u16, pressed: bool) -> Option<Event> {
    let button = (cb & 0b11) | ((cb & 0b1100_0000) >> 4);
    let dragging = cb & 0b10_0000 != 0;
    let kind = match (button, dragging) {
        (0, false) => MouseEventKind::Down(MouseButton::Left),
        (1, false) => MouseEventKind::Down(MouseButton::Middle),
        (2, false) => MouseEventKind::Down(MouseButton::Right),
        (0, true) => MouseEventKind::Drag(MouseButton::Left),
        (1, true) => MouseEventKind::Drag(MouseButton::Middle),
        (2, true) => MouseEventKind::Drag(MouseButton::Right),
        (3, false) => MouseEventKind::Up(MouseButton::Left),
        (3..=5, true) => MouseEventKind::Moved,
        (4, false) => MouseEventKind::ScrollUp,
        (5, false) => MouseEventKind::ScrollDown,
        (6, false) => MouseEventKind::ScrollLeft,
        (7, false) => MouseEventKind::ScrollRight,
        _ => return None,
    };
    let kind = match (kind, pressed) {
        (MouseEventKind::Down(b), false) => MouseEventKind::Up(b),
        (k, _) => k,
    };
    let modifiers = held(cb & 4 != 0, cb & 8 != 0, cb & 16 != 0);
    Some(Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> (Vec<Event>, Parser) {
        let mut p = Parser::default();
        let mut out = Vec::new();
        p.feed(bytes, &mut out);
        (out, p)
    }

    fn k(code: KeyCode) -> Event {
        key(code, KeyModifiers::NONE)
    }

    #[test]
    fn keys_as_crossterm_reads_them() {
        let (got, p) = read(b"a\r\x1b[A\x1b[1;5C\x1b[3~\x1b[5~\x1bOH\x1b[[B\x1b[Z\x7fQ\x03");
        assert!(!p.holding());
        assert_eq!(
            got,
            vec![
                k(KeyCode::Char('a')),
                k(KeyCode::Enter),
                k(KeyCode::Up),
                key(KeyCode::Right, KeyModifiers::CONTROL),
                k(KeyCode::Delete),
                k(KeyCode::PageUp),
                k(KeyCode::Home),
                k(KeyCode::F(2)),
                key(KeyCode::BackTab, KeyModifiers::SHIFT),
                k(KeyCode::Backspace),
                key(KeyCode::Char('Q'), KeyModifiers::SHIFT),
                key(KeyCode::Char('c'), KeyModifiers::CONTROL),
            ]
        );
    }

    #[test]
    fn clicks_and_wheel_in_every_encoding() {
        let (got, _) = read(b"\x1b[<0;10;5M\x1b[<0;10;5m\x1b[<65;3;4M\x1b[M !!\x1b[32;2;3M");
        let kinds: Vec<_> = got
            .iter()
            .map(|e| match e {
                Event::Mouse(m) => (m.kind, m.column, m.row),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            kinds,
            vec![
                (MouseEventKind::Down(MouseButton::Left), 9, 4),
                (MouseEventKind::Up(MouseButton::Left), 9, 4),
                (MouseEventKind::ScrollDown, 2, 3),
                (MouseEventKind::Down(MouseButton::Left), 0, 0),
                (MouseEventKind::Down(MouseButton::Left), 1, 2),
            ]
        );
    }

    #[test]
    fn alt_bracket_then_200_tilde_typed_by_hand_is_keys_not_a_paste() {
        // The console sends ESC [ for Alt+[ in one read; the rest comes a key at a time.
        let mut p = Parser::default();
        let mut out = Vec::new();
        p.feed(b"\x1b[", &mut out);
        assert!(out.is_empty() && p.holding());
        p.flush(&mut out);
        assert!(!p.holding());
        for b in b"200~q" {
            p.feed(&[*b], &mut out);
        }
        assert_eq!(
            out,
            vec![
                key(KeyCode::Char('['), KeyModifiers::ALT),
                k(KeyCode::Char('2')),
                k(KeyCode::Char('0')),
                k(KeyCode::Char('0')),
                k(KeyCode::Char('~')),
                k(KeyCode::Char('q')),
            ]
        );
    }

    #[test]
    fn a_paste_marker_sent_whole_opens_nothing() {
        let (got, p) = read(b"\x1b[200~ab");
        assert!(!p.holding());
        assert_eq!(got, vec![k(KeyCode::Char('a')), k(KeyCode::Char('b'))]);
        let (got, p) = read(b"\x1b[?2004;1$y\x1b[12;40R\x1b[?62;c\x1b[Iz");
        assert!(!p.holding());
        assert_eq!(got, vec![k(KeyCode::Char('z'))], "replies are dropped");
    }

    #[test]
    fn a_lone_esc_is_the_esc_key_at_once_and_a_cut_sequence_is_dropped() {
        let (got, mut p) = read(b"\x1b");
        assert!(got.is_empty() && p.holding_esc());
        let mut got = Vec::new();
        p.flush(&mut got);
        assert_eq!(got, vec![k(KeyCode::Esc)]);
        assert!(!p.holding());
        // A read that ends after ESC: the next one has the rest of the sequence.
        let (mut got, mut p) = read(b"a\x1b");
        p.feed(b"[A", &mut got);
        assert_eq!(got, vec![k(KeyCode::Char('a')), k(KeyCode::Up)]);
        let (got, _) = read(b"\x1b[12\x1b[B");
        assert_eq!(got, vec![k(KeyCode::Down)]);
        let (got, _) = read(b"\xff\xc3\xa9\xe2\x82");
        assert_eq!(got, vec![k(KeyCode::Char('é'))]);
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_in_any_reads_hold_at_most_one_short_sequence(
            reads in proptest::collection::vec(proptest::collection::vec(proptest::prelude::any::<u8>(), 0..80), 0..20)
        ) {
            let mut p = Parser::default();
            let mut out = Vec::new();
            for bytes in &reads {
                p.feed(bytes, &mut out);
                proptest::prop_assert!(p.pending.len() <= MAX_SEQUENCE);
                proptest::prop_assert!(p.pending.is_empty() || p.pending[0] == ESC || p.pending[0] >= 0xc2);
            }
            p.flush(&mut out);
            proptest::prop_assert!(!p.holding());
        }
    }

    #[test]
    fn nothing_is_held_past_its_limit() {
        let mut long = b"\x1b[".to_vec();
        long.extend(std::iter::repeat_n(b'1', 100));
        let (got, p) = read(&long);
        assert!(got.is_empty());
        assert!(!p.holding());
    }
}
