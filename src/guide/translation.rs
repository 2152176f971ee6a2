//! Checking a translation against the guide it translates, where a translator's slip would
//! hurt a patient: the same sections, topics, figures, sources and questions, and nothing more;
//! the same citations and links in each topic; the same numbers in each topic (a dose, a week, a
//! temperature), however the language writes them ("2 to 8 °C", "2 °C a 8 °C"). Every problem
//! is an error at its place in the translation's file.

use std::collections::BTreeMap;
use std::ops::Range;

use super::Diagnostic;
use super::diagnostic::value_place;
use super::model::GuideText;
use super::model::{Block, Chart, Figure, Guide, Inline, SectionKind, Topic};
use crate::guide::code::Code;

/// Every problem of every translation among these guides (each with the file it came from).
pub fn check(guides: &[(&Guide, &GuideText)]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for &(t, file) in guides {
        let Some(of) = &t.translates else { continue };
        let at = Finder {
            draft: t.draft,
            ..Finder::new(file)
        };
        match guides
            .iter()
            .find(|(o, _)| o.id == *of && o.translates.is_none())
        {
            Some((original, _)) => compare(original, t, &at, &mut out),
            None => out.push(at.error(
                at.value("translates", of),
                format!("`translates` names guide `{of}`, which is not loaded"),
                "the id of an original guide loaded with this one; check a translation together with its original (patient-guide check guide/)",
            )),
        }
    }
    out
}

/// Warnings: a translation last reviewed before its original was may miss what changed since.
pub fn warnings(guides: &[(&Guide, &GuideText)]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for &(t, file) in guides {
        let Some(of) = &t.translates else { continue };
        let Some((original, _)) = guides.iter().find(|(o, _)| o.id == *of) else {
            continue;
        };
        // Dates are written YYYY-MM-DD, so they compare as text.
        if t.last_reviewed < original.last_reviewed {
            let at = Finder::new(file);
            let span = file
                .text
                .find("last_reviewed")
                .map_or(0..0, |i| i..i + "last_reviewed".len());
            out.push(
                at.error(
                    span,
                    format!(
                        "this translation was reviewed on {}, before its original `{of}` (reviewed {})",
                        t.last_reviewed, original.last_reviewed
                    ),
                    "translate what changed in the original, then update last_reviewed",
                )
                .warning(Code::TranslationOlder),
            );
        }
    }
    out
}

/// Finds places in a translation's file, so a problem points at the id it is about.
struct Finder<'a> {
    file: &'a GuideText,
    /// The translation is a draft: it may leave sections and topics out.
    draft: bool,
}

impl<'a> Finder<'a> {
    fn new(file: &'a GuideText) -> Self {
        Self { file, draft: false }
    }

    /// `key = "value"` (the value, quotes included), or the file's start.
    fn value(&self, key: &str, value: &str) -> Range<usize> {
        value_place(&self.file.text, key, value).unwrap_or(0..0)
    }

    fn error(&self, span: Range<usize>, message: String, expected: &str) -> Diagnostic {
        let mut d =
            Diagnostic::at(&self.file.path, &self.file.text, span, message).expected(expected);
        d.code = Code::Translation;
        d
    }
}

fn compare(original: &Guide, t: &Guide, at: &Finder, out: &mut Vec<Diagnostic>) {
    let guide_place = || at.value("translates", &original.id);
    let ids = |g: &Guide| -> Vec<String> { g.sources.iter().map(|s| s.id.clone()).collect() };
    same_ids(
        "source",
        &ids(original),
        &ids(t),
        at,
        "id",
        guide_place(),
        out,
    );
    let sections = |g: &Guide| -> Vec<String> { g.sections.iter().map(|s| s.id.clone()).collect() };
    same_ids(
        "section",
        &sections(original),
        &sections(t),
        at,
        "id",
        guide_place(),
        out,
    );
    let skipped = t.draft && t.check_yourself.is_empty();
    if original.check_yourself.len() != t.check_yourself.len() && !skipped {
        out.push(at.error(
            guide_place(),
            format!(
                "the translation has {} check-yourself questions; `{}` has {}",
                t.check_yourself.len(),
                original.id,
                original.check_yourself.len()
            ),
            "one translated question for each of the original's",
        ));
    }
    for section in &original.sections {
        let Some(ts) = t.sections.iter().find(|s| s.id == section.id) else {
            continue;
        };
        // Glossary entries have no ids: their topics are named after the term, which is
        // translated. They are compared one by one, in order.
        if section.kind == SectionKind::Glossary {
            if section.topics.len() != ts.topics.len() {
                out.push(at.error(
                    guide_place(),
                    format!(
                        "the translation has {} glossary entries; `{}` has {}",
                        ts.topics.len(),
                        original.id,
                        section.topics.len()
                    ),
                    "one translated entry for each of the original's, in the same order",
                ));
            }
            for (topic, tt) in section.topics.iter().zip(&ts.topics) {
                same_topic(original, topic, t, tt, at, out);
            }
            continue;
        }
        let topics =
            |s: &super::Section| -> Vec<String> { s.topics.iter().map(|t| t.id.clone()).collect() };
        same_ids(
            "topic",
            &topics(section),
            &topics(ts),
            at,
            "id",
            at.value("id", &section.id),
            out,
        );
        for topic in &section.topics {
            if let Some(tt) = ts.topics.iter().find(|x| x.id == topic.id) {
                same_topic(original, topic, t, tt, at, out);
            }
        }
    }
}

/// Ids the original has that the translation lacks are errors at `missing_at`; ids only the
/// translation has are errors at their own place.
fn same_ids(
    what: &str,
    original: &[String],
    translated: &[String],
    at: &Finder,
    key: &str,
    missing_at: Range<usize>,
    out: &mut Vec<Diagnostic>,
) {
    // A draft may leave sections and topics out (the original's are shown), never sources.
    let draft = at.draft && what != "source";
    for id in original
        .iter()
        .filter(|id| !translated.contains(id) && !draft)
    {
        out.push(at.error(
            missing_at.clone(),
            format!("the translation has no {what} `{id}`"),
            &format!("a translated {what} with id \"{id}\", as in the original"),
        ));
    }
    for id in translated.iter().filter(|id| !original.contains(id)) {
        out.push(at.error(
            at.value(key, id),
            format!("{what} `{id}` is not in the original"),
            &format!("only the original's {what}s, with the original's ids"),
        ));
    }
}

fn same_topic(
    og: &Guide,
    o: &Topic,
    tg: &Guide,
    t: &Topic,
    at: &Finder,
    out: &mut Vec<Diagnostic>,
) {
    // Each cite with its place ("pi 8.2"), as written: a translation cites the same places.
    let cites_of = |g: &Guide, topic: &Topic| -> Vec<String> {
        topic
            .citations
            .iter()
            .map(|c| match &c.locator {
                Some(place) => format!("{} {place}", g.sources[c.source].id),
                None => g.sources[c.source].id.clone(),
            })
            .collect()
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let (theirs, ours) = (cites_of(og, o), cites_of(tg, t));
    if sorted(theirs.clone()) != sorted(ours.clone()) {
        let missing: Vec<&String> = theirs.iter().filter(|c| !ours.contains(c)).collect();
        let extra: Vec<&String> = ours.iter().filter(|c| !theirs.contains(c)).collect();
        let mut differs = Vec::new();
        if !missing.is_empty() {
            differs.push(format!("lacks {missing:?}, which the original cites"));
        }
        if !extra.is_empty() {
            differs.push(format!("cites {extra:?}, which the original does not"));
        }
        // Said at the topic's `cites`, with the original's list to write there.
        let topic_at = at.value("id", &t.id);
        let text = &at.file.text;
        let span = text[topic_at.end..]
            .find("\ncites")
            .map(|i| topic_at.end + i + 1)
            .map(|start| {
                let end = text[start..].find('\n').map_or(text.len(), |e| start + e);
                start..end
            })
            .filter(|r| !text[topic_at.end..r.start].contains("\n[["))
            .unwrap_or(topic_at);
        let list: Vec<String> = theirs.iter().map(|c| format!("\"{c}\"")).collect();
        out.push(at.error(
            span,
            format!("topic `{}` {}", t.id, differs.join(", and ")),
            &format!("cites = [{}], as the original topic", list.join(", ")),
        ));
    }
    // The topic's place is looked for in the file only when there is something to report.
    let mut error = |message: String, expected: &str| {
        out.push(at.error(at.value("id", &t.id), message, expected));
    };
    let links = |g: &Guide, topic: &Topic| -> Vec<String> {
        let mut ids: Vec<String> = topic
            .body
            .iter()
            .flat_map(block_inlines)
            .filter_map(|i| match i {
                Inline::Link { section, topic, .. } => Some(target(g, *section, *topic)),
                _ => None,
            })
            .chain(topic.related.iter().map(|r| target(g, r.section, r.topic)))
            .collect();
        ids.sort();
        ids
    };
    // A draft leaves out its links to topics it has not translated yet (the links could not
    // be followed in it): the original's others it keeps.
    let in_draft = |id: &String| {
        !tg.draft
            || tg
                .sections
                .iter()
                .flat_map(|s| &s.topics)
                .any(|x| x.id == *id)
    };
    let theirs: Vec<String> = links(og, o).into_iter().filter(in_draft).collect();
    if theirs != links(tg, t) {
        error(
            format!(
                "topic `{}` links to {:?}; the original links to {:?}",
                t.id,
                links(tg, t),
                theirs
            ),
            "links to the same topics as the original",
        );
    }
    let figures =
        |topic: &Topic| -> Vec<String> { topic.figures.iter().map(|f| f.id.clone()).collect() };
    if figures(o) != figures(t) {
        error(
            format!(
                "topic `{}` has figures {:?}; the original has {:?}",
                t.id,
                figures(t),
                figures(o)
            ),
            "the original's figures, with the same ids",
        );
    } else {
        for (fo, ft) in o.figures.iter().zip(&t.figures) {
            if data(fo) != data(ft) {
                error(
                    format!(
                        "figure `{}` has other numbers than the original's: {:?} against {:?}",
                        ft.id,
                        data(ft),
                        data(fo)
                    ),
                    "the same values, times and steps as the original figure",
                );
            }
        }
    }
    if o.questions.len() != t.questions.len() {
        error(
            format!(
                "topic `{}` has {} questions to ask; the original has {}",
                t.id,
                t.questions.len(),
                o.questions.len()
            ),
            "one translated question for each of the original's",
        );
    }
    let (want, got) = (numbers(o), numbers(t));
    let missing: Vec<String> = difference(&want, &got)
        .into_iter()
        .map(|v| written(o, v))
        .collect();
    let extra: Vec<String> = difference(&got, &want)
        .into_iter()
        .map(|v| written(t, v))
        .collect();
    if !missing.is_empty() || !extra.is_empty() {
        let mut parts = Vec::new();
        if !missing.is_empty() {
            parts.push(format!("lacks {}", missing.join(", ")));
        }
        if !extra.is_empty() {
            parts.push(format!(
                "has {} that the original does not",
                extra.join(", ")
            ));
        }
        // At the first number the original does not have, as the translation writes it;
        // else at the topic.
        let topic = at.value("id", &t.id);
        let text = &at.file.text;
        let place = extra
            .first()
            .and_then(|w| {
                let from = topic.end.min(text.len());
                text[from..]
                    .find(w.as_str())
                    .map(|i| from + i..from + i + w.len())
            })
            .unwrap_or(topic);
        let originals: Vec<String> = topic_numbers(o).into_iter().map(|n| n.written).collect();
        out.push(at.error(
            place,
            format!("topic `{}` {}", t.id, parts.join(" and ")),
            &format!(
                "the original topic's numbers, each as often: {}",
                originals.join(", ")
            ),
        ));
    }
}

/// What a link points at, the same in the original and a translation: a topic's id, or a
/// glossary entry's place (its id is made from the translated term).
fn target(g: &Guide, section: usize, topic: usize) -> String {
    let s = &g.sections[section];
    if s.kind == SectionKind::Glossary {
        format!("glossary entry {}", topic + 1)
    } else {
        s.topics[topic].id.clone()
    }
}

fn block_inlines(b: &Block) -> Vec<&Inline> {
    match b {
        Block::Paragraph(p) => p.iter().collect(),
        Block::Bullets(items) => items.iter().flatten().collect(),
        Block::Figure(_) => Vec::new(),
    }
}

/// A figure's data as numbers: what must not change in translation.
fn data(f: &Figure) -> Vec<String> {
    match &f.chart {
        Chart::Timeline { events, .. } => events.iter().map(|e| e.at.to_string()).collect(),
        Chart::Bars { bars, .. } | Chart::Icons { people: bars, .. } => {
            bars.iter().map(|b| b.value.to_string()).collect()
        }
        Chart::Steps(steps) => vec![steps.len().to_string()],
        Chart::Picture(art) => vec![art.len().to_string()],
    }
}

/// Every number written in a topic (its text, questions and figures' words), by value, with
/// how often each occurs and how the topic writes it: "2,550" and "2.550" are one number, "2.5"
/// and "2,5" another, so the language's way of writing a number does not matter, while a
/// changed digit does.
fn numbers(t: &Topic) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for n in topic_numbers(t) {
        *out.entry(n.value).or_insert(0) += 1;
    }
    out
}

/// The numbers of a topic's texts, in order.
fn topic_numbers(t: &Topic) -> Vec<super::numbers::Number> {
    let mut texts: Vec<&str> = t
        .body
        .iter()
        .flat_map(block_inlines)
        .filter_map(|i| match i {
            Inline::Text(s) | Inline::Term { text: s, .. } | Inline::Link { text: s, .. } => {
                Some(s.as_str())
            }
            Inline::Cite(_) => None,
        })
        .collect();
    texts.extend(t.questions.iter().map(String::as_str));
    let figure_texts: Vec<String> = t
        .figures
        .iter()
        .flat_map(|f| f.texts(crate::i18n::Lang::En))
        .collect();
    texts.extend(figure_texts.iter().map(String::as_str));
    texts
        .into_iter()
        .flat_map(super::numbers::in_text)
        .collect()
}

/// How topic `t` writes the number of value `value` (its first), or the value itself.
fn written(t: &Topic, value: &str) -> String {
    topic_numbers(t)
        .into_iter()
        .find(|n| n.value == value)
        .map_or_else(|| value.to_string(), |n| n.written)
}

/// What `a` has more of than `b`, one entry per extra occurrence.
fn difference<'a>(a: &'a BTreeMap<String, usize>, b: &BTreeMap<String, usize>) -> Vec<&'a String> {
    a.iter()
        .flat_map(|(n, &count)| {
            let have = b.get(n).copied().unwrap_or(0);
            std::iter::repeat_n(n, count.saturating_sub(have))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_one_topic_has_more_of_than_another() {
        let count = |s: &str| {
            let mut m = BTreeMap::new();
            for n in crate::guide::numbers::in_text(s) {
                *m.entry(n.value).or_insert(0usize) += 1;
            }
            m
        };
        let (a, b) = (count("1 2 2"), count("1 2 3"));
        assert_eq!(difference(&a, &b), [&"2".to_string()]);
        assert_eq!(difference(&b, &a), [&"3".to_string()]);
    }
}
