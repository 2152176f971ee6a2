//! Builds the word lists in data/words/ into compact sets (`fst`) that search reads: what a real
//! English or Spanish word is, so search never "corrects" one into a guide word.
//! Takes `deunicode`'s ASCII stand-ins for the Linux console, for the blocks a Latin-script
//! guide may hold (`text::stand_in`). Deflates the bundled guides' TOML (`BUNDLED`, with the
//! hash guide/bundled.bin must carry), the guide format's reference and the manual page with
//! the shell completions (data/manual/). Also indexes the
//! interface's catalogs (i18n/*.ftl: where each message is, and the English ids `msg!` checks
//! against; a translation that lacks an English message, has one English lacks or fills in
//! other blanks stops the build), hashes the program's source (`PG_SOURCE_HASH`) and asks the
//! linker to pack the program's relocations.

use std::path::Path;

/// The program's relative relocations packed (`DT_RELR`): the 93 KB table of addresses the
/// loader fixes at every start becomes a bitmap of about 2 KB. Only glibc 2.36 or later (Debian
/// 12 on) reads such a program, so only a build for this machine whose C library is that recent
/// (its headers say which) asks for it; the linker (rust-lld, or GNU ld 2.38 on) then also marks
/// the program as needing it (`GLIBC_ABI_DT_RELR`), so an older glibc refuses it plainly.
fn packed_relocations() {
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let native = var("TARGET") == var("HOST");
    if native
        && var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ENV") == "gnu"
        && glibc_version() >= Some((2, 36))
    {
        println!("cargo::rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// The version of this machine's glibc, from its headers (`__GLIBC__`, `__GLIBC_MINOR__` in
/// features.h), if they are there.
fn glibc_version() -> Option<(u32, u32)> {
    let header = std::fs::read_to_string("/usr/include/features.h").ok()?;
    let number = |name: &str| {
        header.lines().find_map(|line| {
            let mut words = line.split_whitespace();
            (words.next() == Some("#define") && words.next() == Some(name))
                .then(|| words.next()?.parse::<u32>().ok())
                .flatten()
        })
    };
    Some((number("__GLIBC__")?, number("__GLIBC_MINOR__")?))
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    catalogs(out);
    ascii_table(out);
    bundled(out);
    source_hash();
    packed_relocations();
    real_words(out);
}

/// The word lists of data/words/ as `fst` sets, `OUT_DIR/words/{en,es}.fst`: files of their
/// own beside the program, not in it (search/real_words.rs; the Debian package puts them in
/// /usr/share/patient-guide/words), with `words.rs` saying the hash of each, so that the program
/// trusts only the very sets this build made.
fn real_words(out: &Path) {
    let dir = out.join("words");
    std::fs::create_dir_all(&dir).expect("OUT_DIR is writable");
    let mut code = String::from(
        "/// Each set this build made: its file's name in the folder, and the FNV-1a hash of its bytes.\n\
         pub const SETS: [(&str, u64); 2] = [\n",
    );
    for lang in ["en", "es"] {
        let src = format!("data/words/{lang}.txt");
        println!("cargo::rerun-if-changed={src}");
        let name = format!("{lang}.fst");
        let set = dir.join(&name);
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
        if !(set.is_file() && std::fs::read_to_string(&stamp).is_ok_and(|s| s == made_from)) {
            let mut words: Vec<&str> = text.lines().filter(|w| !w.is_empty()).collect();
            words.sort_unstable();
            words.dedup();
            write_set(&set, words.iter().copied());
            std::fs::write(&stamp, made_from).expect("OUT_DIR is writable");
        }
        let bytes = std::fs::read(&set).expect("the set was just written");
        let hash = fnv::add(fnv::EMPTY, &bytes);
        code.push_str(&format!("    ({name:?}, 0x{hash:016x}),\n"));
    }
    code.push_str("];\n");
    std::fs::write(out.join("words.rs"), code).expect("OUT_DIR is writable");
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

#[path = "src/guide/fnv.rs"]
mod fnv;

/// Where each message of each catalog is (`i18n::Catalog` parses only those it shows), and the
/// message ids of the English catalog (the one every other catalog is checked against), for
/// `i18n::known`: `tr!` and `msg!` check at compile time that the id they name exists, and this
/// checks here that every other catalog has exactly English's ids, each with English's blanks
/// (`chunks::differences`): so an id the code names is in every language.
fn catalogs(out: &Path) {
    let mut code = String::new();
    let english = std::fs::read_to_string("i18n/en.ftl").unwrap_or_else(|e| panic!("en.ftl: {e}"));
    for (name, src) in [("EN", "i18n/en.ftl"), ("ES", "i18n/es.ftl")] {
        println!("cargo::rerun-if-changed={src}");
        let text = std::fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let chunks = chunks::chunks(&text);
        if name == "EN" {
            message_ids(out, chunks.iter().map(|(id, _)| *id));
        } else {
            // Every other catalog has English's ids and blanks, or the program is not built.
            let wrong = chunks::differences(&english, &text, src);
            assert!(wrong.is_empty(), "{}", wrong.join("\n"));
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

/// The guides built into the program, in the order the library holds them. Every `guide/*.toml`
/// must be here (a test checks it).
const BUNDLED: &[&str] = &["guide/kesimpta.toml", "guide/kesimpta.es.toml"];

/// `bundled.rs`: the bundled guides' TOML (`guide::load::bundled`) and the guide format's
/// reference (guide/README.md, for `check --explain`), deflated (0.11 MB less in the program:
/// start-up reads the guides prepared, guide/bundled.bin; their TOML is for the commands that
/// read them as TOML, the tests and a stale bundled.bin); and a hash of the guides' paths and
/// texts, FNV-1a, the same on every machine, which guide/bundled.bin must have been made from.
fn bundled(out: &Path) {
    let mut code = String::from(
        "/// The bundled guides: each one's path and its TOML, deflated.\n\
         pub static GUIDES: &[(&str, &[u8])] = &[\n",
    );
    let mut hash = fnv::EMPTY;
    for (i, path) in BUNDLED.iter().enumerate() {
        println!("cargo::rerun-if-changed={path}");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for piece in [path.as_bytes(), &[0], text.as_bytes(), &[0]] {
            hash = fnv::add(hash, piece);
        }
        let name = format!("guide-{i}.toml.deflate");
        write_deflated(&out.join(&name), text.as_bytes());
        code.push_str(&format!(
            "    ({path:?}, include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))),\n"
        ));
    }
    code.push_str("];\n/// The hash of the bundled guides' paths and texts.\n");
    code.push_str(&format!("pub const HASH: u64 = 0x{hash:016x};\n"));
    std::fs::write(out.join("bundled.rs"), code).expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed=guide/README.md");
    let reference = std::fs::read("guide/README.md").expect("guide/README.md is readable");
    write_deflated(&out.join("reference.md.deflate"), &reference);
    // The manual page and the shell completions (`patient-guide manual`), made from cli.rs by
    // clap_mangen and clap_complete (tests/check_cli_more.rs checks they match it).
    for name in MANUAL {
        let path = format!("data/manual/{name}");
        println!("cargo::rerun-if-changed={path}");
        let text = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        write_deflated(&out.join(format!("manual-{name}.deflate")), &text);
    }
}

/// data/manual/: the manual page, then the completions for bash, elvish, fish, PowerShell, zsh.
const MANUAL: &[&str] = &[
    "patient-guide.1",
    "patient-guide.bash",
    "patient-guide.elv",
    "patient-guide.fish",
    "_patient-guide.ps1",
    "_patient-guide",
];

/// Writes `bytes` deflated, whole (`write_whole`).
fn write_deflated(path: &Path, bytes: &[u8]) {
    write_whole(path, &miniz_oxide::deflate::compress_to_vec(bytes, 10));
}

/// Writes `bytes` beside `path` and then moves them there: a build stopped halfway never leaves
/// half a file behind.
fn write_whole(path: &Path, bytes: &[u8]) {
    let new = path.with_extension("new");
    std::fs::write(&new, bytes).expect("OUT_DIR is writable");
    std::fs::rename(&new, path).expect("OUT_DIR is writable");
}

/// The blocks of Unicode whose characters get an ASCII stand-in on the Linux console (the
/// Latin letters, with their marks and the combining marks; Greek and Cyrillic; punctuation,
/// currency, letter-like signs, numbers, arrows, mathematical signs, box drawing and shapes;
/// the ligatures; variation selectors; full-width forms; pictographs and emoji): what a guide
/// in a Latin script may hold. A character of any other block has none (the console shows `?`).
const ASCII_BLOCKS: &[(u32, u32)] = &[
    (0x00A0, 0x0530),
    (0x1D00, 0x1F00),
    (0x2000, 0x2C00),
    (0x2C60, 0x2C80),
    (0x2E00, 0x2E80),
    (0xA720, 0xA800),
    (0xFB00, 0xFB07),
    // The variation selectors, after most emoji ("⚠️"): nothing.
    (0xFE00, 0xFE10),
    (0xFF00, 0xFFF0),
    // Enclosed letters ("🆘"), flags' letters ("🇪🇸" is "ES"), pictographs and emoji.
    (0x1F100, 0x1FB00),
];

/// `ascii_table.rs`: `deunicode`'s stand-in for every character of `ASCII_BLOCKS` ("?" where it
/// has none), as numbers and one text, so that the program carries these blocks only and not
/// the crate's tables for every script (0.47 MB; `text::to_ascii` reads this).
fn ascii_table(out: &Path) {
    let mut pool = String::new();
    let mut ends = Vec::new();
    let mut blocks = String::new();
    for &(start, end) in ASCII_BLOCKS {
        blocks.push_str(&format!("    (0x{start:X}, 0x{end:X}, {}),\n", ends.len()));
        for u in start..end {
            let stand_in = char::from_u32(u)
                .and_then(deunicode::deunicode_char)
                .unwrap_or("?");
            pool.push_str(stand_in);
            ends.push(u32::try_from(pool.len()).expect("the stand-ins are under 4 GB"));
        }
    }
    let code = format!(
        "/// The blocks with stand-ins: first character, the one after the last, and the index in\n\
         /// `ENDS` of the first.\n\
         pub static BLOCKS: &[(u32, u32, usize)] = &[\n{blocks}];\n\
         /// Where each character's stand-in ends in `POOL` (it starts where the one before ends).\n\
         pub static ENDS: &[u32] = &{ends:?};\n\
         /// Every stand-in, one after another.\n\
         pub static POOL: &str = {pool:?};\n"
    );
    std::fs::write(out.join("ascii_table.rs"), code).expect("OUT_DIR is writable");
}

/// Writes the set whole (`write_whole`).
fn write_set<'a>(path: &Path, sorted: impl Iterator<Item = &'a str>) {
    let set = fst::Set::from_iter(sorted).expect("the words are sorted and unique");
    write_whole(path, set.as_fst().as_bytes());
}
