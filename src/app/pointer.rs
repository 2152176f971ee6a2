//! Pointer input: where a click, a tap or a wheel step lands (a button, a tab, a list row, a
//! link in the text, a window's item) and what it does there, hit-tested on the same layout the
//! screen is drawn from.

use super::*;

impl App {
    /// The list item (search result, question) drawn at a point of the open overlay.
    pub(super) fn overlay_item_at(&self, x: u16, y: u16) -> Option<usize> {
        let text = layout::overlay_text(self.screen.area);
        contains(text, x, y)
            .then(|| self.overlay_scroll + usize::from(y - text.y))
            .and_then(|row| self.overlay_doc.rows.get(row))
            .and_then(|r| r.item)
    }

    pub(super) fn overlay_click(&mut self, overlay: Overlay, x: u16, y: u16) {
        let frame = layout::overlay(self.screen.area);
        let text = layout::overlay_text(self.screen.area);
        let (up, down) = layout::scroll_buttons(frame);
        let page = self.overlay_page();
        if contains(up, x, y) && self.overlay_scroll > 0 {
            self.overlay_scroll = self.overlay_scroll.saturating_sub(page);
        } else if contains(down, x, y) && self.overlay_scroll < self.overlay_max_scroll() {
            self.overlay_scroll = (self.overlay_scroll + page).min(self.overlay_max_scroll());
        } else if matches!(overlay, Overlay::About | Overlay::Term(_))
            || !contains(frame, x, y)
            || y + 1 == frame.y + frame.height
        {
            self.close_overlay();
        } else if overlay == Overlay::Sources && contains(text, x, y) {
            let row = self.overlay_scroll + usize::from(y - text.y);
            if let Some(s) = self.overlay_doc.rows.get(row).and_then(Row::source) {
                self.source_sel = s;
            }
        }
    }

    pub(super) fn click(&mut self, x: u16, y: u16) {
        let screen = self.screen;
        if screen.mode == Mode::TooSmall {
            return;
        }
        if let Some(action) = self.button_at(x, y) {
            match action {
                Action::TextSize | Action::Contrast => self.update(action),
                _ => self.update_inner(action),
            }
            return;
        }
        if contains(screen.nav, x, y) {
            if screen.mode == Mode::Wide {
                let labels = self.tab_labels();
                if let Some(i) = layout::tabs(screen.nav, &labels, self.section)
                    .iter()
                    .position(|r| contains(*r, x, y))
                {
                    self.select_section(i);
                    self.focus = Pane::Topics;
                }
            } else if contains(layout::back_button(screen.nav), x, y)
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
                let (up, down) = layout::scroll_buttons(screen.reader);
                if contains(up, x, y) && self.scroll() > 0 {
                    self.pane_action(Action::PageUp);
                } else if contains(down, x, y) && self.scroll() < self.max_scroll() {
                    self.pane_action(Action::PageDown);
                } else if contains(text, x, y) {
                    let row = self.scroll() + usize::from(y - text.y);
                    let link = self
                        .doc
                        .rows
                        .get(row)
                        .and_then(|r| r.link_at(usize::from(x - text.x)));
                    match link {
                        Some(Link::Source(s)) => {
                            self.open_overlay(Overlay::Sources);
                            self.source_sel = s;
                            self.reveal_source();
                        }
                        Some(Link::Term(t)) => self.open_overlay(Overlay::Term(t)),
                        Some(Link::Topic(section, topic)) => self.follow(section, topic),
                        Some(Link::Figure(f)) => self.open_steps(f),
                        None => {}
                    }
                }
            }
        }
    }

    /// The footer (or kiosk bar) button at a point.
    pub(super) fn button_at(&self, x: u16, y: u16) -> Option<Action> {
        let screen = self.screen;
        if screen.mode == Mode::TooSmall {
            return None;
        }
        let buttons = if self.kiosk.is_some() {
            layout::kiosk_buttons(screen.keys, &keymap::kiosk_bar())
        } else {
            layout::buttons(screen.keys, &keymap::footer_hints())
        };
        buttons
            .into_iter()
            .find(|(r, _)| contains(*r, x, y))
            .map(|(_, a)| a)
    }

    /// The Get help or Key facts button at a point, which works over any window.
    pub(super) fn urgent_button(&self, x: u16, y: u16) -> Option<Action> {
        self.button_at(x, y)
            .filter(|a| matches!(a, Action::GetHelp | Action::KeyFacts))
    }

    pub(super) fn wheel(&mut self, x: u16, y: u16, down: bool) {
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
}
