//! The stable code of every problem `check` reports: one enum, so no code is ever misspelt in
//! the source, and each is listed in guide/README.md ("Problem codes"; a test keeps the two the
//! same). `check --format json` and a topic's `accept` table use the codes' names.

macro_rules! codes {
    ($($variant:ident = $name:literal,)*) => {
        /// A problem's code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, in the order guide/README.md lists them.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The code as written in messages, JSON and `accept` tables.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// The code with this name.
            pub fn from_name(name: &str) -> Option<Code> {
                Self::ALL.iter().copied().find(|c| c.name() == name)
            }
        }
    };
}

codes! {
    UnknownKey = "unknown-key",
    UnknownTable = "unknown-table",
    UnknownValue = "unknown-value",
    TomlValue = "toml-value",
    TextNotClosed = "text-not-closed",
    Toml = "toml",
    File = "file",
    UnknownSource = "unknown-source",
    MarkerWithPlace = "marker-with-place",
    CiteNotListed = "cite-not-listed",
    CitedTwice = "cited-twice",
    NoSource = "no-source",
    NoSources = "no-sources",
    SourceVersion = "source-version",
    UnknownTopic = "unknown-topic",
    UnknownTerm = "unknown-term",
    FigureNotClosed = "figure-not-closed",
    MarkNotClosed = "mark-not-closed",
    UnknownFigure = "unknown-figure",
    FigurePlacedTwice = "figure-placed-twice",
    FigureNotPlaced = "figure-not-placed",
    FigureInline = "figure-inline",
    Figure = "figure",
    EmptyText = "empty-text",
    UnsafeCharacter = "unsafe-character",
    BadId = "bad-id",
    DuplicateId = "duplicate-id",
    OutOfRange = "out-of-range",
    DateWithTime = "date-with-time",
    BadLanguage = "bad-language",
    TextTooLong = "text-too-long",
    NoSections = "no-sections",
    EmptySection = "empty-section",
    MissingSection = "missing-section",
    GlossarySection = "glossary-section",
    TopicTooLong = "topic-too-long",
    NoQuestions = "no-questions",
    Quiz = "quiz",
    Synonym = "synonym",
    Translation = "translation",
    UncitedSource = "uncited-source",
    OldReview = "old-review",
    FutureReview = "future-review",
    OtherLanguage = "other-language",
    TitleCut = "title-cut",
    Todo = "todo",
    FigureSummary = "figure-summary",
    LabelSection = "label-section",
    LabelUnknown = "label-unknown",
    LabelNewer = "label-newer",
    LabelUncovered = "label-uncovered",
    TopicDraft = "topic-draft",
    ReadingGrade = "reading-grade",
    ReadingEase = "reading-ease",
    ReadingTargetUnused = "reading-target-unused",
    LongSentence = "long-sentence",
    LongWord = "long-word",
    RelativeOnly = "relative-only",
    NoLabelSource = "no-label-source",
    NoKeyFacts = "no-key-facts",
    NoGetHelp = "no-get-help",
    NoEverydayWords = "no-everyday-words",
    Markdown = "markdown",
    BareMarker = "bare-marker",
    TranslationOlder = "translation-older",
    // A problem with no code of its own (shown without one).
    Invalid = "invalid",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
