//! Reading aids inside a topic: links to other topics with a back/forward history, and glossary
//! terms explained on request.

use super::*;

impl App {
    /// Everything that links somewhere in the current topic's rows: (row, display column, link).
    pub(super) fn linked(&self) -> Vec<(usize, usize, Link)> {
        let mut out = Vec::new();
        for (r, row) in self.doc.rows.iter().enumerate() {
            let mut col = 0;
            for p in &row.pieces {
                if let Some(link) = p.link {
                    out.push((r, col, link));
                }
                col += crate::text::display_width(&p.text);
            }
        }
        out
    }

    /// Every link to a topic in the current topic's rows: (row, column, section, topic).
    pub fn links(&self) -> Vec<(usize, usize, usize, usize)> {
        self.linked()
            .into_iter()
            .filter_map(|(r, c, l)| match l {
                Link::Topic(s, t) => Some((r, c, s, t)),
                _ => None,
            })
            .collect()
    }

    /// The link chosen with `f`, if it belongs to the topic on screen.
    pub fn chosen_link(&self) -> Option<(usize, usize, usize, usize)> {
        let c = self.link_cursor?;
        if (c.0, c.1) != (self.section, self.topic_index()) {
            return None;
        }
        self.links().into_iter().find(|l| (l.0, l.1) == (c.2, c.3))
    }

    /// Chooses the next link in the topic (Enter then follows it), scrolling it into view.
    pub(super) fn next_link(&mut self) {
        let links = self.links();
        let here = (self.section, self.topic_index());
        let after = self.chosen_link().map(|l| (l.0, l.1));
        let next = links
            .iter()
            .find(|l| after.is_none_or(|a| (l.0, l.1) > a))
            .or(links.first());
        if let Some(&(row, col, _, _)) = next {
            self.link_cursor = Some((here.0, here.1, row, col));
            self.focus = Pane::Reader;
            self.reveal_row(row);
        }
    }

    /// Opens another topic from a link, remembering where you came from.
    pub(super) fn follow(&mut self, section: usize, topic: usize) {
        self.back.push((self.section, self.topic_index()));
        self.forward.clear();
        self.go_to(section, topic);
    }

    /// Back (true) or forward through the topics visited by links.
    pub(super) fn history(&mut self, back: bool) {
        let here = (self.section, self.topic_index());
        let (from, to) = if back {
            (&mut self.back, &mut self.forward)
        } else {
            (&mut self.forward, &mut self.back)
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
        self.focus = Pane::Reader;
        self.link_cursor = None;
    }

    /// Every glossary term in the current topic's rows: (row, column, term index).
    pub fn terms(&self) -> Vec<(usize, usize, usize)> {
        self.linked()
            .into_iter()
            .filter_map(|(r, c, l)| match l {
                Link::Term(t) => Some((r, c, t)),
                _ => None,
            })
            .collect()
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
    pub(super) fn define(&mut self, forward: bool) {
        let terms = self.terms();
        if terms.is_empty() {
            return;
        }
        let here = (self.section, self.topic_index());
        let last = self
            .term_cursor
            .filter(|c| (c.0, c.1) == here)
            .map(|c| (c.2, c.3));
        let pos = |t: &(usize, usize, usize)| (t.0, t.1);
        let next = match (last, forward) {
            (None, true) => terms.iter().find(|t| t.0 >= self.scroll()),
            (None, false) => terms
                .iter()
                .rev()
                .find(|t| t.0 < self.scroll() + self.page()),
            (Some(l), true) => terms.iter().find(|t| pos(t) > l),
            (Some(l), false) => terms.iter().rev().find(|t| pos(t) < l),
        };
        let &(row, col, term) = next
            .or(if forward { terms.first() } else { terms.last() })
            .expect("not empty");
        self.term_cursor = Some((here.0, here.1, row, col));
        self.reveal_row(row);
        self.open_overlay(Overlay::Term(term));
    }
}
