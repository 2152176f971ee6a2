//! The checker, the loader and the content: guide files in, problems or checked guides out; the bundled guides; the catalogs of words; the module picture.
//! One test binary for these (each `tests/*.rs` used to be its own, each linking the whole
//! program).

mod common;

#[path = "architecture.rs"]
mod architecture;
#[path = "check_cli.rs"]
mod check_cli;
#[path = "check_cli_more.rs"]
mod check_cli_more;
#[path = "checker_corpus.rs"]
mod checker_corpus;
#[path = "checker_fixes.rs"]
mod checker_fixes;
#[path = "checker_places.rs"]
mod checker_places;
#[path = "checker_words.rs"]
mod checker_words;
#[path = "hostile_content.rs"]
mod hostile_content;
#[path = "i18n.rs"]
mod i18n;
#[path = "kesimpta.rs"]
mod kesimpta;
#[path = "kesimpta_more.rs"]
mod kesimpta_more;
#[path = "label_watch.rs"]
mod label_watch;
#[path = "loader.rs"]
mod loader;
#[path = "loader_fuzz.rs"]
mod loader_fuzz;
#[path = "translation.rs"]
mod translation;
