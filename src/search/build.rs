//! Building the search index: every topic's words, stems and snippet texts, the vocabulary
//! typos are corrected to, and each guide's synonyms and danger signs.

use nucleo_matcher::{Config, Matcher};

use super::{
    Arc, BODY_WEIGHT, Entry, Guide, Index, Lang, Place, Posting, QUESTION_WEIGHT, Said,
    SectionKind, TERM_WEIGHT, TITLE_WEIGHT, Urgent, fold_into, slot_of, spaced, split_words,
    words_of,
};

impl Index {
    /// The index over these guides, which it keeps (shared, for `Arc`s; a copy of each
    /// otherwise) to read a result's text from.
    pub fn new<G: Clone + Into<Arc<Guide>>>(guides: &[G]) -> Self {
        let guides: Vec<Arc<Guide>> = guides.iter().cloned().map(Into::into).collect();
        let mut entries = Vec::new();
        let mut paths = Vec::new();
        let mut synonyms = Vec::new();
        let mut names: Vec<String> = Vec::new();
        let mut named: Vec<(String, usize)> = Vec::new();
        let mut corrections: Vec<(Lang, Vec<String>)> = Vec::new();
        let mut lang_of_guide = Vec::new();
        let mut urgent = Vec::new();
        // foldhash: several times faster than the standard hash on short words.
        // Each word's topics, and the languages (a bit each) whose corrections have it: a word
        // is copied once per language, not once per time it is written (a thousand guides
        // write millions of words).
        let mut postings: foldhash::HashMap<String, (Vec<Posting>, u32)> = Default::default();
        let mut folded = String::new();
        // Each distinct title and question, with its entries.
        let mut texts: foldhash::HashMap<String, Vec<u32>> = Default::default();
        for (g, guide) in guides.iter().enumerate() {
            // Keys as queries are matched: folded, punctuation as spaces.
            // Each with its guide's language: a query is read with its own language's.
            synonyms.extend(
                guide
                    .synonyms
                    .iter()
                    .map(|(k, t)| (guide.lang(), spaced(k).trim().to_string(), t.clone())),
            );
            let slot = slot_of(&mut corrections, guide.lang());
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
                    let id = paths.len() as u32;
                    paths.push(place);
                    if guide.get_help == Some((s, t)) {
                        urgent.extend(Urgent::of(guide, id));
                    }
                    let bit = 1u32 << slot;
                    // Entries come topic by topic: a word's list grows by topic, keeping its
                    // best weight.
                    let mut add = |weight, said: Said, text: &str| {
                        if weight != BODY_WEIGHT {
                            match texts.get_mut(text) {
                                Some(list) => list.push(entries.len() as u32),
                                None => {
                                    texts.insert(text.to_string(), vec![entries.len() as u32]);
                                }
                            }
                        }
                        entries.push(Entry {
                            topic: id,
                            weight,
                            text: said,
                        });
                        for w in split_words(text).filter(|w| w.chars().nth(1).is_some()) {
                            fold_into(w, &mut folded);
                            let (list, langs) = match postings.get_mut(folded.as_str()) {
                                Some(found) => found,
                                None => postings.entry(folded.clone()).or_default(),
                            };
                            match list.last_mut() {
                                Some(p) if p.topic() == id => {
                                    *p = Posting::new(id, p.weight().max(weight))
                                }
                                _ => list.push(Posting::new(id, weight)),
                            }
                            if *langs & bit == 0 {
                                *langs |= bit;
                                if folded.chars().nth(2).is_some() {
                                    corrections[slot].1.push(folded.clone());
                                }
                            }
                        }
                    };
                    let title_weight = if section.kind == SectionKind::Glossary {
                        TERM_WEIGHT
                    } else {
                        TITLE_WEIGHT
                    };
                    // The same texts in the same order as `Index::texts_of`.
                    add(
                        title_weight,
                        Said::Title,
                        &format!("{} {}", topic.title, section.title),
                    );
                    for (n, text) in topic.body_texts(guide.lang()).enumerate() {
                        add(BODY_WEIGHT, Said::Body(n as u32), &text);
                    }
                    for (n, q) in topic.questions.iter().enumerate() {
                        add(QUESTION_WEIGHT, Said::Question(n as u32), q);
                    }
                }
            }
        }
        let mut words: Vec<(String, Vec<Posting>)> = postings
            .into_iter()
            .map(|(word, (mut list, _))| {
                list.shrink_to_fit();
                (word, list)
            })
            .collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut vocabulary: Vec<String> = words
            .iter()
            .filter(|(w, _)| w.chars().count() >= 3)
            .map(|(w, _)| w.clone())
            .collect();
        vocabulary.extend(synonyms.iter().flat_map(|(_, k, _)| words_of(k)));
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
        entries.shrink_to_fit();
        let mut distinct: Vec<(String, Vec<u32>)> = texts.into_iter().collect();
        distinct.sort_unstable_by(|a, b| a.1[0].cmp(&b.1[0]));
        let mut by_title: foldhash::HashMap<String, Vec<u32>> = Default::default();
        for (t, place) in paths.iter().enumerate() {
            let title = &guides[place.guide].sections[place.section].topics[place.topic].title;
            by_title
                .entry(title.to_lowercase())
                .or_default()
                .push(t as u32);
        }
        let mut titles: Vec<(String, Vec<u32>)> = by_title.into_iter().collect();
        titles.sort_unstable_by(|a, b| a.1[0].cmp(&b.1[0]));
        Self {
            languages: guides.iter().map(|g| g.lang()).collect(),
            guides,
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
            sign_words: std::sync::OnceLock::new(),
            urgent,
            lang: Lang::En,
            matcher: Matcher::new(Config::DEFAULT),
        }
    }
}
