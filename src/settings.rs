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

/// A kiosk's settings, when the command line asks for a kiosk (`--kiosk`, `--kiosk-config`):
/// kiosk.toml read and checked, with the command line's overrides. None: the desktop app.
pub fn kiosk(cli: &Cli) -> Result<Option<KioskConfig>, Refusal> {
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
    // A kiosk keeps one folder up to date (its last good set is of that folder).
    if let Some(k) = &kiosk
        && guide_dirs(cli, k.guides.clone()).len() > 1
    {
        return Err(Refusal::Problems(vec![crate::guide::Diagnostic::file(
            "--guides",
            "a kiosk reads its guides from one folder: give --guides once (or `guides` in kiosk.toml)",
        )]));
    }
    Ok(kiosk)
}

/// The line-by-line mode for screen readers: asked for, a kiosk's setting, or a terminal that
/// cannot draw (TERM=dumb).
pub fn screen_reader(cli: &Cli, kiosk: Option<&KioskConfig>) -> bool {
    cli.screen_reader
        || kiosk.is_some_and(|k| k.screen_reader)
        || std::env::var("TERM").is_ok_and(|t| t == "dumb")
}

/// The guides, the index of the one to open, and the terminal's options.
pub fn from_cli(cli: &Cli) -> Result<(Vec<Guide>, usize, tui::Options), Refusal> {
    let locale = || crate::i18n::Lang::from_locale(|v| std::env::var(v).ok());
    let kiosk = kiosk(cli)?;
    let dirs = guide_dirs(cli, kiosk.as_ref().and_then(|k| k.guides.clone()));
    let dir = (dirs.len() == 1).then(|| dirs[0].clone());
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
    let screen_reader = screen_reader(cli, kiosk.as_ref());
    // The desktop opens its first guide as soon as that one guide is checked; the rest of the
    // library is checked on another thread and handed over after the first frame (`rest`).
    let mut rest = None;
    let mut catalogue = crate::guide::catalogue::Catalogue::default();
    // Guide files left out at start because they have problems (the valid ones are shown).
    let mut left_out = Vec::new();
    let mut choose_first = false;
    let folder = dir.as_ref().filter(|d| d.is_dir());
    let by_headers = match folder {
        Some(folder) if kiosk.is_none() && !screen_reader => from_headers(
            folder,
            cli.guide.as_deref(),
            cli.lang.unwrap_or_else(locale),
        ),
        _ => None,
    };
    let guides = if kiosk.is_some() {
        guides
    } else if let Some(start) = by_headers {
        choose_first = cli.guide.is_none();
        catalogue = start.catalogue;
        rest = Some(std::sync::Mutex::new(tui::Rest::Folder {
            folder: start.folder,
            catalogue: start.file,
        }));
        start.guides
    } else if let (true, Some(first)) = (
        dirs.is_empty() && cli.guide.is_none() && !screen_reader,
        crate::guide::bundle::prepared_first(cli.lang.unwrap_or_else(locale)),
    ) {
        // The bundled guides, checked when the program was made (guide::bundle): only the one
        // shown first is read before the first frame, the others after it (`Rest::Bundled`).
        rest = Some(std::sync::Mutex::new(tui::Rest::Bundled));
        vec![first]
    } else if let (true, Some(prepared)) = (dirs.is_empty(), crate::guide::bundle::prepared()) {
        // The same, all of them at once: a guide asked for by name, or the screen-reader mode.
        prepared
    } else {
        let found = check::gather(&[], &dirs);
        let lang = cli.lang.unwrap_or_else(locale);
        match first_alone(&found, cli.guide.is_none() && !screen_reader, lang) {
            Some(first) => {
                rest = Some(std::sync::Mutex::new(tui::Rest::Files(found.files)));
                vec![first]
            }
            None => match check::load(&found) {
                Ok(g) => g,
                Err(errors) => {
                    // A broken guide or translation never keeps the good ones from a patient:
                    // the app starts with the valid guides and names the files left out; the
                    // app says how many after its first frame (`Rest::Files`).
                    let (valid, problems) = crate::guide::load_valid(found.files.clone());
                    let asked = cli.guide.as_ref();
                    if valid.is_empty()
                        || !found.errors.is_empty()
                        || asked.is_some_and(|id| !valid.iter().any(|g| g.id == *id))
                    {
                        return Err(Refusal::Problems(errors));
                    }
                    let mut files: Vec<&str> = Vec::new();
                    for d in &problems {
                        if !files.contains(&d.file.as_str()) {
                            files.push(&d.file);
                        }
                    }
                    // Checked with the files it was loaded with: a translation on its own
                    // would be reported for its original not being there.
                    let given: Vec<String> = dirs
                        .iter()
                        .map(|d| {
                            let d = d.display().to_string();
                            // Quoted unless every character is one a shell leaves alone.
                            if !d
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric() || "_./-".contains(c))
                            {
                                format!("'{}'", d.replace('\'', "'\\''"))
                            } else {
                                d
                            }
                        })
                        .collect();
                    for file in files {
                        left_out.push(format!(
                            "{file} has problems and is not shown; run: patient-guide check {}",
                            given.join(" ")
                        ));
                    }
                    rest = Some(std::sync::Mutex::new(tui::Rest::Files(found.files)));
                    valid
                }
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
        .unwrap_or_else(locale);
    let view = View {
        lang,
        large: cli.large || staff.is_some_and(|k| k.large),
        high_contrast: cli.high_contrast || staff.is_some_and(|k| k.high_contrast),
        zoomed: cli.xterm_font.is_some() && cli.xterm_large_font.is_some(),
        light: cli.light_background
            || staff.is_some_and(|k| k.light_background)
            || std::env::var("COLORFGBG").is_ok_and(|v| light_background(&v)),
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
        left_out,
        xterm_fonts: cli.xterm_font.clone().zip(cli.xterm_large_font.clone()),
        screen_reader,
        speech,
        live,
        rest,
        catalogue: std::sync::Mutex::new(catalogue),
        choose_first,
    };
    Ok((guides, start, options))
}

/// A desktop's start on a folder of several medicines, from their headers alone.
struct HeaderStart {
    folder: std::path::PathBuf,
    /// Where the folder's headers are kept between runs.
    file: Option<std::path::PathBuf>,
    /// The headers (those of a kept catalogue perhaps only up to what the first frame lists,
    /// the rest read after it: `Catalogue::unread`), listed (`header::listing`) in this
    /// language when no guide was named.
    catalogue: crate::guide::catalogue::Catalogue,
    /// The guide the app opens on (and the original it translates), checked.
    guides: Vec<Guide>,
}

/// A folder of guides for more than one medicine, on the desktop: the first frame needs only
/// the guides' headers (kept from the last run in the catalogue file; else read from the
/// start of each file) and one checked guide, the one asked for or the first listed; the
/// folder is read and checked whole after the first frame (`tui::Rest::Folder`). None: a
/// single medicine, or the guide wanted is not where its header says (everything is loaded
/// and checked first, as for a few files).
fn from_headers(
    folder: &std::path::Path,
    named: Option<&str>,
    lang: crate::i18n::Lang,
) -> Option<HeaderStart> {
    let file = crate::guide::catalogue::catalogue_file(folder, |v| std::env::var(v).ok());
    let start = headers_start(folder, file.clone(), named, lang);
    // Not started from the headers: everything is loaded now, and no catalogue is kept by this
    // run. A kept one is out of date (it listed a guide that is gone, or one medicine where
    // there are now several): removed, so the next start reads the folder's own headers and
    // keeps a fresh catalogue, instead of trusting the stale one at every start.
    if start.is_none()
        && let Some(file) = &file
    {
        let _ = std::fs::remove_file(file);
        let _ = std::fs::remove_file(file.with_extension("opened"));
    }
    start
}

fn headers_start(
    folder: &std::path::Path,
    file: Option<std::path::PathBuf>,
    named: Option<&str>,
    lang: crate::i18n::Lang,
) -> Option<HeaderStart> {
    use crate::guide::{catalogue, header};
    // A guide asked for by name may be anywhere in the list: the kept catalogue is read whole.
    // Otherwise only as far as the first frame lists (the rest after it, `Catalogue::unread`).
    let mut start = file
        .as_deref()
        .and_then(|f| match named {
            Some(_) => catalogue::cached(folder, f, lang),
            None => catalogue::cached_head(folder, f, lang, crate::app::MAX_LISTED),
        })
        .unwrap_or_else(|| catalogue::Catalogue {
            headers: header::read_dir(folder).0,
            ..Default::default()
        });
    // One medicine: nothing to choose from. (A catalogue read in part holds 50 medicines
    // listed, or all its lines, so it tells as well as the whole.)
    let first = start.headers.first()?;
    if named.is_none() && start.headers.iter().all(|h| h.root() == first.root()) {
        return None;
    }
    // The guides listed first (by category, then title), in the language asked for: the first
    // that is valid opens behind the guides window. The listing (kept with the catalogue, else
    // made now) is handed on: the app lists the same headers the same way
    // (`App::with_catalogue_listed`).
    if named.is_none() && start.listed.is_none() {
        start.listed = Some((lang, header::listing(&start.headers, lang, |_| false)));
    }
    let targets: Vec<usize> = match (named, &start.listed) {
        (Some(id), _) => vec![start.headers.iter().position(|h| h.id == id)?],
        (None, listed) => listed
            .iter()
            .flat_map(|(_, listing)| listing.iter().take(TRIED_FIRST).copied())
            .collect(),
    };
    let mut guides = None;
    for target in targets {
        let mut files = vec![start.headers[target].origin.to_string()];
        if let Some(of) = start.headers[target].translates.clone() {
            let original = |c: &catalogue::Catalogue| c.headers.iter().position(|h| h.id == of);
            // The original of a translation may be further down a catalogue read in part.
            if original(&start).is_none() && !start.read_all() {
                return None;
            }
            let Some(at) = original(&start) else {
                continue;
            };
            files.push(start.headers[at].origin.to_string());
        }
        if let Some(checked) = open_checked(&files, file.as_deref())
            && checked.first().is_some_and(|g| g.origin == files[0])
        {
            guides = Some(checked);
            break;
        }
    }
    Some(HeaderStart {
        folder: folder.to_path_buf(),
        file,
        catalogue: start,
        guides: guides?,
    })
}

/// The guides in `files` (a guide, and the original it translates), read and checked: as kept
/// checked by the last run beside the catalogue, when their texts have not changed since
/// (`guide::opened`). None: one is missing or has a problem.
fn open_checked(files: &[String], catalogue: Option<&std::path::Path>) -> Option<Vec<Guide>> {
    let found = crate::guide::read_paths(files);
    if !found.errors.is_empty() {
        return None;
    }
    let kept = catalogue.map(|c| c.with_extension("opened"));
    crate::guide::opened::load_kept(&found.files, kept.as_deref()).ok()
}

/// Guides tried, in the order listed, for one that is valid to open first.
const TRIED_FIRST: usize = 5;

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

/// Whether `COLORFGBG` ("0;15", "15;default;0": foreground, background; set by rxvt, Konsole
/// and the graphical kiosk's session) names a light background: white or light grey.
pub fn light_background(colorfgbg: &str) -> bool {
    matches!(
        colorfgbg.rsplit(';').next().map(str::trim),
        Some("7" | "15")
    )
}

/// The folders (or files) of guides: `--guides`, each time it is given, else the kiosk's.
pub fn guide_dirs(cli: &Cli, kiosk_guides: Option<std::path::PathBuf>) -> Vec<std::path::PathBuf> {
    if cli.guides.is_empty() {
        kiosk_guides.into_iter().collect()
    } else {
        cli.guides.clone()
    }
}
