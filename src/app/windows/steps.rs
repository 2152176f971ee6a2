//! Going through a steps figure one step at a time: "Step 3 of 7", large, with buttons to move.

use super::{Elsewhere, Rules, Touch, Window};
use crate::action::InputMode;
use crate::app::{Action, App, Way};

/// How this window takes taps and the wheel. Its buttons are items; a tap outside closes it.
pub(super) const TOUCH: Touch = Touch {
    items: true,
    wheel: true,
    elsewhere: Elsewhere::Closes,
};

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules::plain(TOUCH, InputMode::Reading, App::steps_action);

/// A steps figure of the current topic (by its number) and the step shown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StepByStep {
    pub figure: usize,
    pub step: usize,
}

impl App {
    /// Opens steps figure `figure` of the current topic at its first step.
    pub(in crate::app) fn open_steps(&mut self, figure: usize) {
        if self.steps_count(figure) > 0 {
            self.open_window(Window::Steps(StepByStep { figure, step: 0 }));
        }
    }

    fn steps_count(&self, figure: usize) -> usize {
        match self
            .topic()
            .and_then(|t| t.figures.get(figure))
            .map(|f| &f.chart)
        {
            Some(crate::guide::Chart::Steps(steps)) => steps.len(),
            _ => 0,
        }
    }

    /// Keys and taps while a step is shown: forward, back, or close.
    fn steps_action(&mut self, action: Action) {
        let Some(Window::Steps(StepByStep { figure, step })) = self.windows.open else {
            return;
        };
        let last = self.steps_count(figure).saturating_sub(1);
        let show = |app: &mut Self, step: usize| {
            app.windows.open = Some(Window::Steps(StepByStep { figure, step }));
        };
        let back = step.saturating_sub(1);
        match action {
            Action::Right | Action::Down | Action::PageDown | Action::WindowWheel(Way::Down) => {
                show(self, (step + 1).min(last))
            }
            Action::Left
            | Action::Up
            | Action::PageUp
            | Action::WindowWheel(Way::Up)
            | Action::HistoryBack => show(self, back),
            // The first button goes back; the other goes on, and closes after the last step.
            Action::Choose(0) => show(self, back),
            Action::Enter | Action::Choose(_) if step >= last => self.close_window(),
            Action::Enter | Action::Choose(_) => show(self, step + 1),
            Action::Top => show(self, 0),
            Action::Bottom => show(self, last),
            Action::Back | Action::Quit | Action::Steps => self.close_window(),
            _ => self.common_window_action(action),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{StepByStep, Window, testing};
    use crate::action::Action;
    use crate::guide::Chart;

    #[test]
    fn steps_go_one_at_a_time_and_the_last_one_closes_the_window() {
        let mut app = testing::reading();
        let (section, topic, figure) = app
            .reading
            .guide
            .sections
            .iter()
            .enumerate()
            .flat_map(|(s, sec)| {
                sec.topics
                    .iter()
                    .enumerate()
                    .map(move |(t, top)| (s, t, top))
            })
            .find_map(|(s, t, top)| {
                let f = top
                    .figures
                    .iter()
                    .position(|f| matches!(f.chart, Chart::Steps(_)))?;
                Some((s, t, f))
            })
            .expect("the fixture has a steps figure");
        app.go_to(section, topic);
        app.open_steps(figure);
        assert!(
            matches!(app.windows.open, Some(Window::Steps(StepByStep { figure: f, step: 0 })) if f == figure)
        );
        let _ = app.update(Action::Right);
        assert!(
            matches!(app.windows.open, Some(Window::Steps(StepByStep { figure: f, step: 1 })) if f == figure)
        );
        let _ = app.update(Action::Left);
        assert!(
            matches!(app.windows.open, Some(Window::Steps(StepByStep { figure: f, step: 0 })) if f == figure)
        );
        let _ = app.update(Action::Bottom);
        let _ = app.update(Action::Enter);
        assert!(app.window().is_none(), "Enter on the last step closes it");
    }
}
