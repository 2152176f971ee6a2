use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use patient_guide::check::EXIT_INVALID;
use patient_guide::cli::Cli;
use patient_guide::commands::{refuse, say};
use patient_guide::settings::{self, Refusal};

/// Parses the arguments, then runs the command asked for (`commands`) or the app.
fn main() -> ExitCode {
    // Before any thread starts: a run of a kiosk, started by its supervisor?
    let kiosk_run = patient_guide::shell::take_kiosk_run();
    // A panic says what happened and ends the program, for every command (nothing unwinds).
    patient_guide::tui::install_panic_hook(None, false);
    // A usage mistake (an unknown option, a missing value) exits 64 (EX_USAGE), apart from a
    // guide that is not valid (2): a script can tell "called wrong" from "the guide is wrong".
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(patient_guide::cli::EXIT_USAGE)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    if let Some(command) = &cli.command {
        return patient_guide::commands::run(&cli, command);
    }
    // A kiosk: this process becomes its supervisor, which starts each run of the kiosk as a
    // process of its own (this program again) and starts it again after a failure.
    if !kiosk_run {
        match settings::kiosk(&cli) {
            Ok(None) => {}
            Ok(Some(config)) => {
                let screen_reader = settings::screen_reader(&cli, Some(&config));
                return match patient_guide::shell::supervise_kiosk(&config, screen_reader) {
                    Ok(None) => ExitCode::SUCCESS,
                    Ok(Some(refused)) => ExitCode::from(refused),
                    Err(e) => {
                        say(&format!("patient-guide: terminal error: {e}"));
                        ExitCode::FAILURE
                    }
                };
            }
            Err(refusal) => return refused(refusal),
        }
    }
    let (guides, start, options) = match settings::from_cli(&cli) {
        Ok(ready) => ready,
        Err(refusal) => return refused(refusal),
    };
    // The files left out are named where staff will see them (the app itself says how many).
    for note in &options.left_out {
        say(&format!("patient-guide: {note}"));
    }
    let ran = patient_guide::shell::run(guides, start, &options, cli.guide.is_none());
    match ran {
        Ok(taken) => {
            if let Some(text) = taken.filter(|_| cli.print_questions) {
                let _ = std::io::stdout().write_all(text.as_bytes());
            }
            ExitCode::SUCCESS
        }
        // A kiosk's run has logged it; its supervisor starts it again.
        Err(_) if kiosk_run => ExitCode::FAILURE,
        Err(e) => {
            say(&format!("patient-guide: terminal error: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// Says why the app does not start; exit status 2.
fn refused(refusal: Refusal) -> ExitCode {
    match refusal {
        Refusal::Problems(errors) => refuse(&errors),
        Refusal::NoSuchGuide(id) => {
            say(&format!("patient-guide: no guide with id `{id}`"));
            ExitCode::from(EXIT_INVALID as u8)
        }
    }
}
