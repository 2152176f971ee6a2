//! Checking a topic's body: the markup parsed by `guide::markup` (which records where each mark
//! is), its citation markers, links, glossary references and figures resolved, and each problem
//! reported at its own place in the file.

use std::collections::HashMap;
use std::ops::Range;

use super::{Validator, known};
use crate::guide::code::Code;
use crate::guide::diagnostic::{closest, did_you_mean};
use crate::guide::format::Text;
use crate::guide::markup::{self, Mark};
use crate::guide::model::{Block, Citation, Figure, Inline};

/// Where the body's text sits in the source: marks found at byte ranges of the text are
/// reported at those bytes of the file.
struct Place<'a> {
    /// The value as written in the file, and where it starts.
    literal: &'a str,
    value: Range<usize>,
    /// Where the text starts in the file, if it appears there as it is.
    start: Option<usize>,
    text: &'a str,
    /// When escapes make the file differ from the text: where to look for the next mark.
    next: std::cell::Cell<usize>,
}

impl<'a> Place<'a> {
    fn new(src: &'a str, raw: &Text, text: &'a str) -> Self {
        let value = raw.span();
        let literal = src.get(value.clone()).unwrap_or_default();
        // The text is the value trimmed: it starts at the first byte after the opening quotes
        // and blanks. Checked byte for byte (no search: that would cost more than the parse).
        let skip = literal
            .find(|c: char| c != '"' && c != '\'' && !c.is_whitespace())
            .unwrap_or(literal.len());
        let start = literal[skip..]
            .starts_with(text)
            .then_some(value.start + skip);
        Self {
            literal,
            value,
            start,
            text,
            next: std::cell::Cell::new(0),
        }
    }

    /// The file's bytes of the text's bytes `at`. With escapes in the value, the mark is looked
    /// for in the file after the last one found; failing that, the whole value.
    fn of(&self, at: &Range<usize>) -> Range<usize> {
        if let Some(s) = self.start {
            return s + at.start..s + at.end;
        }
        let mark = self.text.get(at.clone()).unwrap_or_default();
        let from = self.next.get();
        match self.literal.get(from..).and_then(|rest| rest.find(mark)) {
            Some(i) if !mark.is_empty() => {
                let begin = from + i;
                self.next.set(begin + mark.len());
                self.value.start + begin..self.value.start + begin + mark.len()
            }
            _ => self.value.clone(),
        }
    }
}

impl Validator<'_> {
    /// Turns body text into paragraphs, bullet lists and figures, resolving citation markers,
    /// links and glossary references; each problem is reported at its own place.
    pub(super) fn body(
        &mut self,
        raw: &Text,
        text: &str,
        ids: &HashMap<String, usize>,
        cited: (&[Citation], bool),
        figures: &[Figure],
    ) -> Vec<Block> {
        let place = Place::new(self.src, raw, text);
        let mut placed = vec![false; figures.len()];
        let mut blocks: Vec<Block> = markup::parse(text)
            .into_iter()
            .map(|b| match b {
                markup::Block::Figure { id, at } => {
                    let span = place.of(&at);
                    match figures.iter().position(|f| f.id == id) {
                        Some(i) if placed[i] => {
                            self.error(Code::FigurePlacedTwice,
                                span,
                                format!("figure `{id}` is placed twice"),
                                Some("each figure on one line of the body only".into()),
                            );
                            Block::Paragraph(Vec::new())
                        }
                        Some(i) => {
                            placed[i] = true;
                            Block::Figure(i)
                        }
                        None => {
                            let known: Vec<&str> = figures.iter().map(|f| f.id.as_str()).collect();
                            let hint = did_you_mean(&id, known.iter().copied());
                            self.slips.figure_unknown.push((self.errors.len(), id.to_string()));
                            // Another topic's figure is no unknown one: say whose it is.
                            if let Some(owner) = crate::guide::tables::figure_owner(self.src, &id) {
                                self.slips.figure_elsewhere.push((self.errors.len(), id.to_string(), owner.clone()));
                                self.error(
                                    Code::UnknownFigure,
                                    span,
                                    format!("figure `{id}` belongs to topic `{owner}`: a topic places only its own figures"),
                                    Some(format!("a link to that topic instead: [[{owner}]]")),
                                );
                                return Block::Paragraph(Vec::new());
                            }
                            self.error(
                                Code::UnknownFigure,
                                span,
                                format!("the body places unknown figure `{id}`.{hint}"),
                                Some(if known.is_empty() {
                                    "a [[sections.topics.figures]] table with this id after the topic".into()
                                } else {
                                    format!("one of this topic's figures: {}", known.join(", "))
                                }),
                            );
                            Block::Paragraph(Vec::new())
                        }
                    }
                }
                markup::Block::Paragraph(marks) => {
                    Block::Paragraph(self.inlines(&place, marks, ids, cited))
                }
                markup::Block::Bullets(items) => {
                    let mut items: Vec<Vec<Inline>> = items
                        .into_iter()
                        .map(|marks| self.inlines(&place, marks, ids, cited))
                        .collect();
                    items.shrink_to_fit();
                    Block::Bullets(items)
                }
            })
            .collect();
        // Collected in place, the blocks would keep the larger buffer of the marks they came
        // from for as long as the guide is open (a library holds a thousand guides).
        blocks.shrink_to_fit();
        blocks
    }

    /// Resolves the marks of a paragraph or bullet against the guide's sources, topics and terms.
    fn inlines(
        &mut self,
        place: &Place,
        marks: Vec<Mark>,
        ids: &HashMap<String, usize>,
        (cited, cites_known): (&[Citation], bool),
    ) -> Vec<Inline> {
        let mut out = Vec::with_capacity(marks.len());
        for mark in marks {
            match mark {
                Mark::Text(t) => out.push(Inline::Text(t)),
                Mark::Unclosed { link, at } => {
                    // What is written from the opening brackets to the end of its line.
                    let written = place
                        .text
                        .get(at.start..)
                        .and_then(|rest| rest.lines().next())
                        .unwrap_or_default();
                    if let Some(figure) = written.strip_prefix("[[figure:") {
                        let id = figure.trim_end_matches(']').trim();
                        self.error(Code::FigureNotClosed,
                            place.of(&at),
                            format!("the figure line is not closed: it needs two brackets, [[figure:{id}]]"),
                            Some(format!("[[figure:{id}]]")),
                        );
                        continue;
                    }
                    // The author's own id, closed, as the example.
                    let (open, close) = if link { ("[[", "]]") } else { ("[@", "]") };
                    let id: String = written
                        .strip_prefix(open)
                        .unwrap_or_default()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ':'))
                        .collect();
                    let (what, example) = match (link, id.is_empty()) {
                        (true, false) => (
                            "link",
                            format!("{open}{id}{close}, or {open}{id}|your words{close}"),
                        ),
                        (true, true) => (
                            "link",
                            "a link like [[topic-id]] or [[topic-id|your words]]".to_string(),
                        ),
                        (false, false) => ("citation marker", format!("{open}{id}{close}")),
                        (false, true) => {
                            ("citation marker", "a marker like [@source-id]".to_string())
                        }
                    };
                    self.error(
                        Code::MarkNotClosed,
                        place.of(&at),
                        format!("{what} is not closed: it needs {close}"),
                        Some(example),
                    );
                }
                Mark::InlineFigure { at } => self.error(
                    Code::FigureInline,
                    place.of(&at),
                    "a figure must be on a line of its own",
                    Some(
                        "a blank line, then [[figure:id]] alone on its line, then a blank line"
                            .into(),
                    ),
                ),
                Mark::Link { id, shown, at } => {
                    let span = place.of(&at);
                    let shown = shown.filter(|t| !t.is_empty());
                    if let Some(term) = id.strip_prefix("term:").map(str::trim) {
                        match self.terms.get(&term.to_lowercase()) {
                            Some(&index) => out.push(Inline::Term {
                                index,
                                text: shown.unwrap_or_else(|| term.to_string()),
                            }),
                            None => {
                                let hint = did_you_mean(
                                    &term.to_lowercase(),
                                    self.terms.keys().map(String::as_str),
                                );
                                // An example from this guide's own glossary, not another's.
                                let example = self.terms.keys().min().map_or(
                                    "its [[glossary]] has none yet: add the term there".to_string(),
                                    |t| format!("e.g. [[term:{t}]]"),
                                );
                                self.error(
                                    Code::UnknownTerm,
                                    span,
                                    format!("glossary reference to unknown term `{term}`.{hint}"),
                                    Some(format!(
                                        "a term from this guide's [[glossary]], {example}"
                                    )),
                                )
                            }
                        }
                        continue;
                    }
                    match self.topics.get(id.as_str()) {
                        Some((section, topic, title)) => out.push(Inline::Link {
                            section: *section,
                            topic: *topic,
                            text: shown.unwrap_or_else(|| title.to_string()),
                        }),
                        None if self.reported_id(&id) => {}
                        None => {
                            // The topic meant, named in the message and shown in the example.
                            let near = closest(&id, self.topics.keys().map(String::as_str));
                            let (hint, expected) = match near {
                                Some(near) => (
                                    format!(" Did you mean `{near}`?"),
                                    format!("the id of a topic in this guide, such as [[{near}]]"),
                                ),
                                // A draft translation links only to the topics it has
                                // translated: a link to another cannot be followed in it yet.
                                None if self.draft_translation => (
                                    " A draft links only to the topics it has translated.".into(),
                                    format!(
                                        "the words without the link until `{id}` is translated here (or a topic id of this draft)"
                                    ),
                                ),
                                None => (String::new(), "the id of a topic in this guide".into()),
                            };
                            self.error(
                                Code::UnknownTopic,
                                span,
                                format!("link to unknown topic `{id}`.{hint}"),
                                Some(expected),
                            )
                        }
                    }
                }
                Mark::Cite { id, at } => {
                    let span = place.of(&at);
                    match ids.get(id.as_str()) {
                        Some(&source) if cited.iter().any(|c| c.source == source) => {
                            out.push(Inline::Cite(source))
                        }
                        Some(_) if cites_known => self.error(Code::CiteNotListed,
                            span,
                            format!("the text cites `{id}` but the topic's `cites` list does not"),
                            Some(format!("add \"{id}\" to this topic's cites")),
                        ),
                        Some(_) => {}
                        // [@smpc 4.1]: the place belongs in `cites`, not in the marker.
                        None => match id.split_once(char::is_whitespace) {
                            Some((source, place)) if ids.contains_key(source) => self.error(Code::MarkerWithPlace,
                                span,
                                format!(
                                    "a citation marker takes only the source's id: write [@{source}], and put the place in the topic's cites (\"{source} {}\")",
                                    place.trim()
                                ),
                                Some(format!("[@{source}]")),
                            ),
                            // [@pi, medguide]: one marker per source.
                            _ if id.contains([',', ';'])
                                && id.split([',', ';']).all(|p| ids.contains_key(p.trim())) =>
                            {
                                let each: Vec<String> = id
                                    .split([',', ';'])
                                    .map(|p| format!("[@{}]", p.trim()))
                                    .collect();
                                let each = each.join(" ");
                                self.error(
                                    Code::UnknownSource,
                                    span,
                                    format!("a citation marker names one source: write {each}"),
                                    Some(each),
                                );
                            }
                            _ => {
                                self.slips.unknown.push((self.errors.len(), id.to_string()));
                                self.error(Code::UnknownSource,
                                span,
                                if id.is_empty() {
                                    "an empty citation marker [@]: it needs a source's id".to_string()
                                } else { format!(
                                    "citation marker names unknown source `{id}`.{}",
                                    did_you_mean(&id, ids.keys().map(String::as_str).filter(|k| super::valid_id(k)))
                                )},
                                Some(format!("one of: {}", known(ids))),
                            );
                            }
                        },
                    }
                }
            }
        }
        out
    }
}
