//! Figures in topics: timelines, comparison bars and steps. Every missing or misplaced piece is
//! reported at its line and column, with what was expected.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::Validator;
use crate::guide::code::Code;
use crate::guide::format::{FigureDef, FigureKind, Text};
use crate::guide::model::{Bar, BarUnit, Chart, Event, Figure, TimeUnit, decimals_of};

/// The widest a picture's line may be: it must fit the text column of an 80x24 screen.
pub const MAX_ART_COLUMNS: usize = 60;

/// What a bars figure's data looks like, for the error when it has none.
const BARS_EXAMPLE: &str =
    "bars = [{ label = \"The medicine\", value = 0.11 }, { label = \"Placebo\", value = 0.22 }]";

/// What an icon array's data looks like, for the error when it has none.
const ICONS_EXAMPLE: &str =
    "people = [{ label = \"The medicine\", value = 10.9 }, { label = \"Placebo\", value = 15 }]";

impl Validator<'_> {
    /// Checks a topic's figures; returns them in the order written.
    pub(super) fn figures(
        &mut self,
        defs: &[FigureDef],
        ids: &HashMap<String, usize>,
    ) -> Vec<Figure> {
        let mut seen = super::Seen::default();
        defs.iter()
            .map(|def| {
                let id = self.id(&def.id, "figure id");
                let before = self.errors.len();
                self.unique(&mut seen, &id, def.id.span(), "figure id");
                if self.errors.len() > before {
                    self.slips.figure_twice.push(before);
                }
                let title = self.text(&def.title, "figure title");
                let summary = self.text(&def.summary, "figure summary");
                let citations = self.citations(&def.cites, ids, "figure");
                let note = def.note.as_ref().map(|n| self.text(n, "figure note"));
                let checked = self.errors.len();
                let chart = match def.kind.get_ref() {
                    FigureKind::Timeline => self.timeline(def, &id),
                    FigureKind::Bars => self.bars(def, &id),
                    FigureKind::Steps => self.steps(def, &id),
                    FigureKind::Icons => self.icons(def, &id),
                    FigureKind::Picture => self.picture(def, &id),
                };
                // A figure whose data is all another kind's (a timeline's events and then
                // under kind = "bars"): one error at its kind, not one per key.
                let another = data_of_another_kind(def);
                if let Some((meant, keys)) = &another {
                    self.errors.truncate(checked);
                    let kind = kind_name(*def.kind.get_ref());
                    self.error(
                        Code::Figure,
                        def.kind.span(),
                        format!(
                            "figure `{id}` is kind = \"{kind}\" but has {}, which a {meant} figure takes. Did you mean kind = \"{meant}\"?",
                            keys.iter()
                                .map(|k| format!("`{k}`"))
                                .collect::<Vec<_>>()
                                .join(" and ")
                        ),
                        Some(format!("kind = \"{meant}\"")),
                    );
                }
                if !matches!(def.kind.get_ref(), FigureKind::Picture) && another.is_none() {
                    self.not_used(&def.art, "art", kind_name(*def.kind.get_ref()));
                }
                Figure {
                    id,
                    title,
                    summary,
                    note,
                    citations,
                    chart,
                }
            })
            .collect()
    }

    /// A key that this kind of figure does not use.
    fn not_used<T>(&mut self, key: &Option<Spanned<T>>, name: &str, kind: &str) {
        if let Some(k) = key {
            self.error(
                Code::Figure,
                k.span(),
                format!("`{name}` is not used by a {kind} figure"),
                Some(format!(
                    "only the keys a {kind} takes (see guide/README.md)"
                )),
            );
        }
    }

    /// The figure's `unit`, which must be one of `known`.
    fn unit<U: Copy>(&mut self, def: &FigureDef, kind: &str, known: &[(&str, U)]) -> Option<U> {
        let names: Vec<&str> = known.iter().map(|(n, _)| *n).collect();
        let Some(unit) = &def.unit else {
            self.error(
                Code::Figure,
                def.kind.span(),
                format!("a {kind} figure needs a unit"),
                Some(format!(
                    "unit = \"{}\" (one of: {})",
                    names[0],
                    names.join(", ")
                )),
            );
            return None;
        };
        let name = unit.get_ref().trim();
        match known.iter().find(|(n, _)| *n == name) {
            Some((_, u)) => Some(*u),
            None => {
                // "%" is `percent`; "weeks" is `week`; else a name one slip away.
                let meant = match name {
                    "%" => names.iter().copied().find(|n| *n == "percent"),
                    _ => crate::guide::diagnostic::closest(name, names.iter().copied()),
                };
                let hint = meant
                    .map(|m| format!(" Did you mean `{m}`?"))
                    .unwrap_or_default();
                self.error(
                    Code::Figure,
                    unit.span(),
                    format!("unknown unit `{name}` for a {kind} figure.{hint}"),
                    Some(match meant {
                        Some(m) => format!("unit = \"{m}\" (one of: {})", names.join(", ")),
                        None => format!("one of: {}", names.join(", ")),
                    }),
                );
                None
            }
        }
    }

    /// A number written in the guide (an integer or a decimal), or an error saying what it is.
    fn number(&mut self, value: &Spanned<toml::Value>, what: &str) -> Option<f64> {
        let n = match value.get_ref() {
            toml::Value::Integer(i) => *i as f64,
            toml::Value::Float(f) if f.is_finite() => *f,
            toml::Value::Float(f) => {
                self.error(
                    Code::Figure,
                    value.span(),
                    format!("{what} must be an ordinary number, not {f}"),
                    Some(format!("a number such as 4 or 0.25, e.g. {what} = 4")),
                );
                return None;
            }
            other => {
                // A number in quotes ("1", "10%"): the number itself, without quotes or %.
                let written = other
                    .as_str()
                    .map(|s| s.trim().trim_end_matches('%').trim())
                    .filter(|s| s.parse::<f64>().is_ok());
                let fix = match written {
                    Some(n) => format!("{what} = {n}"),
                    None => format!("a number, e.g. {what} = 4"),
                };
                self.error(
                    Code::Figure,
                    value.span(),
                    format!("{what} must be a number, not {}", other.type_str()),
                    Some(fix),
                );
                return None;
            }
        };
        if n < 0.0 {
            self.error(
                Code::Figure,
                value.span(),
                format!("{what} cannot be negative"),
                Some("a number of 0 or more".into()),
            );
            return None;
        }
        Some(n)
    }

    /// The label an event or a bar must have, checked as `field` ("event label"); when
    /// missing, "`owner` with no label" is reported at the whole entry.
    fn label(
        &mut self,
        label: &Option<Text>,
        entry: Range<usize>,
        (owner, field): (&str, &str),
        example: &str,
    ) -> String {
        match label {
            Some(l) => self.text(l, field),
            None => {
                self.error(
                    Code::Figure,
                    entry,
                    format!("{owner} with no label"),
                    Some(example.into()),
                );
                String::new()
            }
        }
    }

    /// The number an event (`at`) or a bar (`value`) must have; when missing, `missing` is
    /// reported at the whole entry.
    fn required_number(
        &mut self,
        value: &Option<Spanned<toml::Value>>,
        key: &str,
        entry: Range<usize>,
        missing: String,
        example: &str,
    ) -> Option<f64> {
        match value {
            Some(v) => self.number(v, key),
            None => {
                self.error(Code::Figure, entry, missing, Some(example.into()));
                None
            }
        }
    }

    /// Keys that belong to icon arrays, in a figure of another kind.
    fn not_icons(&mut self, def: &FigureDef, kind: &str) {
        self.not_used(&def.people, "people", kind);
        self.not_used(&def.marked, "marked", kind);
    }

    fn timeline(&mut self, def: &FigureDef, id: &str) -> Chart {
        self.not_used(&def.bars, "bars", "timeline");
        self.not_used(&def.steps, "steps", "timeline");
        self.not_icons(def, "timeline");
        let unit = self.unit(def, "timeline", &TimeUnit::ALL);
        let mut events: Vec<Event> = Vec::new();
        match &def.events {
            Some(list) if !list.get_ref().is_empty() => {
                for e in list.get_ref() {
                    let label = self.label(
                        &e.get_ref().label,
                        e.span(),
                        ("an event", "event label"),
                        "label = \"what happens\", e.g. label = \"Dose 1\"",
                    );
                    let at = self.required_number(
                        &e.get_ref().at,
                        "at",
                        e.span(),
                        format!("event `{label}` has no time"),
                        "at = the time on the axis, in the figure's unit, e.g. at = 0",
                    );
                    if let (Some(at), Some(prev)) = (at, events.last())
                        && at <= prev.at
                    {
                        let span = e.get_ref().at.as_ref().map_or(e.span(), |a| a.span());
                        self.error(
                            Code::Figure,
                            span,
                            format!(
                                "events must be in time order: {at} is listed after {}",
                                prev.at
                            ),
                            Some(format!("a time later than {}", prev.at)),
                        );
                    }
                    if let Some(at) = at {
                        events.push(Event {
                            at,
                            label,
                            skip: e.get_ref().skip,
                        });
                    }
                }
            }
            other => self.missing_data(
                other.as_ref().map(|l| l.span()),
                def,
                id,
                "timeline",
                "events = [{ at = 0, label = \"Dose 1\" }, { at = 1, label = \"Dose 2\" }]",
            ),
        }
        let then = def.then.as_ref().map(|t| self.text(t, "`then`"));
        Chart::Timeline {
            unit: unit.unwrap_or(TimeUnit::Week),
            events,
            then,
        }
    }

    fn bars(&mut self, def: &FigureDef, id: &str) -> Chart {
        self.not_used(&def.events, "events", "bars");
        self.not_used(&def.steps, "steps", "bars");
        self.not_used(&def.then, "then", "bars");
        self.not_icons(def, "bars");
        let unit = self.unit(def, "bars", &BarUnit::ALL);
        let bars = self.entries(def, id, "bars", &def.bars);
        // A percentage is 0 to 100: "532" is a slip (53.2?) a patient would read as written.
        if unit == Some(BarUnit::Percent) {
            self.at_most_100(&bars, &def.bars, |b| {
                (
                    format!("`{}` is {}%: a percentage is 0 to 100", b.label, b.value),
                    "a number from 0 to 100",
                )
            });
        }
        let decimals = bars.iter().map(|b| decimals_of(b.value)).max().unwrap_or(0);
        Chart::Bars {
            unit: unit.unwrap_or(BarUnit::Count),
            bars,
            decimals,
        }
    }

    /// Each value outside 0 to 100 an error at its value (`said`: the message and the fix).
    fn at_most_100(
        &mut self,
        values: &[Bar],
        written: &Option<Spanned<Vec<Spanned<crate::guide::format::BarDef>>>>,
        said: impl Fn(&Bar) -> (String, &'static str),
    ) {
        for (b, raw) in values.iter().zip(written.iter().flat_map(|l| l.get_ref())) {
            if !(0.0..=100.0).contains(&b.value) {
                let span = raw
                    .get_ref()
                    .value
                    .as_ref()
                    .map_or(raw.span(), |v| v.span());
                let (message, fix) = said(b);
                self.error(Code::Figure, span, message, Some(fix.into()));
            }
        }
    }

    /// An icon array: `people` (each a label and how many in 100) and what a marked icon means.
    fn icons(&mut self, def: &FigureDef, id: &str) -> Chart {
        self.not_used(&def.events, "events", "icons");
        self.not_used(&def.bars, "bars", "icons");
        self.not_used(&def.steps, "steps", "icons");
        self.not_used(&def.unit, "unit", "icons");
        self.not_used(&def.then, "then", "icons");
        let people = self.entries(def, id, "icons", &def.people);
        self.at_most_100(&people, &def.people, |p| {
            (
                format!("`{}` has {} people in 100", p.label, p.value),
                "a number from 0 to 100: how many people in 100",
            )
        });
        let marked = match &def.marked {
            Some(m) => self.text(m, "`marked`"),
            None => {
                self.error(
                    Code::Figure,
                    def.kind.span(),
                    format!("icons figure `{id}` does not say what a marked icon means"),
                    Some(
                        "marked = \"had a headache\" (read as \"11 in 100 people had a headache\")"
                            .into(),
                    ),
                );
                String::new()
            }
        };
        Chart::Icons { people, marked }
    }

    /// The labelled values of a bars figure (`bars`) or an icon array (`people`).
    fn entries(
        &mut self,
        def: &FigureDef,
        id: &str,
        kind: &str,
        list: &Option<Spanned<Vec<Spanned<crate::guide::format::BarDef>>>>,
    ) -> Vec<Bar> {
        let mut bars = Vec::new();
        match list {
            Some(list) if !list.get_ref().is_empty() => {
                for b in list.get_ref() {
                    let raw = b.get_ref();
                    let group = raw.group.as_ref().map(|g| self.text(g, "bar group"));
                    let label = self.label(
                        &raw.label,
                        b.span(),
                        (
                            if kind == "bars" {
                                "a bar"
                            } else {
                                "an entry of `people`"
                            },
                            "label",
                        ),
                        "label = \"what the bar is\", e.g. the medicine's name, or \"Placebo\"",
                    );
                    let value = self.required_number(
                        &raw.value,
                        "value",
                        b.span(),
                        format!("`{label}` has no value"),
                        "value = a number, e.g. value = 0.11",
                    );
                    if let Some(value) = value {
                        bars.push(Bar {
                            group,
                            label,
                            value,
                        });
                    }
                }
            }
            other => self.missing_data(
                other.as_ref().map(|l| l.span()),
                def,
                id,
                kind,
                if kind == "bars" {
                    BARS_EXAMPLE
                } else {
                    ICONS_EXAMPLE
                },
            ),
        }
        bars
    }

    fn steps(&mut self, def: &FigureDef, id: &str) -> Chart {
        self.not_used(&def.events, "events", "steps");
        self.not_used(&def.bars, "bars", "steps");
        self.not_used(&def.unit, "unit", "steps");
        self.not_used(&def.then, "then", "steps");
        self.not_icons(def, "steps");
        match &def.steps {
            Some(list) if !list.get_ref().is_empty() => Chart::Steps(
                list.get_ref()
                    .iter()
                    .map(|s| self.text(s, "step"))
                    .collect(),
            ),
            other => {
                self.missing_data(
                    other.as_ref().map(|l| l.span()),
                    def,
                    id,
                    "steps",
                    "steps = [\"First do this.\", \"Then this.\"]",
                );
                Chart::Steps(Vec::new())
            }
        }
    }

    /// A picture: lines of plain ASCII (so it draws on every screen, the Linux console too),
    /// none wider than `MAX_ART_COLUMNS`.
    fn picture(&mut self, def: &FigureDef, id: &str) -> Chart {
        self.not_used(&def.events, "events", "picture");
        self.not_used(&def.bars, "bars", "picture");
        self.not_used(&def.unit, "unit", "picture");
        self.not_used(&def.then, "then", "picture");
        self.not_used(&def.steps, "steps", "picture");
        self.not_icons(def, "picture");
        let Some(list) = def.art.as_ref().filter(|l| !l.get_ref().is_empty()) else {
            self.missing_data(
                def.art.as_ref().map(|l| l.span()),
                def,
                id,
                "picture",
                "art = [\"  O  \", \" /|\\\\ \", \" / \\\\ \"]",
            );
            return Chart::Picture(Vec::new());
        };
        let mut lines = Vec::new();
        for line in list.get_ref() {
            let text = line.get_ref();
            if let Some(c) = text.chars().find(|c| !(' '..='~').contains(c)) {
                self.error(
                    Code::Figure,
                    line.span(),
                    format!("a picture line has {c:?}, which is not a plain ASCII character"),
                    Some(
                        "letters, digits, spaces and ASCII marks such as / \\ | _ - ( ) . '".into(),
                    ),
                );
            } else if text.chars().count() > MAX_ART_COLUMNS {
                self.error(
                    Code::Figure,
                    line.span(),
                    format!(
                        "a picture line is {} characters wide; the most is {MAX_ART_COLUMNS}",
                        text.chars().count()
                    ),
                    Some("a narrower drawing, so it fits an 80x24 screen".into()),
                );
            }
            lines.push(text.trim_end().to_string());
        }
        Chart::Picture(lines)
    }

    /// A figure without its data: points at the empty list, or at the figure's kind.
    fn missing_data(
        &mut self,
        empty: Option<std::ops::Range<usize>>,
        def: &FigureDef,
        id: &str,
        kind: &str,
        example: &str,
    ) {
        let key = match kind {
            "timeline" => "events",
            "icons" => "people",
            "picture" => "art",
            other => other,
        };
        let message = match empty {
            Some(_) => format!("{kind} figure `{id}` has an empty `{key}` list"),
            None => format!("{kind} figure `{id}` has no `{key}`"),
        };
        self.error(
            Code::Figure,
            empty.unwrap_or(def.kind.span()),
            message,
            Some(example.into()),
        );
    }
}

/// A figure kind's name as written in a guide.
fn kind_name(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Timeline => "timeline",
        FigureKind::Bars => "bars",
        FigureKind::Steps => "steps",
        FigureKind::Icons => "icons",
        FigureKind::Picture => "picture",
    }
}

/// When a figure has none of its own kind's data but another kind's (and only that one's): that
/// kind, with the keys that say so.
fn data_of_another_kind(def: &FigureDef) -> Option<(&'static str, Vec<&'static str>)> {
    let written = |keys: &[(&'static str, bool)]| -> Vec<&'static str> {
        keys.iter().filter(|(_, on)| *on).map(|(k, _)| *k).collect()
    };
    let data: [(FigureKind, Vec<&'static str>); 5] = [
        (
            FigureKind::Timeline,
            written(&[
                ("events", def.events.is_some()),
                ("then", def.then.is_some()),
            ]),
        ),
        (FigureKind::Bars, written(&[("bars", def.bars.is_some())])),
        (
            FigureKind::Steps,
            written(&[("steps", def.steps.is_some())]),
        ),
        (
            FigureKind::Icons,
            written(&[
                ("people", def.people.is_some()),
                ("marked", def.marked.is_some()),
            ]),
        ),
        (FigureKind::Picture, written(&[("art", def.art.is_some())])),
    ];
    let declared = *def.kind.get_ref();
    if data
        .iter()
        .any(|(k, keys)| *k == declared && !keys.is_empty())
    {
        return None;
    }
    let mut others = data.into_iter().filter(|(_, keys)| !keys.is_empty());
    let (kind, keys) = others.next()?;
    others.next().is_none().then(|| (kind_name(kind), keys))
}
