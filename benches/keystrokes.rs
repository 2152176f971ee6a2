//! Search time per keystroke over the generated 1 MB guide, as a distribution: every prefix of
//! a set of queries a patient might type (plain words, typos, synonyms, nothing found), many
//! rounds, then the median, p90, p99 and worst. Also the one-off cost of building the index,
//! which the first keystroke of a session pays. Run with `cargo bench --bench keystrokes`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use patient_guide::guide::generate::generate;
use patient_guide::guide::validate::parse_guide;
use patient_guide::search::Index;

const QUERIES: &[&str] = &[
    "missed dose fridge",
    "misssed dsoe",
    "shot",
    "headache on the first day",
    "blood tests before you start",
    "xqzv wkpj",
    "can i take it while pregnant",
];

const ROUNDS: usize = 30;

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs it once as a smoke test.
    let rounds = if std::env::args().any(|a| a == "--bench") {
        ROUNDS
    } else {
        1
    };
    let big = parse_guide("big.toml", &generate(1000, 1000)).unwrap();
    let guides = std::slice::from_ref(&big);
    let mut builds = Vec::new();
    for _ in 0..rounds.min(10) {
        let start = Instant::now();
        black_box(Index::new(guides));
        builds.push(start.elapsed());
    }
    let mut times = keystrokes(&mut Index::new(guides), QUERIES, rounds);
    report("build the search index, 1 MB guide", &mut builds);
    report("search one keystroke, 1 MB guide", &mut times);
    spanish(rounds);
    library(rounds);
}

/// Questions about one medicine among a thousand, and about none in particular.
const LIBRARY: &[&str] = &[
    "zokazox fridge",
    "missed dose",
    "kesimpta pregnant",
    "blood tests before you start",
    "asthma",
    "misssed dsoe",
    "xqzv wkpj",
];

/// 1,000 generated guides of about 30 KB (each its own medicine and condition) and Kesimpta:
/// the index built once, then every keystroke of the library's questions.
fn library(rounds: usize) {
    // The smoke test (`cargo test --benches`) uses a small library.
    let n = if rounds > 1 { 1000 } else { 20 };
    let mut guides: Vec<_> = patient_guide::guide::generate::library(n, 25, 1100)
        .iter()
        .map(|(name, text)| parse_guide(name, text).unwrap())
        .collect();
    guides.extend(patient_guide::guide::load(&patient_guide::guide::bundled()).unwrap());
    let bytes: usize = patient_guide::guide::generate::library(n, 25, 1100)
        .iter()
        .map(|(_, t)| t.len())
        .sum();
    let mut builds = Vec::new();
    for _ in 0..rounds.min(3) {
        let start = Instant::now();
        black_box(Index::new(&guides));
        builds.push(start.elapsed());
    }
    report(
        &format!(
            "build the search index, 1,000 guides ({:.1} MB)",
            bytes as f64 / 1e6
        ),
        &mut builds,
    );
    let mut times = keystrokes(&mut Index::new(&guides), LIBRARY, rounds.min(5));
    report(&format!("search one keystroke, {n} guides"), &mut times);
}

/// Questions a Spanish speaker might type (accents, synonyms, stop words, a typo).
const SPANISH: &[&str] = &[
    "se me olvidó una dosis",
    "pinchazo",
    "¿puedo usarlo si estoy embarazada?",
    "nevera",
    "vacunas antes de empezar",
    "efectos secundarios",
    "inyecion",
];

/// The bundled guides (English and Spanish), searched in Spanish: stop words, Snowball's
/// stemmer and Spanish results first.
fn spanish(rounds: usize) {
    use patient_guide::i18n::Lang;
    let library = patient_guide::guide::load(&patient_guide::guide::bundled()).unwrap();
    let mut index = Index::new(&library);
    index.set_language(Lang::Es);
    let mut times = keystrokes(&mut index, SPANISH, rounds);
    report(
        "search one keystroke in Spanish, bundled guides",
        &mut times,
    );
}

/// The time of each search as every query is typed, one character at a time, `rounds` times.
fn keystrokes(index: &mut Index, queries: &[&str], rounds: usize) -> Vec<Duration> {
    let mut times = Vec::new();
    for _ in 0..rounds {
        for q in queries {
            for end in (1..=q.len()).filter(|n| q.is_char_boundary(*n)) {
                let start = Instant::now();
                black_box(index.search(black_box(&q[..end])));
                times.push(start.elapsed());
            }
        }
    }
    times
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{what}: {} runs, median {:.3} ms, p90 {:.3} ms, p99 {:.3} ms, worst {:.3} ms",
        times.len(),
        ms(at(0.5)),
        ms(at(0.9)),
        ms(at(0.99)),
        ms(times[times.len() - 1]),
    );
}
