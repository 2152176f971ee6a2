//! Words as search sees them: folded (case and accents, as nucleo-matcher folds them), split,
//! stop words and the guides' own names dropped from a query, a stem (a small suffix stem for
//! English, Snowball's for Spanish), and finding the words in a line of text for highlighting.

use std::sync::LazyLock;

use nucleo_matcher::chars;

use crate::i18n::Lang;

/// A word as it is looked up: lower case, accents removed (as nucleo-matcher reads text), so
/// "Lesion" finds "lesions" and "cafe" finds "café".
pub fn fold(word: &str) -> String {
    let mut out = String::new();
    fold_into(word, &mut out);
    out
}

pub(super) fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.extend(
            word.chars()
                .map(|c| chars::to_lower_case(chars::normalize(c))),
        );
    }
}

/// Words that say nothing about what the patient is looking for, in English. "Where" and
/// "when" are not among them: the guides' titles answer them ("Where to inject", "When each
/// dose is due").
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "and", "or", "is", "are",
    "be", "it", "its", "do", "does", "did", "can", "could", "should", "would", "will", "i", "me",
    "my", "you", "your", "what", "which", "who", "how", "why", "this", "that", "these", "those",
    "other", "about", "from", "have", "has", "if", "as", "so", "than", "then", "there", "all",
    "over", "up", "very", "really", "just", "am", "was", "were", "been", "im",
];

/// The same in Spanish, accents folded ("como" is "cómo" too). "No" and "sin" stay: they change
/// what is asked ("no debe", "sin receta"); so do "dónde" and "cuándo", which a guide's titles
/// answer ("Dónde inyectarlo", "Cuándo le toca cada dosis").
const STOP_WORDS_ES: &[&str] = &[
    "a", "al", "algo", "como", "con", "cual", "cuales", "de", "del", "e", "el", "ella", "ellas",
    "ellos", "en", "era", "es", "esa", "ese", "eso", "esta", "este", "esto", "estoy", "fue", "ha",
    "hay", "la", "las", "le", "les", "lo", "los", "me", "mi", "mis", "muy", "o", "para", "pero",
    "por", "porque", "puede", "puedo", "que", "quien", "se", "ser", "si", "sobre", "son", "su",
    "sus", "te", "tengo", "tiene", "u", "un", "una", "uno", "unos", "unas", "y", "ya", "yo",
    "usted", "va", "vas", "voy", "van",
];

/// Whether a (lowercase) word is a stop word in `lang`.
fn stop(word: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => STOP_WORDS.contains(&word),
        Lang::Es => STOP_WORDS_ES.contains(&fold(word).as_str()),
    }
}

/// The words of a query worth looking for: lowercase, two letters or more, neither stop words
/// nor the guides' own `names` (sorted). A query of a single letter (the first keystroke) looks for that
/// letter.
pub(super) fn keywords(query: &str, names: &[String], lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 2 && !stop(w, lang) && names.binary_search(w).is_err())
        .collect();
    if query.chars().count() == 1 && query.chars().all(char::is_alphanumeric) {
        out.push(query.to_lowercase());
    }
    out.dedup();
    out
}

/// Snowball's Spanish stemmer (the `rust-stemmers` crate), made once.
static SPANISH: LazyLock<rust_stemmers::Stemmer> =
    LazyLock::new(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Spanish));

/// A word's stem in `lang`, which search looks for inside the guides' words: "lesions" finds
/// "lesion"; "inyecciones" finds "inyección", "embarazada" finds "embarazo".
pub(super) fn stem(word: &str, lang: Lang) -> String {
    match lang {
        Lang::En => english_stem(word),
        // Snowball works on folded words too; a stem shorter than three letters would be found
        // inside too many words, so the word stays whole.
        Lang::Es => {
            let folded = fold(word);
            let stem = SPANISH.stem(&folded);
            if stem.chars().count() >= 3 {
                stem.into_owned()
            } else {
                folded
            }
        }
    }
}

/// A crude stem, so "lesions" finds "lesion" and "injecting" finds "inject".
fn english_stem(word: &str) -> String {
    let n = word.chars().count();
    for (suffix, min) in [("ing", 6), ("ed", 5), ("es", 5), ("s", 4), ("e", 5)] {
        if n >= min && word.ends_with(suffix) && !word.ends_with("ss") {
            return word[..word.len() - suffix.len()].to_string();
        }
    }
    word.to_string()
}

/// The words of a text: letters, digits and hyphens.
pub(super) fn split_words(text: &str) -> impl Iterator<Item = &str> {
    SplitWords { rest: text }
}

/// The words of a text, split at every character that is neither a letter, a digit nor a `-`,
/// as `str::split` with that test would, empty pieces left out. A guide's text is mostly ASCII,
/// looked at a byte at a time here; only a byte that starts another character is decoded.
/// Building the search index splits every word of every guide this way.
struct SplitWords<'a> {
    rest: &'a str,
}

impl<'a> Iterator for SplitWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.rest.as_bytes();
        let mut start = None;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (in_a_word, len) = if b.is_ascii() {
                (b.is_ascii_alphanumeric() || b == b'-', 1)
            } else {
                let c = self.rest[i..]
                    .chars()
                    .next()
                    .expect("a character starts here");
                (c.is_alphanumeric(), c.len_utf8())
            };
            match (in_a_word, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    let word = &self.rest[s..i];
                    self.rest = &self.rest[i + len..];
                    return Some(word);
                }
                _ => {}
            }
            i += len;
        }
        let word = start.map(|s| &self.rest[s..]);
        self.rest = "";
        word
    }
}

/// Folded words of three letters or more.
pub(super) fn words_of(text: &str) -> Vec<String> {
    split_words(text)
        .filter(|w| w.chars().count() >= 3)
        .map(fold)
        .collect()
}

/// Where the words occur in a line of text: (first character, length in characters), in order,
/// ignoring case and accents ("inyeccion" is found in "Inyección").
pub fn find_words(line: &str, words: &[String]) -> Vec<(usize, usize)> {
    // One folded character for each character of the line, so positions map back.
    let fold_char = |c: char| chars::to_lower_case(chars::normalize(c));
    let lower: Vec<char> = line.chars().map(fold_char).collect();
    let mut found = Vec::new();
    for w in words {
        let w: Vec<char> = w.chars().map(fold_char).collect();
        if w.is_empty() || w.len() > lower.len() {
            continue;
        }
        for i in 0..=lower.len() - w.len() {
            if lower[i..i + w.len()] == w[..] {
                found.push((i, w.len()));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::{fold, split_words};
    use proptest::prelude::*;

    /// What `split_words` must give: the standard library's split, empty pieces left out.
    fn split_as_std(text: &str) -> Vec<&str> {
        text.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn words_are_split_as_the_standard_split_would() {
        for text in [
            "",
            " ",
            "dose",
            "Your dose: 20 mg, once a month.",
            "self-injection  (pen)",
            "Inyección — ¿cuándo? Niño, pingüino…",
            "x\u{301}y 中文 ok",
            "--",
            "a\u{a0}b",
        ] {
            assert_eq!(
                split_words(text).collect::<Vec<_>>(),
                split_as_std(text),
                "{text:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn any_text_is_split_as_the_standard_split_would(text in "(?s).{0,40}") {
            prop_assert_eq!(split_words(&text).collect::<Vec<_>>(), split_as_std(&text));
        }

        #[test]
        fn ascii_is_folded_to_lower_case(word in "[ -~]{0,20}") {
            prop_assert_eq!(fold(&word), word.to_ascii_lowercase());
        }
    }
}
