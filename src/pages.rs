//! The text of the overlay windows (about, help, sources), laid out as rows like a topic.

use crate::content::{Piece, Row, Tone, wrap};
use crate::guide::Guide;
use crate::keymap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// Shown at start: what the guide is, the disclaimer, the review date.
    About,
    Help,
    Sources,
}

impl Overlay {
    pub fn title(self) -> &'static str {
        match self {
            Overlay::About => "About this guide",
            Overlay::Help => "Help: keys and mouse",
            Overlay::Sources => "Sources",
        }
    }
}

fn piece(text: impl Into<String>, tone: Tone) -> Piece {
    Piece {
        text: text.into(),
        tone,
        source: None,
    }
}

fn para(rows: &mut Vec<Row>, text: &str, tone: Tone, width: usize) {
    wrap(rows, &[piece(text, tone)], width, "", "");
}

pub fn rows(overlay: Overlay, guide: &Guide, width: usize) -> Vec<Row> {
    let width = width.max(1);
    let mut rows = Vec::new();
    match overlay {
        Overlay::About => {
            para(&mut rows, &guide.title, Tone::Heading, width);
            para(
                &mut rows,
                &format!("For: {}", guide.condition),
                Tone::Body,
                width,
            );
            rows.push(Row::default());
            para(&mut rows, &guide.disclaimer, Tone::Heading, width);
            rows.push(Row::default());
            para(
                &mut rows,
                &format!("Last reviewed: {}.", guide.last_reviewed),
                Tone::Body,
                width,
            );
            if let Some(note) = &guide.review_note {
                para(&mut rows, note, Tone::Body, width);
            }
            rows.push(Row::default());
            para(
                &mut rows,
                "Use the arrow keys and Enter, the number keys 1-9, or click. Press ? for help.",
                Tone::Muted,
                width,
            );
            para(
                &mut rows,
                "Press any key or click to start.",
                Tone::Heading,
                width,
            );
        }
        Overlay::Help => {
            let help = keymap::help_rows();
            let key_width = help.iter().map(|(k, _)| k.len()).max().unwrap_or(0) + 2;
            for (keys, what) in help {
                let lead = format!("{keys:<key_width$}");
                let rest = " ".repeat(key_width);
                wrap(&mut rows, &[piece(what, Tone::Body)], width, &lead, &rest);
            }
            rows.push(Row::default());
            para(&mut rows, &guide.disclaimer, Tone::Muted, width);
        }
        Overlay::Sources => {
            for (i, s) in guide.sources.iter().enumerate() {
                if i > 0 {
                    rows.push(Row::default());
                }
                let mut lines = vec![
                    format!("[{}] {}", guide.source_number(i), s.title),
                    format!("Publisher: {}", s.publisher),
                ];
                lines.extend(s.version.as_ref().map(|v| format!("Version: {v}")));
                lines.extend(s.date.as_ref().map(|d| format!("Date: {d}")));
                lines.push(format!("Where to find it: {}", s.location));
                for (n, line) in lines.iter().enumerate() {
                    let tone = if n == 0 { Tone::Heading } else { Tone::Body };
                    let p = Piece {
                        text: line.clone(),
                        tone,
                        source: Some(i),
                    };
                    wrap(
                        &mut rows,
                        &[p],
                        width,
                        if n == 0 { "" } else { "    " },
                        "    ",
                    );
                }
            }
        }
    }
    rows
}

/// The first row that belongs to source `index` in the sources overlay.
pub fn source_row(rows: &[Row], index: usize) -> Option<usize> {
    rows.iter()
        .position(|r| r.pieces.iter().any(|p| p.source == Some(index)))
}
