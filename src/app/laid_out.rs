//! What is laid out from the state, once per update: the topic's rows and links, the search
//! matches in them, the open window's rows; each rebuilt only when what it depends on changed.

use super::*;

/// Search words highlighted in one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Find {
    pub section: usize,
    pub topic: usize,
    pub words: Vec<String>,
    pub current: usize,
}

/// A place in the topic's laid-out rows: row and display column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Spot {
    pub row: usize,
    pub column: usize,
}

/// One match of the search words in the topic's rows: its row, and where it starts and how
/// long it is in characters of the row's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub row: usize,
    pub start: usize,
    pub len: usize,
}

/// A topic (section, topic) and a spot in its rows: where the chosen link or the last term
/// explained is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub topic: (usize, usize),
    pub at: Spot,
}

/// The current topic laid out for the reading pane, and what is in it.
#[derive(Debug, Clone, Default)]
pub struct TopicLayout {
    pub rows: Vec<Row>,
    /// Everything that links somewhere, in reading order.
    pub links: Vec<(Spot, Link)>,
}

/// The key of the topic layout: which guide and topic, at which width, in which look.
pub(super) type TopicKey = (usize, usize, usize, u16, View);

/// A value built for a key, rebuilt only when the key changes.
pub(super) struct Cached<K, V> {
    pub(super) key: Option<K>,
    pub(super) value: V,
}

impl<K: PartialEq, V: Default> Cached<K, V> {
    pub(super) fn new() -> Self {
        Self {
            key: None,
            value: V::default(),
        }
    }

    pub(super) fn refresh(&mut self, key: Option<K>, build: impl FnOnce() -> V) {
        if self.key != key {
            self.value = build();
            self.key = key;
        }
    }
}

impl App {
    /// Brings what is laid out up to date with the state, once per update: the topic's rows and
    /// links, the search matches in them, the open window's rows; then scrolls what was asked
    /// for into view.
    pub(super) fn sync(&mut self) {
        let look = self.view;
        let width = self.screen.reader_text().width;
        let (section, topic) = (self.reading.section, self.topic_index());
        let guide = &self.guide;
        let keys = &self.laid.keys;
        let key = (self.guide_index, section, topic, width, look);
        self.laid.topic.refresh(Some(key), || {
            let rows = guide
                .sections
                .get(section)
                .and_then(|s| s.topics.get(topic))
                .map_or_else(Vec::new, |t| topic_rows(guide, t, width.into(), look, keys));
            let links = reading::links_in(&rows);
            TopicLayout { rows, links }
        });
        let words = self
            .reading
            .find
            .as_ref()
            .filter(|f| (f.section, f.topic) == (section, topic))
            .map(|f| f.words.clone());
        let rows = &self.laid.topic.value.rows;
        self.laid.matches.refresh(words.map(|w| (key, w)), || {
            finding::matches_in(
                rows,
                self.reading.find.as_ref().map_or(&[][..], |f| &f.words),
            )
        });
        if self
            .windows
            .open
            .as_ref()
            .is_some_and(Window::changes_with_keys)
        {
            self.laid.window.key = None;
        }
        let width = layout::window_text_area(self.screen.area).width;
        let key = self
            .window_kind()
            .map(|o| (o, self.guide_index, width, look));
        if self.laid.window.key != key {
            let rows = self.windows.open.as_ref().map_or_else(Vec::new, |w| {
                pages::rows(w.kind(), &self.page_context(w), width.into(), look)
            });
            self.laid.window = Cached { key, value: rows };
        }
        match self.reveal.take() {
            Some(Reveal::Source) => self.reveal_source(),
            Some(Reveal::Result) => self.reveal_result(),
            Some(Reveal::Match) => self.show_match(),
            None => {}
        }
        self.windows.scroll = self.windows.scroll.min(self.window_max_scroll());
        self.stop_reading_if_gone();
        self.count_topic();
        self.laid.targets = super::targets::record(self, self.screen);
    }

    /// Counts the topic shown when the patient turned to another one (the welcome screen shows
    /// none). A kiosk that keeps counts adds it; nothing links it to the patient.
    fn count_topic(&mut self) {
        let now = (self.guide_index, self.reading.section, self.topic_index());
        if now == self.reading.shown || self.welcome().is_some() {
            return;
        }
        self.reading.shown = now;
        if let Some(t) = self.topic() {
            let id = format!("{}/{}", self.guide.id, t.id);
            self.count(crate::kiosk::counts::Count::Topic(id));
        }
    }

    /// What the window's rows are made from, beyond the window itself.
    pub(super) fn page_context<'a>(&'a self, window: &'a Window) -> pages::Context<'a> {
        static NOTHING_FOUND: std::sync::LazyLock<Results> =
            std::sync::LazyLock::new(Results::default);
        let guide = &self.guide;
        pages::Context {
            guide,
            kiosk: self.kiosk.is_some(),
            pin: match window {
                Window::Pin { digits, wrong } => (digits.as_str(), *wrong),
                _ => ("", false),
            },
            search: match window {
                Window::Search(b) => (b.query.as_str(), &b.results),
                _ => ("", &NOTHING_FOUND),
            },
            guides: match window {
                Window::Guides(p) => self.guide_list(p),
                _ => pages::GuideList::default(),
            },
            // Only the picker shows the choices; don't build them on every key press.
            choices: match window {
                Window::AddQuestion { .. } => self.question_choices(),
                Window::ConfirmQuit { .. } => self.quit_choices(),
                Window::Help => self
                    .touch_menu()
                    .into_iter()
                    .map(|(_, label)| label)
                    .collect(),
                _ => Vec::new(),
            },
            my_questions: &self.questions.list,
            unsaved: self.unsaved_count(),
            draft: match window {
                Window::WriteQuestion { draft, .. } => draft.as_str(),
                _ => "",
            },
            status: self.questions.status.as_deref(),
            steps: match *window {
                Window::Steps { figure, step } => self
                    .topic()
                    .and_then(|t| t.figures.get(figure))
                    .map(|f| (f, step)),
                _ => None,
            },
            quiz: match *window {
                Window::Quiz { sel, given, .. } => (sel, given),
                _ => (0, None),
            },
            keys: &self.laid.keys,
            help: match window {
                Window::Help => crate::keymap::help_rows_with(
                    self.kiosk.is_some().then_some(self.aloud.offered),
                    self.offers_guides(),
                    self.view.lang,
                ),
                _ => Vec::new(),
            },
        }
    }
}
