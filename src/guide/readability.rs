//! Reading level of guide text: Flesch-Kincaid grade and Flesch reading ease, from counts of
//! sentences, words and syllables (syllables estimated from vowel groups, as is usual).

use super::model::Topic;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Readability {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// Flesch-Kincaid grade level: about the school year that can read it.
    pub grade: f64,
    /// Flesch reading ease: 0 to 100, higher is easier.
    pub ease: f64,
}

/// The guide's target grade when it does not say otherwise.
pub const DEFAULT_TARGET: f64 = 8.0;

pub fn of_text(text: &str) -> Readability {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let sentences = text
        .split(['.', '!', '?', ':', '\n'])
        .filter(|s| s.chars().any(char::is_alphabetic))
        .count()
        .max(1);
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let n = words.len().max(1) as f64;
    let per_sentence = n / sentences as f64;
    let per_word = syllables as f64 / n;
    Readability {
        words: words.len(),
        sentences,
        syllables,
        grade: 0.39 * per_sentence + 11.8 * per_word - 15.59,
        ease: 206.835 - 1.015 * per_sentence - 84.6 * per_word,
    }
}

/// A topic's running text: body, then its questions.
pub fn of_topic(topic: &Topic) -> Readability {
    let mut text = String::new();
    for t in topic.body_texts() {
        text.push_str(&t);
        text.push('\n');
    }
    for q in &topic.questions {
        text.push_str(q);
        text.push('\n');
    }
    of_text(&text)
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
        let easy = of_text("Take one dose a month. Keep it cold. Do not shake it.");
        let hard = of_text(
            "Immunoglobulin concentrations necessitate comprehensive laboratory monitoring throughout administration.",
        );
        assert!(easy.grade < 3.0, "{easy:?}");
        assert!(hard.grade > 15.0, "{hard:?}");
        assert!(easy.ease > hard.ease);
        assert_eq!(syllables("dose"), 1);
        assert_eq!(syllables("injection"), 3);
        assert_eq!(syllables("table"), 2);
    }
}
