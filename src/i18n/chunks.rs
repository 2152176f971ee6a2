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

/// Whether `id` is written as a message id (letters, digits and dashes, starting with a letter).
fn message_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::chunks;

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
