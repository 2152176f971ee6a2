//! "My questions": adding questions from a topic, writing your own, removing and reordering.

use super::*;
use crate::i18n::tr;

impl App {
    /// The shell tried to save the list: say where it went, or why not, at the top of My
    /// questions.
    pub(super) fn saved(&mut self, path: &std::path::Path, error: Option<String>) {
        let lang = self.view.lang;
        let path = path.display().to_string();
        self.status = Some(match error {
            None => tr!(lang, "questions-saved", path = path),
            Some(e) => tr!(lang, "questions-not-saved", path = path, why = e),
        });
        // Shown at the top of My questions: scroll there so it is seen.
        self.window_scroll = 0;
    }

    /// Questions the patient can add from the current topic: its own questions, then one asking
    /// about the topic itself.
    pub fn question_choices(&self) -> Vec<String> {
        let Some(t) = self.topic() else {
            return Vec::new();
        };
        let mut out = t.questions.clone();
        out.push(tr!(
            self.view.lang,
            "questions-talk-about",
            title = &t.title
        ));
        out
    }

    fn add_question(&mut self, q: String) {
        if self.my_questions.contains(&q) {
            self.status = Some(crate::i18n::tr!(self.view.lang, "questions-already"));
        } else {
            self.status = Some(tr!(self.view.lang, "questions-added", question = &q));
            self.my_questions.push(q);
        }
    }

    /// The picker for adding a question about the current topic.
    pub(super) fn pick_action(&mut self, action: Action) {
        let choices = self.question_choices();
        let Some(Window::AddQuestion { sel }) = &mut self.window else {
            return;
        };
        let pick = |app: &mut Self, i: usize| {
            if let Some(q) = choices.get(i) {
                app.add_question(q.clone());
                app.close_window();
            }
        };
        match action {
            Action::Up | Action::Down => *sel = step(*sel, action == Action::Down, choices.len()),
            Action::Enter => {
                let i = *sel;
                pick(self, i)
            }
            Action::Choose(i) => pick(self, i),
            other => self.common_window_action(other),
        }
    }

    /// The list window: select, remove, reorder, write your own, save.
    pub(super) fn questions_action(&mut self, action: Action) {
        let n = self.my_questions.len();
        let refused = self.kiosk_refuses(&action);
        let Some(Window::MyQuestions { sel: selected }) = &mut self.window else {
            return;
        };
        let sel = (*selected).min(n.saturating_sub(1));
        match action {
            Action::Up | Action::Down => *selected = step(sel, action == Action::Down, n),
            Action::RemoveQuestion if n > 0 => {
                self.my_questions.remove(sel);
                *selected = sel.min(n.saturating_sub(2));
                self.status = None;
            }
            Action::MoveQuestion(way) if n > 1 => {
                let to = if way == Way::Up {
                    sel.saturating_sub(1)
                } else {
                    (sel + 1).min(n - 1)
                };
                self.my_questions.swap(sel, to);
                *selected = to;
            }
            Action::WriteQuestion => {
                self.window = Some(Window::WriteQuestion {
                    draft: String::new(),
                    list_sel: sel,
                })
            }
            Action::SaveQuestions if !refused => {
                let text =
                    crate::questions::as_text(&self.guide, &self.my_questions, self.view.lang);
                self.effects.push(Effect::SaveQuestions(text));
            }
            Action::MyQuestions => self.close_window(),
            Action::Choose(i) if i < n => *selected = i,
            Action::RemoveQuestion | Action::MoveQuestion(_) | Action::SaveQuestions => {}
            other => self.common_window_action(other),
        }
    }

    /// Writing a question of your own.
    pub(super) fn write_action(&mut self, action: Action) {
        let Some(Window::WriteQuestion { draft, list_sel }) = &mut self.window else {
            return;
        };
        let list_sel = *list_sel;
        let back_to_list = |app: &mut Self, sel: usize| {
            app.window = Some(Window::MyQuestions { sel });
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
                    back_to_list(self, self.my_questions.len().saturating_sub(1));
                }
            }
            Action::Back => back_to_list(self, list_sel),
            _ => {}
        }
    }
}
