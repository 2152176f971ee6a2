//! `patient-guide check`, continued: content lints, key pages, kiosk settings, pipes, Spanish
//! grading, danger signs, and the manual page.

use super::check_cli::{clean, run, write};
use crate::common;
use common::*;

#[test]
fn content_lints_point_at_the_sentence_and_strict_fails_on_them() {
    let tmp = tempfile::tempdir().unwrap();
    let path = write(tmp.path(), "demo.toml", clean());
    let (code, out, err) = run(&["check", "--strict", &path]);
    assert_eq!(code, 0, "the clean guide has no warnings: {err}");
    assert!(out.contains("0 errors, 0 warnings"), "{out}{err}");

    // A sentence of 27 words.
    let long = "This sentence has far too many words in it for a patient who reads slowly \
                and wants to know what to do next with the pen today.";
    assert_eq!(long.split_whitespace().count(), 27);
    let src = clean().replacen(
        "body = \"Once a month.\"",
        &format!("body = \"Once a month. {long}\""),
        1,
    );
    let path = write(tmp.path(), "demo.toml", &src);
    let (code, _, err) = run(&["check", &path]);
    assert_eq!(code, 0, "{err}");
    let (line, col) = position(&src, "This sentence has far");
    assert!(
        err.contains("warning[long-sentence]: a sentence of 27 words in topic `schedule`"),
        "{err}"
    );
    assert!(err.contains(&format!("{path}:{line}:{col}")), "{err}");
    assert!(err.contains("at most 25 words: split it in two"), "{err}");
    let (code, _, _) = run(&["check", "--strict", &path]);
    assert_eq!(code, 2);

    // A relative change with no absolute numbers; then the same with them.
    let src = clean().replacen(
        "body = \"Some risks.\"",
        "body = \"Relapses were 51% lower. [@pi]\"",
        1,
    );
    let path = write(tmp.path(), "demo.toml", &src);
    let (_, out, _) = run(&["check", "--format", "json", &path]);
    let list: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let w = list
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["code"] == "relative-only")
        .unwrap_or_else(|| panic!("{list}"));
    let (line, col) = position(&src, "51% lower");
    assert_eq!(
        (w["code"].as_str(), w["line"].as_u64(), w["column"].as_u64()),
        (Some("relative-only"), Some(line as u64), Some(col as u64)),
        "{list}"
    );
    let src = clean().replacen(
        "body = \"Some risks.\"",
        "body = \"Relapses were 51% lower: about 11 in 100 people a year, against 22 in 100. [@pi]\"",
        1,
    );
    let path = write(tmp.path(), "demo.toml", &src);
    let (code, _, err) = run(&["check", "--strict", &path]);
    assert_eq!(code, 0, "absolute numbers beside it: {err}");

    // A dosing topic that cites only an article.
    let src = clean().replacen(
        "version = \"1\"\nkind = \"label\"",
        "version = \"1\"\nkind = \"article\"",
        1,
    );
    let path = write(tmp.path(), "demo.toml", &src);
    let (_, out, _) = run(&["check", "--format", "json", &path]);
    let list: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let codes: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["no-label-source", "no-label-source"], "{list}");
    let (line, col) = position(&src, "\"schedule\"");
    assert_eq!(list[0]["line"], line);
    assert_eq!(list[0]["column"], col);
    assert!(
        list[0]["message"]
            .as_str()
            .unwrap()
            .contains("dosing topic `schedule` cites no label source")
    );

    // No key facts page and no get-help page.
    let path = write(tmp.path(), "demo.toml", VALID);
    let (_, out, _) = run(&["check", "--format", "json", &path]);
    let list: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let (line, col) = position(VALID, "[guide]");
    for code in ["no-key-facts", "no-get-help"] {
        let w = list
            .as_array()
            .unwrap()
            .iter()
            .find(|w| w["code"] == code)
            .unwrap_or_else(|| panic!("no {code}: {list}"));
        assert_eq!(
            (w["line"].as_u64(), w["column"].as_u64()),
            (Some(line as u64), Some(col as u64))
        );
        assert_eq!(w["severity"], "warning");
    }
}

#[test]
fn key_pages_and_questions_are_checked_with_their_place() {
    let tmp = tempfile::tempdir().unwrap();
    let src = clean().replacen("get_help = \"risks\"", "get_help = \"nope\"", 1);
    let path = write(tmp.path(), "demo.toml", &src);
    let (code, _, err) = run(&["check", &path]);
    assert_eq!(code, 2);
    let (line, col) = position(&src, "\"nope\"");
    assert!(err.contains("get_help names unknown topic `nope`"), "{err}");
    assert!(err.contains(&format!("{path}:{line}:{col}")), "{err}");

    let quiz = "\n[[check_yourself]]\nquestion = \"When?\"\nchoices = [\"Now\", \"Later\"]\nanswer = 3\nexplain = \"Now.\"\ntopic = \"risks\"\n";
    let src = format!("{}{quiz}", clean());
    let path = write(tmp.path(), "demo.toml", &src);
    let (code, _, err) = run(&["check", &path]);
    assert_eq!(code, 2);
    let (line, col) = position(&src, "3\nexplain");
    assert!(
        err.contains("answer 3 is not one of the 2 choices"),
        "{err}"
    );
    assert!(err.contains(&format!("{path}:{line}:{col}")), "{err}");

    let src = format!(
        "{}{}",
        clean(),
        quiz.replace("answer = 3", "answer = 1")
            .replace("\"risks\"", "\"gone\"")
    );
    let path = write(tmp.path(), "demo.toml", &src);
    let (_, _, err) = run(&["check", &path]);
    assert!(err.contains("question names unknown topic `gone`"), "{err}");

    let src = format!(
        "{}{}",
        clean(),
        quiz.replace("answer = 3", "answer = 1")
            .replace("[\"Now\", \"Later\"]", "[\"Now\"]")
    );
    let path = write(tmp.path(), "demo.toml", &src);
    let (_, _, err) = run(&["check", &path]);
    assert!(
        err.contains("a question needs 2 to 9 choices, not 1"),
        "{err}"
    );

    let src = format!("{}{}", clean(), quiz.replace("answer = 3", "answer = 1"));
    let path = write(tmp.path(), "demo.toml", &src);
    let (code, _, err) = run(&["check", "--strict", &path]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn kiosk_times_too_long_for_a_clock_or_too_short_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    for (text, says) in [
        ("idle = \"18446744073709551615s\"\n", "longer than a day"),
        (
            "countdown = \"18446744073709551615s\"\n",
            "longer than a day",
        ),
        ("idle = \"5124095576030432h\"\n", "longer than a day"),
        ("idle = \"25h\"\n", "longer than a day"),
        ("idle = \"0s\"\n", "shorter than a second"),
    ] {
        let path = write(tmp.path(), "kiosk.toml", text);
        let (code, _, err) = run(&["check", "--kiosk-config", &path]);
        assert_eq!(code, 2, "{text}: {err}");
        assert!(err.contains(says), "{text}: {err}");
        assert!(err.contains(&format!("{path}:1:")), "{text}: {err}");
        // The app refuses it at start, with the same message, instead of a crash loop.
        let (code, _, err) = run(&["--kiosk-config", &path]);
        assert_eq!(code, 2, "{text}: {err}");
        assert!(err.contains(says), "{text}: {err}");
    }
    for idle in ["0s", "18446744073709551615s", "25h"] {
        // A value the command line refuses is a usage mistake (64), not an invalid file (2).
        let (code, _, err) = run(&["--kiosk", "--idle", idle]);
        assert_eq!(code, 64, "--idle {idle}: {err}");
        assert!(err.contains("--idle"), "{err}");
    }
}

#[test]
fn a_pipe_named_like_a_guide_or_a_config_is_refused_without_waiting() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("x.toml");
    mkfifo(&fifo);
    let fifo = fifo.display().to_string();
    let dir = tmp.path().display().to_string();
    for args in [
        vec!["check", fifo.as_str()],
        vec!["check", dir.as_str()],
        vec!["check", "--kiosk-config", fifo.as_str()],
        vec!["--guides", dir.as_str()],
        vec!["--kiosk-config", fifo.as_str()],
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("is not a regular file"), "{args:?}: {err}");
    }
}

#[test]
fn kiosk_settings_that_cannot_work_are_refused_by_check() {
    let tmp = tempfile::tempdir().unwrap();
    let file = write(tmp.path(), "a-file", "not a folder");
    let hash = patient_guide::kiosk::pin::hash("2468").unwrap();
    let costly = hash.replacen("m=19456", "m=4194304", 1);
    for (text, says) in [
        (
            "guides = \"/no/such/folder\"\n",
            "does not exist or is not a folder",
        ),
        (
            &format!("log = \"{file}/kiosk.log\"\n") as &str,
            "cannot be written",
        ),
        ("exit_chord = \"ctrl+m\"\n", "cannot be told apart"),
        ("exit_chord = \"ctrl+5\"\n", "cannot be told apart"),
        (&format!("pin_hash = \"{costly}\"\n"), "4096 MiB"),
    ] {
        let path = write(tmp.path(), "kiosk.toml", text);
        let (code, _, err) = run(&["check", "--kiosk-config", &path]);
        assert_eq!(code, 2, "{text}: {err}");
        assert!(err.contains(says), "{text}: {err}");
        assert!(err.contains(&format!("{path}:1:")), "{text}: {err}");
    }
}

#[test]
fn a_spanish_guide_is_graded_with_inflesz_and_its_own_threshold() {
    let dir = tempfile::tempdir().unwrap();
    let fixture =
        include_str!("fixtures/ui.toml").replace("language = \"en\"", "language = \"es\"");
    assert!(fixture.contains("language = \"es\""));
    // A threshold no text reaches: every graded topic is reported, with the Spanish measure.
    let strict = fixture.replace("[guide]\n", "[guide]\nreading_ease = 99\n");
    let path = write(dir.path(), "es.toml", &strict);
    let (code, _, err) = run(&["check", &path]);
    assert_eq!(code, 0, "warnings only: {err}");
    assert!(err.contains("reads at INFLESZ"), "{err}");
    assert!(err.contains("below the guide's target of 99"), "{err}");
    assert!(
        !err.contains("reads at grade"),
        "no English grade for Spanish:\n{err}"
    );
    let (_, out, _) = run(&["check", "--readability", &path]);
    assert!(
        out.contains("INFLESZ") && out.contains("median INFLESZ"),
        "{out}"
    );
    // Out of range is an error at its place.
    let wrong = fixture.replace("[guide]\n", "[guide]\nreading_ease = 150\n");
    let path = write(dir.path(), "wrong.toml", &wrong);
    let (code, _, err) = run(&["check", &path]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("reading_ease must be between 0 and 100"),
        "{err}"
    );
    assert!(err.contains("wrong.toml:4:16"), "{err}");
}

/// A Get help now sign that no everyday word leads to is a warning (search might not put the
/// page first for it); a synonym whose words are in the line silences it. A topic may accept a
/// named warning, with a reason, and an unknown one is an error.
#[test]
fn a_danger_sign_needs_everyday_words_and_a_warning_can_be_accepted() {
    let tmp = tempfile::tempdir().unwrap();
    let help = with(
        "body = \"Some risks.\"\ncites = [\"pi 5\"]",
        "body = \"\"\"\nCall 911 right away if you have: [@pi]\n\n- trouble breathing\n- a seizure\n\"\"\"\ncites = [\"pi 5\"]",
    )
    .replacen(
        "disclaimer = ",
        "get_help = \"risks\"\ndisclaimer = ",
        1,
    );
    let src = help.replacen(
        "[[sources]]",
        "[synonyms]\n\"can't breathe\" = [\"trouble breathing\"]\n\n[[sources]]",
        1,
    );
    let path = write(tmp.path(), "demo.toml", &src);
    let (_, _, err) = run(&["check", &path]);
    let (line, col) = position(&src, "a seizure");
    assert!(
        err.contains(
            "warning[no-everyday-words]: the Get help now sign \"a seizure\" has no everyday words in [synonyms]"
        ),
        "{err}"
    );
    assert!(err.contains(&format!("{path}:{line}:{col}")), "{err}");
    assert!(
        !err.contains("\"trouble breathing\" has no everyday words"),
        "a sign with a synonym passes: {err}"
    );
    // With everyday words for the seizure too, the warning goes.
    let fixed = src.replacen("[synonyms]\n", "[synonyms]\nfit = [\"seizure\"]\n", 1);
    let path = write(tmp.path(), "demo.toml", &fixed);
    let (_, _, err) = run(&["check", &path]);
    assert!(!err.contains("no-everyday-words"), "{err}");

    // A long word warns; `accept` with a reason takes the warning back; an unknown code is an error.
    let long = format!("body = \"It is a {} medicine. [@pi]\"", "x".repeat(90));
    let src = with("body = \"It is a demo medicine. [@pi]\"", &long);
    let path = write(tmp.path(), "demo.toml", &src);
    let (_, _, err) = run(&["check", &path]);
    assert!(err.contains("warning[long-word]"), "{err}");
    let accepted = src.replacen(
        "cites = [\"pi 12.1\"]",
        "cites = [\"pi 12.1\"]\naccept = { long-word = \"a test of accept\" }",
        1,
    );
    let path = write(tmp.path(), "demo.toml", &accepted);
    let (_, _, err) = run(&["check", &path]);
    assert!(!err.contains("long-word"), "{err}");
    let unknown = src.replacen(
        "cites = [\"pi 12.1\"]",
        "cites = [\"pi 12.1\"]\naccept = { long-wrod = \"typo\" }",
        1,
    );
    let path = write(tmp.path(), "demo.toml", &unknown);
    let (code, _, err) = run(&["check", &path]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("`long-wrod` is not a warning a topic can accept. Did you mean `long-word`?"),
        "{err}"
    );
}

/// Issue 31: the manual page and the shell completions come from the same option definitions
/// as `--help` (clap_mangen, clap_complete): every command is in them.
#[test]
fn the_manual_page_and_completions_name_every_command() {
    let bin = env!("CARGO_BIN_EXE_patient-guide");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(bin).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let man = run(&["manual"]);
    assert!(man.contains(".TH patient-guide 1"), "{man}");
    for shell in ["bash", "zsh", "fish"] {
        let text = run(&["manual", shell]);
        for command in ["check", "print", "search", "label", "report", "new"] {
            assert!(text.contains(command), "{shell} completion lacks {command}");
        }
    }
    for command in ["check", "label", "report"] {
        assert!(man.contains(command), "the manual lacks {command}");
    }
}

/// The manual page and the completions `patient-guide manual` prints are kept in data/manual/
/// (the program carries the text, not clap_mangen and clap_complete): they must be what the
/// generators make from the options today. `UPDATE_MANUAL=1 cargo test --test checker manual`
/// makes them again after a change to cli.rs.
#[test]
fn the_kept_manual_and_completions_match_the_options() {
    use clap::CommandFactory;
    use clap_complete::Shell;
    let made = |shell: Option<Shell>| {
        let mut command = patient_guide::cli::Cli::command();
        let mut text = Vec::new();
        match shell {
            Some(shell) => clap_complete::generate(shell, &mut command, "patient-guide", &mut text),
            None => clap_mangen::Man::new(command).render(&mut text).unwrap(),
        }
        text
    };
    use patient_guide::cli::Shell as Ours;
    let files = [
        ("patient-guide.1", None, None),
        ("patient-guide.bash", Some(Shell::Bash), Some(Ours::Bash)),
        ("patient-guide.elv", Some(Shell::Elvish), Some(Ours::Elvish)),
        ("patient-guide.fish", Some(Shell::Fish), Some(Ours::Fish)),
        (
            "_patient-guide.ps1",
            Some(Shell::PowerShell),
            Some(Ours::Powershell),
        ),
        ("_patient-guide", Some(Shell::Zsh), Some(Ours::Zsh)),
    ];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/manual");
    let mut stale = Vec::new();
    for (name, theirs, ours) in files {
        let path = dir.join(name);
        let text = made(theirs);
        if std::env::var_os("UPDATE_MANUAL").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        if std::fs::read(&path).ok().as_deref() != Some(&text[..]) {
            stale.push(name);
        } else if std::env::var_os("UPDATE_MANUAL").is_none() {
            // What the program prints is what was kept (once build.rs has taken it in).
            assert!(
                patient_guide::commands::manual(ours) == text,
                "{name}: the program prints something else than data/manual/ holds"
            );
        }
    }
    assert!(
        stale.is_empty(),
        "data/manual/ is out of date for {stale:?}: run UPDATE_MANUAL=1 cargo test --test checker manual"
    );
    // Every shell clap_complete knows has its file.
    assert_eq!(
        <Shell as clap::ValueEnum>::value_variants().len(),
        <Ours as clap::ValueEnum>::value_variants().len()
    );
}
