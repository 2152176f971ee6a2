//! Every key a page or figure tells the patient to press comes from the key tables: give the
//! text other key names and every hint says them instead, and none of the usual names is left
//! typed by hand. (`keymap::names` builds the names from the tables, so a key changed in a
//! table is named everywhere.)

use patient_guide::action::Action;
use patient_guide::doc::pages::{self, Context, WindowKind};
use patient_guide::doc::topic::topic_rows;
use patient_guide::doc::{KeyNames, View};
use patient_guide::guide::{Guide, validate::parse_guide};
use patient_guide::i18n::Lang;
use patient_guide::keymap;
use patient_guide::search::Results;

fn fixture() -> Guide {
    let text = include_str!("fixtures/ui.toml");
    parse_guide("tests/fixtures/ui.toml", text).unwrap_or_else(|e| panic!("{e:#?}"))
}

/// Names no table would give, one per field, so each can be found in the text.
fn odd_names() -> KeyNames {
    let n = |s: &str| format!("<{s}>");
    KeyNames {
        enter: n("enter"),
        back: n("back"),
        help: n("help"),
        steps: n("steps"),
        next_link: n("next-link"),
        digits: n("digits"),
        next: n("next"),
        previous: n("previous"),
        down: n("scroll-down"),
        add_question: n("add"),
        write_question: n("write"),
        remove_question: n("remove"),
        move_up: n("up"),
        move_down: n("down"),
        save: n("save"),
        pin_check: n("pin-check"),
        pin_cancel: n("pin-cancel"),
        language: n("language"),
        guides: n("guides"),
        as_typed: n("as-typed"),
    }
}

/// The text of every page and window, and of every topic, written with these key names.
fn all_text(guide: &Guide, keys: &KeyNames) -> String {
    // A corrected search, which offers the words as typed.
    let results = Results {
        corrected: Some("storing".into()),
        ..Results::default()
    };
    let steps = guide
        .sections
        .iter()
        .flat_map(|s| &s.topics)
        .flat_map(|t| &t.figures)
        .find(|f| matches!(f.chart, patient_guide::guide::Chart::Steps(_)))
        .expect("the fixture has steps");
    let mut out = String::new();
    for (kiosk, my_questions, given) in [
        (false, vec![], None),
        (false, vec!["A question?".to_string()], Some(0)),
        (true, vec!["A question?".to_string()], Some(1)),
    ] {
        let header = guide.header();
        let cx = Context {
            guide,
            kiosk,
            // Just tall enough for the QR code, not for the list above it too: the window says
            // how to scroll to it (naming the key).
            room: patient_guide::questions::qr_rows(
                &patient_guide::questions::as_text(guide, &my_questions, Lang::En),
                false,
                Lang::En,
            )
            .map_or(0, |rows| rows.len()),
            pin: ("12", true),
            search: ("stoping", &results),
            guides: pages::GuideList {
                typed: "",
                shown: vec![&header],
                open: None,
                more: 3,
            },
            choices: vec!["Can we talk?".into()],
            my_questions: &my_questions,
            unsaved: 0,
            draft: "",
            status: None,
            steps: Some((steps, 0)),
            quiz: (0, given),
            keys,
            help: Vec::new(),
        };
        for kind in [
            WindowKind::About,
            WindowKind::Sources,
            WindowKind::Pin,
            WindowKind::Search,
            WindowKind::Guides,
            WindowKind::AddQuestion,
            WindowKind::MyQuestions,
            WindowKind::WriteQuestion,
            WindowKind::Term(0),
            WindowKind::Steps(0),
            WindowKind::Quiz(0),
        ] {
            for row in pages::rows(kind, &cx, 200, View::default()) {
                out.push_str(&row.text());
                out.push('\n');
            }
        }
    }
    for topic in guide.sections.iter().flat_map(|s| &s.topics) {
        for row in topic_rows(guide, topic, 200, View::default(), keys) {
            out.push_str(&row.text());
            out.push('\n');
        }
    }
    out
}

#[test]
fn every_hint_names_the_keys_it_is_given() {
    let guide = fixture();
    let keys = odd_names();
    let text = all_text(&guide, &keys);
    let fields = [
        &keys.enter,
        &keys.back,
        &keys.help,
        &keys.steps,
        &keys.next_link,
        &keys.digits,
        &keys.next,
        &keys.previous,
        &keys.down,
        &keys.add_question,
        &keys.write_question,
        &keys.remove_question,
        &keys.move_up,
        &keys.move_down,
        &keys.save,
        &keys.pin_check,
        &keys.pin_cancel,
    ];
    for name in fields {
        assert!(
            text.contains(name.as_str()),
            "{name} is never named:\n{text}"
        );
    }
    // None of the real names is typed by hand in a hint.
    let real = keymap::names(patient_guide::i18n::Lang::En);
    for hand_typed in [
        "Esc",
        "Enter",
        "Right arrow",
        "Left arrow",
        "1-9",
        "press p",
        &format!("Press {} ", real.add_question),
        &format!("{} write your own", real.write_question),
        &format!("{}: read more", real.next_link),
    ] {
        assert!(
            !text.contains(hand_typed),
            "{hand_typed:?} is typed by hand somewhere:\n{text}"
        );
    }
}

#[test]
fn the_real_names_come_from_the_tables() {
    let names = keymap::names(patient_guide::i18n::Lang::En);
    assert_eq!(names.back, keymap::key(Action::Back));
    assert_eq!(names.steps, keymap::key(Action::Steps));
    assert_eq!(names.help, keymap::key(Action::Help));
    assert_eq!(names.next, format!("{} arrow", keymap::key(Action::Right)));
    let guide = fixture();
    let text = all_text(&guide, &names);
    assert!(text.contains(&format!("(press {}, or tap here)", names.steps)));
    assert!(text.contains(&format!("{} cancels.", names.pin_cancel)));
    // The help window's descriptions name keys from the tables too.
    let help: String = keymap::help_rows(false, true, patient_guide::i18n::Lang::En)
        .into_iter()
        .map(|(k, d)| format!("{k} {d}\n"))
        .collect();
    assert!(
        help.contains(&format!("{} follows it", names.enter)),
        "{help}"
    );
    assert!(!help.contains('{'), "an unfilled key name:\n{help}");
}
