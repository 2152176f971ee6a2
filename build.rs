//! Builds the word lists in data/words/ into compact sets (`fst`) that search links in: what a
//! real English or Spanish word is, so search never "corrects" one into a guide word.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    message_ids(out);
    for lang in ["en", "es"] {
        let src = format!("data/words/{lang}.txt");
        println!("cargo::rerun-if-changed={src}");
        let text = std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let mut words: Vec<&str> = text.lines().filter(|w| !w.is_empty()).collect();
        words.sort_unstable();
        words.dedup();
        write_set(
            &out.join(format!("words-{lang}.fst")),
            words.iter().copied(),
        );
    }
}

/// The message ids of the English catalog (the one every other catalog is checked against),
/// for `i18n::known`: `tr!` and `msg!` check at compile time that the id they name exists.
fn message_ids(out: &Path) {
    let src = "i18n/en.ftl";
    println!("cargo::rerun-if-changed={src}");
    let text = std::fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
    let ids: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .filter(|id| {
            id.starts_with(|c: char| c.is_ascii_lowercase())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        .collect();
    let mut code =
        String::from("/// Every message id of i18n/en.ftl.\npub const IDS: &[&str] = &[\n");
    for id in ids {
        code.push_str(&format!("    {id:?},\n"));
    }
    code.push_str("];\n");
    std::fs::write(out.join("message_ids.rs"), code).expect("OUT_DIR is writable");
}

fn write_set<'a>(path: &Path, sorted: impl Iterator<Item = &'a str>) {
    let set = fst::Set::from_iter(sorted).expect("the words are sorted and unique");
    std::fs::write(path, set.as_fst().as_bytes()).expect("OUT_DIR is writable");
}
