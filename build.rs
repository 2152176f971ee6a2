//! Builds the word lists in data/words/ into compact sets (`fst`) that search links in: what a
//! real English or Spanish word is, so search never "corrects" one into a guide word. Also
//! indexes the interface's catalogs (i18n/*.ftl: where each message is, and the English ids
//! `msg!` checks against) and hashes the program's source (`PG_SOURCE_HASH`).

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    catalogs(out);
    source_hash();
    for lang in ["en", "es"] {
        let src = format!("data/words/{lang}.txt");
        println!("cargo::rerun-if-changed={src}");
        let set = out.join(format!("words-{lang}.fst"));
        // This script also runs for every change of the source (`source_hash`): a set made from
        // this very list by this very script and dependencies (its stamp says so) is not made
        // again.
        let text = std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let stamp = out.join(format!("words-{lang}.stamp"));
        let made_from = {
            use std::hash::Hasher;
            let mut h = std::hash::DefaultHasher::new();
            h.write(text.as_bytes());
            h.write(include_bytes!("build.rs"));
            h.write(include_bytes!("Cargo.lock"));
            format!("{:016x}", h.finish())
        };
        if set.is_file() && std::fs::read_to_string(&stamp).is_ok_and(|s| s == made_from) {
            continue;
        }
        let mut words: Vec<&str> = text.lines().filter(|w| !w.is_empty()).collect();
        words.sort_unstable();
        words.dedup();
        write_set(&set, words.iter().copied());
        std::fs::write(&stamp, made_from).expect("OUT_DIR is writable");
    }
}

/// A hash of the program's source (every file under src/, Cargo.toml, Cargo.lock and this
/// script), as `PG_SOURCE_HASH`: a guide kept checked by one build (`guide::opened`) is never
/// taken as checked by another.
fn source_hash() {
    use std::hash::Hasher;
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src/ is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    println!("cargo::rerun-if-changed=src");
    println!("cargo::rerun-if-changed=Cargo.lock");
    println!("cargo::rerun-if-changed=Cargo.toml");
    let mut files = Vec::new();
    walk(Path::new("src"), &mut files);
    files.sort();
    files.extend(["Cargo.toml", "Cargo.lock", "build.rs"].map(Into::into));
    let mut h = std::hash::DefaultHasher::new();
    for f in files {
        h.write(f.to_string_lossy().as_bytes());
        h.write(&std::fs::read(&f).unwrap_or_default());
    }
    println!("cargo::rustc-env=PG_SOURCE_HASH={:016x}", h.finish());
}

#[path = "src/i18n/chunks.rs"]
mod chunks;

/// Where each message of each catalog is (`i18n::Catalog` parses only those it shows), and the
/// message ids of the English catalog (the one every other catalog is checked against), for
/// `i18n::known`: `tr!` and `msg!` check at compile time that the id they name exists.
fn catalogs(out: &Path) {
    let mut code = String::new();
    for (name, src) in [("EN", "i18n/en.ftl"), ("ES", "i18n/es.ftl")] {
        println!("cargo::rerun-if-changed={src}");
        let text = std::fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let chunks = chunks::chunks(&text);
        if name == "EN" {
            message_ids(out, chunks.iter().map(|(id, _)| *id));
        }
        // Numbers only, no pointers: a table the dynamic loader need not touch at start.
        code.push_str(&format!(
            "/// The messages of {src}, by id: where each starts, its id's length and its length.\n\
             pub static {name}: &[(u32, u16, u16)] = &[\n"
        ));
        for (id, at) in chunks {
            let (id_len, len) = (u16::try_from(id.len()), u16::try_from(at.len()));
            let (Ok(id_len), Ok(len)) = (id_len, len) else {
                panic!("{src}: message {id} is over 64 KB");
            };
            code.push_str(&format!("    ({}, {id_len}, {len}),\n", at.start));
        }
        code.push_str("];\n");
    }
    std::fs::write(out.join("catalog_chunks.rs"), code).expect("OUT_DIR is writable");
}

/// `message_ids.rs`: the ids `msg!` accepts (those written in lower case, as the code names them).
fn message_ids<'a>(out: &Path, ids: impl Iterator<Item = &'a str>) {
    let mut code =
        String::from("/// Every message id of i18n/en.ftl.\npub const IDS: &[&str] = &[\n");
    for id in ids.filter(|id| id.starts_with(|c: char| c.is_ascii_lowercase())) {
        code.push_str(&format!("    {id:?},\n"));
    }
    code.push_str("];\n");
    std::fs::write(out.join("message_ids.rs"), code).expect("OUT_DIR is writable");
}

/// Writes the set beside its place and then moves it there: a build stopped halfway never
/// leaves half a set behind.
fn write_set<'a>(path: &Path, sorted: impl Iterator<Item = &'a str>) {
    let set = fst::Set::from_iter(sorted).expect("the words are sorted and unique");
    let new = path.with_extension("new");
    std::fs::write(&new, set.as_fst().as_bytes()).expect("OUT_DIR is writable");
    std::fs::rename(&new, path).expect("OUT_DIR is writable");
}
