//! Figures laid out as rows of styled text, like the rest of a topic, so they scroll with it:
//! a timeline (an axis with markers, times and labels, in bands that fit the width), comparison
//! bars (drawn to one scale, each with its number beside it) and numbered steps. Pure layout: no
//! terminal code; `Tone` becomes a style in the theme, and the ASCII look swaps every glyph.

use crate::doc::glyphs::Glyphs;
use crate::doc::{KeyNames, Link, Piece, Row, Tone, View, Writer, piece};
use crate::guide::{Bar, BarUnit, Chart, Event, Figure, Guide, TimeUnit};
use crate::i18n::tr;
use crate::text::display_width;

/// The widest a timeline column gets; longer labels wrap inside it.
const MAX_COLUMN: usize = 18;
/// Bars shorter than this room are drawn under their label instead of beside it.
const MIN_BAR_ROOM: usize = 12;

/// Lays out figure `index` of the topic: title, summary, the chart, note and sources.
pub fn rows(
    w: &mut Writer,
    guide: &Guide,
    figure: &Figure,
    index: usize,
    look: View,
    keys: &KeyNames,
) {
    let glyphs = super::glyphs::glyphs(look.ascii);
    let width = w.width();
    // Hints are in the patient's language; the words the app adds to the chart (Week, about
    // 11 in 100) are in the guide's, so the chart is drawn with the guide's language.
    let lang = look.lang;
    let chart = View {
        lang: guide.lang(),
        ..look
    };
    w.text(&figure.title, Tone::Heading);
    w.text(&figure.summary, Tone::Body);
    w.blank();
    match &figure.chart {
        Chart::Timeline { unit, events, then } => {
            timeline(w, glyphs, *unit, events, then.as_deref(), width, chart)
        }
        Chart::Bars {
            unit,
            bars,
            decimals,
        } => self::bars(w, glyphs, *unit, bars, *decimals, width, chart),
        Chart::Icons { people, marked } => icons(w, glyphs, people, marked, width, chart),
        // Drawn as written, each line kept whole (a picture does not wrap).
        Chart::Picture(art) => {
            for line in art {
                let shown: String = line.chars().take(width).collect();
                // Kept together in the spacious look too: a gap would break the drawing.
                w.push(Row {
                    pieces: vec![piece(&shown, Tone::Body, None)],
                    item: None,
                    keep: true,
                });
            }
        }
        Chart::Steps(steps) => {
            for (n, step) in steps.iter().enumerate() {
                let lead = format!("{:>2}. ", n + 1);
                w.wrap(
                    &[piece(step, Tone::Body, None)],
                    &lead,
                    &" ".repeat(lead.len()),
                );
            }
            w.wrap(
                &[piece(
                    &tr!(
                        lang,
                        "figure-steps-open",
                        arrow = glyphs.arrow,
                        count = steps.len(),
                        key = &keys.steps
                    ),
                    Tone::Link,
                    Some(Link::Figure(index)),
                )],
                "",
                "  ",
            );
        }
    }
    if let Some(note) = &figure.note {
        w.text(note, Tone::Muted);
    }
    let mut cites = vec![piece(&tr!(lang, "figure-source"), Tone::Muted, None)];
    for (i, c) in figure.citations.iter().enumerate() {
        if i > 0 {
            cites.push(piece(" ", Tone::Muted, None));
        }
        cites.push(piece(
            &format!("[{}]", guide.source_number(c.source)),
            Tone::Cite,
            Some(Link::Source(c.source)),
        ));
    }
    w.wrap(&cites, "", "");
}

/// Text as it will be shown: ASCII in the ASCII look, wrapped to `width` columns.
fn lines(text: &str, width: usize, look: View) -> Vec<String> {
    let mut w = Writer::new(
        width,
        View {
            large: false,
            ..look
        },
    );
    w.text(text, Tone::Body);
    w.finish().iter().map(Row::text).collect()
}

/// `text` padded with spaces to `width` columns.
fn pad(text: &str, width: usize) -> String {
    let mut s = text.to_string();
    s.push_str(&" ".repeat(width.saturating_sub(display_width(text))));
    s
}

/// A row built from pieces, kept together with the next row in the spacious look.
fn row(pieces: Vec<Piece>, keep: bool) -> Row {
    Row {
        pieces,
        item: None,
        keep,
    }
}

/// Events in columns along an axis: the times above, a marker on the axis, the label below.
/// As many columns as fit go in one band; the rest continue in the next band.
fn timeline(
    w: &mut Writer,
    glyphs: &Glyphs,
    unit: TimeUnit,
    events: &[Event],
    then: Option<&str>,
    width: usize,
    look: View,
) {
    let words = look.lang;
    const LEAD: usize = 2;
    let widest = events
        .iter()
        .map(|e| display_width(&unit.at(e.at, words)).max(display_width(&e.label).min(MAX_COLUMN)))
        .max()
        .unwrap_or(1);
    let column = (widest + 2).min(width.saturating_sub(LEAD + 1)).max(2);
    let per_band = (width.saturating_sub(LEAD + 1) / column).max(1);
    let bands: Vec<&[Event]> = events.chunks(per_band).collect();
    for (b, band) in bands.iter().enumerate() {
        let last = b + 1 == bands.len();
        let mut ticks = " ".repeat(LEAD);
        let mut axis = vec![piece(&glyphs.axis.repeat(LEAD), Tone::Muted, None)];
        let labels: Vec<Vec<String>> = band
            .iter()
            .map(|e| lines(&e.label, column - 1, look))
            .collect();
        for e in band.iter() {
            ticks.push_str(&pad(
                &lines(&unit.at(e.at, words), column, look).concat(),
                column,
            ));
            let (mark, tone) = if e.skip {
                (glyphs.skip, Tone::Muted)
            } else {
                (glyphs.mark, Tone::Mark)
            };
            axis.push(piece(mark, tone, None));
            axis.push(piece(&glyphs.axis.repeat(column - 1), Tone::Muted, None));
        }
        if last {
            axis.push(piece(glyphs.arrow, Tone::Muted, None));
        }
        // `then` follows the arrow when it fits on the axis row, else it gets its own row.
        let axis_width = LEAD + column * band.len() + usize::from(last);
        let then_here = last && then.is_some_and(|t| axis_width + 1 + display_width(t) <= width);
        if then_here {
            // Through `lines` like all guide text: made safe, and ASCII in the ASCII look.
            let then = lines(then.unwrap_or_default(), width, look).concat();
            axis.push(piece(&format!(" {then}"), Tone::Body, None));
        }
        w.push(row(vec![piece(&ticks, Tone::Heading, None)], true));
        w.push(row(axis, true));
        let height = labels.iter().map(Vec::len).max().unwrap_or(0);
        for line in 0..height {
            let mut pieces = vec![piece(&" ".repeat(LEAD), Tone::Body, None)];
            for (e, label) in band.iter().zip(&labels) {
                let text = label.get(line).map_or("", String::as_str);
                let tone = if e.skip { Tone::Muted } else { Tone::Body };
                pieces.push(piece(&pad(text, column), tone, None));
            }
            w.push(row(pieces, line + 1 < height));
        }
        if !last {
            w.blank();
        }
        if let Some(t) = then.filter(|_| last && !then_here) {
            w.wrap(
                &[piece(t, Tone::Body, None)],
                &format!("{} ", glyphs.arrow),
                "  ",
            );
        }
    }
}

/// Bars to one scale (the largest value fills the room), each with its number right after it,
/// in groups under their group's name.
fn bars(
    w: &mut Writer,
    glyphs: &Glyphs,
    unit: BarUnit,
    bars: &[Bar],
    decimals: usize,
    width: usize,
    look: View,
) {
    let words = look.lang;
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let grouped = bars.iter().any(|b| b.group.is_some());
    let indent = if grouped { 2 } else { 0 };
    let values: Vec<String> = bars
        .iter()
        .map(|b| unit.show(b.value, decimals, words))
        .collect();
    let value_width = values.iter().map(|v| display_width(v)).max().unwrap_or(0);
    let label_width = bars
        .iter()
        .map(|b| display_width(&b.label))
        .max()
        .unwrap_or(0)
        .min(width / 3);
    let beside = width.saturating_sub(indent + label_width + 2 + 1 + value_width);
    let stacked = beside < MIN_BAR_ROOM;
    let room = if stacked {
        width.saturating_sub(indent + 1 + value_width).max(1)
    } else {
        beside
    };
    let mut group: Option<Option<&str>> = None;
    let mut series = 0;
    for (b, value) in bars.iter().zip(&values) {
        if group != Some(b.group.as_deref()) {
            group = Some(b.group.as_deref());
            series = 0;
            if let Some(name) = &b.group {
                w.text(name, Tone::Heading);
            }
        }
        let cells = length(b.value, max, room);
        let bar = piece(
            &glyphs.bar[series.min(1)].repeat(cells),
            bar_tone(series),
            None,
        );
        // The number sits right after its bar, where the eye ends.
        let gap = " ";
        let label = lines(&b.label, label_width.max(1), look);
        let lead = " ".repeat(indent);
        if stacked || label.len() > 1 {
            for l in &label {
                w.push(row(
                    vec![piece(&format!("{lead}{l}"), Tone::Body, None)],
                    true,
                ));
            }
            w.push(row(
                vec![
                    piece(&lead, Tone::Body, None),
                    bar,
                    piece(&format!("{gap}{value}"), Tone::Heading, None),
                ],
                false,
            ));
        } else {
            w.push(row(
                vec![
                    piece(
                        &format!("{lead}{}  ", pad(&label.concat(), label_width)),
                        Tone::Body,
                        None,
                    ),
                    bar,
                    piece(&format!("{gap}{value}"), Tone::Heading, None),
                ],
                false,
            ));
        }
        series += 1;
    }
}

/// Icons in a row of an array; an array is 10 by 10: 100 people.
const ICONS_PER_ROW: usize = 10;

/// Icon arrays: for each entry, 100 people with those who had it marked, filled row by row from
/// the top left, its label and "about 11 in 100" above it. The arrays of a group stand side by
/// side when they fit; a key under the figure says what the marks mean.
fn icons(w: &mut Writer, glyphs: &Glyphs, people: &[Bar], marked: &str, width: usize, look: View) {
    let words = look.lang;
    // Two columns an icon (the icon and a space) when there is room, else one.
    let cell = if width > ICONS_PER_ROW * 2 { 2 } else { 1 };
    let grid = ICONS_PER_ROW * cell;
    let column = (grid + 2).min(width.max(1));
    let per_band = (width / column).max(1);
    let mut start = 0;
    while start < people.len() {
        let group = people[start].group.as_deref();
        let end = people[start..]
            .iter()
            .position(|p| p.group.as_deref() != group)
            .map_or(people.len(), |n| start + n);
        if let Some(name) = group {
            w.text(name, Tone::Heading);
        }
        for band in people[start..end].chunks(per_band) {
            let heads: Vec<Vec<String>> = band
                .iter()
                .map(|p| {
                    let mut l = lines(&p.label, column - 1, look);
                    let about = crate::guide::model::about_in_100(p.value, words);
                    l.extend(lines(&about, column - 1, look));
                    l
                })
                .collect();
            let height = heads.iter().map(Vec::len).max().unwrap_or(0);
            for line in 0..height {
                let pieces = band
                    .iter()
                    .zip(&heads)
                    .map(|(_, h)| {
                        let text = h.get(line).map_or("", String::as_str);
                        piece(&pad(text, column), Tone::Heading, None)
                    })
                    .collect();
                w.push(row(pieces, true));
            }
            for r in 0..100 / ICONS_PER_ROW {
                let mut pieces = Vec::new();
                for p in band {
                    let n = crate::guide::model::in_100(p.value) as usize;
                    for i in 0..ICONS_PER_ROW {
                        let who = r * ICONS_PER_ROW + i;
                        let (glyph, tone) = if who < n {
                            (glyphs.person[0], Tone::Mark)
                        } else {
                            (glyphs.person[1], Tone::Muted)
                        };
                        pieces.push(piece(glyph, tone, None));
                        if cell == 2 && i + 1 < ICONS_PER_ROW {
                            pieces.push(piece(" ", Tone::Body, None));
                        }
                    }
                    // The last icon has no space after it: pad to the column's full width.
                    let drawn = grid - (cell - 1);
                    pieces.push(piece(
                        &" ".repeat(column.saturating_sub(drawn)),
                        Tone::Body,
                        None,
                    ));
                }
                w.push(row(pieces, r + 1 < 100 / ICONS_PER_ROW));
            }
            w.blank();
        }
        start = end;
    }
    // The key: what a mark means, on its own line, then the unmarked glyph.
    w.wrap(
        &[
            piece(glyphs.person[0], Tone::Mark, None),
            piece(&format!(" = {marked}"), Tone::Muted, None),
        ],
        "",
        "    ",
    );
    w.wrap(
        &[
            piece(glyphs.person[1], Tone::Muted, None),
            piece(
                &format!(" = {}", tr!(words, "figure-everyone-else")),
                Tone::Muted,
                None,
            ),
        ],
        "",
        "    ",
    );
}

/// How many cells a value's bar fills: to scale, and never empty for a value above zero.
pub fn length(value: f64, max: f64, room: usize) -> usize {
    if max <= 0.0 || value <= 0.0 {
        return 0;
    }
    ((value / max * room as f64).round() as usize).clamp(1, room)
}

fn bar_tone(series: usize) -> Tone {
    if series == 0 {
        Tone::Bar
    } else {
        Tone::BarOther
    }
}

#[cfg(test)]
mod tests {
    use super::length;

    #[test]
    fn bars_are_to_scale_and_a_small_value_still_shows() {
        assert_eq!(length(0.22, 0.22, 40), 40);
        assert_eq!(length(0.11, 0.22, 40), 20);
        assert_eq!(length(0.001, 100.0, 40), 1);
        assert_eq!(length(0.0, 100.0, 40), 0);
    }
}
