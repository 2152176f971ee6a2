//! Reading aloud: `r` reads what is on the screen (the topic, the step, the window) and again
//! stops; the speed and loudness change by steps. The app only asks (`Effect::Speak`,
//! `Effect::StopSpeaking`); the shell runs the engine and says when it ended or failed.

use super::{Action, App, Change, Effect, Spoken, Voice, Window};
use crate::app::StepByStep;
use crate::doc::spoken;
use crate::i18n::tr;
use crate::speech::{MAX_RATE, MAX_VOLUME, MIN_RATE, RATE_STEP, VOLUME_STEP};

impl App {
    pub(super) fn speech_action(&mut self, action: Action) {
        if !self.aloud.offered {
            return;
        }
        match action {
            Action::ReadAloud if self.aloud.now.is_some() => self.stop_reading(),
            Action::ReadAloud => self.read_aloud(),
            Action::SpeechSpeed(change) => {
                let rate = self.aloud.voice.rate;
                self.aloud.voice.rate = match change {
                    Change::More => (rate + RATE_STEP).min(MAX_RATE),
                    Change::Less => rate.saturating_sub(RATE_STEP).max(MIN_RATE),
                };
                self.look.notice = Some(tr!(
                    self.look.view.lang,
                    "notice-speed",
                    rate = self.aloud.voice.rate
                ));
            }
            Action::SpeechVolume(change) => {
                let volume = self.aloud.voice.volume;
                self.aloud.voice.volume = match change {
                    Change::More => (volume + VOLUME_STEP).min(MAX_VOLUME),
                    Change::Less => volume.saturating_sub(VOLUME_STEP),
                };
                self.look.notice = Some(tr!(
                    self.look.view.lang,
                    "notice-volume",
                    volume = self.aloud.voice.volume
                ));
            }
            _ => {}
        }
    }

    /// What is on the screen now, for reading aloud.
    fn spoken_place(&self) -> Spoken {
        Spoken {
            window: self.window_kind(),
            topic: (self.reading.section, self.topic_index()),
            step: match self.windows.open {
                Some(Window::Steps(StepByStep { step, .. })) => Some(step),
                _ => None,
            },
        }
    }

    fn read_aloud(&mut self) {
        let text = match &self.windows.open {
            Some(Window::Steps(StepByStep { figure, step })) => self
                .topic()
                .and_then(|t| t.figures.get(*figure))
                .map(|f| spoken::step(f, *step, self.reading.guide.lang()))
                .unwrap_or_default(),
            Some(_) => self
                .window_rows()
                .iter()
                .map(|r| r.text().trim().to_string())
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join("\n"),
            None if self.welcome().is_some() => String::new(),
            None => self
                .topic()
                .map(|t| spoken::topic(t, self.reading.guide.lang()))
                .unwrap_or_default(),
        };
        // A topic or a step is read in the guide's language; a window holds the interface's
        // words too, and is read in the patient's.
        let lang = match &self.windows.open {
            None | Some(Window::Steps(_)) => self.reading.guide.lang(),
            Some(_) => self.look.view.lang,
        };
        if text.is_empty() {
            return;
        }
        self.aloud.now = Some(self.spoken_place());
        self.count(crate::kiosk::counts::Count::ReadAloud);
        self.outbox.effects.push(Effect::Speak {
            text,
            voice: Voice {
                lang,
                ..self.aloud.voice
            },
        });
    }

    pub(super) fn stop_reading(&mut self) {
        if self.aloud.now.take().is_some() {
            self.outbox.effects.push(Effect::StopSpeaking);
        }
    }

    /// A reading stops when what it reads leaves the screen (another topic, step or window).
    pub(super) fn stop_reading_if_gone(&mut self) {
        if self
            .aloud
            .now
            .is_some_and(|place| place != self.spoken_place())
        {
            self.stop_reading();
        }
    }
}
