//! What a click, a tap or a wheel step acts on, where, and where the focus is: recorded once
//! per update (`sync`) from the layout the screen is drawn from. Drawing takes the buttons, the
//! tabs and the scroll buttons ("▲ Up", "▼ More") from this record, hit-testing (`hit`) looks a
//! point up in it, and the terminal's cursor goes to its focus cell, so all three agree on what
//! is where (as television's layout does).

use ratatui::layout::{Position, Rect};

use super::windows::{self, Elsewhere};
use super::{App, Pane, Window};
use crate::action::{Action, Way};
use crate::keymap;
use crate::layout::{self, Mode, Screen, list_offset};

/// A place on the screen that takes a click or a tap: what it asks for, or nothing (a place
/// that takes the tap so that what lies under it does not).
#[derive(Debug, Clone, PartialEq)]
pub struct Tap {
    pub area: Rect,
    pub action: Option<Action>,
}

/// What a wheel step over a place scrolls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wheel {
    /// The "Still reading?" countdown: any touch says the patient is there.
    StillHere,
    /// The open window's rows.
    Window,
    /// The welcome screen's list of guides.
    Welcome,
    /// A list pane.
    List(Pane),
    /// The reading pane.
    Reader,
    /// Nothing (a window that scrolls nothing, such as the staff PIN).
    Nothing,
}

impl Wheel {
    fn action(self, way: Way) -> Option<Action> {
        match self {
            Wheel::StillHere => Some(Action::StillHere),
            Wheel::Window => Some(Action::WindowWheel(way)),
            Wheel::Welcome => Some(match way {
                Way::Down => Action::Down,
                Way::Up => Action::Up,
            }),
            Wheel::List(pane) => Some(Action::ListWheel(pane, way)),
            Wheel::Reader => Some(Action::ReaderWheel(way)),
            Wheel::Nothing => None,
        }
    }
}

/// A key-hint button of the footer, or a button of the kiosk's bar: where, what it does, and
/// its label as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub area: Rect,
    pub action: Action,
    pub label: String,
}

/// A scroll button that shows ("▲ Up", "▼ More": there is more that way), where it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub area: Rect,
    pub way: Way,
}

/// The scroll buttons of a pane or window drawn in `frame`, scrolled to `scroll` of `max`:
/// up when it is scrolled, down when there is more below.
fn pages(frame: Rect, scroll: usize, max: usize, lang: crate::i18n::Lang) -> Vec<Page> {
    let (up, down) = layout::scroll_buttons(frame, lang);
    let mut pages = Vec::new();
    if scroll > 0 {
        pages.push(Page {
            area: up,
            way: Way::Up,
        });
    }
    if scroll < max {
        pages.push(Page {
            area: down,
            way: Way::Down,
        });
    }
    pages
}

/// The record of one screen: see the module's notes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Targets {
    /// Tried in order: the first whose area holds the point takes it.
    taps: Vec<Tap>,
    /// Tried in order, as `taps`.
    wheels: Vec<(Rect, Wheel)>,
    /// The footer's key hints or the kiosk's bar, as drawn.
    pub buttons: Vec<Button>,
    /// Wide layout: each section's tab (an empty rectangle for a tab scrolled out of view).
    pub tabs: Vec<Rect>,
    /// Narrow layout: the Back button, when it shows.
    pub back: Option<Rect>,
    /// The focused item's first cell, for the terminal's cursor.
    pub focus: Option<Position>,
    /// The kiosk's welcome screen, while it shows: where its parts are drawn.
    pub welcome: Option<layout::Welcome>,
    /// The reading pane's scroll buttons that show, as drawn (under a window too, where they
    /// take no tap).
    pub reader_pages: Vec<Page>,
    /// The open window's scroll buttons that show, as drawn.
    pub window_pages: Vec<Page>,
    /// The list pane's rows that show (the sections or the topics, whichever list is drawn):
    /// each item's place in the list with its row. Empty when no list shows.
    pub list_rows: Vec<(usize, Rect)>,
    /// The reading pane's rows in view, by their place among the topic's laid-out rows.
    pub reader_rows: std::ops::Range<usize>,
    /// The open window's rows in view, by their place among its laid-out rows.
    pub window_rows: std::ops::Range<usize>,
    /// The welcome screen's guides that show: each one's place on the shelf with its row.
    pub welcome_guides: Vec<(usize, Rect)>,
    /// The welcome screen's row that opens the list of all guides, when they are more than
    /// its rows.
    pub welcome_more: Option<Rect>,
}

impl Targets {
    /// What a click or tap at `at` asks for.
    pub fn tap(&self, at: Position) -> Option<Action> {
        self.taps
            .iter()
            .find(|t| t.area.contains(at))
            .and_then(|t| t.action.clone())
    }

    /// What a wheel step at `at` asks for.
    pub fn wheel(&self, at: Position, way: Way) -> Option<Action> {
        self.wheels
            .iter()
            .find(|(area, _)| area.contains(at))
            .and_then(|(_, wheel)| wheel.action(way))
    }

    fn tap_at(&mut self, area: Rect, action: Action) {
        self.taps.push(Tap {
            area,
            action: Some(action),
        });
    }

    /// A place that takes a tap and does nothing with it.
    fn block(&mut self, area: Rect) {
        self.taps.push(Tap { area, action: None });
    }
}

impl App {
    /// What can be touched where on the screen as it is now, and where the focus is.
    pub fn targets(&self) -> &Targets {
        self.laid
            .targets
            .get_or_init(|| record(self, self.look.screen))
    }

    /// The same record for a screen of another size (a frame drawn before the app has been
    /// told of a resize).
    pub fn targets_on(&self, screen: Screen) -> Targets {
        if screen == self.look.screen {
            self.targets().clone()
        } else {
            record(self, screen)
        }
    }
}

/// Records the targets of `app` drawn on `screen`.
pub(super) fn record(app: &App, screen: Screen) -> Targets {
    let mut t = Targets::default();
    if screen.mode == Mode::TooSmall {
        return t;
    }
    t.buttons = buttons(app, &screen);
    // The reading pane shows side by side, or alone when it has the focus; never on the welcome
    // screen. Where it does not show, its topic is not laid out for it (one pane at a time, a
    // library starts on the guides window over the topics list: the text is not on screen).
    if app.welcome().is_none() && reader_shown(app, &screen) {
        t.reader_pages = pages(screen.reader, app.scroll(), app.max_scroll(), app.lang());
        t.reader_rows = in_view(app.rows().len(), app.scroll(), screen.reader_text());
    }
    if app.welcome().is_none() {
        t.list_rows = list_rows(app, &screen);
    }
    if screen.mode == Mode::Wide {
        t.tabs = layout::tabs(screen.nav, &app.tab_labels(), app.reading.section);
    } else if app.reading.focus != Pane::Sections {
        t.back = Some(layout::back_button(screen.nav, app.lang()));
    }
    let whole = screen.area;
    // While "Still reading?" counts down, a touch anywhere only says so.
    if app.countdown().is_some() {
        t.tap_at(whole, Action::StillHere);
        t.wheels.push((whole, Wheel::StillHere));
    }
    // Get help and the key facts are one tap away over every window and the welcome screen.
    let urgent: Vec<(Rect, Action)> = t
        .buttons
        .iter()
        .filter(|b| matches!(b.action, Action::GetHelp | Action::KeyFacts))
        .map(|b| (b.area, b.action.clone()))
        .collect();
    // The guides on offer, counted once, while the welcome screen shows.
    let shelf = app.welcome().map_or(0, |_| app.shelf().len());
    let welcome = app
        .welcome()
        .map(|_| layout::welcome(whole, shelf, app.lang(), &app.keys().language));
    // The welcome screen's guides that show (behind the staff PIN's window too), from the first
    // in view: the one picked is always among them.
    if let (Some(picked), Some(w)) = (app.welcome(), &welcome) {
        let (rows, more) = layout::welcome_rows(w, shelf);
        let offset = list_offset(picked, rows.len());
        t.welcome_guides = (offset..shelf).zip(rows.iter().copied()).collect();
        t.welcome_more = more;
    }
    if let Some(window) = app.window() {
        t.welcome = welcome;
        let frame = layout::window_area(screen.windows());
        t.window_pages = pages(
            frame,
            app.windows.scroll,
            app.window_max_scroll(),
            app.lang(),
        );
        t.window_rows = in_view(
            app.window_rows().len(),
            app.windows.scroll,
            layout::window_text_area(screen.windows()),
        );
        let touch = windows::rules(window.kind()).touch;
        // The staff PIN gives way to a tap anywhere; nothing else works over it.
        if touch.elsewhere == Elsewhere::OnlyCloses {
            t.tap_at(whole, Action::CloseWindow);
        } else {
            // A kiosk's bar stays in view under a window (`Screen::windows`), and each of its
            // buttons works there (Back closes the window); elsewhere Get help and the key
            // facts are one tap away over every window.
            let over: Vec<(Rect, Action)> = if app.in_kiosk() && app.welcome().is_none() {
                t.buttons
                    .iter()
                    .map(|b| (b.area, b.action.clone()))
                    .collect()
            } else {
                urgent
            };
            for (area, action) in over {
                t.tap_at(area, action);
            }
            window_taps(app, window, &screen, &mut t);
        }
        let wheel = if touch.wheel {
            Wheel::Window
        } else {
            Wheel::Nothing
        };
        t.wheels.push((whole, wheel));
        t.focus = window_focus(app, window, &screen);
        return t;
    }
    if let (Some(picked), Some(welcome)) = (app.welcome(), welcome) {
        for (area, action) in urgent {
            t.tap_at(area, action);
        }
        for (area, lang) in welcome.languages.iter().zip(crate::i18n::Lang::ALL) {
            t.tap_at(*area, Action::ChooseLanguage(lang));
        }
        if let Some(more) = t.welcome_more {
            t.tap_at(more, Action::Guides);
        }
        for (i, area) in t.welcome_guides.clone() {
            t.tap_at(area, Action::ChooseGuide(i));
        }
        let last = shelf.saturating_sub(1);
        // Anywhere else opens the guide picked.
        t.tap_at(whole, Action::ChooseGuide(picked.min(last)));
        t.wheels.push((whole, Wheel::Welcome));
        // The cursor on the guide picked, where it is drawn.
        t.focus = t
            .welcome_guides
            .iter()
            .find(|(i, _)| *i == picked)
            .map(|(_, r)| Position::new(r.x, r.y));
        t.welcome = Some(welcome);
        return t;
    }
    for b in &t.buttons.clone() {
        t.tap_at(b.area, b.action.clone());
    }
    reading_taps(app, &screen, &mut t);
    t.focus = reading_focus(app, &screen, &t);
    t
}

/// The footer's key hints (as many as fit), or the kiosk's bar.
fn buttons(app: &App, screen: &Screen) -> Vec<Button> {
    let keys = screen.keys;
    let lang = app.lang();
    if app.in_kiosk() {
        let bar = keymap::kiosk_bar(app.speech_on(), keys.width, lang);
        layout::kiosk_buttons(keys, &bar)
            .into_iter()
            .map(|(area, action)| Button {
                label: keymap::kiosk_label(
                    action.clone(),
                    app.look.view.large,
                    area.width.saturating_sub(2),
                    lang,
                ),
                area,
                action,
            })
            .collect()
    } else {
        let hints = keymap::footer_hints(lang, app.offers_guides());
        hints
            .iter()
            .zip(layout::buttons(keys, &hints))
            .map(|((label, _), (area, action))| Button {
                area,
                action,
                label: label.clone(),
            })
            .collect()
    }
}

/// The reading screen: tabs or Back, the list's rows, the reading pane's scroll buttons and
/// links; a tap elsewhere in a pane focuses it.
fn reading_taps(app: &App, screen: &Screen, t: &mut Targets) {
    let wide = screen.mode == Mode::Wide;
    for (i, area) in t.tabs.clone().into_iter().enumerate() {
        t.tap_at(area, Action::Section(i));
    }
    if let Some(back) = t.back {
        t.tap_at(back, Action::Back);
    }
    t.block(screen.nav);
    let reader = reader_shown(app, screen);
    if let Some(list) = list_shown(app, screen) {
        list_taps(list, screen, t);
    }
    if reader {
        reader_taps(app, screen, t);
    }
    if wide {
        t.wheels.push((screen.nav, Wheel::List(Pane::Sections)));
    }
    if reader {
        t.wheels.push((screen.reader, Wheel::Reader));
    }
    let list_wheel = if !wide && app.reading.focus == Pane::Sections {
        Pane::Sections
    } else {
        Pane::Topics
    };
    t.wheels.push((screen.list, Wheel::List(list_wheel)));
}

/// The list drawn on the reading screen: side by side the topics; one pane at a time, the pane
/// in focus (none when that is the text).
fn list_shown(app: &App, screen: &Screen) -> Option<Pane> {
    match (screen.mode, app.reading.focus) {
        (Mode::Wide, _) => Some(Pane::Topics),
        (_, Pane::Reader) => None,
        (_, pane) => Some(pane),
    }
}

/// Whether the reading pane is drawn on the reading screen: side by side, or alone when it has
/// the focus (when no list shows).
fn reader_shown(app: &App, screen: &Screen) -> bool {
    screen.mode == Mode::Wide || list_shown(app, screen).is_none()
}

/// The rows of the list that shows, from the first in view: the selected item is always among
/// them.
fn list_rows(app: &App, screen: &Screen) -> Vec<(usize, Rect)> {
    let Some(pane) = list_shown(app, screen) else {
        return Vec::new();
    };
    let rows = screen.list_rows();
    let (selected, len) = if pane == Pane::Sections {
        (app.reading.section, app.reading.guide.sections.len())
    } else {
        (app.topic_index(), app.topic_count())
    };
    let offset = list_offset(selected, rows.height.into());
    (offset..len)
        .zip(rows.y..rows.bottom())
        .map(|(i, y)| (i, Rect::new(rows.x, y, rows.width, 1)))
        .collect()
}

/// The rows of `len` laid-out rows scrolled by `scroll` that fit in `text`.
fn in_view(len: usize, scroll: usize, text: Rect) -> std::ops::Range<usize> {
    let first = scroll.min(len);
    first..len.min(first + usize::from(text.height))
}

/// A row of the sections or topics list picks it; elsewhere in the list, focuses it.
fn list_taps(pane: Pane, screen: &Screen, t: &mut Targets) {
    for (i, area) in t.list_rows.clone() {
        let action = if pane == Pane::Sections {
            Action::PickSection(i)
        } else {
            Action::PickTopic(i)
        };
        t.tap_at(area, action);
    }
    t.tap_at(screen.list, Action::Focus(pane));
}

/// The reading pane: its scroll buttons (when there is more that way), a link in the text, or
/// just focus.
fn reader_taps(app: &App, screen: &Screen, t: &mut Targets) {
    for page in t.reader_pages.clone() {
        t.tap_at(page.area, Action::ReaderPage(page.way));
    }
    let text = screen.reader_text();
    for (row, y) in app.rows()[t.reader_rows.clone()].iter().zip(text.y..) {
        for (area, link) in layout::row_links(row, text, y) {
            t.tap_at(area, Action::Follow(link));
        }
    }
    t.tap_at(screen.reader, Action::Focus(Pane::Reader));
}

/// In an open window: its items, its own taps, its scroll buttons; a tap elsewhere does what
/// the window's `TOUCH` says (both in its `RULES`, `windows::rules`).
fn window_taps(app: &App, window: &Window, screen: &Screen, t: &mut Targets) {
    let area = screen.area;
    let frame = layout::window_area(screen.windows());
    let text = layout::window_text_area(screen.windows());
    let rules = windows::rules(window.kind());
    let touch = rules.touch;
    for (row, y) in app.window_rows()[t.window_rows.clone()]
        .iter()
        .zip(text.y..)
    {
        let line = Rect::new(text.x, y, text.width, 1);
        match row.item.filter(|_| touch.items) {
            Some(item) => t.tap_at(line, Action::Choose(item)),
            None => {
                for (area, action) in (rules.taps)(row, text, y) {
                    t.tap_at(area, action);
                }
            }
        }
    }
    // A scroll button that shows pages the window, whatever a tap elsewhere does.
    for page in t.window_pages.clone() {
        t.tap_at(page.area, Action::WindowPage(page.way));
    }
    let bottom = Rect::new(frame.x, frame.bottom().saturating_sub(1), frame.width, 1);
    if touch.elsewhere == Elsewhere::Ignored {
        // Its bottom edge says "Close: ... or click here": that one place closes it.
        t.tap_at(bottom, Action::CloseWindow);
        t.block(area);
        return;
    }
    if touch.elsewhere == Elsewhere::ClosesAnywhere {
        t.tap_at(area, Action::CloseWindow);
        return;
    }
    t.tap_at(bottom, Action::CloseWindow);
    t.block(frame);
    t.tap_at(area, Action::CloseWindow);
}

/// Where the cursor goes on the reading screen: the selected tab or list row, or the chosen
/// link in the text.
fn reading_focus(app: &App, screen: &Screen, t: &Targets) -> Option<Position> {
    match (screen.mode, app.reading.focus) {
        // Side by side, the sections are the tabs.
        (Mode::Wide, Pane::Sections) => t
            .tabs
            .get(app.reading.section)
            .filter(|r| r.width > 0)
            .map(|r| Position::new(r.x, r.y)),
        (_, Pane::Topics) => list_focus(t, app.topic_index()),
        (_, Pane::Sections) => list_focus(t, app.reading.section),
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

/// The selected row of the list pane, as recorded.
fn list_focus(t: &Targets, selected: usize) -> Option<Position> {
    t.list_rows
        .iter()
        .find(|(i, _)| *i == selected)
        .map(|(_, r)| Position::new(r.x, r.y))
}

/// In a window: where the window puts it (a text box's end), else the selected item's first
/// visible row, else the window's first line of text.
fn window_focus(app: &App, window: &Window, screen: &Screen) -> Option<Position> {
    if let Some(at) = (windows::rules(window.kind()).focus)(app, screen) {
        return Some(at);
    }
    let text = layout::window_text_area(screen.windows());
    let rows = app.window_rows();
    let scroll = app.windows.scroll;
    let selected = window.selected().and_then(|sel| {
        rows.iter().position(|r| match sel {
            super::Selected::Item(i) => r.item == Some(i),
            super::Selected::Source(s) => r.source() == Some(s),
        })
    });
    let y = match selected {
        Some(row) if row >= scroll && row < scroll + usize::from(text.height) => row - scroll,
        _ => 0,
    };
    Some(Position::new(text.x, text.y + y as u16))
}

#[cfg(test)]
mod tests {
    use super::super::windows::testing;
    use super::*;
    use crate::app::{Kiosk, View};
    use crate::doc::pages::WindowKind;

    #[test]
    fn the_welcome_screen_records_its_guides_behind_the_pin_and_the_cursor_on_the_one_picked() {
        // Twelve medicines on a kiosk whose welcome screen has room for fewer.
        let guides = (0..12)
            .map(|i| {
                let mut g = testing::guide();
                g.id = format!("g{i}");
                g.origin = format!("g{i}.toml");
                g.title = format!("Guide {i:02}");
                g
            })
            .collect();
        let kiosk = Kiosk {
            pin_hash: Some(crate::kiosk::pin::hash("2468").expect("a hash")),
            ..Kiosk::default()
        };
        let mut app = App::with(guides, 0, 100, 22, View::default(), Some(kiosk));
        for _ in 0..9 {
            let _ = app.update(Action::Down);
        }
        let picked = app.welcome().expect("the welcome screen");
        let t = app.targets().clone();
        assert!(t.welcome_more.is_some(), "more guides than rows");
        assert!(
            t.welcome_guides[0].0 > 0,
            "scrolled to keep the one picked in view"
        );
        let (_, row) = t
            .welcome_guides
            .iter()
            .find(|(i, _)| *i == picked)
            .expect("the guide picked shows");
        assert_eq!(
            t.focus,
            Some(Position::new(row.x, row.y)),
            "the cursor is on it"
        );
        // The staff PIN's window over it: what is drawn behind it is still recorded.
        let _ = app.update(Action::StaffExit);
        assert_eq!(app.window_kind(), Some(WindowKind::Pin));
        assert_eq!(app.targets().welcome_guides, t.welcome_guides);
        assert_eq!(app.targets().welcome_more, t.welcome_more);
    }
}
