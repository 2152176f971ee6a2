//! The About window: what the guide is, the disclaimer, the review date. Shown at start, it
//! says "press any key".

use super::{Elsewhere, Rules, Touch};
use crate::action::InputMode;
use crate::app::{Action, App};

/// How this window takes taps and the wheel. It only shows something: a tap anywhere but Get
/// help, Key facts or its scroll buttons closes it; the wheel scrolls it.
pub(super) const TOUCH: Touch = Touch {
    items: false,
    wheel: true,
    elsewhere: Elsewhere::ClosesAnywhere,
};

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules::plain(TOUCH, InputMode::Reading, App::about_action);

impl App {
    /// "Press any key": a key scrolls the window or closes it, and does only that (a letter
    /// does not also run its command behind it, nor open another window). A moving key (Space,
    /// the arrows, Page Down) scrolls while there is more that way and closes it where there is
    /// none, so that it never does nothing; the wheel and the window's own More and Up buttons
    /// only scroll.
    fn about_action(&mut self, action: Action) {
        if action.moves_in_a_window() {
            let only_scrolls = matches!(action, Action::WindowWheel(_) | Action::WindowPage(_));
            let before = self.windows.scroll;
            self.common_window_action(action);
            if !only_scrolls && self.windows.scroll == before {
                self.close_window();
            }
        } else {
            self.close_window();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing;
    use crate::action::{Action, Way};
    use crate::doc::pages::WindowKind;

    #[test]
    fn the_wheel_only_scrolls_it_and_any_other_key_closes_it() {
        let mut app = testing::desktop();
        assert_eq!(app.window_kind(), Some(WindowKind::About));
        let _ = app.update(Action::WindowWheel(Way::Down));
        assert_eq!(
            app.window_kind(),
            Some(WindowKind::About),
            "the wheel scrolls"
        );
        let _ = app.update(Action::TypeChar('x'));
        assert_eq!(app.window_kind(), None, "a key closes it");
    }
}
