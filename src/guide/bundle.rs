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

use std::hash::{BuildHasher, Hasher};

use super::load::{BUNDLED, bundled, load};
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

/// One prepared guide: its language code, and the guide encoded.
#[derive(serde::Serialize, serde::Deserialize)]
struct Entry<'a> {
    lang: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    guide: &'a [u8],
}

/// A hash of the bundled guides' paths and texts, the same in every run and build.
fn hash() -> u64 {
    texts_hash(0x7061_7469_656e_7467, b"", BUNDLED.iter().copied())
}

/// A hash, from `seed`, of `first` and then each (path, text): the same in every run. What a
/// prepared or kept guide was made from, to tell whether it still is.
pub(super) fn texts_hash<'a>(
    seed: u64,
    first: &[u8],
    texts: impl Iterator<Item = (&'a str, &'a str)>,
) -> u64 {
    let mut h = foldhash::fast::FixedState::with_seed(seed).build_hasher();
    if !first.is_empty() {
        h.write(first);
    }
    for (path, text) in texts {
        h.write(path.as_bytes());
        h.write_u8(0);
        h.write(text.as_bytes());
        h.write_u8(0);
    }
    h.finish()
}

/// The bundled guides, checked: from the prepared file when it is current, else parsed and
/// checked now. Empty only if a bundled guide were invalid (a test forbids it).
pub fn builtin() -> Vec<Guide> {
    prepared().unwrap_or_else(|| load(&bundled()).unwrap_or_default())
}

/// The prepared file, when it was made from the bundled TOML as it is now.
fn current() -> Option<Prepared<'static>> {
    let file: Prepared = postcard::from_bytes(PREPARED).ok()?;
    (file.hash == hash() && file.guides.len() == BUNDLED.len()).then_some(file)
}

/// The prepared guides, when the file was made from the bundled TOML as it is now.
pub fn prepared() -> Option<Vec<Guide>> {
    current()?
        .guides
        .iter()
        .map(|e| postcard::from_bytes(e.guide).ok())
        .collect()
}

/// Only the first prepared guide in `lang` (the guide a patient in that language sees first),
/// when there are others to read after the first frame; the others are `prepared()`.
pub fn prepared_first(lang: crate::i18n::Lang) -> Option<Guide> {
    let file = current()?;
    if file.guides.len() < 2 {
        return None;
    }
    let entry = file.guides.iter().find(|e| e.lang == lang.code())?;
    postcard::from_bytes(entry.guide).ok()
}

/// The file's bytes for the bundled guides as they are now (the guides' problems if they are
/// not valid).
pub fn prepare() -> Result<Vec<u8>, Vec<super::Diagnostic>> {
    let guides = load(&bundled())?;
    let encoded: Vec<(String, Vec<u8>)> = guides
        .iter()
        .map(|g| {
            let bytes = postcard::to_allocvec(g).expect("plain data serialises");
            (g.lang().code().to_string(), bytes)
        })
        .collect();
    Ok(postcard::to_allocvec(&Prepared {
        hash: hash(),
        guides: encoded
            .iter()
            .map(|(lang, guide)| Entry {
                lang: lang.as_str().into(),
                guide,
            })
            .collect(),
    })
    .expect("plain data serialises"))
}
