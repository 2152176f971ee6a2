//! The My questions window: the patient's list, selected, removed, reordered and saved; where
//! the save went; the list read back at a desktop's start.

use super::QuestionDraft;
use super::{Elsewhere, Rules, Touch, Window};
use crate::action::InputMode;
use crate::app::{Action, App, Effect, Way, pages, step};
use crate::i18n::tr;

/// How this window takes taps and the wheel. A question is tapped to select it; a tap outside
/// closes the list.
pub(super) const TOUCH: Touch = Touch {
    items: true,
    wheel: true,
    elsewhere: Elsewhere::Closes,
};

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules::plain(TOUCH, InputMode::MyQuestions, App::questions_action);

/// The patient's list of questions: the one highlighted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuestionList {
    pub sel: usize,
}

impl App {
    /// The shell tried to save the list: say where it went, or why not, at the top of My
    /// questions.
    pub(in crate::app) fn saved(&mut self, path: &std::path::Path, error: Option<String>) {
        let lang = self.look.view.lang;
        let path = path.display().to_string();
        self.questions.status = Some(match error {
            None => tr!(lang, "questions-saved", path = path),
            Some(e) => tr!(lang, "questions-not-saved", path = path, why = e),
        });
        // Shown at the top of My questions: scroll there so it is seen.
        self.windows.scroll = 0;
    }

    /// Whether "My questions" holds questions that were not saved (or read back at the start).
    pub fn unsaved_questions(&self) -> bool {
        !self.questions.list.is_empty() && self.questions.list != self.questions.saved
    }

    /// How many questions are not saved: those not in the list as saved (or, when only the
    /// order changed or one was removed, the whole list).
    pub fn unsaved_count(&self) -> usize {
        let new = self
            .questions
            .list
            .iter()
            .filter(|q| !self.questions.saved.contains(q))
            .count();
        if new == 0 && self.unsaved_questions() {
            self.questions.list.len()
        } else {
            new
        }
    }

    /// The list saved earlier, read back at the start (a desktop's file): the patient goes on
    /// from it, and it counts as saved.
    pub fn with_saved_questions(mut self, questions: Vec<String>) -> Self {
        self.questions.list = questions.clone();
        self.questions.saved = questions;
        self
    }

    /// The list window: select, remove, reorder, write your own, save.
    fn questions_action(&mut self, action: Action) {
        let n = self.questions.list.len();
        let refused = self.kiosk_refuses(&action);
        let Some(Window::MyQuestions(QuestionList { sel: selected })) = &mut self.windows.open
        else {
            return;
        };
        let sel = (*selected).min(n.saturating_sub(1));
        match action {
            _ if let Some(way) = action.arrow() => *selected = step(sel, way, n),
            Action::RemoveQuestion if n > 0 => {
                self.questions.list.remove(sel);
                *selected = sel.min(n.saturating_sub(2));
                self.questions.status = None;
            }
            Action::MoveQuestion(way) if n > 1 => {
                let to = match way {
                    Way::Up => sel.saturating_sub(1),
                    Way::Down => (sel + 1).min(n - 1),
                };
                self.questions.list.swap(sel, to);
                *selected = to;
            }
            Action::WriteQuestion => {
                self.windows.open = Some(Window::WriteQuestion(QuestionDraft {
                    draft: String::new(),
                    list_sel: sel,
                }))
            }
            Action::SaveQuestions if !refused => {
                let text = crate::questions::as_text(
                    &self.reading.guide,
                    &self.questions.list,
                    self.look.view.lang,
                );
                self.outbox.effects.push(Effect::SaveQuestions(text));
            }
            Action::MyQuestions => self.close_window(),
            // A kiosk's buttons under the list: the same as their keys.
            Action::Choose(pages::QUESTIONS_WRITE) => self.questions_action(Action::WriteQuestion),
            Action::Choose(pages::QUESTIONS_REMOVE) => {
                self.questions_action(Action::RemoveQuestion)
            }
            Action::Choose(pages::QUESTIONS_UP) => {
                self.questions_action(Action::MoveQuestion(Way::Up))
            }
            Action::Choose(pages::QUESTIONS_DOWN) => {
                self.questions_action(Action::MoveQuestion(Way::Down))
            }
            Action::Choose(i) if i < n => *selected = i,
            Action::RemoveQuestion | Action::MoveQuestion(_) | Action::SaveQuestions => {}
            other => self.common_window_action(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{QuestionList, Window, testing};
    use crate::action::{Action, Way};

    #[test]
    fn a_question_moves_and_is_removed_with_the_highlight_following() {
        let mut app = testing::reading().with_saved_questions(vec!["A?".into(), "B?".into()]);
        let _ = app.update(Action::MyQuestions);
        let _ = app.update(Action::MoveQuestion(Way::Down));
        assert_eq!(app.questions.list, ["B?", "A?"]);
        assert!(matches!(
            app.windows.open,
            Some(Window::MyQuestions(QuestionList { sel: 1 }))
        ));
        let _ = app.update(Action::RemoveQuestion);
        assert_eq!(app.questions.list, ["B?"]);
        assert!(matches!(
            app.windows.open,
            Some(Window::MyQuestions(QuestionList { sel: 0 }))
        ));
        assert!(app.unsaved_questions());
    }
}
