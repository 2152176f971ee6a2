//! Content is untrusted: even if escape sequences, C1 controls, bidirectional overrides or
//! zero-width characters got past the loader, they never reach the terminal raw. Renders through
//! the real crossterm backend into bytes and looks for what the content tried to send.

mod common;
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
        let mut app = App::new(guide.clone(), w, h);
        app.update(patient_guide::action::Action::Back);
        if w < 100 {
            app.update(patient_guide::action::Action::Enter);
            app.update(patient_guide::action::Action::Enter);
        }
        let mut bytes = Vec::new();
        {
            let mut terminal = Terminal::new(CrosstermBackend::new(&mut bytes)).unwrap();
            terminal
                .resize(ratatui::layout::Rect::new(0, 0, w, h))
                .unwrap();
            terminal
                .draw(|f| patient_guide::ui::render(&app, f))
                .unwrap();
        }
        let out = String::from_utf8_lossy(&bytes);
        assert!(out.contains("safe"), "the hostile paragraph was drawn");
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
                "{w}x{h}: content wrote {bad:?} to the terminal"
            );
        }
    }
}
