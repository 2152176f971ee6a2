//! Kiosk mode's settings and secrets: the `kiosk.toml` format and its checks, the staff PIN
//! hash and the clock its lock reads, the log file, and guide updates that never blank the
//! screen. No terminal code here.

pub mod clock;
pub mod config;
pub mod counts;
pub mod idle;
pub mod log;
pub mod pin;
pub mod updates;

pub use config::{Chord, KioskConfig};
