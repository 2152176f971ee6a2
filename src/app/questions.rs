//! "My questions": adding questions from a topic, writing your own, removing and reordering.

use super::*;

impl App {
    /// Shows a message in "My questions" (where the list was saved, or why it was not).
    pub fn set_status(&mut self, message: String) {
        self.status = Some(message);
        // Shown at the top of My questions: scroll there so it is seen.
        self.overlay_scroll = 0;
        self.sync();
    }

    /// Questions the patient can add from the current topic: its own questions, then one asking
    /// about the topic itself.
    pub fn question_choices(&self) -> Vec<String> {
        let Some(t) = self.topic() else {
            return Vec::new();
        };
        let mut out = t.questions.clone();
        out.push(format!("Can we talk about \"{}\"?", t.title));
        out
    }

    pub(super) fn add_question(&mut self, q: String) {
        if self.my_questions.contains(&q) {
            self.status = Some("That question is already on your list.".into());
        } else {
            self.status = Some(format!("Added to My questions: {q}"));
            self.my_questions.push(q);
        }
    }

    /// The picker for adding a question about the current topic.
    pub(super) fn pick_action(&mut self, action: Action) {
        let choices = self.question_choices();
        let pick = |app: &mut Self, i: usize| {
            if let Some(q) = choices.get(i) {
                app.add_question(q.clone());
                app.close_overlay();
            }
        };
        match action {
            Action::Up => self.pick_sel = step(self.pick_sel, false, choices.len()),
            Action::Down => self.pick_sel = step(self.pick_sel, true, choices.len()),
            Action::Enter => pick(self, self.pick_sel),
            Action::Click(x, y) => match self.overlay_item_at(x, y) {
                Some(i) => pick(self, i),
                None => self.overlay_action(action),
            },
            other => self.overlay_action(other),
        }
    }

    /// The list window: select, remove, reorder, write your own, save.
    pub(super) fn questions_action(&mut self, action: Action) {
        let n = self.my_questions.len();
        let sel = self.question_sel.min(n.saturating_sub(1));
        match action {
            Action::Up | Action::Down => self.question_sel = step(sel, action == Action::Down, n),
            Action::RemoveQuestion if n > 0 => {
                self.my_questions.remove(sel);
                self.question_sel = sel.min(n.saturating_sub(2));
                self.status = None;
            }
            Action::MoveQuestion(up) if n > 1 => {
                let to = if up {
                    sel.saturating_sub(1)
                } else {
                    (sel + 1).min(n - 1)
                };
                self.my_questions.swap(sel, to);
                self.question_sel = to;
            }
            Action::WriteQuestion => {
                self.draft.clear();
                self.overlay = Some(Overlay::WriteQuestion);
            }
            Action::SaveQuestions if self.kiosk.is_none() => self.save_requested = true,
            Action::MyQuestions => self.close_overlay(),
            Action::Click(x, y) => match self.overlay_item_at(x, y) {
                Some(i) => self.question_sel = i,
                None => self.overlay_action(action),
            },
            Action::RemoveQuestion | Action::MoveQuestion(_) | Action::SaveQuestions => {}
            other => self.overlay_action(other),
        }
    }

    /// Writing a question of your own.
    pub(super) fn write_action(&mut self, action: Action) {
        match action {
            Action::TypeChar(c) if self.draft.chars().count() < MAX_QUESTION => self.draft.push(c),
            Action::TypeErase => {
                self.draft.pop();
            }
            Action::Enter => {
                let q = self.draft.trim().to_string();
                if !q.is_empty() {
                    self.add_question(q);
                    self.question_sel = self.my_questions.len().saturating_sub(1);
                }
                self.draft.clear();
                self.overlay = Some(Overlay::MyQuestions);
            }
            Action::Back => {
                self.draft.clear();
                self.overlay = Some(Overlay::MyQuestions);
            }
            _ => {}
        }
    }
}
