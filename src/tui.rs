//! The terminal loop: set the terminal up, turn crossterm events into actions, draw, and always
//! put the terminal back (on quit, error, panic, SIGTERM, SIGHUP or SIGINT).

use std::io::{self, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;

use crate::action::Action;
use crate::app::App;
use crate::guide::Guide;
use crate::keymap;

pub struct Options {
    pub mouse: bool,
}

pub fn run(guide: Guide, options: &Options) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => {
            // Raw mode may already be on when entering the alternate screen fails.
            let _ = ratatui::try_restore();
            return Err(e);
        }
    };
    if options.mouse {
        // ratatui's panic hook restores the screen and raw mode; also give the mouse back.
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(stdout(), DisableMouseCapture);
            previous(info);
        }));
        if let Err(e) = execute!(stdout(), EnableMouseCapture) {
            let _ = ratatui::try_restore();
            return Err(e);
        }
    }
    let result = event_loop(&mut terminal, guide, &stop);
    if options.mouse {
        let _ = execute!(stdout(), DisableMouseCapture);
    }
    let _ = ratatui::try_restore();
    if terminal.show_cursor().is_err() {
        // The terminal is gone (hung up). Dropping the Terminal would try again and report the
        // failure with eprintln!, which panics when stderr is that same dead terminal.
        std::mem::forget(terminal);
    }
    result
}

/// How long to wait for the next queued event before drawing. Not zero: crossterm's /dev/tty
/// reader does not look at events it has already buffered when asked to wait for no time at all.
const DRAIN_WAIT: Duration = Duration::from_millis(1);

fn event_loop(terminal: &mut DefaultTerminal, guide: Guide, stop: &AtomicBool) -> io::Result<()> {
    let size = terminal.size()?;
    let mut app = App::new(guide, size.width, size.height);
    while app.running && !stop.load(Ordering::Relaxed) {
        terminal.draw(|frame| crate::ui::render(&app, frame))?;
        // Wait for input, then take everything already queued before drawing again, so a flood
        // of keys costs one frame, not one frame per key.
        if !event::poll(Duration::from_millis(250))? {
            // A hung-up terminal reads as "no input" forever; asking its size notices it is gone.
            terminal.size()?;
            continue;
        }
        loop {
            if let Some(action) = to_action(event::read()?) {
                app.update(action);
            }
            if !app.running || !event::poll(DRAIN_WAIT)? {
                break;
            }
        }
    }
    Ok(())
}

fn to_action(ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) => keymap::key_action(k),
        Event::Mouse(m) => keymap::mouse_action(m),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}
