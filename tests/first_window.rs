//! The first window, About this guide: it says "press any key or click to start", and every
//! key does that, and only that. On the small fixture guide (tests/fixtures/ui.toml).

use crate::common;
use common::*;
use patient_guide::action::Action::*;
use patient_guide::action::Way;
use patient_guide::app::{App, Pane};
use patient_guide::doc::pages::WindowKind;

fn topic_title(app: &App) -> String {
    app.topic().unwrap().title.clone()
}

#[test]
fn the_welcome_window_shows_first_and_gives_way_to_the_first_key() {
    // "Press any key": any key closes it, and does only that (issue 27: `a` used to open Add
    // question over it, a digit a section).
    for key in [
        Section(2),
        AddQuestion,
        Search,
        Help,
        Sources,
        TypeChar('x'),
    ] {
        let mut app = App::new(fixture(), 120, 40);
        assert_eq!(app.window_kind(), Some(WindowKind::About));
        let _ = app.update(key.clone());
        assert_eq!(app.window_kind(), None, "{key:?} only closes it");
        assert_eq!(topic_title(&app), "Key facts", "{key:?} did nothing else");
    }
    // A moving key scrolls it while there is more that way; where there is none (the whole
    // window fits at 120x40) it closes it too: Space, an arrow or Page Down never does nothing
    // (until 2026-12-06 they did, on a window that says "press any key").
    for key in [PageDown, Down, Up, PageUp, Bottom, Top] {
        let mut app = App::new(fixture(), 120, 40);
        let _ = app.update(key.clone());
        assert_eq!(app.window_kind(), None, "{key:?} closes a window that fits");
        assert_eq!(topic_title(&app), "Key facts", "{key:?} did nothing else");
    }
    // Where it does not fit (at the smallest size shown), Down scrolls it to its end, and the
    // next Down closes it.
    let mut app = App::new(fixture(), 40, 12);
    assert_eq!(app.window_kind(), Some(WindowKind::About));
    let _ = app.update(Down);
    assert_eq!(
        app.window_kind(),
        Some(WindowKind::About),
        "Down first scrolls"
    );
    assert!(app.windows.scroll > 0);
    for _ in 0..50 {
        if app.window_kind().is_none() {
            break;
        }
        let _ = app.update(Down);
    }
    assert_eq!(app.window_kind(), None, "Down past the end closes it");
    assert_eq!(topic_title(&app), "Key facts");
    // The wheel only scrolls it: it is not a key.
    let mut app = App::new(fixture(), 120, 40);
    let _ = app.update(WindowWheel(Way::Down));
    assert_eq!(
        app.window_kind(),
        Some(WindowKind::About),
        "the wheel only scrolls"
    );

    // Get help is one key away from everywhere, the welcome window too.
    let mut app = App::new(fixture(), 120, 40);
    let _ = app.update(GetHelp);
    assert_eq!(app.window_kind(), None);
    assert_ne!(topic_title(&app), "Key facts");

    let mut app = App::new(fixture(), 120, 40);
    let _ = app.update(Back);
    assert_eq!(app.window_kind(), None, "Esc only closes it");
    assert_eq!(
        (topic_title(&app), app.reading.focus),
        ("Key facts".to_string(), Pane::Reader),
        "after the welcome window, the key facts come first"
    );

    // q closes it as it closes every window; a second q quits.
    let mut app = App::new(fixture(), 120, 40);
    assert!(
        !quits(&app.update(Quit)),
        "q on the welcome window closes it"
    );
    assert_eq!(app.window_kind(), None);
    assert!(quits(&app.update(Quit)));
}
