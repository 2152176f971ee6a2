//! Asking for a secret on the terminal (the staff PIN for `kiosk-pin`): typed without echo, and
//! Esc or Ctrl-C give up at once. From a pipe, one line is read.

use std::io::{BufRead, IsTerminal, Write, stderr, stdin};

/// One line from stdin; on a terminal, typed without echo.
pub fn read_secret(prompt: &str) -> Option<String> {
    let _ = write!(stderr(), "{prompt}");
    let _ = stderr().flush();
    let line = if stdin().is_terminal() {
        read_hidden()
    } else {
        let mut line = String::new();
        stdin()
            .lock()
            .read_line(&mut line)
            .ok()
            .filter(|n| *n > 0)?;
        Some(line)
    };
    let _ = writeln!(stderr());
    line.map(|l| l.trim().to_string()).filter(|l| !l.is_empty())
}

fn read_hidden() -> Option<String> {
    use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
    use ratatui::crossterm::terminal;
    terminal::enable_raw_mode().ok()?;
    let mut typed = String::new();
    let result = loop {
        match event::read() {
            Ok(Event::Key(k)) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Enter => break Some(typed),
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => break None,
                KeyCode::Esc => break None,
                KeyCode::Backspace => {
                    typed.pop();
                }
                KeyCode::Char(c) => typed.push(c),
                _ => {}
            },
            Ok(_) => {}
            Err(_) => break None,
        }
    };
    let _ = terminal::disable_raw_mode();
    result
}
