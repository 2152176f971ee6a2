//! Ids as an author writes them: what an id may hold, and the id an author most likely meant
//! by one that holds something else, so that one mistake in an id is one message.

use std::collections::HashMap;

use crate::guide::code::Code;
use crate::guide::format::Text;

/// Whether `id` is made of what an id may hold: lowercase letters, digits, `-` and `_`.
pub(in crate::guide) fn valid_id(id: &str) -> bool {
    id.chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// The id an author most likely meant by an id with characters an id cannot use: lowercase,
/// each run of other characters one `-` ("PI" is "pi", "My Topic" is "my-topic").
pub fn repaired_id(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-');
    if out.is_empty() {
        "id".into()
    } else {
        out.into()
    }
}

/// `ids` with each id that is not a valid one also known by its repaired form, so that what
/// cites it the way it will be written once fixed ("pi" for "PI") is not a second error: the
/// id's own error is the one mistake.
pub(in crate::guide) fn with_repaired(mut ids: HashMap<String, usize>) -> HashMap<String, usize> {
    let bad: Vec<(String, usize)> = ids
        .iter()
        .filter(|(id, _)| !valid_id(id))
        .map(|(id, &i)| (repaired_id(id), i))
        .collect();
    for (fixed, i) in bad {
        ids.entry(fixed).or_insert(i);
    }
    ids
}

/// The ids an author can write, in the order the sources are listed: for messages.
pub(super) fn known(ids: &HashMap<String, usize>) -> String {
    // Only ids an author can write: an invalid one is known here by its repaired form too.
    let mut v: Vec<(&String, &usize)> = ids.iter().filter(|(id, _)| valid_id(id)).collect();
    v.sort_by_key(|(_, i)| **i);
    let names: Vec<&str> = v.into_iter().map(|(k, _)| k.as_str()).collect();
    if names.is_empty() {
        "(none: add [[sources]] first)".into()
    } else {
        names.join(", ")
    }
}

/// What one slip in an id leaves behind: that id written twice (the indexes of those errors),
/// and the uses of the id it should have had, which nothing has now (each error's index and the
/// id used): for sources (citations) and figures (the body's figure lines).
#[derive(Default)]
pub(super) struct Slips {
    pub(super) twice: Vec<usize>,
    pub(super) unknown: Vec<(usize, String)>,
    pub(super) figure_twice: Vec<usize>,
    pub(super) figure_unknown: Vec<(usize, String)>,
    /// A body placing another topic's figure: the error's index, the figure and its topic.
    pub(super) figure_elsewhere: Vec<(usize, String, String)>,
    /// A figure its topic's body does not place: the error's index and the figure.
    pub(super) figure_unplaced: Vec<(usize, String)>,
}

/// A figure's table written under the wrong topic: that topic does not place it, and the topic
/// whose body does is told it is another's. One error instead, at the table, saying where to
/// move it; the other's index is returned, to drop.
fn figure_moved(errors: &mut [super::Diagnostic], slips: &Slips, src: &str) -> Vec<usize> {
    let mut gone = Vec::new();
    for (used, figure, under) in &slips.figure_elsewhere {
        let Some((unplaced, _)) = slips.figure_unplaced.iter().find(|(_, f)| f == figure) else {
            continue;
        };
        let line = errors[*used].line().unwrap_or(0);
        let at: usize = src
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum();
        let Some(placer) = crate::guide::tables::topic_before(src, at) else {
            continue;
        };
        let e = &mut errors[*unplaced];
        e.message = format!(
            "figure `{figure}` is written under topic `{under}`, which does not place it; topic `{placer}` places it (line {line})"
        );
        e.expected = Some(format!(
            "this [[sections.topics.figures]] table moved to after topic `{placer}` (its body and cites), where its own figures go"
        ));
        gone.push(*used);
    }
    gone
}

/// One id written as another's ("pi" for "medguide", a figure "when" for "steps") is one
/// mistake: when exactly one id is written twice and every use of an unknown id names one id,
/// the second is that id. Its error says so, with the fix, and the uses' errors go.
pub(super) fn one_source_renamed(errors: &mut Vec<super::Diagnostic>, slips: &Slips, src: &str) {
    let mut gone = figure_moved(errors, slips, src);
    gone.extend(renamed(
        errors,
        &slips.twice,
        &slips.unknown,
        ("topics cite", "source"),
    ));
    gone.extend(renamed(
        errors,
        &slips.figure_twice,
        &slips.figure_unknown,
        ("the body places", "figure"),
    ));
    let mut i = 0;
    errors.retain(|_| {
        let keep = !gone.contains(&i);
        i += 1;
        keep
    });
    // A guide with no sections at all: every topic named elsewhere is unknown and every core
    // section missing because of that one mistake, which alone is told.
    if errors.iter().any(|e| e.code == Code::NoSections) {
        errors.retain(|e| {
            !matches!(
                e.code,
                Code::UnknownTopic | Code::MissingSection | Code::GlossarySection
            )
        });
    }
}

/// The errors to drop when one id written twice explains every unknown use (`used`: how the
/// message says they were used; `what`: what the id is of).
fn renamed(
    errors: &mut [super::Diagnostic],
    twice: &[usize],
    unknown: &[(usize, String)],
    (used, what): (&str, &str),
) -> Vec<usize> {
    let [twice] = twice[..] else {
        return Vec::new();
    };
    let Some((_, meant)) = unknown.first() else {
        return Vec::new();
    };
    if !valid_id(meant) || unknown.iter().any(|(_, id)| id != meant) {
        return Vec::new();
    }
    if let Some(d) = errors.get_mut(twice) {
        d.message = format!(
            "{}; {used} `{meant}`, which no {what} has now: is this {what} `{meant}`?",
            d.message
        );
        d.expected = Some(format!("id = \"{meant}\""));
    }
    unknown.iter().map(|(i, _)| *i).collect()
}

/// Topics named by id elsewhere in a guide.
impl super::Validator<'_> {
    /// Whether `id` names a topic whose own id is written another way in capitals ("Dose"): that
    /// id is reported once, where it is defined, not again at each reference to it.
    pub(super) fn reported_id(&self, id: &str) -> bool {
        self.topics
            .keys()
            .any(|k| k != id && k.eq_ignore_ascii_case(id))
    }

    /// A topic named by id (`key_facts`, `get_help`, a quiz's `topic`), as (section, topic).
    pub(super) fn topic_ref(&mut self, t: &Text, what: &str) -> Option<(usize, usize)> {
        let id = t.get_ref().trim();
        match self.topics.get(id) {
            Some(&(section, topic, _)) => Some((section, topic)),
            // A draft translation's key pages may not be translated yet: the original's show.
            None if self.reported_id(id) || self.draft_translation => None,
            None => {
                self.error(
                    Code::UnknownTopic,
                    t.span(),
                    format!(
                        "{what} names unknown topic `{id}`.{}",
                        crate::guide::diagnostic::did_you_mean(
                            id,
                            self.topics
                                .keys()
                                .map(String::as_str)
                                .filter(|k| valid_id(k))
                        )
                    ),
                    Some("the id of a topic in this guide".into()),
                );
                None
            }
        }
    }
}
