//! patient-guide: explains a medicine to patients in navigable terminal panes.
//!
//! `guide` loads and checks TOML guides; `app` holds state and applies `action`s; `keymap` turns
//! input into actions; `doc` and `layout` lay text and panes out; `ui` draws a frame; `tui` runs
//! the terminal loop, with `input` reading the terminal on a thread of its own; `cli` parses
//! arguments. ARCHITECTURE.md has the whole picture.

pub mod action;
pub mod app;
pub mod check;
pub mod cli;
pub mod commands;
pub mod console;
pub mod doc;
pub mod file;
pub mod guide;
pub mod hit;
pub mod i18n;
pub mod input;
pub mod keymap;
pub mod kiosk;
pub mod label;
pub mod layout;
pub mod linear;
pub mod lookup;
pub mod output;
pub mod print;
pub mod prompt;
pub mod questions;
pub mod search;
pub mod settings;
pub mod shell;
pub mod signals;
pub mod speech;
pub mod text;
pub mod tui;
pub mod ui;
pub mod watch;
