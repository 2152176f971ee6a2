//! The Help window: made from the key table, so it is never out of step with the keys.
use super::{Context, Tone, Writer, choices, piece, tr};

/// On a kiosk first the touch menu, then every key and what it does, then the disclaimer.
pub(super) fn help(w: &mut Writer, cx: &Context) {
    let lang = w.lang();
    let guide = cx.guide;
    // A touch screen's way to what the button bar has no room for.
    if !cx.choices.is_empty() {
        w.text(&tr!(lang, "help-touch-menu"), Tone::Heading);
        choices(w, &cx.choices, Tone::Link, "    ");
        w.blank();
    }
    let help = &cx.help;
    let key_width = help.iter().map(|(k, _)| k.len()).max().unwrap_or(0) + 2;
    for (keys, what) in help {
        let lead = format!("{keys:<key_width$}");
        let rest = " ".repeat(key_width);
        w.wrap(&[piece(what, Tone::Body, None)], &lead, &rest);
    }
    w.blank();
    w.text(&guide.disclaimer, Tone::Muted);
}
