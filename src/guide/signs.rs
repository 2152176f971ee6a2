//! The danger signs a guide names: the lines of its Get help now page, and the everyday words
//! its synonyms give for them. Search puts Get help now first when a query names one; `check`
//! warns about a sign that no everyday word leads to. What counts as urgent is the guide's data.

use super::model::{Block, Guide, plain_text};

/// One line of Get help now.
#[derive(Debug, Clone, PartialEq)]
pub struct Sign {
    pub text: String,
    /// The line before a list of signs ("Call 911 right away if you have signs of a severe
    /// allergic reaction:"), rather than a sign itself.
    pub lead: bool,
    /// The line as `spaced` words, for finding words in it.
    pub words: String,
    /// The everyday phrases for it (`spaced`), each with the guide's words for it that are in
    /// this line: ("can t breathe", "trouble breathing").
    pub everyday: Vec<(String, String)>,
}

/// `text` in lower case without accents, its words between single spaces and a space at each
/// end: "Can't breathe!" is " can t breathe ", "Se me hinchó" is " se me hincho ".
pub fn spaced(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    for c in text.chars() {
        // Accents dropped, "’" as "'"; a letter of another script stays as it is.
        if c.is_ascii() {
            plain.push(c);
            continue;
        }
        match crate::text::stand_in(c) {
            Some(ascii) => plain.push_str(ascii),
            None => plain.push(c),
        }
    }
    let plain = plain.to_lowercase();
    let mut out = String::from(" ");
    for w in plain.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() {
            out.push_str(w);
            out.push(' ');
        }
    }
    out
}

impl Guide {
    /// The lines of the Get help now page: each bullet is a sign, and the line that leads into a
    /// list names what they are signs of. Empty when the guide names no such page.
    pub fn danger_signs(&self) -> Vec<Sign> {
        let Some(page) = self
            .get_help
            .and_then(|(s, t)| self.sections.get(s)?.topics.get(t))
        else {
            return Vec::new();
        };
        let mut lines: Vec<(String, bool)> = Vec::new();
        for (i, b) in page.body.iter().enumerate() {
            match b {
                Block::Bullets(items) => lines.extend(items.iter().map(|i| (plain_text(i), false))),
                Block::Paragraph(p) if matches!(page.body.get(i + 1), Some(Block::Bullets(_))) => {
                    lines.push((plain_text(p), true))
                }
                _ => {}
            }
        }
        let keys: Vec<(String, Vec<(String, String)>)> = self
            .synonyms
            .iter()
            .map(|(k, targets)| {
                (
                    spaced(k),
                    targets.iter().map(|t| (spaced(t), t.clone())).collect(),
                )
            })
            .collect();
        lines
            .into_iter()
            .map(|(text, lead)| {
                let words = spaced(&text);
                let everyday = keys
                    .iter()
                    .flat_map(|(key, targets)| {
                        targets
                            .iter()
                            .filter(|(t, _)| words.contains(t.as_str()))
                            .map(|(_, t)| (key.clone(), t.clone()))
                    })
                    .collect();
                Sign {
                    text,
                    lead,
                    words,
                    everyday,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced_folds_case_accents_and_punctuation() {
        assert_eq!(spaced("Can't breathe!"), " can t breathe ");
        assert_eq!(spaced("Se me hinchó la CARA"), " se me hincho la cara ");
        assert_eq!(spaced(""), " ");
    }
}
