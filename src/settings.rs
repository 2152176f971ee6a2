//! What the app starts with, from the command line and a kiosk's settings: the guides (loaded
//! and checked), the one to open, the view, and the kiosk's settings with the command line's
//! overrides. `main` only dispatches.

use crate::app::View;
use crate::check;
use crate::cli::Cli;
use crate::guide::{Diagnostic, Guide};
use crate::kiosk::KioskConfig;
use crate::tui;

/// Why the app does not start.
pub enum Refusal {
    /// Problems in the guides or the kiosk's settings, each with its place.
    Problems(Vec<Diagnostic>),
    /// `--guide ID` names no loaded guide.
    NoSuchGuide(String),
}

/// The guides, the index of the one to open, and the terminal's options.
pub fn from_cli(cli: &Cli) -> Result<(Vec<Guide>, usize, tui::Options), Refusal> {
    let kiosk = match (&cli.kiosk_config, cli.kiosk) {
        (Some(path), _) => match KioskConfig::load_for_kiosk(path) {
            Ok(c) => Some(c),
            Err(errors) => return Err(Refusal::Problems(errors)),
        },
        (None, true) => Some(KioskConfig::default()),
        (None, false) => None,
    };
    let kiosk = kiosk.map(|mut k| {
        if let Some(idle) = cli.idle {
            k.idle = idle;
        }
        k
    });
    let dir = cli
        .guides
        .clone()
        .or_else(|| kiosk.as_ref().and_then(|k| k.guides.clone()));
    // A kiosk never refuses to start over a guide (it would restart in a loop, showing
    // nothing): it shows the last good set, or the built-in guides, and says why in its status
    // file and log. The desktop app refuses and prints the problems.
    let (guides, live) = match &kiosk {
        Some(k) => {
            let mut updates =
                crate::kiosk::updates::Updates::new(dir.clone(), k.state.clone(), k.log.clone());
            let (guides, source) = updates.first();
            let live = tui::Live {
                library: guides.clone(),
                source,
                updates,
            };
            (guides, Some(std::sync::Mutex::new(live)))
        }
        None => (Vec::new(), None),
    };
    let screen_reader = cli.screen_reader
        || kiosk.as_ref().is_some_and(|k| k.screen_reader)
        || std::env::var("TERM").is_ok_and(|t| t == "dumb");
    // The desktop opens its first guide as soon as that one guide is checked; the rest of the
    // library is checked on another thread and handed over after the first frame (`rest`).
    let mut rest = None;
    let guides = if kiosk.is_some() {
        guides
    } else {
        let found = check::gather(&[], dir.as_ref());
        let lang = cli
            .lang
            .unwrap_or_else(|| crate::i18n::Lang::from_locale(|v| std::env::var(v).ok()));
        match first_alone(&found, cli.guide.is_none() && !screen_reader, lang) {
            Some(first) => {
                rest = Some(std::sync::Mutex::new(tui::Rest::Files(found.files)));
                vec![first]
            }
            None => match check::load(&found) {
                Ok(g) => g,
                Err(errors) => return Err(Refusal::Problems(errors)),
            },
        }
    };
    let start = match cli.guide.as_deref() {
        None => 0,
        Some(id) => match guides.iter().position(|g| g.id == id) {
            Some(i) => i,
            None => return Err(Refusal::NoSuchGuide(id.to_string())),
        },
    };
    let staff = kiosk.as_ref();
    // An explicit --lang first; then the language of the guide asked for; then the kiosk's;
    // then the desktop's locale.
    let lang = cli
        .lang
        .or_else(|| cli.guide.is_some().then(|| guides[start].lang()))
        .or_else(|| staff.map(|k| k.language))
        .unwrap_or_else(|| crate::i18n::Lang::from_locale(|v| std::env::var(v).ok()));
    let view = View {
        lang,
        large: cli.large || staff.is_some_and(|k| k.large),
        high_contrast: cli.high_contrast || staff.is_some_and(|k| k.high_contrast),
        ascii: cli.ascii
            || staff.is_some_and(|k| k.ascii)
            || std::env::var("TERM").is_ok_and(|t| t == "linux"),
    };
    let speech = speech_command(cli, staff);
    let options = tui::Options {
        mouse: !cli.no_mouse,
        view,
        kiosk,
        questions_file: cli
            .questions_file
            .clone()
            .unwrap_or_else(tui::default_questions_file),
        exit_after_first_frame: cli.exit_after_first_frame,
        screen_reader,
        speech,
        live,
        rest,
    };
    Ok((guides, start, options))
}

/// The first guide, checked on its own, when it is all the first frame needs: several guides,
/// none named (`--guide` may name any of them), the full screen (the screen-reader mode lists
/// them all at once), and a first guide that is no translation and is in the language asked
/// for (else its translation or original is needed at once). None: load everything now.
fn first_alone(
    found: &crate::guide::load::Found,
    allowed: bool,
    lang: crate::i18n::Lang,
) -> Option<Guide> {
    if !allowed || found.files.len() < 2 || !found.errors.is_empty() {
        return None;
    }
    let first = crate::guide::load(&found.files[..1]).ok()?.pop()?;
    (first.translates.is_none() && first.lang() == lang).then_some(first)
}

/// The speech command when reading aloud is offered: on the desktop unless `--no-speech`; in a
/// kiosk only when kiosk.toml says `speech = true`. The command line's command comes first.
fn speech_command(cli: &Cli, kiosk: Option<&KioskConfig>) -> Option<String> {
    let offered = match kiosk {
        Some(k) => k.speech,
        None => !cli.no_speech,
    };
    offered.then(|| {
        cli.speech_command
            .clone()
            .or_else(|| kiosk.and_then(|k| k.speech_command.clone()))
            .unwrap_or_else(|| crate::speech::DEFAULT_COMMAND.to_string())
    })
}
