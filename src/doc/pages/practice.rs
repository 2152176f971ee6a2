//! The rows of the windows where the patient practises: one step of a steps figure at a time,
//! and a Check yourself question with its choices and answer.

use super::{Guide, KeyNames, Tone, View, Writer, msg, piece, tr};

/// One step of a procedure, large: where you are ("Step 3 of 7"), the step, and buttons to move.
/// Rows of the buttons are items 0 (previous) and 1 (next, or done on the last step).
pub(super) fn steps(
    w: &mut Writer,
    figure: &crate::guide::Figure,
    step: usize,
    ascii: bool,
    keys: &KeyNames,
) {
    let crate::guide::Chart::Steps(steps) = &figure.chart else {
        return;
    };
    let lang = w.lang();
    let n = steps.len();
    let step = step.min(n.saturating_sub(1));
    // Always spacious (see `rows`): every row but the step's own lines gets space after it.
    w.text(
        &tr!(lang, "step-of", step = step + 1, count = n),
        Tone::Heading,
    );
    w.text(&figure.title, Tone::Muted);
    if let Some(text) = steps.get(step) {
        let mut lines = Writer::new(w.width(), View::default());
        lines.text(text, Tone::Heading);
        let mut lines = lines.finish();
        let last = lines.len().saturating_sub(1);
        for (i, mut row) in lines.drain(..).enumerate() {
            row.keep = i < last;
            w.push(row);
        }
    }
    let (back, next) = arrows(ascii);
    if step > 0 {
        w.wrap_item(
            &[piece(
                &tr!(lang, "step-previous", arrow = back),
                Tone::Link,
                None,
            )],
            "",
            "",
            0,
        );
    }
    let next = if step + 1 < n {
        tr!(lang, "step-next", arrow = next)
    } else {
        tr!(lang, "step-done")
    };
    w.wrap_item(&[piece(&next, Tone::Link, None)], "", "", 1);
    w.text(
        &tr!(
            lang,
            "step-keys",
            next = &keys.next,
            enter = &keys.enter,
            previous = &keys.previous,
            back = &keys.back
        ),
        Tone::Keys,
    );
}

/// Items of the "check yourself" window after the choices (which are items 0 to 8).
pub const QUIZ_READ: usize = 100;
pub const QUIZ_NEXT: usize = 101;
pub const QUIZ_PREVIOUS: usize = 102;

/// One "check yourself" question: "Question 2 of 6", the question, numbered choices (items 0..),
/// and once answered, right or not, why, a link to the topic that explains it and buttons to move.
pub(super) fn quiz(
    w: &mut Writer,
    guide: &Guide,
    i: usize,
    (sel, given): (usize, Option<usize>),
    ascii: bool,
    keys: &KeyNames,
) {
    let lang = w.lang();
    let n = guide.check_yourself.len();
    let Some(q) = guide.check_yourself.get(i) else {
        w.text(&tr!(lang, "quiz-none"), Tone::Body);
        return;
    };
    w.text(
        &tr!(lang, "quiz-of", question = i + 1, count = n),
        Tone::Muted,
    );
    w.blank();
    w.text(&q.question, Tone::Heading);
    w.blank();
    let glyphs = crate::doc::glyphs::glyphs(ascii);
    let pointer = glyphs.marker;
    for (c, choice) in q.choices.iter().enumerate() {
        let mark = choice_mark(q, c, given, lang, ascii);
        let lead = format!("{} {}. ", if c == sel { pointer } else { " " }, c + 1);
        let tone = if given.is_some() && c == q.answer {
            Tone::Heading
        } else {
            Tone::Body
        };
        w.wrap_item(
            &[piece(&format!("{choice}{mark}"), tone, None)],
            &lead,
            &" ".repeat(crate::text::display_width(&lead)),
            c,
        );
    }
    w.blank();
    match given {
        None => w.text(&tr!(lang, "quiz-how", back = &keys.back), Tone::Keys),
        Some(g) => {
            w.text(&verdict(q, g, lang), Tone::Heading);
            w.text(&q.explain, Tone::Body);
            w.blank();
            let (section, topic) = q.topic;
            let title = &guide.sections[section].topics[topic].title;
            let (back, next) = arrows(ascii);
            w.wrap_item(
                &[piece(
                    &tr!(lang, "quiz-read-more", arrow = next, title = title),
                    Tone::Link,
                    None,
                )],
                "",
                "  ",
                QUIZ_READ,
            );
            let forward = if i + 1 < n {
                tr!(lang, "quiz-next", arrow = next)
            } else {
                tr!(lang, "quiz-done")
            };
            w.wrap_item(&[piece(&forward, Tone::Link, None)], "", "  ", QUIZ_NEXT);
            if i > 0 {
                w.wrap_item(
                    &[piece(
                        &tr!(lang, "quiz-previous", arrow = back),
                        Tone::Link,
                        None,
                    )],
                    "",
                    "  ",
                    QUIZ_PREVIOUS,
                );
            }
            w.text(
                &tr!(
                    lang,
                    "quiz-keys",
                    link = &keys.next_link,
                    next = &keys.next,
                    enter = &keys.enter,
                    previous = &keys.previous,
                    back = &keys.back
                ),
                Tone::Keys,
            );
        }
    }
    w.blank();
    w.text(&tr!(lang, "quiz-kept"), Tone::Muted);
}

/// How choice `c` is marked once answered (" ✓" on the right one, " ✗" on the patient's
/// wrong one, nothing on the others): a tick and a cross where the terminal has them, else
/// words in the reader's language (" (right)", " (correcta)"). Nothing before an answer.
pub fn choice_mark(
    q: &crate::guide::Quiz,
    c: usize,
    given: Option<usize>,
    lang: crate::i18n::Lang,
    ascii: bool,
) -> String {
    let glyphs = crate::doc::glyphs::glyphs(ascii);
    let (glyph, words) = match given {
        Some(_) if c == q.answer => (glyphs.right, msg!("quiz-mark-right")),
        Some(g) if g == c => (glyphs.wrong, msg!("quiz-mark-wrong")),
        _ => return String::new(),
    };
    if glyph.is_empty() {
        format!(" {}", crate::i18n::t(lang, words))
    } else {
        format!(" {glyph}")
    }
}

/// Whether answer `given` was right, and if not which one is.
pub fn verdict(q: &crate::guide::Quiz, given: usize, lang: crate::i18n::Lang) -> String {
    if given == q.answer {
        tr!(lang, "quiz-right")
    } else {
        tr!(lang, "quiz-wrong", answer = q.answer + 1)
    }
}

/// The arrows on the buttons that move back and forward (steps, questions).
fn arrows(ascii: bool) -> (&'static str, &'static str) {
    let glyphs = crate::doc::glyphs::glyphs(ascii);
    (glyphs.back, glyphs.forward)
}
