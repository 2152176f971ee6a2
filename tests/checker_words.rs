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
fn says(src: &str, needle: &str, message: &str, expected: &str) {
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

fn warnings(src: &str) -> Vec<patient_guide::guide::Diagnostic> {
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
    ];
    for (src, needle, message) in cases {
        let e = errors(&src).remove(0);
        assert_eq!(e.message, message);
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
fn with_figure(line: &str) -> String {
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
fn a_misspelt_table_name_is_reported_where_it_is_written() {
    // The parser itself stops at the next [[sections]], lines below, with "duplicate key".
    let src = with("[[sections]]\nid = \"how\"", "[[section]]\nid = \"how\"");
    let e = assert_one_error_at(
        &src,
        "[[section]]",
        "unknown table [[section]]. Did you mean [[sections]]?",
    );
    assert_eq!(e.code, patient_guide::guide::Code::UnknownTable);
}

#[test]
fn a_marker_or_link_left_open_shows_the_authors_own_id_closed() {
    let src = with(
        "It is a demo medicine. [@pi]",
        "It is a demo medicine. [@pi and more",
    );
    let e = assert_one_error_at(
        &src,
        "[@pi and",
        "citation marker is not closed: it needs ]",
    );
    assert_eq!(e.expected.as_deref(), Some("[@pi]"));
    let src = with("Once a month.", "Once a month. See [[risks and more.");
    let e = assert_one_error_at(&src, "[[risks", "link is not closed: it needs ]]");
    assert_eq!(
        e.expected.as_deref(),
        Some("[[risks]], or [[risks|your words]]")
    );
}

/// A language is a code, not a name; one the app has no words for is said to stay English
/// around the guide; a review date in the future is a warning; a date written 04/12/2026 is
/// shown both ways it reads, never guessed, and 2026-02-30 is no date at all.
#[test]
fn languages_review_dates_and_ambiguous_dates_are_told_plainly() {
    use patient_guide::guide::Code;
    let e = errors(&with("language = \"en\"", "language = \"English\""));
    assert!(e.iter().any(|d| d.code == Code::BadLanguage), "{e:#?}");
    let fr = warnings(&with("language = \"en\"", "language = \"fr\""));
    assert!(fr.iter().any(|d| d.code == Code::OtherLanguage), "{fr:#?}");
    let future = warnings(&with(
        "last_reviewed = 2026-01-31",
        "last_reviewed = 2999-01-31",
    ));
    assert!(
        future.iter().any(|d| d.code == Code::FutureReview),
        "{future:#?}"
    );
    let now = warnings(VALID);
    assert!(!now.iter().any(|d| d.code == Code::FutureReview));
    let e = errors(&with(
        "last_reviewed = 2026-01-31",
        "last_reviewed = 04/12/2026",
    ))
    .remove(0);
    assert!(e.message.contains("2026-12-04 or 2026-04-12"), "{e:#?}");
    let e = errors(&with(
        "last_reviewed = 2026-01-31",
        "last_reviewed = 2026-02-30",
    ))
    .remove(0);
    let fix = e.expected.clone().unwrap_or_default();
    assert!(
        !fix.contains("2026-02-30") && !fix.contains("2026-01-31"),
        "{e:#?}"
    );
}

/// A source id in brackets without its @ ("[pi]") is shown to patients as written: a warning
/// that says to write [@pi]. "< 5" and "[[topic]]" are not.
#[test]
fn a_marker_without_its_at_is_a_warning() {
    let src = with("body = \"Once a month.\"", "body = \"Once a month. [pi]\"");
    let w: Vec<_> = warnings(&src)
        .into_iter()
        .filter(|d| d.code == patient_guide::guide::Code::BareMarker)
        .collect();
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(
        w[0].expected
            .as_deref()
            .unwrap_or_default()
            .contains("[@pi]"),
        "{w:#?}"
    );
    let calm = with(
        "body = \"Once a month.\"",
        "body = \"Fewer than < 5 in 100. [@pi]\"",
    );
    assert!(
        !warnings(&calm).iter().any(|d| matches!(
            d.code,
            patient_guide::guide::Code::BareMarker | patient_guide::guide::Code::Markdown
        )),
        "{:#?}",
        warnings(&calm)
    );
}

/// Issue 28: a topic title wider than the topics list gives it is a warning at the title, with
/// what the list would show; a short title that fits takes it back; one still too wide is
/// named.
#[test]
fn a_title_the_topics_list_would_cut_asks_for_a_short_title() {
    use patient_guide::guide::Code;
    let long = "What it is and how it works in the body over the months";
    let src = with("title = \"What it is\"", &format!("title = \"{long}\""));
    let w = warnings(&src);
    let cut: Vec<_> = w.iter().filter(|d| d.code == Code::TitleCut).collect();
    assert_eq!(cut.len(), 1, "{w:#?}");
    assert_eq!(
        cut[0].line(),
        Some(src.lines().position(|l| l.contains(long)).unwrap() + 1)
    );
    assert!(
        cut[0]
            .message
            .contains("What it is and how it works in the…"),
        "{:#?}",
        cut[0]
    );
    let short = with(
        "title = \"What it is\"",
        &format!("title = \"{long}\"\nshort_title = \"What it is\""),
    );
    let w = warnings(&short);
    assert!(!w.iter().any(|d| d.code == Code::TitleCut), "{w:#?}");
    let still = with(
        "title = \"What it is\"",
        &format!("title = \"{long}\"\nshort_title = \"{long}\""),
    );
    let w = warnings(&still);
    assert!(
        w.iter()
            .any(|d| d.code == Code::TitleCut && d.message.contains("short title")),
        "{w:#?}"
    );
    assert!(!warnings(VALID).iter().any(|d| d.code == Code::TitleCut));
}

/// Issue 29: TOML mistakes a pharmacist made, each told in plain words from the parser's
/// structured errors (`guide/syntax.rs`), the first in the file first; and the fix each one
/// gives, applied to the file, parses: a suggestion never makes a new syntax error.
#[test]
fn toml_mistakes_are_told_plainly_and_each_fix_applied_parses() {
    use patient_guide::guide::Code;
    let figure = with_figure("[[figure:when]]");
    assert!(parse(&figure).is_ok(), "the figure fixture is valid");
    let cases: Vec<(String, &str, &str)> = vec![
        (
            figure.replace("kind = \"timeline\"", "kind = timeline"),
            "kind = timeline",
            "`kind`: text must be in quotes",
        ),
        (
            with("version = \"1\"", "version = 53.2%"),
            "version = 53.2%",
            "`version`: text must be in quotes",
        ),
        (
            with("version = \"1\"", "version = 2,550"),
            "version = 2,550",
            "`version`: text must be in quotes",
        ),
        (
            with(
                "last_reviewed = 2026-01-31",
                "last_reviewed = 2026-01-31\nreading_grade = 8%",
            ),
            "reading_grade = 8%",
            "`reading_grade` is a number, written without %",
        ),
        (
            with(
                "last_reviewed = 2026-01-31",
                "last_reviewed = 2026-01-31\nreading_grade = 1,000",
            ),
            "reading_grade = 1,000",
            "`reading_grade`: a number in TOML has no commas",
        ),
        (
            with("title = \"Demo leaflet\"", "title = “Demo leaflet”"),
            "title = “Demo leaflet”",
            "`title`: “ ” are a word processor's curly quotes, which TOML does not read as quotes",
        ),
        (
            with(
                "[[sections.topics]]\nid = \"what\"",
                "[[sections.topics]\nid = \"what\"",
            ),
            "[[sections.topics]",
            "the table name `[[sections.topics]` is missing a ]",
        ),
        // Two mistakes: the first in the file is the one told.
        (
            with("version = \"1\"", "version = 53.2%").replacen(
                "kind = \"mechanism\"",
                "kind = mechanism",
                1,
            ),
            "version = 53.2%",
            "`version`: text must be in quotes",
        ),
    ];
    for (src, line, message) in cases {
        let errs = errors(&src);
        let e = &errs[0];
        assert_eq!(e.message, message, "{line}: {e}");
        assert!(matches!(e.code, Code::Toml | Code::TomlValue), "{e}");
        let at = src.find(line).unwrap();
        assert_eq!(
            e.line(),
            Some(src[..at].matches('\n').count() + 1),
            "{line}: {e}"
        );
        let fix = e.expected.clone().unwrap();
        let fixed = src.replacen(line, &fix, 1);
        if let Err(still) = parse(&fixed) {
            assert!(
                !still.iter().any(|d| matches!(d.code, Code::Toml | Code::TomlValue)
                    && d.line() == e.line()),
                "the fix {fix:?} for {line:?} leaves {still:#?}"
            );
        }
    }
    // A list left open is named where it opens, not at the next line where the parser stops.
    let src = with("cites = [\"pi 2\"]", "cites = [\"pi 2\"");
    let e = errors(&src).remove(0);
    let open = src.find("cites = [\"pi 2\"\n").unwrap();
    let line = src[..open].matches('\n').count() + 1;
    assert_eq!(
        e.message,
        format!("the list opened with [ on line {line} is not closed")
    );
    assert_eq!(e.line(), Some(line));
}

/// Issue 29: `check --explain CODE` prints every code's entry in the reference (what it is,
/// error or warning, the fix), from the program alone; a slip gets the closest code; `--json`
/// is `--format json`.
#[test]
fn every_code_is_explained_and_json_is_an_alias() {
    use patient_guide::guide::Code;
    for code in Code::ALL {
        let text = patient_guide::check::explain(code.name())
            .unwrap_or_else(|e| panic!("{}: {e}", code.name()));
        assert!(text.starts_with(code.name()), "{text}");
        assert!(
            text.contains("(error)") || text.contains("(warning)"),
            "{text}"
        );
        assert!(text.contains("  fix:  "), "{text}");
    }
    let e = patient_guide::check::explain("titel-cut").unwrap_err();
    assert!(e.contains("Did you mean `title-cut`?"), "{e}");
    let bin = env!("CARGO_BIN_EXE_patient-guide");
    let run = |args: &[&str]| std::process::Command::new(bin).args(args).output().unwrap();
    let alias = run(&["check", "--json"]);
    let long = run(&["check", "--format", "json"]);
    assert!(
        alias.status.success(),
        "{}",
        String::from_utf8_lossy(&alias.stderr)
    );
    assert_eq!(alias.stdout, long.stdout);
    let explained = run(&["check", "--explain", "bare-marker"]);
    assert!(String::from_utf8_lossy(&explained.stdout).contains("bare-marker (warning)"));
}

/// Issue 29: one message per mistake. A source id written "PI" is one error (not one more for
/// every topic that cites "pi"), its fix is the id repaired, and the fixed file is valid; no
/// "Did you mean" ever names an id that is itself invalid. Files checked together that clash
/// take back their "ok:".
#[test]
fn a_bad_id_is_one_error_whose_fix_makes_the_guide_valid() {
    use patient_guide::guide::Code;
    for (from, to) in [
        ("id = \"pi\"", "id = \"PI\""),
        ("id = \"what\"", "id = \"What It Is\""),
    ] {
        let src = with(from, to);
        let errs = errors(&src);
        assert_eq!(errs.len(), 1, "{to}: {errs:#?}");
        assert_eq!(errs[0].code, Code::BadId);
        assert!(!errs[0].message.contains("Did you mean"), "{}", errs[0]);
        let fix = errs[0].expected.clone().unwrap();
        let fixed = src.replacen(to, &fix, 1);
        let links = fixed.replace("[[what-it-is]]", "[[what]]");
        assert!(
            parse(&fixed).is_ok() || parse(&links).is_ok(),
            "{fix}: {:#?}",
            parse(&fixed).err()
        );
    }
    // A citation of an unknown id never hears of an invalid one.
    let src =
        with("id = \"pi\"", "id = \"PI\"").replacen("cites = [\"pi 2\"]", "cites = [\"p1 2\"]", 1);
    let unknown: Vec<_> = errors(&src)
        .into_iter()
        .filter(|e| e.code == Code::UnknownSource)
        .collect();
    assert!(!unknown.is_empty());
    for e in unknown {
        assert!(!e.message.contains("`PI`"), "{e}");
        assert!(!e.expected.unwrap_or_default().contains("PI"));
    }
    // Two files with one id: the second is not "ok".
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.toml", "b.toml"] {
        std::fs::write(dir.path().join(name), VALID).unwrap();
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(["check", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("fails: ") && said.contains("b.toml"),
        "{said}"
    );
    assert_eq!(said.matches("ok: ").count(), 1, "{said}");
}

/// Issue 29: `patient-guide new FILE` writes a starter guide that passes `check` (its only
/// warnings are its TODO stand-ins and the Get help signs they leave without everyday words),
/// with one figure of every kind and the file's name as its id; it never writes over a file.
#[test]
fn new_writes_a_starter_that_passes_check_with_every_figure_kind() {
    use patient_guide::guide::Code;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("Metformin ER.toml");
    let bin = env!("CARGO_BIN_EXE_patient-guide");
    let run = |args: &[&str]| std::process::Command::new(bin).args(args).output().unwrap();
    let made = run(&["new", file.to_str().unwrap()]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let src = std::fs::read_to_string(&file).unwrap();
    let guide = parse(&src).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(guide.id, "metformin-er");
    let kinds: std::collections::BTreeSet<String> = guide
        .sections
        .iter()
        .flat_map(|s| &s.topics)
        .flat_map(|t| &t.figures)
        .map(|f| {
            format!("{:?}", f.chart)
                .split(['(', ' ', '{'])
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(kinds.len(), 5, "every figure kind: {kinds:?}");
    let checked = run(&["check", file.to_str().unwrap()]);
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
    let warned = warnings(&src);
    assert!(warned.iter().any(|w| w.code == Code::Todo));
    assert!(
        warned
            .iter()
            .all(|w| matches!(w.code, Code::Todo | Code::NoEverydayWords)),
        "{warned:#?}"
    );
    // Written, the TODOs are gone and so are their warnings.
    let written = src.replace("TODO ", "");
    assert!(!warnings(&written).iter().any(|w| w.code == Code::Todo));
    assert!(
        !run(&["check", "--strict", file.to_str().unwrap()])
            .status
            .success()
    );
    // Never over a file.
    let again = run(&["new", file.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("a file is there already"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), src);
}

/// Issue 29: a key written below the wrong header (TOML gives it to the last header above it)
/// is told as such, naming the table it belongs to and the line to move it above. The list of
/// each table's keys the checker knows (`format::TABLE_KEYS`) is the one the parser accepts.
#[test]
fn a_key_under_the_wrong_header_is_told_where_it_belongs() {
    use patient_guide::guide::format::TABLE_KEYS;
    // The section's kind written under its first topic's header: the section has none.
    let src = with(
        "kind = \"mechanism\"\n\n[[sections.topics]]\nid = \"what\"",
        "\n[[sections.topics]]\nkind = \"mechanism\"\nid = \"what\"",
    );
    let e = errors(&src).remove(0);
    let header = src.find("[[sections.topics]]\nkind").unwrap();
    let line = src[..header].matches('\n').count() + 1;
    assert_eq!(
        e.message,
        "`kind` is not a key of [[sections.topics]]: it is one of [[sections]]'s. TOML gives a key to the table whose header is the last one above it"
    );
    assert_eq!(e.line(), Some(line + 1));
    assert!(e.expected.unwrap().contains(&format!("on line {line}")));
    // Each table's keys as the parser has them: an unknown key lists them.
    let figure = with_figure("[[figure:when]]");
    let quiz = format!(
        "{VALID}\n[[check_yourself]]\nquestion = \"Q?\"\nchoices = [\"a\", \"b\"]\nanswer = 1\nexplain = \"E.\"\ntopic = \"what\"\n"
    );
    assert!(parse(&quiz).is_ok(), "{:#?}", parse(&quiz).err());
    for (table, keys) in TABLE_KEYS {
        let (base, after) = match *table {
            "[[sections.topics.figures]]" => (figure.as_str(), "[[sections.topics.figures]]\n"),
            "[[check_yourself]]" => (quiz.as_str(), "[[check_yourself]]\n"),
            other => (VALID, other),
        };
        let at = base.find(after).unwrap_or_else(|| panic!("{table}")) + after.len();
        let at = if after.ends_with('\n') { at } else { at + 1 };
        let src = format!("{}zzz = 1\n{}", &base[..at], &base[at..]);
        let e = errors(&src).remove(0);
        let listed: std::collections::BTreeSet<&str> = e
            .expected
            .as_deref()
            .unwrap_or_default()
            .split('`')
            .skip(1)
            .step_by(2)
            .collect();
        let ours: std::collections::BTreeSet<&str> = keys.iter().copied().collect();
        assert_eq!(listed, ours, "{table}: {e}");
    }
}

/// Issue 29: a percentage bar over 100 is an error at its value; a figure's summary that says
/// a number its data does not have is a warning at the summary (what a screen reader and
/// `print` say must be what the drawing shows).
#[test]
fn a_percentage_over_100_and_a_summary_against_its_data_are_found() {
    use patient_guide::guide::Code;
    let starter = patient_guide::check::STARTER;
    assert!(parse(starter).is_ok());
    let bars = starter.find("kind = \"bars\"").unwrap();
    let at = bars + starter[bars..].find("value = 10").unwrap();
    let src = format!(
        "{}value = 532{}",
        &starter[..at],
        &starter[at + "value = 10".len()..]
    );
    let e = errors(&src);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].code, Code::Figure);
    assert_eq!(
        e[0].message,
        "`TODO the medicine` is 532%: a percentage is 0 to 100"
    );
    assert_eq!(e[0].line(), Some(src[..at].matches('\n').count() + 1));
    let src = starter.replacen("about 10 in 100 people", "about 25 in 100 people", 1);
    let w: Vec<_> = warnings(&src)
        .into_iter()
        .filter(|d| d.code == Code::FigureSummary)
        .collect();
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(
        w[0].message.contains("says 25 but its values are 10, 5"),
        "{}",
        w[0]
    );
    let summary = src.find("summary = \"TODO about 25").unwrap();
    assert_eq!(w[0].line(), Some(src[..summary].matches('\n').count() + 1));
    assert!(
        !warnings(starter)
            .iter()
            .any(|d| d.code == Code::FigureSummary)
    );
}

/// Issue 29: `check --json` gives each problem's end and, where the fix is itself the line of
/// TOML to write, the edit: line and text; never a description or a choice.
#[test]
fn json_gives_the_end_and_the_edit() {
    let src = with("kind = \"mechanism\"", "kind = mechanism");
    let e = errors(&src).remove(0);
    let json = e.to_json();
    let line = src.lines().position(|l| l == "kind = mechanism").unwrap() + 1;
    assert_eq!(json["line"], line);
    assert_eq!(json["end_line"], line);
    assert_eq!(json["column"], 8);
    assert_eq!(json["end_column"], 8 + "mechanism".len());
    assert_eq!(json["replacement"]["line"], line);
    assert_eq!(json["replacement"]["text"], "kind = \"mechanism\"");
    // The fix applied parses.
    let fixed = src.replacen(
        "kind = mechanism",
        json["replacement"]["text"].as_str().unwrap(),
        1,
    );
    assert!(parse(&fixed).is_ok());
    // A choice is no edit.
    let two_ways = with("last_reviewed = 2026-01-31", "last_reviewed = 04/12/2026");
    let e = errors(&two_ways).remove(0);
    assert!(e.to_json()["replacement"].is_null(), "{}", e.to_json());
}
