//! The sections list (one-pane layout) and the topic list.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::theme::THEME;
use super::truncate;
use crate::app::{App, Pane};
use crate::layout::{Screen, list_offset};

pub fn sections(app: &App, screen: &Screen, frame: &mut Frame) {
    let items: Vec<String> = app
        .guide
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}  {}", i + 1, s.title))
        .collect();
    list(
        frame,
        screen,
        "Sections",
        &items,
        app.section,
        app.focus == Pane::Sections,
    );
}

pub fn topics(app: &App, screen: &Screen, frame: &mut Frame) {
    let Some(section) = app.guide.sections.get(app.section) else {
        return;
    };
    let items: Vec<String> = section.topics.iter().map(|t| t.title.clone()).collect();
    let title = format!("{} {}", app.section + 1, section.title);
    list(
        frame,
        screen,
        &title,
        &items,
        app.topic_index(),
        app.focus == Pane::Topics,
    );
}

/// A bordered list; the selected row is marked with "›" and reverse video (when focused), so it
/// shows without colour.
fn list(
    frame: &mut Frame,
    screen: &Screen,
    title: &str,
    items: &[String],
    selected: usize,
    focused: bool,
) {
    let area = screen.list;
    let rows = screen.list_rows();
    let (border, title_style) = THEME.pane(focused);
    let block = Block::bordered().border_style(border).title(Span::styled(
        truncate(&format!(" {title} "), area.width.saturating_sub(2).into()),
        title_style,
    ));
    let offset = list_offset(selected, rows.height.into());
    let width = usize::from(rows.width);
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows.height.into())
        .map(|(i, item)| {
            let (marker, style) = match (i == selected, focused) {
                (true, true) => ("› ", THEME.selected_focused),
                (true, false) => ("› ", THEME.selected),
                _ => ("  ", THEME.body),
            };
            let text = truncate(&format!("{marker}{item}"), width);
            let pad = width.saturating_sub(crate::content::display_width(&text));
            Line::styled(format!("{text}{}", " ".repeat(pad)), style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
