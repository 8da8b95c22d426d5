//! One module per screen, each with its own state, messages, update and view.

pub mod finished;
pub mod home;
pub mod idle;
pub mod learners;
pub mod lesson;
pub mod mentor;
pub mod pin;
pub mod review;
pub mod settings;
pub mod setup;
