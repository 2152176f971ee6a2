//! Who takes an action: the routing order, written once as a list. `App::update` asks `route`
//! and hands the action to the first part of the app on the list that takes it.

use super::{Action, App, Window};

/// The parts of the app that take actions, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// The idle countdown ("Still reading?") is showing: any input only cancels it (a digit of
    /// the staff PIN is also taken, so the PIN is not cut short).
    Countdown,
    /// The window is too small to show anything but "Please enlarge the window": nothing acts
    /// unseen. Only quitting (Ctrl-C; `q` when no question would be lost) and the staff exit
    /// (with its PIN) are taken by their own parts.
    TooSmall,
    /// What works on every screen, the staff PIN included: the staff exit, quitting at once,
    /// text size, contrast, the guides, the language.
    Anywhere,
    /// The staff PIN is being typed: everything else goes to it.
    Pin,
    /// Reading aloud: start or stop, speed, volume; Esc stops a reading before it goes back.
    Aloud,
    /// Get help now and the key facts: one key or one tap away over any window.
    Urgent,
    /// The open window (search, help, My questions, ...).
    Window,
    /// The kiosk's welcome screen.
    Welcome,
    /// The reading screen's panes.
    Panes,
}

/// The routing order: the first that takes an action gets it.
pub const ORDER: [Route; 9] = [
    Route::Countdown,
    Route::TooSmall,
    Route::Anywhere,
    Route::Pin,
    Route::Aloud,
    Route::Urgent,
    Route::Window,
    Route::Welcome,
    Route::Panes,
];

impl App {
    /// The part of the app that takes `action` now.
    pub fn route(&self, action: &Action) -> Route {
        ORDER
            .into_iter()
            .find(|&r| self.takes(r, action))
            .unwrap_or(Route::Panes)
    }

    /// Whether `route` takes `action` in the app's state.
    fn takes(&self, route: Route, action: &Action) -> bool {
        match route {
            Route::Countdown => self.countdown().is_some(),
            Route::TooSmall => {
                self.look.screen.mode == crate::layout::Mode::TooSmall
                    && !matches!(action, Action::QuitNow | Action::StaffExit)
                    && !matches!(self.windows.open, Some(Window::Pin(_)))
            }
            Route::Anywhere => match action {
                Action::StaffExit
                | Action::StillHere
                | Action::QuitNow
                | Action::TextSize
                | Action::Contrast
                | Action::Language
                | Action::ChooseLanguage(_) => true,
                // Guides again in the guides window is that window's own key.
                Action::Guides => !matches!(self.windows.open, Some(Window::Guides(_))),
                _ => false,
            },
            Route::Pin => matches!(self.windows.open, Some(Window::Pin(_))),
            Route::Aloud => {
                matches!(
                    action,
                    Action::ReadAloud | Action::SpeechSpeed(_) | Action::SpeechVolume(_)
                ) || (*action == Action::Back && self.aloud.now.is_some())
            }
            Route::Urgent => matches!(action, Action::GetHelp | Action::KeyFacts),
            Route::Window => self.windows.open.is_some(),
            Route::Welcome => self.welcome().is_some(),
            Route::Panes => true,
        }
    }

    /// Hands `action` to the part of the app that takes it.
    pub(super) fn apply(&mut self, action: Action) {
        // What the patient did clears the last notice.
        self.look.notice = None;
        // Where the patient was, remembered when the action jumps elsewhere (see `jumps`).
        let before = (
            self.reading.guide_index,
            self.reading.section,
            self.topic_index(),
        );
        let jump = jumps(&action);
        self.dispatch(action);
        let after = (
            self.reading.guide_index,
            self.reading.section,
            self.topic_index(),
        );
        if jump && before != after && before.0 == after.0 && self.windows.open.is_none() {
            self.remember((before.1, before.2));
        }
    }

    fn dispatch(&mut self, action: Action) {
        match self.route(&action) {
            Route::Countdown => {
                if let Some(k) = &mut self.kiosk {
                    k.countdown = None;
                }
                if matches!(self.windows.open, Some(Window::Pin(_))) {
                    self.pin_action(action);
                }
            }
            // `q` quits as it would (a kiosk refuses it), but never opens a window unseen to
            // ask about questions not saved.
            Route::TooSmall if action == Action::Quit && !self.unsaved_questions() => self.quit(),
            Route::TooSmall => {}
            Route::Anywhere => self.anywhere(action),
            Route::Pin => self.pin_action(action),
            Route::Aloud if action == Action::Back => self.stop_reading(),
            Route::Aloud => self.speech_action(action),
            Route::Urgent => self.urgent_page(action),
            Route::Window => self.window_action(action),
            Route::Welcome => self.welcome_action(action),
            Route::Panes => self.pane_action(action),
        }
    }

    /// A place to go back to: Back and "< Back" return there.
    pub(super) fn remember(&mut self, place: (usize, usize)) {
        if self.history.back.last() != Some(&place) {
            self.history.back.push(place);
        }
        if self.history.back.len() > MAX_HISTORY {
            self.history.back.remove(0);
        }
        self.history.forward.clear();
    }

    /// What works on every screen.
    fn anywhere(&mut self, action: Action) {
        match action {
            Action::StaffExit => self.staff_exit(),
            Action::QuitNow => self.quit(),
            Action::TextSize => {
                self.look.view.large = !self.look.view.large;
                let area = self.look.screen.area;
                self.resize(area.width, area.height);
            }
            Action::Contrast => self.look.view.high_contrast = !self.look.view.high_contrast,
            Action::Guides => {
                if self.welcome().is_some() {
                    self.start_reading();
                }
                self.open_guides();
            }
            Action::Language => self.set_language(self.look.view.lang.next()),
            Action::ChooseLanguage(lang) => self.set_language(lang),
            // "Still here" only counts as input (it cancels a countdown, which comes first).
            _ => {}
        }
    }

    /// Opens the guide's key facts or get-help page from anywhere: over any window, and from
    /// the kiosk's welcome screen (which then opens the chosen guide).
    fn urgent_page(&mut self, action: Action) {
        if self.welcome().is_some() {
            self.start_reading();
        }
        let get_help = action == Action::GetHelp;
        let page = if get_help {
            self.reading.guide.get_help
        } else {
            self.reading.guide.key_facts
        };
        if page.is_some() {
            self.open_page(page);
            return;
        }
        // A guide without the page (`check` warns of it: no-get-help, no-key-facts) still
        // answers the button, in the title row until the next key: Get help says where help is
        // in an emergency.
        let lang = self.lang();
        self.look.notice = Some(if get_help {
            crate::i18n::tr!(lang, "notice-no-get-help")
        } else {
            crate::i18n::tr!(lang, "notice-no-key-facts")
        });
    }
}

/// Places remembered to go back to, at most.
const MAX_HISTORY: usize = 100;

/// Whether an action jumps to another page rather than moving through the lists: a link, a
/// search result, the urgent pages, a question's "read more". Back then returns to where the
/// patient was. (A section's tab or number and the topics of a list are not jumps: they show
/// the list, and Back goes out of it, as before.)
fn jumps(action: &Action) -> bool {
    matches!(
        action,
        Action::Follow(_) | Action::Enter | Action::Choose(_) | Action::GetHelp | Action::KeyFacts
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_names_every_route_once() {
        for r in ORDER {
            assert_eq!(ORDER.iter().filter(|&&o| o == r).count(), 1, "{r:?}");
        }
        assert_eq!(
            ORDER.last(),
            Some(&Route::Panes),
            "the panes take what is left"
        );
    }
}
