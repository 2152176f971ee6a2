//! The kiosk's on-screen keyboard, under a text box (search, writing a question): a row of
//! letter keys for each row of a keyboard (with Ñ in Spanish), then space and erase; a tap on a
//! key types it. Writing a question adds the digits, the signs a question needs, and a key
//! that adds it (what Enter does).
use super::{Link, Tone, Writer, piece, tr};

/// Which box the keyboard types into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Board {
    /// Search: letters, space, erase.
    Search,
    /// A question of one's own: also the digits, ¿ ? , . and the key that adds the question.
    /// `capital`: a sentence starts here, so a letter key types a capital, as a phone's does.
    Question { capital: bool },
}

/// Whether the next letter of `draft` starts a sentence: nothing written yet (or only "¿"),
/// or a sentence ended before it.
pub(super) fn starts_sentence(draft: &str) -> bool {
    let before = draft.trim_end().trim_end_matches(['¿', '¡']).trim_end();
    before.is_empty() || before.ends_with(['.', '?', '!'])
}

/// The keyboard's rows, each key a `Link::Type` (or `Link::Erase`, `Link::Enter`) piece.
pub(super) fn keyboard(w: &mut Writer, board: Board) {
    let lang = w.lang();
    let spanish = lang == crate::i18n::Lang::Es;
    let letters: [&str; 3] = if spanish {
        ["qwertyuiop", "asdfghjklñ", "zxcvbnm"]
    } else {
        ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
    };
    let signs = if spanish { ",.¿?" } else { ",.?" };
    let question = matches!(board, Board::Question { .. });
    let capital = board == Board::Question { capital: true };
    let mut rows: Vec<(usize, String)> = Vec::new();
    if question {
        rows.push((0, "1234567890".to_string()));
    }
    for (n, row) in letters.iter().enumerate() {
        let mut keys = row.to_string();
        if question && n == 2 {
            keys.push_str(signs);
        }
        rows.push((n * 2, keys));
    }
    w.blank();
    for (indent, letters) in rows {
        let mut keys = vec![piece(&" ".repeat(indent), Tone::Body, None)];
        for c in letters.chars() {
            let label = format!("[ {} ]", c.to_uppercase());
            let typed = match c.to_uppercase().next() {
                Some(upper) if capital => upper,
                _ => c,
            };
            keys.push(piece(&label, Tone::Link, Some(Link::Type(typed))));
            keys.push(piece(" ", Tone::Body, None));
        }
        w.wrap(&keys, "", "");
    }
    let space = format!("[ {} ]", tr!(lang, "keyboard-space"));
    let erase = format!("[ {} ]", tr!(lang, "keyboard-erase"));
    w.wrap(
        &[
            piece("      ", Tone::Body, None),
            piece(&space, Tone::Link, Some(Link::Type(' '))),
            piece("   ", Tone::Body, None),
            piece(&erase, Tone::Link, Some(Link::Erase)),
        ],
        "",
        "",
    );
    if question {
        w.blank();
        let add = format!("[ {} ]", tr!(lang, "keyboard-add-question"));
        w.wrap(
            &[
                piece("      ", Tone::Body, None),
                piece(&add, Tone::Link, Some(Link::Enter)),
            ],
            "",
            "",
        );
    }
}
