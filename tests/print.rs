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
    let (code, text, err) = print(&[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        text.starts_with("Kesimpta (ofatumumab)\n====="),
        "{}",
        &text[..80]
    );
    assert!(text.contains("It is not medical advice"));
    assert!(text.contains("Last reviewed: December 5, 2026"));
    // The most important information comes first, once.
    let key = text
        .find("\nMost important information\n~~~")
        .expect("key facts");
    assert!(key < text.find("1. How it works\n---").unwrap());
    assert_eq!(text.matches("\nMost important information\n~~~").count(), 1);
    for heading in [
        "1. How it works",
        "2. Who it is for",
        "3. How to take it",
        "4. Safety",
        "5. Everyday life",
        "6. Questions for your doctor",
        "7. Trial results",
        "8. Glossary",
    ] {
        assert!(
            text.contains(&format!("{heading}\n---")),
            "missing {heading}"
        );
    }
    // The dosing figure: its text alternative, then its data as a table.
    assert!(text.contains("Figure: When each dose is due\n\nYou get a dose in Weeks 0, 1 and 2"));
    assert!(text.contains("\nWeek   What happens\n"), "{text}");
    assert!(text.contains("\n3      No dose\n"), "{text}");
    assert!(
        text.contains("\nLater  Then one dose every month\n"),
        "{text}"
    );
    assert!(text.contains("\nSecond trial  10        25\n"), "{text}");
    assert!(
        text.contains("\n5. Inject the dose under the skin"),
        "{text}"
    );
    assert!(text.contains("Each dose is 20 mg. You inject it under the skin. [1] [2]"));
    assert!(text.contains("1. Which type of MS do I have, and is Kesimpta approved for it?"));
    // Each source once, at the end, with the sections the guide cites (not a line per topic).
    assert!(!text.contains("\nSources: ["), "{text}");
    assert!(
        text.contains("where to find it: DailyMed".to_lowercase().as_str())
            || text.contains("Where to find it: DailyMed"),
        "{text}"
    );
    assert!(
        text.contains("Sections cited: 1, 2, 2.1, 3, 4, 5.1, 5.2, 5.3, 6.1, 8.1, 8.2, 8.4, 11, 12.1, 16.2, 17."),
        "{text}"
    );
    assert!(text.contains("[8] What Is Kesimpta Used For (patient article)"));
    // An icon array prints as a table of people in 100.
    assert!(
        text.contains("\nKesimpta       about 11\nTeriflunomide  15\n"),
        "{text}"
    );
    // Check yourself: the questions with lettered choices, then the answers, at the end.
    let quiz = text.find("\nCheck yourself\n---").expect("check yourself");
    let answers = text.find("\nAnswers\n~~~").expect("answers");
    assert!(quiz < answers && answers < text.find("\nSources\n---").unwrap());
    assert!(text.contains("1. You missed your Week 1 dose. What should you do?\n   a) Wait"));
    assert!(
        text.contains("\n1. Answer b) Inject it as soon as you remember"),
        "{text}"
    );
    assert!(text.contains("See \"If you miss a dose\"."));
    assert!(text.contains("set id 6a8a3f53-2062-48ff-9dbe-b939df133ca3"));
    assert!(
        !text.contains('\u{1b}'),
        "no terminal codes in print output"
    );
    // Every topic is there.
    let files = patient_guide::guide::bundled();
    let guide = patient_guide::guide::load(&files).unwrap().remove(0);
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
    // `[[help]]` says the topic's title once.
    assert!(out.contains("- See Get help now.\n"), "{out}");
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
