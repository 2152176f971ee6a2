//! The My questions windows: the patient's list (with its QR code on a kiosk), adding a question
//! about the topic, writing one's own, and quitting with questions not saved.
use super::{Context, Tone, Writer, choices, msg, piece, tr};

/// The questions about the topic that can be added to My questions.
pub(super) fn add_question(w: &mut Writer, cx: &Context) {
    let lang = w.lang();
    let keys = cx.keys;
    w.text(
        &tr!(lang, "add-question-intro", enter = &keys.enter),
        Tone::Keys,
    );
    choices(w, &cx.choices, Tone::Body, "  ");
}

/// Quitting with questions not saved: save then quit, quit without saving, or stay.
pub(super) fn confirm_quit(w: &mut Writer, cx: &Context) {
    let lang = w.lang();
    let keys = cx.keys;
    w.text(
        &tr!(lang, "quit-unsaved", count = cx.unsaved),
        Tone::Heading,
    );
    w.text(&tr!(lang, "quit-choose", enter = &keys.enter), Tone::Keys);
    choices(w, &cx.choices, Tone::Body, "  ");
}

/// Writing a question of one's own.
pub(super) fn write_question(w: &mut Writer, cx: &Context) {
    let lang = w.lang();
    let keys = cx.keys;
    let intro = if cx.kiosk {
        tr!(
            lang,
            "write-question-touch",
            enter = &keys.enter,
            back = &keys.back
        )
    } else {
        tr!(
            lang,
            "write-question-intro",
            enter = &keys.enter,
            back = &keys.back
        )
    };
    w.text(&intro, Tone::Muted);
    w.blank();
    w.wrap(
        &[piece(&format!("{}_", cx.draft), Tone::Heading, None)],
        "> ",
        "  ",
    );
    // A touch screen has no keys: the kiosk's keyboard, right under what is written.
    if cx.kiosk {
        let capital = super::keyboard::starts_sentence(cx.draft);
        super::keyboard::keyboard(w, super::keyboard::Board::Question { capital });
    }
}

/// The buttons under a kiosk's list (items after the questions, which are items 0..): write a
/// question of one's own, remove the chosen question, move it up, move it down.
pub const QUESTIONS_WRITE: usize = usize::MAX - 3;
pub const QUESTIONS_REMOVE: usize = usize::MAX - 2;
pub const QUESTIONS_UP: usize = usize::MAX - 1;
pub const QUESTIONS_DOWN: usize = usize::MAX;

/// "My questions": the list, what can be done with it, and in kiosk mode its QR code.
pub(super) fn my_questions(w: &mut Writer, cx: &Context, ascii: bool) {
    let keys = cx.keys;
    let lang = w.lang();
    // The result of saving comes first, where it is seen without scrolling.
    if let Some(status) = cx.status {
        w.text(status, Tone::Heading);
        w.blank();
    }
    if cx.my_questions.is_empty() {
        w.text(&tr!(lang, "questions-empty"), Tone::Heading);
        w.text(
            &tr!(
                lang,
                "questions-how",
                add = &keys.add_question,
                write = &keys.write_question
            ),
            Tone::Body,
        );
    }
    for (i, q) in cx.my_questions.iter().enumerate() {
        let lead = format!("{:>2}. ", i + 1);
        let rest = " ".repeat(lead.len());
        w.wrap_item(&[piece(q, Tone::Body, None)], &lead, &rest, i);
    }
    w.blank();
    let mut hint = tr!(
        lang,
        "questions-keys",
        write = &keys.write_question,
        remove = &keys.remove_question,
        up = &keys.move_up,
        down = &keys.move_down,
    );
    if !cx.kiosk {
        hint.push_str(&tr!(lang, "questions-keys-save", save = &keys.save));
    }
    w.text(&hint, Tone::Keys);
    if !cx.kiosk {
        return;
    }
    // A touch screen has no keys to press: a button writes a question (on the screen's own
    // keyboard), and a question is touched to choose it, then buttons remove it or move it.
    w.blank();
    let write = format!("[ {} ]", tr!(lang, "questions-button-write"));
    w.wrap_item(
        &[piece(&write, Tone::Link, None)],
        "  ",
        "  ",
        QUESTIONS_WRITE,
    );
    if cx.my_questions.is_empty() {
        return;
    }
    w.blank();
    w.text(&tr!(lang, "questions-touch"), Tone::Keys);
    for (item, id) in [
        (QUESTIONS_REMOVE, msg!("questions-button-remove")),
        (QUESTIONS_UP, msg!("questions-button-up")),
        (QUESTIONS_DOWN, msg!("questions-button-down")),
    ] {
        let label = format!("[ {} ]", crate::i18n::t(lang, id));
        w.wrap_item(&[piece(&label, Tone::Link, None)], "  ", "  ", item);
    }
    w.blank();
    let list = crate::questions::as_text(cx.guide, cx.my_questions, lang);
    let code = match crate::questions::qr_rows(&list, ascii, lang) {
        Ok(code) => code,
        Err(e) => return w.text(&e, Tone::Heading),
    };
    // A code taller or wider than the window can never be scanned whole (on the Linux console,
    // two columns and one row a module, it always is): the patient is told so, and what to do
    // instead.
    let wide = code.first().map_or(0, |r| crate::text::display_width(r));
    if code.len() > cx.room || wide > w.width() {
        w.text(&tr!(lang, "questions-qr-small"), Tone::Heading);
        return;
    }
    w.text(&tr!(lang, "questions-qr"), Tone::Body);
    // It fits the window, but below the list: the patient is told how to see it whole.
    if w.len() + 2 + code.len() > cx.room {
        w.text(
            &tr!(lang, "questions-qr-whole", down = &cx.keys.down),
            Tone::Body,
        );
    }
    w.blank();
    code.iter().for_each(|r| w.raw(r, Tone::Qr));
}
