//! Typo correction: a word that is in no guide is replaced by the closest word that is, when it
//! is close enough to be a typo ("vacine" is "vaccine"). A real English or Spanish word is never
//! replaced ("stopping" is not "storing", "hives" is not "gives", "barriga" is not "barra"): the
//! word lists in data/words/ (`fst` sets beside the program: `real_words`) say which words are
//! real.

use super::Index;
use super::real_words::{self, is_real_word};
use super::words::fold;

impl Index {
    /// Replaces each word that is a typo of a guide's own name ("ofatumab", "kesimta") with the
    /// name: names are no words of the vocabulary (they weigh nothing in a query), so `correct`
    /// never offers one. Five letters or more, at most two letters off (one for five or six), and
    /// never a real word.
    pub(super) fn correct_names(&self, query: &str) -> String {
        let mut changed = false;
        let read = query
            .split_whitespace()
            .map(|w| {
                let folded = fold(w);
                let letters = folded.chars().count();
                let allowed = match letters {
                    0..=4 => return w.to_string(),
                    5..=6 => 1,
                    _ => 2,
                };
                // A guide's word, or the start of one (as while typing), is no name's typo.
                if starts_a_word_of(&self.vocabulary, &folded)
                    || !folded.chars().all(char::is_alphabetic)
                    || self.names.contains(&folded)
                {
                    return w.to_string();
                }
                // Names are single words (build.rs splits them), lower case: folded here.
                let closest = nearest(
                    &folded,
                    self.names
                        .iter()
                        .map(|n| (strsim::damerau_levenshtein(&folded, &fold(n)), n)),
                    allowed,
                );
                match closest {
                    // The word lists are asked last: only about a word that is close to a name.
                    // Without them a name's typo is read as the name all the same.
                    Some(name) if real_words::known(w) != Some(true) => {
                        changed = true;
                        name.clone()
                    }
                    _ => w.to_string(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        // Nothing read as a name: the query as it came, its spaces too.
        if changed { read } else { query.to_string() }
    }

    /// Replaces each word that is in no guide (and starts no word of one, as while typing) with
    /// the closest word that is, when it is close enough to be a typo and is not a real word.
    pub(super) fn correct(&self, query: &str) -> String {
        let candidates = self
            .corrections
            .iter()
            .find(|(l, _)| *l == self.lang)
            .map_or(&self.vocabulary, |(_, words)| words);
        self.replace_typos(query, candidates, is_real_word)
    }

    /// Replaces each word that is in no guide (and starts no word of one) with the closest word
    /// of a danger sign, when it is close enough to be a typo, real word or not: for looking
    /// for the signs alone ("chest pian" is "chest pain").
    pub(super) fn closest_sign_words(&self, query: &str) -> String {
        self.replace_typos(query, self.sign_words(), |_| false)
    }

    /// Each word of `query` that is in no guide (and starts no word of one), letters only,
    /// replaced by the closest of `candidates` when it is close enough to be a typo (one letter
    /// off for three or four letters, two for more), unless `keep` keeps it as typed.
    fn replace_typos(
        &self,
        query: &str,
        candidates: &[String],
        keep: impl Fn(&str) -> bool,
    ) -> String {
        query
            .split_whitespace()
            .map(|w| {
                let folded = fold(w);
                let allowed = match w.chars().count() {
                    0..=2 => 0,
                    3..=4 => 1,
                    _ => 2,
                };
                if allowed == 0
                    || !w.chars().all(char::is_alphabetic)
                    || starts_a_word_of(&self.vocabulary, &folded)
                    || keep(w)
                {
                    return w.to_string();
                }
                nearest(
                    &folded,
                    candidates
                        .iter()
                        .map(|v| (strsim::damerau_levenshtein(&folded, v), v)),
                    allowed,
                )
                .map_or_else(|| w.to_string(), Clone::clone)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Whether `folded` is one of the `sorted` words, or the start of one (as while typing).
fn starts_a_word_of(sorted: &[String], folded: &str) -> bool {
    let after = sorted.partition_point(|v| v.as_str() < folded);
    sorted.get(after).is_some_and(|v| v.starts_with(folded))
}

/// The candidate at most `allowed` letters off `typed` (each given with its distance): the
/// closest, then one that starts with the letter `typed` starts with (a typo seldom changes the
/// first letter: "yelow" is "yellow", not "below"), then the shortest. What a typo is read as,
/// for a guide's word or a guide's name alike.
fn nearest<'a>(
    typed: &str,
    candidates: impl Iterator<Item = (usize, &'a String)>,
    allowed: usize,
) -> Option<&'a String> {
    let first = typed.chars().next();
    candidates
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, c)| (*d, c.chars().next() != first, c.len()))
        .map(|(_, c)| c)
}
