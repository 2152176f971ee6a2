//! Overlay windows (about, help, sources, staff PIN) drawn over the panes.

use ratatui::Frame;
use ratatui::layout::Alignment;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{Ui, theme};
use crate::app::{Selected, Window};
use crate::doc::pages::Overlay;
use crate::layout;

pub fn overlay(ui: &Ui, overlay: Overlay, frame: &mut Frame) {
    let app = ui.app;
    let area = layout::overlay(ui.screen.area);
    let text = layout::overlay_text(ui.screen.area);
    let rows = app.overlay_rows();
    let scroll = app.overlay_scroll.min(rows.len());
    let end = rows.len().min(scroll + usize::from(text.height));
    let close = match overlay {
        Overlay::About => " Start: any key or click ".to_string(),
        _ => format!(" Close: {} or click here ", app.keys().back),
    };
    let block = Block::bordered()
        .border_set(theme::border(ui.glyphs))
        .border_style(ui.theme.border_focused)
        .style(ui.theme.base)
        .title(Span::styled(
            format!(" {} ", overlay.title()),
            ui.theme.title,
        ))
        .title_bottom(Line::styled(close, ui.theme.selected_focused).alignment(Alignment::Right));
    let lines: Vec<Line> = rows[scroll..end]
        .iter()
        .map(|r| {
            let l = ui.line(r);
            let selected = match app.window().and_then(Window::selected) {
                Some(Selected::Source(s)) => r.source() == Some(s),
                Some(Selected::Item(i)) => r.item == Some(i),
                None => false,
            };
            if selected {
                l.patch_style(ui.theme.selected_focused)
            } else {
                l
            }
        })
        .collect();
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines), text);
    let (up, down) = layout::scroll_buttons(area);
    for (shown, rect, label) in [
        (scroll > 0, up, layout::SCROLL_UP_LABEL),
        (end < rows.len(), down, layout::SCROLL_DOWN_LABEL),
    ] {
        if shown {
            frame.render_widget(
                Paragraph::new(Line::styled(ui.text(label), ui.theme.selected_focused)),
                rect,
            );
        }
    }
}
