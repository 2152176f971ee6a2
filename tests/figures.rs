//! Figures: the format's checks (each with its line and column), how they are drawn at 80x24 and
//! 200x60 (labels and numbers a person reads, bars to scale, ASCII, no colour needed, large
//! layout), going through steps one at a time, and `print`.

use crate::common;
use common::*;
use patient_guide::action::Action::*;
use patient_guide::app::{App, View};
use ratatui::buffer::Buffer;

/// The demo guide with one figure (`id = "f"`) in the "schedule" topic, placed between two
/// paragraphs. `figure` is the figure's keys.
pub(crate) fn guide_with(figure: &str) -> String {
    with(
        "body = \"Once a month.\"\ncites = [\"pi 2\"]\n",
        &format!(
            "body = \"\"\"\nOnce a month.\n\n[[figure:f]]\n\nAsk your nurse.\n\"\"\"\ncites = [\"pi 2\"]\n\n\
             [[sections.topics.figures]]\nid = \"f\"\n{figure}\n"
        ),
    )
}

pub(crate) const TIMELINE: &str = r#"kind = "timeline"
title = "When each dose is due"
summary = "Doses in Weeks 0, 1 and 2, none in Week 3, then monthly from Week 4."
cites = ["pi 2"]
unit = "week"
events = [
  { at = 0, label = "1st dose" },
  { at = 1, label = "2nd dose" },
  { at = 2, label = "3rd dose" },
  { at = 3, label = "No dose", skip = true },
  { at = 4, label = "4th dose" },
]
then = "Then one dose every month""#;

pub(crate) const BARS: &str = r#"kind = "bars"
title = "Relapses per person per year"
summary = "Half as many relapses on the medicine."
cites = ["pi 14"]
unit = "per-year"
bars = [
  { group = "Trial I", label = "Demo", value = 0.11 },
  { group = "Trial I", label = "Other", value = 0.22 },
  { group = "Trial II", label = "Demo", value = 0.10 },
  { group = "Trial II", label = "Other", value = 0.25 },
]
note = "Lower is better.""#;

pub(crate) const ICONS: &str = r#"kind = "icons"
title = "Disability that got worse"
summary = "About 11 in 100 people on the medicine and 15 in 100 on the other had it get worse."
cites = ["pi 14"]
marked = "had it got worse"
people = [
  { label = "Demo", value = 10.9 },
  { label = "Other", value = 15 },
]
note = "Fewer marked people is better.""#;

pub(crate) const STEPS: &str = r#"kind = "steps"
title = "Getting ready"
summary = "Warm it up, do not shake it, pick a spot, inject."
cites = ["leaflet"]
steps = [
  "Take it out of the fridge 30 minutes before.",
  "Do not shake it.",
  "Pick your belly or thigh.",
  "Inject it as your nurse showed you.",
]"#;

mod format {
    use super::*;

    #[test]
    fn each_kind_loads_with_its_data() {
        for figure in [TIMELINE, BARS, STEPS, ICONS] {
            let g = parse(&guide_with(figure)).unwrap_or_else(|e| panic!("{e:#?}"));
            let t = &g.sections[2].topics[0];
            assert_eq!(t.figures.len(), 1);
            assert_eq!(t.body[1], patient_guide::guide::Block::Figure(0));
        }
    }

    #[test]
    fn an_icon_array_needs_what_a_mark_means_people_in_100_and_only_its_own_keys() {
        let src = guide_with(&ICONS.replace("marked = \"had it got worse\"\n", ""));
        let e = assert_one_error_at(
            &src,
            "\"icons\"",
            "icons figure `f` does not say what a marked icon means",
        );
        assert!(e.expected.unwrap().contains("marked = "));
        let src = guide_with(&ICONS.replace("value = 15 }", "value = 150 }"));
        assert_one_error_at(&src, "150", "`Other` has 150 people in 100");
        let src = guide_with(&ICONS.replace(
            "cites = [\"pi 14\"]",
            "cites = [\"pi 14\"]\nunit = \"percent\"",
        ));
        assert_one_error_at(&src, "\"percent\"", "`unit` is not used by a icons figure");
        let src = guide_with(&format!("{ICONS}\nbars = []"));
        assert_one_error_at(&src, "[]", "`bars` is not used by a icons figure");
        let src = guide_with(&ICONS.replace(
            "{ label = \"Demo\", value = 10.9 },\n",
            "{ label = \"Demo\" },\n",
        ));
        assert_one_error_at(&src, "{ label = \"Demo\" }", "`Demo` has no value");
        let src =
            guide_with(&BARS.replace("unit = \"per-year\"", "unit = \"per-year\"\nmarked = \"x\""));
        assert_one_error_at(&src, "\"x\"", "`marked` is not used by a bars figure");
        let none = &ICONS[..ICONS.find("people = [").unwrap()];
        assert_one_error_at(
            &guide_with(none),
            "\"icons\"",
            "icons figure `f` has no `people`",
        );
    }

    #[test]
    fn nan_and_infinity_are_not_numbers_a_patient_can_read() {
        for bad in ["nan", "inf", "-inf"] {
            let src = guide_with(&BARS.replace("value = 0.22", &format!("value = {bad}")));
            let e = assert_one_error_at(&src, bad, "value must be an ordinary number");
            assert!(!e.message.contains("float"), "{}", e.message);
        }
    }

    #[test]
    fn a_timeline_without_a_unit_or_with_an_unknown_one() {
        let src = guide_with(&TIMELINE.replace("unit = \"week\"\n", ""));
        let e = assert_one_error_at(&src, "\"timeline\"", "a timeline figure needs a unit");
        assert!(e.expected.unwrap().contains("day, week, month, year"));
        let src = guide_with(&TIMELINE.replace("\"week\"", "\"fortnight\""));
        assert_one_error_at(&src, "\"fortnight\"", "unknown unit `fortnight`");
    }

    #[test]
    fn a_timeline_without_events_or_with_an_empty_list() {
        let no_events = TIMELINE.split("events = [").next().unwrap().to_string() + "then = \"x\"";
        let src = guide_with(&no_events);
        assert_one_error_at(&src, "\"timeline\"", "has no `events`");
        let src = guide_with(&(no_events.replace("then = \"x\"", "events = []")));
        assert_one_error_at(&src, "[]", "has an empty `events` list");
    }

    #[test]
    fn an_event_without_a_time_or_label_or_out_of_order() {
        let src = guide_with(&TIMELINE.replace(
            "{ at = 1, label = \"2nd dose\" }",
            "{ label = \"2nd dose\" }",
        ));
        assert_one_error_at(
            &src,
            "{ label = \"2nd dose\" }",
            "event `2nd dose` has no time",
        );
        let src = guide_with(&TIMELINE.replace("{ at = 1, label = \"2nd dose\" }", "{ at = 1 }"));
        assert_one_error_at(&src, "{ at = 1 }", "an event with no label");
        let src = guide_with(&TIMELINE.replace("at = 1,", "at = \"one\","));
        assert_one_error_at(&src, "\"one\"", "at must be a number, not string");
        let src = guide_with(&TIMELINE.replace("at = 4,", "at = 2.5,"));
        assert_one_error_at(
            &src,
            "2.5",
            "events must be in time order: 2.5 is listed after 3",
        );
    }

    #[test]
    fn a_bar_label_without_a_value_and_other_bar_mistakes() {
        let src = guide_with(&BARS.replace("label = \"Other\", value = 0.22", "label = \"Other\""));
        let e = assert_one_error_at(
            &src,
            "{ group = \"Trial I\", label = \"Other\" }",
            "`Other` has no value",
        );
        assert!(e.expected.unwrap().contains("value = "));
        let src = guide_with(&BARS.replace("label = \"Demo\", value = 0.11", "value = 0.11"));
        assert_one_error_at(
            &src,
            "{ group = \"Trial I\", value = 0.11 }",
            "a bar with no label",
        );
        let src = guide_with(&BARS.replace("\"per-year\"", "\"furlongs\""));
        let e = assert_one_error_at(
            &src,
            "\"furlongs\"",
            "unknown unit `furlongs` for a bars figure",
        );
        assert!(e.expected.unwrap().contains("percent, per-year"));
        let src = guide_with(&BARS.replace("value = 0.22", "value = -0.22"));
        assert_one_error_at(&src, "-0.22", "value cannot be negative");
        let src = guide_with(&BARS.replace("value = 0.22", "value = \"0.22\""));
        assert_one_error_at(&src, "\"0.22\"", "value must be a number, not string");
    }

    #[test]
    fn steps_need_steps_and_take_no_unit() {
        let src =
            guide_with(&(STEPS.split("steps = [").next().unwrap().to_string() + "steps = []"));
        assert_one_error_at(&src, "[]", "steps figure `f` has an empty `steps` list");
        let src =
            guide_with(&STEPS.replace("kind = \"steps\"", "kind = \"steps\"\nunit = \"week\""));
        assert_one_error_at(&src, "\"week\"", "`unit` is not used by a steps figure");
        let src = guide_with(&STEPS.replace("\"Do not shake it.\"", "\"  \""));
        assert_one_error_at(&src, "\"  \"", "step is empty");
    }

    #[test]
    fn keys_of_another_kind_unknown_keys_and_unknown_kinds() {
        let src = guide_with(&format!("{TIMELINE}\nsteps = [\"a\"]"));
        assert_one_error_at(&src, "[\"a\"]", "`steps` is not used by a timeline figure");
        let src = guide_with(&format!("{BARS}\ncolour = \"red\""));
        let e = assert_one_error_at(&src, "colour", "unknown key `colour`.");
        assert!(e.line().is_some());
        let src = guide_with(&STEPS.replace("\"steps\"", "\"pie\""));
        assert_one_error_at(&src, "\"pie\"", "unknown value `pie`.");
    }

    #[test]
    fn a_figure_needs_a_summary_and_a_source() {
        let src = guide_with(&STEPS.replace("cites = [\"leaflet\"]", "cites = []"));
        assert_one_error_at(&src, "[]", "figure cites no source");
        let src = guide_with(&STEPS.replace(
            "summary = \"Warm it up, do not shake it, pick a spot, inject.\"",
            "summary = \"\"",
        ));
        let errs = errors(&src);
        assert_eq!(errs.len(), 1, "{errs:#?}");
        assert_eq!(errs[0].message, "figure summary is empty");
        let (line, col) = position(&src, "summary = \"\"");
        assert_eq!(
            (errs[0].line(), errs[0].column()),
            (Some(line), Some(col + 10))
        );
    }

    #[test]
    fn a_figure_is_placed_once_on_its_own_line() {
        let src = guide_with(STEPS).replace("\n[[figure:f]]\n", "\n");
        assert_one_error_at(
            &src,
            "\"f\"\nkind",
            "figure `f` is not placed in the topic's body",
        );
        // A misspelt figure line is one mistake: reported where it is written, with the
        // topic's figures (issue 17: the figure is not also reported as not placed).
        let src = guide_with(STEPS).replace("[[figure:f]]", "[[figure:g]]");
        let errs = errors(&src);
        assert_eq!(errs.len(), 1, "{errs:#?}");
        assert_eq!(
            errs[0].message,
            "the body places unknown figure `g`. Did you mean `f`?"
        );
        let (line, col) = position(&src, "[[figure:g]]");
        assert_eq!((errs[0].line(), errs[0].column()), (Some(line), Some(col)));
        assert!(
            errs[0]
                .expected
                .as_ref()
                .unwrap()
                .contains("one of this topic's figures: f")
        );
        let src = guide_with(STEPS).replace("Ask your nurse.", "[[figure:f]]");
        assert_one_error_at(&src, "[[figure:f]]\n\"\"\"", "figure `f` is placed twice");
        // Inside a paragraph it is not drawn: one error, there (issue 29: not also "not placed").
        let src = guide_with(STEPS).replace("\n\n[[figure:f]]\n", " [[figure:f]]\n");
        let errs = errors(&src);
        assert_eq!(errs.len(), 1, "{errs:#?}");
        assert_eq!(errs[0].message, "a figure must be on a line of its own");
        let (line, col) = position(&src, "[[figure:f]]");
        assert_eq!((errs[0].line(), errs[0].column()), (Some(line), Some(col)));
    }
}

/// The app on a guide with this figure, reading its topic, at a size.
pub(crate) fn reading(figure: &str, w: u16, h: u16, view: View) -> App {
    let g = parse(&guide_with(figure)).unwrap();
    let mut app = App::with(vec![g], 0, w, h, view, None);
    let _ = run(&mut app, &[Back, Section(2), Enter]);
    if w < 100 {
        let _ = run(&mut app, &[Enter]);
    }
    app
}

/// Each screen row as text (wide characters take one char, which figures do not use).
pub(crate) fn lines(buf: &Buffer) -> Vec<String> {
    buffer_text(buf).lines().map(str::to_string).collect()
}

/// How many cells of `glyph` the row holding `label`'s bar has, found after `group`.
fn bar_cells(rows: &[String], group: &str, label: &str, glyph: char) -> usize {
    let start = rows.iter().position(|r| r.contains(group)).unwrap();
    let row = rows[start..].iter().find(|r| r.contains(label)).unwrap();
    row.chars().filter(|c| *c == glyph).count()
}

mod drawn {
    use super::*;

    #[test]
    fn the_timeline_shows_every_time_marker_and_label_in_columns() {
        for (w, h) in [(80, 24), (200, 60)] {
            let app = reading(TIMELINE, w, h, View::default());
            let s = screen(&app);
            let rows: Vec<&str> = s.lines().collect();
            let ticks = rows.iter().position(|r| r.contains("Week 0")).unwrap();
            let col = |row: &str, text: &str| row[..row.find(text).unwrap()].chars().count();
            for (n, (week, label)) in [
                ("Week 0", "1st dose"),
                ("Week 3", "No dose"),
                ("Week 4", "4th dose"),
            ]
            .into_iter()
            .enumerate()
            {
                let x = col(rows[ticks], week);
                assert_eq!(col(rows[ticks + 2], label), x, "{w}x{h} {n}:\n{s}");
                let mark = rows[ticks + 1].chars().nth(x).unwrap();
                assert_eq!(mark, if week == "Week 3" { '○' } else { '●' }, "{s}");
            }
            assert!(s.contains("Then one dose every month"), "{s}");
            assert!(s.contains("When each dose is due"), "{s}");
            assert!(s.contains("Source: [1]"), "{s}");
            // It sits between the paragraphs.
            let at = |t: &str| s.find(t).unwrap();
            assert!(at("Once a month.") < at("Week 0") && at("Week 0") < at("Ask your nurse."));
        }
    }

    #[test]
    fn a_narrow_pane_wraps_the_timeline_into_bands() {
        let many: String = (0..12)
            .map(|i| format!("  {{ at = {i}, label = \"Dose {i}\" }},\n"))
            .collect();
        let figure = format!(
            "{}events = [\n{many}]",
            &TIMELINE[..TIMELINE.find("events").unwrap()]
        );
        let app = reading(&figure, 80, 40, View::default());
        let s = screen(&app);
        for i in 0..12 {
            assert!(s.contains(&format!("Week {i}")), "Week {i}:\n{s}");
            assert!(s.contains(&format!("Dose {i}")), "Dose {i}:\n{s}");
        }
        let axes = s.lines().filter(|l| l.contains("──●")).count();
        assert!(axes >= 2, "more than one band:\n{s}");
        for l in s.lines() {
            assert!(l.chars().count() <= 80, "{l}");
        }
    }

    #[test]
    fn bars_show_every_label_and_number_and_are_to_scale() {
        for (w, h) in [(80, 24), (200, 60)] {
            let app = reading(BARS, w, h, View::default());
            let s = screen(&app);
            for text in [
                "Trial I",
                "Trial II",
                "0.11 a year",
                "0.22 a year",
                "0.10 a year",
                "0.25 a year",
                "Lower is better.",
            ] {
                assert!(s.contains(text), "{w}x{h} lacks {text:?}:\n{s}");
            }
            let rows = lines(&draw(&app));
            let small = bar_cells(&rows, "Trial I", "Demo", '█');
            let double = bar_cells(&rows, "Trial I", "Other", '▒');
            let largest = bar_cells(&rows, "Trial II", "Other", '▒');
            // 0.22 is twice 0.11: its bar is about twice as long (within a cell of rounding).
            assert!(
                double.abs_diff(2 * small) <= 1,
                "{small} vs {double} at {w}x{h}:\n{s}"
            );
            // 0.25 fills the room; 0.22 is 88% of it.
            let ratio = double as f64 / largest as f64;
            assert!((ratio - 0.88).abs() < 0.05, "{double}/{largest} at {w}x{h}");
            // The number is right after its bar.
            let row = rows.iter().find(|r| r.contains("0.25 a year")).unwrap();
            assert!(row.contains("▒ 0.25 a year"), "{row}");
        }
    }

    /// The glyphs of the icon arrays in the topic's laid-out rows: (marked, not marked) in the
    /// left array and in the right one (split at `column`).
    fn icon_counts(app: &App, marked: char, other: char) -> [(usize, usize); 2] {
        let rows: Vec<String> = app.rows().iter().map(|r| r.text()).collect();
        // The labels row, then "about N in 100", then the ten rows of icons.
        let heads = rows.iter().position(|r| r.contains("Demo")).unwrap();
        let column = rows[heads][..rows[heads].find("Other").unwrap()]
            .chars()
            .count();
        let mut out = [(0, 0); 2];
        for row in &rows[heads + 2..heads + 12] {
            for (i, c) in row.chars().enumerate() {
                let side = usize::from(i >= column);
                if c == marked {
                    out[side].0 += 1;
                } else if c == other {
                    out[side].1 += 1;
                }
            }
        }
        out
    }

    #[test]
    fn an_icon_array_marks_that_many_people_in_100_side_by_side() {
        for (w, h) in [(80, 24), (200, 60)] {
            let app = reading(ICONS, w, h, View::default());
            let text: Vec<String> = app.rows().iter().map(|r| r.text()).collect();
            let all = text.join("\n");
            for t in [
                "Disability that got worse",
                "About 11 in 100 people",
                "about 11 in 100",
                "15 in 100",
                "● = had it got worse\n○ = everyone else",
                "Fewer marked people is better.",
            ] {
                assert!(all.contains(t), "{w}x{h} lacks {t:?}:\n{all}");
            }
            // Both arrays stand side by side: their labels share a row.
            let heads = text
                .iter()
                .position(|r| r.contains("Demo") && r.contains("Other"))
                .unwrap_or_else(|| panic!("side by side at {w}x{h}:\n{all}"));
            // 10.9 rounds to 11 marked people, 15 to 15; 100 icons in each array.
            assert_eq!(
                icon_counts(&app, '●', '○'),
                [(11, 89), (15, 85)],
                "{w}x{h}:\n{all}"
            );
            // Ten rows of ten; the first row of the left array is full, the second has one.
            let first = &text[heads + 2];
            assert!(first.starts_with("● ● ● ● ● ● ● ● ● ●"), "{first}");
            assert!(text[heads + 3].starts_with("● ○ ○"), "{}", text[heads + 3]);
            // What is on screen is what was laid out.
            let s = screen(&app);
            assert!(s.contains("about 11 in 100"), "{s}");
        }
    }

    #[test]
    fn an_icon_array_in_ascii_high_contrast_and_large() {
        let ascii = View {
            ascii: true,
            ..View::default()
        };
        let app = reading(ICONS, 80, 24, ascii);
        let all: String = app.rows().iter().map(|r| r.text() + "\n").collect();
        assert!(all.is_ascii(), "{all}");
        assert!(
            all.contains("# = had it got worse\n. = everyone else"),
            "{all}"
        );
        assert_eq!(icon_counts(&app, '#', '.'), [(11, 89), (15, 85)]);
        assert!(console_safe(&screen(&app)));

        let contrast = View {
            high_contrast: true,
            ..View::default()
        };
        let app = reading(ICONS, 200, 60, contrast);
        let buf = draw(&app);
        let (x, y) = find_on_screen(&buf, "● ● ●").unwrap();
        assert_ne!(
            buf[(x, y)].fg,
            buf[(x + 20, y + 9)].fg,
            "marked and not differ in style too"
        );

        let large = View {
            large: true,
            ..View::default()
        };
        let app = reading(ICONS, 200, 60, large);
        let rows: Vec<String> = app.rows().iter().map(|r| r.text()).collect();
        let first = rows.iter().position(|r| r.starts_with("● ● ●")).unwrap();
        // Spaced text, but the array's ten rows stay together.
        for r in &rows[first..first + 10] {
            assert!(r.contains('●') || r.contains('○'), "{rows:#?}");
        }
    }

    #[test]
    fn without_colour_the_two_bars_differ_by_their_glyph() {
        let app = reading(BARS, 80, 24, View::default());
        let buf = draw(&app);
        let rows = lines(&buf);
        assert!(bar_cells(&rows, "Trial I", "Demo", '█') > 0);
        assert!(bar_cells(&rows, "Trial I", "Demo", '▒') == 0);
        assert!(bar_cells(&rows, "Trial I", "Other", '▒') > 0);
    }

    #[test]
    fn ascii_high_contrast_and_large_views_draw_figures_too() {
        let ascii = View {
            ascii: true,
            ..View::default()
        };
        let s = screen(&reading(TIMELINE, 80, 24, ascii));
        assert!(console_safe(&s), "{s}");
        assert!(
            s.contains("--*---------*---------*---------o---------*"),
            "{s}"
        );
        // Wide enough for `then` beside the arrow; its own "→" becomes ASCII too.
        let arrow = TIMELINE.replace("Then one dose", "Then → one dose");
        let s = screen(&reading(&arrow, 200, 60, ascii));
        assert!(console_safe(&s), "{s}");
        assert!(s.contains("-------> Then > one dose every month"), "{s}");
        let s = screen(&reading(BARS, 80, 24, ascii));
        assert!(console_safe(&s), "{s}");
        assert!(
            s.contains("#### 0.11 a year") || s.contains("# 0.11 a year"),
            "{s}"
        );
        assert!(s.contains("= 0.22 a year"), "{s}");

        let contrast = View {
            high_contrast: true,
            ..View::default()
        };
        let app = reading(BARS, 200, 60, contrast);
        let s = screen(&app);
        assert!(s.contains("0.25 a year"), "{s}");

        let large = View {
            large: true,
            ..View::default()
        };
        let app = reading(TIMELINE, 200, 60, large);
        let s = screen(&app);
        let rows: Vec<&str> = s.lines().collect();
        let ticks = rows.iter().position(|r| r.contains("Week 0")).unwrap();
        // Spaced text, but a timeline's rows stay together.
        assert!(rows[ticks + 1].contains('●'), "{s}");
        assert!(rows[ticks + 2].contains("1st dose"), "{s}");
    }
}
