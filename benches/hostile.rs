//! What hostile or careless content costs: laying out a topic whose one word is very long (wrap
//! time against word length: it must grow in a straight line, not as the square), and laying out
//! an ordinary topic of growing size. Run with `cargo bench --bench hostile`; results in
//! BENCHMARKS.md.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use patient_guide::doc::View;
use patient_guide::doc::topic::topic_rows;
use patient_guide::guide::{Block, Guide, Inline, Topic};

/// The Kesimpta guide with its first topic's text replaced by `text`.
fn with_text(text: String) -> (Guide, Topic) {
    let files = patient_guide::guide::bundled();
    let guide = patient_guide::guide::load(&files).unwrap().remove(0);
    let mut topic = guide.sections[0].topics[0].clone();
    topic.body = vec![Block::Paragraph(vec![Inline::Text(text)])];
    (guide, topic)
}

fn long_word(c: &mut Criterion) {
    let mut group = c.benchmark_group("lay out one unbroken word, 80 columns");
    group.sample_size(10);
    let keys = patient_guide::keymap::names(patient_guide::i18n::Lang::En);
    for n in [10_000usize, 100_000, 1_000_000] {
        let (guide, topic) = with_text("x".repeat(n));
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| topic_rows(&guide, black_box(&topic), 78, View::default(), &keys))
        });
    }
    group.finish();
}

fn long_text(c: &mut Criterion) {
    let mut group = c.benchmark_group("lay out ordinary words, 80 columns");
    group.sample_size(10);
    let keys = patient_guide::keymap::names(patient_guide::i18n::Lang::En);
    for n in [10_000usize, 100_000, 1_000_000] {
        let words: String = "the pen goes back in the fridge ".repeat(n / 32);
        let (guide, topic) = with_text(words);
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| topic_rows(&guide, black_box(&topic), 78, View::default(), &keys))
        });
    }
    group.finish();
}

criterion_group!(benches, long_word, long_text);
criterion_main!(benches);
