//! The mentor's part of Tuntun ("Kelas"), behind the mentor PIN. One module per page:
//! `overview` (the class, with charts and filters), `detail` (one learner: timeline, steps,
//! notes, assignment, printed reports), `hardest` (the steps the class finds hardest),
//! `sessions` (coaching sessions). `chart` draws the bars, `export` writes the files, `fmt`
//! turns times and ids into what the mentor reads.
//!
//! The figures come from `store::mentor`; these pages only show them and pass on what the
//! mentor types.

pub mod chart;
pub mod detail;
pub mod export;
pub mod fmt;
pub mod hardest;
pub mod laptops;
pub mod overview;
pub mod same_nip;
pub mod sessions;

use crate::course::Course;
use crate::i18n::Translator;
use crate::store::Store;
use iced::{Element, Task};
use std::path::Path;

/// What every mentor page may read or write.
pub struct Ctx<'a> {
    pub store: &'a Store,
    pub course: &'a Course,
    pub tr: &'a Translator,
    /// Where reports and certificates are written (Documents, or what the options say).
    pub export_dir: &'a Path,
    /// The signed-in mentor's name, written under their notes.
    pub mentor: &'a str,
}

/// The mentor's pages: the overview stays loaded underneath the others.
#[derive(Debug)]
pub struct State {
    pub overview: overview::State,
    pub page: Page,
    /// The mentor who typed the PIN (empty when there is no mentor account).
    pub mentor: String,
}

#[derive(Debug)]
pub enum Page {
    Overview,
    Detail(Box<detail::State>),
    Hardest(hardest::State),
    Sessions(sessions::State),
}

#[derive(Debug, Clone)]
pub enum Message {
    Overview(overview::Message),
    Detail(detail::Message),
    Sessions(sessions::Message),
    /// Back to the overview from any other page.
    Back,
    /// Esc: back to the overview, or out of "Kelas" from there.
    Escape,
    /// Look at a step of a lesson as the learners see it (from "Langkah tersulit").
    Preview(String, usize),
}

pub enum Event {
    Close,
    /// Open this lesson at this step in a preview that records nothing.
    Preview(String, usize),
}

impl State {
    /// Where the mentor is, and the control that has the keyboard focus on arriving: the
    /// page's first action, never "Tutup" or "Kembali" (see `ui::focus`).
    pub fn focus_start(&self) -> crate::ui::focus::Start {
        use crate::ui::focus::Start;
        match &self.page {
            Page::Overview => Start::new("kelas", "open-hardest"),
            Page::Detail(d) => Start::new(("kelas-learner", &d.detail.learner.id), "summary-pdf"),
            Page::Hardest(_) => Start::new("kelas-hardest", "preview-0").or("hardest-back"),
            Page::Sessions(_) => Start::new("kelas-sessions", "session-plan"),
        }
    }

    pub fn load(store: &Store, course: &Course, mentor: String) -> Self {
        Self {
            overview: overview::State::load(store, course),
            page: Page::Overview,
            mentor,
        }
    }

    pub fn update(&mut self, message: Message, ctx: &Ctx<'_>) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Overview(m) => {
                let (task, event) = self.overview.update(m, ctx);
                let task = task.map(Message::Overview);
                let Some(event) = event else {
                    return (task, None);
                };
                return (task, self.overview_event(event, ctx));
            }
            Message::Detail(m) => {
                let Page::Detail(d) = &mut self.page else {
                    return (Task::none(), None);
                };
                let (task, event) = d.update(m, ctx);
                if let Some(detail::Event::Back) = event {
                    self.back(ctx);
                }
                return (task.map(Message::Detail), None);
            }
            Message::Sessions(m) => {
                if let Page::Sessions(s) = &mut self.page {
                    s.update(m, ctx);
                }
            }
            Message::Back => self.back(ctx),
            Message::Preview(lesson, step) => {
                return (Task::none(), Some(Event::Preview(lesson, step)));
            }
            Message::Escape => match self.page {
                Page::Overview => return (Task::none(), Some(Event::Close)),
                _ => self.back(ctx),
            },
        }
        (Task::none(), None)
    }

    /// What the overview asks for: another page, or leaving Kelas.
    fn overview_event(&mut self, event: overview::Event, ctx: &Ctx<'_>) -> Option<Event> {
        match event {
            overview::Event::Close => return Some(Event::Close),
            overview::Event::Open(id) => match detail::State::load(&id, ctx) {
                Some(d) => self.page = Page::Detail(Box::new(d)),
                None => {
                    self.overview.result = Some(crate::ui::widget::Outcome::failed(
                        ctx.tr.tr("mentor-error-read"),
                    ))
                }
            },
            overview::Event::Hardest => {
                self.page = Page::Hardest(hardest::State::load(ctx.store));
            }
            overview::Event::Sessions => {
                self.page = Page::Sessions(sessions::State::load(ctx.store));
            }
        }
        None
    }

    /// The overview again, read afresh (a note or a session may change what it shows).
    fn back(&mut self, ctx: &Ctx<'_>) {
        let mut fresh = overview::State::load(ctx.store, ctx.course);
        fresh.laptops.status = self.overview.laptops.status.take();
        self.overview = overview::State {
            unit: self.overview.unit.take(),
            flagged_only: self.overview.flagged_only,
            ..fresh
        };
        self.overview.reload_activity(ctx.store);
        self.page = Page::Overview;
    }

    pub fn view<'a>(&'a self, tr: &Translator, course: &'a Course) -> Element<'a, Message> {
        match &self.page {
            Page::Overview => self.overview.view(tr, course).map(Message::Overview),
            Page::Detail(d) => d.view(tr, course).map(Message::Detail),
            Page::Hardest(h) => h.view(tr, course),
            Page::Sessions(s) => s.view(tr),
        }
    }
}
