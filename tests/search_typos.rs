//! Search and typos: a typo read as the closest guide word, a mistyped medicine name as the
//! name, and a mistyped danger sign that still puts Get help now first.

use crate::common;
use common::{fixture, top_in};
use patient_guide::search::Index;

#[test]
fn typos_are_forgiven() {
    let mut index = Index::new(&[fixture()]);
    // A letter too many, two swapped, one missing.
    assert_eq!(top_in(&fixture(), &mut index, "dosse"), "Your dose");
    assert_eq!(top_in(&fixture(), &mut index, "dsoe"), "Your dose");
    assert_eq!(top_in(&fixture(), &mut index, "wiget"), "Widget");
    let r = index.search("dosse weeek");
    assert_eq!(r.corrected.as_deref(), Some("dose week"));
}

#[test]
fn a_mistyped_medicine_name_is_read_as_the_name() {
    // A guide's own names are no words of its vocabulary, so until 2026-12-06 "ofatumab" (for
    // ofatumumab) found nothing at all.
    let mut index = Index::new(&[fixture()]);
    for typed in ["examplumb", "exampulmab", "EXAMPLUMAB"] {
        let r = index.search(typed);
        assert!(!r.closest && !r.hits.is_empty(), "{typed}");
        assert!(
            r.hits[0].path.starts_with("Fixture (examplumab) › "),
            "{typed}"
        );
    }
    assert_eq!(
        index.search("examplumb").corrected.as_deref(),
        Some("examplumab")
    );
    assert_eq!(index.search("examplumab").corrected, None);
    // With a topic's word: the name read, and the word searched in that guide.
    let r = index.search("exampulmab dose");
    assert_eq!(r.corrected.as_deref(), Some("examplumab dose"));
    assert_eq!(
        top_in(&fixture(), &mut index, "exampulmab dose"),
        "Your dose"
    );
    // Nothing to correct: nothing said, however many spaces are typed.
    assert_eq!(index.search("examplumab   dose").corrected, None);
    assert_eq!(index.search("your  dose").corrected, None);
    // As typed (the app's box while typing), nothing is changed.
    assert_eq!(index.search_as_typed("examplumb").corrected, None);
}

/// A mistyped danger sign puts Get help now first: the typo is read as the closest guide word
/// that starts with the same letter ("yelow" is "yellow", not "below", which is as close).
/// A real word stays what it is, even next to a sign's words ("pian" is a disease): without
/// the word lists (tests/lookup.rs) the signs are looked for in the closest words all the same.
#[test]
fn a_mistyped_danger_sign_still_puts_get_help_now_first() {
    // Another page names the same words in its title, as a real guide's pages do: only a sign
    // puts Get help now above it.
    let guide = common::fixture_with(&[
        (
            "title = \"Adults\"",
            "title = \"Chest, face and skin: swelling and pain\"",
        ),
        (
            "Call your care team right away if you have a fever. [@label]",
            "Call your care team right away if you have a fever. [@label]\n\n\
             Call for help if you have:\n\n\
             - yellow skin or eyes\n\
             - chest pain\n\
             - swelling of your face\n\n\
             The list below is for later. [@label]",
        ),
    ]);
    let mut index = Index::new(std::slice::from_ref(&guide));
    assert_eq!(index.search("yelow").corrected.as_deref(), Some("yellow"));
    // Get help now first, as a danger sign puts it: with the sign's line as the snippet.
    for (query, sign) in [
        ("yelow skin", "yellow skin or eyes"),
        ("sweling of your face", "swelling of your face"),
    ] {
        let r = index.search(query);
        let first = r.hits.first().unwrap_or_else(|| panic!("{query}: nothing"));
        let topic = &guide.sections[first.place.section].topics[first.place.topic];
        assert_eq!(
            (topic.id.as_str(), first.snippet.as_str()),
            ("help", sign),
            "{query}"
        );
    }
    // "pian" stays "pian": a real word is never corrected.
    assert_eq!(index.search("pian").corrected, None);
}
