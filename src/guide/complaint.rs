//! What the TOML reader said was wrong, as a kind this program knows. A guide's and kiosk.toml's
//! tables are read by `format::read`, which says each of their mistakes as a `Complaint` itself
//! (`Mistake::complaint`). The rest comes only as words: `toml_parser` a fixed description per
//! mistake of syntax ("key with no value"), `toml` a fixed one for a document's own mistakes (a
//! key or table written twice, a date that is no date; `toml::de::Error` keeps nothing but its
//! message and span). Those words are read here and nowhere else: everything after this module
//! matches on `Complaint` and `Kind`. The tests below (toml's words) and in `syntax` (the
//! parser's) make each mistake with the real reader and check what it is read as, so a new
//! version of toml that words one differently fails a test rather than silently losing its plain
//! rewording.

/// A mistake the TOML reader reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Complaint<'a> {
    /// A key the table must have is not there.
    MissingField(&'a str),
    /// A key the table does not have (`wrong`), with the keys it has (`known`).
    UnknownField { wrong: &'a str, known: Vec<&'a str> },
    /// A value that is none of those a key takes.
    UnknownVariant { wrong: &'a str, known: Vec<&'a str> },
    /// A key, or a table's name, written twice.
    DuplicateKey,
    /// A key and no `=` or value after it.
    KeyWithNoValue,
    /// More after a value on its line.
    UnexpectedKeyOrValue,
    /// A value that is no TOML value: text without its quotes.
    Unquoted,
    /// A date or time the reader could not read.
    BadDate,
    /// A value of one kind where another is wanted; `text` is what a wrong text said.
    WrongType {
        found: Kind,
        text: Option<&'a str>,
        expected: Kind,
    },
    /// A table's name with its closing bracket missing.
    UnclosedTable,
    /// Text in quotes not closed on its line.
    UnclosedText,
    /// A backslash in text in quotes that starts no escape.
    BadEscape,
    /// Something else, in the reader's own words.
    Other,
}

/// A kind of TOML value, as the reader names it ("i64", "a sequence", "floating point").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    WholeNumber,
    Number,
    List,
    Bool,
    Date,
    Table,
    Other,
}

impl Kind {
    /// The kind in an author's words.
    pub fn words(self) -> &'static str {
        match self {
            Kind::Text => "text in quotes",
            Kind::WholeNumber => "a whole number",
            Kind::Number => "a number",
            Kind::List => "a list in brackets [ ]",
            Kind::Bool => "true or false",
            Kind::Date => "a date (year-month-day, no quotes)",
            Kind::Table => "a table of keys",
            Kind::Other => "another kind of value",
        }
    }

    /// A value of the kind, as an example.
    pub fn example(self) -> &'static str {
        match self {
            Kind::Text => "\"...\"",
            Kind::WholeNumber => "1",
            Kind::Number => "8",
            Kind::List => "[\"...\"]",
            Kind::Bool => "true",
            Kind::Date => "2026-01-31",
            Kind::Table | Kind::Other => "... (see guide/README.md)",
        }
    }
}

/// A reader's whole message cut into what it says and what it expected, when it said
/// (serde's "..., expected one of `a`, `b`").
pub fn split(whole: &str) -> (&str, Option<&str>) {
    let whole = whole.trim();
    match whole.split_once(", expected ") {
        Some((m, x)) => (m, Some(x)),
        None => (whole, None),
    }
}

impl<'a> Complaint<'a> {
    /// What a reader's `message` (with what it `expected`, when it said) is: the parser's and
    /// toml's own mistakes (a mistake in a table comes typed from `format::read`).
    pub fn read(message: &'a str, expected: Option<&'a str>) -> Complaint<'a> {
        let message = message.trim();
        if message.starts_with("invalid date") || message.starts_with("invalid time") {
            return Complaint::BadDate;
        }
        if message == "missing escaped value"
            || message.starts_with("invalid escape")
            || message.contains("unicode value digits")
        {
            return Complaint::BadEscape;
        }
        if message == "invalid basic string" && expected == Some("`\"`") {
            return Complaint::UnclosedText;
        }
        match message {
            "duplicate key" => Complaint::DuplicateKey,
            "key with no value" => Complaint::KeyWithNoValue,
            "unexpected key or value" => Complaint::UnexpectedKeyOrValue,
            "string values must be quoted" => Complaint::Unquoted,
            "unclosed array table" | "unclosed table" => Complaint::UnclosedTable,
            _ => Complaint::Other,
        }
    }

    /// Said of a value (not of a table or the file's shape): a value the reader could not
    /// read or did not expect.
    pub fn about_a_value(message: &str) -> bool {
        message.starts_with("invalid")
            || message == "unexpected content"
            || message == "string values must be quoted"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks that what toml says of `src` is read as `want`.
    fn reads_as(src: &str, want: Complaint) {
        let error = toml::de::DeTable::parse(src).expect_err("a mistake");
        let (message, expected) = split(error.message());
        assert_eq!(Complaint::read(message, expected), want, "{src}: {error}");
    }

    #[test]
    fn tomls_own_mistakes_are_read_as_their_kind() {
        reads_as("title = \"x\"\ntitle = \"y\"", Complaint::DuplicateKey);
        reads_as("[guide]\nid = 1\n[guide]\n", Complaint::DuplicateKey);
        reads_as("date = 2026-13-45", Complaint::BadDate);
        reads_as("title = \"a\\qb\"", Complaint::BadEscape);
        reads_as("title = x", Complaint::Unquoted);
    }
}
