//! The My questions window: the patient's list, selected, removed, reordered and saved; where
//! the save went; the list read back at a desktop's start.

use super::*;
use crate::i18n::tr;

impl App {
    /// The shell tried to save the list: say where it went, or why not, at the top of My
    /// questions.
    pub(in crate::app) fn saved(&mut self, path: &std::path::Path, error: Option<String>) {
        let lang = self.view.lang;
        let path = path.display().to_string();
        self.status = Some(match error {
            None => tr!(lang, "questions-saved", path = path),
            Some(e) => tr!(lang, "questions-not-saved", path = path, why = e),
        });
        // Shown at the top of My questions: scroll there so it is seen.
        self.window_scroll = 0;
    }

    /// Whether "My questions" holds questions that were not saved (or read back at the start).
    pub fn unsaved_questions(&self) -> bool {
        !self.my_questions.is_empty() && self.my_questions != self.kept.saved
    }

    /// How many questions are not saved: those not in the list as saved (or, when only the
    /// order changed or one was removed, the whole list).
    pub fn unsaved_count(&self) -> usize {
        let new = self
            .my_questions
            .iter()
            .filter(|q| !self.kept.saved.contains(q))
            .count();
        if new == 0 && self.unsaved_questions() {
            self.my_questions.len()
        } else {
            new
        }
    }

    /// The list saved earlier, read back at the start (a desktop's file): the patient goes on
    /// from it, and it counts as saved.
    pub fn with_saved_questions(mut self, questions: Vec<String>) -> Self {
        self.my_questions = questions.clone();
        self.kept.saved = questions;
        self
    }

    /// The list window: select, remove, reorder, write your own, save.
    pub(in crate::app) fn questions_action(&mut self, action: Action) {
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
}
