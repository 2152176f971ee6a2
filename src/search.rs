//! Search across all loaded guides: section and topic titles, body text, questions, and the
//! glossary. Fuzzy and ranked with nucleo-matcher (titles weigh more than body text), tolerant of
//! typos (a word that is not in the guides is corrected to the closest word that is), and aware
//! of the synonyms each guide declares ("shot" finds "injection"). No terminal code here.

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str, Utf32String};

use crate::guide::{Guide, SectionKind};

/// How much a match in each kind of text counts.
const TITLE_WEIGHT: u32 = 4;
/// Glossary entries are short; a topic that explains the word is the better answer.
const TERM_WEIGHT: u32 = 2;
/// A text that holds every word of the query outranks any that only matches loosely.
const ALL_WORDS_BONUS: u32 = 100_000;
const QUESTION_WEIGHT: u32 = 2;
const BODY_WEIGHT: u32 = 1;
/// Results shown at most.
pub const MAX_HITS: usize = 20;
/// Characters of text shown around a match.
const SNIPPET_CHARS: usize = 72;

/// Where a result is: guide, section and topic indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Place {
    pub guide: usize,
    pub section: usize,
    pub topic: usize,
}

struct Entry {
    place: Place,
    weight: u32,
    text: String,
    /// The text as nucleo-matcher reads it, made once.
    hay: Utf32String,
}

/// One result: where it is ("Kesimpta › How to take it › If you miss a dose"), a snippet of the
/// text that matched, the character ranges to highlight in it, and the words to find in the topic.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub place: Place,
    pub path: String,
    pub snippet: String,
    pub highlights: Vec<usize>,
    pub words: Vec<String>,
    pub score: u32,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    pub hits: Vec<Hit>,
    /// The query as corrected for typos, when that is what found the results.
    pub corrected: Option<String>,
    /// Nothing matched; `hits` are the closest topics by title instead.
    pub closest: bool,
}

pub struct Index {
    entries: Vec<Entry>,
    /// Every word in the guides, lowercase, sorted: for typo correction.
    vocabulary: Vec<String>,
    synonyms: Vec<(String, Vec<String>)>,
    /// "Guide › Section › Topic" for each place, and each topic's title.
    paths: Vec<(Place, String, String)>,
    matcher: Matcher,
    /// Each word's rarity, once worked out (it needs a pass over every text).
    rarity: std::collections::HashMap<String, u32>,
}

impl Index {
    pub fn new(guides: &[Guide]) -> Self {
        let mut entries = Vec::new();
        let mut paths = Vec::new();
        let mut synonyms = Vec::new();
        for (g, guide) in guides.iter().enumerate() {
            synonyms.extend(guide.synonyms.iter().cloned());
            for (s, section) in guide.sections.iter().enumerate() {
                for (t, topic) in section.topics.iter().enumerate() {
                    let place = Place {
                        guide: g,
                        section: s,
                        topic: t,
                    };
                    let path = format!("{} › {} › {}", guide.title, section.title, topic.title);
                    paths.push((place, path, topic.title.clone()));
                    let mut add = |weight, text: String| {
                        entries.push(Entry {
                            place,
                            weight,
                            hay: Utf32String::from(text.as_str()),
                            text,
                        })
                    };
                    let title_weight = if section.kind == SectionKind::Glossary {
                        TERM_WEIGHT
                    } else {
                        TITLE_WEIGHT
                    };
                    add(title_weight, format!("{} {}", topic.title, section.title));
                    for text in topic.body_texts() {
                        add(BODY_WEIGHT, text);
                    }
                    for q in &topic.questions {
                        add(QUESTION_WEIGHT, q.clone());
                    }
                }
            }
        }
        let mut vocabulary: Vec<String> = entries.iter().flat_map(|e| words(&e.text)).collect();
        vocabulary.extend(synonyms.iter().flat_map(|(k, _)| words(k)));
        vocabulary.sort();
        vocabulary.dedup();
        Self {
            entries,
            vocabulary,
            synonyms,
            paths,
            matcher: Matcher::new(Config::DEFAULT),
            rarity: std::collections::HashMap::new(),
        }
    }

    pub fn search(&mut self, query: &str) -> Results {
        let query = query.trim().to_lowercase();
        if query.is_empty() {
            return Results::default();
        }
        let corrected = self.correct(&query);
        let mut hits = self.run(&self.variants(&query));
        if corrected != query {
            // A guessed spelling counts for less than what was typed.
            for mut h in self.run(&self.variants(&corrected)) {
                h.score /= 2;
                match hits.iter_mut().find(|o| o.place == h.place) {
                    Some(o) if o.score >= h.score => {}
                    Some(o) => *o = h,
                    None => hits.push(h),
                }
            }
            hits.sort_by_key(|h| std::cmp::Reverse(h.score));
            hits.truncate(MAX_HITS);
        }
        if hits.is_empty() {
            return Results {
                hits: self.closest(&query),
                corrected: None,
                closest: true,
            };
        }
        Results {
            hits,
            corrected: (corrected != query).then_some(corrected),
            closest: false,
        }
    }

    /// The query, the query with each synonym it contains replaced by each of the guide's words
    /// for it, and the query with every synonym replaced at once.
    fn variants(&self, query: &str) -> Vec<String> {
        let mut out = vec![query.to_string()];
        let mut all = format!(" {query} ");
        let padded = all.clone();
        for (word, targets) in &self.synonyms {
            let key = format!(" {word} ");
            if padded.contains(&key) {
                for t in targets {
                    out.push(padded.replace(&key, &format!(" {t} ")).trim().to_string());
                }
                if let Some(first) = targets.first() {
                    all = all.replace(&key, &format!(" {first} "));
                }
            }
        }
        let all = all.trim().to_string();
        if !out.contains(&all) {
            out.push(all);
        }
        out
    }

    /// Replaces each word that is in no guide (and starts no word of one, as while typing) with
    /// the closest word that is, when it is close enough to be a typo.
    fn correct(&self, query: &str) -> String {
        query
            .split_whitespace()
            .map(|w| {
                let known = self.vocabulary.binary_search(&w.to_string()).is_ok()
                    || self.vocabulary.iter().any(|v| v.starts_with(w));
                let allowed = match w.chars().count() {
                    0..=2 => 0,
                    3..=4 => 1,
                    _ => 2,
                };
                if known || allowed == 0 {
                    return w.to_string();
                }
                self.vocabulary
                    .iter()
                    .map(|v| (strsim::damerau_levenshtein(w, v), v))
                    .filter(|(d, _)| *d <= allowed)
                    .min_by_key(|(d, v)| (*d, v.len()))
                    .map_or_else(|| w.to_string(), |(_, v)| v.clone())
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Ranks topics by the words of the query they hold: each word counts by where it is found
    /// (title, question, body), and a topic that holds every word ranks above the rest. When no
    /// topic holds any word, falls back to fuzzy matching of the whole query.
    fn run(&mut self, variants: &[String]) -> Vec<Hit> {
        let mut best: Vec<Hit> = Vec::new();
        for variant in variants {
            let keys = keywords(variant);
            if keys.is_empty() {
                continue;
            }
            let stems: Vec<String> = keys.iter().map(|k| stem(k)).collect();
            let atoms: Vec<Atom> = stems.iter().map(|st| word_atom(st)).collect();
            // Rare words tell more than common ones: weigh each by how few topics hold it.
            let idf: Vec<u32> = stems
                .iter()
                .zip(&atoms)
                .map(|(st, a)| match self.rarity.get(st) {
                    Some(r) => *r,
                    None => {
                        let r = self.rarity(a);
                        self.rarity.insert(st.clone(), r);
                        r
                    }
                })
                .collect();
            // Per topic: the best weight each word was found with, and the entry that holds
            // the most words (for the snippet).
            let mut topics: Vec<(Place, Vec<u32>, usize, usize)> = Vec::new();
            for (n, e) in self.entries.iter().enumerate() {
                let found: Vec<bool> = atoms
                    .iter()
                    .map(|a| a.score(e.hay.slice(..), &mut self.matcher).is_some())
                    .collect();
                let count = found.iter().filter(|f| **f).count();
                if count == 0 {
                    continue;
                }
                let at = match topics.iter().position(|t| t.0 == e.place) {
                    Some(i) => i,
                    None => {
                        topics.push((e.place, vec![0; keys.len()], n, 0));
                        topics.len() - 1
                    }
                };
                let t = &mut topics[at];
                for (k, f) in found.iter().enumerate() {
                    if *f {
                        t.1[k] = t.1[k].max(e.weight);
                    }
                }
                if count > t.3 || (count == t.3 && e.weight > self.entries[t.2].weight) {
                    t.2 = n;
                    t.3 = count;
                }
            }
            for (place, weights, entry, _) in topics {
                let all = weights.iter().all(|w| *w > 0);
                let score = weights.iter().zip(&idf).map(|(w, r)| w * r).sum::<u32>()
                    + if all { ALL_WORDS_BONUS } else { 0 };
                if best.iter().any(|h| h.place == place && h.score >= score) {
                    continue;
                }
                best.retain(|h| h.place != place);
                let text = &self.entries[entry].text;
                let marks: Vec<u32> = find_words(text, &stems)
                    .into_iter()
                    .flat_map(|(at, n)| (at..at + n).map(|i| i as u32))
                    .collect();
                let (snippet, highlights) = snippet(text, &marks);
                best.push(Hit {
                    place,
                    path: String::new(),
                    snippet,
                    highlights,
                    words: stems.clone(),
                    score,
                });
            }
        }
        if best.is_empty() {
            best = self.fuzzy(variants);
        }
        best.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(a.place.section.cmp(&b.place.section))
                .then(a.place.topic.cmp(&b.place.topic))
        });
        best.truncate(MAX_HITS);
        for h in &mut best {
            h.path = self.path(h.place);
        }
        best
    }

    /// How telling a word is: 1000 times (1 + ln(topics / topics holding it)).
    fn rarity(&mut self, word: &Atom) -> u32 {
        let mut holding = std::collections::HashSet::new();
        for e in &self.entries {
            if word.score(e.hay.slice(..), &mut self.matcher).is_some() {
                holding.insert(e.place);
            }
        }
        let n = self.paths.len().max(1) as f64;
        let df = holding.len().max(1) as f64;
        ((1.0 + (n / df).ln()) * 1000.0) as u32
    }

    /// Fuzzy matching of the whole query (nucleo-matcher), for queries whose words appear
    /// nowhere as typed: titles weigh most.
    fn fuzzy(&mut self, variants: &[String]) -> Vec<Hit> {
        let mut best: Vec<Hit> = Vec::new();
        let mut buf = Vec::new();
        for variant in variants {
            let pattern = Pattern::parse(variant, CaseMatching::Ignore, Normalization::Smart);
            for e in &self.entries {
                let hay = Utf32Str::new(&e.text, &mut buf);
                let Some(score) = pattern.score(hay, &mut self.matcher) else {
                    continue;
                };
                let score = score * e.weight;
                if best.iter().any(|h| h.place == e.place && h.score >= score) {
                    continue;
                }
                best.retain(|h| h.place != e.place);
                let mut indices = Vec::new();
                let hay = Utf32Str::new(&e.text, &mut buf);
                pattern.indices(hay, &mut self.matcher, &mut indices);
                let (snippet, highlights) = snippet(&e.text, &indices);
                best.push(Hit {
                    place: e.place,
                    path: String::new(),
                    snippet,
                    highlights,
                    words: keywords(variant),
                    score,
                });
            }
        }
        best
    }

    /// The topics whose titles are most like the query.
    fn closest(&self, query: &str) -> Vec<Hit> {
        let mut scored: Vec<(f64, &(Place, String, String))> = self
            .paths
            .iter()
            .map(|p| (strsim::jaro_winkler(query, &p.2.to_lowercase()), p))
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored
            .into_iter()
            .take(3)
            .map(|(s, (place, path, _))| Hit {
                place: *place,
                path: path.clone(),
                snippet: String::new(),
                highlights: Vec::new(),
                words: Vec::new(),
                score: (s * 1000.0) as u32,
            })
            .collect()
    }

    fn path(&self, place: Place) -> String {
        self.paths
            .iter()
            .find(|p| p.0 == place)
            .map_or_else(String::new, |p| p.1.clone())
    }
}

/// A word to find anywhere in a text, ignoring case and accents (nucleo-matcher's substring
/// matching), so "lesion" finds "Lesions" and "cafe" finds "café".
fn word_atom(word: &str) -> Atom {
    Atom::new(
        word,
        CaseMatching::Ignore,
        Normalization::Smart,
        AtomKind::Substring,
        false,
    )
}

/// Words that say nothing about what the patient is looking for.
const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "for",
    "to",
    "in",
    "on",
    "at",
    "by",
    "with",
    "and",
    "or",
    "is",
    "are",
    "be",
    "it",
    "its",
    "do",
    "does",
    "did",
    "can",
    "could",
    "should",
    "would",
    "will",
    "i",
    "me",
    "my",
    "you",
    "your",
    "what",
    "which",
    "who",
    "how",
    "why",
    "when",
    "where",
    "this",
    "that",
    "these",
    "those",
    "other",
    "about",
    "from",
    "have",
    "has",
    "if",
    "as",
    "so",
    "than",
    "then",
    "there",
    "kesimpta",
    "ofatumumab",
];

/// The words of a query worth looking for: lowercase, two letters or more, no stop words.
fn keywords(query: &str) -> Vec<String> {
    let mut out: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 2 && !STOP_WORDS.contains(&w.as_str()))
        .collect();
    out.dedup();
    out
}

/// A crude stem, so "lesions" finds "lesion" and "injecting" finds "inject".
fn stem(word: &str) -> String {
    let n = word.chars().count();
    for (suffix, min) in [("ing", 6), ("ed", 5), ("es", 5), ("s", 4), ("e", 5)] {
        if n >= min && word.ends_with(suffix) && !word.ends_with("ss") {
            return word[..word.len() - suffix.len()].to_string();
        }
    }
    word.to_string()
}

/// Lowercase words of three letters or more.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// A window of text around the first match, and the matched character positions inside it.
fn snippet(text: &str, indices: &[u32]) -> (String, Vec<usize>) {
    let chars: Vec<char> = text.chars().collect();
    let first = indices.iter().min().map_or(0, |i| *i as usize);
    let start = first.saturating_sub(SNIPPET_CHARS / 3);
    let start = if start == 0 {
        0
    } else {
        // Begin at a word.
        (start..first)
            .find(|&i| chars[i - 1] == ' ')
            .unwrap_or(start)
    };
    let end = (start + SNIPPET_CHARS).min(chars.len());
    let mut s: String = chars[start..end].iter().collect();
    let lead = usize::from(start > 0);
    if start > 0 {
        s.insert(0, '…');
    }
    if end < chars.len() {
        s.push('…');
    }
    let highlights = indices
        .iter()
        .map(|&i| i as usize)
        .filter(|&i| i >= start && i < end)
        .map(|i| i - start + lead)
        .collect();
    (s, highlights)
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
