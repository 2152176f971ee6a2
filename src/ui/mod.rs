//! Drawing: `render(&App, &mut Frame)` is pure (state in, frame out). One file per part of the
//! screen; every style comes from `theme::THEME`; every position from `crate::layout`.

mod chrome;
mod lists;
mod overlay;
mod reader;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::Alignment;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Pane};
use crate::content::Row;
use crate::layout::{MIN_HEIGHT, MIN_WIDTH, Mode, Screen};
use theme::THEME;

pub fn render(app: &App, frame: &mut Frame) {
    // Lay out for the frame actually being drawn, even before the app has seen the resize event.
    let screen = if frame.area() == app.screen.area {
        app.screen
    } else {
        Screen::new(frame.area().width, frame.area().height)
    };
    if screen.mode == Mode::TooSmall {
        too_small(frame);
        return;
    }
    chrome::title(app, &screen, frame);
    chrome::nav(app, &screen, frame);
    match screen.mode {
        Mode::Wide => {
            lists::topics(app, &screen, frame);
            reader::reader(app, &screen, frame);
        }
        _ => match app.focus {
            Pane::Sections => lists::sections(app, &screen, frame),
            Pane::Topics => lists::topics(app, &screen, frame),
            Pane::Reader => reader::reader(app, &screen, frame),
        },
    }
    chrome::footer(&screen, frame);
    if let Some(o) = app.overlay {
        overlay::overlay(app, o, &screen, frame);
    }
}

fn too_small(frame: &mut Frame) {
    let area = frame.area();
    let msg = format!(
        "Please enlarge the window. patient-guide needs at least {MIN_WIDTH}x{MIN_HEIGHT}; this one is {}x{}.",
        area.width, area.height
    );
    let top = area.height.saturating_sub(3) / 2;
    let mut lines = vec![Line::default(); top.into()];
    lines.push(Line::styled(msg, THEME.heading));
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        area,
    );
}

/// One laid-out row as a styled line.
fn line(row: &Row) -> Line<'_> {
    Line::from(
        row.pieces
            .iter()
            .map(|p| ratatui::text::Span::styled(p.text.as_str(), THEME.tone(p.tone)))
            .collect::<Vec<_>>(),
    )
}

/// Cuts text to `width` columns, ending with "…" when something was cut.
fn truncate(text: &str, width: usize) -> String {
    if crate::content::display_width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in text.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}
