//! Choosing a guide among many (issue 16): the guides window by key (`o`), by typing and by
//! tap, at 80x24 and 200x60; grouped by category; the guide being read named on screen; a
//! guide known only by its header checked before it opens; search across the library naming
//! each result's guide; and the screen-reader mode's list.

use crate::common;
use common::*;
use patient_guide::action::{Action::*, Loaded};
use patient_guide::action::{Message, Way};
use patient_guide::app::{App, Effect, View};
use patient_guide::doc::pages::WindowKind;
use patient_guide::guide::{Guide, generate, validate::parse_guide};
use patient_guide::i18n::Lang;

/// The fixture guide (English and Spanish) and five generated guides, each its own medicine,
/// condition and category.
fn shelf() -> Vec<Guide> {
    let mut guides = fixture_library();
    guides.extend(
        generate::library(5, 4, 300)
            .iter()
            .map(|(name, text)| parse_guide(name, text).unwrap()),
    );
    guides
}

/// The fixture guide and `n` generated guides.
fn fixture_and_generated(n: usize) -> Vec<Guide> {
    let mut guides = vec![fixture()];
    guides.extend(
        generate::library(n, 4, 300)
            .iter()
            .map(|(name, text)| parse_guide(name, text).unwrap()),
    );
    guides
}

fn app_on(guides: Vec<Guide>, w: u16, h: u16, lang: Lang) -> App {
    let view = View {
        lang,
        ..View::default()
    };
    App::with(guides, 0, w, h, view, None)
}

fn title_row(app: &App) -> String {
    screen(app).lines().next().unwrap().to_string()
}

#[test]
fn the_guides_window_lists_every_medicine_by_category_at_both_sizes() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut app = app_on(shelf(), w, h, Lang::En);
        assert!(app.offers_guides());
        let _ = app.update(Back);
        let s = screen(&app);
        assert!(
            s.contains("o Guides"),
            "the footer offers it at {w}x{h}:\n{s}"
        );
        let _ = app.update(Guides);
        assert_eq!(app.window_kind(), Some(WindowKind::Guides));
        let s = screen(&app);
        assert!(s.contains("Find a guide: _"), "{s}");
        // The guide being read is marked and in view; the fixture is listed once, in the
        // interface's language.
        assert!(s.contains("Fixture (examplumab) (reading now)"), "{s}");
        assert_eq!(
            s.matches("Fixture (examplumab)").count(),
            2,
            "title row and list:\n{s}"
        );
        assert!(!s.contains("una afección de prueba"), "{s}");
        if h >= 60 {
            // All of it in view: one entry per medicine, grouped under categories in order.
            assert!(s.contains("6 guides."), "{s}");
            let tests = s.find("Test conditions").unwrap();
            let diabetes = s.find("Diabetes").unwrap();
            assert!(diabetes < tests, "categories in order:\n{s}");
        }
    }
}

#[test]
fn guides_window_at_80x24() {
    let mut app = app_on(shelf(), 80, 24, Lang::En);
    let _ = app.update(Back);
    let _ = app.update(Guides);
    insta::assert_snapshot!("guides_80x24", screen(&app));
}

#[test]
fn guides_window_at_200x60() {
    let mut app = app_on(shelf(), 200, 60, Lang::En);
    let _ = app.update(Back);
    let _ = app.update(Guides);
    insta::assert_snapshot!("guides_200x60", screen(&app));
}

#[test]
fn keys_move_and_enter_opens_the_guide_with_its_about_window() {
    let mut app = app_on(shelf(), 80, 24, Lang::En);
    let _ = app.update(Back);
    let _ = app.update(Guides);
    // The guide being read is highlighted; Home moves nothing in a text box; Up goes to the
    // guide above it.
    let before: Vec<String> = app
        .guides_listed()
        .iter()
        .map(|h| h.id.to_string())
        .collect();
    let at = before.iter().position(|id| id == "fixture").unwrap();
    assert!(at > 0);
    let _ = app.update(Up);
    let _ = app.update(Enter);
    assert_eq!(app.reading.guide.id, before[at - 1]);
    assert_eq!(
        app.window_kind(),
        Some(WindowKind::About),
        "a new guide says what it is first"
    );
    let row = title_row(&app);
    assert!(
        row.contains(&app.reading.guide.title),
        "the open guide is named: {row}"
    );
    // Esc reads it; `o` again marks it as the one being read.
    let _ = app.update(Back);
    let _ = app.update(Guides);
    let s = screen(&app);
    assert!(
        s.contains(&format!("{} (reading now)", app.reading.guide.title)),
        "{s}"
    );
}

#[test]
fn typing_narrows_the_list_by_medicine_generic_name_or_condition() {
    let mut app = app_on(shelf(), 200, 60, Lang::En);
    let _ = app.update(Back);
    let _ = app.update(Guides);
    for (typed, expect) in [
        ("exampl", "fixture"),
        ("FIXTURE", "fixture"),
        ("asthma", "mikami-2"),
        ("blood pres", "trekatre-3"),
        ("diabetes", "zokazo-1"),
    ] {
        type_text(&mut app, typed);
        let listed: Vec<String> = app
            .guides_listed()
            .iter()
            .map(|h| h.id.to_string())
            .collect();
        assert_eq!(listed, vec![expect.to_string()], "{typed}");
        let s = screen(&app);
        assert!(s.contains(&format!("Find a guide: {typed}_")), "{s}");
        assert!(s.contains("1 guide."), "{s}");
        // Esc erases what was typed; the window stays.
        let _ = app.update(Back);
        assert_eq!(app.window_kind(), Some(WindowKind::Guides));
    }
    type_text(&mut app, "zzz");
    let s = screen(&app);
    assert!(s.contains("No guide matches \"zzz\""), "{s}");
    let _ = app.update(Enter);
    assert_eq!(app.reading.guide.id, "fixture", "nothing to open");
    let _ = app.update(Back);
    let _ = app.update(Back);
    assert_eq!(
        app.window_kind(),
        None,
        "Esc closes the window once nothing is typed"
    );
}

#[test]
fn a_tap_on_a_guide_opens_it_at_both_sizes() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut app = app_on(shelf(), w, h, Lang::En);
        let _ = app.update(Back);
        let _ = app.update(Guides);
        let (x, y) = click_point(&app, "Mikamix (mikamiumab)");
        let _ = click(&mut app, x, y);
        assert_eq!(app.reading.guide.id, "mikami-2", "{w}x{h}");
        assert_eq!(app.window_kind(), Some(WindowKind::About));
        // And the footer's button opens the window again.
        let _ = app.update(Back);
        let (x, y) = click_point(&app, "o Guides");
        let _ = click(&mut app, x, y);
        assert_eq!(app.window_kind(), Some(WindowKind::Guides), "{w}x{h}");
    }
}

#[test]
fn one_medicine_offers_no_guides_window() {
    // A guide and its translation are one medicine.
    let mut app = app_on(fixture_library(), 80, 24, Lang::En);
    assert!(!app.offers_guides());
    let _ = app.update(Back);
    assert!(!screen(&app).contains("o Guides"));
}

#[test]
fn in_spanish_the_list_has_the_spanish_guide_under_its_spanish_category() {
    let mut app = app_on(shelf(), 200, 60, Lang::Es);
    let _ = app.update(Back);
    let _ = app.update(Guides);
    let s = screen(&app);
    assert!(s.contains("Buscar una guía: _"), "{s}");
    assert!(s.contains("Afecciones de prueba"), "{s}");
    assert!(s.contains("Para: una afección de prueba"), "{s}");
    type_text(&mut app, "afeccion");
    let listed: Vec<String> = app
        .guides_listed()
        .iter()
        .map(|h| h.id.to_string())
        .collect();
    assert_eq!(listed, vec!["fixture-es".to_string()]);
}

#[test]
fn a_guide_known_by_its_header_is_checked_before_it_opens() {
    let others: Vec<(String, String)> = generate::library(4, 4, 300);
    let first = parse_guide(&others[0].0, &others[0].1).unwrap();
    let headers: Vec<_> = others
        .iter()
        .map(|(name, text)| patient_guide::guide::header::of_text(name, text).unwrap())
        .collect();
    let mut app = App::with(vec![first], 0, 200, 60, View::default(), None)
        .with_catalogue(headers)
        .choosing_first();
    assert_eq!(
        app.window_kind(),
        Some(WindowKind::Guides),
        "it starts on the list"
    );
    let listed: Vec<String> = app
        .guides_listed()
        .iter()
        .map(|h| h.id.to_string())
        .collect();
    assert_eq!(listed.len(), 4);
    // Not checked yet: the shell is asked to check its file.
    type_text(&mut app, "asthma");
    let effects = app.update(Enter);
    assert_eq!(
        effects,
        vec![Effect::Check(vec!["mikami-2.toml".to_string()])]
    );
    assert_eq!(
        app.window_kind(),
        Some(WindowKind::Guides),
        "nothing is shown yet"
    );
    // Not valid: never shown, off the list, and the patient is told why.
    let _ = app.tell(Message::Unchecked {
        origin: "mikami-2.toml".into(),
        why: "mikami-2.toml:12:1: unknown key `sites`".into(),
    });
    assert_ne!(app.reading.guide.id, "mikami-2");
    assert!(title_row(&app).contains("This guide has a problem and is not shown"));
    let _ = app.update(Back);
    assert!(app.guides_listed().iter().all(|h| h.id != "mikami-2"));
    // Valid: it opens.
    let _ = app.update(Back);
    let _ = app.update(Guides);
    type_text(&mut app, "pressure");
    let effects = app.update(Enter);
    assert_eq!(
        effects,
        vec![Effect::Check(vec!["trekatre-3.toml".to_string()])]
    );
    let checked = parse_guide(&others[3].0, &others[3].1).unwrap();
    let _ = app.tell(Message::Checked(Loaded::new(vec![checked], 0)));
    assert_eq!(app.reading.guide.id, "trekatre-3");
    assert_eq!(app.window_kind(), Some(WindowKind::About));
}

#[test]
fn at_start_the_guide_behind_the_list_says_what_it_is_when_chosen_or_on_esc() {
    let guides = shelf();
    for key in [Enter, Back] {
        let mut app = App::with(guides.clone(), 0, 80, 24, View::default(), None).choosing_first();
        assert_eq!(app.window_kind(), Some(WindowKind::Guides));
        let _ = app.update(key.clone());
        assert_eq!(app.window_kind(), Some(WindowKind::About), "{key:?}");
    }
}

/// Before its first frame a desktop reads only the head of the bundled guide it opens on
/// (`bundle::prepared_first`); the library handed over after it holds that guide whole, and
/// from then on every topic reads as in an app started on the whole guides.
#[test]
fn a_guide_opened_as_its_head_reads_whole_once_the_library_comes() {
    use patient_guide::guide::bundle;
    let whole = bundle::prepared().expect("the prepared guides are current");
    for lang in Lang::ALL {
        let view = View {
            lang,
            ..View::default()
        };
        let head_app = || {
            let head = bundle::prepared_first(lang).unwrap();
            App::with(vec![head], 0, 200, 60, view, None).with_head_only()
        };
        // The first frame is the same from the head as from the whole guide, at both sizes and
        // behind the About window and after it.
        for (w, h) in [(80, 24), (200, 60)] {
            let head = bundle::prepared_first(lang).unwrap();
            let mut from_head = App::with(vec![head], 0, w, h, view, None).with_head_only();
            let mut from_whole = App::with(whole.clone(), 0, w, h, view, None);
            assert_eq!(screen(&from_head), screen(&from_whole), "{lang:?} {w}x{h}");
            let _ = from_head.update(Back);
            let _ = from_whole.update(Back);
            assert_eq!(screen(&from_head), screen(&from_whole), "{lang:?} {w}x{h}");
        }
        let mut fresh = App::with(whole.clone(), 0, 200, 60, view, None);
        let mut app = head_app();
        let _ = app.tell(Message::Library(Loaded::new(whole.clone(), 0)));
        let mine = whole
            .iter()
            .find(|g| g.origin == app.reading.guide.origin)
            .unwrap();
        assert_eq!(&*app.reading.guide, mine, "{lang:?}");
        // A topic the guide does not open on: its text is there now, and was not in the head.
        let mut head_only = head_app();
        for section in 0..mine.sections.len() {
            let actions = [Back, Section(section)];
            let _ = run(&mut app, &actions);
            let _ = run(&mut fresh, &actions);
            let _ = run(&mut head_only, &actions);
            assert_eq!(screen(&app), screen(&fresh), "{lang:?} section {section}");
        }
        assert_ne!(
            screen(&head_only),
            screen(&fresh),
            "{lang:?}: the head is not whole"
        );
        // A head is never kept, even if the library came without its guide.
        let mut app = head_app();
        let _ = app.tell(Message::Library(Loaded::new(vec![fixture()], 0)));
        assert_eq!(*app.reading.guide, fixture(), "{lang:?}");
    }
}

#[test]
fn the_whole_library_replaces_the_headers_and_keeps_the_open_guide() {
    let guides = shelf();
    let mut app = App::with(vec![guides[0].clone()], 0, 80, 24, View::default(), None)
        .with_catalogue(guides.iter().map(Guide::header).collect());
    let _ = app.update(Back);
    let _ = app.tell(Message::Library(Loaded::new(guides[..4].to_vec(), 3)));
    assert_eq!(app.reading.guide.id, "fixture");
    assert!(
        title_row(&app).contains("3 guides have problems and are not shown"),
        "{}",
        title_row(&app)
    );
    let _ = app.update(Guides);
    assert_eq!(app.guides_listed().len(), 3, "the fixture and two others");
}

#[test]
fn search_across_the_library_names_each_results_guide_and_honours_a_named_medicine() {
    let mut guides: Vec<Guide> = generate::library(60, 6, 400)
        .iter()
        .map(|(name, text)| parse_guide(name, text).unwrap())
        .collect();
    guides.push(fixture());
    let mut index = patient_guide::search::Index::new(&guides);
    // Patient questions that name the medicine get that medicine's guide.
    for (query, guide, topic_words) in [
        ("fixture dose", "fixture", "your dose"),
        ("when is my examplumab dose due", "fixture", "your dose"),
        ("examplumab fever", "fixture", "get help now"),
        ("zokazox missed dose", "zokazo-1", ""),
        ("fixture", "fixture", ""),
    ] {
        let results = index.search(query);
        assert!(!results.hits.is_empty(), "{query}");
        for hit in results.hits.iter().take(3) {
            assert_eq!(guides[hit.place.guide].id, guide, "{query}: {}", hit.path);
            assert!(
                hit.path.starts_with(&guides[hit.place.guide].title),
                "the guide is named: {}",
                hit.path
            );
        }
        if !topic_words.is_empty() {
            let top3: Vec<String> = results
                .hits
                .iter()
                .take(3)
                .map(|h| h.path.to_lowercase())
                .collect();
            assert!(
                top3.iter().any(|p| p.contains(topic_words)),
                "{query}: {top3:?}"
            );
        }
    }
    // A question about no medicine in particular finds topics in many guides.
    let results = index.search("blood tests before you start");
    let mut named: Vec<usize> = results.hits.iter().map(|h| h.place.guide).collect();
    named.dedup();
    assert!(named.len() > 3, "{:?}", results.hits.len());
}

#[test]
fn the_screen_reader_mode_lists_the_guides_and_opens_one_by_number_or_words() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in generate::library(4, 4, 300) {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(["--screen-reader", "--guides"])
        .arg(dir.path())
        .env("LANG", "C.UTF-8")
        .env("XDG_CACHE_HOME", dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(b"pressure\n1\no\n3\nq\n")?;
            child.wait_with_output()
        })
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("4 guides:"), "{said}");
    assert!(
        said.contains("1. Zokazox (zokazoumab), For: type 2 diabetes"),
        "{said}"
    );
    assert!(
        said.contains("1 guide:\n1. Trekatrex (trekatreumab)"),
        "{said}"
    );
    assert!(
        said.contains("Trekatrex (trekatreumab). 4 sections"),
        "{said}"
    );
    // `o` lists them all again; 3 opens the third.
    assert!(
        said.contains("2. Trekatrex (trekatreumab), For: high blood pressure\n3. Mikamix"),
        "{said}"
    );
    assert!(said.contains("Mikamix (mikamiumab). 4 sections"), "{said}");
    assert!(
        said.contains("Type the number of a guide, words to narrow the list, or b"),
        "{said}"
    );
    assert!(said.is_ascii(), "plain ASCII for the screen reader");
}

#[test]
fn a_kiosk_with_more_guides_than_rows_offers_them_all_by_a_tap() {
    use patient_guide::app::Kiosk;
    let guides = fixture_and_generated(30);
    // (At 200x60 all 31 fit on the welcome screen; at 200x40 they do not.)
    for (w, h) in [(80, 24), (200, 40)] {
        let mut app = App::with(
            guides.clone(),
            0,
            w,
            h,
            View::default(),
            Some(Kiosk::default()),
        );
        assert!(app.welcome().is_some());
        let s = screen(&app);
        assert!(
            s.contains("All 31 guides: tap here, or press o"),
            "{w}x{h}:\n{s}"
        );
        let (x, y) = click_point(&app, "All 31 guides");
        let _ = click(&mut app, x, y);
        assert_eq!(app.window_kind(), Some(WindowKind::Guides), "{w}x{h}");
        type_text(&mut app, "asthma");
        let listed = app.guides_listed().len();
        assert!(listed >= 2, "every asthma guide of the 31: {listed}");
        let first = app.guides_listed()[0].id.to_string();
        let _ = app.update(Enter);
        assert_eq!(app.reading.guide.id, first);
        assert_eq!(app.window_kind(), None, "a kiosk opens the guide at once");
    }
    let app = App::with(guides, 0, 200, 60, View::default(), Some(Kiosk::default()));
    assert!(
        !screen(&app).contains("tap here, or press o"),
        "all fit: no extra row"
    );
}

#[test]
fn the_library_arriving_later_keeps_the_message_on_screen() {
    let guides = shelf();
    let mut app = App::with(vec![guides[0].clone()], 0, 80, 24, View::default(), None);
    let _ = app.update(Back);
    let _ = app.tell(Message::Unchecked {
        origin: "x.toml".into(),
        why: "x.toml:1:1: broken".into(),
    });
    assert!(app.look.notice.is_some());
    let _ = app.tell(Message::Library(Loaded::new(guides, 0)));
    assert!(
        app.look
            .notice
            .as_deref()
            .unwrap()
            .contains("x.toml:1:1: broken"),
        "{:?}",
        app.look.notice
    );
}

#[test]
fn a_kept_header_out_of_date_gives_way_to_the_checked_guide() {
    let others: Vec<(String, String)> = generate::library(3, 4, 300);
    let first = parse_guide(&others[0].0, &others[0].1).unwrap();
    let mut headers: Vec<_> = others
        .iter()
        .map(|(name, text)| patient_guide::guide::header::of_text(name, text).unwrap())
        .collect();
    // The kept catalogue still has the open guide's old title.
    headers[0].title = "An old title".into();
    let app = App::with(vec![first.clone()], 0, 200, 60, View::default(), None)
        .with_catalogue(headers)
        .choosing_first();
    let listed: Vec<String> = app
        .guides_listed()
        .iter()
        .map(|h| h.title.to_string())
        .collect();
    assert_eq!(listed.len(), 3, "{listed:?}");
    assert!(listed.contains(&first.title), "{listed:?}");
    assert!(!listed.iter().any(|t| t == "An old title"), "{listed:?}");
}

/// A list of guides longer than the window, at 80x24 and 200x40: PageDown moves the highlight a
/// window's height down and the list follows it, PageUp brings it back; a tap on the window's
/// "More" does as PageDown; the wheel scrolls the list and leaves the highlight. (Until
/// 2026-12-06 keeping the highlighted guide in view undid each page and each wheel step.)
#[test]
fn pages_move_through_a_long_list_of_guides_and_the_wheel_scrolls_it() {
    let guides = fixture_and_generated(40);
    let sel = |app: &App| match app.window() {
        Some(patient_guide::app::Window::Guides(p)) => p.sel,
        other => panic!("the guides window is not open: {other:?}"),
    };
    for (w, h) in [(80, 24), (200, 40)] {
        let mut app = app_on(guides.clone(), w, h, Lang::En);
        if app.window_kind() != Some(WindowKind::Guides) {
            let _ = app.update(Guides);
        }
        // (The guide being read is highlighted at first; a letter typed and erased goes to the
        // top of the whole list.)
        type_text(&mut app, "a");
        let _ = app.update(TypeErase);
        assert_eq!((sel(&app), app.windows.scroll), (0, 0), "{w}x{h}");
        let _ = app.update(PageDown);
        let (one, scroll) = (sel(&app), app.windows.scroll);
        assert!(one > 3 && scroll > 0, "{w}x{h}: sel {one}, scroll {scroll}");
        let name = app.guides_listed()[one].title.to_string();
        assert!(screen(&app).contains(&name), "{w}x{h}: {name} in view");
        let _ = app.update(PageDown);
        assert!(sel(&app) > one, "{w}x{h}: a second page goes further");
        let _ = app.update(PageUp);
        let _ = app.update(PageUp);
        assert_eq!((sel(&app), app.windows.scroll), (0, 0), "{w}x{h}: back up");
        // The window's "More" at its bottom edge.
        let _ = tap(&mut app, "More");
        assert_eq!(
            sel(&app),
            one,
            "{w}x{h}: a tap on More pages as PageDown does"
        );
        let _ = app.update(PageUp);
        // The wheel: the list moves, the highlight stays.
        let first = app.guides_listed()[0].title.to_string();
        let (x, y) = click_point(&app, &first);
        for _ in 0..3 {
            let _ = wheel(&mut app, x, y, Way::Down);
        }
        assert_eq!(sel(&app), 0, "{w}x{h}");
        assert!(app.windows.scroll >= 3, "{w}x{h}: {}", app.windows.scroll);
    }
}
