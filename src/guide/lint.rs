//! Warnings for a valid guide: things that work but are likely wrong, such as a source nobody
//! cites or a review date more than a year old. `check --strict` treats them as errors.

use std::time::{SystemTime, UNIX_EPOCH};

use super::diagnostic::{Diagnostic, value_place};
use super::model::{Guide, SectionKind, SourceKind, Topic};
use super::risk::relative_without_absolute;
use super::written::{bare_marker, markdown_all, todos};
use crate::guide::code::Code;
use crate::i18n::Lang;

/// The most words a sentence should have: longer ones are hard to follow, and screen readers read
/// figure summaries aloud in one breath.
pub const MAX_SENTENCE_WORDS: usize = 25;

/// The widest a word should be: the text column of an 80x24 screen. A wider word is cut across
/// lines, which a patient reads as two words.
pub const MAX_WORD_COLUMNS: usize = 76;

/// The warnings about one topic, which its `accept` table may name (with a reason) to say the
/// author gives them on purpose: `check --strict` then passes.
pub const TOPIC_WARNINGS: &[Code] = &[
    Code::ReadingGrade,
    Code::ReadingEase,
    Code::LongWord,
    Code::LongSentence,
    Code::Markdown,
    Code::BareMarker,
    Code::RelativeOnly,
    Code::NoLabelSource,
];

/// Drops the warnings from `from` on that `t` accepts.
fn drop_accepted(out: &mut Vec<Diagnostic>, from: usize, t: &Topic) {
    if t.accept.is_empty() {
        return;
    }
    let topic = out.split_off(from);
    out.extend(topic.into_iter().filter(|d| !t.accept.contains(&d.code)));
}

/// The columns a topic's title has in the topics list beside the text: the list of a
/// 120-column screen, inside its borders and after the selection marker (a test in
/// tests/ui.rs holds the layout to it).
pub const TOPIC_LIST_COLUMNS: usize = 36;

/// A topic title the topics list would cut (and a short title that would still be cut):
/// `names` are the title and the short title, of the topic `id`.
fn title_cut(
    path: &str,
    src: &str,
    id: &str,
    names: (&str, &Option<String>),
    from: usize,
) -> Option<Diagnostic> {
    let wide = |text: &str| crate::text::display_width(text) > TOPIC_LIST_COLUMNS;
    let (shown, which) = match names {
        (_, Some(short)) if wide(short) => (short.as_str(), "short title"),
        (_, Some(_)) => return None,
        (title, None) if wide(title) => (title, "title"),
        _ => return None,
    };
    let quoted = format!("\"{shown}\"");
    let at = src[from..]
        .find(&quoted)
        .map_or(from..from, |i| from + i..from + i + quoted.len());
    let cut: String = shown.chars().take(TOPIC_LIST_COLUMNS - 1).collect();
    Some(
        Diagnostic::at(
            path,
            src,
            at,
            format!(
                "`{id}`'s {which} is {} columns wide; the list beside the text shows {TOPIC_LIST_COLUMNS} and would show \"{}…\"",
                crate::text::display_width(shown),
                cut.trim_end()
            ),
        )
        .expected(format!(
            "a short_title (short_term for a glossary term) of at most {TOPIC_LIST_COLUMNS} columns for the list; the full one stays the heading"
        ))
        .warning(Code::TitleCut),
    )
}

/// `reading_grade` in a Spanish guide (graded by INFLESZ) or `reading_ease` in an English one
/// (graded by its school grade): the setting does nothing, which an author would not know.
fn unused_reading_target(path: &str, src: &str, guide: &Guide) -> Option<Diagnostic> {
    let spanish = guide.lang() == crate::i18n::Lang::Es;
    let (unused, used) = if spanish {
        (
            "reading_grade",
            "reading_ease = 55 (INFLESZ: higher is easier)",
        )
    } else {
        ("reading_ease", "reading_grade = 8 (a school grade)")
    };
    let mut offset = 0;
    let place = src.split_inclusive('\n').find_map(|line| {
        let at = offset + (line.len() - line.trim_start().len());
        offset += line.len();
        let key = line.trim_start().strip_prefix(unused)?;
        key.trim_start()
            .starts_with('=')
            .then(|| at..at + unused.len())
    })?;
    let language = if spanish { "a Spanish" } else { "an English" };
    Some(
        Diagnostic::at(
            path,
            src,
            place,
            format!("`{unused}` does nothing in {language} guide, which is not graded by it"),
        )
        .expected(format!("{used}, or no setting for the default"))
        .warning(Code::ReadingTargetUnused),
    )
}

/// Days after which a guide's review is out of date.
pub const REVIEW_MAX_DAYS: i64 = 365;

pub fn warnings(path: &str, src: &str, guide: &Guide, today: i64) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let at = |needle: &str| src.find(needle).map_or(0..0, |i| i..i + needle.len());
    out.extend(unused_reading_target(path, src, guide));
    // A draft translation lists all its original's sources, as guide/README.md says, before it
    // has the topics that cite them.
    let listed = guide.sources.iter().enumerate().filter(|_| !guide.draft);
    for (i, s) in listed {
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
                .warning(Code::UncitedSource),
            );
        }
    }
    // Topics are written in the file in the order of the model: each one's id is looked for
    // after the last one's, so finding every topic reads the file once, not once per topic.
    let mut cursor = 0;
    for section in &guide.sections {
        // Glossary definitions explain hard words by naming them; they are not graded.
        if section.kind == super::model::SectionKind::Glossary {
            continue;
        }
        for t in &section.topics {
            let before = out.len();
            let place = topic_at(src, &t.id, cursor);
            cursor = place.end;
            out.extend(title_cut(
                path,
                src,
                &t.id,
                (&t.title, &t.short_title),
                place.start,
            ));
            let r = super::readability::of_topic(t, guide.lang());
            // Spanish is graded by INFLESZ (higher is easier), English by its grade.
            let (too_hard, message, code) = if guide.lang() == crate::i18n::Lang::Es {
                (
                    r.ease < guide.reading_ease,
                    format!(
                        "topic `{}` reads at INFLESZ {:.1} ({}), below the guide's target of {}",
                        t.id,
                        r.ease,
                        super::readability::inflesz_band(r.ease),
                        guide.reading_ease
                    ),
                    Code::ReadingEase,
                )
            } else {
                (
                    r.grade > guide.reading_grade,
                    format!(
                        "topic `{}` reads at grade {:.1}, above the guide's target of {}",
                        t.id, r.grade, guide.reading_grade
                    ),
                    Code::ReadingGrade,
                )
            };
            if too_hard {
                // The hardest sentence is where to start, and where the warning points.
                let lang = guide.lang();
                let texts: Vec<String> = t.body_texts(lang).collect();
                let hardest = texts
                    .iter()
                    .flat_map(|text| sentences(text))
                    .filter(|s| s.split_whitespace().count() >= 3)
                    .map(|s| (s, super::readability::of_text(s, lang)))
                    .max_by(|a, b| {
                        let hard = |r: &super::readability::Readability| match lang {
                            crate::i18n::Lang::Es => -r.ease,
                            crate::i18n::Lang::En => r.grade,
                        };
                        hard(&a.1).total_cmp(&hard(&b.1))
                    });
                let (at, message) = match hardest {
                    Some((sentence, _)) => {
                        let start: Vec<&str> = sentence.split_whitespace().take(4).collect();
                        let start = start.join(" ");
                        let at = src[place.start..].find(&start).map_or(place.clone(), |i| {
                            place.start + i..place.start + i + start.len()
                        });
                        (
                            at,
                            format!("{message}; its hardest sentence: \"{}\"", shorten(sentence)),
                        )
                    }
                    None => (place, message),
                };
                out.push(
                    Diagnostic::at(path, src, at, message)
                        .expected("shorter sentences and shorter words, starting with that one")
                        .warning(code),
                );
            }
            drop_accepted(&mut out, before, t);
        }
    }
    // Glossary terms are the glossary section's list.
    for term in &guide.glossary {
        let from = src.find(&format!("\"{}\"", term.term)).unwrap_or(0);
        out.extend(title_cut(
            path,
            src,
            &term.term,
            (&term.term, &term.short_term),
            from,
        ));
    }
    out.extend(content_warnings(path, src, guide));
    out.extend(todos(path, src));
    out.extend(super::summaries::contradicted(path, src, guide));
    // A sentence too long that is also the topic's hardest is one mistake: the reading level's
    // warning quotes it and asks for it shorter.
    let graded: Vec<Option<usize>> = out
        .iter()
        .filter(|d| matches!(d.code, Code::ReadingGrade | Code::ReadingEase))
        .map(Diagnostic::line)
        .collect();
    out.retain(|d| d.code != Code::LongSentence || !graded.contains(&d.line()));
    if Lang::parse(&guide.language).is_none() {
        out.push(
            Diagnostic::at(path, src, at("language"), format!(
                "the app has no words of its own in `{}`: its buttons, help and figures' words will be English",
                guide.language
            ))
            .expected("en or es, or a translation of the app's words (i18n/) for this language")
            .warning(Code::OtherLanguage),
        );
    }
    if let Some(reviewed) = days_from_date(&guide.last_reviewed)
        && reviewed > today
    {
        out.push(
            Diagnostic::at(
                path,
                src,
                at("last_reviewed"),
                format!("last_reviewed is {} days in the future", reviewed - today),
            )
            .expected("the date the guide was really checked against its sources")
            .warning(Code::FutureReview),
        );
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
                .warning(Code::OldReview),
            );
        }
    }
    out
}

/// Warnings about what patients read: long sentences, relative numbers with no absolute ones,
/// dosing and safety topics that cite no label, and a guide without its key pages.
fn content_warnings(path: &str, src: &str, guide: &Guide) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let header = src.find("[guide]").map_or(0..0, |i| i..i + "[guide]".len());
    let pages = [
        (
            guide.key_facts.is_none(),
            Code::NoKeyFacts,
            "the guide has no page of most important information",
            "key_facts = \"topic-id\" in [guide]: a short topic with the serious risks and what to do",
        ),
        (
            guide.get_help.is_none(),
            Code::NoGetHelp,
            "the guide has no get-help page",
            "get_help = \"topic-id\" in [guide]: a topic with the urgent signs, grouped by whom to call",
        ),
    ];
    for (missing, code, message, expected) in pages {
        // A draft translation shows its original's pages where it has none of its own.
        if missing && !guide.draft {
            out.push(
                Diagnostic::at(path, src, header.clone(), message)
                    .expected(expected)
                    .warning(code),
            );
        }
    }
    // Each danger sign needs the words a frightened patient would type for it, or search may
    // not put Get help now first.
    for sign in guide.danger_signs() {
        // A starter's stand-in ("TODO a sign of ...") is told once, as a TODO: its everyday
        // words come with the real sign.
        if sign.lead || !sign.everyday.is_empty() || sign.text.contains("TODO") {
            continue;
        }
        let at = src
            .find(&format!("- {}", sign.text))
            .map_or(header.clone(), |i| i + 2..i + 2 + sign.text.len());
        out.push(
            Diagnostic::at(
                path,
                src,
                at,
                format!(
                    "the Get help now sign \"{}\" has no everyday words in [synonyms]",
                    sign.text
                ),
            )
            .expected(
                "a synonym whose words are in this line, as a patient would type it, e.g. \
                 \"can't breathe\" = [\"trouble breathing\"]",
            )
            .warning(Code::NoEverydayWords),
        );
    }
    let mut cursor = 0;
    // The guide's source ids, for markers written without their @.
    let ids: Vec<&str> = guide.sources.iter().map(|s| s.id.as_str()).collect();
    for section in &guide.sections {
        if section.kind == SectionKind::Glossary {
            continue;
        }
        for t in &section.topics {
            let before = out.len();
            // Where this topic's text is written: places are looked for after its id (found after
            // the previous topic's, as above).
            let place = topic_at(src, &t.id, cursor);
            cursor = place.end;
            let from = place.start;
            let near = |needle: &str| {
                src[from..]
                    .find(needle)
                    .map_or(from..from + t.id.len() + 2, |i| {
                        from + i..from + i + needle.len()
                    })
            };
            for text in t.body_texts(guide.lang()) {
                if let Some(word) = text
                    .split_whitespace()
                    .find(|w| crate::text::display_width(w) > MAX_WORD_COLUMNS)
                {
                    let start: String = word.chars().take(20).collect();
                    out.push(
                        Diagnostic::at(
                            path,
                            src,
                            near(&start),
                            format!(
                                "a word of {} characters in topic `{}` is wider than a screen line",
                                word.chars().count(),
                                t.id
                            ),
                        )
                        .expected(format!(
                            "words of at most {MAX_WORD_COLUMNS} columns: add spaces, or shorten it"
                        ))
                        .warning(Code::LongWord),
                    );
                }
                for sentence in sentences(&text) {
                    let words = sentence.split_whitespace().count();
                    if words > MAX_SENTENCE_WORDS {
                        let start: Vec<&str> = sentence.split_whitespace().take(4).collect();
                        out.push(
                            Diagnostic::at(
                                path,
                                src,
                                near(&start.join(" ")),
                                format!(
                                    "a sentence of {words} words in topic `{}`: \"{}\"",
                                    t.id,
                                    shorten(sentence)
                                ),
                            )
                            .expected(format!(
                                "at most {MAX_SENTENCE_WORDS} words: split it in two"
                            ))
                            .warning(Code::LongSentence),
                        );
                    }
                }
            }
            // Every piece of Markdown, each at its place (the first alone was told).
            let marked: Vec<String> = t
                .body_texts(guide.lang())
                .flat_map(|x| markdown_all(&x))
                .collect();
            // The same piece twice is found at its second place the second time.
            let mut seen: Vec<(String, usize)> = Vec::new();
            for written in marked {
                let after = seen
                    .iter()
                    .rfind(|(w, _)| *w == written)
                    .map_or(from, |(_, end)| *end);
                let at = src[after..]
                    .find(&written)
                    .map(|i| after + i..after + i + written.len())
                    .unwrap_or_else(|| near(&written));
                seen.push((written.clone(), at.end));
                out.push(
                    Diagnostic::at(
                        path,
                        src,
                        at,
                        format!(
                            "topic `{}` has Markdown or HTML (\"{written}\"), which patients would see as it is written",
                            t.id
                        ),
                    )
                    .expected(
                        "plain text: no **bold**, # headings or <b>tags</b>; a link is [[topic-id]] or [[topic-id|words]]",
                    )
                    .warning(Code::Markdown),
                );
            }
            // A source's marker without its @ ("[pi]") is not a marker: patients would see the
            // brackets and the id.
            if let Some(written) = t
                .body_texts(guide.lang())
                .find_map(|x| bare_marker(&x, &ids))
            {
                out.push(
                    Diagnostic::at(
                        path,
                        src,
                        near(&written),
                        format!(
                            "topic `{}` has \"{written}\", which patients would see as it is written",
                            t.id
                        ),
                    )
                    .expected(format!(
                        "a citation marker is written with @: [@{}]",
                        written.trim_matches(['[', ']', '(', ')', '{', '}', '@'])
                    ))
                    .warning(Code::BareMarker),
                );
            }
            if let Some(phrase) = relative_without_absolute(t) {
                out.push(
                    Diagnostic::at(
                        path,
                        src,
                        near(&phrase),
                        format!(
                            "topic `{}` gives a relative change (\"{phrase}\") but no absolute numbers",
                            t.id
                        ),
                    )
                    .expected(
                        "numbers on one base a patient can picture, e.g. \"about 11 in 100 people\", \
                         or an icons figure",
                    )
                    .warning(Code::RelativeOnly),
                );
            }
            let label = t.citations.iter().any(|c| {
                guide.sources.get(c.source).and_then(|s| s.kind) == Some(SourceKind::Label)
            });
            if matches!(section.kind, SectionKind::Dosing | SectionKind::Safety) && !label {
                out.push(
                    Diagnostic::at(path, src, near(&format!("\"{}\"", t.id)), format!(
                        "{} topic `{}` cites no label source",
                        section.kind.name(),
                        t.id
                    ))
                    .expected("cite the product label (a source with kind = \"label\") where it says this")
                    .warning(Code::NoLabelSource),
                );
            }
            drop_accepted(&mut out, before, t);
        }
    }
    out
}

/// Markdown an author may write out of habit, which the app would show as it is: **bold**,
/// __bold__, `code`, a [link](somewhere), a # heading. The first found, as written.
/// Where a topic's id is written (`id = "x"`, not another key naming it), quotes included,
/// looked for from `start` on, then from the beginning; failing that, any mention of it.
fn topic_at(src: &str, id: &str, start: usize) -> std::ops::Range<usize> {
    let quoted = format!("\"{id}\"");
    let after = value_place(&src[start..], "id", id).map(|r| r.start + start..r.end + start);
    after
        .or_else(|| value_place(src, "id", id))
        .or_else(|| src.find(&quoted).map(|i| i..i + quoted.len()))
        .unwrap_or(0..0)
}

/// The sentences of a text: split after `.`, `!` or `?` followed by a space (so "0.11" stays one).
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        let end = matches!(b, b'.' | b'!' | b'?')
            && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace());
        if end {
            let s = text[start..=i].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// The first words of a long sentence, for a message.
fn shorten(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() <= 8 {
        return sentence.to_string();
    }
    format!("{} ...", words[..8].join(" "))
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
