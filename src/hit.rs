//! Hit-testing: what a click, a tap or a wheel step means. The app records, once per update,
//! what can be touched where on the screen as it is laid out (`App::targets`, from the same
//! layout the screen is drawn from), so a tap lands on what the patient saw. Pure: it reads the
//! app and returns an `Action` (open topic 3, follow this link, press Back, highlight result
//! 2); `App::update` then carries it out like any key.

use ratatui::layout::Position;

use crate::action::{Action, Pointer};
use crate::app::App;

/// What `pointer` means in the app as it is now, if anything.
pub fn action(app: &App, pointer: Pointer) -> Option<Action> {
    let targets = app.targets();
    match pointer {
        Pointer::Click(x, y) => targets.tap(Position::new(x, y)),
        Pointer::Wheel(x, y, way) => targets.wheel(Position::new(x, y), way),
    }
}
