//! The screen-reader mode: the guide line by line on the terminal's main screen, for screen
//! readers (Orca, NVDA, speakup, a braille display). No alternate screen, no box drawing, no
//! colour, no cursor movement: numbered menus, plain paragraphs, citations as "(source 2)", and
//! a prompt that always says what can be typed. It drives the same `App` as the full-screen
//! view, with the same actions: it is another view, not a second app.

use std::io::{self, BufRead, Write};
use std::sync::mpsc::RecvTimeoutError;
use std::time::Duration;

use crate::action::Action;
use crate::app::{App, Effect, Kiosk, Window};
use crate::doc::View;
use crate::guide::Guide;

/// Where the reader is: the list of sections, one section's topics, or a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Sections,
    Topics,
    Topic,
}

const COMMANDS: &[(&str, &str)] = &[
    ("a number", "open that item of the list"),
    (
        "a word, or s",
        "search every guide for it (s asks for the words)",
    ),
    ("b", "back one step"),
    ("n, p", "next or previous topic"),
    ("k", "the most important information"),
    ("g", "when and where to get help"),
    ("y", "check yourself: questions about what you read"),
    ("d", "what the words in this topic mean"),
    ("a", "add a question about this topic to My questions"),
    ("m", "My questions"),
    ("i", "about this guide, and the disclaimer"),
    ("h", "these commands"),
    ("q", "quit"),
];

struct Linear<'a, W: Write> {
    app: App,
    out: &'a mut W,
    place: Place,
    kiosk: bool,
    /// `s` was typed: the next line is what to search for.
    searching: bool,
}

/// Runs the screen-reader mode until `q` or the end of input. Returns "My questions" as text
/// when the patient made a list. A kiosk (with `idle` set) cannot be quit, and after `idle`
/// without a typed line it forgets everything and starts again for the next person.
pub fn run(
    library: Vec<Guide>,
    start: usize,
    kiosk: Option<Kiosk>,
    idle: Option<Duration>,
    input: impl BufRead + Send + 'static,
    out: &mut impl Write,
) -> io::Result<Option<String>> {
    let in_kiosk = kiosk.is_some();
    // A tall, wide screen: nothing scrolls, and ASCII only (no box drawing).
    let view = View {
        ascii: true,
        ..View::default()
    };
    let fresh =
        |library, kiosk| App::with(library, start, 100, 5000, view, kiosk).with_speech(false);
    let mut me = Linear {
        app: fresh(library, kiosk),
        out,
        place: Place::Sections,
        kiosk: in_kiosk,
        searching: false,
    };
    me.opening()?;
    // Lines are read on a thread of their own, so the idle clock runs while nobody types.
    let (send, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in input.lines() {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    loop {
        me.prompt()?;
        let line = match idle {
            Some(wait) => match lines.recv_timeout(wait) {
                Err(RecvTimeoutError::Timeout) => {
                    let library = me.app.library().to_vec();
                    let kiosk = me.app.kiosk_settings().cloned();
                    me.app = fresh(library, kiosk);
                    me.say("")?;
                    me.say(
                        "No one typed for a while: the guide starts again for the next person.",
                    )?;
                    me.opening()?;
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => break,
                Ok(line) => line?,
            },
            None => match lines.recv() {
                Ok(line) => line?,
                Err(_) => break,
            },
        };
        if !me.command(line.trim())? {
            break;
        }
    }
    let list = &me.app.my_questions;
    Ok((!list.is_empty()).then(|| crate::questions::as_text(&me.app.guide, list)))
}

impl<W: Write> Linear<'_, W> {
    fn say(&mut self, text: &str) -> io::Result<()> {
        // Nothing that could move the cursor or draw: the same cleaning as the screen, ASCII.
        let text = crate::text::clean(text, true);
        writeln!(self.out, "{}", text.trim_end())
    }

    fn opening(&mut self) -> io::Result<()> {
        if self.app.welcome().is_some() {
            self.app.update(Action::Enter);
        }
        self.say("patient-guide, screen-reader mode.")?;
        if self.app.window().is_some() {
            self.app.update(Action::Back);
        }
        self.about()?;
        self.say("")?;
        self.say("Type h and Enter for the commands.")?;
        self.sections()
    }

    /// What the About window says (the guide, the disclaimer, the review), without its keys and
    /// clicks for the full screen.
    fn about(&mut self) -> io::Result<()> {
        let guide = &self.app.guide;
        let mut about = vec![
            guide.title.clone(),
            format!("For: {}", guide.condition),
            guide.disclaimer.clone(),
            format!("Last reviewed: {}.", guide.last_reviewed),
        ];
        about.extend(guide.review_note.clone());
        for line in about {
            self.say(&line)?;
        }
        Ok(())
    }

    fn prompt(&mut self) -> io::Result<()> {
        let what = match (self.place, self.app.window()) {
            _ if self.searching => "Type the words to search for, or b",
            (_, Some(Window::Quiz { given: None, .. })) => {
                "Type the number of your answer, or b to stop"
            }
            (_, Some(Window::Quiz { .. })) => "Type n for the next question, or b to stop",
            (_, Some(Window::AddQuestion { .. })) => "Type the number of the question to add, or b",
            (_, Some(Window::Search(_))) => "Type the number of a result, or b",
            (Place::Sections, _) => "Type a section number, a word to search, or h for help",
            (Place::Topics, _) => {
                "Type a topic number, b for the sections, a word to search, or h for help"
            }
            (Place::Topic, _) => {
                "Type n for the next topic, p for the previous, b for the list, or h for help"
            }
        };
        write!(self.out, "{what}: ")?;
        self.out.flush()
    }

    /// Carries out one typed line; false when the patient quits.
    fn command(&mut self, typed: &str) -> io::Result<bool> {
        let number = typed
            .parse::<usize>()
            .ok()
            .filter(|n| *n > 0)
            .map(|n| n - 1);
        if self.app.window().is_some() {
            return self.in_window(typed, number);
        }
        match (typed, number) {
            ("", _) => {}
            ("q", _) if self.kiosk => self.say("This is a clinic kiosk. Staff can end it.")?,
            ("q", _) => return Ok(false),
            ("h", _) => {
                for (keys, what) in COMMANDS {
                    self.say(&format!("{keys}: {what}"))?;
                }
            }
            ("b", _) => match self.place {
                Place::Topic => self.topics()?,
                _ => self.sections()?,
            },
            ("s", _) => self.searching = true,
            ("k", _) => self.page(Action::KeyFacts)?,
            ("g", _) => self.page(Action::GetHelp)?,
            ("i", _) => self.about()?,
            ("y", _) => {
                self.app.update(Action::CheckYourself);
                self.window_text()?;
            }
            ("m", _) => {
                self.app.update(Action::MyQuestions);
                self.window_text()?;
                self.app.update(Action::Back);
            }
            ("a", _) if self.place == Place::Topic => {
                self.app.update(Action::AddQuestion);
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
                self.app.update(Action::Focus(crate::action::Pane::Topics));
                self.app.update(step);
                if self.app.topic_index() == before {
                    self.say(if typed == "n" {
                        "This is the last topic of the section."
                    } else {
                        "This is the first topic of the section."
                    })?;
                } else {
                    self.topic()?;
                }
            }
            (_, Some(n)) if self.place == Place::Sections => {
                if n < self.app.guide.sections.len() {
                    self.app.update(Action::Section(n));
                    self.topics()?;
                } else {
                    self.say("There is no section with that number.")?;
                }
            }
            (_, Some(n)) if self.place == Place::Topics => {
                if n < self.app.topic_count() {
                    self.app.update(Action::PickTopic(n));
                    self.topic()?;
                } else {
                    self.say("There is no topic with that number.")?;
                }
            }
            (word, _) if word.chars().count() > 1 => self.search(word)?,
            _ => self.say("Type h and Enter to hear the commands.")?,
        }
        Ok(true)
    }

    /// A line typed while a window is open: its numbered choices, n, or b.
    fn in_window(&mut self, typed: &str, number: Option<usize>) -> io::Result<bool> {
        let quiz = matches!(self.app.window(), Some(Window::Quiz { .. }));
        let search = matches!(self.app.window(), Some(Window::Search(_)));
        match (typed, number) {
            ("b" | "q", _) => {
                self.app.update(Action::Back);
                self.say("Closed.")?;
            }
            (_, Some(n)) if quiz => {
                self.app.update(Action::Section(n));
                self.window_text()?;
            }
            ("n" | "", _) if quiz => {
                self.app.update(Action::Enter);
                if self.app.window().is_some() {
                    self.window_text()?;
                } else {
                    self.say("That was the last question.")?;
                }
            }
            (_, Some(n)) if search => {
                self.app.update(Action::Choose(n));
                if self.app.window().is_none() {
                    self.topic()?;
                }
            }
            (_, Some(n)) => {
                self.app.update(Action::Choose(n));
                if let Some(status) = self.app.status.clone() {
                    self.say(&status)?;
                }
            }
            _ => self.say("Type a number from the list, or b.")?,
        }
        Ok(true)
    }

    fn sections(&mut self) -> io::Result<()> {
        self.place = Place::Sections;
        let titles: Vec<String> = self
            .app
            .guide
            .sections
            .iter()
            .map(|s| s.title.clone())
            .collect();
        let name = self.app.guide.title.clone();
        self.say(&format!("{name}. {} sections:", titles.len()))?;
        for (i, t) in titles.iter().enumerate() {
            self.say(&format!("{}. {t}", i + 1))?;
        }
        Ok(())
    }

    fn topics(&mut self) -> io::Result<()> {
        self.place = Place::Topics;
        let Some(section) = self.app.guide.sections.get(self.app.section) else {
            return Ok(());
        };
        let lines: Vec<String> = std::iter::once(format!(
            "{}. {} topics:",
            section.title,
            section.topics.len()
        ))
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
        let mut text = crate::print::topic_text(&self.app.guide, topic);
        // The only bracketed numbers in printed text are citation markers.
        for n in (1..=self.app.guide.sources.len()).rev() {
            text = text.replace(&format!("[{n}]"), &format!("(source {n})"));
        }
        let section = &self.app.guide.sections[self.app.section];
        let (n, of) = (self.app.topic_index() + 1, section.topics.len());
        self.say(&format!("Topic {n} of {of} in {}.", section.title))?;
        // Underlines and table rules are read aloud as "tilde tilde ..."; they are left out.
        let rule = |l: &str| !l.trim().is_empty() && l.chars().all(|c| "~=- ".contains(c));
        for line in text.lines().filter(|l| !rule(l)) {
            self.say(line)?;
        }
        Ok(())
    }

    /// One of the guide's own pages (key facts, get help), opened as the app opens it.
    fn page(&mut self, action: Action) -> io::Result<()> {
        let effects = self.app.update(action);
        debug_assert!(!effects.contains(&Effect::Quit));
        self.topic()
    }

    /// The open window's text, line by line.
    fn window_text(&mut self) -> io::Result<()> {
        let lines: Vec<String> = self.app.overlay_rows().iter().map(|r| r.text()).collect();
        for l in lines {
            self.say(&l)?;
        }
        Ok(())
    }

    fn search(&mut self, words: &str) -> io::Result<()> {
        self.app.update(Action::Search);
        self.app.update_all(words.chars().map(Action::TypeChar));
        let Some(Window::Search(b)) = self.app.window() else {
            return Ok(());
        };
        let guide = &self.app.guide;
        let mut lines = vec![if b.results.closest {
            format!("Nothing matches \"{words}\". The closest topics:")
        } else {
            format!("{} results for \"{words}\":", b.results.hits.len())
        }];
        for (i, hit) in b.results.hits.iter().enumerate().take(9) {
            let title = self
                .app
                .library()
                .get(hit.place.guide)
                .unwrap_or(guide)
                .sections
                .get(hit.place.section)
                .and_then(|s| s.topics.get(hit.place.topic))
                .map_or("", |t| t.title.as_str());
            lines.push(format!("{}. {title}: {}", i + 1, hit.snippet));
        }
        for l in lines {
            self.say(&l)?;
        }
        Ok(())
    }

    /// The glossary words in this topic and what they mean.
    fn words(&mut self) -> io::Result<()> {
        let mut terms: Vec<usize> = self.app.terms().map(|(_, t)| t).collect();
        terms.dedup();
        if terms.is_empty() {
            return self.say("This topic has no words explained in the glossary.");
        }
        let lines: Vec<String> = terms
            .iter()
            .filter_map(|&t| self.app.guide.glossary.get(t))
            .map(|g| format!("{}: {}", g.term, g.definition))
            .collect();
        for l in lines {
            self.say(&l)?;
        }
        Ok(())
    }
}
