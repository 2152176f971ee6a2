//! Guides' headers without their bodies: the `[guide]` table alone, read from the start of each
//! file, for a list of many guides (the picker) before any guide is checked. And the catalogue:
//! the headers of a folder's checked guides, kept between runs so that a folder of a thousand
//! guides costs one small file before the first frame, not a thousand (see ARCHITECTURE.md,
//! "Start-up").

use std::io::Read;
use std::path::{Path, PathBuf};

use super::diagnostic::Diagnostic;
use super::load::MAX_GUIDE_BYTES;
use super::model::{Header, Words};
use crate::text::fold_cmp;

/// How much of a file is read first for its header; the whole file only when the `[guide]`
/// table does not end within it.
const FIRST_READ: usize = 8 * 1024;

/// The `[guide]` table's fields a header needs; every other key is left for the full check.
#[derive(serde::Deserialize)]
struct HeaderFile {
    guide: HeaderTable,
}

#[derive(serde::Deserialize)]
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

/// The header of a guide's text, or None when its `[guide]` table cannot be read (the full
/// check says why, at its place).
pub fn of_text(origin: &str, text: &str) -> Option<Header> {
    let parsed = table_text(text)
        .and_then(|t| toml::from_str::<HeaderFile>(t).ok())
        .or_else(|| toml::from_str::<HeaderFile>(text).ok())?;
    let g = parsed.guide;
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
/// and accents.
pub fn list_order(a: &Header, b: &Header) -> std::cmp::Ordering {
    fold_cmp(a.group(), b.group()).then_with(|| fold_cmp(&a.title, &b.title))
}

/// The list of guides: one per medicine, in `lang` where it has a translation (else as
/// written), in `list_order`, leaving out those `left_out` says; indexes into `headers`.
pub fn listing(
    headers: &[Header],
    lang: crate::i18n::Lang,
    left_out: impl Fn(&Header) -> bool,
) -> Vec<usize> {
    // Each medicine's place in `out`.
    let mut roots: foldhash::HashMap<&str, usize> =
        foldhash::HashMap::with_capacity_and_hasher(headers.len(), Default::default());
    let mut out: Vec<usize> = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        if left_out(h) {
            continue;
        }
        match roots.get(h.root()) {
            // The medicine is listed: its guide in the patient's language replaces another.
            Some(&at) => {
                if headers[out[at]].lang() != lang && h.lang() == lang {
                    out[at] = i;
                }
            }
            None => {
                roots.insert(h.root(), out.len());
                out.push(i);
            }
        }
    }
    out.sort_by(|&a, &b| list_order(&headers[a], &headers[b]));
    out
}

/// A library's headers as the first frame takes them: with their listing (`listing`, in that
/// language), when it was made already to find the guide to open first.
#[derive(Debug, Default)]
pub struct Catalogue {
    pub headers: Vec<Header>,
    pub listed: Option<(crate::i18n::Lang, Vec<usize>)>,
}

/// The first line of a catalogue file: a catalogue of another form is not read.
const CATALOGUE_FIRST_LINE: &str = "patient-guide catalogue 2";

/// Where the catalogue of a folder of guides is kept: under `$XDG_CACHE_HOME` (or
/// `~/.cache`), `patient-guide/`, named by a hash of the folder's path. None: no such place.
pub fn catalogue_file(folder: &Path, env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let base = env("XDG_CACHE_HOME")
        .filter(|v| v.starts_with('/'))
        .map(PathBuf::from)
        .or_else(|| {
            env("HOME")
                .filter(|v| v.starts_with('/'))
                .map(|h| Path::new(&h).join(".cache"))
        })?;
    let key = folder_key(folder);
    // FNV-1a: stable across versions and builds, which std's hasher is not.
    let hash = super::fnv::add(super::fnv::EMPTY, key.as_bytes());
    Some(
        base.join("patient-guide")
            .join(format!("catalogue-{hash:016x}.txt")),
    )
}

fn folder_key(folder: &Path) -> String {
    std::fs::canonicalize(folder)
        .unwrap_or_else(|_| folder.to_path_buf())
        .display()
        .to_string()
}

/// The kept catalogue of `folder`, if there is one for it. Its headers may be out of date: the
/// folder is read whole after the first frame, and nothing is shown from a header alone.
///
/// The file (`keep`): a first line naming its form, the folder (escaped), the number of
/// headers, then a line for each header: the nine fields' lengths in bytes, each followed by a
/// space, then the nine fields one after another. Nothing in a field is escaped, and reading a
/// header back searches for nothing: it is cut where the lengths say.
pub fn cached(folder: &Path, file: &Path) -> Option<Vec<Header>> {
    let (count, lines) = kept_text(folder, file)?;
    parse_kept(folder, count, lines)
}

/// The number of headers in `folder`'s kept catalogue, and its text after its first three
/// lines, once they say it is a catalogue of this form and of this folder. Read once a run,
/// and kept for it: the headers borrow their words from it.
fn kept_text(folder: &Path, file: &Path) -> Option<(usize, &'static str)> {
    let meta = std::fs::metadata(file).ok()?;
    if !meta.is_file() || meta.len() > MAX_GUIDE_BYTES {
        return None;
    }
    split_kept(folder, std::fs::read_to_string(file).ok()?.leak())
}

/// A kept catalogue's text (as `catalogue_text` writes it), split into the number of headers
/// and their lines, when it is of this form and of this folder.
fn split_kept(folder: &Path, text: &'static str) -> Option<(usize, &'static str)> {
    let (first, rest) = text.split_once('\n')?;
    let (second, rest) = rest.split_once('\n')?;
    let (count, rest) = rest.split_once('\n')?;
    let ours = first == CATALOGUE_FIRST_LINE && second == escape(&folder_key(folder));
    Some((count.parse().ok()?, rest)).filter(|_| ours)
}

/// The `count` headers in a kept catalogue's lines (`kept_text`). None: a line is not as
/// `keep` writes it, or there are more or fewer.
fn parse_kept(folder: &Path, count: usize, lines: &'static str) -> Option<Vec<Header>> {
    let folder = Folder::of(folder);
    // No more headers than there is room for (a line takes at least nine one-digit lengths,
    // each with its space, and a line end): a damaged count asks for no more memory than that.
    let mut headers = Vec::with_capacity(count.min(lines.len() / 19));
    let bytes = lines.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let mut fields: [&'static str; 9] = [""; 9];
        let mut end = at;
        // The lengths first (each up to seven digits, then a space); the fields follow them.
        let mut lengths = [0usize; 9];
        for length in &mut lengths {
            let start = end;
            while let Some(&d) = bytes.get(end).filter(|d| d.is_ascii_digit()) {
                if end - start == 7 {
                    return None;
                }
                *length = *length * 10 + usize::from(d - b'0');
                end += 1;
            }
            if end == start || bytes.get(end) != Some(&b' ') {
                return None;
            }
            end += 1;
        }
        for (field, length) in fields.iter_mut().zip(lengths) {
            *field = lines.get(end..end + length)?;
            end += length;
        }
        if bytes.get(end) != Some(&b'\n') {
            return None;
        }
        headers.push(kept_header(&folder, fields));
        at = end + 1;
    }
    (headers.len() == count).then_some(headers)
}

/// A folder of guides as this run names it.
struct Folder {
    shown: String,
    slash: &'static str,
}

impl Folder {
    fn of(folder: &Path) -> Folder {
        let shown = folder.display().to_string();
        let slash = if shown.ends_with('/') { "" } else { "/" };
        Folder { shown, slash }
    }

    /// A guide's file as kept, as the folder was named then; this run may name it another way
    /// ("guides", "./guides").
    fn origin(&self, kept: Words) -> Words {
        let same = kept
            .strip_prefix(self.shown.as_str())
            .and_then(|rest| rest.strip_prefix(self.slash))
            .is_some_and(|name| memchr::memchr(b'/', name.as_bytes()).is_none());
        if same {
            return kept;
        }
        let name = kept.rsplit('/').next().unwrap_or_default();
        Words::Owned(format!("{}{}{name}", self.shown, self.slash))
    }
}

/// The header in one line of a kept catalogue, its words borrowed from it.
fn kept_header(folder: &Folder, fields: [&'static str; 9]) -> Header {
    let optional = |v: &'static str| Some(Words::Borrowed(v)).filter(|w| !w.is_empty());
    let [
        origin,
        id,
        title,
        generic_name,
        condition,
        category,
        language,
        translates,
        reviewed,
    ] = fields;
    Header {
        origin: folder.origin(Words::Borrowed(origin)),
        id: Words::Borrowed(id),
        title: Words::Borrowed(title),
        generic_name: Words::Borrowed(generic_name),
        condition: Words::Borrowed(condition),
        category: optional(category),
        language: Words::Borrowed(language),
        translates: optional(translates),
        last_reviewed: Words::Borrowed(reviewed),
    }
}

/// Keeps the headers of `folder`'s checked guides for the next start, one line each, in the
/// order the guides window lists them (by category, then title), so that listing them again
/// costs little. Best effort: a cache that cannot be written only makes the next start slower.
pub fn keep(folder: &Path, file: &Path, headers: &[Header]) {
    let text = catalogue_text(folder, headers);
    if std::fs::read_to_string(file).is_ok_and(|old| old == text) {
        return;
    }
    if let Some(parent) = file.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let _ = crate::file::write_whole(file, &text);
}

/// The text of a kept catalogue of `headers` (see `cached`), in the order of the list.
fn catalogue_text(folder: &Path, headers: &[Header]) -> String {
    use std::fmt::Write;
    let mut sorted: Vec<&Header> = headers.iter().collect();
    sorted.sort_by(|a, b| list_order(a, b));
    let mut text = format!(
        "{CATALOGUE_FIRST_LINE}\n{}\n{}\n",
        escape(&folder_key(folder)),
        sorted.len()
    );
    for h in sorted {
        let fields = [
            h.origin.as_ref(),
            &h.id,
            &h.title,
            &h.generic_name,
            &h.condition,
            h.category.as_deref().unwrap_or_default(),
            &h.language,
            h.translates.as_deref().unwrap_or_default(),
            &h.last_reviewed,
        ];
        for field in fields {
            let _ = write!(text, "{} ", field.len());
        }
        fields.iter().for_each(|field| text.push_str(field));
        text.push('\n');
    }
    text
}

/// The folder's name on one line: backslashes and line ends written as `\\`, `\n`, `\r` (and
/// tabs as `\t`), so that two folders are never written the same.
fn escape(field: &str) -> String {
    if !field.contains(['\\', '\t', '\n', '\r']) {
        return field.to_string();
    }
    field
        .replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUIDE: &str = "# a comment\n[guide]\nid = \"zorvex\"\ntitle = \"Zorvex (talimumab)\"\n\
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
    }

    #[test]
    fn the_catalogue_is_kept_per_folder_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("guides");
        std::fs::create_dir(&folder).unwrap();
        let env = |v: &str| (v == "XDG_CACHE_HOME").then(|| dir.path().display().to_string());
        let file = catalogue_file(&folder, env).unwrap();
        assert!(cached(&folder, &file).is_none());
        let origin = folder.join("z.toml").display().to_string();
        let h = of_text(&origin, GUIDE).unwrap();
        keep(&folder, &file, std::slice::from_ref(&h));
        assert_eq!(cached(&folder, &file), Some(vec![h]));
        // Another folder's catalogue is another file, and this one is not read for it.
        let other = dir.path().join("other");
        std::fs::create_dir(&other).unwrap();
        assert_ne!(catalogue_file(&other, env).unwrap(), file);
        assert!(cached(&other, &file).is_none());
    }

    #[test]
    fn a_catalogue_of_many_guides_reads_back_as_kept() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("guides");
        std::fs::create_dir(&folder).unwrap();
        let file = dir.path().join("catalogue.txt");
        let header = |i: usize, title: &str| {
            let mut h = of_text(
                &folder.join(format!("g{i}.toml")).display().to_string(),
                GUIDE,
            )
            .unwrap();
            h.id = format!("g{i}").into();
            h.title = title.to_string().into();
            h
        };
        // Plain lines around one whose title has a tab, a backslash and a line end in it, one
        // with a title not in ASCII, and one without a category.
        let mut headers = vec![
            header(1, "Alpha"),
            header(2, "Beta\twith\\odd\nbits"),
            header(3, "Gamma"),
            header(4, "Guía del paciente"),
        ];
        headers[2].category = None;
        keep(&folder, &file, &headers);
        let mut read = cached(&folder, &file).unwrap();
        read.sort_by(|a, b| a.id.cmp(&b.id));
        assert_eq!(read, headers);
        let (count, lines) = kept_text(&folder, &file).unwrap();
        assert_eq!(count, 4);
        assert_eq!(parse_kept(&folder, count, lines).unwrap().len(), 4);
        // Damaged: a count that does not match; the last line cut short, or without its line
        // end; a length that is not a number, has too many digits, runs past the end, is one
        // too long, has no space after it, or cuts a character in two. Not used.
        let damaged = |text: &str| parse_kept(&folder, count, text.to_string().leak()).is_none();
        assert!(parse_kept(&folder, count + 1, lines).is_none());
        assert!(parse_kept(&folder, count - 1, lines).is_none());
        assert!(damaged(&lines[..lines.len() - 5]));
        assert!(damaged(lines.trim_end_matches('\n')));
        let last = lines[..lines.len() - 1].rfind('\n').unwrap() + 1;
        let (before, line) = lines.split_at(last);
        let lengths = line.split(' ').take(9).collect::<Vec<_>>().join(" ") + " ";
        let fields = &line[lengths.len()..];
        assert!(line.starts_with(&lengths));
        let with = |l: &str| format!("{before}{l}{fields}");
        assert!(!damaged(&with(&lengths)), "the line as it is reads");
        let first = lengths.split(' ').next().unwrap();
        let rest = &lengths[first.len()..];
        assert!(damaged(&with(&format!("x{rest}"))));
        assert!(damaged(&with(&format!("99999{rest}"))));
        assert!(damaged(&with(&format!("{}{rest}", "9".repeat(40)))));
        assert!(damaged(&with(&format!(
            "{}{rest}",
            first.parse::<usize>().unwrap() + 1
        ))));
        assert!(damaged(&with(&lengths[..lengths.rfind(' ').unwrap()])));
        // A title of "Guía": 5 bytes, cut after the "í"'s first byte.
        let guia = "6 2 5 1 1 0 2 0 1 o.tomlidGuíaabenx\n";
        assert!(parse_kept(&folder, 1, guia.to_string().leak()).is_some());
        let cut = "6 2 3 1 1 0 2 0 1 o.tomlidGuíaabenx\n";
        assert!(parse_kept(&folder, 1, cut.to_string().leak()).is_none());
    }

    proptest::proptest! {
        /// Any headers (words with tabs, line ends, spaces, digits, backslashes, letters of any
        /// script; categories and translations present or not) read back as they were kept,
        /// in the list's order; and the text cut short anywhere in its lines is never read.
        #[test]
        fn a_kept_catalogue_reads_back_as_kept_and_never_when_cut_short(
            words in proptest::collection::vec(
                ("[a-z]{1,6}", "[ -~\t\néñ漢]{0,12}", "[ -~\t\néñ0-9]{0,8}",
                 proptest::option::of("[a-zA-Zé ]{1,8}"), proptest::option::of("[a-z]{1,6}")),
                0..6,
            ),
            cut in 0usize..10_000,
        ) {
            let folder = Path::new("/guides");
            let headers: Vec<Header> = words
                .into_iter()
                .enumerate()
                .map(|(i, (id, title, condition, category, translates))| Header {
                    origin: format!("/guides/g{i}.toml").into(),
                    id: id.into(),
                    title: title.into(),
                    generic_name: "x".into(),
                    condition: condition.into(),
                    category: category.map(Into::into),
                    language: "en".into(),
                    translates: translates.map(Into::into),
                    last_reviewed: "2026-01-02".into(),
                })
                .collect();
            let text: &'static str = catalogue_text(folder, &headers).leak();
            let (count, lines) = split_kept(folder, text).expect("ours");
            let mut listed: Vec<&Header> = headers.iter().collect();
            listed.sort_by(|a, b| list_order(a, b));
            let read = parse_kept(folder, count, lines).expect("read back");
            proptest::prop_assert_eq!(read.iter().collect::<Vec<_>>(), listed);
            if !lines.is_empty() {
                let cut = cut % lines.len();
                if lines.is_char_boundary(cut) {
                    proptest::prop_assert!(parse_kept(folder, count, &lines[..cut]).is_none());
                }
            }
        }
    }

    #[test]
    fn two_folders_are_never_written_the_same() {
        let names = [
            "plain",
            "a\tb",
            "two\nlines",
            "back\\slash\\t",
            "back\\slash\t",
            "",
        ];
        for (i, a) in names.iter().enumerate() {
            assert!(!escape(a).contains(['\t', '\n', '\r']));
            for b in &names[i + 1..] {
                assert_ne!(escape(a), escape(b), "{a:?} {b:?}");
            }
        }
    }
}
