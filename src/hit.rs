//! Hit-testing: what a click, a tap or a wheel step means, found on the same `layout` the screen
//! is drawn from, so a tap lands on what the patient saw. Pure: it reads the app and returns an
//! `Action` (open topic 3, follow this link, press Back, highlight result 2); `App::update` then
//! carries it out like any key.

use ratatui::layout::{Position, Rect};

use crate::action::{Action, Pane, Pointer, Way};
use crate::app::{App, Window};
use crate::doc::Row;
use crate::doc::pages::WindowKind;
use crate::keymap;
use crate::layout::{self, Mode, list_offset};

/// What `pointer` means in the app as it is now, if anything.
pub fn action(app: &App, pointer: Pointer) -> Option<Action> {
    if app.screen.mode == Mode::TooSmall {
        return None;
    }
    // While "Still reading?" counts down, a touch anywhere only says so.
    if app.countdown().is_some() {
        return Some(Action::StillHere);
    }
    match pointer {
        Pointer::Click(x, y) => click(app, Position::new(x, y)),
        Pointer::Wheel(x, y, way) => wheel(app, Position::new(x, y), way),
    }
}

fn click(app: &App, at: Position) -> Option<Action> {
    if let Some(window) = app.window() {
        // The staff PIN gives way to a tap anywhere; nothing else works over it.
        if matches!(window, Window::Pin { .. }) {
            return Some(Action::CloseWindow);
        }
        // Help and the key facts are one tap away over every other window.
        if let Some(urgent) = urgent_button(app, at) {
            return Some(urgent);
        }
        return window_click(app, window, at);
    }
    if let Some(guide) = app.welcome() {
        if let Some(urgent) = urgent_button(app, at) {
            return Some(urgent);
        }
        let shelf = app.shelf().len();
        let welcome = layout::welcome(app.screen.area, shelf, app.lang(), &app.keys().language);
        if let Some(i) = welcome.languages.iter().position(|r| r.contains(at)) {
            return Some(Action::ChooseLanguage(crate::i18n::Lang::ALL[i]));
        }
        let (rows, more) = layout::welcome_rows(&welcome, shelf);
        if more.is_some_and(|r| r.contains(at)) {
            return Some(Action::Guides);
        }
        let offset = list_offset(guide, rows.len());
        let picked = rows
            .iter()
            .position(|r| r.contains(at))
            .map_or(guide, |i| offset + i);
        return Some(Action::ChooseGuide(picked.min(shelf.saturating_sub(1))));
    }
    if let Some(button) = button_at(app, at) {
        return Some(button);
    }
    let screen = app.screen;
    if screen.nav.contains(at) {
        return if screen.mode == Mode::Wide {
            let labels = app.tab_labels();
            layout::tabs(screen.nav, &labels, app.section)
                .iter()
                .position(|r| r.contains(at))
                .map(Action::Section)
        } else {
            (layout::back_button(screen.nav, app.lang()).contains(at)
                && app.focus != Pane::Sections)
                .then_some(Action::Back)
        };
    }
    let pane = if screen.list.contains(at) {
        if screen.mode == Mode::Wide {
            Pane::Topics
        } else {
            app.focus
        }
    } else if screen.mode == Mode::Wide && screen.reader.contains(at) {
        Pane::Reader
    } else {
        return None;
    };
    Some(match pane {
        Pane::Sections | Pane::Topics => list_click(app, pane, at),
        Pane::Reader => reader_click(app, at),
    })
}

/// A row of the sections or topics list picks it; elsewhere in the list, focuses it.
fn list_click(app: &App, pane: Pane, at: Position) -> Action {
    let rows = app.screen.list_rows();
    let (selected, len) = if pane == Pane::Sections {
        (app.section, app.guide.sections.len())
    } else {
        (app.topic_index(), app.topic_count())
    };
    let index = rows
        .contains(at)
        .then(|| list_offset(selected, rows.height.into()) + usize::from(at.y - rows.y))
        .filter(|&i| i < len);
    match (pane, index) {
        (Pane::Sections, Some(i)) => Action::PickSection(i),
        (_, Some(i)) => Action::PickTopic(i),
        (_, None) => Action::Focus(pane),
    }
}

/// The reading pane: its scroll buttons, a link in the text, or just focus.
fn reader_click(app: &App, at: Position) -> Action {
    let screen = app.screen;
    let text = screen.reader_text();
    let (up, down) = layout::scroll_buttons(screen.reader, app.lang());
    if up.contains(at) && app.scroll() > 0 {
        return Action::ReaderPage(Way::Up);
    }
    if down.contains(at) && app.scroll() < app.max_scroll() {
        return Action::ReaderPage(Way::Down);
    }
    row_at(app.rows(), app.scroll(), text, at)
        .and_then(|r| r.link_at(usize::from(at.x - text.x)))
        .map_or(Action::Focus(Pane::Reader), Action::Follow)
}

/// A click in an open window: one of its items, its scroll buttons, a source, or outside it
/// (which closes it).
fn window_click(app: &App, window: &Window, at: Position) -> Option<Action> {
    let area = app.screen.area;
    let frame = layout::window_area(area);
    let text = layout::window_text_area(area);
    let row = row_at(app.window_rows(), app.window_scroll, text, at);
    let kind = window.kind();
    let has_items = matches!(
        kind,
        WindowKind::Search
            | WindowKind::Guides
            | WindowKind::AddQuestion
            | WindowKind::ConfirmQuit
            | WindowKind::MyQuestions
            | WindowKind::Steps(_)
            | WindowKind::Quiz(_)
            | WindowKind::Help
    );
    if let Some(item) = row.and_then(|r| r.item).filter(|_| has_items) {
        return Some(Action::Choose(item));
    }
    // The kiosk's on-screen keyboard.
    if kind == WindowKind::Search
        && let Some(link) = row.and_then(|r| r.link_at(usize::from(at.x.saturating_sub(text.x))))
    {
        match link {
            crate::doc::Link::Type(c) => return Some(Action::TypeChar(c)),
            crate::doc::Link::Erase => return Some(Action::TypeErase),
            _ => {}
        }
    }
    if kind == WindowKind::Search
        && row.is_some_and(|r| {
            r.pieces
                .iter()
                .any(|p| p.link == Some(crate::doc::Link::AsTyped))
        })
    {
        return Some(Action::SearchAsTyped);
    }
    // Writing a question: a stray tap must not throw the words away.
    if kind == WindowKind::WriteQuestion {
        return None;
    }
    let (up, down) = layout::scroll_buttons(frame, app.lang());
    if up.contains(at) && app.window_scroll > 0 {
        Some(Action::WindowPage(Way::Up))
    } else if down.contains(at) && app.window_scroll < app.window_max_scroll() {
        Some(Action::WindowPage(Way::Down))
    } else if matches!(kind, WindowKind::About | WindowKind::Term(_))
        || !frame.contains(at)
        || at.y + 1 == frame.y + frame.height
    {
        Some(Action::CloseWindow)
    } else if kind == WindowKind::Sources {
        row.and_then(Row::source).map(Action::ChooseSource)
    } else {
        None
    }
}

fn wheel(app: &App, at: Position, down: Way) -> Option<Action> {
    if let Some(window) = app.window() {
        return (!matches!(window, Window::Pin { .. } | Window::WriteQuestion { .. }))
            .then_some(Action::WindowWheel(down));
    }
    if app.welcome().is_some() {
        return Some(if down == Way::Down {
            Action::Down
        } else {
            Action::Up
        });
    }
    let screen = app.screen;
    let wide = screen.mode == Mode::Wide;
    if wide && screen.nav.contains(at) {
        Some(Action::ListWheel(Pane::Sections, down))
    } else if screen.reader.contains(at) && (wide || app.focus == Pane::Reader) {
        Some(Action::ReaderWheel(down))
    } else if screen.list.contains(at) {
        let list = if !wide && app.focus == Pane::Sections {
            Pane::Sections
        } else {
            Pane::Topics
        };
        Some(Action::ListWheel(list, down))
    } else {
        None
    }
}

/// The row of `rows`, scrolled by `scroll` into `text`, at a point, if the point is in `text`.
fn row_at(rows: &[Row], scroll: usize, text: Rect, at: Position) -> Option<&Row> {
    text.contains(at)
        .then(|| scroll + usize::from(at.y - text.y))
        .and_then(|r| rows.get(r))
}

/// The footer (or kiosk bar) button at a point.
pub fn button_at(app: &App, at: Position) -> Option<Action> {
    let keys = app.screen.keys;
    let buttons = if app.in_kiosk() {
        layout::kiosk_buttons(
            keys,
            &keymap::kiosk_bar(app.speech_on(), keys.width, app.lang()),
        )
    } else {
        layout::buttons(keys, &keymap::footer_hints(app.lang(), app.offers_guides()))
    };
    buttons
        .into_iter()
        .find(|(r, _)| r.contains(at))
        .map(|(_, a)| a)
}

/// The Get help or Key facts button at a point: they work over any window.
fn urgent_button(app: &App, at: Position) -> Option<Action> {
    button_at(app, at).filter(|a| matches!(a, Action::GetHelp | Action::KeyFacts))
}
