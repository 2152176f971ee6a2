//! Writing a question of one's own for My questions.

use super::{Elsewhere, Touch, Window};
use crate::app::{Action, App, MAX_QUESTION};

/// How this window takes taps and the wheel. A stray tap must not throw away what is being
/// written: a tap elsewhere does nothing. Taps on purpose still work: Get help and Key facts,
/// on a kiosk every button of the bar, and the window's bottom edge ("Close: touch here"; on a
/// desktop "... or click here").
pub(super) const TOUCH: Touch = Touch {
    items: false,
    wheel: false,
    elsewhere: Elsewhere::Ignored,
};

impl App {
    /// Writing a question of your own.
    pub(in crate::app) fn write_action(&mut self, action: Action) {
        let Some(Window::WriteQuestion { draft, list_sel }) = &mut self.windows.open else {
            return;
        };
        let list_sel = *list_sel;
        let back_to_list = |app: &mut Self, sel: usize| {
            app.windows.open = Some(Window::MyQuestions { sel });
        };
        match action {
            Action::TypeChar(c) if draft.chars().count() < MAX_QUESTION => draft.push(c),
            Action::TypeErase => {
                draft.pop();
            }
            Action::Enter => {
                let q = draft.trim().to_string();
                if q.is_empty() {
                    back_to_list(self, list_sel);
                } else {
                    self.add_question(q);
                    back_to_list(self, self.questions.list.len().saturating_sub(1));
                }
            }
            Action::Back | Action::CloseWindow => back_to_list(self, list_sel),
            // The kiosk bar's buttons, tapped on purpose: they go where they go.
            a @ (Action::Home | Action::CheckYourself | Action::Help) => {
                self.common_window_action(a)
            }
            _ => {}
        }
    }
}
