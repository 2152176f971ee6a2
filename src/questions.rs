//! "My questions": the list a patient takes to the doctor, as plain text and as a QR code drawn
//! with text characters. No terminal code here.

use qrcode::{Color, EcLevel, QrCode};

use crate::guide::Guide;
use crate::i18n::tr;
use crate::i18n::{Lang, t};

/// The list as plain text in the patient's language, with the guide's name and review date so it
/// stands on its own.
pub fn as_text(guide: &Guide, questions: &[String], lang: Lang) -> String {
    let mut out = tr!(
        lang,
        "questions-list-heading",
        guide = &guide.title,
        date = guide.last_reviewed.to_string()
    );
    out.push('\n');
    for (i, q) in questions.iter().enumerate() {
        out.push_str(&format!("{}. {q}\n", i + 1));
    }
    out
}

/// Writes `text` to `path` so that the file is either the old one or the whole new one, never a
/// mix: the text goes to a new file beside it, is flushed to disk, and then takes the old one's
/// place. A full disk or any other failure leaves the earlier file as it was. Only a regular file
/// (or none) is replaced: writing to a pipe or a device could block forever.
pub fn save(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => {
            return Err(std::io::Error::other(
                "it is not a regular file (a folder, pipe or device)",
            ));
        }
        _ => {}
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(&dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Modules of light border around the code, which phone cameras need to find it.
const QUIET: usize = 2;

/// The QR code of `text`, as rows of characters. With `ascii`, each module is two `#` or spaces
/// wide and one row high; otherwise half blocks put two modules in each character cell. Dark
/// modules are drawn characters, so the code must be shown dark on light.
pub fn qr_rows(text: &str, ascii: bool, lang: Lang) -> Result<Vec<String>, String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L)
        .map_err(|_| t(lang, "questions-qr-too-long"))?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET;
    let dark = |x: usize, y: usize| -> bool {
        x >= QUIET
            && y >= QUIET
            && x < width + QUIET
            && y < width + QUIET
            && colors[(y - QUIET) * width + (x - QUIET)] == Color::Dark
    };
    let rows = if ascii {
        (0..size)
            .map(|y| {
                (0..size)
                    .map(|x| if dark(x, y) { "##" } else { "  " })
                    .collect()
            })
            .collect()
    } else {
        (0..size)
            .step_by(2)
            .map(|y| {
                (0..size)
                    .map(|x| match (dark(x, y), y + 1 < size && dark(x, y + 1)) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    })
                    .collect()
            })
            .collect()
    };
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_blocks_take_half_the_rows_of_ascii() {
        let a = qr_rows("hello", true, Lang::En).unwrap();
        let h = qr_rows("hello", false, Lang::En).unwrap();
        assert_eq!(h.len(), a.len().div_ceil(2));
        assert!(a.iter().all(|r| r.is_ascii()));
        assert_eq!(a[0].len(), a.len() * 2, "square: two columns per module");
    }
}

#[cfg(test)]
mod save_tests {
    use super::save;

    #[test]
    fn a_save_replaces_the_whole_file_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("questions.txt");
        std::fs::write(&path, "an earlier, longer list of questions\n".repeat(50)).unwrap();
        save(&path, "1. A new list\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "1. A new list\n");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_failed_save_leaves_the_earlier_file_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        // A folder stands where the file would go: the rename fails after the text was written.
        let path = dir.path().join("questions.txt");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("inside"), "kept").unwrap();
        assert!(save(&path, "1. New\n").is_err());
        assert_eq!(
            std::fs::read_to_string(path.join("inside")).unwrap(),
            "kept"
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no stray file"
        );
        // No folder to write in: an error, and nothing is created.
        let missing = dir.path().join("no/such/folder/q.txt");
        assert!(save(&missing, "1. New\n").is_err());
        assert!(!dir.path().join("no").exists());
    }

    #[test]
    fn a_pipe_is_refused_at_once_instead_of_waiting_for_a_reader() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let e = save(&fifo, "1. New\n").unwrap_err();
        assert!(e.to_string().contains("not a regular file"), "{e}");
    }
}
