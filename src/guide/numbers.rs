//! Numbers as a text writes them, and what they are: "2,550", "2.550" and "2550" are one
//! number, "2.5" and "2,5" another, however the language groups digits and marks decimals. A
//! translation's numbers are compared by value and reported as written.

/// A number in a text: its value in one form for every language, and as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// Digits, with "." before the decimals: "2550", "2.5".
    pub value: String,
    /// As the text writes it: "2,550", "2,5".
    pub written: String,
}

/// Characters that group digits or mark decimals, between two digits: "," "." and the
/// no-break spaces ("1 880"). A plain space is not one ("3 100" is two numbers).
const SEPARATORS: &[char] = &[',', '.', '\u{a0}', '\u{202f}'];

/// Every number in `text`, in order.
pub fn in_text(text: &str) -> Vec<Number> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < chars.len()
            && (chars[end].1.is_ascii_digit()
                || (SEPARATORS.contains(&chars[end].1)
                    && chars.get(end + 1).is_some_and(|c| c.1.is_ascii_digit())
                    && end > start))
        {
            end += 1;
        }
        let from = chars[start].0;
        let to = chars.get(end).map_or(text.len(), |c| c.0);
        let written = &text[from..to];
        out.push(Number {
            value: value_of(written),
            written: written.to_string(),
        });
        i = end;
    }
    out
}

/// One form for a number however it is written: a separator followed by exactly three digits
/// groups thousands ("2,550", "1.880"); the last one followed by other than three marks the
/// decimals ("2.5", "2,5").
fn value_of(written: &str) -> String {
    let groups: Vec<&str> = written.split(SEPARATORS).collect();
    match groups.split_last() {
        Some((last, rest)) if !rest.is_empty() && last.len() != 3 => {
            format!("{}.{last}", rest.concat())
        }
        _ => groups.concat(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<String> {
        in_text(text).into_iter().map(|n| n.value).collect()
    }

    #[test]
    fn a_number_is_one_however_a_language_writes_it() {
        assert_eq!(values("2,550 people"), ["2550"]);
        assert_eq!(values("2.550 personas"), ["2550"]);
        assert_eq!(values("1\u{a0}880 adultos"), ["1880"]);
        assert_eq!(values("2.5 mg"), values("2,5 mg"));
        assert_eq!(
            values("2 to 8 °C (36 to 46 °F)"),
            values("2 °C a 8 °C (36 °F a 46 °F)")
        );
        assert_eq!(values("weeks 0, 1 and 2."), ["0", "1", "2"]);
        assert_eq!(values("3 100"), ["3", "100"]);
        assert_ne!(values("20 mg"), values("2 mg"));
        assert_eq!(in_text("about 2,550.")[0].written, "2,550");
    }
}
