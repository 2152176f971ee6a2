//! The bundled guides, parsed and checked ahead of time. Reading a guide's TOML and checking it
//! is most of what the first frame costs (6.9 of 11.4 million instructions for Kesimpta in
//! English; in Spanish the English original is read and checked too, to check the translation
//! against it). The bundled guides never change after the program is built, so they are kept
//! also as the checked guides themselves (`guide/bundled.bin`, `postcard`), with a hash of the
//! TOML they came from:
//!
//! - start-up reads them from there when the hash matches the bundled TOML, and parses and
//!   checks the TOML as before when it does not (a guide edited without making the file again is
//!   never shown out of date);
//! - `UPDATE_BUNDLE=1 cargo test --test checker bundled` makes the file again; that test fails
//!   whenever the file is not what the bundled TOML makes now.
//!
//! Each guide is kept twice: whole, and as its head (`head`), the part its first frame shows.
//! Before the first frame a desktop reads only the head of the guide it opens on
//! (`prepared_first`); the guides whole come after it with the search index (`tui::library`),
//! and the first key or click waits for them.

use super::load::{BUNDLED_COUNT, BUNDLED_HASH, bundled, load};
use super::model::Guide;

/// The prepared guides, as `prepare` made them.
static PREPARED: &[u8] = include_bytes!("../../guide/bundled.bin");

/// What the file holds: the hash of the bundled TOML, and the guides it makes, each encoded on
/// its own so that start-up can read only the one it shows first.
#[derive(serde::Serialize, serde::Deserialize)]
struct Prepared<'a> {
    hash: u64,
    #[serde(borrow)]
    guides: Vec<Entry<'a>>,
}

/// One prepared guide: its language code, its head encoded, and the guide encoded.
#[derive(serde::Serialize, serde::Deserialize)]
struct Entry<'a> {
    lang: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    head: &'a [u8],
    #[serde(borrow)]
    guide: &'a [u8],
}

/// What a guide's first frame shows and nothing more: the guide with the texts of its topics
/// emptied (body, citations, questions, related topics, figures), except the topics it can open
/// on (its key facts and its very first topic) and its Get help now page (whole even in the head,
/// should anything ever show the head after the first frame), and without its quiz and its
/// search words.
/// Every section and topic keeps its place and title, and the glossary and sources stay whole.
/// It is about a quarter of the guide (Kesimpta: 11 KB of 44 KB in English, 12 KB of 56 KB in
/// Spanish).
pub fn head(guide: &Guide) -> Guide {
    let mut head = guide.clone();
    let opens_on = [Some((0, 0)), guide.key_facts, guide.get_help];
    for (s, section) in head.sections.iter_mut().enumerate() {
        for (t, topic) in section.topics.iter_mut().enumerate() {
            if !opens_on.contains(&Some((s, t))) {
                topic.body = Vec::new();
                topic.citations = Vec::new();
                topic.questions = Vec::new();
                topic.related = Vec::new();
                topic.figures = Vec::new();
            }
        }
    }
    head.check_yourself = Vec::new();
    head.synonyms = Vec::new();
    head
}

/// The bundled guides, checked: from the prepared file when it is current, else parsed and
/// checked now. Empty only if a bundled guide were invalid (a test forbids it).
pub fn builtin() -> Vec<Guide> {
    prepared().unwrap_or_else(|| load(&bundled()).unwrap_or_default())
}

/// The prepared file, when it was made from the bundled TOML as it is now.
fn current() -> Option<Prepared<'static>> {
    let file: Prepared = postcard::from_bytes(PREPARED).ok()?;
    (file.hash == BUNDLED_HASH && file.guides.len() == BUNDLED_COUNT).then_some(file)
}

/// The prepared guides, when the file was made from the bundled TOML as it is now.
pub fn prepared() -> Option<Vec<Guide>> {
    current()?
        .guides
        .iter()
        .map(|e| postcard::from_bytes(e.guide).ok())
        .collect()
}

/// Only the head (`head`) of the first prepared guide in `lang` (the guide a patient in that
/// language sees first): what its first frame shows. The guides whole are `prepared()`, read
/// after the first frame; the app must be given them before any input (`App::with_head_only`).
pub fn prepared_first(lang: crate::i18n::Lang) -> Option<Guide> {
    let file = current()?;
    let entry = file.guides.iter().find(|e| e.lang == lang.code())?;
    postcard::from_bytes(entry.head).ok()
}

/// The file's bytes for the bundled guides as they are now (the guides' problems if they are
/// not valid).
pub fn prepare() -> Result<Vec<u8>, Vec<super::Diagnostic>> {
    let guides = load(&bundled())?;
    let encoded: Vec<(String, Vec<u8>, Vec<u8>)> = guides
        .iter()
        .map(|g| {
            let whole = postcard::to_allocvec(g).expect("plain data serialises");
            let first = postcard::to_allocvec(&head(g)).expect("plain data serialises");
            (g.lang().code().to_string(), first, whole)
        })
        .collect();
    Ok(postcard::to_allocvec(&Prepared {
        hash: BUNDLED_HASH,
        guides: encoded
            .iter()
            .map(|(lang, first, whole)| Entry {
                lang: lang.as_str().into(),
                head: first,
                guide: whole,
            })
            .collect(),
    })
    .expect("plain data serialises"))
}
