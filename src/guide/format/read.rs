//! Reads a guide's TOML into the `format` types by hand, from the spanned tree toml's parser
//! makes (`DeTable`). Each mistake comes out as a `Mistake`: a typed kind (a key missing or
//! unknown, a value of the wrong kind or out of range, a choice no one knows) with the span it
//! is about, so nothing downstream reads a library's English sentence.
//!
//! It reads as serde did before it (the same spans, the same first mistake): a table's keys in
//! the order the parser keeps them (by name), each value read when its key is met; a missing
//! key told after them all, the first in the table's own order, at the table's span. Two things
//! serde took are no longer taken, on purpose: a table written as a list of its values in order
//! (`[0, "First dose"]` for `{ at = 0, label = "First dose" }`: a guide names its keys), and a
//! choice written as a table (`kind = { label = [] }`). Done by
//! hand rather than through serde because serde makes a copy of toml's reader for each kind of
//! table a guide has: 0.25 MB of the program (BENCHMARKS.md, seventeenth sitting).

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{
    BarDef, EventDef, FigureDef, File, LabelDef, Meta, QuizDef, RelatedDef, SectionDef, SourceDef,
    TABLE_KEYS, TermDef, TopicDef,
};
use crate::guide::complaint::{Complaint, Kind};

pub mod value;

use value::{
    any, boolean, date, figure_kind, guide_kind, list, map, need, number, section_kind,
    source_kind, spanned, table, text, unknown, whole, whole_u32,
};

/// A value as the parser gives it, with its span.
pub type Value<'i> = Spanned<DeValue<'i>>;

/// A value read, or the mistake that kept it from being read.
pub type Read<T> = Result<T, Mistake>;

/// What is wrong in a guide's tables, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Mistake {
    pub wrong: Wrong,
    pub span: Range<usize>,
}

/// A kind of mistake in a guide's tables (its syntax read, the keys and values wrong).
#[derive(Debug, Clone, PartialEq)]
pub enum Wrong {
    /// A key the table must have is not there.
    Missing(&'static str),
    /// A key the table does not have; `known` are the ones it has, in order.
    UnknownKey {
        wrong: String,
        known: &'static [&'static str],
    },
    /// A value none of those the key takes.
    UnknownChoice {
        wrong: String,
        known: &'static [&'static str],
    },
    /// A value of one kind where another belongs; `text` is the text, when it is text.
    Type {
        found: Kind,
        text: Option<String>,
        expected: Kind,
    },
    /// A whole number that is no whole number the key can hold (below 0, or too large).
    OutOfRange { found: String, most: u64 },
    /// A number too large for any number.
    TooLarge,
}

impl Mistake {
    /// The mistake as a `Complaint`, the kind `Diagnostic` words for authors.
    pub fn complaint(&self) -> Complaint<'_> {
        match &self.wrong {
            Wrong::Missing(key) => Complaint::MissingField(key),
            Wrong::UnknownKey { wrong, known } => Complaint::UnknownField {
                wrong,
                known: known.to_vec(),
            },
            Wrong::UnknownChoice { wrong, known } => Complaint::UnknownVariant {
                wrong,
                known: known.to_vec(),
            },
            Wrong::Type {
                found,
                text,
                expected,
            } => Complaint::WrongType {
                found: *found,
                text: text.as_deref(),
                expected: *expected,
            },
            Wrong::OutOfRange { .. } | Wrong::TooLarge => Complaint::Other,
        }
    }

    /// The words told when nothing plainer is known (`plain::rewrite` has none).
    pub fn message(&self) -> String {
        match &self.wrong {
            Wrong::Missing(key) => format!("this table needs `{key}`"),
            Wrong::UnknownKey { wrong, .. } => format!("unknown key `{wrong}`"),
            Wrong::UnknownChoice { wrong, .. } => format!("unknown value `{wrong}`"),
            Wrong::Type {
                found, expected, ..
            } => format!(
                "{} is written here, where {} belongs",
                found.words(),
                expected.words()
            ),
            Wrong::OutOfRange { found, most } => {
                format!("{found} is no whole number this key takes: it takes 0 to {most}")
            }
            Wrong::TooLarge => "this number is too large".into(),
        }
    }

    /// What is expected instead, when the mistake says: the keys or values there are.
    pub fn expected(&self) -> Option<String> {
        match &self.wrong {
            Wrong::UnknownKey { known, .. } | Wrong::UnknownChoice { known, .. } => {
                Some(one_of(known))
            }
            Wrong::Type { expected, .. } => Some(expected.words().to_string()),
            Wrong::OutOfRange { most, .. } => Some(format!("a whole number from 0 to {most}")),
            Wrong::Missing(_) | Wrong::TooLarge => None,
        }
    }
}

/// "`a`", "`a` or `b`", "one of `a`, `b`, `c`": the names there are.
fn one_of(known: &[&str]) -> String {
    let quoted: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
    match quoted.as_slice() {
        [] => "no keys".into(),
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        all => format!("one of {}", all.join(", ")),
    }
}

/// A guide file's tables, from the parser's tree of the whole file.
pub fn file(root: &Spanned<DeTable<'_>>) -> Read<File> {
    const KEYS: &[&str] = &[
        "guide",
        "sources",
        "sections",
        "glossary",
        "synonyms",
        "check_yourself",
    ];
    let span = root.span();
    let mut guide = None;
    let mut sources = None;
    let mut sections = None;
    let mut glossary = None;
    let mut synonyms = None;
    let mut check_yourself = None;
    for (key, v) in root.get_ref() {
        match key.get_ref().as_ref() {
            "guide" => guide = Some(meta(v)?),
            "sources" => sources = Some(list(v, source)?),
            "sections" => sections = Some(list(v, section)?),
            "glossary" => glossary = Some(list(v, term)?),
            "synonyms" => synonyms = Some(map(v, |v| spanned(v, |v| list(v, text)))?),
            "check_yourself" => check_yourself = Some(list(v, |v| spanned(v, quiz))?),
            _ => return Err(unknown(key, KEYS)),
        }
    }
    Ok(File {
        guide: need(guide, "guide", &span)?,
        sources: sources.unwrap_or_default(),
        sections: sections.unwrap_or_default(),
        glossary: glossary.unwrap_or_default(),
        synonyms: synonyms.unwrap_or_default(),
        check_yourself: check_yourself.unwrap_or_default(),
    })
}

/// The keys a table of `name` takes, as `TABLE_KEYS` lists them.
fn keys_of(name: &str) -> &'static [&'static str] {
    TABLE_KEYS
        .iter()
        .find(|(table, _)| *table == name)
        .map_or(&[], |(_, keys)| keys)
}

fn meta(v: &Value) -> Read<Meta> {
    let (table, span) = table(v)?;
    let known = keys_of("[guide]");
    let mut id = None;
    let mut title = None;
    let mut generic_name = None;
    let mut condition = None;
    let mut language = None;
    let mut last_reviewed = None;
    let mut disclaimer = None;
    let mut kind = None;
    let mut review_note = None;
    let mut reading_grade = None;
    let mut reading_ease = None;
    let mut key_facts = None;
    let mut get_help = None;
    let mut translates = None;
    let mut draft = None;
    let mut label = None;
    let mut category = None;
    for (key, v) in table {
        match key.get_ref().as_ref() {
            "id" => id = Some(text(v)?),
            "title" => title = Some(text(v)?),
            "generic_name" => generic_name = Some(text(v)?),
            "condition" => condition = Some(text(v)?),
            "language" => language = Some(text(v)?),
            "last_reviewed" => last_reviewed = Some(spanned(v, date)?),
            "disclaimer" => disclaimer = Some(text(v)?),
            "kind" => kind = Some(spanned(v, guide_kind)?),
            "review_note" => review_note = Some(text(v)?),
            "reading_grade" => reading_grade = Some(spanned(v, number)?),
            "reading_ease" => reading_ease = Some(spanned(v, number)?),
            "key_facts" => key_facts = Some(text(v)?),
            "get_help" => get_help = Some(text(v)?),
            "translates" => translates = Some(text(v)?),
            "draft" => draft = Some(spanned(v, boolean)?),
            "label" => label = Some(spanned(v, label_def)?),
            "category" => category = Some(text(v)?),
            _ => return Err(unknown(key, known)),
        }
    }
    Ok(Meta {
        id: need(id, "id", &span)?,
        title: need(title, "title", &span)?,
        generic_name: need(generic_name, "generic_name", &span)?,
        condition: need(condition, "condition", &span)?,
        language: need(language, "language", &span)?,
        last_reviewed: need(last_reviewed, "last_reviewed", &span)?,
        disclaimer: need(disclaimer, "disclaimer", &span)?,
        kind: kind.unwrap_or_else(super::drug),
        review_note,
        reading_grade,
        reading_ease,
        key_facts,
        get_help,
        translates,
        draft,
        label,
        category,
    })
}

fn label_def(v: &Value) -> Read<LabelDef> {
    const KEYS: &[&str] = &["set_id", "version", "effective"];
    let (table, span) = table(v)?;
    let mut set_id = None;
    let mut version = None;
    let mut effective = None;
    for (key, v) in table {
        match key.get_ref().as_ref() {
            "set_id" => set_id = Some(text(v)?),
            "version" => version = Some(whole_u32(v)?),
            "effective" => effective = Some(date(v)?),
            _ => return Err(unknown(key, KEYS)),
        }
    }
    Ok(LabelDef {
        set_id,
        version: need(version, "version", &span)?,
        effective: need(effective, "effective", &span)?,
    })
}

fn quiz(v: &Value) -> Read<QuizDef> {
    let (table, span) = table(v)?;
    let known = keys_of("[[check_yourself]]");
    let mut question = None;
    let mut choices = None;
    let mut answer = None;
    let mut explain = None;
    let mut topic = None;
    for (key, v) in table {
        match key.get_ref().as_ref() {
            "question" => question = Some(text(v)?),
            "choices" => choices = Some(spanned(v, |v| list(v, text))?),
            "answer" => answer = Some(spanned(v, whole)?),
            "explain" => explain = Some(text(v)?),
            "topic" => topic = Some(text(v)?),
            _ => return Err(unknown(key, known)),
        }
    }
    Ok(QuizDef {
        question: need(question, "question", &span)?,
        choices: need(choices, "choices", &span)?,
        answer: need(answer, "answer", &span)?,
        explain: need(explain, "explain", &span)?,
        topic: need(topic, "topic", &span)?,
    })
}

fn source(v: &Value) -> Read<SourceDef> {
    let (table, span) = table(v)?;
    let known = keys_of("[[sources]]");
    let mut id = None;
    let mut title = None;
    let mut publisher = None;
    let mut version = None;
    let mut date = None;
    let mut location = None;
    let mut kind = None;
    for (key, v) in table {
        match key.get_ref().as_ref() {
            "id" => id = Some(text(v)?),
            "title" => title = Some(text(v)?),
            "publisher" => publisher = Some(text(v)?),
            "version" => version = Some(text(v)?),
            "date" => date = Some(text(v)?),
            "location" => location = Some(text(v)?),
            "kind" => kind = Some(spanned(v, source_kind)?),
            _ => return Err(unknown(key, known)),
        }
    }
    Ok(SourceDef {
        id: need(id, "id", &span)?,
        title: need(title, "title", &span)?,
        publisher: need(publisher, "publisher", &span)?,
        version,
        date,
        location: need(location, "location", &span)?,
        kind,
    })
}

fn section(v: &Value) -> Read<SectionDef> {
    let (table, span) = table(v)?;
    let known = keys_of("[[sections]]");
    let mut id = None;
    let mut title = None;
    let mut short_title = None;
    let mut kind = None;
    let mut topics = None;
    for (key, v) in table {
        match key.get_ref().as_ref() {
            "id" => id = Some(text(v)?),
            "title" => title = Some(text(v)?),
            "short_title" => short_title = Some(text(v)?),
            "kind" => kind = Some(spanned(v, section_kind)?),
            "topics" => topics = Some(list(v, topic)?),
            _ => return Err(unknown(key, known)),
        }
    }
    Ok(SectionDef {
        id: need(id, "id", &span)?,
        title: need(title, "title", &span)?,
        short_title,
        kind: need(kind, "kind", &span)?,
        topics: topics.unwrap_or_default(),
    })
}

fn topic(v: &Value) -> Read<TopicDef> {
    let (table, span) = table(v)?;
    let known = keys_of("[[sections.topics]]");
    let mut id = None;
    let mut title = None;
    let mut short_title = None;
    let mut body = None;
    let mut cites = None;
    let mut questions = None;
    let mut related = None;
    let mut figures = None;
    let mut accept = None;
    let mut draft = None;
    for (key, v) in table {
        match key.get_ref().as_ref() {
            "id" => id = Some(text(v)?),
            "title" => title = Some(text(v)?),
            "short_title" => short_title = Some(text(v)?),
            "body" => body = Some(text(v)?),
            "cites" => cites = Some(spanned(v, |v| list(v, text))?),
            "questions" => questions = Some(list(v, text)?),
            "related" => related = Some(list(v, related_def)?),
            "figures" => figures = Some(list(v, figure)?),
            "accept" => accept = Some(map(v, text)?),
            "draft" => draft = Some(spanned(v, boolean)?),
            _ => return Err(unknown(key, known)),
        }
    }
    Ok(TopicDef {
        id: need(id, "id", &span)?,
        title: need(title, "title", &span)?,
        short_title,
        body: need(body, "body", &span)?,
        cites: need(cites, "cites", &span)?,
        questions: questions.unwrap_or_default(),
        related: related.unwrap_or_default(),
        figures: figures.unwrap_or_default(),
        accept: accept.unwrap_or_default(),
        draft,
    })
}

fn figure(v: &Value) -> Read<FigureDef> {
    let (table, span) = table(v)?;
    let known = keys_of("[[sections.topics.figures]]");
    let mut id = None;
    let mut kind = None;
    let mut title = None;
    let mut summary = None;
    let mut cites = None;
    let mut unit = None;
    let mut note = None;
    let mut then = None;
    let mut events = None;
    let mut bars = None;
    let mut steps = None;
    let mut people = None;
    let mut marked = None;
    let mut art = None;
    for (key, v) in table {
        match key.get_ref().as_ref() {
            "id" => id = Some(text(v)?),
            "kind" => kind = Some(spanned(v, figure_kind)?),
            "title" => title = Some(text(v)?),
            "summary" => summary = Some(text(v)?),
            "cites" => cites = Some(spanned(v, |v| list(v, text))?),
            "unit" => unit = Some(text(v)?),
            "note" => note = Some(text(v)?),
            "then" => then = Some(text(v)?),
            "events" => events = Some(spanned(v, |v| list(v, |v| spanned(v, event)))?),
            "bars" => bars = Some(spanned(v, |v| list(v, |v| spanned(v, bar)))?),
            "steps" => steps = Some(spanned(v, |v| list(v, text))?),
            "people" => people = Some(spanned(v, |v| list(v, |v| spanned(v, bar)))?),
            "marked" => marked = Some(text(v)?),
            "art" => art = Some(spanned(v, |v| list(v, text))?),
            _ => return Err(unknown(key, known)),
        }
    }
    Ok(FigureDef {
        id: need(id, "id", &span)?,
        kind: need(kind, "kind", &span)?,
        title: need(title, "title", &span)?,
        summary: need(summary, "summary", &span)?,
        cites: need(cites, "cites", &span)?,
        unit,
        note,
        then,
        events,
        bars,
        steps,
        people,
        marked,
        art,
    })
}

fn event(v: &Value) -> Read<EventDef> {
    const KEYS: &[&str] = &["at", "label", "skip"];
    let (table, _) = table(v)?;
    let mut at = None;
    let mut label = None;
    let mut skip = None;
    for (key, v) in table {
        match key.get_ref().as_ref() {
            "at" => at = Some(spanned(v, any)?),
            "label" => label = Some(text(v)?),
            "skip" => skip = Some(boolean(v)?),
            _ => return Err(unknown(key, KEYS)),
        }
    }
    Ok(EventDef {
        at,
        label,
        skip: skip.unwrap_or_default(),
    })
}

fn bar(v: &Value) -> Read<BarDef> {
    const KEYS: &[&str] = &["group", "label", "value"];
    let (table, _) = table(v)?;
    let mut group = None;
    let mut label = None;
    let mut value = None;
    for (key, v) in table {
        match key.get_ref().as_ref() {
            "group" => group = Some(text(v)?),
            "label" => label = Some(text(v)?),
            "value" => value = Some(spanned(v, any)?),
            _ => return Err(unknown(key, KEYS)),
        }
    }
    Ok(BarDef {
        group,
        label,
        value,
    })
}

fn related_def(v: &Value) -> Read<RelatedDef> {
    const KEYS: &[&str] = &["question", "topic"];
    let (table, span) = table(v)?;
    let mut question = None;
    let mut topic = None;
    for (key, v) in table {
        match key.get_ref().as_ref() {
            "question" => question = Some(text(v)?),
            "topic" => topic = Some(text(v)?),
            _ => return Err(unknown(key, KEYS)),
        }
    }
    Ok(RelatedDef {
        question: need(question, "question", &span)?,
        topic: need(topic, "topic", &span)?,
    })
}

fn term(v: &Value) -> Read<TermDef> {
    let (table, span) = table(v)?;
    let known = keys_of("[[glossary]]");
    let mut term = None;
    let mut short_term = None;
    let mut definition = None;
    let mut cites = None;
    for (key, v) in table {
        match key.get_ref().as_ref() {
            "term" => term = Some(text(v)?),
            "short_term" => short_term = Some(text(v)?),
            "definition" => definition = Some(text(v)?),
            "cites" => cites = Some(spanned(v, |v| list(v, text))?),
            _ => return Err(unknown(key, known)),
        }
    }
    Ok(TermDef {
        term: need(term, "term", &span)?,
        short_term,
        definition: need(definition, "definition", &span)?,
        cites: need(cites, "cites", &span)?,
    })
}

#[cfg(test)]
mod tests;
