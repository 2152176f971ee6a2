//! The name an author most likely meant, for a "did you mean" in a message: a key, an id, a
//! code.

/// The name among `known` that `wrong` is most likely a slip for (a letter missing, added,
/// changed or two swapped; or the same name in other case), for a "did you mean" in a message.
/// None when nothing is close.
pub fn closest<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    let allowed = match wrong.chars().count() {
        0..=2 => 1,
        3..=5 => 2,
        _ => 3,
    };
    let known: Vec<&str> = known.into_iter().filter(|k| *k != wrong).collect();
    let near = known
        .iter()
        .map(|k| {
            (
                strsim::damerau_levenshtein(&wrong_lower, &k.to_lowercase()),
                *k,
            )
        })
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, k)| (*d, k.len()))
        .map(|(_, k)| k);
    // Else a name cut short ("pin" for "pin_hash"), when only one name begins so.
    near.or_else(|| {
        let longer: Vec<&str> = known
            .iter()
            .copied()
            .filter(|k| wrong.chars().count() >= 3 && k.to_lowercase().starts_with(&wrong_lower))
            .collect();
        (longer.len() == 1).then(|| longer[0])
    })
}

/// " Did you mean `x`?" for a message, or nothing.
pub fn did_you_mean<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    closest(wrong, known)
        .map(|k| format!(" Did you mean `{k}`?"))
        .unwrap_or_default()
}
