//! Compiler-style error messages for guide files: file, line, column, the offending line with a caret,
//! and what was expected. Knows nothing about the terminal UI.

use super::complaint::Complaint;
pub use super::near::{closest, did_you_mean};
use super::plain::Written;

mod lines;
use lines::{key_and_value, list_key, second_writing};
use std::fmt;
use std::ops::Range;

pub use super::code::Code;

/// One problem found in a guide file (or in finding the file at all).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short, stable name for the kind of problem, for editors and CI (`--format json`).
    pub code: Code,
    pub file: String,
    /// Where in the file, when the problem has a place (a missing file has none).
    pub location: Option<Box<Location>>,
    pub message: String,
    /// What the author should write instead, e.g. "one of: pi, medguide".
    pub expected: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The guide cannot be used.
    Error,
    /// The guide works, but something is likely wrong (an error with `check --strict`).
    Warning,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A 1-based line and column (columns count characters, not bytes), with the line's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub line_text: String,
    /// How many characters the caret underline covers (at least 1).
    pub width: usize,
}

impl Diagnostic {
    /// A problem with a whole file or path, with no line to point at.
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            code: Code::File,
            file: file.to_string(),
            location: None,
            message: message.into(),
            expected: None,
        }
    }

    /// A problem at a byte range of `src`.
    pub fn at(file: &str, src: &str, span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            code: Code::Invalid,
            file: file.to_string(),
            location: Some(Box::new(Location::of(src, span))),
            message: message.into(),
            expected: None,
        }
    }

    /// A guide's TOML error: first the mistakes a guide's parser reports far from where they
    /// are (a `"""` text left open, a misspelt table name), then as `from_toml`.
    pub fn from_guide_toml(file: &str, src: &str, e: &toml::de::Error) -> Self {
        Self::guide_layout(file, src, e.span()).unwrap_or_else(|| Self::from_toml(file, src, e))
    }

    /// A mistake in a guide's tables (`format::read`): first the mistakes of the file's layout
    /// that show up as one in a table (as `from_guide_toml`), then the mistake itself in an
    /// author's words.
    pub fn from_guide_mistake(file: &str, src: &str, m: &super::format::read::Mistake) -> Self {
        Self::guide_layout(file, src, Some(m.span.clone()))
            .unwrap_or_else(|| Self::from_mistake(file, src, m))
    }

    /// A mistake in a TOML file's tables other than a guide's (kiosk.toml), read by
    /// `format::read`'s kinds of value, in an author's words.
    pub fn from_mistake(file: &str, src: &str, m: &super::format::read::Mistake) -> Self {
        let expected = m.expected();
        Self::from_complaint(
            file,
            src,
            m.complaint(),
            Some(m.span.clone()),
            &m.message(),
            expected.as_deref(),
        )
    }

    /// The mistakes a guide's reader reports far from where they are, or blames on the wrong
    /// line, told where they are; `said` is where the reader said the mistake is.
    fn guide_layout(file: &str, src: &str, said: Option<Range<usize>>) -> Option<Self> {
        // A multi-line text left open swallows what follows, and the parser stops far below:
        // the problem is where it opens.
        if let Some(open) = super::plain::runaway_text(src)
            && said.as_ref().is_none_or(|s| s.start > open)
        {
            let mut d = Self::at(
                file,
                src,
                open..open + 3,
                "this text in \"\"\" is not closed where it should end: what follows it was read as part of it",
            );
            d.code = Code::TextNotClosed;
            d.expected =
                Some("\"\"\" at the end of the text, before the next [[table]] or key".into());
            return Some(d);
        }
        // A syntax error, from the parser's structured errors: the first in the file, in an
        // author's words.
        if let Some(error) = super::syntax::first_error(src) {
            let said = super::syntax::plain_words(src, &error);
            let mut d = Self::at(file, src, said.span, said.message);
            d.code = if said.about_a_value {
                Code::TomlValue
            } else {
                Code::Toml
            };
            d.expected = Some(said.fix);
            return Some(d);
        }
        // A misspelt table name ([[section]]): the parser stops lines below, or makes no sense
        // of it; the name is the mistake.
        if let Some((at, written, near)) = super::tables::unknown_table(src)
            && said.as_ref().is_none_or(|s| s.start >= at)
        {
            let hint = near
                .map(|n| format!(" Did you mean {n}?"))
                .unwrap_or_default();
            let mut d = Self::at(
                file,
                src,
                at..at + written.len(),
                format!("unknown table {written}.{hint}"),
            );
            d.code = Code::UnknownTable;
            d.expected = Some(format!("one of: {}", super::tables::TABLES.join(", ")));
            return Some(d);
        }
        // Two mistakes of a file's layout that the parser blames on a line below them.
        if let Some(at) = super::tables::guide_header_missing(src) {
            let mut d = Self::at(
                file,
                src,
                at..at + src[at..].find([' ', '=']).unwrap_or(0),
                "this key and the ones below it belong under [guide], but the file has no [guide] header",
            );
            d.code = Code::Toml;
            d.expected = Some("a line [guide] above this one".into());
            return Some(d);
        }
        if let Some(at) = super::tables::topic_before_any_section(src) {
            let header = src[at..].lines().next().unwrap_or_default().trim();
            let mut d = Self::at(
                file,
                src,
                at..at + header.len(),
                format!(
                    "this {header} comes before any [[sections]]: a topic belongs to the section written above it"
                ),
            );
            d.code = Code::Toml;
            d.expected = Some(
                "the topic moved below its section's [[sections]] table (its id, title and kind)"
                    .into(),
            );
            return Some(d);
        }
        None
    }

    /// A TOML syntax error or a document's own mistake (a key written twice), read as a
    /// `Complaint` (`complaint.rs` is the one place toml's words are read), then told as
    /// `from_complaint`.
    pub fn from_toml(file: &str, src: &str, e: &toml::de::Error) -> Self {
        let (message, expected) = super::complaint::split(e.message());
        let said = Complaint::read(message, expected);
        Self::from_complaint(file, src, said, e.span(), message, expected)
    }

    /// A mistake the reader found (`said`, at `said_span`), told in an author's words where `plain`
    /// has them, else in `message`; what is `expected` goes on its own line.
    fn from_complaint(
        file: &str,
        src: &str,
        said: Complaint,
        said_span: Option<Range<usize>>,
        message: &str,
        expected: Option<&str>,
    ) -> Self {
        let at = |message: String| match said_span.clone() {
            Some(span) => Self::at(file, src, span, message),
            None => Self::file(file, message),
        };
        // "unknown field `tilte`" with "one of `id`, `title`, ...": name the likely key.
        if let Complaint::UnknownField { wrong, known }
        | Complaint::UnknownVariant { wrong, known } = &said
        {
            let key = matches!(said, Complaint::UnknownField { .. });
            // A key of another table, written below the wrong header: say so.
            let elsewhere = said_span
                .clone()
                .filter(|_| key && !known.contains(wrong))
                .and_then(|s| super::tables::wrong_table(src, s.start, wrong));
            if let Some((said, fix)) = elsewhere {
                let mut d = at(said);
                d.code = Code::UnknownKey;
                d.expected = Some(fix);
                return d;
            }
            let label_kind = !key
                && known.contains(&"label")
                && matches!(
                    wrong.to_lowercase().trim(),
                    "smpc"
                        | "spc"
                        | "pi"
                        | "uspi"
                        | "leaflet"
                        | "insert"
                        | "package insert"
                        | "prescribing information"
                        | "product information"
                        | "medication guide"
                        | "medguide"
                        | "monograph"
                );
            let hint = if label_kind {
                " A medicine's official product information (prescribing information, SmPC, \
                 Medication Guide, package leaflet) is `label`."
                    .to_string()
            } else {
                did_you_mean(wrong, known.iter().copied())
            };
            let what = if key { "unknown key" } else { "unknown value" };
            let mut d = at(format!("{what} `{wrong}`.{hint}"));
            d.code = if key {
                Code::UnknownKey
            } else {
                Code::UnknownValue
            };
            d.expected = expected.map(str::to_string);
            return d;
        }
        let mut span = said_span.clone();
        let (key, value) = span
            .clone()
            .map(|s| key_and_value(src, s))
            .unwrap_or_default();
        // A key written twice is told where it is written the second time, the line to remove.
        if said == Complaint::DuplicateKey
            && let (Some(k), Some(s)) = (key.as_deref(), span.clone())
        {
            span = Some(second_writing(src, s.clone(), k).unwrap_or(s));
        }
        let place = |message: String| match span.clone() {
            Some(span) => Self::at(file, src, span, message),
            None => Self::file(file, message),
        };
        // An item of a list on a line of its own: named by the list's key, on the line that
        // opens the list.
        let listed = match (&key, &span) {
            (None, Some(s)) => list_key(src, s.start),
            _ => None,
        };
        // An item of a list (on its own line, or inside `key = [...]` on the key's): a list, a
        // table or a date where each item is text, or a list, number or date where each item is
        // a table, told as such.
        let item_of = listed.clone().or_else(|| {
            let (k, s) = (key.as_ref()?, span.as_ref()?);
            let whole = value.starts_with('[') && src.get(s.clone())? != value.as_str();
            whole.then(|| k.clone())
        });
        use super::complaint::Kind;
        let told = match (&item_of, &said) {
            // (Text where a table belongs is `plain`'s: "..., not text".)
            (
                Some(list),
                Complaint::WrongType {
                    found,
                    expected: Kind::Table,
                    ..
                },
            ) if *found != Kind::Text => Some((
                format!(
                    "each item of `{list}` is a table of keys in braces, not {}",
                    found.words()
                ),
                super::plain::table_example(list),
            )),
            (
                Some(list),
                Complaint::WrongType {
                    found: found @ (Kind::List | Kind::Table | Kind::Date),
                    expected: Kind::Text,
                    ..
                },
            ) => Some((
                format!(
                    "each item of `{list}` is one text in quotes, not {}",
                    found.words()
                ),
                format!("{list} = [\"...\", \"...\"]"),
            )),
            _ => None,
        };
        if let Some((message, write)) = told {
            let mut d = place(message);
            d.code = Code::TomlValue;
            d.expected = Some(write);
            return d;
        }
        // An item on a line of its own is in its list as surely as `key = [...]`.
        let written = if listed.is_some() {
            Written::InAList
        } else {
            Written::of(&value)
        };
        let key = key.or(listed);
        if let Some((plain, write)) = super::plain::rewrite(&said, key.as_deref(), &value, written)
        {
            let mut d = place(plain);
            d.code = Code::TomlValue;
            d.expected = Some(write);
            return d;
        }
        let mut d = place(message.to_string());
        d.code = Code::Toml;
        d.expected = expected.map(str::to_string);
        d
    }

    /// The same problem, an error, with its code.
    pub fn coded(mut self, code: Code) -> Self {
        self.code = code;
        self
    }

    /// The same problem as a warning with its code.
    pub fn warning(mut self, code: Code) -> Self {
        self.severity = Severity::Warning;
        self.code = code;
        self
    }

    /// For `--format json`: file, line, column, severity, code, message, expected.
    pub fn to_json(&self) -> serde_json::Value {
        let end = self.location.as_ref().map(|l| l.column + l.width);
        serde_json::json!({
            "file": self.file,
            "line": self.line(),
            "column": self.column(),
            "end_line": self.line(),
            "end_column": end,
            "severity": self.severity.name(),
            "code": self.code.name(),
            "message": self.message,
            "expected": self.expected,
            "replacement": self.replacement(),
        })
    }

    /// The fix as an edit an editor can make: line `line` replaced by `text`, when `expected`
    /// is itself that line of TOML (`key = value` for the line's key, a table's header for a
    /// header line), never a description or a choice.
    fn replacement(&self) -> Option<serde_json::Value> {
        let at = self.location.as_ref()?;
        let fix = self.expected.as_deref()?;
        if fix.contains("...") || fix.contains(", or ") || fix.starts_with("the one") {
            return None;
        }
        let line = at.line_text.trim();
        let applies = match fix.split_once(" = ") {
            Some((key, _)) => {
                !key.is_empty()
                    && !key.contains(' ')
                    && line
                        .strip_prefix(key)
                        .is_some_and(|rest| rest.trim_start().starts_with(['=', ':']))
            }
            None => fix.starts_with('[') && fix.ends_with(']') && line.starts_with('['),
        };
        applies.then(|| serde_json::json!({ "line": at.line, "text": fix }))
    }

    pub fn expected(mut self, expected: impl Into<String>) -> Self {
        self.expected = Some(expected.into());
        self
    }

    pub fn line(&self) -> Option<usize> {
        self.location.as_ref().map(|l| l.line)
    }

    pub fn column(&self) -> Option<usize> {
        self.location.as_ref().map(|l| l.column)
    }
}

impl Location {
    fn of(src: &str, span: Range<usize>) -> Self {
        let start = floor_char_boundary(src, span.start.min(src.len()));
        let end = floor_char_boundary(src, span.end.clamp(start, src.len()));
        let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = src[start..].find('\n').map_or(src.len(), |i| start + i);
        let line = src[..start].matches('\n').count() + 1;
        let column = src[line_start..start].chars().count() + 1;
        let line_text = src[line_start..line_end].trim_end_matches('\r').to_string();
        let width = src[start..end.min(line_end)].chars().count().max(1);
        Self {
            line,
            column,
            line_text,
            width,
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Characters of the offending line shown before the caret, and at most after it.
const SHOWN_BEFORE: usize = 60;
const SHOWN_AFTER: usize = 60;

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Messages may quote the author's text; like the quoted line, never echo it raw. The
        // code, as rustc shows its own, is the entry to look up in guide/README.md.
        let code = match self.code {
            Code::Invalid => String::new(),
            code => format!("[{code}]"),
        };
        writeln!(
            f,
            "{}{code}: {}",
            self.severity.name(),
            printable(&self.message)
        )?;
        match &self.location {
            None => writeln!(f, "  --> {}", printable(&self.file))?,
            Some(loc) => {
                let num = loc.line.to_string();
                let pad = " ".repeat(num.len());
                let file = printable(&self.file);
                writeln!(f, "{pad}--> {file}:{}:{}", loc.line, loc.column)?;
                writeln!(f, "{pad} |")?;
                // A very long line (a 100 KB word) is shown as a window around the caret.
                let chars: Vec<char> = loc.line_text.chars().collect();
                let from = (loc.column - 1).saturating_sub(SHOWN_BEFORE);
                let to = chars
                    .len()
                    .min(loc.column - 1 + loc.width.min(SHOWN_AFTER) + SHOWN_AFTER);
                let shown: String = chars[from.min(chars.len())..to].iter().collect();
                let (open, close) = (
                    if from > 0 { "..." } else { "" },
                    if to < chars.len() { "..." } else { "" },
                );
                writeln!(f, "{num} | {open}{}{close}", printable(&shown))?;
                let lead: String = chars[from.min(chars.len())..(loc.column - 1).min(chars.len())]
                    .iter()
                    .map(|c| if *c == '\t' { '\t' } else { ' ' })
                    .collect();
                let width = loc.width.min(SHOWN_AFTER);
                writeln!(
                    f,
                    "{pad} | {}{lead}{}",
                    " ".repeat(open.len()),
                    "^".repeat(width)
                )?;
            }
        }
        if let Some(expected) = &self.expected {
            writeln!(f, "  = expected: {}", printable(expected))?;
        }
        Ok(())
    }
}

/// The offending line may itself hold control characters; never echo them raw to a terminal.
/// Where `key = "value"` is written in a guide's source: the value, quotes included (the first
/// such line). Another key naming the same value ("key_facts = \"x\"" for `id`) does not count.
pub fn value_place(src: &str, key: &str, value: &str) -> Option<Range<usize>> {
    let quoted = format!("\"{value}\"");
    let mut from = 0;
    while let Some(i) = src[from..].find(&quoted).map(|i| from + i) {
        let before = src[..i].trim_end();
        if let Some(k) = before.strip_suffix('=').map(str::trim_end)
            && let Some(rest) = k.strip_suffix(key)
            && !rest.ends_with(|c: char| c.is_alphanumeric() || c == '_')
        {
            return Some(i..i + quoted.len());
        }
        from = i + quoted.len();
    }
    None
}

pub fn printable(text: &str) -> String {
    crate::text::clean(text, false).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_found_after_its_own_key_only() {
        let src = "key_facts = \"dose\"\nguide_id = \"dose\"\nid = \"dose\"\n";
        let at = value_place(src, "id", "dose").unwrap();
        assert_eq!(&src[at.clone()], "\"dose\"");
        assert_eq!(at.start, src.rfind("\"dose\"").unwrap());
        assert_eq!(value_place(src, "title", "dose"), None);
    }

    #[test]
    fn points_at_line_and_column_with_caret() {
        let src = "a = 1\nbad = \"x\"\n";
        let d = Diagnostic::at("g.toml", src, 6..9, "unknown key `bad`").expected("one of: a");
        assert_eq!(d.line(), Some(2));
        assert_eq!(d.column(), Some(1));
        let text = d.to_string();
        assert!(text.contains("--> g.toml:2:1"), "{text}");
        assert!(text.contains("2 | bad = \"x\""), "{text}");
        assert!(text.contains("  | ^^^\n"), "{text}");
        assert!(text.contains("expected: one of: a"), "{text}");
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = "t = \"é\" x";
        let d = Diagnostic::at("g.toml", src, 9..10, "m");
        assert_eq!(d.column(), Some(9));
    }

    #[test]
    fn control_characters_in_the_quoted_line_are_not_echoed() {
        let src = "t = \"\u{1b}[31m\"";
        let d = Diagnostic::at("g.toml", src, 0..1, "m");
        assert!(!d.to_string().contains('\u{1b}'));
    }
}
