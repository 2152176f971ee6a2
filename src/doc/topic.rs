//! Lays a topic out as rows of styled text for a given width: paragraphs, bullets, questions and the
//! cited sources, word-wrapped with hanging indents. Built once per topic and width, then only sliced
//! when drawing. Knows nothing about the terminal; `Tone` is mapped to styles by the theme.

use crate::doc::{KeyNames, Link, Piece, Row, Tone, View, Writer, piece};
use crate::guide::{Block, Guide, Inline, Topic};
use crate::i18n::tr;

/// Lays out one topic of `guide` at `width` columns.
pub fn topic_rows(
    guide: &Guide,
    topic: &Topic,
    width: usize,
    look: View,
    keys: &KeyNames,
) -> Vec<Row> {
    let lang = look.lang;
    let terms = Terms::of(guide);
    let mut w = Writer::new(width, look);
    // A draft translation's topic not translated yet says so first.
    if topic.from_original {
        w.text(&tr!(lang, "topic-untranslated"), Tone::Muted);
        w.blank();
    }
    for (i, block) in topic.body.iter().enumerate() {
        if i > 0 {
            w.blank();
        }
        match block {
            Block::Paragraph(inlines) => w.wrap(&pieces(guide, &terms, inlines), "", ""),
            Block::Bullets(items) => {
                for item in items {
                    w.wrap(&pieces(guide, &terms, item), look.bullet(), "   ");
                }
            }
            Block::Figure(f) => {
                crate::doc::figure::rows(&mut w, guide, &topic.figures[*f], *f, look, keys)
            }
        }
    }
    if !topic.questions.is_empty() {
        w.blank();
        w.text(&tr!(lang, "topic-questions"), Tone::Heading);
        for (n, q) in topic.questions.iter().enumerate() {
            let lead = format!("{:>2}. ", n + 1);
            let rest = " ".repeat(lead.len());
            w.wrap(&[piece(q, Tone::Body, None)], &lead, &rest);
        }
    }
    if !topic.related.is_empty() {
        w.blank();
        w.text(&tr!(lang, "topic-other-questions"), Tone::Heading);
        for r in &topic.related {
            let to = Some(Link::Topic(r.section, r.topic));
            w.wrap(&[piece(&r.question, Tone::Link, to)], look.bullet(), "   ");
        }
    }
    w.blank();
    w.text(&tr!(lang, "window-sources"), Tone::Heading);
    // One line per source, with every place cited in it: "[1] Label, Novartis (sections 2, 5.1)".
    let mut cited: Vec<(usize, Vec<&str>)> = Vec::new();
    for c in &topic.citations {
        let at = match cited.iter().position(|(s, _)| *s == c.source) {
            Some(i) => i,
            None => {
                cited.push((c.source, Vec::new()));
                cited.len() - 1
            }
        };
        cited[at].1.extend(c.locator.as_deref());
    }
    for (source, places) in cited {
        let s = &guide.sources[source];
        let mut text = format!(
            "[{}] {}, {}",
            guide.source_number(source),
            s.title,
            s.publisher
        );
        match places.as_slice() {
            [] => {}
            [one] => text.push_str(&format!(" ({})", tr!(lang, "topic-section", place = *one))),
            many => text.push_str(&format!(
                " ({})",
                tr!(lang, "topic-sections", places = many.join(", "))
            )),
        }
        w.wrap(
            &[piece(&text, Tone::Cite, Some(Link::Source(source)))],
            "",
            "    ",
        );
    }
    w.finish()
}

fn pieces(guide: &Guide, terms: &Terms, inlines: &[Inline]) -> Vec<Piece> {
    let mut out = Vec::new();
    for i in inlines {
        match i {
            Inline::Text(t) => out.extend(mark_terms(terms, t)),
            Inline::Cite(s) => out.push(Piece {
                text: format!("[{}]", guide.source_number(*s)),
                tone: Tone::Cite,
                link: Some(Link::Source(*s)),
            }),
            Inline::Link {
                section,
                topic,
                text,
            } => out.push(piece(text, Tone::Link, Some(Link::Topic(*section, *topic)))),
            Inline::Term { index, text } => {
                out.push(piece(text, Tone::Term, Some(Link::Term(*index))))
            }
        }
    }
    out
}

/// The glossary's terms in lower case, longest first: made once per topic laid out, not once
/// per run of text.
struct Terms(Vec<(usize, Vec<char>)>);

impl Terms {
    fn of(guide: &Guide) -> Self {
        let mut terms: Vec<(usize, Vec<char>)> = guide
            .glossary
            .iter()
            .enumerate()
            .map(|(i, t)| (i, t.term.to_lowercase().chars().collect()))
            .collect();
        terms.sort_by_key(|(_, t)| std::cmp::Reverse(t.len()));
        Self(terms)
    }
}

/// Splits text into plain pieces and glossary terms (whole words, ignoring case, plurals with
/// "s" included), preferring the longest term where several start at the same place.
fn mark_terms(terms: &Terms, text: &str) -> Vec<Piece> {
    let terms = &terms.0;
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = chars
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    let boundary = |i: usize| i >= lower.len() || !lower[i].is_alphanumeric();
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut i = 0;
    while i < lower.len() {
        let starts_word = i == 0 || !lower[i - 1].is_alphanumeric();
        let found = starts_word
            .then(|| {
                terms.iter().find_map(|(t, term)| {
                    let end = i + term.len();
                    // The first letter alone rules out most terms.
                    if end > lower.len()
                        || term.first() != Some(&lower[i])
                        || lower[i..end] != term[..]
                    {
                        return None;
                    }
                    if boundary(end) {
                        Some((*t, end))
                    } else if lower[end] == 's' && boundary(end + 1) {
                        Some((*t, end + 1))
                    } else {
                        None
                    }
                })
            })
            .flatten();
        match found {
            Some((t, end)) => {
                if plain_from < i {
                    out.push(piece(
                        &chars[plain_from..i].iter().collect::<String>(),
                        Tone::Body,
                        None,
                    ));
                }
                let word: String = chars[i..end].iter().collect();
                out.push(piece(&word, Tone::Term, Some(Link::Term(t))));
                i = end;
                plain_from = end;
            }
            None => i += 1,
        }
    }
    if plain_from < chars.len() {
        out.push(piece(
            &chars[plain_from..].iter().collect::<String>(),
            Tone::Body,
            None,
        ));
    }
    out
}
