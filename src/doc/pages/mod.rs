//! The text of every window (about, help, sources, staff PIN, search, My questions and the
//! question picker and writer, a term, one step, check yourself), laid out as rows like a topic.

use crate::doc::{KeyNames, Link, Piece, Row, Tone, View, Writer, piece};
use crate::guide::{Guide, Header};
use crate::i18n::tr;
use crate::i18n::{Lang, msg, t};
use crate::search::Results;

mod practice;
pub use practice::{QUIZ_NEXT, QUIZ_PREVIOUS, QUIZ_READ};
use practice::{quiz, steps};

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

/// The guides window's list: what is typed, the guides that match it in the order shown (each
/// with the group it is filed under), the one being read, and how many more match than are shown.
#[derive(Default)]
pub struct GuideList<'a> {
    pub typed: &'a str,
    pub shown: Vec<&'a Header>,
    /// The origin of the guide being read (it is marked in the list).
    pub open: Option<&'a str>,
    /// Guides that match but are not listed: typing narrows the list.
    pub more: usize,
}

pub fn rows(kind: WindowKind, cx: &Context, width: usize, look: View) -> Vec<Row> {
    let guide = cx.guide;
    let keys = cx.keys;
    // Steps are read one at a time, away from the screen: always with room between the lines.
    let look = match kind {
        WindowKind::Steps(_) => View {
            large: true,
            ..look
        },
        _ => look,
    };
    let lang = look.lang;
    let mut w = Writer::new(width, look);
    match kind {
        WindowKind::About => {
            w.text(&guide.title, Tone::Heading);
            w.text(
                &tr!(lang, "about-for", condition = &guide.condition),
                Tone::Body,
            );
            // What the guide is for, on the first screen as on paper.
            w.text(
                &tr!(lang, "print-purpose", title = &guide.title),
                Tone::Body,
            );
            w.blank();
            w.text(&guide.disclaimer, Tone::Heading);
            w.blank();
            w.text(
                &tr!(
                    lang,
                    "about-reviewed",
                    date = crate::i18n::date_words(&guide.last_reviewed, lang)
                ),
                Tone::Body,
            );
            if let Some(note) = &guide.review_note {
                w.text(note, Tone::Body);
            }
            // Which label it follows, where the review note does not already say (Kesimpta's
            // does, in words a patient reads; About must fit a 80x24 screen).
            if let Some(label) = guide.label.as_ref().filter(|_| guide.review_note.is_none()) {
                w.text(&label.words(lang), Tone::Muted);
            }
            w.blank();
            w.text(
                &tr!(
                    lang,
                    "about-keys",
                    enter = &keys.enter,
                    digits = &keys.digits,
                    help = &keys.help
                ),
                Tone::Keys,
            );
            w.text(&tr!(lang, "about-start"), Tone::Heading);
        }
        WindowKind::Help => {
            // A touch screen's way to what the button bar has no room for.
            if !cx.choices.is_empty() {
                w.text(&tr!(lang, "help-touch-menu"), Tone::Heading);
                for (i, choice) in cx.choices.iter().enumerate() {
                    w.blank();
                    w.wrap_item(&[piece(choice, Tone::Link, None)], "  ", "    ", i);
                }
                w.blank();
            }
            let help = &cx.help;
            let key_width = help.iter().map(|(k, _)| k.len()).max().unwrap_or(0) + 2;
            for (keys, what) in help {
                let lead = format!("{keys:<key_width$}");
                let rest = " ".repeat(key_width);
                w.wrap(&[piece(what, Tone::Body, None)], &lead, &rest);
            }
            w.blank();
            w.text(&guide.disclaimer, Tone::Muted);
        }
        WindowKind::Sources => {
            for (i, s) in guide.sources.iter().enumerate() {
                if i > 0 {
                    w.blank();
                }
                let mut lines = vec![
                    format!("[{}] {}", guide.source_number(i), s.title),
                    tr!(lang, "source-publisher", publisher = &s.publisher),
                ];
                lines.extend(
                    s.version
                        .as_ref()
                        .map(|v| tr!(lang, "source-version", version = v)),
                );
                lines.extend(s.date.as_ref().map(|d| tr!(lang, "source-date", date = d)));
                lines.push(tr!(lang, "source-location", location = &s.location));
                for (n, line) in lines.iter().enumerate() {
                    let tone = if n == 0 { Tone::Heading } else { Tone::Body };
                    let lead = if n == 0 { "" } else { "    " };
                    w.wrap(&[piece(line, tone, Some(Link::Source(i)))], lead, "    ");
                }
            }
        }
        WindowKind::Pin => {
            let (digits, wrong) = cx.pin;
            w.text(&tr!(lang, "pin-intro", check = &keys.pin_check), Tone::Body);
            w.text(
                &tr!(lang, "pin-cancel", cancel = &keys.pin_cancel),
                Tone::Muted,
            );
            w.blank();
            let mask = crate::doc::glyphs::glyphs(look.ascii).pin_mask;
            w.text(
                &tr!(lang, "pin-typed", mask = mask.repeat(digits.len())),
                Tone::Heading,
            );
            if wrong {
                w.blank();
                w.text(&tr!(lang, "pin-wrong"), Tone::Heading);
            }
        }
        WindowKind::AddQuestion => {
            w.text(
                &tr!(lang, "add-question-intro", enter = &keys.enter),
                Tone::Keys,
            );
            for (i, q) in cx.choices.iter().enumerate() {
                w.blank();
                w.wrap_item(&[piece(q, Tone::Body, None)], "  ", "  ", i);
            }
        }
        WindowKind::ConfirmQuit => {
            w.text(
                &tr!(lang, "quit-unsaved", count = cx.unsaved),
                Tone::Heading,
            );
            w.text(&tr!(lang, "quit-choose", enter = &keys.enter), Tone::Keys);
            for (i, choice) in cx.choices.iter().enumerate() {
                w.blank();
                w.wrap_item(&[piece(choice, Tone::Body, None)], "  ", "  ", i);
            }
        }
        WindowKind::MyQuestions => my_questions(&mut w, cx, look.ascii),
        WindowKind::Steps(_) => {
            if let Some((figure, step)) = cx.steps {
                steps(&mut w, figure, step, look.ascii, cx.keys);
            }
        }
        WindowKind::Quiz(i) => quiz(&mut w, guide, i, cx.quiz, look.ascii, cx.keys),
        WindowKind::Term(i) => {
            if let Some(t) = guide.glossary.get(i) {
                w.text(&t.term, Tone::Heading);
                w.blank();
                w.text(&t.definition, Tone::Body);
                w.blank();
                for c in &t.citations {
                    let s = &guide.sources[c.source];
                    let text = format!("[{}] {}", guide.source_number(c.source), s.title);
                    w.wrap(
                        &[piece(&text, Tone::Cite, Some(Link::Source(c.source)))],
                        "",
                        "    ",
                    );
                }
                w.blank();
                w.text(&tr!(lang, "term-back", back = &keys.back), Tone::Muted);
            }
        }
        WindowKind::WriteQuestion => {
            w.text(
                &tr!(
                    lang,
                    "write-question-intro",
                    enter = &keys.enter,
                    back = &keys.back
                ),
                Tone::Muted,
            );
            w.blank();
            w.wrap(
                &[piece(&format!("{}_", cx.draft), Tone::Heading, None)],
                "> ",
                "  ",
            );
        }
        WindowKind::Guides => guide_list(&mut w, &cx.guides, keys),
        WindowKind::Search => {
            let (query, results) = cx.search;
            w.text(&tr!(lang, "search-typed", query = query), Tone::Heading);
            let status = if query.is_empty() {
                tr!(lang, "search-empty", enter = &keys.enter)
            } else if results.closest {
                tr!(lang, "search-closest")
            } else if let Some(c) = &results.corrected {
                tr!(lang, "search-corrected", words = c)
            } else {
                tr!(lang, "search-count", count = results.hits.len())
            };
            // The on-screen keyboard right under the box, where the status text below it
            // cannot move a key between two taps.
            if cx.kiosk {
                keyboard(&mut w);
                w.blank();
            }
            w.text(&status, Tone::Muted);
            if !query.is_empty() && results.corrected.is_some() && !results.closest {
                // One key (or a tap on the line) searches for the words as typed.
                let undo = tr!(
                    lang,
                    "search-as-typed",
                    typed = query.trim(),
                    key = &keys.as_typed
                );
                w.wrap(&[piece(&undo, Tone::Link, Some(Link::AsTyped))], "", "  ");
            }
            for (i, hit) in results.hits.iter().enumerate() {
                w.blank();
                w.wrap_item(&[piece(&hit.path, Tone::Heading, None)], "", "  ", i);
                if !hit.snippet.is_empty() {
                    w.wrap_item(&highlighted(&hit.snippet, &hit.highlights), "  ", "  ", i);
                }
            }
        }
    }
    w.finish()
}

/// The guides window: the box, what to do, and the guides grouped under their categories, each
/// with its condition, the one being read marked.
fn guide_list(w: &mut Writer, list: &GuideList, keys: &KeyNames) {
    let lang = w.lang();
    // What is typed is the window's title, always in view.
    let count = list.shown.len() + list.more;
    let status = if count == 0 {
        tr!(lang, "guides-none", typed = list.typed)
    } else {
        tr!(lang, "guides-how", count = count, enter = &keys.enter)
    };
    w.text(&status, Tone::Muted);
    let mut group = None;
    for (i, h) in list.shown.iter().enumerate() {
        if group != Some(h.group()) {
            group = Some(h.group());
            w.blank();
            w.text(h.group(), Tone::Heading);
        }
        let mut title = vec![piece(&h.title, Tone::Link, None)];
        if list.open == Some(h.origin.as_ref()) {
            title.push(piece(
                &format!(" {}", tr!(lang, "guides-open-now")),
                Tone::Muted,
                None,
            ));
        }
        w.wrap_item(&title, "  ", "  ", i);
        let about = tr!(lang, "about-for", condition = h.condition.as_ref());
        w.wrap_item(&[piece(&about, Tone::Body, None)], "    ", "    ", i);
    }
    if list.more > 0 {
        w.blank();
        w.text(&tr!(lang, "guides-more", count = list.more), Tone::Muted);
    }
}

/// "My questions": the list, what can be done with it, and in kiosk mode its QR code.
fn my_questions(w: &mut Writer, cx: &Context, ascii: bool) {
    let keys = cx.keys;
    let lang = w.lang();
    // The result of saving comes first, where it is seen without scrolling.
    if let Some(status) = cx.status {
        w.text(status, Tone::Heading);
        w.blank();
    }
    if cx.my_questions.is_empty() {
        w.text(&tr!(lang, "questions-empty"), Tone::Heading);
        w.text(
            &tr!(
                lang,
                "questions-how",
                add = &keys.add_question,
                write = &keys.write_question
            ),
            Tone::Body,
        );
    }
    for (i, q) in cx.my_questions.iter().enumerate() {
        let lead = format!("{:>2}. ", i + 1);
        let rest = " ".repeat(lead.len());
        w.wrap_item(&[piece(q, Tone::Body, None)], &lead, &rest, i);
    }
    w.blank();
    let mut hint = tr!(
        lang,
        "questions-keys",
        write = &keys.write_question,
        remove = &keys.remove_question,
        up = &keys.move_up,
        down = &keys.move_down,
    );
    if !cx.kiosk {
        hint.push_str(&tr!(lang, "questions-keys-save", save = &keys.save));
    }
    w.text(&hint, Tone::Keys);
    if !cx.kiosk || cx.my_questions.is_empty() {
        return;
    }
    w.blank();
    w.text(&tr!(lang, "questions-qr"), Tone::Body);
    // At 80x25 the code is taller than the window: the patient is told how to see it whole.
    w.text(
        &tr!(lang, "questions-qr-whole", down = &cx.keys.down),
        Tone::Body,
    );
    w.blank();
    let list = crate::questions::as_text(cx.guide, cx.my_questions, lang);
    match crate::questions::qr_rows(&list, ascii, lang) {
        Ok(rows) => rows.iter().for_each(|r| w.raw(r, Tone::Qr)),
        Err(e) => w.text(&e, Tone::Heading),
    }
}

/// A snippet as pieces, with the matched characters in the match tone.
fn highlighted(text: &str, marks: &[usize]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for (i, c) in text.chars().enumerate() {
        let tone = if marks.contains(&i) {
            Tone::Match
        } else {
            Tone::Body
        };
        match out.last_mut() {
            Some(p) if p.tone == tone => p.text.push(c),
            _ => out.push(piece(&c.to_string(), tone, None)),
        }
    }
    out
}

/// The first row that belongs to source `index` in the sources window.
pub fn source_row(rows: &[Row], index: usize) -> Option<usize> {
    rows.iter().position(|r| r.source() == Some(index))
}

/// The kiosk's on-screen keyboard for the search box: a row of letter keys for each row of a
/// keyboard (with Ñ in Spanish), then space and erase; a tap on a key types it.
fn keyboard(w: &mut Writer) {
    let lang = w.lang();
    let rows: [&str; 3] = match lang {
        crate::i18n::Lang::Es => ["qwertyuiop", "asdfghjklñ", "zxcvbnm"],
        _ => ["qwertyuiop", "asdfghjkl", "zxcvbnm"],
    };
    w.blank();
    for (n, letters) in rows.iter().enumerate() {
        let mut keys = vec![piece(&" ".repeat(n * 2), Tone::Body, None)];
        for c in letters.chars() {
            let label = format!("[ {} ]", c.to_uppercase());
            keys.push(piece(&label, Tone::Link, Some(Link::Type(c))));
            keys.push(piece(" ", Tone::Body, None));
        }
        w.wrap(&keys, "", "");
    }
    let space = format!("[ {} ]", tr!(lang, "keyboard-space"));
    let erase = format!("[ {} ]", tr!(lang, "keyboard-erase"));
    w.wrap(
        &[
            piece("      ", Tone::Body, None),
            piece(&space, Tone::Link, Some(Link::Type(' '))),
            piece("   ", Tone::Body, None),
            piece(&erase, Tone::Link, Some(Link::Erase)),
        ],
        "",
        "",
    );
}
