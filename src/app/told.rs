//! What the shell tells the app (`Message`): the terminal's size, the end of a reading aloud,
//! the idle clock, the first frame drawn, a library loaded, and the answers to a check or a
//! save.

use super::{App, Effect, Message};

impl App {
    /// Carries out `effects` with the shell's `carry_out` (which does what one asks and returns
    /// its answer, if any), telling the app each answer and carrying out what that asks in turn,
    /// in order: the one loop every shell drains effects with (the drawn screen's and the
    /// screen-reader mode's), so none is dropped. True when one of them was to quit; what came
    /// after it is left undone.
    #[must_use = "true means the user asked to quit"]
    pub fn drain(
        &mut self,
        effects: Vec<Effect>,
        mut carry_out: impl FnMut(Effect, &App) -> Option<Message>,
    ) -> bool {
        let mut pending: std::collections::VecDeque<Effect> = effects.into();
        while let Some(effect) = pending.pop_front() {
            if effect == Effect::Quit {
                return true;
            }
            if let Some(answer) = carry_out(effect, self) {
                pending.extend(self.tell(answer));
            }
        }
        false
    }

    /// What the shell tells the app (`Message`), then the effects to carry out, as `update`.
    #[must_use = "the effects are what the shell must carry out (a save, a log line, quitting)"]
    pub fn tell(&mut self, message: Message) -> Vec<Effect> {
        // After the first frame's message the screen is the same (nothing to draw again),
        // unless the catalogue's lines read then were damaged.
        if !matches!(message, Message::FirstFrame) {
            self.outbox.applied = self.outbox.applied.wrapping_add(1);
        }
        match message {
            Message::Resize(w, h) => self.resize(w, h),
            Message::SpeechEnded => self.aloud.now = None,
            Message::SpeechFailed(why) => {
                self.aloud.now = None;
                self.look.notice = Some(why);
            }
            Message::IdleWarning(left) => self.idle_warning(left),
            Message::IdleReset => self.idle_reset(),
            Message::FirstFrame => {
                if !self.read_the_rest_of_the_catalogue() {
                    self.outbox.applied = self.outbox.applied.wrapping_add(1);
                }
            }
            Message::Library(all) => {
                let left_out = all.left_out;
                // The loading thread let go of them: taken, not copied (a library is large).
                self.replace_library(all.guides);
                self.guides.index = all.index;
                if left_out > 0 {
                    self.look.notice = Some(crate::i18n::tr!(
                        self.look.view.lang,
                        "notice-guides-left-out",
                        count = left_out
                    ));
                }
            }
            // The answers to what the patient asked for: they say what came of it.
            Message::Checked(got) => {
                self.look.notice = None;
                self.checked(&got.guides);
            }
            Message::Unchecked { origin, why } => {
                self.look.notice = None;
                self.unchecked(origin, &why);
            }
            Message::Saved { path, error } => {
                self.look.notice = None;
                let quit = error.is_none() && std::mem::take(&mut self.questions.quit_after_save);
                if error.is_none() {
                    self.questions.saved = self.questions.list.clone();
                }
                self.questions.quit_after_save = false;
                self.saved(&path, error);
                if quit {
                    self.outbox.effects.push(Effect::Quit);
                }
            }
        }
        self.sync();
        std::mem::take(&mut self.outbox.effects)
    }
}
