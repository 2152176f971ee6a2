//! Warnings for a valid guide: things that work but are likely wrong, such as a source nobody
//! cites or a review date more than a year old. `check --strict` treats them as errors.

use std::time::{SystemTime, UNIX_EPOCH};

use super::diagnostic::Diagnostic;
use super::model::Guide;

/// Days after which a guide's review is out of date.
pub const REVIEW_MAX_DAYS: i64 = 365;

pub fn warnings(path: &str, src: &str, guide: &Guide, today: i64) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let at = |needle: &str| src.find(needle).map_or(0..0, |i| i..i + needle.len());
    for (i, s) in guide.sources.iter().enumerate() {
        let cited = guide
            .sections
            .iter()
            .flat_map(|s| &s.topics)
            .flat_map(|t| {
                t.citations
                    .iter()
                    .chain(t.figures.iter().flat_map(|f| &f.citations))
            })
            .any(|c| c.source == i);
        if !cited {
            out.push(
                Diagnostic::at(
                    path,
                    src,
                    at(&format!("\"{}\"", s.id)),
                    format!("no topic cites source `{}`", s.id),
                )
                .expected("cite it from the topics it supports, or remove it")
                .warning("uncited-source"),
            );
        }
    }
    for section in &guide.sections {
        // Glossary definitions explain hard words by naming them; they are not graded.
        if section.kind == super::model::SectionKind::Glossary {
            continue;
        }
        for t in &section.topics {
            let r = super::readability::of_topic(t);
            if r.grade > guide.reading_grade {
                out.push(
                    Diagnostic::at(
                        path,
                        src,
                        at(&format!("\"{}\"", t.id)),
                        format!(
                            "topic `{}` reads at grade {:.1}, above the guide's target of {}",
                            t.id, r.grade, guide.reading_grade
                        ),
                    )
                    .expected("shorter sentences and shorter words")
                    .warning("reading-grade"),
                );
            }
        }
    }
    if let Some(reviewed) = days_from_date(&guide.last_reviewed) {
        let age = today - reviewed;
        if age > REVIEW_MAX_DAYS {
            out.push(
                Diagnostic::at(
                    path,
                    src,
                    at("last_reviewed"),
                    format!("the guide was last reviewed {age} days ago"),
                )
                .expected("check it against its sources again and update last_reviewed")
                .warning("old-review"),
            );
        }
    }
    out
}

/// Today as days since 1970-01-01 (UTC).
pub fn today() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| (d.as_secs() / 86_400) as i64)
}

/// "YYYY-MM-DD" as days since 1970-01-01.
pub fn days_from_date(date: &str) -> Option<i64> {
    let mut parts = date.splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.get(..2)?.parse().ok()?;
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::days_from_date;

    #[test]
    fn dates_count_days_from_1970() {
        assert_eq!(days_from_date("1970-01-01"), Some(0));
        assert_eq!(days_from_date("2000-03-01"), Some(11_017));
        assert_eq!(days_from_date("2026-11-25"), Some(20_782));
        assert_eq!(days_from_date("soon"), None);
    }
}
