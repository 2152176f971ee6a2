//! Where the terminal's cursor goes: on the focused item (the selected topic or section, the
//! search box's end, the highlighted result or choice, the chosen link), so a screen reader's
//! review cursor and a magnifier follow the focus. The place is the app's record of the screen
//! (`App::targets`), the same one drawing and hit-testing read.

use ratatui::layout::{Position, Rect};

use crate::app::App;
use crate::layout::Screen;

/// The focused item's first cell on a screen of this size, if there is one.
pub fn focus(app: &App, area: Rect) -> Option<Position> {
    if area == app.look.screen.area {
        return app.targets().focus;
    }
    app.targets_on(Screen::new(
        area.width,
        area.height,
        app.look.screen.options,
    ))
    .focus
}
