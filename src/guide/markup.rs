//! The body markup of a topic, parsed in one pass that records where each piece is: paragraphs
//! separated by blank lines, bullets ("- " or "* "; an indented line continues one), a figure on a
//! line of its own (`[[figure:id]]`), and inside the text `[@id]` citation markers,
//! `[[topic-id]]` / `[[topic-id|words]]` links and `[[term:X]]` glossary references. Nothing is
//! resolved here (the validator knows the ids); every mark carries its byte range in the text it
//! came from, so a problem is reported at its own place.

use std::ops::Range;

/// A block of the body, before its ids are resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `[[figure:id]]` alone on its lines.
    Figure {
        id: String,
        at: Range<usize>,
    },
    Paragraph(Vec<Mark>),
    Bullets(Vec<Vec<Mark>>),
}

/// A piece of a paragraph or bullet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mark {
    /// Plain text (lines of a block joined by single spaces).
    Text(String),
    /// `[@id]`.
    Cite { id: String, at: Range<usize> },
    /// `[[id]]` or `[[id|shown words]]` (a topic, or `term:X` for a glossary term).
    Link {
        id: String,
        shown: Option<String>,
        at: Range<usize>,
    },
    /// `[[figure:id]]` inside running text, where it cannot go.
    InlineFigure { at: Range<usize> },
    /// A `[@` or `[[` that is never closed; the rest of the block is kept as text.
    Unclosed { link: bool, at: Range<usize> },
}

/// A block's lines joined with spaces, and where each joined line starts in the original text.
struct Joined {
    text: String,
    /// (start in `text`, start in the original), one per line, in order.
    starts: Vec<(usize, usize)>,
}

impl Joined {
    /// A tab in a line is a space (one byte each, so places stay where they are): the screen
    /// showed a space and `print` kept the tab.
    fn new(line: &str, at: usize) -> Self {
        Self {
            text: line.replace('\t', " "),
            starts: vec![(0, at)],
        }
    }

    fn push(&mut self, line: &str, at: usize) {
        self.text.push(' ');
        self.starts.push((self.text.len(), at));
        self.text
            .extend(line.chars().map(|c| if c == '\t' { ' ' } else { c }));
    }

    /// Where byte `i` of the joined text is in the original.
    fn original(&self, i: usize) -> usize {
        let k = self
            .starts
            .partition_point(|&(j, _)| j <= i)
            .saturating_sub(1);
        let (j, at) = self.starts[k];
        at + (i - j)
    }

    /// Where a range of the joined text is in the original (from its first to its last byte).
    fn range(&self, r: Range<usize>) -> Range<usize> {
        let start = self.original(r.start);
        let end = if r.end > r.start {
            self.original(r.end - 1) + 1
        } else {
            start
        };
        start..end
    }
}

enum Raw {
    Paragraph(Joined),
    Bullets(Vec<Joined>),
}

/// Parses body text into blocks, each mark with its byte range in `text`.
pub fn parse(text: &str) -> Vec<Block> {
    split(text)
        .into_iter()
        .map(|raw| match raw {
            Raw::Paragraph(p) => match figure_line(&p.text) {
                Some(id) => Block::Figure {
                    id: id.to_string(),
                    at: p.range(0..p.text.len()),
                },
                None => Block::Paragraph(marks(&p)),
            },
            Raw::Bullets(items) => Block::Bullets(items.iter().map(marks).collect()),
        })
        .collect()
}

/// Blank lines separate blocks; lines starting with "- " (or "* ") are bullets; an indented line
/// after a bullet continues it; other lines join the paragraph they are in.
fn split(text: &str) -> Vec<Raw> {
    let mut blocks: Vec<Raw> = Vec::new();
    // Whether the last block is still open (no blank line since).
    let mut open = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_at = offset;
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            open = false;
            continue;
        }
        let at = line_at + (line.len() - line.trim_start().len());
        let bullet = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
            .map(|rest| {
                let item = rest.trim();
                (
                    item,
                    at + (trimmed.len() - rest.len()) + (rest.len() - rest.trim_start().len()),
                )
            });
        let indented = line.starts_with(char::is_whitespace);
        match (bullet, blocks.last_mut()) {
            (Some((item, at)), Some(Raw::Bullets(items))) if open => {
                items.push(Joined::new(item, at))
            }
            (Some((item, at)), _) => blocks.push(Raw::Bullets(vec![Joined::new(item, at)])),
            (None, Some(Raw::Bullets(items))) if open && indented => items
                .last_mut()
                .expect("a bullets block is never empty")
                .push(trimmed, at),
            (None, Some(Raw::Paragraph(p))) if open => p.push(trimmed, at),
            (None, _) => blocks.push(Raw::Paragraph(Joined::new(trimmed, at))),
        }
        open = true;
    }
    blocks
}

/// The figure id of a paragraph that is only `[[figure:id]]`, spaces inside the brackets
/// allowed (`[[ figure: id ]]`), as in a link.
fn figure_line(paragraph: &str) -> Option<&str> {
    let inner = paragraph.trim().strip_prefix("[[")?.strip_suffix("]]")?;
    if inner.contains("]]") || inner.contains("[[") {
        return None;
    }
    let id = inner
        .trim()
        .strip_prefix("figure")?
        .trim_start()
        .strip_prefix(':')?;
    Some(id.trim())
}

/// The marks of one paragraph or bullet, found in one pass.
fn marks(block: &Joined) -> Vec<Mark> {
    let text = block.text.as_str();
    let mut out = Vec::new();
    let mut from = 0;
    loop {
        let rest = &text[from..];
        // The first `[@` (a citation) or `[[` (a link).
        let bytes = rest.as_bytes();
        let found = rest
            .match_indices('[')
            .find_map(|(i, _)| match bytes.get(i + 1) {
                Some(b'@') => Some((i, false)),
                Some(b'[') => Some((i, true)),
                _ => None,
            });
        let Some((start, link)) = found else {
            break;
        };
        if start > 0 {
            out.push(Mark::Text(rest[..start].to_string()));
        }
        let (open, close) = if link { ("[[", "]]") } else { ("[@", "]") };
        let start = from + start;
        let inner_at = start + open.len();
        let Some(end) = text[inner_at..].find(close) else {
            out.push(Mark::Unclosed {
                link,
                at: block.range(start..inner_at),
            });
            out.push(Mark::Text(text[start..].to_string()));
            return out;
        };
        let inner = text[inner_at..inner_at + end].trim();
        let after = inner_at + end + close.len();
        let at = block.range(start..after);
        out.push(if !link {
            Mark::Cite {
                id: inner.to_string(),
                at,
            }
        } else if inner.starts_with("figure:") {
            Mark::InlineFigure { at }
        } else {
            let (id, shown) = match inner.split_once('|') {
                Some((id, shown)) => (id.trim(), Some(shown.trim().to_string())),
                None => (inner, None),
            };
            Mark::Link {
                id: id.to_string(),
                shown,
                at,
            }
        });
        from = after;
    }
    if from < text.len() {
        out.push(Mark::Text(text[from..].to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_text_splits_into_paragraphs_and_bullets() {
        let text = "One line\nand its second line.\n\n- first\n- second\n  goes on\nA new paragraph.\n\n\n* star";
        let text_of = |marks: &[Mark]| match marks {
            [Mark::Text(t)] => t.clone(),
            other => panic!("{other:?}"),
        };
        let blocks = parse(text);
        assert_eq!(blocks.len(), 4);
        match &blocks[..] {
            [
                Block::Paragraph(p),
                Block::Bullets(b),
                Block::Paragraph(q),
                Block::Bullets(s),
            ] => {
                assert_eq!(text_of(p), "One line and its second line.");
                let items: Vec<String> = b.iter().map(|i| text_of(i)).collect();
                assert_eq!(items, ["first", "second goes on"]);
                assert_eq!(text_of(q), "A new paragraph.");
                assert_eq!(text_of(&s[0]), "star");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn every_mark_knows_where_it_is_even_across_lines() {
        let text = "Take it [@pi] now.\n  See [[missed-dose|what to\n   do]] and [[term:B cell]].\n\n- a bullet [@label]\n\n  [[figure:steps]]\n\nInline [[figure:x]] and [@open";
        let at = |needle: &str| {
            let i = text.find(needle).unwrap();
            i..i + needle.len()
        };
        let blocks = parse(text);
        let Block::Paragraph(p) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(
            p[1],
            Mark::Cite {
                id: "pi".into(),
                at: at("[@pi]")
            }
        );
        match &p[3] {
            Mark::Link { id, shown, at: r } => {
                assert_eq!(id, "missed-dose");
                assert_eq!(shown.as_deref(), Some("what to do"));
                // It spans two lines: from its first bracket to its last.
                assert_eq!(&text[r.clone()], "[[missed-dose|what to\n   do]]");
            }
            other => panic!("{other:?}"),
        }
        assert!(
            matches!(&p[5], Mark::Link { id, at: r, .. } if id == "term:B cell" && *r == at("[[term:B cell]]"))
        );
        let Block::Bullets(b) = &blocks[1] else {
            panic!()
        };
        assert!(matches!(&b[0][1], Mark::Cite { at: r, .. } if *r == at("[@label]")));
        assert_eq!(
            blocks[2],
            Block::Figure {
                id: "steps".into(),
                at: at("[[figure:steps]]")
            }
        );
        let Block::Paragraph(last) = &blocks[3] else {
            panic!()
        };
        assert!(matches!(&last[1], Mark::InlineFigure { at: r } if *r == at("[[figure:x]]")));
        let open = text.rfind("[@").unwrap();
        assert!(
            matches!(&last[3], Mark::Unclosed { link: false, at: r } if *r == (open..open + 2))
        );
    }
}
