//! Finding and reading guide files: the bundled guides embedded in the binary, or files and
//! directories named by the user. Every path problem becomes its own clear [`Diagnostic`].

use std::fs;
use std::io::Read;
use std::path::Path;

use super::diagnostic::Diagnostic;
use super::model::Guide;
use super::validate::parse_guide;

/// Guides larger than this are refused before they are read into memory.
pub const MAX_GUIDE_BYTES: u64 = 8 * 1024 * 1024;

/// The guides shipped inside the binary (build.rs lists them), their TOML deflated, and the hash
/// of their paths and texts.
mod packed {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// The hash of the bundled guides' paths and texts (FNV-1a, made by build.rs): what
/// guide/bundled.bin must have been made from to be read instead of them.
pub(super) const BUNDLED_HASH: u64 = packed::HASH;

/// How many guides are bundled.
pub(super) const BUNDLED_COUNT: usize = packed::GUIDES.len();

pub use super::model::GuideText;

/// What reading a set of paths found: the files to parse, problems, and notes for the user
/// (such as files in a directory that were not guides).
#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<GuideText>,
    pub errors: Vec<Diagnostic>,
    pub notes: Vec<String>,
}

/// The bundled guides' TOML, under the names they have in the source tree: inflated when first
/// asked for (by the commands that read guides with no folder named, `check`, `list`, `search`,
/// `print`; by a test; by a start whose guide/bundled.bin is out of date), never before an
/// ordinary first frame. Kept inflated for the rest of the run (0.12 MB), which only a run that
/// asks more than once (the tests) gains from.
pub fn bundled() -> Vec<GuideText> {
    static TEXTS: std::sync::LazyLock<Vec<GuideText>> = std::sync::LazyLock::new(|| {
        packed::GUIDES
            .iter()
            .map(|(path, deflated)| {
                let bytes = miniz_oxide::inflate::decompress_to_vec(deflated)
                    .expect("build.rs deflated the guide");
                GuideText {
                    path: path.to_string(),
                    text: String::from_utf8(bytes).expect("build.rs read the guide as text"),
                }
            })
            .collect()
    });
    TEXTS.clone()
}

/// Reads guide files from paths: a file is read as a guide; a directory contributes its `*.toml` files.
pub fn read_paths(paths: &[impl AsRef<Path>]) -> Found {
    let (listed, mut found) = list_paths(paths);
    for (path, len) in listed {
        match read_text(&path, len) {
            Ok(text) => found.files.push(GuideText {
                path: path.display().to_string(),
                text,
            }),
            Err(e) => found.errors.push(e),
        }
    }
    found
}

/// `read_paths` and `load_valid` in one: each file is read on the thread that parses it and let
/// go of once parsed, so a library's text is never all in memory beside its guides (nor held by
/// one thread's allocator while the others fill theirs). The problems of files left out, and
/// the notes, come back with the valid guides.
pub fn load_valid_from(paths: &[impl AsRef<Path>]) -> (Vec<Guide>, Vec<Diagnostic>) {
    let (listed, found) = list_paths(paths);
    let mut files: Vec<(GuideText, u64)> = listed
        .into_iter()
        .map(|(path, len)| {
            let path = path.display().to_string();
            let text = String::new();
            (GuideText { path, text }, len)
        })
        .collect();
    let parsed = on_every_core_mut(&mut files, |(f, len)| {
        f.text = read_text(Path::new(&f.path), *len).map_err(|e| vec![e])?;
        parse_and_let_go(f)
    });
    let files: Vec<GuideText> = files.into_iter().map(|(f, _)| f).collect();
    let (guides, mut errors) = sort_out(&files, parsed);
    errors.extend(found.errors);
    (guides, errors)
}

/// The guide files a set of paths names, with the sizes they claim; problems and notes as for
/// `read_paths` (whose `files` are left empty here).
fn list_paths(paths: &[impl AsRef<Path>]) -> (Vec<(std::path::PathBuf, u64)>, Found) {
    let mut listed = Vec::new();
    let mut found = Found::default();
    for path in paths {
        list_path(path.as_ref(), &mut listed, &mut found);
    }
    (listed, found)
}

fn list_path(path: &Path, listed: &mut Vec<(std::path::PathBuf, u64)>, found: &mut Found) {
    let shown = path.display().to_string();
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            found.errors.push(io_error(&shown, "open", &e));
            return;
        }
    };
    if !meta.is_dir() {
        listed.push((path.to_path_buf(), meta.len()));
        return;
    }
    let entries = match fs::read_dir(path) {
        Ok(e) => e,
        Err(e) => {
            found.errors.push(io_error(&shown, "list directory", &e));
            return;
        }
    };
    let mut guides = Vec::new();
    let mut others = Vec::new();
    for entry in entries.flatten() {
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "toml") && !p.is_dir() {
            guides.push(p);
        } else {
            others.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    guides.sort();
    others.sort();
    if guides.is_empty() {
        found.errors.push(
            Diagnostic::file(&shown, format!("directory `{shown}` has no guide files"))
                .expected("one or more *.toml guide files"),
        );
    }
    if !others.is_empty() {
        found.notes.push(format!(
            "{shown}: not guides (not *.toml), not checked: {}",
            others.join(", ")
        ));
    }
    for p in guides {
        let len = fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
        listed.push((p, len));
    }
}

/// Reads a UTF-8 text file of at most `MAX_GUIDE_BYTES`, with a clear message for each way that
/// can fail: too large, unreadable, not UTF-8, or empty. `len` is the size the file claims.
pub fn read_text(path: &Path, len: u64) -> Result<String, Diagnostic> {
    let shown = path.display().to_string();
    if len > MAX_GUIDE_BYTES {
        return Err(too_large(&shown, len));
    }
    // Only regular files: opening a FIFO waits for a writer forever, and a device may never end.
    // (The type is looked up without opening, so nothing can block here.)
    let kind = fs::metadata(path).map_err(|e| io_error(&shown, "open", &e))?;
    if !kind.is_file() {
        return Err(Diagnostic::file(
            &shown,
            format!("`{shown}` is not a regular file (a pipe, device or socket); it was not read"),
        )
        .expected("a plain text file"));
    }
    // Read at most one byte past the limit, so a file that grows cannot fill memory. The buffer
    // starts at the size the file claims (plus the byte that shows it grew): growing it by
    // doubling left a 33 KB guide in a 64 KB buffer, 32 MB wasted over a library of 1,000.
    let mut bytes = Vec::with_capacity(len.min(MAX_GUIDE_BYTES) as usize + 1);
    fs::File::open(path)
        .and_then(|f| f.take(MAX_GUIDE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| io_error(&shown, "read", &e))?;
    if bytes.len() as u64 > MAX_GUIDE_BYTES {
        return Err(too_large(&shown, bytes.len() as u64));
    }
    match String::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => Err(Diagnostic::file(
            &shown,
            format!("`{shown}` is empty"),
        )
        .expected("TOML text; for a guide: a [guide] table, [[sources]] and [[sections]] (see guide/README.md)")),
        Ok(mut text) => {
            text.shrink_to_fit();
            Ok(text)
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let mut d = Diagnostic::file(
                &shown,
                format!(
                    "`{shown}` is not UTF-8 text (invalid byte 0x{:02X} at byte {at}, line {line})",
                    bytes[at]
                ),
            )
            .expected("a file saved as UTF-8 text");
            // Placed at the byte, as the message says (JSON had no line): its line shown with
            // the byte as U+FFFD.
            let start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let end = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| at + i);
            let column = std::str::from_utf8(&bytes[start..at]).map_or(1, |s| s.chars().count() + 1);
            d.location = Some(Box::new(super::diagnostic::Location {
                line,
                column,
                line_text: super::diagnostic::printable(&String::from_utf8_lossy(&bytes[start..end])),
                width: 1,
            }));
            Err(d)
        }
    }
}

/// Reads one named file (not a directory) with the same checks as a guide file.
pub fn read_one(path: &Path) -> Result<String, Diagnostic> {
    let shown = path.display().to_string();
    let meta = fs::metadata(path).map_err(|e| io_error(&shown, "open", &e))?;
    if meta.is_dir() {
        return Err(
            Diagnostic::file(&shown, format!("`{shown}` is a directory")).expected("a file"),
        );
    }
    read_text(path, meta.len())
}

fn too_large(shown: &str, len: u64) -> Diagnostic {
    Diagnostic::file(
        shown,
        format!(
            "`{shown}` is {:.1} MB, larger than the {} MB limit for a guide; it was not read",
            len as f64 / 1e6,
            MAX_GUIDE_BYTES / (1024 * 1024)
        ),
    )
}

fn io_error(shown: &str, what: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::file(shown, format!("cannot {what} `{shown}`: {}", io_reason(e)))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Each file parsed and checked on its own, in order: on as many threads as there are cores
/// (start-up with a guide and its translation waits for one, not two).
fn parse_all(files: &[GuideText]) -> Vec<Result<Guide, Vec<Diagnostic>>> {
    on_every_core(files, |f| parse_guide(&f.path, &f.text))
}

/// `on_every_core` for work that changes its item. (One item needs no thread, nor asking how
/// many cores there are, which reads files.)
fn on_every_core_mut<T: Send, R: Send>(
    items: &mut [T],
    work: impl Fn(&mut T) -> R + Sync,
) -> Vec<R> {
    let threads = match items.len() {
        0 | 1 => 1,
        _ => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    if threads < 2 {
        return items.iter_mut().map(&work).collect();
    }
    let per_thread = items.len().div_ceil(threads);
    let work = &work;
    std::thread::scope(|scope| {
        let parts: Vec<_> = items
            .chunks_mut(per_thread)
            .map(|part| scope.spawn(move || part.iter_mut().map(work).collect::<Vec<_>>()))
            .collect();
        parts
            .into_iter()
            .flat_map(|p| p.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// `work` done for each item, in order, the items shared out over as many threads as there
/// are cores (one thread for one item, or on one core).
pub(super) fn on_every_core<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let mut items: Vec<&T> = items.iter().collect();
    on_every_core_mut(&mut items, |item| work(item))
}

pub fn load(files: &[GuideText]) -> Result<Vec<Guide>, Vec<Diagnostic>> {
    let (guides, errors) = sort_out(files, parse_all(files));
    if errors.is_empty() {
        Ok(guides)
    } else {
        Err(errors)
    }
}

/// Parses and checks every file, as `load` does, and keeps the valid guides: a library of many
/// guides is not lost over one. The problems of the others are returned with them.
///
/// Each file's text is let go of as soon as it is parsed (only a translation's is kept, to place
/// its problems): a library's text and its guides are never all in memory at once.
pub fn load_valid(mut files: Vec<GuideText>) -> (Vec<Guide>, Vec<Diagnostic>) {
    let parsed = on_every_core_mut(&mut files, parse_and_let_go);
    sort_out(&files, parsed)
}

/// A file parsed, its text let go of unless it is a translation's (which is checked against its
/// original afterwards, its problems placed in its text).
fn parse_and_let_go(f: &mut GuideText) -> Result<Guide, Vec<Diagnostic>> {
    let parsed = parse_guide(&f.path, &f.text);
    if matches!(&parsed, Ok(g) if g.translates.is_none()) {
        f.text = String::new();
    }
    parsed
}

/// Whether a guide file is named for its id ("kesimpta.toml" for `kesimpta`).
fn named_for(path: &str, id: &str) -> bool {
    Path::new(path)
        .file_stem()
        .is_some_and(|stem| stem.to_string_lossy().eq_ignore_ascii_case(id))
}

/// A guide file whose id another file (`kept`) already has: placed at its `id = "..."` (the
/// text read again if it was let go of), with the line of the other's, and an id of its own to
/// give it, from its file's name.
fn duplicate_id(kept: &str, id: &str, blamed: &GuideText) -> Diagnostic {
    let read = |path: &str, text: &str| {
        if text.is_empty() {
            fs::read_to_string(path).unwrap_or_default()
        } else {
            text.to_string()
        }
    };
    let src = read(&blamed.path, &blamed.text);
    let other = read(kept, "");
    let other_line = super::diagnostic::value_place(&other, "id", id)
        .map(|at| format!(" (line {})", other[..at.start].lines().count().max(1)))
        .unwrap_or_default();
    let message = format!("guide id `{id}` is also the id of {kept}{other_line}");
    // As an id must be written ("Copy of Kesimpta" is "copy-of-kesimpta").
    let own = Path::new(&blamed.path)
        .file_stem()
        .map(|s| super::validate::repaired_id(&s.to_string_lossy()))
        .unwrap_or_default();
    let own = own.as_str();
    let expected = if own.is_empty() || own == id {
        "each guide file to have its own [guide] id".to_string()
    } else {
        format!(
            "each guide file to have its own [guide] id: give this one its own, e.g. id = \"{own}\""
        )
    };
    match super::diagnostic::value_place(&src, "id", id) {
        Some(at) => Diagnostic::at(&blamed.path, &src, at, message),
        None => Diagnostic::file(&blamed.path, message),
    }
    .coded(super::code::Code::File)
    .expected(expected)
}

/// The parsed files' guides, each id once, translations checked against their originals; the
/// problems of the rest.
fn sort_out(
    files: &[GuideText],
    parsed: Vec<Result<Guide, Vec<Diagnostic>>>,
) -> (Vec<Guide>, Vec<Diagnostic>) {
    let mut guides: Vec<Guide> = Vec::new();
    // The file each guide came from, for placing a translation's problems.
    let mut sources: Vec<&GuideText> = Vec::new();
    let mut errors = Vec::new();
    for (f, parsed) in files.iter().zip(parsed) {
        match parsed {
            Ok(g) => match guides.iter().position(|o| o.id == g.id) {
                Some(i) => {
                    // One of the two is a copy made to start a new guide: the file named for
                    // the id is the original, kept; the other is blamed, at its id.
                    let (kept, blamed) =
                        if named_for(&f.path, &g.id) && !named_for(&guides[i].origin, &g.id) {
                            let first = std::mem::replace(&mut guides[i], g);
                            let first_file = std::mem::replace(&mut sources[i], f);
                            (f.path.as_str(), (first.id, first_file))
                        } else {
                            (guides[i].origin.as_str(), (g.id, f))
                        };
                    errors.push(duplicate_id(kept, &blamed.0, blamed.1));
                }
                None => {
                    guides.push(g);
                    sources.push(f);
                }
            },
            Err(mut e) => errors.append(&mut e),
        }
    }
    // A translation is checked against its original when both are loaded.
    let pairs: Vec<(&Guide, &GuideText)> = guides.iter().zip(sources).collect();
    let mistranslated = super::translation::check(&pairs);
    // A translation that does not match its original is left out with its problems.
    guides.retain(|g| !mistranslated.iter().any(|d| d.file == g.origin));
    errors.extend(mistranslated);
    // A draft translation is completed with what it leaves out, from its original.
    let drafts: Vec<usize> = (0..guides.len()).filter(|&i| guides[i].draft).collect();
    for i in drafts {
        let of = guides[i].translates.clone().unwrap_or_default();
        if let Some(o) = guides
            .iter()
            .position(|o| o.id == of && o.translates.is_none())
        {
            guides[i] = super::draft::complete(&guides[o], guides[i].clone());
        }
    }
    (guides, errors)
}
