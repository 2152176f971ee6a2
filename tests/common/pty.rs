//! A pseudo terminal driving the real binary, read through a terminal emulator (vt100).

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub const TIMEOUT: Duration = Duration::from_secs(20);

pub struct Session {
    pub screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    /// Every byte the app wrote, as written.
    raw: Arc<Mutex<Vec<u8>>>,
    master: Box<dyn MasterPty + Send>,
    /// The session's own cache folder (the catalogue of a folder of guides): nothing kept
    /// from another test or written to the user's.
    _cache: tempfile::TempDir,
}

/// A stopped terminal, started again when dropped.
pub struct StoppedOutput(std::fs::File);

impl Drop for StoppedOutput {
    fn drop(&mut self) {
        use std::os::fd::AsRawFd;
        // SAFETY: a valid open terminal.
        unsafe { libc::tcflow(self.0.as_raw_fd(), libc::TCOON) };
    }
}

impl Session {
    pub fn start(cols: u16, rows: u16, args: &[&str]) -> Self {
        Self::start_with(cols, rows, args, &[])
    }

    pub fn start_with(cols: u16, rows: u16, args: &[&str], env: &[(&str, &str)]) -> Self {
        Self::start_program(cols, rows, env!("CARGO_BIN_EXE_patient-guide"), args, env)
    }

    /// The app started by a shell that stays on after it (`sh -c`): the shell, not the app,
    /// then leads the terminal's session, as when a kiosk is started from a script.
    pub fn start_under_a_shell(cols: u16, rows: u16, args: &[&str], then: &str) -> Self {
        let script = format!("\"$0\" \"$@\"; {then}");
        let mut all = vec!["-c", &script, env!("CARGO_BIN_EXE_patient-guide")];
        all.extend_from_slice(args);
        Self::start_program(cols, rows, "/bin/sh", &all, &[])
    }

    fn start_program(
        cols: u16,
        rows: u16,
        program: &str,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Self {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        // The language follows the locale: the tests' screens are English unless a test says
        // otherwise, whatever the machine's locale.
        cmd.env("LANG", "C.UTF-8");
        for name in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] {
            cmd.env_remove(name);
        }
        let cache = tempfile::tempdir().unwrap();
        cmd.env("XDG_CACHE_HOME", cache.path());
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.cwd(std::env::temp_dir()); // the bundled guide works from any directory
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        drop(pty.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let (sink, raw_sink) = (Arc::clone(&screen), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                raw_sink.lock().unwrap().extend_from_slice(&buf[..n]);
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().unwrap();
        Self {
            screen,
            raw,
            writer,
            child,
            master: pty.master,
            _cache: cache,
        }
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.screen
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols);
        self.resize_reported(cols, rows);
    }

    /// Tells the program its terminal is this size while the screen kept here stays as it is (a
    /// terminal reporting a size no screen has).
    pub fn resize_reported(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    pub fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Every byte the app has written so far.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Where the terminal's cursor is: (column, row).
    pub fn cursor(&self) -> (u16, u16) {
        let (row, col) = self.screen.lock().unwrap().screen().cursor_position();
        (col, row)
    }

    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if self.text().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{text:?} never appeared; screen:\n{}", self.text());
    }

    pub fn wait_gone(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if !self.text().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{text:?} never went away; screen:\n{}", self.text());
    }

    pub fn send(&mut self, bytes: &str) {
        self.send_bytes(bytes.as_bytes());
    }

    /// Raw bytes, which need not be UTF-8 (a lone 0xff, half a character).
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    /// A left click at a 0-based cell, in the SGR mouse encoding the app asks for.
    pub fn click(&mut self, x: u16, y: u16) {
        self.send(&format!(
            "\x1b[<0;{};{}M\x1b[<0;{};{}m",
            x + 1,
            y + 1,
            x + 1,
            y + 1
        ));
    }

    pub fn find(&self, text: &str) -> (u16, u16) {
        let contents = self.text();
        for (y, line) in contents.lines().enumerate() {
            if let Some(i) = line.find(text) {
                return (line[..i].chars().count() as u16, y as u16);
            }
        }
        panic!("{text:?} not on screen:\n{contents}");
    }

    /// Stops the terminal's output, as the Linux console's Scroll Lock key does (the tty is
    /// stopped: the app's writes block) until the returned file is dropped.
    pub fn stop_output(&self) -> StoppedOutput {
        use std::os::fd::AsRawFd;
        let name = self.master.tty_name().expect("the pty's name");
        let tty = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(name)
            .unwrap();
        // SAFETY: a valid open terminal.
        assert_eq!(unsafe { libc::tcflow(tty.as_raw_fd(), libc::TCOOFF) }, 0);
        StoppedOutput(tty)
    }

    /// Sends a signal (by name, like "TERM") to the app, as `kill` would.
    pub fn signal(&self, name: &str) {
        kill(self.pid(), name);
    }

    /// The process id of the program started (a kiosk's supervisor).
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("running")
    }

    /// The terminal's line discipline is in its usual (canonical) mode, not raw.
    pub fn canonical(&self) -> bool {
        use std::os::fd::AsRawFd;
        let name = self.master.tty_name().expect("the pty's name");
        let tty = std::fs::File::open(name).unwrap();
        // SAFETY: a zeroed termios is valid to fill; `tty` is an open terminal.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        assert_eq!(unsafe { libc::tcgetattr(tty.as_raw_fd(), &mut t) }, 0);
        t.c_lflag & libc::ICANON != 0
    }

    /// Quits from wherever the app is (Ctrl-C: a window open, the guides window's search box)
    /// and returns its exit status.
    pub fn quit(&mut self) -> u32 {
        self.send("\x03");
        self.wait_exit()
    }

    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let pid = self.child.process_id().unwrap_or(0);
        let proc =
            |f: &str| std::fs::read_to_string(format!("/proc/{pid}/{f}")).unwrap_or_default();
        let mut state = format!(
            "state: {} wchan: {}\nstack:\n{}",
            proc("status")
                .lines()
                .find(|l| l.starts_with("State"))
                .unwrap_or(""),
            proc("wchan"),
            proc("stack")
        );
        // Each thread's own stack, where gdb is installed.
        if let Ok(out) = std::process::Command::new("gdb")
            .args([
                "-p",
                &pid.to_string(),
                "-batch",
                "-ex",
                "thread apply all bt 30",
            ])
            .output()
        {
            state.push_str(&format!("\ngdb:\n{}", String::from_utf8_lossy(&out.stdout)));
        }
        // Where the program is loaded (to name the address a thread waits on).
        state.push_str(&format!(
            "\nmaps:\n{}",
            proc("maps").lines().take(6).collect::<Vec<_>>().join("\n")
        ));
        // Every thread: its name, where it waits, and its kernel stack (readable as root).
        if let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) {
            for task in tasks.flatten() {
                let tid = task.file_name().to_string_lossy().into_owned();
                let read =
                    |f: &str| std::fs::read_to_string(task.path().join(f)).unwrap_or_default();
                state.push_str(&format!(
                    "\nthread {tid} {}: wchan {} syscall {}\n{}",
                    read("comm").trim(),
                    read("wchan"),
                    read("syscall").trim(),
                    read("stack")
                ));
            }
        }
        let _ = self.child.kill();
        panic!("the app did not exit ({state}); screen:\n{}", self.text());
    }

    /// The terminal is back to normal: main screen, visible cursor, no mouse reporting.
    /// Waits (up to the timeout) for the reader thread to take in the app's last bytes.
    pub fn assert_restored(&self) {
        let start = Instant::now();
        loop {
            let (alternate, hidden, mouse) = {
                let p = self.screen.lock().unwrap();
                let s = p.screen();
                (
                    s.alternate_screen(),
                    s.hide_cursor(),
                    s.mouse_protocol_mode(),
                )
            };
            let restored = !alternate && !hidden && mouse == vt100::MouseProtocolMode::None;
            if restored {
                return;
            }
            if start.elapsed() > TIMEOUT {
                assert!(!alternate, "still on the alternate screen");
                assert!(!hidden, "cursor still hidden");
                assert_eq!(
                    mouse,
                    vt100::MouseProtocolMode::None,
                    "mouse still captured"
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// Sends a signal (by name, like "KILL") to the process `pid`, as `kill` does.
pub fn kill(pid: u32, name: &str) {
    let sent = std::process::Command::new("kill")
        .args([format!("-{name}"), pid.to_string()])
        .status()
        .unwrap();
    assert!(sent.success(), "kill -{name} {pid}");
}

/// A process's state letter and its parent's id, from /proc (None: it is gone).
fn state_and_parent(pid: u32) -> Option<(String, u32)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // "pid (comm) state ppid ...": comm may hold spaces, so read after its ')'.
    let mut rest = stat.rsplit_once(')')?.1.split_whitespace();
    Some((rest.next()?.to_string(), rest.next()?.parse().ok()?))
}

/// The children of `pid`, those that ended but were not collected (zombies) among them.
pub fn children_of(pid: u32) -> Vec<u32> {
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|&child| state_and_parent(child).is_some_and(|(_, parent)| parent == pid))
        .collect()
}

/// Whether `pid` is still running: there, and not a zombie.
pub fn running(pid: u32) -> bool {
    state_and_parent(pid).is_some_and(|(state, _)| state != "Z")
}

/// Waits (up to `TIMEOUT`) until `done` holds; fails the test naming `what` otherwise.
pub fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < TIMEOUT, "{what} did not happen");
        std::thread::sleep(Duration::from_millis(20));
    }
}
