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

/// What every screen's `update` gives back: the work to run off the window's thread (files,
/// PDFs, a sync round), and what the root must act on (another screen, a setting).
pub type Update<Message, Event> = (iced::Task<Message>, Option<Event>);

/// An update that leaves no work to run.
pub fn only<Message, Event>(event: Option<Event>) -> Update<Message, Event> {
    (iced::Task::none(), event)
}
