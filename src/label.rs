//! A US drug label as the FDA publishes it: Structured Product Labeling (SPL), an HL7 XML
//! document (DailyMed's downloads). Read with a real XML parser (`roxmltree`: no DTD, so no
//! entity expansion; a bounded number of nodes; files over 20 MB refused), it gives what a
//! guide is checked against: the product, the set id, version and effective date, the recent
//! major changes with their dates, every section with its number and LOINC code, and the
//! Medication Guide's headings. Errors say the file, line and column.

use serde::Serialize;

/// The largest label file read: DailyMed's largest are a few MB.
pub const MAX_BYTES: u64 = 20 << 20;
/// The most XML nodes a label may have (a 1 MB label has about 40,000).
const MAX_NODES: u32 = 2_000_000;
const HL7: &str = "urn:hl7-org:v3";
/// LOINC codes of the sections read specially.
const RECENT_MAJOR_CHANGES: &str = "43683-2";
const MEDICATION_GUIDE: &str = "42231-1";

/// What a label is and holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    /// The product as named in the label ("Lipitor (atorvastatin calcium)").
    pub product: String,
    pub set_id: String,
    pub version: u32,
    /// The effective date, year-month-day.
    pub effective: String,
    pub changes: Vec<Change>,
    pub sections: Vec<Section>,
    /// The Medication Guide's headings, where the label has one.
    pub medication_guide: Vec<String>,
}

/// One of the label's recent major changes: the sections it names and the month it was made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub text: String,
    /// The numbers of the sections it names ("5.1").
    pub sections: Vec<String>,
    /// Month and year as the label writes them ("5/2013").
    pub date: String,
}

/// A section of the label: its number where it has one ("5.1"), its title, its LOINC code, and
/// how deep it is (0 for a top-level section).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    pub number: Option<String>,
    pub title: String,
    pub code: String,
    pub depth: usize,
    /// The section's own words (its subsections' not included), one paragraph a line.
    #[serde(skip)]
    pub text: String,
}

impl Label {
    /// The section numbered `number`, if the label has one.
    pub fn section(&self, number: &str) -> Option<&Section> {
        self.sections
            .iter()
            .find(|s| s.number.as_deref() == Some(number))
    }

    /// The numbered subsections of section `top` ("5" gives 5.1, 5.2 ...).
    pub fn subsections(&self, top: &str) -> Vec<&Section> {
        let prefix = format!("{top}.");
        self.sections
            .iter()
            .filter(|s| s.number.as_deref().is_some_and(|n| n.starts_with(&prefix)))
            .collect()
    }
}

/// Reads the label in `path`; the reason, with its place, when it cannot.
pub fn read(path: &std::path::Path) -> Result<Label, String> {
    let shown = path.display();
    let text = crate::file::read_small(path, MAX_BYTES)
        .map_err(|e| format!("{shown}: {e}"))?
        .ok_or_else(|| format!("{shown}: no such file"))?;
    parse(&text).map_err(|e| format!("{shown}:{e}"))
}

/// Reads a label from its XML text; errors start with "LINE:COLUMN: ".
pub fn parse(text: &str) -> Result<Label, String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..Default::default()
    };
    let doc = roxmltree::Document::parse_with_options(text, options).map_err(|e| {
        let at = e.pos();
        format!("{}:{}: not readable XML: {e}", at.row, at.col)
    })?;
    let root = doc.root_element();
    if root.tag_name().name() != "document" || root.tag_name().namespace() != Some(HL7) {
        let at = doc.text_pos_at(root.range().start);
        return Err(format!(
            "{}:{}: not a Structured Product Labeling document (its root is <{}>, not HL7's <document>)",
            at.row,
            at.col,
            root.tag_name().name()
        ));
    }
    let child = |name: &str| root.children().find(|n| is(n, name));
    let value = |name: &str, attr: &str| {
        child(name)
            .and_then(|n| n.attribute(attr))
            .unwrap_or_default()
            .to_string()
    };
    let effective = value("effectiveTime", "value");
    let effective = match (effective.get(..4), effective.get(4..6), effective.get(6..8)) {
        (Some(y), Some(m), Some(d)) => format!("{y}-{m}-{d}"),
        _ => effective,
    };
    let mut label = Label {
        product: product(&root),
        set_id: value("setId", "root"),
        version: value("versionNumber", "value").parse().unwrap_or(0),
        effective,
        changes: Vec::new(),
        sections: Vec::new(),
        medication_guide: Vec::new(),
    };
    if let Some(body) = root.descendants().find(|n| is(n, "structuredBody")) {
        for section in body
            .children()
            .filter(|n| is(n, "component"))
            .flat_map(|c| c.children().filter(|n| is(n, "section")))
        {
            read_section(section, 0, &mut label);
        }
    }
    Ok(label)
}

/// Whether `text` is a label's section number: digits, with dots between ("5", "5.1", "12.3").
pub fn is_section_number(text: &str) -> bool {
    text.split('.')
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `n` is the HL7 element `name`.
fn is(n: &roxmltree::Node, name: &str) -> bool {
    n.is_element() && n.tag_name().name() == name && n.tag_name().namespace() == Some(HL7)
}

/// The product's name and its generic name, as the label's product data gives them.
fn product(root: &roxmltree::Node) -> String {
    let inner = root.descendants().find(|n| {
        is(n, "manufacturedProduct") && n.parent().is_some_and(|p| is(&p, "manufacturedProduct"))
    });
    let name = inner
        .and_then(|p| p.children().find(|n| is(n, "name")))
        .map(|n| text_of(n).trim().to_string())
        .unwrap_or_default();
    let generic = inner
        .and_then(|p| p.descendants().find(|n| is(n, "genericMedicine")))
        .and_then(|g| g.children().find(|n| is(n, "name")))
        .map(|n| text_of(n).trim().to_lowercase())
        .unwrap_or_default();
    match (name.is_empty(), generic.is_empty()) {
        (false, false) => format!("{name} ({generic})"),
        (false, true) => name,
        _ => generic,
    }
}

fn read_section(section: roxmltree::Node, depth: usize, label: &mut Label) {
    let code = section
        .children()
        .find(|n| is(n, "code"))
        .and_then(|c| c.attribute("code"))
        .unwrap_or_default()
        .to_string();
    let title = section
        .children()
        .find(|n| is(n, "title"))
        .map(|t| one_line(&text_of(t)))
        .unwrap_or_default();
    if code == RECENT_MAJOR_CHANGES {
        label.changes = changes(section);
    }
    if code == MEDICATION_GUIDE || title.to_uppercase().starts_with("MEDICATION GUIDE") {
        label.medication_guide = section
            .descendants()
            .filter(|n| is(n, "section") && *n != section)
            .filter_map(|s| s.children().find(|n| is(n, "title")))
            .map(|t| one_line(&text_of(t)))
            .filter(|t| !t.is_empty())
            .collect();
    }
    let number = title
        .split_whitespace()
        .next()
        .filter(|w| is_section_number(w))
        .map(str::to_string);
    let title = match &number {
        Some(n) => title[n.len()..].trim().to_string(),
        None => title,
    };
    // Its own words: the text of its <text> element, not its subsections'.
    let text = section
        .children()
        .find(|n| is(n, "text"))
        .map(|t| {
            text_of(t)
                .lines()
                .map(one_line)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default();
    label.sections.push(Section {
        number,
        title,
        code,
        depth,
        text,
    });
    for sub in section
        .children()
        .filter(|n| is(n, "component"))
        .flat_map(|c| c.children().filter(|n| is(n, "section")))
    {
        read_section(sub, depth + 1, label);
    }
}

/// The recent major changes: each line (a table row, or a paragraph's line up to a <br/>)
/// with the section numbers in it and its month.
fn changes(section: roxmltree::Node) -> Vec<Change> {
    let text = text_of(section);
    text.lines()
        .map(one_line)
        .filter_map(|line| {
            let date = line
                .split_whitespace()
                .rev()
                .find(|w| {
                    let mut parts = w.split('/');
                    let month = parts
                        .next()
                        .is_some_and(|m| m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m)));
                    let year = parts
                        .next()
                        .is_some_and(|y| y.len() == 4 && y.parse::<u16>().is_ok());
                    month && year && parts.next().is_none()
                })?
                .to_string();
            let sections = line
                .split(['(', ')'])
                .skip(1)
                .step_by(2)
                .filter(|s| is_section_number(s))
                .map(str::to_string)
                .collect();
            let text = line
                .trim_end_matches(date.as_str())
                .trim_end_matches(['-', ' '])
                .trim()
                .to_string();
            Some(Change {
                text,
                sections,
                date,
            })
        })
        .collect()
}

/// An element's text, with a line break for each <br/>, table row and paragraph.
fn text_of(n: roxmltree::Node) -> String {
    let mut out = String::new();
    for d in n.descendants() {
        if d.is_text() {
            // Line breaks in the XML's text are layout, not the label's: a space.
            out.extend(
                d.text()
                    .unwrap_or_default()
                    .chars()
                    .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
            );
        } else if is(&d, "br") || is(&d, "tr") || is(&d, "paragraph") || is(&d, "td") {
            out.push(if is(&d, "td") { ' ' } else { '\n' });
        }
    }
    out
}

/// Text on one line, its runs of white space one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The label as text: what it is, its recent major changes, its numbered sections.
pub fn describe(label: &Label) -> String {
    let mut out = format!(
        "{}\nset id {}, version {}, effective {}\n",
        label.product, label.set_id, label.version, label.effective
    );
    if !label.changes.is_empty() {
        out.push_str("\nRecent major changes:\n");
        for c in &label.changes {
            out.push_str(&format!("  {:<8} {}\n", c.date, c.text));
        }
    }
    out.push_str("\nSections:\n");
    for s in label.sections.iter().filter(|s| s.number.is_some()) {
        out.push_str(&format!(
            "{}{} {}\n",
            "  ".repeat(s.depth + 1),
            s.number.as_deref().unwrap_or_default(),
            s.title
        ));
    }
    if !label.medication_guide.is_empty() {
        out.push_str("\nMedication Guide:\n");
        for h in &label.medication_guide {
            out.push_str(&format!("  {h}\n"));
        }
    }
    out
}

/// A starter guide drafted from a label (`patient-guide label draft`): its sections follow the
/// label's (what it does from 12.1, who it is for from 1, how to take it from 2, safety from 4
/// and 5, questions from 17), each topic citing its label section, with the label's own words
/// as comments above it for the author to rewrite in plain words. Every topic is marked
/// `draft = true`, which `check` refuses: no label wording reaches a patient unrewritten.
pub fn draft(label: &Label, id: &str) -> String {
    let quoted = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let generic = label
        .product
        .split_once('(')
        .map_or(label.product.as_str(), |(_, g)| g.trim_end_matches(')'))
        .trim()
        .to_string();
    let mut out = format!(
        r#"# A guide drafted from {product}'s US label (version {version}, {effective}) by
# `patient-guide label draft`. Every topic is a draft: the label's own words are in the
# comments above it. Rewrite each topic in plain words, remove its `draft = true`, and replace
# each TODO; `patient-guide check` fails until none is left. guide/README.md describes every key.

[guide]
id = "{id}"
title = "{title}"
generic_name = "{generic}"
condition = "TODO the condition it treats, in plain words"
language = "en"
last_reviewed = {effective}
disclaimer = """
This guide is for learning only. It is not medical advice. \
In an emergency, call your local emergency number. Ask your care team."""
label = {{ set_id = "{set_id}", version = {version}, effective = {effective} }}

[[sources]]
id = "pi"
title = "{title} Prescribing Information"
publisher = "TODO the company"
version = "{version}"
date = "{effective}"
location = "DailyMed set id {set_id}"
kind = "label"
"#,
        product = quoted(&label.product),
        title = quoted(&label.product),
        generic = quoted(&generic),
        version = label.version,
        effective = label.effective,
        set_id = quoted(&label.set_id),
    );
    // Each guide section: its kind, title, and the label sections its topics come from.
    let parts: [(&str, &str, &str, Vec<&Section>); 4] = [
        (
            "mechanism",
            "How it works",
            "12",
            pick(label, "12", &["12.1"]),
        ),
        ("indications", "Who it is for", "1", pick(label, "1", &[])),
        ("dosing", "How to take it", "2", pick(label, "2", &[])),
        ("safety", "Safety", "5", {
            let mut s = pick(label, "4", &[]);
            s.extend(pick(label, "5", &[]));
            s
        }),
    ];
    for (kind, title, top, sections) in parts {
        out.push_str(&format!(
            "\n[[sections]]\nid = \"{kind}\"\ntitle = \"{title}\"\nkind = \"{kind}\"\n"
        ));
        if sections.is_empty() {
            // The label has no such section (an over-the-counter label): one topic to write.
            out.push_str(&topic(
                &format!("{kind}-1"),
                &format!("TODO {title}"),
                top,
                "",
                "",
            ));
        }
        for s in sections {
            let number = s.number.as_deref().unwrap_or(top);
            out.push_str(&topic(
                &format!("section-{}", number.replace('.', "-")),
                &s.title,
                number,
                &s.title,
                &s.text,
            ));
        }
    }
    out.push_str(
        "\n[[sections]]\nid = \"questions\"\ntitle = \"Questions for your doctor\"\nshort_title = \"Questions\"\nkind = \"questions\"\n",
    );
    out.push_str(
        &topic("before-you-start", "Before you start", "17", "", "").replace(
            "draft = true\n",
            "draft = true\nquestions = [\n  \"TODO a question worth asking?\",\n]\n",
        ),
    );
    out
}

/// The label sections a guide section's topics come from: the subsections of `top`, those
/// numbered in `only` when given, else `top` itself when it has none.
fn pick<'a>(label: &'a Label, top: &str, only: &[&str]) -> Vec<&'a Section> {
    let subs: Vec<&Section> = label
        .subsections(top)
        .into_iter()
        .filter(|s| only.is_empty() || only.contains(&s.number.as_deref().unwrap_or_default()))
        .collect();
    if subs.is_empty() {
        label.section(top).into_iter().collect()
    } else {
        subs
    }
}

/// One drafted topic, with the label's words as comments.
fn topic(id: &str, title: &str, number: &str, label_title: &str, words: &str) -> String {
    let quoted = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let mut out = String::from("\n[[sections.topics]]\n");
    if !label_title.is_empty() {
        out.push_str(&format!("# The label's section {number}, {label_title}:\n"));
        for line in words.lines() {
            out.push_str(&format!("#   {line}\n"));
        }
    }
    out.push_str(&format!(
        "id = \"{id}\"\ntitle = \"{}\"\ncites = [\"pi {number}\"]\ndraft = true\nbody = \"\"\"\nTODO say in plain words what the label's section {number} says. [@pi]\n\"\"\"\n",
        quoted(title)
    ));
    out
}
