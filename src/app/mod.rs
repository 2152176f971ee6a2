//! The app's state and the one place it changes: `App::update(Action)`, which returns what the
//! shell must do (`Effect`). State is shaped by mode: reading state here, the open window with
//! its own state (`Window`), kiosk state as one optional part (`KioskState`). Knows the screen's
//! size (to page and clamp scrolling) but nothing of crossterm or drawing.

mod finding;
mod kiosk;
mod laid_out;
mod language;
mod panes;
mod parts;
mod queries;
mod reading;
mod reading_aloud;
mod route;
mod targets;
mod told;
mod windows;

use std::collections::HashMap;
use std::sync::Arc;

pub use crate::action::Pane;
use crate::action::{Action, Change, InputMode, Message, Seek, Way};
pub use crate::doc::View;
use crate::doc::pages::{self, WindowKind};
use crate::doc::topic::topic_rows;
use crate::doc::{KeyNames, Link, Row};
use crate::guide::{Guide, Topic};
use crate::kiosk::pin;
use crate::layout::{self, Mode, Screen};
use crate::search::{self, Index, Results};
use crate::speech::Voice;
pub use kiosk::{Kiosk, KioskState};
use laid_out::{Cached, TopicKey};
pub use laid_out::{Find, Mark, Match, Spot, TopicLayout};
use parts::{Aloud, Guides, History, Laid, Outbox};
pub use parts::{Look, Questions, Reading, Windows};
pub use route::{ORDER, Route};
pub use targets::{Button, Page, Tap, Targets, Wheel};
pub use windows::{
    Elsewhere, GuidePicker, MAX_LISTED, PinPad, QuestionDraft, QuestionList, QuitChoice,
    QuizQuestion, SearchBox, Selected, SourceList, StepByStep, SuggestedQuestions, Touch, Window,
    touch,
};

/// A selection moved one place up or down a list of `len` items, staying in it.
pub(crate) fn step(sel: usize, way: Way, len: usize) -> usize {
    match way {
        Way::Down => (sel + 1).min(len.saturating_sub(1)),
        Way::Up => sel.saturating_sub(1).min(len.saturating_sub(1)),
    }
}

/// Rows a wheel step scrolls.
const WHEEL_STEP: usize = 3;

/// The longest question a patient can write.
const MAX_QUESTION: usize = 200;

/// The longest search query, in characters: more is a paste, not a question, and searching for
/// it would take seconds.
pub const MAX_QUERY: usize = crate::search::MAX_QUERY_CHARS;

/// What the shell must do after an update: the app never writes files, logs or quits itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// End the app (the patient quit, or staff typed the right PIN).
    Quit,
    /// Save "My questions", this text, to the questions file; answer with `Message::Saved`.
    SaveQuestions(String),
    /// Write a line to the kiosk's log (a wrong PIN, a lock; never the digits).
    Log(String),
    /// The staff PIN's wrong tries or lock changed: keep them, so a restart does not forgive
    /// them.
    PinGuard,
    /// Read this text aloud with this voice, stopping any reading; answer with
    /// `Message::SpeechEnded` when it ends or `Message::SpeechFailed` when it cannot start.
    Speak { text: String, voice: Voice },
    /// Stop reading aloud at once.
    StopSpeaking,
    /// Check these guide files together (a guide and the original it translates) and answer
    /// with `Message::Checked` or `Message::Unchecked`.
    Check(Vec<String>),
}

/// Counts waiting for the shell, at most this many (a shell that never takes them, such as a
/// test, cannot make them grow without end).
const MAX_PENDING_COUNTS: usize = 256;

/// What is being read aloud: a topic, or a window over it (and the step shown). When it is no
/// longer on the screen, the reading stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Spoken {
    window: Option<WindowKind>,
    topic: (usize, usize),
    step: Option<usize>,
}

/// Something to bring into view once the rows it is in are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reveal {
    /// The highlighted source in the sources window.
    Source,
    /// The highlighted search result.
    Result,
    /// The current search match in the topic.
    Match,
}

pub struct App {
    /// The guides known and loaded, and the search over them.
    guides: Guides,
    /// Topics visited by following links.
    history: History,
    /// "My questions": the list, the last message about it, and what became of it.
    pub questions: Questions,
    /// Reading aloud.
    aloud: Aloud,
    /// What is laid out for the screen, kept until what it depends on changes.
    laid: Laid,
    /// Which guide the patient reads, and where in it: section, topic, pane, scroll, what is
    /// found and chosen.
    pub reading: Reading,
    /// The open window, with its own state, and how far it is scrolled.
    pub windows: Windows,
    /// What an update hands the shell (effects, counts) and how many actions were applied.
    outbox: Outbox,
    /// How it looks and where: the view, the staff's view, the screen, the title row's notice.
    pub look: Look,
    /// The kiosk's part: its settings, the welcome screen, the idle countdown.
    kiosk: Option<KioskState>,
}

impl App {
    /// The app on one guide, as a desktop user starts it: the About window first.
    pub fn new(guide: Guide, width: u16, height: u16) -> Self {
        Self::with(vec![guide], 0, width, height, View::default(), None)
    }

    /// The app on a library of guides, opened at `start`. In kiosk mode it begins at the welcome
    /// screen; otherwise at the About window.
    pub fn with<G: Into<Arc<Guide>>>(
        library: Vec<G>,
        start: usize,
        width: u16,
        height: u16,
        view: View,
        kiosk: Option<Kiosk>,
    ) -> Self {
        let start = start.min(library.len().saturating_sub(1));
        // The open guide shares the library's copy.
        let library: Vec<Arc<Guide>> = library.into_iter().map(Into::into).collect();
        let guide = Arc::clone(&library[start]);
        let lang = view.lang;
        let in_kiosk = kiosk.is_some();
        let mut app = Self {
            guides: Guides {
                catalogue: library.iter().map(|g| g.header()).collect(),
                refused: Vec::new(),
                listing: Vec::new(),
                unread: None,
                unintroduced: false,
                library,
                index: None,
                head_only: false,
            },
            history: History::default(),
            questions: Questions::default(),
            aloud: Aloud {
                // Offered on the desktop; a kiosk offers it when its settings say so.
                offered: kiosk.is_none(),
                voice: Voice::default(),
                now: None,
            },
            laid: Laid {
                topic: Cached::new(),
                matches: Cached::new(),
                window: Cached::new(),
                keys: crate::keymap::names(lang),
                targets: std::cell::OnceCell::new(),
                reveal: None,
            },
            reading: Reading {
                guide,
                guide_index: start,
                section: 0,
                topic_sel: Vec::new(),
                focus: Pane::Topics,
                scroll: HashMap::new(),
                find: None,
                link_cursor: None,
                term_cursor: None,
                shown: (start, 0, 0),
            },
            windows: Windows::default(),
            outbox: Outbox::default(),
            look: Look {
                view,
                default_view: view,
                screen: Screen::new(width, height, layout::Options::default()),
                notice: None,
            },
            kiosk: None,
        };
        // The guide asked for, in the patient's language if it has a translation.
        let start = app.in_language(start, lang);
        let shelf = app.shelf();
        let place = shelf.iter().position(|&i| i == start).unwrap_or(0);
        app.kiosk = kiosk.map(|settings| KioskState::new(settings, place));
        app.list_guides();
        app.resize(width, height);
        app.open_guide(start);
        // A desktop user first sees what the guide is and the disclaimer; a kiosk has its
        // welcome screen for that.
        if !in_kiosk {
            app.windows.open = Some(Window::About);
        }
        app.sync();
        app
    }

    /// What to count since the last call: a kiosk with `counts = true` adds it to today's
    /// counts.
    pub fn take_counts(&mut self) -> Vec<crate::kiosk::counts::Count> {
        std::mem::take(&mut self.outbox.counts)
    }

    /// Notes something to count (the oldest is dropped beyond `MAX_PENDING_COUNTS`).
    pub(super) fn count(&mut self, count: crate::kiosk::counts::Count) {
        if self.outbox.counts.len() >= MAX_PENDING_COUNTS {
            self.outbox.counts.remove(0);
        }
        self.outbox.counts.push(count);
    }

    /// Every guide known, by its header: the library's and, on a desktop with many guides,
    /// those not checked yet. The app starts on the guides window when there is more than one
    /// medicine and none was asked for (`choosing_first`).
    pub fn with_catalogue(self, headers: Vec<crate::guide::Header>) -> Self {
        self.with_catalogue_listed(crate::guide::catalogue::Catalogue {
            headers,
            ..Default::default()
        })
    }

    /// The same, taking the headers' listing when it was made already in this language and
    /// still holds: the guides the app has checked are those headers, unchanged (a thousand
    /// headers are not listed twice before the first frame).
    ///
    /// A kept catalogue read only as far as the first frame lists keeps its other lines for
    /// after it (`Message::FirstFrame`), when the listing still holds and the guides the app
    /// has checked are among the headers read; otherwise they are read now.
    pub fn with_catalogue_listed(
        mut self,
        mut catalogue: crate::guide::catalogue::Catalogue,
    ) -> Self {
        let known = |c: &crate::guide::catalogue::Catalogue, origin: &str| {
            c.headers.iter().any(|h| h.origin == origin)
        };
        let all_known = self
            .guides
            .catalogue
            .iter()
            .all(|h| known(&catalogue, &h.origin));
        let listed_here = catalogue
            .listed
            .as_ref()
            .is_some_and(|(lang, _)| *lang == self.look.view.lang);
        if catalogue.unread.is_some() && !(all_known && listed_here) {
            // Read now. Should a line further down be damaged, the headers read so far are
            // listed until the library comes.
            let _ = catalogue.read_all();
        }
        let crate::guide::catalogue::Catalogue {
            headers,
            listed,
            unread,
        } = catalogue;
        let mut still = listed
            .filter(|(lang, _)| *lang == self.look.view.lang && self.guides.refused.is_empty());
        if !headers.is_empty() {
            // The library's guides are usually among the headers already: their checked headers
            // take the place of the kept ones (rather than a thousand headers joining them).
            let mut mine: Vec<Option<crate::guide::Header>> =
                std::mem::take(&mut self.guides.catalogue)
                    .into_iter()
                    .map(Some)
                    .collect();
            let place: foldhash::HashMap<String, usize> = mine
                .iter()
                .flatten()
                .enumerate()
                .map(|(i, h)| (h.origin.to_string(), i))
                .collect();
            let mut all = headers;
            for h in &mut all {
                if let Some(fresh) = place.get(h.origin.as_ref()).and_then(|&i| mine[i].take()) {
                    if fresh != *h {
                        still = None;
                    }
                    *h = fresh;
                }
            }
            if mine.iter().any(Option::is_some) {
                still = None;
            }
            all.extend(mine.into_iter().flatten());
            self.guides.catalogue = all;
        } else {
            still = None;
        }
        match still {
            Some((_, listing)) => {
                self.guides.listing = listing;
                self.guides.unread = unread;
            }
            None => {
                // A checked guide's header differs from the one kept: the lines left are read
                // now (`list_guides`), and the whole catalogue is listed again.
                self.guides.unread = unread;
                self.list_guides();
            }
        }
        self
    }

    /// After the first frame: the lines of a kept catalogue left until then are read, their
    /// headers after the others and their listed guides after the listed ones (the catalogue's
    /// order is the list's). False when what the screen shows changed: a damaged line (the
    /// list keeps the guides read, and its count drops to them, until the library comes).
    pub(super) fn read_the_rest_of_the_catalogue(&mut self) -> bool {
        let Some(lang) = self.guides.unread.as_ref().map(|u| u.lang()) else {
            return true;
        };
        match self.take_in_the_unread() {
            Some(listed) if lang == self.look.view.lang => {
                self.guides.listing.extend(listed);
                true
            }
            _ => {
                self.list_guides();
                false
            }
        }
    }

    /// The headers of a kept catalogue's lines not read yet, put after the others, and the
    /// indexes of those listed in their language. None (and the lines dropped): there were
    /// none, a line is damaged, or the catalogue no longer holds just the headers read before
    /// them (the library replaced it).
    pub(super) fn take_in_the_unread(&mut self) -> Option<Vec<usize>> {
        let unread = self.guides.unread.take()?;
        if unread.before() != self.guides.catalogue.len() {
            return None;
        }
        let (headers, listed) = unread.read()?;
        self.guides.catalogue.extend(headers);
        Some(listed)
    }

    /// Starts on the guides window instead of the About window (which shows when a guide is
    /// chosen, even the one already open behind the list).
    pub fn choosing_first(mut self) -> Self {
        self.guides.unintroduced = true;
        self.open_guides();
        self.sync();
        self
    }

    /// The guide the app opens on is only its head (`guide::bundle::prepared_first`): the shell
    /// hands over the library whole (`Message::Library`) before any input, and the app then
    /// reads that copy of it.
    pub fn with_head_only(mut self) -> Self {
        self.guides.head_only = true;
        self
    }

    /// Reading aloud offered (`r`, and the kiosk's "Read aloud" button), or not.
    pub fn with_speech(mut self, on: bool) -> Self {
        self.aloud.offered = on;
        self
    }

    /// Starts reading guide `index` from its beginning.
    fn open_guide(&mut self, index: usize) {
        if let Some(g) = self.guides.library.get(index) {
            self.reading.guide = g.clone();
            self.reading.guide_index = index;
        }
        self.reading.find = None;
        self.reading.section = 0;
        self.reading.topic_sel = vec![0; self.reading.guide.sections.len()];
        self.reading.scroll.clear();
        self.history.back.clear();
        self.history.forward.clear();
        self.go_home();
        // The most important information comes first, before anything else is read.
        if let Some((section, topic)) = self.reading.guide.key_facts {
            self.go_to(section, topic);
        }
        // What a guide opens on is not a topic the patient turned to: it is not counted.
        self.reading.shown = (
            self.reading.guide_index,
            self.reading.section,
            self.topic_index(),
        );
    }

    fn resize(&mut self, width: u16, height: u16) {
        let options = layout::Options {
            kiosk: self.kiosk.is_some(),
            // Larger letters from the terminal need no more room around them.
            large: self.look.view.large && !self.look.view.zoomed,
        };
        self.look.screen = Screen::new(width, height, options);
    }

    /// Ends the app, unless it is a kiosk (which only the staff PIN ends); with questions not
    /// saved, asks first.
    fn quit(&mut self) {
        if self.kiosk_refuses(&Action::Quit) {
            return;
        }
        // Asked already: Ctrl-C a second time leaves (q there means stay).
        let asked = matches!(self.windows.open, Some(Window::ConfirmQuit(_)));
        if self.unsaved_questions() && !asked {
            self.open_window(Window::ConfirmQuit(QuitChoice { sel: 0 }));
        } else {
            self.outbox.effects.push(Effect::Quit);
        }
    }

    /// Whether this is a kiosk and it refuses `action` from a patient (`keymap::policy`).
    pub(super) fn kiosk_refuses(&self, action: &Action) -> bool {
        self.kiosk.is_some() && crate::keymap::policy::refuses(action)
    }

    /// Carries out one action and returns what the shell must do. The only way the state
    /// changes: one match on what the app is showing (a window, the kiosk's welcome screen, the
    /// panes) and the action.
    #[must_use = "the effects are what the shell must carry out (a save, a log line, quitting)"]
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        self.outbox.applied = self.outbox.applied.wrapping_add(1);
        let layout_now =
            !(self.outbox.batch && matches!(action, Action::TypeChar(_) | Action::TypeErase));
        self.apply(action);
        // In a batch, typed characters need no layout until the batch ends.
        if layout_now {
            self.sync();
        }
        std::mem::take(&mut self.outbox.effects)
    }

    /// Runs `f`, which applies actions that arrived together (keys queued while a frame was
    /// drawn, a paste), as one batch: each action is its own `update`, but a search runs once,
    /// for the last query, at the end (or when a key in the batch needs the results).
    pub fn in_batch<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.outbox.batch = true;
        let out = f(self);
        self.outbox.batch = false;
        if self.search_stale() {
            self.run_search();
        }
        self.sync();
        out
    }

    /// Applies these actions as one batch (see `in_batch`) and returns every effect.
    #[must_use = "the effects are what the shell must carry out"]
    pub fn update_all(&mut self, actions: impl IntoIterator<Item = Action>) -> Vec<Effect> {
        self.in_batch(|app| actions.into_iter().flat_map(|a| app.update(a)).collect())
    }
}
