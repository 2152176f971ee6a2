//! `patient-guide print`: a guide as linear plain text or Markdown, with its citations and
//! sources, for screen readers, printing and pipes. Paragraphs are not wrapped, so a screen
//! reader or a pager can flow them.

use std::fmt::Write;

use crate::guide::{Block, Chart, Citation, Figure, Guide, Inline, Section, Topic};
use crate::i18n::tr;
use crate::text::display_width;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Markdown,
}

/// The whole guide, or only the section with id `section`. Its headings are in the guide's
/// language.
pub fn print(guide: &Guide, section: Option<&str>, format: Format) -> Result<String, String> {
    let sections: Vec<&Section> = match section {
        None => guide.sections.iter().collect(),
        Some(id) => {
            let s = guide.sections.iter().find(|s| s.id == id).ok_or_else(|| {
                let ids: Vec<&str> = guide.sections.iter().map(|s| s.id.as_str()).collect();
                format!(
                    "guide `{}` has no section `{id}`; its sections are: {}",
                    guide.id,
                    ids.join(", ")
                )
            })?;
            vec![s]
        }
    };
    let md = format == Format::Markdown;
    let lang = guide.lang();
    let mut out = String::new();
    heading(&mut out, md, 1, &guide.title);
    line(
        &mut out,
        &tr!(lang, "about-for", condition = &guide.condition),
    );
    // What the guide is for, before anything else (PEMAT item 1).
    line(&mut out, &tr!(lang, "print-purpose", title = &guide.title));
    line(
        &mut out,
        &tr!(
            lang,
            "print-reviewed",
            date = crate::i18n::date_words(&guide.last_reviewed, lang)
        ),
    );
    if let Some(note) = &guide.review_note {
        line(&mut out, note);
    }
    if let Some(label) = &guide.label {
        line(&mut out, &label.words(lang));
    }
    out.push('\n');
    line(
        &mut out,
        &if md {
            format!("> {}", guide.disclaimer)
        } else {
            guide.disclaimer.clone()
        },
    );
    out.push('\n');
    // As in the app, the most important information comes first when the whole guide is printed;
    // its section then leaves it out.
    let first = guide.key_facts.filter(|_| section.is_none());
    if let Some((s, t)) = first {
        topic(&mut out, md, guide, &guide.sections[s].topics[t], false);
    }
    for s in &sections {
        let number = guide
            .sections
            .iter()
            .position(|x| x.id == s.id)
            .map_or(0, |i| i + 1);
        heading(&mut out, md, 2, &format!("{number}. {}", s.title));
        for (i, t) in s.topics.iter().enumerate() {
            if first != Some((number - 1, i)) {
                topic(&mut out, md, guide, t, false);
            }
        }
    }
    if section.is_none() && !guide.check_yourself.is_empty() {
        check_yourself(&mut out, md, guide);
    }
    heading(&mut out, md, 2, &tr!(lang, "print-sources"));
    for (i, s) in guide.sources.iter().enumerate() {
        let mut text = format!(
            "[{}] {}. {}.",
            guide.source_number(i),
            s.title,
            tr!(lang, "source-publisher", publisher = &s.publisher)
        );
        if let Some(v) = &s.version {
            let _ = write!(text, " {}.", tr!(lang, "source-version", version = v));
        }
        if let Some(d) = &s.date {
            let _ = write!(text, " {}.", tr!(lang, "source-date", date = d));
        }
        let _ = write!(
            text,
            " {}",
            tr!(lang, "source-location", location = &s.location)
        );
        // The places cited, which the topics' markers ([1]) leave out.
        let mut places: Vec<&str> = sections
            .iter()
            .flat_map(|sec| &sec.topics)
            .flat_map(|t| {
                t.citations
                    .iter()
                    .chain(t.figures.iter().flat_map(|f| &f.citations))
            })
            .filter(|c| c.source == i)
            .filter_map(|c| c.locator.as_deref())
            .collect();
        places.sort_by(|a, b| section_order(a, b));
        places.dedup();
        if !places.is_empty() {
            let _ = write!(
                text,
                ". {}",
                tr!(lang, "print-places-cited", places = places.join(", "))
            );
        }
        line(&mut out, &if md { format!("- {text}") } else { text });
    }
    Ok(out)
}

/// Section numbers in reading order: "2" < "2.1" < "5.1" < "12.1".
fn section_order(a: &str, b: &str) -> std::cmp::Ordering {
    let key = |s: &str| -> Vec<u32> {
        s.split('.')
            .map(|p| p.trim().parse().unwrap_or(u32::MAX))
            .collect()
    };
    key(a).cmp(&key(b)).then_with(|| a.cmp(b))
}

/// The teach-back questions with their choices, then the answers, each with the topic that
/// explains it.
fn check_yourself(out: &mut String, md: bool, guide: &Guide) {
    let lang = guide.lang();
    heading(out, md, 2, &tr!(lang, "window-quiz"));
    line(out, &tr!(lang, "print-quiz-intro"));
    out.push('\n');
    for (n, q) in guide.check_yourself.iter().enumerate() {
        line(out, &format!("{}. {}", n + 1, q.question));
        for (c, choice) in q.choices.iter().enumerate() {
            line(out, &format!("   {}) {choice}", letter(c)));
        }
        out.push('\n');
    }
    heading(out, md, 3, &tr!(lang, "print-answers"));
    for (n, q) in guide.check_yourself.iter().enumerate() {
        let (s, t) = q.topic;
        let topic = &guide.sections[s].topics[t].title;
        line(
            out,
            &tr!(
                lang,
                "print-answer",
                number = n + 1,
                letter = letter(q.answer).to_string(),
                answer = q.choices.get(q.answer).map_or("", String::as_str),
            ),
        );
        line(
            out,
            &format!(
                "   {}",
                tr!(lang, "print-explain", explain = &q.explain, topic = topic)
            ),
        );
    }
    out.push('\n');
}

/// "a", "b", "c": choices are lettered on paper so they are not confused with question numbers.
fn letter(i: usize) -> char {
    (b'a' + (i % 26) as u8) as char
}

fn heading(out: &mut String, md: bool, level: usize, text: &str) {
    if md {
        let _ = writeln!(out, "{} {text}\n", "#".repeat(level));
    } else {
        let rule = if level == 1 {
            '='
        } else if level == 2 {
            '-'
        } else {
            '~'
        };
        let _ = writeln!(
            out,
            "{text}\n{}\n",
            rule.to_string().repeat(text.chars().count())
        );
    }
}

fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

fn inline_text(guide: &Guide, inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text(t) => t.clone(),
            Inline::Cite(s) => format!("[{}]", guide.source_number(*s)),
            Inline::Term { text, .. } => text.clone(),
            Inline::Link {
                section,
                topic,
                text,
            } => link_text(
                guide.lang(),
                text,
                &guide.sections[*section].topics[*topic].title,
            ),
        })
        .collect()
}

/// A figure as text: its title, its summary (the text alternative), its data as a small table
/// (or numbered steps), its note and its sources.
fn figure(out: &mut String, md: bool, guide: &Guide, f: &Figure, own_sources: bool) {
    let lang = guide.lang();
    let title = tr!(lang, "print-figure", title = &f.title);
    line(out, &if md { format!("**{title}**") } else { title });
    out.push('\n');
    line(out, &f.summary);
    out.push('\n');
    let rows: Vec<Vec<String>> = match &f.chart {
        Chart::Timeline { unit, events, then } => {
            let mut rows = vec![vec![unit.heading(lang), tr!(lang, "print-what-happens")]];
            for e in events {
                rows.push(vec![crate::guide::model::number(e.at, 0), e.label.clone()]);
            }
            if let Some(then) = then {
                rows.push(vec![tr!(lang, "print-later"), then.clone()]);
            }
            rows
        }
        Chart::Bars {
            unit,
            bars,
            decimals,
        } => {
            let cells: Vec<Cell> = bars
                .iter()
                .map(|b| {
                    // A whole number is shown whole ("82%", not "82.0%") beside "97.5%".
                    let places = if b.value.fract() == 0.0 { 0 } else { *decimals };
                    (&b.group, &b.label, unit.show(b.value, places, lang))
                })
                .collect();
            // The corner is left empty: the title says what is counted, a cell shows its unit.
            data_table(
                &cells,
                String::new(),
                [tr!(lang, "print-who-or-what"), unit.heading(lang)],
                lang,
            )
        }
        Chart::Icons { people, marked } => {
            let cells: Vec<Cell> = people
                .iter()
                .map(|p| (&p.group, &p.label, in_100_text(p.value, lang)))
                .collect();
            let what = tr!(lang, "print-in-100", marked = marked);
            data_table(&cells, what.clone(), [tr!(lang, "print-who"), what], lang)
        }
        Chart::Steps(steps) => {
            for (n, s) in steps.iter().enumerate() {
                line(out, &format!("{}. {s}", n + 1));
            }
            Vec::new()
        }
        // On paper the drawing; read out line by line (the screen-reader mode), only its
        // summary, above.
        Chart::Picture(art) if !own_sources => {
            if md {
                line(out, "```");
            }
            for l in art {
                line(out, &if md { l.clone() } else { format!("    {l}") });
            }
            if md {
                line(out, "```");
            }
            Vec::new()
        }
        Chart::Picture(_) => Vec::new(),
    };
    if !rows.is_empty() {
        table(out, md, &rows);
    }
    // A blank line between the parts; the topic adds one after the figure.
    if f.note.is_some() || own_sources {
        out.push('\n');
    }
    if let Some(note) = &f.note {
        line(out, note);
        if own_sources {
            out.push('\n');
        }
    }
    if own_sources {
        sources_line(out, guide, &f.citations, true);
    }
}

/// "Sources: [1] Title, sections 2 and 5.1; [2] ...": the line under a topic (or a figure)
/// read alone.
fn sources_line(out: &mut String, guide: &Guide, cited: &[Citation], figure: bool) {
    let sources = citations(guide, cited).join("; ");
    let lang = guide.lang();
    line(
        out,
        &if figure {
            tr!(lang, "print-figure-sources", sources = sources)
        } else {
            tr!(lang, "print-topic-sources", sources = sources)
        },
    );
}

/// People in 100 as a table cell: "39", or "about 11" for 10.9.
fn in_100_text(value: f64, lang: crate::i18n::Lang) -> String {
    let n = crate::guide::model::in_100(value);
    if crate::guide::model::whole_in_100(value) {
        n.to_string()
    } else {
        tr!(lang, "print-about", count = n)
    }
}

/// One value of a figure for a table: its group, its label and the value as shown.
type Cell<'a> = (&'a Option<String>, &'a String, String);

/// A figure's values as a table. When every value has a group and every group has the same
/// labels in the same order, a row per group and a column per label under `corner` ("First
/// trial | 11 | 22"), which reads best; else a row per value under `head`, with a column for the
/// group when there is one.
fn data_table(
    cells: &[Cell],
    corner: String,
    head: [String; 2],
    lang: crate::i18n::Lang,
) -> Vec<Vec<String>> {
    if let Some((groups, labels)) = crosstab(cells.iter().map(|(g, l, _)| (*g, *l))) {
        let mut rows = vec![std::iter::once(corner).chain(labels).collect::<Vec<_>>()];
        for g in groups {
            let mut row = vec![g.clone()];
            row.extend(
                cells
                    .iter()
                    .filter(|(cg, _, _)| cg.as_ref() == Some(&g))
                    .map(|(_, _, v)| v.clone()),
            );
            rows.push(row);
        }
        return rows;
    }
    let grouped = cells.iter().any(|(g, _, _)| g.is_some());
    let mut rows = vec![head.to_vec()];
    if grouped {
        rows[0].insert(0, tr!(lang, "print-group"));
    }
    for (group, label, value) in cells {
        let mut row = vec![(*label).clone(), value.clone()];
        if grouped {
            row.insert(0, (*group).clone().unwrap_or_default());
        }
        rows.push(row);
    }
    rows
}

/// When every item has a group and every group has the same labels in the same order, the
/// groups (in order) and the labels.
fn crosstab<'a>(
    items: impl Iterator<Item = (&'a Option<String>, &'a String)>,
) -> Option<(Vec<String>, Vec<String>)> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for (group, label) in items {
        let group = group.as_ref()?;
        match groups.iter_mut().find(|(g, _)| g == group) {
            Some((_, labels)) => labels.push(label.clone()),
            None => groups.push((group.clone(), vec![label.clone()])),
        }
    }
    let first = groups.first()?.1.clone();
    (groups.len() > 1 && first.len() > 1 && groups.iter().all(|(_, l)| *l == first))
        .then(|| (groups.into_iter().map(|(g, _)| g).collect(), first))
}

/// A table: Markdown pipes, or columns padded with spaces for plain text. The first row is
/// the heading.
fn table(out: &mut String, md: bool, rows: &[Vec<String>]) {
    let columns = rows[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| display_width(&r[c])).max().unwrap_or(0))
        .collect();
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - display_width(cell))))
            .collect();
        if md {
            line(out, &format!("| {} |", cells.join(" | ")));
            if i == 0 {
                let rule: Vec<String> = widths.iter().map(|w| "-".repeat((*w).max(3))).collect();
                line(out, &format!("|-{}-|", rule.join("-|-")));
            }
        } else {
            line(out, cells.join("  ").trim_end());
            if i == 0 {
                let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
                line(out, &rule.join("  "));
            }
        }
    }
}

/// One topic as linear text, as `print` writes it: paragraphs, bullets, figures by their text
/// alternative and data, the questions to ask, and its sources.
pub fn topic_text(guide: &Guide, t: &Topic) -> String {
    let mut out = String::new();
    topic(&mut out, false, guide, t, true);
    out
}

/// One topic. `own_sources`: its sources follow it (a topic read alone); in the whole guide,
/// the markers lead to the list at the end instead, which says the places cited.
fn topic(out: &mut String, md: bool, guide: &Guide, t: &Topic, own_sources: bool) {
    let lang = guide.lang();
    heading(out, md, 3, &t.title);
    if t.from_original {
        line(out, &crate::i18n::tr!(lang, "topic-untranslated"));
    }
    for block in &t.body {
        match block {
            Block::Paragraph(p) => line(out, &inline_text(guide, p)),
            Block::Bullets(items) => {
                for item in items {
                    line(out, &format!("- {}", inline_text(guide, item)));
                }
            }
            Block::Figure(f) => figure(out, md, guide, &t.figures[*f], own_sources),
        }
        out.push('\n');
    }
    if !t.related.is_empty() {
        line(out, &tr!(lang, "print-other-questions"));
        for r in &t.related {
            let answer = &guide.sections[r.section].topics[r.topic].title;
            let link = link_text(lang, &r.question, answer);
            line(out, &format!("- {link}"));
        }
        out.push('\n');
    }
    if !t.questions.is_empty() {
        line(out, &tr!(lang, "print-questions"));
        for (n, q) in t.questions.iter().enumerate() {
            line(out, &format!("{}. {q}", n + 1));
        }
        out.push('\n');
    }
    if own_sources {
        sources_line(out, guide, &t.citations, false);
        out.push('\n');
    }
}

/// "[1] Title, sections 2, 5.1 and 8.1": each source a topic or figure cites, once, in the order
/// of their numbers, with the places cited in it.
fn citations(guide: &Guide, cited: &[Citation]) -> Vec<String> {
    let mut sources: Vec<usize> = cited.iter().map(|c| c.source).collect();
    sources.sort_unstable();
    sources.dedup();
    sources
        .into_iter()
        .map(|s| {
            let mut text = format!("[{}] {}", guide.source_number(s), guide.sources[s].title);
            let mut places: Vec<&str> = cited
                .iter()
                .filter(|c| c.source == s)
                .filter_map(|c| c.locator.as_deref())
                .collect();
            places.dedup();
            match places.as_slice() {
                [] => {}
                [one] => {
                    let _ = write!(
                        text,
                        ", {}",
                        tr!(guide.lang(), "print-section", place = *one)
                    );
                }
                [first @ .., last] => {
                    let _ = write!(
                        text,
                        ", {}",
                        tr!(
                            guide.lang(),
                            "print-sections",
                            places = first.join(", "),
                            last = *last
                        )
                    );
                }
            }
            text
        })
        .collect()
}

/// A link on paper: its words, and the title of the topic it leads to when the words do not
/// already say it ("what to do about it (see "Missed dose")", but "Low blood sugar", not "Low
/// blood sugar (see "Low blood sugar")", and "what to do if you miss a dose", not "... (see
/// "If you miss a dose")").
fn link_text(lang: crate::i18n::Lang, text: &str, title: &str) -> String {
    let words = text.trim().to_lowercase();
    let title_words = title.trim().to_lowercase();
    if words.ends_with(&title_words) {
        // The words that name the topic are quoted, so that a title is not read as part of the
        // sentence ("The numbers are in "Fewer relapses" and ...").
        let text = text.trim();
        let cut = text
            .char_indices()
            .map(|(i, _)| i)
            .find(|&i| text[i..].to_lowercase() == title_words)
            .unwrap_or(0);
        format!("{}\"{}\"", &text[..cut], &text[cut..])
    } else {
        tr!(lang, "print-link", text = text, title = title)
    }
}
