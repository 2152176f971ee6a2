//! The body markup of a topic: paragraphs separated by blank lines, bullets, `[[figure:id]]` on
//! a line of its own, `[@id]` citation markers, `[[topic-id|words]]` links and `[[term:X]]`
//! glossary references, each checked and, when wrong, reported at its own place.

use std::collections::HashMap;
use std::ops::Range;

use super::{Validator, known};
use crate::guide::format::Text;
use crate::guide::model::{Block, Citation, Figure, Inline};

impl Validator<'_> {
    /// Splits body text into paragraphs, bullet lists and figures (a line `[[figure:id]]`) and
    /// resolves `[@id]` citation markers.
    pub(super) fn body(
        &mut self,
        raw: &Text,
        text: &str,
        ids: &HashMap<String, usize>,
        cited: &[Citation],
        figures: &[Figure],
    ) -> Vec<Block> {
        let mut markers_seen = HashMap::new();
        let mut placed = vec![false; figures.len()];
        split_blocks(text)
            .into_iter()
            .map(|b| match b {
                RawBlock::Paragraph(p) if figure_line(&p).is_some() => {
                    let id = figure_line(&p).unwrap_or_default();
                    let span = self.find_in(raw, &p, &mut markers_seen);
                    match figures.iter().position(|f| f.id == id) {
                        Some(i) if placed[i] => {
                            self.error(
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
                            self.error(
                                span,
                                format!("the body places unknown figure `{id}`"),
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
                RawBlock::Paragraph(p) => {
                    Block::Paragraph(self.inlines(raw, &p, ids, cited, &mut markers_seen))
                }
                RawBlock::Bullets(items) => Block::Bullets(
                    items
                        .iter()
                        .map(|i| self.inlines(raw, i, ids, cited, &mut markers_seen))
                        .collect(),
                ),
            })
            .collect()
    }

    fn inlines(
        &mut self,
        raw: &Text,
        text: &str,
        ids: &HashMap<String, usize>,
        cited: &[Citation],
        markers_seen: &mut HashMap<String, usize>,
    ) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut rest = text;
        loop {
            // The first `[@` (a citation) or `[[` (a link), found with one pass over the text.
            let bytes = rest.as_bytes();
            let found = rest
                .match_indices('[')
                .find_map(|(i, _)| match bytes.get(i + 1) {
                    Some(b'@') => Some((i, false)),
                    Some(b'[') => Some((i, true)),
                    _ => None,
                });
            let Some((start, is_link)) = found else {
                break;
            };
            if start > 0 {
                out.push(Inline::Text(rest[..start].to_string()));
            }
            let (open, close) = if is_link { ("[[", "]]") } else { ("[@", "]") };
            let after = &rest[start + open.len()..];
            let Some(end) = after.find(close) else {
                let span = self.find_in(raw, open, markers_seen);
                let (what, example) = if is_link {
                    (
                        "link",
                        "a link like [[missed-dose]] or [[missed-dose|if you miss a dose]]",
                    )
                } else {
                    ("citation marker", "a marker like [@pi]")
                };
                self.error(span, format!("{what} is not closed"), Some(example.into()));
                out.push(Inline::Text(rest[start..].to_string()));
                return out;
            };
            let inner = after[..end].trim();
            let marker = &rest[start..start + open.len() + end + close.len()];
            let span = self.find_in(raw, marker, markers_seen);
            if is_link {
                let (id, shown) = match inner.split_once('|') {
                    Some((id, text)) => (id.trim(), Some(text.trim())),
                    None => (inner, None),
                };
                if id.starts_with("figure:") {
                    self.error(
                        span,
                        "a figure must be on a line of its own",
                        Some(
                            "a blank line, then [[figure:id]] alone on its line, then a blank line"
                                .into(),
                        ),
                    );
                    rest = &after[end + close.len()..];
                    continue;
                }
                if let Some(term) = id.strip_prefix("term:").map(str::trim) {
                    match self.terms.get(&term.to_lowercase()) {
                        Some(&index) => out.push(Inline::Term {
                            index,
                            text: shown.filter(|t| !t.is_empty()).unwrap_or(term).to_string(),
                        }),
                        None => self.error(
                            span,
                            format!("glossary reference to unknown term `{term}`"),
                            Some("a term from this guide's [[glossary]], e.g. [[term:MRI]]".into()),
                        ),
                    }
                    rest = &after[end + close.len()..];
                    continue;
                }
                match self.topics.get(id) {
                    Some((section, topic, title)) => out.push(Inline::Link {
                        section: *section,
                        topic: *topic,
                        text: shown.filter(|t| !t.is_empty()).unwrap_or(title).to_string(),
                    }),
                    None => self.error(
                        span,
                        format!("link to unknown topic `{id}`"),
                        Some("the id of a topic in this guide, e.g. [[missed-dose]]".into()),
                    ),
                }
            } else {
                match ids.get(inner) {
                    Some(&source) if cited.iter().any(|c| c.source == source) => {
                        out.push(Inline::Cite(source))
                    }
                    Some(_) => self.error(
                        span,
                        format!("the text cites `{inner}` but the topic's `cites` list does not"),
                        Some(format!("add \"{inner}\" to this topic's cites")),
                    ),
                    None => self.error(
                        span,
                        format!("citation marker names unknown source `{inner}`"),
                        Some(format!("one of: {}", known(ids))),
                    ),
                }
            }
            rest = &after[end + close.len()..];
        }
        if !rest.is_empty() {
            out.push(Inline::Text(rest.to_string()));
        }
        out
    }

    /// The span of the next occurrence of `needle` inside a string value, so an error points at the
    /// marker itself; falls back to the whole value when escapes make the raw text differ.
    /// `seen` keeps, for each needle, where to look for its next occurrence, so each value is
    /// read once per needle however many markers it holds.
    fn find_in(&self, raw: &Text, needle: &str, seen: &mut HashMap<String, usize>) -> Range<usize> {
        let span = raw.span();
        let literal = &self.src[span.clone()];
        let from = match seen.get_mut(needle) {
            Some(from) => from,
            None => seen.entry(needle.to_string()).or_insert(0),
        };
        match literal.get(*from..).and_then(|rest| rest.find(needle)) {
            Some(i) => {
                let at = *from + i;
                *from = at + needle.len();
                span.start + at..span.start + at + needle.len()
            }
            None => {
                *from = literal.len();
                span
            }
        }
    }
}

/// Body text before citation markers are resolved.
#[derive(Debug, PartialEq)]
enum RawBlock {
    Paragraph(String),
    Bullets(Vec<String>),
}

/// Blank lines separate blocks; lines starting with "- " (or "* ") are bullets; an indented line
/// after a bullet continues it; other lines join the paragraph they are in.
fn split_blocks(text: &str) -> Vec<RawBlock> {
    let mut blocks: Vec<RawBlock> = Vec::new();
    // Whether the last block is still open (no blank line since).
    let mut open = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            open = false;
            continue;
        }
        let bullet = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
            .map(str::trim);
        let indented = line.starts_with(char::is_whitespace);
        match (bullet, blocks.last_mut()) {
            (Some(item), Some(RawBlock::Bullets(items))) if open => items.push(item.to_string()),
            (Some(item), _) => blocks.push(RawBlock::Bullets(vec![item.to_string()])),
            (None, Some(RawBlock::Bullets(items))) if open && indented => {
                let last = items.last_mut().expect("a bullets block is never empty");
                last.push(' ');
                last.push_str(trimmed);
            }
            (None, Some(RawBlock::Paragraph(p))) if open => {
                p.push(' ');
                p.push_str(trimmed);
            }
            (None, _) => blocks.push(RawBlock::Paragraph(trimmed.to_string())),
        }
        open = true;
    }
    blocks
}

/// The figure id of a paragraph that is only `[[figure:id]]`.
fn figure_line(paragraph: &str) -> Option<&str> {
    let inner = paragraph
        .trim()
        .strip_prefix("[[figure:")?
        .strip_suffix("]]")?;
    (!inner.contains("]]")).then(|| inner.trim())
}

#[cfg(test)]
mod tests {
    use super::{RawBlock, split_blocks};

    #[test]
    fn body_text_splits_into_paragraphs_and_bullets() {
        let text = "One line\nand its second line.\n\n- first\n- second\n  goes on\nA new paragraph.\n\n\n* star";
        assert_eq!(
            split_blocks(text),
            [
                RawBlock::Paragraph("One line and its second line.".into()),
                RawBlock::Bullets(vec!["first".into(), "second goes on".into()]),
                RawBlock::Paragraph("A new paragraph.".into()),
                RawBlock::Bullets(vec!["star".into()]),
            ]
        );
    }
}
