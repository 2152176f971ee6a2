//! Command-line arguments.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand};

use crate::kiosk::config::parse_duration;

/// The exit status of a usage mistake (sysexits' EX_USAGE), apart from an invalid guide's 2.
pub const EXIT_USAGE: u8 = 64;

#[derive(Debug, Parser)]
#[command(
    name = "patient-guide",
    version,
    about = "Explains a medicine to patients: how it works, who it is for, how to take it, and how to take it safely.",
    after_help = "With no command, opens the guide in the terminal. Education only, not medical advice."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Load guides from this directory (or file) instead of the bundled ones; give it again to
    /// read several together (a guide in one folder, its translation in another).
    #[arg(long, value_name = "DIR", global = true)]
    pub guides: Vec<PathBuf>,

    /// Which guide to open, by its id (default: the first).
    #[arg(long, value_name = "ID")]
    pub guide: Option<String>,

    /// The language of the app and of the guide, if it has a translation: en or es (default: the
    /// language of --guide, else the kiosk's `language`, else the locale: LANGUAGE, LC_ALL,
    /// LC_MESSAGES, LANG).
    #[arg(long, value_name = "LANG", value_parser = lang, global = true)]
    pub lang: Option<crate::i18n::Lang>,

    /// Leave the mouse to the terminal, so text can be selected and copied.
    #[arg(long)]
    pub no_mouse: bool,

    /// Kiosk mode for unattended clinic terminals: no way out without the staff PIN, and a reset
    /// after idle time.
    #[arg(long)]
    pub kiosk: bool,

    /// Kiosk settings (implies --kiosk). With `check`, validates this file.
    #[arg(long, value_name = "FILE", global = true)]
    pub kiosk_config: Option<PathBuf>,

    /// Kiosk: time without input before the countdown, e.g. 120s or 2m (overrides the config).
    #[arg(long, value_name = "DURATION", value_parser = duration)]
    pub idle: Option<Duration>,

    /// Draw borders, markers and text with ASCII only (automatic when TERM=linux).
    #[arg(long)]
    pub ascii: bool,

    /// Start with the large layout: bigger spacing and shorter lines.
    #[arg(long)]
    pub large: bool,

    /// Start in high contrast.
    #[arg(long)]
    pub high_contrast: bool,

    /// The terminal's background is light: colours chosen to be read on it (automatic when
    /// COLORFGBG says the background is white).
    #[arg(long)]
    pub light_background: bool,

    /// Print "My questions" to standard output when the app ends.
    #[arg(long)]
    pub print_questions: bool,

    /// Where `S` in "My questions" saves the list (default: ~/patient-guide-my-questions.txt).
    #[arg(long, value_name = "FILE")]
    pub questions_file: Option<std::path::PathBuf>,

    /// Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and
    /// the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}").
    #[arg(long, value_name = "COMMAND", global = true)]
    pub speech_command: Option<String>,

    /// Line-by-line mode for screen readers and braille displays: numbered menus and plain
    /// text on the main screen, no drawing (automatic when TERM=dumb).
    #[arg(long)]
    pub screen_reader: bool,

    /// Do not offer reading aloud.
    #[arg(long)]
    pub no_speech: bool,

    /// The terminal is an xterm that lets the app set its font (the graphical kiosk): its font
    /// for normal text, as xterm names a TrueType font ("DejaVu Sans Mono:size=20"). With
    /// --xterm-large-font, Larger text also draws larger letters.
    #[arg(long, value_parser = font_name, requires = "xterm_large_font")]
    pub xterm_font: Option<String>,

    /// The xterm font for Larger text ("DejaVu Sans Mono:size=28"), with --xterm-font.
    #[arg(long, value_parser = font_name, requires = "xterm_font")]
    pub xterm_large_font: Option<String>,

    /// Draw the first frame, restore the terminal and exit: for timing start-up
    /// (bench/startup.sh).
    #[arg(long)]
    pub exit_after_first_frame: bool,
}

fn duration(text: &str) -> Result<Duration, String> {
    parse_duration(text)
}

/// A shell `patient-guide manual` writes completions for (the shells clap_complete knows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Shell {
    Bash,
    Elvish,
    Fish,
    Powershell,
    Zsh,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

impl CheckFormat {
    /// This format, or JSON when `--json` was given.
    pub fn or_json(self, json: bool) -> Self {
        if json { Self::Json } else { self }
    }
}

#[derive(Debug, Subcommand)]
// Each command's options are defined only when it is the one run (or its help is shown):
// defining all of them took 17 of the 330 page faults of a plain start (the first frame).
#[command(defer = true)]
pub enum Command {
    /// Check guide files and directories; print every problem; exit 0 when all are valid, 2 otherwise.
    Check {
        /// Guide files or directories of guides (default: the bundled guides, or --guides DIR).
        paths: Vec<PathBuf>,
        /// Treat warnings (an uncited source, an old review date, a topic above the reading
        /// grade) as errors.
        #[arg(long)]
        strict: bool,
        /// Print each topic's reading grade (Flesch-Kincaid) and reading ease.
        #[arg(long)]
        readability: bool,
        /// How to print problems: text for people, json for editors and CI.
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
        /// Check the guides against this US label file (SPL XML, as DailyMed publishes it):
        /// sections cited that it lacks, a newer label with what changed, what no topic covers.
        #[arg(long, value_name = "FILE.xml")]
        label: Option<PathBuf>,
        /// Check each guide against the label file beside it (NAME.xml by NAME.toml): a whole
        /// library, each guide with its own label, in one run.
        #[arg(long, conflicts_with = "label")]
        labels_beside: bool,
        /// Print what a problem code means and how to fix it (e.g. --explain title-cut), from
        /// the guide format's reference, and check nothing.
        #[arg(long, value_name = "CODE")]
        explain: Option<String>,
        /// The same as --format json.
        #[arg(long, conflicts_with = "format")]
        json: bool,
    },
    /// What a US label file (SPL XML, as DailyMed publishes it) is: product, set id, version,
    /// effective date, its recent major changes and its numbered sections.
    Label {
        /// The label's SPL XML file; or `draft FILE.xml [GUIDE.toml]`: write a starter guide
        /// whose topics follow the label's sections (each a draft until rewritten).
        #[arg(num_args = 1..=3, required = true, value_name = "FILE.xml")]
        args: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
        /// The same as --format json.
        #[arg(long, conflicts_with = "format")]
        json: bool,
    },
    /// Print the manual page (man patient-guide), made from these same options, or the shell
    /// completions for bash, zsh or fish: for packaging and for installing by hand.
    Manual {
        /// bash, zsh or fish (or elvish, powershell) for completions; nothing for the manual
        /// page.
        #[arg(value_name = "SHELL")]
        shell: Option<Shell>,
    },
    /// Write a starter guide to FILE (never over an existing file): it passes check, has one
    /// example of every figure kind, and marks each text to write with TODO.
    New {
        /// The new guide's file, e.g. metformin.toml; its name gives the guide's id.
        file: PathBuf,
    },
    /// Make the staff PIN's hash for kiosk.toml: type the PIN twice; prints the line to paste.
    KioskPin,
    /// Lock (or unlock) switching away from a Linux virtual console, for the console kiosk
    /// (Alt+F2, Alt+Left ...). Needs root; the kiosk's service runs it before and after the kiosk.
    ConsoleLock {
        /// The kiosk's console.
        #[arg(default_value = "/dev/tty1")]
        tty: PathBuf,
        /// Allow switching again.
        #[arg(long)]
        unlock: bool,
    },
    /// Write a topic's speech to a WAV file, as `r` reads it aloud (for staff to check).
    Speak {
        /// The topic's id (e.g. missed-dose).
        topic: String,
        /// The guide's id (default: the first guide).
        #[arg(long, value_name = "ID")]
        guide: Option<String>,
        /// The WAV file to write.
        #[arg(long, value_name = "FILE")]
        wav: PathBuf,
    },
    /// List every guide: id, language, review date, title and condition. With --lang, what a
    /// patient of that language is offered: one guide per medicine, translated where it can be.
    List {
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
        /// The same as --format json.
        #[arg(long, conflicts_with = "format")]
        json: bool,
    },
    /// Search every guide (or one) as the app does; exit 0 with results, 1 with none.
    Search {
        /// What to look for, as a patient would type it.
        query: String,
        /// Only this guide, by its id.
        #[arg(long, value_name = "ID")]
        guide: Option<String>,
        /// At most this many results.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Search for the words as typed: correct no typo.
        #[arg(long)]
        as_typed: bool,
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
        /// The same as --format json.
        #[arg(long, conflicts_with = "format")]
        json: bool,
    },
    /// Show a kiosk's counts (kiosk.toml `counts = true`): the topics patients turned to most,
    /// the searches that found nothing (what the guides lack), languages and reading aloud.
    Report {
        /// The counts file, or several (each kiosk's), summed day by day (default: the kiosk's,
        /// from --kiosk-config, or counts.json in its state folder).
        files: Vec<PathBuf>,
        /// How many of each to list.
        #[arg(long, default_value_t = 10)]
        top: usize,
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
        /// The same as --format json.
        #[arg(long, conflicts_with = "format")]
        json: bool,
    },
    /// Write a guide (or one section) as linear text or Markdown, for screen readers and printing.
    Print {
        /// The guide's id (default: the first guide).
        guide: Option<String>,
        /// Only this section, by its id (e.g. how-to-take-it).
        #[arg(long, value_name = "ID")]
        section: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: crate::print::Format,
    },
}

fn lang(text: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::parse(text).ok_or_else(|| {
        format!(
            "the app has no words for `{text}`; use one of: {}",
            crate::kiosk::config::language_codes()
        )
    })
}

/// A font name for xterm: printable text only (it is written inside an escape sequence).
fn font_name(s: &str) -> Result<String, String> {
    if s.is_empty() || s.len() > 200 || s.chars().any(|c| c.is_control()) {
        Err("a font name like \"DejaVu Sans Mono:size=20\" (printable, at most 200 bytes)".into())
    } else {
        Ok(s.to_string())
    }
}
