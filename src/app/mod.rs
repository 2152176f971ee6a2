//! The app's state and the one place it changes: `App::update(Action)`. Knows the screen's size
//! (to page, clamp scrolling and hit-test clicks) but nothing of crossterm or drawing.

mod finding;
mod kiosk;
mod pointer;
mod questions;
mod quiz;
mod reading;
mod steps;

use std::collections::HashMap;

use crate::action::Action;
use crate::content::topic_rows;
use crate::doc::{Link, Look, Row};
use crate::guide::{Guide, Topic};
use crate::keymap;
use crate::kiosk::pin;
use crate::layout::{self, Mode, Screen, contains, list_offset};
use crate::pages::{self, Overlay};
use crate::search::{self, Index, Results};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Sections,
    Topics,
    Reader,
}

/// A selection moved one place up (`down` false) or down a list of `len` items, staying in it.
pub(crate) fn step(sel: usize, down: bool, len: usize) -> usize {
    if down {
        (sel + 1).min(len.saturating_sub(1))
    } else {
        sel.saturating_sub(1).min(len.saturating_sub(1))
    }
}

/// Rows an overlay's mouse wheel or a reader wheel step scrolls.
const WHEEL_STEP: usize = 3;

/// How the screen looks; the patient can change size and contrast, staff set the defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct View {
    /// The large layout: more padding, spaced lines, shorter lines, big buttons.
    pub large: bool,
    pub high_contrast: bool,
    /// Borders, markers and text in ASCII only (the Linux console).
    pub ascii: bool,
}

/// What kiosk mode adds: no way out without the staff PIN.
#[derive(Debug, Clone, Default)]
pub struct Kiosk {
    /// The PIN's salted hash; without it the kiosk cannot be left from the keyboard.
    pub pin_hash: Option<String>,
    /// Wrong PINs and the lock they earned, shared with every later run (idle resets and
    /// restarts keep it).
    pub guard: std::sync::Arc<std::sync::Mutex<pin::Guard>>,
}

/// Search words highlighted in one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Find {
    pub section: usize,
    pub topic: usize,
    pub words: Vec<String>,
    pub current: usize,
}

/// The longest question a patient can write.
const MAX_QUESTION: usize = 200;

/// The longest search query, in characters: more is a paste, not a question, and searching for
/// it would take seconds.
pub const MAX_QUERY: usize = 100;

/// The longest PIN that can be typed.
const MAX_PIN: usize = pin::MAX_DIGITS;
/// Wrong PINs allowed in a row before the staff exit locks (for a minute, then longer).
pub const MAX_PIN_TRIES: u32 = pin::TRIES_BEFORE_LOCK;

pub struct App {
    /// Every loaded guide: the kiosk's welcome screen offers them all.
    library: Vec<Guide>,
    /// The guide being read, and its place in the library.
    pub guide: Guide,
    guide_index: usize,
    /// Search over the whole library; what is typed, what it found, and the highlighted result.
    /// Built on the first search, so start-up does not pay for it.
    index: Option<Index>,
    pub query: String,
    /// The query changed since the results were found (typing in a batch searches once).
    search_stale: bool,
    /// Actions are being applied as one batch (`update_all`): work that only the last one
    /// needs, such as searching, waits for the end.
    batch: bool,
    pub results: Results,
    pub result_sel: usize,
    /// After opening a search result: the words to highlight in that topic, and which match is
    /// the current one.
    pub find: Option<Find>,
    /// Topics visited by following links, for going back and forward: (section, topic).
    back: Vec<(usize, usize)>,
    forward: Vec<(usize, usize)>,
    /// The link chosen with `f` in the current topic: (section, topic, row, column).
    pub link_cursor: Option<(usize, usize, usize, usize)>,
    /// The glossary term last explained with `d`: (section, topic, row, column).
    term_cursor: Option<(usize, usize, usize, usize)>,
    /// "My questions": the list, the selected question, the selected choice when adding, the
    /// question being written, and the last message.
    pub my_questions: Vec<String>,
    pub question_sel: usize,
    pub pick_sel: usize,
    pub draft: String,
    pub status: Option<String>,
    /// The patient asked to save the list; the terminal loop does the writing.
    pub save_requested: bool,
    pub view: View,
    /// The view staff chose, restored at each kiosk reset.
    default_view: View,
    pub kiosk: Option<Kiosk>,
    /// Kiosk: the welcome screen is showing.
    pub welcome: bool,
    /// Kiosk: the guide picked on the welcome screen.
    pub welcome_sel: usize,
    /// The step shown while going through a steps figure.
    pub step: usize,
    /// Check yourself: the highlighted choice, and the answer given to the open question.
    pub quiz_sel: usize,
    pub quiz_given: Option<usize>,
    /// Kiosk: the digits of the staff PIN typed so far, and whether the last try was wrong.
    pub pin: String,
    pub pin_wrong: bool,
    /// Kiosk: lines for the kiosk's log (a wrong PIN, a lock), taken by the terminal loop.
    /// Never the digits.
    pub log_lines: Vec<String>,
    /// Kiosk: seconds left before an idle reset, while the "Still reading?" warning shows.
    pub countdown: Option<u64>,
    pub screen: Screen,
    pub section: usize,
    /// The selected topic of each section, so coming back to a section finds your place.
    topic_sel: Vec<usize>,
    pub focus: Pane,
    /// Each topic's own scroll position, by (section, topic).
    scroll: HashMap<(usize, usize), usize>,
    pub overlay: Option<Overlay>,
    pub overlay_scroll: usize,
    /// The highlighted source in the sources overlay.
    pub source_sel: usize,
    pub running: bool,
    /// The current topic laid out for the reading pane: (section, topic, width, look).
    doc: Laid<(usize, usize, u16, Look)>,
    /// The open overlay laid out: (overlay, width, look, PIN digits, PIN wrong).
    overlay_doc: Laid<(Overlay, u16, Look, usize, bool)>,
}

/// Rows laid out for a key (what, at which width), rebuilt only when the key changes.
struct Laid<K> {
    key: Option<K>,
    rows: Vec<Row>,
}

impl<K: PartialEq> Laid<K> {
    fn new() -> Self {
        Self {
            key: None,
            rows: Vec::new(),
        }
    }

    fn refresh(&mut self, key: Option<K>, build: impl FnOnce() -> Vec<Row>) {
        if self.key != key {
            self.rows = build();
            self.key = key;
        }
    }
}

impl App {
    /// The app on one guide, as a desktop user starts it: the About window first.
    pub fn new(guide: Guide, width: u16, height: u16) -> Self {
        Self::with(vec![guide], 0, width, height, View::default(), None)
    }

    /// The app on a library of guides, opened at `start`. In kiosk mode it begins at the welcome
    /// screen; otherwise at the About window.
    pub fn with(
        library: Vec<Guide>,
        start: usize,
        width: u16,
        height: u16,
        view: View,
        kiosk: Option<Kiosk>,
    ) -> Self {
        let start = start.min(library.len().saturating_sub(1));
        let guide = library[start].clone();
        let in_kiosk = kiosk.is_some();
        let mut app = Self {
            library,
            screen: Screen::new(width, height, layout::Options::default()),
            section: 0,
            topic_sel: Vec::new(),
            focus: Pane::Topics,
            scroll: HashMap::new(),
            overlay: None,
            overlay_scroll: 0,
            source_sel: 0,
            step: 0,
            quiz_sel: 0,
            quiz_given: None,
            running: true,
            doc: Laid::new(),
            overlay_doc: Laid::new(),
            guide,
            guide_index: start,
            index: None,
            query: String::new(),
            search_stale: false,
            batch: false,
            results: Results::default(),
            result_sel: 0,
            find: None,
            term_cursor: None,
            back: Vec::new(),
            forward: Vec::new(),
            link_cursor: None,
            my_questions: Vec::new(),
            question_sel: 0,
            pick_sel: 0,
            draft: String::new(),
            status: None,
            save_requested: false,
            view,
            default_view: view,
            kiosk,
            welcome: in_kiosk,
            welcome_sel: start,
            pin: String::new(),
            pin_wrong: false,
            log_lines: Vec::new(),
            countdown: None,
        };
        app.resize(width, height);
        app.open_guide(start);
        // A desktop user first sees what the guide is and the disclaimer; a kiosk has its
        // welcome screen for that.
        if !in_kiosk {
            app.overlay = Some(Overlay::About);
        }
        app.sync();
        app
    }

    /// The guides on offer (the welcome screen's list).
    pub fn library(&self) -> &[Guide] {
        &self.library
    }

    /// Starts reading guide `index` from its beginning.
    fn open_guide(&mut self, index: usize) {
        if let Some(g) = self.library.get(index) {
            self.guide = g.clone();
            self.guide_index = index;
        }
        self.find = None;
        self.section = 0;
        self.topic_sel = vec![0; self.guide.sections.len()];
        self.scroll.clear();
        self.back.clear();
        self.forward.clear();
        self.go_home();
        // The most important information comes first, before anything else is read.
        if let Some((section, topic)) = self.guide.key_facts {
            self.go_to(section, topic);
        }
    }

    /// The start of the guide: first section, first topic, nothing open.
    fn go_home(&mut self) {
        self.section = 0;
        self.topic_sel.iter_mut().for_each(|t| *t = 0);
        self.focus = if self.screen.mode == Mode::Wide {
            Pane::Topics
        } else {
            Pane::Sections
        };
        self.overlay = None;
    }

    /// Kiosk idle reset: everything the last patient did is forgotten; the welcome screen shows.
    fn reset(&mut self) {
        let area = self.screen.area;
        let library = std::mem::take(&mut self.library);
        *self = Self::with(
            library,
            0,
            area.width,
            area.height,
            self.default_view,
            self.kiosk.take(),
        );
    }

    fn resize(&mut self, width: u16, height: u16) {
        let options = layout::Options {
            kiosk: self.kiosk.is_some(),
            large: self.view.large,
        };
        self.screen = Screen::new(width, height, options);
    }

    /// How text is laid out for the current view.
    pub fn look(&self) -> Look {
        Look {
            ascii: self.view.ascii,
            spacious: self.view.large,
        }
    }

    fn quit(&mut self) {
        if self.kiosk.is_none() {
            self.running = false;
        }
    }

    pub fn topic_index(&self) -> usize {
        self.topic_sel.get(self.section).copied().unwrap_or(0)
    }

    pub fn topic(&self) -> Option<&Topic> {
        self.guide
            .sections
            .get(self.section)?
            .topics
            .get(self.topic_index())
    }

    fn topic_count(&self) -> usize {
        self.guide
            .sections
            .get(self.section)
            .map_or(0, |s| s.topics.len())
    }

    /// The current topic's rows, laid out for the reading pane.
    pub fn rows(&self) -> &[Row] {
        &self.doc.rows
    }

    pub fn overlay_rows(&self) -> &[Row] {
        &self.overlay_doc.rows
    }

    /// The first row of the current topic shown in the reading pane.
    pub fn scroll(&self) -> usize {
        let s = self
            .scroll
            .get(&(self.section, self.topic_index()))
            .copied()
            .unwrap_or(0);
        s.min(self.max_scroll())
    }

    /// How many rows of a list show at once.
    fn list_page(&self) -> isize {
        (self.screen.list_rows().height as isize).max(1)
    }

    fn page(&self) -> usize {
        usize::from(self.screen.reader_text().height).max(1)
    }

    pub fn max_scroll(&self) -> usize {
        self.doc.rows.len().saturating_sub(self.page())
    }

    fn overlay_page(&self) -> usize {
        usize::from(layout::overlay_text(self.screen.area).height).max(1)
    }

    pub fn overlay_max_scroll(&self) -> usize {
        self.overlay_doc
            .rows
            .len()
            .saturating_sub(self.overlay_page())
    }

    pub fn is_wide(&self) -> bool {
        self.screen.mode == Mode::Wide
    }

    pub fn update(&mut self, action: Action) {
        let idle = matches!(action, Action::IdleWarning(_) | Action::IdleReset);
        match action {
            Action::Resize(w, h) => self.resize(w, h),
            // Any input during the idle countdown only cancels it; but a digit of the staff PIN
            // is also taken, so the PIN is not cut short.
            _ if self.countdown.is_some() && !idle => {
                self.countdown = None;
                if self.overlay == Some(Overlay::Pin) {
                    self.pin_action(action);
                }
            }
            Action::IdleWarning(left) if !self.welcome => self.countdown = Some(left),
            Action::IdleReset if !self.welcome => self.reset(),
            Action::IdleWarning(_) | Action::IdleReset => {}
            Action::QuitNow => self.quit(),
            Action::TextSize => {
                self.view.large = !self.view.large;
                let area = self.screen.area;
                self.resize(area.width, area.height);
            }
            Action::Contrast => self.view.high_contrast = !self.view.high_contrast,
            Action::StaffExit => {
                let has_pin = self.kiosk.as_ref().is_some_and(|k| k.pin_hash.is_some());
                if has_pin && self.pin_locked_for().is_none() {
                    self.pin.clear();
                    self.pin_wrong = false;
                    // Whatever was open (the idle warning too) gives way to the PIN.
                    self.countdown = None;
                    self.overlay = Some(Overlay::Pin);
                }
            }
            _ if self.overlay == Some(Overlay::Pin) => self.pin_action(action),
            // Help and the key facts are one key or one tap away from every screen.
            Action::GetHelp | Action::KeyFacts => self.urgent_page(action),
            Action::Click(x, y) if self.urgent_button(x, y).is_some() => {
                let button = self.urgent_button(x, y).unwrap_or(Action::GetHelp);
                self.urgent_page(button)
            }
            _ if self.overlay == Some(Overlay::Search) => self.search_action(action),
            _ if self.overlay == Some(Overlay::AddQuestion) => self.pick_action(action),
            _ if self.overlay == Some(Overlay::MyQuestions) => self.questions_action(action),
            _ if self.overlay == Some(Overlay::WriteQuestion) => self.write_action(action),
            _ if matches!(self.overlay, Some(Overlay::Steps(_))) => self.steps_action(action),
            _ if matches!(self.overlay, Some(Overlay::Quiz(_))) => self.quiz_action(action),
            _ if self.welcome => self.welcome_action(action),
            _ if self.overlay.is_some() => self.overlay_action(action),
            Action::Quit => self.quit(),
            Action::Home => self.go_home(),
            Action::Click(x, y) => self.click(x, y),
            Action::WheelUp(x, y) => self.wheel(x, y, false),
            Action::WheelDown(x, y) => self.wheel(x, y, true),
            _ => self.pane_action(action),
        }
        // In a batch, typed characters need no layout until the batch ends.
        if !(self.batch && matches!(action, Action::TypeChar(_) | Action::TypeErase)) {
            self.sync();
        }
    }

    /// Runs `f`, which applies actions that arrived together (keys queued while a frame was
    /// drawn, a paste), as one batch: each action is its own `update`, but a search runs once,
    /// for the last query, at the end (or when a key in the batch needs the results).
    pub fn in_batch<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.batch = true;
        let out = f(self);
        self.batch = false;
        if self.search_stale && self.overlay == Some(Overlay::Search) {
            self.run_search();
            self.reveal_result();
        }
        self.sync();
        out
    }

    /// Which keys apply now: typing in a text box, the staff PIN, My questions, or reading.
    pub fn input_mode(&self) -> crate::action::InputMode {
        use crate::action::InputMode;
        match self.overlay {
            Some(Overlay::Pin) => InputMode::Pin,
            Some(Overlay::Search | Overlay::WriteQuestion) => InputMode::Typing,
            Some(Overlay::MyQuestions) => InputMode::MyQuestions,
            _ => InputMode::Reading,
        }
    }

    /// Applies these actions as one batch (see `in_batch`).
    pub fn update_all(&mut self, actions: impl IntoIterator<Item = Action>) {
        self.in_batch(|app| actions.into_iter().for_each(|a| app.update(a)));
    }

    fn open_overlay(&mut self, overlay: Overlay) {
        self.overlay = Some(overlay);
        self.overlay_scroll = 0;
        if overlay == Overlay::Sources {
            self.source_sel = self
                .topic()
                .and_then(|t| t.citations.first())
                .map_or(0, |c| c.source);
        }
        if overlay == Overlay::Search {
            // Built when the search box opens, so no keystroke waits for it.
            self.search_index();
        }
    }

    fn close_overlay(&mut self) {
        self.overlay = None;
        self.overlay_scroll = 0;
    }

    fn overlay_action(&mut self, action: Action) {
        let Some(overlay) = self.overlay else { return };
        let max = self.overlay_max_scroll();
        let page = self.overlay_page();
        match action {
            Action::Back | Action::Enter => self.close_overlay(),
            // q closes help or sources; on the welcome window it quits, like any key that
            // gives way to the app.
            Action::Quit if overlay != Overlay::About => self.close_overlay(),
            Action::Help | Action::Sources | Action::About | Action::Search => {
                let wanted = match action {
                    Action::Search => Overlay::Search,
                    Action::Help => Overlay::Help,
                    Action::Sources => Overlay::Sources,
                    _ => Overlay::About,
                };
                if wanted == overlay {
                    self.close_overlay();
                } else {
                    self.open_overlay(wanted);
                }
            }
            Action::Up | Action::Down if overlay == Overlay::Sources => {
                let n = self.guide.sources.len();
                self.source_sel = step(self.source_sel, action == Action::Down, n);
                self.reveal_source();
            }
            Action::Up => self.overlay_scroll = self.overlay_scroll.saturating_sub(1),
            Action::Down => self.overlay_scroll = (self.overlay_scroll + 1).min(max),
            Action::PageUp => self.overlay_scroll = self.overlay_scroll.saturating_sub(page),
            Action::PageDown => self.overlay_scroll = (self.overlay_scroll + page).min(max),
            Action::Top => self.overlay_scroll = 0,
            Action::Bottom => self.overlay_scroll = max,
            Action::WheelUp(..) => {
                self.overlay_scroll = self.overlay_scroll.saturating_sub(WHEEL_STEP)
            }
            Action::WheelDown(..) => {
                self.overlay_scroll = (self.overlay_scroll + WHEEL_STEP).min(max)
            }
            Action::Click(x, y) => self.overlay_click(overlay, x, y),
            // The welcome window gives way to whatever the patient does first.
            other if overlay == Overlay::About => {
                self.close_overlay();
                self.update_inner(other);
            }
            _ => {}
        }
    }

    fn update_inner(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit(),
            Action::Home => self.go_home(),
            _ => self.pane_action(action),
        }
    }

    fn reveal_source(&mut self) {
        self.sync();
        if let Some(row) = pages::source_row(&self.overlay_doc.rows, self.source_sel) {
            let page = self.overlay_page();
            if row < self.overlay_scroll {
                self.overlay_scroll = row;
            } else if row + 3 > self.overlay_scroll + page {
                self.overlay_scroll = (row + 3).saturating_sub(page);
            }
            self.overlay_scroll = self.overlay_scroll.min(self.overlay_max_scroll());
        }
    }

    fn select_section(&mut self, index: usize) {
        if index < self.guide.sections.len() {
            self.section = index;
        }
    }

    fn select_topic(&mut self, index: usize) {
        let n = self.topic_count();
        if let Some(sel) = self.topic_sel.get_mut(self.section) {
            *sel = index.min(n.saturating_sub(1));
        }
    }

    fn set_scroll(&mut self, value: usize) {
        let v = value.min(self.max_scroll());
        self.scroll.insert((self.section, self.topic_index()), v);
    }

    fn move_section(&mut self, down: bool) {
        let n = self.guide.sections.len();
        self.select_section(step(self.section, down, n));
    }

    fn move_topic(&mut self, by: isize) {
        let t = self.topic_index().saturating_add_signed(by);
        self.select_topic(t);
    }

    fn pane_action(&mut self, action: Action) {
        let wide = self.is_wide();
        let page = self.page();
        match (self.focus, action) {
            (_, Action::Help) => self.open_overlay(Overlay::Help),
            (_, Action::Search) => {
                self.query.clear();
                self.results = Results::default();
                self.open_overlay(Overlay::Search);
            }
            (_, Action::AddQuestion) => {
                self.pick_sel = 0;
                self.status = None;
                self.open_overlay(Overlay::AddQuestion);
            }
            (_, Action::MyQuestions) => {
                self.question_sel = 0;
                self.open_overlay(Overlay::MyQuestions);
            }
            (_, Action::Define(forward)) => self.define(forward),
            (_, Action::Steps) => {
                let first = self.topic().and_then(|t| {
                    t.figures
                        .iter()
                        .position(|f| matches!(f.chart, crate::guide::Chart::Steps(_)))
                });
                // A topic without steps has nothing to go through; the key does nothing there.
                if let Some(f) = first {
                    self.open_steps(f);
                }
            }
            (_, Action::NextLink) => self.next_link(),
            (_, Action::CheckYourself) => self.open_quiz(0),
            (_, Action::HistoryBack) if !self.back.is_empty() => self.history(true),
            (_, Action::HistoryBack) => self.pane_action(Action::Back),
            (_, Action::HistoryForward) => self.history(false),
            (Pane::Reader, Action::Enter) => {
                if let Some(&(_, _, section, topic)) = self.chosen_link().as_ref() {
                    self.follow(section, topic);
                }
            }
            (_, Action::NextMatch) => self.step_match(true),
            (_, Action::PrevMatch) => self.step_match(false),
            (_, Action::Back) if self.find.is_some() => self.find = None,
            (_, Action::Sources) => self.open_overlay(Overlay::Sources),
            (_, Action::About) => self.open_overlay(Overlay::About),
            (_, Action::Section(n)) if n < self.guide.sections.len() => {
                self.select_section(n);
                self.focus = Pane::Topics;
            }
            (_, Action::NextPane) => {
                self.focus = match self.focus {
                    Pane::Sections => Pane::Topics,
                    Pane::Topics => Pane::Reader,
                    Pane::Reader => Pane::Sections,
                }
            }
            (_, Action::PrevPane) => {
                self.focus = match self.focus {
                    Pane::Sections => Pane::Reader,
                    Pane::Topics => Pane::Sections,
                    Pane::Reader => Pane::Topics,
                }
            }
            (Pane::Sections, Action::Left) if wide => self.move_section(false),
            (Pane::Sections, Action::Right) if wide => self.move_section(true),
            (Pane::Sections, Action::Up) if !wide => self.move_section(false),
            (Pane::Sections, Action::Down) if !wide => self.move_section(true),
            (Pane::Sections, Action::Down | Action::Enter | Action::Right) => {
                self.focus = Pane::Topics
            }
            (Pane::Sections, Action::PageUp | Action::Top) => self.select_section(0),
            (Pane::Sections, Action::PageDown | Action::Bottom) => {
                self.select_section(self.guide.sections.len().saturating_sub(1))
            }
            (Pane::Topics, Action::Up) => self.move_topic(-1),
            (Pane::Topics, Action::Down) => self.move_topic(1),
            (Pane::Topics, Action::PageUp) => self.move_topic(-self.list_page()),
            (Pane::Topics, Action::PageDown) => self.move_topic(self.list_page()),
            (Pane::Topics, Action::Top) => self.select_topic(0),
            (Pane::Topics, Action::Bottom) => self.select_topic(usize::MAX),
            (Pane::Topics, Action::Enter | Action::Right) => self.focus = Pane::Reader,
            (Pane::Topics, Action::Back | Action::Left) => self.focus = Pane::Sections,
            (Pane::Reader, Action::Up) => self.set_scroll(self.scroll().saturating_sub(1)),
            (Pane::Reader, Action::Down) => self.set_scroll(self.scroll() + 1),
            (Pane::Reader, Action::PageUp) => {
                self.set_scroll(self.scroll().saturating_sub(page.saturating_sub(1).max(1)))
            }
            (Pane::Reader, Action::PageDown) => {
                self.set_scroll(self.scroll() + page.saturating_sub(1).max(1))
            }
            (Pane::Reader, Action::Top) => self.set_scroll(0),
            (Pane::Reader, Action::Bottom) => self.set_scroll(usize::MAX),
            (Pane::Reader, Action::Back | Action::Left) => self.focus = Pane::Topics,
            _ => {}
        }
    }

    /// Opens the guide's key facts or get-help page from anywhere: over any window, and from
    /// the kiosk's welcome screen (which then opens the chosen guide).
    fn urgent_page(&mut self, action: Action) {
        if self.welcome {
            self.start_reading();
        }
        let page = if action == Action::GetHelp {
            self.guide.get_help
        } else {
            self.guide.key_facts
        };
        self.open_page(page);
    }

    /// The labels of the section tabs: "1 How it works" (ASCII only when the view asks).
    pub fn tab_labels(&self) -> Vec<String> {
        self.guide
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let label = format!("{} {}", i + 1, s.short_title);
                if self.view.ascii {
                    crate::text::ascii_text(&label)
                } else {
                    label
                }
            })
            .collect()
    }

    /// Brings the laid-out rows up to date with the selection and the screen size.
    fn sync(&mut self) {
        let look = self.look();
        let width = self.screen.reader_text().width;
        let (section, topic) = (self.section, self.topic_index());
        let guide = &self.guide;
        self.doc.refresh(Some((section, topic, width, look)), || {
            guide
                .sections
                .get(section)
                .and_then(|s| s.topics.get(topic))
                .map_or_else(Vec::new, |t| topic_rows(guide, t, width.into(), look))
        });
        let width = layout::overlay_text(self.screen.area).width;
        let overlay = self.overlay;
        // Only the picker shows the choices; don't build them on every key press.
        let choices = if overlay == Some(Overlay::AddQuestion) {
            self.question_choices()
        } else {
            Vec::new()
        };
        let cx = pages::Context {
            guide,
            kiosk: self.kiosk.is_some(),
            pin: (&self.pin, self.pin_wrong),
            search: (&self.query, &self.results),
            choices: &choices,
            my_questions: &self.my_questions,
            draft: &self.draft,
            status: self.status.as_deref(),
            steps: match overlay {
                Some(Overlay::Steps(f)) => guide
                    .sections
                    .get(section)
                    .and_then(|s| s.topics.get(topic))
                    .and_then(|t| t.figures.get(f))
                    .map(|f| (f, self.step)),
                _ => None,
            },
            quiz: (self.quiz_sel, self.quiz_given),
        };
        // These windows change with every key typed; they are small, so they are simply rebuilt.
        if matches!(
            overlay,
            Some(
                Overlay::Search
                    | Overlay::MyQuestions
                    | Overlay::WriteQuestion
                    | Overlay::AddQuestion
                    | Overlay::Steps(_)
                    | Overlay::Quiz(_)
            )
        ) {
            self.overlay_doc.key = None;
        }
        let key = overlay.map(|o| (o, width, look, self.pin.len(), self.pin_wrong));
        self.overlay_doc.refresh(key, || {
            overlay.map_or_else(Vec::new, |o| pages::rows(o, &cx, width.into(), look))
        });
        self.overlay_scroll = self.overlay_scroll.min(self.overlay_max_scroll());
    }
}
