//! A guide's TOML syntax read with the parser the `toml` crate is built on (`toml_parser`), for
//! its structured errors: each with its span, its kind (the parser's fixed description) and
//! what it expected (as data), every scalar and key decoded as `toml` would, and the brackets
//! still open where it happened. Errors come in file order, so the first mistake in the file
//! is the one an author hears about; `plain` then says it in an author's words with the fix.

use std::ops::Range;

use super::complaint::Complaint;
use super::plain::Written;
use toml_parser::decoder::Encoding;
use toml_parser::parser::EventReceiver;
use toml_parser::{ErrorSink, Expected, ParseError, Raw, Source, Span};

/// One syntax error in a guide's TOML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where it is: what the parser did not expect, else the part it was reading.
    pub span: Range<usize>,
    /// The parser's kind of error ("invalid float", "unclosed array table" ...).
    pub kind: String,
    /// What it expected there: TOML's own characters in backticks (`` `,` ``, `` `]` ``), or
    /// described in words.
    pub expected: Vec<String>,
    /// A list (`[`) opened on an earlier line and not closed before the error: the real
    /// mistake is its missing `]`.
    pub open_list: Option<usize>,
}

/// Records where lists open and close, and decodes every key and value (reporting what
/// `toml` would report of them).
struct Reader<'s> {
    source: Source<'s>,
    lists: Vec<(usize, Option<usize>)>,
    open: Vec<usize>,
}

impl EventReceiver for Reader<'_> {
    fn array_open(&mut self, span: Span, _error: &mut dyn ErrorSink) -> bool {
        self.open.push(self.lists.len());
        self.lists.push((span.start(), None));
        true
    }

    fn array_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        if let Some(i) = self.open.pop() {
            self.lists[i].1 = Some(span.start());
        }
    }

    fn scalar(&mut self, span: Span, kind: Option<Encoding>, error: &mut dyn ErrorSink) {
        if let Some(raw) = self.source.get(span) {
            let raw = Raw::new_unchecked(raw.as_str(), kind, span);
            let mut decoded = String::new();
            let _ = raw.decode_scalar(&mut decoded, error);
        }
    }

    fn simple_key(&mut self, span: Span, kind: Option<Encoding>, error: &mut dyn ErrorSink) {
        if let Some(raw) = self.source.get(span) {
            let raw = Raw::new_unchecked(raw.as_str(), kind, span);
            let mut decoded = String::new();
            raw.decode_key(&mut decoded, error);
        }
    }
}

/// The first syntax error in `src` (in file order), if any.
pub fn first_error(src: &str) -> Option<SyntaxError> {
    let source = Source::new(src);
    let tokens: Vec<_> = source.lex().collect();
    let mut reader = Reader {
        source,
        lists: Vec::new(),
        open: Vec::new(),
    };
    let mut errors: Vec<ParseError> = Vec::new();
    // As deep as `toml` itself reads (it stops at 80), so no nesting can overflow the stack.
    let mut guarded = toml_parser::parser::RecursionGuard::new(&mut reader, 80);
    toml_parser::parser::parse_document(&tokens, &mut guarded, &mut errors);
    let at = |e: &ParseError| {
        e.unexpected()
            .or(e.context())
            .map_or(0..0, |s| s.start()..s.end())
    };
    let first = errors.iter().min_by_key(|e| at(e).start)?;
    let span = at(first);
    let line_of = |offset: usize| src[..offset.min(src.len())].matches('\n').count();
    let open_list = reader
        .lists
        .iter()
        .filter(|(open, close)| {
            *open < span.start
                && close.is_none_or(|c| c > span.start)
                && line_of(*open) < line_of(span.start)
        })
        .map(|(open, _)| *open)
        .next_back();
    let expected = first
        .expected()
        .unwrap_or_default()
        .iter()
        .map(|x| match x {
            Expected::Literal(l) => format!("`{l}`"),
            Expected::Description(d) => d.to_string(),
            _ => String::new(),
        })
        .filter(|x| !x.is_empty())
        .collect();
    Some(SyntaxError {
        span,
        kind: first.description().to_string(),
        expected,
        open_list,
    })
}

/// What an author reads for a syntax error: the message, the fix, its place, and whether it is
/// about a value (`toml-value`) or the file's structure (`toml`).
pub struct Said {
    pub message: String,
    pub fix: String,
    pub span: Range<usize>,
    pub about_a_value: bool,
}

/// `error` in an author's words, with a fix that is itself valid TOML where one can be given.
pub fn plain_words(src: &str, error: &SyntaxError) -> Said {
    let line_start = src[..error.span.start.min(src.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line = src[line_start..].lines().next().unwrap_or_default();
    let line_number = |offset: usize| src[..offset.min(src.len())].matches('\n').count() + 1;
    let column = (error.span.start - line_start).min(line.len());
    // A backslash that starts no escape, in a text over several lines too: said at the
    // backslash (it was read as a line with a key and no `=`, and the fix given turned the
    // text into a key).
    if Complaint::read(&error.kind, None) == Complaint::BadEscape {
        // Bytes, not characters: the error may sit inside a character of several bytes.
        let upto = (error.span.start + 1).min(src.len());
        let at = src.as_bytes()[..upto]
            .iter()
            .rposition(|&b| b == b'\\')
            .unwrap_or(error.span.start.min(src.len()));
        let after = src.get(at..).map_or(0, |rest| {
            rest.chars().take(2).map(char::len_utf8).sum::<usize>()
        });
        return Said {
            message: "a backslash (\\) in text in quotes starts an escape like \\n: write \\\\ for a backslash".into(),
            fix: "\\\\ for a backslash, or the text in '''...''' (where \\ is just a backslash)".into(),
            span: at..at + after,
            about_a_value: true,
        };
    }
    // A list left open: the parser stops at the start of the next line (a key or a table
    // there), and the missing `]` is the mistake; an error inside a line is that line's own.
    let at_line_start = line[..column].trim().is_empty();
    // The line before, with a { it does not close: its } is what is missing.
    if at_line_start && line_start > 0 {
        let before_start = src[..line_start - 1].rfind('\n').map_or(0, |i| i + 1);
        let before = &src[before_start..line_start - 1];
        let unquoted: String = before.split('"').step_by(2).collect();
        if unquoted.matches('{').count() > unquoted.matches('}').count() {
            let n = line_number(before_start);
            let open = before_start + before.rfind('{').unwrap_or(0);
            return Said {
                message: format!("the inline table opened with {{ on line {n} is not closed"),
                fix: format!("}} after its last key and value, on line {n}"),
                span: open..open + 1,
                about_a_value: false,
            };
        }
    }
    if let Some(open) = error.open_list.filter(|_| at_line_start) {
        let n = line_number(open);
        return Said {
            message: format!("the list opened with [ on line {n} is not closed"),
            fix: format!("] after the list's last item, on line {n}"),
            span: open..open + 1,
            about_a_value: false,
        };
    }
    // A table's name with a bracket missing: "[[sections.topics]".
    if Complaint::read(&error.kind, None) == Complaint::UnclosedTable {
        let header = line.trim();
        let name = header.trim_matches(|c: char| c == '[' || c == ']' || c.is_whitespace());
        let fixed = if header.starts_with("[[") {
            format!("[[{name}]]")
        } else {
            format!("[{name}]")
        };
        let start = line_start + line.find('[').unwrap_or(0);
        return Said {
            message: format!("the table name `{header}` is missing a ]"),
            fix: fixed,
            span: start..start + header.len(),
            about_a_value: false,
        };
    }
    // An inline table's keys with no comma between them: `{ at = 0 label = "x" }`.
    if let Some(word_at) = comma_missing(line) {
        let word: String = line[word_at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        let fixed = format!("{}, {}", line[..word_at].trim_end(), &line[word_at..]);
        let start = line_start + word_at;
        return Said {
            message: format!(
                "a comma is missing before `{word}`: the keys and values in {{ }} are separated by commas"
            ),
            fix: fixed.trim().to_string(),
            span: start..start + word.len(),
            about_a_value: false,
        };
    }
    // The `key = value` the error is in: the last `=` before it on its line (in an inline
    // table, `{ at = 1, label = "x" }`, that is the pair with the mistake).
    let Some(eq) = line[..column].rfind('=').or_else(|| line.find('=')) else {
        // A key and its value joined by ":" as in YAML or JSON.
        if let Some((key, value)) = line.split_once(':').filter(|(k, _)| {
            let k = k.trim();
            !k.is_empty()
                && k.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        }) {
            let start = line_start + line.len() - line.trim_start().len();
            return Said {
                message: format!(
                    "`{}` and its value are joined by : ; TOML joins them with =",
                    key.trim()
                ),
                fix: format!("{} = {}", key.trim(), value.trim()),
                span: start..start + line.trim().len(),
                about_a_value: false,
            };
        }
        // A key and its value with nothing between them: `title "What it does"`.
        let trimmed = line.trim();
        if let Some((key, value)) = trimmed.split_once(' ').filter(|(k, v)| {
            !v.trim().is_empty()
                && k.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        }) {
            let start = line_start + line.len() - line.trim_start().len();
            return Said {
                message: format!("`{key}` and its value need = between them"),
                fix: format!("{key} = {}", value.trim()),
                span: start..start + key.len(),
                about_a_value: false,
            };
        }
        return Said {
            message: error.kind.clone(),
            fix: expected_words(&error.expected),
            span: error.span.clone(),
            about_a_value: false,
        };
    };
    let before = line[..eq].trim_end();
    let key_start = before
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '"'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let key = before[key_start..].trim_matches('"');
    let inline = line[..eq].contains('{');
    let rest = &line[eq + 1..];
    let rest_at = eq + 1 + (rest.len() - rest.trim_start().len());
    let rest = rest.trim_start();
    let value = if inline {
        value_in_line(rest)
    } else {
        rest.split(" #").next().unwrap_or(rest).trim()
    };
    // A % after a space ("10 %") belongs to the number.
    let value = match rest[value.len()..].trim_start().strip_prefix('%') {
        Some(_) if inline && !value.is_empty() => {
            let end = rest.find('%').map_or(value.len(), |i| i + 1);
            &rest[..end]
        }
        _ => value,
    };
    let value_at = line_start + rest_at;
    let span = value_at..value_at + value.len().max(1);
    let said = |message: String, fix: String| Said {
        message,
        fix,
        span: span.clone(),
        about_a_value: true,
    };
    if let Some(inner) = in_curly_quotes(value) {
        return said(
            format!(
                "`{key}`: “ ” are a word processor's curly quotes, which TOML does not read as quotes"
            ),
            format!("{key} = \"{inner}\""),
        );
    }
    // Quotes that do not match: 'What it does" (one of each).
    let quotes = ['"', '\''];
    if let (Some(open), Some(close)) = (value.chars().next(), value.chars().last())
        && value.len() > 1
        && quotes.contains(&open)
        && quotes.contains(&close)
        && open != close
    {
        let inner = &value[1..value.len() - 1];
        return said(
            format!(
                "`{key}`: the quotes around its text do not match ({open} opens it, {close} closes it)"
            ),
            format!("{key} = \"{inner}\""),
        );
    }
    let number_key = super::plain::is_number_key(key);
    // A decimal comma, as Spanish and most of Europe write it: 10,5.
    if let Some((whole, part)) = value.split_once(',').filter(|(w, p)| {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        digits(w) && digits(p) && p.len() != 3
    }) {
        return if number_key {
            said(
                format!("`{key}`: a number in TOML has no commas; decimals come after a point"),
                format!("{key} = {whole}.{part}"),
            )
        } else {
            said(
                format!("`{key}`: text must be in quotes"),
                format!("{key} = \"{value}\""),
            )
        };
    }
    if let Some(digits) = grouped_number(value) {
        return if number_key {
            said(
                format!("`{key}`: a number in TOML has no commas"),
                format!("{key} = {digits}"),
            )
        } else {
            said(
                format!("`{key}`: text must be in quotes"),
                format!("{key} = \"{value}\""),
            )
        };
    }
    if let Some(number) = value
        .strip_suffix('%')
        .filter(|n| n.trim().parse::<f64>().is_ok())
        .map(str::trim)
    {
        return if number_key {
            said(
                format!("`{key}` is a number, written without %"),
                format!("{key} = {}", number.trim()),
            )
        } else {
            said(
                format!("`{key}`: text must be in quotes"),
                format!("{key} = \"{value}\""),
            )
        };
    }
    let expected = (!error.expected.is_empty()).then(|| error.expected.join(", "));
    let complaint = Complaint::read(&error.kind, expected.as_deref());
    let written = Written::of(value);
    let rewritten = super::plain::rewrite(&complaint, Some(key), value, written).or_else(|| {
        // A value that is no TOML value (a word, 53.2%): what the key takes, in quotes or not.
        Complaint::about_a_value(&error.kind)
            .then(|| super::plain::rewrite(&Complaint::Unquoted, Some(key), value, written))?
    });
    match rewritten {
        Some((message, fix)) => said(message, fix),
        None => Said {
            message: error.kind.clone(),
            fix: expected_words(&error.expected),
            span: error.span.clone(),
            about_a_value: false,
        },
    }
}

/// Where, in a line with an inline table, a key follows a value with no comma between them
/// (`{ at = 0 label = "x" }`: at `label`).
fn comma_missing(line: &str) -> Option<usize> {
    let open = line.find('{')?;
    let mut in_quotes = false;
    let bytes = line.as_bytes();
    let mut i = open + 1;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if !in_quotes && (b.is_ascii_alphabetic() || b == b'_') && bytes[i - 1] == b' ' {
            let word_end = line[i..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .map_or(line.len(), |n| i + n);
            let after = line[word_end..].trim_start();
            let before = line[..i].trim_end();
            if after.starts_with('=') && !before.ends_with(',') && !before.ends_with('{') {
                return Some(i);
            }
            i = word_end;
            continue;
        }
        i += 1;
    }
    None
}

/// A value inside an inline table, as written: text in quotes to its closing quote, else up to
/// the next `}`, `]`, space, or comma that is not between digits.
fn value_in_line(rest: &str) -> &str {
    let bytes = rest.as_bytes();
    if bytes.first().is_some_and(|b| *b == b'"' || *b == b'\'') {
        let end = rest[1..].find(['"', '\'']).map_or(rest.len(), |i| i + 2);
        return &rest[..end];
    }
    let mut end = 0;
    for (i, c) in rest.char_indices() {
        let digit_after = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if c == '}' || c == ']' || c.is_whitespace() || (c == ',' && !digit_after) {
            break;
        }
        end = i + c.len_utf8();
    }
    &rest[..end]
}

/// What the parser expected, as an author reads it.
fn expected_words(expected: &[String]) -> String {
    if expected.is_empty() {
        "see guide/README.md for how a guide is written".into()
    } else {
        expected
            .iter()
            .map(|x| format!("`{}`", x.trim_matches('`')))
            .collect::<Vec<_>>()
            .join(" or ")
    }
}

/// A value that is a number written with thousands separators ("2,550", "1,880").
pub fn grouped_number(value: &str) -> Option<String> {
    let mut parts = value.split(',');
    let head = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    (!rest.is_empty()
        && digits(head)
        && head.len() <= 3
        && rest.iter().all(|p| p.len() == 3 && digits(p)))
    .then(|| format!("{head}{}", rest.concat()))
}

/// The quotes a word processor puts in place of TOML's straight ones.
pub const CURLY_QUOTES: &[char] = &['“', '”', '„', '‘', '’', '«', '»'];

/// The text of `value` between curly quotes, if it is written in them.
pub fn in_curly_quotes(value: &str) -> Option<&str> {
    let inner = value.trim().trim_matches(CURLY_QUOTES);
    (value.trim().starts_with(CURLY_QUOTES) && inner.len() < value.trim().len()).then_some(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_come_in_file_order_with_their_kind() {
        let e = first_error("a = 53.2%\nb = [1, 2\nc = 3\n").unwrap();
        assert!((4..9).contains(&e.span.start), "in the first value: {e:?}");
        assert_eq!(e.open_list, None);
        let e = first_error("a = 1\nb = [1, 2\nc = 3\n").unwrap();
        assert_eq!(e.open_list, Some(10), "{e:?}");
        let e = first_error("[[sections.topics]\nid = \"x\"\n").unwrap();
        assert!(e.kind.contains("unclosed"), "{e:?}");
        assert!(first_error("a = \"ok\"\n[t]\nb = [1, 2]\n").is_none());
    }

    #[test]
    fn grouped_numbers_and_curly_quotes_are_recognised() {
        assert_eq!(grouped_number("2,550").as_deref(), Some("2550"));
        assert_eq!(grouped_number("1,000,000").as_deref(), Some("1000000"));
        assert_eq!(grouped_number("2,55"), None);
        assert_eq!(grouped_number("two"), None);
        assert_eq!(in_curly_quotes("“Alcohol”"), Some("Alcohol"));
        assert_eq!(in_curly_quotes("\"Alcohol\""), None);
    }

    /// The parser's fixed descriptions, as `syntax` hands them over.
    #[test]
    fn the_parsers_descriptions_are_read_as_their_kind() {
        let first = |src: &str| first_error(src).unwrap();
        let e = first("title");
        assert_eq!(Complaint::read(&e.kind, None), Complaint::KeyWithNoValue);
        let e = first("title = \"x\" more");
        assert_eq!(
            Complaint::read(&e.kind, None),
            Complaint::UnexpectedKeyOrValue
        );
        let e = first("title = What it does");
        assert_eq!(Complaint::read(&e.kind, None), Complaint::Unquoted);
        let e = first("[[sections]\nid = \"a\"");
        assert_eq!(Complaint::read(&e.kind, None), Complaint::UnclosedTable);
        let e = first("title = \"a \\q b\"");
        assert_eq!(Complaint::read(&e.kind, None), Complaint::BadEscape);
        let e = first("title = \"open\nnext = 1");
        let expected = e.expected.join(", ");
        assert_eq!(
            Complaint::read(&e.kind, Some(&expected)),
            Complaint::UnclosedText,
            "{e:?}"
        );
    }
}
