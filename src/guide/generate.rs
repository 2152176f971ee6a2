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
    generate_named(
        &Names {
            id: "generated".into(),
            brand: "Generated guide".into(),
            generic: "examplumab".into(),
            condition: "a test condition".into(),
            category: None,
        },
        topics,
        topic_bytes,
    )
}

/// What makes one generated guide another's neighbour on a shelf, not its copy.
struct Names {
    id: String,
    brand: String,
    generic: String,
    condition: String,
    category: Option<String>,
}

/// Conditions and the category the picker files them under.
const CONDITIONS: &[(&str, &str)] = &[
    ("relapsing multiple sclerosis", "Multiple sclerosis"),
    ("type 2 diabetes", "Diabetes"),
    ("asthma", "Lungs and breathing"),
    ("high blood pressure", "Heart and blood vessels"),
    ("rheumatoid arthritis", "Joints"),
    ("migraine", "Headache"),
    ("psoriasis", "Skin"),
    ("high cholesterol", "Heart and blood vessels"),
    ("osteoporosis", "Bones"),
    ("Crohn's disease", "Gut"),
    ("depression", "Mental health"),
    ("epilepsy", "Brain and nerves"),
];

const SYLLABLES: &[&str] = &[
    "ka", "zo", "mi", "tre", "vo", "lu", "sa", "ren", "di", "qua", "fel", "nor", "pi", "tas",
    "bel", "cor", "dex", "ga",
];

/// A library of `guides` valid guides of about `topics` topics each (25 topics of 1,100 bytes
/// make about 30 KB), each with its own medicine, condition and category: (file name, text).
pub fn library(guides: usize, topics: usize, topic_bytes: usize) -> Vec<(String, String)> {
    (0..guides)
        .map(|n| {
            let s = SYLLABLES.len();
            let stem = format!(
                "{}{}{}",
                SYLLABLES[n % s],
                SYLLABLES[(n / s) % s],
                SYLLABLES[(n / (s * s) + n) % s]
            );
            let brand = format!("{}{}x", stem[..1].to_uppercase(), &stem[1..]);
            let generic = format!("{stem}umab");
            let (condition, category) = CONDITIONS[n % CONDITIONS.len()];
            let names = Names {
                id: format!("{stem}-{n}"),
                brand: format!("{brand} ({generic})"),
                generic,
                condition: condition.into(),
                category: Some(category.into()),
            };
            (
                format!("{}.toml", names.id),
                generate_named(&names, topics, topic_bytes),
            )
        })
        .collect()
}

fn generate_named(names: &Names, topics: usize, topic_bytes: usize) -> String {
    let mut s = String::with_capacity(topics * (topic_bytes + 200) + 2000);
    let category = names
        .category
        .as_ref()
        .map(|c| format!("category = \"{c}\"\n"))
        .unwrap_or_default();
    let _ = write!(
        s,
        "[guide]\nid = \"{}\"\ntitle = \"{}\"\ngeneric_name = \"{}\"\n\
         condition = \"{}\"\n{category}language = \"en\"\nlast_reviewed = 2026-01-01\n\
         disclaimer = \"Education only. Ask your care team.\"\n\n\
         [[sources]]\nid = \"pi\"\ntitle = \"Prescribing Information\"\npublisher = \"Example\"\n\
         version = \"1\"\nlocation = \"example.org\"\n\n",
        names.id, names.brand, names.generic, names.condition
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
        // Each guide says its own medicine's and condition's names, as a real one would.
        if names.category.is_some() {
            let _ = writeln!(
                s,
                "This part is about {} for {}.",
                names.generic, names.condition
            );
        }
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

    #[test]
    fn a_generated_library_has_valid_guides_of_their_own() {
        let lib = super::library(30, 25, 1100);
        let mut ids = std::collections::HashSet::new();
        for (name, text) in &lib {
            assert!(
                (25_000..40_000).contains(&text.len()),
                "{name}: {}",
                text.len()
            );
            let g = crate::guide::validate::parse_guide(name, text).unwrap();
            assert!(ids.insert(g.id.clone()), "{} twice", g.id);
            assert!(g.category.is_some());
        }
    }
}
