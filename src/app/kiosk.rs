//! Kiosk mode in the app: the welcome screen and the staff PIN.

use super::*;

impl App {
    /// Kiosk welcome screen: Up/Down pick a guide; Enter, a click or any other key starts reading.
    pub(super) fn welcome_action(&mut self, action: Action) {
        let n = self.library.len();
        match action {
            Action::Up | Action::WheelUp(..) | Action::Left => {
                self.welcome_sel = self.welcome_sel.saturating_sub(1)
            }
            Action::Down | Action::WheelDown(..) | Action::Right | Action::NextPane => {
                self.welcome_sel = (self.welcome_sel + 1).min(n.saturating_sub(1))
            }
            Action::Click(x, y) => {
                let rows = layout::welcome(self.screen.area, n).guides;
                if let Some(i) = rows.iter().position(|r| contains(*r, x, y)) {
                    self.welcome_sel = i;
                }
                self.start_reading();
            }
            Action::Enter | Action::Back => self.start_reading(),
            // Any other key starts reading and does what it does there ("3" opens section 3).
            other => {
                self.start_reading();
                self.update_inner(other);
            }
        }
    }

    pub(super) fn start_reading(&mut self) {
        self.welcome = false;
        self.open_guide(self.welcome_sel);
    }

    /// Typing the staff PIN. A right PIN ends the kiosk; a wrong one is cleared.
    pub(super) fn pin_action(&mut self, action: Action) {
        match action {
            Action::PinDigit(d) if self.pin.len() < MAX_PIN => {
                self.pin.push(char::from(b'0' + d));
                self.pin_wrong = false;
            }
            Action::PinErase => {
                self.pin.pop();
            }
            Action::Enter => {
                let hash = self.kiosk.as_ref().and_then(|k| k.pin_hash.as_deref());
                if hash.is_some_and(|h| pin::verify(&self.pin, h)) {
                    self.running = false;
                } else {
                    self.pin_wrong = true;
                    self.pin_failures += 1;
                    if self.pin_failures >= MAX_PIN_TRIES {
                        self.overlay = None;
                    }
                }
                self.pin.clear();
            }
            Action::Back | Action::Click(..) => {
                self.pin.clear();
                self.overlay = None;
            }
            _ => {}
        }
    }
}
