//! The loader on broken input: random truncations and character mutations of the bundled guide,
//! deep nesting and huge strings. It never panics; it either loads or names the file, line and
//! column of a problem.

use patient_guide::guide::validate::parse_guide;
use proptest::prelude::*;

const KESIMPTA: &str = include_str!("../guide/kesimpta.toml");

/// Loads or fails with every error placed in the file.
fn loads_or_points(src: &str) -> Result<(), TestCaseError> {
    if let Err(errors) = parse_guide("guide.toml", src) {
        prop_assert!(!errors.is_empty());
        for e in &errors {
            prop_assert_eq!(&e.file, "guide.toml");
            prop_assert!(e.line().is_some(), "no line for: {}", e);
            let line = e.line().unwrap();
            prop_assert!(
                line >= 1 && line <= src.lines().count().max(1) + 1,
                "line {} out of range",
                line
            );
            prop_assert!(!e.to_string().contains('\x1b'), "raw escape in a message");
        }
    }
    Ok(())
}

fn char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn truncated_guides(cut in 0usize..KESIMPTA.len()) {
        loads_or_points(&KESIMPTA[..char_boundary(KESIMPTA, cut)])?;
    }

    #[test]
    fn mutated_guides(edits in prop::collection::vec((0usize..KESIMPTA.len(), any::<char>()), 1..8)) {
        let mut s = KESIMPTA.to_string();
        for (at, c) in edits {
            let at = char_boundary(&s, at);
            let end = char_boundary(&s, at + s[at..].chars().next().map_or(0, char::len_utf8));
            s.replace_range(at..end, &c.to_string());
        }
        loads_or_points(&s)?;
    }
}

#[test]
fn deep_nesting_and_huge_strings_are_refused_with_a_place() {
    let deep = format!("x = {}{}", "[".repeat(5000), "]".repeat(5000));
    let errs = parse_guide("deep.toml", &deep).unwrap_err();
    assert!(errs[0].line().is_some(), "{}", errs[0]);
    let huge = format!("[guide]\nid = \"{}\"\n", "a".repeat(5_000_000));
    let errs = parse_guide("huge.toml", &huge).unwrap_err();
    assert!(errs.iter().all(|e| e.line().is_some()));
}
