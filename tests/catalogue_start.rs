//! The app started on a folder's headers (a kept catalogue): the listing made at start, and a
//! catalogue read only as far as the first frame lists.

use crate::common::*;
use patient_guide::action::Action::*;
use patient_guide::action::{Loaded, Message};
use patient_guide::app::{App, MAX_LISTED, View};
use patient_guide::guide::catalogue::{self, Catalogue};
use patient_guide::guide::{Guide, generate, header, validate::parse_guide};
use patient_guide::i18n::Lang;

/// The listing made at start to find the guide to open first is taken by the app only while it
/// holds: the same headers in the same language, the open guide's header unchanged.
#[test]
fn a_listing_made_at_start_is_taken_only_while_it_holds() {
    let others: Vec<(String, String)> = generate::library(6, 6, 300);
    let headers: Vec<_> = others
        .iter()
        .map(|(name, text)| header::of_text(name, text).unwrap())
        .collect();
    let made = header::listing(&headers, Lang::En, |_| false);
    let first = parse_guide(&others[made[0]].0, &others[made[0]].1).unwrap();
    let open = |listed| {
        App::with(vec![first.clone()], 0, 200, 60, View::default(), None)
            .with_catalogue_listed(Catalogue {
                headers: headers.clone(),
                listed,
                unread: None,
            })
            .choosing_first()
    };
    let fresh = ids(
        &App::with(vec![first.clone()], 0, 200, 60, View::default(), None)
            .with_catalogue(headers.clone())
            .choosing_first(),
    );
    assert_eq!(fresh.len(), 6);
    // Taken: it is the listing the app would make; and taken as it is, not made again (a
    // listing in the language, its last two guides swapped, is shown so).
    assert_eq!(ids(&open(Some((Lang::En, made.clone())))), fresh);
    let mut swapped = made.clone();
    swapped.swap(4, 5);
    let mut expected = fresh.clone();
    expected.swap(4, 5);
    assert_eq!(ids(&open(Some((Lang::En, swapped)))), expected);
    // Not taken: made in another language, or wrong (a stale catalogue) while the open
    // guide's header has changed since.
    let reversed: Vec<usize> = made.iter().rev().copied().collect();
    assert_eq!(ids(&open(Some((Lang::Es, reversed.clone())))), fresh);
    let mut stale = headers.clone();
    stale[made[0]].title = "Zzz, a title it no longer has".into();
    let app = App::with(vec![first.clone()], 0, 200, 60, View::default(), None)
        .with_catalogue_listed(Catalogue {
            headers: stale,
            listed: Some((Lang::En, reversed)),
            unread: None,
        })
        .choosing_first();
    assert_eq!(
        ids(&app),
        fresh,
        "the open guide's own header is listed afresh"
    );
}

/// A kept catalogue of 70 generated guides in `dir`: the folder, the catalogue file, the whole
/// catalogue read back, and the guide listed first, checked.
fn seventy(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf, Catalogue, Guide) {
    let folder = dir.join("guides");
    std::fs::create_dir(&folder).unwrap();
    let file = dir.join("catalogue.txt");
    let texts = generate::library(70, 2, 100);
    let headers: Vec<_> = texts
        .iter()
        .map(|(name, text)| {
            header::of_text(&folder.join(name).display().to_string(), text).unwrap()
        })
        .collect();
    catalogue::keep(&folder, &file, &headers);
    let whole = catalogue::cached(&folder, &file, Lang::En).unwrap();
    let (_, order) = whole.listed.clone().unwrap();
    let first_header = &whole.headers[order[0]];
    let (_, text) = texts
        .iter()
        .find(|(name, _)| first_header.origin.ends_with(name.as_str()))
        .unwrap();
    let first = parse_guide(&first_header.origin, text).unwrap();
    (folder, file, whole, first)
}

/// The app on `first`, started on the guides window over `catalogue`.
fn open(first: &Guide, catalogue: Catalogue) -> App {
    App::with(vec![first.clone()], 0, 100, 30, View::default(), None)
        .with_catalogue_listed(catalogue)
        .choosing_first()
}

/// The ids of the guides the guides window lists.
fn ids(app: &App) -> Vec<String> {
    app.guides_listed()
        .iter()
        .map(|h| h.id.to_string())
        .collect()
}

/// A kept catalogue of 70 guides read only as far as the first frame lists (50): the guides
/// window already counts all 70 and shows the 20 more; once the first frame is up
/// (`Message::FirstFrame`) the rest is read, listed in order after the others, and typing finds
/// a guide from it. The screen does not change when it is read.
#[test]
fn a_catalogue_read_in_part_lists_every_guide_once_the_first_frame_is_up() {
    let dir = tempfile::tempdir().unwrap();
    let (folder, file, whole, first) = seventy(dir.path());
    let part = catalogue::cached_head(&folder, &file, Lang::En, MAX_LISTED).unwrap();
    assert_eq!(part.headers.len(), MAX_LISTED);
    assert_eq!(
        part.unread.as_ref().map(|u| u.listed),
        Some(70 - MAX_LISTED)
    );
    let (_, order) = whole.listed.clone().unwrap();
    let mut app = open(&first, part);
    let at_first = screen(&app);
    assert!(at_first.contains("70 guides."), "{at_first}");
    assert_eq!(ids(&app).len(), MAX_LISTED);
    let last = whole.headers[order[69]].title.to_string();
    let last_id = whole.headers[order[69]].id.to_string();
    let applied = app.applied();
    let _ = tell(&mut app, vec![Message::FirstFrame]);
    assert_eq!(screen(&app), at_first, "the screen is the same");
    assert_eq!(app.applied(), applied, "nothing to draw again");
    // The same list as an app given the whole catalogue at once.
    let all = open(&first, whole);
    assert_eq!(ids(&app), ids(&all));
    assert_eq!(ids(&app).len(), 70);
    // A guide only in the part read after the first frame is found by typing.
    for c in last.chars() {
        let _ = run(&mut app, &[TypeChar(c)]);
    }
    assert!(screen(&app).contains(&last), "{}", screen(&app));
    assert!(ids(&app).contains(&last_id), "{:?}", ids(&app));
}

/// The lines left for after the first frame give way to what replaces or lists the catalogue
/// again before it: the library handed over (its own headers, nothing of the lines left), and a
/// change of language (every guide listed in the new one, each once).
#[test]
fn the_rest_of_a_catalogue_gives_way_to_the_library_and_to_a_new_language() {
    let dir = tempfile::tempdir().unwrap();
    let (folder, file, _, first) = seventy(dir.path());
    let part = || catalogue::cached_head(&folder, &file, Lang::En, MAX_LISTED).unwrap();
    let mut app = open(&first, part());
    let library = vec![first.clone(), kesimpta()];
    let _ = tell(
        &mut app,
        vec![
            Message::Library(Loaded::new(library, 0)),
            Message::FirstFrame,
        ],
    );
    assert_eq!(ids(&app).len(), 2, "{:?}", ids(&app));
    assert!(screen(&app).contains("2 guides."), "{}", screen(&app));
    let mut app = open(&first, part());
    let _ = run(&mut app, &[ChooseLanguage(Lang::Es)]);
    let _ = tell(&mut app, vec![Message::FirstFrame]);
    let listed = ids(&app);
    let mut once = listed.clone();
    once.sort();
    once.dedup();
    assert_eq!((listed.len(), once.len()), (70, 70));
}

/// A line of the catalogue damaged after the lines the first frame read: once the first frame
/// is up, the list keeps the 50 guides read and says so (the screen is drawn again), until the
/// library comes.
#[test]
fn a_damaged_line_after_the_first_frame_leaves_the_guides_read() {
    let dir = tempfile::tempdir().unwrap();
    let (folder, file, _, first) = seventy(dir.path());
    let text = std::fs::read_to_string(&file).unwrap();
    let damaged = format!("{}x\n", text.trim_end_matches('\n'));
    std::fs::write(&file, damaged).unwrap();
    assert!(catalogue::cached(&folder, &file, Lang::En).is_none());
    let part = catalogue::cached_head(&folder, &file, Lang::En, MAX_LISTED).unwrap();
    let mut app = open(&first, part);
    assert!(screen(&app).contains("70 guides."), "{}", screen(&app));
    let applied = app.applied();
    let _ = tell(&mut app, vec![Message::FirstFrame]);
    assert_ne!(app.applied(), applied, "drawn again");
    assert_eq!(ids(&app).len(), MAX_LISTED);
    assert!(screen(&app).contains("50 guides."), "{}", screen(&app));
}
