//! The interface's words in every language: one Fluent catalog per language (`i18n/*.ftl`,
//! built into the binary), looked up by message id. Guides bring their own words; this is
//! everything else a patient reads (titles, buttons, help, hints, messages, kiosk screens, print
//! headings). `check` messages stay English: they are for authors.
//!
//! A message missing from a catalog is a test failure (`tests/i18n.rs`); at run time it falls
//! back to English, never to a blank.

mod chunks;

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// Every language, in the order they are offered.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language's code, as guides write it (`language = "es"`) and `--lang` takes it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself ("English", "Español"), as a patient looks for it. Not
    /// in the catalogs: the language button names the other language, whose whole catalog
    /// would otherwise be read for one word.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// A language from a code or a locale: "es", "ES", "es-MX", "es_AR.UTF-8", "spa".
    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let base = code.split(['-', '_', '.', '@']).next().unwrap_or_default();
        match base {
            "en" | "eng" | "english" => Some(Lang::En),
            "es" | "spa" | "spanish" | "espanol" | "español" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The language a desktop user's locale asks for, from the environment variables the C
    /// library reads (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), and `LANGUAGE`'s list first
    /// when it is set (GNU gettext's order). English when none names a language we have.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Lang {
        let set = |name: &str| var(name).filter(|v| !v.is_empty());
        let main = set("LC_ALL")
            .or_else(|| set("LC_MESSAGES"))
            .or_else(|| set("LANG"));
        // "C" and "POSIX" mean no language at all: English, and LANGUAGE is ignored (gettext).
        if main
            .as_deref()
            .is_some_and(|m| m == "C" || m == "POSIX" || m.starts_with("C."))
        {
            return Lang::En;
        }
        let listed = set("LANGUAGE")
            .into_iter()
            .flat_map(|l| l.split(':').map(str::to_string).collect::<Vec<_>>());
        listed
            .chain(main)
            .find_map(|l| Lang::parse(&l))
            .unwrap_or_default()
    }

    /// The next language, for the key that changes it.
    pub fn next(self) -> Lang {
        let i = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Lang::ALL[(i + 1) % Lang::ALL.len()]
    }

    fn catalog(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../i18n/en.ftl"),
            Lang::Es => include_str!("../../i18n/es.ftl"),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// One language's catalog, read a message at a time: a start formats a few dozen of its 357
/// messages, and parsing the whole file took 0.7 million instructions and some 50 page faults
/// of every start. Each message is parsed the first time it is asked for.
struct Catalog {
    lang: Lang,
    /// The messages asked for so far.
    bundle: std::sync::Mutex<FluentBundle<FluentResource>>,
}

/// Where each message of each catalog file is (`chunks::chunks`, run by build.rs): by id,
/// sorted, with its byte range in the file.
mod table {
    include!(concat!(env!("OUT_DIR"), "/catalog_chunks.rs"));
}

impl Lang {
    /// The messages of this language's catalog file, by id, with where each is.
    fn chunks(self) -> &'static [(u32, u16, u16)] {
        match self {
            Lang::En => table::EN,
            Lang::Es => table::ES,
        }
    }

    /// The text of message `id` in this language's catalog file.
    fn chunk(self, id: &str) -> Option<&'static str> {
        let chunks = self.chunks();
        let i = chunks
            .binary_search_by_key(&id, |&(at, id_len, _)| self.id_at(at, id_len))
            .ok()?;
        let (at, _, len) = chunks[i];
        let at = at as usize;
        self.catalog().get(at..at + usize::from(len))
    }

    /// The id of the message at `at` in this language's catalog file.
    fn id_at(self, at: u32, id_len: u16) -> &'static str {
        let at = at as usize;
        self.catalog()
            .get(at..at + usize::from(id_len))
            .unwrap_or_default()
    }

    /// The ids of this language's catalog, as the table gives them.
    fn chunk_ids(self) -> impl Iterator<Item = &'static str> {
        self.chunks()
            .iter()
            .map(move |&(at, id_len, _)| self.id_at(at, id_len))
    }
}

fn build(lang: Lang) -> Catalog {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: they are invisible characters a terminal
    // counts as columns.
    bundle.set_use_isolating(false);
    Catalog {
        lang,
        bundle: std::sync::Mutex::new(bundle),
    }
}

impl Catalog {
    /// The bundle, with message `id` read into it if the catalog has it.
    fn with<R>(&self, id: &str, f: impl FnOnce(&FluentBundle<FluentResource>) -> R) -> R {
        let mut bundle = self.bundle.lock().unwrap_or_else(|e| e.into_inner());
        if !bundle.has_message(id)
            && let Some(text) = self.lang.chunk(id)
            // A message that does not parse is left out (the test of `errors` finds it), and
            // the English one is shown instead.
            && let Ok(resource) = FluentResource::try_new(text.to_string())
        {
            let _ = bundle.add_resource(resource);
        }
        f(&bundle)
    }
}

/// Each catalog's bundle, made the first time its language is needed.
static CATALOGS: [LazyLock<Catalog>; 2] = [
    LazyLock::new(|| build(Lang::En)),
    LazyLock::new(|| build(Lang::Es)),
];

fn catalog(lang: Lang) -> &'static Catalog {
    &CATALOGS[lang as usize]
}

/// The message `id` in `lang`, with no arguments.
pub fn t(lang: Lang, id: &str) -> String {
    format(lang, id, None)
}

/// The message `id` in `lang` with these arguments (`{ $name }` in the catalog).
pub fn t_args(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    format(lang, id, Some(&fluent_args(args)))
}

fn fluent_args<'a>(args: &'a [(&'a str, Arg)]) -> FluentArgs<'a> {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
        }
    }
    fluent
}

/// An argument of a message: words, or a number (which also chooses plural forms).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

macro_rules! from_number {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
from_number!(usize, u64, u32, u16, u8, i64, i32, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

/// `tr!(lang, "id")` or `tr!(lang, "id", name = value, ...)`: a message of the catalog.
macro_rules! tr {
    ($lang:expr, $id:literal) => {
        $crate::i18n::t($lang, $crate::i18n::msg!($id))
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::t_args(
            $lang,
            $crate::i18n::msg!($id),
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// A message id, checked when the program is compiled: an id that is not in i18n/en.ftl is a
/// compile error, not a patient reading "pin-intro". For ids kept in tables (a key's
/// description, a button's label); `tr!` uses it for the ids it is given.
macro_rules! msg {
    ($id:literal) => {{
        const _: () = assert!(
            $crate::i18n::known($id),
            concat!("no message `", $id, "` in i18n/en.ftl")
        );
        $id
    }};
}

pub(crate) use {msg, tr};

/// The message ids of i18n/en.ftl (built by build.rs).
mod ids {
    include!(concat!(env!("OUT_DIR"), "/message_ids.rs"));
}

/// Whether `id` is a message of the English catalog: `msg!` asks it when compiling.
pub const fn known(id: &str) -> bool {
    let mut i = 0;
    while i < ids::IDS.len() {
        if same(ids::IDS[i].as_bytes(), id.as_bytes()) {
            return true;
        }
        i += 1;
    }
    false
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for lang in [lang, Lang::En] {
        let formatted = catalog(lang).with(id, |bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned(),
            )
        });
        if let Some(text) = formatted {
            return text;
        }
    }
    id.to_string()
}

/// Whether `lang`'s catalog has the message `id` (with a value).
pub fn has(lang: Lang, id: &str) -> bool {
    catalog(lang).with(id, |bundle| {
        bundle.get_message(id).is_some_and(|m| m.value().is_some())
    })
}

/// Every message id of `lang`'s catalog, for the test that the catalogs agree.
pub fn ids(lang: Lang) -> Vec<String> {
    let mut ids: Vec<String> = lang
        .catalog()
        .lines()
        .filter_map(|l| {
            let (id, _) = l.split_once(" =")?;
            (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                .then(|| id.to_string())
        })
        .collect();
    ids.sort();
    ids
}

/// Problems reading `lang`'s catalog file (none in a good build): the file read whole, as a
/// translator's tools read it, and each message read alone, as the app reads it; and a message
/// the app would not find on its own.
pub fn errors(lang: Lang) -> Vec<String> {
    let mut errors = Vec::new();
    if let Err((_, errs)) = FluentResource::try_new(lang.catalog().to_string()) {
        errors.extend(errs.iter().map(|e| format!("{e:?}")));
    }
    // The table built into the program is the one this file gives now.
    let now: Vec<(u32, u16, u16)> = chunks::chunks(lang.catalog())
        .into_iter()
        .map(|(id, at)| (at.start as u32, id.len() as u16, at.len() as u16))
        .collect();
    if now != lang.chunks() {
        errors.push("the table of messages is not the catalog file's".into());
    }
    for id in lang.chunk_ids() {
        let text = lang.chunk(id).unwrap_or_default();
        match FluentResource::try_new(text.to_string()) {
            Err((_, errs)) => errors.extend(errs.iter().map(|e| format!("{id}: {e:?}"))),
            // Exactly the one message, and nothing of the next one.
            Ok(r) if r.entries().count() != 1 => {
                errors.push(format!("{id}: read as {} entries", r.entries().count()))
            }
            // The app reads a message alone: one that names another message or a term would
            // find it missing (or not, depending on what was shown before).
            Ok(r) if names_others(&r) => errors.push(format!(
                "{id}: names another message or a term; write its words out instead"
            )),
            Ok(_) => {}
        }
    }
    let indexed: Vec<&str> = lang.chunk_ids().collect();
    for id in ids(lang) {
        if indexed.binary_search(&id.as_str()).is_err() {
            errors.push(format!("{id}: not found as a message of its own"));
        }
    }
    errors
}

/// Whether a message names another message or a term (`{ other }`, `{ -term }`): the app reads
/// messages one at a time, so it would not find them.
fn names_others(resource: &FluentResource) -> bool {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn in_pattern(p: &Pattern<&str>) -> bool {
        p.elements.iter().any(|e| match e {
            PatternElement::Placeable { expression } => in_expression(expression),
            PatternElement::TextElement { .. } => false,
        })
    }
    fn in_expression(e: &Expression<&str>) -> bool {
        match e {
            Expression::Inline(i) => in_inline(i),
            Expression::Select { selector, variants } => {
                in_inline(selector) || variants.iter().any(|v| in_pattern(&v.value))
            }
        }
    }
    fn in_inline(i: &InlineExpression<&str>) -> bool {
        match i {
            InlineExpression::MessageReference { .. } | InlineExpression::TermReference { .. } => {
                true
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().any(in_inline)
                    || arguments.named.iter().any(|n| in_inline(&n.value))
            }
            InlineExpression::Placeable { expression } => in_expression(expression),
            InlineExpression::StringLiteral { .. }
            | InlineExpression::NumberLiteral { .. }
            | InlineExpression::VariableReference { .. } => false,
        }
    }
    resource.entries().any(|e| match e {
        Entry::Message(m) => {
            m.value.as_ref().is_some_and(in_pattern)
                || m.attributes.iter().any(|a| in_pattern(&a.value))
        }
        _ => false,
    })
}

/// What goes wrong formatting message `id` in `lang` with these arguments (an unknown blank, a
/// missing message): nothing, in a good catalog. For the test that every message formats.
pub fn format_errors(lang: Lang, id: &str, args: &[(&str, Arg)]) -> Vec<String> {
    catalog(lang).with(id, |bundle| {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return vec![format!("no message {id}")];
        };
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, Some(&fluent_args(args)), &mut errors);
        errors.iter().map(|e| format!("{e:?}")).collect()
    })
}

/// The name of month `month` (1 to 12) in `lang`.
pub fn month_name(month: u32, lang: Lang) -> Option<&'static str> {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    let names = match lang {
        Lang::Es => &ES,
        Lang::En => &EN,
    };
    names.get(month.checked_sub(1)? as usize).copied()
}

/// A date written year-month-day ("2026-11-26") as `lang` writes it in words: "November 26,
/// 2026", "26 de noviembre de 2026". Anything else is given back as it is.
pub fn date_words(iso: &str, lang: Lang) -> String {
    let parts: Vec<&str> = iso.trim().split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return iso.to_string();
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return iso.to_string();
    }
    let (year, month, day): (u32, u32, u32) = (
        y.parse().unwrap_or(0),
        m.parse().unwrap_or(0),
        d.parse().unwrap_or(0),
    );
    match month_name(month, lang).filter(|_| (1..=31).contains(&day)) {
        Some(name) => match lang {
            Lang::Es => format!("{day} de {name} de {year}"),
            Lang::En => format!("{name} {day}, {year}"),
        },
        None => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{FluentResource, names_others};

    #[test]
    fn a_message_naming_another_message_or_a_term_is_found() {
        let names = |text: &str| names_others(&FluentResource::try_new(text.into()).unwrap());
        assert!(names("a = See { b }\n"));
        assert!(names(
            "a = { $n ->\n    [one] { -brand }\n   *[other] x\n}\n"
        ));
        assert!(names("a = x\n    .title = { NUMBER(b) }\n"));
        assert!(names("a = { { b } }\n"));
        assert!(!names("a = Hello { $name }, { NUMBER($n) }\n"));
    }
}
