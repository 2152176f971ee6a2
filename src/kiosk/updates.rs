//! Guide updates on a kiosk that must never go blank. The kiosk shows the guides in its
//! `guides` folder when they are all valid; otherwise the last set that was (kept in its state
//! folder, `last-good/`); otherwise the guides built into the program, which are always valid.
//! It never refuses to start over a guide, so it never restarts in a loop. Each time it looks,
//! it writes what it shows and why to a status file staff can read (`status` in the state
//! folder), and every refused update to its log. While it runs, it looks again at each idle
//! reset, when nobody is using it, and switches to a changed folder only when the new set is
//! valid. No terminal code here.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::guide::{self, Diagnostic, Guide, load::GuideText};

/// Where the shown guides came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Folder(PathBuf),
    LastGood(PathBuf),
    Bundled,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Folder(d) => write!(f, "the guides folder {}", d.display()),
            Source::LastGood(d) => write!(f, "the last good set, {}", d.display()),
            Source::Bundled => f.write_str("the guides built into the program"),
        }
    }
}

/// What a folder holds, to notice a change without reading it: each `*.toml` file's name,
/// size and modification time, in name order.
pub type Signature = Vec<(String, u64, Option<SystemTime>)>;

pub fn signature(dir: &Path) -> Signature {
    let mut out: Signature = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "toml"))
        .filter_map(|e| {
            let meta = e.metadata().ok()?;
            Some((
                e.file_name().to_string_lossy().into_owned(),
                meta.len(),
                meta.modified().ok(),
            ))
        })
        .collect();
    out.sort();
    out
}

/// The kiosk's guides and where it keeps what it knows about them.
#[derive(Debug)]
pub struct Updates {
    /// The folder staff update (`guides` in kiosk.toml); none: the built-in guides.
    folder: Option<PathBuf>,
    /// The state folder: `last-good/` and `status`.
    state: PathBuf,
    /// The kiosk's log, for refused updates.
    log: PathBuf,
    /// The folder as it was when last looked at.
    seen: Signature,
}

/// The outcome of reading a folder of guides: the files and the guides, or every problem.
fn read(dir: &Path) -> Result<(Vec<GuideText>, Vec<Guide>), Vec<Diagnostic>> {
    let found = guide::read_paths(&[dir.to_path_buf()]);
    if !found.errors.is_empty() {
        return Err(found.errors);
    }
    if found.files.is_empty() {
        return Err(vec![
            Diagnostic::file(&dir.display().to_string(), "the folder holds no guides")
                .expected("one or more *.toml guide files"),
        ]);
    }
    let guides = guide::load(&found.files)?;
    Ok((found.files, guides))
}

impl Updates {
    pub fn new(folder: Option<PathBuf>, state: PathBuf, log: PathBuf) -> Self {
        Self {
            folder,
            state,
            log,
            seen: Vec::new(),
        }
    }

    fn last_good(&self) -> PathBuf {
        self.state.join("last-good")
    }

    pub fn status_path(&self) -> PathBuf {
        self.state.join("status")
    }

    /// The guides to start with, and where they came from: the folder when valid (kept as the
    /// last good set), else the last good set, else the built-in guides. The status file says
    /// which and why; a refused folder is also logged.
    pub fn first(&mut self) -> (Vec<Guide>, Source) {
        let Some(folder) = self.folder.clone() else {
            let guides = guide::bundle::builtin();
            self.report(&Source::Bundled, guides.len(), None);
            return (guides, Source::Bundled);
        };
        self.seen = signature(&folder);
        match read(&folder) {
            Ok((files, guides)) => {
                let kept = self.keep(&files);
                let source = Source::Folder(folder);
                self.report(&source, guides.len(), kept.err().as_deref());
                (guides, source)
            }
            Err(problems) => {
                let refused = refusal(&folder, &problems);
                let _ = super::log::append(&self.log, &refused);
                let (guides, source) = match read(&self.last_good()) {
                    Ok((_, guides)) => (guides, Source::LastGood(self.last_good())),
                    Err(_) => (guide::bundle::builtin(), Source::Bundled),
                };
                self.report(&source, guides.len(), Some(&refused));
                (guides, source)
            }
        }
    }

    /// At an idle reset: the folder's new guides, and where they come from, when it changed
    /// since it was last looked at and the new set is valid (then kept as the last good set). A
    /// changed set that is not valid is refused: logged, written to the status file, and the
    /// kiosk keeps what it shows.
    pub fn poll(&mut self, showing: &Source, count: usize) -> Option<(Vec<Guide>, Source)> {
        let folder = self.folder.clone()?;
        let now = signature(&folder);
        if now == self.seen {
            return None;
        }
        self.seen = now;
        match read(&folder) {
            Ok((files, guides)) => {
                let kept = self.keep(&files);
                let source = Source::Folder(folder);
                self.report(&source, guides.len(), kept.err().as_deref());
                Some((guides, source))
            }
            Err(problems) => {
                let refused = refusal(&folder, &problems);
                let _ = super::log::append(&self.log, &refused);
                self.report(showing, count, Some(&refused));
                None
            }
        }
    }

    /// Copies a valid set to `last-good/`, whole or not at all: written beside it, then put
    /// in its place.
    fn keep(&self, files: &[GuideText]) -> Result<(), String> {
        let write = || -> std::io::Result<()> {
            fs::create_dir_all(&self.state)?;
            let new = tempfile::Builder::new()
                .prefix("last-good.new")
                .tempdir_in(&self.state)?;
            for f in files {
                let name = Path::new(&f.path)
                    .file_name()
                    .map_or_else(|| "guide.toml".into(), |n| n.to_os_string());
                fs::write(new.path().join(name), &f.text)?;
            }
            let target = self.last_good();
            let old = self.state.join("last-good.old");
            let _ = fs::remove_dir_all(&old);
            if target.exists() {
                fs::rename(&target, &old)?;
            }
            fs::rename(new.keep(), &target)?;
            let _ = fs::remove_dir_all(&old);
            Ok(())
        };
        write().map_err(|e| {
            let why = format!(
                "could not keep the guides as the last good set in {}: {e}",
                self.last_good().display()
            );
            let _ = super::log::append(&self.log, &why);
            why
        })
    }

    /// Writes the status file: what is shown, from where, and the last problem if any. Staff
    /// read it; it never says anything about a patient.
    fn report(&self, source: &Source, count: usize, problem: Option<&str>) {
        let mut text = format!(
            "patient-guide kiosk status, written at {} (seconds since 1970, UTC)\nshowing: {count} guide{} from {source}\n",
            SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            if count == 1 { "" } else { "s" },
        );
        match problem {
            Some(p) => {
                text.push_str("last problem:\n");
                text.push_str(p);
                text.push('\n');
            }
            None => text.push_str("last update: accepted, no problems\n"),
        }
        let write = fs::create_dir_all(&self.state)
            .and_then(|()| crate::file::write_whole(&self.status_path(), &text));
        if let Err(e) = write {
            let _ = super::log::append(
                &self.log,
                &format!(
                    "could not write the status file {}: {e}",
                    self.status_path().display()
                ),
            );
        }
    }
}

/// "The update in DIR was refused" with every problem, as `check` prints them.
fn refusal(folder: &Path, problems: &[Diagnostic]) -> String {
    let mut out = format!(
        "the guides in {} were not used: {} problem{} (the kiosk shows the last good set; fix them and check with `patient-guide check {}`)",
        folder.display(),
        problems.len(),
        if problems.len() == 1 { "" } else { "s" },
        folder.display()
    );
    for p in problems {
        out.push('\n');
        out.push_str(&p.to_string());
    }
    out
}

/// The state folder when kiosk.toml names none: systemd's `STATE_DIRECTORY` (the units set
/// `StateDirectory=patient-guide`), else `$XDG_STATE_HOME/patient-guide`, else
/// `~/.local/state/patient-guide`.
pub fn default_state() -> PathBuf {
    if let Some(dir) = std::env::var_os("STATE_DIRECTORY").filter(|v| !v.is_empty()) {
        // systemd may list several, separated by colons; ours is the first.
        let first = dir
            .to_string_lossy()
            .split(':')
            .next()
            .unwrap_or_default()
            .to_string();
        return PathBuf::from(first);
    }
    super::log::default_path()
        .parent()
        .map_or_else(std::env::temp_dir, Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = include_str!("../../tests/fixtures/ui.toml");

    fn kiosk(dir: &Path) -> Updates {
        Updates::new(
            Some(dir.join("guides")),
            dir.join("state"),
            dir.join("kiosk.log"),
        )
    }

    fn status(dir: &Path) -> String {
        fs::read_to_string(dir.join("state/status")).unwrap()
    }

    #[test]
    fn a_valid_folder_is_shown_and_kept_as_the_last_good_set() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("guides")).unwrap();
        fs::write(dir.path().join("guides/demo.toml"), GOOD).unwrap();
        let (guides, source) = kiosk(dir.path()).first();
        assert_eq!(guides.len(), 1);
        assert_eq!(source, Source::Folder(dir.path().join("guides")));
        assert_eq!(
            fs::read_to_string(dir.path().join("state/last-good/demo.toml")).unwrap(),
            GOOD
        );
        assert!(status(dir.path()).contains("showing: 1 guide from the guides folder"));
    }

    #[test]
    fn a_broken_update_is_refused_and_the_last_good_set_shown() {
        let dir = tempfile::tempdir().unwrap();
        let guides = dir.path().join("guides");
        fs::create_dir_all(&guides).unwrap();
        fs::write(guides.join("demo.toml"), GOOD).unwrap();
        let mut k = kiosk(dir.path());
        let (first, source) = k.first();
        // Nothing changed: nothing to do.
        assert!(k.poll(&source, first.len()).is_none());
        // The folder is updated with a broken guide: refused, at the next reset and at a start.
        let broken = GOOD.replacen("title = ", "titel = ", 1);
        fs::write(guides.join("demo.toml"), &broken).unwrap();
        assert!(
            k.poll(&source, first.len()).is_none(),
            "a broken set is never used"
        );
        let said = status(dir.path());
        assert!(said.contains("were not used: 1 problem"), "{said}");
        assert!(said.contains("demo.toml:"), "the problem's place: {said}");
        let log = fs::read_to_string(dir.path().join("kiosk.log")).unwrap();
        assert!(log.contains("were not used"), "{log}");
        let (again, source) = kiosk(dir.path()).first();
        assert_eq!(source, Source::LastGood(dir.path().join("state/last-good")));
        let titles = |g: &[Guide]| g.iter().map(|g| g.title.clone()).collect::<Vec<_>>();
        assert_eq!(
            titles(&again),
            titles(&first),
            "the kiosk starts on the last good set"
        );
        // Fixed, with a new title: used at the next reset.
        let fixed = GOOD.replacen("title = \"Fixture", "title = \"Demo updated", 1);
        assert_ne!(fixed, GOOD, "the fixture's title changed");
        fs::write(guides.join("demo.toml"), &fixed).unwrap();
        let mut k = kiosk(dir.path());
        k.first();
        fs::write(
            guides.join("demo.toml"),
            fixed.replace("Demo updated", "Demo again"),
        )
        .unwrap();
        let (new, _) = k.poll(&Source::Bundled, 1).expect("a valid change is used");
        assert!(new[0].title.contains("Demo again"));
        assert!(status(dir.path()).contains("no problems"));
    }

    #[test]
    fn with_no_good_set_ever_the_built_in_guides_are_shown() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("guides")).unwrap();
        fs::write(dir.path().join("guides/demo.toml"), "not toml [").unwrap();
        let (guides, source) = kiosk(dir.path()).first();
        assert_eq!(source, Source::Bundled);
        assert!(!guides.is_empty());
        assert!(status(dir.path()).contains("built into the program"));
        // An empty folder is refused too.
        let empty = tempfile::tempdir().unwrap();
        fs::create_dir_all(empty.path().join("guides")).unwrap();
        let (_, source) = kiosk(empty.path()).first();
        assert_eq!(source, Source::Bundled);
        assert!(
            status(empty.path()).contains("were not used"),
            "{}",
            status(empty.path())
        );
    }
}
