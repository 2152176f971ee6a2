//! Guide updates on a running kiosk, end to end: the real binary in a pty with a guides folder.
//! A valid change appears after the next idle reset (never in front of a patient); a broken one
//! is refused, the kiosk keeps showing the last good set and says why in its status file; and
//! a kiosk started on a broken folder shows the last good set instead of restarting in a loop.

use crate::common;

use std::path::Path;

use common::pty::Session;

const FIXTURE: &str = include_str!("fixtures/ui.toml");

fn guide(title: &str) -> String {
    FIXTURE.replacen(
        "title = \"Fixture (examplumab)\"",
        &format!("title = \"{title}\""),
        1,
    )
}

/// Waits until the status file says `text`.
fn status_says(state: &Path, text: &str) -> String {
    common::wait_for_file(&state.join("status"), text)
}

#[test]
fn updates_apply_at_an_idle_reset_and_a_broken_one_never_shows() {
    let dir = tempfile::tempdir().unwrap();
    let guides = dir.path().join("guides");
    let state = dir.path().join("state");
    std::fs::create_dir_all(&guides).unwrap();
    std::fs::write(
        guides.join("demo.toml"),
        guide("First edition (examplumab)"),
    )
    .unwrap();
    let config = dir.path().join("kiosk.toml");
    std::fs::write(
        &config,
        format!(
            "idle = \"2s\"\ncountdown = \"1s\"\nguides = \"{}\"\nstate = \"{}\"\nlog = \"{}\"\n",
            guides.display(),
            state.display(),
            dir.path().join("kiosk.log").display()
        ),
    )
    .unwrap();
    let config = config.display().to_string();
    let mut s = Session::start(80, 24, &["--kiosk-config", &config]);
    s.wait_for("First edition (examplumab)");
    status_says(&state, "showing: 1 guide from the guides folder");
    // Staff replace the guide while a patient reads: nothing changes in front of them.
    s.send("\r");
    s.wait_for("Key facts");
    std::fs::write(
        guides.join("demo.toml"),
        guide("Second edition (examplumab)"),
    )
    .unwrap();
    s.send("2");
    s.wait_for("Adults");
    assert!(!s.text().contains("Second edition"), "{}", s.text());
    // The patient leaves: after the idle reset, the welcome screen shows the new edition.
    s.wait_for("Second edition (examplumab)");
    status_says(&state, "last update: accepted");
    // A broken update is refused: the screen keeps the second edition, the status says why.
    let broken = guide("Third edition (examplumab)").replacen("cites = ", "sites = ", 1);
    std::fs::write(guides.join("demo.toml"), &broken).unwrap();
    let status = status_says(&state, "were not used");
    assert!(
        status.contains("demo.toml:"),
        "the problem's place:\n{status}"
    );
    assert!(
        status.contains("showing: 1 guide from the guides folder"),
        "{status}"
    );
    assert!(s.text().contains("Second edition"), "{}", s.text());
    assert!(!s.text().contains("Third edition"));
    drop(s);
    // Started again on the broken folder (a reboot): it shows the last good set, at once.
    let mut s = Session::start(80, 24, &["--kiosk-config", &config]);
    s.wait_for("Second edition (examplumab)");
    let status = status_says(&state, "the last good set");
    assert!(status.contains("were not used"), "{status}");
    assert!(
        s.child.try_wait().unwrap().is_none(),
        "the kiosk is running"
    );
    let log = std::fs::read_to_string(dir.path().join("kiosk.log")).unwrap();
    assert!(log.contains("were not used"), "{log}");
    drop(s);
    // The guides folder is gone (moved away during an update): still the last good set, no
    // restart loop; `check` tells staff.
    std::fs::remove_dir_all(&guides).unwrap();
    let mut s = Session::start(80, 24, &["--kiosk-config", &config]);
    s.wait_for("Second edition (examplumab)");
    assert!(
        s.child.try_wait().unwrap().is_none(),
        "the kiosk is running"
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(["check", "--kiosk-config", &config])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("does not exist"), "{said}");
}

/// A desktop with two medicines starts on the guides window, from the guides' headers; the
/// library is checked after the first frame. A broken guide is then taken off the list, never
/// shown, and the app says so instead of refusing to start.
#[test]
fn a_desktop_opens_its_first_guide_and_never_shows_a_broken_other() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), guide("Good one (examplumab)")).unwrap();
    let broken = guide("Broken one (examplumab)")
        .replacen("id = \"fixture\"", "id = \"broken\"", 1)
        .replacen("cites = ", "sites = ", 1);
    std::fs::write(dir.path().join("b.toml"), broken).unwrap();
    let guides = dir.path().display().to_string();
    let mut s = Session::start(100, 30, &["--guides", &guides]);
    s.wait_for("Find a guide: _");
    s.wait_for("One guide has a problem and is not shown: run patient-guide check");
    s.wait_for("1 guide. Type a medicine");
    assert!(!s.text().contains("Broken one"), "{}", s.text());
    s.send("\r");
    s.wait_for("About this guide");
    s.send("\x1b");
    s.wait_gone("About this guide");
    s.send("/broken");
    s.wait_for("Search: broken_");
    assert!(!s.text().contains("Broken one"), "{}", s.text());
    s.quit();
    // Alone, a broken guide still stops the app, with every problem.
    std::fs::remove_file(dir.path().join("a.toml")).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(["--guides", &guides])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("b.toml:"));
}
