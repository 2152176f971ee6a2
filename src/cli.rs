//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

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

    /// Load guides from this directory instead of the bundled ones.
    #[arg(long, value_name = "DIR", global = true)]
    pub guides: Option<PathBuf>,

    /// Which guide to open, by its id (default: the first).
    #[arg(long, value_name = "ID")]
    pub guide: Option<String>,

    /// Leave the mouse to the terminal, so text can be selected and copied.
    #[arg(long)]
    pub no_mouse: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check guide files and directories; print every problem; exit 0 when all are valid, 2 otherwise.
    Check {
        /// Guide files or directories of guides (default: the bundled guides, or --guides DIR).
        paths: Vec<PathBuf>,
    },
}
