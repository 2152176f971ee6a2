//! Overlay windows (about, help, sources) drawn over the panes.

use ratatui::Frame;
use ratatui::layout::Alignment;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph};

use super::line;
use super::theme::THEME;
use crate::app::App;
use crate::layout::{self, Screen};
use crate::pages::Overlay;

pub fn overlay(app: &App, overlay: Overlay, screen: &Screen, frame: &mut Frame) {
    let area = layout::overlay(screen.area);
    let text = layout::overlay_text(screen.area);
    let rows = app.overlay_rows();
    let scroll = app.overlay_scroll.min(rows.len());
    let end = rows.len().min(scroll + usize::from(text.height));
    let more = if end < rows.len() {
        " more below: Down/PgDn "
    } else {
        ""
    };
    let close = if overlay == Overlay::About {
        " Start: any key or click "
    } else {
        " Close: Esc or click here "
    };
    let block = Block::bordered()
        .border_style(THEME.border_focused)
        .padding(Padding::horizontal(1))
        .title(Span::styled(format!(" {} ", overlay.title()), THEME.title))
        .title_bottom(Line::styled(close, THEME.selected_focused))
        .title_bottom(Line::styled(more, THEME.muted).alignment(Alignment::Right));
    let lines: Vec<Line> = rows[scroll..end]
        .iter()
        .map(|r| {
            let l = line(r);
            if overlay == Overlay::Sources && r.source() == Some(app.source_sel) {
                l.patch_style(THEME.selected_focused)
            } else {
                l
            }
        })
        .collect();
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
