//! The commands other than the app itself (`patient-guide check`, `print`, `label`, `manual`,
//! `list`, `search`, `report`, `speak`, `new`, `kiosk-pin`, `console-lock`): each read from the
//! command line (`cli`), run once, and told as text or JSON with an exit code. `main.rs` only
//! parses the arguments and hands a command here, or starts the app (`settings`, `shell`).

use std::io::{Write, stderr};
use std::process::ExitCode;

use crate::check::{self, EXIT_INVALID};
use crate::cli::{Cli, Command};
use crate::kiosk::pin;
use crate::prompt;

/// Runs `command` as the command line gave it; returns the program's exit code.
pub fn run(cli: &Cli, command: &Command) -> ExitCode {
    match command {
        Command::Check {
            paths,
            strict,
            readability,
            format,
            json,
            explain,
            label,
            labels_beside,
        } => {
            if let Some(code) = explain {
                return match check::explain(code) {
                    Ok(text) => {
                        print!("{text}");
                        ExitCode::SUCCESS
                    }
                    Err(why) => {
                        say(&format!("patient-guide: {why}"));
                        ExitCode::from(EXIT_INVALID as u8)
                    }
                };
            }
            let report = check::Report {
                strict: *strict,
                readability: *readability,
                json: *json || *format == crate::cli::CheckFormat::Json,
            };
            let code = check::run(
                paths,
                &cli.guides,
                (
                    cli.kiosk_config.as_deref(),
                    match (label, labels_beside) {
                        (Some(file), _) => check::Labels::One(file),
                        (None, true) => check::Labels::Beside,
                        (None, false) => check::Labels::None,
                    },
                ),
                report,
                &mut std::io::stdout(),
                &mut stderr(),
            );
            ExitCode::from(code as u8)
        }
        Command::KioskPin => kiosk_pin(),
        Command::Manual { shell } => {
            // Made whole first: a closed pipe (`| head`) is then only a short write, never a panic.
            let text = manual(*shell);
            let _ = std::io::stdout().write_all(&text);
            ExitCode::SUCCESS
        }
        Command::Label { args, format, json } => {
            if args[0].as_os_str() == "draft" {
                return label_draft(&args[1..]);
            }
            let Some(file) = args.first().filter(|_| args.len() == 1) else {
                say("patient-guide: label takes one file (or: label draft FILE.xml [GUIDE.toml])");
                return ExitCode::from(EXIT_INVALID as u8);
            };
            match crate::label::read(file) {
                Ok(label) => {
                    match format.or_json(*json) {
                        crate::cli::CheckFormat::Json => println!(
                            "{}",
                            serde_json::to_string_pretty(&label).unwrap_or_default()
                        ),
                        crate::cli::CheckFormat::Text => {
                            // A label's words reach a terminal: no escape sequence gets through.
                            let text = crate::label::describe(&label);
                            for line in text.lines() {
                                println!("{}", crate::text::clean(line, false));
                            }
                        }
                    }
                    ExitCode::SUCCESS
                }
                Err(why) => {
                    say(&format!("patient-guide: {why}"));
                    ExitCode::from(EXIT_INVALID as u8)
                }
            }
        }
        Command::New { file } => match check::new_guide(file) {
            Ok(id) => {
                println!(
                    "{}: a starter guide (id \"{id}\"). Replace each TODO with the real text, from the guide's sources, and check as you go:\n  patient-guide check --strict {}",
                    file.display(),
                    file.display()
                );
                ExitCode::SUCCESS
            }
            Err(why) => {
                say(&format!("patient-guide: {}: {why}", file.display()));
                ExitCode::FAILURE
            }
        },
        Command::ConsoleLock { tty, unlock } => {
            match crate::console::lock_switching(tty, !*unlock) {
                Ok(()) => ExitCode::SUCCESS,
                Err(why) => {
                    say(&format!("patient-guide: {why}"));
                    ExitCode::FAILURE
                }
            }
        }
        Command::List { format, json } => list(cli, format.or_json(*json)),
        Command::Search {
            query,
            guide,
            limit,
            as_typed,
            format,
            json,
        } => {
            let format = format.or_json(*json);
            search(cli, query, guide.as_deref(), (*limit, *as_typed), format)
        }
        Command::Report {
            files,
            top,
            format,
            json,
        } => report(cli, files, *top, format.or_json(*json)),
        Command::Print {
            guide,
            section,
            format,
        } => print(cli, guide.as_deref(), section.as_deref(), *format),
        Command::Speak { topic, guide, wav } => speak(cli, guide.as_deref(), topic, wav),
    }
}

fn print(
    cli: &Cli,
    id: Option<&str>,
    section: Option<&str>,
    format: crate::print::Format,
) -> ExitCode {
    let guide = match one_guide(cli, id) {
        Ok(g) => g,
        Err(code) => return code,
    };
    let guide = &guide;
    match crate::print::print(guide, section, format) {
        Ok(text) => {
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = std::io::stdout().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            say(&format!("patient-guide: {e}"));
            ExitCode::from(EXIT_INVALID as u8)
        }
    }
}

/// `speak TOPIC --wav FILE`: the topic read as `r` reads it, written to a WAV file.
fn speak(cli: &Cli, id: Option<&str>, topic: &str, wav: &std::path::Path) -> ExitCode {
    // A kiosk's own guides and speech engine, when its settings are given.
    let kiosk = match &cli.kiosk_config {
        Some(config) => match crate::kiosk::KioskConfig::load(config) {
            Ok(k) => Some(k),
            Err(errors) => return refuse(&errors),
        },
        None => None,
    };
    let guides = crate::settings::guide_dirs(cli, kiosk.as_ref().and_then(|k| k.guides.clone()));
    // Where the sound goes must be a place for a file: checked before the engine runs.
    let target = match crate::speech::wav_target(wav) {
        Ok(t) => t,
        Err(why) => {
            say(&format!(
                "patient-guide: cannot write {}: {why}",
                crate::lookup::shown_query(&wav.display().to_string())
            ));
            return ExitCode::from(EXIT_INVALID as u8);
        }
    };
    let guide = match one_guide_in(guides.as_ref(), id.or(cli.guide.as_deref()), cli.lang) {
        Ok(g) => g,
        Err(code) => return code,
    };
    let guide = &guide;
    let Some(t) = guide
        .sections
        .iter()
        .flat_map(|s| &s.topics)
        .find(|t| t.id == topic)
    else {
        say(&format!(
            "patient-guide: guide `{}` has no topic `{topic}`",
            guide.id
        ));
        return ExitCode::from(EXIT_INVALID as u8);
    };
    let text = crate::doc::spoken::topic(t, guide.lang());
    let command = cli
        .speech_command
        .as_deref()
        .or(kiosk.as_ref().and_then(|k| k.speech_command.as_deref()))
        .unwrap_or(crate::speech::DEFAULT_COMMAND);
    let voice = crate::speech::Voice {
        lang: guide.lang(),
        ..Default::default()
    };
    match crate::speech::to_wav_file(command, &text, voice, target) {
        Ok(()) => {
            println!(
                "{}: {} words of \"{}\"",
                wav.display(),
                text.split_whitespace().count(),
                t.title
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            say(&format!(
                "patient-guide: {}",
                e.message(crate::i18n::Lang::En)
            ));
            ExitCode::from(EXIT_INVALID as u8)
        }
    }
}

/// The guide `id` (or the first) of the bundled guides or `--guides DIR`, or the exit code after
/// saying why not.
fn one_guide(cli: &Cli, id: Option<&str>) -> Result<crate::guide::Guide, ExitCode> {
    one_guide_in(&cli.guides, id.or(cli.guide.as_deref()), cli.lang)
}

/// The same, from the guides in `dir` (the bundled ones when none).
///
/// Without an id, the first guide in `lang` (`--lang es print` prints the Spanish guide), else
/// the first guide.
fn one_guide_in(
    dirs: &[std::path::PathBuf],
    id: Option<&str>,
    lang: Option<crate::i18n::Lang>,
) -> Result<crate::guide::Guide, ExitCode> {
    let found = check::gather(&[], dirs);
    let mut guides = check::load(&found).map_err(|errors| refuse(&errors))?;
    if id.is_none()
        && let Some(lang) = lang
        && let Some(i) = guides.iter().position(|g| g.lang() == lang)
    {
        return Ok(guides.swap_remove(i));
    }
    guides
        .into_iter()
        .find(|g| id.is_none_or(|id| g.id == id))
        .ok_or_else(|| {
            say(&format!(
                "patient-guide: no guide with id `{}`",
                id.unwrap_or_default()
            ));
            ExitCode::from(EXIT_INVALID as u8)
        })
}

/// `label draft FILE.xml [GUIDE.toml]`: a starter guide drafted from a label, written to
/// GUIDE.toml (never over a file) or printed.
fn label_draft(args: &[std::path::PathBuf]) -> ExitCode {
    let Some(xml) = args.first() else {
        say("patient-guide: label draft needs the label's file: label draft FILE.xml [GUIDE.toml]");
        return ExitCode::from(EXIT_INVALID as u8);
    };
    let label = match crate::label::read(xml) {
        Ok(l) => l,
        Err(why) => {
            say(&format!("patient-guide: {why}"));
            return ExitCode::from(EXIT_INVALID as u8);
        }
    };
    let id = args.get(1).and_then(|p| p.file_stem()).map_or_else(
        || crate::guide::validate::repaired_id(label.product.split(' ').next().unwrap_or("guide")),
        |s| crate::guide::validate::repaired_id(&s.to_string_lossy()),
    );
    let text = crate::label::draft(&label, &id);
    match args.get(1) {
        None => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Some(out) => {
            let written = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(out)
                .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()));
            match written {
                Ok(()) => {
                    println!(
                        "{}: drafted from the label; rewrite each topic and remove its draft = true, then: patient-guide check {}",
                        out.display(),
                        out.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    say(&format!("patient-guide: {}: {e}", out.display()));
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// Says each problem, and that the app is not starting; the exit code for invalid input.
pub fn refuse(messages: &[impl std::fmt::Display]) -> ExitCode {
    for m in messages {
        say(&m.to_string());
    }
    say(&format!(
        "patient-guide: not starting, {} problem(s) found",
        messages.len()
    ));
    ExitCode::from(EXIT_INVALID as u8)
}

/// `kiosk-pin`: asks for the PIN twice (without echo on a terminal) and prints the config line.
fn kiosk_pin() -> ExitCode {
    // Esc or Ctrl-C at either prompt stops at once.
    let Some(first) = prompt::read_secret("New staff PIN (4 to 12 digits): ") else {
        say("patient-guide: no PIN was given; nothing was made");
        return ExitCode::from(EXIT_INVALID as u8);
    };
    let first = Some(first);
    let second = prompt::read_secret("The same PIN again: ");
    match (first, second) {
        (Some(a), Some(b)) if a == b => match pin::hash(&a) {
            Ok(h) => {
                println!("pin_hash = \"{h}\"");
                say("Paste that line into kiosk.toml. The PIN itself is not stored anywhere.");
                ExitCode::SUCCESS
            }
            Err(e) => {
                say(&format!("patient-guide: {e}"));
                ExitCode::from(EXIT_INVALID as u8)
            }
        },
        (Some(_), Some(_)) => {
            say("patient-guide: the two PINs differ; nothing was made");
            ExitCode::from(EXIT_INVALID as u8)
        }
        _ => {
            say("patient-guide: no PIN was given");
            ExitCode::from(EXIT_INVALID as u8)
        }
    }
}

/// Writes a line to stderr. Unlike `eprintln!`, it does not panic when stderr is gone (a closed
/// terminal), so a hang-up ends the app quietly.
pub fn say(line: &str) {
    let _ = writeln!(stderr(), "{line}");
}

/// `report [FILE]`: a kiosk's counts, as a table or JSON.
fn report(
    cli: &Cli,
    files: &[std::path::PathBuf],
    top: usize,
    format: crate::cli::CheckFormat,
) -> ExitCode {
    use crate::kiosk::counts;
    let kiosk = match &cli.kiosk_config {
        Some(config) => match crate::kiosk::KioskConfig::load(config) {
            Ok(k) => k,
            Err(errors) => return refuse(&errors),
        },
        None => crate::kiosk::KioskConfig::default(),
    };
    let paths = if files.is_empty() {
        vec![kiosk.counts_path()]
    } else {
        files.to_vec()
    };
    // Guides behind a label file placed beside them, for staff to see (text only).
    let behind = crate::settings::guide_dirs(cli, kiosk.guides.clone())
        .iter()
        .flat_map(|d| crate::watch::behind_in(d))
        .collect::<Vec<_>>();
    match counts::read_all(&paths) {
        Ok(c) => {
            let summary = counts::Summary::of(&c, top);
            let from = match paths.as_slice() {
                [one] => one.display().to_string(),
                many => format!("{} files", many.len()),
            };
            match format {
                crate::cli::CheckFormat::Json => {
                    // The guides behind their label files, as one more field.
                    let mut value: serde_json::Value =
                        serde_json::from_str(&summary.json()).unwrap_or_default();
                    if let Some(object) = value.as_object_mut() {
                        object.insert("labels_behind".into(), serde_json::json!(behind));
                    }
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&value).unwrap_or_default()
                    );
                }
                crate::cli::CheckFormat::Text => {
                    print!("{}", summary.text(&from));
                    if !behind.is_empty() {
                        println!("\nGuides and their labels:");
                        for line in &behind {
                            println!("  {line}");
                        }
                    }
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            say(&format!("patient-guide: cannot read the counts: {e}"));
            ExitCode::from(EXIT_INVALID as u8)
        }
    }
}

/// `list`: every guide, as text or JSON.
fn list(cli: &Cli, format: crate::cli::CheckFormat) -> ExitCode {
    let mut guides = match check::load(&check::gather(&[], &cli.guides)) {
        Ok(g) => g,
        Err(errors) => return refuse(&errors),
    };
    // With --lang: what a patient of that language is offered, one guide per medicine.
    if let Some(lang) = cli.lang {
        guides = crate::lookup::shelf(guides, lang);
    }
    match format {
        crate::cli::CheckFormat::Json => {
            println!("{}", crate::lookup::list_json(&guides))
        }
        crate::cli::CheckFormat::Text => {
            let lang = cli.lang.unwrap_or(crate::i18n::Lang::En);
            print!("{}", crate::lookup::list_text(&guides, lang))
        }
    }
    ExitCode::SUCCESS
}

/// `search QUERY`: the app's ranking, as text or JSON; exit 1 when nothing matches.
fn search(
    cli: &Cli,
    query: &str,
    guide: Option<&str>,
    (limit, as_typed): (usize, bool),
    format: crate::cli::CheckFormat,
) -> ExitCode {
    let mut guides = match check::load(&check::gather(&[], &cli.guides)) {
        Ok(g) => g,
        Err(errors) => return refuse(&errors),
    };
    if let Some(id) = guide {
        guides.retain(|g| g.id == id);
        if guides.is_empty() {
            say(&format!("patient-guide: no guide with id `{id}`"));
            return ExitCode::from(EXIT_INVALID as u8);
        }
    }
    let lang = cli
        .lang
        .unwrap_or_else(|| crate::i18n::Lang::from_locale(|v| std::env::var(v).ok()));
    let found = crate::lookup::search(guides, query, lang, limit, as_typed);
    if !as_typed && let Some(why) = crate::search::real_words::missing() {
        say(&format!(
            "patient-guide: typos are not corrected: the word lists cannot be read ({why})"
        ));
    }
    match format {
        crate::cli::CheckFormat::Json => {
            println!("{}", crate::lookup::search_json(&found))
        }
        crate::cli::CheckFormat::Text if found.results.is_empty() => say(&format!(
            "patient-guide: nothing matches \"{}\"",
            crate::lookup::shown_query(query)
        )),
        crate::cli::CheckFormat::Text => {
            print!("{}", crate::lookup::search_text(&found))
        }
    }
    if found.results.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The manual page (no shell) or a shell's completions. clap_mangen and clap_complete made them
/// from `cli.rs` into data/manual/ (a test checks they still match it: tests/check_cli_more.rs),
/// and build.rs deflated them into the program: the generators' 0.1 MB of code is not in it.
pub fn manual(shell: Option<crate::cli::Shell>) -> Vec<u8> {
    use crate::cli::Shell;
    macro_rules! deflated {
        ($name:literal) => {
            include_bytes!(concat!(env!("OUT_DIR"), "/manual-", $name, ".deflate"))
        };
    }
    let deflated: &[u8] = match shell {
        None => deflated!("patient-guide.1"),
        Some(Shell::Bash) => deflated!("patient-guide.bash"),
        Some(Shell::Elvish) => deflated!("patient-guide.elv"),
        Some(Shell::Fish) => deflated!("patient-guide.fish"),
        Some(Shell::Powershell) => deflated!("_patient-guide.ps1"),
        Some(Shell::Zsh) => deflated!("_patient-guide"),
    };
    miniz_oxide::inflate::decompress_to_vec(deflated).expect("build.rs deflated the manual")
}
