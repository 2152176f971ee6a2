//! The open window (any of them: about, help, sources, search, My questions, a term, a step,
//! check yourself, the staff PIN) drawn over the panes.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use super::{Ui, theme};
use crate::app::{Selected, Window};
use crate::doc::pages::WindowKind;
use crate::i18n::tr;
use crate::layout;

/// The open window, over the panes: its title, the visible slice of its rows with the selected
/// one marked, how to close it, and scroll buttons. Drawn in `layout::window`'s rectangle.
pub struct WindowPane<'a> {
    pub ui: &'a Ui<'a>,
    pub kind: WindowKind,
}

impl Widget for WindowPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        window(self.ui, self.kind, area, buf)
    }
}

fn window(ui: &Ui, kind: WindowKind, area: Rect, buf: &mut Buffer) {
    let app = ui.app;
    let text = layout::window_text_area(ui.screen.windows());
    let rows = app.window_rows();
    // The rows in view, as the record of the screen has them (`App::targets`).
    let (scroll, end) = (ui.targets.window_rows.start, ui.targets.window_rows.end);
    let lang = app.lang();
    let close = match kind {
        WindowKind::About => format!(" {} ", tr!(lang, "window-start")),
        // A touch screen is touched, not clicked.
        _ if app.in_kiosk() => format!(" {} ", tr!(lang, "window-close-touch")),
        _ => format!(" {} ", tr!(lang, "window-close", back = &app.keys().back)),
    };
    let block = Block::bordered()
        .border_set(theme::border(ui.glyphs))
        .border_style(ui.theme.border_focused)
        .style(ui.theme.base)
        .title(Span::styled(
            format!(" {} ", app.window_title()),
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
    Clear.render(area, buf);
    block.render(area, buf);
    super::set_rows(buf, text, &lines);
    // The scroll buttons that show, where the record of the screen has them (`App::targets`).
    super::draw_pages(ui, &ui.targets.window_pages, buf);
}
