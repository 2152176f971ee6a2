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

    /// The choices of the window that asks before quitting with questions not saved.
    pub fn quit_choices(&self) -> Vec<String> {
        let lang = self.view.lang;
        vec![
            tr!(lang, "quit-save"),
            tr!(lang, "quit-discard"),
            tr!(lang, "quit-stay"),
        ]
    }

    /// Quitting with questions not saved: save them and quit once saved, quit without saving,
    /// or stay (also Esc, a tap outside, q again).
    pub(super) fn confirm_quit_action(&mut self, action: Action) {
        let Some(Window::ConfirmQuit { sel }) = &mut self.window else {
            return;
        };
        let choice = match action {
            Action::Up | Action::Down => {
                *sel = step(*sel, action == Action::Down, 3);
                return;
            }
            Action::Enter => *sel,
            Action::Choose(i) => i,
            Action::QuitNow => 1,
            Action::Back | Action::CloseWindow | Action::Quit => 2,
            _ => return,
        };
        match choice {
            0 => {
                self.close_window();
                self.kept.quit_after_save = true;
                let text =
                    crate::questions::as_text(&self.guide, &self.my_questions, self.view.lang);
                self.effects.push(Effect::SaveQuestions(text));
            }
            1 => self.effects.push(Effect::Quit),
            _ => self.close_window(),
        }
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
