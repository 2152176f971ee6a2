//! The guides window: the guides to choose from, narrowed by typing, grouped by category.
use super::{Header, KeyNames, Tone, Writer, piece, tr};

/// The guides window's list: what is typed, the guides that match it in the order shown (each
/// with the group it is filed under), the one being read, and how many more match than are shown.
#[derive(Default)]
pub struct GuideList<'a> {
    pub typed: &'a str,
    pub shown: Vec<&'a Header>,
    /// The origin of the guide being read (it is marked in the list).
    pub open: Option<&'a str>,
    /// Guides that match but are not listed: typing narrows the list.
    pub more: usize,
}
/// The guides window: the box, what to do, and the guides grouped under their categories, each
/// with its condition, the one being read marked.
pub(super) fn guide_list(w: &mut Writer, list: &GuideList, keys: &KeyNames) {
    let lang = w.lang();
    // What is typed is the window's title, always in view.
    let count = list.shown.len() + list.more;
    let status = if count == 0 {
        tr!(lang, "guides-none", typed = list.typed)
    } else {
        tr!(lang, "guides-how", count = count, enter = &keys.enter)
    };
    w.text(&status, Tone::Muted);
    let mut group = None;
    // Many guides share a condition: each line about one is worded once.
    let mut about_for: Vec<(&str, String)> = Vec::new();
    for (i, h) in list.shown.iter().enumerate() {
        if group != Some(h.group()) {
            group = Some(h.group());
            w.blank();
            w.text(h.group(), Tone::Heading);
        }
        let mut title = vec![piece(&h.title, Tone::Link, None)];
        if list.open == Some(h.origin.as_ref()) {
            title.push(piece(
                &format!(" {}", tr!(lang, "guides-open-now")),
                Tone::Muted,
                None,
            ));
        }
        w.wrap_item(&title, "  ", "  ", i);
        let condition = h.condition.as_ref();
        let about = match about_for.iter().position(|(c, _)| *c == condition) {
            Some(at) => &about_for[at].1,
            None => {
                let about = tr!(lang, "about-for", condition = condition);
                about_for.push((condition, about));
                &about_for[about_for.len() - 1].1
            }
        };
        w.wrap_item(&[piece(about, Tone::Body, None)], "    ", "    ", i);
    }
    if list.more > 0 {
        w.blank();
        w.text(&tr!(lang, "guides-more", count = list.more), Tone::Muted);
    }
}
