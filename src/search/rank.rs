//! Ranking: the topics that hold a query's words, weighed by where and how rare; nucleo's
//! fuzzy match as the fallback; the snippet shown under each hit.

use nucleo_matcher::Utf32Str;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};

use super::{
    ALL_WORDS_BONUS, Found, Hit, Index, MAX_HITS, MAX_WORDS, SNIPPET_CHARS, WHOLE_WORD, find_words,
    fold, keywords, stem,
};

impl Index {
    /// Ranks topics by the words of the query they hold: each word counts by where it is found
    /// (title, question, body) and by how rare it is, and a topic that holds every word ranks
    /// above the rest. A word is found inside longer words ("lesion" in "lesions"), ignoring
    /// case and accents.
    pub(super) fn run(&mut self, variants: &[String]) -> Vec<Hit> {
        let topics = self.paths.len();
        let mut found: Vec<Option<Found>> = (0..topics).map(|_| None).collect();
        let mut all_stems: Vec<Vec<String>> = Vec::new();
        // Reused for each spelling: a bit per query word for each topic.
        let mut topic_mask = vec![0u32; topics];
        // The stems of what the patient typed (the first spelling): marked in what a result shows
        // even when a synonym's spelling is what ranked it ("fridge" found through "storing",
        // the title's word, is still marked in the text that says "fridge").
        let mut typed: Vec<String> = Vec::new();
        for (v, variant) in variants.iter().enumerate() {
            let mut keys = keywords(variant, &self.names, self.lang);
            keys.truncate(MAX_WORDS);
            if keys.is_empty() {
                continue;
            }
            let stems: Vec<String> = keys.iter().map(|k| stem(k, self.lang)).collect();
            if v == 0 {
                typed.clone_from(&stems);
            }
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
                for (w, list) in words {
                    // A word found at the start of a word ("lesion" in "lesions") counts
                    // `WHOLE_WORD` times more than one found inside a word ("itch" in "switch"),
                    // so that "itching" in a text ranks above "switching" in a title.
                    let at_start = if w.starts_with(st.as_str()) {
                        WHOLE_WORD
                    } else {
                        1
                    };
                    for &posting in list {
                        let (t, weight) = (posting.topic(), posting.weight() * at_start);
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
                let mut stems = all_stems[f.variant].clone();
                for s in &typed {
                    if !stems.contains(s) {
                        stems.push(s.clone());
                    }
                }
                f.entry = self.snippet_entry(f.topic, &stems);
                let marks: Vec<u32> = find_words(&self.text(f.entry), &stems)
                    .into_iter()
                    .flat_map(|(at, n)| (at..at + n).map(|i| i as u32))
                    .collect();
                self.hit(&f, &marks, stems)
            })
            .collect()
    }

    /// The text of a topic a result shows: the one holding the most of the query's words, the
    /// title before a question before a paragraph among equals, else the first.
    pub(super) fn snippet_entry(&self, topic: u32, stems: &[String]) -> usize {
        let first = self.first_entry(topic);
        let end = self.first_entry(topic + 1);
        let stems: Vec<String> = stems.iter().map(|s| fold(s)).collect();
        let mut best = (first, 0usize);
        // The topic's texts, read from its guide once.
        let texts = self.texts_of(topic);
        for (n, text) in (first..end).zip(texts) {
            let e = &self.entries[n];
            let text = fold(&text);
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
    pub(super) fn hit(&self, f: &Found, marks: &[u32], words: Vec<String>) -> Hit {
        let (snippet, highlights) = snippet(&self.text(f.entry), marks);
        Hit {
            place: self.paths[f.topic as usize],
            path: self.path(f.topic),
            snippet,
            highlights,
            words,
            score: f.score,
        }
    }

    /// Fuzzy matching of the whole query (nucleo-matcher) against titles and questions, for
    /// queries whose words appear nowhere, even corrected: titles weigh most. (Body text is left
    /// out: letters scattered through a long paragraph match almost anything.)
    pub(super) fn fuzzy(&mut self, variants: &[String]) -> Vec<Hit> {
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
                let text = self.text(f.entry).into_owned();
                let hay = Utf32Str::new(&text, &mut buf);
                let mut indices = Vec::new();
                patterns[f.variant].indices(hay, &mut self.matcher, &mut indices);
                let keys = keywords(&variants[f.variant], &self.names, self.lang);
                self.hit(&f, &indices, keys)
            })
            .collect()
    }

    /// The topics whose titles are most like the query.
    pub(super) fn closest(&self, query: &str) -> Vec<Hit> {
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
            .map(|(_, s, t)| Hit {
                place: self.paths[t as usize],
                path: self.path(t),
                snippet: String::new(),
                highlights: Vec::new(),
                words: Vec::new(),
                score: (s * 1000.0) as u32,
            })
            .collect()
    }
}

/// Keeps `new` in `slot` if it scores higher than what is there (the first of equals stays).
pub(super) fn keep_better(slot: &mut Option<Found>, new: Found) {
    if slot.as_ref().is_none_or(|f| f.score < new.score) {
        *slot = Some(new);
    }
}

impl Index {
    /// The topics found, those in the query's language first, then best first (by topic order
    /// among equals), as many as are shown.
    pub(super) fn best(&self, found: Vec<Option<Found>>) -> Vec<Found> {
        let mut found: Vec<Found> = found.into_iter().flatten().collect();
        // The query's language's guides answer it; another language's topics only when they
        // have nothing (a Spanish search never lists the English guide beside the Spanish one).
        if found.iter().any(|f| self.in_language(f.topic)) {
            found.retain(|f| self.in_language(f.topic));
        }
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
pub(super) fn rarity(topics: usize, holding: usize) -> u32 {
    let n = topics.max(1) as f64;
    let df = holding.max(1) as f64;
    ((1.0 + libm::log(n / df)) * 1000.0) as u32
}

/// A window of text around the first match, and the matched character positions inside it.
pub(super) fn snippet(text: &str, indices: &[u32]) -> (String, Vec<usize>) {
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
