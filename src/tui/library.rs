//! A desktop's library after the first frame: the rest of the guides read and checked on a
//! thread of their own (`Rest`), handed to the app when ready with their search index; and a
//! guide known only by its header checked when the patient asks for it (`check_now`).

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use super::Options;
use crate::action::Message;
use crate::guide::{Diagnostic, Guide};

/// The rest of a desktop's library: its files until the first frame is drawn, then the thread
/// checking them, then nothing.
pub enum Rest {
    Files(Vec<crate::guide::GuideText>),
    /// The bundled guides: only the head of the one shown first was read before the first
    /// frame (`guide::bundle::prepared_first`), so input waits for them whole.
    Bundled,
    /// A folder of guides, known so far by their headers; once checked, their headers are kept
    /// in the catalogue file for the next start.
    Folder {
        folder: PathBuf,
        catalogue: Option<PathBuf>,
    },
    /// The valid guides (with their search index), and how many files were left out; and
    /// whether input waits for them (the bundled guides: milliseconds away, the guide on screen
    /// is only its head until then, and a key such as the language's must find them all).
    Loading(Receiver<crate::action::Loaded>, bool),
    Done,
}

/// Checks a guide the patient asked for (with the original it translates): `Message::Checked`,
/// or `Message::Unchecked` with its first problem.
pub fn check_now(files: &[String]) -> Message {
    let origin = files.first().cloned().unwrap_or_default();
    let found = crate::guide::read_paths(files);
    let checked = match found.errors.first() {
        Some(_) => Err(found.errors),
        None => crate::guide::load(&found.files),
    };
    match checked {
        Ok(guides) => Message::Checked(crate::action::Loaded::new(guides, 0)),
        Err(problems) => {
            let why = problems.first().map_or_else(String::new, |d| {
                let place = match (d.line(), d.column()) {
                    (Some(l), Some(c)) => format!("{}:{l}:{c}", d.file),
                    _ => d.file.clone(),
                };
                format!("{place}: {}", d.message)
            });
            Message::Unchecked { origin, why }
        }
    }
}

/// How many files these problems are in.
fn files_of(problems: &[Diagnostic]) -> usize {
    let mut files: Vec<&str> = problems.iter().map(|d| d.file.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    files.len()
}

/// Once the first frame is up: checks the rest of a desktop's library on another thread, which
/// then makes search's word sets ready; with nothing to load (a kiosk, one guide), makes them
/// ready on a thread of its own.
pub(super) fn start_the_rest(options: &Options) {
    let Some(rest) = &options.rest else {
        // Nothing is loaded after the first frame (a kiosk, one guide, a library loaded whole):
        // search's word sets are made ready on a thread of their own, once a run.
        static WARMING: std::sync::Once = std::sync::Once::new();
        WARMING.call_once(|| ready_words(options.kiosk.as_ref().map(|k| k.log.clone())));
        return;
    };
    let mut rest = rest.lock().unwrap_or_else(|e| e.into_inner());
    let (send, receive) = std::sync::mpsc::channel();
    let mut wait = false;
    match std::mem::replace(&mut *rest, Rest::Done) {
        Rest::Files(files) => {
            std::thread::spawn(move || {
                let (guides, problems) = crate::guide::load_valid(files);
                deliver(&send, with_index(guides, files_of(&problems)));
            });
        }
        Rest::Bundled => {
            wait = true;
            std::thread::spawn(move || {
                held_back_for_tests();
                deliver(&send, bundled_whole());
            });
        }
        Rest::Folder { folder, catalogue } => {
            std::thread::spawn(move || {
                held_back_for_tests();
                // Each file read where it is parsed, and its text let go of once parsed.
                let (guides, problems) = crate::guide::load_valid_from(&[&folder]);
                if let Some(file) = catalogue {
                    let headers: Vec<_> = guides.iter().map(Guide::header).collect();
                    crate::guide::catalogue::keep(&folder, &file, &headers);
                }
                deliver(&send, with_index(guides, files_of(&problems)));
            });
        }
        other => {
            *rest = other;
            return;
        }
    }
    *rest = Rest::Loading(receive, wait);
}

/// Debug builds only: lets the end-to-end tests hold the library back
/// (`PATIENT_GUIDE_HOLD_LIBRARY_MS`), to see input wait for the bundled guides however long they
/// take, and a folder's list whole before its guides are checked.
fn held_back_for_tests() {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("PATIENT_GUIDE_HOLD_LIBRARY_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// Reads search's word sets on a thread of its own (`search::warm_up`), so that the patient's
/// first search does not wait for them; a kiosk (`kiosk_log`) then writes in its log when it
/// cannot read them, since it then corrects no typo (README, "Search's word lists").
pub fn ready_words(kiosk_log: Option<std::path::PathBuf>) {
    std::thread::spawn(move || {
        crate::search::warm_up();
        if let (Some(log), Some(why)) = (kiosk_log, crate::search::real_words::missing()) {
            let why = format!("typos are not corrected: the word lists cannot be read ({why})");
            let _ = crate::kiosk::log::append(&log, &why);
        }
    });
}

/// Hands the loaded library to the app, then, still on the loading thread, makes ready the word
/// sets that typo correction asks (`search::warm_up`: they are read once, a few
/// milliseconds), so that the patient's first search does not wait for them.
fn deliver(send: &std::sync::mpsc::Sender<crate::action::Loaded>, loaded: crate::action::Loaded) {
    if send.send(loaded).is_ok() {
        crate::search::warm_up();
    }
}

/// Whether the app starts on the head of a bundled guide (`App::with_head_only`): the library
/// comes whole after the first frame, and input waits for it.
pub(super) fn head_first(options: &Options) -> bool {
    options.rest.as_ref().is_some_and(|rest| {
        matches!(
            *rest.lock().unwrap_or_else(|e| e.into_inner()),
            Rest::Bundled
        )
    })
}

/// Desktop: hands the app the whole library once it is checked: its valid guides, and how many
/// files were left out (`check` names their problems). With `input` (a key or a click is about
/// to be applied), waits for a library that input waits for: the bundled guides, read from the
/// program itself, so never long; had their thread failed, they are read here. A signal to end
/// (`stop`) ends the wait with nothing: the loop then ends without applying the input.
pub(super) fn take_the_rest(
    options: &Options,
    input: bool,
    stop: &std::sync::atomic::AtomicBool,
) -> Option<Message> {
    let mut rest = options
        .rest
        .as_ref()?
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let Rest::Loading(receive, wait) = &*rest else {
        return None;
    };
    use std::sync::mpsc::{RecvTimeoutError, TryRecvError};
    let waits = input && *wait;
    let got = if waits {
        loop {
            match receive.recv_timeout(std::time::Duration::from_millis(100)) {
                Ok(got) => break got,
                Err(RecvTimeoutError::Timeout) => {
                    if stop.load(std::sync::atomic::Ordering::Relaxed) {
                        return None;
                    }
                }
                Err(RecvTimeoutError::Disconnected) => {
                    break bundled_whole();
                }
            }
        }
    } else {
        match receive.try_recv() {
            Ok(got) => got,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) if *wait => bundled_whole(),
            Err(TryRecvError::Disconnected) => {
                *rest = Rest::Done;
                return None;
            }
        }
    };
    *rest = Rest::Done;
    Some(Message::Library(got))
}

/// The bundled guides whole, with their search index: on the loading thread after the first
/// frame, or here if that thread ended without them.
fn bundled_whole() -> crate::action::Loaded {
    with_index(crate::guide::bundle::builtin(), 0)
}

/// The loaded guides with their search index, built here on the loading thread.
fn with_index(guides: Vec<Guide>, left_out: usize) -> crate::action::Loaded {
    let loaded = crate::action::Loaded::new(guides, left_out);
    let index = crate::search::Index::new(&loaded.guides);
    loaded.with_index(index)
}
