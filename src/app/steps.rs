//! Going through a steps figure one step at a time: "Step 3 of 7", large, with buttons to move.

use super::*;

impl App {
    /// Opens steps figure `figure` of the current topic at its first step.
    pub(super) fn open_steps(&mut self, figure: usize) {
        if self.steps_count(figure) > 0 {
            self.step = 0;
            self.open_overlay(Overlay::Steps(figure));
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
    pub(super) fn steps_action(&mut self, action: Action) {
        let Some(Overlay::Steps(figure)) = self.overlay else {
            return;
        };
        let last = self.steps_count(figure).saturating_sub(1);
        match action {
            Action::Right | Action::Down | Action::PageDown | Action::WheelDown(..) => {
                self.step = (self.step + 1).min(last)
            }
            Action::Enter if self.step >= last => self.close_overlay(),
            Action::Enter => self.step += 1,
            Action::Left | Action::Up | Action::PageUp | Action::WheelUp(..) => {
                self.step = self.step.saturating_sub(1)
            }
            Action::HistoryBack => self.step = self.step.saturating_sub(1),
            Action::Top => self.step = 0,
            Action::Bottom => self.step = last,
            Action::Click(x, y) => match self.overlay_item_at(x, y) {
                Some(0) => self.step = self.step.saturating_sub(1),
                Some(_) if self.step >= last => self.close_overlay(),
                Some(_) => self.step += 1,
                None => self.overlay_action(action),
            },
            Action::Back | Action::Quit | Action::Steps => self.close_overlay(),
            _ => self.overlay_action(action),
        }
    }
}
