//! Search in the app: the search box and its results, opening a result at its first match, and
//! stepping through the matches in a topic.

use super::*;

/// Every match of `words` in these rows. Found once per topic layout and search, not per frame.
pub(super) fn matches_in(rows: &[Row], words: &[String]) -> Vec<Match> {
    if words.is_empty() {
        return Vec::new();
    }
    rows.iter()
        .enumerate()
        .flat_map(|(row, r)| {
            search::find_words(&r.text(), words)
                .into_iter()
                .map(move |(start, len)| Match { row, start, len })
        })
        .collect()
}

impl App {
    fn search_box(&mut self) -> Option<&mut SearchBox> {
        match &mut self.window {
            Some(Window::Search(b)) => Some(b),
            _ => None,
        }
    }

    /// Typed words wait for their search (in a batch).
    pub(super) fn search_stale(&self) -> bool {
        matches!(&self.window, Some(Window::Search(b)) if b.stale)
    }

    /// The search window: typing updates the results at once; Enter opens the highlighted one.
    pub(super) fn search_action(&mut self, action: Action) {
        let typing = matches!(action, Action::TypeChar(_) | Action::TypeErase);
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
            Action::Up | Action::Down => b.sel = step(b.sel, action == Action::Down, n),
            Action::Enter => {
                let i = b.sel;
                self.open_result(i);
            }
            Action::Choose(i) => self.open_result(i),
            Action::Back => self.close_window(),
            a if a.scrolls_a_window() => self.common_window_action(a),
            _ => {}
        }
        if !self.batch {
            if self.search_stale() {
                self.run_search();
            }
            self.reveal = Some(Reveal::Result);
        }
    }

    /// Whether the search index is built (it is kept across an idle reset).
    pub fn search_index_built(&self) -> bool {
        self.guides.index.is_some()
    }

    /// The search index, built on first use.
    pub(super) fn search_index(&mut self) -> &mut Index {
        let library = &self.guides.library;
        let index = self.guides.index.get_or_insert_with(|| Index::new(library));
        // Queries are read in the patient's language, and its guides come first.
        index.set_language(self.view.lang);
        index
    }

    pub(super) fn run_search(&mut self) {
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
        self.window = Some(Window::Search(b));
        self.window_scroll = 0;
        self.reveal = Some(Reveal::Result);
    }

    /// Keeps the highlighted result on screen (the window's rows are laid out).
    pub(super) fn reveal_result(&mut self) {
        let sel = match &self.window {
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
        if first < self.window_scroll {
            self.window_scroll = first;
        } else if last >= self.window_scroll + page {
            self.window_scroll = (last + 1).saturating_sub(page);
        }
        self.window_scroll = self.window_scroll.min(self.window_max_scroll());
    }

    /// Opens search result `i`: its topic, with the search words highlighted and the first match
    /// in view once it is laid out.
    pub(super) fn open_result(&mut self, i: usize) {
        let Some(hit) = self
            .search_box()
            .and_then(|b| b.results.hits.get(i).cloned())
        else {
            return;
        };
        // Opening a result below the first: the first was not what was asked.
        if i > 0
            && let Some(Window::Search(b)) = &self.window
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
        if hit.place.guide != self.guide_index {
            self.open_guide(hit.place.guide);
        }
        self.select_section(hit.place.section);
        self.select_topic(hit.place.topic);
        self.focus = Pane::Reader;
        self.close_window();
        self.find = (!hit.words.is_empty()).then_some(Find {
            section: hit.place.section,
            topic: hit.place.topic,
            words: hit.words,
            current: 0,
        });
        self.reveal = Some(Reveal::Match);
    }

    /// Every match of the search words in the current topic, in reading order.
    pub fn matches(&self) -> &[Match] {
        if self.laid.matches.key.is_some() {
            &self.laid.matches.value
        } else {
            &[]
        }
    }

    pub(super) fn step_match(&mut self, forward: bool) {
        let n = self.matches().len();
        if let Some(f) = self.find.as_mut().filter(|_| n > 0) {
            f.current = if forward {
                (f.current + 1) % n
            } else {
                (f.current + n - 1) % n
            };
        }
        self.show_match();
    }

    /// Scrolls so the current match is in view, a little below the top.
    pub(super) fn show_match(&mut self) {
        let current = self.find.as_ref().map(|f| f.current);
        if let Some(row) = current.and_then(|c| self.matches().get(c)).map(|m| m.row) {
            self.reveal_row(row);
        }
    }
}
