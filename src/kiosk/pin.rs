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

/// The most memory (KiB), passes and lanes a PIN hash may ask for: checking a PIN must take a
/// fraction of a second, not gigabytes (this app makes m=19456, t=2, p=1).
pub const MAX_MEMORY_KIB: u32 = 256 * 1024;
pub const MAX_PASSES: u32 = 16;
pub const MAX_LANES: u32 = 8;

/// Whether `hash` is a hash this app can check (used to validate the config).
pub fn is_valid_hash(hash: &str) -> bool {
    check_hash(hash).is_ok()
}

/// Why `hash` cannot be used, if it cannot: not an Argon2 hash, or a cost so high that every
/// try at the staff exit would take the kiosk's memory or minutes.
pub fn check_hash(hash: &str) -> Result<(), String> {
    let h = PasswordHash::new(hash).map_err(|_| "pin_hash is not a PIN hash this app made")?;
    if !h.algorithm.as_str().starts_with("argon2") {
        return Err("pin_hash is not an Argon2 hash".into());
    }
    let param = |name: &str| h.params.get_decimal(name).unwrap_or(0);
    let (m, t, p) = (param("m"), param("t"), param("p"));
    if m > MAX_MEMORY_KIB || t > MAX_PASSES || p > MAX_LANES {
        return Err(format!(
            "pin_hash asks for {} MiB, {t} passes and {p} lanes for every try; at most {} MiB, {MAX_PASSES} and {MAX_LANES}",
            m / 1024,
            MAX_MEMORY_KIB / 1024
        ));
    }
    argon2::Params::try_from(&h).map_err(|e| format!("pin_hash has unusable settings: {e}"))?;
    Ok(())
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
        // A hash whose settings would take 4 GiB of memory for every try is refused.
        let costly = h.replacen("m=19456", "m=4194304", 1);
        let e = check_hash(&costly).unwrap_err();
        assert!(e.contains("4096 MiB"), "{e}");
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

/// Wrong PINs allowed in a row before the staff exit locks.
pub const TRIES_BEFORE_LOCK: u32 = 5;
/// The first lock; each further lock lasts twice as long, up to `MAX_LOCK`.
pub const FIRST_LOCK: std::time::Duration = std::time::Duration::from_secs(60);
pub const MAX_LOCK: std::time::Duration = std::time::Duration::from_secs(3600);

/// Wrong PINs and the lock they earn. Kept in the kiosk's state folder after every change and
/// read by each run of the kiosk, so neither an idle reset nor a restart clears it: five
/// guesses, then a minute's wait, then two, four ... up to an hour. Only the right PIN clears
/// it. Plain data and a clock: no I/O.
#[derive(Debug, Default)]
pub struct Guard {
    failures: u32,
    locks: u32,
    locked_until: Option<std::time::Instant>,
}

impl Guard {
    /// How long the exit stays locked from `now`, if it is.
    pub fn locked_for(&self, now: std::time::Instant) -> Option<std::time::Duration> {
        self.locked_until
            .and_then(|t| t.checked_duration_since(now))
            .filter(|d| !d.is_zero())
    }

    /// Records a wrong PIN; returns the new lock, if this try earned one.
    pub fn failed(&mut self, now: std::time::Instant) -> Option<std::time::Duration> {
        self.failures = self.failures.saturating_add(1);
        if !self.failures.is_multiple_of(TRIES_BEFORE_LOCK) {
            return None;
        }
        let lock = FIRST_LOCK
            .saturating_mul(1u32.checked_shl(self.locks).unwrap_or(u32::MAX))
            .min(MAX_LOCK);
        self.locks = self.locks.saturating_add(1);
        self.locked_until = now.checked_add(lock);
        Some(lock)
    }

    /// Wrong PINs since the last right one.
    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// The right PIN: everything is forgiven.
    pub fn passed(&mut self) {
        *self = Guard::default();
    }

    /// The guard as a line for its file: wrong tries, locks earned, and when the lock ends
    /// (seconds since 1970, 0 for none): "3 1 1764900000".
    pub fn record(&self, now: std::time::Instant, wall: std::time::SystemTime) -> String {
        let until = self.locked_for(now).map_or(0, |left| {
            (wall + left)
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
        format!("{} {} {until}\n", self.failures, self.locks)
    }

    /// The guard a file kept, as of `now`; anything unreadable is a fresh guard, but never
    /// one that forgives a lock still running.
    pub fn from_record(text: &str, now: std::time::Instant, wall: std::time::SystemTime) -> Self {
        let mut n = text.split_whitespace().map(|w| w.parse::<u64>().ok());
        let (Some(Some(failures)), Some(Some(locks)), Some(Some(until))) =
            (n.next(), n.next(), n.next())
        else {
            return Guard::default();
        };
        let wall_now = wall
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let left = std::time::Duration::from_secs(until.saturating_sub(wall_now)).min(MAX_LOCK);
        Guard {
            failures: u32::try_from(failures).unwrap_or(u32::MAX),
            locks: u32::try_from(locks).unwrap_or(u32::MAX),
            locked_until: (!left.is_zero()).then(|| now + left),
        }
    }
}

#[cfg(test)]
mod guard_tests {
    use super::*;
    use std::time::{Duration, Instant, SystemTime};

    #[test]
    fn a_guard_kept_in_its_file_comes_back_with_its_lock() {
        let (t, wall) = (Instant::now(), SystemTime::now());
        let mut g = Guard::default();
        for _ in 0..TRIES_BEFORE_LOCK {
            g.failed(t);
        }
        let line = g.record(t, wall);
        // Read back 10 s later, in a new process: the same tries, a lock 10 s shorter.
        let later = wall + Duration::from_secs(10);
        let back = Guard::from_record(&line, t, later);
        assert_eq!(back.failures(), TRIES_BEFORE_LOCK);
        let left = back.locked_for(t).expect("still locked");
        assert!(
            left <= Duration::from_secs(50) && left >= Duration::from_secs(49),
            "{left:?}"
        );
        // A lock that has run out is no lock; nonsense is a fresh guard.
        let much_later = wall + Duration::from_secs(3600);
        assert_eq!(Guard::from_record(&line, t, much_later).locked_for(t), None);
        assert_eq!(Guard::from_record("x y", t, wall).failures(), 0);
    }

    #[test]
    fn five_wrong_pins_lock_the_exit_for_longer_each_time() {
        let mut g = Guard::default();
        let t = Instant::now();
        for _ in 0..4 {
            assert_eq!(g.failed(t), None);
        }
        assert_eq!(g.locked_for(t), None);
        assert_eq!(g.failed(t), Some(Duration::from_secs(60)));
        assert_eq!(g.locked_for(t), Some(Duration::from_secs(60)));
        let later = t + Duration::from_secs(61);
        assert_eq!(g.locked_for(later), None, "the lock ends");
        for _ in 0..4 {
            assert_eq!(g.failed(later), None);
        }
        assert_eq!(
            g.failed(later),
            Some(Duration::from_secs(120)),
            "then doubles"
        );
        let mut when = later;
        for _ in 0..10 {
            when += Duration::from_secs(4000);
            for _ in 0..4 {
                g.failed(when);
            }
            assert!(g.failed(when).unwrap() <= MAX_LOCK);
        }
        assert_eq!(g.failures(), 60);
        g.passed();
        assert_eq!((g.failures(), g.locked_for(when)), (0, None));
    }
}
