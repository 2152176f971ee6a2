//! Kiosk mode in the app: the welcome screen and the staff PIN.

use super::*;

impl App {
    /// Kiosk welcome screen: Up/Down pick a guide; Enter, a click or any other key starts reading.
    pub(super) fn welcome_action(&mut self, action: Action) {
        let n = self.library.len();
        match action {
            Action::Up | Action::WheelUp(..) | Action::Left => {
                self.welcome_sel = step(self.welcome_sel, false, n)
            }
            Action::Down | Action::WheelDown(..) | Action::Right | Action::NextPane => {
                self.welcome_sel = step(self.welcome_sel, true, n)
            }
            Action::Click(x, y) => {
                let rows = layout::welcome(self.screen.area, n).guides;
                let offset = layout::list_offset(self.welcome_sel, rows.len());
                if let Some(i) = rows.iter().position(|r| contains(*r, x, y)) {
                    self.welcome_sel = (offset + i).min(n.saturating_sub(1));
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

    /// How long the staff exit stays locked after too many wrong PINs, if it is.
    pub fn pin_locked_for(&self) -> Option<std::time::Duration> {
        let k = self.kiosk.as_ref()?;
        let guard = k.guard.lock().unwrap_or_else(|e| e.into_inner());
        guard.locked_for(std::time::Instant::now())
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
                let Some(kiosk) = &self.kiosk else { return };
                let right = kiosk
                    .pin_hash
                    .as_deref()
                    .is_some_and(|h| pin::verify(&self.pin, h));
                let mut guard = kiosk.guard.lock().unwrap_or_else(|e| e.into_inner());
                if right {
                    guard.passed();
                    self.running = false;
                } else {
                    self.pin_wrong = true;
                    let lock = guard.failed(std::time::Instant::now());
                    self.log_lines.push(format!(
                        "a wrong staff PIN was typed ({} in a row)",
                        guard.failures()
                    ));
                    if let Some(lock) = lock {
                        self.log_lines.push(format!(
                            "the staff exit is locked for {} s after {MAX_PIN_TRIES} wrong PINs",
                            lock.as_secs()
                        ));
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
