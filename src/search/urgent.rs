//! Danger signs are always found. A query that names an urgent sign, in the guide's words or in
//! the everyday words its synonyms give for them ("can't breathe", "se me hinchó la cara"), puts
//! the guide's Get help now page first, with the line that names the sign as its snippet.
//!
//! What counts as urgent is the guide's data, not code here: each bullet of the topic named by
//! `get_help` is a sign, and a synonym whose guide words are in a sign's line is an everyday way
//! of saying it (`check` warns about a sign that has none).

use crate::guide::model::plain_text;
use crate::guide::{Block, Guide};

use super::words::{fold, keywords, stem};
use super::{Hit, Index, snippet};

/// One guide's Get help now page and its signs.
pub(super) struct Urgent {
    /// The page (an index into `Index::paths`).
    topic: u32,
    signs: Vec<Sign>,
}

/// One line of Get help now.
struct Sign {
    text: String,
    /// The line before a list of signs, rather than a sign itself.
    lead: bool,
    /// The line folded to words between spaces (" trouble breathing "), for finding words in it.
    words: String,
    /// The everyday phrases for it (folded, between spaces), each with the guide's words for it
    /// that are in this line.
    everyday: Vec<(String, String)>,
}

/// `text` lower case, without accents, its words between single spaces and a space at each end:
/// "Can't breathe!" is " can t breathe ".
fn spaced(text: &str) -> String {
    let mut out = String::from(" ");
    for w in fold(text).split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() {
            out.push_str(w);
            out.push(' ');
        }
    }
    out
}

impl Urgent {
    /// The guide's Get help now page, if it names one; `topic` is its index in the search index.
    pub(super) fn of(guide: &Guide, topic: u32) -> Option<Self> {
        let (s, t) = guide.get_help?;
        let page = guide.sections.get(s)?.topics.get(t)?;
        // Each bullet is a sign; the line that leads into a list ("Call 911 right away if you
        // have signs of a severe allergic reaction (anaphylaxis):") names what they are signs of.
        let mut lines: Vec<(String, bool)> = Vec::new();
        for (i, b) in page.body.iter().enumerate() {
            match b {
                Block::Bullets(items) => lines.extend(items.iter().map(|i| (plain_text(i), false))),
                Block::Paragraph(p) if matches!(page.body.get(i + 1), Some(Block::Bullets(_))) => {
                    lines.push((plain_text(p), true))
                }
                _ => {}
            }
        }
        let signs = lines
            .into_iter()
            .map(|(text, lead)| {
                let words = spaced(&text);
                let everyday = guide
                    .synonyms
                    .iter()
                    .flat_map(|(key, targets)| {
                        targets
                            .iter()
                            .filter(|t| words.contains(&spaced(t)))
                            .map(move |t| (spaced(key), t.clone()))
                    })
                    .collect();
                Sign {
                    text,
                    lead,
                    words,
                    everyday,
                }
            })
            .collect();
        Some(Self { topic, signs })
    }
}

/// The signs on a guide's Get help now page (its bullets) that no everyday word leads to, for
/// `check`.
pub fn signs_without_everyday_words(guide: &Guide) -> Vec<String> {
    Urgent::of(guide, 0)
        .map(|u| {
            u.signs
                .into_iter()
                .filter(|s| !s.lead && s.everyday.is_empty())
                .map(|s| s.text)
                .collect()
        })
        .unwrap_or_default()
}

impl Index {
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
                for stems in &parts {
                    if stems.iter().all(|s| sign.words.contains(s.as_str())) {
                        score += stems.len();
                        marks.extend(stems.iter().cloned());
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
            let (snippet, highlights) = snippet(&sign.text, &at);
            let (place, path, _) = &self.paths[u.topic as usize];
            found.push((
                self.in_language(u.topic),
                Hit {
                    place: *place,
                    path: path.clone(),
                    snippet,
                    highlights,
                    words: marks,
                    score: u32::MAX,
                },
            ));
        }
        if found.iter().any(|(ours, _)| *ours) {
            found.retain(|(ours, _)| *ours);
        }
        found.into_iter().map(|(_, h)| h).collect()
    }
}
