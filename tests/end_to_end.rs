//! The real binary in a pseudo terminal: start-up, keys, clicks, the kiosk, updates, languages, the screen-reader mode.
//! One test binary for these (each `tests/*.rs` used to be its own, each linking the whole
//! program).

mod common;

#[path = "e2e.rs"]
mod e2e;
#[path = "e2e_counts.rs"]
mod e2e_counts;
#[path = "e2e_guides.rs"]
mod e2e_guides;
#[path = "e2e_kiosk.rs"]
mod e2e_kiosk;
#[path = "e2e_kiosk_more.rs"]
mod e2e_kiosk_more;
#[path = "e2e_languages.rs"]
mod e2e_languages;
#[path = "e2e_updates.rs"]
mod e2e_updates;
#[path = "screen_reader.rs"]
mod screen_reader;
