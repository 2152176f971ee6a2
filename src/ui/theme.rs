//! Every style the app uses, in one place. Selection and focus never rely on colour alone
//! (reverse video and bold), body text keeps the terminal's own colours, and accents use the 16
//! basic colours. crossterm drops all colour when NO_COLOR is set.

use ratatui::style::{Color, Modifier, Style};

use crate::content::Tone;

pub struct Theme {
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
}

pub const THEME: Theme = Theme {
    body: Style::new(),
    heading: Style::new().add_modifier(Modifier::BOLD),
    cite: Style::new().fg(Color::Cyan),
    muted: Style::new().add_modifier(Modifier::DIM),
    title: Style::new().add_modifier(Modifier::BOLD),
    title_focused: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    border: Style::new().add_modifier(Modifier::DIM),
    border_focused: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    selected_focused: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    selected: Style::new()
        .add_modifier(Modifier::BOLD)
        .add_modifier(Modifier::UNDERLINED),
    disclaimer: Style::new().fg(Color::Yellow),
    button: Style::new().add_modifier(Modifier::BOLD),
};

impl Theme {
    /// A pane's (border, title) styles; the focused pane's title is in reverse video.
    pub fn pane(&self, focused: bool) -> (Style, Style) {
        if focused {
            (self.border_focused, self.title_focused)
        } else {
            (self.border, self.title)
        }
    }

    pub fn tone(&self, tone: Tone) -> Style {
        match tone {
            Tone::Body => self.body,
            Tone::Heading => self.heading,
            Tone::Cite => self.cite,
            Tone::Muted => self.muted,
        }
    }
}
