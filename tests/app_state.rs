//! App state: key and mouse sequences move between sections, topics and panes as a patient expects.
//! On the small fixture guide (tests/fixtures/ui.toml), so the tests check the app, not one
//! guide's wording; the few that need more than the fixture has say why above them.

use crate::common;
use common::*;
use patient_guide::action::Action::*;
use patient_guide::action::{Message, Way};
use patient_guide::app::{App, Pane};
use patient_guide::doc::pages::WindowKind;

fn topic_title(app: &App) -> String {
    app.topic().unwrap().title.clone()
}

#[test]
fn wide_layout_moves_between_tabs_topics_and_text() {
    let mut app = app_at(120, 40);
    assert_eq!(app.reading.focus, Pane::Topics);
    // Safety is the fixture's section with more than one topic.
    let _ = run(&mut app, &[Section(3), Down, Down]);
    assert_eq!(topic_title(&app), "How many");
    let _ = app.update(Enter);
    assert_eq!(app.reading.focus, Pane::Reader);
    let _ = run(&mut app, &[Left, Left]);
    assert_eq!(app.reading.focus, Pane::Sections);
    let _ = run(&mut app, &[Right, Right]);
    assert_eq!(
        app.reading.section, 5,
        "left/right on the tab bar change section"
    );
    let _ = app.update(Down);
    assert_eq!(app.reading.focus, Pane::Topics);
    assert_eq!(topic_title(&app), "Test medicine");
    let _ = run(&mut app, &[NextPane, NextPane, NextPane]);
    assert_eq!(
        app.reading.focus,
        Pane::Topics,
        "Tab cycles through all three panes"
    );
    let _ = run(&mut app, &[PrevPane]);
    assert_eq!(app.reading.focus, Pane::Sections);
}

#[test]
fn narrow_layout_goes_in_with_enter_and_out_with_esc() {
    let mut app = app_at(80, 24);
    assert_eq!(app.reading.focus, Pane::Sections);
    let _ = run(&mut app, &[Down, Down, Down]);
    assert_eq!(app.reading.section, 3);
    let _ = app.update(Enter);
    assert_eq!(app.reading.focus, Pane::Topics);
    let _ = run(&mut app, &[Down, Down, Enter]);
    assert_eq!(app.reading.focus, Pane::Reader);
    assert_eq!(topic_title(&app), "How many");
    let _ = app.update(Back);
    assert_eq!(app.reading.focus, Pane::Topics);
    let _ = app.update(Back);
    assert_eq!(app.reading.focus, Pane::Sections);
    let effects = app.update(Back);
    assert_eq!(
        app.reading.focus,
        Pane::Sections,
        "Esc at the top stays put"
    );
    assert!(effects.is_empty());
}

#[test]
fn number_keys_jump_to_sections_and_ignore_missing_ones() {
    let mut app = app_at(120, 40);
    let _ = app.update(Section(3));
    assert_eq!(app.reading.section, 3);
    assert_eq!(app.reading.focus, Pane::Topics);
    let _ = app.update(Section(6));
    assert_eq!(app.reading.section, 3, "there is no section 7");
}

#[test]
fn each_section_remembers_its_topic_and_each_topic_its_scroll() {
    // At the smallest size both "How many" and "Get help now" are longer than a page by at least
    // 3 rows, so a scroll shared between topics would show.
    let mut app = app_at(40, 12);
    let _ = run(&mut app, &[Section(3), Down, Down]);
    assert_eq!(topic_title(&app), "How many");
    let _ = run(&mut app, &[Enter, Down, Down, Down]);
    assert_eq!(app.scroll(), 3);
    let _ = run(&mut app, &[Back, Up]);
    assert_eq!(app.scroll(), 0, "another topic starts at the top");
    let _ = run(&mut app, &[Down]);
    assert_eq!(app.scroll(), 3, "coming back finds the same place");
    let _ = run(&mut app, &[Section(0)]);
    assert_eq!(app.topic_index(), 0);
    let _ = run(&mut app, &[Section(3)]);
    assert_eq!(topic_title(&app), "How many");
}

#[test]
fn scrolling_is_clamped_to_the_text() {
    let mut app = app_at(60, 14);
    let _ = run(&mut app, &[Section(3), Bottom, Enter]);
    // A long topic (with two figures) at a small size, so there is something to scroll.
    assert_eq!(topic_title(&app), "How many");
    let page = usize::from(app.look.screen.reader_text().height);
    let rows = app.rows().len();
    assert!(
        rows > page,
        "topic should be longer than one page ({rows} rows, page {page})"
    );
    let _ = app.update(Bottom);
    assert_eq!(app.scroll(), rows - page);
    let _ = app.update(Down);
    assert_eq!(app.scroll(), rows - page, "no scrolling past the end");
    let _ = app.update(Top);
    assert_eq!(app.scroll(), 0);
    let _ = app.update(PageDown);
    assert_eq!(app.scroll(), (page - 1).min(rows - page));
    let _ = app.update(Up);
    let _ = app.update(PageUp);
    assert_eq!(app.scroll(), 0);
}

#[test]
fn windows_open_close_and_q_quits_only_from_the_panes() {
    let mut app = app_at(120, 40);
    let _ = app.update(Help);
    assert_eq!(app.window_kind(), Some(WindowKind::Help));
    let effects = app.update(Quit);
    assert_eq!(app.window_kind(), None);
    assert!(!quits(&effects), "q closes the window first");
    let _ = app.update(Sources);
    assert_eq!(app.window_kind(), Some(WindowKind::Sources));
    let _ = app.update(Help);
    assert_eq!(
        app.window_kind(),
        Some(WindowKind::Help),
        "one window replaces another"
    );
    let _ = app.update(Help);
    assert_eq!(app.window_kind(), None, "the same key closes it");
    let _ = app.update(About);
    assert_eq!(app.window_kind(), Some(WindowKind::About));
    let _ = app.update(Back);
    assert!(quits(&app.update(Quit)));

    let mut app = app_at(120, 40);
    let _ = app.update(Help);
    assert!(
        quits(&app.update(QuitNow)),
        "Ctrl-C quits even with a window open"
    );
}

// The long fixture: the small one has one source, so the highlight could not start past the
// first or move.
#[test]
fn the_sources_window_starts_at_the_topics_first_source_and_moves() {
    let mut app = long_at(120, 40);
    let _ = run(&mut app, &[Section(3), PickTopic(5)]);
    assert_eq!(topic_title(&app), "Safety note 3");
    let _ = app.update(Sources);
    assert_eq!(app.reading.guide.sources[selected_source(&app)].id, "s4");
    let _ = app.update(Down);
    assert_eq!(app.reading.guide.sources[selected_source(&app)].id, "s5");
    let _ = run(&mut app, &[Up, Up, Up, Up, Up, Up]);
    assert_eq!(selected_source(&app), 0);
}

#[test]
fn resizing_switches_layouts_and_survives_tiny_sizes() {
    let mut app = app_at(120, 40);
    let _ = run(&mut app, &[Section(2), Enter]);
    for (w, h) in [(80, 24), (1, 1), (39, 11), (0, 0), (300, 100), (120, 40)] {
        let _ = app.tell(Message::Resize(w, h));
        let _ = screen(&app);
        let _ = run(&mut app, &[Down, Up, Bottom]);
        let _ = click(&mut app, 0, 0);
        let _ = wheel(&mut app, 5, 5, Way::Down);
        let _ = run(&mut app, &[Back, Enter]);
    }
    assert_eq!(app.reading.section, 2);
}

#[test]
fn clicking_a_tab_a_topic_and_a_button() {
    let mut app = app_at(120, 40);
    let buf = draw(&app);
    let (x, y) = find_on_screen(&buf, "4 Safety").expect("tab drawn");
    let _ = click(&mut app, x + 1, y);
    assert_eq!(app.reading.section, 3);
    let buf = draw(&app);
    let (x, y) = find_on_screen(&buf, "How many").expect("topic drawn");
    let _ = click(&mut app, x, y);
    assert_eq!(topic_title(&app), "How many");
    let buf = draw(&app);
    let (x, y) = find_on_screen(&buf, "? Help").expect("button drawn");
    let _ = click(&mut app, x + 2, y);
    assert_eq!(app.window_kind(), Some(WindowKind::Help));
    let _ = click(&mut app, 0, 0);
    assert_eq!(app.window_kind(), None, "a click outside closes the window");
}

#[test]
fn narrow_layout_can_be_read_by_mouse_alone() {
    let mut app = app_at(80, 24);
    let buf = draw(&app);
    let (x, y) = find_on_screen(&buf, "4  Safety").unwrap();
    let _ = click(&mut app, x, y);
    assert_eq!((app.reading.section, app.reading.focus), (3, Pane::Topics));
    let buf = draw(&app);
    let (x, y) = find_on_screen(&buf, "How many").unwrap();
    let _ = click(&mut app, x, y);
    assert_eq!(app.reading.focus, Pane::Reader);
    assert_eq!(topic_title(&app), "How many");
    let buf = draw(&app);
    let (x, y) = find_on_screen(&buf, "< Back").unwrap();
    let _ = click(&mut app, x, y);
    assert_eq!(app.reading.focus, Pane::Topics);
    let _ = click(&mut app, x, y);
    assert_eq!(app.reading.focus, Pane::Sections);
}

// The long fixture: the small one's one source is [1], the source a window opens on anyway.
#[test]
fn clicking_a_citation_marker_opens_that_source() {
    let mut app = long_at(120, 40);
    let _ = run(&mut app, &[Section(3), PickTopic(5)]);
    assert_eq!(topic_title(&app), "Safety note 3");
    let buf = draw(&app);
    // Markers are numbered in the guide's order of sources: s4 is [4], the label [1].
    let (x, y) = find_on_screen(&buf, "Note 3. [4] [1]").expect("markers drawn");
    let _ = click(&mut app, x + "Note 3. [".len() as u16, y);
    assert_eq!(app.window_kind(), Some(WindowKind::Sources));
    assert_eq!(app.reading.guide.sources[selected_source(&app)].id, "s4");
    let _ = app.update(Back);
    assert_eq!(app.window_kind(), None);
    let _ = click(&mut app, x + "Note 3. [4] [".len() as u16, y);
    assert_eq!(app.window_kind(), Some(WindowKind::Sources));
    assert_eq!(app.reading.guide.sources[selected_source(&app)].id, "label");
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app_at(100, 24);
    // "How many", the last Safety topic, is longer than the reader, so a wheel step scrolls 3.
    let _ = run(&mut app, &[Section(3), Down, Down]);
    let text = app.look.screen.reader_text();
    let _ = wheel(&mut app, text.x + 1, text.y + 1, Way::Down);
    assert_eq!(app.scroll(), 3);
    let list = app.look.screen.list_rows();
    let _ = wheel(&mut app, list.x + 1, list.y + 1, Way::Up);
    assert_eq!(app.topic_index(), 1);
    let _ = wheel(&mut app, list.x + 1, list.y + 1, Way::Down);
    assert_eq!(app.topic_index(), 2);
}

// The long fixture: the small one's 3 Safety topics are too few for any list height to show a
// page step and the stop.
#[test]
fn page_keys_in_a_list_move_by_what_the_list_shows() {
    let mut app = long_at(60, 14);
    let _ = app.update(Section(3));
    let shown = usize::from(app.look.screen.list_rows().height);
    let _ = app.update(PageDown);
    assert_eq!(app.topic_index(), shown);
    for _ in 0..app.reading.guide.sections[3].topics.len() {
        let _ = app.update(PageDown);
    }
    assert_eq!(
        app.topic_index(),
        app.reading.guide.sections[3].topics.len() - 1,
        "stops at the last"
    );
    let _ = app.update(PageUp);
    assert_eq!(
        app.topic_index(),
        app.reading.guide.sections[3].topics.len() - 1 - shown
    );
}

#[test]
fn the_reader_pages_by_touch_with_its_up_and_more_buttons() {
    let mut app = app_at(60, 14);
    let _ = run(&mut app, &[Section(3), Down, Down, Enter]);
    let s = screen(&app);
    assert!(s.contains("▼ More") && !s.contains("▲ Up"), "{s}");
    let _ = tap(&mut app, "▼ More");
    assert!(app.scroll() > 0, "More pages down");
    let _ = tap(&mut app, "▲ Up");
    assert_eq!(app.scroll(), 0, "Up pages back");
    let _ = app.update(Bottom);
    assert!(!screen(&app).contains("▼ More"), "no More at the end");
}

/// The one drain both shells use (`App::drain`): each effect carried out in order, the shell's
/// answer told to the app (a save said in My questions), and a quit ending it with what came
/// after left undone.
#[test]
fn the_drain_carries_out_effects_in_order_and_stops_at_a_quit() {
    use patient_guide::app::Effect;
    let mut app = app_at(80, 24);
    let path = std::path::PathBuf::from("/tmp/my-questions.txt");
    let answer = |e: &Effect| match e {
        Effect::SaveQuestions(_) => Some(Message::Saved {
            path: path.clone(),
            error: None,
        }),
        _ => None,
    };
    let effects = vec![
        Effect::Log("first".into()),
        Effect::SaveQuestions("Q".into()),
        Effect::Log("last".into()),
    ];
    let mut done = Vec::new();
    let quit = app.drain(effects.clone(), |e, _| {
        let a = answer(&e);
        done.push(e);
        a
    });
    assert!(!quit);
    assert_eq!(done, effects);
    let said = app.questions.status.clone().unwrap_or_default();
    assert!(said.contains("my-questions.txt"), "{said}");
    let mut done = Vec::new();
    let quit = app.drain(
        vec![
            Effect::Log("a".into()),
            Effect::Quit,
            Effect::Log("b".into()),
        ],
        |e, _| {
            done.push(e);
            None
        },
    );
    assert!(quit);
    assert_eq!(done, vec![Effect::Log("a".into())]);
}

/// The scroll buttons are drawn where the record of the screen puts them (`App::targets`, the
/// one place that decides), and a tap there pages that way: the reading pane's and a window's.
#[test]
fn scroll_buttons_are_drawn_and_tapped_where_the_record_puts_them() {
    use patient_guide::action::Way;
    use ratatui::layout::Position;
    let mut reading = app_at(60, 14);
    let _ = run(&mut reading, &[Section(3), Down, Down, Enter, PageDown]);
    let mut window = long_at(80, 24);
    let _ = window.update(Sources);
    let _ = window.update(WindowWheel(Way::Down));
    for (app, pages) in [
        (&reading, reading.targets().reader_pages.clone()),
        (&window, window.targets().window_pages.clone()),
    ] {
        assert_eq!(pages.len(), 2, "both ways: {pages:?}");
        let buf = draw(app);
        for p in pages {
            let drawn: String = (p.area.x..p.area.right())
                .map(|x| buf[(x, p.area.y)].symbol().to_string())
                .collect();
            let label = if p.way == Way::Up {
                "▲ Up"
            } else {
                "▼ More"
            };
            let action = if app.window_kind().is_some() {
                WindowPage(p.way)
            } else {
                ReaderPage(p.way)
            };
            assert_eq!(drawn.trim(), label);
            let at = Position::new(p.area.x + 1, p.area.y);
            assert_eq!(app.targets().tap(at), Some(action));
        }
    }
}

// The long fixture: the small one's sources window (one source) fits on one page even at the
// smallest size.
#[test]
fn windows_page_by_touch_and_close_with_their_button() {
    let mut app = long_at(80, 24);
    let _ = app.update(Sources);
    let _ = tap(&mut app, "▼ More");
    assert!(app.windows.scroll > 0, "More pages the window down");
    for _ in 0..10 {
        if !screen(&app).contains("▼ More") {
            break;
        }
        let _ = tap(&mut app, "▼ More");
    }
    assert_eq!(app.windows.scroll, app.window_max_scroll());
    assert!(
        screen(&app).contains("[7]"),
        "the last source is reachable by touch"
    );
    let before = app.windows.scroll;
    let _ = tap(&mut app, "▲ Up");
    assert!(app.windows.scroll < before, "Up pages back");
    let _ = tap(&mut app, "Close: Esc or click here");
    assert_eq!(app.window_kind(), None);
}

/// The routing order, as a patient meets it: the urgent pages over any window, a window's keys
/// before the panes', the language anywhere; in a kiosk the staff PIN takes everything but what
/// works anywhere, and the idle countdown takes everything.
#[test]
fn each_action_goes_to_the_first_part_of_the_app_that_takes_it() {
    use patient_guide::app::Route;
    let mut app = app_at(100, 30);
    assert_eq!(app.route(&Down), Route::Panes);
    assert_eq!(app.route(&GetHelp), Route::Urgent);
    assert_eq!(app.route(&ReadAloud), Route::Aloud);
    let _ = app.update(Search);
    assert_eq!(app.route(&Down), Route::Window);
    assert_eq!(app.route(&KeyFacts), Route::Urgent);
    assert_eq!(app.route(&Language), Route::Anywhere);
    // Guides in the guides window is that window's own key, not "open the guides" again.
    let _ = app.update(Back);
    let _ = app.update(Guides);
    assert_eq!(app.route(&Guides), Route::Window);

    let hash = patient_guide::kiosk::pin::hash("2468").unwrap();
    let mut kiosk = kiosk_at(100, 30, Some(hash));
    assert_eq!(kiosk.route(&Down), Route::Welcome);
    let _ = kiosk.update(Enter);
    let _ = kiosk.update(StaffExit);
    assert_eq!(kiosk.route(&GetHelp), Route::Pin);
    assert_eq!(kiosk.route(&TextSize), Route::Anywhere);
    let _ = kiosk.tell(Message::IdleWarning(5));
    assert_eq!(kiosk.route(&GetHelp), Route::Countdown);
    assert_eq!(kiosk.route(&StaffExit), Route::Countdown);
}

/// While the window is too small to show anything but "Please enlarge the window", no key acts
/// unseen (until 2026-12-06 Down, `/` or `l` changed the guide behind the message); Ctrl-C
/// quits, `q` quits when no question would be lost, and at a size that fits all works again.
#[test]
fn nothing_acts_unseen_while_the_window_is_too_small() {
    use patient_guide::app::Route;
    let mut app = app_at(100, 30);
    let _ = app.tell(Message::Resize(30, 10));
    let before = (app.reading.section, app.topic_index(), app.look.view);
    for action in [
        Down,
        Search,
        GetHelp,
        Language,
        TextSize,
        Section(3),
        AddQuestion,
    ] {
        assert_eq!(app.route(&action), Route::TooSmall, "{action:?}");
        assert!(!quits(&app.update(action)));
    }
    assert_eq!(
        (app.reading.section, app.topic_index(), app.look.view),
        before
    );
    assert_eq!(app.window_kind(), None);
    assert!(screen(&app).contains("Please enlarge the window"));
    assert!(quits(&app.update(Quit)), "q quits: nothing would be lost");
    assert!(quits(&app.update(QuitNow)));
    // Back at a size that fits, keys act again.
    let _ = app.tell(Message::Resize(100, 30));
    let _ = app.update(Search);
    assert_eq!(app.window_kind(), Some(WindowKind::Search));
    // With a question not saved, `q` does not open the question to quit unseen.
    let mut app = app_at(100, 30);
    let _ = run(&mut app, &[Section(4), AddQuestion, Enter]);
    assert_eq!(app.questions.list.len(), 1);
    let _ = app.tell(Message::Resize(30, 10));
    assert!(!quits(&app.update(Quit)));
    assert_eq!(app.window_kind(), None);
}

/// Every window takes a tap as its module's `TOUCH` says: outside it or on its bottom border,
/// every window closes but the one a patient is writing in; on its top border, only the
/// windows that only show something (and the staff PIN) close. At 80x24 and 120x40.
#[test]
fn every_window_takes_a_tap_as_its_touch_says() {
    use patient_guide::action::{Action, Seek};
    use patient_guide::app::{Elsewhere, View, touch};
    use patient_guide::guide::{generate, validate::parse_guide};
    use patient_guide::layout;
    type Open = fn(u16, u16) -> App;
    use Elsewhere::*;
    fn reading(w: u16, h: u16, actions: &[Action]) -> App {
        let mut app = app_at(w, h);
        let _ = run(&mut app, actions);
        app
    }
    let openers: Vec<(&str, Elsewhere, Open)> = vec![
        ("about", ClosesAnywhere, |w, h| {
            reading(w, h, &[Action::About])
        }),
        ("help", Closes, |w, h| reading(w, h, &[Action::Help])),
        ("sources", Closes, |w, h| reading(w, h, &[Action::Sources])),
        ("search", Closes, |w, h| reading(w, h, &[Action::Search])),
        ("add a question", Closes, |w, h| {
            reading(w, h, &[Action::AddQuestion])
        }),
        ("my questions", Closes, |w, h| {
            reading(w, h, &[Action::MyQuestions])
        }),
        ("write a question", Ignored, |w, h| {
            reading(w, h, &[Action::MyQuestions, Action::WriteQuestion])
        }),
        ("confirm quit", Closes, |w, h| {
            reading(w, h, &[Action::AddQuestion, Action::Enter, Action::Quit])
        }),
        ("a term", ClosesAnywhere, |w, h| {
            reading(
                w,
                h,
                &[Action::Focus(Pane::Reader), Action::Define(Seek::Next)],
            )
        }),
        ("steps", Closes, |w, h| {
            reading(
                w,
                h,
                &[
                    Action::Section(2),
                    Action::Focus(Pane::Reader),
                    Action::Steps,
                ],
            )
        }),
        ("quiz", Closes, |w, h| {
            reading(w, h, &[Action::CheckYourself])
        }),
        ("guides", Closes, |w, h| {
            let mut guides = vec![fixture()];
            guides.extend(
                generate::library(3, 4, 300)
                    .iter()
                    .map(|(name, text)| parse_guide(name, text).unwrap()),
            );
            let mut app = App::with(guides, 0, w, h, View::default(), None);
            let _ = run(&mut app, &[Action::Back, Action::Guides]);
            app
        }),
        ("staff PIN", OnlyCloses, |w, h| {
            let mut app = kiosk_at(w, h, Some(crate::kiosk::pin_hash()));
            let _ = run(&mut app, &[Action::Enter, Action::StaffExit]);
            app
        }),
    ];
    // Every kind of window, each once.
    let kinds: std::collections::BTreeSet<String> = openers
        .iter()
        .map(|(name, _, open)| {
            let kind = open(120, 40).window_kind();
            let kind = format!("{kind:?}");
            assert!(kind != "None", "{name} did not open");
            kind.split('(').nth(1).unwrap_or_default().to_string()
        })
        .collect();
    assert_eq!(kinds.len(), openers.len(), "{kinds:?}");
    for (w, h) in [(80, 24), (120, 40)] {
        for (name, rule, open) in &openers {
            let rule = *rule;
            let app = open(w, h);
            let kind = app
                .window_kind()
                .unwrap_or_else(|| panic!("{name} did not open at {w}x{h}"));
            assert_eq!(touch(kind).elsewhere, rule, "{name}'s TOUCH");
            let frame = layout::window_area(app.look.screen.windows());
            let outside = (frame.x.saturating_sub(1), frame.y + frame.height / 2);
            let bottom = (frame.right() - 2, frame.bottom() - 1);
            let top = (frame.right() - 2, frame.y);
            for (place, (x, y), closes) in [
                ("outside", outside, rule != Elsewhere::Ignored),
                ("on its bottom border", bottom, rule != Elsewhere::Ignored),
                (
                    "on its top border",
                    top,
                    matches!(rule, Elsewhere::ClosesAnywhere | Elsewhere::OnlyCloses),
                ),
            ] {
                assert!(frame.x > 0, "{name} at {w}x{h}: no room outside the window");
                let mut app = open(w, h);
                let _ = click(&mut app, x, y);
                assert_eq!(
                    app.window_kind().is_none(),
                    closes,
                    "{name} ({rule:?}) at {w}x{h}, a tap {place} at ({x}, {y}):\n{}",
                    screen(&app)
                );
            }
        }
    }
}
