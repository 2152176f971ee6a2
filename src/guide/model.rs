//! The validated guide, as the rest of the app sees it: plain data, no spans, no terminal types.

use crate::i18n::tr;
use crate::i18n::{Lang, msg, t};

/// One patient guide (one TOML file), checked and ready to show.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Guide {
    /// Where it was loaded from (a path, or the bundled file's name).
    pub origin: String,
    pub id: String,
    pub title: String,
    pub generic_name: String,
    pub condition: String,
    pub language: String,
    /// The id of the guide this one translates, if it is a translation.
    pub translates: Option<String>,
    /// A draft translation: it may translate part of the guide; the rest is the original's.
    #[serde(default)]
    pub draft: bool,
    /// The label the guide was written from, when it says.
    #[serde(default)]
    pub label: Option<LabelRef>,
    /// What the guide is filed under in the list of guides (the picker groups by it).
    pub category: Option<String>,
    /// The date a reviewer last checked the content against its sources, as written (YYYY-MM-DD).
    pub last_reviewed: String,
    pub disclaimer: String,
    /// What may have changed in the sources since the last review.
    pub review_note: Option<String>,
    /// The highest reading grade a topic should have; `check` warns above it.
    pub reading_grade: f64,
    /// Spanish guides: the lowest INFLESZ reading ease a topic should have; `check` warns below.
    pub reading_ease: f64,
    pub sources: Vec<Source>,
    pub sections: Vec<Section>,
    pub glossary: Vec<Term>,
    /// Search synonyms: a word or phrase patients type (lowercase) and the guide's words for it.
    pub synonyms: Vec<(String, Vec<String>)>,
    /// The most important information, as (section, topic): shown first, one key away.
    pub key_facts: Option<(usize, usize)>,
    /// When and whom to call, as (section, topic): one key and a kiosk button away.
    pub get_help: Option<(usize, usize)>,
    /// Teach-back questions.
    pub check_yourself: Vec<Quiz>,
}

/// A "check yourself" question: choices, the right one, why, and the topic that explains it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Quiz {
    pub question: String,
    pub choices: Vec<String>,
    /// The right choice's index (from 0).
    pub answer: usize,
    pub explain: String,
    /// The topic that explains it: (section, topic).
    pub topic: (usize, usize),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub version: Option<String>,
    pub date: Option<String>,
    /// Where to find it: a web address or a catalogue reference.
    pub location: String,
    pub kind: Option<SourceKind>,
}

#[derive(Debug, serde::Deserialize, serde::Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// The official product information (prescribing information, patient leaflet, SmPC).
    Label,
    /// A clinical trial report.
    Trial,
    /// An article, a website or a secondary summary.
    Article,
    Other,
}

impl SourceKind {
    pub fn name(self) -> &'static str {
        match self {
            SourceKind::Label => "label",
            SourceKind::Trial => "trial",
            SourceKind::Article => "article",
            SourceKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
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

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// A shorter title for the tab bar.
    pub short_title: String,
    pub kind: SectionKind,
    pub topics: Vec<Topic>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Topic {
    pub id: String,
    pub title: String,
    /// A shorter title for the topics list, shown there when the title does not fit.
    pub short_title: Option<String>,
    /// In a draft translation, a topic it does not translate yet: the original's, shown in the
    /// original's language (and said so).
    #[serde(default)]
    pub from_original: bool,
    pub body: Vec<Block>,
    pub citations: Vec<Citation>,
    /// Questions to ask the care team, shown as a numbered list after the body.
    pub questions: Vec<String>,
    /// Other questions, each linked to the topic that answers it.
    pub related: Vec<Related>,
    /// The figures the body places (`Block::Figure` holds an index into this list).
    pub figures: Vec<Figure>,
    /// The codes of the warnings the author accepts for this topic, having said why.
    pub accept: Vec<super::code::Code>,
}

/// A block of body text.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Block {
    Paragraph(Vec<Inline>),
    Bullets(Vec<Vec<Inline>>),
    /// A figure, by its index in `Topic::figures`.
    Figure(usize),
}

/// A figure inside a topic: a title, a one-sentence summary (its text alternative), its sources
/// and what it draws.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Figure {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub note: Option<String>,
    pub citations: Vec<Citation>,
    pub chart: Chart,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Chart {
    /// Events on a time axis, in time order, and what follows the last one.
    Timeline {
        unit: TimeUnit,
        events: Vec<Event>,
        then: Option<String>,
    },
    /// Labelled values drawn to scale; `decimals` is how many every value is shown with.
    Bars {
        unit: BarUnit,
        bars: Vec<Bar>,
        decimals: usize,
    },
    /// A numbered procedure.
    Steps(Vec<String>),
    /// A picture drawn with ASCII characters, line by line; its summary says what it shows.
    Picture(Vec<String>),
    /// Icon arrays: for each entry, `value` people in 100 marked as `marked` (e.g. "had a
    /// headache"); entries in a group are compared side by side.
    Icons { people: Vec<Bar>, marked: String },
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    pub at: f64,
    pub label: String,
    /// Nothing happens then (e.g. "No dose").
    pub skip: bool,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Bar {
    pub group: Option<String>,
    pub label: String,
    pub value: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TimeUnit {
    Day,
    Week,
    Month,
    Year,
}

impl TimeUnit {
    pub const ALL: [(&'static str, TimeUnit); 4] = [
        ("day", TimeUnit::Day),
        ("week", TimeUnit::Week),
        ("month", TimeUnit::Month),
        ("year", TimeUnit::Year),
    ];

    /// "Week 4".
    pub fn at(self, at: f64, lang: Lang) -> String {
        tr!(
            lang,
            "figure-time-at",
            unit = self.heading(lang),
            at = number(at, 0)
        )
    }

    /// "Week", for a table heading.
    pub fn heading(self, lang: Lang) -> String {
        let id = match self {
            TimeUnit::Day => msg!("figure-day"),
            TimeUnit::Week => msg!("figure-week"),
            TimeUnit::Month => msg!("figure-month"),
            TimeUnit::Year => msg!("figure-year"),
        };
        t(lang, id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BarUnit {
    Percent,
    PerYear,
    Count,
    Mg,
    Ml,
}

impl BarUnit {
    pub const ALL: [(&'static str, BarUnit); 5] = [
        ("percent", BarUnit::Percent),
        ("per-year", BarUnit::PerYear),
        ("count", BarUnit::Count),
        ("mg", BarUnit::Mg),
        ("ml", BarUnit::Ml),
    ];

    /// The heading of a column of these values, for a table.
    pub fn heading(self, lang: Lang) -> String {
        let id = match self {
            BarUnit::Percent => msg!("figure-percent"),
            BarUnit::PerYear => msg!("figure-per-year"),
            BarUnit::Count => msg!("figure-number"),
            BarUnit::Mg => return "mg".into(),
            BarUnit::Ml => return "mL".into(),
        };
        t(lang, id)
    }

    /// A value with its unit: "39%", "0.11 a year", "20 mg".
    pub fn show(self, value: f64, decimals: usize, lang: Lang) -> String {
        let n = number(value, decimals);
        match self {
            BarUnit::Percent => format!("{n}%"),
            BarUnit::PerYear => tr!(lang, "figure-value-per-year", value = n),
            BarUnit::Count => n,
            BarUnit::Mg => format!("{n} mg"),
            BarUnit::Ml => format!("{n} mL"),
        }
    }
}

/// How many whole people in 100 a percentage is.
pub fn in_100(value: f64) -> u32 {
    value.round().clamp(0.0, 100.0) as u32
}

/// Whether a percentage is a whole number of people in 100 (10.9 is not: "about 11").
pub fn whole_in_100(value: f64) -> bool {
    (value - f64::from(in_100(value))).abs() <= 1e-9
}

/// "about 11 in 100", or "15 in 100" when it is exact.
pub fn about_in_100(value: f64, lang: Lang) -> String {
    if whole_in_100(value) {
        tr!(lang, "figure-in-100", count = in_100(value))
    } else {
        tr!(lang, "figure-about-in-100", count = in_100(value))
    }
}

/// "Kesimpta: about 11 in 100 people had disability get worse" ("about" when rounded).
pub fn icons_sentence(entry: &Bar, marked: &str, lang: Lang) -> String {
    let who = match &entry.group {
        Some(g) => format!("{g}, {}", entry.label),
        None => entry.label.clone(),
    };
    tr!(
        lang,
        "figure-people",
        who = who,
        count = about_in_100(entry.value, lang),
        marked = marked
    )
}

/// A number with at least `decimals` decimals, and more only when it has them (1.5 stays 1.5).
pub fn number(value: f64, decimals: usize) -> String {
    let shown = decimals.max(decimals_of(value));
    format!("{value:.shown$}")
}

/// How many decimals a number needs to be written exactly (at most 3).
pub fn decimals_of(value: f64) -> usize {
    (0..3)
        .find(|&d| {
            let scale = 10f64.powi(d as i32);
            ((value * scale).round() - value * scale).abs() < 1e-9
        })
        .unwrap_or(3)
}

impl Figure {
    /// Every piece of text in the figure, for search and reading level: title, summary, labels,
    /// steps and note, in the guide's language `lang`.
    pub fn texts(&self, lang: Lang) -> Vec<String> {
        let mut out = vec![self.title.clone(), self.summary.clone()];
        match &self.chart {
            Chart::Timeline { events, then, .. } => {
                out.extend(events.iter().map(|e| e.label.clone()));
                out.extend(then.clone());
            }
            Chart::Bars { bars, .. } => {
                out.extend(bars.iter().map(|b| match &b.group {
                    Some(g) => format!("{g}: {}", b.label),
                    None => b.label.clone(),
                }));
            }
            Chart::Steps(steps) => out.extend(steps.iter().cloned()),
            // The drawing is not words: its title and summary say what it shows.
            Chart::Picture(_) => {}
            Chart::Icons { people, marked } => {
                out.push(marked.clone());
                out.extend(people.iter().map(|p| icons_sentence(p, marked, lang)));
            }
        }
        out.extend(self.note.clone());
        out
    }
}

/// A piece of running text: words, or a citation marker pointing at `Guide::sources[index]`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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

/// The label a guide was written from: DailyMed's set id, the label's version, its effective
/// date (year-month-day).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LabelRef {
    pub set_id: Option<String>,
    pub version: u32,
    pub effective: String,
}

impl LabelRef {
    /// Which label the guide was written from, in words: for About and `print`.
    pub fn words(&self, lang: crate::i18n::Lang) -> String {
        let date = crate::i18n::date_words(&self.effective, lang);
        match &self.set_id {
            Some(id) => crate::i18n::tr!(
                lang,
                "about-label-set",
                version = self.version,
                date = date,
                set_id = id.as_str()
            ),
            None => crate::i18n::tr!(lang, "about-label", version = self.version, date = date),
        }
    }
}

/// A question answered by another topic, listed at the end of a topic.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Related {
    pub question: String,
    pub section: usize,
    pub topic: usize,
}

/// A source cited by a topic, with an optional place inside it (e.g. "section 2.1").
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Citation {
    pub source: usize,
    pub locator: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Term {
    pub term: String,
    /// A shorter name for the glossary's list, shown there when the term does not fit.
    pub short_term: Option<String>,
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
    /// The plain text of each paragraph and each bullet item, and each figure's texts, in order.
    /// `lang` is the guide's language, for the words the app adds to figures.
    pub fn body_texts(&self, lang: Lang) -> impl Iterator<Item = String> + '_ {
        self.body.iter().flat_map(move |block| match block {
            Block::Paragraph(p) => vec![plain_text(p)],
            Block::Bullets(items) => items.iter().map(|i| plain_text(i)).collect(),
            Block::Figure(f) => self.figures[*f].texts(lang),
        })
    }
}

impl Guide {
    /// The language the guide is written in (English for a code the app has no words for),
    /// for the words the app adds to its figures.
    pub fn lang(&self) -> Lang {
        Lang::parse(&self.language).unwrap_or_default()
    }

    /// The number shown in citation markers like [1]: the source's place in the guide's list.
    pub fn source_number(&self, index: usize) -> usize {
        index + 1
    }
}

impl Guide {
    /// The guide's name card, as the list of guides shows it.
    pub fn header(&self) -> Header {
        let own = |s: &String| Words::Owned(s.clone());
        Header {
            origin: own(&self.origin),
            id: own(&self.id),
            title: own(&self.title),
            generic_name: own(&self.generic_name),
            condition: own(&self.condition),
            category: self.category.as_ref().map(own),
            language: own(&self.language),
            translates: self.translates.as_ref().map(own),
            last_reviewed: own(&self.last_reviewed),
        }
    }
}

/// A guide's name card: what a list of guides shows and filters on, from the `[guide]` table
/// alone. A header is not a checked guide: the guide is checked whole before it is shown. Its
/// words may be borrowed from a kept catalogue read once (see `catalogue::cached`): a thousand
/// headers are then a thousand small values, not ten thousand strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The file it comes from (a path, or the bundled file's name).
    pub origin: Words,
    pub id: Words,
    pub title: Words,
    pub generic_name: Words,
    pub condition: Words,
    pub category: Option<Words>,
    pub language: Words,
    pub translates: Option<Words>,
    pub last_reviewed: Words,
}

/// Text of a header: its own, or borrowed from a catalogue kept for the whole run.
pub type Words = std::borrow::Cow<'static, str>;

impl Header {
    pub fn lang(&self) -> Lang {
        Lang::parse(&self.language).unwrap_or_default()
    }

    /// The id of the guide this one translates, or its own: one medicine's guides share it.
    pub fn root(&self) -> &str {
        self.translates.as_deref().unwrap_or(&self.id)
    }

    /// What the picker files it under: its category, else its condition.
    pub fn group(&self) -> &str {
        self.category.as_deref().unwrap_or(&self.condition)
    }
}

/// A guide file's name and text, before parsing.
#[derive(Debug, Clone)]
pub struct GuideText {
    pub path: String,
    pub text: String,
}
