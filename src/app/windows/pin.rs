//! The staff PIN window of a kiosk's staff exit: digits typed, checked with the guard that
//! locks the exit after wrong PINs.

use super::{Elsewhere, Rules, Touch, Window};
use crate::action::InputMode;
use crate::app::kiosk::{MAX_PIN, MAX_PIN_TRIES};
use crate::app::{Action, App, Effect};

/// How this window takes taps and the wheel. Digits are typed, never tapped; any tap closes it,
/// and nothing else works over it.
pub(super) const TOUCH: Touch = Touch {
    items: false,
    wheel: false,
    elsewhere: Elsewhere::OnlyCloses,
};

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules::plain(TOUCH, InputMode::Pin, App::pin_action);

/// The staff PIN window: the digits typed so far, and whether the last try was wrong.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PinPad {
    pub digits: String,
    pub wrong: bool,
}

impl App {
    /// Typing the staff PIN. A right PIN ends the kiosk; a wrong one is cleared.
    pub(in crate::app) fn pin_action(&mut self, action: Action) {
        let Some(Window::Pin(PinPad { digits, wrong })) = &mut self.windows.open else {
            return;
        };
        match action {
            Action::PinDigit(d) if digits.len() < MAX_PIN => {
                digits.push(char::from(b'0' + d));
                *wrong = false;
            }
            Action::PinErase => {
                digits.pop();
            }
            // Enter on nothing typed is no guess: it neither counts nor locks.
            Action::Enter if digits.is_empty() => {}
            Action::Enter => {
                let typed = std::mem::take(digits);
                let Some(kiosk) = &self.kiosk else { return };
                let right = kiosk
                    .settings
                    .pin_hash
                    .as_deref()
                    .is_some_and(|h| crate::kiosk::pin::verify(&typed, h));
                let mut guard = kiosk
                    .settings
                    .guard
                    .lock()
                    .unwrap_or_else(|e| e.into_inner());
                if right {
                    guard.passed();
                    self.outbox.effects.push(Effect::PinGuard);
                    self.outbox.effects.push(Effect::Quit);
                    return;
                }
                let lock = guard.failed(kiosk.settings.clock.now().0);
                let failures = guard.failures();
                drop(guard);
                self.outbox.effects.push(Effect::PinGuard);
                *wrong = true;
                self.outbox.effects.push(Effect::Log(format!(
                    "a wrong staff PIN was typed ({failures} in a row)"
                )));
                if let Some(lock) = lock {
                    self.outbox.effects.push(Effect::Log(format!(
                        "the staff exit is locked for {} s after {MAX_PIN_TRIES} wrong PINs",
                        lock.as_secs()
                    )));
                    self.close_window();
                    self.say_pin_locked(lock);
                }
            }
            Action::Back | Action::CloseWindow => self.close_window(),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{PinPad, Window, testing};
    use crate::action::Action;
    use crate::app::Effect;

    #[test]
    fn a_wrong_pin_is_said_and_logged_without_its_digits_and_the_right_one_quits() {
        let mut app = testing::kiosk(Some("2468"));
        let _ = app.update(Action::StaffExit);
        let wrong = [1, 3, 5, 7]
            .map(|d| app.update(Action::PinDigit(d)))
            .concat();
        assert!(wrong.is_empty());
        let effects = app.update(Action::Enter);
        assert!(matches!(
            app.windows.open,
            Some(Window::Pin(PinPad { wrong: true, .. }))
        ));
        let logged: Vec<&String> = effects
            .iter()
            .filter_map(|e| match e {
                Effect::Log(l) => Some(l),
                _ => None,
            })
            .collect();
        assert!(!logged.is_empty(), "a wrong PIN is logged");
        assert!(logged.iter().all(|l| !l.contains("1357")), "{logged:?}");
        for d in [2, 4, 6, 8] {
            let _ = app.update(Action::PinDigit(d));
        }
        assert!(app.update(Action::Enter).contains(&Effect::Quit));
    }
}
