//! A translation is checked against its original, number by number: the same sections, topics,
//! figures, sources, questions, citations and links, and in each topic the same numbers however
//! the language writes them. Each problem is reported at its place in the translation's file.

use crate::common;
use patient_guide::guide::{self, Diagnostic, GuideText};

const ORIGINAL: &str = include_str!("fixtures/ui.toml");

/// The fixture as its original (with a topic that says "18 and over"), and a translation of it
/// with `edit` applied: another id, Spanish, `translates = "fixture"`.
fn pair(edit: impl Fn(String) -> String) -> (GuideText, GuideText) {
    let original = ORIGINAL.replace(
        "For adults with the test condition.",
        "For adults 18 and over with the test condition.",
    );
    let translation = original
        .replacen(
            "id = \"fixture\"",
            "id = \"fixture-es\"\ntranslates = \"fixture\"",
            1,
        )
        .replacen("language = \"en\"", "language = \"es\"", 1)
        .replace(
            "For adults 18 and over with the test condition.",
            "Para adultos de 18 años o más con la afección de prueba.",
        );
    (
        GuideText {
            path: "guides/fixture.toml".into(),
            text: original,
        },
        GuideText {
            path: "guides/fixture.es.toml".into(),
            text: edit(translation),
        },
    )
}

fn problems(edit: impl Fn(String) -> String) -> (Vec<Diagnostic>, String) {
    let (o, t) = pair(edit);
    let text = t.text.clone();
    match guide::load(&[o, t]) {
        Ok(_) => (Vec::new(), text),
        Err(e) => (e, text),
    }
}

fn assert_at(d: &Diagnostic, text: &str, needle: &str, says: &str) {
    assert!(d.message.contains(says), "{d}");
    assert_eq!(d.file, "guides/fixture.es.toml", "{d}");
    let (line, column) = common::position(text, needle);
    assert_eq!((d.line(), d.column()), (Some(line), Some(column)), "{d}");
}

#[test]
fn a_faithful_translation_loads_with_its_original() {
    let (problems, _) = problems(|t| t);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_changed_number_is_an_error_at_its_topic() {
    // At the changed number, on its line (issue 29), not at the topic's id.
    let (found, text) = problems(|t| t.replace("de 18 años", "de 19 años"));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_at(
        &found[0],
        &text,
        "19 años",
        "topic `adults` lacks 18 and has 19",
    );
    assert_eq!(
        found[0].expected.as_deref().map(|e| e.contains("18")),
        Some(true)
    );
    // A number is kept whole as written: "2,550", not "2" and "550"; written another way
    // ("2.550") it is the same number.
    let (found, text) = problems(|t| t.replace("de 18 años", "de 18 años, unas 2,550 personas"));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_at(
        &found[0],
        &text,
        "2,550 personas",
        "has 2,550 that the original does not",
    );
    let (o, t) = pair(|t| t.replace("de 18 años", "de 18.000 años"));
    let o_text = o
        .text
        .replace("adults 18 and over", "adults 18,000 and over");
    assert!(o_text != o.text, "the fixture says adults 18 and over");
    let same = guide::load(&[GuideText { text: o_text, ..o }, t]);
    assert!(same.is_ok(), "{:#?}", same.err());
    // Only a topic lacking a number is told at the topic.
    let (found, text) = problems(|t| t.replace("de 18 años", "adultos"));
    assert_at(&found[0], &text, "\"adults\"", "topic `adults` lacks 18");
}

#[test]
fn a_missing_and_an_extra_topic_are_errors_at_their_places() {
    // The topic's id translated by mistake: the original's topic is missing, and one the
    // original does not have is there instead.
    let (found, text) = problems(|t| t.replacen("id = \"adults\"", "id = \"adultos\"", 1));
    assert_eq!(found.len(), 2, "{found:#?}");
    let missing = found
        .iter()
        .find(|d| d.message.contains("no topic `adults`"))
        .expect("the missing topic");
    assert_at(missing, &text, "\"who\"", "has no topic `adults`");
    let extra = found
        .iter()
        .find(|d| d.message.contains("`adultos` is not in the original"))
        .expect("the extra topic");
    assert_at(
        extra,
        &text,
        "\"adultos\"",
        "topic `adultos` is not in the original",
    );
}

#[test]
fn a_translation_of_a_guide_not_loaded_is_an_error() {
    let (_, t) = pair(|t| t.replacen("translates = \"fixture\"", "translates = \"nothing\"", 1));
    let text = t.text.clone();
    let found = guide::load(&[t]).unwrap_err();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_at(
        &found[0],
        &text,
        "\"nothing\"",
        "names guide `nothing`, which is not loaded",
    );
}

#[test]
fn a_translation_older_than_its_original_is_a_warning_at_its_review_date() {
    let (o, t) = pair(|t| {
        t.replacen(
            "last_reviewed = 2026-01-31",
            "last_reviewed = 2025-12-01",
            1,
        )
    });
    let text = t.text.clone();
    let files = [o, t];
    let guides = guide::load(&files).expect("valid");
    let pairs: Vec<_> = guides.iter().zip(&files).collect();
    let found = guide::translation::warnings(&pairs);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].severity, guide::Severity::Warning);
    assert_at(
        &found[0],
        &text,
        "last_reviewed",
        "reviewed on 2025-12-01, before its original",
    );
    // Reviewed the same day or later: nothing to say.
    let (o, t) = pair(|t| t);
    let files = [o, t];
    let guides = guide::load(&files).unwrap();
    let pairs: Vec<_> = guides.iter().zip(&files).collect();
    assert!(guide::translation::warnings(&pairs).is_empty());
}

/// Issue 29: a draft translation may translate part of a guide (`draft = true`): here one
/// section. It loads with its original, completed with the original's other sections and
/// topics, each marked, and the app and `print` say a topic is not translated yet. Without
/// `draft` the same file is an error for each section it lacks.
#[test]
fn a_draft_translation_of_one_section_is_completed_from_its_original() {
    let (o, t) = pair(|t| t);
    // The translation's [guide] and sources, and its "who" section only.
    let head_end = t.text.find("[[sections]]").unwrap();
    let who = t.text.find("[[sections]]\nid = \"who\"").unwrap();
    let who_end = who + t.text[who + 1..].find("[[sections]]").unwrap() + 1;
    let partial = format!("{}{}", &t.text[..head_end], &t.text[who..who_end])
        .replace("key_facts = \"key\"\n", "")
        .replace("get_help = \"help\"\n", "");
    let draft = partial.replacen(
        "translates = \"fixture\"",
        "translates = \"fixture\"\ndraft = true",
        1,
    );
    let file = |text: &str| GuideText {
        path: "guides/fixture.es.toml".into(),
        text: text.to_string(),
    };
    // Not a draft: the sections it lacks are errors (a drug guide's core sections first).
    let errors = guide::load(&[o.clone(), file(&partial)]).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("a drug guide needs a section")),
        "{errors:#?}"
    );
    let guides = guide::load(&[o.clone(), file(&draft)]).unwrap_or_else(|e| panic!("{e:#?}"));
    let es = guides.iter().find(|g| g.id == "fixture-es").unwrap();
    let original = guides.iter().find(|g| g.id == "fixture").unwrap();
    assert_eq!(es.sections.len(), original.sections.len());
    assert_eq!(es.key_facts, original.key_facts);
    let adults = &es.sections[1].topics[0];
    assert!(!adults.from_original);
    assert!(patient_guide::print::topic_text(es, adults).contains("Para adultos"));
    let other = &es.sections[0].topics[0];
    assert!(other.from_original);
    let text = patient_guide::print::topic_text(es, other);
    assert!(text.contains("Este tema aún no está traducido"), "{text}");
    // On screen too, in Spanish, with the topic's sources as the draft lists them.
    let view = patient_guide::doc::View {
        lang: patient_guide::i18n::Lang::Es,
        ..Default::default()
    };
    let rows = patient_guide::doc::topic::topic_rows(
        es,
        other,
        70,
        view,
        &patient_guide::keymap::names(patient_guide::i18n::Lang::Es),
    );
    let shown: String = rows.iter().map(|r| r.text() + "\n").collect();
    assert!(
        shown.starts_with("Este tema aún no está traducido"),
        "{shown}"
    );
    // A draft must be a translation.
    let alone = ORIGINAL.replacen("language = \"en\"", "language = \"en\"\ndraft = true", 1);
    let errors = guide::load(&[file(&alone)]).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.message.starts_with("only a translation can be a draft")),
        "{errors:#?}"
    );
}
