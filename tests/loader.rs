//! The loader: a valid guide loads into the model; each kind of mistake is reported with the file,
//! line and column, the offending line with a caret, and what was expected.

use crate::common;
use common::*;
use patient_guide::guide::{Block, Inline, SectionKind};

#[test]
fn a_valid_guide_loads_into_the_model() {
    let g = parse(VALID).expect("valid");
    assert_eq!(g.id, "demo");
    assert_eq!(g.last_reviewed, "2026-01-31");
    assert_eq!(g.sources.len(), 2);
    let kinds: Vec<SectionKind> = g.sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SectionKind::Mechanism,
            SectionKind::Indications,
            SectionKind::Dosing,
            SectionKind::Safety,
            SectionKind::Glossary
        ]
    );
    // Paragraphs, bullets (with a continuation line) and citation markers.
    let adults = &g.sections[1].topics[0];
    assert_eq!(adults.body.len(), 2);
    assert_eq!(
        adults.body[0],
        Block::Paragraph(vec![Inline::Text("For adults. ".into()), Inline::Cite(0)])
    );
    let Block::Bullets(items) = &adults.body[1] else {
        panic!("bullets expected")
    };
    assert_eq!(items[0], vec![Inline::Text("one bullet".into())]);
    assert_eq!(
        items[1],
        vec![
            Inline::Text("two bullets ".into()),
            Inline::Cite(1),
            Inline::Text(" that goes on".into())
        ]
    );
    assert_eq!(adults.citations[0].locator.as_deref(), Some("1"));
    // Glossary entries become the glossary section's topics.
    assert_eq!(g.sections[4].topics[0].title, "Demo");
}

#[test]
fn unknown_key_is_an_error_naming_the_allowed_keys() {
    let src = with(
        "title = \"Schedule\"",
        "title = \"Schedule\"\ncolour = \"red\"",
    );
    let e = assert_one_error_at(&src, "colour", "unknown key `colour`.");
    assert!(e.expected.as_deref().unwrap_or("").contains("body"), "{e}");
    let text = e.to_string();
    assert!(
        text.contains("colour = \"red\""),
        "shows the offending line: {text}"
    );
    assert!(text.contains("^^^"), "has a caret: {text}");
}

#[test]
fn malformed_toml_points_at_the_mistake() {
    let src = with("body = \"Once a month.\"", "body = \"Once a month.");
    let errs = errors(&src);
    assert_eq!(errs.len(), 1);
    let (line, _) = position(&src, "body = \"Once a month.");
    assert_eq!(errs[0].line(), Some(line), "{}", errs[0]);
}

#[test]
fn missing_required_key_is_reported() {
    let src = with("title = \"Risks\"\n", "");
    let errs = errors(&src);
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].message.contains("this table needs `title`"),
        "{}",
        errs[0]
    );
    assert!(errs[0].line().is_some());
}

#[test]
fn unknown_section_kind_lists_the_kinds() {
    let src = with("kind = \"safety\"", "kind = \"safty\"");
    let e = assert_one_error_at(
        &src,
        "\"safty\"",
        "unknown value `safty`. Did you mean `safety`?",
    );
    assert!(e.expected.unwrap().contains("safety"));
}

#[test]
fn duplicate_ids_are_errors_pointing_at_the_second_use() {
    let src = with("id = \"schedule\"", "id = \"what\"");
    let errs = errors(&src);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    let second = src.match_indices("id = \"what\"").nth(1).unwrap().0;
    let line = src[..second].matches('\n').count() + 1;
    assert_eq!(errs[0].line(), Some(line));
    assert_eq!(errs[0].column(), Some(6));
    assert!(
        errs[0].message.contains("duplicate topic id `what`"),
        "{}",
        errs[0]
    );

    let src = with("id = \"leaflet\"", "id = \"pi\"");
    let errs = errors(&src);
    assert!(
        errs.iter()
            .any(|e| e.message.contains("duplicate source id `pi`")),
        "{errs:#?}"
    );

    let src = with("id = \"safe\"", "id = \"how\"");
    let errs = errors(&src);
    assert!(
        errs[0].message.contains("duplicate section id `how`"),
        "{errs:#?}"
    );
}

#[test]
fn a_topic_that_cites_no_source_is_an_error() {
    let src = with("cites = [\"pi 5\"]", "cites = []");
    assert_one_error_at(&src, "[]", "cites no source");
}

#[test]
fn an_unknown_source_id_is_an_error_listing_known_ids() {
    let src = with("cites = [\"pi 5\"]", "cites = [\"pj 5\"]");
    let e = assert_one_error_at(&src, "\"pj 5\"", "unknown source `pj`");
    assert!(e.expected.unwrap().contains("pi, leaflet"));
}

#[test]
fn an_inline_marker_for_an_unknown_source_points_at_the_marker() {
    let src = with(
        "It is a demo medicine. [@pi]",
        "It is a demo medicine. [@px]",
    );
    assert_one_error_at(&src, "[@px]", "unknown source `px`");
}

#[test]
fn a_marker_after_an_escape_or_across_lines_is_still_found_at_its_place() {
    // An escape makes the file's bytes differ from the text: the marker is still pointed at.
    let src = with(
        "It is a demo medicine. [@pi]",
        "It is a \\\"demo\\\" medicine. [@px]",
    );
    assert_one_error_at(&src, "[@px]", "unknown source `px`");
    // A link whose words run over a line break is pointed at from its first bracket.
    let src = with(
        "body = \"It is a demo medicine. [@pi]\"",
        "body = \"\"\"\nIt is a demo medicine. [@pi] See [[no-such-topic|the\n   other topic]].\"\"\"",
    );
    assert_one_error_at(&src, "[[no-such-topic", "unknown topic `no-such-topic`");
}

#[test]
fn an_inline_marker_must_be_in_the_topic_cites() {
    let src = with(
        "It is a demo medicine. [@pi]",
        "It is a demo medicine. [@leaflet]",
    );
    assert_one_error_at(&src, "[@leaflet]", "does not");
}

#[test]
fn empty_titles_and_bodies_are_errors() {
    let src = with("title = \"Risks\"", "title = \"  \"");
    assert_one_error_at(&src, "\"  \"", "topic title is empty");
    let src = with("body = \"Some risks.\"", "body = \"\\t\"");
    assert_one_error_at(&src, "\"\\t\"", "topic body is empty");
}

#[test]
fn a_drug_guide_missing_a_core_section_is_an_error() {
    // Told at the section likely meant: its id says dosing, its kind is no core one.
    let src = with("kind = \"dosing\"", "kind = \"other\"");
    let e = assert_one_error_at(
        &src,
        "\"other\"",
        "kind = \"dosing\"; is it section `dose`?",
    );
    assert_eq!(e.expected.unwrap(), "kind = \"dosing\"");
    // With no section that says so, at [guide], with the four named.
    let unnamed = src.replacen("id = \"dose\"", "id = \"part-three\"", 1);
    let e = assert_one_error_at(&unnamed, "[guide]", "kind = \"dosing\"");
    assert!(
        e.expected
            .unwrap()
            .contains("mechanism, indications, dosing and safety")
    );
    // A general guide does not need them.
    let general = src.replacen(
        "language = \"en\"",
        "language = \"en\"\nkind = \"general\"",
        1,
    );
    assert!(parse(&general).is_ok());
}

#[test]
fn control_characters_in_text_are_errors() {
    let src = with("Once a month.", "Once a \\u001b[31mmonth.");
    let e = assert_one_error_at(&src, "\"Once a", "U+001B");
    assert!(!e.to_string().contains('\u{1b}'));
    let src = with("Once a month.", "Once a \\u202Emonth.");
    assert_one_error_at(&src, "\"Once a", "U+202E");
    // Every invisible character: format characters, tags, separators, blank letters.
    for code in [
        "061C", "2028", "2029", "00AD", "E0041", "E007F", "3164", "FFA0", "115F", "034F",
    ] {
        let escape = if code.len() > 4 {
            format!("\\U{code:0>8}")
        } else {
            format!("\\u{code}")
        };
        let src = with("Once a month.", &format!("Once a {escape}month."));
        assert_one_error_at(&src, "\"Once a", &format!("U+{code}"));
    }
}

#[test]
fn a_carriage_return_is_refused_in_one_line_texts_but_ends_lines_in_a_body() {
    let src = with("title = \"Risks\"", "title = \"Ris\\rks\"");
    let e = assert_one_error_at(
        &src,
        "\"Ris\\rks\"",
        "topic title contains a carriage return",
    );
    assert!(!e.to_string().contains('\r'));
    // A Windows file's line ends in a body are line ends.
    let src = with(
        "body = \"Once a month.\"",
        "body = \"Once a month.\\r\\nTake it.\"",
    );
    assert!(parse(&src).is_ok());
}

#[test]
fn every_error_is_reported_not_just_the_first() {
    let src = with("title = \"Risks\"", "title = \"\"")
        .replacen("cites = [\"pi 2\"]", "cites = [\"nope\"]", 1)
        .replacen("id = \"safe\"", "id = \"how\"", 1);
    let errs = errors(&src);
    assert_eq!(errs.len(), 3, "{errs:#?}");
}

#[test]
fn a_date_with_a_time_is_not_a_review_date() {
    let src = with(
        "last_reviewed = 2026-01-31",
        "last_reviewed = 2026-01-31T10:00:00",
    );
    assert_one_error_at(&src, "2026-01-31T", "without a time");
}

#[test]
fn a_source_needs_a_version_or_date() {
    let src = with("date = \"2026-01\"\n", "");
    assert_one_error_at(&src, "\"leaflet\"", "neither a version nor a date");
}

#[test]
fn glossary_entries_need_a_glossary_section() {
    let src = with(
        "[[sections]]\nid = \"words\"\ntitle = \"Glossary\"\nkind = \"glossary\"\n",
        "",
    );
    assert_one_error_at(&src, "\"Demo\"", "glossary");
}

#[test]
fn a_section_without_topics_is_an_error() {
    let src = with(
        "[[sections.topics]]\nid = \"risks\"\ntitle = \"Risks\"\nbody = \"Some risks.\"\ncites = [\"pi 5\"]\n",
        "",
    );
    assert_one_error_at(&src, "\"safe\"", "has no topics");
}

#[test]
fn a_message_quoting_the_authors_text_never_echoes_control_characters() {
    // TOML's \e escape puts a real ESC into an id; the message quotes the id.
    let src = with("id = \"risks\"", "id = \"ri\\esks\"");
    let errs = errors(&src);
    let text: String = errs.iter().map(|e| e.to_string()).collect();
    assert!(text.contains("topic id"), "{text}");
    assert!(!text.contains('\u{1b}'), "{text:?}");
}

#[test]
fn a_topic_over_100_kb_is_refused_and_a_word_wider_than_a_line_is_warned_about() {
    let long = "word ".repeat(21_000);
    let src = with("body = \"Once a month.\"", &format!("body = \"{long}\""));
    let e = assert_one_error_at(
        &src,
        &format!("\"{}", &long[..20]),
        "a topic holds at most 100 KB",
    );
    assert!(
        e.message.contains("topic `schedule` has 104 KB"),
        "{}",
        e.message
    );

    let word = "x".repeat(200);
    let src = with(
        "body = \"Once a month.\"",
        &format!("body = \"Once a month. {word}\""),
    );
    let g = parse(&src).expect("only a warning");
    let warnings = patient_guide::guide::lint::warnings("guides/demo.toml", &src, &g, 0);
    let w = warnings
        .iter()
        .find(|w| w.code == patient_guide::guide::Code::LongWord)
        .unwrap_or_else(|| panic!("{warnings:#?}"));
    assert!(
        w.message
            .contains("a word of 200 characters in topic `schedule`")
    );
    let (line, col) = position(&src, &word);
    assert_eq!((w.line(), w.column()), (Some(line), Some(col)));
    // The line shown under the warning is cut to a window around the word.
    assert!(
        w.to_string().lines().all(|l| l.chars().count() < 200),
        "{w}"
    );
}

/// The desktop library's loader (each file read where it is parsed, its text let go of once
/// parsed) keeps the same guides and finds the same problems as reading everything first: a
/// translation is still checked against its original, a broken file still left out with its
/// problems at their lines, and a missing path still named.
#[test]
fn loading_a_folder_file_by_file_finds_what_reading_it_whole_finds() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string("guide/kesimpta.toml").unwrap();
    let spanish = std::fs::read_to_string("guide/kesimpta.es.toml").unwrap();
    std::fs::write(dir.path().join("a.toml"), &original).unwrap();
    std::fs::write(dir.path().join("b.es.toml"), &spanish).unwrap();
    // A translation whose citations do not match its original's, under another id.
    let wrong = spanish
        .replacen("id = \"kesimpta-es\"", "id = \"kesimpta-es-2\"", 1)
        .replacen("20 mg", "25 mg", 1);
    assert_ne!(wrong, spanish, "the fixture changed");
    std::fs::write(dir.path().join("c.es.toml"), &wrong).unwrap();
    std::fs::write(dir.path().join("d.toml"), "[guide]\nid = 3\n").unwrap();
    let missing = dir.path().join("nothing-here");
    let paths = [dir.path().to_path_buf(), missing];

    let whole = patient_guide::guide::read_paths(&paths);
    let mut errors_whole = whole.errors.clone();
    let (guides_whole, problems) = patient_guide::guide::load_valid(whole.files);
    errors_whole.splice(0..0, problems);
    let (guides, errors) = patient_guide::guide::load_valid_from(&paths);

    let ids =
        |g: &[patient_guide::guide::Guide]| g.iter().map(|g| g.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&guides), ["kesimpta", "kesimpta-es"]);
    assert_eq!(ids(&guides), ids(&guides_whole));
    let shown = |e: &[patient_guide::guide::Diagnostic]| {
        e.iter()
            .map(|d| format!("{}:{:?}:{:?} {}", d.file, d.line(), d.column(), d.message))
            .collect::<Vec<_>>()
    };
    assert_eq!(shown(&errors), shown(&errors_whole));
    let files: Vec<&str> = errors
        .iter()
        .map(|d| d.file.rsplit('/').next().unwrap())
        .collect();
    assert!(files.contains(&"c.es.toml"), "{files:?}");
    assert!(files.contains(&"d.toml"), "{files:?}");
    assert!(files.contains(&"nothing-here"), "{files:?}");
    assert!(
        errors
            .iter()
            .filter(|d| d.file.ends_with("c.es.toml"))
            .all(|d| d.line().is_some())
    );
}
