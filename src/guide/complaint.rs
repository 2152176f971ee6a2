//! What the TOML reader said was wrong, as a kind this program knows. A guide's tables are read
//! by `format::read`, which says each mistake as a `Complaint` itself. The rest comes only as
//! words: `toml_parser` a fixed description per mistake ("key with no value"), `toml` a sentence
//! for a document's own mistakes (a key or table written twice), and serde one for kiosk.toml
//! (`invalid type: string "8", expected i64`; `toml::de::Error` keeps nothing but its message
//! and span). Those words are read here and nowhere else: everything after this module
//! matches on `Complaint` and `Kind`. The tests below (serde's and toml's words) and in `syntax`
//! (the parser's) make each mistake with the real reader and check what it is read as, so a new
//! version of toml or serde that words one differently fails a test rather than silently losing
//! its plain rewording.

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
    /// A list with the wrong number of items (the reader's words).
    WrongLength(&'a str),
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
    /// The kind a reader's words name.
    pub fn read(words: &str) -> Kind {
        let words = words.trim_matches('`');
        if words.contains("string") || words == "str" {
            Kind::Text
        } else if words.contains("i64")
            || words.contains("u64")
            || words.contains("u8")
            || words.contains("u16")
            || words.contains("u32")
            || words.contains("usize")
            || words.contains("integer")
        {
            Kind::WholeNumber
        } else if words.contains("f64") || words.contains("float") || words.contains("number") {
            Kind::Number
        } else if words.contains("sequence") || words.contains("array") {
            Kind::List
        } else if words.contains("bool") {
            Kind::Bool
        } else if words.contains("datetime") {
            Kind::Date
        } else if words.contains("map") || words.contains("struct") || words.contains("table") {
            Kind::Table
        } else {
            Kind::Other
        }
    }

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
    /// What a reader's `message` (with what it `expected`, when it said) is.
    pub fn read(message: &'a str, expected: Option<&'a str>) -> Complaint<'a> {
        let message = message.trim();
        let backticked = |rest: &'a str| rest.strip_suffix('`');
        let known = || -> Vec<&'a str> {
            expected
                .map(|x| x.split('`').skip(1).step_by(2).collect())
                .unwrap_or_default()
        };
        if let Some(field) = message.strip_prefix("missing field `").and_then(backticked) {
            return Complaint::MissingField(field);
        }
        if let Some(wrong) = message.strip_prefix("unknown field `").and_then(backticked) {
            return Complaint::UnknownField {
                wrong,
                known: known(),
            };
        }
        if let Some(wrong) = message
            .strip_prefix("unknown variant `")
            .and_then(backticked)
        {
            return Complaint::UnknownVariant {
                wrong,
                known: known(),
            };
        }
        if let Some(found) = message.strip_prefix("invalid type: ") {
            let text = found
                .strip_prefix("string ")
                .map(|quoted| quoted.trim_matches('"'));
            let found = found.split_whitespace().next().unwrap_or(found);
            return Complaint::WrongType {
                found: Kind::read(found),
                text,
                expected: expected.map_or(Kind::Other, Kind::read),
            };
        }
        if message.starts_with("invalid length") {
            return Complaint::WrongLength(message);
        }
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
    use serde::Deserialize;

    #[allow(dead_code)]
    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    struct Table {
        title: String,
        // The guide's own types: `answer` is read as i64, a label's `version` as u32.
        answer: Option<i64>,
        version: Option<u32>,
        value: Option<f64>,
        date: Option<toml::value::Datetime>,
        list: Option<Vec<String>>,
        pair: Option<[u8; 2]>,
        kind: Option<Choice>,
    }

    #[derive(Deserialize, Debug)]
    #[serde(rename_all = "lowercase")]
    enum Choice {
        Label,
        Article,
    }

    /// What the real reader says of `src`, read.
    fn said(src: &str) -> String {
        toml::from_str::<Table>(src)
            .unwrap_err()
            .message()
            .to_string()
    }

    fn read(whole: &str) -> Complaint<'_> {
        let (message, expected) = split(whole);
        Complaint::read(message, expected)
    }

    #[test]
    fn serde_and_toml_mistakes_are_read_as_their_kind() {
        assert_eq!(read(&said("")), Complaint::MissingField("title"));
        assert_eq!(
            read(&said("title = \"x\"\ntilte = \"y\"")),
            Complaint::UnknownField {
                wrong: "tilte",
                known: vec![
                    "title", "answer", "version", "value", "date", "list", "pair", "kind"
                ],
            }
        );
        assert_eq!(
            read(&said("title = \"x\"\nkind = \"lable\"")),
            Complaint::UnknownVariant {
                wrong: "lable",
                known: vec!["label", "article"],
            }
        );
        assert_eq!(
            read(&said("title = \"x\"\ntitle = \"y\"")),
            Complaint::DuplicateKey
        );
        // A value of the wrong kind: what is written, and the kinds read from what is said.
        // (A label's `version` is an unsigned whole number: a whole number too, so its quotes
        // or decimals get plain words, as `answer`'s do; until 2026-12-06 they got the
        // reader's own.)
        use Kind::*;
        for (src, found, text, expected) in [
            ("answer = \"2\"", Text, Some("2"), WholeNumber),
            ("answer = 1.5", Number, None, WholeNumber),
            ("version = \"10\"", Text, Some("10"), WholeNumber),
            ("version = 2.5", Number, None, WholeNumber),
            ("list = \"a\"", Text, Some("a"), List),
            ("value = true", Bool, None, Number),
            ("date = \"2026-01-31\"", Text, Some("2026-01-31"), Date),
            ("title = 8", WholeNumber, None, Text),
            ("title = 8.5", Number, None, Text),
            ("title = [\"a\"]", List, None, Text),
        ] {
            // Every table needs its title: one wrong, or one right beside the wrong value.
            let src = if src.starts_with("title") {
                src.to_string()
            } else {
                format!("title = \"x\"\n{src}")
            };
            let message = said(&src);
            let want = Complaint::WrongType {
                found,
                text,
                expected,
            };
            assert_eq!(read(&message), want, "{src}: {message}");
        }
        let bad_date = said("title = \"x\"\ndate = 2026-13-45");
        assert_eq!(read(&bad_date), Complaint::BadDate, "{bad_date}");
        assert!(matches!(
            read(&said("title = \"x\"\npair = [1]")),
            Complaint::WrongLength(_)
        ));
    }
}
