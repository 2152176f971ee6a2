//! Issue 29's mistake corpus: the mistakes authors make, made one at a time on a valid guide
//! (the starter `patient-guide new` writes, which has every table and figure kind), each
//! checked for what an author needs: one message for one mistake, at the line that was
//! changed, and a suggestion that, applied, leaves no error there. Every case's message,
//! place and fix are kept in one reviewed snapshot (`checker__checker_corpus__corpus.snap`),
//! so a change in any message shows in review.
//!
//! The cases are made from the guide itself: each key of each table misspelt (a letter
//! swapped), each one-line key left out, each text written without its quotes, each number
//! written in quotes; then the mistakes a pharmacist made by hand (issue 29).

use crate::common::*;
use patient_guide::guide::{Code, Diagnostic};

/// One mistake: a name, the guide with it, the line it is on.
struct Case {
    name: String,
    src: String,
    line: usize,
    /// The mistake's own text on that line, to apply a suggestion in place of.
    wrote: String,
}

/// The one-line `key = value` lines of a guide, each with its table's header, in order.
fn key_lines(src: &str) -> Vec<(usize, String, String, String)> {
    let mut header = String::new();
    let mut out = Vec::new();
    let mut in_text = false;
    for (i, line) in src.lines().enumerate() {
        if line.matches("\"\"\"").count() % 2 == 1 {
            in_text = !in_text;
            continue;
        }
        if in_text || line.starts_with(' ') || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            header = line.trim().to_string();
            continue;
        }
        if let Some((key, value)) = line.split_once(" = ") {
            let value = value.split("  #").next().unwrap_or(value).trim();
            let one_line = !value.starts_with('[') || value.ends_with(']');
            if one_line && !value.is_empty() {
                out.push((i, header.clone(), key.trim().to_string(), value.to_string()));
            }
        }
    }
    out
}

/// The guide with line `i` replaced.
fn with_line(src: &str, i: usize, line: &str) -> String {
    let mut lines: Vec<&str> = src.lines().collect();
    lines[i] = line;
    lines.join("\n") + "\n"
}

/// The guide without line `i`.
fn without_line(src: &str, i: usize) -> String {
    let mut lines: Vec<&str> = src.lines().collect();
    lines.remove(i);
    lines.join("\n") + "\n"
}

/// A key with two letters swapped ("title" is "tilte"), as fingers slip.
fn slipped(key: &str) -> String {
    let mut c: Vec<char> = key.chars().collect();
    let at = c.len() / 2;
    if c.len() > 2 && c[at - 1] != c[at] {
        c.swap(at - 1, at);
    } else {
        c.push('s');
    }
    c.into_iter().collect()
}

/// The starter's stand-in for the key facts' risks, which several cases write over.
const RISKS: &str = "TODO the most serious risks and what to do about each, in a few lines.";

fn cases() -> Vec<Case> {
    let base = patient_guide::check::STARTER;
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (i, header, key, value) in key_lines(base) {
        // Synonyms' keys are the patients' own words: any word is one.
        if header == "[synonyms]" {
            continue;
        }
        let first = seen.insert((header.clone(), key.clone()));
        let original = base.lines().nth(i).unwrap();
        if first {
            let wrong = slipped(&key);
            let line = original.replacen(&key, &wrong, 1);
            out.push(Case {
                name: format!("{header} {key} misspelt {wrong}"),
                src: with_line(base, i, &line),
                line: i + 1,
                wrote: line,
            });
            out.push(Case {
                name: format!("{header} {key} left out"),
                src: without_line(base, i),
                line: i + 1,
                wrote: String::new(),
            });
        }
        let quoted = value.starts_with('"') && value.ends_with('"') && value.len() > 2;
        let number = value.parse::<f64>().is_ok();
        if first && quoted {
            let bare = format!("{key} = {}", &value[1..value.len() - 1]);
            out.push(Case {
                name: format!("{header} {key} without quotes"),
                src: with_line(base, i, &bare),
                line: i + 1,
                wrote: bare,
            });
        }
        if first && number {
            let line = format!("{key} = \"{value}\"");
            out.push(Case {
                name: format!("{header} {key} in quotes"),
                src: with_line(base, i, &line),
                line: i + 1,
                wrote: line,
            });
        }
    }
    // Mistakes made by hand (issue 29's pharmacist), each (name, from, to).
    let by_hand: &[(&str, &str, &str)] = &[
        (
            "a core section's kind changed",
            "kind = \"safety\"",
            "kind = \"other\"",
        ),
        (
            "a figure's id written as another's",
            "id = \"steps\"",
            "id = \"when\"",
        ),
        (
            "something after the value",
            "kind = \"mechanism\"",
            "kind = \"mechanism\" mechanism",
        ),
        (
            "a questions topic with none",
            "questions = [\n  \"TODO a question worth asking?\",\n]",
            "questions = []",
        ),
        (
            "one sentence far too long",
            "TODO say who the medicine is for, as the label says it.",
            "This medicine is for adults who have the condition and who have talked with their doctor about it and who have agreed together that it is the right choice for them at this time in their life.",
        ),
        (
            "a percentage in quotes in an inline table",
            "{ label = \"TODO the medicine\", value = 10 }",
            "{ label = \"TODO the medicine\", value = \"10%\" }",
        ),
        (
            "a time in quotes in an inline table",
            "{ at = 4, label",
            "{ at = \"4\", label",
        ),
        (
            "a % after a space",
            "{ label = \"TODO the medicine\", value = 10 }",
            "{ label = \"TODO the medicine\", value = 10 % }",
        ),
        (
            "a key without =",
            "title = \"What it does\"",
            "title \"What it does\"",
        ),
        // A second author's mistakes (issue 29, the note's "other than good" list).
        (
            "a comma missing in an inline table",
            "{ at = 0, label = \"TODO first dose\" }",
            "{ at = 0 label = \"TODO first dose\" }",
        ),
        (
            "a % inside an inline table",
            "{ label = \"TODO the medicine\", value = 10 }",
            "{ label = \"TODO the medicine\", value = 10% }",
        ),
        (
            "a comma in a number in an inline table",
            "{ at = 4, label",
            "{ at = 4,0, label",
        ),
        (
            "a decimal comma in an inline table",
            "{ label = \"TODO the medicine\", value = 10 }",
            "{ label = \"TODO the medicine\", value = 10,5 }",
        ),
        (
            "an inline table not closed",
            "{ at = 0, label = \"TODO first dose\" },",
            "{ at = 0, label = \"TODO first dose\" ,",
        ),
        (
            "quotes that do not match",
            "title = \"Getting ready\"",
            "title = 'Getting ready\"",
        ),
        (
            "a key of no table above",
            "[[check_yourself]]\nquestion",
            "[[check_yourself]]\nquestions = [\"Why?\"]\nquestion",
        ),
        (
            "a key its table above has",
            "[[sections]]\nid = \"safety\"",
            "[[sections]]\ncites = [\"pi\"]\nid = \"safety\"",
        ),
        (
            "a key with no value",
            "short_title = \"Questions\"",
            "short_title =",
        ),
        ("a colon for =", "id = \"who\"", "id: \"who\""),
        ("a table of one for a list", "[[sources]]", "[sources]"),
        (
            "key facts naming no topic",
            "key_facts = \"key-facts\"",
            "key_facts = \"keyfacts\"",
        ),
        (
            "a citation twice",
            "cites = [\"pi 12.1\"]",
            "cites = [\"pi 12.1\", \"pi 12.1\"]",
        ),
        (
            "a language in capitals",
            "language = \"en\"",
            "language = \"EN\"",
        ),
        (
            "an empty marker",
            "does in the body. [@pi]",
            "does in the body. [@]",
        ),
        (
            "a figure not on its own line",
            "[@pi]\n\n[[figure:when]]",
            "[@pi] [[figure:when]]",
        ),
        (
            "a tab in a title",
            "title = \"Getting ready\"",
            "title = \"Getting\tready\"",
        ),
        (
            "Markdown italics",
            "does in the body. [@pi]",
            "does in the _whole_ body. [@pi]",
        ),
        (
            "a risk reduced by a percentage",
            RISKS,
            "It reduced the risk of stroke by 32%.",
        ),
        (
            "a risk by percent",
            RISKS,
            "It lowered the risk of stroke by 32 percent.",
        ),
        ("a risk that fell", RISKS, "Strokes fell 32% on it."),
        (
            "half as likely",
            RISKS,
            "Strokes were half as likely on it.",
        ),
        ("a word for a number", "answer = 2", "answer = two"),
        ("a percentage with %", "answer = 2", "answer = 2%"),
        (
            "a number with a comma",
            "version = \"1\"",
            "version = 2,550",
        ),
        ("an unquoted kind", "kind = \"timeline\"", "kind = timeline"),
        (
            "curly quotes",
            "title = \"Getting ready\"",
            "title = “Getting ready”",
        ),
        (
            "a list left open",
            "cites = [\"pi 12.1\"]",
            "cites = [\"pi 12.1\"",
        ),
        ("a table name without its ]", "[[glossary]]", "[[glossary]"),
        ("a misspelt table name", "[[glossary]]", "[[glosary]]"),
        ("a singular table name", "[[sources]]", "[[source]]"),
        (
            "a date day-first",
            "last_reviewed = 2026-01-31",
            "last_reviewed = 31/01/2026",
        ),
        (
            "a date that is no day",
            "last_reviewed = 2026-01-31",
            "last_reviewed = 2026-02-30",
        ),
        (
            "a date month-first",
            "last_reviewed = 2026-01-31",
            "last_reviewed = 12/24/2026",
        ),
        (
            "a date that reads two ways",
            "last_reviewed = 2026-01-31",
            "last_reviewed = 04/12/2026",
        ),
        (
            "a date in quotes",
            "last_reviewed = 2026-01-31",
            "last_reviewed = \"2026-01-31\"",
        ),
        (
            "a date with a time",
            "last_reviewed = 2026-01-31",
            "last_reviewed = 2026-01-31T10:00:00",
        ),
        (
            "a date in the future",
            "last_reviewed = 2026-01-31",
            "last_reviewed = 2999-01-31",
        ),
        (
            "a language by name",
            "language = \"en\"",
            "language = \"English\"",
        ),
        (
            "a language without words",
            "language = \"en\"",
            "language = \"fr\"",
        ),
        ("a source id in capitals", "id = \"pi\"", "id = \"PI\""),
        (
            "an id with a space",
            "id = \"what-it-does\"",
            "id = \"what it does\"",
        ),
        ("a source id twice", "id = \"medguide\"", "id = \"pi\""),
        (
            "an unknown source cited",
            "cites = [\"pi 12.1\"]",
            "cites = [\"pj 12.1\"]",
        ),
        (
            "a marker without @",
            "does in the body. [@pi]",
            "does in the body. [pi]",
        ),
        (
            "a marker for an unknown source",
            "does in the body. [@pi]",
            "does in the body. [@px]",
        ),
        (
            "a marker with a place",
            "does in the body. [@pi]",
            "does in the body. [@pi 12.1]",
        ),
        (
            "a marker not closed",
            "does in the body. [@pi]",
            "does in the body. [@pi",
        ),
        (
            "HTML in a body",
            "does in the body. [@pi]",
            "does in the <b>body</b>. [@pi]",
        ),
        (
            "Markdown in a body",
            "does in the body. [@pi]",
            "does in the **body**. [@pi]",
        ),
        (
            "a figure line without a bracket",
            "[[figure:when]]",
            "[[figure:when]",
        ),
        (
            "a figure line for no figure",
            "[[figure:when]]",
            "[[figure:whem]]",
        ),
        (
            "a link to no topic",
            "topic = \"schedule\"",
            "topic = \"schedul\"",
        ),
        ("an answer out of range", "answer = 2", "answer = 3"),
        (
            "a percentage over 100",
            "{ label = \"Placebo\", value = 5 },\n]\n\n[[sections]]",
            "{ label = \"Placebo\", value = 532 },\n]\n\n[[sections]]",
        ),
        (
            "a summary against its data",
            "about 10 in 100 people",
            "about 25 in 100 people",
        ),
        (
            "relative-only risk",
            RISKS,
            "It lowered the risk of a relapse by 32%.",
        ),
        (
            "an empty title",
            "title = \"Who it is for\"",
            "title = \"\"",
        ),
        (
            "a key under the wrong header",
            "[[sections.topics]]\nid = \"what-it-does\"",
            "[[sections.topics]]\nkind = \"mechanism\"\nid = \"what-it-does\"",
        ),
        (
            "a reading grade out of range",
            "language = \"en\"",
            "language = \"en\"\nreading_grade = 30",
        ),
        (
            "a key written twice",
            "language = \"en\"",
            "language = \"en\"\nlanguage = \"es\"",
        ),
        (
            "a backslash in text",
            "title = \"Getting ready\"",
            "title = \"Getting ready\\now\"",
        ),
        (
            "a text in quotes left open",
            "title = \"Getting ready\"",
            "title = \"Getting ready",
        ),
        (
            "a long text left open",
            "does in the body. [@pi]\n\"\"\"",
            "does in the body. [@pi]\n",
        ),
    ];
    for (name, from, to) in by_hand {
        assert!(
            base.contains(from),
            "corpus setup: {from:?} is not in the starter"
        );
        let src = base.replacen(from, to, 1);
        let at = base.find(from).unwrap();
        let changed = to
            .lines()
            .position(|l| !from.lines().any(|f| f == l))
            .unwrap_or(0);
        let line = base[..at].matches('\n').count() + 1 + changed;
        out.push(Case {
            name: (*name).to_string(),
            line,
            wrote: src.lines().nth(line - 1).unwrap_or_default().to_string(),
            src,
        });
    }
    out
}

/// What the checker says of a guide: its errors, else its warnings other than the starter's own
/// (its TODOs and the Get help signs they leave without words).
fn said(src: &str) -> Vec<Diagnostic> {
    match parse(src) {
        Err(errors) => errors,
        Ok(g) => patient_guide::guide::lint::warnings("guides/demo.toml", src, &g, 20_600)
            .into_iter()
            .filter(|d| !matches!(d.code, Code::Todo | Code::NoEverydayWords))
            .collect(),
    }
}

#[test]
fn the_mistake_corpus() {
    let starter = patient_guide::check::STARTER;
    assert!(said(starter).is_empty(), "{:#?}", said(starter));
    let cases = cases();
    assert!(cases.len() >= 150, "{} cases", cases.len());
    let mut report = String::new();
    let mut valid = 0;
    let mut wrong: Vec<String> = Vec::new();
    for case in &cases {
        let got = said(&case.src);
        let Some(first) = got.first() else {
            // Leaving out an optional key is no mistake; anything else must be told.
            if !case.name.ends_with("left out") {
                wrong.push(format!("{}: nothing was said", case.name));
            }
            valid += 1;
            report.push_str(&format!("{}\n  (valid: an optional key)\n", case.name));
            continue;
        };
        // One message for one mistake.
        if got.len() != 1 {
            wrong.push(format!("{}: {} messages: {got:#?}", case.name, got.len()));
        }
        // At the line changed (a required key left out: at its table, above where it was; an
        // optional one's consequences may be told anywhere).
        let line = first.line().unwrap_or(0);
        let at_place = if case.name.ends_with("left out") {
            line <= case.line || first.severity.name() == "warning"
        } else {
            line == case.line || matches!(first.code, Code::TextNotClosed)
        };
        if !at_place {
            wrong.push(format!("{} (line {}): {first}", case.name, case.line));
        }
        // A suggestion, applied, leaves no error at that line.
        let fix = first.expected.clone().unwrap_or_default();
        let hint = first
            .message
            .split("Did you mean `")
            .nth(1)
            .and_then(|s| s.split('`').next());
        // The word a "Did you mean" is about: the last one in backticks before it.
        let slip = first
            .message
            .split("Did you mean")
            .next()
            .and_then(|before| before.rsplit('`').nth(1));
        let applied = if let (Some(meant), Some(wrong)) = (hint, slip) {
            Some(
                case.src
                    .replacen(&case.wrote, &case.wrote.replacen(wrong, meant, 1), 1),
            )
        } else if !case.wrote.is_empty()
            && fix
                .split_once(" = ")
                .is_some_and(|(k, _)| case.wrote.starts_with(&format!("{k} =")))
        {
            Some(case.src.replacen(&case.wrote, &fix, 1))
        } else {
            None
        };
        if let Some(fixed) = applied {
            let still: Vec<Diagnostic> = match parse(&fixed) {
                Ok(_) => Vec::new(),
                Err(e) => e,
            };
            if still.iter().any(|d| d.line() == Some(case.line)) {
                wrong.push(format!("{}: the fix {fix:?} leaves {still:#?}", case.name));
            }
        }
        // The edit `check --json` offers, made: no error is left on that line.
        let json = first.to_json();
        if let (Some(at), Some(text)) = (
            json["replacement"]["line"].as_u64(),
            json["replacement"]["text"].as_str(),
        ) {
            let edited = with_line(&case.src, at as usize - 1, text);
            if let Err(still) = parse(&edited)
                && still.iter().any(|d| d.line() == Some(at as usize))
            {
                wrong.push(format!(
                    "{}: the edit {text:?} leaves {still:#?}",
                    case.name
                ));
            }
        }
        report.push_str(&format!(
            "{}\n  {}[{}] line {}: {}\n  expected: {}\n",
            case.name,
            first.severity.name(),
            first.code.name(),
            line,
            first.message,
            fix
        ));
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
    report.push_str(&format!("\n{} cases, {valid} valid\n", cases.len()));
    insta::assert_snapshot!("corpus", report);
}
