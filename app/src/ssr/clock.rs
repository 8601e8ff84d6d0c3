//! The one source of "now" on the server. Everything that asks what time it is (sessions,
//! limits, the hourly job, reminders, the agenda, "Nu open", retention, mail) asks the
//! [`Clock`] in the application state, so tests can pin the time and move it on.

use chrono::{DateTime, NaiveDate, Utc};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// A clock shared by everything in one application: cloning it shares the time.
#[derive(Clone, Debug)]
pub struct Clock(Arc<Inner>);

#[derive(Debug)]
struct Inner {
    kind: Kind,
    /// Milliseconds added by [`Clock::advance`] and [`Clock::set`].
    shift_ms: AtomicI64,
}

#[derive(Debug)]
enum Kind {
    /// The computer's clock.
    System,
    /// Stands still at this moment until moved.
    Pinned(DateTime<Utc>),
    /// Starts at this moment and runs on with the computer's clock.
    Running { from: DateTime<Utc>, since: Instant },
}

impl Clock {
    fn with(kind: Kind) -> Clock {
        Clock(Arc::new(Inner {
            kind,
            shift_ms: AtomicI64::new(0),
        }))
    }

    /// The computer's clock: what `kring serve` uses.
    pub fn system() -> Clock {
        Clock::with(Kind::System)
    }

    /// A clock that stands still at `at` until a test moves it.
    pub fn pinned(at: DateTime<Utc>) -> Clock {
        Clock::with(Kind::Pinned(at))
    }

    /// A clock that starts at `at` and then runs as a clock does (a server for browser tests
    /// or a demo on a chosen day).
    pub fn starting_at(at: DateTime<Utc>) -> Clock {
        Clock::with(Kind::Running {
            from: at,
            since: Instant::now(),
        })
    }

    /// Now.
    pub fn now(&self) -> DateTime<Utc> {
        let base = match &self.0.kind {
            Kind::System => Utc::now(),
            Kind::Pinned(at) => *at,
            Kind::Running { from, since } => {
                *from + chrono::Duration::from_std(since.elapsed()).unwrap_or(chrono::TimeDelta::zero())
            }
        };
        base + chrono::Duration::milliseconds(self.0.shift_ms.load(Ordering::SeqCst))
    }

    /// Now in whole seconds since 1970 (as the database stores instants).
    pub fn timestamp(&self) -> i64 {
        self.now().timestamp()
    }

    /// Today's date in Amsterdam.
    pub fn today(&self) -> NaiveDate {
        crate::domain::time::local_date(self.now())
    }

    /// Now as the file system counts time (to compare with a file's age).
    pub fn system_time(&self) -> std::time::SystemTime {
        let millis = u64::try_from(self.now().timestamp_millis()).unwrap_or_default();
        std::time::UNIX_EPOCH + std::time::Duration::from_millis(millis)
    }

    /// Moves the clock on (or back, with a negative duration).
    pub fn advance(&self, by: chrono::Duration) {
        self.0.shift_ms.fetch_add(by.num_milliseconds(), Ordering::SeqCst);
    }

    /// Puts the clock at `at` (it goes on from there as before: still or running).
    pub fn set(&self, at: DateTime<Utc>) {
        let shift = self.0.shift_ms.load(Ordering::SeqCst);
        let difference = (at - self.now()).num_milliseconds();
        self.0.shift_ms.store(shift + difference, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .expect("a moment")
            .with_timezone(&Utc)
    }

    #[test]
    fn a_pinned_clock_stands_still_until_moved_and_clones_share_it() {
        let clock = Clock::pinned(at("2026-07-01T23:30:00+02:00"));
        let shared = clock.clone();
        assert_eq!(clock.now(), at("2026-07-01T21:30:00Z"));
        assert_eq!(clock.today().to_string(), "2026-07-01");
        shared.advance(chrono::Duration::hours(1));
        assert_eq!(clock.now(), at("2026-07-01T22:30:00Z"));
        assert_eq!(
            clock.today().to_string(),
            "2026-07-02",
            "00:30 in Amsterdam is the next day"
        );
        clock.set(at("2026-01-05T10:00:00+01:00"));
        assert_eq!(shared.timestamp(), at("2026-01-05T09:00:00Z").timestamp());
    }

    #[test]
    fn a_running_clock_starts_where_it_is_told() {
        let clock = Clock::starting_at(at("2026-12-24T10:00:00+01:00"));
        let seconds = clock.now().timestamp() - at("2026-12-24T09:00:00Z").timestamp();
        assert!((0..5).contains(&seconds));
    }
}
