//! "Check yourself": the guide's teach-back questions, one at a time. The patient picks an answer
//! (a number key, Enter on the highlighted choice, or a tap), sees whether it was right and why,
//! and can open the topic that explains it. Nothing is kept: answers live only in the open window,
//! and a kiosk reset forgets them with everything else.

use super::{Elsewhere, Rules, Touch, Window};
use crate::action::InputMode;
use crate::app::{Action, App, Pane, pages, step};

/// How this window takes taps and the wheel. A choice is tapped to answer; a tap outside closes it.
pub(super) const TOUCH: Touch = Touch {
    items: true,
    wheel: true,
    elsewhere: Elsewhere::Closes,
};

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules::plain(TOUCH, InputMode::Reading, App::quiz_action);

/// "Check yourself": the question (by its number), the highlighted choice and the answer given, if any.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuizQuestion {
    pub question: usize,
    pub sel: usize,
    pub given: Option<usize>,
}

impl App {
    /// Opens question `index` with nothing answered.
    pub(in crate::app) fn open_quiz(&mut self, index: usize) {
        if index < self.reading.guide.check_yourself.len() {
            self.open_window(Window::Quiz(QuizQuestion {
                question: index,
                sel: 0,
                given: None,
            }));
        }
    }

    fn quiz_action(&mut self, action: Action) {
        let Some(Window::Quiz(QuizQuestion {
            question: i,
            sel,
            given,
        })) = &mut self.windows.open
        else {
            return;
        };
        let i = *i;
        let Some(q) = self.reading.guide.check_yourself.get(i) else {
            self.close_window();
            return;
        };
        let choices = q.choices.len();
        let last = self.reading.guide.check_yourself.len().saturating_sub(1);
        let topic = q.topic;
        let answered = given.is_some();
        match action {
            Action::Section(c) if !answered && c < choices => *given = Some(c),
            _ if !answered && let Some(way) = action.arrow() => *sel = step(*sel, way, choices),
            Action::Enter if !answered => *given = Some(*sel),
            Action::Enter | Action::Right if answered && i >= last => self.close_window(),
            Action::Enter | Action::Right if answered => self.open_quiz(i + 1),
            Action::Left | Action::HistoryBack if i > 0 => self.open_quiz(i - 1),
            Action::NextLink if answered => self.read_quiz_topic(topic),
            // A tap on a choice answers with it; the buttons under the answer move on.
            Action::Choose(c) if !answered && c < choices => {
                *sel = c;
                *given = Some(c);
            }
            Action::Choose(pages::QUIZ_READ) => self.read_quiz_topic(topic),
            Action::Choose(pages::QUIZ_NEXT) if i >= last => self.close_window(),
            Action::Choose(pages::QUIZ_NEXT) => self.open_quiz(i + 1),
            Action::Choose(pages::QUIZ_PREVIOUS) if i > 0 => self.open_quiz(i - 1),
            Action::Back | Action::Quit | Action::CheckYourself | Action::CloseWindow => {
                self.close_window()
            }
            a if a.moves_in_a_window() => self.common_window_action(a),
            // The kiosk bar's buttons, tapped under the window (`common_window_action`).
            a @ (Action::Home | Action::Help) => self.common_window_action(a),
            _ => {}
        }
    }

    /// Closes the question and opens the topic that explains it (Back returns to where the
    /// patient was reading).
    fn read_quiz_topic(&mut self, (section, topic): (usize, usize)) {
        self.close_window();
        self.follow(section, topic);
    }

    /// Opens one of the guide's own pages (key facts, get help) as a link would: Back returns.
    pub(in crate::app) fn open_page(&mut self, page: Option<(usize, usize)>) {
        if let Some((section, topic)) = page {
            self.close_window();
            if (section, topic) != (self.reading.section, self.topic_index()) {
                self.follow(section, topic);
            }
            self.reading.focus = Pane::Reader;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{QuizQuestion, Window, testing};
    use crate::action::Action;

    #[test]
    fn an_answer_is_given_once_and_the_last_question_closes_the_window() {
        let mut app = testing::reading();
        let _ = app.update(Action::CheckYourself);
        let _ = app.update(Action::Down);
        let _ = app.update(Action::Enter);
        let given = |app: &crate::app::App| match app.windows.open {
            Some(Window::Quiz(QuizQuestion { given, .. })) => given,
            _ => panic!("the quiz is open"),
        };
        assert_eq!(given(&app), Some(1));
        let _ = app.update(Action::Up);
        assert_eq!(given(&app), Some(1), "an answer given stays given");
        let _ = app.update(Action::Enter);
        assert!(app.window().is_none(), "the fixture has one question");
    }
}
