//! "Check yourself": the guide's teach-back questions, one at a time. The patient picks an answer
//! (a number key, Enter on the highlighted choice, or a tap), sees whether it was right and why,
//! and can open the topic that explains it. Nothing is kept: answers live only in the open window,
//! and a kiosk reset forgets them with everything else.

use super::*;

impl App {
    /// Opens question `index` with nothing answered.
    pub(super) fn open_quiz(&mut self, index: usize) {
        if index < self.guide.check_yourself.len() {
            self.quiz_sel = 0;
            self.quiz_given = None;
            self.open_overlay(Overlay::Quiz(index));
        }
    }

    pub(super) fn quiz_action(&mut self, action: Action) {
        let Some(Overlay::Quiz(i)) = self.overlay else {
            return;
        };
        let Some(q) = self.guide.check_yourself.get(i) else {
            self.close_overlay();
            return;
        };
        let choices = q.choices.len();
        let last = self.guide.check_yourself.len().saturating_sub(1);
        let topic = q.topic;
        let answered = self.quiz_given.is_some();
        match action {
            Action::Section(c) if !answered && c < choices => self.quiz_given = Some(c),
            Action::Up | Action::Down if !answered => {
                self.quiz_sel = step(self.quiz_sel, action == Action::Down, choices)
            }
            Action::Enter if !answered => self.quiz_given = Some(self.quiz_sel),
            Action::Enter | Action::Right if answered && i >= last => self.close_overlay(),
            Action::Enter | Action::Right if answered => self.open_quiz(i + 1),
            Action::Left | Action::HistoryBack if i > 0 => self.open_quiz(i - 1),
            Action::NextLink if answered => self.read_quiz_topic(topic),
            Action::Click(x, y) => match self.overlay_item_at(x, y) {
                Some(c) if !answered && c < choices => {
                    self.quiz_sel = c;
                    self.quiz_given = Some(c);
                }
                Some(pages::QUIZ_READ) => self.read_quiz_topic(topic),
                Some(pages::QUIZ_NEXT) if i >= last => self.close_overlay(),
                Some(pages::QUIZ_NEXT) => self.open_quiz(i + 1),
                Some(pages::QUIZ_PREVIOUS) if i > 0 => self.open_quiz(i - 1),
                Some(_) => {}
                None => self.overlay_action(action),
            },
            Action::Back | Action::Quit | Action::CheckYourself => self.close_overlay(),
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::WheelUp(..)
            | Action::WheelDown(..)
            | Action::Top
            | Action::Bottom => self.overlay_action(action),
            _ => {}
        }
    }

    /// Closes the question and opens the topic that explains it (Back returns to where the
    /// patient was reading).
    fn read_quiz_topic(&mut self, (section, topic): (usize, usize)) {
        self.close_overlay();
        self.follow(section, topic);
    }

    /// Opens one of the guide's own pages (key facts, get help) as a link would: Back returns.
    pub(super) fn open_page(&mut self, page: Option<(usize, usize)>) {
        if let Some((section, topic)) = page {
            self.close_overlay();
            if (section, topic) != (self.section, self.topic_index()) {
                self.follow(section, topic);
            }
            self.focus = Pane::Reader;
        }
    }
}
