//! What is written around a place a mistake was told at: the key and value on its line, the
//! list an item belongs to, a key written a second time. For words about a mistake only.

use std::ops::Range;

/// Where `key` is written again after `span`, in the same table (before the next header).
pub(super) fn second_writing(src: &str, span: Range<usize>, key: &str) -> Option<Range<usize>> {
    let from = src[span.end.min(src.len())..]
        .find('\n')
        .map(|i| span.end + i + 1)?;
    let mut at = from;
    for line in src[from..].split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            return None;
        }
        if let Some(rest) = trimmed.strip_prefix(key)
            && rest.trim_start().starts_with('=')
        {
            let start = at + (line.len() - trimmed.len());
            return Some(start..start + key.len());
        }
        at += line.len();
    }
    None
}

/// The key of the list that is open at `at` (`events = [` on a line above), for an item written
/// on a line of its own. Brackets in text in quotes are not counted: a guess for words only.
pub(super) fn list_key(src: &str, at: usize) -> Option<String> {
    let mut depth = 0usize;
    let before = &src[..at.min(src.len())];
    for (i, c) in before.char_indices().rev() {
        match c {
            ']' => depth += 1,
            '[' if depth > 0 => depth -= 1,
            '[' => {
                let line_start = before[..i].rfind('\n').map_or(0, |n| n + 1);
                let key = before[line_start..i].trim().strip_suffix('=')?.trim();
                let plain = !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
                return plain.then(|| key.to_string());
            }
            _ => {}
        }
    }
    None
}

/// The key and the value written on the line where `span` starts (`key = value`), for words
/// about them.
pub(super) fn key_and_value(src: &str, span: Range<usize>) -> (Option<String>, String) {
    let start = src[..span.start.min(src.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line = src[start..].lines().next().unwrap_or_default();
    // In a table on one line ({ at = 3, skip = "yes" }), the key and value the span is at.
    let col = span.start.saturating_sub(start).min(line.len());
    if line.is_char_boundary(col)
        && line[..col].contains('{')
        && let Some(eq) = line[..col].rfind('=')
    {
        let key = line[..eq]
            .rsplit(['{', ','])
            .next()
            .unwrap_or_default()
            .trim();
        let end = span.end.saturating_sub(start).clamp(col, line.len());
        let value = line.get(col..end).unwrap_or_default().trim();
        return (
            (!key.is_empty()).then(|| key.to_string()),
            value.to_string(),
        );
    }
    match line.split_once('=') {
        Some((k, v)) => {
            let k = k.trim();
            let key = (!k.is_empty() && !k.starts_with('[')).then(|| k.to_string());
            // The value up to a comment.
            let v = v.split(" #").next().unwrap_or(v).trim();
            (key, v.to_string())
        }
        None => (None, line.trim().to_string()),
    }
}
