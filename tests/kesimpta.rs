//! The bundled Kesimpta guide: valid, in the promised order, and carrying the key facts a patient
//! needs. Also keeps guide/README.md's example and the list of bundled files honest.

use patient_guide::content::topic_rows;
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
                topic_rows(g, t, 100, Default::default())
                    .iter()
                    .map(|r| r.text()),
            );
            rows
        })
        .collect::<Vec<_>>()
        .join("\n")
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
            "You get a dose in Weeks 0, 1 and 2, no dose in Week 3, and then one dose every month from Week 4.",
            "20 mg in 0.4 mL",
            "Inject the missed dose as soon as you can",
            "15 to 30 minutes",
            "Do not shake it",
        ],
    );
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
    assert_eq!(
        pairs("relapse-rate"),
        want(&[
            ("ASCLEPIOS I / Kesimpta", 0.11),
            ("ASCLEPIOS I / Teriflunomide", 0.22),
            ("ASCLEPIOS II / Kesimpta", 0.10),
            ("ASCLEPIOS II / Teriflunomide", 0.25),
        ])
    );
    assert_eq!(
        pairs("fewer-lesions"),
        want(&[
            ("Lesions that light up with dye / ASCLEPIOS I", 97.5),
            ("Lesions that light up with dye / ASCLEPIOS II", 93.8),
            ("New or growing (T2) lesions / ASCLEPIOS I", 82.0),
            ("New or growing (T2) lesions / ASCLEPIOS II", 84.5),
        ])
    );
    assert_eq!(
        pairs("disability"),
        want(&[
            ("Worse for at least 3 months / Kesimpta", 10.9),
            ("Worse for at least 3 months / Teriflunomide", 15.0),
            ("Worse for at least 6 months / Kesimpta", 8.1),
            ("Worse for at least 6 months / Teriflunomide", 12.0),
        ])
    );
    assert_eq!(
        pairs("side-effects"),
        want(&[
            ("Nose and throat infections / Kesimpta", 39.0),
            ("Nose and throat infections / Teriflunomide", 38.0),
            ("Reactions to the injection / Kesimpta", 21.0),
            ("Reactions to the injection / Teriflunomide", 15.0),
            (
                "Redness, swelling, itching or pain where you inject / Kesimpta",
                11.0
            ),
            (
                "Redness, swelling, itching or pain where you inject / Teriflunomide",
                6.0
            ),
            ("Bladder infections / Kesimpta", 10.0),
            ("Bladder infections / Teriflunomide", 8.0),
        ])
    );
    // Headache has only a secondary-source figure: it is named, never charted.
    assert!(
        !bars("side-effects")
            .iter()
            .any(|(g, _, _)| g.contains("Headache"))
    );
    let Chart::Steps(steps) = figure("injection-steps").chart else {
        panic!("not steps")
    };
    assert_eq!(steps.len(), 5);
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
            "for up to 7 days",
            "only one time",
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
            "a test for hepatitis B virus (HBV)",
            "active hepatitis B must not use Kesimpta",
            "Live or live-weakened vaccines: at least 4 weeks before your first dose",
            "at least 2 weeks before your first dose",
            "PML",
            "6 months after your last dose",
            "39% and 38%",
            "21% and 15%",
            "11% and 6%",
            "10% and 8%",
            "2.5%",
            "99.8%",
            "call your local emergency number",
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
            "active secondary progressive MS",
            "approved only for MS",
            "the only medicine you take to control your MS",
        ],
    );
}

#[test]
fn trial_results_match_the_facts() {
    let g = kesimpta();
    assert_says(
        &section_text(&g, "trial-results"),
        &[
            "0.11 on Kesimpta and 0.22",
            "0.10 on Kesimpta and 0.25",
            "97.5%",
            "93.8%",
            "82%",
            "84.5%",
            "10.9%",
            "15.0%",
            "8.1%",
            "12.0%",
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
        note.contains("Ask your pharmacist about the current label"),
        "{note}"
    );
    assert_says(
        &section_text(&g, "safety"),
        &["We have not been able to confirm the new wording"],
    );
}

#[test]
fn every_topic_cites_a_source_and_shows_its_sources() {
    let g = kesimpta();
    for s in &g.sections {
        for t in &s.topics {
            assert!(!t.citations.is_empty(), "{} cites nothing", t.id);
            let text: Vec<String> = topic_rows(&g, t, 80, Default::default())
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
