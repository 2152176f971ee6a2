//! Search across all loaded guides: section and topic titles, body text, questions, and the
//! glossary. Fuzzy and ranked with nucleo-matcher (titles weigh more than body text), tolerant of
//! typos (a word that is not in the guides is corrected to the closest word that is), and aware
//! of the synonyms each guide declares ("shot" finds "injection"). No terminal code here.

use std::borrow::Cow;
use std::sync::Arc;

use nucleo_matcher::Matcher;

use crate::guide::signs::spaced;
use crate::guide::{Guide, SectionKind};
use crate::i18n::Lang;

mod build;
mod correct;
mod rank;
pub mod real_words;
mod urgent;
mod words;

use rank::snippet;
pub use real_words::{is_real_word, warm_up};
use urgent::Urgent;

pub use words::{find_words, fold};
use words::{fold_into, keywords, split_words, stem, words_of};

/// How much a match in each kind of text counts.
const TITLE_WEIGHT: u32 = 4;
/// Glossary entries are short; a topic that explains the word is the better answer.
const TERM_WEIGHT: u32 = 2;
/// How many times more a query word counts where a word starts with it than where it is only
/// inside one: more than a title's weight over a text's, so that a word in a text outranks the
/// same letters inside a title's word.
const WHOLE_WORD: u32 = TITLE_WEIGHT + 1;
/// A text that holds every word of the query outranks any that only matches loosely (on the
/// scale of the weights, which `WHOLE_WORD` multiplies).
const ALL_WORDS_BONUS: u32 = 100_000 * WHOLE_WORD;
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
    /// Which of the topic's texts: read again from the guide when a result shows it, not kept
    /// (a copy of every paragraph of a thousand guides was 29 MB).
    text: Said,
}

/// A topic that holds a word, with the best weight the word has in it (title, question,
/// body), in one `u32`: a thousand guides hold millions of them.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Posting(u32);

/// The bits of a `Posting` that hold the weight.
const WEIGHT_BITS: u32 = 3;
const _: () = assert!(
    TITLE_WEIGHT < 1 << WEIGHT_BITS
        && TERM_WEIGHT < 1 << WEIGHT_BITS
        && QUESTION_WEIGHT < 1 << WEIGHT_BITS
        && BODY_WEIGHT < 1 << WEIGHT_BITS
);

impl Posting {
    fn new(topic: u32, weight: u32) -> Self {
        // A library holds far fewer than 2^29 topics (each file is at most a few MB).
        debug_assert!(topic < 1 << (32 - WEIGHT_BITS));
        Self(topic << WEIGHT_BITS | weight)
    }
    fn topic(self) -> u32 {
        self.0 >> WEIGHT_BITS
    }
    fn weight(self) -> u32 {
        self.0 & ((1 << WEIGHT_BITS) - 1)
    }
}

/// One of a topic's searchable texts, in the order the index adds them.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Said {
    /// The topic's title and its section's.
    Title,
    /// The `n`th of the topic's body texts (`Topic::body_texts`).
    Body(u32),
    /// The topic's `n`th question.
    Question(u32),
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
    /// The guides indexed, shared with the app: what a result shows is read from them.
    guides: Vec<Arc<Guide>>,
    entries: Vec<Entry>,
    /// Every word in the guides (case and accents folded), sorted, with the topics that hold
    /// it and the best weight it has in each (title, question, body): a query word is looked
    /// up here instead of in every text, and touches each topic once, not each paragraph.
    words: Vec<(String, Vec<Posting>)>,
    /// Every word of three letters or more, and the synonyms' words, in every guide: what is
    /// not a typo.
    vocabulary: Vec<String>,
    /// The same for each language, sorted: a typo is corrected to a word of the query's
    /// language ("Lopez" must not become Spanish "lapiz" in an English search).
    corrections: Vec<(Lang, Vec<String>)>,
    /// Each guide's synonyms, with the guide's language.
    synonyms: Vec<(Lang, String, Vec<String>)>,
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
    /// Each topic's place ("Guide › Section › Topic" is made from it when shown).
    paths: Vec<Place>,
    /// Each guide's Get help now page and the danger signs on it.
    urgent: Vec<Urgent>,
    /// Every word of those signs and of their everyday words, sorted, for each language, made
    /// the first time it is asked (`Index::sign_words`).
    sign_words: std::sync::OnceLock<Vec<(Lang, Vec<String>)>>,
    /// Each guide's language.
    languages: Vec<Lang>,
    /// The language queries are typed in: its stop words and stems, and its guides first.
    lang: Lang,
    matcher: Matcher,
}

/// Where `lang`'s list is in `lists` (one list of words for each language), made empty at the
/// end when there is none yet.
fn slot_of(lists: &mut Vec<(Lang, Vec<String>)>, lang: Lang) -> usize {
    match lists.iter().position(|(l, _)| *l == lang) {
        Some(i) => i,
        None => {
            lists.push((lang, Vec::new()));
            lists.len() - 1
        }
    }
}

impl Index {
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
        let guide = self.paths[t as usize].guide;
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
        // Spaces between words are one space: no "correction" is ever only a space less.
        let typed = query
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if typed.is_empty() {
            return Results::default();
        }
        // A guide's name mistyped is read as the name, said as a correction is.
        let query = if correct {
            self.correct_names(&typed)
        } else {
            typed.clone()
        };
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
                corrected: (query != typed).then_some(query),
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
        if urgent.is_empty() && correct && real_words::missing().is_some() {
            // Without the word lists no typo is corrected (a real word might be "corrected"
            // into another), but a mistyped danger sign still puts Get help now first ("feaver"):
            // each word no guide has is read as the closest word of a sign in the query's
            // language, for the signs alone.
            let signs = self.closest_sign_words(&query);
            if signs != query {
                urgent = self.urgent_hits(&signs);
            }
        }
        // Letters scattered through titles match almost any word: a query of real words that
        // no guide holds ("latex") finds nothing rather than something unrelated.
        let all_real = || {
            keywords(&query, &self.names, self.lang)
                .iter()
                .all(|k| real_words::known(k) == Some(true))
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
            corrected: (corrected != typed).then_some(corrected),
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
        self.only.is_empty() || self.only.contains(&self.paths[t as usize].guide)
    }

    /// The first topics of these guides, in order (those in the query's language first).
    fn topics_of(&self, guides: &[usize]) -> Vec<Hit> {
        let found: Vec<Option<Found>> = self
            .paths
            .iter()
            .enumerate()
            .map(|(t, place)| {
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

    /// Every text of topic `t`, in the order of its entries (as `Index::new` adds them).
    fn texts_of(&self, t: u32) -> Vec<Cow<'_, str>> {
        let place = &self.paths[t as usize];
        let guide = &self.guides[place.guide];
        let section = &guide.sections[place.section];
        let topic = &section.topics[place.topic];
        let mut out = vec![said(guide, section, topic, Said::Title)];
        out.extend(topic.body_texts(guide.lang()).map(Cow::Owned));
        out.extend(topic.questions.iter().map(|q| Cow::Borrowed(q.as_str())));
        out
    }

    /// Where topic `t` is, as a result names it: "Kesimpta › How to take it › If you miss a dose".
    /// A topic in another language than the query's says which ("... (English)").
    fn path(&self, t: u32) -> String {
        let place = &self.paths[t as usize];
        let guide = &self.guides[place.guide];
        let section = &guide.sections[place.section];
        let topic = &section.topics[place.topic];
        let path = format!("{} › {} › {}", guide.title, section.title, topic.title);
        match Lang::parse(&guide.language) {
            Some(lang) if lang != self.lang && self.languages.contains(&self.lang) => {
                format!("{path} ({})", lang.name())
            }
            _ => path,
        }
    }

    /// The text of entry `n`, read from its guide.
    fn text(&self, n: usize) -> Cow<'_, str> {
        let e = &self.entries[n];
        let place = &self.paths[e.topic as usize];
        let guide = &self.guides[place.guide];
        let section = &guide.sections[place.section];
        let topic = &section.topics[place.topic];
        said(guide, section, topic, e.text)
    }
}

/// A topic's text named by `which`.
fn said<'a>(
    guide: &Guide,
    section: &crate::guide::Section,
    topic: &'a crate::guide::Topic,
    which: Said,
) -> Cow<'a, str> {
    match which {
        Said::Title => Cow::Owned(format!("{} {}", topic.title, section.title)),
        Said::Body(n) => Cow::Owned(
            topic
                .body_texts(guide.lang())
                .nth(n as usize)
                .unwrap_or_default(),
        ),
        Said::Question(n) => {
            Cow::Borrowed(topic.questions.get(n as usize).map_or("", String::as_str))
        }
    }
}

impl Index {
    /// The query, the query with each synonym it contains replaced by each of the guide's words
    /// for it, and the query with every synonym replaced at once.
    fn variants(&self, query: &str) -> Vec<String> {
        let mut out = vec![query.to_string()];
        // "¿cada cuánto?" holds the key "cada cuanto": punctuation and accents do not count, as
        // for the danger signs (one `spaced` for both).
        let mut all = spaced(query);
        let padded = all.clone();
        // The query's language's synonyms ("mri" typed in Spanish is the Spanish guide's
        // "resonancia magnética", never a Spanish word in an English search); all of them when
        // no guide is in that language.
        let own = self.languages.contains(&self.lang);
        for (_, word, targets) in self
            .synonyms
            .iter()
            .filter(|(lang, _, _)| !own || *lang == self.lang)
        {
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
}
