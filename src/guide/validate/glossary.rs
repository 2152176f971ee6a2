//! The glossary: its terms, each checked once, and each shown as a topic of the glossary
//! section.

use std::collections::HashMap;

use super::{Seen, Validator};
use crate::guide::format::TermDef;
use crate::guide::model::{Block, Inline, Term, Topic};

impl Validator<'_> {
    /// The label the guide was written from: an id, a version and a date (no time).
    pub(super) fn label_ref(
        &mut self,
        meta: &crate::guide::format::Meta,
    ) -> Option<crate::guide::model::LabelRef> {
        let def = meta.label.as_ref()?;
        let l = def.get_ref();
        let effective = match (&l.effective.date, &l.effective.time) {
            (Some(date), None) => date.to_string(),
            _ => {
                self.error(
                    crate::guide::code::Code::DateWithTime,
                    def.span(),
                    "the label's effective date is a date without a time",
                    Some("effective = 2025-08-18".into()),
                );
                l.effective.to_string()
            }
        };
        Some(crate::guide::model::LabelRef {
            set_id: l.set_id.as_ref().map(|s| self.text(s, "label set id")),
            version: l.version,
            effective,
        })
    }

    /// `draft = true`: only a translation can be a draft of one.
    pub(super) fn draft(&mut self, meta: &crate::guide::format::Meta) -> bool {
        let Some(draft) = &meta.draft else {
            return false;
        };
        if *draft.get_ref() && meta.translates.is_none() {
            self.error(
                crate::guide::code::Code::Translation,
                draft.span(),
                "only a translation can be a draft (draft = true with translates = \"id\")",
                Some("translates = \"the original's id\", or remove draft".into()),
            );
        }
        *draft.get_ref()
    }

    pub(super) fn glossary(
        &mut self,
        terms: &[TermDef],
        ids: &HashMap<String, usize>,
    ) -> Vec<Term> {
        let mut seen = Seen::default();
        let mut out = Vec::new();
        for t in terms {
            let term = self.text(&t.term, "glossary term");
            self.unique(
                &mut seen,
                &term.to_lowercase(),
                t.term.span(),
                "glossary term",
            );
            let short_term = t.short_term.as_ref().map(|s| self.text(s, "short term"));
            let definition = self.note(&t.definition, "definition");
            let citations = self.citations(&t.cites, ids, "glossary term");
            out.push(Term {
                term,
                short_term,
                definition,
                citations,
            });
        }
        out
    }
}

/// A glossary entry shown as a topic of the glossary section.
pub(super) fn term_topic(t: &Term) -> Topic {
    Topic {
        id: format!(
            "term-{}",
            t.term.to_lowercase().replace(char::is_whitespace, "-")
        ),
        title: t.term.clone(),
        short_title: t.short_term.clone(),
        from_original: false,
        body: vec![Block::Paragraph(vec![Inline::Text(t.definition.clone())])],
        citations: t.citations.clone(),
        questions: Vec::new(),
        related: Vec::new(),
        figures: Vec::new(),
        accept: Vec::new(),
    }
}
