//! Where each message of a Fluent catalog file is, so that the app parses only the messages it
//! shows (`Catalog`). Used by build.rs too (`#[path]`), which writes the table of every catalog
//! into the program: nothing is searched at run time.

/// The messages of a catalog file, sorted by id, each with where its text is (a byte range):
/// from its `id =` line up to the next line that starts another entry (a message, a term or a
/// comment). Lines that start with a space, `}`, `[`, `*` or `.` go on the one before (a select
/// expression's variants and closing brace, an attribute).
pub fn chunks(text: &str) -> Vec<(&str, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut open: Option<(&str, usize)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#') {
            if let Some((id, from)) = open.take() {
                out.push((id, from..at));
            }
            if let Some((id, _)) = line.split_once(" =").filter(|(id, _)| message_id(id)) {
                open = Some((id, at));
            }
        }
        at += line.len();
    }
    if let Some((id, from)) = open {
        out.push((id, from..text.len()));
    }
    out.sort_unstable_by_key(|(id, _)| *id);
    out
}

/// What keeps a translation (`other`, named `name`) from standing in for the English catalog
/// (`english`), one sentence each: a message English has and it lacks, one it has and English
/// does not, or a message whose blanks (`{ $count }`) differ, so that a number or a key's name
/// would be lost. build.rs stops the build on any of them: a message id, and what fills it in,
/// are checked at compile time in every language, not only in English.
#[cfg_attr(
    not(test),
    allow(dead_code, reason = "build.rs calls it; the program need not")
)]
pub fn differences(english: &str, other: &str, name: &str) -> Vec<String> {
    let (en, them) = (chunks(english), chunks(other));
    let find = |all: &[(&str, std::ops::Range<usize>)], id: &str| {
        all.binary_search_by(|(i, _)| i.cmp(&id))
            .ok()
            .map(|i| all[i].1.clone())
    };
    let mut out = Vec::new();
    // A message written twice: the second would be lost (the table keeps one).
    for (file, all) in [("English", &en), (name, &them)] {
        for pair in all.windows(2).filter(|p| p[0].0 == p[1].0) {
            out.push(format!("{file} has the message `{}` twice", pair[0].0));
        }
    }
    for (id, at) in &en {
        match find(&them, id) {
            None => out.push(format!("{name} has no message `{id}`, which English has")),
            Some(theirs) => {
                let (want, got) = (blanks(&english[at.clone()]), blanks(&other[theirs]));
                if want != got {
                    out.push(format!(
                        "{name}'s `{id}` fills in {got:?}, English's {want:?}: they must be the same"
                    ));
                }
            }
        }
    }
    for (id, _) in &them {
        if find(&en, id).is_none() {
            out.push(format!(
                "{name} has a message `{id}` that English does not have"
            ));
        }
    }
    out
}

/// The blanks a message fills in (`{ $count }` is `count`), sorted, each once: a `$` that opens
/// a variable inside braces (after `{`, `(`, `,` or `:` and spaces), not a `$` of the text.
#[cfg_attr(
    not(test),
    allow(dead_code, reason = "build.rs calls it; the program need not")
)]
fn blanks(message: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for (at, _) in message.match_indices('$') {
        let before = message[..at].trim_end();
        if !before.ends_with(['{', '(', ',', ':']) {
            continue;
        }
        let rest = &message[at + 1..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        out.push(&rest[..end]);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `id` is written as a message id (letters, digits and dashes, starting with a letter).
fn message_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::{chunks, differences};

    #[test]
    fn a_translation_that_lacks_adds_or_changes_the_blanks_of_a_message_is_told() {
        let english = "one = One\ncount = { $count } guides\nkey = Press { $key }\n";
        let same = "key = Pulse { $key }\none = Uno\ncount = { $count } guías\n";
        assert!(differences(english, same, "es.ftl").is_empty());
        // A `$` of the text is no blank; a blank inside a function's arguments is.
        let prices = "price = { NUMBER($amount) } US$\n";
        assert!(differences(prices, "price = US$ { NUMBER($amount) }\n", "es.ftl").is_empty());
        let wrong = "one = Uno\ncount = { $cuenta } guías\nextra = De más\n";
        assert_eq!(
            differences(english, wrong, "es.ftl"),
            [
                "es.ftl's `count` fills in [\"cuenta\"], English's [\"count\"]: they must be the same",
                "es.ftl has no message `key`, which English has",
                "es.ftl has a message `extra` that English does not have",
            ]
        );
        let twice = "key = Pulse { $key }\none = Uno\none = Otro\ncount = { $count } guías\n";
        assert_eq!(
            differences(english, twice, "es.ftl"),
            ["es.ftl has the message `one` twice"]
        );
    }

    #[test]
    fn each_message_is_cut_out_whole_with_its_variants_and_attributes() {
        let text = "# A comment\n\
            ## A section\n\n\
            one = One line\n\
            many = { $count ->\n    [one] a guide\n   *[other] { $count } guides\n} to choose from\n\
            \x20   and a second line\n\n\
            -term = A term\n\
            with-attr = Value\n    .title = Its title\n\
            last = At the end";
        let found = chunks(text);
        let ids: Vec<&str> = found.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, ["last", "many", "one", "with-attr"]);
        let text_of = |id: &str| &text[found.iter().find(|(i, _)| *i == id).unwrap().1.clone()];
        assert_eq!(text_of("one"), "one = One line\n");
        assert!(text_of("many").starts_with("many = { $count ->"));
        assert!(text_of("many").ends_with("and a second line\n\n"));
        assert_eq!(
            text_of("with-attr"),
            "with-attr = Value\n    .title = Its title\n"
        );
        assert_eq!(text_of("last"), "last = At the end");
    }
}
