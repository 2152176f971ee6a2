//! The Kesimpta guide, continued: figures, storage, safety, uses, trial numbers, everyday
//! questions, sources, the review date, and the bundled files.

use super::kesimpta::{
    assert_never_says, assert_says, bars, figure, icons, kesimpta, section_text, topic_text,
};
use patient_guide::doc::topic::topic_rows;
use patient_guide::guide::{self, Chart, SectionKind, validate::parse_guide};

#[test]
fn the_figures_hold_the_checked_numbers() {
    let pairs = |id: &str| -> Vec<(String, f64)> {
        bars(id)
            .into_iter()
            .map(|(g, l, v)| (format!("{g} / {l}"), v))
            .collect()
    };
    let want = |list: &[(&str, f64)]| -> Vec<(String, f64)> {
        list.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    };
    // Relapses a year for every 100 people: the rates 0.11, 0.22, 0.10 and 0.25 times 100.
    assert_eq!(
        pairs("relapse-rate"),
        want(&[
            ("First trial / Kesimpta", 11.0),
            ("First trial / Teriflunomide", 22.0),
            ("Second trial / Kesimpta", 10.0),
            ("Second trial / Teriflunomide", 25.0),
        ])
    );
    // Lesions: how many fewer on Kesimpta, in %, as the trials report them (counts of lesions
    // compared between the groups, never people in 100).
    assert_eq!(
        pairs("fewer-lesions"),
        want(&[
            ("First trial / Fewer that light up", 98.0),
            ("First trial / Fewer new or growing", 82.0),
            ("Second trial / Fewer that light up", 94.0),
            ("Second trial / Fewer new or growing", 85.0),
        ])
    );
    assert_eq!(
        icons("disability"),
        [
            (String::new(), "Kesimpta".to_string(), 10.9),
            (String::new(), "Teriflunomide".to_string(), 15.0),
        ]
    );
    assert_eq!(
        icons("side-effects"),
        [
            ("Nose and throat infections", "Kesimpta", 39.0),
            ("Nose and throat infections", "Teriflunomide", 38.0),
            ("Reactions to the shot", "Kesimpta", 21.0),
            ("Reactions to the shot", "Teriflunomide", 15.0),
        ]
        .map(|(g, l, v)| (g.to_string(), l.to_string(), v))
    );
    // Headache has only a secondary-source figure: it is named, never charted.
    assert!(
        !icons("side-effects")
            .iter()
            .any(|(g, _, _)| g.contains("Headache"))
    );
    let Chart::Steps(steps) = figure("injection-steps").chart else {
        panic!("not steps")
    };
    assert_eq!(steps.len(), 6);
    assert!(steps[0].contains("15 to 30 minutes"));
    assert!(steps[1].contains("Do not shake it"));
}

#[test]
fn storage_temperatures_are_stated() {
    let g = kesimpta();
    assert_says(
        &section_text(&g, "how-to-take-it"),
        &[
            "2 to 8 °C (36 to 46 °F)",
            "Do not freeze it",
            "up to 30 °C (86 °F)",
            "for up to 7 days in all",
            "in its box to protect it from light",
        ],
    );
}

#[test]
fn safety_covers_hepatitis_b_vaccines_and_pml() {
    let g = kesimpta();
    let safety = section_text(&g, "safety");
    assert_says(
        &safety,
        &[
            "a test for hepatitis B",
            "Do not use Kesimpta if you have active hepatitis B",
            "Live or live-weakened vaccines: at least 4 weeks before your first dose",
            "at least 2 weeks before your first dose",
            "Do not get live vaccines while you take Kesimpta",
            "PML",
            "6 months after your last dose",
            "39 and 38. This is about the same",
            "21 and 15",
            "11 and 6",
            "10 and 8",
            "2.5 in 100 people on Kesimpta, and 1.8 in 100 on teriflunomide",
            "about 52 in 100 people on Kesimpta",
            "more than 99 in 100",
            "took teriflunomide pills and got dummy shots",
            "These are not all the possible side effects",
            "Call 911, or your local emergency number",
        ],
    );
}

#[test]
fn ppms_is_excluded_and_the_approved_uses_are_named() {
    let g = kesimpta();
    assert_says(
        &section_text(&g, "who-it-is-for"),
        &[
            "Kesimpta is not approved for primary progressive MS (PPMS)",
            "clinically isolated syndrome (CIS)",
            "relapsing-remitting MS (RRMS)",
            "secondary progressive MS (SPMS), but only when it is active",
            "approved only for MS",
            "the only MS medicine you take to slow your MS down",
            "Tell your care team if you ever had a serious or allergic reaction to Kesimpta or ofatumumab",
            "There may be other reasons not to use it",
            "It is not known if Kesimpta is safe or works in children",
            "Do not use Kesimpta if you have active hepatitis B",
        ],
    );
}

#[test]
fn trial_results_match_the_facts() {
    let g = kesimpta();
    assert_says(
        &section_text(&g, "trial-results"),
        &[
            "about 11 relapses a year on Kesimpta and 22 on teriflunomide",
            "about 10 relapses a year on Kesimpta and 25 on teriflunomide",
            "up to about 2 and a half years (30 months)",
            "They cover the trial years: up to about 2 and a half years",
            "about 11 in 100 people on Kesimpta, and 15 in 100 on teriflunomide",
            "These numbers count lesions, not people",
            "On Kesimpta: about 98% fewer in the first trial, and about 94% fewer in the second",
            "On Kesimpta: about 82% fewer in the first trial, and about 85% fewer in the second",
        ],
    );
    // No figure stretches past the trials' length; lesions are never "in 100".
    assert_never_says(
        &section_text(&g, "trial-results"),
        &["relapse in 9 years", "For every 100 seen on teriflunomide"],
    );
}

/// The everyday questions of the facts file, each only as far as its source goes.
#[test]
fn everyday_questions_are_answered_as_far_as_the_sources_go() {
    let g = kesimpta();
    for (topic, says) in [
        (
            "alcohol",
            &[
                "No problem has been reported when people mix alcohol and Kesimpta",
                "Ask your care team",
            ][..],
        ),
        (
            "hair-and-weight",
            &["Hair loss and weight gain were not reported as side effects in the trials"],
        ),
        (
            "driving",
            &["ask your care team if it is safe for you to drive"],
        ),
        (
            "surgery-and-dentist",
            &["Tell each doctor, dentist and pharmacist you see that you use Kesimpta"],
        ),
        (
            "vaccines-during",
            &[
                "Do not get live vaccines while you take Kesimpta",
                "Before you get any vaccine, like a flu or COVID shot, ask your care team",
            ],
        ),
        (
            "if-you-stop",
            &[
                "they take months to come back",
                "Talk with your neurologist before you stop",
            ],
        ),
        (
            "traveling",
            &[
                "Do not leave it in a hot car",
                "below 30 °C (86 °F), for up to 7 days in all",
            ],
        ),
        (
            "general-information",
            &[
                "Do not give it to other people",
                "out of the reach of children",
                "1-888-669-6682",
            ],
        ),
    ] {
        assert_says(&topic_text(&g, topic), says);
    }
    // No number of months for B cells to come back, no label statement on driving.
    assert_never_says(
        &section_text(&g, "everyday-life"),
        &[
            "months after your last dose, your B cells",
            "The label says",
        ],
    );
}

#[test]
fn there_are_enough_questions_and_glossary_terms() {
    let g = kesimpta();
    let questions: usize = g
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Questions)
        .flat_map(|s| &s.topics)
        .map(|t| t.questions.len())
        .sum();
    assert!(questions >= 10, "only {questions} questions");
    assert!(
        g.glossary.len() >= 12,
        "only {} glossary terms",
        g.glossary.len()
    );
    for term in [
        "B cell",
        "CD20",
        "Lesion",
        "Relapse",
        "MRI",
        "PML",
        "Immunoglobulin",
    ] {
        assert!(
            g.glossary.iter().any(|t| t.term == term),
            "glossary lacks {term}"
        );
    }
}

#[test]
fn the_review_date_and_what_may_have_changed_are_shown() {
    let g = kesimpta();
    assert!(!g.last_reviewed.is_empty());
    let note = g.review_note.as_deref().expect("review note");
    assert!(
        note.contains("Ask your pharmacist for the current Medication Guide"),
        "{note}"
    );
    assert_says(
        &topic_text(&g, "label-changes"),
        &["This guide may not cover these changes"],
    );
}

#[test]
fn every_topic_cites_a_source_and_shows_its_sources() {
    let g = kesimpta();
    for s in &g.sections {
        for t in &s.topics {
            assert!(!t.citations.is_empty(), "{} cites nothing", t.id);
            let text: Vec<String> = topic_rows(
                &g,
                t,
                80,
                Default::default(),
                &patient_guide::keymap::names(patient_guide::i18n::Lang::En),
            )
            .iter()
            .map(|r| r.text())
            .collect();
            assert!(
                text.iter().any(|l| l == "Sources"),
                "{} has no sources list",
                t.id
            );
        }
    }
}

#[test]
fn every_toml_file_in_the_guide_folder_is_bundled() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/guide");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .map(|n| format!("guide/{n}"))
        .collect();
    on_disk.sort();
    let mut bundled: Vec<String> = guide::bundled().into_iter().map(|f| f.path).collect();
    bundled.sort();
    assert_eq!(on_disk, bundled, "add new guides to BUNDLED in build.rs");
    for f in guide::bundled() {
        let disk =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_string() + &f.path)
                .unwrap();
        assert_eq!(disk, f.text);
    }
}

#[test]
fn the_format_example_in_guide_readme_parses() {
    let readme = include_str!("../guide/README.md");
    let start = readme.find("```toml\n").expect("example") + "```toml\n".len();
    let example = &readme[start..start + readme[start..].find("```").unwrap()];
    // As documented, it lacks the core sections a drug guide needs and nothing else.
    let errs = parse_guide("example.toml", example).expect_err("lacks core sections");
    assert_eq!(errs.len(), 3, "{errs:#?}");
    assert!(
        errs.iter()
            .all(|e| e.message.contains("a drug guide needs a section"))
    );
    let general = example.replace("kind = \"drug\"", "kind = \"general\"");
    parse_guide("example.toml", &general).unwrap_or_else(|e| panic!("{e:#?}"));
}

/// guide/bundled.bin holds the bundled guides parsed and checked (start-up reads them from it):
/// it must be exactly what the bundled TOML makes now, and give the same guides as parsing it.
/// `UPDATE_BUNDLE=1 cargo test --test checker bundled` makes it again after a guide changed.
#[test]
fn the_prepared_bundled_guides_are_current() {
    use patient_guide::guide::bundle;
    let fresh = bundle::prepare().expect("the bundled guides are valid");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/guide/bundled.bin");
    if std::env::var_os("UPDATE_BUNDLE").is_some() {
        std::fs::write(path, &fresh).unwrap();
    }
    let kept = std::fs::read(path).unwrap();
    assert!(
        kept == fresh,
        "guide/bundled.bin is out of date: run UPDATE_BUNDLE=1 cargo test --test checker bundled"
    );
    // What start-up reads is what parsing gives.
    let parsed = patient_guide::guide::load(&patient_guide::guide::bundled()).unwrap();
    let prepared = bundle::prepared();
    assert!(
        prepared.as_ref() == Some(&parsed),
        "the prepared guides differ from the parsed ones (or are not used)"
    );
    // The head of the one a patient sees first, read alone before the first frame, in each
    // language: every section and topic in its place with its title, the topics it opens on
    // whole, the others' texts left for later.
    use patient_guide::i18n::Lang;
    for lang in Lang::ALL {
        let head = bundle::prepared_first(lang).expect("a bundled guide in each language");
        assert_eq!(head.lang(), lang);
        let whole = parsed.iter().find(|g| g.origin == head.origin).unwrap();
        assert_eq!(head, bundle::head(whole), "{}", head.id);
        let key_facts = whole.key_facts.expect("Kesimpta opens on its key facts");
        let get_help = whole.get_help.expect("Kesimpta has a Get help now page");
        for (s, t) in [key_facts, (0, 0), get_help] {
            let topic = &head.sections[s].topics[t];
            assert!(!topic.body.is_empty(), "{}", topic.id);
            assert_eq!(topic, &whole.sections[s].topics[t]);
        }
        let titles = |g: &patient_guide::guide::Guide| -> Vec<(String, Vec<String>)> {
            g.sections
                .iter()
                .map(|s| {
                    (
                        s.title.clone(),
                        s.topics.iter().map(|t| t.title.clone()).collect(),
                    )
                })
                .collect()
        };
        assert_eq!(titles(&head), titles(whole));
        assert_eq!(
            (&head.glossary, &head.sources, &head.disclaimer, &head.label),
            (
                &whole.glossary,
                &whole.sources,
                &whole.disclaimer,
                &whole.label
            )
        );
        let emptied = head
            .sections
            .iter()
            .flat_map(|s| &s.topics)
            .filter(|t| t.body.is_empty())
            .count();
        assert!(emptied > 10, "{emptied} topics left for later");
        assert!(head.check_yourself.is_empty() && !whole.check_yourself.is_empty());
    }
}
