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
    Resize(u16, u16),
    Click(u16, u16),
    WheelUp(u16, u16),
    WheelDown(u16, u16),
}
