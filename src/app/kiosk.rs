//! Kiosk mode in the app: the welcome screen, the idle countdown and reset, and the staff PIN.

use super::{Action, App, Effect, Way, Window, pin, step};
use crate::app::PinPad;
use crate::i18n::tr;

/// What kiosk mode is started with: no way out without the staff PIN.
#[derive(Debug, Clone, Default)]
pub struct Kiosk {
    /// The PIN's salted hash; without it the kiosk cannot be left from the keyboard.
    pub pin_hash: Option<String>,
    /// Wrong PINs and the lock they earned, shared with every later run (idle resets and
    /// restarts keep it).
    pub guard: std::sync::Arc<std::sync::Mutex<pin::Guard>>,
    /// The clock the PIN's lock is counted on: the real one, or a test's (`Clock::manual`).
    pub clock: crate::kiosk::clock::Clock,
}

/// The kiosk's part of the app's state.
#[derive(Debug, Clone)]
pub struct KioskState {
    pub settings: Kiosk,
    /// The welcome screen is showing, with this guide picked (its place on the shelf).
    pub(super) welcome: Option<usize>,
    /// Seconds left before an idle reset, while the "Still reading?" warning shows.
    pub(super) countdown: Option<u64>,
}

impl KioskState {
    pub(super) fn new(settings: Kiosk, guide: usize) -> Self {
        Self {
            settings,
            welcome: Some(guide),
            countdown: None,
        }
    }
}

/// The longest PIN that can be typed.
pub(super) const MAX_PIN: usize = pin::MAX_DIGITS;
/// Wrong PINs allowed in a row before the staff exit locks (for a minute, then longer).
pub const MAX_PIN_TRIES: u32 = pin::TRIES_BEFORE_LOCK;

impl App {
    /// The idle clock: this many seconds are left before the reset (not on the welcome
    /// screen, where there is nothing to forget).
    pub(super) fn idle_warning(&mut self, left: u64) {
        if self.welcome().is_none()
            && let Some(k) = &mut self.kiosk
        {
            k.countdown = Some(left);
        }
    }

    /// The idle clock ran out: the next person starts afresh (the welcome screen stays as it is).
    pub(super) fn idle_reset(&mut self) {
        if self.welcome().is_none() {
            self.reset();
        }
    }

    /// The staff chord: the PIN, unless there is none or wrong PINs locked it.
    pub(super) fn staff_exit(&mut self) {
        let has_pin = self
            .kiosk
            .as_ref()
            .is_some_and(|k| k.settings.pin_hash.is_some());
        if !has_pin {
            return;
        }
        match self.pin_locked_for() {
            // Staff are told how long, not left guessing why the chord does nothing.
            Some(left) => self.say_pin_locked(left),
            // Whatever was open gives way to the PIN.
            None => self.open_window(Window::Pin(PinPad {
                digits: String::new(),
                wrong: false,
            })),
        }
    }

    /// The notice that the staff exit is locked, with the minutes left (rounded up).
    pub(super) fn say_pin_locked(&mut self, left: std::time::Duration) {
        let minutes = left.as_secs().div_ceil(60).max(1);
        self.look.notice = Some(tr!(
            self.look.view.lang,
            "notice-pin-locked",
            minutes = minutes
        ));
    }

    /// The patient has gone (a kiosk's idle reset, before everything is forgotten): a window
    /// left open closes as any window does, so what it leaves for the counts (a search that
    /// found nothing, the most common way a patient walks away from one) is counted. The
    /// screen-reader kiosk, which makes its app anew itself, calls it too.
    pub fn patient_left(&mut self) {
        if self.windows.open.is_some() {
            self.close_window();
        }
    }

    /// Kiosk idle reset: everything the last patient did is forgotten but what was counted;
    /// the welcome screen shows.
    fn reset(&mut self) {
        self.patient_left();
        let counts = std::mem::take(&mut self.outbox.counts);
        let area = self.look.screen.area;
        let library = std::mem::take(&mut self.guides.library);
        // The search index belongs to the library, not to the patient: built once, kept (with
        // 1,000 guides, building it again stalled each next patient's first search).
        let index = self.guides.index.take();
        let speech = self.aloud.offered;
        let was_reading = self.aloud.now.is_some();
        *self = Self::with(
            library,
            0,
            area.width,
            area.height,
            self.look.default_view,
            self.kiosk.take().map(|k| k.settings),
        )
        .with_speech(speech);
        self.guides.index = index;
        self.outbox.counts = counts;
        if was_reading {
            self.outbox.effects.push(Effect::StopSpeaking);
        }
    }

    /// Kiosk welcome screen: Up/Down pick a guide; Enter, a tap or any other key starts reading.
    pub(super) fn welcome_action(&mut self, action: Action) {
        let n = self.shelf().len();
        let Some(k) = &mut self.kiosk else { return };
        let Some(sel) = &mut k.welcome else { return };
        match action {
            Action::Up | Action::Left => *sel = step(*sel, Way::Up, n),
            Action::Down | Action::Right | Action::NextPane => *sel = step(*sel, Way::Down, n),
            Action::ChooseGuide(i) => {
                *sel = i.min(n.saturating_sub(1));
                self.start_reading();
            }
            Action::Enter | Action::Back => self.start_reading(),
            // The language is chosen here too, before the guide.
            Action::Language => self.set_language(self.look.view.lang.next()),
            Action::ChooseLanguage(lang) => self.set_language(lang),
            // A key that scrolls (Space, Page Down ...) only starts: the first page is read
            // from its top, not a page down.
            Action::PageDown
            | Action::PageUp
            | Action::Top
            | Action::Bottom
            | Action::ReaderPage(_)
            | Action::ReaderWheel(_)
            | Action::ListWheel(..) => self.start_reading(),
            // Any other key starts reading and does what it does there ("3" opens section 3).
            other => {
                self.start_reading();
                self.pane_action(other);
            }
        }
    }

    pub(super) fn start_reading(&mut self) {
        let picked = self.kiosk.as_mut().and_then(|k| k.welcome.take());
        let shelf = self.shelf();
        let index = shelf.get(picked.unwrap_or(0)).or(shelf.first()).copied();
        self.open_guide(index.unwrap_or(0));
    }

    /// The staff PIN guard as its file keeps it (`Effect::PinGuard`), in a kiosk.
    pub fn pin_guard_record(&self) -> Option<String> {
        let k = self.kiosk.as_ref()?;
        let guard = k.settings.guard.lock().unwrap_or_else(|e| e.into_inner());
        let (now, wall) = k.settings.clock.now();
        Some(guard.record(now, wall))
    }

    /// How long the staff exit stays locked after too many wrong PINs, if it is.
    pub fn pin_locked_for(&self) -> Option<std::time::Duration> {
        let k = self.kiosk.as_ref()?;
        let guard = k.settings.guard.lock().unwrap_or_else(|e| e.into_inner());
        guard.locked_for(k.settings.clock.now().0)
    }
}
