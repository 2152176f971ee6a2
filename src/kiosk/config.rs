//! `kiosk.toml`: the settings a clinic gives a kiosk, checked as strictly as a guide, with the same
//! compiler-style messages.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use toml::Spanned;
use toml::de::DeTable;

mod written;
use written::File;

use super::pin;
use crate::guide::Diagnostic;
use crate::guide::load::read_one;

pub const DEFAULT_IDLE: Duration = Duration::from_secs(120);
pub const DEFAULT_COUNTDOWN: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, PartialEq)]
pub struct KioskConfig {
    /// Time without input before the "Still reading?" countdown starts.
    pub idle: Duration,
    /// How long the countdown lasts before the kiosk resets.
    pub countdown: Duration,
    /// The key chord that asks for the staff PIN.
    pub exit_chord: Chord,
    /// The PIN's salted hash. Without it, the kiosk cannot be left from the keyboard.
    pub pin_hash: Option<String>,
    pub log: PathBuf,
    /// Guides to load instead of the bundled ones.
    pub guides: Option<PathBuf>,
    pub large: bool,
    pub high_contrast: bool,
    /// The terminal's background is light (the graphical kiosk's xterm is black on white).
    pub light_background: bool,
    pub ascii: bool,
    /// Reading aloud offered (a "Read aloud" button and `r`); off unless set.
    pub speech: bool,
    /// The line-by-line screen-reader mode instead of the full screen.
    pub screen_reader: bool,
    /// The speech command, if not the default (see `speech::DEFAULT_COMMAND`).
    pub speech_command: Option<String>,
    /// The language a patient finds at the welcome screen, and gets back at every reset.
    pub language: crate::i18n::Lang,
    /// Where the kiosk keeps its last good set of guides and its status file for staff.
    pub state: PathBuf,
    /// Anonymous counts of what patients looked for (off unless set), and their file (default:
    /// `counts.json` in the state folder).
    pub counts: bool,
    pub counts_file: Option<PathBuf>,
}

impl Default for KioskConfig {
    fn default() -> Self {
        Self {
            idle: DEFAULT_IDLE,
            countdown: DEFAULT_COUNTDOWN,
            exit_chord: Chord::DEFAULT,
            pin_hash: None,
            log: super::log::default_path(),
            guides: None,
            large: false,
            high_contrast: false,
            light_background: false,
            ascii: false,
            speech: false,
            screen_reader: false,
            speech_command: None,
            language: crate::i18n::Lang::En,
            state: super::updates::default_state(),
            counts: false,
            counts_file: None,
        }
    }
}

/// A key with modifiers, such as Ctrl+Alt+P. Plain data: the keymap matches it against key events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chord {
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
    pub key: ChordKey,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChordKey {
    Char(char),
    F(u8),
}

impl Chord {
    pub const DEFAULT: Chord = Chord {
        ctrl: true,
        alt: true,
        shift: false,
        key: ChordKey::Char('p'),
    };

    /// Parses "ctrl+alt+p", "Ctrl+F12" and the like. A chord needs Ctrl or Alt, or a function key,
    /// so a patient cannot hit it by chance.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut chord = Chord {
            ctrl: false,
            alt: false,
            shift: false,
            key: ChordKey::F(0),
        };
        let parts: Vec<String> = text.split('+').map(|p| p.trim().to_lowercase()).collect();
        let (key, mods) = parts.split_last().ok_or("an empty chord")?;
        for m in mods {
            match m.as_str() {
                "ctrl" | "control" => chord.ctrl = true,
                "alt" => chord.alt = true,
                "shift" => chord.shift = true,
                other => return Err(format!("`{other}` is not a modifier (ctrl, alt or shift)")),
            }
        }
        chord.key = match key.as_str() {
            k if k.len() == 1 && k.chars().all(|c| c.is_ascii_alphanumeric()) => {
                ChordKey::Char(k.chars().next().expect("one char"))
            }
            k if k.starts_with('f')
                && k[1..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)) =>
            {
                ChordKey::F(k[1..].parse().expect("checked"))
            }
            other => {
                return Err(format!(
                    "`{other}` is not a key: use a letter, a digit or F1-F12"
                ));
            }
        };
        // Terminals send Ctrl with these keys as other keys: Ctrl+M is Enter, Ctrl+I is Tab,
        // Ctrl+H is Backspace, Ctrl+J is a line feed, and Ctrl with a digit is another control
        // character or the plain digit. Such a chord would be typed by accident, or never.
        if let ChordKey::Char(c) = chord.key
            && chord.ctrl
            && (matches!(c, 'm' | 'i' | 'h' | 'j') || c.is_ascii_digit())
        {
            return Err(format!(
                "ctrl+{c} cannot be told apart from another key in a terminal (Enter, Tab, Backspace, a digit)"
            ));
        }
        if !chord.ctrl && !chord.alt && matches!(chord.key, ChordKey::Char(_)) {
            return Err(
                "a letter or digit needs ctrl or alt, so patients cannot type it by chance".into(),
            );
        }
        Ok(chord)
    }
}

impl fmt::Display for Chord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (on, name) in [
            (self.ctrl, "Ctrl+"),
            (self.alt, "Alt+"),
            (self.shift, "Shift+"),
        ] {
            if on {
                f.write_str(name)?;
            }
        }
        match self.key {
            ChordKey::Char(c) => write!(f, "{}", c.to_ascii_uppercase()),
            ChordKey::F(n) => write!(f, "F{n}"),
        }
    }
}

/// The language codes the app has words for: "en, es".
impl KioskConfig {
    /// Where the counts go: `counts_file`, else `counts.json` in the state folder.
    pub fn counts_path(&self) -> PathBuf {
        self.counts_file
            .clone()
            .unwrap_or_else(|| self.state.join("counts.json"))
    }
}

pub fn language_codes() -> String {
    crate::i18n::Lang::ALL
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The shortest idle time or countdown: below it the countdown would swallow every key.
pub const MIN_DURATION: Duration = Duration::from_secs(1);
/// The longest: a day. Longer is surely a mistake, and time arithmetic stays far from overflow.
pub const MAX_DURATION: Duration = Duration::from_secs(24 * 3600);

/// Parses "120", "120s", "2m", "1h" or "500ms", from 1 second to 24 hours. Numbers too large
/// for any clock are refused, never wrapped.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let too_long = || format!("`{text}` is longer than a day");
    if num.is_empty() {
        return Err(format!("`{text}` is not a duration"));
    }
    // Digits only, so a failed parse means a number too large for 64 bits.
    let n: u64 = num.parse().map_err(|_| too_long())?;
    let seconds_per = match unit.trim() {
        "" | "s" => Some(1),
        "ms" => None,
        "m" | "min" => Some(60),
        "h" => Some(3600),
        other => return Err(format!("`{other}` is not a time unit")),
    };
    let d = match seconds_per {
        Some(per) => Duration::from_secs(n.checked_mul(per).ok_or_else(too_long)?),
        None => Duration::from_millis(n),
    };
    bounded(d, text)
}

/// A duration within `MIN_DURATION` and `MAX_DURATION`, or why not.
pub fn bounded(d: Duration, text: &str) -> Result<Duration, String> {
    if d < MIN_DURATION {
        Err(format!("`{text}` is shorter than a second"))
    } else if d > MAX_DURATION {
        Err(format!("`{text}` is longer than a day"))
    } else {
        Ok(d)
    }
}

impl KioskConfig {
    /// Reads and checks a config file; every problem is reported.
    pub fn load(path: &Path) -> Result<Self, Vec<Diagnostic>> {
        Self::load_with(path, true)
    }

    /// Reads the config for a kiosk that is starting: as `load`, except that a missing guides
    /// folder is not an error here (the kiosk shows its last good guides and says why in its
    /// status file; refusing would restart it in a loop, showing nothing). `check` still
    /// reports it.
    pub fn load_for_kiosk(path: &Path) -> Result<Self, Vec<Diagnostic>> {
        Self::load_with(path, false)
    }

    fn load_with(path: &Path, guides_must_exist: bool) -> Result<Self, Vec<Diagnostic>> {
        let src = read_one(path).map_err(|e| vec![e])?;
        let shown = path.display().to_string();
        let config = Self::parse(&shown, &src)?;
        // What the kiosk will need from the system, checked now rather than in a restart loop.
        let mut errors = Vec::new();
        let at = |key: &str| {
            src.find(&format!("{key} ="))
                .or_else(|| src.find(key))
                .map_or(0..0, |i| i..i + key.len())
        };
        if let Some(dir) = &config.guides
            && guides_must_exist
            && !dir.is_dir()
        {
            errors.push(
                Diagnostic::at(
                    &shown,
                    &src,
                    at("guides"),
                    format!(
                        "guides folder `{}` does not exist or is not a folder",
                        dir.display()
                    ),
                )
                .expected("a folder of *.toml guides"),
            );
        }
        if let Err(e) = super::log::check_writable(&config.log) {
            errors.push(
                Diagnostic::at(
                    &shown,
                    &src,
                    at("log"),
                    format!("the log `{}` cannot be written: {e}", config.log.display()),
                )
                .expected("a file the kiosk's user can create and append to"),
            );
        }
        if errors.is_empty() {
            Ok(config)
        } else {
            Err(errors)
        }
    }

    pub fn parse(path: &str, src: &str) -> Result<Self, Vec<Diagnostic>> {
        let root = DeTable::parse(src).map_err(|e| vec![Diagnostic::from_toml(path, src, &e)])?;
        let file = File::read(&root).map_err(|m| vec![Diagnostic::from_mistake(path, src, &m)])?;
        let mut errors = Vec::new();
        let mut config = KioskConfig::default();
        let mut error = |span: std::ops::Range<usize>, msg: String, expected: &str| {
            errors.push(Diagnostic::at(path, src, span, msg).expected(expected));
        };
        let durations = [
            (&file.idle, &mut config.idle, "idle"),
            (&file.countdown, &mut config.countdown, "countdown"),
        ];
        for (value, slot, name) in durations {
            let Some(v) = value else { continue };
            let parsed = match v.get_ref() {
                toml::Value::Integer(n) if *n >= 0 => {
                    bounded(Duration::from_secs(n.unsigned_abs()), &n.to_string())
                }
                toml::Value::String(s) => parse_duration(s),
                _ => Err(format!("{name} is not a duration")),
            };
            match parsed {
                Ok(d) => *slot = d,
                Err(msg) => error(
                    v.span(),
                    format!("{name}: {msg}"),
                    "from 1 second to 24 hours: seconds, or a string like \"120s\", \"2m\" or \"1h\"",
                ),
            }
        }
        if let Some(c) = &file.exit_chord {
            match Chord::parse(c.get_ref()) {
                Ok(chord) => config.exit_chord = chord,
                Err(msg) => error(c.span(), msg, "a chord like \"ctrl+alt+p\" or \"ctrl+f12\""),
            }
        }
        if let Some(h) = &file.pin_hash {
            match pin::check_hash(h.get_ref()) {
                Ok(()) => config.pin_hash = Some(h.get_ref().clone()),
                Err(msg) => error(
                    h.span(),
                    msg,
                    "the line that `patient-guide kiosk-pin` prints",
                ),
            }
        }
        // What a path must be where it already exists: a file the kiosk writes must be a
        // regular file (a pipe would stop it at the first write or read, a device such as
        // /dev/full or /dev/null would lose what it keeps), a folder a folder.
        #[derive(PartialEq)]
        enum Kind {
            File,
            Folder,
        }
        let mut path_of =
            |value: &Option<Spanned<String>>, name: &str, expected: &str, kind: Kind| {
                let v = value.as_ref()?;
                if v.get_ref().trim().is_empty() {
                    error(v.span(), format!("{name} is empty"), expected);
                    return None;
                }
                let path = PathBuf::from(v.get_ref());
                if let Ok(m) = std::fs::metadata(&path) {
                    let wrong = match kind {
                        Kind::File => !m.is_file(),
                        Kind::Folder => !m.is_dir(),
                    };
                    if wrong {
                        let what = if kind == Kind::File {
                            "a regular file (it is a folder, a pipe or a device)"
                        } else {
                            "a folder"
                        };
                        error(
                            v.span(),
                            format!("{name}: `{}` is not {what}", v.get_ref()),
                            expected,
                        );
                        return None;
                    }
                }
                Some(path)
            };
        if let Some(log) = path_of(
            &file.log,
            "log",
            "a file path (a regular file, or one that does not exist yet)",
            Kind::File,
        ) {
            config.log = log;
        }
        config.guides = path_of(
            &file.guides,
            "guides",
            "a directory of *.toml guides",
            Kind::Folder,
        );
        if let Some(state) = path_of(
            &file.state,
            "state",
            "a folder the kiosk can write",
            Kind::Folder,
        ) {
            config.state = state;
        }
        config.counts_file = path_of(
            &file.counts_file,
            "counts_file",
            "a file path (a regular file, or one that does not exist yet)",
            Kind::File,
        );
        config.counts = file.counts.unwrap_or(false);
        config.large = file.large.unwrap_or(false);
        config.high_contrast = file.high_contrast.unwrap_or(false);
        config.light_background = file.light_background.unwrap_or(false);
        config.ascii = file.ascii.unwrap_or(false);
        config.speech = file.speech.unwrap_or(false);
        config.screen_reader = file.screen_reader.unwrap_or(false);
        if let Some(l) = &file.language {
            match crate::i18n::Lang::parse(l.get_ref()) {
                Some(lang) => config.language = lang,
                None => error(
                    l.span(),
                    format!("the app has no words for the language `{}`", l.get_ref()),
                    &format!("one of: {}", language_codes()),
                ),
            }
        }
        if let Some(c) = &file.speech_command {
            if c.get_ref().trim().is_empty() {
                error(
                    c.span(),
                    "speech_command is empty".into(),
                    "a command like \"espeak-ng -v en-us -s {rate} -a {volume}\"",
                );
            } else {
                config.speech_command = Some(c.get_ref().clone());
            }
        }
        if errors.is_empty() {
            Ok(config)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_chords_parse() {
        assert_eq!(parse_duration("120"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("2s"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_duration("1500ms"), Ok(Duration::from_millis(1500)));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("5 parsecs").is_err());
        // Never wrapped, never a panic: too large for the clock, or longer than a day.
        for huge in [
            "18446744073709551615s",
            "18446744073709551616",
            "5124095576030432h",
            "307445734561825861m",
            "25h",
            "86401",
        ] {
            let e = parse_duration(huge).unwrap_err();
            assert!(e.contains("longer than a day"), "{huge}: {e}");
        }
        assert_eq!(parse_duration("24h"), Ok(MAX_DURATION));
        for tiny in ["0s", "0", "999ms"] {
            let e = parse_duration(tiny).unwrap_err();
            assert!(e.contains("shorter than a second"), "{tiny}: {e}");
        }
        assert_eq!(Chord::parse("ctrl+alt+p"), Ok(Chord::DEFAULT));
        assert_eq!(Chord::parse("Ctrl+F12").unwrap().to_string(), "Ctrl+F12");
        assert!(
            Chord::parse("p").is_err(),
            "a bare letter is too easy to hit"
        );
        assert!(Chord::parse("hyper+p").is_err());
        for key in [
            "ctrl+m",
            "ctrl+i",
            "ctrl+h",
            "ctrl+j",
            "ctrl+alt+m",
            "ctrl+2",
            "ctrl+alt+9",
        ] {
            let e = Chord::parse(key).unwrap_err();
            assert!(e.contains("cannot be told apart"), "{key}: {e}");
        }
        assert!(Chord::parse("alt+2").is_ok());
        assert_eq!(Chord::parse("F9").unwrap().key, ChordKey::F(9));
    }

    #[test]
    fn a_full_config_parses() {
        let h = pin::hash("1234").unwrap();
        let src = format!(
            "idle = \"90s\"\ncountdown = 5\nexit_chord = \"ctrl+alt+x\"\npin_hash = \"{h}\"\nlog = \"/tmp/k.log\"\nlarge = true\nhigh_contrast = true\nascii = true\nspeech = true\nspeech_command = \"spd-say -e\"\n"
        );
        let c = KioskConfig::parse("kiosk.toml", &src).unwrap();
        assert_eq!(c.idle, Duration::from_secs(90));
        assert_eq!(c.countdown, Duration::from_secs(5));
        assert_eq!(c.exit_chord.to_string(), "Ctrl+Alt+X");
        assert_eq!(c.pin_hash.as_deref(), Some(h.as_str()));
        assert!(c.large && c.high_contrast && c.ascii && c.speech);
        assert_eq!(c.speech_command.as_deref(), Some("spd-say -e"));
        let errs = KioskConfig::parse("k.toml", "speech_command = \" \"\n").unwrap_err();
        assert!(
            errs[0].message.contains("speech_command is empty"),
            "{errs:?}"
        );
        assert_eq!(
            KioskConfig::parse("k.toml", "").unwrap(),
            KioskConfig::default()
        );
    }

    #[test]
    fn durations_out_of_bounds_are_errors_at_their_place() {
        let src = "idle = \"18446744073709551615s\"\ncountdown = 90000\n";
        let errs = KioskConfig::parse("kiosk.toml", src).unwrap_err();
        assert_eq!(errs.len(), 2, "{errs:#?}");
        assert_eq!((errs[0].line(), errs[0].column()), (Some(1), Some(8)));
        assert!(errs[0].message.contains("longer than a day"), "{errs:#?}");
        assert!(errs[1].message.starts_with("countdown:"), "{errs:#?}");
        let errs = KioskConfig::parse("kiosk.toml", "idle = 0\n").unwrap_err();
        assert!(errs[0].message.contains("shorter than a second"));
    }

    #[test]
    fn every_mistake_is_reported_with_its_place() {
        let src = "idle = \"soon\"\nexit_chord = \"q\"\npin_hash = \"1234\"\n";
        let errs = KioskConfig::parse("kiosk.toml", src).unwrap_err();
        assert_eq!(errs.len(), 3, "{errs:#?}");
        assert_eq!((errs[0].line(), errs[0].column()), (Some(1), Some(8)));
        assert_eq!(errs[1].line(), Some(2));
        assert_eq!(errs[2].line(), Some(3));
        assert!(errs[2].to_string().contains("kiosk-pin"));
        let unknown = KioskConfig::parse("kiosk.toml", "idle = 5\npin = \"1234\"\n").unwrap_err();
        assert_eq!(unknown[0].line(), Some(2));
        assert!(
            unknown[0]
                .message
                .contains("unknown key `pin`. Did you mean `pin_hash`?"),
            "{}",
            unknown[0].message
        );
    }

    #[test]
    fn the_language_is_one_the_app_has_words_for() {
        let c = KioskConfig::parse("kiosk.toml", "language = \"es\"\n").unwrap();
        assert_eq!(c.language, crate::i18n::Lang::Es);
        let errs =
            KioskConfig::parse("kiosk.toml", "large = true\nlanguage = \"fr\"\n").unwrap_err();
        assert_eq!((errs[0].line(), errs[0].column()), (Some(2), Some(12)));
        assert!(
            errs[0].message.contains("no words for the language `fr`"),
            "{errs:#?}"
        );
        assert!(errs[0].to_string().contains("en, es"), "{}", errs[0]);
    }
}
