//! Issue 30, label watch: real US labels (SPL XML from the FDA's openFDA test data, see
//! tests/data/labels/README.md) read as they are, and a guide checked against a label file:
//! each rule on small synthetic labels, and hostile files refused with a place, never a hang.

use crate::common::*;
use patient_guide::guide::Code;
use patient_guide::label::{self, Label};

fn real(name: &str) -> Label {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/labels")
        .join(name);
    label::read(&path).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn real_labels_are_read_whole() {
    let lipitor = real("lipitor-orig.xml");
    assert_eq!(lipitor.product, "Lipitor (atorvastatin calcium)");
    assert_eq!(lipitor.set_id, "c6e131fe-e7df-4876-83f7-9156fc4e8228");
    assert_eq!(
        (lipitor.version, lipitor.effective.as_str()),
        (11, "2014-01-13")
    );
    assert_eq!(lipitor.changes.len(), 2, "{:#?}", lipitor.changes);
    assert_eq!(lipitor.changes[1].sections, ["5.1"]);
    assert_eq!(lipitor.changes[1].date, "10/2012");
    assert_eq!(lipitor.section("5.2").unwrap().title, "Liver Dysfunction");
    assert_eq!(lipitor.subsections("5").len(), 5);
    assert_eq!(lipitor.section("4").unwrap().code, "34070-3");

    let humira = real("humira.xml");
    assert_eq!(humira.product, "Humira (adalimumab)");
    assert_eq!(
        (humira.version, humira.effective.as_str()),
        (1560, "2013-09-30")
    );
    assert_eq!(humira.changes.len(), 6, "{:#?}", humira.changes);
    assert_eq!(humira.changes[3].sections, ["5.1"]);
    assert_eq!(humira.changes[3].date, "5/2013");
    assert_eq!(humira.subsections("5").len(), 11);
    assert_eq!(
        humira.section("5.4").unwrap().title,
        "Hepatitis B Virus Reactivation"
    );

    // An over-the-counter label has no numbered sections; it is read, and says so.
    let cough = real("cough.xml");
    assert_eq!(cough.version, 1);
    assert!(cough.sections.iter().all(|s| s.number.is_none()));
    assert!(cough.sections.iter().any(|s| s.title == "Directions"));
}

/// A small label: a set id, a version, its recent major changes, sections 4, 5.1 and 5.2.
fn synthetic(version: u32, changes: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<document xmlns="urn:hl7-org:v3">
  <setId root="set-1"/>
  <versionNumber value="{version}"/>
  <effectiveTime value="20260401"/>
  <component><structuredBody>
    <component><section><code code="43683-2"/><text><paragraph>{changes}</paragraph></text></section></component>
    <component><section><code code="34070-3"/><title>4 CONTRAINDICATIONS</title></section></component>
    <component><section><code code="43685-7"/><title>5 WARNINGS AND PRECAUTIONS</title>
      <component><section><code code="42229-5"/><title>5.1 Infections</title></section></component>
      <component><section><code code="42229-5"/><title>5.2 Liver &amp; kidneys</title></section></component>
    </section></component>
  </structuredBody></component>
</document>"#
    )
}

/// The demo guide citing "pi 5.1" in its safety topic and the label sections in `cites`.
fn guide_src(label_table: &str) -> String {
    with(
        "last_reviewed = 2026-01-31",
        &format!("last_reviewed = 2026-01-31\n{label_table}"),
    )
}

fn compare(src: &str, label: &Label) -> Vec<patient_guide::guide::Diagnostic> {
    let guide = parse(src).unwrap_or_else(|e| panic!("{e:#?}"));
    patient_guide::watch::compare("guides/demo.toml", src, &guide, label)
}

#[test]
fn each_label_rule_on_a_small_label() {
    let src = guide_src("label = { set_id = \"set-1\", version = 2, effective = 2025-08-18 }")
        .replace("cites = [\"pi 2\"]", "cites = [\"pi 5.7\"]");
    // The demo's pi is not a label source; make it one.
    let src = src.replacen(
        "location = \"example.org/demo\"",
        "location = \"example.org/demo\"\nkind = \"label\"",
        1,
    );
    let same = label::parse(&synthetic(2, "")).unwrap();
    let found = compare(&src, &same);
    // A section the label does not have: an error at the citation.
    let missing: Vec<_> = found
        .iter()
        .filter(|d| d.code == Code::LabelSection && d.message.contains("5.7"))
        .collect();
    assert_eq!(missing.len(), 1, "{found:#?}");
    assert_eq!(missing[0].severity.name(), "error");
    assert!(
        missing[0].message.contains("cites section 5.7 of `pi`"),
        "{}",
        missing[0]
    );
    let at = src.find("\"pi 5.7\"").unwrap();
    assert_eq!(missing[0].line(), Some(src[..at].matches('\n').count() + 1));
    // What no topic cites: 5.1, 5.2 and the contraindications.
    let uncovered: Vec<String> = found
        .iter()
        .filter(|d| d.code == Code::LabelUncovered)
        .map(|d| d.message.clone())
        .collect();
    assert!(
        uncovered
            .iter()
            .any(|m| m.contains("section 5.2, Liver & kidneys")),
        "{uncovered:#?}"
    );
    assert!(
        uncovered
            .iter()
            .any(|m| m.contains("section 4, CONTRAINDICATIONS")),
        "{uncovered:#?}"
    );
    assert!(!found.iter().any(|d| d.code == Code::LabelNewer));

    // A newer label: its version and date, each change since the guide's with the topics
    // citing its sections ("none" when none does).
    let newer = label::parse(&synthetic(
        3,
        "Warnings and Precautions, Infections (5.1) ---- 3/2026<br/>Contraindications (4) ---- 2/2026<br/>Dosage (2.1) ---- 1/2024",
    ))
    .unwrap();
    let src = src.replace("cites = [\"pi 5.7\"]", "cites = [\"pi 5.1\"]");
    let found = compare(&src, &newer);
    let newer_said: Vec<_> = found
        .iter()
        .filter(|d| d.code == Code::LabelNewer)
        .collect();
    assert_eq!(newer_said.len(), 1, "{found:#?}");
    let m = &newer_said[0].message;
    assert!(
        m.contains(
            "the label is version 3 (2026-04-01); the guide was written from version 2 (2025-08-18)"
        ),
        "{m}"
    );
    assert!(m.contains("Infections (5.1) (3/2026): cited by "), "{m}");
    assert!(
        m.contains("Contraindications (4) (2/2026): cited by none"),
        "{m}"
    );
    assert!(
        !m.contains("1/2024"),
        "a change before the guide's label is not news: {m}"
    );

    // A guide that does not say which label it follows.
    let found = compare(VALID, &same);
    let unknown: Vec<_> = found
        .iter()
        .filter(|d| d.code == Code::LabelUnknown)
        .collect();
    assert_eq!(unknown.len(), 1);
    assert!(
        unknown[0]
            .expected
            .as_deref()
            .unwrap()
            .contains("set_id = \"set-1\", version = 2")
    );
}

#[test]
fn hostile_label_files_are_refused_with_a_place() {
    let e = label::parse("<document xmlns=\"urn:hl7-org:v3\"><setId root=\"x\"></document>")
        .unwrap_err();
    assert!(e.starts_with("1:") && e.contains("not readable XML"), "{e}");
    let e = label::parse("<html><body/></html>").unwrap_err();
    assert!(
        e.contains("not a Structured Product Labeling document"),
        "{e}"
    );
    // Entities are never expanded: a document type is refused.
    let laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><document xmlns="urn:hl7-org:v3">&lol2;</document>"#;
    let start = std::time::Instant::now();
    assert!(label::parse(laughs).is_err());
    assert!(start.elapsed() < std::time::Duration::from_secs(5));
    // A file too large is refused before it is read.
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.xml");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(label::MAX_BYTES + 1).unwrap();
    let e = label::read(&big).unwrap_err();
    assert!(e.contains("the file is over 20 MB"), "{e}");
    // A pipe named like a label is refused at once, never waited on.
    let fifo = dir.path().join("pipe.xml");
    crate::common::mkfifo(&fifo);
    let e = label::read(&fifo).unwrap_err();
    assert!(e.contains("not a regular file"), "{e}");
}

/// The commands: `label FILE` as text and JSON, and `check --label` on the bundled guide.
#[test]
fn the_label_command_and_check_with_a_label() {
    let bin = env!("CARGO_BIN_EXE_patient-guide");
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/labels/humira.xml");
    let out = std::process::Command::new(bin)
        .args(["label", file])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Humira (adalimumab)\nset id 608d4f0d"),
        "{text}"
    );
    assert!(
        text.contains("5/2013   Warnings and Precautions, Serious Infections (5.1)"),
        "{text}"
    );
    assert!(
        text.contains("    5.4 Hepatitis B Virus Reactivation"),
        "{text}"
    );
    let out = std::process::Command::new(bin)
        .args(["label", "--json", file])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1560);
    assert_eq!(v["changes"][3]["sections"][0], "5.1");
    // Kesimpta against another product's label: told, as an error.
    let out = std::process::Command::new(bin)
        .args(["check", "--label", file, "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "label-newer" && d["severity"] == "error"),
        "{v:#}"
    );
    assert!(!out.status.success());
}

/// `label draft`: a starter guide whose topics follow the label's sections, the label's words
/// as comments, every topic a draft that `check` refuses (`topic-draft`, and nothing else);
/// rewritten (here: the draft marks removed), it is a valid guide. For each real label.
#[test]
fn a_guide_drafted_from_a_label_is_refused_until_rewritten() {
    for name in ["lipitor-orig.xml", "humira.xml", "cough.xml"] {
        let l = real(name);
        let src = label::draft(&l, "drafted");
        let errors = parse(&src).expect_err("drafts are refused");
        assert!(!errors.is_empty());
        assert!(
            errors.iter().all(|e| e.code == Code::TopicDraft),
            "{name}: {errors:#?}"
        );
        let rewritten = src.replace("draft = true\n", "");
        let guide = parse(&rewritten).unwrap_or_else(|e| panic!("{name}: {e:#?}"));
        assert_eq!(guide.label.as_ref().unwrap().version, l.version);
        // Nothing of the label's wording is in what a patient reads: only in comments.
        if let Some(s) = l.section("5.1") {
            let first_words: String = s
                .text
                .split_whitespace()
                .take(6)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                src.contains(&format!("#   {first_words}")),
                "{name}: {first_words}"
            );
            let shown =
                patient_guide::print::print(&guide, None, patient_guide::print::Format::Text)
                    .unwrap();
            assert!(
                !shown.contains(&first_words),
                "{name}: the label's words reached the guide"
            );
        }
    }
}

/// The label's Medication Guide: each heading whose subject the guide has no page, section or
/// topic for is a warning (here: storage and ingredients; the guide has a dosing section).
#[test]
fn a_medication_guide_heading_the_guide_does_not_cover_is_named() {
    let xml = r#"<document xmlns="urn:hl7-org:v3"><setId root="set-1"/><versionNumber value="2"/><effectiveTime value="20260401"/>
<component><structuredBody>
  <component><section><code code="42231-1"/><title>MEDICATION GUIDE</title>
    <component><section><title>How should I take Demo?</title></section></component>
    <component><section><title>How should I store Demo?</title></section></component>
    <component><section><title>What are the ingredients in Demo?</title></section></component>
  </section></component>
</structuredBody></component></document>"#;
    let l = label::parse(xml).unwrap();
    assert_eq!(l.medication_guide.len(), 3, "{:#?}", l.medication_guide);
    let found = compare(VALID, &l);
    let said: Vec<&str> = found
        .iter()
        .filter(|d| d.message.contains("Medication Guide asks"))
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(said.len(), 2, "{said:#?}");
    assert!(said.iter().any(|m| m.contains("How should I store Demo?")));
    assert!(said.iter().any(|m| m.contains("ingredients")));
    assert!(
        !said.iter().any(|m| m.contains("How should I take")),
        "the dosing section covers it"
    );
}

/// `check --labels-beside`: a library, each guide against the label file beside it, in one
/// run: a guide behind its label is told, one whose label file is broken is told at that file,
/// and one with no label beside it is noted, not failed.
#[test]
fn a_library_is_checked_each_guide_against_the_label_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let behind = guide_src("label = { set_id = \"set-1\", version = 2, effective = 2025-08-18 }");
    let other = behind.replace("id = \"demo\"", "id = \"other\"");
    let third = behind.replace("id = \"demo\"", "id = \"third\"");
    for (name, src) in [("demo", &behind), ("other", &other), ("third", &third)] {
        std::fs::write(dir.path().join(format!("{name}.toml")), src).unwrap();
    }
    std::fs::write(
        dir.path().join("demo.xml"),
        synthetic(3, "Warnings and Precautions (5.2) 4/2026"),
    )
    .unwrap();
    std::fs::write(dir.path().join("third.xml"), "<document").unwrap();
    let bin = env!("CARGO_BIN_EXE_patient-guide");
    let run = |json: bool| {
        let mut cmd = std::process::Command::new(bin);
        cmd.args(["check", "--labels-beside"]).arg(dir.path());
        if json {
            cmd.arg("--json");
        }
        cmd.output().unwrap()
    };
    let out = run(false);
    let said = String::from_utf8_lossy(&out.stdout);
    let problems = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("other.toml: no label file beside it"),
        "{said}"
    );
    assert!(!said.contains("demo.toml: no label"), "{said}");
    assert!(problems.contains("demo.toml"), "{problems}");
    assert!(problems.contains("version 3"), "{problems}");
    assert!(problems.contains("third.xml"), "{problems}");
    assert!(
        !out.status.success(),
        "a label file that cannot be read fails"
    );
    let v: serde_json::Value = serde_json::from_slice(&run(true).stdout).unwrap();
    let codes: Vec<(&str, &str)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["file"].as_str().unwrap(), d["code"].as_str().unwrap()))
        .collect();
    assert!(
        codes
            .iter()
            .any(|(f, c)| f.ends_with("demo.toml") && *c == "label-newer"),
        "{codes:?}"
    );
    // The guide with no label beside it is compared with none.
    assert!(
        !codes
            .iter()
            .any(|(f, c)| f.ends_with("other.toml") && c.starts_with("label-")),
        "{codes:?}"
    );
}
