//! Where the terminal's cursor goes: on the focused item (the selected topic or section, the
//! search box's end, the highlighted result or choice, the chosen link), so a screen reader's
//! review cursor and a magnifier follow the focus. Pure: the same state gives the same place.

use ratatui::layout::{Position, Rect};

use crate::app::{App, Pane, Selected, Window};
use crate::layout::{self, Mode, Screen, list_offset};
use crate::text::display_width;

/// The focused item's first cell on a screen of this size, if there is one.
pub fn focus(app: &App, area: Rect) -> Option<Position> {
    let screen = if area == app.screen.area {
        app.screen
    } else {
        Screen::new(area.width, area.height, app.screen.options)
    };
    if screen.mode == Mode::TooSmall {
        return None;
    }
    if let Some(picked) = app.welcome() {
        let rows =
            layout::welcome(area, app.shelf().len(), app.lang(), &app.keys().language).guides;
        let offset = list_offset(picked, rows.len());
        return rows.get(picked - offset).map(|r| Position::new(r.x, r.y));
    }
    if let Some(window) = app.window() {
        return window_focus(app, window, area);
    }
    match (screen.mode, app.focus) {
        // Side by side, the sections are the tabs.
        (Mode::Wide, Pane::Sections) => layout::tabs(screen.nav, &app.tab_labels(), app.section)
            .get(app.section)
            .filter(|r| r.width > 0)
            .map(|r| Position::new(r.x, r.y)),
        (_, Pane::Topics) => list_focus(&screen, app.topic_index()),
        (_, Pane::Sections) => list_focus(&screen, app.section),
        (_, Pane::Reader) => {
            let text = screen.reader_text();
            let at = app.chosen_link().map(|(spot, _)| spot);
            let (row, column) = at.map_or((0, 0), |s| (s.row, s.column));
            let y = row.checked_sub(app.scroll())?;
            (y < usize::from(text.height))
                .then(|| Position::new(text.x + column as u16, text.y + y as u16))
        }
    }
}

/// The selected row of the list pane.
fn list_focus(screen: &Screen, selected: usize) -> Option<Position> {
    let rows = screen.list_rows();
    let offset = list_offset(selected, rows.height.into());
    let y = rows.y + (selected - offset) as u16;
    (rows.height > 0).then_some(Position::new(rows.x, y))
}

/// In a window: the search box's end, else the selected item's first visible row, else the
/// window's first line of text.
fn window_focus(app: &App, window: &Window, area: Rect) -> Option<Position> {
    let text = layout::window_text_area(area);
    if let Window::Guides(_) = window {
        // The end of the title "Find a guide: words", before the "_" that stands for the
        // cursor, on the window's top border.
        let frame = layout::window_area(area);
        let title = super::window::title(app);
        let x = frame.x as usize + 1 + display_width(&title);
        return Some(Position::new(
            (x as u16).min(frame.right().saturating_sub(2)),
            frame.y,
        ));
    }
    let typed = match window {
        Window::Search(b) => Some(crate::i18n::tr!(
            app.lang(),
            "search-typed",
            query = b.query.as_str()
        )),
        _ => None,
    };
    if let Some(typed) = typed {
        // The end of "Search: words", before the "_" that stands for the cursor.
        let x = text.x as usize + display_width(&typed).saturating_sub(1);
        return Some(Position::new(
            (x as u16).min(text.right().saturating_sub(1)),
            text.y,
        ));
    }
    let rows = app.window_rows();
    let scroll = app.window_scroll;
    let selected = window.selected().and_then(|sel| {
        rows.iter().position(|r| match sel {
            Selected::Item(i) => r.item == Some(i),
            Selected::Source(s) => r.source() == Some(s),
        })
    });
    let y = match selected {
        Some(row) if row >= scroll && row < scroll + usize::from(text.height) => row - scroll,
        _ => 0,
    };
    Some(Position::new(text.x, text.y + y as u16))
}
