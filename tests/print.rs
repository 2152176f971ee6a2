//! `patient-guide print`: the guide as linear text or Markdown, for screen readers and printing.

use std::process::Command;

/// The program run with `before`, then `print` and `args`: exit code, output, errors.
fn print_after(before: &[&str], args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(before)
        .arg("print")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `print` on the bundled guides.
fn print(args: &[&str]) -> (i32, String, String) {
    print_after(&[], args)
}

/// `print` on the fixture guide (tests/fixtures/ui.toml): for what the printing does, not what
/// Kesimpta says.
fn print_fixture(args: &[&str]) -> (i32, String, String) {
    print_after(&["--guides", crate::common::FIXTURE_FILE], args)
}

#[test]
fn the_whole_guide_prints_as_plain_text_with_citations_and_sources() {
    // The fixture guide, with the label it was written from.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("ui.toml"),
        crate::common::fixture_text_with_label(),
    )
    .unwrap();
    let file = dir.path().join("ui.toml");
    let (code, text, err) = print_after(&["--guides", file.to_str().unwrap()], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        text.starts_with("Fixture (examplumab)\n====="),
        "{}",
        &text[..80]
    );
    assert!(text.contains("For tests only. Not medical advice."));
    assert!(text.contains("Last reviewed: January 31, 2026"));
    let set_id = crate::common::FIXTURE_LABEL_SET_ID;
    assert!(
        text.contains(&format!(
            "version 3, effective June 30, 2025 (DailyMed set id {set_id})"
        )),
        "{text}"
    );
    // The most important information comes first, once.
    let key = text.find("\nKey facts\n~~~").expect("key facts");
    assert!(key < text.find("1. About it\n---").unwrap());
    assert_eq!(text.matches("\nKey facts\n~~~").count(), 1);
    for heading in [
        "1. About it",
        "2. Who it is for",
        "3. How to take it",
        "4. Safety",
        "5. Questions for your doctor",
        "6. Glossary",
    ] {
        assert!(
            text.contains(&format!("{heading}\n---")),
            "missing {heading}"
        );
    }
    // The dosing figure: its text alternative, then its data as a table.
    assert!(
        text.contains("Figure: When each dose is due\n\nDoses in Weeks 0 and 1, then monthly.")
    );
    assert!(text.contains("\nWeek   What happens\n"), "{text}");
    assert!(text.contains("\n1      2nd dose\n"), "{text}");
    assert!(text.contains("\nLater  Then monthly\n"), "{text}");
    // Steps, numbered; bars and an icon array as tables of numbers.
    assert!(text.contains("\n2. Inject it.\n"), "{text}");
    assert!(
        text.contains("\nMedicine     11\nOther        15\n"),
        "{text}"
    );
    assert!(
        text.contains("\nMedicine  about 11\nOther     15\n"),
        "{text}"
    );
    assert!(text.contains("One dose a week, then one a month. [1]"));
    assert!(text.contains("\n1. Which tests do I need?\n"));
    // Each source once, at the end, with the sections the guide cites (not a line per topic).
    assert!(!text.contains("\nSources: ["), "{text}");
    assert!(
        text.contains("Where to find it: example.org/label. Sections cited: 1, 2, 5, 6."),
        "{text}"
    );
    // Check yourself: the questions with lettered choices, then the answers, at the end.
    let quiz = text.find("\nCheck yourself\n---").expect("check yourself");
    let answers = text.find("\nAnswers\n~~~").expect("answers");
    assert!(quiz < answers && answers < text.find("\nSources\n---").unwrap());
    assert!(text.contains("1. How often after the first weeks?\n   a) Once a month."));
    assert!(text.contains("\n1. Answer a) Once a month.\n"), "{text}");
    assert!(text.contains("See \"Your dose\"."));
    assert!(
        !text.contains('\u{1b}'),
        "no terminal codes in print output"
    );
    // Every topic and glossary term is there, under its own heading.
    every_topic_is_in(&crate::common::fixture(), &text);
}

/// Every topic of `guide` is in its printed `text`, under its own heading.
fn every_topic_is_in(guide: &patient_guide::guide::Guide, text: &str) {
    for s in &guide.sections {
        for t in &s.topics {
            assert!(
                text.contains(&format!("\n{}\n~~~", t.title)),
                "topic {} missing",
                t.id
            );
        }
    }
}

/// The bundled guide prints whole: every topic of Kesimpta under its own heading, its label
/// named by its set id.
#[test]
fn the_bundled_guide_prints_every_topic() {
    let (code, text, err) = print(&[]);
    assert_eq!(code, 0, "{err}");
    assert!(text.starts_with("Kesimpta (ofatumumab)\n====="));
    assert!(text.contains("set id 6a8a3f53-2062-48ff-9dbe-b939df133ca3"));
    every_topic_is_in(&crate::common::kesimpta(), &text);
}

#[test]
fn one_section_prints_as_markdown() {
    let (code, md, err) = print_fixture(&["fixture", "--section", "take", "--format", "markdown"]);
    assert_eq!(code, 0, "{err}");
    assert!(md.starts_with("# Fixture (examplumab)\n"), "{md}");
    assert!(
        md.contains("\n> For tests only. Not medical advice."),
        "{md}"
    );
    assert!(md.contains("## 3. How to take it\n"));
    assert!(md.contains("### Your dose\n"));
    assert!(md.contains("\n**Figure: When each dose is due**\n"), "{md}");
    assert!(md.contains("\n| Week  | What happens |\n"), "{md}");
    assert!(md.contains("\n| 1     | 2nd dose     |\n"), "{md}");
    assert!(md.contains("\n| Later | Then monthly |\n"), "{md}");
    assert!(md.contains("\n2. Inject it.\n"), "{md}");
    assert!(!md.contains("## 4. Safety"), "only the section asked for");
    assert!(md.contains("## Sources\n"));
}

#[test]
fn an_unknown_section_or_guide_is_refused() {
    let (code, _, err) = print_fixture(&["--section", "nope"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no section `nope`") && err.contains("about, who, take, safety"),
        "{err}"
    );
    let (code, _, err) = print_fixture(&["nosuch"]);
    assert_eq!(code, 2);
    assert!(err.contains("no guide with id `nosuch`"), "{err}");
}

/// A link whose words are the title of the topic it leads to is not followed by that title
/// again (issue 17: "Fewer relapses (see "Fewer relapses")"); other links still say where
/// they lead.
#[test]
fn a_link_named_like_its_topic_is_not_repeated() {
    let (code, out, err) = print_fixture(&["fixture"]);
    assert_eq!(code, 0, "{err}");
    for line in out.lines() {
        if let Some(at) = line.find(" (see \"") {
            let title = &line[at + 7..];
            let title = &title[..title.find('"').unwrap()];
            assert!(
                !line[..at].to_lowercase().ends_with(&title.to_lowercase()),
                "repeated: {line}"
            );
        }
    }
    // `[[help]]` says the topic's title once, in quotes, so that it is not read as part of
    // the sentence (the Spanish review: "Las cifras están en Menos recaídas y ...").
    assert!(out.contains("- See \"Get help now\".\n"), "{out}");
    assert!(
        !out.contains("Get help now (see \"Get help now\")"),
        "{out}"
    );
    assert!(
        out.contains("the dose (see \"Your dose\")"),
        "links with other words still say where they lead"
    );
}

/// `--lang es print` and `--guide fixture-es print` print the Spanish guide (they printed the
/// English one); with neither, the first guide, in English.
#[test]
fn print_honours_the_language_and_the_guide_asked_for() {
    let run = |args: &[&str]| {
        let both = ["--guides", crate::common::FIXTURE_FILE];
        let es = ["--guides", crate::common::FIXTURE_ES_FILE];
        let out = Command::new(env!("CARGO_BIN_EXE_patient-guide"))
            .args(both)
            .args(es)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    for args in [
        &["--lang", "es", "print"][..],
        &["--guide", "fixture-es", "print"][..],
        &["print", "fixture-es"][..],
    ] {
        let text = run(args);
        assert!(
            text.contains("Para: una afección de prueba"),
            "{args:?}: {}",
            &text[..200]
        );
        assert!(!text.contains("For: a test condition"), "{args:?}");
    }
    assert!(run(&["print"]).contains("For: a test condition"));
}
