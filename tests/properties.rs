//! Random input, as a flood of patients would give it: every key, clicks and wheel anywhere
//! (through `hit`, as the terminal loop does), every action a click can mean with any number in
//! it, resizes from 1x1 to 300x100, in any order, through `App::update` and a render. Nothing may
//! panic, every selection stays in range, and scrolling never passes the end.
//!
//! Each test runs 100 cases of 100 events (20,000 events in all). `.ci/run` also runs the soak:
//! `PROPTEST_CASES=1000`, 200,000 events.

mod common;
use common::*;
use patient_guide::action::Message;
use patient_guide::action::{Action, Pane, Pointer};
use patient_guide::app::{App, Effect, Kiosk, View, Window};
use patient_guide::app::{QuestionList, QuizQuestion, SourceList, StepByStep};
use patient_guide::doc::Link;
use patient_guide::i18n::Lang;
use proptest::prelude::*;

/// One thing a patient does: a key's action, or a click or wheel step anywhere.
#[derive(Debug, Clone)]
enum Input {
    Act(Action),
    Point(Pointer),
    Tell(Told),
}

/// What the shell can tell the app, as a value a property test can clone.
#[derive(Debug, Clone)]
enum Told {
    Resize(u16, u16),
    IdleWarning(u64),
    IdleReset,
    SpeechEnded,
}

fn way() -> impl Strategy<Value = patient_guide::action::Way> {
    prop_oneof![
        Just(patient_guide::action::Way::Up),
        Just(patient_guide::action::Way::Down)
    ]
}

fn told() -> impl Strategy<Value = Told> {
    prop_oneof![
        (1u16..=300, 1u16..=100).prop_map(|(w, h)| Told::Resize(w, h)),
        (1u64..10).prop_map(Told::IdleWarning),
        Just(Told::IdleReset),
        Just(Told::SpeechEnded),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    let pointer = prop_oneof![
        (0u16..320, 0u16..110).prop_map(|(x, y)| Pointer::Click(x, y)),
        (0u16..320, 0u16..110, way()).prop_map(|(x, y, d)| Pointer::Wheel(x, y, d)),
    ];
    prop_oneof![
        4 => action().prop_map(Input::Act),
        1 => pointer.prop_map(Input::Point),
        1 => told().prop_map(Input::Tell),
    ]
}

/// Applies one input as the terminal loop would, and returns its effects.
fn apply(app: &mut App, input: Input) -> Vec<Effect> {
    match input {
        Input::Act(a) => app.update(a),
        Input::Point(p) => pointer(app, p),
        Input::Tell(t) => app.tell(match t {
            Told::Resize(w, h) => Message::Resize(w, h),
            Told::IdleWarning(left) => Message::IdleWarning(left),
            Told::IdleReset => Message::IdleReset,
            Told::SpeechEnded => Message::SpeechEnded,
        }),
    }
}

fn action() -> impl Strategy<Value = Action> {
    use Action::*;
    let plain = prop_oneof![
        Just(Up),
        Just(Down),
        Just(Left),
        Just(Right),
        Just(Enter),
        Just(Back),
        Just(NextPane),
        Just(PrevPane),
        Just(PageUp),
        Just(PageDown),
        Just(Top),
        Just(Bottom),
        Just(Help),
        Just(Sources),
        Just(About),
        Just(Quit),
        Just(Search),
        Just(TypeErase),
        Just(NextMatch),
        Just(PrevMatch),
        Just(NextLink),
        Just(HistoryBack),
        Just(HistoryForward),
        Just(AddQuestion),
        Just(MyQuestions),
        Just(WriteQuestion),
        Just(RemoveQuestion),
        Just(SaveQuestions),
        Just(TextSize),
        Just(Contrast),
        Just(Home),
        Just(StaffExit),
        Just(PinErase),
        Just(Steps),
        Just(GetHelp),
        Just(KeyFacts),
        Just(CheckYourself),
        Just(Language),
    ];
    let with_values = prop_oneof![
        (0usize..12).prop_map(Section),
        prop_oneof![
            Just(patient_guide::action::Seek::Next),
            Just(patient_guide::action::Seek::Previous)
        ]
        .prop_map(Define),
        way().prop_map(MoveQuestion),
        (0u8..10).prop_map(PinDigit),
        prop::char::range(' ', '~').prop_map(TypeChar),
    ];
    // What a click can mean, with any number in it (also ones no click would give).
    let pane = prop_oneof![Just(Pane::Sections), Just(Pane::Topics), Just(Pane::Reader)];
    let link = prop_oneof![
        (0usize..12).prop_map(Link::Source),
        (0usize..40).prop_map(Link::Term),
        (0usize..12, 0usize..40).prop_map(|(s, t)| Link::Topic(s, t)),
        (0usize..6).prop_map(Link::Figure),
    ];
    let pointed = prop_oneof![
        (0usize..12).prop_map(PickSection),
        (0usize..40).prop_map(PickTopic),
        pane.clone().prop_map(Focus),
        way().prop_map(ReaderPage),
        way().prop_map(ReaderWheel),
        (pane, way()).prop_map(|(p, d)| ListWheel(p, d)),
        link.prop_map(Follow),
        (0usize..12).prop_map(Choose),
        (0usize..12).prop_map(ChooseSource),
        way().prop_map(WindowPage),
        way().prop_map(WindowWheel),
        Just(CloseWindow),
        Just(StillHere),
        (0usize..3).prop_map(ChooseGuide),
        prop_oneof![Just(Lang::En), Just(Lang::Es)].prop_map(ChooseLanguage),
    ];
    prop_oneof![3 => plain, 2 => with_values, 1 => pointed]
}

fn check(app: &App) -> Result<(), TestCaseError> {
    let g = &app.reading.guide;
    prop_assert!(app.reading.section < g.sections.len());
    let topics = g.sections[app.reading.section].topics.len();
    prop_assert!(topics == 0 || app.topic_index() < topics);
    // The reader never scrolls past the point where its last page is full.
    let page = usize::from(app.look.screen.reader_text().height);
    prop_assert!(app.scroll() == 0 || app.scroll() + page <= app.rows().len());
    prop_assert!(app.windows.scroll <= app.window_max_scroll());
    match app.window() {
        Some(Window::Sources(SourceList { sel })) => prop_assert!(*sel < g.sources.len()),
        Some(Window::MyQuestions(QuestionList { sel })) => {
            prop_assert!(app.questions.list.is_empty() || *sel < app.questions.list.len())
        }
        Some(Window::Term(t)) => prop_assert!(*t < g.glossary.len(), "term {t}"),
        Some(Window::Search(b)) => {
            prop_assert!(b.results.hits.is_empty() || b.sel < b.results.hits.len())
        }
        _ => {}
    }
    if let Some(Window::Steps(StepByStep { figure, step })) = app.window() {
        let figure = app.topic().and_then(|t| t.figures.get(*figure));
        match figure.map(|f| &f.chart) {
            Some(patient_guide::guide::Chart::Steps(steps)) => prop_assert!(*step < steps.len()),
            other => prop_assert!(false, "steps open on {other:?}"),
        }
    }
    if let Some(Window::Quiz(QuizQuestion {
        question: q,
        sel,
        given,
    })) = app.window()
    {
        let q = *q;
        let quiz = g.check_yourself.get(q);
        prop_assert!(
            quiz.is_some(),
            "question {} of {}",
            q,
            g.check_yourself.len()
        );
        let choices = quiz.map_or(0, |q| q.choices.len());
        prop_assert!(*sel < choices);
        prop_assert!(given.is_none_or(|c| c < choices));
    }
    // What the reader draws is what was laid out: its text rows, from the scroll position on.
    let buf = draw(app);
    // The cursor, put on the focused item, is always on the screen.
    if let Some(at) = patient_guide::ui::focus(app, buf.area) {
        prop_assert!(
            buf.area.contains(at),
            "the cursor at {:?} is off {:?}",
            at,
            buf.area
        );
    }
    let reading = app.look.screen.mode != patient_guide::layout::Mode::TooSmall
        && app.welcome().is_none()
        && app.window_kind().is_none()
        && app.countdown().is_none()
        && (app.is_wide() || app.reading.focus == patient_guide::app::Pane::Reader);
    if reading {
        let text = app.look.screen.reader_text();
        for i in 0..text.height {
            let drawn: String = (text.x..text.x + text.width)
                .map(|x| buf[(x, text.y + i)].symbol().to_string())
                .collect();
            let want = app
                .rows()
                .get(app.scroll() + usize::from(i))
                .map(|r| r.text())
                .unwrap_or_default();
            let want: String = want.chars().take(usize::from(text.width)).collect();
            prop_assert_eq!(drawn.trim_end(), want.trim_end(), "row {} of the reader", i);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(100),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_events_on_the_desktop_app(
        size in (1u16..=300, 1u16..=100),
        events in prop::collection::vec(input(), 100),
    ) {
        let mut app = App::new(kesimpta(), size.0, size.1);
        for e in events {
            if quits(&apply(&mut app, e)) {
                app = App::new(kesimpta(), app.look.screen.area.width, app.look.screen.area.height);
            }
            check(&app)?;
        }
    }

    #[test]
    fn any_events_in_kiosk_mode(
        size in (1u16..=300, 1u16..=100),
        events in prop::collection::vec(input(), 100),
        view in (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
    ) {
        let lang = if view.3 { Lang::Es } else { Lang::En };
        let view = View { large: view.0, high_contrast: view.1, ascii: view.2, lang, ..View::default() };
        let kiosk = Some(Kiosk::default());
        let mut app = App::with(library(), 0, size.0, size.1, view, kiosk);
        for e in events {
            let effects = apply(&mut app, e);
            prop_assert!(!quits(&effects), "a kiosk without a PIN never ends");
            check(&app)?;
        }
    }
}
