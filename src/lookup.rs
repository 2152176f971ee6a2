//! `patient-guide list` and `patient-guide search`: the library and the app's own search from
//! the command line, as text for people and screen readers or as JSON for scripts (and for
//! testing the search's quality). Pure: they build strings; `main` prints them.

use serde::Serialize;

use crate::guide::Guide;
use crate::i18n::Lang;
use crate::search::Index;

/// One guide as `list` shows it.
#[derive(Debug, Serialize)]
pub struct Listed<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub language: &'a str,
    pub condition: &'a str,
    pub last_reviewed: &'a str,
    /// The guide it translates, if it is a translation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translates: Option<&'a str>,
}

pub fn listed(guides: &[Guide]) -> Vec<Listed<'_>> {
    guides
        .iter()
        .map(|g| Listed {
            id: &g.id,
            title: &g.title,
            language: &g.language,
            condition: &g.condition,
            last_reviewed: &g.last_reviewed,
            translates: g.translates.as_deref(),
        })
        .collect()
}

/// The guides a patient of `lang` is offered: one per medicine, its translation into `lang`
/// where there is one, else the guide as written (its language column says which).
pub fn shelf(guides: Vec<Guide>, lang: Lang) -> Vec<Guide> {
    let keep = crate::guide::shelf::shelf(&guides, lang);
    let mut guides: Vec<Option<Guide>> = guides.into_iter().map(Some).collect();
    keep.into_iter().filter_map(|i| guides[i].take()).collect()
}

/// Every guide, one per line: id, language, review date, title and condition, with the
/// column headings in `lang`.
pub fn list_text(guides: &[Guide], lang: Lang) -> String {
    use crate::i18n::tr;
    let rows = listed(guides);
    let heading = [
        tr!(lang, "list-id"),
        tr!(lang, "list-language"),
        tr!(lang, "list-reviewed"),
        tr!(lang, "list-title"),
    ];
    let width = |column: usize| {
        rows.iter()
            .map(|r| crate::text::display_width([r.id, r.language, r.last_reviewed][column]))
            .chain([crate::text::display_width(&heading[column])])
            .max()
            .unwrap_or(0)
    };
    let widths = [width(0), width(1), width(2)];
    let cell = |text: &str, column: usize| {
        let pad = widths[column].saturating_sub(crate::text::display_width(text));
        format!("{text}{}  ", " ".repeat(pad))
    };
    let mut out = format!(
        "{}{}{}{}\n",
        cell(&heading[0], 0),
        cell(&heading[1], 1),
        cell(&heading[2], 2),
        heading[3]
    );
    for r in &rows {
        let of = r
            .translates
            .map(|o| format!(", {}", tr!(lang, "list-translates", original = o)))
            .unwrap_or_default();
        out.push_str(&format!(
            "{}{}{}{} ({}){of}\n",
            cell(r.id, 0),
            cell(r.language, 1),
            cell(r.last_reviewed, 2),
            r.title,
            r.condition
        ));
    }
    out
}

pub fn list_json(guides: &[Guide]) -> String {
    serde_json::to_string_pretty(&listed(guides)).unwrap_or_default()
}

/// One result as `search` shows it.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Found {
    pub guide: String,
    pub section: String,
    pub topic: String,
    pub title: String,
    pub snippet: String,
}

/// What `search` found: the query, the words searched for instead when a typo was corrected,
/// and the results.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Searched {
    pub query: String,
    /// The query as corrected for typos, when that is what found the results (null otherwise).
    pub corrected: Option<String>,
    pub results: Vec<Found>,
}

/// The app's search over these guides, in `lang`, at most `limit` results; none when nothing
/// matches (the app would then offer the closest titles, which are not results). `as_typed`:
/// no word is corrected.
pub fn search(
    guides: Vec<Guide>,
    query: &str,
    lang: Lang,
    limit: usize,
    as_typed: bool,
) -> Searched {
    // Shared with the index, not copied (a library of a thousand guides is large).
    let guides: Vec<std::sync::Arc<Guide>> = guides.into_iter().map(std::sync::Arc::new).collect();
    let mut index = Index::new(&guides);
    index.set_language(lang);
    let results = if as_typed {
        index.search_as_typed(query)
    } else {
        index.search(query)
    };
    let mut out = Searched {
        query: shown_query(query),
        corrected: results.corrected.as_deref().map(shown_query),
        results: Vec::new(),
    };
    if results.closest {
        out.corrected = None;
        return out;
    }
    out.results = results
        .hits
        .iter()
        .take(limit)
        .map(|h| {
            let g = &guides[h.place.guide];
            let s = &g.sections[h.place.section];
            let t = &s.topics[h.place.topic];
            Found {
                guide: g.id.clone(),
                section: s.title.clone(),
                topic: t.id.clone(),
                title: t.title.clone(),
                snippet: h.snippet.clone(),
            }
        })
        .collect();
    out
}

/// A query as it may be shown back: its first `MAX_QUERY_CHARS` characters (what was
/// searched), no control character or escape sequence reaching the terminal.
pub fn shown_query(query: &str) -> String {
    let cut: String = query
        .trim()
        .chars()
        .take(crate::search::MAX_QUERY_CHARS)
        .collect();
    crate::text::clean(&cut, false).into_owned()
}

/// Results, numbered, each with where it is and its snippet; first, when a typo was corrected,
/// what was searched for instead and how to search for the words as typed.
pub fn search_text(searched: &Searched) -> String {
    let mut out = String::new();
    if let Some(c) = &searched.corrected {
        out.push_str(&format!(
            "Showing results for \"{c}\". Search for \"{}\" instead: patient-guide search --as-typed \"{}\"\n",
            shown_query(&searched.query),
            shown_query(&searched.query)
        ));
    }
    for (i, f) in searched.results.iter().enumerate() {
        out.push_str(&format!(
            "{}. {} › {} › {}  [{} {}]\n",
            i + 1,
            f.guide,
            f.section,
            f.title,
            f.guide,
            f.topic
        ));
        if !f.snippet.is_empty() {
            out.push_str(&format!("   {}\n", f.snippet));
        }
    }
    out
}

pub fn search_json(searched: &Searched) -> String {
    serde_json::to_string_pretty(searched).unwrap_or_default()
}
