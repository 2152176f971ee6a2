//! The sections list (one-pane layout) and the topic list.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::Ui;
use crate::app::Pane;
use crate::text::display_width;

/// A bordered list pane; the selected row is marked (and in reverse video when focused), so it
/// shows without colour.
pub struct ListPane<'a> {
    ui: &'a Ui<'a>,
    title: String,
    items: Vec<String>,
    selected: usize,
    focused: bool,
}

/// The guide's sections (the one-pane layout's first pane).
pub fn sections<'a>(ui: &'a Ui<'a>) -> ListPane<'a> {
    let app = ui.app;
    ListPane {
        ui,
        title: crate::i18n::tr!(app.lang(), "pane-sections"),
        items: app
            .reading
            .guide
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}  {}", i + 1, s.title))
            .collect(),
        selected: app.reading.section,
        focused: app.reading.focus == Pane::Sections,
    }
}

/// The topics of the selected section.
pub fn topics<'a>(ui: &'a Ui<'a>) -> ListPane<'a> {
    let app = ui.app;
    let section = app.reading.guide.sections.get(app.reading.section);
    ListPane {
        ui,
        title: section.map_or_else(String::new, |s| {
            format!("{} {}", app.reading.section + 1, s.title)
        }),
        items: section.map_or_else(Vec::new, |s| {
            // The short title where the title is wider than the list gives it.
            let room = usize::from(ui.screen.list_rows().width)
                .saturating_sub(display_width(ui.glyphs.marker) + 1);
            s.topics
                .iter()
                .map(|t| match &t.short_title {
                    Some(short) if display_width(&t.title) > room => short.clone(),
                    _ => t.title.clone(),
                })
                .collect()
        }),
        selected: app.topic_index(),
        focused: app.reading.focus == Pane::Topics,
    }
}

impl Widget for ListPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ListPane {
            ui,
            title,
            items,
            selected,
            focused,
        } = self;
        let rows = ui.screen.list_rows();
        let width = usize::from(rows.width);
        let blank = " ".repeat(display_width(ui.glyphs.marker));
        // The rows the record of the screen has (`App::targets`), where taps find them too.
        let lines: Vec<Line> = ui
            .targets
            .list_rows
            .iter()
            .filter_map(|&(i, _)| Some((i, items.get(i)?)))
            .map(|(i, item)| {
                let (marker, style) = match (i == selected, focused) {
                    (true, true) => (ui.glyphs.marker, ui.theme.selected_focused),
                    (true, false) => (ui.glyphs.marker, ui.theme.selected),
                    _ => (blank.as_str(), ui.theme.body),
                };
                let text = ui.truncate(&format!("{marker} {item}"), width);
                let pad = width.saturating_sub(display_width(&text));
                Line::styled(format!("{text}{}", " ".repeat(pad)), style)
            })
            .collect();
        // Each line is cut and padded to the width already: set line by line.
        ui.pane(&title, focused, area).render(area, buf);
        super::set_rows(buf, rows, &lines);
    }
}
