//! "My questions": the list a patient takes to the doctor, as plain text and as a QR code drawn
//! with text characters. No terminal code here.

use qrcode::{Color, EcLevel, QrCode};

use crate::guide::Guide;
use crate::i18n::Lang;
use crate::i18n::tr;

/// The list as plain text in the patient's language, with the guide's name and review date so it
/// stands on its own.
pub fn as_text(guide: &Guide, questions: &[String], lang: Lang) -> String {
    let mut out = tr!(
        lang,
        "questions-list-heading",
        guide = &guide.title,
        date = crate::i18n::date_words(&guide.last_reviewed, lang)
    );
    out.push('\n');
    for (i, q) in questions.iter().enumerate() {
        out.push_str(&format!("{}. {q}\n", i + 1));
    }
    out
}

/// The list saved last in a file of saved lists (`appended` adds each save at its end): the
/// numbered lines of its last list, to go on from at the next start.
pub fn read_back(text: &str) -> Vec<String> {
    let numbered = |line: &str| {
        let (n, rest) = line.split_once(". ")?;
        (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).then(|| rest.trim().to_string())
    };
    text.split("\n\n")
        .map(|block| block.lines().filter_map(numbered).collect::<Vec<_>>())
        .filter(|list| !list.is_empty())
        .last()
        .unwrap_or_default()
}

/// What a file of saved lists holds after one more save: what it held, a blank line, the
/// date it was saved, then the list. Nothing saved before is ever overwritten.
pub fn appended(existing: &str, saved_on: &str, list: &str) -> String {
    let mut out = existing.trim_end().to_string();
    if !out.is_empty() {
        out.push_str("\n\n");
    }
    out.push_str(saved_on);
    out.push('\n');
    out.push_str(list);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The text of a file of saved lists: empty when there is none yet (at most 1 MB, only a
/// regular file).
pub fn kept(path: &std::path::Path) -> std::io::Result<String> {
    Ok(crate::file::read_small(path, 1 << 20)?.unwrap_or_default())
}

/// Saves `list` to the file at `path`, after what it holds, under the line `saved_on` (the
/// date, in the patient's words). The reason in words when it could not be saved.
pub fn save(path: &std::path::Path, saved_on: &str, list: &str) -> Result<(), String> {
    kept(path)
        .map(|before| appended(&before, saved_on, list))
        .and_then(|all| crate::file::write_whole(path, &all))
        .map_err(|e| e.to_string())
}

/// Modules of light border around the code, which phone cameras need to find it.
const QUIET: usize = 2;

/// The QR code of `text`, as rows of characters. With `ascii`, each module is two `#` or spaces
/// wide and one row high; otherwise half blocks put two modules in each character cell. Dark
/// modules are drawn characters, so the code must be shown dark on light.
pub fn qr_rows(text: &str, ascii: bool, lang: Lang) -> Result<Vec<String>, String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L)
        .map_err(|_| tr!(lang, "questions-qr-too-long"))?;
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
