//! Quitting with questions not saved: save then quit, quit without saving, or stay.

use super::{Elsewhere, Rules, Touch, Window};
use crate::action::InputMode;
use crate::app::{Action, App, Effect, step};
use crate::i18n::tr;

/// How this window takes taps and the wheel. A choice is tapped; a tap outside closes it (stays).
pub(super) const TOUCH: Touch = Touch {
    items: true,
    wheel: true,
    elsewhere: Elsewhere::Closes,
};

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules::plain(TOUCH, InputMode::Reading, App::confirm_quit_action);

/// Quitting with questions not saved (save then quit, quit without saving, or stay): the choice highlighted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuitChoice {
    pub sel: usize,
}

impl App {
    /// The choices of the window that asks before quitting with questions not saved.
    pub fn quit_choices(&self) -> Vec<String> {
        let lang = self.look.view.lang;
        vec![
            tr!(lang, "quit-save"),
            tr!(lang, "quit-discard"),
            tr!(lang, "quit-stay"),
        ]
    }

    /// Quitting with questions not saved: save them and quit once saved, quit without saving,
    /// or stay (also Esc, a tap outside, q again).
    fn confirm_quit_action(&mut self, action: Action) {
        let Some(Window::ConfirmQuit(QuitChoice { sel })) = &mut self.windows.open else {
            return;
        };
        let choice = match action {
            _ if let Some(way) = action.arrow() => {
                *sel = step(*sel, way, 3);
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
                self.questions.quit_after_save = true;
                let text = crate::questions::as_text(
                    &self.reading.guide,
                    &self.questions.list,
                    self.look.view.lang,
                );
                self.outbox.effects.push(Effect::SaveQuestions(text));
            }
            1 => self.outbox.effects.push(Effect::Quit),
            _ => self.close_window(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{QuitChoice, Window, testing};
    use crate::action::Action;
    use crate::app::Effect;

    #[test]
    fn staying_closes_it_and_quitting_without_saving_quits() {
        let mut app = testing::reading();
        app.open_window(Window::ConfirmQuit(QuitChoice { sel: 0 }));
        let _ = app.update(Action::Down);
        let _ = app.update(Action::Down);
        let _ = app.update(Action::Down);
        assert!(
            matches!(
                app.windows.open,
                Some(Window::ConfirmQuit(QuitChoice { sel: 2 }))
            ),
            "three choices"
        );
        let effects = app.update(Action::Enter);
        assert!(app.window().is_none() && effects.is_empty(), "stay");
        app.open_window(Window::ConfirmQuit(QuitChoice { sel: 0 }));
        assert_eq!(app.update(Action::Choose(1)), vec![Effect::Quit]);
    }
}
