//! Reading aids inside a topic: links to other topics with a back/forward history, and glossary
//! terms explained on request.

use super::{App, Link, Mark, Pane, Row, Seek, Spot, Window};

/// Everything that links somewhere in these rows, in reading order. Found once, when the topic
/// is laid out.
pub(super) fn links_in(rows: &[Row]) -> Vec<(Spot, Link)> {
    let mut out = Vec::new();
    for (row, r) in rows.iter().enumerate() {
        let mut column = 0;
        for p in &r.pieces {
            if let Some(link) = p.link {
                out.push((Spot { row, column }, link));
            }
            column += crate::text::display_width(&p.text);
        }
    }
    out
}

impl App {
    /// Every link to another topic in the current topic's rows.
    pub fn links(&self) -> impl Iterator<Item = (Spot, Link)> + '_ {
        self.topic_layout()
            .links
            .iter()
            .copied()
            .filter(|(_, l)| matches!(l, Link::Topic(..)))
    }

    /// The link chosen with `f`, if it belongs to the topic on screen.
    pub fn chosen_link(&self) -> Option<(Spot, Link)> {
        let c = self.reading.link_cursor?;
        if c.topic != (self.reading.section, self.topic_index()) {
            return None;
        }
        self.links().find(|(at, _)| *at == c.at)
    }

    /// Chooses the next link in the topic (Enter then follows it), scrolling it into view.
    pub(super) fn next_link(&mut self) {
        let after = self.chosen_link().map(|(at, _)| at);
        let next = self
            .links()
            .find(|(at, _)| after.is_none_or(|a| *at > a))
            .or_else(|| self.links().next());
        if let Some((at, _)) = next {
            self.reading.link_cursor = Some(Mark {
                topic: (self.reading.section, self.topic_index()),
                at,
            });
            self.reading.focus = Pane::Reader;
            self.reveal_row(at.row);
        }
    }

    /// Opens another topic from a link, remembering where you came from.
    pub(super) fn follow(&mut self, section: usize, topic: usize) {
        self.remember((self.reading.section, self.topic_index()));
        self.go_to(section, topic);
    }

    /// Back (`Previous`) or forward (`Next`) through the topics visited by links.
    pub(super) fn history(&mut self, seek: Seek) {
        let here = (self.reading.section, self.topic_index());
        let (from, to) = match seek {
            Seek::Previous => (&mut self.history.back, &mut self.history.forward),
            Seek::Next => (&mut self.history.forward, &mut self.history.back),
        };
        if let Some(target) = from.pop() {
            to.push(here);
            self.go_to(target.0, target.1);
        }
    }

    /// Shows a topic; its own scroll position is kept from the last visit.
    pub(super) fn go_to(&mut self, section: usize, topic: usize) {
        self.select_section(section);
        self.select_topic(topic);
        self.reading.focus = Pane::Reader;
        self.reading.link_cursor = None;
    }

    /// Every glossary term in the current topic's rows: where it is, and the term's index.
    pub fn terms(&self) -> impl Iterator<Item = (Spot, usize)> + '_ {
        self.topic_layout()
            .links
            .iter()
            .filter_map(|&(at, l)| match l {
                Link::Term(t) => Some((at, t)),
                _ => None,
            })
    }

    /// Scrolls so `row` is in view, a little below the top, unless it already is.
    pub(super) fn reveal_row(&mut self, row: usize) {
        let s = self.scroll();
        if row < s || row >= s + self.page() {
            self.set_scroll(row.saturating_sub(2));
        }
    }

    /// Opens the definition of the next (or previous) term after the last one explained here,
    /// scrolling it into view; the reading place is kept when the window closes.
    pub(super) fn define(&mut self, seek: Seek) {
        let terms: Vec<(Spot, usize)> = self.terms().collect();
        let (Some(&first), Some(&last_term)) = (terms.first(), terms.last()) else {
            return;
        };
        let here = (self.reading.section, self.topic_index());
        let last = self
            .reading
            .term_cursor
            .filter(|c| c.topic == here)
            .map(|c| c.at);
        let (top, page) = (self.scroll(), self.page());
        let next = match (last, seek) {
            (None, Seek::Next) => terms.iter().find(|t| t.0.row >= top),
            (None, Seek::Previous) => terms.iter().rev().find(|t| t.0.row < top + page),
            (Some(l), Seek::Next) => terms.iter().find(|t| t.0 > l),
            (Some(l), Seek::Previous) => terms.iter().rev().find(|t| t.0 < l),
        };
        let (at, term) = next.copied().unwrap_or(match seek {
            Seek::Next => first,
            Seek::Previous => last_term,
        });
        self.reading.term_cursor = Some(Mark { topic: here, at });
        self.reveal_row(at.row);
        self.open_window(Window::Term(term));
    }
}
