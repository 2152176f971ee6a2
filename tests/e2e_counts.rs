//! What patients looked for, end to end: a kiosk with `counts = true` in a pty, a patient who
//! opens topics, searches for something the guides lack (with a name and a phone number in it),
//! for words of an emergency that lead elsewhere, opens a search's second result, changes the
//! language and has a topic read aloud; then the counts file holds only counts per
//! day, nothing that names or links anyone, and `patient-guide report` shows the content gaps as
//! a table and as JSON. Off by default: a kiosk without the setting writes no file.

use crate::common;

use std::path::Path;
use std::process::Command;

use common::mkfifo;
use common::pty::Session;

/// A kiosk.toml in `dir` with these settings, its state folder and log in `dir` too.
pub(crate) fn config_with(dir: &Path, settings: &str) -> String {
    let path = dir.join("kiosk.toml");
    std::fs::write(
        &path,
        format!(
            "{settings}state = \"{}\"\nlog = \"{}\"\n",
            dir.join("state").display(),
            dir.join("kiosk.log").display()
        ),
    )
    .unwrap();
    path.display().to_string()
}

/// The drawn kiosk, reading aloud by a command that says nothing, counting or not.
fn config(dir: &Path, counts: bool) -> String {
    config_with(
        dir,
        &format!(
            "idle = \"10m\"\nspeech = true\nspeech_command = \"sleep 30\"\ncounts = {counts}\n"
        ),
    )
}

fn a_patient(s: &mut Session) {
    s.wait_for("Press any key or touch the screen to start");
    s.send("\r");
    s.wait_for("Most important information");
    s.send("3");
    s.wait_for("Your dose schedule");
    s.send("\r");
    s.wait_for("Each dose is 20 mg");
    s.send("r");
    s.wait_for("Reading aloud");
    s.send("/");
    s.wait_for("Search: _");
    s.send("insurance 555-0134");
    s.wait_for("Nothing matches");
    s.send("\x1b");
    s.wait_gone("Search:");
    // Words of an emergency whose first result is not Get help now: a safety gap for staff.
    s.send("/");
    s.wait_for("Search: _");
    s.send("hospital injection");
    s.wait_for("Search: hospital injection_");
    s.wait_for(" results");
    s.send("\x1b");
    s.wait_gone("Search:");
    // A result below the first opened: the first was not what was asked.
    s.send("/");
    s.wait_for("Search: _");
    s.send("fridge");
    s.wait_for("Storing it and traveling");
    s.send("\x1b[B\r");
    s.wait_gone("Search:");
    s.send("L");
    s.wait_for("┌ Usarlo en casa");
}

#[test]
fn counts_keep_only_counts_and_the_report_shows_the_gaps() {
    let dir = tempfile::tempdir().unwrap();
    let config = config(dir.path(), true);
    let mut s = Session::start(100, 30, &["--kiosk-config", &config]);
    a_patient(&mut s);
    let file = dir.path().join("state/counts.json");
    let text = common::wait_for_file(&file, "\"es\"");
    // Only what was counted: the topic shown, the kept word, the language, the reading aloud.
    assert!(text.contains("kesimpta/dose-schedule"), "{text}");
    assert!(text.contains("\"insurance\": 1"), "{text}");
    assert!(text.contains("\"read_aloud\": 1"), "{text}");
    let lower = text.to_lowercase();
    for never in ["555", "0134"] {
        assert!(
            !lower.contains(never),
            "{never} reached the counts:\n{text}"
        );
    }
    drop(s);
    let report = |format: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_patient-guide"))
            .args(["report", &file.display().to_string(), "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let table = report("text");
    assert!(table.contains("Searches that found nothing"), "{table}");
    assert!(table.contains("insurance"), "{table}");
    assert!(table.contains("kesimpta/dose-schedule"), "{table}");
    // The safety gaps come first, then the rest.
    let gaps = table
        .find("did not lead to Get help now first")
        .expect("the safety gaps' table");
    assert!(gaps < table.find("Topics shown most").unwrap(), "{table}");
    assert!(table.contains("hospital"), "{table}");
    assert!(table.contains("opened a result below the first"), "{table}");
    assert!(table.contains("fridge"), "{table}");
    let json: serde_json::Value = serde_json::from_str(&report("json")).unwrap();
    assert_eq!(json["nothing_found"][0][0], "insurance");
    assert_eq!(json["read_aloud"], 1);
    assert_eq!(json["urgent_elsewhere"][0][0], "hospital");
    assert_eq!(json["chose_lower"][0][0], "fridge");
    assert_eq!(json["days"], 1);
}

#[test]
fn without_the_setting_no_counts_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let config = config(dir.path(), false);
    let mut s = Session::start(100, 30, &["--kiosk-config", &config]);
    a_patient(&mut s);
    drop(s);
    assert!(!dir.path().join("state/counts.json").exists());
}

/// Issue 25: `report` on a hostile counts file. Counts that would wrap stop at the largest
/// number; names holding escape sequences are shown cleaned; a pipe, a device that never ends
/// and a folder are refused at once with exit 2, never read.
#[test]
fn report_refuses_what_is_not_a_counts_file_and_never_wraps_or_echoes_escapes() {
    let tmp = tempfile::tempdir().unwrap();
    let report = |file: &Path| {
        let out = Command::new(env!("CARGO_BIN_EXE_patient-guide"))
            .args(["report", &file.display().to_string()])
            .output()
            .unwrap();
        (
            out.status.code().unwrap(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let file = tmp.path().join("counts.json");
    std::fs::write(
        &file,
        format!(
            r#"{{"days": {{
  "2026-12-01": {{"topics": {{"dose-schedule": {max}, "evil\u001b[2J": 1}}, "nothing_found": {{}}, "languages": {{}}, "read_aloud": {max}}},
  "2026-12-02": {{"topics": {{"dose-schedule": 5}}, "nothing_found": {{}}, "languages": {{}}, "read_aloud": 5}}
}}}}"#,
            max = u64::MAX
        ),
    )
    .unwrap();
    let (code, out, err) = report(&file);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("{}  dose-schedule", u64::MAX)),
        "{out}"
    );
    assert!(
        out.contains(&format!("Readings aloud started: {}", u64::MAX)),
        "{out}"
    );
    assert!(!out.contains('\u{1b}'), "{out:?}");
    // A pipe (which would wait for a writer), a device without end, a folder.
    let fifo = tmp.path().join("fifo.json");
    mkfifo(&fifo);
    for path in [fifo.as_path(), Path::new("/dev/zero"), tmp.path()] {
        let (code, _, err) = report(path);
        assert_eq!(code, 2, "{}: {err}", path.display());
        assert!(err.contains("not a regular file"), "{err}");
    }
}

/// The screen-reader kiosk counts as the drawn one does: a topic read there is in the counts
/// file, and nothing of what was typed.
#[test]
fn a_screen_reader_kiosk_counts_the_topics_read() {
    let dir = tempfile::tempdir().unwrap();
    let config = config_with(
        dir.path(),
        "idle = \"10m\"\ncounts = true\nscreen_reader = true\n",
    );
    let mut s = Session::start(100, 30, &["--kiosk-config", &config]);
    s.wait_for("Type a section number");
    s.send("3\n");
    s.wait_for("If you miss a dose");
    s.send("1\n");
    s.wait_for("then one dose each month");
    let file = dir.path().join("state/counts.json");
    let counts = common::wait_for_file(&file, "kesimpta/dose-schedule");
    assert!(
        !counts.contains("\"3\"") && !counts.contains("\"1\""),
        "{counts}"
    );
    drop(s);
}

/// A patient who searches, finds nothing and walks away: the search is still open when the
/// kiosk resets, and it is counted then, on the drawn kiosk and the screen-reader kiosk alike.
#[test]
fn a_search_left_open_is_counted_at_the_idle_reset() {
    for screen_reader in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let config = config_with(
            dir.path(),
            &format!(
                "idle = \"1s\"\ncountdown = \"1s\"\ncounts = true\nscreen_reader = {screen_reader}\n"
            ),
        );
        let mut s = Session::start(100, 30, &["--kiosk-config", &config]);
        if screen_reader {
            s.wait_for("Type a section number");
            s.send("s\n");
            s.send("insurance\n");
        } else {
            s.wait_for("Press any key or touch the screen to start");
            s.send("\r");
            s.wait_for("Most important information");
            s.send("/");
            s.wait_for("Search: _");
            s.send("insurance");
        }
        s.wait_for("Nothing matches");
        let file = dir.path().join("state/counts.json");
        let counts = common::wait_for_file(&file, "\"insurance\": 1");
        assert!(counts.contains("nothing_found"), "{counts}");
        drop(s);
    }
}
