//! Content is untrusted: even if escape sequences, C1 controls, bidirectional overrides or
//! zero-width characters got past the loader, they never reach the terminal raw. Renders through
//! the real crossterm backend into bytes and looks for what the content tried to send.

use crate::common;
use common::*;
use patient_guide::app::App;
use patient_guide::guide::{Block, Inline};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// Sequences a hostile guide might carry: set the window title (OSC), ring the
/// bell, ask for the cursor position, a C1 CSI, a right-to-left override, a zero-width space.
const HOSTILE: &str = "safe \u{1b}]0;owned\u{7} \u{1b}[6n \u{9b}31m \u{202e}evil \u{200b}x";

#[test]
fn hostile_text_is_never_written_raw() {
    let mut guide = kesimpta();
    guide.title = format!("Title {HOSTILE}");
    guide.sections[0].title = format!("Section {HOSTILE}");
    let topic = &mut guide.sections[0].topics[0];
    topic.title = format!("Topic {HOSTILE}");
    topic
        .body
        .insert(0, Block::Paragraph(vec![Inline::Text(HOSTILE.to_string())]));
    topic.questions.push(HOSTILE.to_string());

    for (w, h) in [(120, 40), (80, 24)] {
        let app = reading(&guide, w, h);
        let out = written(&app);
        assert!(out.contains("safe"), "the hostile paragraph was drawn");
        assert_nothing_raw(&out, &format!("{w}x{h}"));
    }
}

/// The app on `guide`, reading the first topic at a size.
fn reading(guide: &patient_guide::guide::Guide, w: u16, h: u16) -> App {
    let mut app = App::new(guide.clone(), w, h);
    let _ = app.update(patient_guide::action::Action::Back);
    let _ = app.update(patient_guide::action::Action::Home);
    if w < 100 {
        let _ = app.update(patient_guide::action::Action::Enter);
        let _ = app.update(patient_guide::action::Action::Enter);
    }
    app
}

/// Every byte one frame sends to the terminal through the real crossterm backend.
fn written(app: &App) -> String {
    let mut bytes = Vec::new();
    {
        // A fixed viewport: the real terminal's size (if any) must not change the frame.
        let options = ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(app.look.screen.area),
        };
        let mut terminal =
            Terminal::with_options(CrosstermBackend::new(&mut bytes), options).unwrap();
        terminal
            .draw(|f| patient_guide::ui::render(app, f))
            .unwrap();
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// None of what HOSTILE tried to send reached the terminal.
fn assert_nothing_raw(out: &str, case: &str) {
    for bad in [
        "\u{1b}]",
        "\u{7}",
        "\u{1b}[6n",
        "\u{9b}",
        "\u{202e}",
        "\u{200b}",
    ] {
        assert!(
            !out.contains(bad),
            "{case}: content wrote {bad:?} to the terminal"
        );
    }
}

#[test]
fn hostile_text_in_figures_is_never_written_raw() {
    use patient_guide::guide::{Bar, BarUnit, Chart, Event, Figure, TimeUnit};
    let bad = |what: &str| format!("{what} {HOSTILE}");
    let figure = |id: &str, chart: Chart| Figure {
        id: id.into(),
        title: bad("Title"),
        summary: bad("Summary"),
        note: Some(bad("Note")),
        citations: Vec::new(),
        chart,
    };
    let mut guide = kesimpta();
    let topic = &mut guide.sections[0].topics[0];
    topic.figures = vec![
        figure(
            "t",
            Chart::Timeline {
                unit: TimeUnit::Week,
                events: vec![Event {
                    at: 0.0,
                    label: bad("Label"),
                    skip: false,
                }],
                then: Some(bad("Then")),
            },
        ),
        figure(
            "b",
            Chart::Bars {
                unit: BarUnit::Percent,
                bars: vec![Bar {
                    group: Some(bad("Group")),
                    label: bad("Bar"),
                    value: 5.0,
                }],
                decimals: 0,
            },
        ),
        figure("s", Chart::Steps(vec![bad("Step")])),
        figure(
            "i",
            Chart::Icons {
                people: vec![Bar {
                    group: Some(bad("Group")),
                    label: bad("Person"),
                    value: 10.9,
                }],
                marked: bad("Marked"),
            },
        ),
    ];
    topic.body = vec![
        Block::Figure(0),
        Block::Figure(1),
        Block::Figure(2),
        Block::Figure(3),
    ];
    for (w, h, steps) in [(200, 60, false), (80, 24, false), (80, 24, true)] {
        let mut app = reading(&guide, w, h);
        if steps {
            let _ = app.update(patient_guide::action::Action::Steps);
            assert!(app.window_kind().is_some());
        }
        let out = written(&app);
        // (The backend skips blank cells, so words arrive one by one.)
        let words = if steps {
            ["Step 1 of 1", "Title", "safe"]
        } else {
            ["Title", "Summary", "safe"]
        };
        for word in words {
            assert!(out.contains(word), "{w}x{h} {steps}: {word} was not drawn");
        }
        assert_nothing_raw(&out, &format!("{w}x{h}, figures, steps window {steps}"));
    }
}

/// Issue 25: no text outside a topic is unbounded, and one-line texts stay one line: a 7 MB
/// title, a title with a line break (which would forge a row in `list`), a synonym with a
/// control character, each is refused with its place.
#[test]
fn titles_and_other_one_line_texts_are_bounded_and_one_line() {
    let huge = format!("title = \"{}\"", "x".repeat(7_000_000));
    let errs = errors(&with("title = \"Demo (demozumab)\"", &huge));
    assert!(
        errs.iter()
            .any(|e| e.code == patient_guide::guide::Code::TextTooLong
                && e.message == "the guide title has 7000000 characters; the most is 500"),
        "{errs:#?}"
    );
    let errs = errors(&with(
        "title = \"Demo (demozumab)\"",
        "title = \"Demo\\nkesimpta-es  es    2026-12-05  Forged row\"",
    ));
    assert!(
        errs.iter().any(|e| e
            .message
            .starts_with("the guide title runs over more than one line")),
        "{errs:#?}"
    );
    let long_note = format!("disclaimer = \"{}\"", "word ".repeat(1_200));
    let errs = errors(&with(
        "disclaimer = \"Education only. Ask your care team.\"",
        &long_note,
    ));
    assert!(
        errs.iter()
            .any(|e| e.message == "the disclaimer has 6000 characters; the most is 5000"),
        "{errs:#?}"
    );
    let src = with(
        "[[sources]]",
        "[synonyms]\n\"shot\\u001b[2J\" = [\"demo\"]\n\n[[sources]]",
    );
    let errs = errors(&src);
    assert!(
        errs.iter().any(|e| e.message
            == "the synonym before `=` contains the control or invisible character U+001B"),
        "{errs:#?}"
    );
}
