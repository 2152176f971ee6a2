//! A library seen by a patient of one language: one guide per medicine, its translation in that
//! language where there is one, else the guide as written. The app's welcome screen and
//! `patient-guide list --lang` read the library this way (the guides window lists the
//! catalogue's headers, and uses `root`).

use std::borrow::Borrow;

use super::model::Guide;
use crate::i18n::Lang;

/// The id of the original a guide translates, or its own id: what a medicine's guides share.
pub fn root(guide: &Guide) -> &str {
    guide.translates.as_deref().unwrap_or(&guide.id)
}

/// The library's guide for the same medicine as guide `index`, in `lang`: the original when it
/// is written in `lang`, else its first translation into `lang`, else guide `index` itself.
pub fn in_language<G: Borrow<Guide>>(library: &[G], index: usize, lang: Lang) -> usize {
    let Some(guide) = library.get(index).map(Borrow::borrow) else {
        return index;
    };
    if guide.lang() == lang {
        return index;
    }
    let root = root(guide);
    let family = |g: &Guide| self::root(g) == root;
    library
        .iter()
        .map(Borrow::borrow)
        .position(|g| family(g) && g.lang() == lang && g.translates.is_none())
        .or_else(|| {
            library
                .iter()
                .map(Borrow::borrow)
                .position(|g| family(g) && g.lang() == lang)
        })
        .unwrap_or(index)
}

/// One guide per medicine, each in `lang` where it has a translation (else as written): indices
/// into `library`, in the library's order of first appearance.
pub fn shelf<G: Borrow<Guide>>(library: &[G], lang: Lang) -> Vec<usize> {
    let mut shelf = Vec::new();
    let mut roots: Vec<&str> = Vec::new();
    for (i, g) in library.iter().enumerate() {
        let root = root(g.borrow());
        if roots.contains(&root) {
            continue;
        }
        roots.push(root);
        shelf.push(in_language(library, i, lang));
    }
    shelf
}
