//! The screen-reader mode's windows: a search and its results, the guides to choose from, the
//! open window's text and numbered choices, and the underlined words of a topic.

use crate::app::QuizQuestion;
use std::io::{self, Write};

use super::{Linear, SAID_AT_MOST};
use crate::action::Action;
use crate::app::Window;
use crate::i18n::tr;

impl<W: Write> Linear<'_, W> {
    /// A line typed while a window is open: its numbered choices, n, or b.
    pub(super) fn in_window(&mut self, typed: &str, number: Option<usize>) -> io::Result<bool> {
        match self.app.window() {
            Some(Window::Guides(_)) => return self.in_guides(typed, number),
            Some(Window::MyQuestions(_)) => return self.in_questions(typed),
            Some(Window::WriteQuestion(_)) if typed == "b" => {
                // "b" goes back, as everywhere in this mode: no question is one letter.
                self.act(Action::Back);
                self.window_text()?;
                return Ok(true);
            }
            Some(Window::WriteQuestion(_)) => {
                // The line is the question (an empty one writes nothing).
                self.act_all(typed.chars().map(Action::TypeChar).chain([Action::Enter]));
                // The list again, with what was added at its top: said once, so taken.
                self.window_text()?;
                self.app.questions.status = None;
                return Ok(true);
            }
            _ => {}
        }
        let confirm = matches!(self.app.window(), Some(Window::ConfirmQuit(_)));
        let quiz = matches!(self.app.window(), Some(Window::Quiz(_)));
        let answered = matches!(
            self.app.window(),
            Some(Window::Quiz(QuizQuestion { given: Some(_), .. }))
        );
        let search = matches!(self.app.window(), Some(Window::Search(_)));
        match (typed, number) {
            ("r", _) if answered => self.read_more()?,
            ("b" | "q", _) => {
                self.act(Action::Back);
                self.say(&tr!(self.lang(), "sr-closed"))?;
            }
            (_, Some(n)) if quiz => {
                self.act(Action::Section(n));
                self.window_text()?;
            }
            ("n" | "", _) if quiz => {
                self.act(Action::Enter);
                if self.app.window().is_some() {
                    self.window_text()?;
                } else {
                    self.say(&tr!(self.lang(), "sr-last-question"))?;
                }
            }
            (_, Some(n)) if search => {
                let before = self.app.reading.guide.origin.clone();
                self.act(Action::Choose(n));
                if self.app.window().is_none() {
                    // Never another guide without saying so.
                    if self.app.reading.guide.origin != before {
                        let guide = self.app.reading.guide.title.clone();
                        self.say(&tr!(self.lang(), "sr-now-reading", guide = guide))?;
                    }
                    self.topic()?;
                }
            }
            (_, Some(n)) if confirm => {
                self.act(Action::Choose(n));
                // Saving says where (or why not); the app quits once it is saved.
                if let Some(status) = self.app.questions.status.take() {
                    self.say(&status)?;
                }
                if self.app.window().is_none() && !self.quit {
                    self.say(&tr!(self.lang(), "sr-closed"))?;
                }
            }
            (_, Some(n)) => {
                self.act(Action::Choose(n));
                // Said once: not again at the top of My questions.
                if let Some(status) = self.app.questions.status.take() {
                    self.say(&status)?;
                }
            }
            _ => self.say(&tr!(self.lang(), "sr-number-or-b"))?,
        }
        Ok(!self.quit)
    }

    /// A line typed in My questions: w writes one, r and a number removes one, s saves the
    /// list (not on a kiosk), b closes it.
    fn in_questions(&mut self, typed: &str) -> io::Result<bool> {
        let removed = typed
            .strip_prefix('r')
            .map(str::trim)
            .and_then(|n| n.parse::<usize>().ok());
        match typed {
            "b" | "q" | "m" => {
                self.act(Action::Back);
                self.say(&tr!(self.lang(), "sr-closed"))?;
            }
            "w" => self.act(Action::WriteQuestion),
            "s" if self.questions_file.is_some() && !self.app.questions.list.is_empty() => {
                self.act(Action::SaveQuestions);
                if let Some(status) = self.app.questions.status.take() {
                    self.say(&status)?;
                }
            }
            _ => match removed {
                Some(n) if (1..=self.app.questions.list.len()).contains(&n) => {
                    let question = self.app.questions.list[n - 1].clone();
                    self.act(Action::Choose(n - 1));
                    self.act(Action::RemoveQuestion);
                    self.say(&tr!(
                        self.lang(),
                        "sr-question-removed",
                        question = question
                    ))?;
                    self.window_text()?;
                }
                _ => self.say(&tr!(self.lang(), "sr-questions-hint"))?,
            },
        }
        Ok(true)
    }

    /// The guides to choose from, numbered, each with its condition.
    pub(super) fn guides(&mut self) -> io::Result<()> {
        let lang = self.lang();
        let listed: Vec<String> = self
            .app
            .guides_listed()
            .iter()
            .map(|h| {
                format!(
                    "{}, {}",
                    h.title,
                    tr!(lang, "about-for", condition = h.condition.as_ref())
                )
            })
            .collect();
        self.say(&tr!(lang, "sr-guides", count = listed.len()))?;
        for (i, line) in listed.iter().enumerate().take(SAID_AT_MOST) {
            self.say(&format!("{}. {line}", i + 1))?;
        }
        if listed.len() > SAID_AT_MOST {
            let more = listed.len() - SAID_AT_MOST;
            self.say(&tr!(lang, "guides-more", count = more))?;
        }
        Ok(())
    }

    /// A line typed while the guides are listed: a number opens that guide; words narrow the
    /// list; b closes it.
    pub(super) fn in_guides(&mut self, typed: &str, number: Option<usize>) -> io::Result<bool> {
        match (typed, number) {
            ("b" | "q", _) => {
                // Esc first erases what was typed, then closes.
                while matches!(self.app.window(), Some(Window::Guides(_))) {
                    self.act(Action::CloseWindow);
                }
                self.say(&tr!(self.lang(), "sr-closed"))?;
            }
            (_, Some(n)) if n < self.app.guides_listed().len() => {
                self.act(Action::Choose(n));
                // The guide's About window is said, not shown.
                if matches!(self.app.window(), Some(Window::About)) {
                    self.act(Action::Back);
                }
                self.about()?;
                self.sections()?;
            }
            ("", _) | (_, Some(_)) => self.say(&tr!(self.lang(), "sr-number-or-b"))?,
            (words, None) => {
                // Esc erases what was typed before; then the new words narrow the list.
                self.act(Action::Back);
                if !matches!(self.app.window(), Some(Window::Guides(_))) {
                    self.act(Action::Guides);
                }
                self.act_all(words.chars().map(Action::TypeChar));
                self.guides()?;
            }
        }
        Ok(true)
    }

    pub(super) fn search(&mut self, words: &str) -> io::Result<()> {
        // Words in quotes are searched for as typed: no typo is corrected.
        let quoted = words
            .strip_prefix('"')
            .and_then(|w| w.strip_suffix('"'))
            .filter(|w| !w.trim().is_empty());
        let words = quoted.unwrap_or(words);
        self.act(Action::Search);
        self.act_all(words.chars().map(Action::TypeChar));
        if quoted.is_some() {
            self.act(Action::SearchAsTyped);
        }
        let Some(Window::Search(b)) = self.app.window() else {
            return Ok(());
        };
        let guide = &self.app.reading.guide;
        let lang = self.app.lang();
        let mut lines = vec![if b.results.closest {
            tr!(lang, "sr-search-closest", words = words)
        } else {
            tr!(
                lang,
                "sr-search-results",
                count = b.results.hits.len(),
                words = words
            )
        }];
        if let Some(c) = b.results.corrected.as_ref().filter(|_| !b.results.closest) {
            lines.push(tr!(
                lang,
                "sr-search-corrected",
                words = c,
                typed = words.trim()
            ));
        }
        // With several medicines, each result names its guide: opening one may change guides.
        let several = self.app.offers_guides();
        // Every result (at most `MAX_HITS`), so each one the count names can be chosen by its
        // number (until 2026-12-06 only the first nine were said).
        for (i, hit) in b.results.hits.iter().enumerate().take(SAID_AT_MOST) {
            let of = self.app.library().get(hit.place.guide).unwrap_or(guide);
            let title = of
                .sections
                .get(hit.place.section)
                .and_then(|s| s.topics.get(hit.place.topic))
                .map_or("", |t| t.title.as_str());
            let medicine = if several {
                format!("{} - ", of.title)
            } else {
                String::new()
            };
            lines.push(format!("{}. {medicine}{title}: {}", i + 1, hit.snippet));
        }
        for l in lines {
            self.say(&l)?;
        }
        Ok(())
    }

    /// The glossary words in this topic and what they mean.
    pub(super) fn words(&mut self) -> io::Result<()> {
        let mut terms: Vec<usize> = self.app.terms().map(|(_, t)| t).collect();
        terms.dedup();
        if terms.is_empty() {
            return self.say(&tr!(self.lang(), "sr-no-words"));
        }
        let lines: Vec<String> = terms
            .iter()
            .filter_map(|&t| self.app.reading.guide.glossary.get(t))
            .map(|g| format!("{}: {}", g.term, g.definition))
            .collect();
        for l in lines {
            self.say(&l)?;
        }
        Ok(())
    }

    /// The open window's text, line by line: what it says, without its keys and taps (this
    /// mode has its own commands, which its prompts say). Check yourself is said from the guide
    /// (`quiz_text`).
    pub(super) fn window_text(&mut self) -> io::Result<()> {
        if matches!(self.app.window(), Some(Window::Quiz(_))) {
            return self.quiz_text();
        }
        // Choices drawn as a list to move through are numbered here, to be typed.
        let numbered = matches!(
            self.app.window(),
            Some(Window::AddQuestion(_) | Window::ConfirmQuit(_))
        );
        // A paragraph or an item the window wrapped over several rows is said as one line (a
        // braille display shows a line cut at the window's width as two).
        let mut lines: Vec<(Option<usize>, Option<crate::doc::Tone>, String)> = Vec::new();
        let rows = self.app.window_rows().iter().filter(|r| {
            use crate::doc::Link;
            use crate::doc::pages::{
                QUESTIONS_DOWN, QUESTIONS_REMOVE, QUESTIONS_UP, QUESTIONS_WRITE,
            };
            // A kiosk's touch buttons and on-screen keyboard: this mode has its commands (r 2
            // removes the second) and a keyboard of its own.
            let touch = matches!(
                r.item,
                Some(QUESTIONS_WRITE | QUESTIONS_REMOVE | QUESTIONS_UP | QUESTIONS_DOWN)
            ) || r
                .pieces
                .iter()
                .any(|p| matches!(p.link, Some(Link::Type(_) | Link::Erase | Link::Enter)));
            // Never a QR code's rows of "#", which a screen reader reads out sign by sign.
            !touch
                && !r
                    .pieces
                    .iter()
                    .any(|p| matches!(p.tone, crate::doc::Tone::Keys | crate::doc::Tone::Qr))
        });
        for r in rows {
            let text = r.text();
            let tone = r.pieces.first().map(|p| p.tone);
            match lines.last_mut() {
                Some((item, t, said))
                    if *item == r.item
                        && *t == tone
                        && !said.trim().is_empty()
                        && !text.trim().is_empty() =>
                {
                    said.push(' ');
                    said.push_str(text.trim());
                }
                _ => lines.push((r.item, tone, text)),
            }
        }
        let lines: Vec<String> = lines
            .into_iter()
            .map(|(item, _, text)| match item {
                Some(i) if numbered => format!("{}. {}", i + 1, text.trim()),
                _ => text,
            })
            .collect();
        for l in lines {
            self.say(&l)?;
        }
        Ok(())
    }
}
