//! The search window: the box, the results, and on a kiosk the on-screen keyboard.
use super::{Context, Link, Piece, Tone, Writer, keyboard, piece, tr};

/// The box, what was found (or corrected), the kiosk's keyboard, and the results.
pub(super) fn search(w: &mut Writer, cx: &Context) {
    let lang = w.lang();
    let keys = cx.keys;
    let (query, results) = cx.search;
    w.text(&tr!(lang, "search-typed", query = query), Tone::Heading);
    let status = if query.is_empty() {
        tr!(lang, "search-empty", enter = &keys.enter)
    } else if results.closest {
        tr!(lang, "search-closest")
    } else if let Some(c) = &results.corrected {
        tr!(lang, "search-corrected", words = c)
    } else {
        tr!(lang, "search-count", count = results.hits.len())
    };
    // The on-screen keyboard right under the box, where the status text below it
    // cannot move a key between two taps.
    if cx.kiosk {
        keyboard::keyboard(w, keyboard::Board::Search);
        w.blank();
    }
    w.text(&status, Tone::Muted);
    if !query.is_empty() && results.corrected.is_some() && !results.closest {
        // One key (or a tap on the line) searches for the words as typed.
        let undo = tr!(
            lang,
            "search-as-typed",
            typed = query.trim(),
            key = &keys.as_typed
        );
        w.wrap(&[piece(&undo, Tone::Link, Some(Link::AsTyped))], "", "  ");
    }
    for (i, hit) in results.hits.iter().enumerate() {
        w.blank();
        w.wrap_item(&[piece(&hit.path, Tone::Heading, None)], "", "  ", i);
        if !hit.snippet.is_empty() {
            w.wrap_item(&highlighted(&hit.snippet, &hit.highlights), "  ", "  ", i);
        }
    }
}

/// A snippet as pieces, with the matched characters in the match tone.
fn highlighted(text: &str, marks: &[usize]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for (i, c) in text.chars().enumerate() {
        let tone = if marks.contains(&i) {
            Tone::Match
        } else {
            Tone::Body
        };
        match out.last_mut() {
            Some(p) if p.tone == tone => p.text.push(c),
            _ => out.push(piece(&c.to_string(), tone, None)),
        }
    }
    out
}
