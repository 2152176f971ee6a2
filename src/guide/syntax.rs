//! A guide's TOML syntax read with the parser the `toml` crate is built on (`toml_parser`), for
//! its structured errors: each with its span, its kind (the parser's fixed description) and
//! what it expected (as data), every scalar and key decoded as `toml` would, and the brackets
//! still open where it happened. Errors come in file order, so the first mistake in the file
//! is the one an author hears about; `plain` then says it in an author's words with the fix.

use std::ops::Range;

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
    // A list left open: the parser stops at the next line; the missing `]` is the mistake.
    if let Some(open) = error.open_list {
        let n = line_number(open);
        return Said {
            message: format!("the list opened with [ on line {n} is not closed"),
            fix: format!("] after the list's last item, on line {n}"),
            span: open..open + 1,
            about_a_value: false,
        };
    }
    // A table's name with a bracket missing: "[[sections.topics]".
    if error.kind == "unclosed array table" || error.kind == "unclosed table" {
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
    let Some((key, value)) = line.split_once('=') else {
        return Said {
            message: error.kind.clone(),
            fix: expected_words(&error.expected),
            span: error.span.clone(),
            about_a_value: false,
        };
    };
    let key = key.trim();
    let value = value.split(" #").next().unwrap_or(value).trim();
    let value_at = line_start + line.find('=').unwrap_or(0) + 1;
    let value_at = value_at + src[value_at..].len() - src[value_at..].trim_start().len();
    let span = value_at..value_at + value.len();
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
    let number_key = super::plain::is_number_key(key);
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
    let rewritten = super::plain::rewrite(&error.kind, expected.as_deref(), Some(key), value)
        .or_else(|| {
            // A value that is no TOML value (a word, 53.2%): what the key takes, in quotes or not.
            let bad_value = error.kind.starts_with("invalid")
                || error.kind == "unexpected content"
                || error.kind == "string values must be quoted";
            bad_value.then(|| {
                super::plain::rewrite("string values must be quoted", None, Some(key), value)
            })?
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
}
