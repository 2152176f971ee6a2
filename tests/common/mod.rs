//! Shared test helpers: a small valid guide to mutate, and a way to find where an error points.
#![allow(dead_code)]

pub mod pty;

use patient_guide::action::Pointer;
use patient_guide::app::{Effect, SearchBox, Window};
use patient_guide::app::{PinPad, QuestionList, QuizQuestion, SourceList};
use patient_guide::guide::{self, Diagnostic, Guide};

/// The fixture guide's file, for the real binary (`--guides`): tests of the interface run on it,
/// not on Kesimpta's wording.
pub const FIXTURE_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ui.toml");

/// Its Spanish translation (tests/fixtures/ui.es.toml).
pub const FIXTURE_ES_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ui.es.toml");

/// A minimal valid drug guide. Tests change one thing in it and check the error that follows.
pub const VALID: &str = r#"[guide]
id = "demo"
title = "Demo (demozumab)"
generic_name = "demozumab"
condition = "a demo condition"
language = "en"
last_reviewed = 2026-01-31
disclaimer = "Education only. Ask your care team."

[[sources]]
id = "pi"
title = "Demo Prescribing Information"
publisher = "Demo Pharma"
version = "1"
location = "example.org/demo"

[[sources]]
id = "leaflet"
title = "Demo leaflet"
publisher = "Demo Pharma"
date = "2026-01"
location = "in the carton"

[[sections]]
id = "how"
title = "How it works"
kind = "mechanism"

[[sections.topics]]
id = "what"
title = "What it is"
body = "It is a demo medicine. [@pi]"
cites = ["pi 12.1"]

[[sections]]
id = "who"
title = "Who it is for"
kind = "indications"

[[sections.topics]]
id = "adults"
title = "Adults"
body = """
For adults. [@pi]

- one bullet
- two bullets [@leaflet]
  that goes on
"""
cites = ["pi 1", "leaflet"]

[[sections]]
id = "dose"
title = "How to take it"
kind = "dosing"

[[sections.topics]]
id = "schedule"
title = "Schedule"
body = "Once a month."
cites = ["pi 2"]

[[sections]]
id = "safe"
title = "Safety"
kind = "safety"

[[sections.topics]]
id = "risks"
title = "Risks"
body = "Some risks."
cites = ["pi 5"]

[[sections]]
id = "words"
title = "Glossary"
kind = "glossary"

[[glossary]]
term = "Demo"
definition = "A thing used in tests."
cites = ["pi"]
"#;

/// Makes a named pipe (FIFO) at `path`, for tests of files that must not be pipes.
pub fn mkfifo(path: &std::path::Path) {
    assert!(
        std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .unwrap()
            .success(),
        "mkfifo {}",
        path.display()
    );
}

/// `VALID` with one piece of text replaced (which must exist).
pub fn with(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "test setup: {from:?} not in VALID");
    VALID.replacen(from, to, 1)
}

pub fn parse(src: &str) -> Result<Guide, Vec<Diagnostic>> {
    guide::validate::parse_guide("guides/demo.toml", src)
}

/// The errors of an invalid guide (panics if it is valid).
pub fn errors(src: &str) -> Vec<Diagnostic> {
    match parse(src) {
        Ok(_) => panic!("expected errors, but the guide is valid"),
        Err(e) => e,
    }
}

/// The 1-based (line, column) of the first occurrence of `needle` in `src`.
pub fn position(src: &str, needle: &str) -> (usize, usize) {
    let at = src
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in source"));
    let line = src[..at].matches('\n').count() + 1;
    let line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
    (line, src[line_start..at].chars().count() + 1)
}

/// Asserts there is exactly one error, that it points at `needle`, and its message contains `says`.
pub fn assert_one_error_at(src: &str, needle: &str, says: &str) -> Diagnostic {
    let errs = errors(src);
    assert_eq!(errs.len(), 1, "expected one error, got: {errs:#?}");
    let e = errs.into_iter().next().unwrap();
    let (line, col) = position(src, needle);
    assert_eq!(e.file, "guides/demo.toml");
    assert_eq!(
        (e.line(), e.column()),
        (Some(line), Some(col)),
        "wrong place for: {e}"
    );
    assert!(
        e.message.contains(says),
        "message {:?} should say {says:?}",
        e.message
    );
    e
}

use patient_guide::app::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// The bundled Kesimpta guide.
pub fn kesimpta() -> Guide {
    let files = guide::bundled();
    guide::load(&files)
        .expect("bundled guide is valid")
        .remove(0)
}

/// Every bundled guide: Kesimpta and its Spanish translation.
pub fn library() -> Vec<Guide> {
    guide::load(&guide::bundled()).expect("bundled guides are valid")
}

/// The bundled Spanish Kesimpta guide.
pub fn kesimpta_es() -> Guide {
    library()
        .into_iter()
        .find(|g| g.id == "kesimpta-es")
        .expect("the Spanish guide is bundled")
}

/// The small fixture guide (tests/fixtures/ui.toml): every kind of page and figure in few
/// words, so a screen test checks the app and not one guide's wording.
pub fn fixture() -> Guide {
    let text = include_str!("../fixtures/ui.toml");
    guide::validate::parse_guide("tests/fixtures/ui.toml", text)
        .unwrap_or_else(|e| panic!("{e:#?}"))
}

/// The fixture guide's text with pieces of it replaced, in order, for a test that needs one
/// thing the fixture lacks (as `with` does for `VALID`). Each piece must be there.
pub fn fixture_text_with(changes: &[(&str, &str)]) -> String {
    let mut text = include_str!("../fixtures/ui.toml").to_string();
    for (from, to) in changes {
        assert!(text.contains(from), "test setup: {from:?} not in ui.toml");
        text = text.replacen(from, to, 1);
    }
    text
}

/// The changes (for `fixture_with`, `fixture_text_with`) that leave the fixture guide without
/// its key facts page and its Get help page, which `check` warns of.
pub const WITHOUT_URGENT_PAGES: [(&str, &str); 2] =
    [("key_facts = \"key\"\n", ""), ("get_help = \"help\"\n", "")];

/// The fixture guide with pieces of it replaced (`fixture_text_with`), parsed and checked.
pub fn fixture_with(changes: &[(&str, &str)]) -> Guide {
    let text = fixture_text_with(changes);
    guide::validate::parse_guide("tests/fixtures/ui.toml (changed)", &text)
        .unwrap_or_else(|e| panic!("{e:#?}"))
}

/// The made-up label's set id that `fixture_text_with_label` names.
pub const FIXTURE_LABEL_SET_ID: &str = "0a1b2c3d-0000-4000-8000-123456789abc";

/// The fixture guide's text as written from version 3 (2025-06-30) of a made-up label.
pub fn fixture_text_with_label() -> String {
    let label = format!(
        "get_help = \"help\"\nlabel = {{ set_id = \"{FIXTURE_LABEL_SET_ID}\", version = 3, effective = 2025-06-30 }}\n"
    );
    fixture_text_with(&[("get_help = \"help\"\n", &label)])
}

/// The fixture guide and its Spanish translation, loaded together (the translation checked
/// against it), as the bundled Kesimpta guides are: one medicine in two languages, for tests of
/// the interface in both.
pub fn fixture_library() -> Vec<Guide> {
    let files = [FIXTURE_FILE, FIXTURE_ES_FILE].map(|path| guide::GuideText {
        path: path.to_string(),
        text: std::fs::read_to_string(path).unwrap(),
    });
    guide::load(&files).unwrap_or_else(|e| panic!("{e:#?}"))
}

/// The fixture guide made long where a test needs length: seven sources with long titles,
/// fifteen more Safety topics ("Safety note 1" to "Safety note 15"; note 1 long), note N
/// citing source N + 1 (of `s2` to `s7`, round) and then the label, and three Check yourself
/// questions (the answers: 1, 2, 1).
pub fn long_fixture() -> Guide {
    let text = include_str!("../fixtures/ui.toml");
    let mut sources = String::new();
    for n in 2..=7 {
        sources.push_str(&format!(
            "[[sources]]\nid = \"s{n}\"\nkind = \"article\"\ntitle = \"Source number {n}, \
             a long title that takes more than one line in a narrow window\"\n\
             publisher = \"Example Publisher {n}\"\nversion = \"{n}\"\nlocation = \"example.org/{n}\"\n\n"
        ));
    }
    let mut topics = String::new();
    for n in 1..=15 {
        let cited = 2 + (n - 1) % 6;
        // Note 1 is long: twenty paragraphs.
        let more = if n == 1 { 20 } else { 0 };
        let body: String = (1..=more)
            .map(|p| format!("\n\nParagraph {p} of note 1."))
            .collect();
        topics.push_str(&format!(
            "[[sections.topics]]\nid = \"note{n}\"\ntitle = \"Safety note {n}\"\n\
             cites = [\"s{cited}\", \"label 5\"]\n\
             body = \"\"\"\nNote {n}. [@s{cited}] [@label]{body}\n\"\"\"\n\n"
        ));
    }
    for anchor in ["[[sections]]\nid = \"about\"", "[[sections]]\nid = \"ask\""] {
        assert!(text.contains(anchor), "ui.toml no longer has {anchor:?}");
    }
    let text = text
        .replacen(
            "[[sections]]\nid = \"about\"",
            &format!("{sources}[[sections]]\nid = \"about\""),
            1,
        )
        .replacen(
            "[[sections]]\nid = \"ask\"",
            &format!("{topics}[[sections]]\nid = \"ask\""),
            1,
        );
    let quiz = "\n[[check_yourself]]\nquestion = \"What do you do about a fever?\"\n\
                choices = [\"Wait a week.\", \"Call your care team right away.\"]\nanswer = 2\n\
                explain = \"A fever needs a call right away.\"\ntopic = \"help\"\n\n\
                [[check_yourself]]\nquestion = \"Who is it for?\"\n\
                choices = [\"Adults with the test condition.\", \"Children.\"]\nanswer = 1\n\
                explain = \"It is for adults.\"\ntopic = \"adults\"\n";
    let text = text + quiz;
    guide::validate::parse_guide("tests/fixtures/ui.toml (long)", &text)
        .unwrap_or_else(|e| panic!("{e:#?}"))
}

/// `long_fixture` in a kiosk, as `kiosk_at`.
pub fn long_kiosk_at(width: u16, height: u16) -> App {
    kiosk_on(long_fixture(), width, height, None)
}

/// `long_fixture` in the app at a size, as `app_at`.
pub fn long_at(width: u16, height: u16) -> App {
    at_start(App::new(long_fixture(), width, height))
}

/// The app on the fixture guide at a size, past its welcome window, at the start of the
/// guide's first section. (After the welcome window a patient first sees the key facts page;
/// `Home` goes to the first section.)
pub fn app_at(width: u16, height: u16) -> App {
    at_start(App::new(fixture(), width, height))
}

/// The same on the Kesimpta guide, for tests about Kesimpta's own pages (its wording, its
/// figures, its length).
pub fn kesimpta_at(width: u16, height: u16) -> App {
    at_start(App::new(kesimpta(), width, height))
}

/// `app` past its welcome window, at the start of its guide's first section.
pub fn at_start(mut app: App) -> App {
    let _ = app.update(patient_guide::action::Action::Back);
    assert!(app.window_kind().is_none());
    let _ = app.update(patient_guide::action::Action::Home);
    app
}

/// Draws the app once at its own size and returns the buffer.
pub fn draw(app: &App) -> Buffer {
    let area = app.look.screen.area;
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal
        .draw(|f| patient_guide::ui::render(app, f))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The screen as text, one line per row, trailing spaces removed.
pub fn screen(app: &App) -> String {
    buffer_text(&draw(app))
}

pub fn buffer_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The (x, y) where `text` first appears on the drawn screen.
pub fn find_on_screen(buf: &Buffer, text: &str) -> Option<(u16, u16)> {
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut xs = Vec::new();
        for x in 0..buf.area.width {
            let s = buf[(x, y)].symbol();
            for _ in s.chars() {
                xs.push(x);
            }
            line.push_str(s);
        }
        if let Some(i) = line.find(text) {
            let char_index = line[..i].chars().count();
            return Some((xs[char_index], y));
        }
    }
    None
}

/// A kiosk app on the fixture guide, on its welcome screen.
pub fn kiosk_at(width: u16, height: u16, pin_hash: Option<String>) -> App {
    kiosk_on(fixture(), width, height, pin_hash)
}

/// A kiosk app on the Kesimpta guide, on its welcome screen: for tests of Kesimpta's pages.
pub fn kesimpta_kiosk_at(width: u16, height: u16, pin_hash: Option<String>) -> App {
    kiosk_on(kesimpta(), width, height, pin_hash)
}

/// A kiosk app on `guide`, on its welcome screen.
pub fn kiosk_on(guide: Guide, width: u16, height: u16, pin_hash: Option<String>) -> App {
    use patient_guide::app::{Kiosk, View};
    App::with(
        vec![guide],
        0,
        width,
        height,
        View::default(),
        Some(Kiosk {
            pin_hash,
            ..Kiosk::default()
        }),
    )
}

/// The centre of the first place `text` is drawn.
pub fn click_point(app: &App, text: &str) -> (u16, u16) {
    let buf = draw(app);
    let (x, y) = find_on_screen(&buf, text)
        .unwrap_or_else(|| panic!("{text:?} not on screen:\n{}", buffer_text(&buf)));
    (x + (text.chars().count() as u16) / 2, y)
}

/// Applies actions in order and returns every effect they asked of the shell.
#[must_use = "the effects the shell would carry out: assert on them, or say `let _ =`"]
pub fn run(app: &mut App, actions: &[patient_guide::action::Action]) -> Vec<Effect> {
    actions.iter().flat_map(|a| app.update(a.clone())).collect()
}

/// Tells the app what the shell would (the idle clock, a resize ...); returns the effects.
#[must_use = "the effects the shell would carry out: assert on them, or say `let _ =`"]
pub fn tell(app: &mut App, messages: Vec<patient_guide::action::Message>) -> Vec<Effect> {
    messages.into_iter().flat_map(|m| app.tell(m)).collect()
}

/// A click or tap at (x, y), as the terminal loop does it: `hit` finds what it landed on, and the
/// app carries that out. Returns the effects.
#[must_use = "the effects the shell would carry out: assert on them, or say `let _ =`"]
pub fn click(app: &mut App, x: u16, y: u16) -> Vec<Effect> {
    pointer(app, Pointer::Click(x, y))
}

/// A tap where `text` is drawn (at `click_point`), as a patient touches what they read.
#[must_use = "the effects the shell would carry out: assert on them, or say `let _ =`"]
pub fn tap(app: &mut App, text: &str) -> Vec<Effect> {
    let (x, y) = click_point(app, text);
    click(app, x, y)
}

/// A wheel step at (x, y), the way the wheel turned.
#[must_use = "the effects the shell would carry out: assert on them, or say `let _ =`"]
pub fn wheel(app: &mut App, x: u16, y: u16, way: patient_guide::action::Way) -> Vec<Effect> {
    pointer(app, Pointer::Wheel(x, y, way))
}

#[must_use = "the effects the shell would carry out: assert on them, or say `let _ =`"]
pub fn pointer(app: &mut App, p: Pointer) -> Vec<Effect> {
    match patient_guide::hit::action(app, p) {
        Some(action) => app.update(action),
        None => Vec::new(),
    }
}

/// Whether these effects end the app.
pub fn quits(effects: &[Effect]) -> bool {
    effects.contains(&Effect::Quit)
}

/// Types text into the open text box (search, or a question of your own).
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let _ = app.update(patient_guide::action::Action::TypeChar(c));
    }
}

/// The highlighted source of the open sources window.
pub fn selected_source(app: &App) -> usize {
    match app.window() {
        Some(Window::Sources(SourceList { sel })) => *sel,
        other => panic!("the sources window is not open: {other:?}"),
    }
}

/// The open search window's state: query, results, highlighted result.
pub fn search_box(app: &App) -> &SearchBox {
    match app.window() {
        Some(Window::Search(b)) => b,
        other => panic!("the search window is not open: {other:?}"),
    }
}

/// The open "check yourself" question: the highlighted choice and the answer given.
pub fn quiz_state(app: &App) -> (usize, Option<usize>) {
    match app.window() {
        Some(Window::Quiz(QuizQuestion { sel, given, .. })) => (*sel, *given),
        other => panic!("no question is open: {other:?}"),
    }
}

/// The staff PIN window: the digits typed and whether the last try was wrong.
pub fn pin_state(app: &App) -> (&str, bool) {
    match app.window() {
        Some(Window::Pin(PinPad { digits, wrong })) => (digits, *wrong),
        other => panic!("the PIN window is not open: {other:?}"),
    }
}

/// The selected question in My questions.
pub fn selected_question(app: &App) -> usize {
    match app.window() {
        Some(Window::MyQuestions(QuestionList { sel })) => *sel,
        other => panic!("My questions is not open: {other:?}"),
    }
}

/// Waits (up to 20 s) until the file at `path` holds `text`, and returns what it holds: for
/// files another process writes (a kiosk's status, its counts).
pub fn wait_for_file(path: &std::path::Path, text: &str) -> String {
    let until = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let got = std::fs::read_to_string(path).unwrap_or_default();
        if got.contains(text) {
            return got;
        }
        assert!(
            std::time::Instant::now() < until,
            "{} never said {text:?}:\n{got}",
            path.display()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// A folder of several medicines: `generated` made-up guides, and the bundled Kesimpta guides.
pub fn folder_of_medicines(generated: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in patient_guide::guide::generate::library(generated, 4, 300) {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    for guide in patient_guide::guide::bundled() {
        let name = std::path::Path::new(&guide.path).file_name().unwrap();
        std::fs::write(dir.path().join(name), guide.text).unwrap();
    }
    dir
}

/// What the Linux console's Latin fonts show as it is: ASCII, and Latin letters with their
/// marks (the ASCII look keeps "Español", "año", "¿"); no box drawing, arrows or symbols.
pub fn console_safe(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_ascii() || (matches!(c, 'À'..='ÿ' | '¡' | '¿' | 'ª' | 'º') && !matches!(c, '×' | '÷'))
    })
}

/// The title of the first result of a search for `query` in `guide`'s index.
pub fn top_in(
    guide: &patient_guide::guide::Guide,
    index: &mut patient_guide::search::Index,
    query: &str,
) -> String {
    let r = index.search(query);
    assert!(!r.closest, "{query:?} found nothing");
    let h = &r.hits[0];
    guide.sections[h.place.section].topics[h.place.topic]
        .title
        .clone()
}
