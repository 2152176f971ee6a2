//! Every screen, as a person sees it, at 80x24 and 120x40, as insta snapshots: each page and
//! window, the kiosk's welcome, countdown and PIN, and the ASCII, high-contrast and large views,
//! and a window too small to use. On a small fixture guide (tests/fixtures/ui.toml), so the
//! pictures show the app, not one guide's wording.

use crate::common;
use common::*;
use patient_guide::action::Action::{self, *};
use patient_guide::app::{App, Kiosk, View};
use patient_guide::guide::{Guide, validate::parse_guide};

fn fixture() -> Guide {
    let text = include_str!("fixtures/ui.toml");
    parse_guide("tests/fixtures/ui.toml", text).unwrap_or_else(|e| panic!("{e:#?}"))
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The desktop app on the fixture after `actions`, its screen snapshotted as `name_WxH`.
fn shot(name: &str, view: View, actions: &[Action]) {
    for (w, h) in SIZES {
        let mut app = App::with(vec![fixture()], 0, w, h, view, None);
        let _ = run(&mut app, actions);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&app));
    }
}

/// The same in kiosk mode (with a PIN, so the staff exit can open).
fn kiosk_shot(name: &str, actions: &[Action]) {
    kiosk_shot_counting(name, actions, None);
}

/// A kiosk screen after `actions`, with the idle countdown at `left` seconds when given.
fn kiosk_shot_counting(name: &str, actions: &[Action], left: Option<u64>) {
    for (w, h) in SIZES {
        let kiosk = Kiosk {
            pin_hash: Some("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g".into()),
            ..Kiosk::default()
        };
        let mut app = App::with(vec![fixture()], 0, w, h, View::default(), Some(kiosk));
        let _ = run(&mut app, actions);
        if let Some(left) = left {
            let _ = app.tell(patient_guide::action::Message::IdleWarning(left));
        }
        insta::assert_snapshot!(format!("kiosk_{name}_{w}x{h}"), screen(&app));
    }
}

#[test]
fn pages() {
    let plain = View::default();
    shot("welcome", plain, &[]);
    shot("key_facts", plain, &[Back]);
    shot("sections", plain, &[Back, Home]);
    shot(
        "dose_with_timeline_and_steps",
        plain,
        &[Back, Section(2), Enter, Enter],
    );
    shot(
        "icons_and_bars",
        plain,
        &[Back, Section(3), Down, Down, Enter, Bottom],
    );
    shot("questions", plain, &[Back, Section(4), Enter, Enter]);
    shot("glossary", plain, &[Back, Section(5), Enter, Enter]);
}

#[test]
fn windows() {
    let plain = View::default();
    shot("help", plain, &[Back, Help]);
    shot("sources", plain, &[Back, Sources]);
    shot("about", plain, &[Back, About]);
    let mut search = vec![Back, Search];
    search.extend("dose".chars().map(TypeChar));
    shot("search", plain, &search);
    shot("my_questions_empty", plain, &[Back, MyQuestions]);
    shot(
        "add_question",
        plain,
        &[Back, Section(4), Enter, Enter, AddQuestion],
    );
    shot(
        "my_questions",
        plain,
        &[
            Back,
            Section(4),
            Enter,
            Enter,
            AddQuestion,
            Enter,
            MyQuestions,
        ],
    );
    let mut write = vec![Back, MyQuestions, WriteQuestion];
    write.extend("Can I travel?".chars().map(TypeChar));
    shot("write_question", plain, &write);
    shot(
        "term",
        plain,
        &[Back, Home, Enter, Define(patient_guide::action::Seek::Next)],
    );
    shot(
        "steps",
        plain,
        &[Back, Section(2), Enter, Enter, Steps, Right],
    );
    shot("quiz", plain, &[Back, CheckYourself]);
    shot("quiz_answered", plain, &[Back, CheckYourself, Section(1)]);
    shot("get_help", plain, &[Back, GetHelp]);
}

#[test]
fn views() {
    let ascii = View {
        ascii: true,
        ..View::default()
    };
    let contrast = View {
        high_contrast: true,
        ..View::default()
    };
    let large = View {
        large: true,
        ..View::default()
    };
    shot("ascii_dose", ascii, &[Back, Section(2), Enter, Enter]);
    shot(
        "ascii_icons",
        ascii,
        &[Back, Section(3), Down, Down, Enter, Bottom],
    );
    shot("high_contrast_key_facts", contrast, &[Back]);
    shot("large_dose", large, &[Back, Section(2), Enter, Enter]);
}

#[test]
fn kiosk_screens() {
    kiosk_shot("welcome", &[]);
    kiosk_shot("key_facts", &[Enter]);
    kiosk_shot_counting("countdown", &[Enter], Some(7));
    kiosk_shot("pin", &[Enter, StaffExit, PinDigit(1), PinDigit(2)]);
}

#[test]
fn too_small() {
    let mut app = App::with(vec![fixture()], 0, 39, 11, View::default(), None);
    let _ = app.update(Back);
    insta::assert_snapshot!("too_small_39x11", screen(&app));
}

#[test]
fn every_key_named_in_a_hint_is_the_key_the_table_binds() {
    use patient_guide::keymap::key;
    let mut app = App::with(vec![fixture()], 0, 120, 40, View::default(), None);
    let about = screen(&app);
    assert!(
        about.contains(&format!("Press {} for help", key(Help))),
        "{about}"
    );
    let _ = run(&mut app, &[Back, MyQuestions]);
    let s = screen(&app);
    assert!(
        s.contains(&format!(
            "Press {} on any topic to add a question about it, or {} to write your own.",
            key(AddQuestion),
            key(WriteQuestion)
        )),
        "{s}"
    );
    assert!(
        s.contains(&format!(
            "{} write your own · {} remove · {}/{} move up/down · {} save to a file",
            key(WriteQuestion),
            key(RemoveQuestion),
            key(MoveQuestion(patient_guide::action::Way::Up)),
            key(MoveQuestion(patient_guide::action::Way::Down)),
            key(SaveQuestions)
        )),
        "{s}"
    );
    let _ = run(&mut app, &[Back, CheckYourself, Section(0)]);
    let s = screen(&app);
    assert!(s.contains(&format!("{}: read more.", key(NextLink))), "{s}");
    // And the keys named are the keys that do it.
    assert_eq!(
        [key(Help), key(AddQuestion), key(NextLink), key(Back)],
        ["?", "a", "f", "Esc"]
    );
}
