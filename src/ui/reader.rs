//! The reading pane: the current topic's pre-wrapped rows, sliced at its scroll position.

use ratatui::Frame;
use ratatui::layout::Alignment;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph};

use super::theme::THEME;
use super::{line, truncate};
use crate::app::{App, Pane};
use crate::layout::Screen;

pub fn reader(app: &App, screen: &Screen, frame: &mut Frame) {
    let area = screen.reader;
    let text = screen.reader_text();
    let focused = app.focus == Pane::Reader;
    let title = app
        .topic()
        .map_or(String::new(), |t| format!(" {} ", t.title));
    let rows = app.rows();
    let scroll = app.scroll().min(rows.len());
    let shown = rows.len().min(scroll + usize::from(text.height));
    let position = if rows.len() > usize::from(text.height) {
        format!(" lines {}-{} of {} ", scroll + 1, shown, rows.len())
    } else {
        String::new()
    };
    let (border, title_style) = THEME.pane(focused);
    let block = Block::bordered()
        .border_style(border)
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            truncate(&title, area.width.saturating_sub(2).into()),
            title_style,
        ))
        .title_bottom(Line::styled(position, THEME.muted).alignment(Alignment::Right));
    let lines: Vec<Line> = rows[scroll..shown].iter().map(line).collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
