//! The screen-reader kiosk's terminal: read line by line (the terminal's own line editing, so a
//! screen reader hears each letter and Backspace works), but with none of the keys that would
//! end, stop or freeze the app. On a terminal in its usual mode Ctrl-D ends the input, Ctrl-C,
//! Ctrl-\ and Ctrl-Z send signals and Ctrl-S stops all output; a kiosk turns them off while it
//! runs (they arrive as ordinary bytes in the line, where they mean nothing) and puts the
//! terminal back when it ends.

use std::io;
use std::os::fd::{AsRawFd, BorrowedFd};

/// The terminal's settings before the lock; put back when dropped.
pub struct LineLock {
    before: Kept,
}

fn get(fd: i32) -> io::Result<libc::termios> {
    // SAFETY: a zeroed termios is a valid value to fill; `fd` is open.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(fd, &mut t) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(t)
}

fn set(fd: i32, t: &libc::termios) -> io::Result<()> {
    // TCSANOW: never waits for output to drain (it may be stopped).
    // SAFETY: `fd` is open and `t` a termios read from it.
    if unsafe { libc::tcsetattr(fd, libc::TCSANOW, t) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

impl LineLock {
    /// Locks the terminal `fd` (standard input). An error when it is not a terminal.
    pub fn lock(fd: BorrowedFd<'_>) -> io::Result<Self> {
        let before = Kept::now(fd)?;
        let fd = before.fd;
        let mut locked = before.settings;
        // No signals from the keyboard, no flow control (Ctrl-S, Ctrl-Q), and no end-of-input
        // key: a read of nothing is then only ever a terminal that hung up.
        locked.c_lflag &= !libc::ISIG;
        locked.c_iflag &= !(libc::IXON | libc::IXOFF);
        locked.c_cc[libc::VEOF] = 0;
        set(fd, &locked)?;
        Ok(Self { before })
    }

    /// Shows typed characters, or not (the staff PIN).
    pub fn echo(&self, on: bool) -> io::Result<()> {
        let mut t = get(self.before.fd)?;
        if on {
            t.c_lflag |= libc::ECHO;
        } else {
            t.c_lflag &= !libc::ECHO;
        }
        set(self.before.fd, &t)
    }
}

impl Drop for LineLock {
    fn drop(&mut self) {
        let _ = self.before.put_back();
    }
}

/// A terminal's settings as they were at one moment, to put back: the lock's, when it ends; and
/// the kiosk's supervisor's, from before its first run, put back after a run that did not end
/// well (killed in raw mode, say), so the next run, and the terminal after the kiosk, start
/// from them.
pub struct Kept {
    fd: i32,
    settings: libc::termios,
}

impl Kept {
    /// The settings of the terminal `fd` now. An error when it is not a terminal.
    pub fn now(fd: BorrowedFd<'_>) -> io::Result<Self> {
        let fd = fd.as_raw_fd();
        Ok(Self {
            fd,
            settings: get(fd)?,
        })
    }

    /// Puts them back.
    pub fn put_back(&self) -> io::Result<()> {
        set(self.fd, &self.settings)
    }
}
