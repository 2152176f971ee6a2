//! Which words are real English or Spanish words: typo correction never replaces one
//! (`correct`). The word lists of data/words/, made into `fst` sets by build.rs, are files of
//! their own (0.24 and 0.66 MB), not part of the program: the Debian package puts them in
//! /usr/share/patient-guide/words. They are read once: by the app on another thread after its
//! first frame (`warm_up`), else the first time a word is asked about.
//!
//! The program trusts only the very sets its build made (build.rs built the hash of each into
//! it). Without them (the program copied alone, a file missing or changed), every word counts as
//! real to typo correction: search then corrects no typo (a medicine's name still is), which may
//! find less but never turns a real word into another, and it still puts Get help now first for
//! a mistyped danger sign (`Index::search_with`). The lists are read once a run: a run that
//! could not read them does not try again (a kiosk's next run does).

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use fst::Set;

use super::words::fold;
use crate::guide::fnv;

/// `SETS`: each set's file name and hash, as build.rs made it.
mod made {
    include!(concat!(env!("OUT_DIR"), "/words.rs"));
}

/// Names the one folder the sets are read from, in place of the usual places (`places`).
pub const FOLDER_VARIABLE: &str = "PATIENT_GUIDE_WORDS";

/// The English set and the Spanish one.
pub struct Sets([Set<Vec<u8>>; 2]);

/// The sets, read once; else why they cannot be used.
static SETS: LazyLock<Result<Sets, String>> = LazyLock::new(|| Sets::find(&places()));

/// Where the sets are looked for, in this order: only the folder `PATIENT_GUIDE_WORDS` names,
/// when it is set and not empty; else `share/patient-guide/words` in the folder above the program's own
/// (/usr/bin/patient-guide reads /usr/share/patient-guide/words, where the package puts them),
/// then the folder this build made them in (`cargo run`, the tests).
pub fn places() -> Vec<PathBuf> {
    places_for(
        std::env::var_os(FOLDER_VARIABLE).filter(|v| !v.is_empty()),
        std::env::current_exe().ok(),
    )
}

/// `places`, for this folder named and this program.
fn places_for(named: Option<std::ffi::OsString>, program: Option<PathBuf>) -> Vec<PathBuf> {
    if let Some(dir) = named {
        return vec![dir.into()];
    }
    let installed =
        program.and_then(|p| Some(p.parent()?.parent()?.join("share/patient-guide/words")));
    installed
        .into_iter()
        .chain([PathBuf::from(concat!(env!("OUT_DIR"), "/words"))])
        .collect()
}

impl Sets {
    /// The sets of the first of `places` that holds both as this build made them; else what is
    /// wrong in each place.
    pub fn find(places: &[PathBuf]) -> Result<Sets, String> {
        let mut problems = Vec::new();
        for dir in places {
            match Sets::read(dir) {
                Ok(sets) => return Ok(sets),
                Err(e) => problems.push(e),
            }
        }
        Err(problems.join("; "))
    }

    /// Both sets of `dir`, each checked against the hash this build made it with.
    fn read(dir: &Path) -> Result<Sets, String> {
        let one = |(name, hash): (&str, u64)| {
            let path = dir.join(name);
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            if fnv::add(fnv::EMPTY, &bytes) != hash {
                return Err(format!(
                    "{}: not the word list this program was built with",
                    path.display()
                ));
            }
            Set::new(bytes).map_err(|e| format!("{}: {e}", path.display()))
        };
        let [en, es] = made::SETS;
        Ok(Sets([one(en)?, one(es)?]))
    }

    /// Whether `word` is in either set (any case, accents or not): a patient may type either
    /// language, whatever language is being searched. Two letters or fewer: never.
    pub fn contains(&self, word: &str) -> bool {
        let folded = fold(word);
        if folded.chars().count() < 3 {
            return false;
        }
        let [en, es] = &self.0;
        en.contains(&folded) || es.contains(&folded)
    }
}

/// Reads the sets now, if nothing has yet: the app calls it on another thread after its first
/// frame (`tui::library`), so that no keystroke waits for them.
pub fn warm_up() {
    LazyLock::force(&SETS);
}

/// Why the word lists cannot be used, when they cannot (search then corrects no typo): each
/// place looked in, and what was wrong there.
pub fn missing() -> Option<&'static str> {
    SETS.as_ref().err().map(String::as_str)
}

/// Whether `word` is a real English or Spanish word; any word is, without the word lists
/// (`missing`), so that no word is corrected into another.
pub fn is_real_word(word: &str) -> bool {
    known(word).unwrap_or(true)
}

/// Whether `word` is a real English or Spanish word, if the word lists can say (`missing`).
pub fn known(word: &str) -> Option<bool> {
    SETS.as_ref().ok().map(|sets| sets.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sets this build made.
    fn built() -> Sets {
        Sets::find(&[PathBuf::from(concat!(env!("OUT_DIR"), "/words"))]).expect("built")
    }

    #[test]
    fn real_words_in_either_language_are_known() {
        let sets = built();
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
            assert!(sets.contains(w), "{w} is a real word");
            assert!(is_real_word(w), "{w} is a real word");
        }
    }

    #[test]
    fn typos_are_not_real_words() {
        let sets = built();
        for w in [
            "vacine",
            "injetcion",
            "kesimpta",
            "embarazadaa",
            "xq",
            "hepatitus",
        ] {
            assert!(!sets.contains(w), "{w} is not a word");
            assert!(!is_real_word(w), "{w} is not a word");
        }
    }

    #[test]
    fn the_lists_are_folded_as_search_folds_what_is_typed() {
        // The lists were folded by data/words/make.py (Unicode decomposition, marks dropped);
        // what a patient types is folded by nucleo's tables: they must agree.
        let sets = built();
        for (typed, listed) in [
            ("comezón", "comezon"),
            ("niño", "nino"),
            ("pingüino", "pinguino"),
        ] {
            assert_eq!(fold(typed), listed);
            assert!(
                sets.contains(typed) && sets.0[1].contains(listed),
                "{typed}"
            );
        }
    }

    #[test]
    fn the_installed_folder_comes_first_and_a_named_one_alone() {
        let built = PathBuf::from(concat!(env!("OUT_DIR"), "/words"));
        assert_eq!(
            places_for(None, Some("/usr/bin/patient-guide".into())),
            [
                PathBuf::from("/usr/share/patient-guide/words"),
                built.clone()
            ]
        );
        assert_eq!(
            places_for(None, Some("/opt/pg/bin/patient-guide".into())),
            [
                PathBuf::from("/opt/pg/share/patient-guide/words"),
                built.clone()
            ]
        );
        assert_eq!(places_for(None, None), [built]);
        assert_eq!(
            places_for(
                Some("/srv/words".into()),
                Some("/usr/bin/patient-guide".into())
            ),
            [PathBuf::from("/srv/words")]
        );
    }

    #[test]
    fn only_the_sets_this_build_made_are_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let built = PathBuf::from(concat!(env!("OUT_DIR"), "/words"));
        let place = dir.path().to_path_buf();
        // Nothing there: each place says what it lacks; the next place is read.
        let why = Sets::find(std::slice::from_ref(&place)).err().unwrap();
        assert!(
            why.contains("en.fst") && why.contains("No such file"),
            "{why}"
        );
        assert!(Sets::find(&[place.clone(), built.clone()]).is_ok());
        for name in ["en.fst", "es.fst"] {
            std::fs::copy(built.join(name), place.join(name)).unwrap();
        }
        assert!(Sets::find(std::slice::from_ref(&place)).is_ok());
        // One word more in the Spanish set: a valid set, but not this build's.
        let mut words: Vec<String> = Vec::new();
        let es = std::fs::read(built.join("es.fst")).unwrap();
        let es = Set::new(es).unwrap();
        let mut stream = es.stream();
        while let Some(w) = fst::Streamer::next(&mut stream) {
            words.push(String::from_utf8(w.to_vec()).unwrap());
        }
        words.push("zzzzzz".into());
        let other = Set::from_iter(&words).unwrap();
        std::fs::write(place.join("es.fst"), other.as_fst().as_bytes()).unwrap();
        let why = Sets::find(std::slice::from_ref(&place)).err().unwrap();
        assert!(why.contains("es.fst: not the word list"), "{why}");
        // Cut short.
        let en = std::fs::read(built.join("en.fst")).unwrap();
        std::fs::write(place.join("en.fst"), &en[..en.len() / 2]).unwrap();
        let why = Sets::find(&[place]).err().unwrap();
        assert!(why.contains("en.fst: not the word list"), "{why}");
    }
}
