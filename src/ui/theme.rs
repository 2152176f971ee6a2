//! Every style and glyph the app draws with, in one place. Selection and focus never rely on
//! colour alone (reverse video and bold), body text keeps the terminal's own colours, and accents
//! use the 16 basic colours. crossterm drops all colour when NO_COLOR is set.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

use crate::app::View;
use crate::doc::Tone;

pub struct Theme {
    /// Under everything (high contrast paints the whole screen).
    pub base: Style,
    pub body: Style,
    pub heading: Style,
    pub cite: Style,
    pub muted: Style,
    pub title: Style,
    /// The title of the focused pane, so focus shows without colour.
    pub title_focused: Style,
    pub border: Style,
    pub border_focused: Style,
    /// A selected item in a focused pane.
    pub selected_focused: Style,
    /// A selected item in a pane without focus.
    pub selected: Style,
    pub disclaimer: Style,
    pub button: Style,
    /// A glossary term in running text.
    pub term: Style,
    /// A link to another topic.
    pub link: Style,
    /// A search match in text, and the current one.
    pub found: Style,
    pub found_current: Style,
    /// A figure's timeline markers, its first bars and the bars compared with them.
    pub mark: Style,
    pub bar: Style,
    pub bar_other: Style,
}

const BOLD: Modifier = Modifier::BOLD;
const REVERSED: Modifier = Modifier::REVERSED;

pub const THEME: Theme = Theme {
    base: Style::new(),
    body: Style::new(),
    heading: Style::new().add_modifier(BOLD),
    cite: Style::new().fg(Color::Cyan),
    muted: Style::new().add_modifier(Modifier::DIM),
    title: Style::new().add_modifier(BOLD),
    title_focused: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    border: Style::new().add_modifier(Modifier::DIM),
    border_focused: Style::new().fg(Color::Cyan).add_modifier(BOLD),
    selected_focused: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    selected: Style::new()
        .add_modifier(BOLD)
        .add_modifier(Modifier::UNDERLINED),
    // Light yellow: the Linux console's plain yellow is brown (#aa5500), 4.0:1 on black.
    disclaimer: Style::new().fg(Color::LightYellow),
    button: Style::new().add_modifier(BOLD),
    found: Style::new()
        .add_modifier(BOLD)
        .add_modifier(Modifier::UNDERLINED),
    found_current: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    term: Style::new().add_modifier(Modifier::UNDERLINED),
    link: Style::new()
        .fg(Color::Cyan)
        .add_modifier(BOLD)
        .add_modifier(Modifier::UNDERLINED),
    mark: Style::new().fg(Color::Cyan).add_modifier(BOLD),
    bar: Style::new().fg(Color::Cyan),
    bar_other: Style::new(),
};

/// For a light background (the graphical kiosk's xterm is black on white): yellow and cyan
/// are 1.7:1 and 2:1 there, so the accents are blue and the disclaimer red (4.7:1 and more on
/// the palettes `tests/contrast.rs` checks, bold drawn bright as xterm draws it), and nothing is
/// dimmed (dim grey on white is faint).
pub const LIGHT: Theme = Theme {
    cite: Style::new().fg(Color::Blue),
    muted: Style::new(),
    border: Style::new(),
    border_focused: Style::new().fg(Color::Blue).add_modifier(BOLD),
    // Not bold: xterm and the console draw bold red as bright red, 4.0:1 on white.
    disclaimer: Style::new().fg(Color::Red),
    link: Style::new()
        .fg(Color::Blue)
        .add_modifier(BOLD)
        .add_modifier(Modifier::UNDERLINED),
    mark: Style::new().fg(Color::Blue).add_modifier(BOLD),
    bar: Style::new().fg(Color::Blue),
    ..THEME
};

/// White on black, bold, nothing dimmed: for low vision and bright rooms. Light yellow, not
/// yellow: the Linux console's yellow is brown, 4.0:1 on black.
pub const HIGH_CONTRAST: Theme = Theme {
    base: Style::new().fg(Color::White).bg(Color::Black),
    body: Style::new()
        .fg(Color::White)
        .bg(Color::Black)
        .add_modifier(BOLD),
    heading: Style::new()
        .fg(Color::LightYellow)
        .add_modifier(BOLD)
        .add_modifier(Modifier::UNDERLINED),
    cite: Style::new().fg(Color::LightYellow).add_modifier(BOLD),
    muted: Style::new().fg(Color::White).add_modifier(BOLD),
    title: Style::new().fg(Color::White).add_modifier(BOLD),
    title_focused: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    border: Style::new().fg(Color::White),
    border_focused: Style::new().fg(Color::LightYellow).add_modifier(BOLD),
    selected_focused: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    selected: Style::new()
        .add_modifier(BOLD)
        .add_modifier(Modifier::UNDERLINED),
    disclaimer: Style::new().fg(Color::LightYellow).add_modifier(BOLD),
    button: Style::new().fg(Color::White).add_modifier(BOLD),
    found: Style::new()
        .fg(Color::LightYellow)
        .add_modifier(BOLD)
        .add_modifier(Modifier::UNDERLINED),
    found_current: Style::new().add_modifier(REVERSED).add_modifier(BOLD),
    term: Style::new()
        .fg(Color::White)
        .add_modifier(BOLD)
        .add_modifier(Modifier::UNDERLINED),
    link: Style::new()
        .fg(Color::LightYellow)
        .add_modifier(BOLD)
        .add_modifier(Modifier::UNDERLINED),
    mark: Style::new().fg(Color::LightYellow).add_modifier(BOLD),
    bar: Style::new().fg(Color::LightYellow),
    bar_other: Style::new().fg(Color::White),
};

/// Phone cameras read dark modules on a light ground.
const QR: Style = Style::new().fg(Color::Black).bg(Color::White);

impl Theme {
    pub fn tone(&self, tone: Tone) -> Style {
        match tone {
            Tone::Body => self.body,
            Tone::Heading => self.heading,
            Tone::Cite => self.cite,
            Tone::Muted | Tone::Keys => self.muted,
            Tone::Match => self.found,
            Tone::Qr => QR,
            Tone::Term => self.term,
            Tone::Link => self.link,
            Tone::Mark => self.mark,
            Tone::Bar => self.bar,
            Tone::BarOther => self.bar_other,
        }
    }

    /// A pane's (border, title) styles; the focused pane's title is in reverse video.
    pub fn pane(&self, focused: bool) -> (Style, Style) {
        if focused {
            (self.border_focused, self.title_focused)
        } else {
            (self.border, self.title)
        }
    }
}

pub use crate::doc::glyphs::Glyphs;

/// A box drawn with these glyphs.
pub fn border(glyphs: &'static Glyphs) -> border::Set<'static> {
    let [top_left, top_right, bottom_left, bottom_right] = glyphs.corners;
    border::Set {
        top_left,
        top_right,
        bottom_left,
        bottom_right,
        vertical_left: glyphs.vertical,
        vertical_right: glyphs.vertical,
        horizontal_top: glyphs.horizontal,
        horizontal_bottom: glyphs.horizontal,
    }
}

pub fn theme(view: &View) -> &'static Theme {
    if view.high_contrast {
        &HIGH_CONTRAST
    } else if view.light {
        &LIGHT
    } else {
        &THEME
    }
}

/// Every theme, with its name and the background it is drawn on (None: the terminal's own, dark
/// or light as named; high contrast paints its own black), for the contrast test.
pub const ALL: [(&str, &Theme); 3] = [
    ("dark", &THEME),
    ("light", &LIGHT),
    ("high contrast", &HIGH_CONTRAST),
];

pub fn glyphs(view: &View) -> &'static Glyphs {
    crate::doc::glyphs::glyphs(view.ascii)
}
