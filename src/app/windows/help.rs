//! The help window: the keys (from the key table); on a kiosk first a touch menu of what the
//! button bar has no room for, each item a tap away.

use super::{Elsewhere, Rules, Touch};
use crate::action::InputMode;
use crate::app::{Action, App};

/// How this window takes taps and the wheel. A kiosk's touch menu items are tapped; a tap
/// outside closes it.
pub(super) const TOUCH: Touch = Touch {
    items: true,
    wheel: true,
    elsewhere: Elsewhere::Closes,
};

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules::plain(TOUCH, InputMode::Reading, App::help_action);

impl App {
    /// A touch menu item chosen runs its action over the reading screen.
    fn help_action(&mut self, action: Action) {
        match action {
            Action::Choose(i) => {
                if let Some((chosen, _)) = self.touch_menu().into_iter().nth(i) {
                    self.close_window();
                    self.apply(chosen);
                }
            }
            other => self.common_window_action(other),
        }
    }

    /// A kiosk's help window opens with what the button bar has no room for, each a touch
    /// away: search (with the on-screen keyboard), a question about the topic for My
    /// questions, My questions and its QR code, Check
    /// yourself, the most important information, another medicine. Empty off a kiosk (the keys
    /// are listed instead).
    pub fn touch_menu(&self) -> Vec<(Action, String)> {
        if self.kiosk.is_none() {
            return Vec::new();
        }
        let lang = self.look.view.lang;
        let mut menu = vec![(Action::Search, crate::i18n::tr!(lang, "menu-search"))];
        if let Some(topic) = self.topic() {
            menu.push((
                Action::AddQuestion,
                crate::i18n::tr!(lang, "menu-add-question", title = &topic.title),
            ));
        }
        menu.push((
            Action::MyQuestions,
            crate::i18n::tr!(lang, "menu-my-questions"),
        ));
        if !self.reading.guide.check_yourself.is_empty() {
            menu.push((
                Action::CheckYourself,
                crate::i18n::tr!(lang, "menu-check-yourself"),
            ));
        }
        menu.push((Action::KeyFacts, crate::i18n::tr!(lang, "menu-key-facts")));
        menu.push((
            Action::TextSize,
            if self.look.view.large {
                crate::i18n::tr!(lang, "menu-text-smaller")
            } else {
                crate::i18n::tr!(lang, "menu-text-larger")
            },
        ));
        menu.push((Action::Contrast, crate::i18n::tr!(lang, "menu-contrast")));
        if self.offers_guides() {
            menu.push((Action::Guides, crate::i18n::tr!(lang, "menu-guides")));
        }
        menu
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing;
    use crate::action::Action;
    use crate::doc::pages::WindowKind;

    #[test]
    fn a_kiosk_menu_item_does_what_its_button_would_and_a_desktop_has_no_menu() {
        let mut app = testing::kiosk(None);
        let _ = app.update(Action::Help);
        assert_eq!(app.window_kind(), Some(WindowKind::Help));
        let menu = app.touch_menu();
        assert_eq!(menu[0].0, Action::Search, "{menu:?}");
        let _ = app.update(Action::Choose(0));
        assert_eq!(app.window_kind(), Some(WindowKind::Search));
        let mut app = testing::reading();
        assert!(app.touch_menu().is_empty());
        let _ = app.update(Action::Help);
        let _ = app.update(Action::Choose(0));
        assert_eq!(
            app.window_kind(),
            Some(WindowKind::Help),
            "nothing to choose"
        );
    }
}
