//! Reading aloud through a speech engine run as a child process (espeak-ng by default). The
//! text goes to the engine's standard input, so no text is ever a command-line argument. One
//! reading at a time: a new one stops the old; `stop`, and dropping the `Speaker` (on quit, a
//! signal, an error), end the child at once, and so does `silence` (the panic hook, as the
//! program ends without dropping anything). Nothing here waits for speech to end.

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicI32, Ordering};

use crate::i18n::{Lang, tr};

/// The default engine: espeak-ng reading its standard input in the voice `{voice}` (the text's
/// language), at `{rate}` words a minute and amplitude `{volume}` (0-200, 100 normal).
pub const DEFAULT_COMMAND: &str = "espeak-ng -v {voice} -s {rate} -a {volume}";

/// Words a minute: the default, and the range `+`/`-` move in.
pub const DEFAULT_RATE: u16 = 160;
pub const MIN_RATE: u16 = 80;
pub const MAX_RATE: u16 = 320;
pub const RATE_STEP: u16 = 20;
/// Loudness, in espeak-ng's amplitude (100 is normal).
pub const DEFAULT_VOLUME: u16 = 100;
pub const MAX_VOLUME: u16 = 200;
pub const VOLUME_STEP: u16 = 20;

/// How to read: speed, loudness and the language of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voice {
    pub rate: u16,
    pub volume: u16,
    pub lang: Lang,
}

impl Default for Voice {
    fn default() -> Self {
        Self {
            rate: DEFAULT_RATE,
            volume: DEFAULT_VOLUME,
            lang: Lang::En,
        }
    }
}

/// espeak-ng's voice for a language: American English, Latin American Spanish (as the guides are
/// written).
pub fn espeak_voice(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-us",
        Lang::Es => "es-419",
    }
}

/// The engine's command line for a voice: the template split on spaces, `{rate}`, `{volume}`
/// and `{voice}` filled in. Empty when the template is.
pub fn command_line(template: &str, voice: Voice) -> Vec<String> {
    template
        .split_whitespace()
        .map(|w| {
            w.replace("{rate}", &voice.rate.to_string())
                .replace("{volume}", &voice.volume.to_string())
                .replace("{voice}", espeak_voice(voice.lang))
        })
        .collect()
}

/// Why reading aloud could not start or finish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeechError {
    /// No command is set.
    NoCommand,
    /// The program is not installed.
    Missing(String),
    /// The program is there but could not be started (why).
    CannotStart(String, String),
    /// The engine failed while writing a file (why).
    Failed(String),
}

impl SpeechError {
    /// What to tell the patient or staff, short enough for the top row at 80 columns with
    /// what to do.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SpeechError::NoCommand => tr!(lang, "speech-no-command"),
            SpeechError::Missing(p) if p == "espeak-ng" => tr!(lang, "speech-missing-espeak"),
            SpeechError::Missing(p) => tr!(lang, "speech-missing", program = p),
            SpeechError::CannotStart(p, why) => {
                tr!(lang, "speech-cannot-start", program = p, why = why)
            }
            SpeechError::Failed(why) => tr!(lang, "speech-failed", why = why),
        }
    }
}

/// The engine as a child process, if one is reading.
pub struct Speaker {
    template: String,
    child: Option<Child>,
}

impl Speaker {
    pub fn new(template: &str) -> Self {
        Self {
            template: template.to_string(),
            child: None,
        }
    }

    /// Starts reading `text` aloud, stopping whatever was being read. An engine that cannot be
    /// started is an error with a message a patient or staff member can act on.
    pub fn speak(&mut self, text: &str, voice: Voice) -> Result<(), SpeechError> {
        self.stop();
        let args = command_line(&self.template, voice);
        let child = spawn(&args, text, None)?;
        READING.store(i32::try_from(child.id()).unwrap_or(0), Ordering::Relaxed);
        self.child = Some(child);
        Ok(())
    }

    /// Stops reading at once.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            READING.store(0, Ordering::Relaxed);
            // The whole process group: an engine started by a wrapper script or a pipeline
            // must not keep talking to the next patient.
            if let Ok(pid) = i32::try_from(child.id()) {
                // SAFETY: a signal to the group this child leads (started with process_group(0)).
                unsafe { libc::kill(-pid, libc::SIGKILL) };
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Whether a reading is going on; a finished child is collected.
    pub fn speaking(&mut self) -> bool {
        match &mut self.child {
            Some(child) => match child.try_wait() {
                Ok(None) => true,
                _ => {
                    READING.store(0, Ordering::Relaxed);
                    self.child = None;
                    false
                }
            },
            None => false,
        }
    }

    /// The engine's process id while it reads (for tests and logs).
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The process group of the engine reading now (its leader's id), or 0.
static READING: AtomicI32 = AtomicI32::new(0);

/// Stops the reading going on, if any, from anywhere: the panic hook calls it, as the program
/// then ends without dropping its `Speaker`, and the engine, a process group of its own, would
/// go on talking to the next patient.
pub fn silence() {
    let pid = READING.swap(0, Ordering::Relaxed);
    if pid > 0 {
        // SAFETY: a signal to the group the engine leads (started with process_group(0)); it
        // has not been waited for, so the id is not reused.
        unsafe { libc::kill(-pid, libc::SIGKILL) };
    }
}

/// A checked place for a WAV file: its folder exists, and the file, if there, is a regular
/// file (not a folder, a pipe, a device or a symbolic link, which the engine would write
/// through).
#[derive(Debug)]
pub struct WavTarget {
    path: std::path::PathBuf,
    folder: std::path::PathBuf,
}

/// Checks where a WAV file is to go; the reason when it cannot go there.
pub fn wav_target(path: &Path) -> Result<WavTarget, String> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => return Err("it is a symbolic link".into()),
        Ok(m) if !m.is_file() => {
            return Err("it is not a regular file (a folder, pipe or device)".into());
        }
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e.to_string()),
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(format!("the folder {} does not exist", folder.display()));
    }
    Ok(WavTarget {
        path: path.to_path_buf(),
        folder,
    })
}

/// Speaks `text` into a WAV file at `target`: the engine writes a new file beside it, which
/// must hold sound (a RIFF header and more) before it takes the target's place, whole. A full
/// disk or an engine that wrote nothing leaves no file and says so.
pub fn to_wav_file(
    template: &str,
    text: &str,
    voice: Voice,
    target: WavTarget,
) -> Result<(), SpeechError> {
    let fresh = tempfile::Builder::new()
        .prefix(".speak-")
        .suffix(".wav")
        .tempfile_in(&target.folder)
        .map_err(|e| SpeechError::Failed(format!("{}: {e}", target.folder.display())))?;
    to_wav(template, text, voice, fresh.path())?;
    let mut head = [0u8; 12];
    let written = std::fs::File::open(fresh.path())
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
        .is_ok()
        && &head[..4] == b"RIFF"
        && &head[8..12] == b"WAVE"
        && std::fs::metadata(fresh.path()).is_ok_and(|m| m.len() > 44);
    if !written {
        return Err(SpeechError::Failed(
            "the speech engine wrote no sound".into(),
        ));
    }
    fresh
        .persist(&target.path)
        .map(|_| ())
        .map_err(|e| SpeechError::Failed(format!("{}: {}", target.path.display(), e.error)))
}

/// Writes `text`'s speech to a WAV file with the engine (its `-w FILE` option, as espeak-ng
/// has), waiting until it is written.
pub fn to_wav(template: &str, text: &str, voice: Voice, wav: &Path) -> Result<(), SpeechError> {
    let args = command_line(template, voice);
    let mut child = spawn(&args, text, Some(wav))?;
    let status = child
        .wait()
        .map_err(|e| SpeechError::Failed(e.to_string()))?;
    if status.success() {
        Ok(())
    } else {
        Err(SpeechError::Failed(format!("`{}`: {status}", args[0])))
    }
}

fn spawn(args: &[String], text: &str, wav: Option<&Path>) -> Result<Child, SpeechError> {
    let Some((program, rest)) = args.split_first() else {
        return Err(SpeechError::NoCommand);
    };
    let mut command = Command::new(program);
    command.args(rest);
    // A process group of its own, so that stopping ends everything it started.
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    // Killed when the app's thread that started it ends, even killed outright (a kiosk's run
    // killed by the kernel): it must not go on talking to the next patient. Only the engine
    // itself: a wrapper's own children are ended by `stop` and `silence`, not this.
    // SAFETY: prctl(2), between fork and exec, is async-signal-safe.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut command, || {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
    if let Some(wav) = wav {
        command.arg("-w").arg(wav);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => SpeechError::Missing(program.clone()),
            _ => SpeechError::CannotStart(program.clone(), e.to_string()),
        })?;
    // The engine reads until its input closes; the text is written in one go (a topic is at
    // most 100 KB, within a pipe's reach for the engine reading as it speaks) on a thread, so
    // the interface never waits for it.
    if let Some(mut stdin) = child.stdin.take() {
        let text = text.to_string();
        std::thread::spawn(move || {
            let _ = stdin.write_all(text.as_bytes());
        });
    }
    Ok(child)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_filled_in() {
        let voice = Voice {
            rate: 200,
            volume: 60,
            lang: Lang::Es,
        };
        assert_eq!(
            command_line(DEFAULT_COMMAND, voice),
            ["espeak-ng", "-v", "es-419", "-s", "200", "-a", "60"]
        );
        assert!(command_line("  ", voice).is_empty());
    }

    #[test]
    fn a_missing_engine_is_a_message_not_a_panic() {
        let mut s = Speaker::new("no-such-speech-engine-here {rate}");
        let e = s.speak("hello", Voice::default()).unwrap_err();
        for lang in Lang::ALL {
            let e = e.message(lang);
            assert!(e.contains("no-such-speech-engine-here"), "{e}");
            assert!(
                e.chars().count() <= 78,
                "fits the top row at 80 columns: {e}"
            );
        }
        let espeak = SpeechError::Missing("espeak-ng".into());
        for lang in Lang::ALL {
            let e = espeak.message(lang);
            assert!(e.contains("apt install espeak-ng"), "{e}");
            assert!(e.chars().count() <= 78, "fits at 80 columns: {e}");
        }
        assert!(!s.speaking());
    }

    #[test]
    fn stop_ends_the_child_at_once() {
        // `sleep` stands in for an engine that talks for a long time.
        let mut s = Speaker::new("sleep 30");
        s.speak("a long text", Voice::default()).unwrap();
        let pid = s.pid().unwrap();
        assert!(s.speaking());
        let started = std::time::Instant::now();
        s.stop();
        assert!(!s.speaking());
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        // The process is gone (collected), not left running.
        assert!(!Path::new(&format!("/proc/{pid}")).exists());
    }

    /// Issue 27: a speech command that is a wrapper (a script starting the engine, a pipeline)
    /// kept talking after Stop, to the next patient. Stop ends the whole process group.
    #[test]
    fn stop_ends_what_the_speech_command_started_too() {
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("speak.sh");
        let started = dir.path().join("engine.pid");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\nsleep 30 &\necho $! > {}.tmp\nmv {0}.tmp {0}\nwait\n",
                started.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        let mut s = Speaker::new(&script.display().to_string());
        s.speak("a long text", Voice::default()).unwrap();
        // Waits for the script to have started its engine.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let engine = loop {
            if let Ok(pid) = std::fs::read_to_string(&started) {
                break pid.trim().to_string();
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the engine never started"
            );
            std::thread::yield_now();
        };
        assert!(Path::new(&format!("/proc/{engine}")).exists());
        s.stop();
        // The engine, a grandchild, is killed too: gone (no /proc entry), or a zombie waiting for
        // init.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            // No stat file: gone and collected already (init reaped it).
            let alive = std::fs::read_to_string(format!("/proc/{engine}/stat"))
                .ok()
                .and_then(|state| state.rsplit_once(')').map(|(_, rest)| rest.to_string()))
                .is_some_and(|rest| !rest.trim_start().starts_with('Z'));
            if !alive {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the engine kept running"
            );
            std::thread::yield_now();
        }
    }
}
