//! Every colour the app draws text in, against the background it will really have, meets WCAG's
//! 4.5:1: the dark theme on common dark terminals (xterm, the Linux console, GNOME's Tango on
//! Ubuntu's aubergine), the light theme on the graphical kiosk's xterm (its resources: black on
//! white) and on a light GNOME terminal, high contrast on the black it paints. The palettes are
//! the terminals' own 16 colours.

use patient_guide::ui::theme::{HIGH_CONTRAST, LIGHT, THEME, Theme};
use ratatui::style::{Color, Style};

type Palette = [u32; 16];
/// A terminal's colours, and whether it draws bold text in the bright colours.
type Terminal<'a> = (&'a Palette, bool);
/// What is checked: a name, the theme, the terminal, its foreground and background.
type Case<'a> = (&'a str, &'a Theme, Terminal<'a>, u32, u32);

/// XTerm's default colours (XTerm-col.ad).
const XTERM: Palette = [
    0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5, 0x7f7f7f,
    0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
];
/// The Linux console's VGA colours (plain yellow is brown).
const CONSOLE: Palette = [
    0x000000, 0xaa0000, 0x00aa00, 0xaa5500, 0x0000aa, 0xaa00aa, 0x00aaaa, 0xaaaaaa, 0x555555,
    0xff5555, 0x55ff55, 0xffff55, 0x5555ff, 0xff55ff, 0x55ffff, 0xffffff,
];
/// GNOME Terminal's Tango palette.
const TANGO: Palette = [
    0x2e3436, 0xcc0000, 0x4e9a06, 0xc4a000, 0x3465a4, 0x75507b, 0x06989a, 0xd3d7cf, 0x555753,
    0xef2929, 0x8ae234, 0xfce94f, 0x729fcf, 0xad7fa8, 0x34e2e2, 0xeeeeec,
];

fn index(c: Color) -> usize {
    match c {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        other => panic!("{other:?}: the themes use the 16 basic colours only"),
    }
}

/// WCAG relative luminance of an sRGB colour.
fn luminance(rgb: u32) -> f64 {
    let channel = |shift: u32| {
        let c = f64::from((rgb >> shift) & 0xff) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
}

fn ratio(a: u32, b: u32) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

fn styles(t: &Theme) -> Vec<(&'static str, Style)> {
    vec![
        ("base", t.base),
        ("body", t.body),
        ("heading", t.heading),
        ("cite", t.cite),
        ("muted", t.muted),
        ("title", t.title),
        ("border_focused", t.border_focused),
        ("disclaimer", t.disclaimer),
        ("button", t.button),
        ("term", t.term),
        ("link", t.link),
        ("found", t.found),
        ("mark", t.mark),
        ("bar", t.bar),
        ("bar_other", t.bar_other),
    ]
}

/// Every text colour of `theme` against `background` (a style's own background when it paints
/// one), with the terminal's `foreground` for text in its own colour; the pairs under 4.5:1.
///
/// With `bold_bright`, bold text in one of the first 8 colours is drawn in its bright twin, as
/// xterm (boldColors) and the Linux console draw it: bold red is #ff0000 in xterm, 4.0:1 on
/// white. (GNOME Terminal no longer does by default.)
fn too_faint(
    theme: &Theme,
    (palette, bold_bright): Terminal,
    foreground: u32,
    background: u32,
) -> Vec<String> {
    let base_bg = theme.base.bg.map_or(background, |c| palette[index(c)]);
    let base_fg = theme.base.fg.map_or(foreground, |c| palette[index(c)]);
    styles(theme)
        .into_iter()
        .filter_map(|(name, style)| {
            let bold = style.add_modifier.contains(ratatui::style::Modifier::BOLD);
            let colour = |c: Color| {
                let i = index(c);
                palette[if bold_bright && bold && i < 8 {
                    i + 8
                } else {
                    i
                }]
            };
            let fg = style.fg.map_or(base_fg, colour);
            let bg = style.bg.map_or(base_bg, |c| palette[index(c)]);
            let r = ratio(fg, bg);
            (r < 4.5).then(|| format!("{name}: #{fg:06x} on #{bg:06x} is {r:.2}:1"))
        })
        .collect()
}

#[test]
fn the_ratios_are_computed_as_wcag_does() {
    assert!((ratio(0x000000, 0xffffff) - 21.0).abs() < 0.01);
    assert!((ratio(0xffffff, 0xffffff) - 1.0).abs() < 0.01);
    // What the review measured on the graphical kiosk before the light theme.
    assert!(ratio(XTERM[3], 0xffffff) < 1.8, "yellow on white");
    assert!(ratio(XTERM[6], 0xffffff) < 2.1, "cyan on white");
}

#[test]
fn every_text_colour_reads_at_4_5_to_1_on_its_real_background() {
    let xterm = (&XTERM, true);
    let console = (&CONSOLE, true);
    let tango = (&TANGO, false);
    let cases: [Case; 8] = [
        (
            "dark theme, xterm on black",
            &THEME,
            xterm,
            0xe5e5e5,
            0x000000,
        ),
        (
            "dark theme, Linux console",
            &THEME,
            console,
            0xaaaaaa,
            0x000000,
        ),
        (
            "dark theme, Tango on aubergine",
            &THEME,
            tango,
            0xffffff,
            0x300a24,
        ),
        (
            "light theme, the kiosk's xterm (black on white)",
            &LIGHT,
            xterm,
            0x000000,
            0xffffff,
        ),
        (
            "light theme, Tango on white",
            &LIGHT,
            tango,
            0x171421,
            0xffffff,
        ),
        (
            "high contrast, xterm",
            &HIGH_CONTRAST,
            xterm,
            0x000000,
            0xffffff,
        ),
        (
            "high contrast, Linux console",
            &HIGH_CONTRAST,
            console,
            0xaaaaaa,
            0x000000,
        ),
        (
            "high contrast, Tango",
            &HIGH_CONTRAST,
            tango,
            0x171421,
            0xffffff,
        ),
    ];
    let mut faint = Vec::new();
    for (name, theme, palette, fg, bg) in cases {
        for f in too_faint(theme, palette, fg, bg) {
            faint.push(format!("{name}: {f}"));
        }
    }
    assert!(faint.is_empty(), "under 4.5:1:\n{}", faint.join("\n"));
    // The old dark theme on the kiosk's white: what made this test.
    assert!(!too_faint(&THEME, xterm, 0x000000, 0xffffff).is_empty());
}

#[test]
fn a_light_background_is_known_from_colorfgbg_and_picks_the_light_theme() {
    use patient_guide::settings::light_background;
    assert!(light_background("0;15"));
    assert!(light_background("0;default;7"));
    assert!(!light_background("15;0"));
    assert!(!light_background("default;default"));
    let view = patient_guide::app::View {
        light: true,
        ..Default::default()
    };
    assert_eq!(
        patient_guide::ui::theme::theme(&view).disclaimer,
        LIGHT.disclaimer
    );
    let view = patient_guide::app::View {
        light: true,
        high_contrast: true,
        ..Default::default()
    };
    assert_eq!(
        patient_guide::ui::theme::theme(&view).disclaimer,
        HIGH_CONTRAST.disclaimer
    );
}
