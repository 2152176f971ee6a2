//! `patient-guide check` and start-up on bad guides, run as a user would run the binary.

use crate::common;
use common::*;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

pub(crate) fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_patient-guide"))
}

pub(crate) fn run(args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = bin().args(args).output().expect("runs");
    (
        status.code().expect("exited normally, not by a signal"),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

pub(crate) fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> String {
    let p = dir.join(name);
    fs::write(&p, text).unwrap();
    p.display().to_string()
}

#[test]
fn the_bundled_guides_pass_check() {
    let (code, out, err) = run(&["check"]);
    assert_eq!(code, 0, "stderr: {err}");
    assert!(out.contains("ok: guide/kesimpta.toml"), "{out}");
    assert!(out.contains("ok: guide/kesimpta.es.toml"), "{out}");
    assert!(
        out.contains("2 guide files checked: 0 errors, 0 warnings"),
        "{out}"
    );
}

#[test]
fn the_guide_directory_passes_check_and_non_guides_are_named() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/guide");
    let (code, out, err) = run(&["check", dir]);
    assert_eq!(code, 0, "stderr: {err}");
    assert!(out.contains("kesimpta.toml"), "{out}");
    assert!(
        out.contains("README.md"),
        "files skipped are named, not skipped silently: {out}"
    );
}

#[test]
fn every_error_in_every_file_is_printed_with_exit_code_2() {
    let tmp = tempfile::tempdir().unwrap();
    let a = write(
        tmp.path(),
        "a.toml",
        with("cites = [\"pi 5\"]", "cites = [\"pj\"]"),
    );
    let b = write(
        tmp.path(),
        "b.toml",
        with("title = \"Risks\"", "title = \"\"").replacen("id = \"demo\"", "id = \"demo-b\"", 1),
    );
    let (code, out, err) = run(&["check", &a, &b]);
    assert_eq!(code, 2);
    // Each file has its status line, the summary is with them (on standard output, as when
    // the files are valid), and the problems on standard error.
    assert!(out.contains(&format!("fails: {a} (1 error)")), "{out}");
    assert!(out.contains(&format!("fails: {b} (1 error)")), "{out}");
    let (line, col) = position(&with("cites = [\"pi 5\"]", "cites = [\"pj\"]"), "\"pj\"");
    assert!(err.contains(&format!("{a}:{line}:{col}")), "{err}");
    assert!(err.contains("unknown source `pj`"), "{err}");
    assert!(err.contains(&format!("{b}:")), "{err}");
    assert!(err.contains("topic title is empty"), "{err}");
    assert!(
        out.contains("2 guide files checked: 2 errors, 0 warnings"),
        "{out}"
    );
}

#[test]
fn path_problems_each_get_their_own_message() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("nope.toml").display().to_string();
    let empty_dir = tmp.path().join("empty");
    fs::create_dir(&empty_dir).unwrap();
    let empty_file = write(tmp.path(), "empty.toml", "  \n");
    let latin1 = write(tmp.path(), "latin1.toml", b"[guide]\ntitle = \"caf\xe9\"\n");
    let big = tmp.path().join("big.toml");
    fs::File::create(&big)
        .unwrap()
        .set_len(50 * 1024 * 1024)
        .unwrap();

    let (code, _, err) = run(&["check", &missing]);
    assert_eq!(code, 2);
    assert!(err.contains("no such file or directory"), "{err}");

    let (code, _, err) = run(&["check", &empty_dir.display().to_string()]);
    assert_eq!(code, 2);
    assert!(err.contains("has no guide files"), "{err}");

    let (code, _, err) = run(&["check", &empty_file]);
    assert_eq!(code, 2);
    assert!(err.contains("is empty"), "{err}");

    let (code, _, err) = run(&["check", &latin1]);
    assert_eq!(code, 2);
    assert!(
        err.contains("is not UTF-8") && err.contains("line 2"),
        "{err}"
    );
    // Placed at the byte, in JSON too (its line was null); its status line, and counted.
    assert!(err.contains(&format!("{latin1}:2:13")), "{err}");
    let (_, out, _) = run(&["check", &latin1]);
    assert!(
        out.contains(&format!("fails: {latin1} (1 error)")) && out.contains("1 guide file checked"),
        "{out}"
    );
    let (_, out, _) = run(&["check", "--format", "json", &latin1]);
    assert!(
        out.contains("\"line\":2") && out.contains("\"column\":13"),
        "{out}"
    );

    let (code, _, err) = run(&["check", &big.display().to_string()]);
    assert_eq!(code, 2);
    assert!(err.contains("larger than the 8 MB limit"), "{err}");

    // A device that never ends is not read at all.
    let (code, _, err) = run(&["check", "/dev/zero"]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a regular file"), "{err}");
}

#[test]
fn two_files_with_the_same_guide_id_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "a.toml", VALID);
    write(tmp.path(), "b.toml", VALID);
    let (code, _, err) = run(&["check", &tmp.path().display().to_string()]);
    assert_eq!(code, 2);
    assert!(err.contains("guide id `demo` is also the id of"), "{err}");
}

#[test]
fn the_app_refuses_to_start_on_an_invalid_guide() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = with("kind = \"dosing\"", "kind = \"other\"");
    let path = write(tmp.path(), "demo.toml", &bad);
    let (code, out, err) = run(&["--guides", &tmp.path().display().to_string()]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "nothing drawn: {out:?}");
    assert!(
        err.contains(&format!("{path}:")) && err.contains("kind = \"dosing\""),
        "{err}"
    );
    assert!(err.contains("not starting"), "{err}");
}

#[test]
fn an_unknown_guide_id_is_refused() {
    let (code, _, err) = run(&["--guide", "nosuch"]);
    assert_eq!(code, 2);
    assert!(err.contains("no guide with id `nosuch`"), "{err}");
}

#[test]
fn a_file_name_with_escape_codes_is_not_echoed_raw() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "evil\u{1b}]0;x\u{7}.txt", "not a guide");
    write(tmp.path(), "bad\u{1b}[2J.toml", "x = 1\n");
    let (code, out, err) = run(&["check", &tmp.path().display().to_string()]);
    assert_eq!(code, 2);
    assert!(out.contains("evil") && err.contains("bad"), "{out}\n{err}");
    assert!(
        !out.contains('\u{1b}') && !err.contains('\u{1b}'),
        "{out:?}\n{err:?}"
    );
}

#[test]
fn warnings_point_at_their_place_and_strict_makes_them_errors() {
    let tmp = tempfile::tempdir().unwrap();
    // A source no topic cites, and a review date years ago.
    let src = with("cites = [\"pi 1\", \"leaflet\"]", "cites = [\"pi 1\"]")
        .replacen(
            "For adults. [@pi]\n\n- one bullet\n- two bullets [@leaflet]",
            "For adults. [@pi]\n\n- one bullet\n- two bullets",
            1,
        )
        .replacen("2026-01-31", "2020-01-31", 1);
    let path = write(tmp.path(), "demo.toml", &src);
    let (code, out, err) = run(&["check", &path]);
    assert_eq!(code, 0, "warnings alone pass: {err}");
    // "ok" says it has warnings, which follow on standard error.
    let warned = err.matches("warning[").count();
    assert!(
        out.contains(&format!("ok: {path} (demo:"))
            && out.contains(&format!("({warned} warnings)")),
        "{out}"
    );
    let (line, col) = position(&src, "\"leaflet\"");
    assert!(
        err.contains("warning[uncited-source]: no topic cites source `leaflet`"),
        "{err}"
    );
    assert!(
        err.contains(&format!("{path}:{line}:{col}")),
        "the warning points at the source's id: {err}"
    );
    assert!(
        err.contains("warning[old-review]: the guide was last reviewed"),
        "{err}"
    );
    let (code, out, err) = run(&["check", "--strict", &path]);
    assert_eq!(code, 2, "{err}");
    assert!(out.contains("--strict: warnings count as errors"), "{out}");
    // A file that fails --strict is not called "ok" (issue 17).
    assert!(!out.contains("ok: "), "{out}");
    assert!(
        out.contains(&format!("fails --strict: {path} (demo:")),
        "{out}"
    );
    let warned = err.matches("warning[").count();
    assert!(
        out.contains(&format!("({warned} warnings)")),
        "{out}\n{err}"
    );
}

#[test]
fn the_summary_counts_glossary_terms_apart_from_topics() {
    let (code, out, err) = run(&["check", "guide/kesimpta.toml"]);
    assert_eq!(code, 0, "{err}");
    let g = kesimpta();
    let topics: usize = g
        .sections
        .iter()
        .filter(|s| s.kind != patient_guide::guide::SectionKind::Glossary)
        .map(|s| s.topics.len())
        .sum();
    assert!(
        out.contains(&format!(
            "{topics} topics, {} sources, {} glossary terms",
            g.sources.len(),
            g.glossary.len()
        )),
        "{out}"
    );
}

#[test]
fn json_lists_every_problem_with_its_place() {
    let tmp = tempfile::tempdir().unwrap();
    let src = with("cites = [\"pi 5\"]", "cites = [\"pj\"]");
    let path = write(tmp.path(), "demo.toml", &src);
    let (code, out, _) = run(&["check", "--format", "json", &path]);
    assert_eq!(code, 2);
    let list: serde_json::Value =
        serde_json::from_str(out.trim()).expect("JSON on stdout, nothing else");
    let first = &list[0];
    let (line, col) = position(&src, "\"pj\"");
    assert_eq!(first["file"], path.as_str());
    assert_eq!(first["line"], line);
    assert_eq!(first["column"], col);
    assert_eq!(first["severity"], "error");
    assert!(
        first["message"]
            .as_str()
            .unwrap()
            .contains("unknown source `pj`")
    );
}

#[test]
fn hard_topics_are_flagged_and_readability_is_tabled() {
    let tmp = tempfile::tempdir().unwrap();
    let hard = "Immunoglobulin concentrations necessitate comprehensive laboratory monitoring throughout administration.";
    let src = with("body = \"Some risks.\"", &format!("body = \"{hard}\""));
    let path = write(tmp.path(), "demo.toml", &src);
    let (code, out, err) = run(&["check", "--readability", &path]);
    assert_eq!(code, 0, "a warning alone passes: {err}");
    let (line, col) = position(&src, "\"risks\"");
    assert!(
        err.contains("warning[reading-grade]: topic `risks` reads at grade"),
        "{err}"
    );
    assert!(err.contains(&format!("{path}:{line}:{col}")), "{err}");
    assert!(out.contains("grade   ease  words  topic"), "{out}");
    assert!(out.contains("Safety › Risks  (above target)"), "{out}");
    assert!(out.contains("median grade"), "{out}");
    let (code, _, _) = run(&["check", "--strict", &path]);
    assert_eq!(code, 2);
    // A guide may set its own target: at grade 1 even "Some risks." is too hard.
    let strict_target = VALID.replacen(
        "language = \"en\"",
        "language = \"en\"\nreading_grade = 1",
        1,
    );
    let path = write(tmp.path(), "demo.toml", &strict_target);
    let (code, _, err) = run(&["check", "--strict", &path]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("above the guide's target of 1"), "{err}");
}

/// Issue 24: every topic at grade 8 or below, the median at 6 or below, and a topic above the
/// guide's target of 6 only where the guide accepts it with a reason.
#[test]
fn the_bundled_guide_reads_at_grade_8_or_lower_with_a_median_of_6() {
    let (code, out, err) = run(&["check", "--strict", "--readability"]);
    assert_eq!(code, 0, "{err}");
    let median: f64 = out
        .lines()
        .find_map(|l| l.trim().strip_prefix("median grade "))
        .and_then(|r| r.split_whitespace().next())
        .and_then(|g| g.parse().ok())
        .expect("median line");
    assert!(median <= 6.0, "median grade {median}");
    assert!(!out.contains("(above target)"), "{out}");
    for line in out
        .lines()
        .filter(|l| l.contains("(above target, accepted)"))
    {
        let grade: f64 = line.split_whitespace().next().unwrap().parse().unwrap();
        assert!(grade <= 8.0, "{line}");
    }
}

/// VALID with its key pages declared and its sources' kinds given: no content warnings.
pub(crate) fn clean() -> String {
    VALID
        .replacen(
            "disclaimer = ",
            "key_facts = \"risks\"\nget_help = \"risks\"\ndisclaimer = ",
            1,
        )
        .replacen("version = \"1\"", "version = \"1\"\nkind = \"label\"", 1)
        .replacen(
            "date = \"2026-01\"",
            "date = \"2026-01\"\nkind = \"label\"",
            1,
        )
}

/// A copy of a guide made to start a new one has the original's id: the copy is blamed (not
/// whichever file sorts second), at its `id = "..."`, with the original's file and line, and an
/// id of its own to give it, from its file's name (it used to have no line at all).
#[test]
fn a_copied_guide_id_is_blamed_on_the_copy_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let guide = std::fs::read_to_string("guide/kesimpta.toml").unwrap();
    // The copy sorts first.
    for name in ["copy-for-new.toml", "kesimpta.toml"] {
        std::fs::write(dir.path().join(name), &guide).unwrap();
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(["check", "--format", "json", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let problems = json.as_array().unwrap();
    assert_eq!(problems.len(), 1, "{json:#}");
    let p = &problems[0];
    let id_line = guide.lines().position(|l| l.starts_with("id = ")).unwrap() + 1;
    assert!(
        p["file"].as_str().unwrap().ends_with("copy-for-new.toml"),
        "{p:#}"
    );
    assert_eq!(p["code"], "file", "{p:#}");
    assert_eq!(p["line"], id_line, "{p:#}");
    assert!(
        p["message"]
            .as_str()
            .unwrap()
            .contains(&format!("kesimpta.toml (line {id_line})")),
        "{p:#}"
    );
    assert!(
        p["expected"]
            .as_str()
            .unwrap()
            .contains("id = \"copy-for-new\""),
        "{p:#}"
    );
}

/// A usage mistake exits 64 (EX_USAGE), apart from an invalid guide's 2, so a script can tell
/// "called it wrong" from "the guide is wrong"; --help is not a mistake.
#[test]
fn a_usage_mistake_exits_64_apart_from_an_invalid_guide() {
    let (code, _, err) = run(&["check", "--bogus", "x.toml"]);
    assert_eq!(code, 64, "{err}");
    assert!(err.contains("--bogus"), "{err}");
    let (code, _, _) = run(&["--help"]);
    assert_eq!(code, 0);
    let tmp = tempfile::tempdir().unwrap();
    let bad = write(
        tmp.path(),
        "demo.toml",
        with("kind = \"dosing\"", "kind = \"other\""),
    );
    let (code, _, _) = run(&["check", &bad]);
    assert_eq!(code, 2);
}

/// `reading_grade` in a Spanish guide, or `reading_ease` in an English one, does nothing: a
/// warning at the key says which setting the language is graded by (it passed without a word).
#[test]
fn a_reading_target_of_the_other_language_is_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let en = std::fs::read_to_string("guide/kesimpta.toml").unwrap();
    let es = std::fs::read_to_string("guide/kesimpta.es.toml")
        .unwrap()
        .replace("reading_ease = 55", "reading_grade = 8");
    write(tmp.path(), "kesimpta.toml", &en);
    write(tmp.path(), "kesimpta.es.toml", &es);
    let (code, _, err) = run(&["check", "--strict", &tmp.path().display().to_string()]);
    assert_eq!(code, 2, "{err}");
    let line = es.lines().position(|l| l == "reading_grade = 8").unwrap() + 1;
    assert!(
        err.contains(
            "warning[reading-target-unused]: `reading_grade` does nothing in a Spanish guide"
        ) && err.contains(&format!("kesimpta.es.toml:{line}:1"))
            && err.contains("reading_ease = 55"),
        "{err}"
    );
    let en = en.replace("reading_grade = 6", "reading_ease = 60");
    write(tmp.path(), "kesimpta.toml", &en);
    write(
        tmp.path(),
        "kesimpta.es.toml",
        es.replace("reading_grade = 8", ""),
    );
    let (_, _, err) = run(&["check", &tmp.path().display().to_string()]);
    assert!(
        err.contains("`reading_ease` does nothing in an English guide"),
        "{err}"
    );
}

/// A translation checked on its own fails for its original not being there: its status line
/// says so plainly (it said "with the other files", of files that were not there), and a file
/// whose own errors are found first has its status line too (it had none).
#[test]
fn every_file_checked_has_its_status_line() {
    let tmp = tempfile::tempdir().unwrap();
    let es = std::fs::read_to_string("guide/kesimpta.es.toml").unwrap();
    let alone = write(tmp.path(), "kesimpta.es.toml", &es);
    let (code, out, err) = run(&["check", &alone]);
    assert_eq!(code, 2, "{err}");
    assert!(
        out.contains(&format!("fails: {alone} (kesimpta-es:")),
        "{out}"
    );
    assert!(
        out.contains("(1 error)") && !out.contains("other files"),
        "{out}"
    );
    let broken = write(
        tmp.path(),
        "kesimpta.es.toml",
        es.replacen("id = \"", "id = \"X Y", 1),
    );
    let (_, out, err) = run(&["check", &broken]);
    assert!(out.contains(&format!("fails: {broken} (")), "{out}\n{err}");
}
