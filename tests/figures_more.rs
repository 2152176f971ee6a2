//! Figures, continued: going through steps one at a time, figures in `print`, and pictures
//! (drawn as written, read by their summary).

use super::figures::{BARS, ICONS, STEPS, TIMELINE, guide_with, lines, reading};
use crate::common;
use common::*;
use patient_guide::action::Action::{self, *};
use patient_guide::app::{App, View};
use patient_guide::doc::pages::WindowKind;

mod steps {
    use super::*;

    fn step_screen(app: &App) -> String {
        screen(app)
    }

    #[test]
    fn p_goes_through_the_steps_one_at_a_time() {
        let mut app = reading(STEPS, 80, 24, View::default());
        let s = screen(&app);
        assert!(
            s.contains(" 1. Take it out of the fridge 30 minutes before."),
            "{s}"
        );
        assert!(s.contains("Go through the 4 steps one at a time"), "{s}");
        let _ = app.update(Action::Steps);
        assert_eq!(app.window_kind(), Some(WindowKind::Steps(0)));
        let s = step_screen(&app);
        assert!(s.contains("Step 1 of 4"), "{s}");
        assert!(
            s.contains("Take it out of the fridge 30 minutes before."),
            "{s}"
        );
        assert!(
            !s.contains("Previous step"),
            "no going back from the first:\n{s}"
        );
        let _ = run(&mut app, &[Right, Right]);
        let s = step_screen(&app);
        assert!(s.contains("Step 3 of 4"), "{s}");
        assert!(s.contains("Pick your belly or thigh."), "{s}");
        assert!(s.contains("Previous step"), "{s}");
        let _ = run(&mut app, &[Left]);
        assert!(step_screen(&app).contains("Step 2 of 4"));
        let _ = run(&mut app, &[Bottom, Right]);
        let s = step_screen(&app);
        assert!(s.contains("Step 4 of 4"), "stays on the last:\n{s}");
        assert!(s.contains("Done: back to the topic"), "{s}");
        let _ = run(&mut app, &[Enter]);
        assert_eq!(app.window_kind(), None);
        assert!(screen(&app).contains("Ask your nurse."));
    }

    #[test]
    fn taps_on_the_buttons_and_on_the_topic_line_work_too() {
        let mut app = reading(STEPS, 80, 24, View::default());
        let _ = tap(&mut app, "Go through the 4 steps");
        assert_eq!(app.window_kind(), Some(WindowKind::Steps(0)));
        let _ = tap(&mut app, "Next step");
        assert!(screen(&app).contains("Step 2 of 4"));
        let _ = tap(&mut app, "Previous step");
        assert!(screen(&app).contains("Step 1 of 4"));
        let _ = app.update(Back);
        assert_eq!(app.window_kind(), None);
    }

    #[test]
    fn p_on_a_topic_without_steps_changes_nothing() {
        let mut app = reading(BARS, 80, 24, View::default());
        let before = screen(&app);
        let _ = app.update(Action::Steps);
        assert_eq!(app.window_kind(), None);
        assert_eq!(screen(&app), before);
    }
}

mod print {
    use super::*;
    use patient_guide::print::{Format, print};

    fn printed(figure: &str, format: Format) -> String {
        let g = parse(&guide_with(figure)).unwrap();
        print(&g, Some("dose"), format).unwrap()
    }

    #[test]
    fn each_figure_prints_its_summary_and_its_data() {
        let t = printed(TIMELINE, Format::Text);
        assert!(
            t.contains("Figure: When each dose is due\n\nDoses in Weeks 0, 1 and 2"),
            "{t}"
        );
        assert!(t.contains("Week   What happens\n-----  "), "{t}");
        assert!(t.contains("\n3      No dose\n"), "{t}");
        assert!(t.contains("\nLater  Then one dose every month\n"), "{t}");
        // The sources are listed once, at the end, with the places cited.
        assert!(
            t.contains("[1] Demo Prescribing Information. Publisher: Demo Pharma. Version: 1. Where to find it: example.org/demo. Sections cited: 2.\n"),
            "{t}"
        );
        assert!(!t.contains("Figure sources:"), "{t}");

        // Groups down, what is compared across: a simple table with short headings.
        let t = printed(BARS, Format::Text);
        assert!(t.contains("\n          Demo         Other\n"), "{t}");
        assert!(t.contains("\nTrial I   0.11 a year  0.22 a year\n"), "{t}");
        assert!(t.contains("\nTrial II  0.10 a year  0.25 a year\n"), "{t}");
        assert!(t.contains("Lower is better."), "{t}");

        let t = printed(STEPS, Format::Text);
        assert!(t.contains("Figure: Getting ready\n\nWarm it up"), "{t}");
        assert!(
            t.contains("\n1. Take it out of the fridge 30 minutes before.\n2. Do not shake it.\n"),
            "{t}"
        );

        let md = printed(BARS, Format::Markdown);
        assert!(
            md.contains("**Figure: Relapses per person per year**"),
            "{md}"
        );
        assert!(
            md.contains("|          | Demo        | Other       |\n|-"),
            "{md}"
        );
        assert!(
            md.contains("| Trial II | 0.10 a year | 0.25 a year |"),
            "{md}"
        );

        let t = printed(ICONS, Format::Text);
        assert!(
            t.contains("Who    In 100 people, had it got worse\n"),
            "{t}"
        );
        assert!(t.contains("\nDemo   about 11\nOther  15\n"), "{t}");
    }
}

/// A picture: drawn line by line as written (ASCII, so the Linux console shows it too), its
/// summary read instead by the screen-reader mode; checked for what it may hold.
mod picture {
    use super::*;

    const PICTURE: &str = r#"kind = "picture"
title = "Where to inject"
summary = "A body from the front: 1 is the belly."
cites = ["pi 2"]
art = [
  '   ( )',
  '  --|-- 1',
  '   / \',
]
note = "1 belly."
"#;

    #[test]
    fn it_is_drawn_as_written_in_every_look() {
        for view in [
            View::default(),
            View {
                ascii: true,
                ..View::default()
            },
            View {
                large: true,
                ..View::default()
            },
        ] {
            let app = reading(PICTURE, 80, 40, view);
            let rows = lines(&draw(&app));
            let at = rows
                .iter()
                .position(|r| r.contains("   ( )"))
                .unwrap_or_else(|| panic!("{view:?}\n{}", rows.join("\n")));
            // The lines follow one another, even in the large look's spacing.
            assert!(rows[at + 1].contains("  --|-- 1"), "{view:?}");
            assert!(rows[at + 2].contains("   / \\"), "{view:?}");
        }
    }

    #[test]
    fn print_draws_it_and_the_screen_reader_text_says_only_its_summary() {
        let g = parse(&guide_with(PICTURE)).unwrap();
        let paper =
            patient_guide::print::print(&g, Some("dose"), patient_guide::print::Format::Text)
                .unwrap();
        assert!(
            paper.contains("\n       ( )\n      --|-- 1\n       / \\\n"),
            "{paper}"
        );
        let topic = &g.sections[2].topics[0];
        let spoken = patient_guide::print::topic_text(&g, topic);
        assert!(
            spoken.contains("A body from the front: 1 is the belly."),
            "{spoken}"
        );
        assert!(!spoken.contains("--|--"), "{spoken}");
    }

    #[test]
    fn its_lines_must_be_plain_ascii_narrow_enough_and_present() {
        let accented = PICTURE.replace("'   ( )',", "'   ( ) é',");
        let errs = errors(&guide_with(&accented));
        assert!(
            errs.iter()
                .any(|e| e.message.contains("which is not a plain ASCII character")),
            "{errs:#?}"
        );
        let wide = PICTURE.replace("'   ( )',", &format!("'{}',", "x".repeat(61)));
        let errs = errors(&guide_with(&wide));
        assert!(
            errs.iter()
                .any(|e| e.message == "a picture line is 61 characters wide; the most is 60"),
            "{errs:#?}"
        );
        let empty = PICTURE.replace(
            "art = [\n  '   ( )',\n  '  --|-- 1',\n  '   / \\',\n]\n",
            "art = []\n",
        );
        let errs = errors(&guide_with(&empty));
        assert!(
            errs.iter()
                .any(|e| e.message == "picture figure `f` has an empty `art` list"),
            "{errs:#?}"
        );
        // `art` belongs to pictures only.
        let stray = format!("{TIMELINE}\nart = ['x']\n");
        let errs = errors(&guide_with(&stray));
        assert!(
            errs.iter()
                .any(|e| e.message.contains("`art` is not used by")),
            "{errs:#?}"
        );
    }
}
