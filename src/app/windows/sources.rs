//! The sources window: the guide's sources, the first the topic cites highlighted; Up and Down
//! move the highlight, a tap on a source's lines chooses it.

use super::{Elsewhere, Rect, Rules, Touch, Window};
use crate::action::InputMode;
use crate::app::{Action, App, Reveal, Row, pages, step};

/// How this window takes taps and the wheel. A source is chosen by a tap on its lines (`taps`),
/// not as an item; a tap outside closes it.
pub(super) const TOUCH: Touch = Touch {
    items: false,
    wheel: true,
    elsewhere: Elsewhere::Closes,
};

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules {
    taps,
    opened,
    ..Rules::plain(TOUCH, InputMode::Reading, App::sources_action)
};

/// The sources window: the source highlighted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceList {
    pub sel: usize,
}

impl App {
    /// The sources window, with the first source the current topic cites highlighted.
    pub(in crate::app) fn open_sources(&mut self) {
        let sel = self
            .topic()
            .and_then(|t| t.citations.first())
            .map_or(0, |c| c.source);
        self.open_window(Window::Sources(SourceList { sel }));
    }

    /// Up and Down move the highlight; a tap chooses a source; the rest is what all share.
    fn sources_action(&mut self, action: Action) {
        match action {
            _ if let Some(way) = action.arrow() => {
                let n = self.reading.guide.sources.len();
                if let Some(Window::Sources(SourceList { sel })) = &mut self.windows.open {
                    *sel = step(*sel, way, n);
                }
                self.laid.reveal = Some(Reveal::Source);
            }
            Action::ChooseSource(s) if s < self.reading.guide.sources.len() => {
                if let Some(Window::Sources(SourceList { sel })) = &mut self.windows.open {
                    *sel = s;
                }
            }
            other => self.common_window_action(other),
        }
    }

    /// Keeps the highlighted source, with the lines under its name, on screen (the window's rows
    /// are laid out).
    pub(in crate::app) fn reveal_source(&mut self) {
        let Some(Window::Sources(SourceList { sel })) = self.windows.open else {
            return;
        };
        if let Some(row) = pages::source_row(self.window_rows(), sel) {
            let page = self.window_page();
            if row < self.windows.scroll {
                self.windows.scroll = row;
            } else if row + 3 > self.windows.scroll + page {
                self.windows.scroll = (row + 3).saturating_sub(page);
            }
            self.windows.scroll = self.windows.scroll.min(self.window_max_scroll());
        }
    }
}

/// The source chosen is brought into view once the window is laid out.
fn opened(app: &mut App) {
    app.laid.reveal = Some(Reveal::Source);
}

/// A tap on any line of a source chooses it.
fn taps(row: &Row, text: Rect, y: u16) -> Vec<(Rect, Action)> {
    row.source()
        .map(|source| {
            (
                Rect::new(text.x, y, text.width, 1),
                Action::ChooseSource(source),
            )
        })
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{SourceList, Window, testing};
    use crate::action::Action;
    use crate::app::App;

    fn sel(app: &App) -> usize {
        match app.windows.open {
            Some(Window::Sources(SourceList { sel })) => sel,
            _ => panic!("the sources are open"),
        }
    }

    #[test]
    fn the_highlight_moves_and_stays_among_the_sources() {
        // Three sources (the fixture has one), so that the highlight has somewhere to go.
        let mut guide = testing::guide();
        let source = guide.sources[0].clone();
        guide.sources.extend([source.clone(), source]);
        let mut app = testing::reading_in(vec![guide]);
        app.open_sources();
        assert_eq!(sel(&app), 0);
        let _ = app.update(Action::Down);
        assert_eq!(sel(&app), 1, "one down");
        for _ in 0..5 {
            let _ = app.update(Action::Down);
        }
        assert_eq!(sel(&app), 2, "the last one, no further");
        let _ = app.update(Action::ChooseSource(3));
        assert_eq!(sel(&app), 2, "no such source");
        let _ = app.update(Action::ChooseSource(0));
        assert_eq!(sel(&app), 0, "a tap on a source");
    }

    #[test]
    fn it_opens_on_the_source_the_topic_cites_in_view() {
        // Twelve sources, the topic citing the last: at 80x24 it is below the window's first
        // page, so the window opens scrolled to it.
        let mut guide = testing::guide();
        let source = guide.sources[0].clone();
        guide.sources.extend(std::iter::repeat_n(source, 11));
        for topic in guide.sections.iter_mut().flat_map(|s| s.topics.iter_mut()) {
            for citation in &mut topic.citations {
                citation.source = 11;
            }
        }
        let mut app = testing::reading_in(vec![guide]);
        assert!(app.topic().is_some_and(|t| !t.citations.is_empty()));
        let _ = app.update(Action::Sources);
        assert_eq!(sel(&app), 11);
        let rows = app.window_rows();
        let row = crate::doc::pages::source_row(rows, 11).expect("its row");
        let (scroll, page) = (app.windows.scroll, app.window_page());
        assert!(
            scroll > 0 && (scroll..scroll + page).contains(&row),
            "source 12 at row {row}, the window shows rows {scroll}..{}",
            scroll + page
        );
    }
}
