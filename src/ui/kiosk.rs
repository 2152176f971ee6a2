//! Kiosk screens: the welcome screen that greets each patient and the idle countdown.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::chrome::short_disclaimer;
use super::{Ui, theme};
use crate::i18n::tr;
use crate::layout;

pub fn welcome(ui: &Ui, frame: &mut Frame) {
    let app = ui.app;
    let lang = app.lang();
    let shelf = app.shelf();
    let key = &app.keys().language;
    // Where the record of the screen put each part (the same places a tap is looked up in).
    let Some(w) = &ui.targets.welcome else {
        return;
    };
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
        tr!(lang, "welcome-subtitle"),
        ui.theme.body,
        w.subtitle,
        frame,
    );
    // The languages, each named in itself; the one in use is marked like a chosen guide.
    for ((l, label), rect) in layout::language_buttons(lang, key).iter().zip(&w.languages) {
        let style = if *l == lang {
            ui.theme.selected_focused
        } else {
            ui.theme.button
        };
        frame.render_widget(
            Paragraph::new(Span::styled(ui.truncate(label, rect.width.into()), style)),
            *rect,
        );
    }
    let several = shelf.len() > 1;
    // More guides than rows: the last row opens the list of all guides (a touch screen cannot
    // scroll this one), and the others scroll to keep the chosen one in view.
    // Their rows come from the record of the screen (`App::targets`), where taps find them too.
    if let Some(rect) = ui.targets.welcome_more {
        let text = crate::i18n::tr!(
            lang,
            "welcome-more-guides",
            count = shelf.len(),
            key = &app.keys().guides
        );
        center(
            ui.truncate(&text, rect.width.into()),
            ui.theme.button,
            rect,
            frame,
        );
    }
    for &(i, rect) in &ui.targets.welcome_guides {
        let Some(guide) = shelf.get(i).map(|&g| &app.library()[g]) else {
            continue;
        };
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
        center(ui.truncate(&text, rect.width.into()), style, rect, frame);
    }
    center(
        ui.text(&short_disclaimer(lang, usize::MAX)).into_owned(),
        ui.theme.disclaimer,
        w.disclaimer,
        frame,
    );
    let prompt = if several {
        tr!(lang, "welcome-choose")
    } else {
        tr!(lang, "welcome-start")
    };
    center(prompt, ui.theme.heading, w.prompt, frame);
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
    let lang = ui.app.lang();
    let lines = vec![
        Line::styled(tr!(lang, "countdown-still-reading"), ui.theme.heading),
        Line::styled(tr!(lang, "countdown-touch"), ui.theme.body),
        Line::styled(tr!(lang, "countdown-left", seconds = left), ui.theme.body),
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
