//! The document layer: text laid out as rows of styled pieces at a width, the form every page
//! takes before it is drawn (a topic, a figure, a window). Word wrap with hanging indents,
//! wide characters, the ASCII and spacious looks, and pieces that remember what they link to.
//! Knows nothing of the terminal; `Tone` becomes a style in the theme.
//!
//! `topic` lays out a topic, `figure` its charts, `pages` the windows; `text` (below, shared with
//! the guide model) measures and cleans what they hold.

pub mod figure;
pub mod glyphs;
pub mod pages;
pub mod spoken;
pub mod topic;

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

use crate::text::{clean, display_width};

/// How a piece of text should look; the theme decides the actual style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Body,
    Heading,
    /// A citation marker like [1], or a source line, pointing at a source.
    Cite,
    Muted,
    /// Which keys to press (or what to tap): drawn as muted text; the screen-reader mode, which
    /// has its own commands and says them in its prompts, leaves it out.
    Keys,
    /// Text that matched a search.
    Match,
    /// A QR code: dark characters on a light ground, whatever the terminal's colours.
    Qr,
    /// A glossary term in running text: it can be opened for its definition.
    Term,
    /// A link to another topic.
    Link,
    /// A marker on a figure's timeline.
    Mark,
    /// A figure's bar, of the first series in its group, and of the others.
    Bar,
    BarOther,
}

/// What a piece of text points at; clicking it opens that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// A source (a citation marker like [1], or a source line), by its index in the guide.
    Source(usize),
    /// A glossary term, by its index in the guide's glossary.
    Term(usize),
    /// Another topic: (section, topic).
    Topic(usize, usize),
    /// A figure of the current topic, by its index (steps open one at a time).
    Figure(usize),
    /// In the search window: search for the words as typed, not as corrected.
    AsTyped,
    /// A key of the kiosk's on-screen keyboard: types this letter (a space too).
    Type(char),
    /// The on-screen keyboard's erase key.
    Erase,
    /// The on-screen keyboard's key that does what Enter does in its box (adds the question
    /// written).
    Enter,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub tone: Tone,
    pub link: Option<Link>,
}

/// One screen row of laid-out text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub pieces: Vec<Piece>,
    /// The list item this row belongs to (a search result), for selection and clicks.
    pub item: Option<usize>,
    /// Keep the next row right under this one, even in the spacious look (a figure's rows).
    pub keep: bool,
}

impl Row {
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }

    /// The first source any piece of this row refers to.
    pub fn source(&self) -> Option<usize> {
        self.pieces.iter().find_map(|p| match p.link {
            Some(Link::Source(s)) => Some(s),
            _ => None,
        })
    }

    /// What the piece under column `x` of this row points at, if anything.
    pub fn link_at(&self, x: usize) -> Option<Link> {
        let mut col = 0;
        for p in &self.pieces {
            let w = display_width(&p.text);
            if x < col + w {
                return p.link;
            }
            col += w;
        }
        None
    }
}

/// The names of the keys that text tells the reader to press ("Esc: close"), taken from the key
/// tables (`keymap::names`). Pages and figures are told them, never type them, so a key changed
/// in the table is named correctly everywhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyNames {
    pub enter: String,
    pub back: String,
    pub help: String,
    /// Going through a topic's steps one at a time.
    pub steps: String,
    pub next_link: String,
    /// The section keys ("1-9"), which also answer a question by its number.
    pub digits: String,
    /// Next and previous (the right and left arrows), said as a patient would ("Right arrow").
    pub next: String,
    pub previous: String,
    /// Scrolling down ("Down arrow").
    pub down: String,
    pub add_question: String,
    pub write_question: String,
    pub remove_question: String,
    pub move_up: String,
    pub move_down: String,
    pub save: String,
    /// The staff PIN window's own keys.
    pub pin_check: String,
    pub pin_cancel: String,
    /// Changing the language.
    pub language: String,
    /// The list of guides.
    pub guides: String,
    /// In search: look for the words as typed (after a correction).
    pub as_typed: String,
}

/// How the screen looks: the patient can change size and contrast, staff set the defaults. Text
/// is laid out for it too: large text has a blank row after every row, and ASCII text only
/// ASCII characters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct View {
    /// The large layout: more padding, spaced lines, shorter lines, big buttons.
    pub large: bool,
    pub high_contrast: bool,
    /// The terminal's background is light (the graphical kiosk's xterm is black on white): the
    /// theme's colours are chosen to be read on it.
    pub light: bool,
    /// The terminal itself draws larger letters for the large view (the graphical kiosk's
    /// xterm changes its font): the large view then adds no space between lines or around text.
    pub zoomed: bool,
    /// Borders, markers and text in ASCII only (the Linux console).
    pub ascii: bool,
    /// The language of the interface's words (the guide brings its own).
    pub lang: crate::i18n::Lang,
}

impl View {
    pub fn bullet(self) -> &'static str {
        glyphs::glyphs(self.ascii).bullet
    }
}

/// Builds rows at a fixed width and look.
pub struct Writer {
    rows: Vec<Row>,
    width: usize,
    look: View,
}

impl Writer {
    pub fn new(width: usize, look: View) -> Self {
        Self {
            rows: Vec::new(),
            width: width.max(1),
            look,
        }
    }

    /// Word-wraps pieces; the first row starts with `first`, later ones with `rest`.
    pub fn wrap(&mut self, input: &[Piece], first: &str, rest: &str) {
        wrap(
            &mut self.rows,
            input,
            self.width,
            first,
            rest,
            self.look.ascii,
        );
    }

    /// Like `wrap`, with every row it makes marked as part of list item `item`.
    pub fn wrap_item(&mut self, input: &[Piece], first: &str, rest: &str, item: usize) {
        let from = self.rows.len();
        self.wrap(input, first, rest);
        for row in &mut self.rows[from..] {
            row.item = Some(item);
        }
    }

    /// One row exactly as given: not wrapped, not changed (a QR code).
    pub fn raw(&mut self, text: &str, tone: Tone) {
        self.rows.push(Row {
            pieces: vec![piece(text, tone, None)],
            item: None,
            keep: false,
        });
    }

    /// A row laid out by the caller (a figure), which must fit the width.
    pub fn push(&mut self, row: Row) {
        self.rows.push(row);
    }

    /// How many rows are written so far (before the spacious look's blank rows).
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn width(&self) -> usize {
        self.width
    }

    /// The language of the interface's words.
    pub fn lang(&self) -> crate::i18n::Lang {
        self.look.lang
    }

    /// One paragraph of a single tone. A hint of keys and taps is kept together in the
    /// spacious look (its lines are one instruction, not paragraphs: "Esc:" / blank / "close"
    /// read as two).
    pub fn text(&mut self, text: &str, tone: Tone) {
        let from = self.rows.len();
        self.wrap(&[piece(text, tone, None)], "", "");
        if tone == Tone::Keys
            && let Some((_, joined)) = self.rows[from..].split_last_mut()
        {
            joined.iter_mut().for_each(|row| row.keep = true);
        }
    }

    pub fn blank(&mut self) {
        self.rows.push(Row::default());
    }

    pub fn finish(self) -> Vec<Row> {
        if !self.look.large || self.look.zoomed {
            return self.rows;
        }
        let mut spaced = Vec::with_capacity(self.rows.len() * 2);
        for row in self.rows {
            let space = !row.pieces.is_empty() && !row.keep;
            spaced.push(row);
            if space {
                spaced.push(Row::default());
            }
        }
        spaced
    }
}

pub fn piece(text: &str, tone: Tone, link: Option<Link>) -> Piece {
    Piece {
        text: text.to_string(),
        tone,
        link,
    }
}

/// How a space between two pieces looks: plain, linking nowhere.
const BETWEEN: Piece = Piece {
    text: String::new(),
    tone: Tone::Body,
    link: None,
};

/// Greedy word wrap of styled pieces into rows of at most `width` columns. The first row starts with
/// `first` and later rows with `rest` (a hanging indent). Words wider than a row are split.
/// Any control character left in the text is shown as U+FFFD, never passed through; with `ascii`,
/// every character is made ASCII first.
fn wrap(rows: &mut Vec<Row>, input: &[Piece], width: usize, first: &str, rest: &str, ascii: bool) {
    let mut row = Row::default();
    let mut col = 0;
    let mut indent = first;
    // The indent's width: where a row's words start (measured once per row, not per word).
    let mut indent_width = 0;
    let mut pending_space = false;
    let start_row = |row: &mut Row, col: &mut usize, indent_width: &mut usize, indent: &str| {
        *indent_width = display_width(indent);
        *col = *indent_width;
        if !indent.is_empty() {
            row.pieces.push(Piece {
                text: indent.to_string(),
                tone: Tone::Muted,
                link: None,
            });
        }
    };
    start_row(&mut row, &mut col, &mut indent_width, indent);
    // The piece a pending space came from: a space between two pieces is plain, so the
    // underline of a term or link starts on its first letter, not on the space in front of it.
    let mut space_from: Option<&Piece> = None;
    for piece in input {
        for (word, space_before) in words(&piece.text, ascii) {
            if space_before {
                pending_space = true;
                space_from = Some(piece);
            }
            let w = display_width(&word);
            let space = usize::from(pending_space && col > indent_width);
            if col + space + w > width && col > indent_width {
                rows.push(std::mem::take(&mut row));
                indent = rest;
                start_row(&mut row, &mut col, &mut indent_width, indent);
            } else if space == 1 {
                // Inside a piece the space is part of it (a link of several words is underlined
                // as one); between two pieces it belongs to neither.
                let inside = space_from.is_some_and(|p| std::ptr::eq(p, piece));
                let between = BETWEEN;
                push(&mut row, " ", if inside { piece } else { &between });
                col += 1;
            }
            pending_space = false;
            space_from = None;
            // A word wider than the row is cut into row-sized heads. The width left is counted
            // down as heads are cut, never measured again, so this is linear in the word's length.
            let mut word: &str = &word;
            let mut left = w;
            while col + left > width && col < width {
                let (head, tail, head_width) = split_at_width(word, width - col);
                if head.is_empty() {
                    break;
                }
                push(&mut row, head, piece);
                rows.push(std::mem::take(&mut row));
                indent = rest;
                start_row(&mut row, &mut col, &mut indent_width, indent);
                word = tail;
                left -= head_width;
            }
            push(&mut row, word, piece);
            col += left;
        }
        if piece.text.ends_with(char::is_whitespace) {
            pending_space = true;
            space_from = Some(piece);
        }
    }
    rows.push(row);
}

fn push(row: &mut Row, text: &str, like: &Piece) {
    if text.is_empty() {
        return;
    }
    match row.pieces.last_mut() {
        Some(last) if last.tone == like.tone && last.link == like.link => last.text.push_str(text),
        _ => row.pieces.push(Piece {
            text: text.to_string(),
            tone: like.tone,
            link: like.link,
        }),
    }
}

/// Splits text into words, each flagged with whether whitespace came before it, each made safe
/// (and ASCII in the ASCII look) by `text::clean`: borrowed from the text unless it must change,
/// so laying out a long text does not copy every word.
fn words(text: &str, ascii: bool) -> impl Iterator<Item = (Cow<'_, str>, bool)> + '_ {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(|c: char| !c.is_whitespace())?;
        let space = start > 0;
        let after = &rest[start..];
        let end = after.find(char::is_whitespace).unwrap_or(after.len());
        rest = &after[end..];
        Some((clean(&after[..end], ascii), space))
    })
}

/// The longest head of `s` at most `max` columns wide, the rest, and the head's width.
fn split_at_width(s: &str, max: usize) -> (&str, &str, usize) {
    let mut w = 0;
    for (i, c) in s.char_indices() {
        let cw = c.width().unwrap_or(0);
        if w + cw > max {
            let (head, tail) = s.split_at(i);
            return (head, tail, w);
        }
        w += cw;
    }
    (s, "", w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Piece {
        piece(text, Tone::Body, None)
    }

    fn texts(rows: &[Row]) -> Vec<String> {
        rows.iter().map(Row::text).collect()
    }

    fn wrapped(input: &[Piece], width: usize, first: &str, rest: &str) -> Vec<String> {
        let mut rows = Vec::new();
        wrap(&mut rows, input, width, first, rest, false);
        texts(&rows)
    }

    #[test]
    fn wraps_at_word_boundaries_within_the_width() {
        let rows = wrapped(
            &[plain("the quick brown fox jumps over the lazy dog")],
            15,
            "",
            "",
        );
        assert_eq!(rows, ["the quick brown", "fox jumps over", "the lazy dog"]);
        assert!(rows.iter().all(|r| display_width(r) <= 15));
    }

    #[test]
    fn bullets_get_a_hanging_indent() {
        let rows = wrapped(&[plain("one two three four five")], 12, " • ", "   ");
        assert_eq!(rows, [" • one two", "   three", "   four five"]);
    }

    #[test]
    fn words_longer_than_a_row_are_split() {
        let rows = wrapped(&[plain("abcdefghijklmnop")], 6, "", "");
        assert_eq!(rows, ["abcdef", "ghijkl", "mnop"]);
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let rows = wrapped(&[plain("日本語の テキスト です")], 8, "", "");
        assert!(rows.iter().all(|r| display_width(r) <= 8), "{rows:?}");
        assert_eq!(rows.concat().replace(' ', ""), "日本語のテキストです");
        let accents = wrapped(&[plain("café naïve résumé")], 10, "", "");
        assert_eq!(accents, ["café naïve", "résumé"]);
    }

    #[test]
    fn a_marker_keeps_its_source_and_spacing() {
        let marker = Piece {
            text: "[1]".into(),
            tone: Tone::Cite,
            link: Some(Link::Source(0)),
        };
        let mut rows = Vec::new();
        wrap(
            &mut rows,
            &[plain("Take it monthly. "), marker, plain(".")],
            40,
            "",
            "",
            false,
        );
        assert_eq!(texts(&rows), ["Take it monthly. [1]."]);
        assert_eq!(rows[0].link_at(17), Some(Link::Source(0)));
        assert_eq!(rows[0].link_at(3), None);
        assert_eq!(rows[0].source(), Some(0));
    }

    #[test]
    fn control_characters_never_pass_through() {
        let rows = wrapped(&[plain("red \u{1b}[31m text\u{7}")], 40, "", "");
        assert!(
            !rows.concat().contains('\u{1b}') && !rows.concat().contains('\u{7}'),
            "{rows:?}"
        );
    }

    #[test]
    fn the_console_look_keeps_latin_letters_and_large_text_adds_blank_rows() {
        let look = View {
            ascii: true,
            large: true,
            ..View::default()
        };
        let mut w = Writer::new(30, look);
        w.wrap(
            &[plain(
                "Keep at 2 to 8 °C — don’t freeze… café 日本 ¿Recaídas al año?",
            )],
            look.bullet(),
            "   ",
        );
        let rows = w.finish();
        let all: String = texts(&rows).concat();
        // Only ASCII and the Latin letters the console's fonts show.
        assert!(
            all.chars().all(|c| c.is_ascii() || "éíñ¿".contains(c)),
            "{all}"
        );
        let flat = all.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("2 to 8 C - don't freeze... café ?? ¿Recaídas al año?"),
            "{flat}"
        );
        assert!(all.starts_with(" * "));
        assert!(
            rows.iter().skip(1).step_by(2).all(|r| r.pieces.is_empty()),
            "every other row is blank"
        );
    }

    #[test]
    fn a_width_of_one_still_terminates() {
        let rows = wrapped(&[plain("ab 日本")], 1, " • ", "   ");
        assert!(!rows.is_empty());
    }
}
