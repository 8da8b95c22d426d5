//! Lesson progress as pure logic: goal matching and the lesson player's state machine.
//!
//! The player decides what a learner's action means for the lesson (step done, mistake,
//! hint) and returns [`Record`]s; the caller writes them to the store *before* showing
//! the result, so nothing acknowledged to the learner is ever lost.

mod matcher;
mod player;
pub mod resume;

pub use player::{Feedback, FeedbackKind, Input, Player, Record};
pub use resume::LessonState;
