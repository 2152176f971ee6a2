//! Turns a parsed guide file into a checked [`Guide`], collecting every problem rather than stopping
//! at the first. Each problem points at the line and column that caused it.

use std::collections::HashMap;
use std::ops::Range;

use super::diagnostic::Diagnostic;
use super::format::{File, QuizDef, Text};
use super::model::{Citation, Guide, Quiz, Source};
use crate::guide::code::Code;
use crate::text::is_forbidden;

mod body;
mod figures;
mod glossary;
mod ids;
mod sections;

use glossary::term_topic;
pub use ids::repaired_id;
use ids::{known, valid_id, with_repaired};

/// The most text one topic's body may hold. A patient reads a topic on a screen; far more than
/// this is a mistake, and it keeps what is laid out for one topic (and the memory it takes)
/// within bounds whatever the guide's size.
pub const MAX_TOPIC_BYTES: usize = 100_000;

/// The longest a one-line text may be (a title, a source's details, a step): a screen line holds
/// far less, and a longer one costs every frame that lays it out.
pub const MAX_LINE_CHARS: usize = 500;
/// The longest a text of several lines other than a topic may be (the disclaimer, a
/// definition).
pub const MAX_NOTE_CHARS: usize = 5_000;

/// What shape a text has: its limits follow from it, never from the words that name it in
/// messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// One line (a title, a source's details, a step, a synonym): at most `MAX_LINE_CHARS`.
    Line,
    /// Several lines (the disclaimer, a review note, a definition, an explanation): at most
    /// `MAX_NOTE_CHARS`.
    Note,
    /// A topic's body: several lines, with its own limit in bytes (`MAX_TOPIC_BYTES`).
    Body,
}

/// Parses and checks one guide file's text. `path` is only used in messages.
pub fn parse_guide(path: &str, src: &str) -> Result<Guide, Vec<Diagnostic>> {
    let root = toml::de::DeTable::parse(src)
        .map_err(|e| vec![Diagnostic::from_guide_toml(path, src, &e)])?;
    let file: File = super::format::read::file(&root)
        .map_err(|m| vec![Diagnostic::from_guide_mistake(path, src, &m)])?;
    let mut v = Validator {
        path,
        src,
        errors: Vec::new(),
        slips: ids::Slips::default(),
        topics: HashMap::new(),
        terms: HashMap::new(),
        draft_translation: file.guide.draft.as_ref().is_some_and(|d| *d.get_ref())
            && file.guide.translates.is_some(),
    };
    let guide = v.guide(file);
    ids::one_source_renamed(&mut v.errors, &v.slips, src);
    if v.errors.is_empty() {
        Ok(guide)
    } else {
        Err(v.errors)
    }
}

struct Validator<'a> {
    path: &'a str,
    src: &'a str,
    errors: Vec<Diagnostic>,
    /// Every topic's id, place and title, known before any body is read, so links can point
    /// forward.
    topics: HashMap<String, (usize, usize, String)>,
    /// Glossary terms by lowercase name, for `[[term:...]]` references.
    terms: HashMap<String, usize>,
    /// Source ids written twice and sources cited that no source has (`ids::Slips`).
    slips: ids::Slips,
    /// A draft translation: what it has not translated yet comes from its original.
    draft_translation: bool,
}

impl Validator<'_> {
    /// An error with its stable code (listed in guide/README.md, "Problem codes").
    fn error(
        &mut self,
        code: Code,
        span: Range<usize>,
        message: impl Into<String>,
        expected: Option<String>,
    ) {
        let mut d = Diagnostic::at(self.path, self.src, span, message);
        d.code = code;
        d.expected = expected;
        self.errors.push(d);
    }

    /// A required, non-blank line of text, free of characters that could disturb a terminal.
    /// `what` names it in messages.
    fn text(&mut self, t: &Text, what: &str) -> String {
        self.shaped(t, what, Shape::Line)
    }

    /// A required text of several lines (the disclaimer, a definition ...), as `text`.
    fn note(&mut self, t: &Text, what: &str) -> String {
        self.shaped(t, what, Shape::Note)
    }

    /// A topic's body, as `text`.
    fn body_text(&mut self, t: &Text) -> String {
        self.shaped(t, "topic body", Shape::Body)
    }

    fn shaped(&mut self, t: &Text, what: &str, shape: Shape) -> String {
        let value = t.get_ref();
        if value.trim().is_empty() {
            self.error(
                Code::EmptyText,
                t.span(),
                format!("{what} is empty"),
                Some(format!("some text for the {what}")),
            );
        }
        // A topic's body has its own limit, in KB (`MAX_TOPIC_BYTES`).
        let multi = shape != Shape::Line;
        let max = if multi {
            MAX_NOTE_CHARS
        } else {
            MAX_LINE_CHARS
        };
        if shape != Shape::Body && value.len() > max && value.chars().count() > max {
            self.error(
                Code::TextTooLong,
                t.span(),
                format!(
                    "the {what} has {} characters; the most is {max}",
                    value.chars().count()
                ),
                Some(format!("a {what} of at most {max} characters")),
            );
        }
        // One line means one line: a line break in a title would forge a row in a list.
        if !multi && value.trim().contains(['\n', '\t']) {
            self.error(
                Code::UnsafeCharacter,
                t.span(),
                format!("the {what} runs over more than one line or has a tab (in quotes, \\n is a line break and \\t a tab)"),
                Some(format!("the {what} on one line, with spaces; \\\\ for a backslash")),
            );
        }
        // Most text is printable ASCII, line ends and tabs: nothing below can be wrong with it.
        let plain = value
            .bytes()
            .all(|b| matches!(b, b' '..=b'~' | b'\n' | b'\t'));
        if plain {
            return value.trim().to_string();
        }
        if let Some(c) = value.chars().find(|&c| is_forbidden(c)) {
            // Written as an escape in quotes ("wine\beer" is wine, U+0008, eer): said at the
            // backslash, as the backslash it was meant to be.
            let written = super::plain::escape_written(self.src, t.span(), c);
            if let Some(at) = written {
                self.error(
                    Code::UnsafeCharacter,
                    at,
                    "a backslash (\\) in text in quotes starts an escape: this one makes an invisible character; write \\\\ for a backslash".to_string(),
                    Some("\\\\ for a backslash, or the text in '''...''' (where \\ is just a backslash)".into()),
                );
                return value.trim().to_string();
            }
            self.error(
                Code::UnsafeCharacter,
                t.span(),
                format!(
                    "{what} contains the invisible or control character U+{:04X}",
                    c as u32
                ),
                Some("plain text: letters, digits, punctuation, spaces and line breaks".into()),
            );
        }
        // A carriage return moves the cursor back over what was written: only the line ends of
        // a text that runs over several lines (a Windows file's "\r\n") may hold one.
        if value.contains('\r') && !multi {
            self.error(
                Code::UnsafeCharacter,
                t.span(),
                format!("{what} contains a carriage return (\\r)"),
                Some(format!("the {what} on one line, without \\r")),
            );
        }
        value.trim().to_string()
    }

    fn id(&mut self, t: &Text, what: &str) -> String {
        let value = self.text(t, what);
        if !value.is_empty() && !valid_id(&value) {
            let fixed = repaired_id(&value);
            self.error(
                Code::BadId,
                t.span(),
                format!(
                    "{what} `{value}` has characters an id cannot use (lowercase letters, digits, - and _)"
                ),
                Some(format!("id = \"{fixed}\"")),
            );
        }
        value
    }

    fn guide(&mut self, file: File) -> Guide {
        let meta = &file.guide;
        let id = self.id(&meta.id, "guide id");
        let title = self.text(&meta.title, "guide title");
        let generic_name = self.text(&meta.generic_name, "generic name");
        let condition = self.text(&meta.condition, "condition");
        let category = meta.category.as_ref().map(|c| self.text(c, "category"));
        let language = self.text(&meta.language, "language");
        // A language code ("en", "es", "pt-BR"), not a name: it picks the words the app adds,
        // the voice and the reading-level formula.
        let code = language.split(['-', '_']).next().unwrap_or_default();
        if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            self.error(
                Code::BadLanguage,
                meta.language.span(),
                format!(
                    "language `{language}` is not a language code (two or three lowercase letters)"
                ),
                Some(match code.to_lowercase().as_str() {
                    c @ ("en" | "es") => format!("language = \"{c}\""),
                    _ => "a code like language = \"en\" (English) or \"es\" (Spanish)".into(),
                }),
            );
        }
        let disclaimer = self.note(&meta.disclaimer, "disclaimer");
        let review_note = meta
            .review_note
            .as_ref()
            .map(|n| self.note(n, "review note"));
        let reading_grade = match &meta.reading_grade {
            Some(g) if !(1.0..=20.0).contains(g.get_ref()) => {
                self.error(
                    Code::OutOfRange,
                    g.span(),
                    "reading_grade must be between 1 and 20",
                    Some("a school grade such as 8".into()),
                );
                super::readability::DEFAULT_TARGET
            }
            Some(g) => *g.get_ref(),
            None => super::readability::DEFAULT_TARGET,
        };
        let reading_ease = match &meta.reading_ease {
            Some(e) if !(0.0..=100.0).contains(e.get_ref()) => {
                self.error(
                    Code::OutOfRange,
                    e.span(),
                    "reading_ease must be between 0 and 100",
                    Some("an INFLESZ score such as 55 (\"normal\"; 65 is \"fairly easy\")".into()),
                );
                super::readability::DEFAULT_EASE_TARGET
            }
            Some(e) => *e.get_ref(),
            None => super::readability::DEFAULT_EASE_TARGET,
        };
        let reviewed = meta.last_reviewed.get_ref();
        let last_reviewed = match (&reviewed.date, &reviewed.time) {
            (Some(date), None) => date.to_string(),
            _ => {
                self.error(
                    Code::DateWithTime,
                    meta.last_reviewed.span(),
                    "last_reviewed must be a date without a time",
                    Some(match &reviewed.date {
                        Some(date) => format!("last_reviewed = {date}"),
                        None => "a date like 2026-11-25".into(),
                    }),
                );
                reviewed.to_string()
            }
        };

        let sources = self.sources(&file);
        let source_ids: HashMap<String, usize> = with_repaired(
            sources
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.clone(), i))
                .collect(),
        );
        let glossary = self.glossary(&file.glossary, &source_ids);
        self.terms = glossary
            .iter()
            .enumerate()
            .map(|(i, t)| (t.term.to_lowercase(), i))
            .collect();
        let sections = self.sections(&file, &source_ids, &glossary);
        let synonyms = self.synonyms(&file);
        let key_facts = meta
            .key_facts
            .as_ref()
            .and_then(|t| self.topic_ref(t, "key_facts"));
        let get_help = meta
            .get_help
            .as_ref()
            .and_then(|t| self.topic_ref(t, "get_help"));
        let check_yourself = file
            .check_yourself
            .iter()
            .filter_map(|q| self.quiz(q))
            .collect();

        Guide {
            origin: self.path.to_string(),
            id,
            title,
            generic_name,
            condition,
            language,
            translates: meta.translates.as_ref().map(|t| self.id(t, "translates")),
            draft: self.draft(meta),
            label: self.label_ref(meta),
            category,
            last_reviewed,
            disclaimer,
            review_note,
            reading_grade,
            reading_ease,
            sources,
            sections,
            glossary,
            synonyms,
            key_facts,
            get_help,
            check_yourself,
        }
    }

    /// One "check yourself" question: two or more choices, an answer among them, a reason and
    /// the topic that explains it.
    fn quiz(&mut self, q: &toml::Spanned<QuizDef>) -> Option<Quiz> {
        let def = q.get_ref();
        let question = self.text(&def.question, "question");
        let choices: Vec<String> = def
            .choices
            .get_ref()
            .iter()
            .map(|c| self.text(c, "choice"))
            .collect();
        if !(2..=9).contains(&choices.len()) {
            self.error(
                Code::Quiz,
                def.choices.span(),
                format!("a question needs 2 to 9 choices, not {}", choices.len()),
                Some("choices = [\"...\", \"...\", \"...\"]".into()),
            );
        }
        let answer = *def.answer.get_ref();
        if answer < 1 || answer as usize > choices.len() {
            self.error(
                Code::Quiz,
                def.answer.span(),
                format!(
                    "answer {answer} is not one of the {} choices",
                    choices.len()
                ),
                Some(format!(
                    "the number of the right choice, from 1 to {}",
                    choices.len()
                )),
            );
        }
        let explain = self.note(&def.explain, "explanation");
        let topic = self.topic_ref(&def.topic, "question")?;
        Some(Quiz {
            question,
            choices,
            answer: (answer.max(1) - 1) as usize,
            explain,
            topic,
        })
    }

    fn synonyms(&mut self, file: &File) -> Vec<(String, Vec<String>)> {
        let mut out = Vec::new();
        for (word, targets) in &file.synonyms {
            if word.trim().is_empty() {
                self.error(
                    Code::Synonym,
                    targets.span(),
                    "a synonym needs a word before `=`",
                    None,
                );
            }
            // The words a patient types: one short line of visible characters.
            if let Some(c) = word.chars().find(|&c| is_forbidden(c) || c.is_control()) {
                self.error(
                    Code::UnsafeCharacter,
                    targets.span(),
                    format!(
                        "the synonym before `=` contains the control or invisible character U+{:04X}",
                        c as u32
                    ),
                    Some("the words a patient would type, on one line".into()),
                );
            } else if word.chars().count() > 100 {
                self.error(
                    Code::TextTooLong,
                    targets.span(),
                    format!(
                        "a synonym of {} characters; the most is 100",
                        word.chars().count()
                    ),
                    Some("the few words a patient would type".into()),
                );
            }
            if targets.get_ref().is_empty() {
                self.error(
                    Code::Synonym,
                    targets.span(),
                    format!("synonym `{word}` lists no words"),
                    Some("the guide's words for it, e.g. shot = [\"injection\"]".into()),
                );
            }
            let words: Vec<String> = targets
                .get_ref()
                .iter()
                .map(|t| self.text(t, "synonym").to_lowercase())
                .collect();
            out.push((word.trim().to_lowercase(), words));
        }
        out
    }

    fn guide_header(&self) -> Range<usize> {
        self.src
            .find("[guide]")
            .map_or(0..0, |start| start..start + "[guide]".len())
    }

    fn sources(&mut self, file: &File) -> Vec<Source> {
        if file.sources.is_empty() {
            self.error(
                Code::NoSources,
                self.guide_header(),
                "the guide lists no sources",
                Some(
                    "at least one [[sources]] table with id, title, publisher and location".into(),
                ),
            );
        }
        let mut seen = Seen::default();
        let mut out = Vec::new();
        for s in &file.sources {
            let id = self.id(&s.id, "source id");
            let before = self.errors.len();
            self.unique(&mut seen, &id, s.id.span(), "source id");
            if self.errors.len() > before {
                self.slips.twice.push(before);
            }
            let version = s.version.as_ref().map(|v| self.text(v, "source version"));
            let date = s.date.as_ref().map(|d| self.text(d, "source date"));
            if version.is_none() && date.is_none() {
                self.error(
                    Code::SourceVersion,
                    s.id.span(),
                    format!("source `{id}` has neither a version nor a date"),
                    Some(
                        "version = \"...\" or date = \"...\" so readers know which edition".into(),
                    ),
                );
            }
            out.push(Source {
                title: self.text(&s.title, "source title"),
                publisher: self.text(&s.publisher, "source publisher"),
                location: self.text(&s.location, "source location"),
                kind: s.kind.as_ref().map(|k| *k.get_ref()),
                id,
                version,
                date,
            });
        }
        out
    }

    fn unique(&mut self, seen: &mut Seen, key: &str, span: Range<usize>, what: &str) {
        if key.is_empty() {
            return;
        }
        match seen.0.get(key) {
            Some(first) => {
                let first_line = self.src[..first.start].matches('\n').count() + 1;
                self.error(
                    Code::DuplicateId,
                    span,
                    format!("duplicate {what} `{key}` (first used on line {first_line})"),
                    Some(format!("a {what} not used before in this guide")),
                );
            }
            None => {
                seen.0.insert(key.to_string(), span);
            }
        }
    }

    fn citations(
        &mut self,
        cites: &toml::Spanned<Vec<Text>>,
        ids: &HashMap<String, usize>,
        what: &str,
    ) -> Vec<Citation> {
        if cites.get_ref().is_empty() {
            self.error(
                Code::NoSource,
                cites.span(),
                format!("{what} cites no source"),
                Some(format!("at least one source id, one of: {}", known(ids))),
            );
        }
        let mut out: Vec<Citation> = Vec::with_capacity(cites.get_ref().len());
        for c in cites.get_ref() {
            let raw = c.get_ref().trim();
            let (id, locator) = match raw.split_once(char::is_whitespace) {
                Some((id, loc)) => (id, Some(loc.trim().to_string())),
                None => (raw, None),
            };
            match ids.get(id) {
                Some(&source) => {
                    if out
                        .iter()
                        .any(|o| o.source == source && o.locator == locator)
                    {
                        self.error(
                            Code::CitedTwice,
                            c.span(),
                            format!("`{raw}` is cited twice"),
                            Some("each source, with its place, once: remove one".into()),
                        );
                    }
                    out.push(Citation { source, locator })
                }
                None => self.slips.unknown.push((self.errors.len(), id.to_string())),
            }
            if !ids.contains_key(id) {
                self.error(Code::UnknownSource,
                    c.span(),
                    format!(
                        "{what} cites unknown source `{id}`.{}",
                        super::diagnostic::did_you_mean(
                            id,
                            ids.keys().map(String::as_str).filter(|k| valid_id(k))
                        )
                    ),
                    Some(format!(
                        "a source id, optionally followed by a place such as \"pi 2.1\"; known ids: {}",
                        known(ids)
                    )),
                );
            }
        }
        out
    }
}

#[derive(Default)]
struct Seen(HashMap<String, Range<usize>>);
