//! The touch-screen kiosk end to end, without a screen, started as its service starts it:
//! xinit runs the real session script (deploy/x/kiosk-x-session) on Xvfb, so its xterm gets
//! the resources the script loads (a server started alone resets when `xrdb` leaves, and the
//! xterm would come up without them); the real app in it; taps made with xdotool (XTEST
//! pointer events, what the X server makes of a touch); the screen read back as text with
//! xterm's print-immediate and as pixels with xwd (white ground, the light theme's colours, a
//! large font). Skipped, saying so, where Xvfb, xinit, xterm, xdotool, xrdb or xwd are not
//! installed (CI installs them). Also: the systemd units pass `systemd-analyze verify`,
//! and the kiosk's X and kernel settings say what README.md says they do.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn missing(programs: &[&str]) -> Option<String> {
    let gone: Vec<&str> = programs.iter().copied().filter(|p| !have(p)).collect();
    (!gone.is_empty()).then(|| gone.join(", "))
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The kiosk's X session as its service runs it (xinit: the session script on an X server of
/// our own, Xvfb at 1920x1080), and where xterm's screen dumps go; ended when dropped.
struct Kiosk {
    xinit: Child,
    /// The display, for xdotool and xwd.
    name: String,
    dumps: tempfile::TempDir,
    /// The size of a character cell, in pixels (known once the screen has been read).
    cell: (f64, f64),
}

impl Drop for Kiosk {
    fn drop(&mut self) {
        // xinit ends the session and the server when it is told to stop.
        let _ = Command::new("kill")
            .args(["-TERM", &self.xinit.id().to_string()])
            .status();
        let until = Instant::now() + Duration::from_secs(5);
        while Instant::now() < until {
            if self.xinit.try_wait().ok().flatten().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.xinit.kill();
        let _ = self.xinit.wait();
    }
}

/// A display number no X server here uses.
fn free_display() -> u32 {
    (100..400)
        .map(|n| n + std::process::id() % 300)
        .find(|n| {
            !Path::new(&format!("/tmp/.X{n}-lock")).exists()
                && !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
        })
        .expect("a free display number")
}

impl Kiosk {
    fn start() -> Self {
        let dumps = tempfile::tempdir().unwrap();
        let config = dumps.path().join("kiosk.toml");
        let log = dumps.path().join("kiosk.log");
        std::fs::write(
            &config,
            format!("idle = \"10m\"\nlog = \"{}\"\n", log.display()),
        )
        .unwrap();
        let prefix = dumps.path().join("screen");
        let name = format!(":{}", free_display());
        let xvfb = String::from_utf8(
            Command::new("sh")
                .args(["-c", "command -v Xvfb"])
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap();
        let xinit = Command::new("xinit")
            .arg(repo("deploy/x/kiosk-x-session"))
            // For the test only: F12 makes xterm write its screen as text to a file.
            .args([
                "-xrm",
                &format!("PatientGuideKiosk*printFileImmediate: {}", prefix.display()),
                "-xrm",
                "PatientGuideKiosk*printAttributes: 0",
                "-xrm",
                "PatientGuideKiosk*VT100.translations: #override <Key>F12: print-immediate()",
            ])
            .args(["--", xvfb.trim(), &name])
            .args(["-screen", "0", "1920x1080x24", "-nolisten", "tcp"])
            .env("PATIENT_GUIDE", env!("CARGO_BIN_EXE_patient-guide"))
            .env("KIOSK_CONFIG", &config)
            .env("KIOSK_XRESOURCES", repo("deploy/x/kiosk.Xresources"))
            .env("LANG", "C.UTF-8")
            .env_remove("COLORFGBG")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("xinit starts");
        let kiosk = Self {
            xinit,
            name,
            dumps,
            cell: (0.0, 0.0),
        };
        // Keys (the test's F12) go to the xterm whatever is under the pointer.
        let until = Instant::now() + Duration::from_secs(20);
        while !kiosk
            .run(
                "xdotool",
                &[
                    "search",
                    "--class",
                    "PatientGuideKiosk",
                    "windowfocus",
                    "--sync",
                ],
            )
            .0
        {
            assert!(Instant::now() < until, "the kiosk's xterm never came up");
            std::thread::sleep(Duration::from_millis(100));
        }
        kiosk
    }

    /// Runs an X client on the kiosk's display: whether it succeeded, and what it wrote.
    fn run(&self, program: &str, args: &[&str]) -> (bool, Vec<u8>) {
        let out = Command::new(program)
            .args(args)
            .env("DISPLAY", &self.name)
            .stderr(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("{program}: {e}"));
        (out.status.success(), out.stdout)
    }

    fn text(&self, program: &str, args: &[&str]) -> String {
        String::from_utf8_lossy(&self.run(program, args).1).into_owned()
    }

    /// The screen's pixels (xwd of the root window): width, height and 0xRRGGBB each.
    fn pixels(&self) -> (usize, usize, Vec<u32>) {
        let (ok, xwd) = self.run("xwd", &["-root", "-silent"]);
        assert!(ok && xwd.len() > 100, "xwd read the screen");
        let field = |i: usize| u32::from_be_bytes(xwd[i * 4..i * 4 + 4].try_into().unwrap());
        let (header, width, height) = (field(0) as usize, field(4) as usize, field(5) as usize);
        let (byte_order, bits, line, colours) =
            (field(7), field(11), field(12) as usize, field(19) as usize);
        assert_eq!(bits, 32, "a 24-bit screen, 32 bits a pixel");
        let data = &xwd[header + colours * 12..];
        let mut out = Vec::with_capacity(width * height);
        for y in 0..height {
            for x in 0..width {
                let b: [u8; 4] = data[y * line + x * 4..y * line + x * 4 + 4]
                    .try_into()
                    .unwrap();
                let p = if byte_order == 0 {
                    u32::from_le_bytes(b)
                } else {
                    u32::from_be_bytes(b)
                };
                out.push(p & 0xff_ffff);
            }
        }
        (width, height, out)
    }

    /// What the screen shows, as xterm prints it.
    fn screen(&self) -> String {
        for f in std::fs::read_dir(self.dumps.path()).unwrap().flatten() {
            if f.file_name().to_string_lossy().starts_with("screen") {
                let _ = std::fs::remove_file(f.path());
            }
        }
        // On a busy machine a key can be slow to arrive: ask again after a while.
        for _ in 0..5 {
            self.run("xdotool", &["key", "F12"]);
            let until = Instant::now() + Duration::from_secs(2);
            while Instant::now() < until {
                if let Some(f) = std::fs::read_dir(self.dumps.path())
                    .unwrap()
                    .flatten()
                    .find(|f| f.file_name().to_string_lossy().starts_with("screen"))
                {
                    // Give xterm the moment it takes to write every row.
                    std::thread::sleep(Duration::from_millis(30));
                    let text = std::fs::read_to_string(f.path()).unwrap_or_default();
                    if !text.is_empty() {
                        return text;
                    }
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        panic!("xterm wrote no screen dump");
    }

    fn wait_for(&mut self, text: &str) -> String {
        let until = Instant::now() + Duration::from_secs(30);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(Instant::now() < until, "{text:?} never appeared:\n{screen}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The Spanish bar's Menú, then `item` in it: the screen once `shows` is on it.
    fn open_in_menu(&mut self, screen: &str, item: &str, shows: &str) -> String {
        self.tap(screen, " Menú ");
        let menu = self.wait_for("Toque una opción para abrirla");
        self.tap(&menu, item);
        self.wait_for(shows)
    }

    /// The screen once `text` is no longer on it.
    fn wait_gone(&mut self, text: &str) -> String {
        let until = Instant::now() + Duration::from_secs(30);
        loop {
            let screen = self.screen();
            if !screen.contains(text) {
                return screen;
            }
            assert!(Instant::now() < until, "{text:?} never went:\n{screen}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The screen once the app has drawn it whole for the terminal's size (after a font change
    /// the grid changes, and a frame drawn for the old one may be on screen for a moment): the
    /// button bar's bottom edge on the last row and as wide as the widest row, `text` on it.
    fn redrawn(&mut self, mut screen: String, text: &str) -> String {
        let until = Instant::now() + Duration::from_secs(15);
        loop {
            let widths: Vec<usize> = screen
                .lines()
                .map(|l| l.trim_end().chars().count())
                .collect();
            let last = screen.lines().last().map_or("", str::trim_end);
            if screen.contains(text)
                && last.starts_with('└')
                && last.ends_with('┘')
                && widths.iter().max() == widths.last()
            {
                return screen;
            }
            assert!(Instant::now() < until, "never drawn whole:\n{screen}");
            std::thread::sleep(Duration::from_millis(100));
            screen = self.screen();
        }
    }

    /// Learns the cell size from a screen whose last line is drawn across the whole width (the
    /// kiosk's button bar).
    fn measure(&mut self, screen: &str) {
        let lines: Vec<&str> = screen.lines().collect();
        let last = lines.last().map_or("", |l| l.trim_end());
        assert!(
            last.starts_with('└') && last.ends_with('┘'),
            "the bar is drawn across the bottom row:\n{screen}"
        );
        let rows = lines.len() as f64;
        let columns = lines
            .iter()
            .map(|l| l.trim_end().chars().count())
            .max()
            .unwrap() as f64;
        let geometry = self.text(
            "xdotool",
            &[
                "search",
                "--class",
                "PatientGuideKiosk",
                "getwindowgeometry",
                "--shell",
            ],
        );
        let value = |key: &str| -> f64 {
            geometry
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{key}=")))
                .unwrap_or_else(|| panic!("{key} in {geometry}"))
                .parse()
                .unwrap()
        };
        self.cell = (value("WIDTH") / columns, value("HEIGHT") / rows);
    }

    /// A tap in the middle of the first place the screen shows `text`.
    fn tap(&mut self, screen: &str, text: &str) {
        let (row, line) = screen
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains(text))
            .unwrap_or_else(|| panic!("{text:?} not on screen:\n{screen}"));
        let column = line[..line.find(text).unwrap()].chars().count() + text.chars().count() / 2;
        self.tap_cell(column, row);
    }

    fn tap_cell(&mut self, column: usize, row: usize) {
        let (w, h) = self.cell;
        assert!(w > 0.0, "measure the cell first");
        let x = ((column as f64 + 0.5) * w) as i64;
        let y = ((row as f64 + 0.5) * h) as i64;
        self.run(
            "xdotool",
            &["mousemove", &x.to_string(), &y.to_string(), "click", "1"],
        );
    }
}

#[test]
fn taps_reach_the_app_in_the_real_x_session() {
    if let Some(gone) = missing(&["Xvfb", "xinit", "xterm", "xdotool", "xrdb", "xwd"]) {
        eprintln!(
            "skipped: the touch-screen kiosk test needs {gone} (apt-get install xvfb xinit xterm xdotool x11-xserver-utils x11-apps)"
        );
        return;
    }
    let mut kiosk = Kiosk::start();
    kiosk.wait_for("Press any key or touch the screen to start");
    let geometry = kiosk.text(
        "xdotool",
        &[
            "search",
            "--class",
            "PatientGuideKiosk",
            "getwindowgeometry",
            "--shell",
        ],
    );
    assert!(
        geometry.contains("WIDTH=1920") && geometry.contains("HEIGHT=1080"),
        "the xterm fills the screen: {geometry}"
    );
    // A tap anywhere starts reading; the button bar across the bottom then gives the cell size.
    kiosk.run("xdotool", &["mousemove", "960", "1000", "click", "1"]);
    kiosk.wait_for("Most important information");
    // The whole screen drawn, the bar's bottom edge last.
    let reading = kiosk.wait_for("Contrast");
    kiosk.measure(&reading);

    // What a patient sees: the resources are in force (dark text on a white ground, the
    // 20-point font), and the app draws in the colours that read on white.
    let (_, cell_height) = kiosk.cell;
    assert!(
        cell_height >= 24.0,
        "the 20-point font: cells {cell_height:.1} px high (xterm's default font is 13)"
    );
    let (width, height, pixels) = kiosk.pixels();
    assert_eq!((width, height), (1920, 1080));
    let share =
        |colour: u32| pixels.iter().filter(|&&p| p == colour).count() as f64 / pixels.len() as f64;
    assert!(
        share(0xffffff) > 0.6,
        "a white ground: {:.2} of the screen is white",
        share(0xffffff)
    );
    // The light theme's disclaimer (xterm's red) and links and citations (xterm's blue) are
    // drawn; yellow and cyan, 1.7:1 and 2:1 on white, are nowhere.
    let mut seen: std::collections::BTreeMap<u32, usize> = Default::default();
    for &p in &pixels {
        *seen.entry(p).or_default() += 1;
    }
    let mut common: Vec<(u32, usize)> = seen.into_iter().collect();
    common.sort_by_key(|c| std::cmp::Reverse(c.1));
    let common: Vec<String> = common
        .iter()
        .take(12)
        .map(|(c, n)| format!("#{c:06x}:{n}"))
        .collect();
    assert!(
        share(0xcd0000) > 0.0,
        "the disclaimer in red; colours: {common:?}\n{reading}"
    );
    assert!(share(0x0000ee) > 0.0, "citations and links in blue");
    for faint in [0xcdcd00, 0xffff00, 0x00cdcd, 0x00ffff] {
        assert_eq!(share(faint), 0.0, "#{faint:06x} is on screen");
    }

    // Larger text draws larger letters (xterm's larger font, the window fitted to the screen
    // again), and Smaller text the usual ones.
    let normal = kiosk.cell;
    kiosk.tap(&reading, "Larger text");
    // (Narrower now: the bar's short label.)
    let larger = kiosk.wait_for("Smaller");
    let larger = kiosk.redrawn(larger, "Smaller");
    kiosk.measure(&larger);
    assert!(
        kiosk.cell.1 >= normal.1 * 1.15 && kiosk.cell.0 > normal.0,
        "larger letters: cells {:?}, were {normal:?}",
        kiosk.cell
    );
    kiosk.tap(&larger, "Smaller");
    let reading = kiosk.wait_for("Larger text");
    let reading = kiosk.redrawn(reading, "Larger text");
    kiosk.measure(&reading);
    assert!(
        (kiosk.cell.1 - normal.1).abs() < 1.0,
        "back to {normal:?}: {:?}",
        kiosk.cell
    );

    // A tap on the tab of section 3 opens its list; a tap on a topic opens it.
    kiosk.tap(&reading, "3 How to take it");
    let list = kiosk.wait_for("Where to inject");
    kiosk.tap(&list, "Where to inject");
    kiosk.wait_for("┌ Where to inject");
    // The bar's language button: the same topic, in Spanish.
    let topic = kiosk.screen();
    kiosk.tap(&topic, "Español");
    let spanish = kiosk.wait_for("┌ Dónde inyectarlo");
    // The big "get help" button, in Spanish, opens its page.
    kiosk.tap(&spanish, "Pedir ayuda");
    let help_now = kiosk.wait_for("┌ Busque ayuda ahora");
    // Search by touch: Help lists it first; the on-screen keyboard types.
    let search = kiosk.open_in_menu(&help_now, "Buscar: escriba", "[ Ñ ]");
    kiosk.tap(&search, "[ N ]");
    let typed = kiosk.wait_for("Buscar: n_");
    // My questions by touch: the button writes a question on the screen's keyboard, which
    // starts it with a capital, and adds it.
    kiosk.tap(&typed, " Atrás ");
    let reading = kiosk.wait_gone("Buscar: n_");
    let list = kiosk.open_in_menu(
        &reading,
        "Mis preguntas para su médico",
        "[ Escribir su propia pregunta ]",
    );
    kiosk.tap(&list, "[ Escribir su propia pregunta ]");
    let mut writing = kiosk.wait_for("[ Agregarla a Mis preguntas ]");
    for (key, shows) in [("[ ¿ ]", "> ¿_"), ("[ Y ]", "> ¿Y_"), ("[ ? ]", "> ¿Y?_")] {
        kiosk.tap(&writing, key);
        writing = kiosk.wait_for(shows);
    }
    kiosk.tap(&writing, "[ Agregarla a Mis preguntas ]");
    kiosk.wait_for("1. ¿Y?");
}

#[test]
fn the_kiosk_units_pass_systemd_analyze_verify() {
    if let Some(gone) = missing(&["systemd-analyze", "xinit"]) {
        eprintln!("skipped: verifying the units needs {gone} (apt-get install systemd xinit)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let xinit = String::from_utf8(
        Command::new("sh")
            .args(["-c", "command -v xinit"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    for unit in [
        "patient-guide-kiosk.service",
        "patient-guide-kiosk-x.service",
    ] {
        // The binaries as installed here (the .deb puts them in /usr/bin).
        let text = std::fs::read_to_string(repo(&format!("deploy/{unit}")))
            .unwrap()
            .replace(
                "/usr/bin/patient-guide",
                env!("CARGO_BIN_EXE_patient-guide"),
            )
            .replace("/usr/bin/xinit", xinit.trim());
        std::fs::write(dir.path().join(unit), text).unwrap();
    }
    let out = Command::new("systemd-analyze")
        .arg("verify")
        .args(
            [
                "patient-guide-kiosk.service",
                "patient-guide-kiosk-x.service",
            ]
            .map(|u| dir.path().join(u)),
        )
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success() && said.trim().is_empty(), "{said}");
    // The two kiosks exclude each other.
    let x = std::fs::read_to_string(repo("deploy/patient-guide-kiosk-x.service")).unwrap();
    assert!(x.contains("Conflicts=patient-guide-kiosk.service"));
}

/// The settings that keep a patient in the kiosk are there, each as README.md names it.
#[test]
fn the_kiosk_settings_lock_what_they_say() {
    let xorg = std::fs::read_to_string(repo("deploy/x/90-patient-guide-kiosk.conf")).unwrap();
    for option in [
        "\"DontVTSwitch\" \"true\"",
        "\"DontZap\" \"true\"",
        "\"BlankTime\" \"0\"",
    ] {
        assert!(xorg.contains(option), "{option}");
    }
    let sysctl =
        std::fs::read_to_string(repo("deploy/x/90-patient-guide-kiosk-sysctl.conf")).unwrap();
    let settings: Vec<&str> = sysctl
        .lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .collect();
    assert_eq!(settings, ["kernel.sysrq = 0"]);
    let resources = std::fs::read_to_string(repo("deploy/x/kiosk.Xresources")).unwrap();
    for lock in [
        "omitTranslation: popup-menu",
        "disallowedWindowOps: 1,2,3,4,5,6,7,8,10,",
        "allowSendEvents: false",
    ] {
        assert!(resources.contains(lock), "{lock}");
    }
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    for step in [
        "systemctl mask ctrl-alt-del.target",
        "90-patient-guide-kiosk.conf",
        "90-patient-guide-kiosk-sysctl.conf",
        "patient-guide-kiosk-x.service",
    ] {
        assert!(readme.contains(step), "README.md does not say {step}");
    }
}
