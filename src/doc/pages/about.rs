//! The About window: shown at start, and whenever asked for (the disclaimer is always a key away).
use super::{Guide, KeyNames, Tone, Writer, tr};

/// What the guide is and is for, the disclaimer, the review date and the label it follows.
pub(super) fn about(w: &mut Writer, guide: &Guide, keys: &KeyNames) {
    let lang = w.lang();
    w.text(&guide.title, Tone::Heading);
    w.text(
        &tr!(lang, "about-for", condition = &guide.condition),
        Tone::Body,
    );
    // What the guide is for, on the first screen as on paper.
    w.text(
        &tr!(lang, "print-purpose", title = &guide.title),
        Tone::Body,
    );
    w.blank();
    w.text(&guide.disclaimer, Tone::Heading);
    w.blank();
    w.text(
        &tr!(
            lang,
            "about-reviewed",
            date = crate::i18n::date_words(&guide.last_reviewed, lang)
        ),
        Tone::Body,
    );
    if let Some(note) = &guide.review_note {
        w.text(note, Tone::Body);
    }
    // Which label it follows, where the review note does not already say (Kesimpta's
    // does, in words a patient reads; About must fit a 80x24 screen).
    if let Some(label) = guide.label.as_ref().filter(|_| guide.review_note.is_none()) {
        w.text(&label.words(lang), Tone::Muted);
    }
    w.blank();
    w.text(
        &tr!(
            lang,
            "about-keys",
            enter = &keys.enter,
            digits = &keys.digits,
            help = &keys.help
        ),
        Tone::Keys,
    );
    w.text(&tr!(lang, "about-start"), Tone::Heading);
}
