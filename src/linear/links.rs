//! The screen-reader mode's links: the topics a topic links to ("Whom to call, and when: Get
//! help now."), said as a numbered list after its text, each opened by its number; `b` then
//! goes back to the topic the link was in, as Back does on the full screen.

use std::io::{self, Write};

use super::Linear;
use crate::action::Action;
use crate::doc::Link;
use crate::i18n::tr;

impl<W: Write> Linear<'_, W> {
    /// The topics this topic links to, in reading order, each once, never itself.
    pub(super) fn topic_links(&self) -> Vec<(usize, usize)> {
        let here = (self.app.reading.section, self.app.topic_index());
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (_, link) in self.app.links() {
            if let Link::Topic(section, topic) = link
                && (section, topic) != here
                && !out.contains(&(section, topic))
            {
                out.push((section, topic));
            }
        }
        out
    }

    /// After a topic's text: where its links lead, numbered to be typed.
    pub(super) fn say_links(&mut self) -> io::Result<()> {
        let links = self.topic_links();
        if links.is_empty() {
            return Ok(());
        }
        let guide = &self.app.reading.guide;
        let titles: Vec<String> = links
            .iter()
            .filter_map(|&(s, t)| guide.sections.get(s)?.topics.get(t))
            .map(|t| t.title.clone())
            .collect();
        self.say(&tr!(self.lang(), "sr-links", count = titles.len()))?;
        for (i, title) in titles.iter().enumerate() {
            self.say(&format!("{}. {title}", i + 1))?;
        }
        Ok(())
    }

    /// Opens link `n` (0-based) of the topic, remembering where it was, and says the topic.
    pub(super) fn follow(&mut self, n: usize) -> io::Result<()> {
        match self.topic_links().get(n) {
            Some(&(section, topic)) => {
                self.act(Action::Follow(Link::Topic(section, topic)));
                self.followed += 1;
                self.topic()
            }
            None => self.say(&tr!(self.lang(), "sr-no-link")),
        }
    }

    /// Back to the topic the last link was followed from.
    pub(super) fn go_back(&mut self) -> io::Result<()> {
        self.act(Action::HistoryBack);
        self.followed -= 1;
        self.topic()
    }
}
