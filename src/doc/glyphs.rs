//! Every glyph the app draws, in one table for Unicode terminals and one for the Linux console
//! (ASCII only). Pages, figures and the drawing all take theirs from here.

#[derive(Debug)]
pub struct Glyphs {
    /// A box's corners (top left, top right, bottom left, bottom right) and its sides
    /// (vertical, horizontal).
    pub corners: [&'static str; 4],
    pub vertical: &'static str,
    pub horizontal: &'static str,
    /// Marks the selected item in a list.
    pub marker: &'static str,
    pub ellipsis: &'static str,
    /// Between the guide's title and its condition.
    pub dot: &'static str,
    /// Between parts of the breadcrumb.
    pub crumb: &'static str,
    /// Before a bullet point, with its spaces.
    pub bullet: &'static str,
    /// One typed digit of the staff PIN.
    pub pin_mask: &'static str,
    /// The right answer and a wrong one, in "check yourself"; empty where words say it in
    /// the reader's language (`quiz-mark-right`, `quiz-mark-wrong`).
    pub right: &'static str,
    pub wrong: &'static str,
    /// Back and forward buttons in the steps and check-yourself windows.
    pub back: &'static str,
    pub forward: &'static str,
    /// A timeline's axis, an event on it, a stretch skipped, and its arrow (also before the
    /// steps link).
    pub axis: &'static str,
    pub mark: &'static str,
    pub skip: &'static str,
    pub arrow: &'static str,
    /// Bars of the first and of the other series in a group, so they differ without colour.
    pub bar: [&'static str; 2],
    /// A person who had it, and one who did not, in an icon array.
    pub person: [&'static str; 2],
}

pub const UNICODE: Glyphs = Glyphs {
    corners: ["┌", "┐", "└", "┘"],
    vertical: "│",
    horizontal: "─",
    marker: "›",
    ellipsis: "…",
    dot: "·",
    crumb: "›",
    bullet: " • ",
    pin_mask: "●",
    right: "✓",
    wrong: "✗",
    back: "◀",
    forward: "▶",
    axis: "─",
    mark: "●",
    skip: "○",
    arrow: "▶",
    bar: ["█", "▒"],
    person: ["●", "○"],
};

/// For the Linux console and other terminals with few glyphs.
pub const ASCII: Glyphs = Glyphs {
    corners: ["+", "+", "+", "+"],
    vertical: "|",
    horizontal: "-",
    marker: ">",
    ellipsis: "...",
    dot: "-",
    crumb: ">",
    bullet: " * ",
    pin_mask: "*",
    right: "",
    wrong: "",
    back: "<",
    forward: ">",
    axis: "-",
    mark: "*",
    skip: "o",
    arrow: ">",
    bar: ["#", "="],
    person: ["#", "."],
};

/// The glyphs for a view: ASCII only, or Unicode.
pub fn glyphs(ascii: bool) -> &'static Glyphs {
    if ascii { &ASCII } else { &UNICODE }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_glyphs_are_ascii() {
        let g = &ASCII;
        let all = [
            g.vertical,
            g.horizontal,
            g.marker,
            g.ellipsis,
            g.dot,
            g.crumb,
            g.bullet,
            g.pin_mask,
            g.back,
            g.forward,
            g.axis,
            g.mark,
            g.skip,
            g.arrow,
        ];
        for s in all.iter().chain(&g.corners).chain(&g.bar).chain(&g.person) {
            assert!(s.is_ascii(), "{s:?}");
        }
    }
}
