//! The bundled Kesimpta guide: valid, in the promised order, and carrying the key facts a patient
//! needs. Also keeps guide/README.md's example and the list of bundled files honest.

use patient_guide::doc::topic::topic_rows;
use patient_guide::guide::{self, Chart, Guide, SectionKind, TimeUnit, validate::parse_guide};

fn kesimpta() -> Guide {
    let files = guide::bundled();
    let f = files
        .iter()
        .find(|f| f.path == "guide/kesimpta.toml")
        .expect("bundled");
    parse_guide(&f.path, &f.text).unwrap_or_else(|e| panic!("invalid: {e:#?}"))
}

/// All text of a section as a reader sees it (topics laid out at 100 columns, joined).
fn section_text(g: &Guide, id: &str) -> String {
    let s = g
        .sections
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no section {id}"));
    s.topics
        .iter()
        .flat_map(|t| {
            let mut rows = vec![t.title.clone()];
            rows.extend(
                topic_rows(
                    g,
                    t,
                    100,
                    Default::default(),
                    &patient_guide::keymap::names(patient_guide::i18n::Lang::En),
                )
                .iter()
                .map(|r| r.text()),
            );
            rows
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// All text of one topic as a reader sees it.
fn topic_text(g: &Guide, id: &str) -> String {
    let t = g
        .sections
        .iter()
        .flat_map(|s| &s.topics)
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no topic {id}"));
    topic_rows(
        g,
        t,
        100,
        Default::default(),
        &patient_guide::keymap::names(patient_guide::i18n::Lang::En),
    )
    .iter()
    .map(|r| r.text())
    .collect::<Vec<_>>()
    .join("\n")
}

/// The whole guide as a reader sees it, every topic of every section.
fn guide_text(g: &Guide) -> String {
    g.sections
        .iter()
        .map(|s| section_text(g, &s.id))
        .collect::<Vec<_>>()
        .join("\n")
}

fn assert_never_says(text: &str, needles: &[&str]) {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for n in needles {
        assert!(!flat.contains(n), "the guide must not say {n:?}");
    }
}

fn assert_says(text: &str, needles: &[&str]) {
    // Joined lines may wrap anywhere, so compare with whitespace collapsed.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for n in needles {
        assert!(flat.contains(n), "expected the guide to say {n:?}");
    }
}

#[test]
fn sections_are_in_the_promised_order() {
    let g = kesimpta();
    let got: Vec<(&str, SectionKind)> = g
        .sections
        .iter()
        .map(|s| (s.title.as_str(), s.kind))
        .collect();
    assert_eq!(
        got,
        [
            ("How it works", SectionKind::Mechanism),
            ("Who it is for", SectionKind::Indications),
            ("How to take it", SectionKind::Dosing),
            ("Safety", SectionKind::Safety),
            ("Everyday life", SectionKind::Other),
            ("Questions for your doctor", SectionKind::Questions),
            ("Trial results", SectionKind::Other),
            ("Glossary", SectionKind::Glossary),
        ]
    );
}

#[test]
fn the_dosing_schedule_is_stated() {
    let g = kesimpta();
    assert_says(
        &section_text(&g, "how-to-take-it"),
        &[
            "Each dose is 20 mg",
            "under the skin",
            "You get a dose in Weeks 0, 1 and 2, no dose in Week 3, then one dose a month from Week 4.",
            "From Week 4 on, you take one dose a month",
            "Mark each dose day in your calendar",
            "4th dose: Monday, March 29 (Week 4)",
            "20 mg in 0.4 mL",
            "15 to 30 minutes",
            "Do not shake it",
            "tender, bruised, red, scaly or hard",
            "moles, scars and stretch marks",
            "sharps container",
            "Instructions for Use",
            "arginine",
        ],
    );
}

#[test]
fn a_missed_dose_is_taken_at_once_and_the_next_dates_asked_for_by_phase() {
    let g = kesimpta();
    let text = topic_text(&g, "missed-dose");
    assert_says(
        &text,
        &[
            "Inject the missed dose as soon as you remember",
            "Do not wait for your next planned dose",
            "In the first weeks (Weeks 0 to 4), doses are much closer together than a month",
            "ask your care team when your next monthly dose is due",
            "do not wait a month",
            "If you have an infection now, call your care team before you inject",
        ],
    );
    // The old instruction was wrong during the starting doses.
    assert_never_says(&guide_text(&g), &["count your monthly doses from the day"]);
}

#[test]
fn the_us_storage_rule_lets_an_unused_pen_go_back_within_the_7_days() {
    let g = kesimpta();
    assert_says(
        &topic_text(&g, "storage-and-travel"),
        &[
            "you may put it back in the fridge",
            "You must still use it within the 7 days",
            "They count from the day it first came out",
            "If it got warmer than 30 °C (86 °F), do not use it",
            "You can use it up to June 7",
            "On June 8, if you have not used it, throw it away",
        ],
    );
    // "Only one time" is EU-style wording; it must not be cited to the US sources.
    assert_never_says(&guide_text(&g), &["only one time", "only once"]);
}

/// The label basis told honestly (facts file, corrected 2026-12-04): written from a summary of
/// version 10, not checked line by line; the changes of August 2025 and April 2026 named by date,
/// never by subject.
#[test]
fn the_label_history_is_stated_as_the_facts_give_it() {
    let g = kesimpta();
    let note = g.review_note.as_deref().expect("review note");
    for needle in [
        "from a summary of the US label (version 10, 18 August 2025), not from its full text",
        "The label changed in August 2025 and April 2026",
        "this guide may not cover those changes",
        "Ask your pharmacist for the current Medication Guide",
    ] {
        assert!(note.contains(needle), "{note}");
    }
    assert_says(
        &topic_text(&g, "label-changes"),
        &[
            "We wrote this guide from a summary of the US label, version 10",
            "in August 2025: the tests before your first dose, and one warning",
            "in April 2026: one more warning",
            "This guide may not cover these changes",
        ],
    );
    // Section 2.1 is not the dosing; no subject of a change is named; no claim of a full check.
    assert_never_says(
        &guide_text(&g),
        &[
            "dosing part of the label changed",
            "We checked this guide against",
            "the warning about pregnancy",
            "new reason not to use",
            "short overlap",
            "the only medicine you take",
            "have not worked as well",
            "liver injury",
            "two blood tests",
            "Bring up at your next visit",
        ],
    );
    // Pregnancy is cited to 8.1, never to 5.4 (what 5.4 holds now is not known).
    for t in g.sections.iter().flat_map(|s| &s.topics) {
        assert!(
            !t.citations
                .iter()
                .any(|c| c.locator.as_deref() == Some("5.4")),
            "{} cites pi 5.4",
            t.id
        );
    }
}

#[test]
fn the_key_facts_and_get_help_pages_are_declared_and_act_with_the_labels_urgency() {
    let g = kesimpta();
    let title = |p: Option<(usize, usize)>| {
        let (s, t) = p.expect("declared");
        g.sections[s].topics[t].title.clone()
    };
    assert_eq!(title(g.key_facts), "Most important information");
    assert_eq!(title(g.get_help), "Get help now");
    assert_says(
        &topic_text(&g, "get-help"),
        &[
            "Call 911, or your local emergency number",
            "Call 911 right away if you have signs of a severe allergic reaction (anaphylaxis)",
            "trouble breathing",
            "swelling of your face, lips, tongue or throat",
            "hives",
            "feeling faint",
            "Get medical help right away if any of these is new or getting worse",
            "Call your care team right away if you have",
            "yellow skin, or yellow in the whites of your eyes (signs of liver problems)",
            "tiredness that gets worse",
            "1-800-FDA-1088",
            "Before you get any vaccine, ask your care team",
        ],
    );
    // The allergy signs and the liver signs are in the most important information too.
    assert_says(
        &topic_text(&g, "key-facts"),
        &[
            "Call 911 right away for signs of a severe allergic reaction: trouble breathing",
            "These can be signs of liver problems",
            "Low levels can mean more infections",
            "Tell your doctor right away if you become pregnant",
        ],
    );
    assert_says(
        &topic_text(&g, "injection-reactions"),
        &[
            "Call 911 right away for signs of a severe allergic reaction",
            "Tell your care team if you ever had a serious or allergic reaction to Kesimpta or ofatumumab",
        ],
    );
    assert_says(
        &topic_text(&g, "tests-before"),
        &[
            "you need blood tests. They include:",
            "a test for hepatitis B",
            "Ask your care team which other tests you need",
        ],
    );
    assert_says(
        &topic_text(&g, "infections"),
        &[
            "life-threatening or cause death",
            "Tell your care team right away",
            "The risk goes on after your last dose",
            "before or after Kesimpta",
        ],
    );
    assert_says(
        &topic_text(&g, "hepatitis-b"),
        &[
            "Tell your care team if you have ever had hepatitis B",
            "liver failure or death",
        ],
    );
    assert_says(
        &topic_text(&g, "pregnancy"),
        &["Tell your doctor right away if you become pregnant"],
    );
    assert_says(
        &topic_text(&g, "breastfeeding"),
        &["No one knows if Kesimpta passes into human breast milk"],
    );
}

#[test]
fn check_yourself_has_five_to_eight_questions_each_with_a_topic() {
    let g = kesimpta();
    let n = g.check_yourself.len();
    assert!((5..=8).contains(&n), "{n} questions");
    for q in &g.check_yourself {
        assert!(q.answer < q.choices.len());
        let (s, t) = q.topic;
        assert!(g.sections[s].topics.get(t).is_some());
    }
}

/// A figure of the Kesimpta guide by its id.
fn figure(id: &str) -> patient_guide::guide::Figure {
    kesimpta()
        .sections
        .iter()
        .flat_map(|s| &s.topics)
        .flat_map(|t| &t.figures)
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no figure {id}"))
        .clone()
}

/// A bars figure's data: (group, label, value).
fn bars(id: &str) -> Vec<(String, String, f64)> {
    match figure(id).chart {
        Chart::Bars { bars, .. } => bars
            .into_iter()
            .map(|b| (b.group.unwrap_or_default(), b.label, b.value))
            .collect(),
        other => panic!("{id} is not bars: {other:?}"),
    }
}

#[test]
fn the_dosing_timeline_has_the_labelled_schedule() {
    let Chart::Timeline { unit, events, then } = figure("schedule").chart else {
        panic!("not a timeline")
    };
    assert_eq!(unit, TimeUnit::Week);
    let got: Vec<(f64, &str, bool)> = events
        .iter()
        .map(|e| (e.at, e.label.as_str(), e.skip))
        .collect();
    assert_eq!(
        got,
        [
            (0.0, "1st dose", false),
            (1.0, "2nd dose", false),
            (2.0, "3rd dose", false),
            (3.0, "No dose", true),
            (4.0, "4th dose", false),
        ]
    );
    assert_eq!(then.as_deref(), Some("Then one dose every month"));
}

/// An icons figure's data: (group, label, people in 100).
fn icons(id: &str) -> Vec<(String, String, f64)> {
    match figure(id).chart {
        Chart::Icons { people, .. } => people
            .into_iter()
            .map(|b| (b.group.unwrap_or_default(), b.label, b.value))
            .collect(),
        other => panic!("{id} is not icons: {other:?}"),
    }
}

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
    assert_eq!(
        on_disk, bundled,
        "add new guides to BUNDLED in src/guide/load.rs"
    );
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
}
