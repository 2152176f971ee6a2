//! A guide's tables as an author writes them: the names a guide has, a name misspelt
//! (`[[section]]`, `[sources]`), and a key written under the wrong table's header.

/// Table headers a guide has: a line like these inside a multi-line text means the text ran on
/// past where its author meant it to end.
pub const TABLES: &[&str] = &[
    "[guide]",
    "[[sources]]",
    "[[sections]]",
    "[[sections.topics]]",
    "[[sections.topics.figures]]",
    "[[sections.topics.related]]",
    "[[sections.topics.figures.events]]",
    "[[sections.topics.figures.bars]]",
    "[[sections.topics.figures.people]]",
    "[[glossary]]",
    "[synonyms]",
    "[[check_yourself]]",
];

/// A key that is not one of its table's but is one of another's: TOML gives a key to the table
/// whose header is the last one above it, so a key written below the wrong header lands there.
/// The message and the fix, for the key `key` at byte `at`.
pub fn wrong_table(src: &str, at: usize, key: &str) -> Option<(String, String)> {
    let before = &src[..at.min(src.len())];
    let (header_at, header) = before
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .chain([0])
        .filter_map(|start| {
            let line = src[start..].lines().next()?.trim();
            line.starts_with('[').then_some((start, line))
        })
        .filter(|(start, _)| *start < at)
        .max_by_key(|(start, _)| *start)?;
    let header = header.split('#').next().unwrap_or(header).trim();
    let owners: Vec<&str> = super::format::TABLE_KEYS
        .iter()
        .filter(|(table, keys)| *table != header && keys.contains(&key))
        .map(|(table, _)| *table)
        .collect();
    if owners.is_empty() {
        return None;
    }
    // The table above the header, when the key is one of its own and it does not have it yet,
    // is the one meant: the key belongs above the header.
    let above_at = src[..header_at.saturating_sub(1)]
        .rfind("\n[")
        .map_or(0, |i| i + 1);
    let above = src[above_at..]
        .lines()
        .next()
        .map(|l| l.split('#').next().unwrap_or(l).trim())
        .filter(|l| l.starts_with('['));
    let has_it = src[above_at..header_at].lines().any(|l| {
        l.trim_start()
            .strip_prefix(key)
            .is_some_and(|r| r.trim_start().starts_with('='))
    });
    let line = src[..header_at].matches('\n').count() + 1;
    if let Some(above) = above.filter(|a| owners.contains(a) && !has_it) {
        return Some((
            format!(
                "`{key}` is not a key of {header}: it is one of {above}'s. TOML gives a key to the table whose header is the last one above it"
            ),
            format!(
                "`{key}` above the header {header} on line {line}, among the keys of the {above} above it"
            ),
        ));
    }
    Some((
        format!(
            "`{key}` is not a key of {header}; it is a key of {}",
            owners.join(", ")
        ),
        format!(
            "remove it, or write it in the {} it belongs to",
            owners.join(" or ")
        ),
    ))
}

/// A table header line whose name a guide does not have (`[[section]]`), with where it is and
/// the name meant: the parser stops at the first name it cannot fit, often lines below.
pub fn unknown_table(src: &str) -> Option<(usize, String, Option<&'static str>)> {
    for (offset, t) in outside_texts(src) {
        if !t.starts_with('[') || !t.ends_with(']') || t.contains(':') || t.contains('|') {
            continue;
        }
        if TABLES.contains(&t) {
            continue;
        }
        let name = t.trim_matches(|c| c == '[' || c == ']').trim();
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        {
            continue;
        }
        let near = TABLES
            .iter()
            .copied()
            .map(|k| {
                let bare = k.trim_matches(|c| c == '[' || c == ']');
                // The same name in the other brackets ([sources] for [[sources]]) is the one.
                (strsim::damerau_levenshtein(name, bare), k)
            })
            .min_by_key(|(d, _)| *d)
            .filter(|(d, _)| *d <= 2)
            .map(|(_, k)| k);
        return Some((offset, t.to_string(), near));
    }
    None
}

/// The lines of `src` outside texts in """ (and not the lines that open or close one), each
/// trimmed, with where it starts.
fn outside_texts(src: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    let mut in_text = false;
    src.split_inclusive('\n').filter_map(move |line| {
        let here = at;
        at += line.len();
        if line.matches("\"\"\"").count() % 2 == 1 {
            in_text = !in_text;
            return None;
        }
        (!in_text).then(|| (here + (line.len() - line.trim_start().len()), line.trim()))
    })
}

/// A line without its comment.
fn uncommented(line: &str) -> &str {
    line.split('#').next().unwrap_or_default().trim()
}

/// The table header lines of `src` (outside texts in """), each with where it starts.
fn headers(src: &str) -> impl Iterator<Item = (usize, &str)> {
    outside_texts(src)
        .map(|(at, t)| (at, uncommented(t)))
        .filter(|(_, t)| t.starts_with('[') && t.ends_with(']'))
}

/// Keys written before any table header in a file with no `[guide]` header: the header was
/// left out, and these keys are its. Where the first of them starts.
pub fn guide_header_missing(src: &str) -> Option<usize> {
    if headers(src).any(|(_, t)| t == "[guide]") {
        return None;
    }
    let first_header = headers(src).next().map_or(src.len(), |(at, _)| at);
    outside_texts(src)
        .take_while(|(at, _)| *at < first_header)
        .find(|(_, t)| {
            let key = t
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(t.len());
            key > 0 && t[key..].trim_start().starts_with('=')
        })
        .map(|(at, _)| at)
}

/// A `[[sections.topics]]` written before the first `[[sections]]`: a topic belongs to the
/// section above it, and this one has none. Where its header starts.
pub fn topic_before_any_section(src: &str) -> Option<usize> {
    headers(src)
        .find(|(_, t)| t.starts_with("[[sections"))
        .filter(|(_, t)| *t != "[[sections]]")
        .map(|(at, _)| at)
}

/// The value of an `id = "..."` line (uncommented), without its quotes.
fn id_value(line: &str) -> Option<&str> {
    line.strip_prefix("id")
        .and_then(|r| r.trim_start().strip_prefix('='))
        .map(|v| v.trim().trim_matches('"'))
}

/// The id of the last topic whose `[[sections.topics]]` table starts before byte `at`.
pub fn topic_before(src: &str, at: usize) -> Option<String> {
    let (mut topic, mut reading) = (None::<String>, false);
    for (start, line) in outside_texts(src) {
        if start >= at {
            break;
        }
        let t = uncommented(line);
        if t.starts_with('[') {
            reading = t == "[[sections.topics]]";
            continue;
        }
        if reading && let Some(value) = id_value(t) {
            topic = Some(value.to_string());
            reading = false;
        }
    }
    topic
}

/// The topic whose `[[sections.topics.figures]]` table has this figure id, if any: a body that
/// places another topic's figure is told whose it is.
pub fn figure_owner(src: &str, figure: &str) -> Option<String> {
    let (mut topic, mut reading) = (None::<String>, None::<bool>);
    for (_, line) in outside_texts(src) {
        let t = uncommented(line);
        if t.starts_with('[') {
            // The next `id` is a topic's (true), a figure's (false), or nothing we want.
            reading = match t {
                "[[sections.topics]]" => Some(true),
                "[[sections.topics.figures]]" => Some(false),
                _ => None,
            };
            continue;
        }
        let Some(value) = id_value(t) else {
            continue;
        };
        match reading.take() {
            Some(true) => topic = Some(value.to_string()),
            Some(false) if value == figure => return topic,
            _ => {}
        }
    }
    None
}
