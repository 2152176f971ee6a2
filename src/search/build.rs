//! Building the search index: every topic's words, stems and snippet texts, the vocabulary
//! typos are corrected to, and each guide's synonyms and danger signs.

use nucleo_matcher::{Config, Matcher};

use super::*;

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
}
