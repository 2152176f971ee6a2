//! Reading typed lines on a thread of their own, safely: a line is at most `MAX_LINE` bytes,
//! bytes that are not UTF-8 never end the reading, and in a kiosk the end of input ends nothing.

use std::io::{self, BufRead};
use std::sync::mpsc::Receiver;
use std::time::Duration;

/// The lines typed, read on a thread of their own (so the idle clock runs while nobody types),
/// for as long as the process lives (a kiosk's run is a process of its own).
pub fn lines(input: impl BufRead + Send + 'static, kiosk: bool) -> Receiver<io::Result<String>> {
    let (send, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || read_lines(input, kiosk, &send));
    lines
}

/// The longest line kept: a paste of a page is not a command (the rest of it is dropped).
const MAX_LINE: usize = 4096;

/// Reads lines into `send` until the reader ends (or the loop stops listening). Bytes that are
/// not UTF-8 are read as the replacement character, never as an error that would end the app.
/// In a kiosk the end of input (Ctrl-D on a terminal) ends nothing: the terminal is read again,
/// after a pause, so a patient cannot leave by it and a closed input cannot spin.
fn read_lines(
    mut input: impl BufRead,
    kiosk: bool,
    send: &std::sync::mpsc::Sender<io::Result<String>>,
) {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let got = io::Read::take(&mut input, MAX_LINE as u64).read_until(b'\n', &mut buf);
        let line = match got {
            Ok(0) | Err(_) if kiosk => {
                std::thread::sleep(Duration::from_millis(200));
                continue;
            }
            Ok(0) => return,
            Ok(_) => {
                // A line cut at MAX_LINE: the rest of it is skipped up to its end, a piece at
                // a time (a paste with no line end is never held whole).
                let mut rest = Vec::new();
                let mut done = buf.len() < MAX_LINE || buf.last() == Some(&b'\n');
                while !done {
                    rest.clear();
                    done = !matches!(
                        io::Read::take(&mut input, MAX_LINE as u64).read_until(b'\n', &mut rest),
                        Ok(n) if n > 0
                    ) || rest.last() == Some(&b'\n');
                }
                Ok(String::from_utf8_lossy(&buf)
                    .trim_end_matches(['\n', '\r'])
                    .to_string())
            }
            Err(e) => Err(e),
        };
        if send.send(line).is_err() {
            return;
        }
    }
}
