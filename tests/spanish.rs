//! The app in Spanish: the interface and the Kesimpta guide as a Spanish speaker sees them at
//! 80x24 and 200x60 (insta snapshots), borders whole around accents and ñ, the language changed
//! by a key or a tap keeping the patient's place, Spanish search, and the kiosk going back to its
//! own language after an idle reset.

use crate::common;
use common::*;
use patient_guide::action::Action::{self, *};
use patient_guide::action::Message;
use patient_guide::app::{App, Kiosk, View};
use patient_guide::i18n::Lang;
use patient_guide::search::Index;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

fn spanish() -> View {
    View {
        lang: Lang::Es,
        ..View::default()
    }
}

/// Every row of a box drawn whole: its corners and sides where the rectangle says, whatever
/// accents the text inside has.
fn assert_box_whole(buf: &Buffer, r: Rect, name: &str) {
    let at = |x: u16, y: u16| buf[(x, y)].symbol().to_string();
    let (left, right) = (r.x, r.right() - 1);
    for y in r.y + 1..r.bottom() - 1 {
        for x in [left, right] {
            assert!(
                ["│", "|"].contains(&at(x, y).as_str()),
                "{name}: the border at ({x}, {y}) is {:?}:\n{}",
                at(x, y),
                buffer_text(buf)
            );
        }
    }
    for (x, y) in [
        (left, r.y),
        (right, r.y),
        (left, r.bottom() - 1),
        (right, r.bottom() - 1),
    ] {
        assert!(
            ["┌", "┐", "└", "┘", "+"].contains(&at(x, y).as_str()),
            "{name}: the corner at ({x}, {y}) is {:?}:\n{}",
            at(x, y),
            buffer_text(buf)
        );
    }
}

/// The Spanish app (the whole library, as shipped) after `actions`, snapshotted at both sizes,
/// with the reading pane's or the window's box checked.
fn shot(name: &str, kiosk: bool, actions: &[Action]) {
    for (w, h) in SIZES {
        let settings = kiosk.then(Kiosk::default);
        let mut app = App::with(library(), 0, w, h, spanish(), settings);
        let _ = run(&mut app, actions);
        let buf = draw(&app);
        let text = buffer_text(&buf);
        assert!(
            text.contains('á') || text.contains('é') || text.contains('ó') || text.contains('ñ'),
            "{name}: Spanish shows:\n{text}"
        );
        if app.window_kind().is_some() {
            assert_box_whole(
                &buf,
                patient_guide::layout::window_area(app.look.screen.windows()),
                name,
            );
        } else if app.welcome().is_none() {
            assert_box_whole(&buf, app.look.screen.reader, name);
        }
        insta::assert_snapshot!(format!("es_{name}_{w}x{h}"), text);
    }
}

#[test]
fn every_screen_in_spanish_at_80x24_and_200x60() {
    shot("about", false, &[]);
    shot("key_facts", false, &[Back]);
    shot("help", false, &[Back, Help]);
    shot("dose_schedule", false, &[Back, Section(2), Enter]);
    shot("my_questions", false, &[Back, MyQuestions]);
    shot("quiz", false, &[Back, CheckYourself, Section(0)]);
    let mut search = vec![Back, Search];
    search.extend("pinchazo".chars().map(TypeChar));
    shot("search_pinchazo", false, &search);
    shot("kiosk_welcome", true, &[]);
    shot("kiosk_get_help", true, &[Enter, GetHelp]);
}

#[test]
fn spanish_text_has_no_combining_accents() {
    // A decomposed "é" (e and a combining accent) is two characters a terminal may draw as one
    // or two cells; written whole, as one character, it is always one.
    for (name, text) in [
        ("es.ftl", include_str!("../i18n/es.ftl")),
        (
            "kesimpta.es.toml",
            include_str!("../guide/kesimpta.es.toml"),
        ),
    ] {
        let combining = text.chars().find(|c| ('\u{300}'..='\u{36f}').contains(c));
        assert_eq!(combining, None, "{name} has a combining mark");
    }
}

fn topic_id(app: &App) -> String {
    app.topic().unwrap().id.clone()
}

#[test]
fn the_language_key_changes_interface_and_guide_and_keeps_the_place() {
    let mut app = App::with(fixture_library(), 0, 120, 40, View::default(), None);
    let _ = app.update(Back);
    let _ = app.update(Section(3));
    let _ = app.update(Down);
    let _ = app.update(Down);
    let (section, topic, id) = (app.reading.section, app.topic_index(), topic_id(&app));
    assert_eq!(
        (app.reading.guide.id.as_str(), id.as_str()),
        ("fixture", "numbers")
    );
    assert!(
        screen(&app).contains("L Español"),
        "the footer offers Spanish"
    );
    let _ = app.update(Language);
    assert_eq!(app.lang(), Lang::Es);
    assert_eq!(app.reading.guide.id, "fixture-es");
    assert_eq!(
        (app.reading.section, app.topic_index(), topic_id(&app)),
        (section, topic, id.clone())
    );
    let s = screen(&app);
    assert!(s.contains("Cuántos") && s.contains("L English"), "{s}");
    assert!(s.contains("Pedir ayuda"), "the footer in Spanish:\n{s}");
    // A tap on the footer's button goes back.
    let _ = tap(&mut app, "L English");
    assert_eq!(
        (app.lang(), app.reading.guide.id.as_str()),
        (Lang::En, "fixture")
    );
    assert_eq!(topic_id(&app), id);
}

/// The first three results: each topic's id and its guide's language.
fn top(index: &mut Index, query: &str) -> Vec<(String, Lang)> {
    let r = index.search(query);
    assert!(!r.hits.is_empty(), "nothing for {query:?}");
    let library = library();
    r.hits
        .iter()
        .take(3)
        .map(|hit| {
            let guide = &library[hit.place.guide];
            let topic = &guide.sections[hit.place.section].topics[hit.place.topic];
            (topic.id.clone(), guide.lang())
        })
        .collect()
}

#[test]
fn spanish_search_finds_what_patients_type() {
    let mut index = Index::new(&library());
    index.set_language(Lang::Es);
    for (query, want) in [
        (
            "pinchazo",
            ["getting-ready", "where-to-inject", "injection-reactions"].as_slice(),
        ),
        ("¿dónde me pongo la inyección?", &["where-to-inject"]),
        ("nevera", &["storage-and-travel"]),
        ("¿puedo usarlo si estoy embarazada?", &["pregnancy"]),
        ("se me olvidó una dosis", &["missed-dose"]),
        ("vacunas", &["vaccines"]),
        (
            "inyecciones",
            &[
                "getting-ready",
                "where-to-inject",
                "injection-reactions",
                "dose-schedule",
            ],
        ),
        ("higado", &["hepatitis-b"]),
    ] {
        let found = top(&mut index, query);
        assert!(
            found.iter().all(|(_, l)| *l == Lang::Es),
            "{query}: Spanish topics first: {found:?}"
        );
        assert!(
            found.iter().any(|(id, _)| want.contains(&id.as_str())),
            "{query}: none of {want:?} in the top 3: {found:?}"
        );
    }
    // A Spanish search lists the Spanish guide only, however many English topics share a
    // word ("hepatitis"), and the words US clinics use find the Spanish topic.
    for (query, want) in [
        ("hepatitis", "hepatitis-b"),
        ("nevera", "storage-and-travel"),
        ("mri", "trial-lesions"),
        ("shot", "getting-ready"),
    ] {
        let results = index.search(query);
        assert!(!results.hits.is_empty(), "{query}");
        let library = library();
        let langs: Vec<&str> = results
            .hits
            .iter()
            .map(|h| library[h.place.guide].language.as_str())
            .collect();
        assert!(langs.iter().all(|l| *l == "es"), "{query}: {langs:?}");
        let first = &results.hits[0];
        let topic =
            &library[first.place.guide].sections[first.place.section].topics[first.place.topic];
        assert_eq!(topic.id, want, "{query}");
    }
    // Only English has it: the English topics, said to be English.
    let sharps = index.search("sharps");
    assert!(
        sharps.hits[0].path.ends_with("(English)"),
        "{:?}",
        sharps.hits[0].path
    );
    // "PML", the name a US clinic uses, is in the Spanish topic too (the English name beside
    // LMP, since 2026-12-06): the Spanish topic, not the English one.
    let pml = index.search("pml");
    assert_eq!(
        pml.hits[0].path,
        "Kesimpta (ofatumumab) › Seguridad › LMP: una infección rara del cerebro"
    );
    // English words still find English topics in English.
    index.set_language(Lang::En);
    assert_eq!(
        top(&mut index, "missed dose")[0],
        ("missed-dose".into(), Lang::En)
    );
}

#[test]
fn the_kiosk_offers_the_languages_and_an_idle_reset_returns_to_its_own() {
    for default in Lang::ALL {
        let view = View {
            lang: default,
            ..View::default()
        };
        let mut app = App::with(fixture_library(), 0, 80, 24, view, Some(Kiosk::default()));
        assert_eq!(
            app.shelf().len(),
            1,
            "one entry per medicine, not one per language"
        );
        let other = default.next();
        let _ = tap(&mut app, other.name());
        assert_eq!(app.lang(), other);
        assert!(
            app.welcome().is_some(),
            "choosing a language stays on the welcome screen"
        );
        let _ = app.update(Enter);
        assert_eq!(app.reading.guide.lang(), other);
        let _ = app.tell(Message::IdleReset);
        assert!(app.welcome().is_some());
        assert_eq!(
            app.lang(),
            default,
            "the reset speaks the kiosk's language again"
        );
        let _ = app.update(Enter);
        assert_eq!(app.reading.guide.lang(), default);
    }
}

#[test]
fn a_typo_is_corrected_to_a_word_of_the_query_language_only() {
    let mut index = Index::new(&library());
    index.set_language(Lang::En);
    // "lopez" is two letters from Spanish "lapiz" (and English "lower"): an English search is
    // never turned into Spanish words, and never fuzzy-matched against Spanish titles.
    let r = index.search("maria lopez");
    let corrected = r.corrected.unwrap_or_default();
    assert!(
        !corrected.contains("lapiz") && !corrected.contains("marca"),
        "{corrected}"
    );
    let r = index.search("insurance");
    assert!(
        r.closest,
        "nothing matches, not a Spanish title by scattered letters: {r:?}"
    );
    assert!(
        r.hits
            .iter()
            .all(|h| library()[h.place.guide].lang() == Lang::En)
    );
    index.set_language(Lang::Es);
    let r = index.search("inyecion");
    assert_eq!(r.corrected.as_deref(), Some("inyeccion"), "{r:?}");
}

/// Issue 28: at 120 columns, every topic of both bundled guides is named whole in the topics
/// list (its short title where the title is wider than the list), and the list gives a title
/// exactly the columns `check` measures titles against (`title-cut`).
#[test]
fn every_topic_is_named_whole_in_the_list_at_120_columns() {
    use patient_guide::guide::lint::TOPIC_LIST_COLUMNS;
    use patient_guide::text::display_width;
    for view in [View::default(), spanish()] {
        let mut app = App::with(library(), 0, 120, 40, view, None);
        let _ = app.update(Back);
        let marker = display_width(patient_guide::doc::glyphs::UNICODE.marker) + 1;
        assert_eq!(
            usize::from(app.look.screen.list_rows().width) - marker,
            TOPIC_LIST_COLUMNS,
            "the lint measures what the list shows"
        );
        let list = app.look.screen.list_rows();
        for section in 0..app.reading.guide.sections.len() {
            let _ = app.update(Section(section));
            let buf = draw(&app);
            let rows: Vec<String> = (list.y..list.bottom())
                .map(|y| {
                    (list.x..list.right())
                        .map(|x| buf[(x, y)].symbol().to_string())
                        .collect::<String>()
                })
                .collect();
            let shown = rows.join("\n");
            for t in &app.reading.guide.sections[section].topics {
                let name = t
                    .short_title
                    .as_deref()
                    .filter(|_| display_width(&t.title) > TOPIC_LIST_COLUMNS);
                let name = name.unwrap_or(&t.title);
                assert!(
                    rows.iter().any(|r| r.trim_end().ends_with(name)),
                    "{:?}: topic `{}` is not named whole as \"{name}\":\n{shown}",
                    view.lang,
                    t.id
                );
            }
            assert!(
                !shown.contains('…'),
                "{:?}: a title is cut:\n{shown}",
                view.lang
            );
        }
    }
}

/// A guide with no translation stays as written when the language changes, and the app says so
/// (it used to change the menus without a word, which looks like the guide had changed too;
/// the screen-reader mode said "La guía ahora está en español").
#[test]
fn a_guide_with_no_translation_says_it_stays_as_written() {
    let mut app = App::with(vec![fixture()], 0, 80, 24, View::default(), None);
    let _ = app.update(Action::Enter);
    let _ = app.update(Action::Language);
    assert_eq!(app.lang(), Lang::Es);
    assert_eq!(app.reading.guide.lang(), Lang::En);
    let s = screen(&app);
    assert!(
        s.lines()
            .next()
            .unwrap()
            .contains("Menús en español. Esta guía no tiene traducción: sigue en inglés."),
        "{s}"
    );
    // The next key clears it; back in English nothing needs saying.
    let _ = app.update(Action::Down);
    assert!(!screen(&app).contains("no tiene traducción"));
    let _ = app.update(Action::Language);
    assert!(!screen(&app).contains("no translation"), "{}", screen(&app));
}
