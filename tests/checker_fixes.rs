//! The checker's words, continued: fixes that parse, ids, the starter guide, a key under the
//! wrong header, numbers against their data.

use super::checker_words::{warnings, with_figure};
use crate::common;
use common::*;

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
    // With dots, day first or month first: the same, not the reader's "unexpected leading zero".
    let e = errors(&with(
        "last_reviewed = 2026-01-31",
        "last_reviewed = 04.12.2026",
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

/// A source id in brackets without its @ ("[pi]"), or with it in round or curly brackets
/// ("(@pi)"), is shown to patients as written: a warning that says to write [@pi]. "< 5" and
/// "[[topic]]" are not.
#[test]
fn a_marker_without_its_at_is_a_warning() {
    for written in ["(@pi)", "{@pi}"] {
        let src = with(
            "body = \"Once a month.\"",
            &format!("body = \"Once a month. {written}\""),
        );
        let w: Vec<_> = warnings(&src)
            .into_iter()
            .filter(|d| d.code == patient_guide::guide::Code::BareMarker)
            .collect();
        assert_eq!(w.len(), 1, "{written}: {w:#?}");
        assert!(w[0].message.contains(written), "{w:#?}");
        assert!(
            w[0].expected
                .as_deref()
                .unwrap_or_default()
                .contains("[@pi]"),
            "{w:#?}"
        );
    }
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
    // Only its TODOs, each once: a Get help line still marked TODO is not also told it has no
    // everyday words (it was, twice per line).
    assert!(warned.iter().all(|w| w.code == Code::Todo), "{warned:#?}");
    // Written, the TODOs are gone and so are their warnings; the signs now need their words.
    let written = src.replace("TODO ", "");
    assert!(!warnings(&written).iter().any(|w| w.code == Code::Todo));
    assert!(
        warnings(&written)
            .iter()
            .any(|w| w.code == Code::NoEverydayWords)
    );
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
