//! The app as a person sees it, without a terminal: state, keys, clicks and taps, every window and figure drawn on a TestBackend (insta snapshots), the kiosk, speech, search, print and the command-line lookups.
//! One test binary for these (each `tests/*.rs` used to be its own, each linking the whole
//! program).

mod common;

#[path = "app_state.rs"]
mod app_state;
#[path = "catalogue_start.rs"]
mod catalogue_start;
#[path = "contrast.rs"]
mod contrast;
#[path = "figures.rs"]
mod figures;
#[path = "figures_more.rs"]
mod figures_more;
#[path = "first_window.rs"]
mod first_window;
#[path = "focus.rs"]
mod focus;
#[path = "glossary.rs"]
mod glossary;
#[path = "guides.rs"]
mod guides;
#[path = "key_names.rs"]
mod key_names;
#[path = "key_pages.rs"]
mod key_pages;
#[path = "kiosk.rs"]
mod kiosk;
#[path = "kiosk_more.rs"]
mod kiosk_more;
#[path = "links.rs"]
mod links;
#[path = "lookup.rs"]
mod lookup;
#[path = "my_questions.rs"]
mod my_questions;
#[path = "print.rs"]
mod print;
#[path = "render.rs"]
mod render;
#[path = "screens.rs"]
mod screens;
#[path = "search.rs"]
mod search;
#[path = "search_typos.rs"]
mod search_typos;
#[path = "spanish.rs"]
mod spanish;
#[path = "speech.rs"]
mod speech;
#[path = "touch_kiosk.rs"]
mod touch_kiosk;
#[path = "window_keys.rs"]
mod window_keys;
