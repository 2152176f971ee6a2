//! "Check yourself" in the screen-reader mode: the question and its numbered choices said from
//! the guide itself, each on one line (never cut where the full screen's window wraps, which a
//! braille display shows as two), with no marker on a choice the patient did not pick; once
//! answered, whether it was right, why, and the topic that explains it, opened with `r`.

use crate::app::QuizQuestion;
use std::io::{self, Write};

use super::Linear;
use crate::action::Action;
use crate::app::Window;
use crate::doc::pages::{QUIZ_READ, choice_mark, verdict};
use crate::i18n::tr;

impl<W: Write> Linear<'_, W> {
    /// The open question, as this mode says it.
    pub(super) fn quiz_text(&mut self) -> io::Result<()> {
        let Some(&Window::Quiz(QuizQuestion {
            question, given, ..
        })) = self.app.window()
        else {
            return Ok(());
        };
        let lang = self.lang();
        let guide = &self.app.reading.guide;
        let Some(q) = guide.check_yourself.get(question) else {
            return Ok(());
        };
        let mut lines = vec![
            tr!(
                lang,
                "quiz-of",
                question = question + 1,
                count = guide.check_yourself.len()
            ),
            q.question.clone(),
        ];
        for (c, choice) in q.choices.iter().enumerate() {
            let mark = choice_mark(q, c, given, lang, true);
            lines.push(format!("{}. {choice}{mark}", c + 1));
        }
        if let Some(g) = given {
            lines.push(verdict(q, g, lang));
            lines.push(q.explain.clone());
            let (section, topic) = q.topic;
            if let Some(t) = guide
                .sections
                .get(section)
                .and_then(|s| s.topics.get(topic))
            {
                lines.push(tr!(lang, "sr-quiz-read-more", title = &t.title));
            }
        }
        lines.push(tr!(lang, "quiz-kept"));
        for l in lines {
            self.say(&l)?;
        }
        Ok(())
    }

    /// `r` once a question is answered: the topic that explains it (b comes back to the topic
    /// the patient was reading).
    pub(super) fn read_more(&mut self) -> io::Result<()> {
        self.act(Action::Choose(QUIZ_READ));
        if self.app.window().is_none() {
            self.followed += 1;
            self.topic()
        } else {
            self.say(&tr!(self.lang(), "sr-number-or-b"))
        }
    }
}
