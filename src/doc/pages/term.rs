//! A glossary term's window, over the text being read.
use super::{Guide, KeyNames, Link, Tone, Writer, piece, tr};

/// A term, its plain definition and its sources.
pub(super) fn term(w: &mut Writer, guide: &Guide, i: usize, keys: &KeyNames) {
    let lang = w.lang();
    if let Some(t) = guide.glossary.get(i) {
        w.text(&t.term, Tone::Heading);
        w.blank();
        w.text(&t.definition, Tone::Body);
        w.blank();
        for c in &t.citations {
            let s = &guide.sources[c.source];
            let text = format!("[{}] {}", guide.source_number(c.source), s.title);
            w.wrap(
                &[piece(&text, Tone::Cite, Some(Link::Source(c.source)))],
                "",
                "    ",
            );
        }
        w.blank();
        w.text(&tr!(lang, "term-back", back = &keys.back), Tone::Muted);
    }
}
