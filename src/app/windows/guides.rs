//! Choosing a guide: the list of guides (one per medicine, in the patient's language where
//! translated), narrowed by typing a medicine's name or a condition, grouped by category. A
//! guide known only by its header is checked whole by the shell before it opens
//! (`Effect::Check`); one that fails is never shown, and its problem is.

use super::{Elsewhere, Position, Rules, Touch, Window, display_width};
use crate::action::InputMode;
use crate::app::{Action, App, Effect, Guide, MAX_QUERY, Reveal, Screen, layout, pages, step};

/// The list of guides: what is typed to narrow it, and the highlighted guide (its place in the
/// list as shown).
#[derive(Debug, Clone, Default)]
pub struct GuidePicker {
    pub typed: String,
    pub sel: usize,
}
use crate::guide::Header;

/// How this window takes taps and the wheel. A guide is tapped to open it; a tap outside closes
/// the list.
pub(super) const TOUCH: Touch = Touch {
    items: true,
    wheel: true,
    elsewhere: Elsewhere::Closes,
};

/// This window's rules, found by its kind (`windows::rules`).
pub(super) const RULES: Rules = Rules {
    focus,
    ..Rules::plain(TOUCH, InputMode::Typing, App::guides_action)
};

/// Guides listed at most; typing narrows the rest.
pub const MAX_LISTED: usize = 50;

impl App {
    /// More than one medicine to choose from: the Guides key and button are offered.
    pub fn offers_guides(&self) -> bool {
        let mut roots = self.guides.catalogue.iter().map(Header::root);
        let Some(first) = roots.next() else {
            return false;
        };
        roots.any(|r| r != first)
    }

    /// The guides that match what is typed, in the order listed: indexes into the catalogue.
    pub(in crate::app) fn guide_choices(&self, typed: &str) -> Vec<usize> {
        let words: Vec<String> = typed.split_whitespace().map(crate::search::fold).collect();
        if words.is_empty() {
            return self.guides.listing.clone();
        }
        self.guides
            .listing
            .iter()
            .filter(|&&i| {
                let h = &self.guides.catalogue[i];
                let about = crate::search::fold(&format!(
                    "{} {} {} {}",
                    h.title,
                    h.generic_name,
                    h.condition,
                    h.group()
                ));
                words.iter().all(|w| about.contains(w.as_str()))
            })
            .copied()
            .collect()
    }

    /// Lists the catalogue again (after it or the language changed): one guide per medicine,
    /// in the patient's language where it has a translation, by category and then title.
    pub(in crate::app) fn list_guides(&mut self) {
        // Lines of a kept catalogue not read yet are read first: the whole catalogue is listed.
        let _ = self.take_in_the_unread();
        let refused = &self.guides.refused;
        self.guides.listing =
            crate::guide::header::listing(&self.guides.catalogue, self.look.view.lang, |h| {
                refused.iter().any(|r| *r == h.origin)
            });
    }

    fn picker(&mut self) -> Option<&mut GuidePicker> {
        match &mut self.windows.open {
            Some(Window::Guides(p)) => Some(p),
            _ => None,
        }
    }

    /// The guides window, with the guide being read highlighted.
    pub(in crate::app) fn open_guides(&mut self) {
        let choices = self.guide_choices("");
        let origin = &self.reading.guide.origin;
        let root = crate::guide::shelf::root(&self.reading.guide);
        let sel = choices
            .iter()
            .position(|&i| self.guides.catalogue[i].origin == *origin)
            .or_else(|| {
                choices
                    .iter()
                    .position(|&i| self.guides.catalogue[i].root() == root)
            })
            .unwrap_or(0);
        // Only the first guides are listed until the patient types: the open one may be further.
        let sel = if sel < MAX_LISTED { sel } else { 0 };
        self.open_window(Window::Guides(GuidePicker {
            typed: String::new(),
            sel,
        }));
        self.laid.reveal = Some(Reveal::Result);
    }

    /// The guides window: typing narrows the list; Up and Down move; Enter or a tap opens.
    fn guides_action(&mut self, action: Action) {
        let typing = matches!(action, Action::TypeChar(_) | Action::TypeErase);
        let wheel = matches!(action, Action::WindowWheel(_));
        let Some(p) = self.picker() else { return };
        let typed = p.typed.clone();
        match action {
            Action::TypeChar(c) if typed.chars().count() < MAX_QUERY => {
                p.typed.push(c);
                p.sel = 0;
            }
            Action::TypeChar(_) => {}
            Action::TypeErase => {
                p.typed.pop();
                p.sel = 0;
            }
            _ if let Some(way) = action.arrow() => {
                let n = self.guide_choices(&typed).len().min(MAX_LISTED);
                if let Some(p) = self.picker() {
                    p.sel = step(p.sel, way, n);
                }
            }
            _ if let Some(way) = action.page() => self.page_selection(way),
            Action::Enter => {
                let sel = p.sel;
                self.choose_guide(sel);
            }
            Action::Choose(i) => self.choose_guide(i),
            // Esc erases what is typed first, then closes.
            Action::Back if !typed.is_empty() => {
                p.typed.clear();
                p.sel = 0;
            }
            Action::Back | Action::Guides => {
                self.close_window();
                // The guide behind the list at start shows what it is first.
                if std::mem::take(&mut self.guides.unintroduced) && self.kiosk.is_none() {
                    self.windows.open = Some(Window::About);
                }
            }
            a if a.scrolls_a_window() => self.common_window_action(a),
            // The kiosk bar's buttons, tapped under the window (`common_window_action`).
            a @ (Action::Home | Action::CheckYourself | Action::Help) => {
                self.common_window_action(a)
            }
            _ => {}
        }
        if typing {
            self.windows.scroll = 0;
        }
        // The highlighted guide kept in view, but for the wheel: it scrolls the list and leaves
        // the highlight where it is.
        if !wheel {
            self.laid.reveal = Some(Reveal::Result);
        }
    }

    /// Opens the `i`th guide listed: at once when it is checked; else the shell checks it first.
    fn choose_guide(&mut self, i: usize) {
        let Some(typed) = self.picker().map(|p| p.typed.clone()) else {
            return;
        };
        let Some(&c) = self.guide_choices(&typed).get(i) else {
            return;
        };
        let header = self.guides.catalogue[c].clone();
        if let Some(g) = self
            .guides
            .library
            .iter()
            .position(|g| g.origin == header.origin)
        {
            self.close_window();
            self.start_guide(g);
            return;
        }
        // A translation is checked with its original.
        let mut files = vec![header.origin.to_string()];
        if let Some(of) = &header.translates
            && let Some(o) = self.guides.catalogue.iter().find(|h| h.id == *of)
        {
            files.push(o.origin.to_string());
        }
        self.outbox.effects.push(Effect::Check(files));
    }

    /// The guide asked for is checked: it joins the library and opens.
    pub(in crate::app) fn checked(&mut self, guides: &[std::sync::Arc<Guide>]) {
        let Some(first) = guides.first() else { return };
        let origin = first.origin.clone();
        for g in guides {
            if !self.guides.library.iter().any(|o| o.origin == g.origin) {
                self.guides.library.push(std::sync::Arc::clone(g));
                self.guides.index = None;
            }
        }
        if let Some(i) = self.guides.library.iter().position(|g| g.origin == origin) {
            if matches!(self.windows.open, Some(Window::Guides(_))) {
                self.close_window();
            }
            self.start_guide(i);
        }
    }

    /// The guide asked for is not valid: it leaves the list, and the patient is told.
    pub(in crate::app) fn unchecked(&mut self, origin: String, why: &str) {
        self.look.notice = Some(crate::i18n::tr!(
            self.look.view.lang,
            "notice-guide-unchecked",
            why = why
        ));
        self.guides.refused.push(origin);
        self.list_guides();
    }

    /// Reading guide `i` from its start, as a newly opened guide is read: what it is first.
    fn start_guide(&mut self, i: usize) {
        let same = i == self.reading.guide_index
            && self
                .guides
                .library
                .get(i)
                .is_some_and(|g| g.origin == self.reading.guide.origin);
        if same && !self.guides.unintroduced {
            return;
        }
        self.guides.unintroduced = false;
        if !same {
            self.stop_reading();
            self.open_guide(i);
        }
        if self.kiosk.is_none() {
            self.windows.open = Some(Window::About);
            self.windows.scroll = 0;
        }
    }

    /// The guides the guides window lists now (all that match what is typed), in order; empty
    /// when it is not open. For the screen-reader mode.
    pub fn guides_listed(&self) -> Vec<&Header> {
        match &self.windows.open {
            Some(Window::Guides(p)) => self
                .guide_choices(&p.typed)
                .into_iter()
                .map(|i| &self.guides.catalogue[i])
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The guides window's list, as shown.
    pub(in crate::app) fn guide_list<'a>(&'a self, p: &'a GuidePicker) -> pages::GuideList<'a> {
        let choices = self.guide_choices(&p.typed);
        // Before the catalogue is read whole (the first frame), its other listed guides count.
        let unread = match &self.guides.unread {
            Some(u) if p.typed.trim().is_empty() => u.listed,
            _ => 0,
        };
        let more = choices.len().saturating_sub(MAX_LISTED) + unread;
        pages::GuideList {
            typed: &p.typed,
            shown: choices
                .iter()
                .take(MAX_LISTED)
                .map(|&i| &self.guides.catalogue[i])
                .collect(),
            open: Some(self.reading.guide.origin.as_str()),
            more,
        }
    }
}

/// The cursor at the end of the title "Find a guide: words", before the "_" that stands for it,
/// on the window's top border.
fn focus(app: &App, screen: &Screen) -> Option<Position> {
    let frame = layout::window_area(screen.windows());
    let x = frame.x as usize + 1 + display_width(&app.window_title());
    Some(Position::new(
        (x as u16).min(frame.right().saturating_sub(2)),
        frame.y,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::testing;
    use crate::action::Action;
    use crate::doc::pages::WindowKind;

    #[test]
    fn the_guides_window_opens_the_guide_highlighted() {
        let mut other = testing::guide();
        other.id = "other".into();
        other.title = "Another (otherumab)".into();
        other.origin = "other.toml".into();
        let mut app = testing::reading_in(vec![testing::guide(), other]);
        let mut opened = Vec::new();
        for way in [Action::Down, Action::Up] {
            let _ = app.update(Action::Guides);
            assert_eq!(app.window_kind(), Some(WindowKind::Guides));
            let _ = app.update(way);
            let _ = app.update(Action::Enter);
            // Another guide opens on its About window (a desktop); the same one just shows.
            assert_ne!(
                app.window_kind(),
                Some(WindowKind::Guides),
                "Enter opens a guide"
            );
            opened.push(app.reading.guide.id.clone());
            let _ = app.update(Action::CloseWindow);
        }
        // Whichever the list puts first, one move each way reaches the other guide.
        assert!(opened.contains(&"other".to_string()), "{opened:?}");
        assert!(opened.contains(&"fixture".to_string()), "{opened:?}");
    }
}
