//! What the app shows, asked without changing it: the open window, the topic and its rows, the
//! scroll and its limits, the kiosk's state, the input mode. Drawing, hit-testing, the
//! screen-reader mode and the shell read the app through these.

use super::{
    App, Arc, Guide, InputMode, KeyNames, Kiosk, Mode, Row, Topic, Window, WindowKind, layout,
};

impl App {
    /// The open window and its state.
    pub fn window(&self) -> Option<&Window> {
        self.windows.open.as_ref()
    }

    /// Which window is open, if any.
    pub fn window_kind(&self) -> Option<WindowKind> {
        self.windows.open.as_ref().map(Window::kind)
    }

    pub fn speech_on(&self) -> bool {
        self.aloud.offered
    }

    /// Whether something is being read aloud.
    pub fn reading_aloud(&self) -> bool {
        self.aloud.now.is_some()
    }

    /// The kiosk's settings, in kiosk mode.
    pub fn kiosk_settings(&self) -> Option<&Kiosk> {
        self.kiosk.as_ref().map(|k| &k.settings)
    }

    /// The open window's title; the guides window's is its text box, always in view ("Find a
    /// guide: ms_").
    pub fn window_title(&self) -> String {
        let lang = self.lang();
        match self.window() {
            Some(Window::Guides(p)) => {
                let typed = crate::text::clean(&p.typed, self.look.view.ascii);
                crate::i18n::tr!(lang, "guides-typed", typed = typed.as_ref())
            }
            // A kiosk's help is its touch menu, named as the button that opens it (a touch
            // screen has no keys and no mouse).
            Some(w) if self.in_kiosk() && w.kind() == WindowKind::Help => {
                crate::i18n::t(lang, crate::i18n::msg!("window-help-kiosk"))
            }
            Some(w) => w.kind().title(lang),
            None => String::new(),
        }
    }

    pub fn in_kiosk(&self) -> bool {
        self.kiosk.is_some()
    }

    /// Kiosk: the guide picked on the welcome screen, while it shows.
    pub fn welcome(&self) -> Option<usize> {
        self.kiosk.as_ref()?.welcome
    }

    /// Kiosk: seconds left before an idle reset, while "Still reading?" shows.
    pub fn countdown(&self) -> Option<u64> {
        self.kiosk.as_ref()?.countdown
    }

    pub fn topic_index(&self) -> usize {
        self.reading
            .topic_sel
            .get(self.reading.section)
            .copied()
            .unwrap_or(0)
    }

    pub fn topic(&self) -> Option<&Topic> {
        self.reading
            .guide
            .sections
            .get(self.reading.section)?
            .topics
            .get(self.topic_index())
    }

    pub fn topic_count(&self) -> usize {
        self.reading
            .guide
            .sections
            .get(self.reading.section)
            .map_or(0, |s| s.topics.len())
    }

    /// The current topic's rows, laid out for the reading pane.
    pub fn rows(&self) -> &[Row] {
        &self.topic_layout().rows
    }

    /// The names of the keys that text tells the patient to press.
    pub fn keys(&self) -> &KeyNames {
        &self.laid.keys
    }

    /// The open window's rows.
    pub fn window_rows(&self) -> &[Row] {
        self.window_layout()
    }

    /// The first row of the current topic shown in the reading pane.
    pub fn scroll(&self) -> usize {
        let s = self
            .reading
            .scroll
            .get(&(self.reading.section, self.topic_index()))
            .copied()
            .unwrap_or(0);
        s.min(self.max_scroll())
    }

    pub(super) fn page(&self) -> usize {
        usize::from(self.look.screen.reader_text().height).max(1)
    }

    pub fn max_scroll(&self) -> usize {
        self.rows().len().saturating_sub(self.page())
    }

    pub(super) fn window_page(&self) -> usize {
        usize::from(layout::window_text_area(self.look.screen.windows()).height).max(1)
    }

    pub fn window_max_scroll(&self) -> usize {
        self.window_rows().len().saturating_sub(self.window_page())
    }

    pub fn is_wide(&self) -> bool {
        self.look.screen.mode == Mode::Wide
    }

    /// Which keys apply now: typing in a text box, the staff PIN, My questions, or reading.
    pub fn input_mode(&self) -> InputMode {
        self.window_kind()
            .map_or(InputMode::Reading, |kind| super::windows::rules(kind).input)
    }

    /// How many actions were applied so far; what is drawn changes only with it.
    pub fn applied(&self) -> u64 {
        self.outbox.applied
    }

    /// The labels of the section tabs: "1 How it works" (ASCII only when the view asks).
    pub fn tab_labels(&self) -> Vec<String> {
        let labels = self
            .reading
            .guide
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let label = format!("{} {}", i + 1, s.short_title);
                if self.look.view.ascii {
                    crate::text::ascii_text(&label)
                } else {
                    label
                }
            })
            .collect();
        // Every tab in view, cut if it must be (in ASCII the cut is marked with a point, as an
        // abbreviation: "3 How to t.").
        let fitted = crate::layout::fit_tabs(labels, self.look.screen.nav.width);
        if self.look.view.ascii {
            fitted.into_iter().map(|l| l.replace('…', ".")).collect()
        } else {
            fitted
        }
    }

    /// The guides on offer (the welcome screen's list).
    pub fn library(&self) -> &[Arc<Guide>] {
        &self.guides.library
    }
}
