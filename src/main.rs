use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use patient_guide::check::EXIT_INVALID;
use patient_guide::cli::Cli;
use patient_guide::commands::{refuse, say};
use patient_guide::settings::{self, Refusal};

/// Parses the arguments, then runs the command asked for (`commands`) or the app.
fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(command) = &cli.command {
        return patient_guide::commands::run(&cli, command);
    }
    let (guides, start, options) = match settings::from_cli(&cli) {
        Ok(ready) => ready,
        Err(Refusal::Problems(errors)) => return refuse(&errors),
        Err(Refusal::NoSuchGuide(id)) => {
            say(&format!("patient-guide: no guide with id `{id}`"));
            return ExitCode::from(EXIT_INVALID as u8);
        }
    };
    // The files left out are named where staff will see them (the app itself says how many);
    // a kiosk's supervisor has named them before its runs.
    if !patient_guide::shell::is_kiosk_run() {
        for note in &options.left_out {
            say(&format!("patient-guide: {note}"));
        }
    }
    let ran = patient_guide::shell::run(guides, start, &options, cli.guide.is_none());
    match ran {
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
