//! A glossary term's window: the plain definition of a word the patient tapped or chose. It
//! only shows something, so it takes only what every window takes (close, switch, scroll).

use super::{Elsewhere, Rules, Touch};
use crate::action::InputMode;
use crate::app::{Action, App};

/// How this window takes taps and the wheel. It only shows a definition: a tap anywhere but
/// Get help, Key facts or its scroll buttons closes it; the wheel scrolls it.
pub(super) const TOUCH: Touch = Touch {
    items: false,
    wheel: true,
    elsewhere: Elsewhere::ClosesAnywhere,
};

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules::plain(TOUCH, InputMode::Reading, App::term_action);

impl App {
    /// Only what every window takes: close, switch to another, scroll.
    fn term_action(&mut self, action: Action) {
        self.common_window_action(action);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Window, testing};
    use crate::action::Action;

    #[test]
    fn a_term_shows_its_name_and_back_returns_to_the_same_place() {
        let mut app = testing::reading();
        // Away from the first topic, so that going anywhere else would show.
        app.go_to(2, 0);
        let place = (app.reading.section, app.topic_index(), app.scroll());
        app.open_window(Window::Term(0));
        // (An update lays the window out, as after the key that opens it.)
        let _ = app.update(Action::Top);
        let term = app.reading.guide.glossary[0].term.clone();
        let shown: String = app.window_rows().iter().map(|r| r.text()).collect();
        assert!(shown.contains(&term), "{shown}");
        let _ = app.update(Action::Back);
        assert!(app.window().is_none());
        assert_eq!(
            (app.reading.section, app.topic_index(), app.scroll()),
            place
        );
    }
}
