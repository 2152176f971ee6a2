//! The named parts of the app's state that are not the reading place: the guides it knows,
//! the links followed, reading aloud, and what is laid out for the screen.

use std::sync::Arc;

use super::{Cached, Match, Spoken, TopicKey, TopicLayout, Voice, WindowKind};
use crate::doc::{KeyNames, Row, View};
use crate::guide::Guide;
use crate::search::Index;

/// The guides an app knows: those loaded, those known only by their header, and the search.
pub(super) struct Guides {
    /// Every loaded guide: the kiosk's welcome screen offers them all.
    pub(super) library: Vec<Arc<Guide>>,
    /// Every guide known, checked or not (the guides window lists them): the library's headers,
    /// and on a desktop with many guides the headers read before they are checked.
    pub(super) catalogue: Vec<crate::guide::Header>,
    /// Guides that failed their check when asked for: not listed again.
    pub(super) refused: Vec<String>,
    /// The guides window's list (`list_guides`): catalogue indexes in the order listed.
    pub(super) listing: Vec<usize>,
    /// The guide open behind the guides window at start has not shown its About window yet.
    pub(super) unintroduced: bool,
    /// Search over the whole library, built when the search box first opens.
    pub(super) index: Option<Index>,
}

/// What became of "My questions": the list as last saved (or read back at the start), and a
/// save asked for on the way out.
#[derive(Default)]
pub(super) struct Kept {
    pub(super) saved: Vec<String>,
    pub(super) quit_after_save: bool,
}

/// Topics visited by following links, for going back and forward: (section, topic).
#[derive(Default)]
pub(super) struct History {
    pub(super) back: Vec<(usize, usize)>,
    pub(super) forward: Vec<(usize, usize)>,
}

/// Reading aloud: whether it is offered, the voice, and what is being read.
pub(super) struct Aloud {
    pub(super) offered: bool,
    pub(super) voice: Voice,
    pub(super) now: Option<Spoken>,
}

/// What is laid out for the screen, each kept until what it depends on changes (`sync`).
pub(super) struct Laid {
    pub(super) topic: Cached<TopicKey, TopicLayout>,
    /// The search matches in the topic, for the topic layout and the words found.
    pub(super) matches: Cached<(TopicKey, Vec<String>), Vec<Match>>,
    /// The names of the keys that text tells the patient to press, from the key tables.
    pub(super) keys: KeyNames,
    /// The open window laid out: (which window, width, look).
    pub(super) window: Cached<(WindowKind, usize, u16, View), Vec<Row>>,
    /// What can be touched where, and the focus cell, on the screen as laid out now.
    pub(super) targets: super::targets::Targets,
}
