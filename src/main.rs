use std::io::{Write, stderr};
use std::process::ExitCode;

use clap::Parser;
use patient_guide::check::{self, EXIT_INVALID};
use patient_guide::cli::{Cli, Command};
use patient_guide::tui;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::Check { paths }) = &cli.command {
        let code = check::run(
            paths,
            cli.guides.as_ref(),
            &mut std::io::stdout(),
            &mut stderr(),
        );
        return ExitCode::from(code as u8);
    }
    let found = check::gather(&[], cli.guides.as_ref());
    let guides = match check::load(&found) {
        Ok(g) => g,
        Err(errors) => {
            for e in &errors {
                say(&e.to_string());
            }
            say(&format!(
                "patient-guide: not starting, the guides have {} problem(s)",
                errors.len()
            ));
            return ExitCode::from(EXIT_INVALID as u8);
        }
    };
    let wanted = cli.guide.as_deref();
    let Some(guide) = guides
        .into_iter()
        .find(|g| wanted.is_none_or(|id| g.id == id))
    else {
        say(&format!(
            "patient-guide: no guide with id `{}`",
            wanted.unwrap_or_default()
        ));
        return ExitCode::from(EXIT_INVALID as u8);
    };
    match tui::run(
        guide,
        &tui::Options {
            mouse: !cli.no_mouse,
        },
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            say(&format!("patient-guide: terminal error: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// Writes a line to stderr. Unlike `eprintln!`, it does not panic when stderr is gone (a closed
/// terminal), so a hang-up ends the app quietly.
fn say(line: &str) {
    let _ = writeln!(stderr(), "{line}");
}
