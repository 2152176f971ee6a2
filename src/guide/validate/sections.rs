//! Checking the guide's sections and their topics: kinds, ids, titles, bodies, citations,
//! questions, related topics and figures; and the glossary as a section of its own.

use std::collections::HashMap;

use super::{MAX_TOPIC_BYTES, Seen, Validator, term_topic};
use crate::guide::code::Code;
use crate::guide::format::{File, GuideKind, TopicDef};
use crate::guide::model::{Block, Related, Section, SectionKind, Term, Topic};

impl Validator<'_> {
    pub(super) fn sections(
        &mut self,
        file: &File,
        ids: &HashMap<String, usize>,
        glossary: &[Term],
    ) -> Vec<Section> {
        if file.sections.is_empty() {
            self.error(
                Code::NoSections,
                self.guide_header(),
                "the guide has no sections",
                Some("[[sections]] tables with id, title, kind and topics".into()),
            );
        }
        for (s, section) in file.sections.iter().enumerate() {
            for (t, topic) in section.topics.iter().enumerate() {
                let id = topic.id.get_ref().trim().to_string();
                let title = topic.title.get_ref().trim().to_string();
                // An id that is not valid is known by its repaired form too: a link written
                // as it will be once fixed is not a second error.
                if !super::valid_id(&id) {
                    let fixed = super::repaired_id(&id);
                    self.topics.entry(fixed).or_insert((s, t, title.clone()));
                }
                self.topics.entry(id).or_insert((s, t, title));
            }
        }
        let mut section_ids = Seen::default();
        let mut topic_ids = Seen::default();
        let mut out = Vec::new();
        let mut glossary_sections = 0;
        for s in &file.sections {
            let id = self.id(&s.id, "section id");
            self.unique(&mut section_ids, &id, s.id.span(), "section id");
            let title = self.text(&s.title, "section title");
            let short_title = match &s.short_title {
                Some(t) => self.text(t, "short title"),
                None => title.clone(),
            };
            let kind = *s.kind.get_ref();
            let topics = if kind == SectionKind::Glossary {
                glossary_sections += 1;
                if glossary_sections > 1 {
                    self.error(
                        Code::GlossarySection,
                        s.kind.span(),
                        "a guide has only one glossary section",
                        None,
                    );
                }
                if let Some(t) = s.topics.first() {
                    self.error(
                        Code::GlossarySection,
                        t.id.span(),
                        "a glossary section takes no topics; its entries come from [[glossary]]",
                        Some("[[glossary]] tables with term, definition and cites".into()),
                    );
                }
                if glossary.is_empty() {
                    self.error(
                        Code::GlossarySection,
                        s.kind.span(),
                        "the glossary section is empty: the guide has no [[glossary]] entries",
                        Some("[[glossary]] tables with term, definition and cites".into()),
                    );
                }
                glossary.iter().map(term_topic).collect()
            } else {
                if s.topics.is_empty() {
                    self.error(
                        Code::EmptySection,
                        s.id.span(),
                        format!("section `{id}` has no topics"),
                        Some("[[sections.topics]] tables after this section".into()),
                    );
                }
                s.topics
                    .iter()
                    .map(|t| self.topic(t, kind, ids, &mut topic_ids))
                    .collect()
            };
            out.push(Section {
                id,
                title,
                short_title,
                kind,
                topics,
            });
        }
        if !glossary.is_empty() && glossary_sections == 0 {
            self.error(
                Code::GlossarySection,
                file.glossary[0].term.span(),
                "glossary entries need a section with kind = \"glossary\" to show them",
                Some("a [[sections]] table with kind = \"glossary\"".into()),
            );
        }
        // A draft translation's missing sections come from its original, which has them.
        if *file.guide.kind.get_ref() == GuideKind::Drug && !self.draft_translation {
            for core in SectionKind::CORE {
                if !out.iter().any(|s| s.kind == core) {
                    // The slip is likely a section of kind "other" (never the questions or the
                    // glossary) with a word of its id for the kind: the whole words of the id
                    // ("how-it-works": how, it, works).
                    let words: &[&str] = match core {
                        SectionKind::Mechanism => &["mechanism", "works"],
                        SectionKind::Indications => &["indications", "indication", "who", "uses"],
                        SectionKind::Dosing => &["dosing", "dose", "doses", "take", "taking"],
                        _ => &["safety", "side", "risk", "risks", "warnings"],
                    };
                    let named = file.sections.iter().find(|s| {
                        let id = s.id.get_ref().to_lowercase();
                        let mut parts = id.split(['-', '_']);
                        *s.kind.get_ref() == SectionKind::Other
                            && parts.any(|w| w == core.name() || words.contains(&w))
                    });
                    let (at, fix, which) = match named {
                        Some(s) => (
                            s.kind.span(),
                            format!("kind = \"{}\"", core.name()),
                            format!("; is it section `{}`?", s.id.get_ref()),
                        ),
                        None => (
                            self.guide_header(),
                            "the four core sections: mechanism, indications, dosing and safety"
                                .into(),
                            String::new(),
                        ),
                    };
                    self.error(
                        Code::MissingSection,
                        at,
                        format!(
                            "a drug guide needs a section with kind = \"{}\"{which}",
                            core.name()
                        ),
                        Some(fix),
                    );
                }
            }
        }
        out
    }

    fn topic(
        &mut self,
        t: &TopicDef,
        kind: SectionKind,
        ids: &HashMap<String, usize>,
        seen: &mut Seen,
    ) -> Topic {
        let id = self.id(&t.id, "topic id");
        self.unique(seen, &id, t.id.span(), "topic id");
        let title = self.text(&t.title, "topic title");
        // A topic drafted from the label is not for patients until it is rewritten.
        if let Some(draft) = t.draft.as_ref().filter(|d| *d.get_ref()) {
            self.error(
                Code::TopicDraft,
                draft.span(),
                format!("topic `{}` is still a draft that follows the label's wording", t.id.get_ref().trim()),
                Some("rewrite it in plain words from the label's text (in the comments above it), then remove draft = true".into()),
            );
        }
        let short_title = t.short_title.as_ref().map(|s| self.text(s, "short title"));
        let citations = self.citations(&t.cites, ids, "topic");
        let body_text = self.body_text(&t.body);
        if body_text.len() > MAX_TOPIC_BYTES {
            self.error(
                Code::TopicTooLong,
                t.body.span(),
                format!(
                    "topic `{id}` has {} KB of text; a topic holds at most {} KB",
                    body_text.len() / 1000,
                    MAX_TOPIC_BYTES / 1000
                ),
                Some("split it into several topics, each a few screens long".into()),
            );
        }
        let figures = self.figures(&t.figures, ids);
        // A misspelt id in `cites` is one mistake: the markers citing that source are not
        // reported again as missing from `cites`.
        let cites_known = !t.cites.get_ref().is_empty()
            && t.cites.get_ref().iter().all(|c| {
                let raw = c.get_ref().trim();
                ids.contains_key(raw.split_whitespace().next().unwrap_or(raw))
            });
        let body = self.body(
            &t.body,
            &body_text,
            ids,
            (&citations, cites_known),
            &figures,
        );
        // A figure line naming no figure of the topic is most likely this figure misspelt: it is
        // reported there, once.
        let misnamed = body_text.lines().any(|l| {
            l.trim()
                .strip_prefix("[[figure:")
                .and_then(|r| r.strip_suffix("]]"))
                .is_some_and(|id| figures.iter().all(|f| f.id != id.trim()))
        });
        for (i, (f, def)) in figures.iter().zip(&t.figures).enumerate() {
            // A figure line with a bracket missing is reported where it is written, once.
            let unclosed = body_text
                .lines()
                .any(|l| l.trim() == format!("[[figure:{}]", f.id));
            let unopened = format!("[figure:{}]]", f.id);
            if let Some(at) = body_text
                .lines()
                .any(|l| l.trim() == unopened)
                .then(|| self.src[t.body.span().start..].find(&unopened))
                .flatten()
            {
                let at = t.body.span().start + at;
                self.error(
                    Code::FigureNotClosed,
                    at..at + unopened.len(),
                    format!(
                        "the figure line needs two opening brackets: [[figure:{}]]",
                        f.id
                    ),
                    Some(format!("[[figure:{}]]", f.id)),
                );
                continue;
            }
            // A figure line not on a line of its own is reported there (figure-inline), once.
            let inline = body_text.contains(&format!("[[figure:{}]]", f.id));
            if !body.contains(&Block::Figure(i)) && !unclosed && !misnamed && !inline {
                self.slips
                    .figure_unplaced
                    .push((self.errors.len(), f.id.clone()));
                self.error(
                    Code::FigureNotPlaced,
                    def.id.span(),
                    format!("figure `{}` is not placed in the topic's body", f.id),
                    Some(format!(
                        "a line [[figure:{}]] in the body where the figure should appear",
                        f.id
                    )),
                );
            }
        }
        let questions: Vec<String> = t
            .questions
            .iter()
            .map(|q| self.text(q, "question"))
            .collect();
        if kind == SectionKind::Questions && questions.is_empty() {
            // At an empty `questions = []` where there is one, else at the topic.
            let from = t.id.span().end;
            let at = self.src[from..]
                .find("questions")
                .filter(|&i| !self.src[from..from + i].contains("[[sections"))
                .map_or(t.id.span(), |i| from + i..from + i + "questions".len());
            self.error(
                Code::NoQuestions,
                at,
                format!("topic `{id}` is in a questions section but lists no questions"),
                Some("questions = [\"...\", \"...\"]".into()),
            );
        }
        let related = t
            .related
            .iter()
            .filter_map(|r| {
                let question = self.text(&r.question, "related question");
                let target = r.topic.get_ref().trim();
                match self.topics.get(target) {
                    Some(&(section, topic, _)) => Some(Related {
                        question,
                        section,
                        topic,
                    }),
                    None if self.reported_id(target) => None,
                    None => {
                        let hint = super::super::diagnostic::did_you_mean(
                            target,
                            self.topics.keys().map(String::as_str),
                        );
                        self.error(
                            Code::UnknownTopic,
                            r.topic.span(),
                            format!("related question points at unknown topic `{target}`.{hint}"),
                            Some("the id of a topic in this guide".into()),
                        );
                        None
                    }
                }
            })
            .collect();
        let mut accept = Vec::new();
        for (code, why) in &t.accept {
            // The reason is required: an accepted warning is a decision a reviewer reads.
            self.text(why, "reason for accepting a warning");
            let topic_warnings = super::super::lint::TOPIC_WARNINGS;
            match topic_warnings.iter().find(|c| c.name() == code.as_str()) {
                Some(c) => accept.push(*c),
                None => {
                    let hint = super::super::diagnostic::did_you_mean(
                        code,
                        topic_warnings.iter().map(|c| c.name()),
                    );
                    self.error(
                        Code::UnknownValue,
                        why.span(),
                        format!("`{code}` is not a warning a topic can accept.{hint}"),
                        Some(format!(
                            "one of: {}",
                            topic_warnings
                                .iter()
                                .map(|c| c.name())
                                .collect::<Vec<_>>()
                                .join(", ")
                        )),
                    );
                }
            }
        }
        Topic {
            id,
            title,
            short_title,
            from_original: false,
            body,
            citations,
            questions,
            related,
            figures,
            accept,
        }
    }
}
