//! The screen-reader mode in a kiosk: what the kiosk adds to a run (`KioskRun`), the staff
//! chord found in a typed line, and the staff PIN typed with the echo off.

use std::io::{self, Write};
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use super::Linear;
use crate::action::Action;
use crate::app::{App, Effect, Kiosk, Window};
use crate::guide::Guide;
use crate::i18n::tr;

/// What a screen-reader kiosk adds to a run: the same kiosk as the drawn one (locked, reset
/// when idle, updated at the reset, left only by the staff chord and PIN).
pub struct KioskRun<'a> {
    pub kiosk: Kiosk,
    /// No typed line for this long: everything is forgotten and the guide starts again.
    pub idle: Duration,
    /// The staff chord, as the terminal sends it within a line (then Enter).
    pub chord: crate::kiosk::Chord,
    /// Set by SIGTERM or SIGHUP: the run ends.
    pub stop: &'a AtomicBool,
    /// The guides to use from the next person on, when they were updated.
    pub updated: &'a mut dyn FnMut() -> Option<Vec<Guide>>,
    /// Carries out what the app asks of the shell (log lines, the PIN's wrong tries).
    pub keep: Keeper<'a>,
    /// Records what the app counted (topics, searches, languages), as the drawn kiosk does:
    /// the shell's `tui::record_counts`, which keeps them only with `counts = true`.
    pub count: Counter<'a>,
    /// The terminal, to hide the staff PIN as it is typed (none when input is not a terminal).
    pub terminal: Option<&'a crate::input::line_lock::LineLock>,
}

/// What keeps a kiosk's log lines and PIN tries for it (the shell's `tui::keep`).
pub type Keeper<'a> = &'a mut dyn FnMut(&Effect, &App);

/// What records a kiosk's counts (the shell's `tui::record_counts`).
pub type Counter<'a> = &'a mut dyn FnMut(Vec<crate::kiosk::counts::Count>);

/// The parts of `KioskRun` the loop keeps (the keeper goes to `Linear`).
pub(super) struct Clock<'a> {
    pub(super) idle: Duration,
    pub(super) chord: crate::kiosk::Chord,
    pub(super) stop: &'a AtomicBool,
    pub(super) updated: &'a mut dyn FnMut() -> Option<Vec<Guide>>,
    pub(super) terminal: Option<&'a crate::input::line_lock::LineLock>,
}

/// How often a waiting kiosk looks at its signals.
pub(super) const TICK: Duration = Duration::from_secs(1);

/// Whether a typed line holds the staff chord, as the terminal sent it (Ctrl+Alt+P is ESC then
/// Ctrl-P), read by the same parser as the drawn screen's keys.
pub(super) fn chord_in(line: &str, chord: &crate::kiosk::Chord) -> bool {
    let mut parser = crate::input::parse::Parser::default();
    let mut events = Vec::new();
    parser.feed(line.as_bytes(), &mut events);
    parser.flush(&mut events);
    events.iter().any(|ev| match ev {
        ratatui::crossterm::event::Event::Key(k) => crate::keymap::is_chord(*k, chord),
        _ => false,
    })
}

impl<W: Write> Linear<'_, W> {
    /// The staff exit: the chord (and Enter) asks for the PIN, unless wrong PINs locked it; the
    /// next line is the PIN, not shown as it is typed. True when it was right.
    pub(super) fn staff(&mut self, line: &str, k: &Clock<'_>) -> io::Result<bool> {
        let lang = self.lang();
        if !matches!(self.app.window(), Some(Window::Pin(_))) {
            self.act(Action::StaffExit);
            if matches!(self.app.window(), Some(Window::Pin(_))) {
                let check = crate::keymap::key_label(crate::keymap::Key::Code(
                    ratatui::crossterm::event::KeyCode::Enter,
                ));
                self.say(&tr!(lang, "pin-intro", check = check))?;
                if let Some(t) = k.terminal {
                    let _ = t.echo(false);
                }
            } else {
                // Locked after wrong PINs: said, with how long.
                let said = self
                    .app
                    .look
                    .notice
                    .clone()
                    .unwrap_or_else(|| tr!(lang, "sr-commands-hint"));
                self.say(&said)?;
            }
            return Ok(false);
        }
        if let Some(t) = k.terminal {
            let _ = t.echo(true);
        }
        let typed = line.trim();
        if typed.is_empty() || !typed.bytes().all(|b| b.is_ascii_digit()) {
            self.act(Action::Back);
        } else {
            for d in typed.bytes() {
                self.act(Action::PinDigit(d - b'0'));
            }
            self.act(Action::Enter);
        }
        // The PIN was typed without an echo: the line end was not shown either.
        self.say("")?;
        if self.quit {
            return Ok(true);
        }
        match self.app.window() {
            Some(Window::Pin(_)) => {
                self.say(&tr!(lang, "pin-wrong"))?;
                self.act(Action::Back);
            }
            _ => self.say(&tr!(lang, "sr-commands-hint"))?,
        }
        Ok(false)
    }
}
