//! What the shell tells the app (`Message`): the terminal's size, the end of a reading aloud,
//! the idle clock, a library loaded, and the answers to a check or a save.

use super::{App, Effect, Message};

impl App {
    /// What the shell tells the app (`Message`), then the effects to carry out, as `update`.
    #[must_use = "the effects are what the shell must carry out (a save, a log line, quitting)"]
    pub fn tell(&mut self, message: Message) -> Vec<Effect> {
        self.outbox.applied = self.outbox.applied.wrapping_add(1);
        match message {
            Message::Resize(w, h) => self.resize(w, h),
            Message::SpeechEnded => self.aloud.now = None,
            Message::SpeechFailed(why) => {
                self.aloud.now = None;
                self.notice = Some(why);
            }
            Message::IdleWarning(left) => self.idle_warning(left),
            Message::IdleReset => self.idle_reset(),
            Message::Library(all) => {
                let left_out = all.left_out;
                // The loading thread let go of them: taken, not copied (a library is large).
                self.replace_library(all.guides);
                self.guides.index = all.index;
                if left_out > 0 {
                    self.notice = Some(crate::i18n::tr!(
                        self.view.lang,
                        "notice-guides-left-out",
                        count = left_out
                    ));
                }
            }
            // The answers to what the patient asked for: they say what came of it.
            Message::Checked(got) => {
                self.notice = None;
                self.checked(&got.guides);
            }
            Message::Unchecked { origin, why } => {
                self.notice = None;
                self.unchecked(origin, &why);
            }
            Message::Saved { path, error } => {
                self.notice = None;
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
