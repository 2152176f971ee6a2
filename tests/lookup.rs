//! `patient-guide list` and `patient-guide search` as a script or a screen-reader user runs
//! them: text and JSON, exit codes, one guide or all, Spanish; and the search's quality on
//! questions phrased as patients ask them.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(args)
        .env("LANG", "C.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn list_shows_every_guide_as_text_and_json() {
    let (code, out, _) = run(&["list"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("id"), "{out}");
    assert!(out.contains("kesimpta     en    2026-11-26  Kesimpta (ofatumumab) (relapsing multiple sclerosis (MS))"), "{out}");
    assert!(out.contains("kesimpta-es  es"), "{out}");
    assert!(out.contains("translates kesimpta"), "{out}");
    let (code, out, _) = run(&["list", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["id"], "kesimpta");
    assert_eq!(v[0]["language"], "en");
    assert_eq!(v[0]["last_reviewed"], "2026-11-26");
    assert!(v[0].get("translates").is_none());
    assert_eq!(v[1]["translates"], "kesimpta");
}

#[test]
fn search_prints_results_or_exits_1() {
    let (code, out, _) = run(&["search", "missed dose"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with(
            "1. kesimpta › How to take it › If you miss a dose  [kesimpta missed-dose]"
        ),
        "{out}"
    );
    let (code, out, _) = run(&["search", "missed dose", "--format", "json", "--limit", "2"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["topic"], "missed-dose");
    assert_eq!(v[0]["guide"], "kesimpta");
    assert!(
        v[0]["snippet"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("miss")
    );
    let (code, out, err) = run(&["search", "zzqx wvvk"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("nothing matches"), "{err}");
    let (code, out, _) = run(&["search", "zzqx wvvk", "--format", "json"]);
    assert_eq!((code, out.trim()), (1, "[]"));
    // One guide, and Spanish.
    let (code, out, _) = run(&[
        "search",
        "pinchazo",
        "--guide",
        "kesimpta-es",
        "--lang",
        "es",
    ]);
    assert_eq!(code, 0);
    assert!(out.lines().next().unwrap().contains("kesimpta-es"), "{out}");
    let (code, _, err) = run(&["search", "dose", "--guide", "nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("no guide with id `nope`"), "{err}");
}

/// Questions as patients ask them, and the topics that answer them: the answer must be among
/// the first three results.
const QUESTIONS: &[(&str, &[&str])] = &[
    ("what if i forget my injection", &["missed-dose"]),
    ("can i get a flu shot while on it", &["vaccines"]),
    (
        "how do i keep it when i travel",
        &["storage-and-travel", "seven-days"],
    ),
    ("is it safe if i get pregnant", &["pregnancy"]),
    ("where on my body do i inject", &["where-to-inject"]),
    (
        "what are the common side effects",
        &["common-side-effects", "side-effects"],
    ),
    ("can i breastfeed my baby", &["breastfeeding"]),
    ("will it cure my ms", &["not-a-cure"]),
    ("who should not take kesimpta", &["who-should-not"]),
    (
        "do i need a hepatitis b test",
        &["hepatitis-b", "tests-before"],
    ),
    ("how often do i take it", &["dose-schedule", "schedule"]),
    (
        "i have a fever and chills",
        &["infections", "get-help", "key-facts"],
    ),
    ("when should i call 911", &["get-help"]),
    (
        "how long can it stay out of the fridge",
        &["storage-and-travel", "seven-days"],
    ),
];

#[test]
fn patient_questions_find_their_answers_in_the_top_three() {
    let mut misses = Vec::new();
    for (question, answers) in QUESTIONS {
        let (_, out, _) = run(&[
            "search", question, "--guide", "kesimpta", "--limit", "3", "--format", "json",
        ]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let topics: Vec<&str> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["topic"].as_str().unwrap())
            .collect();
        if !topics.iter().any(|t| answers.contains(t)) {
            misses.push(format!(
                "{question:?}: {topics:?}, wanted one of {answers:?}"
            ));
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
