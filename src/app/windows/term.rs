//! A glossary term's window: the plain definition of a word the patient tapped or chose. It
//! only shows something, so it takes only what every window takes (close, switch, scroll).

use super::{Elsewhere, Touch};
use crate::app::{Action, App};

/// How this window takes taps and the wheel. It only shows a definition: a tap anywhere but
/// Get help, Key facts or its scroll buttons closes it; the wheel scrolls it.
pub(super) const TOUCH: Touch = Touch {
    items: false,
    wheel: true,
    elsewhere: Elsewhere::ClosesAnywhere,
};

impl App {
    /// Only what every window takes: close, switch to another, scroll.
    pub(in crate::app) fn term_action(&mut self, action: Action) {
        self.common_window_action(action);
    }
}
