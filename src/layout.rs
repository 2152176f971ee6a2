//! Screen geometry: where each pane goes for a terminal size. Shared by rendering and by mouse
//! hit-testing, so a click always lands on what was drawn there.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::doc::{Link, Row};
use crate::i18n::{Lang, tr};
use crate::text::display_width;

/// Below this size the app asks for a larger window instead of drawing a cramped layout.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this width on, topics and text sit side by side.
pub const WIDE_WIDTH: u16 = 100;
/// Longer lines are hard to follow, so text wraps at this width even on a wide screen.
pub const MAX_TEXT_WIDTH: u16 = 96;
/// The large layout's shorter lines, for reading from a step away.
pub const LARGE_TEXT_WIDTH: u16 = 64;
/// Height of the kiosk's button bar (buttons with a border, for large touch targets).
pub const KIOSK_BAR_HEIGHT: u16 = 3;

/// What changes the layout besides the size.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Kiosk mode: a bar of big buttons instead of key hints.
    pub kiosk: bool,
    /// The large layout: more padding and shorter lines.
    pub large: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    TooSmall,
    /// One pane at a time: sections, then topics, then text.
    Narrow,
    /// Tabs on top, topic list on the left, text on the right.
    Wide,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    pub mode: Mode,
    pub options: Options,
    pub area: Rect,
    /// Guide title and review date.
    pub title: Rect,
    /// Section tabs (wide) or the back button and breadcrumb (narrow).
    pub nav: Rect,
    /// Wide: the topic list. Narrow: the one visible pane (sections, topics or text).
    pub list: Rect,
    /// Wide: the reading pane. Narrow: the same area as `list`.
    pub reader: Rect,
    /// The short disclaimer, always on screen.
    pub disclaimer: Rect,
    /// Key hints, which are also buttons (kiosk: the button bar).
    pub keys: Rect,
}

/// The screen's rows: title, navigation, body, disclaimer and keys (the kiosk's bar is
/// taller). What the layout solver gives for them (a test checks), worked out directly when
/// they fit: the solver costs a tenth of a millisecond at start-up.
fn rows(area: Rect, options: Options) -> [Rect; 5] {
    let keys = if options.kiosk { KIOSK_BAR_HEIGHT } else { 1 };
    let constraints = [
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(keys),
    ];
    if area.height < 3 + keys {
        return Layout::vertical(constraints).areas(area);
    }
    let row = |y: u16, height: u16| Rect {
        y: area.y + y,
        height,
        ..area
    };
    let body = area.height - 3 - keys;
    [
        row(0, 1),
        row(1, 1),
        row(2, body),
        row(2 + body, 1),
        row(3 + body, keys),
    ]
}

impl Screen {
    pub fn new(width: u16, height: u16, options: Options) -> Self {
        let area = Rect::new(0, 0, width, height);
        let mode = if width < MIN_WIDTH || height < MIN_HEIGHT {
            Mode::TooSmall
        } else if width < WIDE_WIDTH {
            Mode::Narrow
        } else {
            Mode::Wide
        };
        let [title, nav, body, disclaimer, keys] = rows(area, options);
        let (list, reader) = if mode == Mode::Wide {
            // A third of the screen, 28 to 44 columns: at 120 columns the topics list shows 38
            // (Spanish titles like "Embarazo y métodos anticonceptivos" whole) and the text still
            // has about 76, a comfortable line to read.
            let list_width = (width / 3).clamp(28, 44);
            // What `Layout::horizontal([Length(list_width), Fill(1)])` gives (a test checks),
            // without its solver: a wide screen is wider than the longest list.
            let list = Rect {
                width: list_width,
                ..body
            };
            let reader = Rect {
                x: body.x + list_width,
                width: body.width - list_width,
                ..body
            };
            (list, reader)
        } else {
            (body, body)
        };
        Self {
            mode,
            options,
            area,
            title,
            nav,
            list,
            reader,
            disclaimer,
            keys,
        }
    }

    /// Where windows are centred: the whole screen, except on a kiosk, where the disclaimer
    /// and the button bar under it stay in view and in reach (Get help, Back) over any window.
    pub fn windows(&self) -> Rect {
        if self.options.kiosk && self.mode != Mode::TooSmall {
            Rect {
                height: self.disclaimer.y.saturating_sub(self.area.y),
                ..self.area
            }
        } else {
            self.area
        }
    }

    /// The text area inside the reading pane's border, with one column of padding each side, and
    /// no wider than `MAX_TEXT_WIDTH`.
    pub fn reader_text(&self) -> Rect {
        let (pad, max) = if self.options.large {
            (4, LARGE_TEXT_WIDTH)
        } else {
            (2, MAX_TEXT_WIDTH)
        };
        let r = inner(self.reader, pad);
        Rect {
            width: r.width.min(max),
            ..r
        }
    }

    /// The rows inside a list pane's border.
    pub fn list_rows(&self) -> Rect {
        inner(self.list, 1)
    }
}

fn inner(r: Rect, pad_x: u16) -> Rect {
    Rect {
        x: r.x.saturating_add(pad_x),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(pad_x * 2),
        height: r.height.saturating_sub(2),
    }
}

/// The first visible row of a list of `len` rows, `height` tall, so that `selected` is visible.
pub fn list_offset(selected: usize, height: usize) -> usize {
    if height == 0 {
        selected
    } else {
        selected.saturating_sub(height - 1)
    }
}

/// The centred window used by windows (help, sources, about).
pub fn window_area(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).min(84).max(area.width.min(20));
    let height = area.height.saturating_sub(2);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// The text area inside a window.
pub fn window_text_area(area: Rect) -> Rect {
    inner(window_area(area), 2)
}

/// Lays out labelled buttons left to right on one row, two spaces apart; those that do not fit are
/// left out.
pub fn buttons<T: Clone>(row: Rect, items: &[(String, T)]) -> Vec<(Rect, T)> {
    let mut x = row.x;
    let end = row.x.saturating_add(row.width);
    let mut out = Vec::new();
    for (label, item) in items {
        let w = crate::text::display_width(label) as u16;
        if x.saturating_add(w) > end {
            break;
        }
        out.push((Rect::new(x, row.y, w, 1), item.clone()));
        x = x.saturating_add(w + 2);
    }
    out
}

/// Where each section tab sits on the tab row. Tabs are padded by one space each side and sit
/// side by side, so two spaces separate their labels;
/// when they do not all fit, the row shifts so the selected tab is visible. Tabs off screen get
/// an empty rectangle.
/// Tab labels cut to fit a row of `width` columns, so that every section's tab is in view: the
/// longest are cut first, each keeping its number and at least its first letters ("2 Who it…").
/// Labels that fit are left whole.
pub fn fit_tabs(labels: Vec<String>, width: u16) -> Vec<String> {
    let chars: Vec<Vec<char>> = labels.iter().map(|l| l.chars().collect()).collect();
    // How many of each label's characters are kept: all, or a start followed by "…".
    let mut kept: Vec<usize> = chars.iter().map(Vec::len).collect();
    let shown = |i: usize, kept: usize| -> String {
        if kept == chars[i].len() {
            labels[i].clone()
        } else {
            // A cut never ends on a space: "2 Who …" reads as a finished word.
            let start: String = chars[i][..kept].iter().collect();
            format!("{}…", start.trim_end())
        }
    };
    // "12 Ab…": the number, a space and two letters are always kept.
    let least: Vec<usize> = chars
        .iter()
        .map(|l| l.iter().position(|c| *c == ' ').map_or(l.len(), |i| i + 3))
        .collect();
    let mut widths: Vec<usize> = (0..chars.len())
        .map(|i| display_width(&shown(i, kept[i])) + 2)
        .collect();
    while widths.iter().sum::<usize>() > usize::from(width) {
        // The first cut takes two characters to make room for the "…"; the next, one each.
        let after = |i: usize| {
            if kept[i] == chars[i].len() {
                kept[i].checked_sub(2)
            } else {
                kept[i].checked_sub(1)
            }
        };
        let Some(i) = (0..chars.len())
            .filter(|&i| after(i).is_some_and(|k| k >= least[i]))
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)))
        else {
            break;
        };
        kept[i] = after(i).unwrap_or(kept[i]);
        widths[i] = display_width(&shown(i, kept[i])) + 2;
    }
    (0..chars.len()).map(|i| shown(i, kept[i])).collect()
}

pub fn tabs(row: Rect, labels: &[String], selected: usize) -> Vec<Rect> {
    let widths: Vec<u16> = labels
        .iter()
        .map(|l| crate::text::display_width(l) as u16 + 2)
        .collect();
    let mut starts = Vec::with_capacity(widths.len());
    let mut x = 0u16;
    for w in &widths {
        starts.push(x);
        x = x.saturating_add(*w);
    }
    let shift = match (starts.get(selected), widths.get(selected)) {
        (Some(&s), Some(&w)) if s + w > row.width => s + w - row.width,
        _ => 0,
    };
    starts
        .iter()
        .zip(&widths)
        .map(|(&s, &w)| {
            if s < shift || s - shift + w > row.width {
                Rect::default()
            } else {
                Rect::new(row.x + s - shift, row.y, w, 1)
            }
        })
        .collect()
}

/// The "Back" button at the start of the narrow layout's navigation row.
pub fn back_button(nav: Rect, lang: Lang) -> Rect {
    Rect::new(
        nav.x,
        nav.y,
        display_width(&back_label(lang)).min(nav.width.into()) as u16,
        1,
    )
}

/// "< Back", in `lang`.
pub fn back_label(lang: Lang) -> String {
    format!("< {}", tr!(lang, "button-back"))
}

/// The kiosk's buttons (`actions`, from the key tables' kiosk bar), sharing the bar's width.
pub fn kiosk_buttons(
    bar: Rect,
    actions: &[crate::action::Action],
) -> Vec<(Rect, crate::action::Action)> {
    let n = actions.len().max(1) as u16;
    let width = bar.width / n;
    actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let x = bar.x + width * i as u16;
            // The last button takes what is left of the bar.
            let w = if i as u16 == n - 1 {
                bar.width - width * (n - 1)
            } else {
                width
            };
            (Rect::new(x, bar.y, w, bar.height), a.clone())
        })
        .collect()
}

/// The kiosk welcome screen: where the title, the language buttons, each guide, the disclaimer
/// and the prompt go.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Welcome {
    pub title: Rect,
    pub subtitle: Rect,
    /// One button per language, in `Lang::ALL` order, side by side.
    pub languages: Vec<Rect>,
    pub guides: Vec<Rect>,
    pub disclaimer: Rect,
    pub prompt: Rect,
}

/// The welcome screen's guide rows, and when there are more guides than rows, the last row,
/// which opens the list of all guides instead.
pub fn welcome_rows(w: &Welcome, guides: usize) -> (&[Rect], Option<Rect>) {
    match w.guides.split_last() {
        Some((last, rest)) if guides > w.guides.len() => (rest, Some(*last)),
        _ => (&w.guides, None),
    }
}

/// Lays the welcome screen out in the middle of the area, with room between the parts so it can
/// be read from a step away. Guides that do not fit are left out.
pub fn welcome(area: Rect, guides: usize, lang: Lang, key: &str) -> Welcome {
    let width = area.width.saturating_sub(4).min(90);
    let x = area.x + (area.width - width) / 2;
    let list = (guides as u16).min(area.height.saturating_sub(12).max(1));
    // title, blank, subtitle, blank, languages, blank, guides, blank, disclaimer (3 rows),
    // blank, prompt
    let total = 1 + 1 + 1 + 1 + 1 + 1 + list + 1 + 3 + 1 + 1;
    let mut y = area.y + area.height.saturating_sub(total) / 2;
    let mut take = |h: u16| {
        let r = Rect::new(x, y, width, h).intersection(area);
        y = y.saturating_add(h);
        r
    };
    let title = take(1);
    take(1);
    let subtitle = take(1);
    take(1);
    let row = take(1);
    take(1);
    let labels = language_buttons(lang, key);
    const GAP: u16 = 3;
    let widths: Vec<u16> = labels
        .iter()
        .map(|(_, l)| display_width(l) as u16)
        .collect();
    let all = widths.iter().sum::<u16>() + GAP * (widths.len() as u16).saturating_sub(1);
    let mut bx = row.x + row.width.saturating_sub(all) / 2;
    let languages = widths
        .iter()
        .map(|w| {
            let r = Rect::new(bx, row.y, *w, row.height).intersection(row);
            bx = bx.saturating_add(w + GAP);
            r
        })
        .collect();
    let guides = (0..list).map(|_| take(1)).collect();
    take(1);
    let disclaimer = take(3);
    take(1);
    let prompt = take(1);
    Welcome {
        title,
        subtitle,
        languages,
        guides,
        disclaimer,
        prompt,
    }
}

/// The welcome screen's language buttons, each named in its own language; the others also show
/// the key that switches ("Español (L)" on the English screen).
pub fn language_buttons(current: Lang, key: &str) -> Vec<(Lang, String)> {
    Lang::ALL
        .iter()
        .map(|&l| {
            let label = if l == current {
                format!(" {} ", l.name())
            } else {
                format!(" {} ({key}) ", l.name())
            };
            (l, label)
        })
        .collect()
}

/// The reading pane's scroll buttons, on its border: "Up" at the right of the top border and
/// "More" at the left of the bottom border, so the text can be paged by touch alone.
pub fn scroll_buttons(reader: Rect, lang: Lang) -> (Rect, Rect) {
    let (up, down) = scroll_labels(lang);
    let up_w = (display_width(&up) as u16).min(reader.width.saturating_sub(2));
    let down_w = (display_width(&down) as u16).min(reader.width.saturating_sub(2));
    let up = Rect::new(
        reader.x + reader.width.saturating_sub(up_w + 1),
        reader.y,
        up_w,
        1.min(reader.height),
    );
    let down = Rect::new(
        reader.x + 1.min(reader.width),
        reader.y + reader.height.saturating_sub(1),
        down_w,
        1.min(reader.height),
    );
    (up, down)
}

/// Labels of the scroll buttons, " ▲ Up " and " ▼ More " in `lang`; their arrows are one column
/// in Unicode and in ASCII.
pub fn scroll_labels(lang: Lang) -> (String, String) {
    (
        format!(" ▲ {} ", tr!(lang, "button-up")),
        format!(" ▼ {} ", tr!(lang, "button-more")),
    )
}

/// Each piece of `row` that links somewhere, where it is drawn on screen row `y` of `text`
/// (cut to `text`).
pub fn row_links(row: &Row, text: Rect, y: u16) -> Vec<(Rect, Link)> {
    let mut out = Vec::new();
    let mut column = 0usize;
    let line = Rect::new(text.x, y, text.width, 1);
    for piece in &row.pieces {
        let width = display_width(&piece.text);
        if let Some(link) = piece.link {
            let at = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
            let area = Rect::new(text.x.saturating_add(at(column)), y, at(width), 1);
            let area = area.intersection(line);
            if !area.is_empty() {
                out.push((area, link));
            }
        }
        column += width;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn labels(words: &[&str]) -> Vec<String> {
        words
            .iter()
            .enumerate()
            .map(|(i, w)| format!("{} {w}", i + 1))
            .collect()
    }

    #[test]
    fn every_tab_is_in_view_at_100_columns_in_english_and_spanish() {
        let en = labels(&[
            "How it works",
            "Who it is for",
            "How to take it",
            "Safety",
            "Everyday",
            "Questions",
            "Trials",
            "Glossary",
        ]);
        let es = labels(&[
            "Cómo funciona",
            "Para quién es",
            "Cómo usarlo",
            "Seguridad",
            "Día a día",
            "Preguntas",
            "Estudios",
            "Glosario",
        ]);
        for list in [en, es] {
            let fitted = fit_tabs(list.clone(), 100);
            let row = Rect::new(0, 0, 100, 1);
            let rects = tabs(row, &fitted, 0);
            assert!(rects.iter().all(|r| r.width > 0), "{fitted:?}");
            for (full, cut) in list.iter().zip(&fitted) {
                // Cut from the end only, keeping the number and a word's start.
                let kept = cut.trim_end_matches('…');
                assert!(full.starts_with(kept), "{full} -> {cut}");
                assert!(kept.chars().count() >= 4, "{cut}");
            }
        }
        // Labels that fit are not cut.
        let short = labels(&["One", "Two"]);
        assert_eq!(fit_tabs(short.clone(), 100), short);
    }

    proptest! {
        /// The screen's areas, worked out directly, are what the layout solver gives.
        #[test]
        fn the_screen_is_laid_out_as_the_solver_would(
            width in 0u16..400,
            height in 0u16..200,
            kiosk: bool,
            large: bool,
        ) {
            let options = Options { kiosk, large };
            let screen = Screen::new(width, height, options);
            let area = Rect::new(0, 0, width, height);
            let keys = if kiosk { KIOSK_BAR_HEIGHT } else { 1 };
            let solved: [Rect; 5] = Layout::vertical([
                Constraint::Length(1),
                Constraint::Length(1),
                Constraint::Fill(1),
                Constraint::Length(1),
                Constraint::Length(keys),
            ])
            .areas(area);
            let body = solved[2];
            prop_assert_eq!(
                [screen.title, screen.nav, body, screen.disclaimer, screen.keys],
                solved
            );
            if screen.mode == Mode::Wide {
                let [list, reader] = Layout::horizontal([
                    Constraint::Length((width / 3).clamp(28, 44)),
                    Constraint::Fill(1),
                ])
                .areas(body);
                prop_assert_eq!((screen.list, screen.reader), (list, reader));
            } else {
                prop_assert_eq!((screen.list, screen.reader), (body, body));
            }
        }
    }
}
