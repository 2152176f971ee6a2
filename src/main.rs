use std::io::{BufRead, IsTerminal, Write, stderr, stdin};
use std::process::ExitCode;

use clap::Parser;
use patient_guide::app::View;
use patient_guide::check::{self, EXIT_INVALID};
use patient_guide::cli::{Cli, Command};
use patient_guide::kiosk::{KioskConfig, pin};
use patient_guide::tui;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(Command::Check {
            paths,
            strict,
            readability,
            format,
        }) => {
            let report = check::Report {
                strict: *strict,
                readability: *readability,
                json: *format == patient_guide::cli::CheckFormat::Json,
            };
            let code = check::run(
                paths,
                cli.guides.as_ref(),
                cli.kiosk_config.as_deref(),
                report,
                &mut std::io::stdout(),
                &mut stderr(),
            );
            return ExitCode::from(code as u8);
        }
        Some(Command::KioskPin) => return kiosk_pin(),
        Some(Command::Print {
            guide,
            section,
            format,
        }) => return print(&cli, guide.as_deref(), section.as_deref(), *format),
        None => {}
    }
    let kiosk = match (&cli.kiosk_config, cli.kiosk) {
        (Some(path), _) => match KioskConfig::load(path) {
            Ok(c) => Some(c),
            Err(errors) => {
                return refuse(&errors);
            }
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
    let found = check::gather(&[], dir.as_ref());
    let guides = match check::load(&found) {
        Ok(g) => g,
        Err(errors) => return refuse(&errors),
    };
    let start = match cli.guide.as_deref() {
        None => 0,
        Some(id) => match guides.iter().position(|g| g.id == id) {
            Some(i) => i,
            None => {
                say(&format!("patient-guide: no guide with id `{id}`"));
                return ExitCode::from(EXIT_INVALID as u8);
            }
        },
    };
    let staff = kiosk.as_ref();
    let view = View {
        large: cli.large || staff.is_some_and(|k| k.large),
        high_contrast: cli.high_contrast || staff.is_some_and(|k| k.high_contrast),
        ascii: cli.ascii
            || staff.is_some_and(|k| k.ascii)
            || std::env::var("TERM").is_ok_and(|t| t == "linux"),
    };
    let options = tui::Options {
        mouse: !cli.no_mouse,
        view,
        kiosk,
        questions_file: cli
            .questions_file
            .clone()
            .unwrap_or_else(tui::default_questions_file),
        exit_after_first_frame: cli.exit_after_first_frame,
    };
    match tui::run(guides, start, &options) {
        Ok(taken) => {
            if let Some(text) = taken.filter(|_| cli.print_questions) {
                let _ = std::io::stdout().write_all(text.as_bytes());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            say(&format!("patient-guide: terminal error: {e}"));
            ExitCode::FAILURE
        }
    }
}

fn print(
    cli: &Cli,
    id: Option<&str>,
    section: Option<&str>,
    format: patient_guide::print::Format,
) -> ExitCode {
    let found = check::gather(&[], cli.guides.as_ref());
    let guides = match check::load(&found) {
        Ok(g) => g,
        Err(errors) => return refuse(&errors),
    };
    let Some(guide) = guides.iter().find(|g| id.is_none_or(|id| g.id == id)) else {
        say(&format!(
            "patient-guide: no guide with id `{}`",
            id.unwrap_or_default()
        ));
        return ExitCode::from(EXIT_INVALID as u8);
    };
    match patient_guide::print::print(guide, section, format) {
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

fn refuse(messages: &[impl std::fmt::Display]) -> ExitCode {
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
    let Some(first) = read_secret("New staff PIN (4 to 12 digits): ") else {
        say("patient-guide: no PIN was given; nothing was made");
        return ExitCode::from(EXIT_INVALID as u8);
    };
    let first = Some(first);
    let second = read_secret("The same PIN again: ");
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

/// One line from stdin; on a terminal, typed without echo.
fn read_secret(prompt: &str) -> Option<String> {
    let _ = write!(stderr(), "{prompt}");
    let _ = stderr().flush();
    let line = if stdin().is_terminal() {
        read_hidden()
    } else {
        let mut line = String::new();
        stdin()
            .lock()
            .read_line(&mut line)
            .ok()
            .filter(|n| *n > 0)?;
        Some(line)
    };
    let _ = writeln!(stderr());
    line.map(|l| l.trim().to_string()).filter(|l| !l.is_empty())
}

fn read_hidden() -> Option<String> {
    use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
    use ratatui::crossterm::terminal;
    terminal::enable_raw_mode().ok()?;
    let mut typed = String::new();
    let result = loop {
        match event::read() {
            Ok(Event::Key(k)) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Enter => break Some(typed),
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => break None,
                KeyCode::Esc => break None,
                KeyCode::Backspace => {
                    typed.pop();
                }
                KeyCode::Char(c) => typed.push(c),
                _ => {}
            },
            Ok(_) => {}
            Err(_) => break None,
        }
    };
    let _ = terminal::disable_raw_mode();
    result
}

/// Writes a line to stderr. Unlike `eprintln!`, it does not panic when stderr is gone (a closed
/// terminal), so a hang-up ends the app quietly.
fn say(line: &str) {
    let _ = writeln!(stderr(), "{line}");
}
