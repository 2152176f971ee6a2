//! The kiosk's idle clock: after `idle` without a key, click or tap, "Still reading?" counts
//! down `countdown`; then the kiosk resets for the next person. The time is always given, never
//! read here, so the shell passes `Instant::now()` and the tests pass any instant they like (a
//! day of idle time is checked in microseconds).

use std::time::{Duration, Instant};

/// What the clock says at a tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tick {
    /// Counting down: this many whole seconds are left (at least 1).
    Warning(u64),
    /// The countdown ran out: reset now. The clock starts again from this moment.
    Reset,
}

#[derive(Debug, Clone)]
pub struct IdleClock {
    idle: Duration,
    countdown: Duration,
    last_input: Instant,
}

impl IdleClock {
    pub fn new(idle: Duration, countdown: Duration, now: Instant) -> Self {
        Self {
            idle,
            countdown,
            last_input: now,
        }
    }

    /// A key, click or tap at `now`: the patient is here.
    pub fn input(&mut self, now: Instant) {
        self.last_input = now;
    }

    /// How long from `now` until the reset, if nothing is typed (zero when it is due).
    pub fn until_reset(&self, now: Instant) -> Duration {
        let quiet = now.saturating_duration_since(self.last_input);
        self.idle
            .saturating_add(self.countdown)
            .saturating_sub(quiet)
    }

    /// What to do at `now`, if anything.
    pub fn tick(&mut self, now: Instant) -> Option<Tick> {
        let quiet = now.saturating_duration_since(self.last_input);
        // Saturating: no setting can make the clock's arithmetic panic.
        let reset_at = self.idle.saturating_add(self.countdown);
        if quiet >= reset_at {
            self.last_input = now;
            Some(Tick::Reset)
        } else if quiet >= self.idle {
            let left = reset_at.saturating_sub(quiet).as_secs_f64().ceil() as u64;
            Some(Tick::Warning(left.max(1)))
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn quiet_then_a_countdown_then_a_reset_and_the_clock_starts_again() {
        let start = Instant::now();
        let mut clock = IdleClock::new(120 * S, 10 * S, start);
        assert_eq!(clock.tick(start + 119 * S), None);
        assert_eq!(clock.until_reset(start + 119 * S), 11 * S);
        assert_eq!(clock.tick(start + 120 * S), Some(Tick::Warning(10)));
        assert_eq!(clock.tick(start + 125 * S + S / 2), Some(Tick::Warning(5)));
        assert_eq!(clock.tick(start + 129 * S + S / 2), Some(Tick::Warning(1)));
        assert_eq!(clock.tick(start + 130 * S), Some(Tick::Reset));
        // From the reset on, another full idle time passes before the next countdown.
        assert_eq!(clock.tick(start + 249 * S), None);
        assert_eq!(clock.tick(start + 250 * S), Some(Tick::Warning(10)));
    }

    #[test]
    fn input_puts_the_countdown_off() {
        let start = Instant::now();
        let mut clock = IdleClock::new(120 * S, 10 * S, start);
        assert_eq!(clock.tick(start + 125 * S), Some(Tick::Warning(5)));
        clock.input(start + 126 * S);
        assert_eq!(clock.tick(start + 127 * S), None);
        assert_eq!(clock.tick(start + 246 * S), Some(Tick::Warning(10)));
    }

    #[test]
    fn huge_settings_and_a_clock_that_goes_back_do_not_panic() {
        let start = Instant::now();
        let mut clock = IdleClock::new(Duration::MAX, Duration::MAX, start + 10 * S);
        assert_eq!(clock.tick(start), None, "an instant before the last input");
        assert_eq!(clock.tick(start + 86_400 * 365 * S), None);
        let mut clock = IdleClock::new(Duration::ZERO, Duration::ZERO, start);
        assert_eq!(clock.tick(start), Some(Tick::Reset));
    }
}
