//! The search words found in the topic being read: every match, and stepping through them
//! (the search window itself is `windows/search.rs`).

use super::{App, Match, Row, Seek, search};

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
    /// Every match of the search words in the current topic, in reading order.
    pub fn matches(&self) -> &[Match] {
        if self.laid.matches.key.is_some() {
            &self.laid.matches.value
        } else {
            &[]
        }
    }

    pub(super) fn step_match(&mut self, seek: Seek) {
        let n = self.matches().len();
        if let Some(f) = self.reading.find.as_mut().filter(|_| n > 0) {
            f.current = match seek {
                Seek::Next => (f.current + 1) % n,
                Seek::Previous => (f.current + n - 1) % n,
            };
        }
        self.show_match();
    }

    /// Scrolls so the current match is in view, a little below the top.
    pub(super) fn show_match(&mut self) {
        let current = self.reading.find.as_ref().map(|f| f.current);
        if let Some(row) = current.and_then(|c| self.matches().get(c)).map(|m| m.row) {
            self.reveal_row(row);
        }
    }
}
