//! The frame around the panes: the title row, the tab row (or back button and breadcrumb), the
//! always-visible disclaimer, and the key-hint buttons (or, in kiosk mode, the button bar).

use ratatui::Frame;
use ratatui::layout::Alignment;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{Ui, theme};
use crate::app::Pane;
use crate::i18n::Lang;
use crate::i18n::tr;
use crate::layout::{self, Mode};
use crate::text::display_width;

/// The short disclaimer on every screen (the full one is in the About window), or a shorter
/// one when it does not fit `width`.
pub fn short_disclaimer(lang: Lang, width: usize) -> String {
    let text = tr!(lang, "disclaimer-short");
    if display_width(&text) <= width {
        text
    } else {
        tr!(lang, "disclaimer-shorter")
    }
}

pub fn title(ui: &Ui, frame: &mut Frame) {
    let (guide, area) = (&ui.app.reading.guide, ui.screen.title);
    // A notice (reading aloud is not available, the new reading speed) takes the whole row
    // until the next key.
    if let Some(notice) = &ui.app.look.notice {
        let text = ui.truncate(&format!(" {notice}"), area.width.into());
        frame.render_widget(Paragraph::new(Line::styled(text, ui.theme.heading)), area);
        return;
    }
    let lang = ui.app.lang();
    let reading = if ui.app.reading_aloud() {
        let key = crate::keymap::key(crate::action::Action::ReadAloud);
        format!("{} ", tr!(lang, "title-reading-aloud", key = key))
    } else {
        String::new()
    };
    // The review date in words ("December 5, 2026") where the medicine and its condition
    // still fit whole beside it; else as written (2026-12-05), which is shorter; else none
    // (the About window has it): the medicine and its condition matter more than the date.
    let whole = format!(" {} {} {}", guide.title, ui.glyphs.dot, guide.condition);
    let width = usize::from(area.width);
    let right_with = |date: String| {
        let reviewed = tr!(lang, "title-reviewed", date = date);
        ui.text(&format!("{reading}{reviewed} ")).into_owned()
    };
    let fits = |right: &str| display_width(&ui.text(&whole)) + display_width(right) < width;
    let mut right = right_with(crate::i18n::date_words(&guide.last_reviewed, lang));
    if !fits(&right) {
        right = right_with(guide.last_reviewed.clone());
    }
    if !fits(&right) {
        right = ui.text(&reading).into_owned();
    }
    let left_width = width.saturating_sub(display_width(&right) + 1);
    let left = ui.truncate(&whole, left_width);
    let gap = width.saturating_sub(display_width(&left) + display_width(&right));
    let line = Line::from(vec![
        Span::styled(left, ui.theme.title),
        Span::raw(" ".repeat(gap)),
        Span::styled(if gap > 0 { right } else { String::new() }, ui.theme.muted),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

pub fn nav(ui: &Ui, frame: &mut Frame) {
    let (app, area) = (ui.app, ui.screen.nav);
    if ui.screen.mode == Mode::Wide {
        let labels = app.tab_labels();
        let rects = &ui.targets.tabs;
        for (i, (label, &rect)) in labels.iter().zip(rects).enumerate() {
            if rect.width == 0 {
                continue;
            }
            let style = match (
                i == app.reading.section,
                app.reading.focus == Pane::Sections,
            ) {
                (true, true) => ui.theme.selected_focused,
                (true, false) => ui.theme.selected,
                _ => ui.theme.body,
            };
            frame.render_widget(
                Paragraph::new(Span::styled(format!(" {label} "), style)),
                rect,
            );
        }
        return;
    }
    let section = app.reading.guide.sections.get(app.reading.section);
    let mut spans = Vec::new();
    if app.reading.focus != Pane::Sections {
        spans.push(Span::styled(
            layout::back_label(app.lang()),
            ui.theme.button,
        ));
        spans.push(Span::raw("  "));
    }
    let crumb = match (app.reading.focus, section, app.topic()) {
        (Pane::Sections, _, _) => tr!(app.lang(), "crumb-sections", enter = &app.keys().enter),
        (Pane::Topics, Some(s), _) => format!("{} {}", app.reading.section + 1, s.title),
        (Pane::Reader, Some(s), Some(t)) => {
            format!(
                "{} {} {} {}",
                app.reading.section + 1,
                s.short_title,
                ui.glyphs.crumb,
                t.title
            )
        }
        _ => String::new(),
    };
    let used: usize = spans.iter().map(|s| s.width()).sum();
    spans.push(Span::styled(
        ui.truncate(&crumb, usize::from(area.width).saturating_sub(used)),
        ui.theme.heading,
    ));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub fn footer(ui: &Ui, frame: &mut Frame) {
    let area = ui.screen.disclaimer;
    let width = usize::from(area.width);
    let text = short_disclaimer(ui.app.lang(), width);
    frame.render_widget(
        Paragraph::new(Span::styled(ui.truncate(&text, width), ui.theme.disclaimer)),
        area,
    );
    if ui.app.in_kiosk() {
        kiosk_bar(ui, frame);
        return;
    }
    for button in &ui.targets.buttons {
        let (label, rect) = (&button.label, button.area);
        let (key, name) = label.split_once(' ').unwrap_or((label, ""));
        let line = Line::from(vec![
            Span::styled(key, ui.theme.selected_focused),
            Span::raw(" "),
            Span::styled(ui.text(name), ui.theme.body),
        ]);
        frame.render_widget(Paragraph::new(line), rect);
    }
}

/// Big bordered buttons, easy to hit with a finger.
fn kiosk_bar(ui: &Ui, frame: &mut Frame) {
    for button in &ui.targets.buttons {
        let (label, rect) = (&button.label, button.area);
        let block = Block::bordered()
            .border_set(theme::border(ui.glyphs))
            .border_style(ui.theme.button);
        frame.render_widget(
            Paragraph::new(Span::styled(ui.text(label), ui.theme.button))
                .alignment(Alignment::Center)
                .block(block),
            rect,
        );
    }
}
