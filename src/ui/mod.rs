//! Drawing: `render(&App, &mut Frame)` is pure (state in, frame out). One file per part of the
//! screen; every style and glyph comes from `theme`; every position from `crate::layout`.

mod chrome;
mod focus;
mod kiosk;
mod lists;
mod reader;
pub mod theme;
mod window;

pub use focus::focus;

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::app::{App, Pane};
use crate::doc::Row;
use crate::doc::pages::WindowKind;
use crate::layout::{self, MIN_HEIGHT, MIN_WIDTH, Mode, Screen};
use crate::text::display_width;
use theme::{Glyphs, Theme};

/// A stretch of a row drawn highlighted: a search match (the current one stronger) or the chosen
/// link. Counted in characters of the row's text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Highlight {
    pub start: usize,
    pub len: usize,
    pub current: bool,
}

/// What every part of the screen needs to draw itself.
pub(crate) struct Ui<'a> {
    pub app: &'a App,
    pub screen: Screen,
    /// What can be touched where: the buttons and tabs are drawn where the record says.
    pub targets: std::borrow::Cow<'a, crate::app::Targets>,
    pub theme: &'static Theme,
    pub glyphs: &'static Glyphs,
}

pub fn render(app: &App, frame: &mut Frame) {
    // Lay out for the frame actually being drawn, even before the app has seen the resize event.
    let screen = if frame.area() == app.look.screen.area {
        app.look.screen
    } else {
        Screen::new(
            frame.area().width,
            frame.area().height,
            app.look.screen.options,
        )
    };
    let targets = if screen == app.look.screen {
        std::borrow::Cow::Borrowed(app.targets())
    } else {
        std::borrow::Cow::Owned(app.targets_on(screen))
    };
    let ui = Ui {
        app,
        screen,
        targets,
        theme: theme::theme(&app.look.view),
        glyphs: theme::glyphs(&app.look.view),
    };
    // The buffer starts each frame blank; only a theme with its own colours paints it.
    if ui.theme.base != ratatui::style::Style::new() {
        frame.render_widget(Block::new().style(ui.theme.base), frame.area());
    }
    if screen.mode == Mode::TooSmall {
        too_small(&ui, frame);
        return;
    }
    if app.welcome().is_some() {
        kiosk::welcome(&ui, frame);
        // A notice (the staff exit locked) takes the top row there too.
        if app.look.notice.is_some() {
            chrome::title(&ui, frame);
        }
        // The staff PIN can be asked for on the welcome screen too: it must be seen there.
        if let Some(kind) = app.window_kind().filter(|o| *o == WindowKind::Pin) {
            let window = window::WindowPane { ui: &ui, kind };
            frame.render_widget(window, layout::window_area(screen.windows()));
        }
    } else {
        chrome::title(&ui, frame);
        chrome::nav(&ui, frame);
        match screen.mode {
            Mode::Wide => {
                frame.render_widget(lists::topics(&ui), screen.list);
                frame.render_widget(reader::ReaderPane(&ui), screen.reader);
            }
            _ => match app.reading.focus {
                Pane::Sections => frame.render_widget(lists::sections(&ui), screen.list),
                Pane::Topics => frame.render_widget(lists::topics(&ui), screen.list),
                Pane::Reader => frame.render_widget(reader::ReaderPane(&ui), screen.reader),
            },
        }
        chrome::footer(&ui, frame);
        if let Some(kind) = app.window_kind() {
            let window = window::WindowPane { ui: &ui, kind };
            frame.render_widget(window, layout::window_area(screen.windows()));
        }
    }
    if let Some(left) = app.countdown() {
        kiosk::countdown(&ui, left, frame);
    }
}

/// Rows that fit already (a topic's or a window's, wrapped; a list's, cut and padded), set one a
/// line from the top of `area`: cheaper than a Paragraph, which would style the whole area and
/// measure every row again.
fn set_rows(buf: &mut ratatui::buffer::Buffer, area: Rect, lines: &[Line]) {
    for (y, line) in (area.y..area.bottom()).zip(lines) {
        buf.set_line(area.x, y, line, area.width);
    }
}

/// The scroll buttons that show ("▲ Up", "▼ More"), each where the record puts it.
fn draw_pages(ui: &Ui, pages: &[crate::app::Page], buf: &mut ratatui::buffer::Buffer) {
    use ratatui::widgets::Widget;
    let (up, down) = layout::scroll_labels(ui.app.lang());
    for page in pages {
        let label = match page.way {
            crate::action::Way::Up => &up,
            crate::action::Way::Down => &down,
        };
        Paragraph::new(Line::styled(ui.text(label), ui.theme.selected_focused))
            .render(page.area, buf);
    }
}

fn too_small(ui: &Ui, frame: &mut Frame) {
    let area = frame.area();
    let msg = crate::i18n::tr!(
        ui.app.lang(),
        "too-small",
        min_width = MIN_WIDTH,
        min_height = MIN_HEIGHT,
        width = area.width,
        height = area.height
    );
    let top = area.height.saturating_sub(3) / 2;
    let mut lines = vec![Line::default(); top.into()];
    lines.push(Line::styled(msg, ui.theme.heading));
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        area,
    );
}

impl Ui<'_> {
    /// Text from a guide, made ASCII when the view asks for it.
    /// Control and invisible characters never reach the terminal: the loader refuses them, and
    /// should one slip through, it is drawn as U+FFFD (or `?`).
    fn text<'s>(&self, s: &'s str) -> Cow<'s, str> {
        crate::text::clean(s, self.app.look.view.ascii)
    }

    /// Cuts text to `width` columns, ending with an ellipsis when something was cut: at the end
    /// of a word when one ends in the second half of the room ("sclerosis…", not "scler…"), and
    /// never after an opening bracket or a separator.
    fn truncate(&self, text: &str, width: usize) -> String {
        let text = self.text(text);
        if display_width(&text) <= width {
            return text.into_owned();
        }
        let room = width.saturating_sub(display_width(self.glyphs.ellipsis));
        let mut out = String::new();
        let mut w = 0;
        let mut rest = text.chars();
        for c in rest.by_ref() {
            let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if w + cw > room {
                // A word cut in two: back to the end of the word before, if that keeps enough.
                if c.is_alphanumeric()
                    && out.ends_with(char::is_alphanumeric)
                    && let Some(space) = out.rfind(' ')
                    && display_width(&out[..space]) * 2 >= room
                {
                    out.truncate(space);
                }
                break;
            }
            out.push(c);
            w += cw;
        }
        let kept = out
            .trim_end_matches(|c: char| c.is_whitespace() || "(·,;:-–—".contains(c))
            .len();
        out.truncate(kept);
        if width >= display_width(self.glyphs.ellipsis) {
            out.push_str(self.glyphs.ellipsis);
        }
        out
    }

    /// Whether the open window is drawn over all of `area` (it clears what is under it): what is
    /// there need not be drawn. The welcome screen draws its windows elsewhere.
    fn under_window(&self, area: Rect) -> bool {
        let window = layout::window_area(self.screen.windows());
        self.app.window_kind().is_some()
            && self.app.welcome().is_none()
            && window.union(area) == window
    }

    /// One laid-out row as a styled line.
    fn line<'r>(&self, row: &'r Row) -> Line<'r> {
        Line::from(
            row.pieces
                .iter()
                .map(|p| Span::styled(p.text.as_str(), self.theme.tone(p.tone)))
                .collect::<Vec<_>>(),
        )
    }

    /// A row with some characters marked as search matches: (first char, length, is current).
    fn marked_line(&self, row: &Row, marks: &[Highlight]) -> Line<'static> {
        let mut spans: Vec<Span<'static>> = Vec::new();
        let mut i = 0;
        for p in &row.pieces {
            for c in p.text.chars() {
                let style = match marks.iter().find(|m| i >= m.start && i < m.start + m.len) {
                    Some(m) if m.current => self.theme.found_current,
                    Some(_) => self.theme.found,
                    None => self.theme.tone(p.tone),
                };
                match spans.last_mut() {
                    Some(s) if s.style == style => s.content.to_mut().push(c),
                    _ => spans.push(Span::styled(c.to_string(), style)),
                }
                i += 1;
            }
        }
        Line::from(spans)
    }

    /// A bordered pane with its title; focus shows in the title, not only in colour.
    fn pane(&self, title: &str, focused: bool, area: Rect) -> Block<'static> {
        let (border, title_style) = self.theme.pane(focused);
        Block::bordered()
            .border_set(theme::border(self.glyphs))
            .border_style(border)
            .title(Span::styled(
                self.truncate(&format!(" {title} "), area.width.saturating_sub(2).into()),
                title_style,
            ))
    }
}
