//! The app started on a folder's headers (a kept catalogue): the listing made at start, and a
//! catalogue read only as far as the first frame lists.

use crate::common::*;
use patient_guide::action::Action::*;
use patient_guide::action::Message;
use patient_guide::app::{App, View};
use patient_guide::guide::{generate, validate::parse_guide};
use patient_guide::i18n::Lang;

/// The listing made at start to find the guide to open first is taken by the app only while it
/// holds: the same headers in the same language, the open guide's header unchanged.
#[test]
fn a_listing_made_at_start_is_taken_only_while_it_holds() {
    use patient_guide::guide::catalogue::Catalogue;
    use patient_guide::guide::header::listing;
    let others: Vec<(String, String)> = generate::library(6, 6, 300);
    let headers: Vec<_> = others
        .iter()
        .map(|(name, text)| patient_guide::guide::header::of_text(name, text).unwrap())
        .collect();
    let made = listing(&headers, Lang::En, |_| false);
    let first = parse_guide(&others[made[0]].0, &others[made[0]].1).unwrap();
    let ids = |app: &App| -> Vec<String> {
        app.guides_listed()
            .iter()
            .map(|h| h.id.to_string())
            .collect()
    };
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
    // Taken: it is the listing the app would make.
    assert_eq!(ids(&open(Some((Lang::En, made.clone())))), fresh);
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

/// A kept catalogue of 70 guides read only as far as the first frame lists (50): the guides
/// window already counts all 70 and shows the 20 more; once the first frame is up
/// (`Message::FirstFrame`) the rest is read, listed in order after the others, and typing finds
/// a guide from it. The screen does not change when it is read.
#[test]
fn a_catalogue_read_in_part_lists_every_guide_once_the_first_frame_is_up() {
    use patient_guide::app::MAX_LISTED;
    use patient_guide::guide::{catalogue, header};
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("guides");
    std::fs::create_dir(&folder).unwrap();
    let file = dir.path().join("catalogue.txt");
    let texts = generate::library(70, 2, 100);
    let headers: Vec<_> = texts
        .iter()
        .map(|(name, text)| {
            header::of_text(&folder.join(name).display().to_string(), text).unwrap()
        })
        .collect();
    catalogue::keep(&folder, &file, &headers);
    let whole = catalogue::cached(&folder, &file, Lang::En).unwrap();
    let part = catalogue::cached_head(&folder, &file, Lang::En, MAX_LISTED).unwrap();
    assert_eq!(part.headers.len(), MAX_LISTED);
    assert_eq!(
        part.unread.as_ref().map(|u| u.listed),
        Some(70 - MAX_LISTED)
    );
    let (_, order) = whole.listed.clone().unwrap();
    let first_header = &whole.headers[order[0]];
    let (_, text) = texts
        .iter()
        .find(|(name, _)| first_header.origin.ends_with(name.as_str()))
        .unwrap();
    let first = parse_guide(&first_header.origin, text).unwrap();
    let open = |catalogue| {
        App::with(vec![first.clone()], 0, 100, 30, View::default(), None)
            .with_catalogue_listed(catalogue)
            .choosing_first()
    };
    let ids = |app: &App| -> Vec<String> {
        app.guides_listed()
            .iter()
            .map(|h| h.id.to_string())
            .collect()
    };
    let mut app = open(part);
    let at_first = screen(&app);
    assert!(at_first.contains("70 guides."), "{at_first}");
    assert_eq!(ids(&app).len(), MAX_LISTED);
    let last = whole.headers[order[69]].title.to_string();
    let last_id = whole.headers[order[69]].id.to_string();
    let _ = tell(&mut app, vec![Message::FirstFrame]);
    assert_eq!(screen(&app), at_first, "the screen is the same");
    // The same list as an app given the whole catalogue at once.
    let all = open(whole);
    assert_eq!(ids(&app), ids(&all));
    assert_eq!(ids(&app).len(), 70);
    // A guide only in the part read after the first frame is found by typing.
    let _ = run(&mut app, &[TypeChar(last.chars().next().unwrap())]);
    for c in last.chars().skip(1) {
        let _ = run(&mut app, &[TypeChar(c)]);
    }
    assert!(screen(&app).contains(&last), "{}", screen(&app));
    assert!(ids(&app).contains(&last_id), "{:?}", ids(&app));
}
