//! How a topic words a risk: a relative change ("51% lower", "lowered the risk by 32%") with
//! no absolute number a patient can picture beside it ("about 11 in 100 people"), which
//! `lint` warns about (`relative-only`).

use super::model::{Chart, Topic};

/// Words that make a number relative ("51% lower", "3 times more").
const RELATIVE: &[&str] = &[
    "% lower",
    "% fewer",
    "% less",
    "% higher",
    "% more",
    "% greater",
    "% reduction",
    "% menos",
    "% más",
    " times more",
    " times higher",
    " times lower",
    " times as ",
    " as likely",
    "half as ",
    "twice as ",
];

/// Words that give an absolute number on a base a patient can picture.
const ABSOLUTE: &[&str] = &[
    " in 100",
    " out of 100",
    " in 1,000",
    " in 1000",
    " out of 1,000",
    "every 100 ",
    "every 1,000 ",
];

/// The first relative phrase in a topic (its text and figures) that has no absolute number beside
/// it: no "N in 100" anywhere in the topic and no icons figure.
pub(super) fn relative_without_absolute(t: &Topic) -> Option<String> {
    let texts: Vec<String> = t.body_texts(crate::i18n::Lang::En).collect();
    let lower: Vec<String> = texts.iter().map(|x| x.to_lowercase()).collect();
    let absolute = lower.iter().any(|x| ABSOLUTE.iter().any(|a| x.contains(a)))
        || t.figures
            .iter()
            .any(|f| matches!(f.chart, Chart::Icons { .. }));
    if absolute {
        return None;
    }
    for (text, low) in texts.iter().zip(&lower) {
        // "lowered the risk by 32%", "redujo el riesgo en un 32%".
        if let Some(phrase) = changed_by_percent(text, low) {
            return Some(phrase);
        }
        // "the relative risk reduction was 39%", "a risk reduction of 39%".
        if let Some(phrase) = reduction_named(text, low) {
            return Some(phrase);
        }
        // "cut the risk of relapse in half", "halved the risk".
        if let Some(phrase) = halved(text, low) {
            return Some(phrase);
        }
        for r in RELATIVE {
            if let Some(i) = low.find(r) {
                // The number before the phrase, and the phrase: "51% lower".
                // (Places found in the lower-cased text: read with `get`, never cut inside a
                // character where lower-casing changed a letter's length.)
                let begin = text
                    .get(..i)?
                    .rfind(|c: char| c.is_whitespace() || c == '(')
                    .map_or(0, |b| b + 1);
                return Some(text.get(begin..i + r.len())?.trim().to_string());
            }
        }
    }
    None
}

/// A verb of change and "by N%" after it ("lowered the risk by 32%", "reduce en un 32%"), as
/// written.
fn changed_by_percent(text: &str, low: &str) -> Option<String> {
    const VERBS: &[&str] = &[
        "lower", "reduc", "cut", "decreas", "increas", "rais", "redujo", "reduce", "disminu",
        "aument",
    ];
    let percents = low
        .match_indices('%')
        .chain(low.match_indices(" percent"))
        .chain(low.match_indices(" por ciento"));
    for (i, m) in percents {
        let end = (i + m.len()).min(text.len());
        let before = &low[..i];
        let digits = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        if digits.len() == before.len() {
            continue;
        }
        let lead = digits.trim_end();
        // "fell 32%", "dropped 32%": the verb right before the number.
        const MOVED: &[&str] = &[
            "fell", "dropped", "rose", "falls", "drops", "rises", "cut", "cuts", "bajó", "subió",
        ];
        if MOVED.iter().any(|v| lead.ends_with(&format!(" {v}"))) {
            let from = lead.rfind(' ').map_or(0, |j| j + 1);
            return Some(text.get(from..end)?.trim_end().to_string());
        }
        if !(lead.ends_with(" by") || lead.ends_with(" en un") || lead.ends_with(" en")) {
            continue;
        }
        let from = lead.char_indices().rev().nth(60).map_or(0, |(j, _)| j);
        if let Some(v) = VERBS.iter().filter_map(|v| lead[from..].find(v)).min() {
            return Some(text.get(from + v..end)?.to_string());
        }
    }
    None
}

/// A reduction named in words with its percent after it ("the relative risk reduction was
/// 39%", "a risk reduction of 39%", "una reducción del riesgo del 39%"), as written.
fn reduction_named(text: &str, low: &str) -> Option<String> {
    const NAMED: &[&str] = &[
        "relative risk",
        "risk reduction",
        "reduction in risk",
        "riesgo relativo",
        "reducción del riesgo",
    ];
    NAMED.iter().find_map(|n| {
        let i = low.find(n)?;
        // Its number within a few words after it, in the same sentence.
        let after = &low[i..];
        // About 30 characters on, cut where a character starts (never inside "é" or "’").
        let mut cut = after.len().min(n.len() + 30);
        while !after.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &after[..cut];
        let end = window
            .find('%')
            .map(|p| p + 1)
            .or_else(|| window.find(" percent").map(|p| p + " percent".len()))?;
        // The sentence does not end before it ("39.5%" is one number).
        if window[..end].contains(". ") || window[..end].contains(';') {
            return None;
        }
        text.get(i..i + end).map(str::to_string)
    })
}

/// A risk halved in words ("cut the risk of relapse in half", "halved the risk", "redujo el
/// riesgo a la mitad"), as written: a relative change with no number at all.
fn halved(text: &str, low: &str) -> Option<String> {
    const HALF: &[&str] = &["in half", "halved", "halves", "a la mitad"];
    const RISK: &[&str] = &["risk", "relapse", "riesgo", "recaída"];
    HALF.iter().find_map(|h| {
        let i = low.find(h)?;
        // In the same sentence as the risk it changes, before or after it ("halved the risk
        // of relapse"): "cut the pill in half" is no risk.
        let start = low[..i].rfind(['.', ';', '!', '?']).map_or(0, |j| j + 1);
        let end = low[i..]
            .find(['.', ';', '!', '?'])
            .map_or(low.len(), |j| i + j);
        let sentence = &low[start..end];
        if !RISK.iter().any(|r| sentence.contains(r)) {
            return None;
        }
        text.get(start..end).map(|t| t.trim().to_string())
    })
}
