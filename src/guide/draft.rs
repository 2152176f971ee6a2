//! A draft translation: one that translates part of a guide (`draft = true` in `[guide]`).
//! Checked against its original like any translation for what it has, it is then completed
//! with the original's sections and topics it lacks, each marked as shown in the original's
//! language, so a patient reads the whole guide and is told which topics are not translated
//! yet. The completed guide has the original's order; the draft's own places (its links, its
//! questions' topics) are moved to where the same ids are in it.

use super::model::{Block, Citation, Guide, Inline, Topic};

/// The draft `draft` of `original`, completed with what it lacks.
pub fn complete(original: &Guide, draft: Guide) -> Guide {
    // Where each of the draft's topics is in the completed guide: the original's place of its id.
    let place_of = |id: &str| -> Option<(usize, usize)> {
        original
            .sections
            .iter()
            .enumerate()
            .find_map(|(s, sec)| sec.topics.iter().position(|t| t.id == id).map(|t| (s, t)))
    };
    let moved: Vec<Vec<Option<(usize, usize)>>> = draft
        .sections
        .iter()
        .map(|s| s.topics.iter().map(|t| place_of(&t.id)).collect())
        .collect();
    let from_draft = |(s, t): (usize, usize)| -> (usize, usize) {
        moved
            .get(s)
            .and_then(|m| m.get(t).copied().flatten())
            .unwrap_or((s, t))
    };
    // The original's sources by index, as the draft lists them (the same ids, checked).
    let source_of: Vec<usize> = original
        .sources
        .iter()
        .map(|o| draft.sources.iter().position(|d| d.id == o.id).unwrap_or(0))
        .collect();
    let glossary = if draft.glossary.is_empty() {
        original.glossary.clone()
    } else {
        draft.glossary.clone()
    };
    let mut sections = Vec::with_capacity(original.sections.len());
    for os in &original.sections {
        let ds = draft.sections.iter().find(|d| d.id == os.id);
        let mut section = ds.cloned().unwrap_or_else(|| os.clone());
        section.topics = os
            .topics
            .iter()
            .enumerate()
            .map(|(i, ot)| {
                let translated = ds.and_then(|d| {
                    if os.kind == super::model::SectionKind::Glossary {
                        d.topics.get(i)
                    } else {
                        d.topics.iter().find(|t| t.id == ot.id)
                    }
                });
                match translated {
                    Some(t) => moved_topic(t.clone(), &from_draft),
                    None => original_topic(ot.clone(), &source_of),
                }
            })
            .collect();
        sections.push(section);
    }
    let check_yourself = if draft.check_yourself.is_empty() {
        original.check_yourself.clone()
    } else {
        draft
            .check_yourself
            .iter()
            .cloned()
            .map(|mut q| {
                q.topic = from_draft(q.topic);
                q
            })
            .collect()
    };
    Guide {
        sections,
        glossary,
        check_yourself,
        key_facts: original.key_facts,
        get_help: original.get_help,
        ..draft
    }
}

/// One of the draft's topics, its links and related topics moved to the completed guide's places.
fn moved_topic(mut t: Topic, to: &impl Fn((usize, usize)) -> (usize, usize)) -> Topic {
    for inline in inlines(&mut t) {
        if let Inline::Link { section, topic, .. } = inline {
            (*section, *topic) = to((*section, *topic));
        }
    }
    for r in &mut t.related {
        (r.section, r.topic) = to((r.section, r.topic));
    }
    t
}

/// One of the original's topics, shown in the draft's place: marked, its sources renumbered
/// as the draft lists them.
fn original_topic(mut t: Topic, source_of: &[usize]) -> Topic {
    let renumber = |c: &mut Citation| c.source = source_of.get(c.source).copied().unwrap_or(0);
    t.citations.iter_mut().for_each(renumber);
    for f in &mut t.figures {
        f.citations.iter_mut().for_each(renumber);
    }
    for inline in inlines(&mut t) {
        if let Inline::Cite(s) = inline {
            *s = source_of.get(*s).copied().unwrap_or(0);
        }
    }
    t.from_original = true;
    t
}

/// Every inline of a topic's body, to change in place.
fn inlines(t: &mut Topic) -> impl Iterator<Item = &mut Inline> {
    t.body
        .iter_mut()
        .flat_map(|b| -> Box<dyn Iterator<Item = &mut Inline>> {
            match b {
                Block::Paragraph(p) => Box::new(p.iter_mut()),
                Block::Bullets(items) => Box::new(items.iter_mut().flatten()),
                Block::Figure(_) => Box::new(std::iter::empty()),
            }
        })
}
