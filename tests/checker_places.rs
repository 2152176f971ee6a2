//! Mistakes the parser blamed on the wrong place. A backslash an author meant as a backslash ("C:\users", "wine\beer") in a text in quotes:
//! said at the backslash, with the fix, in a text over several lines too (the new-author
//! review's recheck, 2026-12-06: "\u" in a body was read as a line with a key and no `=`, and
//! the fix given, `Alcohol = can affect ...`, would have made the text a key; "\b" was an
//! invisible character reported where the body opens).

use crate::common;
use common::*;

#[test]
fn a_backslash_that_starts_no_escape_in_a_body_is_said_at_the_backslash() {
    let src = with(
        "It is a demo medicine. [@pi]",
        "It is a demo medicine (see C:\\users). [@pi]",
    );
    let e = assert_one_error_at(
        &src,
        "\\users",
        "a backslash (\\) in text in quotes starts an escape like \\n: write \\\\ for a backslash",
    );
    assert!(
        !e.expected.unwrap_or_default().contains('='),
        "no key to write"
    );
}

#[test]
fn a_backslash_that_makes_an_invisible_character_is_said_at_the_backslash() {
    let src = with(
        "It is a demo medicine. [@pi]",
        "It is a demo medicine for wine\\beer. [@pi]",
    );
    assert_one_error_at(
        &src,
        "\\beer",
        "a backslash (\\) in text in quotes starts an escape: this one makes an invisible character",
    );
}

/// Two mistakes of a file's layout that the parser blamed on a line below them (the new-author
/// review, #92 and #94): a topic before any section ("names something already written above",
/// at the next [[sections]]), and keys with no [guide] header ("unknown key `category`").
#[test]
fn a_topic_before_any_section_and_a_missing_guide_header_are_said_where_they_are() {
    let src = with(
        "[[sections]]",
        "[[sections.topics]]\nid = \"early\"\n\n[[sections]]",
    );
    assert_one_error_at(
        &src,
        "[[sections.topics]]\nid = \"early\"",
        "this [[sections.topics]] comes before any [[sections]]",
    );
    let src = with("[guide]\n", "");
    let first_key = src
        .lines()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .unwrap()
        .to_string();
    assert_one_error_at(
        &src,
        &first_key,
        "this key and the ones below it belong under [guide], but the file has no [guide] header",
    );
}

/// A figure line with spaces inside its brackets is a figure line, as a link with spaces is a
/// link (it was "a figure must be on a line of its own" and "not placed", #137); another
/// topic's figure is said to be that topic's, not unknown (#133).
#[test]
fn figure_lines_with_spaces_and_another_topics_figure() {
    let kesimpta = include_str!("../guide/kesimpta.toml");
    let parse = |src: &str| patient_guide::guide::validate::parse_guide("kesimpta.toml", src);
    let spaced = kesimpta.replacen("[[figure:schedule]]", "[[ figure: schedule ]]", 1);
    assert!(parse(&spaced).is_ok(), "{:?}", parse(&spaced).err());
    let borrowed = kesimpta.replacen(
        "[[figure:schedule]]",
        "[[figure:schedule]]\n\n[[figure:seven-days]]",
        1,
    );
    let errors = parse(&borrowed).expect_err("another topic's figure");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0]
            .message
            .contains("figure `seven-days` belongs to topic `storage-and-travel`"),
        "{}",
        errors[0]
    );
    assert_eq!(
        errors[0].expected.as_deref(),
        Some("a link to that topic instead: [[storage-and-travel]]")
    );
}

/// A tab in body text is a space, on screen and in `print` alike (print kept the raw tab), and
/// places in the text stay right (a check's column after the tab).
#[test]
fn a_tab_in_body_text_is_a_space_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let guide = std::fs::read_to_string("guide/kesimpta.toml")
        .unwrap()
        .replace(
            "Alcohol can affect MS symptoms. [@msnt]",
            "Alcohol can affect\tMS symptoms.\t[@msnt]",
        );
    assert!(guide.contains('\t'));
    let file = dir.path().join("kesimpta.toml");
    std::fs::write(&file, &guide).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args([
            "--guides",
            file.to_str().unwrap(),
            "print",
            "--section",
            "everyday-life",
        ])
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed.contains("Alcohol can affect MS symptoms. [6]"),
        "{printed}"
    );
    assert!(!printed.contains('\t'), "{printed}");
    // A mistake after a tab is still pointed at where it is.
    let wrong = guide.replace("symptoms.\t[@msnt]", "symptoms.\t[@msntt]");
    let e = patient_guide::guide::validate::parse_guide("kesimpta.toml", &wrong).unwrap_err();
    let line = wrong[..wrong.find("[@msntt]").unwrap()].lines().count();
    let column = wrong
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("[@msntt]")
        .unwrap()
        + 1;
    assert!(
        e.iter()
            .any(|d| d.line() == Some(line) && d.column().is_some_and(|c| c.abs_diff(column) <= 2)),
        "line {line} column {column}: {e:#?}"
    );
}

/// A relative change written as a named reduction or a half, with no absolute number beside it,
/// is a relative-only warning quoting it; halving a pill is no risk.
#[test]
fn a_risk_reduction_named_or_halved_is_relative_only() {
    use crate::checker_words::warnings;
    use patient_guide::guide::Code;
    for (written, quoted) in [
        (
            "The relative risk reduction was 39%.",
            "relative risk reduction was 39%",
        ),
        ("It gave a risk reduction of 39%.", "risk reduction of 39%"),
        (
            "It cut the risk of relapse in half.",
            "It cut the risk of relapse in half",
        ),
        (
            "It halved the risk of relapse.",
            "It halved the risk of relapse",
        ),
        (
            "The relative risk reduction was 39.5%.",
            "relative risk reduction was 39.5%",
        ),
    ] {
        let src = with(
            "body = \"Once a month.\"",
            &format!("body = \"Once a month. {written}\""),
        );
        let w: Vec<_> = warnings(&src)
            .into_iter()
            .filter(|d| d.code == Code::RelativeOnly)
            .collect();
        assert_eq!(w.len(), 1, "{written}: {w:#?}");
        assert!(w[0].message.contains(&format!("(\"{quoted}\")")), "{w:#?}");
    }
    for calm in [
        "Do not cut the pill in half.",
        "There is a chance you cut the tablet in half.",
        // Accents and curly quotes near a named risk: no relative number, and no crash (the
        // window after "relative risk" was cut inside "’").
        "The relative risk of relapsexxxx in the study’s café group is in the label.",
    ] {
        let src = with(
            "body = \"Once a month.\"",
            &format!("body = \"Once a month. {calm}\""),
        );
        assert!(
            !warnings(&src).iter().any(|d| d.code == Code::RelativeOnly),
            "{calm}"
        );
    }
}

/// A value one slip from a known one is named ("weeks" is `week`, "%" is `percent`), product
/// information by any of its names is a source of kind `label`, and an example is from this
/// guide's own glossary, not Kesimpta's.
#[test]
fn a_value_close_to_a_known_one_is_named() {
    let kesimpta = std::fs::read_to_string("guide/kesimpta.toml").unwrap();
    for (from, to, says) in [
        ("unit = \"week\"", "unit = \"weeks\"", "unit = \"week\""),
        ("unit = \"percent\"", "unit = \"%\"", "unit = \"percent\""),
    ] {
        let e =
            patient_guide::guide::validate::parse_guide("k.toml", &kesimpta.replacen(from, to, 1))
                .unwrap_err();
        assert!(
            e.iter().any(|d| d.message.contains("Did you mean")
                && d.expected.as_deref().unwrap_or_default().starts_with(says)),
            "{to}: {e:#?}"
        );
    }
    let e = errors(&with("version = \"1\"", "version = \"1\"\nkind = \"SmPC\"")).remove(0);
    assert!(e.message.contains("is `label`"), "{e:#?}");
    let e = errors(&with(
        "It is a demo medicine. [@pi]",
        "It is a [[term:Demoo]]. [@pi]",
    ))
    .remove(0);
    let fix = e.expected.unwrap_or_default();
    assert!(
        fix.contains("[[term:demo]]") && !fix.contains("MRI"),
        "{fix}"
    );
}

/// Every piece of Markdown in a topic is told, each at its place (only the first was).
#[test]
fn every_piece_of_markdown_is_told() {
    use crate::checker_words::warnings;
    use patient_guide::guide::Code;
    let src = with(
        "body = \"Once a month.\"",
        "body = \"\"\"\n## Important\n\nOnce a **really** good month, see [MS Society](https://ms.org).\n\"\"\"",
    );
    let w: Vec<String> = warnings(&src)
        .into_iter()
        .filter(|d| d.code == Code::Markdown)
        .map(|d| format!("{}:{}", d.line().unwrap_or(0), d.message))
        .collect();
    assert_eq!(w.len(), 3, "{w:#?}");
    for piece in ["## Important", "**really**", "[MS Society](https://ms.org)"] {
        assert!(w.iter().any(|m| m.contains(piece)), "{piece}: {w:#?}");
    }
}

/// A missing core section is told at the section that is likely it ("how-it-works" whose kind
/// was changed to "other"), not at [guide].
#[test]
fn a_missing_core_section_is_told_at_the_section_likely_meant() {
    let kesimpta = std::fs::read_to_string("guide/kesimpta.toml").unwrap();
    let src = kesimpta.replacen("kind = \"mechanism\"", "kind = \"other\"", 1);
    let e = patient_guide::guide::validate::parse_guide("k.toml", &src).unwrap_err();
    let line = src[..src.find("kind = \"other\"").unwrap()].lines().count() + 1;
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].line(), Some(line), "{e:#?}");
    assert!(
        e[0].message.contains("is it section `how-it-works`?"),
        "{e:#?}"
    );
    assert_eq!(e[0].expected.as_deref(), Some("kind = \"mechanism\""));
}

/// A translation cites the same places as its original: a place dropped or changed ("pi 8.2"
/// left out, "pi 8.1" as "pi 8.3") is an error at the translation's `cites`, naming the place,
/// with the original's list to write (a changed place passed, and a dropped one was said at the
/// topic's id without its place).
#[test]
fn a_translation_cites_the_original_places() {
    let en = std::fs::read_to_string("guide/kesimpta.toml").unwrap();
    let es = std::fs::read_to_string("guide/kesimpta.es.toml").unwrap();
    let full = "cites = [\"pi 2.1\", \"pi 5.1\", \"pi 8.1\", \"pi 8.2\", \"medguide\"]";
    for (changed, says) in [
        (
            "cites = [\"pi 2.1\", \"pi 5.1\", \"pi 8.1\", \"medguide\"]",
            "lacks [\"pi 8.2\"]",
        ),
        (
            "cites = [\"pi 2.1\", \"pi 5.1\", \"pi 8.3\", \"pi 8.2\", \"medguide\"]",
            "cites [\"pi 8.3\"], which the original does not",
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("kesimpta.toml"), &en).unwrap();
        let es = es.replacen(full, changed, 1);
        std::fs::write(tmp.path().join("kesimpta.es.toml"), &es).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
            .args(["check", tmp.path().to_str().unwrap()])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        let line = es.lines().position(|l| l == changed).unwrap() + 1;
        assert!(err.contains(says), "{err}");
        assert!(err.contains(&format!("kesimpta.es.toml:{line}:1")), "{err}");
        assert!(
            err.contains(&format!("expected: {full}, as the original topic")),
            "{err}"
        );
    }
}

/// A figure whose data is all another kind's (a timeline switched to kind = "bars") is one
/// error at its kind, with the kind its data is for (it was four, one per key, with a bars
/// example naming Kesimpta).
#[test]
fn a_figure_with_another_kinds_data_is_one_error_at_its_kind() {
    let kesimpta = std::fs::read_to_string("guide/kesimpta.toml").unwrap();
    let src = kesimpta.replacen("kind = \"timeline\"", "kind = \"bars\"", 1);
    let e = patient_guide::guide::validate::parse_guide("k.toml", &src).unwrap_err();
    assert_eq!(e.len(), 1, "{e:#?}");
    let line = src[..src.find("kind = \"bars\"").unwrap()].lines().count() + 1;
    assert_eq!(e[0].line(), Some(line));
    assert!(e[0].message.contains("`events` and `then`"), "{e:#?}");
    assert_eq!(e[0].expected.as_deref(), Some("kind = \"timeline\""));
}

/// A guide with every section taken out is one error, no sections, not 16 (every core section
/// missing, the glossary with no section, each topic its pages and questions name unknown).
#[test]
fn a_guide_with_no_sections_is_one_error() {
    let kesimpta = std::fs::read_to_string("guide/kesimpta.toml").unwrap();
    let (start, end) = (
        kesimpta.find("\n[[sections]]").unwrap(),
        kesimpta.find("\n[[glossary]]").unwrap(),
    );
    let src = format!("{}{}", &kesimpta[..start], &kesimpta[end..]);
    let e = patient_guide::guide::validate::parse_guide("k.toml", &src).unwrap_err();
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].code, patient_guide::guide::Code::NoSections);
}

/// A figure's table moved under the next topic is one error at the table, naming the topic
/// that places it and where to move it (it was two: the body placing "another topic's figure",
/// with advice to link to it, and the figure not placed).
#[test]
fn a_figure_table_under_the_wrong_topic_is_one_error_saying_where_it_goes() {
    let kesimpta = std::fs::read_to_string("guide/kesimpta.toml").unwrap();
    let table = kesimpta
        .find("[[sections.topics.figures]]\nid = \"schedule\"")
        .unwrap();
    let next_topic = table + kesimpta[table..].find("[[sections.topics]]\n").unwrap();
    let after_it = next_topic
        + 1
        + kesimpta[next_topic + 1..]
            .find("[[sections.topics]]\n")
            .unwrap();
    let src = format!(
        "{}{}{}{}",
        &kesimpta[..table],
        &kesimpta[next_topic..after_it],
        &kesimpta[table..next_topic],
        &kesimpta[after_it..]
    );
    let e = patient_guide::guide::validate::parse_guide("k.toml", &src).unwrap_err();
    assert_eq!(e.len(), 1, "{e:#?}");
    assert!(
        e[0].message.contains("under topic `pen-or-syringe`")
            && e[0].message.contains("topic `dose-schedule` places it"),
        "{e:#?}"
    );
    let line = src[..src.find("id = \"schedule\"").unwrap()]
        .lines()
        .count()
        + 1;
    assert_eq!(e[0].line(), Some(line));
}

/// A draft translation of one section passes `check --strict`: its [guide] keeps the
/// original's key pages, lists every source (none warned uncited), and a topic leaves out a link
/// to a topic not translated yet (the original's other links it keeps). A link kept is told
/// why it cannot be followed in a draft. (It could not pass before.)
#[test]
fn a_draft_of_one_section_passes_check() {
    let es = std::fs::read_to_string("guide/kesimpta.es.toml").unwrap();
    let head = es[..es.find("\n[[sections]]").unwrap()].replacen(
        "translates = \"kesimpta\"",
        "translates = \"kesimpta\"\ndraft = true",
        1,
    );
    let rest = &es[es.find("\n[[sections]]").unwrap()..es.find("\n[[glossary]]").unwrap()];
    let section = rest
        .split("\n[[sections]]\n")
        .find(|s| s.starts_with("id = \"how-to-take-it\""))
        .unwrap();
    let linked = format!("{head}\n[[sections]]\n{section}");
    assert!(linked.contains("[[traveling|"));
    let tmp = tempfile::tempdir().unwrap();
    std::fs::copy("guide/kesimpta.toml", tmp.path().join("kesimpta.toml")).unwrap();
    let check = |text: &str| {
        std::fs::write(tmp.path().join("kesimpta.es.toml"), text).unwrap();
        std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
            .args(["check", "--strict", tmp.path().to_str().unwrap()])
            .output()
            .unwrap()
    };
    let out = check(&linked);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("A draft links only to the topics it has translated"),
        "{err}"
    );
    let unlinked = linked.replacen("[[traveling|Viajar con él]]", "el tema sobre viajar", 1);
    let out = check(&unlinked);
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The same piece of Markdown twice in a topic is told at each of its places.
#[test]
fn the_same_markdown_twice_is_told_at_both_places() {
    use crate::checker_words::warnings;
    use patient_guide::guide::Code;
    let src = with(
        "body = \"Once a month.\"",
        "body = \"\"\"\nOnce a **not** month.\n\nTwice a **not** week.\n\"\"\"",
    );
    let places: Vec<(Option<usize>, Option<usize>)> = warnings(&src)
        .into_iter()
        .filter(|d| d.code == Code::Markdown)
        .map(|d| (d.line(), d.column()))
        .collect();
    assert_eq!(places.len(), 2, "{places:?}");
    assert_ne!(places[0], places[1], "{places:?}");
}

/// The section suggested for a missing core kind is one of kind "other" whose id has a word
/// for it ("how-to-take-it" for dosing); never the questions, even with "take" in their id.
#[test]
fn a_missing_core_section_is_never_matched_to_the_questions() {
    let kesimpta = std::fs::read_to_string("guide/kesimpta.toml").unwrap();
    let src = kesimpta
        .replacen("kind = \"dosing\"", "kind = \"other\"", 1)
        .replacen("id = \"questions\"", "id = \"questions-to-take-along\"", 1);
    let e = patient_guide::guide::validate::parse_guide("k.toml", &src).unwrap_err();
    assert_eq!(e.len(), 1, "{e:#?}");
    assert!(
        e[0].message.ends_with("is it section `how-to-take-it`?"),
        "{e:#?}"
    );
    let src = src.replacen("id = \"how-to-take-it\"", "id = \"part-three\"", 1);
    let e = patient_guide::guide::validate::parse_guide("k.toml", &src).unwrap_err();
    assert!(!e[0].message.contains("questions-to-take-along"), "{e:#?}");
}
