//! Everything a person can ask the app to do. Keys become these through `keymap`; clicks, taps
//! and wheel steps through `hit`, which knows what was drawn where; `App::update` carries them out.

use std::path::PathBuf;

use crate::doc::Link;

/// The three panes of the reading screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Sections,
    Topics,
    Reader,
}

/// Which way a scroll, a wheel step or a move goes: up is toward the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    Up,
    Down,
}

/// The next or the previous one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seek {
    Next,
    Previous,
}

/// More (faster, louder) or less.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    More,
    Less,
}

/// A pointer event as the terminal reports it, before `hit` finds what it landed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pointer {
    /// A click or a tap at (column, row).
    Click(u16, u16),
    /// A wheel step at (column, row), the way the wheel turned.
    Wheel(u16, u16, Way),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    /// Left arrow or `h`: previous tab, or out of a pane.
    Left,
    /// Right arrow or `l`: next tab, or into a pane.
    Right,
    /// Open the selected item.
    Enter,
    /// Go back out, or close a window.
    Back,
    NextPane,
    PrevPane,
    /// Jump to section N (0-based).
    Section(usize),
    PageUp,
    PageDown,
    Top,
    Bottom,
    Help,
    Sources,
    About,
    /// Close the open window, or quit.
    Quit,
    /// Quit at once, whatever is open (Ctrl-C).
    QuitNow,
    /// Open the search window.
    Search,
    /// A character typed into a text box (search, or a question of your own).
    TypeChar(char),
    /// Erase the last character typed.
    TypeErase,
    /// In search: look for the words as typed, after a typo was corrected.
    SearchAsTyped,
    /// Next / previous search match in the topic.
    NextMatch,
    PrevMatch,
    /// Choose the next link in the topic (Enter follows it).
    NextLink,
    /// Back / forward through topics visited by following links.
    HistoryBack,
    HistoryForward,
    /// Show the definition of the next or the previous glossary term in the text.
    Define(Seek),
    /// Add a question about the current topic to "My questions" (opens a picker).
    AddQuestion,
    /// Go through the current topic's steps one at a time.
    Steps,
    /// Show "My questions".
    MyQuestions,
    /// In "My questions": write a question of your own.
    WriteQuestion,
    /// In "My questions": remove the selected question.
    RemoveQuestion,
    /// In "My questions": move the selected question up or down.
    MoveQuestion(Way),
    /// In "My questions": save the list to a file (not in kiosk mode).
    SaveQuestions,
    /// Larger or normal text (the large layout).
    TextSize,
    /// High contrast on or off.
    Contrast,
    /// The interface and the guide in the next language (the guide's translation, if any).
    Language,
    /// The interface and the guide in this language (a tap on the welcome screen's button).
    ChooseLanguage(crate::i18n::Lang),
    /// The list of guides, to choose one (filtered by typing).
    Guides,
    /// Back to the start of the guide (kiosk button).
    Home,
    /// Open the guide's most important information.
    KeyFacts,
    /// Open the guide's "get help now" page: when and whom to call.
    GetHelp,
    /// Open "Check yourself": questions with choices, each linked to the topic that explains it.
    CheckYourself,
    /// Kiosk: the staff key chord; asks for the PIN.
    StaffExit,
    /// Kiosk: a digit of the PIN.
    PinDigit(u8),
    /// Kiosk: erase the last PIN digit.
    PinErase,
    /// Kiosk: a touch during "Still reading?": the patient is still here.
    StillHere,
    /// Read the current topic, step or window aloud; again (or Esc) stops.
    ReadAloud,
    /// Read aloud faster or slower.
    SpeechSpeed(Change),
    /// Read aloud louder or quieter.
    SpeechVolume(Change),

    // What a click, tap or wheel step means, found by `hit` on the layout the screen was drawn
    // from. Keys could ask for these too.
    /// Pick section N from the list or its tab (0-based) and show its topics.
    PickSection(usize),
    /// Pick topic N of the section from the list.
    PickTopic(usize),
    /// Make this pane the focused one.
    Focus(Pane),
    /// Scroll the reading pane by a page.
    ReaderPage(Way),
    /// Scroll the reading pane a few rows (the wheel).
    ReaderWheel(Way),
    /// Move the selection of a list one place (the wheel over a list).
    ListWheel(Pane, Way),
    /// Follow a link in the text: a topic, a source, a glossary term, a steps figure.
    Follow(Link),
    /// Item N of the open window: a search result, a question, a choice, a window's button.
    Choose(usize),
    /// Highlight source N in the sources window.
    ChooseSource(usize),
    /// Scroll the open window by a page.
    WindowPage(Way),
    /// Scroll the open window a few rows (the wheel).
    WindowWheel(Way),
    /// Close the open window (a click outside it or on its bottom edge).
    CloseWindow,
    /// Kiosk welcome screen: start reading guide N.
    ChooseGuide(usize),
}

/// What the shell tells the app: never a person's key or tap, but what happened around them
/// (the terminal's size, the end of a reading aloud, the idle clock, a library loaded, the
/// answer to an effect). Applied with `App::tell`; it never cancels the idle countdown and never
/// clears what the patient was just told, unless it answers what the patient asked for.
#[derive(Debug)]
pub enum Message {
    /// The terminal's size, as drawn (within what a screen can hold).
    Resize(u16, u16),
    /// The reading aloud came to its end.
    SpeechEnded,
    /// Reading aloud could not start, and why.
    SpeechFailed(String),
    /// Kiosk: no input for a while; this many seconds are left before the reset.
    IdleWarning(u64),
    /// Kiosk: the countdown ran out; forget everything the last patient did.
    IdleReset,
    /// The first frame is on the screen: what was left for after it is done (the rest of a
    /// kept catalogue is read, before any input).
    FirstFrame,
    /// The whole library, loaded and checked after the first frame (when the app started on
    /// part of it): its valid guides, how many files were left out, and the search index.
    Library(Loaded),
    /// The answer to `Effect::Check`: the guide asked for (and the original it translates),
    /// checked: open it.
    Checked(Loaded),
    /// The answer to `Effect::Check`: the guide asked for could not be checked, and why (file,
    /// line and what is wrong).
    Unchecked { origin: String, why: String },
    /// The answer to `Effect::SaveQuestions`: where, and why not if it failed.
    Saved {
        path: PathBuf,
        error: Option<String>,
    },
}

/// Which keys apply: what the app is doing decides what a key means. The app says which mode it
/// is in (`App::input_mode`); the keymap holds the keys of every mode.
impl Action {
    /// Moving through a window's text: a line, a page, its top or bottom, the wheel.
    pub fn moves_in_a_window(&self) -> bool {
        matches!(
            self,
            Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::WindowPage(_)
                | Action::WindowWheel(_)
                | Action::Top
                | Action::Bottom
        )
    }

    /// The way an arrow key moves a list's highlight: Up up, Down down; any other action none
    /// (so no caller can take another action for an arrow).
    pub fn arrow(&self) -> Option<Way> {
        match self {
            Action::Up => Some(Way::Up),
            Action::Down => Some(Way::Down),
            _ => None,
        }
    }

    /// The way a page key or a window's page button goes; any other action none.
    pub fn page(&self) -> Option<Way> {
        match self {
            Action::PageUp => Some(Way::Up),
            Action::PageDown => Some(Way::Down),
            Action::WindowPage(way) => Some(*way),
            _ => None,
        }
    }

    /// Paging, scrolling and closing: what every window does the same way.
    pub fn scrolls_a_window(&self) -> bool {
        matches!(
            self,
            Action::PageUp
                | Action::PageDown
                | Action::WindowPage(_)
                | Action::WindowWheel(_)
                | Action::CloseWindow
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputMode {
    /// Reading: panes, topics and most windows.
    Reading,
    /// A text box has the keys (search, writing a question): letters are typed.
    Typing,
    /// The staff PIN is being typed: digits.
    Pin,
    /// "My questions": its own keys, then the reading ones.
    MyQuestions,
}

/// Guides handed to the app by the shell, with their search index when it was built with them.
pub struct Loaded {
    /// Shared: the search index reads its results' text from the same guides.
    pub guides: Vec<std::sync::Arc<crate::guide::Guide>>,
    /// Guide files left out because they are not valid (`check` names their problems).
    pub left_out: usize,
    /// The search index over these guides, built on the loading thread (a large library's
    /// takes seconds, which no keystroke should wait for).
    pub index: Option<crate::search::Index>,
}

impl Loaded {
    pub fn new(guides: Vec<crate::guide::Guide>, left_out: usize) -> Self {
        Self {
            guides: guides.into_iter().map(std::sync::Arc::new).collect(),
            left_out,
            index: None,
        }
    }

    /// With the search index over these guides.
    pub fn with_index(mut self, index: crate::search::Index) -> Self {
        self.index = Some(index);
        self
    }
}

impl std::fmt::Debug for Loaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Loaded({} guides, {} left out)",
            self.guides.len(),
            self.left_out
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_arrows_and_page_keys_have_a_way() {
        assert_eq!(Action::Up.arrow(), Some(Way::Up));
        assert_eq!(Action::Down.arrow(), Some(Way::Down));
        for other in [
            Action::Enter,
            Action::PageDown,
            Action::WindowPage(Way::Down),
        ] {
            assert_eq!(other.arrow(), None, "{other:?}");
        }
        assert_eq!(Action::PageUp.page(), Some(Way::Up));
        assert_eq!(Action::PageDown.page(), Some(Way::Down));
        assert_eq!(Action::WindowPage(Way::Up).page(), Some(Way::Up));
        assert_eq!(Action::WindowPage(Way::Down).page(), Some(Way::Down));
        assert_eq!(Action::Down.page(), None);
    }
}
