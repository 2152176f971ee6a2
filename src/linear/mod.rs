//! The screen-reader mode: the guide line by line on the terminal's main screen, for screen
//! readers (Orca, NVDA, speakup, a braille display). No alternate screen, no box drawing, no
//! colour, no cursor movement: numbered menus, plain paragraphs, citations as "(source 2)", and
//! a prompt that always says what can be typed. It drives the same `App` as the full-screen
//! view, with the same actions: it is another view, not a second app.

use crate::app::QuizQuestion;
use std::io::{self, Write};
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use crate::kiosk::idle::{IdleClock, Tick};

mod kiosk;
mod lines;
mod links;
mod quiz;
mod windows;

use kiosk::{Clock, TICK, chord_in};
pub use kiosk::{Counter, Keeper, KioskRun};
pub use lines::lines;

use crate::action::Action;
use crate::app::{App, Effect, Window};
use crate::doc::View;
use crate::guide::Guide;
use crate::i18n::{Lang, msg, t, tr};

/// Where the reader is: the list of sections, one section's topics, or a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Sections,
    Topics,
    Topic,
}

/// The commands, as `h` lists them: what to type (a message id when it is words, else the
/// letters themselves) and the message id of what it does.
/// Guides said at most when listed: more is narrowed by typing words.
const SAID_AT_MOST: usize = 30;

const COMMANDS: &[(&str, &str)] = &[
    (msg!("sr-key-number"), msg!("sr-help-number")),
    (msg!("sr-key-word"), msg!("sr-help-word")),
    ("b", msg!("sr-help-back")),
    ("n, p", msg!("sr-help-next")),
    ("k", msg!("sr-help-key-facts")),
    ("g", msg!("sr-help-get-help")),
    ("y", msg!("sr-help-quiz")),
    ("d", msg!("sr-help-words")),
    ("a", msg!("sr-help-add")),
    ("m", msg!("sr-help-my-questions")),
    ("i", msg!("sr-help-about")),
    ("o", msg!("sr-help-guides")),
    ("l", msg!("sr-help-language")),
    ("h", msg!("sr-help-commands")),
    ("q", msg!("sr-help-quit")),
];

struct Linear<'a, W: Write> {
    app: App,
    out: &'a mut W,
    /// A kiosk's keeper of what the app asks the shell to keep (log lines, the PIN's tries).
    keep: Option<Keeper<'a>>,
    /// A kiosk's recorder of what the app counted.
    count: Option<Counter<'a>>,
    /// The app asked to quit (the right staff PIN).
    quit: bool,
    place: Place,
    kiosk: bool,
    /// Several medicines and none asked for: the guides are listed first, to choose one.
    choose: bool,
    /// `s` was typed: the next line is what to search for.
    searching: bool,
    /// How many links (and "read more"s) led here, one after another: `b` goes back through
    /// them to the topic each came from before it goes back to a list.
    followed: usize,
    /// Where My questions is saved (a desktop; a kiosk saves nothing).
    questions_file: Option<std::path::PathBuf>,
}

/// Runs the screen-reader mode until `q` or the end of input, or in a kiosk until the staff PIN
/// or a signal. Returns "My questions" as text when the patient made a list (never in a kiosk).
pub fn run<'a>(
    library: Vec<Guide>,
    (start, choose): (usize, bool),
    questions_file: Option<&std::path::Path>,
    kiosk: Option<KioskRun<'a>>,
    lang: Lang,
    lines: &Receiver<io::Result<String>>,
    out: &'a mut impl Write,
) -> io::Result<Option<String>> {
    // A tall, wide screen: nothing scrolls, and ASCII only (no box drawing).
    let view = View {
        ascii: true,
        lang,
        ..View::default()
    };
    let fresh = |library: Vec<std::sync::Arc<Guide>>, kiosk| {
        App::with(library, start, 100, 5000, view, kiosk).with_speech(false)
    };
    let settings = kiosk.as_ref().map(|k| k.kiosk.clone());
    let in_kiosk = kiosk.is_some();
    let (mut kiosk, keep, count) = match kiosk {
        Some(KioskRun {
            kiosk: _,
            idle,
            chord,
            stop,
            updated,
            keep,
            count,
            terminal,
        }) => (
            Some(Clock {
                idle,
                chord,
                stop,
                updated,
                terminal,
            }),
            Some(keep),
            Some(count),
        ),
        None => (None, None, None),
    };
    let mut app = fresh(library.into_iter().map(Into::into).collect(), settings);
    // A desktop goes on from the list saved last time, as the full screen does.
    let keeps = crate::keymap::policy::keeps_questions(in_kiosk);
    let questions_file = questions_file.filter(|_| keeps);
    if let Some(text) = questions_file.and_then(|p| crate::questions::kept(p).ok()) {
        app = app.with_saved_questions(crate::questions::read_back(&text));
    }
    let mut me = Linear {
        app,
        out,
        keep,
        count,
        quit: false,
        place: Place::Sections,
        kiosk: in_kiosk,
        searching: false,
        followed: 0,
        choose,
        questions_file: questions_file.map(Into::into),
    };
    me.opening()?;
    // Line by line there is no countdown on screen: the whole idle time passes, then the reset.
    let mut clock = kiosk
        .as_ref()
        .map(|k| IdleClock::new(k.idle, Duration::ZERO, Instant::now()));
    loop {
        me.prompt()?;
        let line = loop {
            let Some(k) = kiosk.as_mut() else {
                break lines.recv().ok();
            };
            if k.stop.load(Ordering::Relaxed) {
                return Ok(None);
            }
            let now = Instant::now();
            let clock = clock.as_mut().expect("a kiosk has its clock");
            if clock.tick(now) == Some(Tick::Reset) {
                // What the last person's open window leaves for the counts (a search that found
                // nothing) is counted and recorded before the app is made anew.
                me.app.patient_left();
                me.carry(Vec::new());
                // The next person: everything forgotten, on the updated guides if any.
                let library = match (k.updated)() {
                    Some(new) => new.into_iter().map(Into::into).collect(),
                    None => me.app.library().to_vec(),
                };
                let settings = me.app.kiosk_settings().cloned();
                me.app = fresh(library, settings);
                me.place = Place::Sections;
                me.searching = false;
                me.followed = 0;
                if let Some(t) = k.terminal {
                    let _ = t.echo(true);
                }
                me.say("")?;
                me.say(&tr!(me.lang(), "sr-idle-reset"))?;
                me.opening()?;
                me.prompt()?;
                continue;
            }
            match lines.recv_timeout(clock.until_reset(now).min(TICK)) {
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break None,
                Ok(line) => break Some(line),
            }
        };
        let Some(line) = line else { break };
        let line = line?;
        if let Some(clock) = clock.as_mut() {
            clock.input(Instant::now());
        }
        if let Some(k) = kiosk.as_mut()
            && (me.app.window().is_some_and(|w| matches!(w, Window::Pin(_)))
                || chord_in(&line, &k.chord))
        {
            // Staff's chord after "s": the line after the PIN is no search.
            me.searching = false;
            if me.staff(&line, k)? {
                return Ok(None);
            }
            continue;
        }
        // Control characters typed into the line (Ctrl-D, Ctrl-C ... where the kiosk turned
        // their meaning off; ESC from a key the mode has no use for) are not words.
        let typed: String = line.chars().filter(|c| !c.is_control()).collect();
        if !me.command(typed.trim())? {
            break;
        }
    }
    let list = &me.app.questions.list;
    Ok((!list.is_empty() && keeps)
        .then(|| crate::questions::as_text(&me.app.reading.guide, list, me.app.look.view.lang)))
}

impl<W: Write> Linear<'_, W> {
    /// Applies `action` and carries out what it asks of the shell: quitting (the staff PIN) is
    /// noted in `quit`; a kiosk's log lines and PIN tries go to its keeper; My questions is
    /// saved to its file on a desktop, as the full screen saves it. Nothing else is asked in
    /// this mode: it reads nothing aloud (speech is off), and every guide is checked before it
    /// starts.
    fn act(&mut self, action: Action) {
        let effects = self.app.update(action);
        self.carry(effects);
    }

    /// Several actions as one batch (typed words), carried out as `act` does.
    fn act_all(&mut self, actions: impl IntoIterator<Item = Action>) {
        let effects = self.app.update_all(actions);
        self.carry(effects);
    }

    /// Carries out `effects` through the app's one drain (`App::drain`): a kiosk's log lines and
    /// PIN tries go to its keeper, My questions is saved and the app told how that went, and a
    /// quit is noted. This mode never asks to read aloud (speech is off) or to check a guide
    /// (every guide is checked before it starts), so those two are never asked of it.
    fn carry(&mut self, effects: Vec<Effect>) {
        let Self {
            app,
            keep,
            questions_file,
            ..
        } = self;
        let quit = app.drain(effects, |effect, app| match effect {
            Effect::Quit => None,
            Effect::Log(_) | Effect::PinGuard => {
                if let Some(keep) = keep.as_mut() {
                    keep(&effect, app);
                }
                None
            }
            Effect::SaveQuestions(text) => {
                let path = questions_file.clone()?;
                let saved_on = tr!(
                    app.lang(),
                    "questions-saved-on",
                    date = crate::i18n::date_words(&crate::kiosk::counts::today(), app.lang())
                );
                let error = crate::questions::save(&path, &saved_on, &text).err();
                Some(crate::action::Message::Saved { path, error })
            }
            Effect::Speak { .. } | Effect::StopSpeaking | Effect::Check(_) => None,
        });
        self.quit |= quit;
        // What the app counted, before an idle reset can forget it (a desktop drops it).
        let counts = self.app.take_counts();
        if let Some(count) = self.count.as_mut() {
            count(counts);
        }
    }

    fn lang(&self) -> Lang {
        self.app.lang()
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        // Nothing that could move the cursor or draw: the same cleaning as the screen. English
        // in ASCII; other languages keep their letters (a screen reader says "día", not "dia").
        let text = if self.lang() == Lang::En {
            crate::text::clean_ascii(text)
        } else {
            crate::text::clean(text, false)
        };
        writeln!(self.out, "{}", text.trim_end())
    }

    fn opening(&mut self) -> io::Result<()> {
        if self.app.welcome().is_some() {
            self.act(Action::Enter);
        }
        self.say(&tr!(self.lang(), "sr-opening"))?;
        if self.app.window().is_some() {
            self.act(Action::Back);
        }
        if self.choose && !self.kiosk && self.app.offers_guides() {
            self.say("")?;
            self.say(&tr!(self.lang(), "sr-commands-hint"))?;
            self.act(Action::Guides);
            return self.guides();
        }
        self.about()?;
        self.say("")?;
        self.say(&tr!(self.lang(), "sr-commands-hint"))?;
        self.sections()
    }

    /// What the About window says (the guide, the disclaimer, the review), without its keys and
    /// clicks for the full screen.
    fn about(&mut self) -> io::Result<()> {
        let lang = self.lang();
        let guide = &self.app.reading.guide;
        let mut about = vec![
            guide.title.clone(),
            tr!(lang, "about-for", condition = &guide.condition),
            guide.disclaimer.clone(),
            tr!(
                lang,
                "about-reviewed",
                date = crate::i18n::date_words(&guide.last_reviewed, self.lang())
            ),
        ];
        about.extend(guide.review_note.clone());
        for line in about {
            self.say(&line)?;
        }
        Ok(())
    }

    fn prompt(&mut self) -> io::Result<()> {
        let id = match (self.place, self.app.window()) {
            _ if self.searching && self.app.window().is_none() => msg!("sr-prompt-search"),
            (_, Some(Window::Quiz(QuizQuestion { given: None, .. }))) => msg!("sr-prompt-answer"),
            (_, Some(Window::Quiz(_))) => msg!("sr-prompt-next-question"),
            (_, Some(Window::AddQuestion(_))) => msg!("sr-prompt-add"),
            (_, Some(Window::WriteQuestion(_))) => msg!("sr-prompt-write"),
            (_, Some(Window::MyQuestions(_))) if self.questions_file.is_some() => {
                msg!("sr-prompt-questions")
            }
            (_, Some(Window::MyQuestions(_))) => msg!("sr-prompt-questions-kiosk"),
            (_, Some(Window::ConfirmQuit(_))) => msg!("sr-prompt-quit"),
            (_, Some(Window::Search(_))) => msg!("sr-prompt-result"),
            (_, Some(Window::Guides(_))) => msg!("sr-prompt-guides"),
            (Place::Sections, _) => msg!("sr-prompt-sections"),
            (Place::Topics, _) => msg!("sr-prompt-topics"),
            (Place::Topic, _) => msg!("sr-prompt-topic"),
        };
        let what = if id == msg!("sr-prompt-topic") {
            let yes = |b: bool| if b { "yes" } else { "no" };
            tr!(
                self.lang(),
                "sr-prompt-topic",
                links = yes(!self.topic_links().is_empty()),
                back = yes(self.followed > 0)
            )
        } else {
            t(self.lang(), id)
        };
        let what = if self.lang() == Lang::En {
            crate::text::clean_ascii(&what)
        } else {
            crate::text::clean(&what, false)
        };
        write!(self.out, "{what}: ")?;
        self.out.flush()
    }

    /// Carries out one typed line; false when the patient quits. Going anywhere but by a link
    /// (or back through one) forgets the links followed.
    fn command(&mut self, typed: &str) -> io::Result<bool> {
        let here = |me: &Self| (me.place, me.app.reading.section, me.app.topic_index());
        let (before, followed) = (here(self), self.followed);
        let going_on = self.step(typed)?;
        if self.followed == followed && here(self) != before {
            self.followed = 0;
        }
        Ok(going_on)
    }

    fn step(&mut self, typed: &str) -> io::Result<bool> {
        let number = typed
            .parse::<usize>()
            .ok()
            .filter(|n| *n > 0)
            .map(|n| n - 1);
        // After "s", the next line is the words to search for, whatever they are; nothing, or
        // "b", goes back. Either way the prompt is the place's again (it used to stay "Type the
        // words to search for" for the rest of the run, over the results' prompt too).
        if std::mem::take(&mut self.searching) {
            if !matches!(typed, "" | "b") {
                self.search(typed)?;
            }
            return Ok(true);
        }
        if self.app.window().is_some() {
            return self.in_window(typed, number);
        }
        match (typed, number) {
            ("", _) => {}
            // A kiosk refuses quitting (`keymap::policy`): it says how staff end it instead.
            ("q", _) if self.kiosk && crate::keymap::policy::refuses(&Action::Quit) => {
                self.say(&tr!(self.lang(), "sr-kiosk-quit"))?
            }
            // With questions not saved, the app asks first (save, quit anyway, stay).
            ("q", _) => {
                self.act(Action::Quit);
                if self.quit {
                    return Ok(false);
                }
                self.window_text()?;
            }
            ("h", _) => {
                let lang = self.lang();
                for (keys, what) in COMMANDS {
                    let keys = if keys.starts_with("sr-") {
                        t(lang, keys)
                    } else {
                        keys.to_string()
                    };
                    self.say(&format!("{keys}: {}", t(lang, what)))?;
                }
            }
            ("l", _) => {
                self.act(Action::Language);
                // A guide with no translation stays as written: the app says so.
                let said = match &self.app.look.notice {
                    Some(notice) => notice.clone(),
                    None => tr!(self.lang(), "sr-language-changed"),
                };
                self.say(&said)?;
                match self.place {
                    Place::Topic => self.topic()?,
                    Place::Topics => self.topics()?,
                    Place::Sections => self.sections()?,
                }
            }
            ("b", _) if self.place == Place::Topic && self.followed > 0 => self.go_back()?,
            ("b", _) => match self.place {
                Place::Topic => self.topics()?,
                _ => self.sections()?,
            },
            ("s", _) => self.searching = true,
            ("k", _) => self.page(Action::KeyFacts)?,
            ("g", _) => self.page(Action::GetHelp)?,
            ("i", _) => self.about()?,
            ("o", _) => {
                self.act(Action::Guides);
                self.guides()?;
            }
            ("y", _) => {
                self.act(Action::CheckYourself);
                self.window_text()?;
            }
            ("m", _) => {
                self.act(Action::MyQuestions);
                self.window_text()?;
            }
            ("a", _) if self.place == Place::Topic => {
                self.act(Action::AddQuestion);
                self.window_text()?;
            }
            ("d", _) if self.place == Place::Topic => self.words()?,
            ("n" | "p", _) if self.place == Place::Topic => {
                let before = self.app.topic_index();
                let step = if typed == "n" {
                    Action::Down
                } else {
                    Action::Up
                };
                self.act(Action::Focus(crate::action::Pane::Topics));
                self.act(step);
                if self.app.topic_index() == before {
                    let id = if typed == "n" {
                        msg!("sr-last-topic")
                    } else {
                        msg!("sr-first-topic")
                    };
                    self.say(&t(self.lang(), id))?;
                } else {
                    self.topic()?;
                }
            }
            (_, Some(n)) if self.place == Place::Sections => {
                if n < self.app.reading.guide.sections.len() {
                    self.act(Action::Section(n));
                    self.topics()?;
                } else {
                    self.say(&tr!(self.lang(), "sr-no-section"))?;
                }
            }
            (_, Some(n)) if self.place == Place::Topics => {
                if n < self.app.topic_count() {
                    self.act(Action::PickTopic(n));
                    self.topic()?;
                } else {
                    self.say(&tr!(self.lang(), "sr-no-topic"))?;
                }
            }
            (_, Some(n)) if self.place == Place::Topic => self.follow(n)?,
            (word, _) if word.chars().count() > 1 => self.search(word)?,
            _ => self.say(&tr!(self.lang(), "sr-commands-hint"))?,
        }
        Ok(true)
    }

    fn sections(&mut self) -> io::Result<()> {
        self.place = Place::Sections;
        let titles: Vec<String> = self
            .app
            .reading
            .guide
            .sections
            .iter()
            .map(|s| s.title.clone())
            .collect();
        let name = self.app.reading.guide.title.clone();
        let count = tr!(self.lang(), "sr-sections", count = titles.len());
        self.say(&format!("{name}. {count}"))?;
        for (i, t) in titles.iter().enumerate() {
            self.say(&format!("{}. {t}", i + 1))?;
        }
        Ok(())
    }

    fn topics(&mut self) -> io::Result<()> {
        self.place = Place::Topics;
        let Some(section) = self
            .app
            .reading
            .guide
            .sections
            .get(self.app.reading.section)
        else {
            return Ok(());
        };
        let count = tr!(self.app.lang(), "sr-topics", count = section.topics.len());
        let lines: Vec<String> = std::iter::once(format!("{}. {count}", section.title))
            .chain(
                section
                    .topics
                    .iter()
                    .enumerate()
                    .map(|(i, t)| format!("{}. {}", i + 1, t.title)),
            )
            .collect();
        for l in lines {
            self.say(&l)?;
        }
        Ok(())
    }

    /// The topic as plain text, citations said as "(source 2)".
    fn topic(&mut self) -> io::Result<()> {
        self.place = Place::Topic;
        let Some(topic) = self.app.topic() else {
            return Ok(());
        };
        let mut text = crate::print::topic_text(&self.app.reading.guide, topic);
        let words = self.app.reading.guide.lang();
        // The only bracketed numbers in printed text are citation markers.
        for n in (1..=self.app.reading.guide.sources.len()).rev() {
            text = text.replace(&format!("[{n}]"), &tr!(words, "sr-source", number = n));
        }
        let section = &self.app.reading.guide.sections[self.app.reading.section];
        let (n, of) = (self.app.topic_index() + 1, section.topics.len());
        let place = tr!(
            self.lang(),
            "sr-topic-of",
            topic = n,
            count = of,
            section = &section.title
        );
        self.say(&place)?;
        // Underlines and table rules are read aloud as "tilde tilde ..."; they are left out.
        let rule = |l: &str| !l.trim().is_empty() && l.chars().all(|c| "~=- ".contains(c));
        for line in text.lines().filter(|l| !rule(l)) {
            self.say(line)?;
        }
        self.say_links()
    }

    /// One of the guide's own pages (key facts, get help), opened as the app opens it.
    fn page(&mut self, action: Action) -> io::Result<()> {
        self.act(action);
        // A guide without the page: what the app says instead (where help is in an emergency),
        // not the topic read again as if it were the page.
        match self.app.look.notice.clone() {
            Some(notice) => self.say(&notice),
            None => self.topic(),
        }
    }
}
