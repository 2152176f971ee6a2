//! The Sources window: the guide's sources, one highlighted.
use super::{Guide, Link, Row, Tone, Writer, piece, tr};

/// Every source with its publisher, version, date and where to find it; each line links to it.
pub(super) fn sources(w: &mut Writer, guide: &Guide) {
    let lang = w.lang();
    for (i, s) in guide.sources.iter().enumerate() {
        if i > 0 {
            w.blank();
        }
        let mut lines = vec![
            format!("[{}] {}", guide.source_number(i), s.title),
            tr!(lang, "source-publisher", publisher = &s.publisher),
        ];
        lines.extend(
            s.version
                .as_ref()
                .map(|v| tr!(lang, "source-version", version = v)),
        );
        lines.extend(s.date.as_ref().map(|d| tr!(lang, "source-date", date = d)));
        lines.push(tr!(lang, "source-location", location = &s.location));
        for (n, line) in lines.iter().enumerate() {
            let tone = if n == 0 { Tone::Heading } else { Tone::Body };
            let lead = if n == 0 { "" } else { "    " };
            w.wrap(&[piece(line, tone, Some(Link::Source(i)))], lead, "    ");
        }
    }
}

/// The first row that belongs to source `index` in the sources window.
pub fn source_row(rows: &[Row], index: usize) -> Option<usize> {
    rows.iter().position(|r| r.source() == Some(index))
}
