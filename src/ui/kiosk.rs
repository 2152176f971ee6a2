//! Kiosk screens: the welcome screen that greets each patient and the idle countdown.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::chrome::SHORT_DISCLAIMER;
use super::{Ui, theme};
use crate::layout;

pub fn welcome(ui: &Ui, frame: &mut Frame) {
    let app = ui.app;
    let w = layout::welcome(ui.screen.area, app.library().len());
    let picked = app.welcome().unwrap_or(0);
    let center = |text: String, style, area: Rect, frame: &mut Frame| {
        frame.render_widget(
            Paragraph::new(Span::styled(text, style))
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            area,
        );
    };
    center("patient-guide".into(), ui.theme.heading, w.title, frame);
    center(
        "Plain-language guides to your medicine".into(),
        ui.theme.body,
        w.subtitle,
        frame,
    );
    let several = app.library().len() > 1;
    // More guides than rows: the list scrolls to keep the chosen one in view.
    let offset = layout::list_offset(picked, w.guides.len());
    for (i, (guide, rect)) in app
        .library()
        .iter()
        .enumerate()
        .skip(offset)
        .zip(&w.guides)
        .map(|((i, guide), r)| (i, (guide, r)))
    {
        let selected = i == picked;
        let marker = if selected && several {
            ui.glyphs.marker
        } else {
            " "
        };
        let text = format!(
            "{marker} {} {} {}",
            guide.title, ui.glyphs.dot, guide.condition
        );
        let style = if selected {
            ui.theme.selected_focused
        } else {
            ui.theme.body
        };
        center(ui.truncate(&text, rect.width.into()), style, *rect, frame);
    }
    center(
        ui.text(SHORT_DISCLAIMER).into_owned(),
        ui.theme.disclaimer,
        w.disclaimer,
        frame,
    );
    let prompt = if several {
        "Choose a guide with the arrows, then press any key or touch the screen to start"
    } else {
        "Press any key or touch the screen to start"
    };
    center(prompt.into(), ui.theme.heading, w.prompt, frame);
}

/// "Still reading?" over everything, with the seconds left.
pub fn countdown(ui: &Ui, left: u64, frame: &mut Frame) {
    let area = ui.screen.area;
    let width = area.width.min(44);
    let height = area.height.min(5);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    let lines = vec![
        Line::styled("Still reading? Touch any key", ui.theme.heading),
        Line::styled(format!("Starting over in {left} s"), ui.theme.body),
    ];
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true })
            .block(
                Block::bordered()
                    .border_set(theme::border(ui.glyphs))
                    .border_style(ui.theme.border_focused)
                    .style(ui.theme.base),
            ),
        rect,
    );
}
