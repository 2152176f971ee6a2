//! What is read aloud: plain sentences, in reading order, without what only makes sense on a
//! screen. Citation markers are left out, links are read as their words, a figure is read as its
//! title and summary (its text alternative) and a steps figure step by step.

use crate::guide::{Block, Chart, Figure, Inline, Topic};
use crate::i18n::{Lang, tr};

/// A topic as it is read aloud: its title, then each paragraph and bullet as a sentence of its
/// own, figures by their text alternative, and the questions to ask; the words the app adds are
/// in `lang`, the guide's language.
pub fn topic(topic: &Topic, lang: Lang) -> String {
    let mut out = vec![sentence(&topic.title)];
    for block in &topic.body {
        match block {
            Block::Paragraph(p) => out.push(inlines(p)),
            Block::Bullets(items) => out.extend(items.iter().map(|i| inlines(i))),
            Block::Figure(f) => {
                if let Some(f) = topic.figures.get(*f) {
                    out.push(figure(f, lang));
                }
            }
        }
    }
    if !topic.questions.is_empty() {
        out.push(sentence(&tr!(lang, "topic-questions")));
        out.extend(topic.questions.iter().map(|q| sentence(q)));
    }
    said(&join(out), lang)
}

/// Numbers and dates as `lang` says them, whatever a speech engine would guess from their
/// digits: in Spanish "1,880" is one thousand eight hundred eighty, not "one comma
/// eight hundred eighty", so its group commas go ("1880", which it reads as "mil ochocientos
/// ochenta"); a date written 2026-11-26 is read "26 de noviembre de 2026" or "November 26,
/// 2026". (The screen shows them as written.)
pub fn said(text: &str, lang: Lang) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        // A date: four digits, '-', two, '-', two, not inside a longer run of digits.
        if !digit(i.wrapping_sub(1))
            && (0..4).all(|k| digit(i + k))
            && chars.get(i + 4) == Some(&'-')
            && digit(i + 5)
            && digit(i + 6)
            && chars.get(i + 7) == Some(&'-')
            && digit(i + 8)
            && digit(i + 9)
            && !digit(i + 10)
        {
            // Written as `lang` writes it (the same words as on screen).
            let iso: String = chars[i..i + 10].iter().collect();
            let words = crate::i18n::date_words(&iso, lang);
            if words != iso {
                out.push_str(&words);
                i += 10;
                continue;
            }
        }
        // A group comma in Spanish: a digit, ',', exactly three digits.
        if lang == Lang::Es
            && chars[i] == ','
            && digit(i.wrapping_sub(1))
            && (1..=3).all(|k| digit(i + k))
            && !digit(i + 4)
        {
            i += 1;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// One step of a steps figure, as shown in the step-by-step window.
pub fn step(figure: &Figure, step: usize, lang: Lang) -> String {
    match &figure.chart {
        Chart::Steps(steps) => match steps.get(step) {
            Some(s) => {
                let of = tr!(lang, "step-of", step = step + 1, count = steps.len());
                said(&format!("{}. {}", of, sentence(s)), lang)
            }
            None => String::new(),
        },
        _ => String::new(),
    }
}

/// A figure by its text alternative; a procedure with its steps.
fn figure(f: &Figure, lang: Lang) -> String {
    let mut out = vec![sentence(&f.title), sentence(&f.summary)];
    if let Chart::Steps(steps) = &f.chart {
        out.extend(steps.iter().enumerate().map(|(i, s)| {
            let n = tr!(lang, "spoken-step", step = i + 1);
            format!("{n}. {}", sentence(s))
        }));
    }
    join(out)
}

fn inlines(inlines: &[Inline]) -> String {
    let text: String = inlines
        .iter()
        .map(|i| match i {
            Inline::Text(t) => t.as_str(),
            // A marker like [2] means nothing read aloud; the sources are on the screen.
            Inline::Cite(_) => "",
            Inline::Term { text, .. } | Inline::Link { text, .. } => text.as_str(),
        })
        .collect();
    sentence(&tidy(&text))
}

/// Spaces left where a marker was taken out are closed up ("it [1]." reads "it.").
fn tidy(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words.join(" ");
    for p in [".", ",", ";", ":", ")", "?", "!"] {
        out = out.replace(&format!(" {p}"), p);
    }
    out
}

/// Text that ends like a sentence, so the voice pauses after it.
fn sentence(text: &str) -> String {
    let t = text.trim();
    if t.is_empty() || t.ends_with(['.', '?', '!', ':']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

fn join(parts: Vec<String>) -> String {
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_are_said_as_the_language_says_them() {
        assert_eq!(
            said("Unos 1,880 adultos; 0,5 mg; el 2026-11-26.", Lang::Es),
            "Unos 1880 adultos; 0,5 mg; el 26 de noviembre de 2026."
        );
        assert_eq!(
            said("About 1,880 adults on 2025-08-18.", Lang::En),
            "About 1,880 adults on August 18, 2025."
        );
        assert_eq!(
            said("code 20251-08-18 and 2026-13-01", Lang::En),
            "code 20251-08-18 and 2026-13-01"
        );
    }

    #[test]
    fn markers_go_and_sentences_end() {
        assert_eq!(
            tidy("It works [x] . Ask ( them )"),
            "It works [x]. Ask ( them)"
        );
        assert_eq!(sentence("Keep it cold"), "Keep it cold.");
        assert_eq!(sentence("Why?"), "Why?");
    }
}
