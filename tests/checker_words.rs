//! Issue 17, the checker a pharmacist trusts: for each typical mistake, the one message an
//! author sees, at its place, with the fix ("did you mean"), and no follow-on errors.

mod common;
use common::*;

#[test]
fn a_misspelt_key_names_the_key_meant() {
    let src = with(
        "title = \"Demo (demozumab)\"",
        "tilte = \"Demo (demozumab)\"",
    );
    let e = assert_one_error_at(&src, "tilte", "unknown key `tilte`. Did you mean `title`?");
    assert!(
        e.expected.unwrap().contains("`title`"),
        "the valid keys are still listed"
    );
}

#[test]
fn a_misspelt_section_kind_names_the_kind_meant() {
    let src = with("kind = \"dosing\"", "kind = \"dosage\"");
    assert_one_error_at(
        &src,
        "\"dosage\"",
        "unknown value `dosage`. Did you mean `dosing`?",
    );
}

#[test]
fn a_misspelt_source_in_cites_names_the_source_and_is_one_error() {
    // The marker [@pi] in the body cites `pi`, which `cites` now misses: that is the same
    // mistake, not a second one.
    let src = with("cites = [\"pi 12.1\"]", "cites = [\"ip 12.1\"]");
    assert_one_error_at(
        &src,
        "\"ip 12.1\"",
        "topic cites unknown source `ip`. Did you mean `pi`?",
    );
}

#[test]
fn a_place_inside_a_citation_marker_says_where_the_place_goes() {
    let src = with(
        "It is a demo medicine. [@pi]",
        "It is a demo medicine. [@pi 12.1]",
    );
    assert_one_error_at(
        &src,
        "[@pi 12.1]",
        "a citation marker takes only the source's id: write [@pi], and put the place in the topic's cites (\"pi 12.1\")",
    );
}

#[test]
fn a_misspelt_link_names_a_topic_of_this_guide() {
    let src = with("Once a month.", "Once a month. See [[risk]].");
    let e = assert_one_error_at(
        &src,
        "[[risk]]",
        "link to unknown topic `risk`. Did you mean `risks`?",
    );
    assert_eq!(
        e.expected.as_deref(),
        Some("the id of a topic in this guide, such as [[risks]]"),
        "the example is the author's own topic, not one from another guide"
    );
}

#[test]
fn a_misspelt_glossary_term_names_the_term() {
    let src = with("Once a month.", "Once a month, for [[term:Dmeo]].");
    assert_one_error_at(
        &src,
        "[[term:Dmeo]]",
        "glossary reference to unknown term `Dmeo`. Did you mean `demo`?",
    );
}

#[test]
fn nothing_close_suggests_nothing() {
    let src = with("cites = [\"pi 12.1\"]", "cites = [\"zzzzzz 12.1\"]");
    let e = assert_one_error_at(&src, "\"zzzzzz 12.1\"", "unknown source `zzzzzz`.");
    assert!(!e.message.contains("Did you mean"), "{}", e.message);
}

#[test]
fn a_figure_line_missing_a_bracket_is_one_error_that_says_so() {
    let src = with(
        "body = \"Once a month.\"\ncites = [\"pi 2\"]",
        "body = \"\"\"\nOnce a month.\n\n[[figure:when]\n\"\"\"\ncites = [\"pi 2\"]\n\n[[sections.topics.figures]]\nid = \"when\"\nkind = \"timeline\"\nunit = \"week\"\ntitle = \"When\"\nsummary = \"A dose in week 0.\"\ncites = [\"pi 2\"]\nevents = [{ at = 0, label = \"first dose\" }]",
    );
    let errs = errors(&src);
    assert_eq!(errs.len(), 1, "no follow-on 'figure not placed': {errs:#?}");
    let (line, col) = position(&src, "[[figure:when]");
    assert_eq!(
        (errs[0].line(), errs[0].column()),
        (Some(line), Some(col)),
        "{}",
        errs[0]
    );
    assert_eq!(
        errs[0].message,
        "the figure line is not closed: it needs two brackets, [[figure:when]]"
    );
}
