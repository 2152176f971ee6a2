//! Adding a question about the topic being read to My questions: its own questions, then one
//! asking about the topic itself.

use super::{Elsewhere, Rules, Touch, Window};
use crate::action::InputMode;
use crate::app::{Action, App, step};
use crate::i18n::tr;

/// How this window takes taps and the wheel. A question is tapped to add it; a tap outside
/// closes it.
pub(super) const TOUCH: Touch = Touch {
    items: true,
    wheel: true,
    elsewhere: Elsewhere::Closes,
};

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules::plain(TOUCH, InputMode::Reading, App::pick_action);

/// Picking a question about the current topic for "My questions": the one highlighted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SuggestedQuestions {
    pub sel: usize,
}

impl App {
    /// Questions the patient can add from the current topic: its own questions, then one asking
    /// about the topic itself.
    pub fn question_choices(&self) -> Vec<String> {
        let Some(t) = self.topic() else {
            return Vec::new();
        };
        let mut out = t.questions.clone();
        out.push(tr!(
            self.look.view.lang,
            "questions-talk-about",
            title = &t.title
        ));
        out
    }

    pub(super) fn add_question(&mut self, q: String) {
        if self.questions.list.contains(&q) {
            self.questions.status =
                Some(crate::i18n::tr!(self.look.view.lang, "questions-already"));
        } else {
            self.questions.status =
                Some(tr!(self.look.view.lang, "questions-added", question = &q));
            self.questions.list.push(q);
        }
    }

    /// The picker for adding a question about the current topic.
    fn pick_action(&mut self, action: Action) {
        let choices = self.question_choices();
        let Some(Window::AddQuestion(SuggestedQuestions { sel })) = &mut self.windows.open else {
            return;
        };
        let pick = |app: &mut Self, i: usize| {
            if let Some(q) = choices.get(i) {
                app.add_question(q.clone());
                app.close_window();
            }
        };
        match action {
            _ if let Some(way) = action.arrow() => *sel = step(*sel, way, choices.len()),
            Action::Enter => {
                let i = *sel;
                pick(self, i)
            }
            Action::Choose(i) => pick(self, i),
            other => self.common_window_action(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing;
    use crate::action::Action;

    #[test]
    fn a_question_is_added_once_and_the_window_closes() {
        let mut app = testing::reading();
        let first = app.question_choices()[0].clone();
        let _ = app.update(Action::AddQuestion);
        let _ = app.update(Action::Enter);
        assert!(app.window().is_none());
        assert_eq!(app.questions.list, vec![first.clone()]);
        let _ = app.update(Action::AddQuestion);
        let _ = app.update(Action::Choose(0));
        assert_eq!(app.questions.list, vec![first], "not twice");
        assert!(app.questions.status.is_some(), "it says so");
    }
}
