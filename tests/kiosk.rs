//! Kiosk mode at the app level: no way out, idle reset, staff PIN, touch targets at 80x24 and
//! 200x60, and the large, high-contrast and ASCII views.

use crate::common;
use patient_guide::action::Message;
use std::sync::OnceLock;

use common::*;
use patient_guide::action::Action::*;
use patient_guide::app::{App, Pane, View};
use patient_guide::doc::pages::WindowKind;
use patient_guide::kiosk::pin;
use ratatui::style::{Color, Modifier};

/// Hashing is slow on purpose; make the test PIN's hash once.
pub(crate) fn pin_hash() -> String {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| pin::hash("2468").unwrap()).clone()
}

#[test]
fn the_welcome_screen_greets_and_any_key_starts() {
    let mut app = kiosk_at(80, 24, None);
    assert!(app.welcome().is_some());
    let s = screen(&app);
    assert!(s.contains("patient-guide"), "{s}");
    assert!(s.contains("Fixture (examplumab)"), "{s}");
    assert!(s.contains("not medical advice"), "{s}");
    assert!(
        s.contains("Press any key or touch the screen to start"),
        "{s}"
    );
    let _ = app.update(Section(2));
    assert!(app.welcome().is_none());
    assert_eq!(
        app.reading.section, 2,
        "the key that starts also does its job"
    );
    // Issue 27: Space (Page Down) starts, and the first page is read from its top.
    let mut app = kiosk_at(80, 24, None);
    let _ = app.update(PageDown);
    assert!(app.welcome().is_none());
    assert_eq!(app.scroll(), 0, "Space only starts: nothing scrolled");
}

#[test]
fn a_patient_cannot_quit() {
    let mut app = kiosk_at(80, 24, Some(pin_hash()));
    let effects = run(
        &mut app,
        &[
            Enter, Quit, QuitNow, Back, Back, Back, Help, Quit, Quit, About, Quit,
        ],
    );
    assert!(!quits(&effects), "q, Ctrl-C and Esc never end a kiosk");
    let help = {
        let _ = app.update(Help);
        screen(&app)
    };
    assert!(
        !help.contains("Quit"),
        "kiosk help offers no way out:\n{help}"
    );
}

#[test]
fn idle_countdown_shows_any_input_cancels_and_reset_forgets_everything() {
    let mut app = kiosk_at(100, 30, None);
    let _ = run(
        &mut app,
        &[
            Enter,
            Section(3),
            Down,
            Down,
            Enter,
            Down,
            TextSize,
            Sources,
        ],
    );
    let _ = app.tell(Message::IdleWarning(7));
    assert_eq!(app.countdown(), Some(7));
    let s = screen(&app);
    assert!(
        s.contains("Still reading?")
            && s.contains("Press a key or touch the screen.")
            && s.contains("7 s"),
        "{s}"
    );
    let _ = app.update(Section(0));
    assert_eq!(app.countdown(), None, "input cancels the countdown");
    assert_eq!(app.reading.section, 3, "and is not taken as a command");

    let _ = app.tell(Message::IdleWarning(1));
    let _ = app.tell(Message::IdleReset);
    assert!(app.welcome().is_some(), "back to the welcome screen");
    assert_eq!(
        (app.window_kind(), app.countdown()),
        (None, None),
        "no window, no answer, no countdown is left"
    );
    assert_eq!(
        app.topic().unwrap().title,
        "Key facts",
        "the next patient starts at the key facts"
    );
    assert_eq!(
        app.look.view,
        View::default(),
        "text size goes back to the staff's choice"
    );
    let _ = app.update(Enter);
    assert_eq!(app.reading.section, 3);
    let _ = app.update(Section(3));
    assert_eq!(app.topic_index(), 0, "the last patient's place is gone");
    assert_eq!(app.scroll(), 0);
    let s = screen(&app);
    assert!(
        !s.contains("Publisher:"),
        "no sources window from before:\n{s}"
    );
}

#[test]
fn the_welcome_screen_is_not_interrupted_by_the_countdown() {
    let mut app = kiosk_at(80, 24, None);
    let _ = app.tell(Message::IdleWarning(3));
    assert_eq!(app.countdown(), None);
    let _ = app.tell(Message::IdleReset);
    assert!(app.welcome().is_some());
}

#[test]
fn staff_exit_needs_a_configured_pin() {
    let mut app = kiosk_at(80, 24, None);
    let _ = run(&mut app, &[Enter, StaffExit]);
    assert_eq!(
        app.window_kind(),
        None,
        "no PIN configured: no way out from the keyboard"
    );

    let mut app = kiosk_at(80, 24, Some(pin_hash()));
    let _ = run(&mut app, &[Enter, StaffExit]);
    assert_eq!(app.window_kind(), Some(WindowKind::Pin));
    let _ = run(
        &mut app,
        &[PinDigit(1), PinDigit(1), PinDigit(1), PinDigit(1)],
    );
    let s = screen(&app);
    assert!(s.contains("PIN: ●●●●_"), "digits are masked:\n{s}");
    assert!(!s.contains("1111"));
    let effects = app.update(Enter);
    assert!(!quits(&effects) && pin_state(&app).1);
    assert!(screen(&app).contains("That PIN is not right"));
    let effects = run(
        &mut app,
        &[
            PinDigit(2),
            PinDigit(4),
            PinDigit(6),
            PinDigit(9),
            PinErase,
            PinDigit(8),
            Enter,
        ],
    );
    assert!(quits(&effects), "the right PIN ends the kiosk");
}

#[test]
fn esc_leaves_the_pin_window_without_exiting() {
    let mut app = kiosk_at(80, 24, Some(pin_hash()));
    let effects = run(&mut app, &[Enter, StaffExit, PinDigit(2), Back]);
    assert_eq!(app.window_kind(), None);
    assert!(!quits(&effects));
    let _ = app.update(StaffExit);
    assert_eq!(
        pin_state(&app),
        ("", false),
        "the digits typed are forgotten"
    );
}

/// Every kiosk button and list item works by a tap, at a small and a full-screen size.
#[test]
fn every_clickable_element_responds_to_a_tap() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut app = kiosk_at(w, h, None);
        let (x, y) = click_point(&app, "Fixture (examplumab)");
        let _ = click(&mut app, x, y);
        assert!(
            app.welcome().is_none(),
            "{w}x{h}: tapping the guide starts it"
        );
        assert_eq!(
            app.topic().unwrap().title,
            "Key facts",
            "{w}x{h}: the key facts come first"
        );

        let wide = w >= 100;
        if !wide {
            // From the key facts' text back out to the list of sections.
            for _ in 0..2 {
                let _ = tap(&mut app, "Back");
            }
        }
        if wide {
            let (x, y) = click_point(&app, "4 Safety");
            let _ = click(&mut app, x, y);
            assert_eq!(app.reading.section, 3, "{w}x{h}: tab");
        } else {
            let (x, y) = click_point(&app, "4  Safety");
            let _ = click(&mut app, x, y);
            assert_eq!(
                (app.reading.section, app.reading.focus),
                (3, Pane::Topics),
                "{w}x{h}: section item"
            );
        }
        let (x, y) = click_point(&app, "How many");
        let _ = click(&mut app, x, y);
        assert_eq!(app.topic().unwrap().title, "How many", "{w}x{h}: topic");

        let (x, y) = click_point(&app, "Help");
        let _ = click(&mut app, x, y);
        assert_eq!(
            app.window_kind(),
            Some(WindowKind::Help),
            "{w}x{h}: Help button"
        );
        let (x, y) = click_point(&app, "Close: touch here");
        let _ = click(&mut app, x, y);
        assert_eq!(app.window_kind(), None, "{w}x{h}: close button");

        let (x, y) = click_point(&app, "Larger");
        let _ = click(&mut app, x, y);
        assert!(app.look.view.large, "{w}x{h}: text size button");
        let _ = tap(&mut app, "Smaller");
        assert!(!app.look.view.large);

        let (x, y) = click_point(&app, "Contrast");
        let _ = click(&mut app, x, y);
        assert!(app.look.view.high_contrast, "{w}x{h}: contrast button");

        if !wide {
            let _ = app.update(Enter);
            assert_eq!(app.reading.focus, Pane::Reader);
            let (x, y) = click_point(&app, "Back");
            let _ = click(&mut app, x, y);
            assert_eq!(app.reading.focus, Pane::Topics, "{w}x{h}: Back button");
        }
        let _ = app.update(Section(5));
        let (x, y) = click_point(&app, "Home");
        let _ = click(&mut app, x, y);
        assert_eq!(
            (app.reading.section, app.topic_index()),
            (0, 0),
            "{w}x{h}: Home button"
        );

        let (x, y) = kiosk_button(&app, GetHelp);
        let _ = click(&mut app, x, y);
        assert_eq!(
            app.topic().unwrap().title,
            "Get help now",
            "{w}x{h}: Get help button"
        );
        let _ = app.update(Help);
        let (x, y) = kiosk_button(&app, GetHelp);
        let _ = click(&mut app, x, y);
        assert_eq!(
            (app.window_kind(), app.topic().unwrap().title.as_str()),
            (None, "Get help now"),
            "{w}x{h}: Get help works over an open window"
        );

        let (x, y) = kiosk_button(&app, CheckYourself);
        let _ = click(&mut app, x, y);
        assert_eq!(
            app.window_kind(),
            Some(WindowKind::Quiz(0)),
            "{w}x{h}: Quiz button"
        );
        let (x, y) = click_point(&app, "Every day.");
        let _ = click(&mut app, x, y);
        assert_eq!(quiz_state(&app).1, Some(1), "{w}x{h}: a tap answers");
        assert!(screen(&app).contains("Not quite. The answer is 1."));
        let (x, y) = click_point(&app, "Read more: Your dose");
        let _ = click(&mut app, x, y);
        assert_eq!(
            (app.window_kind(), app.topic().unwrap().title.as_str()),
            (None, "Your dose"),
            "{w}x{h}: the answer's topic opens"
        );
    }
}

/// The middle of a kiosk button.
fn kiosk_button(app: &App, action: patient_guide::action::Action) -> (u16, u16) {
    let (r, _) = patient_guide::layout::kiosk_buttons(
        app.look.screen.keys,
        &patient_guide::keymap::kiosk_bar(app.speech_on(), app.look.screen.keys.width, app.lang()),
    )
    .into_iter()
    .find(|(_, a)| *a == action)
    .expect("a kiosk button");
    (r.x + r.width / 2, r.y + r.height / 2)
}

#[test]
fn the_large_layout_has_shorter_spaced_lines_and_big_buttons() {
    let mut app = kiosk_at(200, 60, None);
    let _ = run(&mut app, &[Enter, Section(2)]);
    let text_rows = |app: &App| app.rows().iter().filter(|r| !r.pieces.is_empty()).count();
    let normal = text_rows(&app);
    let _ = app.update(TextSize);
    assert!(app.look.screen.reader_text().width <= patient_guide::layout::LARGE_TEXT_WIDTH);
    assert!(
        text_rows(&app) >= normal,
        "shorter lines: at least as many rows of text"
    );
    let rows = app.rows();
    for (i, r) in rows.iter().enumerate() {
        // A figure's rows stay together (a timeline's times, axis and labels).
        if !r.pieces.is_empty() && !r.keep {
            assert!(
                rows.get(i + 1).is_some_and(|n| n.pieces.is_empty()),
                "a blank row follows row {i}"
            );
        }
    }
    let s = screen(&app);
    assert!(s.contains("One dose a week, then one a month."), "{s}");
    assert!(s.contains("Smaller text"), "{s}");
    let buf = draw(&app);
    let (_, y) = find_on_screen(&buf, "Smaller text").unwrap();
    assert_eq!(y, 60 - 2, "buttons sit in a 3-row bar at the bottom");
}

#[test]
fn high_contrast_paints_white_on_black_and_keeps_selection_visible() {
    let mut app = kiosk_at(120, 40, None);
    let _ = run(&mut app, &[Enter, Home, Contrast]);
    let buf = draw(&app);
    let (x, y) = find_on_screen(&buf, "Examplumab is a test medicine").unwrap();
    assert_eq!(
        (buf[(x, y)].fg, buf[(x, y)].bg),
        (Color::White, Color::Black)
    );
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    let (x, y) = find_on_screen(&buf, "› What it is").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn ascii_rendering_has_no_other_characters() {
    let view = View {
        ascii: true,
        ..View::default()
    };
    let hash = Some(patient_guide::app::Kiosk {
        pin_hash: Some(pin_hash()),
        ..Default::default()
    });
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let mut app = App::with(vec![kesimpta()], 0, w, h, view, hash.clone());
        let mut screens = vec![screen(&app)];
        let _ = app.update(Enter);
        for section in 0..7 {
            let _ = app.update(Section(section));
            screens.push(screen(&app));
            let _ = app.update(Enter);
            screens.push(screen(&app));
            let _ = app.update(Bottom);
            screens.push(screen(&app));
        }
        for kind in [Help, Sources, About] {
            let _ = app.update(kind);
            screens.push(screen(&app));
            let _ = app.update(Back);
        }
        let _ = run(&mut app, &[TextSize, Contrast, StaffExit, PinDigit(1)]);
        screens.push(screen(&app));
        let _ = app.tell(Message::IdleWarning(5));
        screens.push(screen(&app));
        for s in screens {
            // Latin letters with their marks ("Español") are what the console shows as they are.
            let bad: String = s
                .chars()
                .filter(|c| !console_safe(&c.to_string()))
                .collect();
            assert!(
                bad.is_empty(),
                "{w}x{h}: not for the console {bad:?} in:\n{s}"
            );
        }
    }
}

/// What a patient reads on the kiosk's bar and on the disclaimer's row is never cut, in either
/// language: each button shows one of its labels whole (its long or its short one), from the
/// graphical kiosk's large letters (about 60 columns) to a wide screen, in large text and with
/// reading aloud too; and from 80 columns the disclaimer's row holds the whole of one of its
/// two forms. (The bar drops buttons until its labels fit: this holds it to that.)
#[test]
fn the_bar_and_the_disclaimer_are_never_cut() {
    use patient_guide::app::Kiosk;
    use patient_guide::i18n::{Lang, t};
    use patient_guide::keymap::BINDINGS;
    for lang in Lang::ALL {
        // Every label a button of the bar may show in this language.
        let mut labels: Vec<String> = BINDINGS
            .iter()
            .filter_map(|b| b.bar)
            .flat_map(|(_, full, short)| [t(lang, full), t(lang, short)])
            .collect();
        labels
            .extend(["bar-text-size-smaller", "bar-text-size-smaller-short"].map(|id| t(lang, id)));
        labels.extend(Lang::ALL.map(|l| l.name().to_string()));
        let disclaimers = [t(lang, "disclaimer-short"), t(lang, "disclaimer-shorter")];
        for speech in [false, true] {
            for large in [false, true] {
                for width in (60..=140).chain([160, 200]) {
                    let view = View {
                        lang,
                        large,
                        ..View::default()
                    };
                    let kiosk = Some(Kiosk::default());
                    let mut app =
                        App::with(vec![fixture()], 0, width, 30, view, kiosk).with_speech(speech);
                    let _ = app.update(Enter);
                    let s = screen(&app);
                    let rows: Vec<&str> = s.lines().collect();
                    let at = format!("{lang} at {width} columns, speech {speech}, large {large}");
                    // The bar's middle row: │ Label ││ Label │ ...
                    let bar = rows
                        .iter()
                        .rev()
                        .find(|r| r.starts_with('│'))
                        .unwrap_or_else(|| panic!("{at}: no bar\n{s}"));
                    let shown: Vec<&str> = bar
                        .split('│')
                        .map(str::trim)
                        .filter(|b| !b.is_empty())
                        .collect();
                    assert!(shown.len() >= 5, "{at}: {bar}");
                    for label in &shown {
                        assert!(
                            labels.iter().any(|l| l == label),
                            "{at}: the button {label:?} is no whole label\n{s}"
                        );
                    }
                    if width >= 80 {
                        assert!(
                            rows.iter()
                                .any(|r| disclaimers.iter().any(|d| r.trim() == d)),
                            "{at}: the disclaimer is cut\n{s}"
                        );
                    }
                }
            }
        }
    }
}
