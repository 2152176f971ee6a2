//! Reading aloud, for real: the app asks for speech without citation markers and stops it when
//! asked, when the topic changes and at a kiosk reset; the real binary starts and ends its engine
//! in a pty; and espeak-ng (a Debian package `.ci/run` installs) writes a topic's speech to a WAV
//! file whose length, measured with sox, fits its word count.

use crate::common;
use patient_guide::action::Message;
use std::path::PathBuf;
use std::process::Command;

use common::pty::Session;
use common::*;
use patient_guide::action::Action::*;
use patient_guide::app::{App, Effect, Kiosk, View};

/// The text of the one `Speak` among these effects.
fn spoken(effects: &[Effect]) -> String {
    match effects {
        [Effect::Speak { text, .. }] => text.clone(),
        other => panic!("expected one Speak, got {other:?}"),
    }
}

#[test]
fn r_reads_the_topic_without_markers_and_again_stops() {
    let mut app = app_at(120, 40);
    let _ = run(&mut app, &[Section(2), Down]);
    let title = app.topic().unwrap().title.clone();
    let text = spoken(&app.update(ReadAloud));
    assert!(text.starts_with(&title), "{text}");
    assert!(!text.contains('['), "no citation markers: {text}");
    assert!(app.reading_aloud());
    assert!(screen(&app).contains("Reading aloud (r stops)"));
    assert_eq!(app.update(ReadAloud), [Effect::StopSpeaking]);
    assert!(!app.reading_aloud());
}

#[test]
fn esc_stops_reading_before_it_goes_back_and_a_new_topic_stops_it() {
    let mut app = app_at(120, 40);
    let _ = run(&mut app, &[Section(2), Enter]);
    let focus = app.reading.focus;
    let _ = app.update(ReadAloud);
    assert_eq!(app.update(Back), [Effect::StopSpeaking]);
    assert_eq!(
        app.reading.focus, focus,
        "the first Esc only stops the reading"
    );
    let _ = app.update(ReadAloud);
    let effects = run(&mut app, &[Back, Back, Down]);
    assert!(
        effects.is_empty() || effects == [Effect::StopSpeaking],
        "{effects:?}"
    );
    // Moving to another topic while reading stops it (the fixture's Safety has three).
    let mut app = app_at(120, 40);
    let _ = run(&mut app, &[Section(3)]);
    let _ = app.update(ReadAloud);
    assert_eq!(app.update(Down), [Effect::StopSpeaking]);
}

#[test]
fn a_step_and_a_window_are_read_as_shown() {
    let mut app = app_at(120, 40);
    // The topic with the steps.
    let (s, t) = find_topic(&app, "dose");
    let _ = run(&mut app, &[Section(s)]);
    for _ in 0..t {
        let _ = app.update(Down);
    }
    let _ = app.update(Steps);
    let text = spoken(&app.update(ReadAloud));
    assert!(text.starts_with("Step 1 of "), "{text}");
    // The next step stops the reading of this one.
    assert_eq!(app.update(Right), [Effect::StopSpeaking]);
    let _ = app.update(Back);
    let _ = app.update(Help);
    let text = spoken(&app.update(ReadAloud));
    assert!(text.contains("Read aloud the topic"), "{text}");
}

#[test]
fn speed_and_volume_change_by_steps_within_bounds_and_say_so() {
    let mut app = app_at(120, 40);
    let _ = app.update(SpeechSpeed(patient_guide::action::Change::More));
    assert!(screen(&app).contains("Reading speed: 180 words a minute"));
    for _ in 0..20 {
        let _ = app.update(SpeechSpeed(patient_guide::action::Change::More));
    }
    let _ = app.update(SpeechVolume(patient_guide::action::Change::Less));
    let Effect::Speak { voice, .. } = &app.update(ReadAloud)[0] else {
        panic!()
    };
    assert_eq!((voice.rate, voice.volume), (320, 80));
    assert!(
        !screen(&app).contains("Reading speed"),
        "the next key clears it"
    );
}

#[test]
fn a_missing_engine_is_said_on_screen() {
    let mut app = app_at(120, 40);
    let _ = app.update(ReadAloud);
    let _ = app.tell(Message::SpeechFailed(
        "Read aloud needs espeak-ng: apt install espeak-ng".into(),
    ));
    assert!(!app.reading_aloud());
    assert!(screen(&app).contains("Read aloud needs espeak-ng: apt install espeak-ng"));
}

#[test]
fn a_kiosk_reads_aloud_only_when_set_and_its_reset_stops_it() {
    let kiosk = || {
        App::with(
            vec![fixture()],
            0,
            80,
            24,
            View::default(),
            Some(Kiosk::default()),
        )
    };
    let mut off = kiosk();
    let _ = off.update(Enter);
    assert_eq!(off.update(ReadAloud), []);
    assert!(!screen(&off).contains("Read"), "no Read aloud button");
    let mut on = kiosk().with_speech(true);
    let _ = on.update(Enter);
    assert!(screen(&on).contains("Read"), "the bar has Read aloud");
    let effects = tap(&mut on, "Read");
    assert!(
        matches!(&effects[..], [Effect::Speak { .. }]),
        "{effects:?}"
    );
    // Slower and Faster buttons change the speed on a full screen; at 80 columns they would cut
    // the other labels, so there only + and - do.
    let s = screen(&on);
    assert!(s.contains("Get help") && !s.contains("Faster"), "{s}");
    let _ = on.tell(Message::Resize(200, 60));
    let _ = tap(&mut on, "Faster");
    assert!(
        screen(&on).contains("Reading speed: 180 words a minute"),
        "{}",
        screen(&on)
    );
    let _ = tap(&mut on, "Slower");
    assert!(
        screen(&on).contains("Reading speed: 160 words a minute"),
        "{}",
        screen(&on)
    );
    let s = screen(&on);
    assert!(s.contains("Get help") && s.contains("Read aloud"), "{s}");
    let _ = on.tell(Message::Resize(80, 24));
    let effects = tell(&mut on, vec![Message::IdleWarning(1), Message::IdleReset]);
    assert!(effects.contains(&Effect::StopSpeaking), "{effects:?}");
    assert!(on.speech_on(), "the reset keeps the setting");
}

fn find_topic(app: &App, id: &str) -> (usize, usize) {
    for (s, section) in app.reading.guide.sections.iter().enumerate() {
        if let Some(t) = section.topics.iter().position(|t| t.id == id) {
            return (s, t);
        }
    }
    panic!("no topic {id}");
}

/// Whether a program is installed. Off CI a missing one skips a test, with a message; CI
/// installs them (`.ci/run`), and there a missing one fails.
fn installed(program: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{program} must be installed on CI (.ci/run installs it)"
        );
        eprintln!("skipped: {program} is not installed (Debian: apt install espeak-ng sox)");
    }
    found
}

#[test]
fn a_topics_wav_lasts_as_long_as_its_words_take_to_say() {
    if !installed("espeak-ng") || !installed("soxi") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let wav = dir.path().join("missed-dose.wav");
    let out = Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(["speak", "missed-dose", "--wav"])
        .arg(&wav)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    let words: f64 = said
        .split(": ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{said}"));
    let seconds: f64 = String::from_utf8_lossy(
        &Command::new("soxi")
            .arg("-D")
            .arg(&wav)
            .output()
            .unwrap()
            .stdout,
    )
    .trim()
    .parse()
    .unwrap();
    // At 160 words a minute, with pauses between sentences: between 0.5 and 1.5 times that.
    let expected = words * 60.0 / 160.0;
    assert!(
        seconds > expected * 0.5 && seconds < expected * 1.5,
        "{words} words took {seconds} s (expected about {expected} s)"
    );
    // A topic that does not exist is a clear error.
    let out = Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .args(["speak", "no-such-topic", "--wav"])
        .arg(&wav)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no topic `no-such-topic`"));
}

/// The engine's processes: children of the app named as the command.
fn children(parent: u32, name: &str) -> Vec<u32> {
    let out = Command::new("pgrep")
        .args(["-P", &parent.to_string(), "-x", name])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .filter_map(|p| p.parse().ok())
        .collect()
}

/// The real app on the fixture guide in a pty, past its About window.
fn reading(args: &[&str]) -> Session {
    let mut all = vec!["--guides", FIXTURE_FILE];
    all.extend_from_slice(args);
    let mut s = Session::start(100, 30, &all);
    s.wait_for("About this guide");
    s.send("\x1b");
    s.wait_gone("About this guide");
    s
}

#[test]
fn the_real_app_starts_its_engine_and_ends_it_on_r_and_on_quit() {
    // `sleep` stands in for an engine that talks for a long time.
    let mut s = reading(&["--speech-command", "sleep 600"]);
    s.send("r");
    let app = s.child.process_id().unwrap();
    common::pty::wait_until("the engine starts", || children(app, "sleep").len() == 1);
    s.wait_for("Reading aloud");
    s.send("r");
    common::pty::wait_until("r stops the engine", || children(app, "sleep").is_empty());
    s.wait_gone("Reading aloud");
    // Quitting while reading ends the engine too.
    s.send("r");
    common::pty::wait_until("the engine starts again", || {
        children(app, "sleep").len() == 1
    });
    let engine = children(app, "sleep")[0];
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    common::pty::wait_until("quit ends the engine", || {
        !std::path::Path::new(&format!("/proc/{engine}")).exists()
    });
}

#[test]
fn the_real_app_says_when_the_engine_is_missing() {
    let mut s = reading(&["--speech-command", "no-such-speech-engine"]);
    s.send("r");
    s.wait_for("Read aloud needs `no-such-speech-engine`, which is not installed");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_signal_while_reading_ends_the_engine_too() {
    let mut s = reading(&["--speech-command", "sleep 600"]);
    s.send("r");
    let app = s.child.process_id().unwrap();
    common::pty::wait_until("the engine starts", || children(app, "sleep").len() == 1);
    let engine = children(app, "sleep")[0];
    s.signal("TERM");
    s.wait_exit();
    common::pty::wait_until("SIGTERM ends the engine", || {
        !std::path::Path::new(&format!("/proc/{engine}")).exists()
    });
}

/// A panic ends the program at once, without dropping anything (the release build does not
/// unwind): the hook stops the engine, which must not go on talking to the next patient.
#[test]
fn a_panic_while_reading_ends_the_engine_too() {
    let all = ["--guides", FIXTURE_FILE, "--speech-command", "sleep 600"];
    let mut s = Session::start_with(100, 30, &all, &[("PATIENT_GUIDE_PANIC_ON_KEY", "x")]);
    s.wait_for("About this guide");
    s.send("\x1b");
    s.wait_gone("About this guide");
    s.send("r");
    let app = s.child.process_id().unwrap();
    common::pty::wait_until("the engine starts", || children(app, "sleep").len() == 1);
    let engine = children(app, "sleep")[0];
    s.send("x");
    s.wait_for("patient-guide stopped because of a bug");
    s.wait_exit();
    common::pty::wait_until("the panic ends the engine", || {
        !std::path::Path::new(&format!("/proc/{engine}")).exists()
    });
}

/// Issue 25: `speak --wav` to a place that cannot hold the file says so and exits 2 (it said
/// success for a folder, /dev/full and a missing folder, hung on a pipe, and wrote through a
/// symbolic link), and with a kiosk's settings it uses the kiosk's speech engine.
#[test]
fn speak_to_a_place_that_cannot_hold_a_wav_fails_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.wav");
    mkfifo(&fifo);
    let target = dir.path().join("target.wav");
    let link = dir.path().join("link.wav");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let missing = dir.path().join("no-folder").join("x.wav");
    for (path, says) in [
        (dir.path().to_path_buf(), "is not a regular file"),
        (PathBuf::from("/dev/full"), "is not a regular file"),
        (fifo.clone(), "is not a regular file"),
        (link.clone(), "it is a symbolic link"),
        (missing.clone(), "does not exist"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_patient-guide"))
            .args(["--guides", FIXTURE_FILE, "speak", "dose", "--wav"])
            .arg(&path)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{}: {err}", path.display());
        assert!(err.contains(says), "{}: {err}", path.display());
    }
    assert!(!target.exists(), "nothing was written through the link");
    // A kiosk's own engine is the one used.
    let config = dir.path().join("kiosk.toml");
    let guides = dir.path().join("guides");
    std::fs::create_dir(&guides).unwrap();
    std::fs::copy(FIXTURE_FILE, guides.join("ui.toml")).unwrap();
    std::fs::write(
        &config,
        format!(
            "guides = {:?}\nspeech_command = \"no-such-speech-engine -v {{voice}}\"\n",
            guides.display().to_string()
        ),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_patient-guide"))
        .arg("--kiosk-config")
        .arg(&config)
        .args(["speak", "dose", "--wav"])
        .arg(dir.path().join("k.wav"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("no-such-speech-engine"), "{err}");
    assert!(!dir.path().join("k.wav").exists());
}

/// `--lang es speak` reads the Spanish guide's topic, with numbers as Spanish says them: the
/// text the engine gets (a stand-in engine keeps it) says "1880", never "1,880", which a Spanish
/// voice reads "uno coma ochocientos ochenta". `--guide fixture-es` chooses it too. (On the
/// fixture pair, each given a number written with a comma, as the Kesimpta guides write it.)
#[test]
fn speak_in_spanish_reads_the_spanish_topic_with_spanish_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let engine = dir.path().join("engine.sh");
    let heard = dir.path().join("heard.txt");
    std::fs::write(
        &engine,
        format!(
            "#!/bin/sh\n# the text on stdin is kept; a small WAV goes where -w says\ncat > '{}'\nwhile [ $# -gt 0 ]; do [ \"$1\" = -w ] && out=$2; shift; done\nprintf 'RIFF\\044\\000\\000\\000WAVEfmt ' > \"$out\"\nhead -c 100 /dev/zero >> \"$out\"\n",
            heard.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&engine, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let guides = dir.path().join("guides");
    std::fs::create_dir(&guides).unwrap();
    for (from, name, was, now) in [
        (
            FIXTURE_FILE,
            "ui.toml",
            "About 11 in 100 people had it. [@label]",
            "About 11 in 100 people had it. [@label]\n\nAbout 1,880 adults took part. [@label]",
        ),
        (
            FIXTURE_ES_FILE,
            "ui.es.toml",
            "Unas 11 de cada 100 personas lo tuvieron. [@label]",
            "Unas 11 de cada 100 personas lo tuvieron. [@label]\n\nTomaron parte unos 1,880 adultos. [@label]",
        ),
    ] {
        let text = std::fs::read_to_string(from).unwrap();
        assert!(text.contains(was), "{name} no longer has {was:?}");
        std::fs::write(guides.join(name), text.replacen(was, now, 1)).unwrap();
    }
    for args in [&["--lang", "es"][..], &["--guide", "fixture-es"][..]] {
        let wav = dir.path().join("trial.wav");
        let out = Command::new(env!("CARGO_BIN_EXE_patient-guide"))
            .arg("--guides")
            .arg(&guides)
            .args(args)
            .args(["--speech-command", &engine.display().to_string()])
            .args(["speak", "numbers", "--wav"])
            .arg(&wav)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        let said = std::fs::read_to_string(&heard).unwrap();
        assert!(said.contains("Tomaron parte unos 1880 adultos"), "{said}");
        assert!(!said.contains("1,880"), "{said}");
    }
}
