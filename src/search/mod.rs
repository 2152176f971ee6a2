//! Search across all loaded guides: section and topic titles, body text, questions, and the
//! glossary. Fuzzy and ranked with nucleo-matcher (titles weigh more than body text), tolerant of
//! typos (a word that is not in the guides is corrected to the closest word that is), and aware
//! of the synonyms each guide declares ("shot" finds "injection"). No terminal code here.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use crate::guide::signs::spaced;
use crate::guide::{Guide, SectionKind};
use crate::i18n::Lang;

mod correct;
mod urgent;
mod words;

pub use correct::is_real_word;
use urgent::Urgent;

pub use words::{find_words, fold};
use words::{fold_into, keywords, split_words, stem, words_of};

/// How much a match in each kind of text counts.
const TITLE_WEIGHT: u32 = 4;
/// Glossary entries are short; a topic that explains the word is the better answer.
const TERM_WEIGHT: u32 = 2;
/// A text that holds every word of the query outranks any that only matches loosely.
const ALL_WORDS_BONUS: u32 = 100_000;
const QUESTION_WEIGHT: u32 = 2;
const BODY_WEIGHT: u32 = 1;
/// The most characters of a query that are searched.
pub const MAX_QUERY_CHARS: usize = 100;
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
    /// Which topic (an index into `Index::paths`).
    topic: u32,
    weight: u32,
    text: String,
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

// The index marks each word's languages with a bit each.
const _: () = assert!(Lang::ALL.len() <= 32);

/// The most query words that are looked for at once (a bit each in a mask).
const MAX_WORDS: usize = 32;

/// A topic found by one spelling of the query, before its snippet is made.
struct Found {
    topic: u32,
    score: u32,
    /// The entry that holds the most words, for the snippet.
    entry: usize,
    /// Which spelling of the query (an index into the variants' stems).
    variant: usize,
}

pub struct Index {
    entries: Vec<Entry>,
    /// Every word in the guides (case and accents folded), sorted, with the topics that hold
    /// it and the best weight it has in each (title, question, body): a query word is looked
    /// up here instead of in every text, and touches each topic once, not each paragraph.
    words: Vec<(String, Vec<(u32, u32)>)>,
    /// Every word of three letters or more, and the synonyms' words, in every guide: what is
    /// not a typo.
    vocabulary: Vec<String>,
    /// The same for each language, sorted: a typo is corrected to a word of the query's
    /// language ("Lopez" must not become Spanish "lapiz" in an English search).
    corrections: Vec<(Lang, Vec<String>)>,
    synonyms: Vec<(String, Vec<String>)>,
    /// The loaded guides' own names (brand and generic, lowercase): every topic is about them,
    /// so like stop words they say nothing about which topic is wanted...
    names: Vec<String>,
    /// ...but about which guide is: each name with its guide, sorted. A query that names a
    /// guide ("kesimpta pregnant") is answered from that guide (and its translations).
    named: Vec<(String, usize)>,
    /// The guides the query being answered names (empty: every guide).
    only: Vec<usize>,
    /// Each distinct title and question, with the entries that hold it: loose matching looks
    /// at each text once, however many guides share it.
    distinct: Vec<(String, Vec<u32>)>,
    /// Each distinct topic title (lowercase), with the topics that have it.
    titles: Vec<(String, Vec<u32>)>,
    /// Each topic's place, "Guide › Section › Topic" and title.
    paths: Vec<(Place, String, String)>,
    /// Each guide's Get help now page and the danger signs on it.
    urgent: Vec<Urgent>,
    /// Each guide's language.
    languages: Vec<Lang>,
    /// The language queries are typed in: its stop words and stems, and its guides first.
    lang: Lang,
    matcher: Matcher,
}

impl Index {
    pub fn new<G: std::borrow::Borrow<Guide>>(guides: &[G]) -> Self {
        let mut entries = Vec::new();
        let mut paths = Vec::new();
        let mut synonyms = Vec::new();
        let mut names: Vec<String> = Vec::new();
        let mut named: Vec<(String, usize)> = Vec::new();
        let mut corrections: Vec<(Lang, Vec<String>)> = Vec::new();
        let mut lang_of_guide = Vec::new();
        let mut urgent = Vec::new();
        for (g, guide) in guides.iter().map(G::borrow).enumerate() {
            // Keys as queries are matched: folded, punctuation as spaces.
            synonyms.extend(
                guide
                    .synonyms
                    .iter()
                    .map(|(k, t)| (spaced(k).trim().to_string(), t.clone())),
            );
            let slot = match corrections.iter().position(|(l, _)| *l == guide.lang()) {
                Some(i) => i,
                None => {
                    corrections.push((guide.lang(), Vec::new()));
                    corrections.len() - 1
                }
            };
            lang_of_guide.push(slot);
            corrections[slot]
                .1
                .extend(guide.synonyms.iter().flat_map(|(k, _)| words_of(k)));
            // "Kesimpta (ofatumumab)" and "ofatumumab": "kesimpta", "ofatumumab".
            let title = guide.title.split('(').next().unwrap_or_default();
            for name in [title, guide.generic_name.as_str()] {
                for w in name
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| w.chars().count() >= 2)
                {
                    names.push(w.to_lowercase());
                    named.push((w.to_lowercase(), g));
                }
            }
            for (s, section) in guide.sections.iter().enumerate() {
                for (t, topic) in section.topics.iter().enumerate() {
                    let place = Place {
                        guide: g,
                        section: s,
                        topic: t,
                    };
                    let path = format!("{} › {} › {}", guide.title, section.title, topic.title);
                    let id = paths.len() as u32;
                    paths.push((place, path, topic.title.clone()));
                    if guide.get_help == Some((s, t)) {
                        urgent.extend(Urgent::of(guide, id));
                    }
                    let mut add = |weight, text: String| {
                        entries.push(Entry {
                            topic: id,
                            weight,
                            text,
                        })
                    };
                    let title_weight = if section.kind == SectionKind::Glossary {
                        TERM_WEIGHT
                    } else {
                        TITLE_WEIGHT
                    };
                    add(title_weight, format!("{} {}", topic.title, section.title));
                    for text in topic.body_texts(guide.lang()) {
                        add(BODY_WEIGHT, text);
                    }
                    for q in &topic.questions {
                        add(QUESTION_WEIGHT, q.clone());
                    }
                }
            }
        }
        // foldhash: several times faster than the standard hash on short words.
        // Each word's topics, and the languages (a bit each) whose corrections have it: a word
        // is copied once per language, not once per time it is written (a thousand guides
        // write millions of words).
        let mut postings: foldhash::HashMap<String, (Vec<(u32, u32)>, u32)> = Default::default();
        let mut folded = String::new();
        // Entries come topic by topic: a word's list grows by topic, keeping its best weight.
        for e in &entries {
            let slot = lang_of_guide[paths[e.topic as usize].0.guide];
            let bit = 1u32 << slot;
            for w in split_words(&e.text).filter(|w| w.chars().nth(1).is_some()) {
                fold_into(w, &mut folded);
                let (list, langs) = match postings.get_mut(folded.as_str()) {
                    Some(found) => found,
                    None => postings.entry(folded.clone()).or_default(),
                };
                match list.last_mut() {
                    Some((t, weight)) if *t == e.topic => *weight = (*weight).max(e.weight),
                    _ => list.push((e.topic, e.weight)),
                }
                if *langs & bit == 0 {
                    *langs |= bit;
                    if folded.chars().nth(2).is_some() {
                        corrections[slot].1.push(folded.clone());
                    }
                }
            }
        }
        let mut words: Vec<(String, Vec<(u32, u32)>)> = postings
            .into_iter()
            .map(|(word, (list, _))| (word, list))
            .collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut vocabulary: Vec<String> = words
            .iter()
            .filter(|(w, _)| w.chars().count() >= 3)
            .map(|(w, _)| w.clone())
            .collect();
        vocabulary.extend(synonyms.iter().flat_map(|(k, _)| words_of(k)));
        vocabulary.sort();
        vocabulary.dedup();
        for (_, words) in &mut corrections {
            words.sort_unstable();
            words.dedup();
        }
        names.sort_unstable();
        names.dedup();
        named.sort_unstable();
        named.dedup();
        let mut texts: foldhash::HashMap<&str, Vec<u32>> = Default::default();
        for (n, e) in entries.iter().enumerate() {
            if e.weight != BODY_WEIGHT {
                texts.entry(e.text.as_str()).or_default().push(n as u32);
            }
        }
        let mut distinct: Vec<(String, Vec<u32>)> = texts
            .into_iter()
            .map(|(t, list)| (t.to_string(), list))
            .collect();
        distinct.sort_unstable_by(|a, b| a.1[0].cmp(&b.1[0]));
        let mut by_title: foldhash::HashMap<String, Vec<u32>> = Default::default();
        for (t, (_, _, title)) in paths.iter().enumerate() {
            by_title
                .entry(title.to_lowercase())
                .or_default()
                .push(t as u32);
        }
        let mut titles: Vec<(String, Vec<u32>)> = by_title.into_iter().collect();
        titles.sort_unstable_by(|a, b| a.1[0].cmp(&b.1[0]));
        Self {
            entries,
            words,
            vocabulary,
            corrections,
            synonyms,
            names,
            named,
            only: Vec::new(),
            distinct,
            titles,
            paths,
            urgent,
            languages: guides.iter().map(|g| g.borrow().lang()).collect(),
            lang: Lang::En,
            matcher: Matcher::new(Config::DEFAULT),
        }
    }

    /// Queries are in `lang` from now on: its stop words and stems, and results from the
    /// guides written in it come first.
    pub fn set_language(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Whether a word (any case, accents or not) is one of the guides' words of three letters
    /// or more, or of their synonyms.
    pub fn knows(&self, word: &str) -> bool {
        self.vocabulary.binary_search(&fold(word)).is_ok()
    }

    /// Whether topic `t` (an index into `paths`) is in a guide of the query's language.
    fn in_language(&self, t: u32) -> bool {
        let guide = self.paths[t as usize].0.guide;
        self.languages.get(guide) == Some(&self.lang)
    }

    pub fn search(&mut self, query: &str) -> Results {
        self.search_with(query, true)
    }

    /// The same, with every word as it was typed: no typo is corrected ("Search for stopping
    /// instead" after "Showing results for storing").
    pub fn search_as_typed(&mut self, query: &str) -> Results {
        self.search_with(query, false)
    }

    fn search_with(&mut self, query: &str, correct: bool) -> Results {
        // A question is a few words: the first `MAX_QUERY_CHARS` are searched, whoever asks (the
        // app's box keeps as many; `patient-guide search` may be handed anything).
        let query: String = query.trim().chars().take(MAX_QUERY_CHARS).collect();
        let query = query.trim().to_lowercase();
        if query.is_empty() {
            return Results::default();
        }
        self.only = self.guides_named(&query);
        if !self.only.is_empty()
            && keywords(&query, &self.names, self.lang).is_empty()
            && !self
                .variants(&query)
                .iter()
                .skip(1)
                .any(|v| !keywords(v, &self.names, self.lang).is_empty())
        {
            // Only a medicine's name: its guide's topics, in order.
            return Results {
                hits: self.topics_of(&self.only),
                corrected: None,
                closest: false,
            };
        }
        let corrected = if correct {
            self.correct(&query)
        } else {
            query.clone()
        };
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
            // The query's language first, then the score, as for the hits of one spelling.
            hits.sort_by_key(|h| {
                (
                    std::cmp::Reverse(self.languages.get(h.place.guide) == Some(&self.lang)),
                    std::cmp::Reverse(h.score),
                )
            });
            hits.truncate(MAX_HITS);
        }
        let mut urgent = self.urgent_hits(&query);
        if urgent.is_empty() && corrected != query {
            urgent = self.urgent_hits(&corrected);
        }
        // Letters scattered through titles match almost any word: a query of real words that
        // no guide holds ("latex") finds nothing rather than something unrelated.
        let all_real = || {
            keywords(&query, &self.names, self.lang)
                .iter()
                .all(|k| is_real_word(k))
        };
        if hits.is_empty() && urgent.is_empty() && !all_real() {
            hits = self.fuzzy(&self.variants(&query));
        }
        if hits.is_empty() && urgent.is_empty() {
            return Results {
                hits: self.closest(&query),
                corrected: None,
                closest: true,
            };
        }
        if !urgent.is_empty() {
            // A danger sign: Get help now first, showing the line that names it.
            hits.retain(|h| !urgent.iter().any(|u| u.place == h.place));
            hits.splice(0..0, urgent);
            hits.truncate(MAX_HITS);
        }
        Results {
            hits,
            corrected: (corrected != query).then_some(corrected),
            closest: false,
        }
    }

    /// The guides a query names by brand or generic name (with their translations, which share
    /// the names): the query's language's first.
    fn guides_named(&self, query: &str) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for w in query.split(|c: char| !c.is_alphanumeric() && c != '-') {
            let at = self.named.partition_point(|(n, _)| n.as_str() < w);
            out.extend(
                self.named[at..]
                    .iter()
                    .take_while(|(n, _)| n == w)
                    .map(|(_, g)| *g),
            );
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Whether topic `t` may answer the query: it is in a guide the query names, or the query
    /// names none.
    fn allowed(&self, t: u32) -> bool {
        self.only.is_empty() || self.only.contains(&self.paths[t as usize].0.guide)
    }

    /// The first topics of these guides, in order (those in the query's language first).
    fn topics_of(&self, guides: &[usize]) -> Vec<Hit> {
        let found: Vec<Option<Found>> = self
            .paths
            .iter()
            .enumerate()
            .map(|(t, (place, _, _))| {
                guides.contains(&place.guide).then(|| Found {
                    topic: t as u32,
                    score: 0,
                    entry: self.first_entry(t as u32),
                    variant: 0,
                })
            })
            .collect();
        self.best(found)
            .into_iter()
            .map(|f| {
                let mut h = self.hit(&f, &[], Vec::new());
                h.snippet.clear();
                h
            })
            .collect()
    }

    /// A topic's first entry (its title).
    fn first_entry(&self, t: u32) -> usize {
        self.entries.partition_point(|e| e.topic < t)
    }

    /// The query, the query with each synonym it contains replaced by each of the guide's words
    /// for it, and the query with every synonym replaced at once.
    fn variants(&self, query: &str) -> Vec<String> {
        let mut out = vec![query.to_string()];
        // "¿cada cuánto?" holds the key "cada cuanto": punctuation and accents do not count, as
        // for the danger signs (one `spaced` for both).
        let mut all = spaced(query);
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

    /// Ranks topics by the words of the query they hold: each word counts by where it is found
    /// (title, question, body) and by how rare it is, and a topic that holds every word ranks
    /// above the rest. A word is found inside longer words ("lesion" in "lesions"), ignoring
    /// case and accents.
    fn run(&mut self, variants: &[String]) -> Vec<Hit> {
        let topics = self.paths.len();
        let mut found: Vec<Option<Found>> = (0..topics).map(|_| None).collect();
        let mut all_stems: Vec<Vec<String>> = Vec::new();
        // Reused for each spelling: a bit per query word for each topic.
        let mut topic_mask = vec![0u32; topics];
        for variant in variants {
            let mut keys = keywords(variant, &self.names, self.lang);
            keys.truncate(MAX_WORDS);
            if keys.is_empty() {
                continue;
            }
            let stems: Vec<String> = keys.iter().map(|k| stem(k, self.lang)).collect();
            let n = stems.len();
            // The topics holding any word, each once; per topic, the best weight of each word.
            let mut touched: Vec<u32> = Vec::new();
            let mut weights = vec![0u32; topics * n];
            for (k, st) in stems.iter().enumerate() {
                let st = fold(st);
                // One or two letters (the first keystrokes of a word) are found at the start of
                // words, not inside them: inside, they are in nearly every word of a library.
                let short = st.chars().nth(2).is_none();
                let from = if short {
                    self.words
                        .partition_point(|(w, _)| w.as_str() < st.as_str())
                } else {
                    0
                };
                let words = self.words[from..]
                    .iter()
                    .take_while(|(w, _)| !short || w.starts_with(st.as_str()))
                    .filter(|(w, _)| w.contains(st.as_str()));
                for (_, list) in words {
                    for &(t, weight) in list {
                        if !self.allowed(t) {
                            continue;
                        }
                        let mask = &mut topic_mask[t as usize];
                        if *mask == 0 {
                            touched.push(t);
                        }
                        *mask |= 1 << k;
                        let w = &mut weights[t as usize * n + k];
                        *w = (*w).max(weight);
                    }
                }
            }
            // Rare words tell more than common ones: weigh each by how few topics hold it.
            let idf: Vec<u32> = (0..n)
                .map(|k| {
                    let holding = touched
                        .iter()
                        .filter(|&&t| topic_mask[t as usize] & (1 << k) != 0)
                        .count();
                    rarity(topics, holding)
                })
                .collect();
            let all = (1u64 << n) - 1;
            let variant_no = all_stems.len();
            for &t in &touched {
                let t = t as usize;
                let w = &weights[t * n..(t + 1) * n];
                let score = w.iter().zip(&idf).map(|(w, r)| w * r).sum::<u32>()
                    + if u64::from(topic_mask[t]) == all {
                        ALL_WORDS_BONUS
                    } else {
                        0
                    };
                keep_better(
                    &mut found[t],
                    Found {
                        topic: t as u32,
                        score,
                        // Chosen for the topics shown only (`snippet_entry`).
                        entry: 0,
                        variant: variant_no,
                    },
                );
                topic_mask[t] = 0;
            }
            all_stems.push(stems);
        }
        // Snippets only for what is shown.
        self.best(found)
            .into_iter()
            .map(|mut f| {
                let stems = &all_stems[f.variant];
                f.entry = self.snippet_entry(f.topic, stems);
                let marks: Vec<u32> = find_words(&self.entries[f.entry].text, stems)
                    .into_iter()
                    .flat_map(|(at, n)| (at..at + n).map(|i| i as u32))
                    .collect();
                self.hit(&f, &marks, stems.clone())
            })
            .collect()
    }

    /// The text of a topic a result shows: the one holding the most of the query's words, the
    /// title before a question before a paragraph among equals, else the first.
    fn snippet_entry(&self, topic: u32, stems: &[String]) -> usize {
        let first = self.first_entry(topic);
        let end = self.first_entry(topic + 1);
        let stems: Vec<String> = stems.iter().map(|s| fold(s)).collect();
        let mut best = (first, 0usize);
        for n in first..end {
            let e = &self.entries[n];
            let text = fold(&e.text);
            let count = stems.iter().filter(|s| text.contains(s.as_str())).count();
            if count > best.1
                || (count == best.1 && count > 0 && e.weight > self.entries[best.0].weight)
            {
                best = (n, count);
            }
        }
        best.0
    }

    /// The result for a found topic: its path, and a snippet of the entry that matched with
    /// `marks` (character positions in it) highlighted.
    fn hit(&self, f: &Found, marks: &[u32], words: Vec<String>) -> Hit {
        let (snippet, highlights) = snippet(&self.entries[f.entry].text, marks);
        let (place, path, _) = &self.paths[f.topic as usize];
        Hit {
            place: *place,
            path: path.clone(),
            snippet,
            highlights,
            words,
            score: f.score,
        }
    }

    /// Fuzzy matching of the whole query (nucleo-matcher) against titles and questions, for
    /// queries whose words appear nowhere, even corrected: titles weigh most. (Body text is left
    /// out: letters scattered through a long paragraph match almost anything.)
    fn fuzzy(&mut self, variants: &[String]) -> Vec<Hit> {
        let mut found: Vec<Option<Found>> = (0..self.paths.len()).map(|_| None).collect();
        let mut buf = Vec::new();
        let patterns: Vec<Pattern> = variants
            .iter()
            .map(|v| Pattern::parse(v, CaseMatching::Ignore, Normalization::Smart))
            .collect();
        // Letters scattered through another language's titles match nearly any query
        // ("insurance" in "lesiones nuevas en la resonancia"): only the query's language's
        // guides are matched loosely, when there are any.
        let any_in_language = self.languages.contains(&self.lang);
        for (variant, pattern) in patterns.iter().enumerate() {
            for (text, list) in &self.distinct {
                let hay = Utf32Str::new(text, &mut buf);
                let Some(score) = pattern.score(hay, &mut self.matcher) else {
                    continue;
                };
                for &n in list {
                    let e = &self.entries[n as usize];
                    if (any_in_language && !self.in_language(e.topic)) || !self.allowed(e.topic) {
                        continue;
                    }
                    keep_better(
                        &mut found[e.topic as usize],
                        Found {
                            topic: e.topic,
                            score: score * e.weight,
                            entry: n as usize,
                            variant,
                        },
                    );
                }
            }
        }
        self.best(found)
            .into_iter()
            .map(|f| {
                let hay = Utf32Str::new(&self.entries[f.entry].text, &mut buf);
                let mut indices = Vec::new();
                patterns[f.variant].indices(hay, &mut self.matcher, &mut indices);
                let keys = keywords(&variants[f.variant], &self.names, self.lang);
                self.hit(&f, &indices, keys)
            })
            .collect()
    }

    /// The topics whose titles are most like the query.
    fn closest(&self, query: &str) -> Vec<Hit> {
        // Each distinct title once; then its topics, the query's language and guide first.
        let mut scored: Vec<(bool, f64, u32)> = Vec::new();
        for (title, topics) in &self.titles {
            let like = strsim::jaro_winkler(query, title);
            scored.extend(
                topics
                    .iter()
                    .map(|&t| (self.in_language(t) && self.allowed(t), like, t)),
            );
        }
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)));
        scored
            .into_iter()
            .take(3)
            .map(|(_, s, t)| {
                let (place, path, _) = &self.paths[t as usize];
                Hit {
                    place: *place,
                    path: path.clone(),
                    snippet: String::new(),
                    highlights: Vec::new(),
                    words: Vec::new(),
                    score: (s * 1000.0) as u32,
                }
            })
            .collect()
    }
}

/// Keeps `new` in `slot` if it scores higher than what is there (the first of equals stays).
fn keep_better(slot: &mut Option<Found>, new: Found) {
    if slot.as_ref().is_none_or(|f| f.score < new.score) {
        *slot = Some(new);
    }
}

impl Index {
    /// The topics found, those in the query's language first, then best first (by topic order
    /// among equals), as many as are shown.
    fn best(&self, found: Vec<Option<Found>>) -> Vec<Found> {
        let mut found: Vec<Found> = found.into_iter().flatten().collect();
        let order = |a: &Found, b: &Found| {
            let first = |f: &Found| self.in_language(f.topic);
            first(b)
                .cmp(&first(a))
                .then(b.score.cmp(&a.score))
                .then(a.topic.cmp(&b.topic))
        };
        // Only the best are shown: they are picked out, then sorted (a library finds thousands).
        if found.len() > MAX_HITS {
            found.select_nth_unstable_by(MAX_HITS - 1, order);
            found.truncate(MAX_HITS);
        }
        found.sort_by(order);
        found
    }
}

/// How telling a word is: 1000 times (1 + ln(topics / topics holding it)).
fn rarity(topics: usize, holding: usize) -> u32 {
    let n = topics.max(1) as f64;
    let df = holding.max(1) as f64;
    ((1.0 + (n / df).ln()) * 1000.0) as u32
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
