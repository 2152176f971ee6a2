//! What a guide holds that patients would see as it is written: Markdown, HTML tags, a
//! source's marker without its @, a starter's TODO stand-ins. Found for `lint`'s warnings.

use super::code::Code;
use super::diagnostic::Diagnostic;

/// A source's marker not written as one, as written: its id in brackets without its @
/// ("[pi]"), or with its @ in other brackets ("(@pi)", "{@pi}").
pub(super) fn bare_marker(text: &str, ids: &[&str]) -> Option<String> {
    ids.iter()
        .flat_map(|id| [format!("[{id}]"), format!("(@{id})"), format!("{{@{id}}}")])
        .find(|written| text.contains(written.as_str()))
}

/// An HTML tag ("<b>", "</p>", "<br/>", "<a href=...>"), as written.
fn html_tag(text: &str) -> Option<String> {
    let mut from = 0;
    while let Some(open) = text[from..].find('<').map(|i| from + i) {
        let rest = &text[open + 1..];
        let name = rest.strip_prefix('/').unwrap_or(rest);
        if name.starts_with(|c: char| c.is_ascii_alphabetic())
            && let Some(close) = rest.find('>')
            && close <= 60
            && !rest[..close].contains(['<', '\n'])
        {
            let tag = &name[..name
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(name.len())];
            if matches!(
                tag.to_ascii_lowercase().as_str(),
                "b" | "i"
                    | "u"
                    | "p"
                    | "br"
                    | "a"
                    | "em"
                    | "strong"
                    | "span"
                    | "div"
                    | "ul"
                    | "ol"
                    | "li"
                    | "h1"
                    | "h2"
                    | "h3"
                    | "sup"
                    | "sub"
                    | "font"
                    | "img"
            ) {
                return Some(text[open..open + 2 + close].to_string());
            }
        }
        from = open + 1;
    }
    None
}

pub(super) fn markdown(text: &str) -> Option<String> {
    if let Some(tag) = html_tag(text) {
        return Some(tag);
    }
    for line in text.lines() {
        let line = line.trim_start();
        if let Some(rest) = line.strip_prefix('#') {
            let rest = rest.trim_start_matches('#');
            if rest.starts_with(' ') {
                return Some(line.chars().take(30).collect());
            }
        }
    }
    for mark in ["**", "__", "`"] {
        if let Some(open) = text.find(mark) {
            let after = &text[open + mark.len()..];
            if let Some(close) = after.find(mark)
                && close > 0
                && !after[..close].contains('\n')
            {
                return Some(text[open..open + mark.len() * 2 + close].to_string());
            }
        }
    }
    // _italics_ or *italics*: a mark opening a word and one closing it.
    if let Some(found) = italics(text) {
        return Some(found);
    }
    // [words](target)
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| from + i) {
        let rest = &text[open..];
        if let Some(close) = rest.find("](")
            && let Some(end) = rest[close..].find(')')
            && !rest[1..close].contains(['[', '\n'])
        {
            return Some(rest[..close + end + 1].to_string());
        }
        from = open + 1;
    }
    None
}

/// Every piece of Markdown or HTML in `text`, in the order `markdown` finds them (at most 10).
pub(super) fn markdown_all(text: &str) -> Vec<String> {
    let mut rest = text.to_string();
    let mut out = Vec::new();
    while out.len() < 10
        && let Some(found) = markdown(&rest)
    {
        // Blanked out (same length), so the next search finds the next one; an HTML tag's
        // closing tag with it ("<b>month</b>" is one piece).
        rest = rest.replacen(&found, &" ".repeat(found.len()), 1);
        if let Some(name) = found.strip_prefix('<').filter(|n| !n.starts_with('/')) {
            let name: String = name
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            let close = format!("</{name}>");
            rest = rest.replacen(&close, &" ".repeat(close.len()), 1);
        }
        out.push(found);
    }
    out
}

/// Each line with a text still marked TODO (a starter's stand-in), outside comments.
pub(super) fn todos(path: &str, src: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in src.split_inclusive('\n') {
        if let Some(at) = line.find("TODO") {
            // A comment starts at a # with an even number of quotes before it.
            let comment = line
                .char_indices()
                .find(|&(i, c)| c == '#' && line[..i].matches('"').count() % 2 == 0)
                .map(|(i, _)| i);
            if comment.is_none_or(|c| at < c) {
                let end = line[at..]
                    .find(['"', '\''])
                    .map_or(line.trim_end().len(), |n| at + n);
                out.push(
                    Diagnostic::at(
                        path,
                        src,
                        start + at..start + end.max(at + 4),
                        "a text still marked TODO: a stand-in a patient must never read",
                    )
                    .expected("the real text, from the guide's sources")
                    .warning(Code::Todo),
                );
            }
        }
        start += line.len();
    }
    out
}

/// Markdown's italics as written: `_really_` or `*really*`, the mark against the word's first
/// and last letters, with a space or punctuation outside (never a snake_case id or 2 * 3).
fn italics(text: &str) -> Option<String> {
    for mark in ['_', '*'] {
        let mut from = 0;
        while let Some(open) = text[from..].find(mark).map(|i| from + i) {
            from = open + 1;
            let outside = text[..open].chars().next_back();
            if outside.is_some_and(char::is_alphanumeric) {
                continue;
            }
            let rest = &text[open + 1..];
            if !rest.chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let Some(close) = rest.find(mark) else { break };
            let inner = &rest[..close];
            let after = rest[close + 1..].chars().next();
            if !inner.contains('\n')
                && inner.chars().next_back().is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
            {
                return Some(text[open..open + close + 2].to_string());
            }
        }
    }
    None
}
