//! The kinds of value a guide's keys take, each read from the parser's tree or told as a
//! `Mistake` with the value's span: text, lists, tables, numbers, dates, choices.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;

pub use super::Value;
use super::{Mistake, Read, Wrong};
use crate::guide::complaint::Kind;
use crate::guide::format::{FigureKind, GuideKind, Text};
use crate::guide::model::{SectionKind, SourceKind};

pub fn guide_kind(v: &Value) -> Read<GuideKind> {
    choice(v, &["drug", "general"], |s| match s {
        "drug" => Some(GuideKind::Drug),
        "general" => Some(GuideKind::General),
        _ => None,
    })
}

pub fn source_kind(v: &Value) -> Read<SourceKind> {
    choice(v, &["label", "trial", "article", "other"], |s| match s {
        "label" => Some(SourceKind::Label),
        "trial" => Some(SourceKind::Trial),
        "article" => Some(SourceKind::Article),
        "other" => Some(SourceKind::Other),
        _ => None,
    })
}

pub fn section_kind(v: &Value) -> Read<SectionKind> {
    const NAMES: &[&str] = &[
        "mechanism",
        "indications",
        "dosing",
        "safety",
        "questions",
        "glossary",
        "other",
    ];
    choice(v, NAMES, |s| match s {
        "mechanism" => Some(SectionKind::Mechanism),
        "indications" => Some(SectionKind::Indications),
        "dosing" => Some(SectionKind::Dosing),
        "safety" => Some(SectionKind::Safety),
        "questions" => Some(SectionKind::Questions),
        "glossary" => Some(SectionKind::Glossary),
        "other" => Some(SectionKind::Other),
        _ => None,
    })
}

pub fn figure_kind(v: &Value) -> Read<FigureKind> {
    const NAMES: &[&str] = &["timeline", "bars", "steps", "icons", "picture"];
    choice(v, NAMES, |s| match s {
        "timeline" => Some(FigureKind::Timeline),
        "bars" => Some(FigureKind::Bars),
        "steps" => Some(FigureKind::Steps),
        "icons" => Some(FigureKind::Icons),
        "picture" => Some(FigureKind::Picture),
        _ => None,
    })
}

/// A table's entries and its span, or the mistake of another kind of value.
pub fn table<'a, 'i>(v: &'a Value<'i>) -> Read<(&'a DeTable<'i>, Range<usize>)> {
    match v.get_ref() {
        DeValue::Table(t) => Ok((t, v.span())),
        _ => Err(wrong_kind(v, Kind::Table)),
    }
}

/// A key the table does not have.
pub fn unknown(
    key: &Spanned<std::borrow::Cow<'_, str>>,
    known: &'static [&'static str],
) -> Mistake {
    Mistake {
        wrong: Wrong::UnknownKey {
            wrong: key.get_ref().to_string(),
            known,
        },
        span: key.span(),
    }
}

/// A key's value, or the mistake of its missing, told at its table.
pub fn need<T>(value: Option<T>, key: &'static str, table: &Range<usize>) -> Read<T> {
    value.ok_or_else(|| Mistake {
        wrong: Wrong::Missing(key),
        span: table.clone(),
    })
}

/// A value read by `read`, with its span.
pub fn spanned<'i, T>(v: &Value<'i>, read: impl FnOnce(&Value<'i>) -> Read<T>) -> Read<Spanned<T>> {
    Ok(Spanned::new(v.span(), read(v)?))
}

/// A list, each item read by `item`.
pub fn list<'i, T>(v: &Value<'i>, item: impl Fn(&Value<'i>) -> Read<T>) -> Read<Vec<T>> {
    match v.get_ref() {
        DeValue::Array(items) => items.iter().map(item).collect(),
        _ => Err(wrong_kind(v, Kind::List)),
    }
}

/// A table of keys of the author's choosing, each value read by `item`.
pub fn map<'i, T>(
    v: &Value<'i>,
    item: impl Fn(&Value<'i>) -> Read<T>,
) -> Read<BTreeMap<String, T>> {
    let (table, _) = table(v)?;
    table
        .iter()
        .map(|(key, v)| Ok((key.get_ref().to_string(), item(v)?)))
        .collect()
}

pub fn text(v: &Value) -> Read<Text> {
    match v.get_ref() {
        DeValue::String(s) => Ok(Spanned::new(v.span(), s.to_string())),
        _ => Err(wrong_kind(v, Kind::Text)),
    }
}

pub fn boolean(v: &Value) -> Read<bool> {
    match v.get_ref() {
        DeValue::Boolean(b) => Ok(*b),
        _ => Err(wrong_kind(v, Kind::Bool)),
    }
}

pub fn date(v: &Value) -> Read<Datetime> {
    match v.get_ref() {
        DeValue::Datetime(d) => Ok(*d),
        _ => Err(wrong_kind(v, Kind::Date)),
    }
}

/// A whole number as written (any base TOML allows), if it is one at all.
fn integer(v: &Value) -> Option<Read<i128>> {
    match v.get_ref() {
        DeValue::Integer(n) => {
            Some(
                i128::from_str_radix(n.as_str(), n.radix()).map_err(|_| Mistake {
                    wrong: Wrong::TooLarge,
                    span: v.span(),
                }),
            )
        }
        _ => None,
    }
}

/// A whole number that fits in `i64`.
pub fn whole(v: &Value) -> Read<i64> {
    let n = integer(v).unwrap_or_else(|| Err(wrong_kind(v, Kind::WholeNumber)))?;
    i64::try_from(n).map_err(|_| Mistake {
        wrong: Wrong::TooLarge,
        span: v.span(),
    })
}

/// A whole number from 0 up to `u32::MAX`.
pub fn whole_u32(v: &Value) -> Read<u32> {
    let n = integer(v).unwrap_or_else(|| Err(wrong_kind(v, Kind::WholeNumber)))?;
    u32::try_from(n).map_err(|_| Mistake {
        wrong: Wrong::OutOfRange {
            found: n.to_string(),
            most: u32::MAX.into(),
        },
        span: v.span(),
    })
}

/// A number: with a decimal point or without.
pub fn number(v: &Value) -> Read<f64> {
    match v.get_ref() {
        DeValue::Float(f) => float(f.as_str()).ok_or_else(|| Mistake {
            wrong: Wrong::TooLarge,
            span: v.span(),
        }),
        // As serde read it: a whole number is a number too.
        DeValue::Integer(_) => {
            let n = integer(v).unwrap_or_else(|| Err(wrong_kind(v, Kind::Number)))?;
            Ok(n as f64)
        }
        _ => Err(wrong_kind(v, Kind::Number)),
    }
}

/// A TOML float's text as a number; none when it overflows (`1e999`, not written `inf`).
fn float(written: &str) -> Option<f64> {
    let f: f64 = written.parse().ok()?;
    (!f.is_infinite() || written.contains("inf")).then_some(f)
}

/// Any value, as `toml::Value` (a figure's `at` and `value`, which validation reads).
pub fn any(v: &Value) -> Read<toml::Value> {
    Ok(match v.get_ref() {
        DeValue::String(s) => toml::Value::String(s.to_string()),
        DeValue::Integer(_) => toml::Value::Integer(whole(v)?),
        DeValue::Float(f) => toml::Value::Float(float(f.as_str()).ok_or_else(|| Mistake {
            wrong: Wrong::TooLarge,
            span: v.span(),
        })?),
        DeValue::Boolean(b) => toml::Value::Boolean(*b),
        DeValue::Datetime(d) => toml::Value::Datetime(*d),
        DeValue::Array(items) => {
            toml::Value::Array(items.iter().map(any).collect::<Read<Vec<_>>>()?)
        }
        DeValue::Table(t) => toml::Value::Table(
            t.iter()
                .map(|(k, v)| Ok((k.get_ref().to_string(), any(v)?)))
                .collect::<Read<toml::map::Map<_, _>>>()?,
        ),
    })
}

/// One of `names`, read by `pick`.
pub fn choice<T>(
    v: &Value,
    names: &'static [&'static str],
    pick: fn(&str) -> Option<T>,
) -> Read<T> {
    match v.get_ref() {
        DeValue::String(s) => pick(s).ok_or_else(|| Mistake {
            wrong: Wrong::UnknownChoice {
                wrong: s.to_string(),
                known: names,
            },
            span: v.span(),
        }),
        // A number, true or false or a date where a choice belongs: the choices there are.
        DeValue::Integer(_) | DeValue::Float(_) | DeValue::Boolean(_) | DeValue::Datetime(_) => {
            Err(Mistake {
                wrong: Wrong::UnknownChoice {
                    wrong: match v.get_ref() {
                        DeValue::Integer(n) => n.to_string(),
                        DeValue::Float(f) => f.as_str().to_string(),
                        DeValue::Datetime(d) => d.to_string(),
                        other => other.as_bool().unwrap_or_default().to_string(),
                    },
                    known: names,
                },
                span: v.span(),
            })
        }
        _ => Err(wrong_kind(v, Kind::Text)),
    }
}

/// The mistake of a value of another kind than `expected`.
fn wrong_kind(v: &Value, expected: Kind) -> Mistake {
    let (found, text) = match v.get_ref() {
        DeValue::String(s) => (Kind::Text, Some(s.to_string())),
        DeValue::Integer(_) => (Kind::WholeNumber, None),
        DeValue::Float(_) => (Kind::Number, None),
        DeValue::Boolean(_) => (Kind::Bool, None),
        DeValue::Datetime(_) => (Kind::Date, None),
        DeValue::Array(_) => (Kind::List, None),
        DeValue::Table(_) => (Kind::Table, None),
    };
    Mistake {
        wrong: Wrong::Type {
            found,
            text,
            expected,
        },
        span: v.span(),
    }
}
