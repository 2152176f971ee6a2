//! The validated guide, as the rest of the app sees it: plain data, no spans, no terminal types.

/// One patient guide (one TOML file), checked and ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Guide {
    /// Where it was loaded from (a path, or the bundled file's name).
    pub origin: String,
    pub id: String,
    pub title: String,
    pub generic_name: String,
    pub condition: String,
    pub language: String,
    /// The date a reviewer last checked the content against its sources, as written (YYYY-MM-DD).
    pub last_reviewed: String,
    pub disclaimer: String,
    /// What may have changed in the sources since the last review.
    pub review_note: Option<String>,
    /// The highest reading grade a topic should have; `check` warns above it.
    pub reading_grade: f64,
    pub sources: Vec<Source>,
    pub sections: Vec<Section>,
    pub glossary: Vec<Term>,
    /// Search synonyms: a word or phrase patients type (lowercase) and the guide's words for it.
    pub synonyms: Vec<(String, Vec<String>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub version: Option<String>,
    pub date: Option<String>,
    /// Where to find it: a web address or a catalogue reference.
    pub location: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    Mechanism,
    Indications,
    Dosing,
    Safety,
    Questions,
    Glossary,
    Other,
}

impl SectionKind {
    /// The sections every drug guide must have.
    pub const CORE: [SectionKind; 4] = [
        SectionKind::Mechanism,
        SectionKind::Indications,
        SectionKind::Dosing,
        SectionKind::Safety,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SectionKind::Mechanism => "mechanism",
            SectionKind::Indications => "indications",
            SectionKind::Dosing => "dosing",
            SectionKind::Safety => "safety",
            SectionKind::Questions => "questions",
            SectionKind::Glossary => "glossary",
            SectionKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// A shorter title for the tab bar.
    pub short_title: String,
    pub kind: SectionKind,
    pub topics: Vec<Topic>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub id: String,
    pub title: String,
    pub body: Vec<Block>,
    pub citations: Vec<Citation>,
    /// Questions to ask the care team, shown as a numbered list after the body.
    pub questions: Vec<String>,
    /// Other questions, each linked to the topic that answers it.
    pub related: Vec<Related>,
}

/// A block of body text.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    Bullets(Vec<Vec<Inline>>),
}

/// A piece of running text: words, or a citation marker pointing at `Guide::sources[index]`.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Cite(usize),
    /// A glossary term named in the text, shown as `text`; opens its definition.
    Term {
        index: usize,
        text: String,
    },
    /// A link to another topic of the same guide, shown as `text`.
    Link {
        section: usize,
        topic: usize,
        text: String,
    },
}

/// A question answered by another topic, listed at the end of a topic.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub question: String,
    pub section: usize,
    pub topic: usize,
}

/// A source cited by a topic, with an optional place inside it (e.g. "section 2.1").
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    pub source: usize,
    pub locator: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub term: String,
    pub definition: String,
    pub citations: Vec<Citation>,
}

/// Running text without its citation markers (links and terms keep their words).
pub fn plain_text(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .filter_map(|i| match i {
            Inline::Text(t) | Inline::Link { text: t, .. } | Inline::Term { text: t, .. } => {
                Some(t.as_str())
            }
            Inline::Cite(_) => None,
        })
        .collect()
}

impl Topic {
    /// The plain text of each paragraph and each bullet item, in order.
    pub fn body_texts(&self) -> impl Iterator<Item = String> + '_ {
        self.body.iter().flat_map(|block| match block {
            Block::Paragraph(p) => vec![plain_text(p)],
            Block::Bullets(items) => items.iter().map(|i| plain_text(i)).collect(),
        })
    }
}

impl Guide {
    /// The number shown in citation markers like [1]: the source's place in the guide's list.
    pub fn source_number(&self, index: usize) -> usize {
        index + 1
    }
}
