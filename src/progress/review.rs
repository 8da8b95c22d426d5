//! "Ulangan singkat": short spaced reviews of a module's lessons, as pure logic over dates.
//!
//! Decisions (the store keeps the events, the home screen offers the review):
//! - A module's reviews begin once all of its ordinary lessons (not the skill check) are
//!   finished. The first review is due **1 day** later; each review answered right on the
//!   first try in every step moves the next one further out (**3**, then **7** days after
//!   that review); a review with a missed step falls back one interval (not below 1 day),
//!   so what was hard comes back soon. After the 7-day review is answered right the module
//!   needs no more reviews.
//! - A review is a few steps ([`ITEMS_PER_REVIEW`]) drawn from the module's finished lessons:
//!   first the steps missed in the last review, then the steps the learner had trouble
//!   with (mistakes, hints, wrong answers), practice before quiz, then the rest in course
//!   order, turned a little at each stage so the same steps do not always come.
//! - It never blocks anything. "Nanti saja" hides it until the next day. A review left
//!   half-way is continued where it stopped, the same day or later.
//! - Dates are calendar days of the laptop's clock: "1 day later" is the next date, not 24
//!   hours; the caller gives `today` (tests give fixed dates).

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Days from one review (or the end of the lessons) to the next, by stage.
pub const INTERVALS: [i64; 3] = [1, 3, 7];

/// Steps in one review: a few minutes.
pub const ITEMS_PER_REVIEW: usize = 4;

/// One step of a lesson to do again.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Item {
    pub lesson: String,
    pub step: usize,
}

/// What the log says about reviews (one learner), in replay order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewEvent {
    Started {
        id: String,
        module: String,
        items: Vec<Item>,
        day: Date,
    },
    /// A mistake, a hint, a wrong answer or a call for the mentor on an item not yet done.
    Trouble {
        id: String,
        item: usize,
    },
    StepDone {
        id: String,
        item: usize,
    },
    Finished {
        id: String,
        day: Date,
    },
    /// "Nanti saja".
    Postponed {
        module: String,
        day: Date,
    },
}

/// A review that was finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    pub day: Date,
    pub items: Vec<Item>,
    /// Items not done on the first try.
    pub missed: Vec<Item>,
}

/// A review begun and not finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Open {
    pub id: String,
    pub items: Vec<Item>,
    /// Items done (by index).
    pub done: BTreeSet<usize>,
    pub trouble: BTreeSet<usize>,
}

impl Open {
    /// The first item not done yet.
    pub fn next_item(&self) -> Option<usize> {
        (0..self.items.len()).find(|i| !self.done.contains(i))
    }
}

/// One module's reviews so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    pub done: Vec<Done>,
    pub open: Option<Open>,
    /// The last day "Nanti saja" was pressed.
    pub postponed: Option<Date>,
}

/// What to do about a module's reviews today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// The lessons are not all finished yet.
    NotStarted,
    /// The next review comes on `due`.
    Waiting { due: Date, stage: usize },
    /// A review is due today (`open`: one to continue).
    Due { stage: usize, open: Option<Open> },
    /// Hidden by "Nanti saja" until tomorrow.
    Postponed { stage: usize },
    /// Every interval passed with everything right.
    Complete,
}

/// One module's history, from the learner's events.
pub fn history(events: &[ReviewEvent], module: &str) -> History {
    let mut h = History::default();
    for e in events {
        match e {
            ReviewEvent::Started {
                id,
                module: m,
                items,
                ..
            } if m == module => {
                h.open = Some(Open {
                    id: id.clone(),
                    items: items.clone(),
                    done: BTreeSet::new(),
                    trouble: BTreeSet::new(),
                });
            }
            ReviewEvent::Trouble { id, item } => {
                if let Some(o) = h.open.as_mut().filter(|o| o.id == *id)
                    && !o.done.contains(item)
                {
                    o.trouble.insert(*item);
                }
            }
            ReviewEvent::StepDone { id, item } => {
                if let Some(o) = h.open.as_mut().filter(|o| o.id == *id) {
                    o.done.insert(*item);
                }
            }
            ReviewEvent::Finished { id, day } => {
                if let Some(o) = h.open.take_if(|o| o.id == *id) {
                    let missed = o
                        .items
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| !o.done.contains(i) || o.trouble.contains(i))
                        .map(|(_, item)| item.clone())
                        .collect();
                    h.done.push(Done {
                        day: *day,
                        items: o.items,
                        missed,
                    });
                }
            }
            ReviewEvent::Postponed { module: m, day } if m == module => {
                h.postponed = Some(h.postponed.map_or(*day, |p| p.max(*day)));
            }
            _ => {}
        }
    }
    h
}

/// The stage the next review is at: one up after a review with everything right, one down
/// (not below the first) after one with a miss. `INTERVALS.len()` means no more reviews.
pub fn stage(history: &History) -> usize {
    history.done.iter().fold(0, |stage, d| {
        if d.missed.is_empty() {
            stage + 1
        } else {
            stage.saturating_sub(1)
        }
    })
}

/// The plan for today. `lessons_done`: the day the module's last ordinary lesson was
/// finished (`None` while some are not).
pub fn plan(lessons_done: Option<Date>, history: &History, today: Date) -> Plan {
    let Some(start) = lessons_done else {
        return Plan::NotStarted;
    };
    let stage = stage(history);
    let Some(days) = INTERVALS.get(stage) else {
        return Plan::Complete;
    };
    let base = history.done.last().map_or(start, |d| d.day);
    let Ok(due) = base.checked_add(days.days()) else {
        return Plan::Complete; // past the calendar's end: nothing sensible to offer
    };
    if today < due {
        return Plan::Waiting { due, stage };
    }
    if history.postponed == Some(today) {
        return Plan::Postponed { stage };
    }
    Plan::Due {
        stage,
        open: history.open.clone(),
    }
}

/// A step that could be reviewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub item: Item,
    /// A practice step (in a simulator), not a quiz.
    pub practice: bool,
    /// Mistakes, hints and wrong answers the learner had on it.
    pub trouble: u32,
}

/// The steps of the next review, from `candidates` in course order.
pub fn choose(candidates: &[Candidate], history: &History, stage: usize) -> Vec<Item> {
    let missed: BTreeSet<&Item> = history
        .done
        .last()
        .map(|d| d.missed.iter().collect())
        .unwrap_or_default();
    let n = candidates.len().max(1);
    let turn = (stage * ITEMS_PER_REVIEW) % n;
    let mut ranked: Vec<(usize, &Candidate)> = candidates.iter().enumerate().collect();
    ranked.sort_by_key(|(i, c)| {
        (
            !missed.contains(&c.item),
            c.trouble == 0,
            !c.practice,
            std::cmp::Reverse(c.trouble),
            (i + n - turn) % n,
        )
    });
    ranked
        .into_iter()
        .take(ITEMS_PER_REVIEW)
        .map(|(_, c)| c.item.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn item(lesson: &str, step: usize) -> Item {
        Item {
            lesson: lesson.into(),
            step,
        }
    }

    fn started(id: &str, items: &[Item], day: Date) -> ReviewEvent {
        ReviewEvent::Started {
            id: id.into(),
            module: "email".into(),
            items: items.to_vec(),
            day,
        }
    }

    fn all_done(id: &str, n: usize) -> Vec<ReviewEvent> {
        (0..n)
            .map(|item| ReviewEvent::StepDone {
                id: id.into(),
                item,
            })
            .collect()
    }

    fn finished(id: &str, day: Date) -> ReviewEvent {
        ReviewEvent::Finished { id: id.into(), day }
    }

    /// Finished lessons on Monday 2 June 2025.
    const DONE: Date = date(2025, 6, 2);

    #[test]
    fn nothing_before_the_lessons_are_finished() {
        let h = History::default();
        assert_eq!(plan(None, &h, date(2025, 6, 20)), Plan::NotStarted);
    }

    #[test]
    fn reviews_come_after_1_3_and_7_days_while_everything_is_right() {
        let items = [item("email.balas", 3)];
        let mut events = Vec::new();
        let h = history(&events, "email");
        assert_eq!(
            plan(Some(DONE), &h, DONE),
            Plan::Waiting {
                due: date(2025, 6, 3),
                stage: 0
            }
        );
        assert_eq!(
            plan(Some(DONE), &h, date(2025, 6, 3)),
            Plan::Due {
                stage: 0,
                open: None
            }
        );
        // Done two days late, on Thursday 5 June: the next is 3 days after that.
        events.push(started("r1", &items, date(2025, 6, 5)));
        events.extend(all_done("r1", 1));
        events.push(finished("r1", date(2025, 6, 5)));
        let h = history(&events, "email");
        assert_eq!(h.done[0].missed, vec![]);
        assert_eq!(
            plan(Some(DONE), &h, date(2025, 6, 7)),
            Plan::Waiting {
                due: date(2025, 6, 8),
                stage: 1
            }
        );
        events.push(started("r2", &items, date(2025, 6, 9)));
        events.extend(all_done("r2", 1));
        events.push(finished("r2", date(2025, 6, 9)));
        let h = history(&events, "email");
        assert_eq!(
            plan(Some(DONE), &h, date(2025, 6, 10)),
            Plan::Waiting {
                due: date(2025, 6, 16),
                stage: 2
            }
        );
        events.push(started("r3", &items, date(2025, 6, 16)));
        events.extend(all_done("r3", 1));
        events.push(finished("r3", date(2025, 6, 16)));
        let h = history(&events, "email");
        assert_eq!(plan(Some(DONE), &h, date(2025, 12, 1)), Plan::Complete);
    }

    #[test]
    fn a_missed_step_brings_the_next_review_sooner() {
        let items = [item("email.balas", 3), item("email.unduh", 2)];
        let mut events = vec![started("r1", &items, date(2025, 6, 3))];
        events.extend(all_done("r1", 2));
        events.push(finished("r1", date(2025, 6, 3)));
        // Stage 1 (3 days): a mistake on the second step before it was done.
        events.push(started("r2", &items, date(2025, 6, 6)));
        events.push(ReviewEvent::Trouble {
            id: "r2".into(),
            item: 1,
        });
        events.extend(all_done("r2", 2));
        // A hint asked after the step was done does not count.
        events.push(ReviewEvent::Trouble {
            id: "r2".into(),
            item: 0,
        });
        events.push(finished("r2", date(2025, 6, 6)));
        let h = history(&events, "email");
        assert_eq!(h.done[1].missed, vec![item("email.unduh", 2)]);
        assert_eq!(stage(&h), 0);
        // Back to the 1-day interval: due the next day, and still due days later.
        assert_eq!(
            plan(Some(DONE), &h, date(2025, 6, 6)),
            Plan::Waiting {
                due: date(2025, 6, 7),
                stage: 0
            }
        );
        assert!(matches!(
            plan(Some(DONE), &h, date(2025, 6, 9)),
            Plan::Due { stage: 0, .. }
        ));
    }

    #[test]
    fn nanti_saja_hides_it_until_the_next_day_and_a_half_done_review_is_continued() {
        let items = [item("email.balas", 3), item("email.unduh", 2)];
        let today = date(2025, 6, 3);
        let mut events = vec![ReviewEvent::Postponed {
            module: "email".into(),
            day: today,
        }];
        let h = history(&events, "email");
        assert_eq!(plan(Some(DONE), &h, today), Plan::Postponed { stage: 0 });
        let tomorrow = date(2025, 6, 4);
        assert!(matches!(
            plan(Some(DONE), &h, tomorrow),
            Plan::Due { open: None, .. }
        ));
        // Another module's "Nanti saja" is not this one's.
        assert_eq!(history(&events, "presensi").postponed, None);
        events.push(started("r1", &items, tomorrow));
        events.push(ReviewEvent::StepDone {
            id: "r1".into(),
            item: 0,
        });
        let h = history(&events, "email");
        let Plan::Due {
            open: Some(open), ..
        } = plan(Some(DONE), &h, date(2025, 6, 5))
        else {
            panic!("the half-done review is offered again")
        };
        assert_eq!(open.next_item(), Some(1));
        assert!(h.done.is_empty());
    }

    #[test]
    fn the_review_takes_missed_and_hard_practice_steps_first() {
        let c = |lesson: &str, step, practice, trouble| Candidate {
            item: item(lesson, step),
            practice,
            trouble,
        };
        let candidates = vec![
            c("email.masuk", 1, true, 0),
            c("email.masuk", 2, false, 3), // a quiz answered wrongly three times
            c("email.balas", 2, true, 0),
            c("email.balas", 4, true, 2),
            c("email.unduh", 3, true, 1),
            c("email.unduh", 5, false, 0),
            c("email.teruskan", 2, true, 0),
        ];
        let chosen = choose(&candidates, &History::default(), 0);
        assert_eq!(
            chosen,
            vec![
                item("email.balas", 4),
                item("email.unduh", 3),
                item("email.masuk", 2),
                item("email.masuk", 1),
            ],
            "practice with trouble, then the wrong quiz, then practice in course order"
        );
        // What was missed in the last review comes first.
        let h = History {
            done: vec![Done {
                day: DONE,
                items: vec![item("email.teruskan", 2)],
                missed: vec![item("email.teruskan", 2)],
            }],
            ..History::default()
        };
        assert_eq!(choose(&candidates, &h, 0)[0], item("email.teruskan", 2));
        // Without any trouble, quizzes come last and each stage turns the list.
        let easy: Vec<Candidate> = (0..6).map(|i| c("dasar.klik", i, i != 0, 0)).collect();
        let first = choose(&easy, &History::default(), 0);
        let second = choose(&easy, &History::default(), 1);
        assert!(!first.contains(&item("dasar.klik", 0)), "{first:?}");
        assert_ne!(first, second);
        assert_eq!(first.len(), ITEMS_PER_REVIEW);
        assert!(choose(&[], &History::default(), 2).is_empty());
    }
}
