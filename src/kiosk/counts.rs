//! What patients looked for, counted without keeping anything about who they are (kiosk.toml
//! `counts = true`; off by default). Only counts, per day: topics shown, words of searches that
//! found nothing, languages chosen, readings aloud started. No times, no order, no sessions,
//! nothing that links two counts to one person. A search word is kept only if it is a common
//! word or a word of the guides: names, numbers, dates, e-mail addresses and phone numbers
//! never reach the file. The file is rewritten whole (beside it, then renamed). No terminal
//! code here.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// One thing to count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Count {
    /// A topic was shown: "guide-id/topic-id".
    Topic(String),
    /// A search found nothing: its words that may be kept (see `keepable`).
    NothingFound(Vec<String>),
    /// The patient chose this language ("es").
    Language(String),
    /// A reading aloud started.
    ReadAloud,
    /// A search whose first result was not what was asked, by its words that may be kept.
    Missed(Vec<String>, Missed),
}

/// How a search's first result missed what was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missed {
    /// The words named an emergency (`ALARM`), yet the first result was not the guide's Get
    /// help now page: a safety gap for staff to look at first.
    Urgent,
    /// The patient opened a result below the first.
    ChoseLower,
}

/// Words that name an emergency, in the languages the app speaks (with and without accents). A
/// search holding one should lead to Get help now; when it does not, the kiosk's report says so.
/// Only for the report: nothing here is shown to patients.
pub const ALARM: &[&str] = &[
    // English
    "emergency",
    "urgent",
    "ambulance",
    "911",
    "hospital",
    "dying",
    "breathe",
    "breathing",
    "breath",
    "faint",
    "fainted",
    "fainting",
    "unconscious",
    "seizure",
    "bleeding",
    "blood",
    "swollen",
    "swelling",
    "throat",
    "chest",
    "allergic",
    "anaphylaxis",
    "collapse",
    "collapsed",
    // Spanish
    "emergencia",
    "urgente",
    "urgencias",
    "ambulancia",
    "respirar",
    "respiro",
    "desmayo",
    "desmaye",
    "desmayé",
    "inconsciente",
    "convulsion",
    "convulsión",
    "sangrado",
    "sangre",
    "hinchazon",
    "hinchazón",
    "hinchado",
    "hinchada",
    "garganta",
    "pecho",
    "alergica",
    "alérgica",
    "alergico",
    "alérgico",
    "anafilaxia",
];

/// Whether a query holds a word of `ALARM`.
pub fn alarming(query: &str) -> bool {
    query
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| ALARM.contains(&w.to_lowercase().as_str()))
}

/// One day's counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    #[serde(default)]
    pub topics: BTreeMap<String, u64>,
    #[serde(default)]
    pub nothing_found: BTreeMap<String, u64>,
    #[serde(default)]
    pub languages: BTreeMap<String, u64>,
    #[serde(default)]
    pub read_aloud: u64,
    /// Words of searches that named an emergency but whose first result was not Get help now.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub urgent_elsewhere: BTreeMap<String, u64>,
    /// Words of searches where the patient opened a result below the first.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub chose_lower: BTreeMap<String, u64>,
}

/// The counts file: day ("2026-11-26", UTC) to counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    pub days: BTreeMap<String, Day>,
}

impl Day {
    pub fn add(&mut self, count: &Count) {
        match count {
            Count::Topic(t) => bump(self.topics.entry(t.clone()).or_default(), 1),
            Count::NothingFound(words) => {
                for w in words {
                    bump(self.nothing_found.entry(w.clone()).or_default(), 1);
                }
            }
            Count::Language(l) => bump(self.languages.entry(l.clone()).or_default(), 1),
            Count::ReadAloud => bump(&mut self.read_aloud, 1),
            Count::Missed(words, why) => {
                let map = match why {
                    Missed::Urgent => &mut self.urgent_elsewhere,
                    Missed::ChoseLower => &mut self.chose_lower,
                };
                for w in words {
                    bump(map.entry(w.clone()).or_default(), 1);
                }
            }
        }
    }

    /// Adds another day's counts to these (for a report over many days).
    pub fn merge(&mut self, other: &Day) {
        for (k, v) in &other.topics {
            bump(self.topics.entry(k.clone()).or_default(), *v);
        }
        for (k, v) in &other.nothing_found {
            bump(self.nothing_found.entry(k.clone()).or_default(), *v);
        }
        for (k, v) in &other.languages {
            bump(self.languages.entry(k.clone()).or_default(), *v);
        }
        bump(&mut self.read_aloud, other.read_aloud);
        for (k, v) in &other.urgent_elsewhere {
            bump(self.urgent_elsewhere.entry(k.clone()).or_default(), *v);
        }
        for (k, v) in &other.chose_lower {
            bump(self.chose_lower.entry(k.clone()).or_default(), *v);
        }
    }
}

/// Adds to a count, stopping at the largest number rather than wrapping round to a small one
/// (a counts file edited by hand may hold anything).
fn bump(count: &mut u64, by: u64) {
    *count = count.saturating_add(by);
}

/// The largest counts file read: a year of a busy kiosk is well under 1 MB.
pub const MAX_COUNTS_BYTES: u64 = 16 * 1024 * 1024;

/// Common words patients type, in English and Spanish, that may be kept from a search that found
/// nothing even when no guide has them ("insurance", "cost", "seguro").
const COMMON: &[&str] = &[
    "alcohol",
    "appointment",
    "bath",
    "beer",
    "bleeding",
    "blood",
    "breakfast",
    "car",
    "child",
    "children",
    "coffee",
    "cold",
    "cost",
    "covid",
    "diet",
    "dinner",
    "doctor",
    "dose",
    "drink",
    "driving",
    "drive",
    "eat",
    "exercise",
    "eyes",
    "fatigue",
    "fever",
    "flight",
    "food",
    "generic",
    "hair",
    "headache",
    "heat",
    "hospital",
    "insurance",
    "itching",
    "job",
    "kidney",
    "kids",
    "lunch",
    "man",
    "men",
    "money",
    "nausea",
    "pain",
    "pharmacy",
    "pill",
    "plane",
    "price",
    "rash",
    "sex",
    "shower",
    "sick",
    "side",
    "skin",
    "sleep",
    "smoking",
    "sport",
    "sports",
    "sun",
    "swim",
    "swimming",
    "tired",
    "travel",
    "trip",
    "vacation",
    "weight",
    "wine",
    "woman",
    "women",
    "work",
    "agua",
    "alcohol",
    "avion",
    "baño",
    "cansancio",
    "cerveza",
    "comer",
    "comida",
    "costo",
    "deporte",
    "dinero",
    "dolor",
    "dormir",
    "fiebre",
    "hijos",
    "hospital",
    "manejar",
    "medico",
    "niños",
    "pastilla",
    "peso",
    "piel",
    "precio",
    "seguro",
    "sexo",
    "sol",
    "sueño",
    "trabajo",
    "vacaciones",
    "viaje",
    "vino",
    "vomito",
];

/// The words of a query that may be kept: letters only (no digits, no @, so no numbers, dates,
/// phone numbers or e-mail addresses), two to 30 of them, lower case, and either a common word
/// or one the guides use (`known`). Anything else, names included, is dropped.
pub fn keepable(query: &str, known: impl Fn(&str) -> bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in query.split(|c: char| c.is_whitespace() || ",.;:!?¿¡()\"'".contains(c)) {
        let w = w.to_lowercase();
        let letters = w.chars().all(char::is_alphabetic);
        let n = w.chars().count();
        if letters
            && (2..=30).contains(&n)
            && (COMMON.contains(&w.as_str()) || ALARM.contains(&w.as_str()) || known(&w))
            && !out.contains(&w)
        {
            out.push(w);
        }
    }
    out
}

/// Today's date, UTC, as "YYYY-MM-DD".
pub fn today() -> String {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    civil(days)
}

/// Days since 1970-01-01 as a date (Howard Hinnant's civil-from-days).
fn civil(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Reads a counts file (none yet: no counts).
/// Several kiosks' counts summed, day by day (a clinic's kiosks, gathered for one report).
pub fn read_all(paths: &[impl AsRef<Path>]) -> Result<Counts, String> {
    let mut all = Counts::default();
    for path in paths {
        let path = path.as_ref();
        // One kiosk's file not there yet is no counts; one of several named is a mistake.
        if paths.len() > 1 && !path.exists() {
            let shown = crate::text::clean(&path.display().to_string(), false).into_owned();
            return Err(format!("{shown}: no such counts file"));
        }
        let one = read(path)?;
        for (date, day) in &one.days {
            all.days.entry(date.clone()).or_default().merge(day);
        }
    }
    Ok(all)
}

pub fn read(path: &Path) -> Result<Counts, String> {
    use std::io::Read;
    let shown = crate::text::clean(&path.display().to_string(), false).into_owned();
    // Looked at before it is opened: opening a pipe would wait for a writer, and a device such
    // as /dev/zero never ends.
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Counts::default()),
        Err(e) => return Err(format!("{shown}: {e}")),
        Ok(m) if !m.is_file() => {
            return Err(format!(
                "{shown}: not a regular file (a folder, pipe or device)"
            ));
        }
        Ok(m) if m.len() > MAX_COUNTS_BYTES => {
            return Err(format!(
                "{shown}: {} MB, more than a counts file holds ({} MB at most)",
                m.len() / (1024 * 1024),
                MAX_COUNTS_BYTES / (1024 * 1024)
            ));
        }
        Ok(_) => {}
    }
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_COUNTS_BYTES + 1).read_to_string(&mut text))
        .map_err(|e| format!("{shown}: {e}"))?;
    if text.len() as u64 > MAX_COUNTS_BYTES {
        return Err(format!("{shown}: more than a counts file holds"));
    }
    serde_json::from_str(&text).map_err(|e| format!("{shown}: {e}"))
}

/// Adds these counts to the day's, reading the file once and rewriting it whole once: a crash
/// leaves the old file or the new one, never half of one.
pub fn add(path: &Path, day: &str, new: &[Count]) -> Result<(), String> {
    if new.is_empty() {
        return Ok(());
    }
    let mut counts = read(path)?;
    let today = counts.days.entry(day.to_string()).or_default();
    for c in new {
        today.add(c);
    }
    let text = serde_json::to_string_pretty(&counts).map_err(|e| e.to_string())?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    crate::file::write_whole(path, &text).map_err(|e| format!("{}: {e}", path.display()))
}

/// What staff want to know from the counts: the most shown topics, the words of searches that
/// found nothing (the content gaps), languages and readings aloud, over every day in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The first and last day counted.
    pub from: Option<String>,
    pub to: Option<String>,
    pub days: usize,
    pub top_topics: Vec<(String, u64)>,
    pub nothing_found: Vec<(String, u64)>,
    pub urgent_elsewhere: Vec<(String, u64)>,
    pub chose_lower: Vec<(String, u64)>,
    pub languages: Vec<(String, u64)>,
    pub read_aloud: u64,
}

/// The `top` most counted, most first (then by name).
fn most(map: &BTreeMap<String, u64>, top: usize) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = map.iter().map(|(k, n)| (k.clone(), *n)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(top);
    v
}

impl Summary {
    pub fn of(counts: &Counts, top: usize) -> Self {
        let mut all = Day::default();
        for day in counts.days.values() {
            all.merge(day);
        }
        Self {
            from: counts.days.keys().next().cloned(),
            to: counts.days.keys().next_back().cloned(),
            days: counts.days.len(),
            top_topics: most(&all.topics, top),
            nothing_found: most(&all.nothing_found, top),
            urgent_elsewhere: most(&all.urgent_elsewhere, top),
            chose_lower: most(&all.chose_lower, top),
            languages: most(&all.languages, usize::MAX),
            read_aloud: all.read_aloud,
        }
    }

    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// As tables for people; `from` says whose counts they are (a file, or several).
    pub fn text(&self, from: &str) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let span = match (&self.from, &self.to) {
            (Some(a), Some(b)) => format!("{a} to {b}, {} day(s)", self.days),
            _ => "no days counted yet".to_string(),
        };
        // Names come from a file that may have been edited: no escape reaches the terminal.
        let clean = |s: &str| crate::text::clean(s, false).into_owned();
        let _ = writeln!(out, "Counts from {}: {}", clean(from), clean(&span));
        let table = |out: &mut String, title: &str, rows: &[(String, u64)]| {
            let _ = writeln!(out, "\n{title}");
            if rows.is_empty() {
                let _ = writeln!(out, "  (none)");
            }
            for (name, n) in rows {
                let _ = writeln!(out, "  {n:>6}  {}", clean(name));
            }
        };
        // The safety gaps first.
        table(
            &mut out,
            "Searches that named an emergency but did not lead to Get help now first (look at these first)",
            &self.urgent_elsewhere,
        );
        table(&mut out, "Topics shown most", &self.top_topics);
        table(
            &mut out,
            "Searches that found nothing (words kept: common words and the guides' own)",
            &self.nothing_found,
        );
        table(
            &mut out,
            "Searches where the patient opened a result below the first",
            &self.chose_lower,
        );
        table(&mut out, "Languages chosen", &self.languages);
        let _ = writeln!(out, "\nReadings aloud started: {}", self.read_aloud);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_common_or_guide_words_are_kept() {
        let known = |w: &str| ["shingles", "vaccine"].contains(&w);
        let words = keepable(
            "Maria Lopez shingles 555-1234 maria@example.org 12/03/1980 insurance vaccine! jd84",
            known,
        );
        assert_eq!(words, ["shingles", "insurance", "vaccine"]);
        assert!(keepable("+1 (555) 123 4567", known).is_empty());
        assert!(keepable("john smith", known).is_empty());
    }

    #[test]
    fn days_are_dates_and_counts_add_up_in_a_whole_file() {
        assert_eq!(civil(0), "1970-01-01");
        assert_eq!(civil(20_783), "2026-11-26");
        assert_eq!(civil(11_016), "2000-02-29");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("counts.json");
        add(
            &path,
            "2026-11-26",
            &[Count::Topic("kesimpta/missed-dose".into())],
        )
        .unwrap();
        let more = [
            Count::Topic("kesimpta/missed-dose".into()),
            Count::NothingFound(vec!["insurance".into()]),
            Count::Language("es".into()),
            Count::ReadAloud,
            Count::Missed(vec!["throat".into()], Missed::Urgent),
            Count::Missed(vec!["fridge".into()], Missed::ChoseLower),
        ];
        add(&path, "2026-11-26", &more).unwrap();
        add(&path, "2026-11-27", &[Count::ReadAloud]).unwrap();
        let counts = read(&path).unwrap();
        let day = &counts.days["2026-11-26"];
        assert_eq!(day.topics["kesimpta/missed-dose"], 2);
        assert_eq!(day.nothing_found["insurance"], 1);
        assert_eq!(day.languages["es"], 1);
        assert_eq!(day.urgent_elsewhere["throat"], 1);
        assert_eq!(day.chose_lower["fridge"], 1);
        assert_eq!(
            (day.read_aloud, counts.days["2026-11-27"].read_aloud),
            (1, 1)
        );
        // Nothing else is in the file: days, and six kinds of counts in each; no times.
        let text = std::fs::read_to_string(&path).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let top: Vec<&String> = value.as_object().unwrap().keys().collect();
        assert_eq!(top, ["days"]);
        let fields: Vec<&String> = value["days"]["2026-11-26"]
            .as_object()
            .unwrap()
            .keys()
            .collect();
        assert_eq!(
            fields,
            [
                "chose_lower",
                "languages",
                "nothing_found",
                "read_aloud",
                "topics",
                "urgent_elsewhere"
            ]
        );
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file left");
    }
}
