//! The reader's mistakes: their kinds and their places.

use super::*;
use crate::guide::format::GuideKind;
use crate::guide::model::SourceKind;

const GUIDE: &str = "[guide]\nid = \"g\"\ntitle = \"T\"\ngeneric_name = \"n\"\n\
    condition = \"c\"\nlanguage = \"en\"\nlast_reviewed = 2026-01-31\ndisclaimer = \"d\"\n";

/// The mistake in `src`, and the text its span covers.
fn mistake(src: &str) -> (Wrong, String) {
    let root = DeTable::parse(src).expect("TOML");
    let m = file(&root).expect_err("a mistake");
    (m.wrong, src[m.span].to_string())
}

#[test]
fn a_guide_reads_with_what_it_leaves_out_empty() {
    let src = format!(
        "{GUIDE}[[sources]]\nid = \"pi\"\ntitle = \"PI\"\npublisher = \"p\"\nlocation = \"l\"\nkind = \"label\"\n"
    );
    let f = file(&DeTable::parse(&src).unwrap()).unwrap();
    assert_eq!(f.guide.id.get_ref(), "g");
    assert_eq!(&src[f.guide.id.span()], "\"g\"");
    assert_eq!(*f.guide.kind.get_ref(), GuideKind::Drug);
    assert_eq!(
        f.sources[0].kind.as_ref().map(|k| *k.get_ref()),
        Some(SourceKind::Label)
    );
    assert!(f.sections.is_empty() && f.synonyms.is_empty() && f.check_yourself.is_empty());
}

#[test]
fn a_missing_key_is_told_at_its_table_first_in_the_tables_order() {
    let (wrong, at) = mistake("[guide]\nlanguage = \"en\"\n");
    // The table's span is its header, as the parser gives it.
    assert_eq!((wrong, at.as_str()), (Wrong::Missing("id"), "[guide]"));
    assert_eq!(mistake("").0, Wrong::Missing("guide"));
}

#[test]
fn an_unknown_key_is_told_at_itself_the_first_by_name() {
    let (wrong, at) = mistake(&format!("{GUIDE}zzz = 1\nabc = 2\n"));
    assert_eq!(at, "abc");
    let Wrong::UnknownKey { wrong, known } = wrong else {
        panic!("{wrong:?}")
    };
    assert_eq!((wrong.as_str(), known[0], known.len()), ("abc", "id", 17));
}

#[test]
fn a_value_of_the_wrong_kind_is_told_at_the_value_with_both_kinds() {
    let wrong_title = GUIDE.replace("title = \"T\"", "title = 8");
    let (wrong, at) = mistake(&wrong_title);
    let want = Wrong::Type {
        found: Kind::WholeNumber,
        text: None,
        expected: Kind::Text,
    };
    assert_eq!((wrong, at.as_str()), (want, "8"));
    let quoted_date = GUIDE.replace("2026-01-31", "\"2026-01-31\"");
    let (wrong, _) = mistake(&quoted_date);
    let want = Wrong::Type {
        found: Kind::Text,
        text: Some("2026-01-31".into()),
        expected: Kind::Date,
    };
    assert_eq!(wrong, want);
    let date_for_text = GUIDE.replace("id = \"g\"", "id = 2026-01-31");
    let found_date = |w: Wrong| {
        matches!(
            w,
            Wrong::Type {
                found: Kind::Date,
                ..
            }
        )
    };
    assert!(found_date(mistake(&date_for_text).0));
}

#[test]
fn choices_numbers_and_their_ranges() {
    let (wrong, at) = mistake(&format!("{GUIDE}kind = \"durg\"\n"));
    assert_eq!(at, "\"durg\"");
    assert!(
        matches!(wrong, Wrong::UnknownChoice { ref wrong, known } if wrong == "durg" && known == ["drug", "general"])
    );
    let (wrong, _) = mistake(&format!("{GUIDE}kind = 5\n"));
    assert!(matches!(wrong, Wrong::UnknownChoice { ref wrong, .. } if wrong == "5"));
    let label = |version: &str| {
        format!("{GUIDE}label = {{ version = {version}, effective = 2026-01-01 }}\n")
    };
    let (wrong, at) = mistake(&label("-1"));
    assert_eq!(at, "-1");
    assert_eq!(
        wrong,
        Wrong::OutOfRange {
            found: "-1".into(),
            most: u32::MAX.into()
        }
    );
    let hex = file(&DeTable::parse(&label("0x0A")).unwrap()).unwrap();
    assert_eq!(hex.guide.label.map(|l| l.into_inner().version), Some(10));
    let huge = format!("{GUIDE}reading_grade = 170141183460469231731687303715884105728\n");
    assert_eq!(mistake(&huge).0, Wrong::TooLarge);
    let grade = format!("{GUIDE}reading_grade = 7\n");
    let f = file(&DeTable::parse(&grade).unwrap()).unwrap();
    assert_eq!(f.guide.reading_grade.map(|g| *g.get_ref()), Some(7.0));
}

/// An item of a list written on a line of its own is named by its list's key, and a list or a
/// number where each item is a table, or a number where each is text, is told as such.
#[test]
fn an_item_on_a_line_of_its_own_is_told_by_its_lists_key() {
    let starter = include_str!("../../../../data/starter.toml");
    let told = |from: &str, to: &str| {
        assert!(starter.contains(from), "{from}");
        let src = starter.replacen(from, to, 1);
        let e = crate::guide::validate::parse_guide("g.toml", &src).unwrap_err();
        (
            e[0].message.clone(),
            e[0].expected.clone().unwrap_or_default(),
        )
    };
    let (message, expected) = told(
        "{ at = 0, label = \"TODO first dose\" }",
        "[0, \"TODO first dose\"]",
    );
    assert_eq!(
        message,
        "each item of `events` is a table of keys in braces, not a list in brackets [ ]"
    );
    assert_eq!(expected, "events = [{ at = 0, label = \"...\" }]");
    let (message, expected) = told("cites = [\"pi 2.1\"]", "cites = [\n  \"pi 2.1\",\n  5,\n]");
    assert_eq!(
        message,
        "the items of `cites` are text: write each in quotes"
    );
    assert_eq!(expected, "cites = [\"...\"]");
    // On the key's own line too; a list inside a list of texts; a list where one text belongs.
    let (message, _) = told(
        "events = [\n  { at = 0, label = \"TODO first dose\" },\n  { at = 4, label = \"TODO next dose\" },\n]",
        "events = [[0, \"TODO first dose\"]]",
    );
    assert!(
        message.starts_with("each item of `events` is a table of keys"),
        "{message}"
    );
    let (message, expected) = told("cites = [\"pi 2.1\"]", "cites = [\"pi 2.1\", [\"x\"]]");
    assert_eq!(
        message,
        "each item of `cites` is one text in quotes, not a list in brackets [ ]"
    );
    assert_eq!(expected, "cites = [\"...\", \"...\"]");
    let (message, _) = told("title = \"When each dose is due\"", "title = [\"a\"]");
    assert_eq!(message, "`title` takes one text, not a list");
}

/// Every key `TABLE_KEYS` names for a table is one its reader takes (a key it does not take
/// would be told as unknown), and an unknown key lists exactly the table's keys.
#[test]
fn every_key_a_table_lists_is_read_by_its_reader() {
    fn header(table: &str) -> &str {
        match table {
            "[[sections.topics]]" => "[[sections]]\n[[sections.topics]]\n",
            "[[sections.topics.figures]]" => {
                "[[sections]]\n[[sections.topics]]\n[[sections.topics.figures]]\n"
            }
            other => other,
        }
    }
    for (table, keys) in TABLE_KEYS {
        let with = |key: &str| {
            let src = format!("{}\n{key} = 1\n", header(table));
            let root = DeTable::parse(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
            file(&root).err().map(|m| m.wrong)
        };
        for key in *keys {
            if let Some(Wrong::UnknownKey { wrong, .. }) = with(key) {
                panic!("{table}: `{key}` is not read (`{wrong}` unknown)");
            }
        }
        match with("zzz") {
            Some(Wrong::UnknownKey { wrong, known }) => {
                assert_eq!((wrong.as_str(), known), ("zzz", *keys), "{table}")
            }
            other => panic!("{table}: {other:?}"),
        }
    }
}

/// Keys of the author's choosing (synonyms, accept) and a figure's values of any kind are read
/// whole, with their places; a wrong item inside them is told at the item.
#[test]
fn maps_and_values_of_any_kind_are_read_with_their_places() {
    let src = format!(
        "{GUIDE}[synonyms]\nshot = [\"injection\", \"pen\"]\n\
         [[sections]]\n[[sections.topics]]\naccept = {{ relative-only = \"why\" }}\n\
         [[sections.topics.figures]]\nevents = [{{ at = 0, label = \"a\" }}, {{ at = 2.5 }}]\n\
         bars = [{{ value = \"10\" }}]\n"
    );
    let f = file(&DeTable::parse(&src).unwrap()).expect_err("the section lacks its keys");
    assert_eq!(f.wrong, Wrong::Missing("id"));
    // The same without the missing keys: what each holds.
    let whole = src
        .replace("[[sections]]\n", "[[sections]]\nid = \"s\"\ntitle = \"S\"\nkind = \"safety\"\n")
        .replace(
            "[[sections.topics]]\n",
            "[[sections.topics]]\nid = \"t\"\ntitle = \"T\"\nbody = \"B\"\ncites = []\n",
        )
        .replace(
            "[[sections.topics.figures]]\n",
            "[[sections.topics.figures]]\nid = \"f\"\nkind = \"timeline\"\ntitle = \"F\"\nsummary = \"S\"\ncites = []\n",
        );
    let f = file(&DeTable::parse(&whole).unwrap()).unwrap();
    let shot = &f.synonyms["shot"];
    let words: Vec<&str> = shot
        .get_ref()
        .iter()
        .map(|w| w.get_ref().as_str())
        .collect();
    assert_eq!(words, ["injection", "pen"]);
    assert_eq!(&whole[shot.span()], "[\"injection\", \"pen\"]");
    let topic = &f.sections[0].topics[0];
    assert_eq!(topic.accept["relative-only"].get_ref(), "why");
    let figure = &topic.figures[0];
    let events = figure.events.as_ref().unwrap().get_ref();
    let at: Vec<toml::Value> = events
        .iter()
        .map(|e| e.get_ref().at.clone().unwrap().into_inner())
        .collect();
    assert_eq!(at, [toml::Value::Integer(0), toml::Value::Float(2.5)]);
    assert_eq!(events[1].get_ref().label, None);
    let bar = &figure.bars.as_ref().unwrap().get_ref()[0];
    let value = bar.get_ref().value.as_ref().unwrap();
    assert_eq!(value.get_ref(), &toml::Value::String("10".into()));
    assert_eq!(&whole[value.span()], "\"10\"");
    // A synonym that is no text, told at the item.
    let wrong = whole.replace("\"pen\"]", "5]");
    let m = file(&DeTable::parse(&wrong).unwrap()).unwrap_err();
    assert_eq!(&wrong[m.span], "5");
}

/// Every choice a kind's message lists is one it takes (the names and the arms kept together).
#[test]
fn every_choice_a_kind_lists_is_taken() {
    use super::value::{figure_kind, guide_kind, section_kind, source_kind};
    fn each(read: impl Fn(&Value) -> Result<(), Mistake>) -> usize {
        let reads = |text: &str| {
            let src = format!("v = \"{text}\"");
            let root = DeTable::parse(&src).unwrap();
            read(root.get_ref().get("v").unwrap())
        };
        let Err(Mistake {
            wrong: Wrong::UnknownChoice { known, .. },
            ..
        }) = reads("zzz")
        else {
            panic!("zzz was taken")
        };
        for name in known {
            assert!(reads(name).is_ok(), "{name}");
        }
        known.len()
    }
    assert_eq!(each(|v| guide_kind(v).map(drop)), 2);
    assert_eq!(each(|v| source_kind(v).map(drop)), 4);
    assert_eq!(each(|v| section_kind(v).map(drop)), 7);
    assert_eq!(each(|v| figure_kind(v).map(drop)), 5);
}
