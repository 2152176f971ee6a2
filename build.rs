//! Builds the word lists in data/words/ into compact sets (`fst`) that search links in: what a
//! real English or Spanish word is, so search never "corrects" one into a guide word.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
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

fn write_set<'a>(path: &Path, sorted: impl Iterator<Item = &'a str>) {
    let set = fst::Set::from_iter(sorted).expect("the words are sorted and unique");
    std::fs::write(path, set.as_fst().as_bytes()).expect("OUT_DIR is writable");
}
