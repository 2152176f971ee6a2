//! Kiosk mode's error log: one line per problem, appended to a file. It records errors and
//! restarts only, never what a patient looked at.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// `$XDG_STATE_HOME/patient-guide/kiosk.log`, else `~/.local/state/patient-guide/kiosk.log`.
pub fn default_path() -> PathBuf {
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("patient-guide").join("kiosk.log")
}

/// Appends one line, stamped with seconds since 1970 (UTC). Logging must never take the kiosk
/// down, so failures are returned for the caller to ignore or show.
pub fn append(path: &Path, message: &str) -> std::io::Result<()> {
    regular_or_missing(path)?;
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    rotate(path);
    let stamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let one_line = message.replace('\n', " | ");
    let mut f = OpenOptions::new().create(true).append(true).open(path)?;
    writeln!(f, "{stamp} {one_line}")
}

/// The largest a log grows before it is rotated: a refused guide folder writes about 2 MB of
/// problems, and a kiosk runs for months.
pub const MAX_LOG_BYTES: u64 = 1024 * 1024;

/// When the log has reached `MAX_LOG_BYTES`, it becomes `NAME.1` (replacing the one before),
/// and a new log starts: at most twice that on disk, the newest lines always kept.
fn rotate(path: &Path) {
    if fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() >= MAX_LOG_BYTES) {
        let mut old = path.as_os_str().to_owned();
        old.push(".1");
        let _ = fs::rename(path, PathBuf::from(old));
    }
}

/// A log is a regular file, or not there yet: opening a pipe to write waits for a reader (the
/// kiosk would stop), and a device loses what is written.
fn regular_or_missing(path: &Path) -> std::io::Result<()> {
    match fs::metadata(path) {
        Ok(m) if !m.is_file() => Err(std::io::Error::other(
            "not a regular file (a folder, pipe or device)",
        )),
        _ => Ok(()),
    }
}

/// Whether the log can be written: its folder made and the file opened for appending (which
/// creates it, empty, if it is not there). Nothing is written.
pub fn check_writable(path: &Path) -> std::io::Result<()> {
    regular_or_missing(path)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir)?;
    }
    OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 25: the log never rotated (a refused folder wrote 1.9 MB each time).
    #[test]
    fn a_full_log_is_rotated_and_the_newest_line_kept() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("kiosk.log");
        fs::write(&log, "x".repeat(MAX_LOG_BYTES as usize)).unwrap();
        append(&log, "the newest line").unwrap();
        let now = fs::read_to_string(&log).unwrap();
        assert!(now.ends_with(" the newest line\n"), "{now}");
        assert!(now.len() < 100);
        let old = fs::metadata(dir.path().join("kiosk.log.1")).unwrap();
        assert_eq!(old.len(), MAX_LOG_BYTES);
        // A small log just grows.
        append(&log, "another").unwrap();
        assert!(fs::read_to_string(&log).unwrap().contains("another"));
    }
}
