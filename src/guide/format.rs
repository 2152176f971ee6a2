//! The TOML file format exactly as an author writes it, with spans so validation can point at lines.
//! Every table denies unknown keys. See guide/README.md for the documented example. `read` fills
//! these from the parser's tree; a key left out of a list, a map or an optional value is empty.

use toml::Spanned;
use toml::value::Datetime;

use super::model::{SectionKind, SourceKind};

pub mod read;

pub type Text = Spanned<String>;

/// Each table's keys, as the structs below hold them: what `read` lists in an unknown key's
/// message, and what tells an author that a key landed in the wrong table (`read/tests.rs`
/// checks that its reader takes every key listed here).
pub const TABLE_KEYS: &[(&str, &[&str])] = &[
    (
        "[guide]",
        &[
            "id",
            "title",
            "generic_name",
            "condition",
            "language",
            "last_reviewed",
            "disclaimer",
            "kind",
            "review_note",
            "reading_grade",
            "reading_ease",
            "key_facts",
            "get_help",
            "translates",
            "draft",
            "label",
            "category",
        ],
    ),
    (
        "[[sources]]",
        &[
            "id",
            "title",
            "publisher",
            "version",
            "date",
            "location",
            "kind",
        ],
    ),
    (
        "[[sections]]",
        &["id", "title", "short_title", "kind", "topics"],
    ),
    (
        "[[sections.topics]]",
        &[
            "id",
            "title",
            "short_title",
            "body",
            "cites",
            "questions",
            "related",
            "figures",
            "accept",
            "draft",
        ],
    ),
    (
        "[[sections.topics.figures]]",
        &[
            "id", "kind", "title", "summary", "cites", "unit", "note", "then", "events", "bars",
            "steps", "people", "marked", "art",
        ],
    ),
    (
        "[[glossary]]",
        &["term", "short_term", "definition", "cites"],
    ),
    (
        "[[check_yourself]]",
        &["question", "choices", "answer", "explain", "topic"],
    ),
];

/// The label a guide was written from.
#[derive(Debug)]
pub struct LabelDef {
    pub set_id: Option<Text>,
    pub version: u32,
    pub effective: toml::value::Datetime,
}

#[derive(Debug)]
pub struct File {
    pub guide: Meta,
    pub sources: Vec<SourceDef>,
    pub sections: Vec<SectionDef>,
    pub glossary: Vec<TermDef>,
    /// Words patients type, mapped to the words the guide uses: `shot = ["injection"]`.
    pub synonyms: std::collections::BTreeMap<String, Spanned<Vec<Text>>>,
    /// Teach-back questions: choose an answer, then read the topic that explains it.
    pub check_yourself: Vec<Spanned<QuizDef>>,
}

/// One "check yourself" question.
#[derive(Debug)]
pub struct QuizDef {
    pub question: Text,
    pub choices: Spanned<Vec<Text>>,
    /// The right choice, counted from 1.
    pub answer: Spanned<i64>,
    /// One or two sentences that say why, shown after the patient answers.
    pub explain: Text,
    /// The topic that explains the answer.
    pub topic: Text,
}

#[derive(Debug)]
pub struct Meta {
    pub id: Text,
    pub title: Text,
    pub generic_name: Text,
    pub condition: Text,
    pub language: Text,
    pub last_reviewed: Spanned<Datetime>,
    pub disclaimer: Text,
    pub kind: Spanned<GuideKind>,
    pub review_note: Option<Text>,
    /// The highest Flesch-Kincaid grade a topic should have (default 8).
    pub reading_grade: Option<Spanned<f64>>,
    /// Spanish guides: the lowest INFLESZ reading ease a topic should have (default 55).
    pub reading_ease: Option<Spanned<f64>>,
    /// The topic with the most important information: shown first, one key (`*`) away.
    pub key_facts: Option<Text>,
    /// The topic that says when and whom to call: one key (`!`) and a kiosk button away.
    pub get_help: Option<Text>,
    /// This guide is a translation of the guide with this id: same sections, topics, figures,
    /// sources, questions, citations, links and numbers (`check` compares them).
    pub translates: Option<Text>,
    /// A translation of part of the guide: the original's sections and topics it lacks are
    /// shown from the original, said to be in its language.
    pub draft: Option<Spanned<bool>>,
    /// The label the guide was written from: `{ set_id = "...", version = 10, effective =
    /// 2025-08-18 }` (DailyMed's set id, the label's version and its effective date).
    pub label: Option<Spanned<LabelDef>>,
    /// What the guide is filed under in the list of guides, such as its condition ("Multiple
    /// sclerosis"): the guide picker groups by it.
    pub category: Option<Text>,
}

fn drug() -> Spanned<GuideKind> {
    Spanned::new(0..0, GuideKind::Drug)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuideKind {
    /// A guide to one medicine: must have the four core sections.
    Drug,
    /// Any other patient guide.
    General,
}

#[derive(Debug)]
pub struct SourceDef {
    pub id: Text,
    pub title: Text,
    pub publisher: Text,
    pub version: Option<Text>,
    pub date: Option<Text>,
    pub location: Text,
    /// What kind of source it is: label, trial, article or other.
    pub kind: Option<Spanned<SourceKind>>,
}

#[derive(Debug)]
pub struct SectionDef {
    pub id: Text,
    pub title: Text,
    pub short_title: Option<Text>,
    pub kind: Spanned<SectionKind>,
    pub topics: Vec<TopicDef>,
}

#[derive(Debug)]
pub struct TopicDef {
    pub id: Text,
    pub title: Text,
    /// A shorter title for the topics list, when the title is too wide for it.
    pub short_title: Option<Text>,
    pub body: Text,
    pub cites: Spanned<Vec<Text>>,
    pub questions: Vec<Text>,
    /// Other questions and the topics that answer them.
    pub related: Vec<RelatedDef>,
    /// Figures, each placed in the body by a line `[[figure:id]]`.
    pub figures: Vec<FigureDef>,
    /// Warnings this topic gives on purpose, each with why: `{ relative-only = "..." }`.
    pub accept: std::collections::BTreeMap<String, Text>,
    /// Written by `patient-guide label draft`: the topic still follows the label's wording (in
    /// comments) and is not for patients until rewritten; `check` fails until it is removed.
    pub draft: Option<Spanned<bool>>,
}

/// A figure: a timeline, comparison bars or numbered steps. Which keys it takes depends on its
/// kind; validation says which are missing or out of place.
#[derive(Debug)]
pub struct FigureDef {
    pub id: Text,
    pub kind: Spanned<FigureKind>,
    pub title: Text,
    /// One plain sentence that says what the figure shows: its text alternative.
    pub summary: Text,
    pub cites: Spanned<Vec<Text>>,
    /// Timeline: day, week, month or year. Bars: percent, per-year, count, mg or ml.
    pub unit: Option<Text>,
    /// A line shown under the figure, e.g. "Fewer is better."
    pub note: Option<Text>,
    /// Timeline: what happens after the last event, e.g. "Then one dose every month".
    pub then: Option<Text>,
    pub events: Option<Spanned<Vec<Spanned<EventDef>>>>,
    pub bars: Option<Spanned<Vec<Spanned<BarDef>>>>,
    pub steps: Option<Spanned<Vec<Text>>>,
    /// Icons: how many people in 100 had it, e.g. `{ label = "Kesimpta", value = 10.9 }`.
    pub people: Option<Spanned<Vec<Spanned<BarDef>>>>,
    /// Icons: what a marked icon means, e.g. "disability got worse".
    pub marked: Option<Text>,
    /// Picture: its lines, in plain ASCII characters, at most 60 columns wide.
    pub art: Option<Spanned<Vec<Text>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    Timeline,
    Bars,
    Steps,
    /// An icon array: 100 people, those who had it marked.
    Icons,
    /// A simple picture drawn with characters (`art`), such as where on the body to inject.
    Picture,
}

/// One event on a timeline. Both keys are optional here so that a missing one gets a clear
/// message from validation rather than the reader's.
#[derive(Debug)]
pub struct EventDef {
    pub at: Option<Spanned<toml::Value>>,
    pub label: Option<Text>,
    /// Nothing happens at this time (e.g. "No dose"): drawn as an empty marker.
    pub skip: bool,
}

/// One bar: a label and a value, optionally in a group (e.g. a trial's name).
#[derive(Debug)]
pub struct BarDef {
    pub group: Option<Text>,
    pub label: Option<Text>,
    pub value: Option<Spanned<toml::Value>>,
}

#[derive(Debug)]
pub struct RelatedDef {
    pub question: Text,
    /// The id of the topic that answers it.
    pub topic: Text,
}

#[derive(Debug)]
pub struct TermDef {
    pub term: Text,
    /// A shorter name for the glossary's list, when the term is too wide for it.
    pub short_term: Option<Text>,
    pub definition: Text,
    pub cites: Spanned<Vec<Text>>,
}
