//! The reading pane: the current topic's pre-wrapped rows, sliced at its scroll position.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::{Highlight, Ui};
use crate::action::Action;
use crate::app::Pane;
use crate::i18n::tr;
use crate::keymap;

/// The reading pane: the topic's title, the visible slice of its rows with search matches and
/// the chosen link marked, where it is ("lines 1-20 of 64"), and scroll buttons.
pub struct ReaderPane<'a>(pub &'a Ui<'a>);

impl Widget for ReaderPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        reader(self.0, area, buf)
    }
}

fn reader(ui: &Ui, area: Rect, buf: &mut Buffer) {
    let app = ui.app;
    let text = ui.screen.reader_text();
    let title = app.topic().map_or("", |t| t.title.as_str());
    let rows = app.rows();
    // The rows in view, as the record of the screen has them (`App::targets`).
    let (scroll, shown) = (ui.targets.reader_rows.start, ui.targets.reader_rows.end);
    let lang = app.lang();
    let position = if rows.len() > usize::from(text.height) {
        let lines = tr!(
            lang,
            "reader-lines",
            from = scroll + 1,
            to = shown,
            count = rows.len()
        );
        format!(" {lines} ")
    } else {
        String::new()
    };
    let matches = app.matches();
    let current = app.reading.find.as_ref().map_or(0, |f| f.current);
    let counter = if matches.is_empty() {
        String::new()
    } else {
        let counter = tr!(
            lang,
            "reader-match",
            current = current + 1,
            count = matches.len(),
            next = keymap::key(Action::NextMatch),
            previous = keymap::key(Action::PrevMatch)
        );
        format!(" {counter} ")
    };
    let block = ui
        .pane(title, app.reading.focus == Pane::Reader, area)
        .title_bottom(Line::styled(counter, ui.theme.found_current).alignment(Alignment::Center))
        .title_bottom(Line::styled(position, ui.theme.muted).alignment(Alignment::Right));
    block.render(area, buf);
    // A window over the whole text (as on a small screen) clears it: its rows are not drawn.
    if !ui.under_window(text) {
        rows_in(ui, text, buf, scroll..shown);
    }
    // The scroll buttons that show, where the record of the screen has them (`App::targets`).
    super::draw_pages(ui, &ui.targets.reader_pages, buf);
}

/// The topic's rows `shown`, set line by line in `text`, with search matches and the chosen
/// link marked.
fn rows_in(ui: &Ui, text: Rect, buf: &mut Buffer, shown: std::ops::Range<usize>) {
    let app = ui.app;
    let rows = app.rows();
    let matches = app.matches();
    let current = app.reading.find.as_ref().map_or(0, |f| f.current);
    let chosen = app.chosen_link();
    let lines: Vec<Line> = shown
        .map(|r| {
            let mut marks: Vec<Highlight> = matches
                .iter()
                .enumerate()
                .filter(|(_, m)| m.row == r)
                .map(|(i, m)| Highlight {
                    start: m.start,
                    len: m.len,
                    current: i == current,
                })
                .collect();
            if let Some((at, _)) = chosen.filter(|(at, _)| at.row == r) {
                marks.extend(link_chars(&rows[r], at.column));
            }
            if marks.is_empty() {
                ui.line(&rows[r])
            } else {
                ui.marked_line(&rows[r], &marks)
            }
        })
        .collect();
    super::set_rows(buf, text, &lines);
}

/// The characters of the link piece that starts at display column `col`, marked as current.
fn link_chars(row: &crate::doc::Row, col: usize) -> Option<Highlight> {
    let (mut chars, mut cols) = (0, 0);
    for p in &row.pieces {
        let n = p.text.chars().count();
        if cols == col && matches!(p.link, Some(crate::doc::Link::Topic(..))) {
            return Some(Highlight {
                start: chars,
                len: n,
                current: true,
            });
        }
        chars += n;
        cols += crate::text::display_width(&p.text);
    }
    None
}
