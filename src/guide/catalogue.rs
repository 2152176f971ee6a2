//! The catalogue of a folder of guides: its checked guides' headers, kept between runs with
//! their listing in each language, so that a folder of a thousand guides costs one small file
//! before the first frame, not a thousand (see ARCHITECTURE.md, "Start-up").

use std::path::{Path, PathBuf};

use super::header::{chosen, list_order};
use super::load::MAX_GUIDE_BYTES;
use super::model::{Header, Words};

/// A library's headers as the first frame takes them: with their listing (`listing`, in that
/// language), when it was made already to find the guide to open first; and the lines of a kept
/// catalogue not read yet (`cached_head`), whose headers come after these.
#[derive(Debug, Default)]
pub struct Catalogue {
    pub headers: Vec<Header>,
    pub listed: Option<(crate::i18n::Lang, Vec<usize>)>,
    pub unread: Option<Unread>,
}

/// The lines of a kept catalogue left to read after the first frame (`cached_head`).
#[derive(Debug)]
pub struct Unread {
    folder: Folder,
    lines: &'static str,
    /// How many headers were read before these lines; how many these lines hold.
    before: usize,
    count: usize,
    /// The language whose listed guides these lines mark.
    lang: crate::i18n::Lang,
    /// How many of their guides are listed in the language.
    pub listed: usize,
}

impl Catalogue {
    /// Reads the lines left (`unread`) now, their headers after the others. False: a line is
    /// damaged (the catalogue then holds only what was read before).
    pub fn read_all(&mut self) -> bool {
        let Some(unread) = self.unread.take() else {
            return true;
        };
        let Some((headers, listed)) = unread.read() else {
            return false;
        };
        self.headers.extend(headers);
        if let Some((_, listing)) = &mut self.listed {
            listing.extend(listed);
        }
        true
    }
}

impl Unread {
    /// How many headers come before these lines: they belong after exactly that many.
    pub fn before(&self) -> usize {
        self.before
    }

    /// The language of their listed guides (`read`).
    pub fn lang(&self) -> crate::i18n::Lang {
        self.lang
    }

    /// The headers of the lines left, and those of them listed in the language (indexes counted
    /// from the first header of the catalogue). None: a line is not as `keep` wrote it, or there
    /// are more or fewer than the catalogue said.
    pub fn read(self) -> Option<(Vec<Header>, Vec<usize>)> {
        let (headers, listed, rest) = read_lines(
            &self.folder,
            self.lines,
            1 << lang_index(self.lang),
            self.before,
            usize::MAX,
            self.count,
        )?;
        (rest.is_empty() && headers.len() == self.count && listed.len() == self.listed)
            .then_some((headers, listed))
    }
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
/// headers followed by how many are listed in each language (of `Lang::ALL`), then a line for
/// each header, in `list_order`: the languages it is listed in (a number, bit `n` for
/// `Lang::ALL[n]`) and the nine fields' lengths in bytes, each followed by a space, then the
/// nine fields one after another. Nothing in a field is escaped, and reading a header back
/// searches for nothing: it is cut where the lengths say. The listing is the headers marked for
/// `lang`, in the file's order: neither sorted nor sifted again.
pub fn cached(folder: &Path, file: &Path, lang: crate::i18n::Lang) -> Option<Catalogue> {
    cached_head(folder, file, lang, usize::MAX)
}

/// `cached`, reading the lines only until `listed_first` guides listed in `lang` are read (what
/// the first frame shows of the list, and the guide it opens): the rest of the lines are left
/// for after the first frame (`Catalogue::unread`, `Unread::read`), with how many of their
/// guides are listed.
pub fn cached_head(
    folder: &Path,
    file: &Path,
    lang: crate::i18n::Lang,
    listed_first: usize,
) -> Option<Catalogue> {
    let (counts, lines) = kept_text(folder, file)?;
    read_head(Folder::of(folder), &counts, lines, lang, listed_first)
}

/// `cached_head` of a kept catalogue's text (`kept_text`).
fn read_head(
    folder: Folder,
    counts: &Counts,
    lines: &'static str,
    lang: crate::i18n::Lang,
    listed_first: usize,
) -> Option<Catalogue> {
    let bit = 1 << lang_index(lang);
    let (headers, listed, rest) = read_lines(&folder, lines, bit, 0, listed_first, counts.headers)?;
    let listed_in_all = counts.listed[lang_index(lang)];
    let count = counts.headers.checked_sub(headers.len())?;
    let unread_listed = listed_in_all.checked_sub(listed.len())?;
    let unread = if rest.is_empty() {
        // All read: the numbers on the third line are the lines'.
        if count > 0 || unread_listed > 0 {
            return None;
        }
        None
    } else {
        Some(Unread {
            folder,
            lines: rest,
            before: headers.len(),
            count,
            lang,
            listed: unread_listed,
        })
    };
    Some(Catalogue {
        headers,
        listed: Some((lang, listed)),
        unread,
    })
}

/// What the third line of a kept catalogue says: how many headers it holds, and how many are
/// listed in each language (in the order of `Lang::ALL`).
struct Counts {
    headers: usize,
    listed: [usize; crate::i18n::Lang::ALL.len()],
}

/// The numbers on `folder`'s kept catalogue's third line, and its text after its first three
/// lines, once they say it is a catalogue of this form and of this folder. Read once a run,
/// and kept for it: the headers borrow their words from it.
fn kept_text(folder: &Path, file: &Path) -> Option<(Counts, &'static str)> {
    let meta = std::fs::metadata(file).ok()?;
    if !meta.is_file() || meta.len() > MAX_GUIDE_BYTES {
        return None;
    }
    split_kept(folder, std::fs::read_to_string(file).ok()?.leak())
}

/// A kept catalogue's text (as `catalogue_text` writes it), split into the numbers on its
/// third line and its lines, when it is of this form and of this folder.
fn split_kept(folder: &Path, text: &'static str) -> Option<(Counts, &'static str)> {
    let (first, rest) = text.split_once('\n')?;
    let (second, rest) = rest.split_once('\n')?;
    let (third, rest) = rest.split_once('\n')?;
    if first != CATALOGUE_FIRST_LINE || second != escape(&folder_key(folder)) {
        return None;
    }
    let mut numbers = third.split(' ').map(|n| n.parse::<usize>().ok());
    let headers = numbers.next()??;
    let mut listed = [0; crate::i18n::Lang::ALL.len()];
    for n in &mut listed {
        *n = numbers.next()??;
    }
    numbers
        .next()
        .is_none()
        .then_some((Counts { headers, listed }, rest))
}

/// Reads headers from a kept catalogue's `lines` until `listed_first` of them listed (`bit`)
/// are read, or the lines end: the headers, the indexes of those listed (the first header's
/// being `first`), and the lines left. At most `count` headers. None: a line is not as `keep`
/// writes it, or there are more than `count`.
fn read_lines(
    folder: &Folder,
    lines: &'static str,
    bit: usize,
    first: usize,
    listed_first: usize,
    count: usize,
) -> Option<(Vec<Header>, Vec<usize>, &'static str)> {
    // No more headers than there is room for (a line takes at least ten one-digit numbers,
    // each with its space, and a line end): a damaged count asks for no more memory than that.
    let room = count.min(lines.len() / 21);
    let mut headers = Vec::with_capacity(room.min(listed_first.saturating_mul(2)));
    let mut listed = Vec::with_capacity(room.min(listed_first));
    let bytes = lines.as_bytes();
    let mut at = 0;
    while at < bytes.len() && listed.len() < listed_first {
        if headers.len() == count {
            return None;
        }
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
            listed.push(first + headers.len());
        }
        headers.push(kept_header(folder, fields));
        at = end + 1;
    }
    Some((headers, listed, &lines[at..]))
}

/// A language's place in `Lang::ALL`: its bit in a kept catalogue.
fn lang_index(lang: crate::i18n::Lang) -> usize {
    crate::i18n::Lang::ALL
        .iter()
        .position(|&l| l == lang)
        .unwrap_or_default()
}

/// A folder of guides as this run names it.
#[derive(Debug)]
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
    // The third line: how many headers, and how many are listed in each language.
    let mut text = format!(
        "{CATALOGUE_FIRST_LINE}\n{}\n{}",
        escape(&folder_key(folder)),
        sorted.len()
    );
    for lang in crate::i18n::Lang::ALL {
        let bit = 1 << lang_index(lang);
        let listed = languages.iter().filter(|&&l| l & bit != 0).count();
        let _ = write!(text, " {listed}");
    }
    text.push('\n');
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
mod tests;
