//! The app's state and the one place it changes: `App::update(Action)`. Knows the screen's size
//! (to page, clamp scrolling and hit-test clicks) but nothing of crossterm or drawing.

use std::collections::HashMap;

use crate::action::Action;
use crate::content::{Row, topic_rows};
use crate::guide::{Guide, Topic};
use crate::keymap;
use crate::layout::{Mode, Screen, contains, list_offset};
use crate::pages::{self, Overlay};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Sections,
    Topics,
    Reader,
}

/// Rows an overlay's mouse wheel or a reader wheel step scrolls.
const WHEEL_STEP: usize = 3;

pub struct App {
    pub guide: Guide,
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
    /// The current topic laid out for the reading pane's width: (section, topic, width).
    doc: Laid<(usize, usize, u16)>,
    /// The open overlay laid out for its width.
    overlay_doc: Laid<(Overlay, u16)>,
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
    pub fn new(guide: Guide, width: u16, height: u16) -> Self {
        let sections = guide.sections.len();
        let mut app = Self {
            guide,
            screen: Screen::new(width, height),
            section: 0,
            topic_sel: vec![0; sections],
            focus: Pane::Topics,
            scroll: HashMap::new(),
            overlay: Some(Overlay::About),
            overlay_scroll: 0,
            source_sel: 0,
            running: true,
            doc: Laid::new(),
            overlay_doc: Laid::new(),
        };
        if app.screen.mode != Mode::Wide {
            app.focus = Pane::Sections;
        }
        app.sync();
        app
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

    fn max_scroll(&self) -> usize {
        self.doc.rows.len().saturating_sub(self.page())
    }

    fn overlay_page(&self) -> usize {
        usize::from(crate::layout::overlay_text(self.screen.area).height).max(1)
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
        match action {
            Action::Resize(w, h) => self.screen = Screen::new(w, h),
            Action::QuitNow => self.running = false,
            _ if self.overlay.is_some() => self.overlay_action(action),
            Action::Quit => self.running = false,
            Action::Click(x, y) => self.click(x, y),
            Action::WheelUp(x, y) => self.wheel(x, y, false),
            Action::WheelDown(x, y) => self.wheel(x, y, true),
            _ => self.pane_action(action),
        }
        self.sync();
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
            Action::Help | Action::Sources | Action::About => {
                let wanted = match action {
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
                self.source_sel = if action == Action::Up {
                    self.source_sel.saturating_sub(1)
                } else {
                    (self.source_sel + 1).min(n.saturating_sub(1))
                };
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
            Action::Quit => self.running = false,
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

    fn overlay_click(&mut self, overlay: Overlay, x: u16, y: u16) {
        let frame = crate::layout::overlay(self.screen.area);
        let text = crate::layout::overlay_text(self.screen.area);
        if overlay == Overlay::About || !contains(frame, x, y) || y + 1 == frame.y + frame.height {
            self.close_overlay();
        } else if overlay == Overlay::Sources && contains(text, x, y) {
            let row = self.overlay_scroll + usize::from(y - text.y);
            if let Some(s) = self.overlay_doc.rows.get(row).and_then(Row::source) {
                self.source_sel = s;
            }
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
        let s = if down {
            (self.section + 1).min(n.saturating_sub(1))
        } else {
            self.section.saturating_sub(1)
        };
        self.select_section(s);
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

    fn click(&mut self, x: u16, y: u16) {
        let screen = self.screen;
        if screen.mode == Mode::TooSmall {
            return;
        }
        if let Some(action) = crate::layout::buttons(screen.keys, &keymap::footer_hints())
            .into_iter()
            .find(|(r, _)| contains(*r, x, y))
            .map(|(_, a)| a)
        {
            self.update_inner(action);
            return;
        }
        if contains(screen.nav, x, y) {
            if screen.mode == Mode::Wide {
                let labels = self.tab_labels();
                if let Some(i) = crate::layout::tabs(screen.nav, &labels, self.section)
                    .iter()
                    .position(|r| contains(*r, x, y))
                {
                    self.select_section(i);
                    self.focus = Pane::Topics;
                }
            } else if contains(crate::layout::back_button(screen.nav), x, y)
                && self.focus != Pane::Sections
            {
                self.pane_action(Action::Back);
            }
            return;
        }
        let pane = if screen.mode == Mode::Wide {
            if contains(screen.list, x, y) {
                Pane::Topics
            } else if contains(screen.reader, x, y) {
                Pane::Reader
            } else {
                return;
            }
        } else if contains(screen.list, x, y) {
            self.focus
        } else {
            return;
        };
        let rows = screen.list_rows();
        match pane {
            Pane::Sections | Pane::Topics => {
                self.focus = pane;
                if !contains(rows, x, y) {
                    return;
                }
                let (selected, len) = if pane == Pane::Sections {
                    (self.section, self.guide.sections.len())
                } else {
                    (self.topic_index(), self.topic_count())
                };
                let i = list_offset(selected, rows.height.into()) + usize::from(y - rows.y);
                if i >= len {
                    return;
                }
                if pane == Pane::Sections {
                    self.select_section(i);
                    self.focus = Pane::Topics;
                } else {
                    self.select_topic(i);
                    if screen.mode != Mode::Wide {
                        self.focus = Pane::Reader;
                    }
                }
            }
            Pane::Reader => {
                self.focus = Pane::Reader;
                let text = screen.reader_text();
                if contains(text, x, y) {
                    let row = self.scroll() + usize::from(y - text.y);
                    if let Some(s) = self
                        .doc
                        .rows
                        .get(row)
                        .and_then(|r| r.source_at(usize::from(x - text.x)))
                    {
                        self.open_overlay(Overlay::Sources);
                        self.source_sel = s;
                        self.reveal_source();
                    }
                }
            }
        }
    }

    fn wheel(&mut self, x: u16, y: u16, down: bool) {
        let screen = self.screen;
        let step = if down { 1 } else { -1 };
        if screen.mode == Mode::Wide && contains(screen.nav, x, y) {
            self.move_section(down);
        } else if screen.mode == Mode::Wide && contains(screen.reader, x, y)
            || screen.mode == Mode::Narrow
                && self.focus == Pane::Reader
                && contains(screen.reader, x, y)
        {
            let s = self.scroll();
            self.set_scroll(if down {
                s + WHEEL_STEP
            } else {
                s.saturating_sub(WHEEL_STEP)
            });
        } else if contains(screen.list, x, y) {
            if screen.mode == Mode::Narrow && self.focus == Pane::Sections {
                self.move_section(down);
            } else {
                self.move_topic(step);
            }
        }
    }

    /// The labels of the section tabs: "1 How it works".
    pub fn tab_labels(&self) -> Vec<String> {
        self.guide
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{} {}", i + 1, s.short_title))
            .collect()
    }

    /// Brings the laid-out rows up to date with the selection and the screen size.
    fn sync(&mut self) {
        let width = self.screen.reader_text().width;
        let (section, topic) = (self.section, self.topic_index());
        let guide = &self.guide;
        self.doc.refresh(Some((section, topic, width)), || {
            guide
                .sections
                .get(section)
                .and_then(|s| s.topics.get(topic))
                .map_or_else(Vec::new, |t| topic_rows(guide, t, width.into()))
        });
        let width = crate::layout::overlay_text(self.screen.area).width;
        let overlay = self.overlay;
        self.overlay_doc.refresh(overlay.map(|o| (o, width)), || {
            overlay.map_or_else(Vec::new, |o| pages::rows(o, guide, width.into()))
        });
        self.overlay_scroll = self.overlay_scroll.min(self.overlay_max_scroll());
    }
}
