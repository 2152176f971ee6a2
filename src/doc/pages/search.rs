//! The search window: the box, the results, and on a kiosk the on-screen keyboard.
use super::*;

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
        keyboard(w);
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
/// The kiosk's on-screen keyboard for the search box: a row of letter keys for each row of a
/// keyboard (with Ñ in Spanish), then space and erase; a tap on a key types it.
fn keyboard(w: &mut Writer) {
    let lang = w.lang();
    let rows: [&str; 3] = match lang {
        crate::i18n::Lang::Es => ["qwertyuiop", "asdfghjklñ", "zxcvbnm"],
        _ => ["qwertyuiop", "asdfghjkl", "zxcvbnm"],
    };
    w.blank();
    for (n, letters) in rows.iter().enumerate() {
        let mut keys = vec![piece(&" ".repeat(n * 2), Tone::Body, None)];
        for c in letters.chars() {
            let label = format!("[ {} ]", c.to_uppercase());
            keys.push(piece(&label, Tone::Link, Some(Link::Type(c))));
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
}
