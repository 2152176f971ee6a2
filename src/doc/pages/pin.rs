//! The staff PIN window of a kiosk's staff exit.
use super::{Context, Tone, Writer, tr};

/// What to type, how to cancel, the digits as a mask, and whether the last PIN was wrong.
pub(super) fn pin(w: &mut Writer, cx: &Context, ascii: bool) {
    let lang = w.lang();
    let keys = cx.keys;
    let (digits, wrong) = cx.pin;
    w.text(&tr!(lang, "pin-intro", check = &keys.pin_check), Tone::Body);
    w.text(
        &tr!(lang, "pin-cancel", cancel = &keys.pin_cancel),
        Tone::Muted,
    );
    w.blank();
    let mask = crate::doc::glyphs::glyphs(ascii).pin_mask;
    w.text(
        &tr!(lang, "pin-typed", mask = mask.repeat(digits.len())),
        Tone::Heading,
    );
    if wrong {
        w.blank();
        w.text(&tr!(lang, "pin-wrong"), Tone::Heading);
    }
}
