//! Languages in the app: the interface's words, and each guide in the patient's language where
//! it has a translation. A translation has the same sections and topics as its original (the
//! checker makes sure), so changing language keeps the patient's place.

use super::{App, Guide, Window};
use crate::i18n::Lang;

impl App {
    /// The language of the interface.
    pub fn lang(&self) -> Lang {
        self.look.view.lang
    }

    /// The guides on offer, one per medicine, each in the patient's language where it has a
    /// translation (else as written): indices into the library, in library order.
    pub fn shelf(&self) -> Vec<usize> {
        crate::guide::shelf::shelf(&self.guides.library, self.look.view.lang)
    }

    /// The library's guide for the same medicine as guide `index`, in `lang`: its translation,
    /// or itself when there is none.
    pub(super) fn in_language(&self, index: usize, lang: Lang) -> usize {
        crate::guide::shelf::in_language(&self.guides.library, index, lang)
    }

    /// The interface in `lang`, and the guide being read in `lang` if it has a translation, at
    /// the same place. A search or a reading aloud in the old language ends.
    pub(super) fn set_language(&mut self, lang: Lang) {
        if lang == self.look.view.lang {
            return;
        }
        // The welcome screen keeps its place in the list: the shelf has one entry per medicine.
        self.look.view.lang = lang;
        self.laid.keys = crate::keymap::names(lang);
        self.list_guides();
        self.count(crate::kiosk::counts::Count::Language(
            lang.code().to_string(),
        ));
        self.stop_reading();
        if matches!(self.windows.open, Some(Window::Search(_))) {
            self.close_window();
        }
        self.reading.find = None;
        let other = self.in_language(self.reading.guide_index, lang);
        if other != self.reading.guide_index {
            self.reading.guide = self.guides.library[other].clone();
            self.reading.guide_index = other;
        }
        // A guide with no translation stays as written: say so, or the menus changing would
        // look like the guide had.
        if self.reading.guide.lang() != lang && self.welcome().is_none() {
            self.look.notice = Some(crate::i18n::tr!(
                lang,
                "language-guide-untranslated",
                guide = self.reading.guide.lang().code()
            ));
        }
    }
}

impl App {
    /// The whole library in place of the part the app started with: the same guide stays open
    /// where it is (it was checked when it opened; opened as its head, it is now read whole);
    /// the guides window lists the library's guides; the search index is built again when next
    /// needed.
    pub(super) fn replace_library(&mut self, all: Vec<std::sync::Arc<Guide>>) {
        self.guides.library = all;
        let origin = self.reading.guide.origin.clone();
        let head_only = std::mem::take(&mut self.guides.head_only);
        let i = match self.guides.library.iter().position(|g| g.origin == origin) {
            Some(i) => i,
            // A head is never kept: were its guide missing from the library (a bundle out of
            // step with the program, which a test forbids), the library's guide in the
            // patient's language opens instead, from its beginning.
            None if head_only && !self.guides.library.is_empty() => {
                let i = self.in_language(0, self.look.view.lang);
                self.open_guide(i);
                i
            }
            None => {
                self.guides
                    .library
                    .push(std::sync::Arc::clone(&self.reading.guide));
                self.guides.library.len() - 1
            }
        };
        self.reading.guide_index = i;
        // The head the first frame was drawn from gives way to the guide whole: the same
        // sections and topics in the same places, so where the patient is stays as it is.
        if head_only {
            self.reading.guide = std::sync::Arc::clone(&self.guides.library[i]);
        }
        self.reading.shown.0 = i;
        self.guides.index = None;
        // The library's headers replace the catalogue, and any of its lines not read yet.
        self.guides.unread = None;
        self.guides.catalogue = self.guides.library.iter().map(|g| g.header()).collect();
        self.list_guides();
        // Cached layouts are keyed by the guide's place in the library.
        self.laid.topic.key = None;
        self.laid.window.key = None;
        if let Some(Window::Guides(p)) = &self.windows.open {
            let n = self.guide_choices(&p.typed).len();
            if let Some(Window::Guides(p)) = &mut self.windows.open {
                p.sel = p.sel.min(n.saturating_sub(1));
            }
        }
    }
}
