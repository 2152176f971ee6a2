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
const SAME_IN_SPANISH: &[&str] = &["figure-time-at", "pin-typed", "sr-help-language"];

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

/// Every message id the code names (a string literal in `src/` that starts like a catalog's
/// ids) is in every catalog: a message added to the code but not to a catalog fails here,
/// before a patient sees a message id.
#[test]
fn every_message_the_code_names_is_in_every_catalog() {
    let english = messages(Lang::En);
    let prefixes: BTreeSet<&str> = english
        .keys()
        .filter_map(|id| id.split_once('-').map(|(p, _)| p))
        .collect();
    let mut named = BTreeSet::new();
    let mut files = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for literal in text.split('"').skip(1).step_by(2) {
            let id_like = literal.contains('-')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && prefixes.contains(literal.split('-').next().unwrap());
            if id_like {
                named.insert((literal.to_string(), path.display().to_string()));
            }
        }
    }
    assert!(named.len() > 150, "found {} ids in the code", named.len());
    // Strings of the same shape that are not messages (warning codes of `check`, guide ids).
    let not_messages = [
        "key-facts",
        "get-help",
        // The file in a kiosk's state folder that keeps the staff PIN's wrong tries.
        "pin-lock",
        "reading-grade",
        "reading-ease",
        // The codes of `check`'s errors and warnings (guide/README.md, "Problem codes").
        "figure-not-placed",
        "figure-not-closed",
        "figure-placed-twice",
        "figure-inline",
        "cite-not-listed",
        "cited-twice",
        "no-source",
        "no-sources",
        "source-version",
        "unknown-topic",
        "unknown-term",
        "unknown-source",
        "marker-with-place",
        "mark-not-closed",
        "unknown-figure",
        "empty-text",
        "unsafe-character",
        "bad-id",
        "duplicate-id",
        "out-of-range",
        "date-with-time",
        "no-sections",
        "empty-section",
        "missing-section",
        "glossary-section",
        "topic-too-long",
        "no-questions",
        "text-not-closed",
        "toml-value",
        "unknown-key",
        "unknown-value",
        "translation-older",
        "uncited-source",
        "old-review",
        "long-sentence",
        "long-word",
        "relative-only",
        "no-label-source",
        "no-key-facts",
        "no-get-help",
        "sr-",
    ];
    for lang in Lang::ALL {
        for (id, file) in &named {
            if not_messages.contains(&id.as_str()) {
                continue;
            }
            assert!(
                i18n::has(lang, id),
                "{file} names `{id}`, which {lang} lacks"
            );
        }
    }
}

#[test]
fn the_shorter_disclaimer_fits_80_columns_and_short_labels_fit_their_buttons() {
    for lang in Lang::ALL {
        let shorter = i18n::t(lang, "disclaimer-shorter");
        let width = patient_guide::text::display_width(&shorter);
        assert!(width <= 80, "{lang}: {width} columns: {shorter}");
        for b in BINDINGS {
            if let Some((_, _, short)) = b.bar {
                let label = i18n::t(lang, short);
                assert!(label.chars().count() <= 8, "{lang}: {short} = {label:?}");
            }
        }
    }
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
