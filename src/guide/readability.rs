//! Reading level of guide text, from counts of sentences, words and syllables. English:
//! Flesch-Kincaid grade and Flesch reading ease (syllables estimated from vowel groups, as is
//! usual). Spanish: the Szigriszt-Pazos perspicuity read on the INFLESZ scale (Barrio-Cantalejo
//! et al., 2008), made for Spanish health texts, with syllables counted by Spanish rules
//! (diphthongs and triphthongs are one syllable, two strong vowels or an accented í or ú with
//! another vowel are two).

use super::model::Topic;
use crate::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Readability {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// Flesch-Kincaid grade level: about the school year that can read it.
    pub grade: f64,
    /// Reading ease, 0 to 100, higher is easier: Flesch for English, INFLESZ (Szigriszt-Pazos)
    /// for Spanish.
    pub ease: f64,
}

/// The guide's target grade when it does not say otherwise.
pub const DEFAULT_TARGET: f64 = 8.0;

/// The lowest INFLESZ score a Spanish topic should have when the guide does not say otherwise:
/// 55, where INFLESZ's "normal" band starts (below it, "somewhat hard").
pub const DEFAULT_EASE_TARGET: f64 = 55.0;

/// The INFLESZ band of a score, as its authors name them.
pub fn inflesz_band(ease: f64) -> &'static str {
    match ease {
        e if e < 40.0 => "very hard",
        e if e < 55.0 => "somewhat hard",
        e if e < 65.0 => "normal",
        e if e < 80.0 => "fairly easy",
        _ => "very easy",
    }
}

/// The reading level of text in `lang`: syllables counted by the language's rules, and the
/// reading ease by its formula (Flesch for English, Szigriszt-Pazos/INFLESZ for Spanish). The
/// Flesch-Kincaid grade is given for both, but is only an English measure.
pub fn of_text(text: &str, lang: Lang) -> Readability {
    let (words, sentences) = counts(text);
    let count: fn(&str) -> usize = match lang {
        Lang::En => syllables,
        Lang::Es => spanish_syllables,
    };
    let syllables: usize = words.iter().map(|w| count(w)).sum();
    let n = words.len().max(1) as f64;
    let per_sentence = n / sentences as f64;
    let per_word = syllables as f64 / n;
    Readability {
        words: words.len(),
        sentences,
        syllables,
        grade: 0.39 * per_sentence + 11.8 * per_word - 15.59,
        ease: match lang {
            Lang::En => 206.835 - 1.015 * per_sentence - 84.6 * per_word,
            Lang::Es => 206.835 - 62.3 * per_word - per_sentence,
        },
    }
}

/// Counts of words (with letters), sentences (at least one) and the words themselves.
fn counts(text: &str) -> (Vec<&str>, usize) {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let sentences = text
        .split(['.', '!', '?', ':', '\n'])
        .filter(|s| s.chars().any(char::is_alphabetic))
        .count()
        .max(1);
    (words, sentences)
}

/// Syllables in a Spanish word: vowel nuclei, where a weak vowel (i, u, ü, and y at the end of
/// a word) joins the vowel beside it, and two strong vowels (a, e, o, or an accented í or ú)
/// side by side are two syllables.
pub fn spanish_syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    if w == ['y'] {
        return 1;
    }
    let strong = |c: char| "aeoáéóíú".contains(c);
    let weak = |c: char, at: usize| "iuü".contains(c) || (c == 'y' && at + 1 == w.len() && at > 0);
    let vowel = |c: char, at: usize| strong(c) || weak(c, at);
    let mut count = 0;
    let mut prev: Option<char> = None;
    for (i, &c) in w.iter().enumerate() {
        if !vowel(c, i) {
            prev = None;
            continue;
        }
        match prev {
            // Two strong vowels side by side: a hiatus, a new syllable.
            Some(p) if strong(p) && strong(c) => count += 1,
            Some(_) => {}
            None => count += 1,
        }
        prev = Some(c);
    }
    count.max(1)
}

/// A topic's running text: body, then its questions, in the guide's language `lang`.
pub fn of_topic(topic: &Topic, lang: Lang) -> Readability {
    let mut text = String::new();
    for t in topic.body_texts(lang) {
        text.push_str(&t);
        text.push('\n');
    }
    for q in &topic.questions {
        text.push_str(q);
        text.push('\n');
    }
    of_text(&text, lang)
}

/// Syllables in a word, estimated: groups of vowels, less a silent final "e".
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = w.len();
    // A silent final "e" ("dose"), but not "-le" after a consonant ("table").
    let le_ending = n > 2 && w[n - 2] == 'l' && !vowel(w[n - 3]);
    if n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) && !le_ending && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_plain_sentences_score_low_and_long_words_high() {
        let easy = of_text(
            "Take one dose a month. Keep it cold. Do not shake it.",
            Lang::En,
        );
        let hard = of_text(
            "Immunoglobulin concentrations necessitate comprehensive laboratory monitoring throughout administration.",
            Lang::En,
        );
        assert!(easy.grade < 3.0, "{easy:?}");
        assert!(hard.grade > 15.0, "{hard:?}");
        assert!(easy.ease > hard.ease);
        assert_eq!(syllables("dose"), 1);
        assert_eq!(syllables("injection"), 3);
        assert_eq!(syllables("table"), 2);
    }

    #[test]
    fn spanish_syllables_follow_spanish_rules() {
        for (word, n) in [
            ("dosis", 2),
            ("inyección", 3), // in-yec-ción: "ió" is one syllable
            ("refrigerador", 5),
            ("día", 2),     // accented í: a hiatus
            ("leer", 2),    // two strong vowels
            ("cuidado", 3), // cui-da-do
            ("buey", 1),    // a triphthong
            ("muy", 1),
            ("y", 1),
            ("médico", 3),
            ("enfermedad", 4),
            ("leucoencefalopatía", 9), // leu-co-en-ce-fa-lo-pa-tí-a
        ] {
            assert_eq!(spanish_syllables(word), n, "{word}");
        }
    }

    #[test]
    fn spanish_plain_text_scores_easier_than_dense_text() {
        let easy = of_text(
            "Use una dosis al mes. Guárdelo en el refrigerador. No lo agite.",
            Lang::Es,
        );
        let hard = of_text(
            "La leucoencefalopatía multifocal progresiva constituye una complicación infecciosa extraordinariamente infrecuente asociada a inmunosupresión prolongada.",
            Lang::Es,
        );
        assert!(easy.ease > 80.0, "{easy:?}");
        assert!(hard.ease < 40.0, "{hard:?}");
        assert_eq!(inflesz_band(easy.ease), "very easy");
        assert_eq!(inflesz_band(hard.ease), "very hard");
    }
}
