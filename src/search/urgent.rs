//! Danger signs are always found. A query that names an urgent sign, in the guide's words or in
//! the everyday words its synonyms give for them ("can't breathe", "se me hinchó la cara"), puts
//! the guide's Get help now page first, with the line that names the sign as its snippet.
//!
//! What counts as urgent is the guide's data, not code here (`Guide::danger_signs`): each bullet
//! of the topic named by `get_help` is a sign, and a synonym whose guide words are in a sign's
//! line is an everyday way of saying it (`check` warns about a sign that has none).

use crate::guide::Guide;
use crate::guide::signs::{Sign, spaced};
use crate::i18n::Lang;

use super::words::{fold, keywords, stem};
use super::{Hit, Index, SNIPPET_CHARS, snippet};

/// One guide's Get help now page and its signs.
pub(super) struct Urgent {
    /// The page (an index into `Index::paths`).
    topic: u32,
    signs: Vec<Sign>,
}

impl Urgent {
    /// The guide's Get help now page, if it names one; `topic` is its index in the search index.
    pub(super) fn of(guide: &Guide, topic: u32) -> Option<Self> {
        let signs = guide.danger_signs();
        (!signs.is_empty()).then_some(Self { topic, signs })
    }
}

impl Index {
    /// Every word of the signs of the query's language and of their everyday words, three
    /// letters or more, sorted: what a word is read as when the signs alone are looked for
    /// without the word lists (`Index::search_with`). Made for every language the first time
    /// it is asked, which only a search without the word lists does.
    pub(super) fn sign_words(&self) -> &[String] {
        let all = self.sign_words.get_or_init(|| {
            let mut by_lang: Vec<(Lang, Vec<String>)> = Vec::new();
            for u in &self.urgent {
                let Some(&lang) = self.languages.get(self.paths[u.topic as usize].guide) else {
                    continue;
                };
                let slot = super::slot_of(&mut by_lang, lang);
                for s in &u.signs {
                    let words = s.words.split(' ');
                    let everyday = s.everyday.iter().flat_map(|(key, _)| key.split(' '));
                    by_lang[slot].1.extend(
                        words
                            .chain(everyday)
                            .filter(|w| w.chars().count() >= 3)
                            .map(str::to_string),
                    );
                }
            }
            for (_, words) in &mut by_lang {
                words.sort_unstable();
                words.dedup();
            }
            by_lang
        });
        all.iter()
            .find(|(l, _)| *l == self.lang)
            .map_or(&[][..], |(_, words)| words)
    }

    /// Get help now first, for each guide whose signs the query names (those of the query's
    /// language only, when there are any), with the sign's line as the snippet.
    pub(super) fn urgent_hits(&self, query: &str) -> Vec<Hit> {
        let typed = spaced(query);
        // "confusion and weakness on one side" names two signs: each part is looked for alone.
        let parts: Vec<Vec<String>> = query
            .split([',', ';', '.', '/'])
            .flat_map(|p| {
                let p = format!(" {p} ");
                p.split(" and ")
                    .flat_map(|p| p.split(" y "))
                    .flat_map(|p| p.split(" or "))
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .map(|p| {
                keywords(&p, &self.names, self.lang)
                    .iter()
                    .map(|k| fold(&stem(k, self.lang)))
                    .collect::<Vec<_>>()
            })
            .filter(|stems| !stems.is_empty())
            .collect();
        let mut found: Vec<(bool, Hit)> = Vec::new();
        for u in &self.urgent {
            if !self.allowed(u.topic) {
                continue;
            }
            let mut best: Option<(usize, &Sign, Vec<String>)> = None;
            for sign in &u.signs {
                let mut score = 0;
                let mut marks: Vec<String> = Vec::new();
                for (key, target) in &sign.everyday {
                    if typed.contains(key.as_str()) {
                        score += 2 * key.split(' ').filter(|w| !w.is_empty()).count();
                        marks.push(target.clone());
                    }
                }
                // A list's lead line is found by its everyday words only: "what is pml" asks
                // about PML, not for help now.
                // Most of a part's words in one line ("my skin is turning yellow": skin,
                // yellow) name that sign; words no sign has ("turning") may stand beside them.
                for stems in parts.iter().filter(|_| !sign.lead) {
                    // At the start of a word: "mar" (mareado) is not in "amarilla".
                    let found: Vec<&String> = stems
                        .iter()
                        .filter(|s| sign.words.contains(&format!(" {s}")))
                        .collect();
                    if !found.is_empty() && found.len() * 3 >= stems.len() * 2 {
                        score += found.len();
                        marks.extend(found.into_iter().cloned());
                    }
                }
                if score > best.as_ref().map_or(0, |b| b.0) {
                    best = Some((score, sign, marks));
                }
            }
            let Some((_, sign, marks)) = best else {
                continue;
            };
            let at: Vec<u32> = super::find_words(&sign.text, &marks)
                .into_iter()
                .flat_map(|(at, n)| (at..at + n).map(|i| i as u32))
                .collect();
            // The whole line, as it is short: the sign is named from its first word.
            let (snippet, highlights) = if sign.text.chars().count() <= 2 * SNIPPET_CHARS {
                (sign.text.clone(), at.iter().map(|&i| i as usize).collect())
            } else {
                snippet(&sign.text, &at)
            };

            found.push((
                self.in_language(u.topic),
                Hit {
                    place: self.paths[u.topic as usize],
                    path: self.path(u.topic),
                    snippet,
                    highlights,
                    words: marks,
                    score: u32::MAX,
                },
            ));
        }
        // Another language's Get help page when none in the query's language names the sign:
        // a danger sign typed in Spanish on an English screen still leads to help.
        if found.iter().any(|(ours, _)| *ours) {
            found.retain(|(ours, _)| *ours);
        }
        found.into_iter().map(|(_, h)| h).collect()
    }
}
