//! The frame around the panes: the title row, the tab row (or back button and breadcrumb), the
//! always-visible disclaimer and the key-hint buttons.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::THEME;
use super::truncate;
use crate::app::{App, Pane};
use crate::keymap;
use crate::layout::{self, Mode, Screen};

/// The short disclaimer on every screen; the full one is in the About window (`i`).
pub const SHORT_DISCLAIMER: &str = "Education only, not medical advice. Emergency? Call your local emergency number. Ask your care team.";
/// The same for windows narrower than the long one.
pub const SHORTER_DISCLAIMER: &str =
    "Not medical advice. Emergency: call local emergency number. Ask your care team.";

pub fn title(app: &App, screen: &Screen, frame: &mut Frame) {
    let g = &app.guide;
    let right = format!("Reviewed {} ", g.last_reviewed);
    let width = usize::from(screen.title.width);
    let left_width = width.saturating_sub(right.len() + 1);
    let left = truncate(&format!(" {} · {}", g.title, g.condition), left_width);
    let gap = width.saturating_sub(crate::content::display_width(&left) + right.len());
    let line = Line::from(vec![
        Span::styled(left, THEME.title),
        Span::raw(" ".repeat(gap)),
        Span::styled(if gap > 0 { right } else { String::new() }, THEME.muted),
    ]);
    frame.render_widget(Paragraph::new(line), screen.title);
}

pub fn nav(app: &App, screen: &Screen, frame: &mut Frame) {
    if screen.mode == Mode::Wide {
        let labels = app.tab_labels();
        let rects = layout::tabs(screen.nav, &labels, app.section);
        for (i, (label, rect)) in labels.iter().zip(rects).enumerate() {
            if rect.width == 0 {
                continue;
            }
            let style = match (i == app.section, app.focus == Pane::Sections) {
                (true, true) => THEME.selected_focused,
                (true, false) => THEME.selected,
                _ => THEME.body,
            };
            frame.render_widget(
                Paragraph::new(Span::styled(format!(" {label} "), style)),
                rect,
            );
        }
        return;
    }
    let section = app.guide.sections.get(app.section);
    let mut spans = Vec::new();
    if app.focus != Pane::Sections {
        spans.push(Span::styled(layout::BACK_LABEL, THEME.button));
        spans.push(Span::raw("  "));
    }
    let crumb = match (app.focus, section, app.topic()) {
        (Pane::Sections, _, _) => "Choose a section: Enter or its number".to_string(),
        (Pane::Topics, Some(s), _) => format!("{} {}", app.section + 1, s.title),
        (Pane::Reader, Some(s), Some(t)) => {
            format!("{} {} › {}", app.section + 1, s.short_title, t.title)
        }
        _ => String::new(),
    };
    let used: usize = spans.iter().map(|s| s.width()).sum();
    spans.push(Span::styled(
        truncate(&crumb, usize::from(screen.nav.width).saturating_sub(used)),
        THEME.heading,
    ));
    frame.render_widget(Paragraph::new(Line::from(spans)), screen.nav);
}

pub fn footer(screen: &Screen, frame: &mut Frame) {
    let width = usize::from(screen.disclaimer.width);
    let text = if SHORT_DISCLAIMER.len() <= width {
        SHORT_DISCLAIMER
    } else {
        SHORTER_DISCLAIMER
    };
    frame.render_widget(
        Paragraph::new(Span::styled(truncate(text, width), THEME.disclaimer)),
        screen.disclaimer,
    );
    let hints = keymap::footer_hints();
    for ((label, _), (rect, _)) in hints.iter().zip(layout::buttons(screen.keys, &hints)) {
        let (key, name) = label.split_once(' ').unwrap_or((label, ""));
        let line = Line::from(vec![
            Span::styled(key, THEME.selected_focused),
            Span::raw(" "),
            Span::styled(name, THEME.body),
        ]);
        frame.render_widget(Paragraph::new(line), rect);
    }
}
