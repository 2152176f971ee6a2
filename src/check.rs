//! The `check` command and the shared "load or explain why not" step used before the app starts.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::guide::diagnostic::printable;
use crate::guide::{self, Diagnostic, Guide, GuideText};
use crate::kiosk::KioskConfig;

/// Exit code for invalid guides, as a compiler would.
pub const EXIT_INVALID: i32 = 2;

/// The guide files to use: those under `paths` (or `dir`), else the bundled ones.
pub fn gather(paths: &[PathBuf], dir: Option<&PathBuf>) -> guide::load::Found {
    match (paths.is_empty(), dir) {
        (false, _) => guide::read_paths(paths),
        (true, Some(d)) => guide::read_paths(std::slice::from_ref(d)),
        (true, None) => guide::load::Found {
            files: guide::bundled(),
            ..Default::default()
        },
    }
}

/// Reads and checks guides; on any problem, returns every diagnostic.
pub fn load(found: &guide::load::Found) -> Result<Vec<Guide>, Vec<Diagnostic>> {
    let loaded = guide::load(&found.files);
    match loaded {
        Ok(guides) if found.errors.is_empty() => Ok(guides),
        Ok(_) => Err(found.errors.clone()),
        Err(mut e) => {
            let mut all = found.errors.clone();
            all.append(&mut e);
            Err(all)
        }
    }
}

/// Runs `check`: prints each problem to `err` and a summary to `out`; returns the exit code.
/// With a kiosk config, checks that file too.
pub fn run(
    paths: &[PathBuf],
    dir: Option<&PathBuf>,
    kiosk_config: Option<&Path>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    let mut kiosk_errors = Vec::new();
    if let Some(path) = kiosk_config {
        match KioskConfig::load(path) {
            Ok(_) => {
                let shown = printable(&path.display().to_string());
                let _ = writeln!(out, "ok: {shown} (kiosk settings)");
            }
            Err(mut e) => kiosk_errors.append(&mut e),
        }
    }
    let found = gather(paths, dir);
    for note in &found.notes {
        let _ = writeln!(out, "note: {}", printable(note));
    }
    let mut errors = kiosk_errors;
    errors.extend(found.errors.iter().cloned());
    for f in &found.files {
        match guide::load(std::slice::from_ref(f)) {
            Ok(guides) => {
                for g in guides {
                    let _ = writeln!(out, "ok: {}", printable(&summary(f, &g)));
                }
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    // Duplicate guide ids only show when files are loaded together.
    if errors.is_empty()
        && let Err(mut e) = guide::load(&found.files)
    {
        errors.append(&mut e);
    }
    for e in &errors {
        let _ = writeln!(err, "{e}");
    }
    let files = found.files.len();
    if errors.is_empty() {
        let _ = writeln!(
            out,
            "{files} guide file{} checked, no problems",
            plural(files)
        );
        0
    } else {
        let _ = writeln!(
            err,
            "{} problem{} found in {files} guide file{} read",
            errors.len(),
            plural(errors.len()),
            plural(files)
        );
        EXIT_INVALID
    }
}

fn summary(f: &GuideText, g: &Guide) -> String {
    let topics: usize = g.sections.iter().map(|s| s.topics.len()).sum();
    format!(
        "{} ({}: {} sections, {topics} topics, {} sources, {} glossary terms, reviewed {})",
        f.path,
        g.id,
        g.sections.len(),
        g.sources.len(),
        g.glossary.len(),
        g.last_reviewed
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
