//! Large guides in the project's own format, for benchmarks and load tests: valid, with many
//! sections and topics of realistic text.

use std::fmt::Write;

const SENTENCES: &[&str] = &[
    "Take each dose as your care team planned it, and write down the day you took it.",
    "Keep the pen in the fridge and take it out a little while before you use it.",
    "Call your care team if you have a fever, chills or a cough that does not go away.",
    "Some people feel tired or have a headache on the first day; this often gets better.",
    "Ask your pharmacist what to do if you are not sure about a missed dose.",
    "Blood tests before you start help your doctor plan the safest treatment for you.",
];

/// A valid drug guide with `topics` topics in sections of 25, each topic about
/// `topic_bytes` bytes of body text.
pub fn generate(topics: usize, topic_bytes: usize) -> String {
    let mut s = String::with_capacity(topics * (topic_bytes + 200) + 2000);
    s.push_str(
        "[guide]\nid = \"generated\"\ntitle = \"Generated guide\"\ngeneric_name = \"examplumab\"\n\
         condition = \"a test condition\"\nlanguage = \"en\"\nlast_reviewed = 2026-01-01\n\
         disclaimer = \"Education only. Ask your care team.\"\n\n\
         [[sources]]\nid = \"pi\"\ntitle = \"Prescribing Information\"\npublisher = \"Example\"\n\
         version = \"1\"\nlocation = \"example.org\"\n\n",
    );
    let kinds = ["mechanism", "indications", "dosing", "safety", "other"];
    let per_section = 25;
    for t in 0..topics.max(4) {
        if t % per_section == 0 || t < 4 {
            let n = if t < 4 { t } else { 4 + t / per_section };
            let kind = kinds[n.min(kinds.len() - 1)];
            let _ = write!(
                s,
                "[[sections]]\nid = \"section-{t}\"\ntitle = \"Section {t}\"\nkind = \"{kind}\"\n\n"
            );
        }
        let _ = write!(
            s,
            "[[sections.topics]]\nid = \"topic-{t}\"\ntitle = \"Topic {t} about doses and care\"\ncites = [\"pi 2\"]\nbody = \"\"\"\n"
        );
        let mut written = 0;
        let mut i = t;
        while written < topic_bytes {
            let sentence = SENTENCES[i % SENTENCES.len()];
            if i % 5 == 4 {
                s.push_str("- ");
            }
            s.push_str(sentence);
            s.push_str(if i % 3 == 2 { " [@pi]\n\n" } else { "\n" });
            written += sentence.len() + 2;
            i += 1;
        }
        s.push_str("\"\"\"\n\n");
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_generated_guide_is_valid_and_about_the_size_asked_for() {
        let text = super::generate(1000, 1000);
        assert!(
            (900_000..1_400_000).contains(&text.len()),
            "{} bytes",
            text.len()
        );
        let g = crate::guide::validate::parse_guide("gen.toml", &text).unwrap();
        let topics: usize = g.sections.iter().map(|s| s.topics.len()).sum();
        assert_eq!(topics, 1000);
    }
}
