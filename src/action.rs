//! Everything a person can ask the app to do. Keys and mouse events become these; `App::update`
//! carries them out.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    /// Left arrow or `h`: previous tab, or out of a pane.
    Left,
    /// Right arrow or `l`: next tab, or into a pane.
    Right,
    /// Open the selected item.
    Enter,
    /// Go back out, or close an overlay.
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
    /// Next / previous search match in the topic.
    NextMatch,
    PrevMatch,
    /// Choose the next link in the topic (Enter follows it).
    NextLink,
    /// Back / forward through topics visited by following links.
    HistoryBack,
    HistoryForward,
    /// Show the definition of the next glossary term in the text (true) or the previous one.
    Define(bool),
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
    /// In "My questions": move the selected question up (true) or down.
    MoveQuestion(bool),
    /// In "My questions": save the list to a file (not in kiosk mode).
    SaveQuestions,
    /// Larger or normal text (the large layout).
    TextSize,
    /// High contrast on or off.
    Contrast,
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
    /// Kiosk: no input for a while; this many seconds are left before the reset.
    IdleWarning(u64),
    /// Kiosk: the countdown ran out; forget everything the last patient did.
    IdleReset,
    Resize(u16, u16),
    Click(u16, u16),
    WheelUp(u16, u16),
    WheelDown(u16, u16),
}

/// Which keys apply: what the app is doing decides what a key means. The app says which mode it
/// is in (`App::input_mode`); the keymap holds the keys of every mode.
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
