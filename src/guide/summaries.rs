//! A figure's summary against its data: the summary is what a screen reader reads and `print`
//! writes in place of the drawing, so a number in it that the figure does not show tells two
//! patients two different things.

use super::code::Code;
use super::diagnostic::{Diagnostic, value_place};
use super::model::{Chart, Guide};

/// A warning for each bars or icons figure whose summary names a number none of its values
/// is (to the nearest whole, as summaries round: "about 11 in 100" for 10.9), other than the
/// 100 of "in 100".
pub(super) fn contradicted(path: &str, src: &str, guide: &Guide) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for t in guide.sections.iter().flat_map(|s| &s.topics) {
        for f in &t.figures {
            let values: Vec<f64> = match &f.chart {
                Chart::Bars { bars, .. } | Chart::Icons { people: bars, .. } => {
                    bars.iter().map(|b| b.value).collect()
                }
                _ => continue,
            };
            let shown = |n: f64| n == 100.0 || values.iter().any(|v| (v - n).abs() <= 0.5);
            let stray: Vec<String> = super::numbers::in_text(&f.summary)
                .into_iter()
                .filter(|n| n.value.parse::<f64>().is_ok_and(|v| !shown(v)))
                .map(|n| n.written)
                .collect();
            if stray.is_empty() {
                continue;
            }
            let at = value_place(src, "summary", &f.summary).unwrap_or(0..0);
            let values: Vec<String> = values.iter().map(|v| v.to_string()).collect();
            out.push(
                Diagnostic::at(
                    path,
                    src,
                    at,
                    format!(
                        "figure `{}`'s summary says {} but its values are {}",
                        f.id,
                        stray.join(", "),
                        values.join(", ")
                    ),
                )
                .expected("a summary that says the figure's own numbers")
                .warning(Code::FigureSummary),
            );
        }
    }
    out
}
