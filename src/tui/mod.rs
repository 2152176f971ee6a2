//! The terminal loop: set the terminal up, turn input events into actions, draw, and always
//! put the terminal back (on quit, error, panic, SIGTERM, SIGHUP or SIGINT). Kiosk mode adds the
//! idle countdown, the staff chord and updated guides at the idle reset; `shell` starts a run
//! and restarts it after any error or panic.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use crate::output::Output;

/// The terminal as the app draws it: every byte through `output`, never blocking the loop.
type Screen = Terminal<CrosstermBackend<Output>>;

/// How long the end of a run waits for the terminal to take its last bytes.
const FINISH_WAIT: Duration = Duration::from_secs(1);

mod library;

pub use library::{Rest, check_now, ready_words};
use library::{head_first, start_the_rest, take_the_rest};

use crate::action::{Action, Message};
use crate::app::{App, Effect, Kiosk, View};
use crate::guide::Guide;
use crate::keymap;
use crate::kiosk::idle::{IdleClock, Tick};
use crate::kiosk::{KioskConfig, log};
use crate::speech::Speaker;

pub struct Options {
    pub mouse: bool,
    pub view: View,
    pub kiosk: Option<KioskConfig>,
    /// Where "My questions" is saved (desktop only).
    pub questions_file: PathBuf,
    /// Draw one frame and end (for timing start-up).
    pub exit_after_first_frame: bool,
    /// Guide files left out at start, each with what to run (said before the app starts).
    pub left_out: Vec<String>,
    /// xterm's fonts for normal and for Larger text (`--xterm-font`, `--xterm-large-font`).
    pub xterm_fonts: Option<(String, String)>,
    /// The line-by-line screen-reader mode instead of the full screen.
    pub screen_reader: bool,
    /// Reading aloud: the speech command (see `speech::DEFAULT_COMMAND`), or None when it is
    /// not offered.
    pub speech: Option<String>,
    /// Kiosk: the guides shown, where they came from, and the folder to watch for updates.
    pub live: Option<std::sync::Mutex<Live>>,
    /// Desktop: the whole library, checked on another thread once the first frame is drawn,
    /// while the app starts on its first guide.
    pub rest: Option<std::sync::Mutex<Rest>>,
    /// Desktop: the headers of every guide known before they are checked (the guides window
    /// lists them).
    /// Taken by the session (the desktop has one).
    pub catalogue: std::sync::Mutex<crate::guide::catalogue::Catalogue>,
    /// Desktop: start on the guides window (several medicines, none asked for).
    pub choose_first: bool,
}

/// A kiosk's guides as they are now: a restart after an error starts on them, and an idle
/// reset may replace them with a valid update.
pub struct Live {
    pub library: Vec<Guide>,
    pub source: crate::kiosk::updates::Source,
    pub updates: crate::kiosk::updates::Updates,
}

/// The default file for "My questions": in the home folder, where a patient finds it.
pub fn default_questions_file() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir)
        .join("patient-guide-my-questions.txt")
}

/// How long to wait for the next queued event before drawing: long enough for the input thread
/// to hand over the rest of a burst, so a flood of keys costs one frame.
const DRAIN_WAIT: Duration = Duration::from_millis(1);
/// The longest wait for input before checking signals, the idle clock and the terminal: a
/// kiosk left alone for months wakes once a second, no more (the countdown counts seconds; a
/// signal or the end of a reading aloud is noticed within a second). Input wakes it at once.
const TICK: Duration = Duration::from_secs(1);

/// The exit status of a program that panicked (as Rust's own when a panic ends `main`).
pub const PANICKED: i32 = 101;

/// Restores the terminal on a panic. On a desktop a short message then says what happened and
/// where to report it, followed by the details to include; a kiosk writes the details to its
/// log instead of showing them to a patient (and its supervisor starts the app again). Then the
/// program ends with `PANICKED`, whichever thread panicked: nothing runs on half done (the
/// release build does not unwind, Cargo.toml's `panic = "abort"`, and this ends it before the
/// abort, so no core file is written). `drawn`: the terminal was set up for drawing (the
/// screen-reader mode leaves it alone). `main` installs it first with neither (for the
/// commands, and for the app until it knows more), and a run of the app again.
pub fn install_panic_hook(kiosk_log: Option<PathBuf>, drawn: bool) {
    std::panic::set_hook(Box::new(move |info| {
        crate::speech::silence();
        if drawn {
            restore();
        }
        match &kiosk_log {
            Some(path) => {
                let _ = log::append(path, &format!("panic: {info}"));
            }
            None => {
                use std::io::Write;
                // Not eprintln!: it panics when stderr is a terminal that is gone.
                let message = panic_message(&info.to_string(), drawn);
                let _ = io::stderr().write_all(message.as_bytes());
            }
        }
        std::process::exit(PANICKED);
    }));
}

/// Where to report a bug: the package's repository when it names one, else the README's section.
pub const REPORT_TO: &str = if env!("CARGO_PKG_REPOSITORY").is_empty() {
    "the patient-guide developers (README.md, \"Reporting a problem\")"
} else {
    env!("CARGO_PKG_REPOSITORY")
};

/// What a person reads after a panic; `drawn`: the terminal was put back from drawing.
pub fn panic_message(details: &str, drawn: bool) -> String {
    format!(
        "\npatient-guide stopped because of a bug in the app, not anything you did.{}\n\
         Please report it to {REPORT_TO}, with what you were doing and these details:\n  \
         patient-guide {} on {}: {details}\n",
        if drawn {
            " Your terminal is back to normal."
        } else {
            ""
        },
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
    )
}

/// The terminal in raw mode on the alternate screen (with mouse reporting when asked), for as
/// long as this lives: dropping it puts the terminal back, on a normal end or an error (on a
/// panic, which never unwinds past the hook, the panic hook restores it).
struct TerminalGuard {
    /// Always there until the guard is dropped.
    terminal: Option<Screen>,
}

impl TerminalGuard {
    fn enter(mouse: bool) -> io::Result<Self> {
        let entered = (|| {
            enable_raw_mode()?;
            let mut out = Output::new();
            execute!(out, EnterAlternateScreen)?;
            if mouse {
                execute!(out, EnableMouseCapture)?;
            }
            // A fixed viewport, sized by `fit` from the real size: ratatui never allocates a
            // buffer for a size the terminal reports but no screen holds.
            let backend = CrosstermBackend::new(out);
            let size = fit(ratatui::backend::Backend::size(&backend)?);
            Terminal::with_options(
                backend,
                ratatui::TerminalOptions {
                    viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(
                        0,
                        0,
                        size.width,
                        size.height,
                    )),
                },
            )
        })();
        match entered {
            Ok(terminal) => Ok(Self {
                terminal: Some(terminal),
            }),
            Err(e) => {
                // Half set up is set back at once.
                restore();
                Err(e)
            }
        }
    }
}

impl TerminalGuard {
    fn terminal(&mut self) -> &mut Screen {
        self.terminal
            .as_mut()
            .expect("the terminal lives as long as its guard")
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        // ratatui shows a hidden cursor when its Terminal is dropped, and reports a failure with
        // eprintln!, which panics when stderr is a terminal that is gone. So the cursor is shown
        // here first; if even that fails (the terminal is gone), the Terminal is not dropped.
        if let Some(mut terminal) = self.terminal.take()
            && terminal.show_cursor().is_err()
        {
            std::mem::forget(terminal);
        }
        restore();
    }
}

/// Puts the terminal back; every step is tried even if one fails (the terminal may be gone).
/// A terminal that has stopped taking output (Scroll Lock) is waited for only `FINISH_WAIT`.
/// Also the kiosk's supervisor's, after a run that was killed while it drew.
pub fn restore() {
    let mut out = Output::new();
    let _ = execute!(
        out,
        DisableMouseCapture,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
    out.finish(FINISH_WAIT);
    let _ = disable_raw_mode();
}

/// One run of the app, from a fresh terminal set-up to a restored terminal. Returns "My
/// questions" as text when the patient made a list.
pub fn session(
    library: Vec<Guide>,
    start: usize,
    options: &Options,
    stop: &AtomicBool,
    guard_for_pins: Option<&Arc<std::sync::Mutex<crate::kiosk::pin::Guard>>>,
) -> io::Result<Option<String>> {
    let mouse = options.mouse || options.kiosk.is_some();
    let mut guard = TerminalGuard::enter(mouse)?;
    let size = fit(guard.terminal().size()?);
    let kiosk = options.kiosk.as_ref().map(|k| Kiosk {
        pin_hash: k.pin_hash.clone(),
        guard: guard_for_pins.cloned().unwrap_or_default(),
        ..Kiosk::default()
    });
    let mut app = App::with(library, start, size.width, size.height, options.view, kiosk)
        .with_speech(options.speech.is_some())
        .with_catalogue_listed(std::mem::take(
            &mut *options.catalogue.lock().unwrap_or_else(|e| e.into_inner()),
        ));
    if options.choose_first {
        app = app.choosing_first();
    }
    if head_first(options) {
        app = app.with_head_only();
    }
    // A desktop goes on from the list saved last time (a kiosk keeps nothing of anyone).
    if crate::keymap::policy::keeps_questions(options.kiosk.is_some())
        && let Ok(text) = crate::questions::kept(&options.questions_file)
    {
        app = app.with_saved_questions(crate::questions::read_back(&text));
    }
    event_loop(guard.terminal(), app, options, stop)
}

fn event_loop(
    terminal: &mut Screen,
    mut app: App,
    options: &Options,
    stop: &AtomicBool,
) -> io::Result<Option<String>> {
    let kiosk = options.kiosk.as_ref();
    let mut clock = kiosk.map(|k| IdleClock::new(k.idle, k.countdown, Instant::now()));
    let mut redraw_whole = false;
    // What the last frame showed: the app's count of applied actions and the size.
    let mut drawn = None;
    // Whether xterm was last given its large font (`--xterm-large-font`).
    let mut font_large = None;
    let mut app_replaced = false;
    let mut first_frame = true;
    // Ends its child when dropped: on quit and on an error (a panic: the hook, `speech::silence`).
    let mut speaker = Speaker::new(options.speech.as_deref().unwrap_or_default());
    while !stop.load(Ordering::Relaxed) {
        if let Some(library) = take_the_rest(options, false, stop) {
            let effects = app.tell(library);
            if drain(&mut app, effects, &mut speaker, options) {
                break;
            }
        }
        // Before an idle reset can forget them.
        record_counts(app.take_counts(), options);
        if let Some(clock) = clock.as_mut() {
            let tick = clock.tick(Instant::now());
            let reset = tick == Some(Tick::Reset);
            let tick = tick.map(|t| match t {
                Tick::Warning(left) => Message::IdleWarning(left),
                Tick::Reset => Message::IdleReset,
            });
            if let Some(tick) = tick {
                let effects = app.tell(tick);
                if drain(&mut app, effects, &mut speaker, options) {
                    break;
                }
            }
            // Nobody is using the kiosk: the moment to switch to updated guides (what the reset
            // counted is recorded first: the new app starts with nothing).
            if reset && let Some(new) = updated(options) {
                record_counts(app.take_counts(), options);
                let area = app.look.screen.area;
                let settings = app.kiosk_settings().cloned();
                let speech = app.speech_on();
                app = App::with(new, 0, area.width, area.height, options.view, settings)
                    .with_speech(speech);
                app_replaced = true;
            }
        }
        if app.reading_aloud() && !speaker.speaking() {
            let effects = app.tell(Message::SpeechEnded);
            if drain(&mut app, effects, &mut speaker, options) {
                break;
            }
        }
        // Larger text on the graphical kiosk: xterm's larger font too, then its window fitted
        // to the screen again (xterm keeps its rows and columns and grows the window when the
        // font changes); it then says it has fewer rows and columns (SIGWINCH).
        if let Some((normal, large)) = &options.xterm_fonts
            && font_large != Some(app.look.view.large)
        {
            use std::io::Write;
            font_large = Some(app.look.view.large);
            let font = if app.look.view.large { large } else { normal };
            let backend = terminal.backend_mut();
            write!(backend, "\x1b]50;{font}\x07\x1b[9;1t")?;
            backend.flush()?;
        }
        // A terminal that has stopped taking output is not drawn on (the app goes on without
        // it); once it takes output again, the screen is drawn whole.
        // Nothing changed since the last frame (an idle kiosk, once a second): nothing is
        // written.
        let size = fit(terminal.size()?);
        let now = (app.applied(), size);
        if crate::output::stalled() {
            redraw_whole = true;
        } else if drawn != Some(now) || redraw_whole || app_replaced {
            if std::mem::take(&mut redraw_whole) | crate::output::take_lost() {
                terminal.clear()?;
            }
            // The viewport follows the terminal's size, within what a screen can hold.
            if terminal.get_frame().area().as_size() != size {
                terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
            }
            drawn = Some(now);
            app_replaced = false;
            let area = terminal.draw(|frame| crate::ui::render(&app, frame))?.area;
            // The cursor stays hidden but sits on the focused item, where a screen reader's
            // review cursor and a magnifier look.
            if let Some(at) = crate::ui::focus(&app, area) {
                terminal.set_cursor_position(at)?;
            }
        }
        if options.exit_after_first_frame {
            break;
        }
        if first_frame {
            first_frame = false;
            let effects = app.tell(Message::FirstFrame);
            if drain(&mut app, effects, &mut speaker, options) {
                break;
            }
        }
        start_the_rest(options);
        // Wait for input, then take everything already queued before drawing again, so a flood
        // of keys costs one frame, not one frame per key. The wait is on the input thread's
        // queue, never on the terminal itself, so broken input cannot stop the clock.
        let Some(first) = crate::input::next(TICK)? else {
            // A hung-up terminal reads as "no input" forever; asking its size notices it is gone.
            terminal.size()?;
            continue;
        };
        // Input may come before the rest of the library: it gets the whole library (or the
        // program ends, asked to while it waited, without applying the input).
        if let Some(library) = take_the_rest(options, true, stop) {
            let effects = app.tell(library);
            if drain(&mut app, effects, &mut speaker, options) {
                break;
            }
        }
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let quit = app.in_batch(|app| -> io::Result<bool> {
            let mut ev = first;
            loop {
                // Debug builds only: lets the end-to-end tests check what a panic leaves behind
                // (the variable names the key that panics).
                #[cfg(debug_assertions)]
                if let Event::Key(k) = &ev
                    && let Some(key) = std::env::var_os("PATIENT_GUIDE_PANIC_ON_KEY")
                    && key.to_str().and_then(|k| k.parse().ok()) == k.code.as_char()
                {
                    panic!("PATIENT_GUIDE_PANIC_ON_KEY is set (a test of the panic handling)");
                }
                if !matches!(ev, Event::Resize(..))
                    && let Some(c) = clock.as_mut()
                {
                    c.input(Instant::now());
                }
                // Mapped one at a time: what a key means depends on what the one before opened.
                let effects = match ev {
                    Event::Resize(w, h) => {
                        let size = fit(ratatui::layout::Size::new(w, h));
                        app.tell(Message::Resize(size.width, size.height))
                    }
                    ev => to_action(ev, app, kiosk).map_or_else(Vec::new, |a| app.update(a)),
                };
                if drain(app, effects, &mut speaker, options) {
                    return Ok(true);
                }
                match crate::input::next(DRAIN_WAIT)? {
                    Some(next) => ev = next,
                    None => return Ok(false),
                }
            }
        })?;
        if quit {
            break;
        }
    }
    let taken = (!app.questions.list.is_empty()).then(|| {
        crate::questions::as_text(&app.reading.guide, &app.questions.list, app.look.view.lang)
    });
    Ok(taken)
}

/// Does what the app asked, other than quitting: save the list, log a line, read aloud or stop.
/// Where a kiosk keeps its staff PIN's wrong tries and lock: `pin-lock` in its state folder.
pub fn pin_guard_path(config: &crate::kiosk::KioskConfig) -> std::path::PathBuf {
    config.state.join("pin-lock")
}

/// What the app asks a kiosk to keep, on the drawn screen and in the screen-reader mode alike:
/// a line in its log, the staff PIN's wrong tries.
pub fn keep(effect: &Effect, app: &App, options: &Options) {
    let Some(k) = &options.kiosk else { return };
    match effect {
        Effect::Log(line) => {
            let _ = log::append(&k.log, line);
        }
        Effect::PinGuard => {
            let Some(record) = app.pin_guard_record() else {
                return;
            };
            let path = pin_guard_path(k);
            if let Some(dir) = path.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            if let Err(e) = crate::file::write_whole(&path, &record) {
                let _ = log::append(
                    &k.log,
                    &format!("cannot keep the staff PIN's wrong tries: {e}"),
                );
            }
        }
        _ => {}
    }
}

/// Carries out `effects` (what an action or a message asked for), and those of the shell's
/// answers (a save answered with `Saved`, a check with `Checked`), through the app's one drain
/// (`App::drain`). True when one of them was to quit.
fn drain(app: &mut App, effects: Vec<Effect>, speaker: &mut Speaker, options: &Options) -> bool {
    app.drain(effects, |effect, app| {
        carry_out(effect, app, speaker, options)
    })
}

/// Does what the app asked, other than quitting; returns the shell's answer to tell the app.
fn carry_out(
    effect: Effect,
    app: &App,
    speaker: &mut Speaker,
    options: &Options,
) -> Option<Message> {
    match effect {
        Effect::Quit => None,
        Effect::SaveQuestions(text) => {
            // Added to the file with the date: an earlier save is never overwritten.
            let path = options.questions_file.clone();
            let saved_on = crate::i18n::tr!(
                app.lang(),
                "questions-saved-on",
                date = crate::i18n::date_words(&crate::kiosk::counts::today(), app.lang())
            );
            let error = crate::questions::save(&path, &saved_on, &text).err();
            Some(Message::Saved { path, error })
        }
        Effect::Log(_) | Effect::PinGuard => {
            keep(&effect, app, options);
            None
        }
        Effect::Speak { text, voice } => speaker
            .speak(&text, voice)
            .err()
            .map(|why| Message::SpeechFailed(why.message(app.lang()))),
        Effect::StopSpeaking => {
            speaker.stop();
            None
        }
        Effect::Check(files) => Some(check_now(&files)),
    }
}

/// Kiosk with `counts = true`: adds what the app counted to today's counts; otherwise they are
/// dropped. The drawn screen and the screen-reader mode both record here.
pub fn record_counts(counts: Vec<crate::kiosk::counts::Count>, options: &Options) {
    let Some(k) = options
        .kiosk
        .as_ref()
        .filter(|k| k.counts && !counts.is_empty())
    else {
        return;
    };
    let day = crate::kiosk::counts::today();
    if let Err(e) = crate::kiosk::counts::add(&k.counts_path(), &day, &counts) {
        let _ = log::append(&k.log, &format!("could not write the counts: {e}"));
    }
}

/// Kiosk, at an idle reset: the updated guides, when the guides folder changed and the new set
/// is valid (a broken one is refused, logged and reported in the status file).
pub fn updated(options: &Options) -> Option<Vec<Guide>> {
    let mut live = options
        .live
        .as_ref()?
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let Live {
        library,
        source,
        updates,
    } = &mut *live;
    let (new, from) = updates.poll(source, library.len())?;
    *library = new.clone();
    *source = from;
    Some(new)
}

/// The most columns and rows drawn: more than any screen shows. A terminal may report anything
/// (65535x65535 asked ratatui for 206 GB); the app draws at most this much, from the top left.
pub const MAX_COLUMNS: u16 = 1000;
pub const MAX_ROWS: u16 = 400;

/// A size as the app draws it.
pub fn fit(size: ratatui::layout::Size) -> ratatui::layout::Size {
    ratatui::layout::Size::new(size.width.min(MAX_COLUMNS), size.height.min(MAX_ROWS))
}

fn to_action(ev: Event, app: &App, kiosk: Option<&KioskConfig>) -> Option<Action> {
    match ev {
        Event::Key(k) => {
            if kiosk.is_some_and(|c| keymap::is_chord(k, &c.exit_chord)) {
                Some(Action::StaffExit)
            } else {
                keymap::action_for(k, app.input_mode())
            }
        }
        Event::Mouse(m) => keymap::pointer(m).and_then(|p| crate::hit::action(app, p)),
        _ => None,
    }
}
