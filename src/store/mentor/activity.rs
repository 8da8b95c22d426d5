//! Activity per day for the mentor's chart: minutes of learning and how many learners
//! practised, for each of the last N days (days with nothing included, as zero).
//!
//! Minutes are counted as in [`detail`](super::detail): the gaps inside a session, each for
//! the day of the event that ends it. Days are calendar days in the laptop's time zone.

use super::detail::SESSION_GAP_MS;
use crate::store::{Store, StoreError};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use std::collections::{HashMap, HashSet};

/// One day of the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayActivity {
    pub date: Date,
    /// Learning time that day, rounded down to whole minutes.
    pub minutes: u32,
    /// Learners with at least one event that day.
    pub learners: u32,
}

impl Store {
    /// The last `days` days up to and including the day of `now_ms`, oldest first, in the
    /// computer's time zone; of the given learners, or of everyone when `None`.
    pub fn activity_by_day(
        &self,
        learners: Option<&[String]>,
        days: u32,
        now_ms: i64,
    ) -> Result<Vec<DayActivity>, StoreError> {
        self.activity_by_day_in(learners, days, now_ms, &TimeZone::system())
    }

    /// [`Store::activity_by_day`] in the time zone `tz`.
    pub fn activity_by_day_in(
        &self,
        learners: Option<&[String]>,
        days: u32,
        now_ms: i64,
        tz: &TimeZone,
    ) -> Result<Vec<DayActivity>, StoreError> {
        let Ok(now) = jiff::Timestamp::from_millisecond(now_ms) else {
            return Ok(Vec::new());
        };
        let today = now.to_zoned(tz.clone()).date();
        let mut dates = Vec::new();
        let mut d = today;
        for _ in 0..days {
            dates.push(d);
            match d.yesterday() {
                Ok(y) => d = y,
                Err(_) => break,
            }
        }
        dates.reverse();
        let Some(first) = dates.first() else {
            return Ok(Vec::new());
        };
        let start_ms = first
            .to_zoned(tz.clone())
            .map(|z| z.timestamp().as_millisecond())
            .unwrap_or(i64::MIN);
        let index: HashMap<Date, usize> = dates.iter().enumerate().map(|(i, d)| (*d, i)).collect();
        let wanted: Option<HashSet<&str>> =
            learners.map(|l| l.iter().map(String::as_str).collect());

        let mut ms = vec![0i64; dates.len()];
        let mut who: Vec<HashSet<String>> = vec![HashSet::new(); dates.len()];
        let mut stmt = self.conn.prepare_cached(
            "SELECT learner, at FROM events WHERE at >= ?1 AND at <= ?2
             ORDER BY learner, at, device, seq",
        )?;
        // Events up to one session gap before the first day only serve as the start of a gap.
        let rows = stmt.query_map([start_ms.saturating_sub(SESSION_GAP_MS), now_ms], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?;
        let mut prev: Option<(String, i64)> = None;
        for row in rows {
            let (learner, at) = row?;
            if wanted
                .as_ref()
                .is_some_and(|w| !w.contains(learner.as_str()))
            {
                continue;
            }
            let gap = match &prev {
                Some((p, t)) if *p == learner => Some(at - t),
                _ => None,
            };
            prev = Some((learner.clone(), at));
            if at < start_ms {
                continue;
            }
            let Ok(ts) = jiff::Timestamp::from_millisecond(at) else {
                continue;
            };
            let Some(&i) = index.get(&ts.to_zoned(tz.clone()).date()) else {
                continue;
            };
            if let Some(g) = gap.filter(|g| *g <= SESSION_GAP_MS) {
                ms[i] += g.max(0);
            }
            who[i].insert(learner);
        }
        Ok(dates
            .into_iter()
            .enumerate()
            .map(|(i, date)| DayActivity {
                date,
                minutes: super::detail::to_minutes(ms[i]),
                learners: u32::try_from(who[i].len()).unwrap_or(u32::MAX),
            })
            .collect())
    }
}
