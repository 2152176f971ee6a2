//! The text of every window (about, help, sources, staff PIN, search, My questions and the
//! question picker and writer, a term, one step, check yourself), laid out as rows like a topic.

use crate::doc::{KeyNames, Link, Piece, Row, Tone, View, Writer, piece};
use crate::guide::{Guide, Header};
use crate::i18n::tr;
use crate::i18n::{Lang, msg, t};
use crate::search::Results;

mod about;
mod guides;
mod help;
mod keyboard;
mod pin;
mod practice;
mod questions;
mod search;
mod sources;
mod term;
pub use guides::GuideList;
pub use practice::{QUIZ_NEXT, QUIZ_PREVIOUS, QUIZ_READ, choice_mark, verdict};
use practice::{quiz, steps};
pub use questions::{QUESTIONS_DOWN, QUESTIONS_REMOVE, QUESTIONS_UP, QUESTIONS_WRITE};
pub use sources::source_row;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowKind {
    /// Shown at start: what the guide is, the disclaimer, the review date.
    About,
    Help,
    Sources,
    /// Kiosk staff exit: type the PIN.
    Pin,
    /// Search every guide.
    Search,
    /// Choose a guide.
    Guides,
    /// Pick a question about the current topic to add to "My questions".
    AddQuestion,
    ConfirmQuit,
    /// The patient's own list of questions for the doctor.
    MyQuestions,
    /// Write a question of your own.
    WriteQuestion,
    /// The plain definition of a glossary term (by its index), over the text being read.
    Term(usize),
    /// A steps figure of the current topic (by its index), one step at a time.
    Steps(usize),
    /// "Check yourself": one question at a time (by its index).
    Quiz(usize),
}

impl WindowKind {
    pub fn title(self, lang: Lang) -> String {
        let id = match self {
            WindowKind::About => msg!("window-about"),
            WindowKind::Help => msg!("window-help"),
            WindowKind::Sources => msg!("window-sources"),
            WindowKind::Pin => msg!("window-pin"),
            WindowKind::Search => msg!("window-search"),
            WindowKind::Guides => msg!("window-guides"),
            WindowKind::AddQuestion => msg!("window-add-question"),
            WindowKind::ConfirmQuit => msg!("window-confirm-quit"),
            WindowKind::MyQuestions => msg!("window-my-questions"),
            WindowKind::WriteQuestion => msg!("window-write-question"),
            WindowKind::Term(_) => msg!("window-term"),
            WindowKind::Steps(_) => msg!("window-steps"),
            WindowKind::Quiz(_) => msg!("window-quiz"),
        };
        t(lang, id)
    }
}

/// What the windows need beyond the guide.
pub struct Context<'a> {
    pub guide: &'a Guide,
    pub kiosk: bool,
    /// How many rows the window shows at once (My questions draws its QR code only where it
    /// can be seen whole).
    pub room: usize,
    /// Digits typed so far and whether the last PIN was wrong (staff exit only).
    pub pin: (&'a str, bool),
    /// What is typed in the search box and what it found.
    pub search: (&'a str, &'a Results),
    /// The list of guides to choose from, as filtered.
    pub guides: GuideList<'a>,
    /// Questions that can be added from the current topic.
    pub choices: Vec<String>,
    /// The patient's list, the text being written, and the last message (e.g. where it was saved).
    pub my_questions: &'a [String],
    /// How many of them are not saved (asked about before quitting).
    pub unsaved: usize,
    pub draft: &'a str,
    pub status: Option<&'a str>,
    /// The steps being gone through and the step shown.
    pub steps: Option<(&'a crate::guide::Figure, usize)>,
    /// Check yourself: the choice highlighted and the one given, if any.
    pub quiz: (usize, Option<usize>),
    /// The names of the keys the text tells the reader to press.
    pub keys: &'a KeyNames,
    /// The help window's rows: keys and what they do (from the key table; empty for the other
    /// windows).
    pub help: Vec<(String, String)>,
}

/// A window's choices, each an item (a tap or its number chooses it), a blank line before each;
/// `rest` indents a choice's further lines.
fn choices(w: &mut Writer, items: &[String], tone: Tone, rest: &str) {
    for (i, item) in items.iter().enumerate() {
        w.blank();
        w.wrap_item(&[piece(item, tone, None)], "  ", rest, i);
    }
}

/// A window's rows, laid out at a width: each window's page is in its own module.
pub fn rows(kind: WindowKind, cx: &Context, width: usize, look: View) -> Vec<Row> {
    // Steps are read one at a time, away from the screen: always with room between the lines.
    let look = match kind {
        WindowKind::Steps(_) => View {
            large: true,
            ..look
        },
        _ => look,
    };
    let mut w = Writer::new(width, look);
    let (guide, keys) = (cx.guide, cx.keys);
    match kind {
        WindowKind::About => about::about(&mut w, guide, keys),
        WindowKind::Help => help::help(&mut w, cx),
        WindowKind::Sources => sources::sources(&mut w, guide),
        WindowKind::Pin => pin::pin(&mut w, cx, look.ascii),
        WindowKind::AddQuestion => questions::add_question(&mut w, cx),
        WindowKind::ConfirmQuit => questions::confirm_quit(&mut w, cx),
        WindowKind::MyQuestions => questions::my_questions(&mut w, cx, look.ascii),
        WindowKind::WriteQuestion => questions::write_question(&mut w, cx),
        WindowKind::Steps(_) => {
            if let Some((figure, step)) = cx.steps {
                steps(&mut w, figure, step, look.ascii, keys);
            }
        }
        WindowKind::Quiz(i) => quiz(&mut w, guide, i, cx.quiz, look.ascii, keys),
        WindowKind::Term(i) => term::term(&mut w, guide, i, keys),
        WindowKind::Guides => guides::guide_list(&mut w, &cx.guides, keys),
        WindowKind::Search => search::search(&mut w, cx),
    }
    w.finish()
}
