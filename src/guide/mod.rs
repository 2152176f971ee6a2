//! Patient guides: the data model, the TOML format, validation and loading. No terminal code here.

pub mod bundle;
pub mod catalogue;
pub mod code;
pub mod complaint;
pub mod diagnostic;
pub mod draft;
pub mod fnv;
pub mod format;
pub mod generate;
pub mod header;
pub mod lint;
pub mod load;
pub mod markup;
pub mod model;
mod near;
pub mod numbers;
pub mod opened;
pub mod plain;
pub mod readability;
mod risk;
pub mod shelf;
pub mod signs;
mod summaries;
pub mod syntax;
mod tables;
pub mod translation;
pub mod validate;
mod written;

pub use code::Code;
pub use diagnostic::{Diagnostic, Severity};
pub use load::{GuideText, bundled, load, load_valid, load_valid_from, read_paths};
pub use model::{
    Bar, BarUnit, Block, Chart, Citation, Event, Figure, Guide, Header, Inline, Quiz, Related,
    Section, SectionKind, Source, SourceKind, Term, TimeUnit, Topic,
};
