//! The guide a desktop library opens first, kept checked between runs. With a library, the
//! first frame waits for one guide (the one behind the guides window) read and checked from its
//! TOML: most of that frame's work. Like the bundled guides (`bundle`), it is kept as the
//! checked guide itself (`postcard`), in the user's cache beside the library's catalogue, with
//! a hash of the files' paths and texts and of the program's own source (`build.rs`): a guide
//! edited since, or a program built from other code, never gets a kept copy; it is checked
//! again, and kept anew. A kept file that cannot be read or decoded, or whose bytes are not those
//! it was written with (a hash of them is kept too), is ignored the same way. (Whoever can write
//! the user's cache can also edit the guides themselves: the cache is no barrier against them.)

use std::hash::{BuildHasher, Hasher};
use std::path::Path;

use super::Diagnostic;
use super::load::{GuideText, load};
use super::model::Guide;

/// A kept file larger than this is not read (a library's first guide is far smaller).
const MAX_KEPT: u64 = 16 * 1024 * 1024;

/// What the file holds: the hash of what made the guides, the guides encoded, and a hash of
/// those bytes (a file damaged on disk is never decoded into a guide).
#[derive(serde::Serialize, serde::Deserialize)]
struct Kept<'a> {
    hash: u64,
    check: u64,
    #[serde(borrow)]
    guides: &'a [u8],
}

/// A hash of the encoded guides.
fn check(bytes: &[u8]) -> u64 {
    let mut h = foldhash::fast::FixedState::with_seed(0x6b65_7074_2067_7569).build_hasher();
    h.write(bytes);
    h.finish()
}

/// A hash of the program's source and of the files' paths and texts, the same in every run of
/// one build: what kept guides were made from, to tell whether they still are.
fn hash(files: &[GuideText]) -> u64 {
    let mut h = foldhash::fast::FixedState::with_seed(0x6f70_656e_6564_2121).build_hasher();
    h.write(env!("PG_SOURCE_HASH").as_bytes());
    for f in files {
        h.write(f.path.as_bytes());
        h.write_u8(0);
        h.write(f.text.as_bytes());
        h.write_u8(0);
    }
    h.finish()
}

/// The guides of `files`, checked: from the file `kept` when it holds them as these texts make
/// them with this build, else checked now and kept there for the next run (a failed write only
/// means the next run checks them again).
pub fn load_kept(files: &[GuideText], kept: Option<&Path>) -> Result<Vec<Guide>, Vec<Diagnostic>> {
    let hash = hash(files);
    if let Some(guides) = kept.and_then(|k| read(k, hash, files.len())) {
        return Ok(guides);
    }
    let guides = load(files)?;
    if let Some(path) = kept
        && let Ok(encoded) = postcard::to_allocvec(&guides)
        && let Ok(bytes) = postcard::to_allocvec(&Kept {
            hash,
            check: check(&encoded),
            guides: &encoded,
        })
    {
        let _ = crate::file::write_whole_bytes(path, &bytes);
    }
    Ok(guides)
}

/// The kept guides, when the file holds `count` guides made from what `hash` says.
fn read(path: &Path, hash: u64, count: usize) -> Option<Vec<Guide>> {
    let bytes = crate::file::read_small_bytes(path, MAX_KEPT).ok()??;
    let kept: Kept = postcard::from_bytes(&bytes).ok()?;
    if kept.hash != hash || kept.check != check(kept.guides) {
        return None;
    }
    let guides: Vec<Guide> = postcard::from_bytes(kept.guides).ok()?;
    (guides.len() == count).then_some(guides)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(title: &str) -> Vec<GuideText> {
        let text =
            include_str!("../../tests/fixtures/ui.toml").replacen("Fixture (examplumab)", title, 1);
        vec![GuideText {
            path: "lib/fixture.toml".into(),
            text,
        }]
    }

    #[test]
    fn a_kept_guide_is_used_only_while_its_text_is_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let kept = dir.path().join("catalogue.opened");
        // The first run checks the guide and keeps it.
        let first = load_kept(&files("First"), Some(&kept)).unwrap();
        assert_eq!(first[0].title, "First");
        assert!(kept.is_file());
        // What is kept is what the next run gets, without checking: shown here by a kept copy
        // whose title was changed behind the program's back.
        let mut changed = first.clone();
        changed[0].title = "From the kept file".into();
        let encoded = postcard::to_allocvec(&changed).unwrap();
        let bytes = postcard::to_allocvec(&Kept {
            hash: hash(&files("First")),
            check: check(&encoded),
            guides: &encoded,
        })
        .unwrap();
        std::fs::write(&kept, &bytes).unwrap();
        let again = load_kept(&files("First"), Some(&kept)).unwrap();
        assert_eq!(again[0].title, "From the kept file");
        // The guide edited since: checked again, never the kept copy, and kept anew.
        let edited = load_kept(&files("Edited"), Some(&kept)).unwrap();
        assert_eq!(edited[0].title, "Edited");
        let bytes = std::fs::read(&kept).unwrap();
        let kept_now: Kept = postcard::from_bytes(&bytes).unwrap();
        let guides: Vec<Guide> = postcard::from_bytes(kept_now.guides).unwrap();
        assert_eq!(guides[0].title, "Edited");
        // Bytes that are not those the file was written with (damaged on disk): not used, even
        // though they decode and the hash of what made them matches.
        let mut other = guides.clone();
        other[0].title = "Damaged".into();
        let encoded = postcard::to_allocvec(&other).unwrap();
        let bytes = postcard::to_allocvec(&Kept {
            hash: hash(&files("Edited")),
            check: check(&encoded) ^ 1,
            guides: &encoded,
        })
        .unwrap();
        std::fs::write(&kept, &bytes).unwrap();
        assert_eq!(
            load_kept(&files("Edited"), Some(&kept)).unwrap()[0].title,
            "Edited"
        );
        // A file that is not a kept guide is ignored.
        std::fs::write(&kept, b"not postcard").unwrap();
        assert_eq!(
            load_kept(&files("Edited"), Some(&kept)).unwrap()[0].title,
            "Edited"
        );
        // An invalid guide is never kept, and its problems are told.
        let broken = vec![GuideText {
            path: "lib/broken.toml".into(),
            text: "[guide]\n".into(),
        }];
        assert!(load_kept(&broken, Some(&kept)).is_err());
    }
}
