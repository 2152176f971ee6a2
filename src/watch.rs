//! Label watch: a guide against the label file it should follow (`check --label FILE.xml`).
//! What a pharmacist needs to keep a guide current: citations of sections the label does not
//! have (errors), and, as warnings, a label newer than the one the guide was written from (with
//! each recent major change since and the topics that cite its sections), a guide that does
//! not say which label it follows, and each warning-and-precaution subsection and
//! contraindication no topic cites.

use crate::guide::model::{Citation, Guide, SourceKind, Topic};
use crate::guide::{Code, Diagnostic};
use crate::label::Label;

/// Every problem of `guide` (from the file `path` with text `src`) against `label`.
pub fn compare(path: &str, src: &str, guide: &Guide, label: &Label) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let header = place(src, "[guide]").unwrap_or(0..0);
    // Numbered citations of the label's sources: (topic id, source id, section number).
    let cited = numbered_citations(guide);
    for (topic, source, number) in &cited {
        if label.section(number).is_none() {
            let at = place(src, &format!("\"{source} {number}\"")).unwrap_or(header.clone());
            out.push(
                Diagnostic::at(
                    path,
                    src,
                    at,
                    format!(
                        "topic `{topic}` cites section {number} of `{source}`, which the label (version {}) does not have",
                        label.version
                    ),
                )
                .expected(format!(
                    "a section of the label: {}",
                    label
                        .sections
                        .iter()
                        .filter_map(|s| s.number.as_deref())
                        .filter(|n| n.split('.').next() == number.split('.').next())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
                .coded(Code::LabelSection),
            );
        }
    }
    let citing = |section: &str| -> Vec<&str> {
        let mut topics: Vec<&str> = cited
            .iter()
            .filter(|(_, _, n)| n == section || n.starts_with(&format!("{section}.")))
            .map(|(t, _, _)| t.as_str())
            .collect();
        topics.dedup();
        topics
    };
    match &guide.label {
        None => out.push(
            Diagnostic::at(
                path,
                src,
                header.clone(),
                "the guide does not say which label it was written from",
            )
            .expected(format!(
                "label = {{ set_id = \"{}\", version = {}, effective = {} }} in [guide], when it was written from this label",
                label.set_id, label.version, label.effective
            ))
            .warning(Code::LabelUnknown),
        ),
        Some(written) => {
            let other = written.set_id.as_deref().filter(|s| *s != label.set_id);
            if let Some(other) = other {
                out.push(
                    Diagnostic::at(
                        path,
                        src,
                        header.clone(),
                        format!(
                            "the label file is set id {}, the guide's label is {other}: another product's label",
                            label.set_id
                        ),
                    )
                    .expected("the label file of the guide's own product (DailyMed, by its set id)")
                    .coded(Code::LabelNewer),
                );
            } else if label.version > written.version {
                let since: Vec<String> = label
                    .changes
                    .iter()
                    .filter(|c| month_of(&c.date) > month_of_iso(&written.effective))
                    .map(|c| {
                        let topics: Vec<&str> =
                            c.sections.iter().flat_map(|s| citing(s)).collect();
                        format!(
                            "{} ({}): cited by {}",
                            c.text,
                            c.date,
                            if topics.is_empty() {
                                "none".to_string()
                            } else {
                                topics.join(", ")
                            }
                        )
                    })
                    .collect();
                let at = place(src, "label").unwrap_or(header.clone());
                out.push(
                    Diagnostic::at(
                        path,
                        src,
                        at,
                        format!(
                            "the label is version {} ({}); the guide was written from version {} ({}){}",
                            label.version,
                            label.effective,
                            written.version,
                            written.effective,
                            if since.is_empty() {
                                String::new()
                            } else {
                                format!(". Changed since: {}", since.join("; "))
                            }
                        ),
                    )
                    .expected("read what changed, update the topics that cite it, then the label table")
                    .warning(Code::LabelNewer),
                );
            }
        }
    }
    // Each warning and precaution and each contraindication should be in the guide.
    let mut must: Vec<(&str, &str)> = label
        .subsections("5")
        .into_iter()
        .filter_map(|s| s.number.as_deref().map(|n| (n, s.title.as_str())))
        .collect();
    if let Some(c) = label.section("4") {
        let parts = label.subsections("4");
        if parts.is_empty() {
            must.push(("4", c.title.as_str()));
        } else {
            must.extend(
                parts
                    .into_iter()
                    .filter_map(|s| s.number.as_deref().map(|n| (n, s.title.as_str()))),
            );
        }
    }
    out.extend(medication_guide(path, src, guide, label));
    for (number, title) in must {
        if citing(number).is_empty() {
            out.push(
                Diagnostic::at(
                    path,
                    src,
                    header.clone(),
                    format!("no topic cites the label's section {number}, {title}"),
                )
                .expected(format!(
                    "a topic that says it in plain words and cites \"pi {number}\""
                ))
                .warning(Code::LabelUncovered),
            );
        }
    }
    out
}

/// Where `needle` is first written in `src`.
fn place(src: &str, needle: &str) -> Option<std::ops::Range<usize>> {
    src.find(needle).map(|i| i..i + needle.len())
}

/// Every citation of a label source with a section number as its place, by topic.
fn numbered_citations(guide: &Guide) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut add = |topic: &Topic, c: &Citation| {
        let Some(source) = guide.sources.get(c.source) else {
            return;
        };
        if source.kind != Some(SourceKind::Label) {
            return;
        }
        let Some(number) = c
            .locator
            .as_deref()
            .and_then(|l| l.split_whitespace().next())
        else {
            return;
        };
        if crate::label::is_section_number(number) {
            out.push((topic.id.clone(), source.id.clone(), number.to_string()));
        }
    };
    for topic in guide.sections.iter().flat_map(|s| &s.topics) {
        for c in &topic.citations {
            add(topic, c);
        }
        for c in topic.figures.iter().flat_map(|f| &f.citations) {
            add(topic, c);
        }
    }
    out
}

/// "5/2013" as a month number (year × 12 + month), for comparing.
fn month_of(date: &str) -> u32 {
    let mut parts = date.split('/');
    let month: u32 = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    let year: u32 = parts.next().and_then(|y| y.parse().ok()).unwrap_or(0);
    year * 12 + month
}

/// "2025-08-18" as a month number.
fn month_of_iso(date: &str) -> u32 {
    let mut parts = date.split('-');
    let year: u32 = parts.next().and_then(|y| y.parse().ok()).unwrap_or(0);
    let month: u32 = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    year * 12 + month
}

/// For a kiosk's report: each guide in `dir` with a label file beside it (`NAME.xml` by
/// `NAME.toml`) that is newer than the label the guide names, or of another product, or that
/// cannot be read, as a line for staff. Guides without a label file beside them are not
/// looked at.
pub fn behind_in(dir: &std::path::Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut labels: Vec<std::path::PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .collect();
    labels.sort();
    let mut out = Vec::new();
    for xml in labels {
        let toml = xml.with_extension("toml");
        let Ok(text) = crate::guide::load::read_one(&toml) else {
            continue;
        };
        let shown = crate::text::clean(&toml.display().to_string(), false).into_owned();
        let Ok(guide) = crate::guide::validate::parse_guide(&shown, &text) else {
            continue;
        };
        let label = match crate::label::read(&xml) {
            Ok(l) => l,
            Err(why) => {
                out.push(format!("{shown}: its label file cannot be read: {why}"));
                continue;
            }
        };
        match &guide.label {
            None => out.push(format!(
                "{shown}: does not say which label it follows; beside it is version {} ({})",
                label.version, label.effective
            )),
            Some(g) if g.set_id.as_deref().is_some_and(|s| s != label.set_id) => out.push(
                format!("{shown}: the label file beside it is another product's"),
            ),
            Some(g) if g.version < label.version => out.push(format!(
                "{shown}: behind its label: the label is version {} ({}), the guide follows version {} ({}); run: patient-guide check --label {} {shown}",
                label.version,
                label.effective,
                g.version,
                g.effective,
                crate::text::clean(&xml.display().to_string(), false)
            )),
            Some(_) => {}
        }
    }
    out
}

/// What a Medication Guide heading asks about, as the words that say it, and how a guide
/// covers it: by a page it has, or a topic whose title or section holds one of these words.
const MEDGUIDE_SUBJECTS: &[(&[&str], Cover)] = &[
    (&["most important information"], Cover::KeyFacts),
    (
        &["side effect"],
        Cover::Words(&["side effect", "efectos secundarios"]),
    ),
    (&["store"], Cover::Words(&["stor", "guard", "fridge"])),
    (
        &["how should i take", "how should i use", "how do i use"],
        Cover::Kind(crate::guide::SectionKind::Dosing),
    ),
    (
        &[
            "who should not",
            "before you take",
            "before taking",
            "before using",
        ],
        Cover::Kind(crate::guide::SectionKind::Safety),
    ),
    (&["ingredients"], Cover::Words(&["ingredient"])),
    (&["general information"], Cover::Words(&["general"])),
    (
        &["what is "],
        Cover::Kind(crate::guide::SectionKind::Mechanism),
    ),
];

#[derive(Clone, Copy)]
enum Cover {
    KeyFacts,
    Kind(crate::guide::SectionKind),
    Words(&'static [&'static str]),
}

/// A warning for each Medication Guide heading of the label whose subject the guide has no
/// page, section or topic for.
pub fn medication_guide(path: &str, src: &str, guide: &Guide, label: &Label) -> Vec<Diagnostic> {
    let header = place(src, "[guide]").unwrap_or(0..0);
    let titles: Vec<String> = guide
        .sections
        .iter()
        .flat_map(|s| s.topics.iter().map(|t| t.title.to_lowercase()))
        .collect();
    let covered = |cover: Cover| match cover {
        Cover::KeyFacts => guide.key_facts.is_some(),
        Cover::Kind(kind) => guide.sections.iter().any(|s| s.kind == kind),
        Cover::Words(words) => titles.iter().any(|t| words.iter().any(|w| t.contains(w))),
    };
    let mut out = Vec::new();
    for heading in &label.medication_guide {
        let lower = heading.to_lowercase();
        let Some((_, cover)) = MEDGUIDE_SUBJECTS
            .iter()
            .find(|(asks, _)| asks.iter().any(|a| lower.contains(a)))
        else {
            continue;
        };
        if !covered(*cover) {
            out.push(
                Diagnostic::at(
                    path,
                    src,
                    header.clone(),
                    format!("the label's Medication Guide asks \"{heading}\", and the guide has nothing on it"),
                )
                .expected("a topic that answers it in plain words, citing the Medication Guide")
                .warning(Code::LabelUncovered),
            );
        }
    }
    out
}
