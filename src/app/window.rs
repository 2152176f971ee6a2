//! The open window and everything it alone needs: the search box's query and results, the PIN
//! digits, the step shown, the question being answered, the selected item. Closing a window
//! drops its state with it, so nothing of it can leak into the next one.

use crate::doc::pages::WindowKind;
use crate::search::Results;

/// The search window: what is typed, what it found, and the highlighted result.
#[derive(Debug, Clone, Default)]
pub struct SearchBox {
    pub query: String,
    pub results: Results,
    pub sel: usize,
    /// The query changed since the results were found (typing in a batch searches once).
    pub(super) stale: bool,
    /// Search for the words as typed: the patient undid a correction.
    pub as_typed: bool,
}

/// The list of guides: what is typed to narrow it, and the highlighted guide (its place in the
/// list as shown).
#[derive(Debug, Clone, Default)]
pub struct GuidePicker {
    pub typed: String,
    pub sel: usize,
}

#[derive(Debug, Clone)]
pub enum Window {
    /// What the guide is, the disclaimer, the review date.
    About,
    Help,
    /// The guide's sources, with one highlighted.
    Sources {
        sel: usize,
    },
    /// Kiosk staff exit: the digits typed so far, and whether the last try was wrong.
    Pin {
        digits: String,
        wrong: bool,
    },
    Search(SearchBox),
    /// Choosing a guide.
    Guides(GuidePicker),
    /// Picking a question about the current topic for "My questions".
    AddQuestion {
        sel: usize,
    },
    /// The patient's list, with one question selected.
    MyQuestions {
        sel: usize,
    },
    /// Quitting with questions not saved: save then quit, quit without saving, or stay.
    ConfirmQuit {
        sel: usize,
    },
    /// Writing a question of one's own, and the question selected in the list it returns to.
    WriteQuestion {
        draft: String,
        list_sel: usize,
    },
    /// The plain definition of a glossary term (by its index).
    Term(usize),
    /// A steps figure of the current topic, and the step shown.
    Steps {
        figure: usize,
        step: usize,
    },
    /// "Check yourself": the question, the highlighted choice and the answer given, if any.
    Quiz {
        question: usize,
        sel: usize,
        given: Option<usize>,
    },
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
            Window::Sources { .. } => WindowKind::Sources,
            Window::Pin { .. } => WindowKind::Pin,
            Window::Search(_) => WindowKind::Search,
            Window::Guides(_) => WindowKind::Guides,
            Window::AddQuestion { .. } => WindowKind::AddQuestion,
            Window::ConfirmQuit { .. } => WindowKind::ConfirmQuit,
            Window::MyQuestions { .. } => WindowKind::MyQuestions,
            Window::WriteQuestion { .. } => WindowKind::WriteQuestion,
            Window::Term(t) => WindowKind::Term(*t),
            Window::Steps { figure, .. } => WindowKind::Steps(*figure),
            Window::Quiz { question, .. } => WindowKind::Quiz(*question),
        }
    }

    /// The highlighted row of a window that has one.
    pub fn selected(&self) -> Option<Selected> {
        match *self {
            Window::Sources { sel } => Some(Selected::Source(sel)),
            Window::Search(ref s) => Some(Selected::Item(s.sel)),
            Window::Guides(ref p) => Some(Selected::Item(p.sel)),
            Window::AddQuestion { sel }
            | Window::MyQuestions { sel }
            | Window::ConfirmQuit { sel } => Some(Selected::Item(sel)),
            _ => None,
        }
    }

    /// Windows whose rows change with every key (typing, choosing): rebuilt each time rather
    /// than cached. They are small.
    pub(super) fn changes_with_keys(&self) -> bool {
        !matches!(
            self,
            Window::About | Window::Help | Window::Sources { .. } | Window::Term(_)
        )
    }
}
