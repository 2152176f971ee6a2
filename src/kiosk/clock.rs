//! What time it is, for the kiosk's rules that count time inside the app (the staff PIN's lock):
//! the real clock, or a hand a test moves, so that a lock of minutes is tested in microseconds.
//! (The idle clock is told the time by the shell: `idle`.)

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// The time now: on the monotonic clock (for how long) and on the wall clock (for a record kept
/// across restarts).
#[derive(Clone, Default)]
pub struct Clock(Option<Arc<Mutex<(Instant, SystemTime)>>>);

impl Clock {
    /// A clock that stands still until its `Hand` moves it; it starts at the real time.
    pub fn manual() -> (Clock, Hand) {
        let at = Arc::new(Mutex::new((Instant::now(), SystemTime::now())));
        (Clock(Some(at.clone())), Hand(at))
    }

    /// The time now, both ways.
    pub fn now(&self) -> (Instant, SystemTime) {
        match &self.0 {
            None => (Instant::now(), SystemTime::now()),
            Some(at) => *at.lock().unwrap_or_else(|e| e.into_inner()),
        }
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Clock(manual)"
        } else {
            "Clock(real)"
        })
    }
}

/// Moves a `Clock::manual` on.
#[derive(Clone)]
pub struct Hand(Arc<Mutex<(Instant, SystemTime)>>);

impl Hand {
    /// Moves the clock `by` forward.
    pub fn advance(&self, by: Duration) {
        let mut at = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *at = (at.0 + by, at.1 + by);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_with_its_hand() {
        let (clock, hand) = Clock::manual();
        let (t, wall) = clock.now();
        assert_eq!(clock.now(), (t, wall), "it stands still");
        hand.advance(Duration::from_secs(61));
        assert_eq!(
            clock.now(),
            (t + Duration::from_secs(61), wall + Duration::from_secs(61))
        );
        let real = Clock::default().now().0;
        assert!(real >= t, "the default is the real clock");
    }
}
