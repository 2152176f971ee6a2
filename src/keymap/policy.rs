//! What a kiosk allows a patient, in one place. The key table says what every key does; this
//! says which of those a kiosk refuses and which keys its help leaves out; the app, the
//! screen-reader mode, the help window and the key table's tests all ask here.
//!
//! - Only the staff PIN ends a kiosk: quitting (`q`, Ctrl-C) is refused.
//! - A kiosk writes nothing a patient made: "My questions" leaves by its QR code or by print,
//!   never saved to a file.
//! - Its help lists no Alt key: on the Linux console Alt with an arrow or a function key
//!   switches consoles, which the console kiosk locks, so they do nothing there.
//!
//! Elsewhere, and not a patient's choice: the keyboard's signals are caught (`signals`), the
//! console cannot be switched away from (`console`), and the terminal is read and written on
//! threads of their own (`input`, `output`).

use super::Key;
use crate::action::Action;

/// Whether a kiosk refuses `action` from a patient.
pub fn refuses(action: &Action) -> bool {
    matches!(
        action,
        Action::Quit | Action::QuitNow | Action::SaveQuestions
    )
}

/// Whether a run keeps the patient's list of questions: reads back the one saved last time and
/// saves it at the end. A desktop does; a kiosk keeps nothing of anyone (its list leaves by QR
/// code or print). Both shells, the full screen and the screen-reader mode, ask here.
pub fn keeps_questions(kiosk: bool) -> bool {
    !kiosk
}

/// Whether a kiosk's help lists `key`.
pub fn lists(key: &Key) -> bool {
    !matches!(key, Key::Alt(_))
}
