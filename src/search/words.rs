//! Words as search sees them: folded (case and accents, as nucleo-matcher folds them), split,
//! stop words and the guides' own names dropped from a query, a small suffix stem, and finding
//! the words in a line of text for highlighting.

use nucleo_matcher::chars;

/// A word as it is looked up: lower case, accents removed (as nucleo-matcher reads text), so
/// "Lesion" finds "lesions" and "cafe" finds "café".
pub(super) fn fold(word: &str) -> String {
    let mut out = String::new();
    fold_into(word, &mut out);
    out
}

pub(super) fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.extend(
            word.chars()
                .map(|c| chars::to_lower_case(chars::normalize(c))),
        );
    }
}

/// Words that say nothing about what the patient is looking for.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "and", "or", "is", "are",
    "be", "it", "its", "do", "does", "did", "can", "could", "should", "would", "will", "i", "me",
    "my", "you", "your", "what", "which", "who", "how", "why", "when", "where", "this", "that",
    "these", "those", "other", "about", "from", "have", "has", "if", "as", "so", "than", "then",
    "there",
];

/// The words of a query worth looking for: lowercase, two letters or more, neither stop words
/// nor the guides' own `names`. A query of a single letter (the first keystroke) looks for that
/// letter.
pub(super) fn keywords(query: &str, names: &[String]) -> Vec<String> {
    let mut out: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .filter(|w| {
            w.chars().count() >= 2 && !STOP_WORDS.contains(&w.as_str()) && !names.contains(w)
        })
        .collect();
    if query.chars().count() == 1 && query.chars().all(char::is_alphanumeric) {
        out.push(query.to_lowercase());
    }
    out.dedup();
    out
}

/// A crude stem, so "lesions" finds "lesion" and "injecting" finds "inject".
pub(super) fn stem(word: &str) -> String {
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
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
}

/// Folded words of three letters or more.
pub(super) fn words_of(text: &str) -> Vec<String> {
    split_words(text)
        .filter(|w| w.chars().count() >= 3)
        .map(fold)
        .collect()
}

/// Where the words occur in a line of text: (first character, length in characters), in order,
/// ignoring case.
pub fn find_words(line: &str, words: &[String]) -> Vec<(usize, usize)> {
    let lower: Vec<char> = line.chars().flat_map(char::to_lowercase).collect();
    // Only when lowercasing keeps the length can positions be mapped back; nearly all text does.
    if lower.len() != line.chars().count() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for w in words {
        let w: Vec<char> = w.chars().collect();
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
