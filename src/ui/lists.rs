//! The sections list (one-pane layout) and the topic list.

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::Ui;
use crate::app::Pane;
use crate::layout::list_offset;
use crate::text::display_width;

pub fn sections(ui: &Ui, frame: &mut Frame) {
    let app = ui.app;
    let items: Vec<String> = app
        .guide
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}  {}", i + 1, s.title))
        .collect();
    list(
        ui,
        frame,
        "Sections",
        &items,
        app.section,
        app.focus == Pane::Sections,
    );
}

pub fn topics(ui: &Ui, frame: &mut Frame) {
    let app = ui.app;
    let Some(section) = app.guide.sections.get(app.section) else {
        return;
    };
    let items: Vec<String> = section.topics.iter().map(|t| t.title.clone()).collect();
    let title = format!("{} {}", app.section + 1, section.title);
    list(
        ui,
        frame,
        &title,
        &items,
        app.topic_index(),
        app.focus == Pane::Topics,
    );
}

/// A bordered list; the selected row is marked (and in reverse video when focused), so it shows
/// without colour.
fn list(ui: &Ui, frame: &mut Frame, title: &str, items: &[String], selected: usize, focused: bool) {
    let area = ui.screen.list;
    let rows = ui.screen.list_rows();
    let offset = list_offset(selected, rows.height.into());
    let width = usize::from(rows.width);
    let blank = " ".repeat(display_width(ui.glyphs.marker));
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows.height.into())
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
    frame.render_widget(
        Paragraph::new(lines).block(ui.pane(title, focused, area)),
        area,
    );
}
