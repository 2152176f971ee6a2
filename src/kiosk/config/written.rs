//! kiosk.toml's keys as written, each of its kind, read from the parser's tree with the guide
//! reader's kinds of value (`format::read::value`): a mistake is typed, never a sentence.

use toml::Spanned;
use toml::de::DeTable;

use crate::guide::format::read::Mistake;
use crate::guide::format::read::value::{any, boolean, spanned, text, unknown};

/// kiosk.toml as written: every key may be left out.
#[derive(Default)]
pub struct File {
    pub idle: Option<Spanned<toml::Value>>,
    pub countdown: Option<Spanned<toml::Value>>,
    pub exit_chord: Option<Spanned<String>>,
    pub pin_hash: Option<Spanned<String>>,
    pub log: Option<Spanned<String>>,
    pub guides: Option<Spanned<String>>,
    pub large: Option<bool>,
    pub high_contrast: Option<bool>,
    pub light_background: Option<bool>,
    pub ascii: Option<bool>,
    pub speech: Option<bool>,
    pub screen_reader: Option<bool>,
    pub speech_command: Option<Spanned<String>>,
    pub language: Option<Spanned<String>>,
    pub state: Option<Spanned<String>>,
    pub counts: Option<bool>,
    pub counts_file: Option<Spanned<String>>,
}

impl File {
    /// The keys kiosk.toml takes, in the order a message lists them.
    const KEYS: &[&str] = &[
        "idle",
        "countdown",
        "exit_chord",
        "pin_hash",
        "log",
        "guides",
        "large",
        "high_contrast",
        "light_background",
        "ascii",
        "speech",
        "screen_reader",
        "speech_command",
        "language",
        "state",
        "counts",
        "counts_file",
    ];

    /// The file's keys from the parser's tree, each of its kind, or the first mistake (a key
    /// it does not take, a value of another kind), typed.
    pub fn read(root: &Spanned<DeTable>) -> Result<File, Mistake> {
        let mut f = File::default();
        for (key, v) in root.get_ref() {
            match key.get_ref().as_ref() {
                "idle" => f.idle = Some(spanned(v, any)?),
                "countdown" => f.countdown = Some(spanned(v, any)?),
                "exit_chord" => f.exit_chord = Some(text(v)?),
                "pin_hash" => f.pin_hash = Some(text(v)?),
                "log" => f.log = Some(text(v)?),
                "guides" => f.guides = Some(text(v)?),
                "speech_command" => f.speech_command = Some(text(v)?),
                "language" => f.language = Some(text(v)?),
                "state" => f.state = Some(text(v)?),
                "counts_file" => f.counts_file = Some(text(v)?),
                "large" => f.large = Some(boolean(v)?),
                "high_contrast" => f.high_contrast = Some(boolean(v)?),
                "light_background" => f.light_background = Some(boolean(v)?),
                "ascii" => f.ascii = Some(boolean(v)?),
                "speech" => f.speech = Some(boolean(v)?),
                "screen_reader" => f.screen_reader = Some(boolean(v)?),
                "counts" => f.counts = Some(boolean(v)?),
                _ => return Err(unknown(key, Self::KEYS)),
            }
        }
        Ok(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::complaint::Kind;
    use crate::guide::format::read::Wrong;

    fn read(src: &str) -> Result<File, Mistake> {
        File::read(&DeTable::parse(src).unwrap())
    }

    #[test]
    fn every_key_is_read_and_a_mistake_is_typed_at_its_place() {
        let f = read("idle = \"2m\"\nlarge = true\nlanguage = \"es\"\n").unwrap();
        assert_eq!(
            f.idle.map(|v| v.into_inner()),
            Some(toml::Value::String("2m".into()))
        );
        assert_eq!((f.large, f.speech), (Some(true), None));
        assert_eq!(f.language.map(|l| l.into_inner()), Some("es".into()));
        let src = "large = true\npin = \"x\"\n";
        let m = read(src).err().unwrap();
        assert_eq!(&src[m.span.clone()], "pin");
        assert!(
            matches!(m.wrong, Wrong::UnknownKey { ref wrong, known } if wrong == "pin" && known == File::KEYS)
        );
        let src = "speech = \"yes\"\n";
        let m = read(src).err().unwrap();
        assert_eq!(&src[m.span.clone()], "\"yes\"");
        let want = Wrong::Type {
            found: Kind::Text,
            text: Some("yes".into()),
            expected: Kind::Bool,
        };
        assert_eq!(m.wrong, want);
    }
}
