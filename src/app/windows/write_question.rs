//! Writing a question of one's own for My questions.

use super::QuestionList;
use super::{Elsewhere, Rules, Touch, Window};
use crate::action::InputMode;
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

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules {
    taps: super::keyboard_taps,
    ..Rules::plain(TOUCH, InputMode::Typing, App::write_action)
};

/// Writing a question of one's own: the text so far, and the question highlighted in the list it returns to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuestionDraft {
    pub draft: String,
    pub list_sel: usize,
}

impl App {
    /// Writing a question of your own.
    fn write_action(&mut self, action: Action) {
        let Some(Window::WriteQuestion(QuestionDraft { draft, list_sel })) = &mut self.windows.open
        else {
            return;
        };
        let list_sel = *list_sel;
        let back_to_list = |app: &mut Self, sel: usize| {
            app.windows.open = Some(Window::MyQuestions(QuestionList { sel }));
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

#[cfg(test)]
mod tests {
    use super::super::{QuestionList, Window, testing};
    use crate::action::Action;

    #[test]
    fn a_written_question_joins_the_list_and_an_empty_one_does_not() {
        let mut app = testing::reading();
        let _ = app.update(Action::MyQuestions);
        let _ = app.update(Action::WriteQuestion);
        let _ = app.update(Action::Enter);
        assert!(matches!(
            app.windows.open,
            Some(Window::MyQuestions(QuestionList { sel: 0 }))
        ));
        assert!(
            app.questions.list.is_empty(),
            "nothing written, nothing added"
        );
        let _ = app.update(Action::WriteQuestion);
        for c in "Hi??".chars() {
            let _ = app.update(Action::TypeChar(c));
        }
        let _ = app.update(Action::TypeErase);
        let _ = app.update(Action::Enter);
        assert_eq!(app.questions.list, ["Hi?"]);
        assert!(matches!(
            app.windows.open,
            Some(Window::MyQuestions(QuestionList { sel: 0 }))
        ));
    }
}
