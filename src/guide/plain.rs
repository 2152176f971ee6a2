//! What the TOML reader complained of (a `Complaint`), rewritten for an author: what is wrong
//! in plain words and the fix ("a number, like 8"; "write the date in quotes"; "remove the
//! quotes"; "write \\ for a backslash"), and a multi-line text left open reported where it
//! opens, not where the parser finally gave up.

use super::complaint::{Complaint, Kind};

/// Where the value complained of is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The key's own value.
    Alone,
    /// In a list: the key's value is `[...]`, or it is an item on a line of its own.
    InAList,
}

impl Written {
    /// Where a key's value as written (`value`, after its `=`) is: in a list when it opens one.
    pub fn of(value: &str) -> Self {
        if value.trim_start().starts_with('[') {
            Written::InAList
        } else {
            Written::Alone
        }
    }
}

/// A plain message and what to write instead, for what the reader complained of (`said`)
/// about `key = value` on the line where it happened. None: the reader's own words are clear
/// enough.
pub fn rewrite(
    said: &Complaint,
    key: Option<&str>,
    value: &str,
    written: Written,
) -> Option<(String, String)> {
    let in_list = written == Written::InAList;
    let named = key;
    let key = key.unwrap_or("this value");
    let value = value.trim();
    let is_date = DATE_KEYS.contains(&key);
    let is_number = NUMBER_KEYS.contains(&key);
    Some(match *said {
        Complaint::MissingField(field) => (
            format!("this table needs `{field}`"),
            format!("{field} = ... in this table (see guide/README.md for what it holds)"),
        ),
        Complaint::DuplicateKey => match named {
            Some(key) => (
                format!("`{key}` is written twice in this table"),
                format!("one `{key}` per table: remove one"),
            ),
            // A table's name: one that is also a key, or a misspelt one ([[section]]).
            None => (
                format!("`{value}` names something already written above"),
                "each table's name once, spelt as in guide/README.md (e.g. [[sections]])".into(),
            ),
        },
        Complaint::KeyWithNoValue if named.is_none() => {
            let word = value.split_whitespace().next().unwrap_or(value);
            let rest = value[word.len()..].trim();
            // `title "What it does"`: the = left out between a key and its value.
            if rest.is_empty() {
                (format!("`{word}` has no value"), format!("{word} = \"...\""))
            } else {
                (
                    format!("`{word}` and its value need = between them"),
                    format!("{word} = {rest}"),
                )
            }
        }
        // 'B cells don't wait': in single quotes, the text ends at the apostrophe.
        Complaint::UnexpectedKeyOrValue
            if value.len() > 2
                && value.starts_with('\'')
                && value.ends_with('\'')
                && value[1..value.len() - 1].contains('\'')
                && !value.starts_with("\'\'\'") =>
        {
            let inner = &value[1..value.len() - 1];
            (
                "text in single quotes ends at the next ' (an apostrophe too): write it in double quotes".into(),
                format!(
                    "{} = \"{}\"",
                    named.unwrap_or("key"),
                    inner.replace('\\', "\\\\").replace('"', "\\\"")
                ),
            )
        }
        Complaint::UnexpectedKeyOrValue => {
            // The value as far as it is whole: text in quotes to its closing quote.
            let whole = value
                .strip_prefix('"')
                .and_then(|rest| rest.find('"'))
                .map(|end| &value[..end + 2]);
            (
                "something follows the value on this line".into(),
                match (named, whole) {
                    (Some(k), Some(v)) => format!("{k} = {v}"),
                    _ => "one key = value per line; text in quotes".into(),
                },
            )
        }
        Complaint::WrongType {
            found: Kind::List,
            expected: Kind::Text,
            ..
        } => (
            format!("`{key}` takes one text, not a list"),
            format!("{key} = \"...\""),
        ),
        Complaint::WrongType {
            found: Kind::Date,
            expected: Kind::Text,
            ..
        } if looks_like_date(value) => (
            format!("`{key}` is text here: write the date in quotes"),
            format!("{key} = \"{value}\""),
        ),
        Complaint::Unquoted if value.is_empty() => (
            format!("`{key}` has no value"),
            if is_date || is_number {
                format!("{key} = {}", example(key))
            } else {
                format!("{key} = \"...\" (the text in quotes), or remove the line")
            },
        ),
        Complaint::Unquoted if is_date => date_fix(key, value),
        Complaint::Unquoted if is_number => number_fix(key, value),
        Complaint::Unquoted => (
            format!("`{key}`: text must be in quotes"),
            format!("{key} = \"{value}\""),
        ),
        // A date with dots (04.12.2026) is a number the reader stops at ("unexpected leading
        // zero"): read as the date it is.
        Complaint::Other if is_date && !readings(value.trim()).is_empty() => date_fix(key, value),
        // A date the reader could not read (31-01-2026, 2026-01-31 10:00 and some words).
        Complaint::BadDate
        | Complaint::WrongType {
            found: Kind::WholeNumber | Kind::Number,
            ..
        } if is_date => date_fix(key, value),
        Complaint::WrongType {
            found: Kind::Text,
            text: Some(inner),
            expected,
        } => match expected {
            Kind::Date if looks_like_date(inner) && inner.len() == 10 => (
                format!("`{key}` is a date, not text: remove the quotes"),
                format!("{key} = {inner}"),
            ),
            Kind::Date => date_fix(key, inner),
            Kind::Number | Kind::WholeNumber if inner.trim().parse::<f64>().is_ok() => (
                format!("`{key}` is a number: remove the quotes"),
                format!("{key} = {}", inner.trim()),
            ),
            Kind::Number | Kind::WholeNumber => number_fix(key, inner),
            // cites = "pi 2, medguide": each source in its own quotes (only for `cites`: a
            // choice or a word may hold a comma).
            Kind::List if key == "cites" => (
                format!("`{key}` is a list: write it in brackets"),
                format!(
                    "{key} = [{}]",
                    inner
                        .split(',')
                        .map(|item| format!("\"{}\"", item.trim()))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
            Kind::List => (
                format!("`{key}` is a list: write it in brackets"),
                format!("{key} = [\"{inner}\"]"),
            ),
            Kind::Bool => {
                let yes = !matches!(
                    inner.trim().to_lowercase().as_str(),
                    "no" | "false" | "0" | "off" | "n"
                );
                (
                    format!("`{key}` is true or false, without quotes"),
                    format!("{key} = {yes}"),
                )
            }
            // serde names the program's own type here ("struct RelatedDef"): never shown.
            Kind::Table => (
                if in_list {
                    format!("each item of `{key}` is a table of keys in braces, not text")
                } else {
                    format!("`{key}` is a table of keys in braces, not text")
                },
                table_example(key),
            ),
            _ => return None,
        },
        // In a list, it is the items that are text.
        Complaint::WrongType {
            found: Kind::Number | Kind::WholeNumber,
            expected: Kind::Text,
            ..
        } if in_list => (
            format!("the items of `{key}` are text: write each in quotes"),
            format!("{key} = [\"...\"]"),
        ),
        Complaint::WrongType {
            found: Kind::Number | Kind::WholeNumber,
            expected: Kind::Text,
            ..
        } => (
            format!("`{key}` is text: write it in quotes"),
            format!("{key} = \"{value}\""),
        ),
        Complaint::UnclosedTable => (
            "this table's name is not closed".into(),
            "[[name]] for a table that repeats (like [[sections]]), [name] for one that does not (like [guide])".into(),
        ),
        Complaint::UnclosedText => (
            "this text in quotes is not closed: its closing quote (\") is missing".into(),
            "\"...\" on one line, or \"\"\"...\"\"\" for text over several lines".into(),
        ),
        Complaint::WrongType {
            found: Kind::Number,
            expected: Kind::WholeNumber,
            ..
        } => (
            format!("`{key}` is a whole number"),
            format!("{key} = {}", example(key)),
        ),
        Complaint::BadEscape => (
            "a backslash (\\) in text in quotes starts an escape like \\n: write \\\\ for a backslash".into(),
            "\\\\ for a backslash, or the text in '''...''' (where \\ is just a backslash)".into(),
        ),
        // Any other value of the wrong kind, in words an author knows.
        Complaint::WrongType {
            found, expected, ..
        } => (
            format!("`{key}` should be {}, not {}", expected.words(), found.words()),
            format!("{key} = {}", expected.example()),
        ),
        _ => return None,
    })
}

/// What a key whose value is a table (or a list of tables) looks like, from guide/README.md.
pub fn table_example(key: &str) -> String {
    match key {
        "related" => "related = [{ question = \"...\", topic = \"topic-id\" }]".into(),
        "events" => "events = [{ at = 0, label = \"...\" }]".into(),
        "bars" | "people" => format!("{key} = [{{ label = \"...\", value = 10 }}]"),
        _ => format!("{key} = {{ ... }} (its keys are in guide/README.md)"),
    }
}

/// Keys whose value is a date without quotes.
const DATE_KEYS: &[&str] = &["last_reviewed"];

/// Whether `key` takes a number without quotes.
pub fn is_number_key(key: &str) -> bool {
    NUMBER_KEYS.contains(&key)
}

/// Keys whose value is a number without quotes.
const NUMBER_KEYS: &[&str] = &["reading_grade", "reading_ease", "answer", "at", "value"];

/// A value of the kind `key` takes, as an example.
fn example(key: &str) -> &'static str {
    match key {
        "last_reviewed" => "2026-01-31",
        "reading_grade" => "8",
        "reading_ease" => "55",
        "answer" => "1",
        _ => "4",
    }
}

/// What to write for a date written another way: year-month-day without quotes. The author's
/// own date when it reads one way only (20/11/2026, 12/24/2026); both readings when the day and
/// the month could be either (04/12/2026), never a guess; no sample date for one that is no
/// day of the calendar (2026-02-30).
fn date_fix(key: &str, written: &str) -> (String, String) {
    let written = written.trim().trim_matches('"');
    match readings(written).as_slice() {
        [iso] => (
            format!("`{key}` is a date: write it as year-month-day ({iso}), without quotes"),
            format!("{key} = {iso}"),
        ),
        [a, b] => (
            format!(
                "`{key}`: `{written}` can be read two ways ({a} or {b}); write it as year-month-day, without quotes"
            ),
            format!("the one you meant: {key} = {a}, or {key} = {b}"),
        ),
        _ => (
            format!(
                "`{key}`: `{written}` is not a day of the calendar; write the real date as year-month-day, without quotes"
            ),
            match month_length(written) {
                Some((month, days)) => format!(
                    "the real date as year-month-day, without quotes: {month} has {days} days"
                ),
                None => "the real date as year-month-day, without quotes".to_string(),
            },
        ),
    }
}

/// For a year-month-day whose day is past its month's end ("2026-02-30"): the month in words
/// ("February 2026") and how many days it has.
fn month_length(written: &str) -> Option<(String, u32)> {
    let mut parts = written.split('-');
    let year: u32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let name = crate::i18n::month_name(month, crate::i18n::Lang::En)?;
    let days = (28..=31).rev().find(|&d| iso(year, month, d).is_some())?;
    Some((format!("{name} {year}"), days))
}

/// The real dates a written date can mean, as year-month-day: day first (20/11/2026) or month
/// first (12/24/2026); year first (2026/11/20) as written.
fn readings(value: &str) -> Vec<String> {
    // 20260131
    if value.len() == 8 && value.bytes().all(|b| b.is_ascii_digit()) {
        let n = |r: std::ops::Range<usize>| value[r].parse::<u32>().unwrap_or(0);
        return iso(n(0..4), n(4..6), n(6..8)).into_iter().collect();
    }
    // "Jan 31 2026", "31 de enero de 2026": a month named in words reads one way only.
    let words: Vec<String> = value
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "de")
        .map(str::to_lowercase)
        .collect();
    if let Some(month) = words.iter().find_map(|w| month_number(w)) {
        let numbers: Vec<u32> = words.iter().filter_map(|w| w.parse().ok()).collect();
        if let [a, b] = numbers.as_slice() {
            let (day, year) = if *a > 31 { (*b, *a) } else { (*a, *b) };
            return iso(year, month, day).into_iter().collect();
        }
        return Vec::new();
    }
    let parts: Vec<&str> = value.split(['/', '.', '-']).collect();
    let [a, b, c] = parts.as_slice() else {
        return Vec::new();
    };
    let n = |s: &str| s.parse::<u32>().ok();
    let mut out = Vec::new();
    if a.len() == 4 {
        if let (Some(y), Some(m), Some(d)) = (n(a), n(b), n(c)) {
            out.extend(iso(y, m, d));
        }
        return out;
    }
    if let (Some(x), Some(y_m), Some(y)) = (n(a), n(b), n(c)) {
        out.extend(iso(y, y_m, x));
        out.extend(iso(y, x, y_m).filter(|second| !out.contains(second)));
    }
    out
}

/// A month written in words, English or Spanish, in full or its first three letters.
fn month_number(word: &str) -> Option<u32> {
    const NAMES: [[&str; 2]; 12] = [
        ["january", "enero"],
        ["february", "febrero"],
        ["march", "marzo"],
        ["april", "abril"],
        ["may", "mayo"],
        ["june", "junio"],
        ["july", "julio"],
        ["august", "agosto"],
        ["september", "septiembre"],
        ["october", "octubre"],
        ["november", "noviembre"],
        ["december", "diciembre"],
    ];
    if word.chars().count() < 3 {
        return None;
    }
    NAMES
        .iter()
        .position(|names| names.iter().any(|n| n.starts_with(word) || word == *n))
        .map(|i| i as u32 + 1)
}

/// Year-month-day, when it is a day of the calendar.
fn iso(year: u32, month: u32, day: u32) -> Option<String> {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1900..=2999).contains(&year) && (1..=days).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// What to write for a number written as a word.
fn number_fix(key: &str, written: &str) -> (String, String) {
    let example = match number_word(written) {
        Some(n) => n.to_string(),
        None => example(key).to_string(),
    };
    (
        format!("`{key}` is a number: write it in digits, without quotes"),
        format!("{key} = {example}"),
    )
}

/// A number written as a word, in English or Spanish ("two", "dos"), as digits.
fn number_word(written: &str) -> Option<u32> {
    const WORDS: [[&str; 2]; 10] = [
        ["one", "uno"],
        ["two", "dos"],
        ["three", "tres"],
        ["four", "cuatro"],
        ["five", "cinco"],
        ["six", "seis"],
        ["seven", "siete"],
        ["eight", "ocho"],
        ["nine", "nueve"],
        ["ten", "diez"],
    ];
    let word = written.trim().trim_matches('"').to_lowercase();
    let word = if word == "una" {
        "uno".to_string()
    } else {
        word
    };
    WORDS
        .iter()
        .position(|w| w.contains(&word.as_str()))
        .map(|i| i as u32 + 1)
}

/// Whether a value is written like a date (2025-06-01), with or without a time.
fn looks_like_date(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

/// Where a multi-line text (`"""`) that was not closed opens: one that holds a table header
/// line, or the last one, left without its closing quotes. Byte offset of its opening quotes.
pub fn runaway_text(src: &str) -> Option<usize> {
    let quotes: Vec<usize> = src.match_indices("\"\"\"").map(|(i, _)| i).collect();
    for pair in quotes.chunks(2) {
        let open = pair[0];
        let Some(&close) = pair.get(1) else {
            return Some(open);
        };
        let inside = &src[open + 3..close];
        if inside
            .lines()
            .any(|l| super::tables::TABLES.contains(&l.trim()))
        {
            return Some(open);
        }
    }
    None
}

/// Where `c`, a control character in a text, was written as a TOML escape (`\b`, `\f`, `\e`)
/// within `span` of `src`: a backslash meant as a backslash ("wine\beer").
pub(super) fn escape_written(
    src: &str,
    span: std::ops::Range<usize>,
    c: char,
) -> Option<std::ops::Range<usize>> {
    let escape = match c {
        '\u{8}' => "\\b",
        '\u{c}' => "\\f",
        '\u{1b}' => "\\e",
        _ => return None,
    };
    let raw = src.get(span.clone())?;
    raw.find(escape).map(|i| span.start + i..span.start + i + 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::tables::unknown_table;

    #[test]
    fn dates_are_read_every_way_they_can_be_and_never_guessed() {
        assert_eq!(readings("20/11/2026"), ["2026-11-20"]);
        assert_eq!(readings("12/24/2026"), ["2026-12-24"]);
        assert_eq!(readings("04/12/2026"), ["2026-12-04", "2026-04-12"]);
        assert_eq!(readings("1.1.2026"), ["2026-01-01"]);
        assert_eq!(readings("2026/11/20"), ["2026-11-20"]);
        assert!(readings("2026-02-30").is_empty());
        assert_eq!(readings("Jan 31 2026"), ["2026-01-31"]);
        assert_eq!(readings("31 de enero de 2026"), ["2026-01-31"]);
        assert_eq!(readings("20260131"), ["2026-01-31"]);
        assert!(readings("13/13/2026").is_empty());
        let (said, fix) = date_fix("last_reviewed", "2026-02-30");
        assert!(said.contains("not a day of the calendar"), "{said}");
        assert!(
            !fix.contains("2026-01-31") && !fix.contains("2026-02-30"),
            "{fix}"
        );
        let (said, _) = date_fix("last_reviewed", "04/12/2026");
        assert!(said.contains("2026-12-04 or 2026-04-12"), "{said}");
    }

    #[test]
    fn a_misspelt_table_name_is_found_and_the_name_meant_given() {
        let src = "[guide]\nid = \"x\"\n\n[[section]]\nid = \"a\"\n\n[[sections.topics]]\nbody = \"\"\"\n[[not a table]]\n\"\"\"\n";
        let (at, written, near) = unknown_table(src).unwrap();
        assert_eq!(&src[at..at + written.len()], "[[section]]");
        assert_eq!(near, Some("[[sections]]"));
        assert!(
            unknown_table("[guide]\n[[sections]]\n[[sections.topics.figures.events]]\n").is_none()
        );
    }

    #[test]
    fn a_text_left_open_is_found_where_it_opens() {
        let src =
            "a = \"\"\"\nfine\"\"\"\nb = \"\"\"\nruns on\n\n[[sections]]\nid = \"\"\"x\"\"\"\n";
        assert_eq!(runaway_text(src), Some(src.find("b = ").unwrap() + 4));
        assert_eq!(runaway_text("a = \"\"\"\nfine\"\"\"\n"), None);
    }
}
