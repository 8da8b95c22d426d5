//! Activity per day for the mentor's chart: minutes of learning and how many learners
//! practised, for each of the last N days (days with nothing included, as zero).
//!
//! Minutes are counted as in [`detail`](super::detail): the gaps inside a session, each for
//! the day of the event that ends it. Days are calendar days in the laptop's time zone.

use super::detail::SESSION_GAP_MS;
use crate::store::{Store, StoreError};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use std::collections::HashMap;

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
        let ids: Vec<String> = match learners {
            Some(l) => l.to_vec(),
            None => {
                let mut stmt = self.conn.prepare_cached("SELECT uuid FROM learners")?;
                let rows = stmt.query_map([], |r| r.get(0))?;
                rows.collect::<Result<_, _>>()?
            }
        };

        let mut ms = vec![0i64; dates.len()];
        let mut who = vec![0u32; dates.len()];
        // Per learner, through the (learner, at) index: a district-wide chart does not scan
        // every event of the district.
        let mut stmt = self.conn.prepare_cached(
            "SELECT at FROM events WHERE learner = ?1 AND at >= ?2 AND at <= ?3
             ORDER BY at, device, seq",
        )?;
        for id in &ids {
            // Events up to one session gap before the first day only start a gap.
            let times = stmt
                .query_map(
                    rusqlite::params![id, start_ms.saturating_sub(SESSION_GAP_MS), now_ms],
                    |r| r.get::<_, i64>(0),
                )?
                .collect::<Result<Vec<_>, _>>()?;
            let mut active = vec![false; dates.len()];
            let mut prev: Option<i64> = None;
            for at in times {
                let gap = prev.map(|p| at - p);
                prev = Some(at);
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
                active[i] = true;
            }
            for (i, a) in active.into_iter().enumerate() {
                who[i] += u32::from(a);
            }
        }
        Ok(dates
            .into_iter()
            .enumerate()
            .map(|(i, date)| DayActivity {
                date,
                minutes: super::detail::to_minutes(ms[i]),
                learners: who[i],
            })
            .collect())
    }
}
