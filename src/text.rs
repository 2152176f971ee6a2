//! Text on its way to a terminal, and nothing else: its width in columns, the characters that
//! must never reach a terminal from content, and the one place such characters are replaced
//! (shown as U+FFFD, or `?` in ASCII) and text is made ASCII for the Linux console. The lowest
//! layer: it knows no guide, no layout and no terminal library.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// Characters that must never reach a terminal from content: controls (other than line breaks and
/// tabs), C1 controls, and every invisible character: Unicode's format characters (category Cf:
/// bidirectional marks and overrides, zero-width characters, the soft hyphen, the Arabic letter
/// mark, tag characters), the line and paragraph separators, and the blank "filler" letters.
pub fn is_forbidden(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control() && c != '\n' && c != '\t' && c != '\r';
    }
    (c.is_control() && c != '\n' && c != '\t' && c != '\r')
        || matches!(
            c,
            // Format characters (Cf).
            '\u{00AD}'
                | '\u{0600}'..='\u{0605}'
                | '\u{061C}'
                | '\u{06DD}'
                | '\u{070F}'
                | '\u{0890}'..='\u{0891}'
                | '\u{08E2}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{110BD}'
                | '\u{110CD}'
                | '\u{13430}'..='\u{1343F}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0001}'
                | '\u{E0020}'..='\u{E007F}'
                // Line and paragraph separators.
                | '\u{2028}'..='\u{2029}'
                // Letters that draw nothing (Hangul fillers, the braille blank is visible).
                | '\u{115F}'..='\u{1160}'
                | '\u{3164}'
                | '\u{FFA0}'
                // The combining grapheme joiner.
                | '\u{034F}'
        )
}

/// A character that is never written to a terminal as it is: a forbidden one, or any control
/// character but the tab.
fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\t') || is_forbidden(c)
}

/// `text` safe to write to a terminal: every unsafe character replaced by U+FFFD (`?` with
/// `console`). With `console` (the Linux console, `--ascii`), what its fonts cannot show is
/// made ASCII, but letters keep their accents: the console's Latin fonts show "Recaídas al
/// año" and "¿Emergencia?", and dropping the marks turns words into others ("año" into "ano").
/// Borrowed when nothing changes.
pub fn clean(text: &str, console: bool) -> Cow<'_, str> {
    convert(
        text,
        if console {
            Letters::Latin
        } else {
            Letters::Any
        },
    )
}

/// `text` in 7-bit ASCII only, nothing unsafe (the English screen-reader mode): marks are
/// dropped, but "ñ" becomes "ny" ("año" is "anyo", never "ano").
pub fn clean_ascii(text: &str) -> Cow<'_, str> {
    convert(text, Letters::Ascii)
}

/// What characters a text may keep.
#[derive(Clone, Copy, PartialEq)]
enum Letters {
    Any,
    /// ASCII and the Latin letters with their marks (and ¡ ¿ ª º).
    Latin,
    Ascii,
}

/// Whether the Linux console's Latin fonts show `c` as it is: a letter of Latin-1 with its
/// marks (not × or ÷), and Spanish's ¡ ¿ ª º.
fn latin_letter(c: char) -> bool {
    matches!(c, 'À'..='ÿ' | '¡' | '¿' | 'ª' | 'º') && !matches!(c, '×' | '÷')
}

fn convert(text: &str, keep: Letters) -> Cow<'_, str> {
    let changes = |c: char| {
        unsafe_char(c)
            || match keep {
                Letters::Any => false,
                Letters::Latin => !c.is_ascii() && !latin_letter(c),
                Letters::Ascii => !c.is_ascii(),
            }
    };
    // Printable ASCII and tabs never change (most words of a guide): checked byte by byte.
    if text.bytes().all(|b| printable_ascii(b) || b == b'\t') || !text.chars().any(changes) {
        return Cow::Borrowed(text);
    }
    let mark = if keep == Letters::Any {
        "\u{fffd}"
    } else {
        "?"
    };
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(mark);
        } else if changes(c) {
            out.push_str(match c {
                'ñ' => "ny",
                'Ñ' => "NY",
                _ => to_ascii(c),
            });
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A plain ASCII stand-in for a character, for terminals with few glyphs (the Linux console):
/// `deunicode`'s transliteration (accents dropped, "¿" as "?", "€" as "EUR"), except for the few
/// signs our own text and drawing use, where a shorter stand-in reads better ("→" as ">", "μg"
/// as "ug", "2-8 °C" as "2-8 C"); "?" for what has none, and for every character outside the
/// blocks a Latin-script guide may hold (CJK, Arabic, ...: see `stand_in`).
pub fn to_ascii(c: char) -> &'static str {
    match c {
        '→' | '»' => ">",
        '←' | '«' => "<",
        '▼' => "v",
        '°' => "",
        'µ' | 'μ' => "u",
        '—' => "-",
        '″' => "\"",
        _ => stand_in(c).unwrap_or("?"),
    }
}

/// The stand-ins build.rs took from `deunicode` for the blocks in `ascii_table::BLOCKS`.
mod ascii_table {
    include!(concat!(env!("OUT_DIR"), "/ascii_table.rs"));
}

/// `deunicode`'s ASCII stand-in for `c` ("?" where it has none), when `c` is in a block a
/// Latin-script guide may hold: Latin letters and marks, Greek, Cyrillic, punctuation and
/// signs, shapes, variation selectors, full-width forms and emoji. `None` for ASCII and for any
/// other block: the program carries these tables only, not the crate's for every script
/// (0.47 MB).
pub fn stand_in(c: char) -> Option<&'static str> {
    let u = u32::from(c);
    if u < 0xA0 {
        return None;
    }
    let &(start, _, first) = ascii_table::BLOCKS
        .iter()
        .find(|&&(start, end, _)| (start..end).contains(&u))?;
    let i = first + (u - start) as usize;
    let from = if i == 0 {
        0
    } else {
        ascii_table::ENDS[i - 1] as usize
    };
    ascii_table::POOL.get(from..ascii_table::ENDS[i] as usize)
}

/// `text` as the console shows it (see `clean`), and nothing unsafe.
pub fn ascii_text(text: &str) -> String {
    clean(text, true).into_owned()
}

pub fn display_width(s: &str) -> usize {
    // Printable ASCII is one column a byte: no table to look in (most words of a guide).
    if s.bytes().all(printable_ascii) {
        return s.len();
    }
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// A printable ASCII character: one column wide, never changed by `clean`.
fn printable_ascii(b: u8) -> bool {
    (b' '..=b'~').contains(&b)
}

/// Orders two texts as their folded forms would be ordered, without making them.
pub fn fold_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    // Most titles are plain ASCII: compared byte by byte, without the Unicode tables, up to the
    // first difference. Bytes that are the same, or ASCII letters that differ only in case, fold
    // the same; the first other difference is compared folded, from the start.
    let (x, y) = (a.as_bytes(), b.as_bytes());
    for (&p, &q) in x.iter().zip(y) {
        if p == q {
            continue;
        }
        if !(p.is_ascii() && q.is_ascii()) {
            return slow_fold_cmp(a, b);
        }
        let (p, q) = (p.to_ascii_lowercase(), q.to_ascii_lowercase());
        if p != q {
            return p.cmp(&q);
        }
    }
    // One is the other's start, as folded: the longer has more characters, each folded to one.
    x.len().cmp(&y.len())
}

fn slow_fold_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars()
            .map(|c| nucleo_matcher::chars::to_lower_case(nucleo_matcher::chars::normalize(c)))
    }
    folded(a).cmp(folded(b))
}

#[cfg(test)]
mod tests {
    use super::{ascii_table, clean, clean_ascii, fold_cmp, stand_in, to_ascii};
    use proptest::prelude::*;

    #[test]
    fn the_stand_ins_are_deunicodes_for_latin_scripts_and_none_elsewhere() {
        // Every character of every block: the table build.rs wrote says what deunicode says.
        for &(start, end, _) in ascii_table::BLOCKS {
            for c in (start..end).filter_map(char::from_u32) {
                let theirs = deunicode::deunicode_char(c).unwrap_or("?");
                assert_eq!(stand_in(c), Some(theirs), "U+{:04X}", u32::from(c));
            }
        }
        for (c, ascii) in [
            ('é', "e"),
            ('Ñ', "N"),
            ('¿', "?"),
            ('’', "'"),
            ('…', "..."),
            ('€', "EUR"),
            ('≥', ">="),
            ('½', "1/2"),
            ('α', "a"),
            ('Д', "D"),
            ('ﬁ', "fi"),
            ('Ａ', "A"),
            ('\u{301}', ""),
            ('✓', "OK"),
            ('\u{FE0F}', ""),
            ('🆘', "sos "),
        ] {
            assert_eq!(stand_in(c), Some(ascii), "{c}");
        }
        // Other scripts have none: the console shows "?".
        for c in ['日', 'ك', 'א', 'ก', 'a'] {
            assert_eq!(stand_in(c), None, "{c}");
        }
        assert_eq!(to_ascii('日'), "?");
        assert_eq!(clean_ascii("Dosis ≥ 20 mg… 日本"), "Dosis >= 20 mg... ??");
    }

    #[test]
    fn the_console_keeps_accents_and_7_bit_ascii_never_makes_ano_of_ano() {
        assert_eq!(
            clean("Recaídas al año. ¿Emergencia? ¡Ya!", true),
            "Recaídas al año. ¿Emergencia? ¡Ya!"
        );
        assert_eq!(clean("→ 2-8 °C × 2", true), "> 2-8 C x 2");
        assert_eq!(
            clean_ascii("Recaídas al año, ESPAÑOL"),
            "Recaidas al anyo, ESPANYOL"
        );
        assert!(clean_ascii("¿Qué? — día").is_ascii());
        assert_eq!(clean("a\u{1b}b", true), "a?b");
    }

    /// The folded forms, made and compared: what `fold_cmp` must agree with.
    fn slow(a: &str, b: &str) -> std::cmp::Ordering {
        let fold = |s: &str| -> String {
            s.chars()
                .map(|c| nucleo_matcher::chars::to_lower_case(nucleo_matcher::chars::normalize(c)))
                .collect()
        };
        fold(a).cmp(&fold(b))
    }

    #[test]
    fn case_and_accents_do_not_change_the_order() {
        use std::cmp::Ordering::*;
        assert_eq!(fold_cmp("Bones", "bones"), Equal);
        assert_eq!(
            fold_cmp("Esclerosis múltiple", "esclerosis multiple"),
            Equal
        );
        assert_eq!(fold_cmp("apple", "Banana"), Less);
        assert_eq!(fold_cmp("Zeposia", "ácido"), Greater);
    }

    proptest! {
        #[test]
        fn agrees_with_comparing_the_folded_texts(
            a in "[ -~]{0,12}|[a-zA-Záéíóúñü ]{0,12}",
            b in "[ -~]{0,12}|[a-zA-Záéíóúñü ]{0,12}",
        ) {
            prop_assert_eq!(fold_cmp(&a, &b), slow(&a, &b));
        }

        /// The plain-ASCII shortcuts give what the tables give.
        #[test]
        fn ascii_shortcuts_agree_with_the_tables(text in "[ -~\t\n\u{7f}\u{1b}]{0,12}|[ -~áñ—\u{200b}]{0,12}") {
            use unicode_width::UnicodeWidthChar;
            let width: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
            prop_assert_eq!(super::display_width(&text), width);
            for console in [false, true] {
                let cleaned = clean(&text, console);
                let unchanged = !text.chars().any(|c| {
                    super::unsafe_char(c) || (console && !c.is_ascii() && !super::latin_letter(c))
                });
                prop_assert_eq!(matches!(cleaned, std::borrow::Cow::Borrowed(_)), unchanged);
                if unchanged {
                    prop_assert_eq!(cleaned.as_ref(), text.as_str());
                }
            }
        }

        /// Texts that start the same (as titles in one category do), then differ in case,
        /// accents or length.
        #[test]
        fn agrees_on_texts_that_start_alike(
            start in "[a-zA-Z éñ]{0,8}",
            a in "[a-cA-Cáéñ ]{0,4}",
            b in "[a-cA-Cáéñ ]{0,4}",
        ) {
            let (a, b) = (format!("{start}{a}"), format!("{start}{b}"));
            prop_assert_eq!(fold_cmp(&a, &b), slow(&a, &b));
        }
    }
}
