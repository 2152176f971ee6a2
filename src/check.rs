//! The `check` command and the shared "load or explain why not" step used before the app starts.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::guide::diagnostic::printable;
use crate::guide::{self, Diagnostic, Guide, GuideText, Severity};
use crate::kiosk::KioskConfig;

/// Exit code for invalid guides, as a compiler would.
pub const EXIT_INVALID: i32 = 2;

/// The guide files to use: those under `paths` (or `dir`), else the bundled ones.
pub fn gather(paths: &[PathBuf], dirs: &[PathBuf]) -> guide::load::Found {
    match (paths.is_empty(), dirs.is_empty()) {
        (false, _) => guide::read_paths(paths),
        (true, false) => guide::read_paths(dirs),
        (true, true) => guide::load::Found {
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

/// The starter guide `patient-guide new` writes.
pub const STARTER: &str = include_str!("../data/starter.toml");

/// `patient-guide new FILE`: writes the starter guide, its id made from the file's name, never
/// over a file that is there; returns the id.
pub fn new_guide(file: &Path) -> Result<String, String> {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = guide::validate::repaired_id(&stem);
    let text = STARTER.replacen("id = \"example\"", &format!("id = \"{id}\""), 1);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(file)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => {
                "a file is there already: name a new one".to_string()
            }
            _ => e.to_string(),
        })?;
    std::io::Write::write_all(&mut f, text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(id)
}

/// `check --explain CODE`: the code's entry in the guide format's reference (guide/README.md,
/// "Problem codes", built into the program): what it means, whether it is an error or a
/// warning, and the fix.
pub fn explain(code: &str) -> Result<String, String> {
    let Some(known) = crate::guide::Code::from_name(code.trim()) else {
        let names = crate::guide::Code::ALL.iter().map(|c| c.name());
        let hint = crate::guide::diagnostic::closest(code, names)
            .map(|n| format!(" Did you mean `{n}`?"))
            .unwrap_or_default();
        return Err(format!(
            "no problem code `{code}`.{hint} The codes are listed under \"Problem codes\" in the guide format (guide/README.md; installed as /usr/share/doc/patient-guide/guide-format.md)"
        ));
    };
    // The kiosk settings' one code is not a guide's: kiosk.toml is described in README.md.
    if known == crate::guide::Code::Invalid {
        return Ok(format!(
            "{} (error)\n  what: a kiosk.toml setting that is wrong: an unknown key, a value of the wrong kind or out of range, a folder that cannot be used\n  fix:  what `expected` shows; kiosk.toml is described in README.md, \"Running a clinic kiosk\"\n",
            known.name()
        ));
    }
    // Deflated by build.rs (13 KB instead of 34 KB), inflated here.
    const DEFLATED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/reference.md.deflate"));
    let reference = miniz_oxide::inflate::decompress_to_vec(DEFLATED)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .expect("build.rs deflated guide/README.md");
    let name = format!("`{}`", known.name());
    let row = reference
        .lines()
        .find(|l| {
            l.starts_with('|')
                && l.split('|')
                    .nth(1)
                    .is_some_and(|first| first.split(',').any(|c| c.trim() == name))
        })
        .ok_or_else(|| format!("`{}` has no entry in the reference", known.name()))?;
    let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
    let [_, severity, what, fix] = cells[..] else {
        return Err(format!(
            "`{}`'s entry in the reference is malformed",
            known.name()
        ));
    };
    Ok(format!(
        "{} ({severity})\n  what: {what}\n  fix:  {fix}\n",
        known.name()
    ))
}

/// How `check` reports.
#[derive(Debug, Clone, Copy, Default)]
pub struct Report {
    /// Warnings count as errors (exit 2).
    pub strict: bool,
    /// Print the problems as a JSON array on stdout, and nothing else.
    pub json: bool,
    /// Print a reading-level table for each guide.
    pub readability: bool,
}

/// Which label files the guides are checked against (`--label`, `--labels-beside`).
#[derive(Debug, Clone, Copy)]
pub enum Labels<'a> {
    None,
    /// One label file, for every guide.
    One(&'a Path),
    /// Each guide against the label file beside it (`NAME.xml` by `NAME.toml`), if any: a
    /// pharmacy's whole library in one run. The label files are read on every core.
    Beside,
}

/// The label file beside each guide file, read (`None` where there is none), on every core.
fn labels_beside(files: &[GuideText]) -> Vec<Option<Result<crate::label::Label, String>>> {
    let paths: Vec<PathBuf> = files
        .iter()
        .map(|f| Path::new(&f.path).with_extension("xml"))
        .collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = paths.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let parts: Vec<_> = paths
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        // Anything named so is read (a pipe or a device is refused by `read`).
                        .map(|p| {
                            std::fs::symlink_metadata(p)
                                .is_ok()
                                .then(|| crate::label::read(p))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        // One entry per file whatever happens: a reader that failed says so for each of its
        // files, so no guide is ever compared with another's label. (A reader's panic is a bug,
        // and only a build that unwinds, a test's, gets here: the release build ends at it.)
        parts
            .into_iter()
            .zip(paths.chunks(chunk))
            .flat_map(|(h, part)| {
                h.join().unwrap_or_else(|_| {
                    part.iter()
                        .map(|p| Some(Err(format!("{}: could not be read", p.display()))))
                        .collect()
                })
            })
            .collect()
    })
}

/// Runs `check`: prints each problem to `err` (or all as JSON to `out`) and a summary to `out`;
/// returns the exit code. With a kiosk config, checks that file too.
pub fn run(
    paths: &[PathBuf],
    dirs: &[PathBuf],
    (kiosk_config, labels): (Option<&Path>, Labels),
    report: Report,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    let mut problems = Vec::new();
    let mut said = Vec::new();
    // The kiosk's own guides folder is what it will show: checked unless others are named.
    let mut kiosk_guides = None;
    if let Some(path) = kiosk_config {
        match KioskConfig::load(path) {
            Ok(k) => {
                said.push(format!("ok: {} (kiosk settings)", path.display()));
                kiosk_guides = k.guides;
            }
            Err(mut e) => problems.append(&mut e),
        }
    }
    let kiosk_guides: Vec<PathBuf> = kiosk_guides.into_iter().collect();
    let found = gather(paths, if dirs.is_empty() { &kiosk_guides } else { dirs });
    // The label file each guide is compared with (`--label`, or the one beside it).
    let one = match labels {
        Labels::One(path) => match crate::label::read(path) {
            Ok(l) => Some(l),
            Err(why) => {
                problems.push(Diagnostic::file(&path.display().to_string(), why));
                None
            }
        },
        _ => None,
    };
    let mut beside = match labels {
        Labels::Beside => labels_beside(&found.files),
        _ => Vec::new(),
    };
    said.extend(found.notes.iter().map(|n| format!("note: {n}")));
    problems.extend(found.errors.iter().cloned());
    // A file that could not be read as a guide (not UTF-8, too large, unreadable) has its
    // status line and is counted, as every file checked is.
    let mut unread: Vec<&str> = Vec::new();
    for e in &found.errors {
        if !unread.contains(&e.file.as_str()) {
            unread.push(&e.file);
        }
    }
    for file in &unread {
        let n = found.errors.iter().filter(|e| e.file == *file).count();
        said.push(format!(
            "fails: {} ({n} error{})",
            printable(file),
            plural(n)
        ));
    }
    let today = guide::lint::today();
    // Where each valid file's "ok:" line is, to take it back if the files checked together
    // find an error in it (a guide id used twice, a translation that differs).
    let mut oks: Vec<(usize, &str, String, usize)> = Vec::new();
    for (i, f) in found.files.iter().enumerate() {
        let entry = beside.get_mut(i).and_then(Option::take);
        // `--labels-beside`, and no file of any kind is named so beside this guide.
        let none_beside = matches!(labels, Labels::Beside) && entry.is_none();
        let beside_it = match entry {
            Some(Ok(l)) => Some(l),
            Some(Err(why)) => {
                let xml = Path::new(&f.path).with_extension("xml");
                problems.push(Diagnostic::file(&xml.display().to_string(), why));
                None
            }
            None => None,
        };
        let label = beside_it.as_ref().or(one.as_ref());
        // Each file on its own here; a translation is compared with its original below, where
        // the files are loaded together.
        match guide::validate::parse_guide(&f.path, &f.text) {
            Ok(g) => {
                // A translation follows its original's label: only an original is noted.
                if none_beside && g.translates.is_none() {
                    said.push(format!(
                        "note: {}: no label file beside it",
                        printable(&f.path)
                    ));
                }
                let mut warned = guide::lint::warnings(&f.path, &f.text, &g, today);
                let mut against_label = Vec::new();
                if let Some(label) = label {
                    let against = crate::watch::compare(&f.path, &f.text, &g, label);
                    let (errors, rest): (Vec<_>, Vec<_>) = against
                        .into_iter()
                        .partition(|d| d.severity == Severity::Error);
                    against_label = errors;
                    warned.extend(rest);
                }
                // Under --strict a file with warnings fails: it is not "ok".
                said.push(if !against_label.is_empty() {
                    format!(
                        "fails: {} ({} error{} against the label)",
                        summary(f, &g),
                        against_label.len(),
                        plural(against_label.len())
                    )
                } else if report.strict && !warned.is_empty() {
                    format!(
                        "fails --strict: {} ({} warning{})",
                        summary(f, &g),
                        warned.len(),
                        plural(warned.len())
                    )
                } else {
                    let w = warned.len();
                    oks.push((said.len(), f.path.as_str(), summary(f, &g), w));
                    // Its warnings follow (on standard error): "ok" says it has them.
                    if w > 0 {
                        format!("ok: {} ({w} warning{})", summary(f, &g), plural(w))
                    } else {
                        format!("ok: {}", summary(f, &g))
                    }
                });
                if report.readability {
                    said.extend(readability_table(&g));
                }
                problems.extend(against_label);
                problems.extend(warned);
            }
            Err(mut e) => {
                // A file with an error has its status line too, as every file checked does.
                let n = e.iter().filter(|d| d.severity == Severity::Error).count();
                said.push(format!(
                    "fails: {} ({n} error{})",
                    printable(&f.path),
                    plural(n)
                ));
                problems.append(&mut e)
            }
        }
    }
    // Duplicate guide ids only show when files are loaded together.
    let valid = !problems.iter().any(|p| p.severity == Severity::Error);
    if valid {
        match guide::load(&found.files) {
            Err(mut e) => problems.append(&mut e),
            Ok(guides) => {
                let pairs: Vec<_> = guides.iter().zip(&found.files).collect();
                problems.extend(guide::translation::warnings(&pairs));
            }
        }
    }
    for (line, path, about, warned) in oks {
        let in_it = problems
            .iter()
            .filter(|p| p.severity == Severity::Error && p.file == path)
            .count();
        if in_it > 0 {
            // "with the other files" only when there are others (a translation checked alone
            // is refused for its original not being there).
            let with = if found.files.len() > 1 {
                " with the other files"
            } else {
                ""
            };
            let warnings = if warned > 0 {
                format!("{warned} warning{}, ", plural(warned))
            } else {
                String::new()
            };
            said[line] = format!(
                "fails: {about} ({warnings}{in_it} error{}{with})",
                plural(in_it)
            );
        }
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let failed = errors > 0 || (report.strict && warnings > 0);
    if report.json {
        let list: Vec<serde_json::Value> = problems.iter().map(Diagnostic::to_json).collect();
        let _ = writeln!(out, "{}", serde_json::Value::Array(list));
    } else {
        for line in &said {
            let _ = writeln!(out, "{}", printable(line));
        }
        for p in &problems {
            let _ = writeln!(err, "{p}");
        }
        let files = found.files.len() + unread.len();
        let summary = format!(
            "{files} guide file{} checked: {errors} error{}, {warnings} warning{}{}",
            plural(files),
            plural(errors),
            plural(warnings),
            if report.strict && warnings > 0 {
                " (--strict: warnings count as errors)"
            } else {
                ""
            }
        );
        // With the files' status lines, whatever the result: one stream for a script to read.
        let _ = writeln!(out, "{summary}");
    }
    if failed { EXIT_INVALID } else { 0 }
}

/// Every graded topic (glossary definitions explain hard words by naming them; like the
/// warning, the table leaves them out, as guide/README.md says) with its section and level.
fn graded(
    g: &Guide,
) -> Vec<(
    &guide::Section,
    &guide::Topic,
    guide::readability::Readability,
)> {
    g.sections
        .iter()
        .filter(|s| s.kind != guide::SectionKind::Glossary)
        .flat_map(|s| s.topics.iter().map(move |t| (s, t)))
        .map(|(s, t)| (s, t, guide::readability::of_topic(t, g.lang())))
        .collect()
}

/// The median of some scores (0 for none).
fn median(mut scores: Vec<f64>) -> f64 {
    scores.sort_by(f64::total_cmp);
    scores.get(scores.len() / 2).copied().unwrap_or(0.0)
}

/// One line per topic, then the median: for English the grade, reading ease and words; for
/// Spanish the INFLESZ score and its band.
fn readability_table(g: &Guide) -> Vec<String> {
    let topics = graded(g);
    if g.lang() == crate::i18n::Lang::Es {
        let band = guide::readability::inflesz_band;
        let mut lines = vec![format!("  {:>7}  {:>5}  topic", "INFLESZ", "words")];
        for (s, t, r) in &topics {
            let flag = if r.ease >= g.reading_ease {
                ""
            } else if t.accept.contains(&crate::guide::Code::ReadingEase) {
                "  (below target, accepted)"
            } else {
                "  (below target)"
            };
            lines.push(format!(
                "  {:>7.1}  {:>5}  {} › {} ({}){flag}",
                r.ease,
                r.words,
                s.title,
                t.title,
                band(r.ease)
            ));
        }
        let m = median(topics.iter().map(|(_, _, r)| r.ease).collect());
        lines.push(format!(
            "  median INFLESZ {m:.1} ({}) over {} topics; target {} or more",
            band(m),
            topics.len(),
            g.reading_ease
        ));
        return lines;
    }
    let mut lines = vec![format!(
        "  {:>5}  {:>5}  {:>5}  topic",
        "grade", "ease", "words"
    )];
    for (s, t, r) in &topics {
        let flag = if r.grade <= g.reading_grade {
            ""
        } else if t.accept.contains(&crate::guide::Code::ReadingGrade) {
            "  (above target, accepted)"
        } else {
            "  (above target)"
        };
        lines.push(format!(
            "  {:>5.1}  {:>5.1}  {:>5}  {} › {}{flag}",
            r.grade, r.ease, r.words, s.title, t.title
        ));
    }
    let m = median(topics.iter().map(|(_, _, r)| r.grade).collect());
    lines.push(format!(
        "  median grade {m:.1} over {} topics; target {}",
        topics.len(),
        g.reading_grade
    ));
    lines
}

fn summary(f: &GuideText, g: &Guide) -> String {
    // The glossary's entries are counted as glossary terms, not as topics too.
    let topics: usize = g
        .sections
        .iter()
        .filter(|s| s.kind != guide::SectionKind::Glossary)
        .map(|s| s.topics.len())
        .sum();
    let count = |n: usize, what: &str| format!("{n} {what}{}", plural(n));
    format!(
        "{} ({}: {}, {}, {}, {}, reviewed {})",
        f.path,
        g.id,
        count(g.sections.len(), "section"),
        count(topics, "topic"),
        count(g.sources.len(), "source"),
        count(g.glossary.len(), "glossary term"),
        g.last_reviewed
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
