//! Rendered screens on ratatui's TestBackend: what a person sees at 80x24, 120x40 and 200x60, that
//! selection shows without colour, and that no size (down to 1x1) breaks the screen.

use crate::common;
use common::*;
use patient_guide::action::Action::*;
use patient_guide::app::App;
use ratatui::style::Modifier;

#[test]
fn first_screen_shows_the_welcome_window_with_the_disclaimer() {
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let app = App::new(fixture(), w, h);
        let s = screen(&app);
        assert!(s.contains("About this guide"), "{s}");
        // The guide's own disclaimer.
        assert!(s.contains("Not medical advice"), "{s}");
        assert!(s.contains("emergency"), "{s}");
        assert!(s.contains("Last reviewed: January 31, 2026."), "{s}");
        assert!(s.contains("Press any key or click to start"), "{s}");
    }
}

#[test]
fn narrow_80x24_shows_one_pane_at_a_time() {
    let mut app = kesimpta_at(80, 24);
    let s = screen(&app);
    for n in [
        "1  How it works",
        "3  How to take it",
        "5  Everyday life",
        "6  Questions for your doctor",
        "8  Glossary",
    ] {
        assert!(s.contains(n), "section list lacks {n}:\n{s}");
    }
    assert!(
        s.contains(
            "Not medical advice. Emergency: call local emergency number. Ask your care team."
        ),
        "{s}"
    );
    assert!(s.contains("? Help") && s.contains("q Quit"), "{s}");
    insta::assert_snapshot!("narrow_sections_80x24", s);

    let _ = app.update(Section(2));
    let s = screen(&app);
    assert!(s.contains("< Back  3 How to take it"), "{s}");
    assert!(s.contains("› Your dose schedule"), "{s}");
    assert!(
        !s.contains("Week 0"),
        "text is not shown until opened:\n{s}"
    );

    let _ = app.update(Enter);
    let s = screen(&app);
    assert!(s.contains("3 How to take it › Your dose schedule"), "{s}");
    assert!(s.contains("When each dose is due"), "{s}");
    assert!(
        s.contains("1st dose  2nd dose  3rd dose  No dose   4th dose"),
        "{s}"
    );
    assert!(s.contains("Sources"), "{s}");
    insta::assert_snapshot!("narrow_reader_80x24", s);
}

#[test]
fn wide_120x40_shows_tabs_topics_and_text_together() {
    let mut app = kesimpta_at(120, 40);
    let _ = app.update(Section(2));
    let s = screen(&app);
    for tab in [
        "1 How it works",
        "2 Who it is for",
        "3 How to take it",
        "4 Safety",
        "5 Everyday",
        "6 Questions",
        "7 Trials",
        "8 Glossary",
    ] {
        assert!(s.contains(tab), "tab {tab} missing:\n{s}");
    }
    assert!(
        s.contains("Kesimpta (ofatumumab) · relapsing multiple sclerosis (MS)"),
        "{s}"
    );
    assert!(s.contains("Reviewed December 6, 2026"), "{s}");
    assert!(s.contains("› Your dose schedule"), "{s}");
    assert!(s.contains("If you miss a dose"), "{s}");
    assert!(
        s.contains("Each dose is 20 mg. You inject it under the skin. [1] [2]"),
        "{s}"
    );
    assert!(s.contains("Education only, not medical advice. Emergency? Call your local emergency number. Ask your care team."), "{s}");
    insta::assert_snapshot!("wide_dosing_120x40", s);
    // The topic's sources close it, at the end of the text.
    let _ = run(&mut app, &[Right, Bottom]);
    let s = screen(&app);
    assert!(
        s.contains("[1] KESIMPTA (ofatumumab) injection, US Prescribing Information, Novartis")
            && s.contains("(section 2)"),
        "{s}"
    );
}

#[test]
fn full_screen_200x60_shows_everything_and_long_text_scrolls() {
    let mut app = long_at(200, 60);
    let _ = app.update(Section(3));
    let s = screen(&app);
    assert!(s.contains("Get help now"), "{s}");
    assert!(
        s.contains("Safety note 15"),
        "all safety topics listed:\n{s}"
    );
    assert!(
        s.contains("Call your care team right away about a fever."),
        "the safety section opens on its key facts:\n{s}"
    );

    // At a small height, the reader shows where you are in a long topic.
    let mut app = long_at(100, 14);
    let _ = app.update(Section(3));
    for _ in 0..3 {
        let _ = app.update(Down);
    }
    assert_eq!(app.topic().unwrap().title, "Safety note 1");
    let s = screen(&app);
    assert!(s.contains("lines 1-8 of"), "{s}");
    let _ = app.update(Enter);
    let _ = app.update(Bottom);
    let s = screen(&app);
    assert!(
        s.contains("Sources"),
        "the end of the topic is reachable:\n{s}"
    );
}

#[test]
fn selection_and_focus_show_without_colour() {
    let mut app = app_at(120, 40);
    let _ = run(&mut app, &[Section(3), Down, Down]);
    let buf = draw(&app);
    let (x, y) = find_on_screen(&buf, "› How many").unwrap();
    assert!(
        buf[(x, y)].modifier.contains(Modifier::REVERSED),
        "focused selection is reverse video"
    );
    let (x2, y2) = find_on_screen(&buf, "Get help now").unwrap();
    assert!(!buf[(x2, y2)].modifier.contains(Modifier::REVERSED));
    // Body text keeps the terminal's own colours.
    let (bx, by) = find_on_screen(&buf, "About 11 in 100 people had it.").unwrap();
    assert_eq!(buf[(bx, by)].fg, ratatui::style::Color::Reset);
    // The selected tab is marked by more than colour too.
    let (tx, ty) = find_on_screen(&buf, "4 Safety").unwrap();
    assert!(
        buf[(tx, ty)]
            .modifier
            .intersects(Modifier::BOLD | Modifier::REVERSED | Modifier::UNDERLINED)
    );
}

#[test]
fn help_is_generated_from_the_keymap() {
    let mut app = app_at(120, 40);
    let _ = app.update(Help);
    // Page through the whole help window.
    let mut seen = String::new();
    for _ in 0..10 {
        let s = screen(&app);
        seen.push_str(&s);
        if !s.contains("▼ More") {
            break;
        }
        let _ = app.update(PageDown);
    }
    // One medicine: choosing another guide is not offered.
    assert!(!app.offers_guides());
    for (keys, what) in
        patient_guide::keymap::help_rows(false, false, patient_guide::i18n::Lang::En)
    {
        assert!(seen.contains(&keys), "help lacks keys {keys}:\n{seen}");
        assert!(seen.contains(what.as_str()), "help lacks {what}:\n{seen}");
    }
    assert!(!seen.contains("Choose another guide"), "{seen}");
}

#[test]
fn sources_window_lists_every_source_in_full() {
    let mut app = long_at(200, 60);
    let _ = app.update(Sources);
    let s = screen(&app);
    let g = long_fixture();
    for (i, src) in g.sources.iter().enumerate() {
        let start: String = src.title.chars().take(40).collect();
        assert!(
            s.contains(&format!("[{}] {start}", i + 1)),
            "{} missing:\n{s}",
            src.id
        );
        assert!(s.contains(&format!("Publisher: {}", src.publisher)), "{s}");
    }
    assert!(s.contains("example.org/7"), "{s}");
}

#[test]
fn below_40x12_asks_for_a_bigger_window_and_never_panics() {
    // The small fixture, and the long one for its long pages and lists.
    for guide in [fixture(), long_fixture()] {
        for w in 1..=45u16 {
            for h in 1..=14u16 {
                let app = App::new(guide.clone(), w, h);
                let s = screen(&app);
                if w < 40 || h < 12 {
                    if w >= 20 && h >= 5 {
                        assert!(s.contains("Please enlarge"), "{w}x{h}:\n{s}");
                    }
                } else {
                    assert!(!s.contains("Please enlarge"), "{w}x{h}:\n{s}");
                }
            }
        }
    }
}

#[test]
fn rendering_at_a_size_the_app_has_not_seen_yet_stays_in_the_frame() {
    // The first frame after a resize may come before the resize event.
    let app = app_at(200, 60);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(50, 15)).unwrap();
    terminal
        .draw(|f| patient_guide::ui::render(&app, f))
        .unwrap();
    let s = buffer_text(terminal.backend().buffer());
    assert!(
        s.contains("Sections") || s.contains("Topics") || s.contains("About it"),
        "{s}"
    );
}

#[test]
fn the_focused_pane_is_marked_by_more_than_colour() {
    let mut app = app_at(120, 40);
    // Pane titles sit on the top border, right after its corner.
    let is_reversed = |app: &App, title: &str| {
        let buf = draw(app);
        let needle = format!("┌ {title}");
        let (x, y) = find_on_screen(&buf, &needle).unwrap_or_else(|| panic!("{needle} not drawn"));
        buf[(x + 2, y)].modifier.contains(Modifier::REVERSED)
    };
    assert!(
        is_reversed(&app, "1 About it"),
        "topic list title marks focus"
    );
    assert!(!is_reversed(&app, "What it is"), "reader title is plain");
    let _ = app.update(Enter);
    assert!(is_reversed(&app, "What it is"), "now the reader has focus");
    assert!(!is_reversed(&app, "1 About it"));
}

#[test]
fn wide_and_combining_characters_keep_every_pane_aligned() {
    // CJK (two columns each), an emoji, and an accent written as e + combining acute.
    let src = VALID
        .replace("title = \"What it is\"", "title = \"日本語の説明 🙂 cafe\u{301}\"")
        .replace(
        "It is a demo medicine. [@pi]",
        "これは説明のための薬です。とても長い文章が折り返されても、枠がずれてはいけません。 🙂🙂 Cafe\u{301} naïve résumé. [@pi]",
    );
    let guide = parse(&src).unwrap();
    for (w, h) in [(120, 30), (80, 24), (200, 60)] {
        let mut app = App::new(guide.clone(), w, h);
        let _ = run(&mut app, &[Back, Enter]);
        if w < 100 {
            let _ = run(&mut app, &[Enter]);
        }
        let buf = draw(&app);
        let text = buffer_text(&buf);
        // buffer_text shows each wide character's second column as a space.
        assert!(
            text.replace(' ', "").contains("これは説明"),
            "{w}x{h}:\n{text}"
        );
        assert!(text.contains("🙂"), "{w}x{h}:\n{text}");
        // Wrapped by display width: every row fits the text area and nothing is lost.
        let room = usize::from(app.look.screen.reader_text().width);
        let rows: Vec<String> = app.rows().iter().map(|r| r.text()).collect();
        for r in &rows {
            assert!(
                unicode_width::UnicodeWidthStr::width(r.as_str()) <= room,
                "{r:?}"
            );
        }
        assert!(
            rows.concat().replace(' ', "").contains(
                "これは説明のための薬です。とても長い文章が折り返されても、枠がずれてはいけません。🙂🙂"
            ),
            "{rows:?}"
        );
        // Every row of the panes has its vertical borders in the same columns, whether or not it
        // holds wide characters.
        let borders = |y: u16| -> Vec<u16> {
            (0..w)
                .filter(|&x| matches!(buf[(x, y)].symbol(), "│" | "┐" | "┘" | "┌" | "└"))
                .collect()
        };
        let (top, bottom) = (3, h - 4);
        let reference = borders(top);
        assert!(!reference.is_empty(), "{w}x{h}:\n{text}");
        for y in top..=bottom {
            assert_eq!(borders(y), reference, "row {y} at {w}x{h}:\n{text}");
        }
    }
}

/// Issue 26: the screen is laid out once per update into one record of what can be touched
/// where (`App::targets`). Every button and tab is drawn where the record says, with its
/// label, and a tap in the middle of it asks for what the record says: drawing and
/// hit-testing read the same record, at every size, in the kiosk and in Spanish.
#[test]
fn buttons_and_tabs_are_drawn_and_tapped_where_the_record_says() {
    use patient_guide::action::Pointer;
    use patient_guide::app::View;
    use patient_guide::i18n::Lang;
    let spanish = View {
        lang: Lang::Es,
        ..View::default()
    };
    let mut apps = Vec::new();
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        apps.push(app_at(w, h));
        // The interface in Spanish, on the fixture's Spanish guide (its buttons, tabs and words).
        let mut es = App::with(fixture_library(), 0, w, h, spanish, None);
        let _ = es.update(Back);
        apps.push(es);
        let mut kiosk = kiosk_at(w, h, None);
        let _ = kiosk.update(Enter);
        let _ = kiosk.update(Back);
        apps.push(kiosk);
    }
    for app in &apps {
        let targets = app.targets();
        assert!(!targets.buttons.is_empty());
        let buf = draw(app);
        let row_text = |r: ratatui::layout::Rect| -> String {
            (r.x..r.right())
                .flat_map(|x| (r.y..r.bottom()).map(move |y| (x, y)))
                .map(|(x, y)| buf[(x, y)].symbol().to_string())
                .collect()
        };
        for b in &targets.buttons {
            let drawn = (b.area.y..b.area.bottom())
                .map(|y| row_text(ratatui::layout::Rect::new(b.area.x, y, b.area.width, 1)))
                .collect::<Vec<_>>()
                .join("");
            let first = b.label.split_whitespace().next().unwrap();
            assert!(
                drawn.contains(first),
                "{:?} not drawn at {:?}: {drawn:?}\n{}",
                b.label,
                b.area,
                buffer_text(&buf)
            );
            let (x, y) = (b.area.x + b.area.width / 2, b.area.y + b.area.height / 2);
            assert_eq!(
                patient_guide::hit::action(app, Pointer::Click(x, y)),
                Some(b.action.clone()),
                "a tap on {:?}",
                b.label
            );
        }
        for (i, tab) in targets.tabs.iter().enumerate().filter(|(_, t)| t.width > 0) {
            let label = &app.tab_labels()[i];
            assert!(
                row_text(*tab).contains(label.as_str()),
                "tab {label:?} at {tab:?}"
            );
            assert_eq!(
                patient_guide::hit::action(app, Pointer::Click(tab.x + 1, tab.y)),
                Some(Section(i))
            );
        }
        // The record is the one the cursor reads too.
        assert_eq!(
            patient_guide::ui::focus(app, app.look.screen.area),
            targets.focus
        );
    }
}
