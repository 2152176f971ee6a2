//! The search window: its state (what is typed, what it found, the highlighted result), its
//! keys (typing updates the results; Enter opens the highlighted one at its first match), and
//! its own taps and cursor: the kiosk's on-screen keyboard, "as typed", the box's end.

use super::{Elsewhere, Position, Rect, Rules, Touch, Window, display_width};
use crate::action::InputMode;
use crate::app::{
    Action, App, Find, Index, Link, MAX_QUERY, Pane, Results, Reveal, Row, Screen, Way, layout,
    step,
};
use crate::kiosk::counts::{Count, Missed, alarming, keepable};

/// How this window takes taps and the wheel. A result is tapped; its keyboard and "as typed"
/// are its own taps (`taps`).
pub(super) const TOUCH: Touch = Touch {
    items: true,
    wheel: true,
    elsewhere: Elsewhere::Closes,
};

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules {
    taps,
    focus,
    opened,
    closing,
    ..Rules::plain(TOUCH, InputMode::Typing, App::search_action)
};

/// The search window: what is typed, what it found, and the highlighted result.
#[derive(Debug, Clone, Default)]
pub struct SearchBox {
    pub query: String,
    pub results: Results,
    pub sel: usize,
    /// The query changed since the results were found (typing in a batch searches once).
    pub(in crate::app) stale: bool,
    /// Search for the words as typed: the patient undid a correction.
    pub as_typed: bool,
}

impl App {
    fn search_box(&mut self) -> Option<&mut SearchBox> {
        match &mut self.windows.open {
            Some(Window::Search(b)) => Some(b),
            _ => None,
        }
    }

    /// Typed words wait for their search (in a batch).
    pub(in crate::app) fn search_stale(&self) -> bool {
        matches!(&self.windows.open, Some(Window::Search(b)) if b.stale)
    }

    /// The search window: typing updates the results at once; Enter opens the highlighted one.
    fn search_action(&mut self, action: Action) {
        let typing = matches!(action, Action::TypeChar(_) | Action::TypeErase);
        let wheel = matches!(action, Action::WindowWheel(_));
        // Keys typed in one batch (a paste) are searched once, when the batch ends or when a key
        // needs the results.
        if !typing && action != Action::Back && self.search_stale() {
            self.run_search();
        }
        let Some(b) = self.search_box() else { return };
        let n = b.results.hits.len();
        match action {
            // A paste of a whole page is not a question: the box keeps its first words.
            Action::TypeChar(c) if b.query.chars().count() < MAX_QUERY => {
                b.query.push(c);
                b.stale = true;
                b.as_typed = false;
            }
            Action::TypeChar(_) => {}
            Action::TypeErase => {
                b.query.pop();
                b.stale = true;
                b.as_typed = false;
            }
            Action::SearchAsTyped if b.results.corrected.is_some() => {
                b.as_typed = true;
                self.run_search();
            }
            _ if let Some(way) = action.arrow() => b.sel = step(b.sel, way, n),
            _ if let Some(way) = action.page() => self.page_selection(way),
            Action::Enter => {
                let i = b.sel;
                self.open_result(i);
            }
            Action::Choose(i) => self.open_result(i),
            Action::Back => self.close_window(),
            a if a.scrolls_a_window() => self.common_window_action(a),
            // The kiosk bar's buttons, tapped under the window (`common_window_action`).
            a @ (Action::Home | Action::CheckYourself | Action::Help) => {
                self.common_window_action(a)
            }
            _ => {}
        }
        // Still searching (the window is open): keep the highlighted result in view (but for
        // the wheel, which scrolls the list and leaves the highlight where it is). A result
        // opened has asked for its match to be shown instead, which this must not undo.
        if !self.outbox.batch && self.search_box().is_some() {
            if self.search_stale() {
                self.run_search();
            }
            if !wheel {
                self.laid.reveal = Some(Reveal::Result);
            }
        }
    }

    /// Whether the search index is built (it is kept across an idle reset).
    pub fn search_index_built(&self) -> bool {
        self.guides.index.is_some()
    }

    /// The search index, built on first use.
    pub(in crate::app) fn search_index(&mut self) -> &mut Index {
        let library = &self.guides.library;
        let index = self.guides.index.get_or_insert_with(|| Index::new(library));
        // Queries are read in the patient's language, and its guides come first.
        index.set_language(self.look.view.lang);
        index
    }

    pub(in crate::app) fn run_search(&mut self) {
        let Some(mut b) = self.search_box().map(std::mem::take) else {
            return;
        };
        b.results = if b.as_typed {
            self.search_index().search_as_typed(&b.query)
        } else {
            self.search_index().search(&b.query)
        };
        b.stale = false;
        b.sel = 0;
        self.windows.open = Some(Window::Search(b));
        self.windows.scroll = 0;
        self.laid.reveal = Some(Reveal::Result);
    }

    /// Keeps the highlighted result on screen (the window's rows are laid out).
    pub(in crate::app) fn reveal_result(&mut self) {
        let sel = match &self.windows.open {
            Some(Window::Search(b)) => Some(b.sel),
            Some(Window::Guides(p)) => Some(p.sel),
            _ => return,
        };
        let rows = self.window_rows();
        let Some(first) = rows.iter().position(|r| r.item == sel) else {
            return;
        };
        let last = rows.iter().rposition(|r| r.item == sel).unwrap_or(first);
        let page = self.window_page();
        if first <= self.windows.scroll {
            // At or above the top: brought in with the rows just above it that are no item (its
            // category's heading; above the first item, what the window says first) when they
            // fit with it.
            let top = rows[..first]
                .iter()
                .rposition(|r| r.item.is_some())
                .map_or(0, |i| i + 1);
            self.windows.scroll = if last + 1 - top <= page { top } else { first };
        } else if last >= self.windows.scroll + page {
            self.windows.scroll = (last + 1).saturating_sub(page);
        }
        self.windows.scroll = self.windows.scroll.min(self.window_max_scroll());
    }

    /// PageDown or PageUp in a list window (the search results, the guides): the
    /// highlight moves to the item a window's height of rows away, so the list follows it.
    /// (Scrolling alone would be undone at once by keeping the highlighted item in view.)
    pub(in crate::app) fn page_selection(&mut self, way: Way) {
        let Some(&mut sel) = self.list_selection() else {
            return;
        };
        let rows = self.window_rows();
        let Some(first) = rows.iter().position(|r| r.item == Some(sel)) else {
            return;
        };
        let page = self.window_page();
        let paged = match way {
            Way::Down => {
                let to = (first + page).min(rows.len().saturating_sub(1));
                rows[..=to].iter().rev().find_map(|r| r.item)
            }
            Way::Up => rows[first.saturating_sub(page)..]
                .iter()
                .find_map(|r| r.item),
        };
        if let (Some(paged), Some(sel)) = (paged, self.list_selection()) {
            *sel = paged;
        }
    }

    /// The highlighted item of a list window (the search results, the guides).
    fn list_selection(&mut self) -> Option<&mut usize> {
        match &mut self.windows.open {
            Some(Window::Search(b)) => Some(&mut b.sel),
            Some(Window::Guides(p)) => Some(&mut p.sel),
            _ => None,
        }
    }

    /// Opens search result `i`: its topic, with the search words highlighted and the first match
    /// in view once it is laid out.
    pub(in crate::app) fn open_result(&mut self, i: usize) {
        let Some(hit) = self
            .search_box()
            .and_then(|b| b.results.hits.get(i).cloned())
        else {
            return;
        };
        // Opening a result below the first: the first was not what was asked.
        if i > 0
            && let Some(Window::Search(b)) = &self.windows.open
        {
            let index = self.guides.index.as_ref();
            let words =
                crate::kiosk::counts::keepable(&b.query, |w| index.is_some_and(|i| i.knows(w)));
            if !words.is_empty() {
                self.count(crate::kiosk::counts::Count::Missed(
                    words,
                    crate::kiosk::counts::Missed::ChoseLower,
                ));
            }
        }
        if hit.place.guide != self.reading.guide_index {
            self.open_guide(hit.place.guide);
        }
        self.select_section(hit.place.section);
        self.select_topic(hit.place.topic);
        self.reading.focus = Pane::Reader;
        self.close_window();
        self.reading.find = (!hit.words.is_empty()).then_some(Find {
            section: hit.place.section,
            topic: hit.place.topic,
            words: hit.words,
            current: 0,
        });
        self.laid.reveal = Some(Reveal::Match);
    }
}

/// The kiosk's on-screen keyboard (a tap on a key types it), and the line that searches for
/// the words as typed.
fn taps(row: &Row, text: Rect, y: u16) -> Vec<(Rect, Action)> {
    let mut out = super::keyboard_taps(row, text, y);
    if row.pieces.iter().any(|p| p.link == Some(Link::AsTyped)) {
        out.push((Rect::new(text.x, y, text.width, 1), Action::SearchAsTyped));
    }
    out
}

/// The index is built when the search box opens, so no keystroke waits for it.
fn opened(app: &mut App) {
    app.search_index();
}

/// What a search leaves for the kiosk's report as its window closes: one that found nothing,
/// by its words that may be kept (common words and the guides' own); one that named an
/// emergency and did not lead to Get help now first.
fn closing(app: &mut App) {
    // Words typed in the batch that closes it were not searched yet: what they find decides.
    if app.search_stale() {
        app.run_search();
    }
    let Some(Window::Search(b)) = &app.windows.open else {
        return;
    };
    let index = app.guides.index.as_ref();
    let words = || keepable(&b.query, |w| index.is_some_and(|i| i.knows(w)));
    let mut counts = Vec::new();
    if !b.query.trim().is_empty() && (b.results.closest || b.results.hits.is_empty()) {
        let words = words();
        if !words.is_empty() {
            counts.push(Count::NothingFound(words));
        }
    }
    if let Some(first) = b.results.hits.first()
        && !b.results.closest
        && alarming(&b.query)
        && app
            .guides
            .library
            .get(first.place.guide)
            .is_some_and(|g| g.get_help != Some((first.place.section, first.place.topic)))
    {
        counts.push(Count::Missed(words(), Missed::Urgent));
    }
    for count in counts {
        app.count(count);
    }
}

/// The cursor at the end of "Search: words", before the "_" that stands for it.
fn focus(app: &App, screen: &Screen) -> Option<Position> {
    let Some(Window::Search(b)) = &app.windows.open else {
        return None;
    };
    let text = layout::window_text_area(screen.windows());
    let typed = crate::i18n::tr!(app.lang(), "search-typed", query = b.query.as_str());
    let x = text.x as usize + display_width(&typed).saturating_sub(1);
    Some(Position::new(
        (x as u16).min(text.right().saturating_sub(1)),
        text.y,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::testing;
    use crate::action::Action;

    #[test]
    fn typing_finds_topics_and_enter_opens_the_one_highlighted() {
        let mut app = testing::reading();
        let _ = app.update(Action::Search);
        for c in "dose".chars() {
            let _ = app.update(Action::TypeChar(c));
        }
        let hit = app
            .search_box()
            .and_then(|b| b.results.hits.first().cloned());
        let hit = hit.expect("the fixture has a dose");
        let _ = app.update(Action::Enter);
        assert!(app.window().is_none());
        assert_eq!(
            (app.reading.section, app.topic_index()),
            (hit.place.section, hit.place.topic)
        );
    }

    /// A kiosk with the search window open on `words`, typed one key at a time, and nothing
    /// counted so far.
    fn kiosk_searching(words: &str) -> crate::app::App {
        let mut app = testing::kiosk(None);
        let _ = app.update(Action::Search);
        for c in words.chars() {
            let _ = app.update(Action::TypeChar(c));
        }
        let _ = app.take_counts();
        app
    }

    #[test]
    fn a_search_that_found_nothing_is_counted_however_its_window_closes() {
        use crate::kiosk::counts::Count;
        // Back, another window in its place (the kiosk bar's Menu opens Help), the bar's Home.
        for then in [Action::Back, Action::Help, Action::Home] {
            let mut app = kiosk_searching("insurance");
            let _ = app.update(then.clone());
            assert!(
                !matches!(app.windows.open, Some(super::Window::Search(_))),
                "{then:?}"
            );
            let counts = app.take_counts();
            let nothing: Vec<_> = counts
                .iter()
                .filter(|c| matches!(c, Count::NothingFound(_)))
                .collect();
            assert_eq!(
                nothing,
                [&Count::NothingFound(vec!["insurance".into()])],
                "{then:?}: {counts:?}"
            );
        }
    }

    #[test]
    fn a_search_left_open_at_the_idle_reset_is_counted() {
        use crate::action::Message;
        use crate::kiosk::counts::Count;
        // The patient searched, found nothing, and walked away.
        let mut app = kiosk_searching("insurance");
        let _ = app.tell(Message::IdleReset);
        assert!(app.welcome().is_some() && app.window().is_none());
        assert_eq!(
            app.take_counts(),
            [Count::NothingFound(vec!["insurance".into()])]
        );
    }

    #[test]
    fn words_typed_and_closed_in_one_batch_are_counted_by_what_they_find() {
        use crate::kiosk::counts::Count;
        // A fast hand (or a paste) and Back in one batch: the words were not searched yet.
        let mut app = kiosk_searching("");
        let typed = "dose".chars().map(Action::TypeChar);
        let _ = app.update_all(typed.chain([Action::Back]));
        assert!(app.window().is_none());
        let counts = app.take_counts();
        assert!(
            !counts.iter().any(|c| matches!(c, Count::NothingFound(_))),
            "\"dose\" finds the fixture's dose: {counts:?}"
        );
    }
}
