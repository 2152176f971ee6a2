//! The named parts of the app's state: the guides it knows, the links followed, My questions,
//! reading aloud, what is laid out for the screen, the guide read and the place in it, the open
//! window, what an update hands the shell, and how the app looks.

use std::collections::HashMap;
use std::sync::Arc;

use super::{
    Cached, Effect, Find, Mark, Match, Pane, Reveal, Screen, Spoken, TopicKey, TopicLayout, Voice,
    Window, WindowKind,
};
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
    /// The lines of a kept catalogue left for after the first frame (`Message::FirstFrame`):
    /// their headers come after `catalogue`'s, and their listed guides after `listing`'s.
    pub(super) unread: Option<crate::guide::catalogue::Unread>,
    /// The guide open behind the guides window at start has not shown its About window yet.
    pub(super) unintroduced: bool,
    /// Search over the whole library, built when the search box first opens.
    pub(super) index: Option<Index>,
    /// The open guide is only its head (`guide::bundle::head`, what the first frame shows): the
    /// library handed over next (`Message::Library`) holds it whole, and the app takes that one.
    pub(super) head_only: bool,
}

/// "My questions": the patient's list, the last message about it (added, saved, not saved),
/// the list as last saved (or read back at the start), and a save asked for on the way out.
#[derive(Debug, Default)]
pub struct Questions {
    pub list: Vec<String>,
    pub status: Option<String>,
    pub(super) saved: Vec<String>,
    pub(super) quit_after_save: bool,
}

/// Which guide the patient reads, and where in it.
#[derive(Debug)]
pub struct Reading {
    /// The guide being read (the library's copy), and its place in the library.
    pub guide: Arc<Guide>,
    pub(super) guide_index: usize,
    pub section: usize,
    /// The selected topic of each section, so coming back to a section finds your place.
    pub(super) topic_sel: Vec<usize>,
    pub focus: Pane,
    /// Each topic's own scroll position, by (section, topic).
    pub(super) scroll: HashMap<(usize, usize), usize>,
    /// After opening a search result: the words to highlight in that topic.
    pub find: Option<Find>,
    /// The link chosen with `f`, and the glossary term last explained with `d`.
    pub(super) link_cursor: Option<Mark>,
    pub(super) term_cursor: Option<Mark>,
    /// The topic last shown (guide, section, topic), to count each topic a patient turns to.
    pub(super) shown: (usize, usize, usize),
}

/// The open window, with its own state, and how far it is scrolled.
#[derive(Debug, Default)]
pub struct Windows {
    pub(super) open: Option<Window>,
    pub scroll: usize,
}

/// What one update gathers for the shell, and how many actions were applied.
#[derive(Debug, Default)]
pub(super) struct Outbox {
    /// What the shell must do, handed over at the end of the update.
    pub(super) effects: Vec<Effect>,
    /// What to count, until the shell takes it (`take_counts`): not effects, since nothing in
    /// the app waits on them and most shells (the desktop) drop them.
    pub(super) counts: Vec<crate::kiosk::counts::Count>,
    /// How many actions were applied: the shell draws again only when it changed (an idle
    /// kiosk then writes nothing to its terminal).
    pub(super) applied: u64,
    /// Actions are being applied as one batch (`update_all`): work that only the last one
    /// needs, such as searching, waits for the end.
    pub(super) batch: bool,
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

/// What the open window's rows are laid out from: which window, the guide's index, the size of
/// its text (width, height) and the look.
pub(super) type WindowKey = (WindowKind, usize, (u16, u16), View);

/// What is laid out for the screen, each kept until what it depends on changes (`sync`).
pub(super) struct Laid {
    /// The topic's layout, made when first read (`App::topic_layout`).
    pub(super) topic: Cached<TopicKey, std::cell::OnceCell<TopicLayout>>,
    /// The search matches in the topic, for the topic layout and the words found.
    pub(super) matches: Cached<(TopicKey, Vec<String>), Vec<Match>>,
    /// The names of the keys that text tells the patient to press, from the key tables.
    pub(super) keys: KeyNames,
    /// The open window laid out.
    pub(super) window: Cached<WindowKey, std::cell::OnceCell<Vec<Row>>>,
    /// What can be touched where, and the focus cell, on the screen as laid out now.
    pub(super) targets: std::cell::OnceCell<super::targets::Targets>,
    /// Brought into view at the end of the update, once the rows are laid out.
    pub(super) reveal: Option<Reveal>,
}

/// How the app looks and where: the view (language, text size, contrast, ASCII), the view staff
/// chose (restored at each kiosk reset), the screen's size and regions, and a short message on
/// the title row (reading aloud is not available, the new speed).
#[derive(Debug)]
pub struct Look {
    pub view: View,
    pub(super) default_view: View,
    pub screen: Screen,
    pub notice: Option<String>,
}
