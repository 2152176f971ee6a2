//! Benchmarks: loading guides, one frame's render, and search per keystroke.
//! Run with `cargo bench`; numbers and the machine are in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use patient_guide::action::Action;
use patient_guide::app::App;
use patient_guide::guide::generate::generate;
use patient_guide::guide::validate::parse_guide;
use patient_guide::search::Index;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const KESIMPTA: &str = include_str!("../guide/kesimpta.toml");

fn load(c: &mut Criterion) {
    c.bench_function("load and check Kesimpta (42 KB)", |b| {
        b.iter(|| parse_guide("kesimpta.toml", black_box(KESIMPTA)).unwrap())
    });
    let big = generate(1000, 1000);
    c.bench_function("load and check a generated 1 MB guide", |b| {
        b.iter(|| parse_guide("big.toml", black_box(&big)).unwrap())
    });
}

fn render(c: &mut Criterion) {
    // One 20 KB topic, read at the top and at the bottom.
    let guide = parse_guide("long.toml", &generate(4, 20_000)).unwrap();
    for (w, h) in [(200, 60), (80, 24)] {
        for (place, actions) in [("top", vec![]), ("bottom", vec![Action::Bottom])] {
            let mut app = App::new(guide.clone(), w, h);
            let _ = app.update(Action::Back);
            let _ = app.update(Action::Enter);
            if w < 100 {
                let _ = app.update(Action::Enter);
            }
            for a in actions {
                let _ = app.update(a);
            }
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            c.bench_function(
                &format!("render one frame {w}x{h}, 20 KB topic, {place}"),
                |b| {
                    b.iter(|| {
                        terminal
                            .draw(|f| patient_guide::ui::render(black_box(&app), f))
                            .unwrap();
                    })
                },
            );
        }
    }
}

fn search(c: &mut Criterion) {
    let big = parse_guide("big.toml", &generate(1000, 1000)).unwrap();
    let mut index = Index::new(std::slice::from_ref(&big));
    let query = "missed dose fridge";
    let prefixes: Vec<&str> = (1..=query.len()).map(|n| &query[..n]).collect();
    let mut i = 0;
    c.bench_function("search one keystroke, 1 MB guide", |b| {
        b.iter(|| {
            let r = index.search(black_box(prefixes[i % prefixes.len()]));
            i += 1;
            r
        })
    });
}

criterion_group!(benches, load, render, search);
criterion_main!(benches);
