//! Kiosk mode's settings and secrets: the `kiosk.toml` format and its checks, the staff PIN
//! hash, and the log file. No terminal code here.

pub mod config;
pub mod log;
pub mod pin;

pub use config::{Chord, KioskConfig};
