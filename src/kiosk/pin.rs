//! The staff PIN, stored only as a salted Argon2id hash (a PHC string such as
//! `$argon2id$v=19$m=19456,t=2,p=1$...`).

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

/// The fewest and most digits a PIN may have.
pub const MIN_DIGITS: usize = 4;
pub const MAX_DIGITS: usize = 12;

/// Checks that a PIN is 4 to 12 digits.
pub fn check_pin(pin: &str) -> Result<(), String> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err("a PIN is digits only".into());
    }
    if !(MIN_DIGITS..=MAX_DIGITS).contains(&pin.len()) {
        return Err(format!("a PIN has {MIN_DIGITS} to {MAX_DIGITS} digits"));
    }
    Ok(())
}

/// A new salted hash of `pin`.
pub fn hash(pin: &str) -> Result<String, String> {
    check_pin(pin)?;
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("could not hash the PIN: {e}"))
}

/// Whether `hash` is a hash this app can check (used to validate the config).
pub fn is_valid_hash(hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| h.algorithm.as_str().starts_with("argon2"))
}

/// Whether `pin` matches `hash`. A malformed hash matches nothing.
pub fn verify(pin: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default()
            .verify_password(pin.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_pin_and_no_other() {
        let h = hash("2468").unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(!h.contains("2468"));
        assert!(is_valid_hash(&h));
        assert!(verify("2468", &h));
        assert!(!verify("2469", &h));
        assert!(!verify("2468", "not a hash"));
        assert_ne!(
            h,
            hash("2468").unwrap(),
            "salted: the same PIN hashes differently"
        );
    }

    #[test]
    fn pins_are_four_to_twelve_digits() {
        assert!(check_pin("123").is_err());
        assert!(check_pin("12a4").is_err());
        assert!(check_pin("1234").is_ok());
        assert!(check_pin("1234567890123").is_err());
    }
}
