//! The windows over the reading screen, one module each: its state (its own type, which
//! `Window` holds while it is open), its rules (`RULES`: how it takes taps and the wheel, its
//! keys, its own taps and cursor place, what it does as it opens and closes), and tests of its
//! keys. The page a window shows is its namesake in `doc::pages` (the document layer, below the
//! app); its behaviour is tested through the app in tests/ too (app_state, my_questions,
//! search, key_pages, kiosk ...).
//!
//! This module holds what all windows share: opening and closing (each window's own part of
//! them is in its rules), the keys every window takes (close, switch, scroll), and `rules`,
//! the one match that finds a window's module by its kind. Closing a window drops its state
//! with it, so nothing of it can leak into the next one.

use super::{Action, App, InputMode, Link, Row, Screen, WHEEL_STEP, Way, WindowKind};
use crate::text::display_width;
use ratatui::layout::{Position, Rect};

mod about;
mod add_question;
mod confirm_quit;
mod guides;
mod help;
mod my_questions;
mod pin;
mod quiz;
mod search;
mod sources;
mod steps;
mod term;
mod write_question;

pub use add_question::SuggestedQuestions;
pub use confirm_quit::QuitChoice;
pub use guides::{GuidePicker, MAX_LISTED};
pub use my_questions::QuestionList;
pub use pin::PinPad;
pub use quiz::QuizQuestion;
pub use search::SearchBox;
pub use sources::SourceList;
pub use steps::StepByStep;
pub use write_question::QuestionDraft;

#[derive(Debug, Clone)]
pub enum Window {
    /// What the guide is, the disclaimer, the review date.
    About,
    Help,
    /// The guide's sources, with one highlighted.
    Sources(SourceList),
    /// Kiosk staff exit.
    Pin(PinPad),
    Search(SearchBox),
    /// Choosing a guide.
    Guides(GuidePicker),
    /// Picking a question about the current topic for "My questions".
    AddQuestion(SuggestedQuestions),
    /// The patient's list, with one question selected.
    MyQuestions(QuestionList),
    /// Quitting with questions not saved.
    ConfirmQuit(QuitChoice),
    /// Writing a question of one's own.
    WriteQuestion(QuestionDraft),
    /// The plain definition of a glossary term (by its index).
    Term(usize),
    /// A steps figure of the current topic, and the step shown.
    Steps(StepByStep),
    /// "Check yourself".
    Quiz(QuizQuestion),
}

/// What a window's rows mark as selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selected {
    /// The list item with this number (search result, question, choice).
    Item(usize),
    /// The source with this number.
    Source(usize),
}

impl Window {
    /// Which window this is, without its state: its title, its rows, its keys.
    pub fn kind(&self) -> WindowKind {
        match self {
            Window::About => WindowKind::About,
            Window::Help => WindowKind::Help,
            Window::Sources(_) => WindowKind::Sources,
            Window::Pin(_) => WindowKind::Pin,
            Window::Search(_) => WindowKind::Search,
            Window::Guides(_) => WindowKind::Guides,
            Window::AddQuestion(_) => WindowKind::AddQuestion,
            Window::ConfirmQuit(_) => WindowKind::ConfirmQuit,
            Window::MyQuestions(_) => WindowKind::MyQuestions,
            Window::WriteQuestion(_) => WindowKind::WriteQuestion,
            Window::Term(t) => WindowKind::Term(*t),
            Window::Steps(StepByStep { figure, .. }) => WindowKind::Steps(*figure),
            Window::Quiz(QuizQuestion { question, .. }) => WindowKind::Quiz(*question),
        }
    }

    /// The highlighted row of a window that has one.
    pub fn selected(&self) -> Option<Selected> {
        match *self {
            Window::Sources(SourceList { sel }) => Some(Selected::Source(sel)),
            Window::Search(ref s) => Some(Selected::Item(s.sel)),
            Window::Guides(ref p) => Some(Selected::Item(p.sel)),
            Window::AddQuestion(SuggestedQuestions { sel })
            | Window::MyQuestions(QuestionList { sel })
            | Window::ConfirmQuit(QuitChoice { sel }) => Some(Selected::Item(sel)),
            _ => None,
        }
    }

    /// Windows whose rows change with every key (typing, choosing): rebuilt each time rather
    /// than cached. They are small.
    pub(in crate::app) fn changes_with_keys(&self) -> bool {
        !matches!(
            self,
            Window::About | Window::Help | Window::Sources(_) | Window::Term(_)
        )
    }
}

/// What a tap outside a window's items does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elsewhere {
    /// Outside the window or on its bottom border it closes the window; inside, nothing.
    Closes,
    /// Anywhere closes it: the window only shows something.
    ClosesAnywhere,
    /// Nothing: a stray tap must not throw away what is being written.
    Ignored,
    /// Anywhere closes it, and nothing else (not even Get help) works over it.
    OnlyCloses,
}

/// How a window takes taps and the wheel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Touch {
    /// A tap on one of its items chooses it (`Action::Choose`).
    pub items: bool,
    /// The wheel scrolls it.
    pub wheel: bool,
    pub elsewhere: Elsewhere,
}

/// What a window decides for itself, written once in its module (its `RULES`): how it takes
/// taps and the wheel, which key table applies, its keys, its taps besides its items, where it
/// puts the cursor, and what it does as it opens and closes. What all windows share (opening,
/// closing, the keys all take) is in this module.
#[derive(Clone, Copy)]
pub(in crate::app) struct Rules {
    pub touch: Touch,
    /// Which key table applies while it is open (`App::input_mode`): typing in a text box, the
    /// staff PIN, My questions, or the reading keys.
    pub input: InputMode,
    /// The open window takes an action (its keys, and taps once they are actions).
    pub keys: fn(&mut App, Action),
    /// Its taps besides its items, for one of its rows drawn at `y` in `text`.
    pub taps: fn(&Row, Rect, u16) -> Vec<(Rect, Action)>,
    /// Where the cursor goes when the window places it itself (a text box), else `None`.
    pub focus: fn(&App, &Screen) -> Option<Position>,
    /// What it does once it is open (its state already in `windows.open`).
    pub opened: fn(&mut App),
    /// What it does as it closes, its state still there.
    pub closing: fn(&mut App),
}

impl Rules {
    /// A window's rules with nothing of its own besides how it takes touch, its key table and
    /// its keys: no taps besides its items, the cursor left to `targets`, nothing done as it
    /// opens or closes. A window with more says so over this (`..Rules::plain(...)`).
    const fn plain(touch: Touch, input: InputMode, keys: fn(&mut App, Action)) -> Self {
        Self {
            touch,
            input,
            keys,
            taps: no_taps,
            focus: no_focus,
            opened: nothing,
            closing: nothing,
        }
    }
}

/// Each window's rules, by its kind: the one place that names every window's module.
pub(in crate::app) fn rules(kind: WindowKind) -> &'static Rules {
    match kind {
        WindowKind::About => &about::RULES,
        WindowKind::Help => &help::RULES,
        WindowKind::Sources => &sources::RULES,
        WindowKind::Pin => &pin::RULES,
        WindowKind::Search => &search::RULES,
        WindowKind::Guides => &guides::RULES,
        WindowKind::AddQuestion => &add_question::RULES,
        WindowKind::ConfirmQuit => &confirm_quit::RULES,
        WindowKind::MyQuestions => &my_questions::RULES,
        WindowKind::WriteQuestion => &write_question::RULES,
        WindowKind::Term(_) => &term::RULES,
        WindowKind::Steps(_) => &steps::RULES,
        WindowKind::Quiz(_) => &quiz::RULES,
    }
}

/// How a window of this kind takes taps and the wheel (its rules' `touch`, for tests/).
pub fn touch(kind: WindowKind) -> Touch {
    rules(kind).touch
}

/// A window with no taps besides its items.
fn no_taps(_: &Row, _: Rect, _: u16) -> Vec<(Rect, Action)> {
    Vec::new()
}

/// A window that leaves the cursor to `targets` (its selected item or first line).
fn no_focus(_: &App, _: &Screen) -> Option<Position> {
    None
}

/// A window with nothing to do as it opens or closes.
fn nothing(_: &mut App) {}

/// The keys of the kiosk's on-screen keyboard in a row (search, writing a question): a tap
/// on a letter types it, on Erase erases, on the key that adds a question does what Enter does.
fn keyboard_taps(row: &Row, text: Rect, y: u16) -> Vec<(Rect, Action)> {
    crate::layout::row_links(row, text, y)
        .into_iter()
        .filter_map(|(key, link)| match link {
            Link::Type(c) => Some((key, Action::TypeChar(c))),
            Link::Erase => Some((key, Action::TypeErase)),
            Link::Enter => Some((key, Action::Enter)),
            _ => None,
        })
        .collect()
}

impl App {
    /// The open window takes the action: each window its own keys (its `RULES`), then what
    /// all share (`common_window_action`). About, Help, Sources and a term only show something.
    pub(in crate::app) fn window_action(&mut self, action: Action) {
        if let Some(kind) = self.window_kind() {
            (rules(kind).keys)(self, action);
        }
    }

    /// Opens `window`; one open already is closed first (its `closing` runs: a search that
    /// found nothing is counted whichever window takes its place).
    pub(in crate::app) fn open_window(&mut self, window: Window) {
        if let Some(open) = self.window_kind() {
            (rules(open).closing)(self);
        }
        let kind = window.kind();
        self.windows.open = Some(window);
        self.windows.scroll = 0;
        (rules(kind).opened)(self);
    }

    pub(in crate::app) fn close_window(&mut self) {
        if let Some(kind) = self.window_kind() {
            (rules(kind).closing)(self);
        }
        self.windows.open = None;
        self.windows.scroll = 0;
    }

    /// What every window does: close, switch to another, scroll.
    pub(in crate::app) fn common_window_action(&mut self, action: Action) {
        let Some(kind) = self.window_kind() else {
            return;
        };
        let max = self.window_max_scroll();
        let page = self.window_page();
        let scroll = self.windows.scroll;
        match action {
            Action::Back | Action::Enter | Action::CloseWindow => self.close_window(),
            // q closes a window, as every other key that closes one.
            Action::Quit => self.close_window(),
            Action::Help | Action::Sources | Action::About | Action::Search => {
                let wanted = match action {
                    Action::Search => WindowKind::Search,
                    Action::Help => WindowKind::Help,
                    Action::Sources => WindowKind::Sources,
                    _ => WindowKind::About,
                };
                if wanted == kind {
                    self.close_window();
                } else {
                    match wanted {
                        WindowKind::Search => {
                            self.open_window(Window::Search(SearchBox::default()))
                        }
                        WindowKind::Help => self.open_window(Window::Help),
                        WindowKind::Sources => self.open_sources(),
                        _ => self.open_window(Window::About),
                    }
                }
            }
            // The kiosk bar's Home and Check yourself, tapped under a window: the window
            // closes and they go where they go.
            Action::Home | Action::CheckYourself => {
                self.close_window();
                self.apply(action);
            }
            Action::Up => self.windows.scroll = scroll.saturating_sub(1),
            Action::Down => self.windows.scroll = (scroll + 1).min(max),
            Action::PageUp | Action::WindowPage(Way::Up) => {
                self.windows.scroll = scroll.saturating_sub(page)
            }
            Action::PageDown | Action::WindowPage(Way::Down) => {
                self.windows.scroll = (scroll + page).min(max)
            }
            Action::Top => self.windows.scroll = 0,
            Action::Bottom => self.windows.scroll = max,
            Action::WindowWheel(Way::Up) => self.windows.scroll = scroll.saturating_sub(WHEEL_STEP),
            Action::WindowWheel(Way::Down) => self.windows.scroll = (scroll + WHEEL_STEP).min(max),
            _ => {}
        }
    }
}

/// What each window's own tests start from: the small fixture guide (tests/fixtures/ui.toml).
#[cfg(test)]
pub(super) mod testing {
    use crate::action::Action;
    use crate::app::{App, Kiosk, View};

    /// The fixture guide itself, to change before an app is made on it.
    pub fn guide() -> crate::guide::Guide {
        let text = include_str!("../../../tests/fixtures/ui.toml");
        crate::guide::validate::parse_guide("ui.toml", text).expect("the fixture")
    }

    /// A desktop at 80x24, its first window (About this guide) still open.
    pub fn desktop() -> App {
        App::with(vec![guide()], 0, 80, 24, View::default(), None)
    }

    /// A desktop at 80x24 on the reading screen, no window open.
    pub fn reading() -> App {
        reading_in(vec![guide()])
    }

    /// The same on a library of these guides, the first one open.
    pub fn reading_in(guides: Vec<crate::guide::Guide>) -> App {
        let mut app = App::with(guides, 0, 80, 24, View::default(), None);
        let _ = app.update(Action::CloseWindow);
        assert!(app.window().is_none());
        app
    }

    /// A kiosk at 100x30 reading its guide (past the welcome screen), with this staff PIN.
    pub fn kiosk(pin: Option<&str>) -> App {
        let kiosk = Kiosk {
            pin_hash: pin.map(|p| crate::kiosk::pin::hash(p).expect("a hash")),
            ..Kiosk::default()
        };
        let mut app = App::with(vec![guide()], 0, 100, 30, View::default(), Some(kiosk));
        let _ = app.update(Action::Enter);
        assert!(app.welcome().is_none() && app.window().is_none());
        app
    }
}
