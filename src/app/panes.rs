//! The reading screen: moving between sections, topics and the text, scrolling, and what a
//! click or wheel step on the panes asks for.

use super::{Action, App, Link, Mode, Pane, SearchBox, Seek, WHEEL_STEP, Way, Window, step};
use crate::app::{QuestionList, SourceList, SuggestedQuestions};

impl App {
    /// The start of the guide: first section, first topic, nothing open.
    pub(super) fn go_home(&mut self) {
        self.reading.section = 0;
        self.reading.topic_sel.iter_mut().for_each(|t| *t = 0);
        self.reading.focus = if self.look.screen.mode == Mode::Wide {
            Pane::Topics
        } else {
            Pane::Sections
        };
        self.close_window();
    }

    /// How many rows of a list show at once.
    fn list_page(&self) -> isize {
        (self.look.screen.list_rows().height as isize).max(1)
    }

    pub(super) fn select_section(&mut self, index: usize) {
        if index < self.reading.guide.sections.len() {
            self.reading.section = index;
        }
    }

    pub(super) fn select_topic(&mut self, index: usize) {
        let n = self.topic_count();
        if let Some(sel) = self.reading.topic_sel.get_mut(self.reading.section) {
            *sel = index.min(n.saturating_sub(1));
        }
    }

    pub(super) fn set_scroll(&mut self, value: usize) {
        let v = value.min(self.max_scroll());
        self.reading
            .scroll
            .insert((self.reading.section, self.topic_index()), v);
    }

    fn move_section(&mut self, way: Way) {
        let n = self.reading.guide.sections.len();
        self.select_section(step(self.reading.section, way, n));
    }

    fn move_topic(&mut self, by: isize) {
        let t = self.topic_index().saturating_add_signed(by);
        self.select_topic(t);
    }

    /// The reading screen takes the action: the focused pane decides what most keys do.
    pub(super) fn pane_action(&mut self, action: Action) {
        let wide = self.is_wide();
        let page = self.page();
        let reader_page = page.saturating_sub(1).max(1);
        match (self.reading.focus, action) {
            (_, Action::Quit) => self.quit(),
            (_, Action::Home) => self.go_home(),
            (_, Action::Help) => self.open_window(Window::Help),
            (_, Action::Search) => self.open_window(Window::Search(SearchBox::default())),
            (_, Action::AddQuestion) => {
                self.questions.status = None;
                self.open_window(Window::AddQuestion(SuggestedQuestions { sel: 0 }));
            }
            (_, Action::MyQuestions) => {
                self.open_window(Window::MyQuestions(QuestionList { sel: 0 }))
            }
            (_, Action::Define(seek)) => self.define(seek),
            (_, Action::Steps) => {
                let first = self.topic().and_then(|t| {
                    t.figures
                        .iter()
                        .position(|f| matches!(f.chart, crate::guide::Chart::Steps(_)))
                });
                // A topic without steps has nothing to go through; the key does nothing there.
                if let Some(f) = first {
                    self.open_steps(f);
                }
            }
            (_, Action::NextLink) => self.next_link(),
            (_, Action::CheckYourself) => self.open_quiz(0),
            (_, Action::HistoryBack) if !self.history.back.is_empty() => {
                self.history(Seek::Previous)
            }
            (_, Action::HistoryBack) => self.pane_action(Action::Back),
            (_, Action::HistoryForward) => self.history(Seek::Next),
            (Pane::Reader, Action::Enter) => {
                if let Some(Link::Topic(section, topic)) = self.chosen_link().map(|(_, l)| l) {
                    self.follow(section, topic);
                }
            }
            (_, Action::NextMatch) => self.step_match(Seek::Next),
            (_, Action::PrevMatch) => self.step_match(Seek::Previous),
            // Back (Esc, the bar's Back, "< Back") returns to the page the patient came from
            // (the search words highlighted there go with it); with nowhere to return to, it
            // first clears the highlights, then goes out of the pane.
            (_, Action::Back) if !self.history.back.is_empty() => {
                self.reading.find = None;
                self.history(Seek::Previous);
            }
            (_, Action::Back) if self.reading.find.is_some() => self.reading.find = None,
            (_, Action::Sources) => self.open_sources(),
            (_, Action::About) => self.open_window(Window::About),
            (_, Action::Section(n) | Action::PickSection(n))
                if n < self.reading.guide.sections.len() =>
            {
                self.select_section(n);
                self.reading.focus = Pane::Topics;
            }
            (_, Action::PickTopic(n)) => {
                self.select_topic(n);
                // One pane at a time: picking a topic shows its text.
                self.reading.focus = if wide { Pane::Topics } else { Pane::Reader };
            }
            (_, Action::Focus(pane)) => self.reading.focus = pane,
            (_, Action::Follow(link)) => self.follow_link(link),
            (_, Action::ReaderPage(way)) => {
                self.reading.focus = Pane::Reader;
                let s = self.scroll();
                self.set_scroll(match way {
                    Way::Up => s.saturating_sub(reader_page),
                    Way::Down => s + reader_page,
                });
            }
            (_, Action::ReaderWheel(way)) => {
                let s = self.scroll();
                self.set_scroll(match way {
                    Way::Down => s + WHEEL_STEP,
                    Way::Up => s.saturating_sub(WHEEL_STEP),
                });
            }
            (_, Action::ListWheel(Pane::Sections, way)) => self.move_section(way),
            (_, Action::ListWheel(_, way)) => self.move_topic(match way {
                Way::Down => 1,
                Way::Up => -1,
            }),
            (_, Action::NextPane) => {
                self.reading.focus = match self.reading.focus {
                    Pane::Sections => Pane::Topics,
                    Pane::Topics => Pane::Reader,
                    Pane::Reader => Pane::Sections,
                }
            }
            (_, Action::PrevPane) => {
                self.reading.focus = match self.reading.focus {
                    Pane::Sections => Pane::Reader,
                    Pane::Topics => Pane::Sections,
                    Pane::Reader => Pane::Topics,
                }
            }
            (Pane::Sections, Action::Left) if wide => self.move_section(Way::Up),
            (Pane::Sections, Action::Right) if wide => self.move_section(Way::Down),
            (Pane::Sections, Action::Up) if !wide => self.move_section(Way::Up),
            (Pane::Sections, Action::Down) if !wide => self.move_section(Way::Down),
            (Pane::Sections, Action::Down | Action::Enter | Action::Right) => {
                self.reading.focus = Pane::Topics
            }
            (Pane::Sections, Action::PageUp | Action::Top) => self.select_section(0),
            (Pane::Sections, Action::PageDown | Action::Bottom) => {
                self.select_section(self.reading.guide.sections.len().saturating_sub(1))
            }
            (Pane::Topics, Action::Up) => self.move_topic(-1),
            (Pane::Topics, Action::Down) => self.move_topic(1),
            (Pane::Topics, Action::PageUp) => self.move_topic(-self.list_page()),
            (Pane::Topics, Action::PageDown) => self.move_topic(self.list_page()),
            (Pane::Topics, Action::Top) => self.select_topic(0),
            (Pane::Topics, Action::Bottom) => self.select_topic(usize::MAX),
            (Pane::Topics, Action::Enter | Action::Right) => self.reading.focus = Pane::Reader,
            (Pane::Topics, Action::Back | Action::Left) => self.reading.focus = Pane::Sections,
            (Pane::Reader, Action::Up) => self.set_scroll(self.scroll().saturating_sub(1)),
            (Pane::Reader, Action::Down) => self.set_scroll(self.scroll() + 1),
            (Pane::Reader, Action::PageUp) => {
                self.set_scroll(self.scroll().saturating_sub(reader_page))
            }
            (Pane::Reader, Action::PageDown) => self.set_scroll(self.scroll() + reader_page),
            (Pane::Reader, Action::Top) => self.set_scroll(0),
            (Pane::Reader, Action::Bottom) => self.set_scroll(usize::MAX),
            (Pane::Reader, Action::Back | Action::Left) => self.reading.focus = Pane::Topics,
            _ => {}
        }
    }

    /// A link in the text was tapped: a topic opens (Back returns), a source shows in the
    /// sources window, a term's meaning or a steps figure opens in its window.
    fn follow_link(&mut self, link: Link) {
        self.reading.focus = Pane::Reader;
        match link {
            Link::Source(s) if s < self.reading.guide.sources.len() => {
                self.open_window(Window::Sources(SourceList { sel: s }))
            }
            Link::Term(t) if t < self.reading.guide.glossary.len() => {
                self.open_window(Window::Term(t))
            }
            Link::Topic(section, topic) => self.follow(section, topic),
            Link::Figure(f) => self.open_steps(f),
            // Links come from the guide's own rows; one to nothing opens nothing.
            Link::Source(_)
            | Link::Term(_)
            | Link::AsTyped
            | Link::Type(_)
            | Link::Erase
            | Link::Enter => {}
        }
    }
}
