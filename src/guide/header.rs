//! Guides' headers without their bodies: the `[guide]` table alone, read from the start of each
//! file, for a list of many guides (the picker) before any guide is checked; and the order in
//! which the guides window lists them. A folder's headers are kept between runs by
//! `catalogue.rs`.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::diagnostic::Diagnostic;
use super::load::MAX_GUIDE_BYTES;
use super::model::Header;
use crate::text::fold_cmp;

/// How much of a file is read first for its header; the whole file only when the `[guide]`
/// table does not end within it.
const FIRST_READ: usize = 8 * 1024;

/// The `[guide]` table's fields a header needs; every other key is left for the full check.
struct HeaderTable {
    id: String,
    title: String,
    generic_name: String,
    condition: String,
    language: String,
    category: Option<String>,
    translates: Option<String>,
    last_reviewed: toml::value::Datetime,
}

impl HeaderTable {
    /// The fields from a TOML text's `[guide]` table; None when one it must have is missing,
    /// or any is of another kind (the full check says which).
    fn read(text: &str) -> Option<Self> {
        let root = toml::de::DeTable::parse(text).ok()?;
        let guide = root.get_ref().get("guide")?.get_ref().as_table()?;
        let field = |key: &str| guide.get(key).map(|v| v.get_ref());
        let text = |key: &str| field(key)?.as_str().map(str::to_string);
        // Left out, it is none; written, it must be text.
        let optional = |key: &str| match field(key) {
            None => Some(None),
            Some(v) => v.as_str().map(|s| Some(s.to_string())),
        };
        Some(Self {
            id: text("id")?,
            title: text("title")?,
            generic_name: text("generic_name")?,
            condition: text("condition")?,
            language: text("language")?,
            category: optional("category")?,
            translates: optional("translates")?,
            last_reviewed: *field("last_reviewed")?.as_datetime()?,
        })
    }
}

/// The header of a guide's text, or None when its `[guide]` table cannot be read (the full
/// check says why, at its place).
pub fn of_text(origin: &str, text: &str) -> Option<Header> {
    let g = table_text(text)
        .and_then(HeaderTable::read)
        .or_else(|| HeaderTable::read(text))?;
    Some(Header {
        origin: origin.to_string().into(),
        id: g.id.into(),
        title: g.title.into(),
        generic_name: g.generic_name.into(),
        condition: g.condition.into(),
        category: g.category.map(Into::into),
        language: g.language.into(),
        translates: g.translates.map(Into::into),
        last_reviewed: g.last_reviewed.to_string().into(),
    })
}

/// The `[guide]` table's text, from its line to the next table's, when the table ends in
/// `text` (a table header inside a multi-line string does not end it).
fn table_text(text: &str) -> Option<&str> {
    let start = text
        .lines()
        .scan(0, |at, line| {
            let here = *at;
            *at += line.len() + 1;
            Some((here, line))
        })
        .find(|(_, line)| line.trim() == "[guide]")?
        .0;
    let rest = &text[start..];
    let mut in_string = false;
    let mut at = 0;
    for (n, line) in rest.split_inclusive('\n').enumerate() {
        if n > 0 && !in_string && line.trim_start().starts_with('[') {
            return Some(&rest[..at]);
        }
        // A line with an odd number of triple quotes opens or closes a multi-line string.
        let quotes = line.matches("\"\"\"").count() + line.matches("'''").count();
        if quotes % 2 == 1 {
            in_string = !in_string;
        }
        at += line.len();
    }
    None
}

/// A file's header: the first part of the file, or all of it when the table goes on.
pub fn read(path: &Path) -> Result<Header, Diagnostic> {
    let shown = path.display().to_string();
    let unreadable = || {
        Diagnostic::file(&shown, format!("`{shown}` has no readable [guide] table"))
            .expected("a guide file (`patient-guide check` names the problem)")
    };
    let meta = std::fs::metadata(path)
        .map_err(|e| Diagnostic::file(&shown, format!("cannot open `{shown}`: {e}")))?;
    if !meta.is_file() || meta.len() > MAX_GUIDE_BYTES {
        return Err(unreadable());
    }
    let mut first = vec![0; FIRST_READ];
    let mut file = std::fs::File::open(path)
        .map_err(|e| Diagnostic::file(&shown, format!("cannot open `{shown}`: {e}")))?;
    let mut got = 0;
    while got < first.len() {
        match file.read(&mut first[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) => {
                return Err(Diagnostic::file(
                    &shown,
                    format!("cannot read `{shown}`: {e}"),
                ));
            }
        }
    }
    first.truncate(got);
    // A multi-byte letter cut at the end of the first part is not an error.
    let text = match std::str::from_utf8(&first) {
        Ok(t) => t,
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&first[..e.valid_up_to()]).map_err(|_| unreadable())?
        }
        Err(_) => return Err(unreadable()),
    };
    if table_text(text).is_some() {
        return of_text(&shown, text).ok_or_else(unreadable);
    }
    let whole = super::load::read_text(path, meta.len())?;
    of_text(&shown, &whole).ok_or_else(unreadable)
}

/// The headers of a folder's `*.toml` files, in file-name order, read on every core; and a
/// problem for each file whose header cannot be read.
pub fn read_dir(dir: &Path) -> (Vec<Header>, Vec<Diagnostic>) {
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect(),
        Err(e) => {
            let shown = dir.display().to_string();
            return (
                Vec::new(),
                vec![Diagnostic::file(
                    &shown,
                    format!("cannot list directory `{shown}`: {e}"),
                )],
            );
        }
    };
    paths.sort();
    let results = super::load::on_every_core(&paths, |p| read(p));
    let mut headers = Vec::new();
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok(h) => headers.push(h),
            Err(d) => problems.push(d),
        }
    }
    (headers, problems)
}

/// The order of the list of guides: by category (else condition), then title, ignoring case
/// and accents; then by file, so that no two guides of a folder rank the same and a kept
/// catalogue's order is the listing's (`cached`).
pub fn list_order(a: &Header, b: &Header) -> std::cmp::Ordering {
    fold_cmp(a.group(), b.group())
        .then_with(|| fold_cmp(&a.title, &b.title))
        .then_with(|| a.origin.cmp(&b.origin))
}

/// The list of guides: one per medicine, in `lang` where it has a translation (else as
/// written), in `list_order`, leaving out those `left_out` says; indexes into `headers`.
pub fn listing(
    headers: &[Header],
    lang: crate::i18n::Lang,
    left_out: impl Fn(&Header) -> bool,
) -> Vec<usize> {
    let mut out = chosen(headers, lang, left_out);
    out.sort_by(|&a, &b| list_order(&headers[a], &headers[b]));
    out
}

/// The guides `listing` lists, in no particular order: the first of each medicine's guides,
/// or a later one in `lang` where the first is not.
pub(super) fn chosen<H: std::borrow::Borrow<Header>>(
    headers: &[H],
    lang: crate::i18n::Lang,
    left_out: impl Fn(&Header) -> bool,
) -> Vec<usize> {
    // Each medicine's place in `out`.
    let mut roots: foldhash::HashMap<&str, usize> =
        foldhash::HashMap::with_capacity_and_hasher(headers.len(), Default::default());
    let mut out: Vec<usize> = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let h: &Header = h.borrow();
        if left_out(h) {
            continue;
        }
        match roots.get(h.root()) {
            // The medicine is listed: its guide in the patient's language replaces another.
            Some(&at) => {
                if headers[out[at]].borrow().lang() != lang && h.lang() == lang {
                    out[at] = i;
                }
            }
            None => {
                roots.insert(h.root(), out.len());
                out.push(i);
            }
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const GUIDE: &str = "# a comment\n[guide]\nid = \"zorvex\"\ntitle = \"Zorvex (talimumab)\"\n\
        generic_name = \"talimumab\"\ncondition = \"asthma\"\ncategory = \"Lungs\"\nlanguage = \"en\"\n\
        last_reviewed = 2026-01-02\ndisclaimer = \"\"\"\n[not a table]\nEducation only.\"\"\"\n\n\
        [[sources]]\nid = \"pi\"\n";

    #[test]
    fn a_header_is_read_from_the_guide_table_alone() {
        let h = of_text("z.toml", GUIDE).unwrap();
        assert_eq!(h.id, "zorvex");
        assert_eq!(h.group(), "Lungs");
        assert_eq!(h.last_reviewed, "2026-01-02");
        assert_eq!(h.root(), "zorvex");
        let table = table_text(GUIDE).unwrap();
        assert!(table.contains("[not a table]") && !table.contains("[[sources]]"));
    }

    #[test]
    fn a_header_missing_a_field_is_not_read() {
        assert!(of_text("z.toml", &GUIDE.replace("condition = \"asthma\"\n", "")).is_none());
        assert!(of_text("z.toml", "not toml at all [").is_none());
        // A key it may leave out, written as another kind of value; a date in quotes.
        assert!(of_text("z.toml", &GUIDE.replace("\"Lungs\"", "5")).is_none());
        assert!(of_text("z.toml", &GUIDE.replace("2026-01-02", "\"2026-01-02\"")).is_none());
        let no_category = of_text("z.toml", &GUIDE.replace("category = \"Lungs\"\n", ""));
        assert_eq!(no_category.unwrap().category, None);
    }
}
