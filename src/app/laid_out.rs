//! What is laid out from the state, at most once per update: the topic's rows and links, the
//! search matches in them, the open window's rows; each made again only when what it depends on
//! changed, and the topic's and the window's only when they are read (what nothing shows is
//! never laid out).

use super::{
    App, Link, Results, Reveal, Row, View, Window, finding, layout, pages, reading, topic_rows,
};
use crate::app::{PinPad, QuestionDraft, QuizQuestion, StepByStep};

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
    /// Brings what is laid out up to date with the state, once per update: drops the topic's
    /// rows and links and the open window's rows when what they depend on changed (they are laid
    /// out again when read), finds the search matches, and scrolls what was asked for into view.
    pub(super) fn sync(&mut self) {
        let look = self.look.view;
        let width = self.look.screen.reader_text().width;
        let (section, topic) = (self.reading.section, self.topic_index());
        let key = (self.reading.guide_index, section, topic, width, look);
        // Laid out when first read (`topic_layout`): a topic that nothing shows or asks about
        // (behind a window that covers it) is not laid out at all.
        self.laid.topic.refresh(Some(key), std::cell::OnceCell::new);
        let words = self
            .reading
            .find
            .as_ref()
            .filter(|f| (f.section, f.topic) == (section, topic))
            .map(|f| f.words.clone());
        let key = words.map(|w| (key, w));
        if self.laid.matches.key != key {
            let value = match &key {
                Some((_, words)) => finding::matches_in(self.rows(), words),
                None => Vec::new(),
            };
            self.laid.matches = Cached { key, value };
        }
        if self
            .windows
            .open
            .as_ref()
            .is_some_and(Window::changes_with_keys)
        {
            self.laid.window.key = None;
        }
        // The height too: My questions shows its QR code only where it can be seen whole.
        let text = layout::window_text_area(self.look.screen.windows());
        let key = self
            .window_kind()
            .map(|o| (o, self.reading.guide_index, (text.width, text.height), look));
        // Laid out when first read (`window_layout`), as the topic is.
        self.laid.window.refresh(key, std::cell::OnceCell::new);
        match self.laid.reveal.take() {
            Some(Reveal::Source) => self.reveal_source(),
            Some(Reveal::Result) => self.reveal_result(),
            Some(Reveal::Match) => self.show_match(),
            None => {}
        }
        // (A window at its top needs no limit: nothing is laid out to find one.)
        if self.windows.scroll > 0 {
            self.windows.scroll = self.windows.scroll.min(self.window_max_scroll());
        }
        self.stop_reading_if_gone();
        self.count_topic();
        // Recorded when first asked for (`targets`): a state that is changed again before it
        // is drawn (as when the app starts on the guides window) is never recorded.
        self.laid.targets = std::cell::OnceCell::new();
    }

    /// The current topic laid out, as `sync` last keyed it: laid out the first time it is read.
    pub(super) fn topic_layout(&self) -> &TopicLayout {
        self.laid.topic.value.get_or_init(|| {
            let Some((_, section, topic, width, look)) = self.laid.topic.key else {
                return TopicLayout::default();
            };
            let guide = &self.reading.guide;
            let rows = guide
                .sections
                .get(section)
                .and_then(|s| s.topics.get(topic))
                .map_or_else(Vec::new, |t| {
                    topic_rows(guide, t, width.into(), look, &self.laid.keys)
                });
            let links = reading::links_in(&rows);
            TopicLayout { rows, links }
        })
    }

    /// The open window laid out, as `sync` last keyed it: laid out the first time it is read.
    pub(super) fn window_layout(&self) -> &[Row] {
        self.laid.window.value.get_or_init(|| {
            let (Some(window), Some((_, _, (width, height), look))) =
                (&self.windows.open, self.laid.window.key)
            else {
                return Vec::new();
            };
            pages::rows(
                window.kind(),
                &self.page_context(window, height.into()),
                width.into(),
                look,
            )
        })
    }

    /// Counts the topic shown when the patient turned to another one (the welcome screen shows
    /// none). A kiosk that keeps counts adds it; nothing links it to the patient.
    fn count_topic(&mut self) {
        let now = (
            self.reading.guide_index,
            self.reading.section,
            self.topic_index(),
        );
        if now == self.reading.shown || self.welcome().is_some() {
            return;
        }
        self.reading.shown = now;
        if let Some(t) = self.topic() {
            let id = format!("{}/{}", self.reading.guide.id, t.id);
            self.count(crate::kiosk::counts::Count::Topic(id));
        }
    }

    /// What the window's rows are made from, beyond the window itself.
    pub(super) fn page_context<'a>(
        &'a self,
        window: &'a Window,
        room: usize,
    ) -> pages::Context<'a> {
        static NOTHING_FOUND: std::sync::LazyLock<Results> =
            std::sync::LazyLock::new(Results::default);
        let guide = &self.reading.guide;
        pages::Context {
            guide,
            kiosk: self.kiosk.is_some(),
            room,
            pin: match window {
                Window::Pin(PinPad { digits, wrong }) => (digits.as_str(), *wrong),
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
                Window::AddQuestion(_) => self.question_choices(),
                Window::ConfirmQuit(_) => self.quit_choices(),
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
                Window::WriteQuestion(QuestionDraft { draft, .. }) => draft.as_str(),
                _ => "",
            },
            status: self.questions.status.as_deref(),
            steps: match *window {
                Window::Steps(StepByStep { figure, step }) => self
                    .topic()
                    .and_then(|t| t.figures.get(figure))
                    .map(|f| (f, step)),
                _ => None,
            },
            quiz: match *window {
                Window::Quiz(QuizQuestion { sel, given, .. }) => (sel, given),
                _ => (0, None),
            },
            keys: &self.laid.keys,
            help: match window {
                Window::Help => crate::keymap::help_rows_with(
                    self.kiosk.is_some().then_some(self.aloud.offered),
                    self.offers_guides(),
                    self.look.view.lang,
                ),
                _ => Vec::new(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Action;
    use crate::app::targets;

    fn fixture_at(width: u16, height: u16) -> App {
        let text = include_str!("../../tests/fixtures/ui.toml");
        let guide = crate::guide::validate::parse_guide("ui.toml", text).expect("the fixture");
        App::with(vec![guide], 0, width, height, View::default(), None)
    }

    /// The topic as the reading pane would lay it out now, made afresh.
    fn laid_afresh(app: &App) -> Vec<Row> {
        let topic = app.topic().expect("a topic");
        let width = app.look.screen.reader_text().width.into();
        topic_rows(
            &app.reading.guide,
            topic,
            width,
            app.look.view,
            &app.laid.keys,
        )
    }

    #[test]
    fn a_topic_is_laid_out_when_first_read_and_again_after_it_changes() {
        // On a small screen the guides window covers the lists and the text: nothing reads the
        // topic behind it, and it is not laid out.
        let mut app = fixture_at(80, 24).choosing_first();
        assert!(app.laid.topic.value.get().is_none());
        // Nor when the record of the screen is made with a list in front, one pane at a time
        // (as a library starts): the list and the guides window show, not the text, and
        // drawing reads the record (the reading pane, not drawn, reads nothing).
        let mut listed = fixture_at(80, 24).choosing_first();
        listed.reading.focus = crate::app::Pane::Topics;
        let _ = listed.targets();
        assert!(
            listed.laid.topic.value.get().is_none(),
            "the record laid it out"
        );
        // Read, it is the topic as laid out now, with its links.
        assert!(!app.rows().is_empty());
        assert_eq!(app.rows(), laid_afresh(&app));
        assert_eq!(
            app.topic_layout().links,
            reading::links_in(&laid_afresh(&app))
        );
        // Another topic, another width: laid out again when read, never the old rows.
        let _ = app.update(Action::CloseWindow);
        let first = app.rows().to_vec();
        let _ = app.update(Action::PickTopic(1));
        assert_ne!(app.rows(), first);
        assert_eq!(app.rows(), laid_afresh(&app));
        let _ = app.tell(crate::action::Message::Resize(120, 40));
        assert_eq!(app.rows(), laid_afresh(&app));
    }

    #[test]
    fn a_window_and_the_targets_are_laid_out_when_first_read() {
        let mut app = fixture_at(80, 24);
        assert!(app.laid.window.value.get().is_none());
        assert!(app.laid.targets.get().is_none());
        // The targets read the window's rows (a tap on an item picks it).
        assert_ne!(*app.targets(), targets::Targets::default());
        assert!(app.laid.window.value.get().is_some());
        // Another window: its own rows and targets, never the last ones.
        let about = app.window_rows().to_vec();
        let _ = app.update_all([Action::CloseWindow, Action::Help]);
        assert!(app.laid.targets.get().is_none());
        let window = app.windows.open.as_ref().expect("the help window");
        let text = layout::window_text_area(app.look.screen.windows());
        let afresh = pages::rows(
            window.kind(),
            &app.page_context(window, text.height.into()),
            text.width.into(),
            app.look.view,
        );
        assert_ne!(app.window_rows(), about);
        assert_eq!(app.window_rows(), afresh);
        assert_eq!(*app.targets(), targets::record(&app, app.look.screen));
    }
}
