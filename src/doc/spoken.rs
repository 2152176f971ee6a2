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
    join(out)
}

/// One step of a steps figure, as shown in the step-by-step window.
pub fn step(figure: &Figure, step: usize, lang: Lang) -> String {
    match &figure.chart {
        Chart::Steps(steps) => match steps.get(step) {
            Some(s) => {
                let of = tr!(lang, "step-of", step = step + 1, count = steps.len());
                format!("{}. {}", of, sentence(s))
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
    fn markers_go_and_sentences_end() {
        assert_eq!(
            tidy("It works [x] . Ask ( them )"),
            "It works [x]. Ask ( them)"
        );
        assert_eq!(sentence("Keep it cold"), "Keep it cold.");
        assert_eq!(sentence("Why?"), "Why?");
    }
}
