//! Coaching sessions ("Sesi pendampingan"): the form for a new one (date, topic, who was
//! there, plan for next time) above the list of those held, newest first.

use super::{Ctx, fmt};
use crate::i18n::Translator;
use crate::store::mentor::{NewSession, Session, TextError};
use crate::store::{Learner, Store, StoreError};
use crate::ui::focus::focus;
use crate::ui::{theme, widget};
use iced::widget::{checkbox, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

#[derive(Debug, Default)]
pub struct State {
    pub sessions: Vec<Session>,
    pub learners: Vec<Learner>,
    /// As typed: `dd-mm-yyyy`.
    pub date: String,
    pub topic: String,
    pub plan: String,
    pub present: Vec<String>,
    /// What became of "Simpan sesi": `(saved, sentence)`.
    pub result: Option<widget::Outcome>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Date(String),
    Topic(String),
    Plan(String),
    Present(String, bool),
    Save,
}

/// `dd-mm-yyyy` (one-digit day and month allowed; `/` and `.` as well as `-`).
pub fn parse_date(s: &str) -> Option<jiff::civil::Date> {
    let s = s.trim().replace(['/', '.'], "-");
    let mut parts = s.split('-').map(|p| p.trim().parse::<i16>().ok());
    let (Some(Some(d)), Some(Some(m)), Some(Some(y)), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let d = i8::try_from(d).ok()?;
    let m = i8::try_from(m).ok()?;
    if !(2000..=2200).contains(&y) {
        return None;
    }
    jiff::civil::Date::new(y, m, d).ok()
}

impl State {
    pub fn load(store: &Store) -> Self {
        let mut s = Self {
            learners: store.learners().unwrap_or_else(|e| {
                tracing::error!("cannot read the learners: {e}");
                Vec::new()
            }),
            date: fmt::date(fmt::today()),
            ..Self::default()
        };
        s.reload(store);
        s
    }

    fn reload(&mut self, store: &Store) {
        self.sessions = store.sessions().unwrap_or_else(|e| {
            tracing::error!("cannot read the sessions: {e}");
            Vec::new()
        });
    }

    pub fn update(&mut self, message: Message, ctx: &Ctx<'_>) {
        let tr = ctx.tr;
        match message {
            Message::Date(d) => self.date = d,
            Message::Topic(t) => self.topic = t,
            Message::Plan(p) => self.plan = p,
            Message::Present(id, on) => {
                self.present.retain(|p| *p != id);
                if on {
                    self.present.push(id);
                }
            }
            Message::Save => {
                let Some(held_on) = parse_date(&self.date) else {
                    self.result = Some(widget::Outcome::failed(tr.tr("mentor-session-bad-date")));
                    return;
                };
                let new = NewSession {
                    held_on,
                    topic: self.topic.clone(),
                    plan: self.plan.clone(),
                    attendees: self.present.clone(),
                };
                self.result = Some(match ctx.store.add_session(&new) {
                    Ok(_) => {
                        self.topic.clear();
                        self.plan.clear();
                        self.present.clear();
                        widget::Outcome::done(tr.tr("mentor-session-saved"))
                    }
                    Err(StoreError::Text(TextError::EmptyTopic)) => {
                        widget::Outcome::failed(tr.tr("mentor-session-no-topic"))
                    }
                    Err(e) => {
                        tracing::error!("cannot save a session: {e}");
                        widget::Outcome::failed(tr.tr("mentor-error-save"))
                    }
                });
                self.reload(ctx.store);
            }
        }
    }

    fn name(&self, id: &str) -> String {
        self.learners
            .iter()
            .find(|l| l.id == id)
            .map_or_else(|| id.to_owned(), |l| l.name.clone())
    }

    pub fn view<'a>(&'a self, tr: &Translator) -> Element<'a, super::Message> {
        let input = |id: &'static str, value: &'a str, on: fn(String) -> Message| {
            text_input("", value)
                .id(id)
                .on_input(on)
                .size(theme::TEXT)
                .padding(10)
                .style(theme::input)
        };
        let field = |label: String, content: Element<'a, Message>| -> Element<'a, Message> {
            row![widget::body(label).width(Length::Fixed(300.0)), content]
                .spacing(12)
                .align_y(Alignment::Center)
                .into()
        };
        let boxes = self.learners.iter().map(|l| {
            let id = l.id.clone();
            container(focus(
                checkbox(self.present.contains(&l.id))
                    .label(l.name.as_str())
                    .size(24)
                    .text_size(theme::SMALL)
                    .on_toggle(move |on| Message::Present(id.clone(), on)),
            ))
            .id(format!("attend-{}", l.id))
            .width(Length::Fixed(300.0))
            .into()
        });
        let result = self.result.as_ref().map(widget::result_banner);
        let form = widget::card(
            column![
                widget::subtitle(tr.tr("mentor-session-new")),
                field(
                    tr.tr("mentor-session-date"),
                    input("session-date", &self.date, Message::Date).into()
                ),
                field(
                    tr.tr("mentor-session-topic"),
                    input("session-topic", &self.topic, Message::Topic).into()
                ),
                widget::body(tr.tr("mentor-session-present")),
                row(boxes).spacing(12).wrap(),
                field(
                    tr.tr("mentor-session-plan"),
                    input("session-plan", &self.plan, Message::Plan).into()
                ),
                widget::primary(
                    "session-save",
                    tr.tr("mentor-session-save"),
                    Some(Message::Save)
                ),
            ]
            .push(result)
            .spacing(12),
        );
        let list = self.sessions.iter().map(|s| {
            let names: Vec<String> = s.attendees.iter().map(|a| self.name(a)).collect();
            let who = if names.is_empty() {
                tr.tr("mentor-session-nobody")
            } else {
                names.join(", ")
            };
            widget::card(
                column![
                    widget::body(tr.tr_args(
                        "mentor-session-line",
                        &[
                            ("date", fmt::date(s.held_on).into()),
                            ("topic", s.topic.clone().into()),
                        ],
                    ))
                    .font(theme::BOLD),
                    text(tr.tr_args("mentor-session-who", &[("names", who.into())]))
                        .size(theme::SMALL),
                ]
                .push((!s.plan.is_empty()).then(|| {
                    text(tr.tr_args("mentor-session-next", &[("plan", s.plan.clone().into())]))
                        .size(theme::SMALL)
                }))
                .spacing(4),
            )
            .padding(16)
            .into()
        });
        let empty = self
            .sessions
            .is_empty()
            .then(|| widget::small(tr.tr("mentor-sessions-none")));
        let page = column![Element::from(form).map(super::Message::Sessions)]
            .push(widget::subtitle(tr.tr("mentor-sessions-held")))
            .push(empty)
            .push(column(list).spacing(10))
            .spacing(theme::SPACE)
            .padding(iced::Padding::ZERO.right(16));
        column![
            row![
                widget::title(tr.tr("mentor-sessions-title")).width(Length::Fill),
                widget::primary(
                    "sessions-back",
                    tr.tr("mentor-back"),
                    Some(super::Message::Back)
                ),
            ]
            .spacing(theme::SPACE)
            .align_y(Alignment::Center),
            scrollable(page).height(Length::Fill),
        ]
        .spacing(12)
        .padding(theme::PAD)
        .max_width(1300)
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn dates_as_a_mentor_types_them() {
        let d = |y, m, d| jiff::civil::Date::new(y, m, d).ok();
        assert_eq!(parse_date("05-11-2026"), d(2026, 11, 5));
        assert_eq!(parse_date(" 5/11/2026 "), d(2026, 11, 5));
        assert_eq!(parse_date("31-02-2026"), None);
        assert_eq!(parse_date("2026-11-05"), None);
        assert_eq!(parse_date("besok"), None);
    }
}
