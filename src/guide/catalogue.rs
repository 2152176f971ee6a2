//! The catalogue of a folder of guides: its checked guides' headers, kept between runs with
//! their listing in each language, so that a folder of a thousand guides costs one small file
//! before the first frame, not a thousand (see ARCHITECTURE.md, "Start-up").

use std::path::{Path, PathBuf};

use super::header::{chosen, list_order};
use super::load::MAX_GUIDE_BYTES;
use super::model::{Header, Words};

/// A library's headers as the first frame takes them: with their listing (`listing`, in that
/// language), when it was made already to find the guide to open first.
#[derive(Debug, Default)]
pub struct Catalogue {
    pub headers: Vec<Header>,
    pub listed: Option<(crate::i18n::Lang, Vec<usize>)>,
}

/// The first line of a catalogue file: a catalogue of another form is not read.
const CATALOGUE_FIRST_LINE: &str = "patient-guide catalogue 3";

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

/// The kept catalogue of `folder`, if there is one for it, with its listing in `lang`. Its
/// headers may be out of date: the folder is read whole after the first frame, and nothing is
/// shown from a header alone.
///
/// The file (`keep`): a first line naming its form, the folder (escaped), the number of
/// headers, then a line for each header, in `list_order`: the languages it is listed in (a
/// number, bit `n` for `Lang::ALL[n]`) and the nine fields' lengths in bytes, each followed by a
/// space, then the nine fields one after another. Nothing in a field is escaped, and reading a
/// header back searches for nothing: it is cut where the lengths say. The listing is the
/// headers marked for `lang`, in the file's order: neither sorted nor sifted again.
pub fn cached(folder: &Path, file: &Path, lang: crate::i18n::Lang) -> Option<Catalogue> {
    let (count, lines) = kept_text(folder, file)?;
    let (headers, listed) = parse_kept(folder, count, lines, lang)?;
    Some(Catalogue {
        headers,
        listed: Some((lang, listed)),
    })
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

/// The `count` headers in a kept catalogue's lines (`kept_text`), and those listed in `lang`.
/// None: a line is not as `keep` writes it, or there are more or fewer.
fn parse_kept(
    folder: &Path,
    count: usize,
    lines: &'static str,
    lang: crate::i18n::Lang,
) -> Option<(Vec<Header>, Vec<usize>)> {
    let folder = Folder::of(folder);
    let bit = 1 << lang_index(lang);
    // No more headers than there is room for (a line takes at least ten one-digit numbers,
    // each with its space, and a line end): a damaged count asks for no more memory than that.
    let mut headers = Vec::with_capacity(count.min(lines.len() / 21));
    let mut listed = Vec::with_capacity(count.min(lines.len() / 21));
    let bytes = lines.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let mut fields: [&'static str; 9] = [""; 9];
        let mut end = at;
        // The numbers first (the languages, then the lengths; each up to seven digits, then a
        // space); the fields follow them.
        let mut numbers = [0usize; 10];
        for number in &mut numbers {
            let start = end;
            while let Some(&d) = bytes.get(end).filter(|d| d.is_ascii_digit()) {
                if end - start == 7 {
                    return None;
                }
                *number = *number * 10 + usize::from(d - b'0');
                end += 1;
            }
            if end == start || bytes.get(end) != Some(&b' ') {
                return None;
            }
            end += 1;
        }
        let [languages, lengths @ ..] = numbers;
        for (field, length) in fields.iter_mut().zip(lengths) {
            *field = lines.get(end..end + length)?;
            end += length;
        }
        if bytes.get(end) != Some(&b'\n') {
            return None;
        }
        if languages & bit != 0 {
            listed.push(headers.len());
        }
        headers.push(kept_header(&folder, fields));
        at = end + 1;
    }
    (headers.len() == count).then_some((headers, listed))
}

/// A language's place in `Lang::ALL`: its bit in a kept catalogue.
fn lang_index(lang: crate::i18n::Lang) -> usize {
    crate::i18n::Lang::ALL
        .iter()
        .position(|&l| l == lang)
        .unwrap_or_default()
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

/// The text of a kept catalogue of `headers` (see `cached`), in the order of the list, each
/// marked with the languages it is listed in.
fn catalogue_text(folder: &Path, headers: &[Header]) -> String {
    use std::fmt::Write;
    let mut sorted: Vec<&Header> = headers.iter().collect();
    sorted.sort_by(|a, b| list_order(a, b));
    // The same guides `listing` lists in each language: the order is the file's already.
    let mut languages = vec![0usize; sorted.len()];
    for lang in crate::i18n::Lang::ALL {
        for i in chosen(&sorted, lang, |_| false) {
            languages[i] |= 1 << lang_index(lang);
        }
    }
    let mut text = format!(
        "{CATALOGUE_FIRST_LINE}\n{}\n{}\n",
        escape(&folder_key(folder)),
        sorted.len()
    );
    for (h, languages) in sorted.into_iter().zip(languages) {
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
        let _ = write!(text, "{languages} ");
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
    use crate::guide::header::listing;
    use crate::guide::header::of_text;
    use crate::guide::header::tests::GUIDE;
    use crate::i18n::Lang;

    /// The headers of a kept catalogue, without its listing.
    fn kept_headers(folder: &Path, file: &Path) -> Option<Vec<Header>> {
        cached(folder, file, Lang::En).map(|c| c.headers)
    }

    /// The lines of a kept catalogue read, in English: None when they are not read.
    fn parsed(folder: &Path, count: usize, lines: &'static str) -> Option<Vec<Header>> {
        parse_kept(folder, count, lines, Lang::En).map(|(headers, _)| headers)
    }

    #[test]
    fn the_catalogue_is_kept_per_folder_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("guides");
        std::fs::create_dir(&folder).unwrap();
        let env = |v: &str| (v == "XDG_CACHE_HOME").then(|| dir.path().display().to_string());
        let file = catalogue_file(&folder, env).unwrap();
        assert!(kept_headers(&folder, &file).is_none());
        let origin = folder.join("z.toml").display().to_string();
        let h = of_text(&origin, GUIDE).unwrap();
        keep(&folder, &file, std::slice::from_ref(&h));
        assert_eq!(kept_headers(&folder, &file), Some(vec![h]));
        // Another folder's catalogue is another file, and this one is not read for it.
        let other = dir.path().join("other");
        std::fs::create_dir(&other).unwrap();
        assert_ne!(catalogue_file(&other, env).unwrap(), file);
        assert!(kept_headers(&other, &file).is_none());
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
        let mut read = kept_headers(&folder, &file).unwrap();
        read.sort_by(|a, b| a.id.cmp(&b.id));
        assert_eq!(read, headers);
        let (count, lines) = kept_text(&folder, &file).unwrap();
        assert_eq!(count, 4);
        assert_eq!(parsed(&folder, count, lines).unwrap().len(), 4);
        // Damaged: a count that does not match; the last line cut short, or without its line
        // end; a length that is not a number, has too many digits, runs past the end, is one
        // too long, has no space after it, or cuts a character in two. Not used.
        let damaged = |text: &str| parsed(&folder, count, text.to_string().leak()).is_none();
        assert!(parsed(&folder, count + 1, lines).is_none());
        assert!(parsed(&folder, count - 1, lines).is_none());
        assert!(damaged(&lines[..lines.len() - 5]));
        assert!(damaged(lines.trim_end_matches('\n')));
        let last = lines[..lines.len() - 1].rfind('\n').unwrap() + 1;
        let (before, line) = lines.split_at(last);
        let lengths = line.split(' ').take(10).collect::<Vec<_>>().join(" ") + " ";
        let fields = &line[lengths.len()..];
        assert!(line.starts_with(&lengths));
        let with = |l: &str| format!("{before}{l}{fields}");
        assert!(!damaged(&with(&lengths)), "the line as it is reads");
        // The languages it is listed in first, then the first field's length.
        let (languages, lengths) = lengths.split_once(' ').unwrap();
        assert!(damaged(&with(&format!("x {lengths}"))));
        assert!(damaged(&with(lengths)), "without its languages");
        let first = lengths.split(' ').next().unwrap();
        let rest = &lengths[first.len()..];
        let with = |l: &str| with(&format!("{languages} {l}"));
        assert!(damaged(&with(&format!("x{rest}"))));
        assert!(damaged(&with(&format!("99999{rest}"))));
        assert!(damaged(&with(&format!("{}{rest}", "9".repeat(40)))));
        assert!(damaged(&with(&format!(
            "{}{rest}",
            first.parse::<usize>().unwrap() + 1
        ))));
        assert!(damaged(&with(&lengths[..lengths.rfind(' ').unwrap()])));
        // A title of "Guía": 5 bytes, cut after the "í"'s first byte.
        let guia = "1 6 2 5 1 1 0 2 0 1 o.tomlidGuíaabenx\n";
        assert!(parsed(&folder, 1, guia.to_string().leak()).is_some());
        let cut = "1 6 2 3 1 1 0 2 0 1 o.tomlidGuíaabenx\n";
        assert!(parsed(&folder, 1, cut.to_string().leak()).is_none());
    }

    proptest::proptest! {
        /// Any headers (words with tabs, line ends, spaces, digits, backslashes, letters of any
        /// script; categories and translations present or not; titles and groups the same but
        /// for case or accents; guides in either language translating each other) read back as
        /// they were kept, in the list's order, with the listing `listing` makes in each
        /// language; and the text cut short anywhere in its lines is never read.
        #[test]
        fn a_kept_catalogue_reads_back_as_kept_and_never_when_cut_short(
            words in proptest::collection::vec(
                ("[a-c]", "(Same|same|Sáme|[ -~\t\néñ漢]{0,12})", "(x|X|[ -~\t\néñ0-9]{0,8})",
                 proptest::option::of("(Lungs|lungs|[a-zA-Zé ]{1,8})"), proptest::option::of("[a-c]"),
                 "(en|es)"),
                0..8,
            ),
            cut in 0usize..10_000,
        ) {
            let folder = Path::new("/guides");
            let headers: Vec<Header> = words
                .into_iter()
                .enumerate()
                .map(|(i, (id, title, condition, category, translates, language))| Header {
                    origin: format!("/guides/g{i}.toml").into(),
                    id: id.into(),
                    title: title.into(),
                    generic_name: "x".into(),
                    condition: condition.into(),
                    category: category.map(Into::into),
                    language: language.into(),
                    translates: translates.map(Into::into),
                    last_reviewed: "2026-01-02".into(),
                })
                .collect();
            let text: &'static str = catalogue_text(folder, &headers).leak();
            let (count, lines) = split_kept(folder, text).expect("ours");
            let mut listed: Vec<&Header> = headers.iter().collect();
            listed.sort_by(|a, b| list_order(a, b));
            let read = parsed(folder, count, lines).expect("read back");
            proptest::prop_assert_eq!(read.iter().collect::<Vec<_>>(), listed);
            for lang in Lang::ALL {
                let (read, kept) = parse_kept(folder, count, lines, lang).expect("read back");
                // As `listing` lists the headers read back (where two guides have one id, an
                // error the full check reports, which is listed depends on the order).
                let made = listing(&read, lang, |_| false);
                proptest::prop_assert_eq!(kept, made);
            }
            if !lines.is_empty() {
                let cut = cut % lines.len();
                if lines.is_char_boundary(cut) {
                    proptest::prop_assert!(parsed(folder, count, &lines[..cut]).is_none());
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
