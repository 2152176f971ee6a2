//! Typo correction: a word that is in no guide is replaced by the closest word that is, when it
//! is close enough to be a typo ("vacine" is "vaccine"). A real English or Spanish word is never
//! replaced ("stopping" is not "storing", "hives" is not "gives", "barriga" is not "barra"): the
//! word lists in data/words/ (built into the program as deflated `fst` sets by build.rs) say
//! which words are real.

use std::sync::LazyLock;

use fst::Set;

use super::Index;
use super::words::fold;

static EN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/words-en.fst.deflate"));
static ES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/words-es.fst.deflate"));

/// The sets, inflated once (build.rs deflated them, which keeps 0.29 MB out of the program;
/// inflating both takes about 5 ms): by the app after its first frame (`warm_up`), else the
/// first time a word is looked up.
static SETS: LazyLock<[Set<Vec<u8>>; 2]> = LazyLock::new(|| {
    [EN, ES].map(|deflated| {
        let bytes =
            miniz_oxide::inflate::decompress_to_vec(deflated).expect("build.rs deflated a set");
        Set::new(bytes).expect("build.rs wrote a valid set")
    })
});

/// Inflates the sets now, if no search has yet: the app calls it on another thread after its
/// first frame (`tui::library`), so that no keystroke waits for it.
pub fn warm_up() {
    LazyLock::force(&SETS);
}

/// Whether `word` is a real English or Spanish word (any case, accents or not), whatever
/// language is being searched: a patient may type either.
pub fn is_real_word(word: &str) -> bool {
    let folded = fold(word);
    if folded.chars().count() < 3 {
        return false;
    }
    let [en, es] = &*SETS;
    en.contains(&folded) || es.contains(&folded)
}

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
                if self.starts_a_guide_word(&folded)
                    || !folded.chars().all(char::is_alphabetic)
                    || self.names.contains(&folded)
                {
                    return w.to_string();
                }
                // Names are single words (build.rs splits them), lower case: folded here.
                let closest = nearest(
                    self.names
                        .iter()
                        .map(|n| (strsim::damerau_levenshtein(&folded, &fold(n)), n)),
                    allowed,
                );
                match closest {
                    // The word lists are asked last: only about a word that is close to a name.
                    Some(name) if !is_real_word(w) => {
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
        query
            .split_whitespace()
            .map(|w| {
                let folded = fold(w);
                let known = self.starts_a_guide_word(&folded);
                let allowed = match w.chars().count() {
                    0..=2 => 0,
                    3..=4 => 1,
                    _ => 2,
                };
                if known || allowed == 0 || !w.chars().all(char::is_alphabetic) || is_real_word(w) {
                    return w.to_string();
                }
                let candidates = self
                    .corrections
                    .iter()
                    .find(|(l, _)| *l == self.lang)
                    .map_or(&self.vocabulary, |(_, words)| words);
                nearest(
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

    /// Whether `folded` is a word of a guide, or the start of one (as while typing).
    fn starts_a_guide_word(&self, folded: &str) -> bool {
        let after = self.vocabulary.partition_point(|v| v.as_str() < folded);
        self.vocabulary
            .get(after)
            .is_some_and(|v| v.starts_with(folded))
    }
}

/// The candidate at most `allowed` letters off (each given with its distance), the closest and
/// then the shortest: what a typo is read as, for a guide's word or a guide's name alike.
fn nearest<'a>(
    candidates: impl Iterator<Item = (usize, &'a String)>,
    allowed: usize,
) -> Option<&'a String> {
    candidates
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, c)| (*d, c.len()))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_words_in_either_language_are_known() {
        for w in [
            "stopping",
            "hives",
            "latex",
            "refrigerator",
            "fainted",
            "Barriga",
            "comezón",
            "calentura",
            "resfrío",
            "hinchó",
            "hinchada",
            "dando",
            "llamo",
            "desmayé",
            "débil",
        ] {
            assert!(is_real_word(w), "{w} is a real word");
        }
    }

    #[test]
    fn typos_are_not_real_words() {
        for w in [
            "vacine",
            "injetcion",
            "kesimpta",
            "embarazadaa",
            "xq",
            "hepatitus",
        ] {
            assert!(!is_real_word(w), "{w} is not a word");
        }
    }

    #[test]
    fn the_lists_are_folded_as_search_folds_what_is_typed() {
        // The lists were folded by data/words/make.py (Unicode decomposition, marks dropped);
        // what a patient types is folded by nucleo's tables: they must agree.
        for (typed, listed) in [
            ("comezón", "comezon"),
            ("niño", "nino"),
            ("pingüino", "pinguino"),
        ] {
            assert_eq!(fold(typed), listed);
            assert!(is_real_word(typed) && SETS[1].contains(listed), "{typed}");
        }
    }
}
