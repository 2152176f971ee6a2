//! The About window: what the guide is, the disclaimer, the review date. Shown at start, it
//! says "press any key".

use super::{Elsewhere, Touch};
use crate::app::{Action, App};

/// How this window takes taps and the wheel. It only shows something: a tap anywhere but Get
/// help, Key facts or its scroll buttons closes it; the wheel scrolls it.
pub(super) const TOUCH: Touch = Touch {
    items: false,
    wheel: true,
    elsewhere: Elsewhere::ClosesAnywhere,
};

impl App {
    /// "Press any key": a key scrolls the window or closes it, and does only that (a letter
    /// does not also run its command behind it, nor open another window).
    pub(in crate::app) fn about_action(&mut self, action: Action) {
        if action.moves_in_a_window() {
            self.common_window_action(action);
        } else {
            self.close_window();
        }
    }
}
