//! Search in the app: the search box and its results, opening a result at its first match, and
//! stepping through the matches in a topic.

use super::*;

impl App {
    /// The search window: typing updates the results at once; Enter opens the highlighted one.
    pub(super) fn search_action(&mut self, action: Action) {
        let typing = matches!(action, Action::TypeChar(_) | Action::TypeErase);
        // Keys typed in one batch (a paste) are searched once, when the batch ends or when a key
        // needs the results.
        if !typing && action != Action::Back && self.search_stale {
            self.run_search();
        }
        let n = self.results.hits.len();
        match action {
            // A paste of a whole page is not a question: the box keeps its first words.
            Action::TypeChar(c) if self.query.chars().count() < MAX_QUERY => {
                self.query.push(c);
                self.search_stale = true;
            }
            Action::TypeChar(_) => {}
            Action::TypeErase => {
                self.query.pop();
                self.search_stale = true;
            }
            Action::Up | Action::Down => {
                self.result_sel = step(self.result_sel, action == Action::Down, n)
            }
            Action::PageUp | Action::WheelUp(..) => self.overlay_action(action),
            Action::PageDown | Action::WheelDown(..) => self.overlay_action(action),
            Action::Enter => self.open_result(self.result_sel),
            Action::Back => {
                self.query.clear();
                self.results = Results::default();
                self.close_overlay();
            }
            Action::Click(x, y) => match self.overlay_item_at(x, y) {
                Some(i) => self.open_result(i),
                None => self.overlay_action(action),
            },
            _ => {}
        }
        if self.search_stale && !self.batch {
            self.run_search();
        }
        if !self.batch {
            self.reveal_result();
        }
    }

    /// The search index, built on first use.
    pub(super) fn search_index(&mut self) -> &mut Index {
        let library = &self.library;
        self.index.get_or_insert_with(|| Index::new(library))
    }

    pub(super) fn run_search(&mut self) {
        self.search_stale = false;
        let query = std::mem::take(&mut self.query);
        self.results = self.search_index().search(&query);
        self.query = query;
        self.result_sel = 0;
        self.overlay_scroll = 0;
    }

    /// Keeps the highlighted result on screen.
    pub(super) fn reveal_result(&mut self) {
        if self.overlay != Some(Overlay::Search) {
            return;
        }
        self.sync();
        let rows = &self.overlay_doc.rows;
        let Some(first) = rows.iter().position(|r| r.item == Some(self.result_sel)) else {
            return;
        };
        let last = rows
            .iter()
            .rposition(|r| r.item == Some(self.result_sel))
            .unwrap_or(first);
        let page = self.overlay_page();
        if first < self.overlay_scroll {
            self.overlay_scroll = first;
        } else if last >= self.overlay_scroll + page {
            self.overlay_scroll = (last + 1).saturating_sub(page);
        }
        self.overlay_scroll = self.overlay_scroll.min(self.overlay_max_scroll());
    }

    /// Opens search result `i`: its topic, with the search words highlighted and the first match
    /// in view.
    pub(super) fn open_result(&mut self, i: usize) {
        let Some(hit) = self.results.hits.get(i).cloned() else {
            return;
        };
        if hit.place.guide != self.guide_index {
            self.open_guide(hit.place.guide);
        }
        self.select_section(hit.place.section);
        self.select_topic(hit.place.topic);
        self.focus = Pane::Reader;
        self.close_overlay();
        self.query.clear();
        self.results = Results::default();
        self.find = (!hit.words.is_empty()).then_some(Find {
            section: hit.place.section,
            topic: hit.place.topic,
            words: hit.words,
            current: 0,
        });
        self.sync();
        self.show_match();
    }

    /// Every match of the search words in the current topic: (row, first column, length).
    pub fn matches(&self) -> Vec<(usize, usize, usize)> {
        let Some(f) = self
            .find
            .as_ref()
            .filter(|f| (f.section, f.topic) == (self.section, self.topic_index()))
        else {
            return Vec::new();
        };
        self.doc
            .rows
            .iter()
            .enumerate()
            .flat_map(|(r, row)| {
                search::find_words(&row.text(), &f.words)
                    .into_iter()
                    .map(move |(c, n)| (r, c, n))
            })
            .collect()
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
        let matches = self.matches();
        if let Some(&(row, _, _)) = self.find.as_ref().and_then(|f| matches.get(f.current)) {
            self.reveal_row(row);
        }
    }
}
