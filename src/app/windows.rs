//! The windows over the reading screen: opening and closing them, and what every window does
//! with a key (close, switch to another, scroll); each window's own keys are in its module.

use super::*;

impl App {
    /// The open window takes the action: each window its own keys, then what all share.
    pub(super) fn window_action(&mut self, action: Action) {
        match self.window_kind() {
            Some(WindowKind::Search) => self.search_action(action),
            Some(WindowKind::Guides) => self.guides_action(action),
            Some(WindowKind::AddQuestion) => self.pick_action(action),
            Some(WindowKind::ConfirmQuit) => self.confirm_quit_action(action),
            Some(WindowKind::MyQuestions) => self.questions_action(action),
            Some(WindowKind::WriteQuestion) => self.write_action(action),
            Some(WindowKind::Steps(_)) => self.steps_action(action),
            Some(WindowKind::Quiz(_)) => self.quiz_action(action),
            Some(WindowKind::Help) => match action {
                Action::Choose(i) => {
                    if let Some((chosen, _)) = self.touch_menu().into_iter().nth(i) {
                        self.close_window();
                        self.apply(chosen);
                    }
                }
                other => self.common_window_action(other),
            },
            Some(_) => self.common_window_action(action),
            None => {}
        }
    }

    pub(super) fn open_window(&mut self, window: Window) {
        let kind = window.kind();
        self.window = Some(window);
        self.window_scroll = 0;
        match kind {
            WindowKind::Search => {
                // Built when the search box opens, so no keystroke waits for it.
                self.search_index();
            }
            WindowKind::Sources => self.reveal = Some(Reveal::Source),
            _ => {}
        }
    }

    /// The sources window, with the first source the current topic cites highlighted.
    pub(super) fn open_sources(&mut self) {
        let sel = self
            .topic()
            .and_then(|t| t.citations.first())
            .map_or(0, |c| c.source);
        self.open_window(Window::Sources { sel });
    }

    pub(super) fn close_window(&mut self) {
        // A search that found nothing is counted by its words that may be kept (common words
        // and the guides' own), for the kiosk's report of what patients could not find.
        if let Some(Window::Search(b)) = &self.window
            && !b.query.trim().is_empty()
            && (b.results.closest || b.results.hits.is_empty())
        {
            let index = self.guides.index.as_ref();
            let words =
                crate::kiosk::counts::keepable(&b.query, |w| index.is_some_and(|i| i.knows(w)));
            if !words.is_empty() {
                self.count(crate::kiosk::counts::Count::NothingFound(words));
            }
        }
        // A search that named an emergency and did not lead to Get help now first.
        if let Some(Window::Search(b)) = &self.window
            && let Some(first) = b.results.hits.first()
            && !b.results.closest
            && crate::kiosk::counts::alarming(&b.query)
            && self
                .guides
                .library
                .get(first.place.guide)
                .is_some_and(|g| g.get_help != Some((first.place.section, first.place.topic)))
        {
            let index = self.guides.index.as_ref();
            let words =
                crate::kiosk::counts::keepable(&b.query, |w| index.is_some_and(|i| i.knows(w)));
            self.count(crate::kiosk::counts::Count::Missed(
                words,
                crate::kiosk::counts::Missed::Urgent,
            ));
        }
        self.window = None;
        self.window_scroll = 0;
    }

    /// What every window does: close, switch to another, scroll; the sources window moves its
    /// highlight.
    pub(super) fn common_window_action(&mut self, action: Action) {
        let Some(kind) = self.window_kind() else {
            return;
        };
        let max = self.window_max_scroll();
        let page = self.window_page();
        let scroll = self.window_scroll;
        // "Press any key": on the About window a key scrolls it or closes it, and does only
        // that (a letter does not also run its command behind it, nor open another window).
        if kind == WindowKind::About && !action.moves_in_a_window() {
            self.close_window();
            return;
        }
        match action {
            Action::Back | Action::Enter | Action::CloseWindow => self.close_window(),
            // q closes a window, as every other key that closes one.
            Action::Quit => self.close_window(),
            Action::Help | Action::Sources | Action::About | Action::Search => {
                let wanted = match action {
                    Action::Search => WindowKind::Search,
                    Action::Help => WindowKind::Help,
                    Action::Sources => WindowKind::Sources,
                    _ => WindowKind::About,
                };
                if wanted == kind {
                    self.close_window();
                } else {
                    match wanted {
                        WindowKind::Search => {
                            self.open_window(Window::Search(SearchBox::default()))
                        }
                        WindowKind::Help => self.open_window(Window::Help),
                        WindowKind::Sources => self.open_sources(),
                        _ => self.open_window(Window::About),
                    }
                }
            }
            Action::Up | Action::Down if kind == WindowKind::Sources => {
                let n = self.guide.sources.len();
                if let Some(Window::Sources { sel }) = &mut self.window {
                    *sel = step(*sel, action == Action::Down, n);
                }
                self.reveal = Some(Reveal::Source);
            }
            Action::ChooseSource(s) if s < self.guide.sources.len() => {
                if let Some(Window::Sources { sel }) = &mut self.window {
                    *sel = s;
                }
            }
            Action::Up => self.window_scroll = scroll.saturating_sub(1),
            Action::Down => self.window_scroll = (scroll + 1).min(max),
            Action::PageUp | Action::WindowPage(Way::Up) => {
                self.window_scroll = scroll.saturating_sub(page)
            }
            Action::PageDown | Action::WindowPage(Way::Down) => {
                self.window_scroll = (scroll + page).min(max)
            }
            Action::Top => self.window_scroll = 0,
            Action::Bottom => self.window_scroll = max,
            Action::WindowWheel(Way::Up) => self.window_scroll = scroll.saturating_sub(WHEEL_STEP),
            Action::WindowWheel(Way::Down) => self.window_scroll = (scroll + WHEEL_STEP).min(max),
            _ => {}
        }
    }

    /// Keeps the highlighted source, with the lines under its name, on screen (the window's rows
    /// are laid out).
    pub(super) fn reveal_source(&mut self) {
        let Some(Window::Sources { sel }) = self.window else {
            return;
        };
        if let Some(row) = pages::source_row(self.window_rows(), sel) {
            let page = self.window_page();
            if row < self.window_scroll {
                self.window_scroll = row;
            } else if row + 3 > self.window_scroll + page {
                self.window_scroll = (row + 3).saturating_sub(page);
            }
            self.window_scroll = self.window_scroll.min(self.window_max_scroll());
        }
    }

    /// A kiosk's help window opens with what the button bar has no room for, each a touch
    /// away: search (with the on-screen keyboard), a question about the topic for My
    /// questions, My questions and its QR code, Check
    /// yourself, the most important information, another medicine. Empty off a kiosk (the keys
    /// are listed instead).
    pub fn touch_menu(&self) -> Vec<(Action, String)> {
        if self.kiosk.is_none() {
            return Vec::new();
        }
        let lang = self.view.lang;
        let mut menu = vec![(Action::Search, crate::i18n::tr!(lang, "menu-search"))];
        if let Some(topic) = self.topic() {
            menu.push((
                Action::AddQuestion,
                crate::i18n::tr!(lang, "menu-add-question", title = &topic.title),
            ));
        }
        menu.push((
            Action::MyQuestions,
            crate::i18n::tr!(lang, "menu-my-questions"),
        ));
        if !self.guide.check_yourself.is_empty() {
            menu.push((
                Action::CheckYourself,
                crate::i18n::tr!(lang, "menu-check-yourself"),
            ));
        }
        menu.push((Action::KeyFacts, crate::i18n::tr!(lang, "menu-key-facts")));
        menu.push((
            Action::TextSize,
            if self.view.large {
                crate::i18n::tr!(lang, "menu-text-smaller")
            } else {
                crate::i18n::tr!(lang, "menu-text-larger")
            },
        ));
        menu.push((Action::Contrast, crate::i18n::tr!(lang, "menu-contrast")));
        if self.offers_guides() {
            menu.push((Action::Guides, crate::i18n::tr!(lang, "menu-guides")));
        }
        menu
    }
}
