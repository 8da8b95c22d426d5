//! An "Ulangan singkat" under way: its steps, one after another, each played by the lesson
//! screen as a one-step lesson on the practice tool as it was when the learner first met
//! that step. What the learner does is written as review events (see `store::review`), never
//! into the lessons' own progress.

use crate::course::Course;
use crate::progress::Player;
use crate::progress::review::Item;
use crate::store::review::{DueReview, item_lesson};
use crate::store::{Store, StoreError};
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Run {
    pub id: String,
    pub module: String,
    pub items: Vec<Item>,
    /// The item being played.
    pub index: usize,
    /// It is the last item that can be played: finishing it finishes the review.
    pub last: bool,
}

impl Run {
    /// Begins (or continues) the review `due`: the run and the player of its first step
    /// still to do. `None` when none of its steps can be played any more (the lessons
    /// changed); nothing is written then.
    pub fn begin(
        store: &mut Store,
        course: &Course,
        learner: &str,
        due: &DueReview,
    ) -> Result<Option<(Self, Player)>, StoreError> {
        let (id, items, from) = match &due.open {
            Some(open) => (
                open.id.clone(),
                open.items.clone(),
                open.next_item().unwrap_or(0),
            ),
            None => {
                let Some(module) = course.modules.iter().find(|m| m.id == due.module) else {
                    return Ok(None);
                };
                let items = store.review_items(learner, module, due.stage)?;
                if items.is_empty() {
                    return Ok(None);
                }
                let id = store.start_review(learner, &due.module, &items)?;
                (id, items, 0)
            }
        };
        let mut run = Self {
            id,
            module: due.module.clone(),
            items,
            index: from,
            last: false,
        };
        Ok(run.player(store, course, learner).map(|p| (run, p)))
    }

    /// The player of the current item, or of the next one that can still be played.
    pub fn player(&mut self, store: &Store, course: &Course, learner: &str) -> Option<Player> {
        while let Some(item) = self.items.get(self.index) {
            let lesson = playable(course, item);
            if let Some(lesson) = lesson {
                self.last = self.items[self.index + 1..]
                    .iter()
                    .all(|i| playable(course, i).is_none());
                let snapshot = store
                    .start_of(learner, &item.lesson, item.step)
                    .unwrap_or_else(|e| {
                        tracing::error!("cannot read where the step began: {e}");
                        None
                    });
                return Some(Player::resume(Arc::new(lesson), 0, snapshot.as_deref()));
            }
            self.index += 1;
        }
        None
    }

    /// The player of the next item; `None` after the last.
    pub fn advance(&mut self, store: &Store, course: &Course, learner: &str) -> Option<Player> {
        self.index += 1;
        self.player(store, course, learner)
    }
}

/// The one-step lesson of an item, if its lesson and step are still in the course.
fn playable(course: &Course, item: &Item) -> Option<crate::course::Lesson> {
    course
        .lesson(&item.lesson)
        .and_then(|e| e.lesson.as_deref())
        .and_then(|l| item_lesson(l, item.step))
}
