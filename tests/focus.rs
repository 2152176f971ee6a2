//! The terminal's cursor sits on the focused item, so a screen reader's review cursor and a
//! magnifier follow the focus: the selected topic or section, the search box, the highlighted
//! result, the welcome screen's guide. Checked on the drawn screen at 80x24 and 200x60, and in
//! the real binary through a pty.

use crate::common;
use common::pty::Session;
use common::*;
use patient_guide::action::Action::*;
use patient_guide::ui::focus;

/// The text drawn at the focus, from its column to the end of its row.
fn at_focus(app: &patient_guide::app::App) -> String {
    let buf = draw(app);
    let at = focus(app, buf.area).expect("a focus");
    (at.x..buf.area.width)
        .map(|x| buf[(x, at.y)].symbol().to_string())
        .collect::<String>()
}

#[test]
fn the_cursor_is_on_the_selected_item_at_both_sizes() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut app = app_at(w, h);
        let _ = run(&mut app, &[Section(2), Down, Down]);
        let title = app.topic().unwrap().title.clone();
        let here = at_focus(&app);
        assert!(
            here.contains(&title[..title.len().min(12)]),
            "{w}x{h}: {here:?} is not the selected topic {title:?}"
        );
        // The search box: the cursor is where the next letter goes.
        let _ = run(&mut app, &[Search]);
        type_text(&mut app, "fridge");
        let buf = draw(&app);
        let at = focus(&app, buf.area).unwrap();
        let before: String = (at.x - 6..at.x)
            .map(|x| buf[(x, at.y)].symbol().to_string())
            .collect();
        assert_eq!(before, "fridge", "{w}x{h}");
        // The highlighted result.
        let _ = run(&mut app, &[Down]);
        let here = at_focus(&app);
        assert!(
            !here.trim().is_empty(),
            "{w}x{h}: the cursor is on a result"
        );
    }
}

#[test]
fn the_cursor_follows_the_sections_in_one_pane_and_the_tabs_side_by_side() {
    let mut app = app_at(80, 24);
    let _ = app.update(Back);
    assert!(at_focus(&app).contains("About it"), "{}", at_focus(&app));
    let _ = app.update(Down);
    assert!(
        at_focus(&app).contains("Who it is for"),
        "{}",
        at_focus(&app)
    );
    let mut app = app_at(200, 60);
    let _ = run(&mut app, &[Section(3), Back]);
    assert!(
        at_focus(&app).starts_with(" 4 Safety"),
        "{}",
        at_focus(&app)
    );
}

#[test]
fn the_real_terminal_cursor_is_on_the_selected_topic() {
    // Side by side: topics on the left.
    for (w, h) in [(100, 30), (200, 60)] {
        real_cursor_side_by_side(w, h);
    }
    // One pane at a time (80x24): the sections, then the topics.
    let mut s = Session::start(80, 24, &["--guides", FIXTURE_FILE]);
    s.wait_for("About this guide");
    s.send("\x1b");
    s.wait_gone("About this guide");
    // From the key facts page: h (back out) to its section's topics, then to the sections.
    s.send("h");
    s.wait_for("› Key facts");
    s.send("h");
    s.wait_for("› 4  Safety");
    let (x, y) = s.find("› 4  Safety");
    wait_cursor(&s, (x, y));
    s.send("j");
    s.wait_for("› 5  Questions");
    let (x, y) = s.find("› 5  Questions");
    wait_cursor(&s, (x, y));
    s.send("\r");
    s.wait_for("┌ 5 Questions");
    let (x, y) = s.find("│› ");
    let (x, y) = (x + 1, y);
    wait_cursor(&s, (x, y));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

fn real_cursor_side_by_side(w: u16, h: u16) {
    let mut s = Session::start(w, h, &["--guides", FIXTURE_FILE]);
    s.wait_for("About this guide");
    s.send("\x1b");
    s.wait_gone("About this guide");
    s.send("4");
    s.wait_for("┌ 4 Safety");
    // The selected row starts with its marker.
    let (x, y) = s.find("› Key facts");
    wait_cursor(&s, (x, y));
    s.send("j");
    s.wait_for("› Get help now");
    let (x, y) = s.find("› Get help now");
    wait_cursor(&s, (x, y));
    s.send("q");
    assert_eq!(s.wait_exit(), 0, "{w}x{h}");
}

/// Waits for the cursor to arrive (it moves just after the frame is written).
fn wait_cursor(s: &Session, want: (u16, u16)) {
    let start = std::time::Instant::now();
    while s.cursor() != want {
        assert!(
            start.elapsed() < common::pty::TIMEOUT,
            "the cursor is at {:?}, not {want:?}; screen:\n{}",
            s.cursor(),
            s.text()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}
