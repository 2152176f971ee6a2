//! The kiosk, continued: the PIN lock, the idle reset keeping the search index, counts for staff,
//! the narrow bar, touch, Back, and `report` over several kiosks and against a label.

use super::kiosk::pin_hash;
use crate::common;
use common::*;
use patient_guide::action::Action::*;
use patient_guide::action::Message;
use patient_guide::app::{App, Effect, View};

#[test]
fn too_many_wrong_pins_lock_the_staff_exit_and_resets_do_not_unlock_it() {
    let guard = std::sync::Arc::default();
    // The lock is counted on a clock the test moves: minutes pass in no time.
    let (clock, hand) = patient_guide::kiosk::clock::Clock::manual();
    let kiosk = |guard| {
        App::with(
            vec![fixture()],
            0,
            80,
            24,
            View::default(),
            Some(patient_guide::app::Kiosk {
                pin_hash: Some(pin_hash()),
                guard,
                clock: clock.clone(),
            }),
        )
    };
    let mut app = kiosk(std::sync::Arc::clone(&guard));
    let _ = app.update(Enter);
    let wrong = [
        StaffExit,
        PinDigit(0),
        PinDigit(0),
        PinDigit(0),
        PinDigit(0),
        Enter,
    ];
    let mut log = Vec::new();
    for _ in 0..patient_guide::kiosk::pin::TRIES_BEFORE_LOCK {
        log.extend(run(&mut app, &wrong));
    }
    assert_eq!(app.window_kind(), None, "the PIN window closes");
    // The screen says for how long, at once and whenever the chord is pressed again.
    let said = "The staff exit is locked after wrong PINs. Try again in 1 minute.";
    assert!(screen(&app).contains(said), "{}", screen(&app));
    let _ = app.update(Down);
    assert!(
        !screen(&app).contains(said),
        "the notice goes with the next key"
    );
    let _ = app.update(StaffExit);
    assert_eq!(app.window_kind(), None, "and does not open again");
    assert!(screen(&app).contains(said), "{}", screen(&app));
    let locked = app.pin_locked_for().expect("locked");
    assert_eq!(locked.as_secs(), 60, "on a clock that stands still");
    // Each wrong PIN and the lock are logged, never the digits; each asks the shell to keep
    // the tries (in the state folder, so a restart of the program does not forgive them).
    assert_eq!(
        log.iter().filter(|e| **e == Effect::PinGuard).count(),
        5,
        "{log:?}"
    );
    let log: Vec<String> = log
        .into_iter()
        .filter(|e| *e != Effect::PinGuard)
        .map(|e| match e {
            Effect::Log(line) => line,
            other => panic!("only log lines, not {other:?}"),
        })
        .collect();
    assert_eq!(log.len(), 6, "{log:?}");
    assert!(log[4].contains("(5 in a row)"));
    assert!(log[5].contains("locked for 60 s"));
    assert!(log.iter().all(|l| !l.contains("0000")));
    // An idle reset, or a new run of the kiosk sharing the guard, does not unlock it.
    let _ = tell(&mut app, vec![Message::IdleWarning(1), Message::IdleReset]);
    let _ = run(&mut app, &[StaffExit]);
    assert_eq!(app.window_kind(), None, "the idle reset does not unlock it");
    assert!(
        screen(&app).contains(said),
        "said on the welcome screen too:\n{}",
        screen(&app)
    );
    let restarted = kiosk(std::sync::Arc::clone(&guard));
    assert!(restarted.pin_locked_for().is_some(), "nor does a restart");
    // A second short of the minute it is still locked; at the minute the PIN window opens again.
    hand.advance(std::time::Duration::from_secs(59));
    let _ = app.update(StaffExit);
    assert_eq!(app.window_kind(), None, "one second left");
    assert!(screen(&app).contains(said), "{}", screen(&app));
    hand.advance(std::time::Duration::from_secs(1));
    let _ = app.update(StaffExit);
    assert_eq!(
        app.window_kind(),
        Some(patient_guide::doc::pages::WindowKind::Pin),
        "the lock has run out"
    );
    // Five more wrong PINs lock it again, for twice as long.
    let _ = app.update(CloseWindow);
    for _ in 0..patient_guide::kiosk::pin::TRIES_BEFORE_LOCK {
        let _ = run(&mut app, &wrong);
    }
    assert_eq!(app.pin_locked_for().map(|d| d.as_secs()), Some(120));
    assert!(
        screen(&app).contains("Try again in 2 minutes."),
        "{}",
        screen(&app)
    );
}

#[test]
fn a_pin_typed_while_the_idle_warning_shows_keeps_every_digit() {
    let mut app = kiosk_at(80, 24, Some(pin_hash()));
    let _ = run(&mut app, &[Enter, StaffExit]);
    let _ = tell(&mut app, vec![Message::IdleWarning(5)]);
    assert_eq!(app.countdown(), Some(5));
    let effects = run(
        &mut app,
        &[PinDigit(2), PinDigit(4), PinDigit(6), PinDigit(8), Enter],
    );
    assert!(
        quits(&effects),
        "the right PIN, all four digits, ends the kiosk"
    );
}

/// Issue 25: the search index belongs to the library; an idle reset forgets the patient, not
/// the index (building it again stalled every next patient's first search).
#[test]
fn an_idle_reset_keeps_the_search_index() {
    let mut app = kiosk_at(120, 40, None);
    let _ = run(&mut app, &[Enter, Search, TypeChar('d'), TypeChar('o')]);
    assert!(app.search_index_built());
    let _ = app.tell(Message::IdleReset);
    assert!(app.search_index_built(), "built again after every reset");
    // The next patient starts afresh and searches at once, in their language.
    let _ = run(
        &mut app,
        &[
            Enter,
            Search,
            TypeChar('d'),
            TypeChar('o'),
            TypeChar('s'),
            TypeChar('e'),
        ],
    );
    assert!(
        screen(&app).contains("› How to take it › Your dose"),
        "{}",
        screen(&app)
    );
}

/// The kiosk's report of searches whose first result missed: words of an emergency that did
/// not lead to Get help now first, and a result opened below the first. A search that did lead
/// to Get help now is not counted.
#[test]
fn searches_whose_first_result_missed_are_counted_for_staff() {
    use patient_guide::kiosk::counts::{Count, Missed};
    // The fixture kiosk, with danger signs on its Get help page and a patient's word for one.
    let help = "In an emergency, call your local emergency number. [@label]";
    let guide = fixture_with(&[
        (
            help,
            "Call your local emergency number if you have:\n\n\
             - swelling of your face or throat [@label]\n\
             - trouble breathing [@label]",
        ),
        (
            "[[sources]]",
            "[synonyms]\nswollen = [\"swelling\"]\n\n[[sources]]",
        ),
    ]);
    let mut app = App::with(
        vec![guide],
        0,
        100,
        30,
        patient_guide::app::View::default(),
        Some(patient_guide::app::Kiosk::default()),
    );
    let _ = app.update(Enter);
    let _ = app.take_counts();
    let search = |app: &mut App, q: &str, open: usize| {
        let _ = app.update(Search);
        type_text(app, q);
        let _ = app.update(Choose(open));
        app.take_counts()
            .into_iter()
            .filter(|c| matches!(c, Count::Missed(..)))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        search(&mut app, "hospital dose", 0),
        [Count::Missed(
            vec!["hospital".into(), "dose".into()],
            Missed::Urgent
        )]
    );
    assert_eq!(search(&mut app, "my throat is swollen", 0), []);
    assert_eq!(
        search(&mut app, "dose", 1),
        [Count::Missed(vec!["dose".into()], Missed::ChoseLower)]
    );
}

/// The graphical kiosk at 1280x800 with its 20-point font is about 75 columns: the button bar
/// then keeps the language button (a patient who cannot read English has no other touch way to
/// Spanish mid-session) and gives up Check yourself instead.
#[test]
fn a_narrow_kiosk_bar_keeps_the_language_button() {
    use patient_guide::action::Action;
    use patient_guide::i18n::Lang;
    let bar = patient_guide::keymap::kiosk_bar(false, 75, Lang::En);
    assert!(bar.contains(&Action::Language), "{bar:?}");
    assert!(bar.contains(&Action::GetHelp), "{bar:?}");
    assert!(!bar.contains(&Action::CheckYourself), "{bar:?}");
    let wide = patient_guide::keymap::kiosk_bar(false, 120, Lang::En);
    assert!(wide.contains(&Action::CheckYourself) && wide.contains(&Action::Language));
    let mut app = kiosk_at(75, 24, None);
    let _ = app.update(Enter);
    assert!(screen(&app).contains("Español"), "{}", screen(&app));
}

/// A touch screen reaches what the button bar has no room for: Help lists it first, each a
/// tap away. Search types with an on-screen keyboard whose keys stay put while results come
/// and go; a question about the topic goes to My questions, whose QR code takes it home. In
/// Spanish too (Ñ on the keyboard).
#[test]
fn a_touch_screen_reaches_search_and_my_questions() {
    use patient_guide::app::Window;
    let mut app = kiosk_at(80, 25, None);
    let _ = app.update(Enter);
    let _ = tap(&mut app, "Help");
    assert!(
        screen(&app).contains("Touch one to open it"),
        "{}",
        screen(&app)
    );
    let _ = tap(&mut app, "Search: type a few words");
    assert!(matches!(app.window(), Some(Window::Search(_))));
    let f = click_point(&app, "[ F ]");
    for key in ["[ A ]", "[ D ]", "[ U ]", "[ L ]", "[ T ]", "[ S ]"] {
        let _ = tap(&mut app, key);
    }
    assert!(screen(&app).contains("Search: adults_"), "{}", screen(&app));
    assert!(
        screen(&app).contains("1 result") && screen(&app).contains("› Who it is for › Adults"),
        "{}",
        screen(&app)
    );
    assert_eq!(click_point(&app, "[ F ]"), f, "the keys did not move");
    let _ = tap(&mut app, "[ Erase ]");
    let _ = tap(&mut app, "[ Space ]");
    assert!(screen(&app).contains("Search: adult _"), "{}", screen(&app));
    // A result is a tap away.
    let _ = tap(&mut app, "› Who it is for › Adults");
    assert!(app.window().is_none());
    assert_eq!(app.topic().unwrap().title, "Adults");

    let _ = tap(&mut app, "Help");
    let _ = tap(&mut app, "Add a question about");
    let _ = tap(&mut app, "Can we talk about");
    assert_eq!(app.questions.list.len(), 1);
    let _ = tap(&mut app, "Help");
    let _ = tap(&mut app, "My questions for your doctor");
    let shown = screen(&app);
    assert!(shown.contains("Can we talk about \"Adults"), "{shown}");
    // At 80x25 the code would be taller than the window: it is not drawn, and the patient is
    // told what to do instead (tests/my_questions.rs draws it where it fits).
    assert!(shown.contains("This screen is too small"), "{shown}");
    assert!(shown.contains("photo of the list"), "{shown}");

    // In Spanish: the menu, and Ñ on the keyboard.
    let _ = app.update(Back);
    let _ = app.update(ChooseLanguage(patient_guide::i18n::Lang::Es));
    // The bar's Help button is "Menú" (it opens the touch menu; two buttons named "Ayuda"
    // confused, the Spanish review); Get help is "Urgencia" when short, never "Ayuda ya".
    assert!(!screen(&app).contains("Ayuda ya"), "{}", screen(&app));
    let _ = tap(&mut app, " Menú ");
    assert!(
        screen(&app).contains("Toque una opción"),
        "{}",
        screen(&app)
    );
    let _ = tap(&mut app, "Buscar: escriba");
    let _ = tap(&mut app, "[ Ñ ]");
    assert!(screen(&app).contains("Buscar: ñ_"), "{}", screen(&app));
}

/// "Back" returns to the page the patient came from: after the Get help button, a search
/// result or a link, the bar's Back (and Esc) go back there, not out to a list.
#[test]
fn back_returns_to_the_page_the_patient_came_from() {
    let mut app = kiosk_at(100, 30, None);
    let _ = app.update(Enter);
    let _ = app.update(Section(2));
    let _ = app.update(PickTopic(0));
    let start = app.topic().unwrap().title.clone();
    assert_eq!(start, "Your dose");
    let _ = tap(&mut app, "Get help");
    assert_eq!(app.topic().unwrap().title, "Get help now");
    let _ = tap(&mut app, "Back");
    assert_eq!(app.topic().unwrap().title, start, "{}", screen(&app));
    // A search result, then Esc.
    let _ = app.update(Search);
    type_text(&mut app, "adults");
    let _ = app.update(Choose(0));
    assert_eq!(app.topic().unwrap().title, "Adults");
    let _ = app.update(Back);
    assert_eq!(app.topic().unwrap().title, start);
    // Nowhere left to return to: Back goes out of the pane as before.
    let _ = app.update(Back);
    assert_eq!(app.topic().unwrap().title, start);
}

/// Issue 31: `report` takes several kiosks' counts files and sums them, day by day; a file it
/// cannot read is named.
#[test]
fn report_sums_several_kiosks_counts() {
    use patient_guide::kiosk::counts::{self, Count};
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.json"), dir.path().join("b.json"));
    counts::add(
        &a,
        "2026-12-01",
        &[Count::Topic("kesimpta/schedule".into()), Count::ReadAloud],
    )
    .unwrap();
    counts::add(
        &b,
        "2026-12-01",
        &[Count::Topic("kesimpta/schedule".into())],
    )
    .unwrap();
    counts::add(
        &b,
        "2026-12-02",
        &[Count::Topic("kesimpta/storage".into()), Count::ReadAloud],
    )
    .unwrap();
    let all = counts::read_all(&[&a, &b]).unwrap();
    let summary = counts::Summary::of(&all, 10);
    assert_eq!(summary.days, 2);
    assert_eq!(summary.read_aloud, 2);
    assert_eq!(summary.top_topics[0], ("kesimpta/schedule".to_string(), 2));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .arg("report")
        .args([&a, &b])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Counts from 2 files: 2026-12-01 to 2026-12-02, 2 day(s)"),
        "{text}"
    );
    // One of several files named but not there is said, not taken as no counts.
    let missing = dir.path().join("gone.json");
    let e = counts::read_all(&[&a, &missing]).unwrap_err();
    assert!(e.ends_with("gone.json: no such counts file"), "{e}");
    // A kiosk's own file not there yet is no counts.
    assert!(counts::read_all(&[&missing]).unwrap().days.is_empty());
}

/// Issue 30: a kiosk's report tells staff when a guide is behind the label file placed beside
/// it (`NAME.xml` by `NAME.toml`), with the command that says what changed.
#[test]
fn the_report_says_a_guide_is_behind_its_label() {
    let dir = tempfile::tempdir().unwrap();
    // The fixture guide, written from version 3 of a made-up label.
    std::fs::write(dir.path().join("ui.toml"), fixture_text_with_label()).unwrap();
    let label = |version: u32| {
        format!(
            r#"<document xmlns="urn:hl7-org:v3"><setId root="{FIXTURE_LABEL_SET_ID}"/><versionNumber value="{version}"/><effectiveTime value="20260415"/></document>"#
        )
    };
    let run = || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
            .args(["--guides", dir.path().to_str().unwrap(), "report"])
            .arg(dir.path().join("counts.json"))
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    std::fs::write(dir.path().join("ui.xml"), label(3)).unwrap();
    assert!(
        !run().contains("Guides and their labels"),
        "the same version: nothing to say"
    );
    std::fs::write(dir.path().join("ui.xml"), label(4)).unwrap();
    let said = run();
    assert!(said.contains("Guides and their labels:"), "{said}");
    assert!(
        said.contains("behind its label: the label is version 4 (2026-04-15), the guide follows version 3 (2025-06-30); run: patient-guide check --label"),
        "{said}"
    );
    // And in JSON, for a clinic's scripts.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(["--guides", dir.path().to_str().unwrap(), "report", "--json"])
        .arg(dir.path().join("counts.json"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let behind = v["labels_behind"].as_array().unwrap();
    assert_eq!(behind.len(), 1, "{v:#}");
    assert!(behind[0].as_str().unwrap().contains("behind its label"));
    assert!(
        v.get("read_aloud").is_some(),
        "the counts are still there: {v:#}"
    );
}

/// A kiosk's help is its touch menu: its window is named as the button that opens it ("Help",
/// "Menú" in Spanish), not "keys and mouse", which a touch screen has neither of. A desktop's
/// keeps its name.
#[test]
fn the_kiosk_menu_is_named_as_its_button() {
    use patient_guide::app::Kiosk;
    let mut app = App::with(
        vec![fixture()],
        0,
        100,
        30,
        View::default(),
        Some(Kiosk::default()),
    );
    let _ = run(&mut app, &[Enter, Help]);
    let s = screen(&app);
    assert!(s.contains("┌ Help ─"), "{s}");
    assert!(!s.contains("keys and mouse"), "{s}");
    let _ = app.update(ChooseLanguage(patient_guide::i18n::Lang::Es));
    let s = screen(&app);
    assert!(s.contains("┌ Menú ─"), "{s}");
    let mut app = app_at(100, 30);
    let _ = run(&mut app, &[Help]);
    assert!(
        screen(&app).contains("┌ Help: keys and mouse"),
        "{}",
        screen(&app)
    );
}

/// On a kiosk the button bar and the disclaimer stay in view under every window, and their
/// buttons work there: Get help, Back (closes the window), Home. A window used to be drawn
/// over the bar, hiding Get help while it still took taps where it could not be seen.
#[test]
fn the_kiosk_bar_shows_and_works_under_a_window() {
    use patient_guide::app::Kiosk;
    for (w, h) in [(80, 25), (100, 30), (200, 60)] {
        let mut app = App::with(
            vec![fixture()],
            0,
            w,
            h,
            View::default(),
            Some(Kiosk::default()),
        );
        let _ = run(&mut app, &[Enter, Section(2), Down, Search]);
        let s = screen(&app);
        let bar = s.lines().rev().nth(1).unwrap();
        assert!(
            bar.contains("Get help") && bar.contains("Back") && bar.contains("Home"),
            "{w}x{h}:\n{s}"
        );
        assert!(
            s.contains("Not medical advice") || s.contains("Education only"),
            "{w}x{h}:\n{s}"
        );
        tap_bar(&mut app, "Back");
        assert_eq!(app.window_kind(), None, "{w}x{h}:\n{}", screen(&app));
        let _ = run(&mut app, &[MyQuestions]);
        tap_bar(&mut app, "Get help");
        assert_eq!(app.window_kind(), None, "{w}x{h}:\n{}", screen(&app));
        assert!(
            screen(&app).contains("Get help now"),
            "{w}x{h}:\n{}",
            screen(&app)
        );
        let _ = run(&mut app, &[Help]);
        tap_bar(&mut app, "Home");
        assert_eq!(app.window_kind(), None, "{w}x{h}:\n{}", screen(&app));
        // Under the windows that have keys of their own too (a text box, the quiz): Home
        // closes the window, Help opens the touch menu (they did nothing there).
        let windows: [&[patient_guide::action::Action]; 3] =
            [&[Search], &[MyQuestions, WriteQuestion], &[CheckYourself]];
        for open in windows {
            let _ = run(&mut app, open);
            assert!(app.window_kind().is_some(), "{open:?}");
            tap_bar(&mut app, "Help");
            assert_eq!(
                app.window_kind(),
                Some(patient_guide::doc::pages::WindowKind::Help),
                "{open:?}: {}",
                screen(&app)
            );
            let _ = run(&mut app, open);
            tap_bar(&mut app, "Home");
            assert_eq!(app.window_kind(), None, "{open:?}: {}", screen(&app));
        }
    }
}

/// A tap on the kiosk bar's button labelled `label` (the bar's middle row, next to last).
fn tap_bar(app: &mut App, label: &str) {
    let s = screen(app);
    let lines: Vec<&str> = s.lines().collect();
    let y = lines.len() - 2;
    let line = lines[y];
    let at = line
        .find(label)
        .unwrap_or_else(|| panic!("{label:?} not on the bar:\n{s}"));
    let x = line[..at].chars().count() + label.chars().count() / 2;
    let _ = click(app, x as u16, y as u16);
}
