//! Issue 17, the checker a pharmacist trusts: for each typical mistake, the one message an
//! author sees, at its place, with the fix ("did you mean"), and no follow-on errors.

use crate::common;
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

/// One error, at `needle`, with exactly this message and this "expected".
pub(crate) fn says(src: &str, needle: &str, message: &str, expected: &str) {
    let e = assert_one_error_at(src, needle, message);
    assert_eq!(e.message, message);
    assert_eq!(e.expected.as_deref(), Some(expected));
}

#[test]
fn a_number_in_quotes_is_told_to_lose_them() {
    let src = with(
        "language = \"en\"",
        "language = \"en\"\nreading_grade = \"8\"",
    );
    says(
        &src,
        "\"8\"",
        "`reading_grade` is a number: remove the quotes",
        "reading_grade = 8",
    );
}

#[test]
fn a_source_date_without_quotes_is_told_to_add_them() {
    let src = with("date = \"2026-01\"", "date = 2025-06-01");
    says(
        &src,
        "2025-06-01",
        "`date` is text here: write the date in quotes",
        "date = \"2025-06-01\"",
    );
}

#[test]
fn a_review_date_day_first_is_written_year_first_with_or_without_quotes() {
    for written in ["20/11/2026", "\"20/11/2026\""] {
        let src = with(
            "last_reviewed = 2026-01-31",
            &format!("last_reviewed = {written}"),
        );
        says(
            &src,
            written,
            "`last_reviewed` is a date: write it as year-month-day (2026-11-20), without quotes",
            "last_reviewed = 2026-11-20",
        );
    }
}

#[test]
fn a_quoted_review_date_is_told_to_lose_the_quotes() {
    let src = with(
        "last_reviewed = 2026-01-31",
        "last_reviewed = \"2026-01-31\"",
    );
    says(
        &src,
        "\"2026-01-31\"",
        "`last_reviewed` is a date, not text: remove the quotes",
        "last_reviewed = 2026-01-31",
    );
}

#[test]
fn a_backslash_in_text_is_told_how_to_write_it() {
    let src = with("Once a month.", "Once a month, 1\\2 of the dose.");
    let e = errors(&src).remove(0);
    assert_eq!(
        e.message,
        "a backslash (\\) in text in quotes starts an escape like \\n: write \\\\ for a backslash"
    );
    assert_eq!(e.line(), Some(position(&src, "1\\2").0));
}

#[test]
fn a_multi_line_text_left_open_is_reported_where_it_opens() {
    // The second topic's body loses its closing quotes: the parser only stops at the next
    // topic's text, many lines below.
    let src = with("  that goes on\n\"\"\"\n", "  that goes on\n\n");
    let errs = errors(&src);
    assert_eq!(errs.len(), 1, "{errs:#?}");
    let open = src.find("body = \"\"\"\nFor adults").unwrap() + "body = ".len();
    let line = src[..open].matches('\n').count() + 1;
    assert_eq!(errs[0].line(), Some(line), "{}", errs[0]);
    assert_eq!(
        errs[0].message,
        "this text in \"\"\" is not closed where it should end: what follows it was read as part of it"
    );
    assert_eq!(errs[0].code, patient_guide::guide::Code::TextNotClosed);
}

#[test]
fn a_text_in_quotes_left_open_says_its_quote_is_missing() {
    let src = with("title = \"Demo leaflet\"", "title = \"Demo leaflet");
    let e = errors(&src).remove(0);
    assert_eq!(
        e.message,
        "this text in quotes is not closed: its closing quote (\") is missing"
    );
}

pub(crate) fn warnings(src: &str) -> Vec<patient_guide::guide::Diagnostic> {
    let g = parse(src).expect("valid");
    patient_guide::guide::lint::warnings(
        "guides/demo.toml",
        src,
        &g,
        patient_guide::guide::lint::today(),
    )
}

#[test]
fn markdown_in_a_body_is_a_warning_at_its_place() {
    for (body, written) in [
        ("Once a **month**.", "**month**"),
        (
            "Once a month, see [the risks](risks).",
            "[the risks](risks)",
        ),
        ("# Schedule\\n\\nOnce a month.", "# Schedule"),
        ("Once a <b>month</b>.", "<b>"),
        ("Once a month.<br>Inject it.", "<br>"),
    ] {
        let src = with("body = \"Once a month.\"", &format!("body = \"{body}\""));
        let w: Vec<_> = warnings(&src)
            .into_iter()
            .filter(|d| d.code == patient_guide::guide::Code::Markdown)
            .collect();
        assert_eq!(w.len(), 1, "{body}: {w:#?}");
        assert_eq!(
            w[0].message,
            format!(
                "topic `schedule` has Markdown or HTML (\"{written}\"), which patients would see as it is written"
            )
        );
        let (line, col) = position(&src, written);
        assert_eq!(
            (w[0].line(), w[0].column()),
            (Some(line), Some(col)),
            "{body}"
        );
    }
    // Our own marks are not Markdown.
    let src = with("Once a month.", "Once a month. See [[risks]]. [@pi]");
    assert!(
        warnings(&src)
            .iter()
            .all(|d| d.code != patient_guide::guide::Code::Markdown)
    );
}

#[test]
fn the_reading_level_warning_points_at_the_hardest_sentence() {
    let hard = "Immunosuppressive medications necessitate comprehensive laboratory evaluations.";
    let src = with("Once a month.", &format!("Once a month. {hard}")).replacen(
        "language = \"en\"",
        "language = \"en\"\nreading_grade = 6",
        1,
    );
    let w: Vec<_> = warnings(&src)
        .into_iter()
        .filter(|d| {
            d.code == patient_guide::guide::Code::ReadingGrade && d.message.contains("`schedule`")
        })
        .collect();
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(
        w[0].message
            .ends_with(&format!("its hardest sentence: \"{hard}\"")),
        "{}",
        w[0].message
    );
    let (line, col) = position(&src, "Immunosuppressive");
    assert_eq!((w[0].line(), w[0].column()), (Some(line), Some(col)));
}

/// Every code an error or warning can carry (the `Code` enum) is listed in guide/README.md,
/// "Problem codes", and the table lists no code the program does not have.
#[test]
fn every_problem_code_is_listed_in_the_guide_format_reference() {
    use patient_guide::guide::Code;
    let readme = include_str!("../guide/README.md");
    let table = &readme[readme.find("## Problem codes").expect("the section")..];
    let table = &table[..table[3..].find("\n## ").map_or(table.len(), |i| i + 3)];
    let mut listed = std::collections::BTreeSet::new();
    for row in table.lines().filter(|l| l.starts_with("| `")) {
        let first = row.split('|').nth(1).unwrap_or_default();
        for code in first.split('`').skip(1).step_by(2) {
            listed.insert(code.to_string());
        }
    }
    for code in Code::ALL {
        // `invalid` is the kiosk settings' code, documented with kiosk.toml.
        if *code != Code::Invalid {
            assert!(
                listed.contains(code.name()),
                "`{code}` is not listed in guide/README.md"
            );
        }
        assert_eq!(Code::from_name(code.name()), Some(*code));
    }
    for name in &listed {
        assert!(
            Code::from_name(name).is_some(),
            "guide/README.md lists `{name}`, which is no code of the program"
        );
    }
    assert!(listed.len() > 30, "{listed:?}");
}

#[test]
fn json_carries_each_problems_own_code_and_expected() {
    let src = with("cites = [\"pi 12.1\"]", "cites = [\"ip 12.1\"]");
    let e = errors(&src).remove(0);
    let json = e.to_json();
    assert_eq!(json["code"], "unknown-source");
    assert_eq!(
        json["expected"],
        "a source id, optionally followed by a place such as \"pi 2.1\"; known ids: pi, leaflet"
    );
}

#[test]
fn the_parsers_other_words_are_plain_too() {
    let cases = [
        (
            with(
                "publisher = \"Demo Pharma\"\nversion = \"1\"",
                "version = \"1\"",
            ),
            "[[sources]]",
            "this table needs `publisher`",
        ),
        (
            with(
                "title = \"Demo leaflet\"",
                "title = \"Demo leaflet\"\ntitle = \"again\"",
            ),
            "title = \"again\"",
            "`title` is written twice in this table",
        ),
        (
            with("cites = [\"pi 12.1\"]", "cites = \"pi 12.1\""),
            "\"pi 12.1\"",
            "`cites` is a list: write it in brackets",
        ),
        (
            with("title = \"Demo leaflet\"", "title = [\"Demo leaflet\"]"),
            "[\"Demo leaflet\"]",
            "`title` takes one text, not a list",
        ),
        // An apostrophe in text in single quotes ends the text.
        (
            with("title = \"Demo leaflet\"", "title = 'The leaflet's words'"),
            "'The leaflet's words'",
            "text in single quotes ends at the next ' (an apostrophe too): write it in double quotes",
        ),
        // A topic id where a question and its topic are wanted: serde said "expected: struct
        // RelatedDef", the program's own type (until 2026-12-06).
        (
            with(
                "cites = [\"pi 12.1\"]",
                "cites = [\"pi 12.1\"]\nrelated = [\"who\"]",
            ),
            "\"who\"]",
            "each item of `related` is a table of keys in braces, not text",
        ),
    ];
    for (src, needle, message) in cases {
        let e = errors(&src).remove(0);
        assert_eq!(e.message, message);
        // Never the program's own names for its types.
        let expected = e.expected.clone().unwrap_or_default();
        assert!(!expected.contains("struct"), "{message}: {expected}");
        assert_eq!(e.line(), Some(position(&src, needle).0), "{message}");
        assert_ne!(e.code, patient_guide::guide::Code::Toml, "{message}");
    }
}

#[test]
fn readability_leaves_the_glossary_out_as_the_reference_says() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("demo.toml");
    std::fs::write(&path, common::VALID).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(["check", "--readability"])
        .arg(&path)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(out.contains("Safety › Risks"), "{out}");
    assert!(
        !out.contains("Glossary ›"),
        "glossary entries are not graded:\n{out}"
    );
    assert!(
        out.contains("4 topics, 2 sources, 1 glossary term,"),
        "{out}"
    );
}

#[test]
fn a_date_or_number_fix_never_leads_to_another_error() {
    // Each fix the checker gives, written in, is valid (no back and forth between "add the
    // quotes" and "remove the quotes").
    for written in [
        "Jan 31 2026",
        "\"Jan 31 2026\"",
        "2026/01/31",
        "31-01-2026",
        "\"31-01-2026\"",
        "20260131",
        "",
    ] {
        let src = with(
            "last_reviewed = 2026-01-31",
            &format!("last_reviewed = {written}"),
        );
        let e = errors(&src).remove(0);
        let fix = e.expected.clone().unwrap();
        assert!(fix.starts_with("last_reviewed = 20"), "{written}: {fix}");
        let fixed = with("last_reviewed = 2026-01-31", &fix);
        assert!(
            parse(&fixed).is_ok(),
            "{written}: the fix {fix} is not valid"
        );
    }
    let src = with(
        "language = \"en\"",
        "language = \"en\"\nreading_grade = eight",
    );
    let e = errors(&src).remove(0);
    assert_eq!(
        e.message,
        "`reading_grade` is a number: write it in digits, without quotes"
    );
    let src = with("language = \"en\"", "language = \"en\"\nreview_note =");
    let e = errors(&src).remove(0);
    assert_eq!(e.message, "`review_note` has no value");
    assert_eq!(
        e.expected.as_deref(),
        Some("review_note = \"...\" (the text in quotes), or remove the line")
    );
}

#[test]
fn more_mistakes_are_one_error_each() {
    // A topic id in capitals: one error where it is defined, none at the references to it.
    let src = with("id = \"risks\"", "id = \"Risks\"").replacen(
        "Once a month.",
        "Once a month. See [[risks]].",
        1,
    );
    assert_one_error_at(&src, "\"Risks\"", "has characters an id cannot use");
    // An empty cites list: "cites no source", not also "the text cites `pi`".
    let src = with("cites = [\"pi 12.1\"]", "cites = []");
    assert_one_error_at(&src, "[]", "topic cites no source");
}

/// The test guide with a timeline figure placed by `line` in a topic's body.
pub(crate) fn with_figure(line: &str) -> String {
    with(
        "body = \"Once a month.\"\ncites = [\"pi 2\"]",
        &format!(
            "body = \"\"\"\nOnce a month.\n\n{line}\n\"\"\"\ncites = [\"pi 2\"]\n\n[[sections.topics.figures]]\nid = \"when\"\nkind = \"timeline\"\nunit = \"week\"\ntitle = \"When\"\nsummary = \"A dose in week 0.\"\ncites = [\"pi 2\"]\nevents = [{{ at = 0, label = \"first dose\" }}]"
        ),
    )
}

#[test]
fn a_misspelt_figure_line_is_one_error_with_a_suggestion() {
    let src = with_figure("[[figure:wen]]");
    assert_one_error_at(
        &src,
        "[[figure:wen]]",
        "the body places unknown figure `wen`. Did you mean `when`?",
    );
}

#[test]
fn a_figure_line_missing_its_opening_bracket_is_reported_where_it_is() {
    let src = with_figure("[figure:when]]");
    assert_one_error_at(
        &src,
        "[figure:when]]",
        "the figure line needs two opening brackets: [[figure:when]]",
    );
}

#[test]
fn any_value_of_the_wrong_kind_is_named_in_an_authors_words() {
    for (from, to, message) in [
        (
            "title = \"Demo leaflet\"",
            "title = true",
            "`title` should be text in quotes, not true or false",
        ),
        (
            "cites = [\"pi 12.1\"]",
            "cites = [12]",
            "the items of `cites` are text: write each in quotes",
        ),
        (
            "cites = [\"pi 12.1\"]",
            "cites = { pi = 1 }",
            "`cites` should be a list in brackets [ ], not a table of keys",
        ),
    ] {
        let e = errors(&with(from, to)).remove(0);
        assert_eq!(e.message, message);
        assert_eq!(e.code, patient_guide::guide::Code::TomlValue);
        assert!(!e.expected.unwrap().contains("i64"));
    }
    // A table's name with a bracket missing names it and gives it whole.
    let e = errors(&with(
        "[[sections]]\nid = \"how\"",
        "[[sections\nid = \"how\"",
    ))
    .remove(0);
    assert_eq!(e.message, "the table name `[[sections` is missing a ]");
    assert_eq!(e.expected.as_deref(), Some("[[sections]]"));
}

#[test]
fn a_slip_an_author_makes_is_answered_with_the_line_to_write() {
    // A yes in quotes, in a table written on one line: the key it is at, and true.
    let src = with(
        "cites = [\"pi 12.1\"]",
        "cites = [\"pi 12.1\"]\n\n[[sections.topics.figures]]\nid = \"when\"\nkind = \"timeline\"\n\
         title = \"When\"\nsummary = \"When.\"\nunit = \"week\"\ncites = [\"pi 12.1\"]\n\
         events = [\n  { at = 0, label = \"First\" },\n  { at = 1, label = \"None\", skip = \"yes\" },\n]",
    );
    let e = errors(&src).remove(0);
    assert_eq!(e.message, "`skip` is true or false, without quotes");
    assert_eq!(e.expected.as_deref(), Some("skip = true"));
    assert_eq!(e.line(), Some(position(&src, "\"yes\"").0));
    // Several sources in one text: each in its own quotes.
    let src = with("cites = [\"pi 12.1\"]", "cites = \"pi 12.1, leaflet\"");
    let e = errors(&src).remove(0);
    assert_eq!(e.message, "`cites` is a list: write it in brackets");
    assert_eq!(
        e.expected.as_deref(),
        Some("cites = [\"pi 12.1\", \"leaflet\"]")
    );
    // Several sources in one marker: one marker each.
    let src = with(
        "body = \"It is a demo medicine. [@pi]\"\ncites = [\"pi 12.1\"]",
        "body = \"It is a demo medicine. [@pi, leaflet]\"\ncites = [\"pi 12.1\", \"leaflet\"]",
    );
    let e = errors(&src).remove(0);
    assert_eq!(
        e.message,
        "a citation marker names one source: write [@pi] [@leaflet]"
    );
    assert_eq!(e.expected.as_deref(), Some("[@pi] [@leaflet]"));
}
