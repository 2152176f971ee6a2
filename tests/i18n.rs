//! The interface's words: every message in every language, none missing, none left in English,
//! each with the same blanks to fill; and the language a locale asks for.

use std::collections::{BTreeMap, BTreeSet};

use patient_guide::i18n::{self, Arg, Lang};
use patient_guide::keymap::BINDINGS;

/// The messages of a catalog file: id -> its text (continuation lines joined).
fn messages(lang: Lang) -> BTreeMap<String, String> {
    let path = format!("{}/i18n/{}.ftl", env!("CARGO_MANIFEST_DIR"), lang.code());
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            current = None;
            continue;
        }
        if line.starts_with(' ') || line.starts_with('}') {
            if let Some(id) = &current {
                let m: &mut String = out.get_mut(id).unwrap();
                m.push('\n');
                m.push_str(line);
            }
            continue;
        }
        let (id, value) = line.split_once(" =").expect("a message line");
        out.insert(id.to_string(), value.trim().to_string());
        current = Some(id.to_string());
    }
    out
}

/// The blanks a message fills in: `{ $name }`.
fn variables(text: &str) -> BTreeSet<String> {
    text.split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

#[test]
fn every_catalog_reads_without_errors_and_has_every_message() {
    let english = messages(Lang::En);
    assert!(english.len() > 200, "{} messages", english.len());
    for lang in Lang::ALL {
        assert!(
            i18n::errors(lang).is_empty(),
            "{lang}: {:?}",
            i18n::errors(lang)
        );
        let catalog = messages(lang);
        let ids: Vec<&String> = catalog.keys().collect();
        let missing: Vec<&String> = english.keys().filter(|id| !ids.contains(id)).collect();
        let extra: Vec<&&String> = ids
            .iter()
            .filter(|id| !english.contains_key(**id))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has {extra:?}, which English does not"
        );
        assert_eq!(i18n::ids(lang).len(), english.len(), "{lang}");
    }
}

#[test]
fn every_message_has_the_same_blanks_in_every_language_and_formats() {
    let english = messages(Lang::En);
    for lang in Lang::ALL {
        let catalog = messages(lang);
        for (id, text) in &english {
            let want = variables(text);
            let got = variables(&catalog[id]);
            assert_eq!(got, want, "{lang} {id}: a key name or number would be lost");
            let args: Vec<(&str, Arg)> = want
                .iter()
                .map(|v| (v.as_str(), Arg::Number(2.0)))
                .collect();
            let errors = i18n::format_errors(lang, id, &args);
            assert!(errors.is_empty(), "{lang} {id}: {errors:?}");
        }
    }
}

/// Messages that read the same in Spanish: nothing but blanks and symbols, or a word both
/// languages write alike.
const SAME_IN_SPANISH: &[&str] = &[
    "figure-time-at",
    "pin-typed",
    "sr-help-language",
    // "Ctrl +": Spanish keyboards say Ctrl too.
    "help-zoom-key",
    // Keys as US keyboards print them, in any language.
    "key-name-enter",
    "key-name-backspace",
    "key-name-backtab",
    "key-name-page-up",
    "key-name-page-down",
    "key-name-home",
    "key-name-end",
    // `list`'s column of ids: an id is a word of the file, not of a language.
    "list-id",
];

#[test]
fn nothing_is_left_in_english() {
    let english = messages(Lang::En);
    let spanish = messages(Lang::Es);
    let untranslated: Vec<&String> = english
        .iter()
        .filter(|(id, text)| spanish[*id] == **text && !SAME_IN_SPANISH.contains(&id.as_str()))
        .map(|(id, _)| id)
        .collect();
    assert!(
        untranslated.is_empty(),
        "still English in es.ftl: {untranslated:?}"
    );
}

#[test]
fn every_key_and_button_has_its_words_in_every_language() {
    for lang in Lang::ALL {
        for b in BINDINGS {
            let mut ids = vec![b.description];
            ids.extend(b.footer.map(|(_, id)| id));
            if let Some((_, full, short)) = b.bar {
                ids.extend([full, short]);
            }
            for id in ids {
                assert!(i18n::has(lang, id), "{lang} has no `{id}`");
            }
        }
        for (keys, what) in patient_guide::keymap::MOUSE_HELP {
            assert!(i18n::has(lang, keys) && i18n::has(lang, what), "{lang}");
        }
        // The help window, filled in: no blank, no id, no unfilled key name.
        for (_, what) in patient_guide::keymap::help_rows(true, true, lang) {
            assert!(!what.is_empty() && !what.contains('{') && !what.starts_with("help-"));
        }
    }
}

/// Every message id the code names is checked when it is compiled: `tr!` and `msg!` fail the
/// build on an id that is not in i18n/en.ftl (and the test above keeps every catalog's ids the
/// same as English's). What is left to check is that no id bypasses them: no call of `t` or
/// `t_args` with a quoted id.
#[test]
fn every_message_id_in_the_code_goes_through_the_compile_time_check() {
    let mut files = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    let mut bypasses = Vec::new();
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for call in ["t(", "t_args("] {
            for (at, _) in text.match_indices(call) {
                let before = text[..at].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue;
                }
                // The second argument, after the language.
                let args = &text[at + call.len()..];
                let Some(comma) = args.find(',') else {
                    continue;
                };
                if args[..comma].contains(')') {
                    continue;
                }
                if args[comma + 1..].trim_start().starts_with('"') {
                    bypasses.push(format!("{}: {}", path.display(), &args[..comma.min(40)]));
                }
            }
        }
    }
    assert!(
        bypasses.is_empty(),
        "ids not checked when compiled: {bypasses:#?}"
    );
    // And the check itself knows the catalog.
    assert!(i18n::known("too-small") && !i18n::known("too-smal"));
}

#[test]
fn the_language_comes_from_the_locale_as_gettext_reads_it() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(Lang::from_locale(env(&[])), Lang::En);
    assert_eq!(Lang::from_locale(env(&[("LANG", "es_MX.UTF-8")])), Lang::Es);
    assert_eq!(
        Lang::from_locale(env(&[("LANG", "es_AR.UTF-8"), ("LC_ALL", "en_US.UTF-8")])),
        Lang::En
    );
    assert_eq!(
        Lang::from_locale(env(&[("LC_MESSAGES", "es_ES"), ("LANG", "en_US")])),
        Lang::Es
    );
    assert_eq!(
        Lang::from_locale(env(&[("LANGUAGE", "es:en"), ("LANG", "en_US.UTF-8")])),
        Lang::Es
    );
    // C and POSIX mean no language: English, and LANGUAGE is not read (as gettext does).
    assert_eq!(
        Lang::from_locale(env(&[("LANGUAGE", "es"), ("LANG", "C.UTF-8")])),
        Lang::En
    );
    // A language we have no words for: English.
    assert_eq!(Lang::from_locale(env(&[("LANG", "fr_FR.UTF-8")])), Lang::En);
    assert_eq!(Lang::parse("ES"), Some(Lang::Es));
    assert_eq!(Lang::parse("spa"), Some(Lang::Es));
    assert_eq!(Lang::parse("de"), None);
    assert_eq!(Lang::En.name(), "English");
    assert_eq!(Lang::Es.name(), "Español");
}

/// Dates shown and read in words, as each language writes them; what is not a year-month-day
/// date is left as written.
#[test]
fn dates_are_written_in_words() {
    use patient_guide::i18n::date_words;
    assert_eq!(date_words("2026-11-26", Lang::En), "November 26, 2026");
    assert_eq!(
        date_words("2026-11-26", Lang::Es),
        "26 de noviembre de 2026"
    );
    assert_eq!(date_words("2026-01-05", Lang::Es), "5 de enero de 2026");
    for odd in ["2026", "effective 2025-08-18", "2026-13-01", "26/11/2026"] {
        assert_eq!(date_words(odd, Lang::En), odd);
    }
}
