//! The mentor's class overview ("Kelas"), behind the mentor PIN: every learner with a bar
//! per module, when they last practised, their minutes this week, and "perlu bantuan" with
//! the reason (stuck on a step, or away from an unfinished lesson), so a mentor sees in a
//! minute who needs them today. Filters: work unit, and only those who need help.
//!
//! The figures come from `store::mentor`; this screen only shows them.

use crate::course::Course;
use crate::i18n::Translator;
use crate::store::{HelpReason, LearnerRow, Store, now_ms};
use crate::ui::focus::focus;
use crate::ui::{theme, widget};
use iced::widget::{button, column, container, progress_bar, row, scrollable, text};
use iced::{Alignment, Element, Length};

#[derive(Debug, Default)]
pub struct State {
    pub rows: Vec<LearnerRow>,
    /// Every work unit of the class, for the filter.
    pub units: Vec<String>,
    pub unit: Option<String>,
    pub flagged_only: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Unit(Option<String>),
    FlaggedOnly(bool),
    Close,
}

pub enum Event {
    Close,
}

impl State {
    pub fn load(store: &Store, course: &Course) -> Self {
        let rows = store
            .class_overview(course, None, now_ms())
            .unwrap_or_else(|e| {
                tracing::error!("cannot read the class overview: {e}");
                Vec::new()
            });
        // Who needs the mentor today comes first; otherwise by name (as the store gives them).
        let mut rows = rows;
        rows.sort_by_key(|r| r.needs_help.is_none());
        let mut units: Vec<String> = rows.iter().filter_map(|r| r.unit.clone()).collect();
        units.sort();
        units.dedup();
        Self {
            rows,
            units,
            unit: None,
            flagged_only: false,
        }
    }

    pub fn update(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Unit(u) => self.unit = u,
            Message::FlaggedOnly(on) => self.flagged_only = on,
            Message::Close => return Some(Event::Close),
        }
        None
    }

    fn shown(&self) -> impl Iterator<Item = &LearnerRow> {
        self.rows.iter().filter(|r| {
            self.unit
                .as_ref()
                .is_none_or(|u| r.unit.as_ref() == Some(u))
                && (!self.flagged_only || r.needs_help.is_some())
        })
    }

    pub fn view<'a>(&'a self, tr: &Translator, course: &'a Course) -> Element<'a, Message> {
        let chip =
            |label: String, id: String, on: bool, message: Message| -> Element<'a, Message> {
                container(focus(
                    button(widget::body(label))
                        .padding([8, 16])
                        .style(move |t: &iced::Theme, s| {
                            if on {
                                theme::tile_chosen(true)(t, s)
                            } else {
                                theme::tile(t, s)
                            }
                        })
                        .on_press(message),
                ))
                .id(id)
                .into()
            };
        let mut filters = row![chip(
            tr.tr("mentor-all-units"),
            "unit-all".into(),
            self.unit.is_none(),
            Message::Unit(None)
        )]
        .spacing(8);
        for (i, u) in self.units.iter().enumerate() {
            filters = filters.push(chip(
                u.clone(),
                format!("unit-{i}"),
                self.unit.as_ref() == Some(u),
                Message::Unit(Some(u.clone())),
            ));
        }
        filters = filters.push(chip(
            tr.tr("mentor-flagged-only"),
            "flagged-only".into(),
            self.flagged_only,
            Message::FlaggedOnly(!self.flagged_only),
        ));

        let rows = self.shown().map(|r| learner_row(r, tr, course));
        let list = column(rows).spacing(10);
        let count = self.shown().count();
        let flagged = self.shown().filter(|r| r.needs_help.is_some()).count();
        column![
            row![
                widget::title(tr.tr("mentor-title")).width(Length::Fill),
                widget::primary(
                    "close-mentor",
                    tr.tr("settings-close"),
                    Some(Message::Close)
                ),
            ]
            .align_y(Alignment::Center),
            widget::body(tr.tr_args(
                "mentor-summary",
                &[("learners", count.into()), ("flagged", flagged.into())]
            )),
            filters.wrap(),
            scrollable(list.padding(iced::Padding::ZERO.right(16))).height(Length::Fill),
        ]
        .spacing(theme::SPACE)
        .padding(theme::PAD)
        .max_width(1300)
        .into()
    }
}

/// A date as the mentor reads it (`23-11-2026`), or "belum pernah".
fn day(tr: &Translator, ms: Option<i64>) -> String {
    ms.and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())
        .map(|t| {
            t.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%d-%m-%Y")
                .to_string()
        })
        .unwrap_or_else(|| tr.tr("mentor-never"))
}

/// The time of day (`09:41`) in the laptop's time zone.
fn clock(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| {
            t.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

fn learner_row<'a>(r: &'a LearnerRow, tr: &Translator, course: &'a Course) -> Element<'a, Message> {
    let modules = r.modules.iter().map(|m| {
        let title = course
            .modules
            .iter()
            .find(|c| c.id == m.module)
            .map_or_else(|| m.module.clone(), |c| tr.tr(&c.title));
        column![
            widget::small(title),
            row![
                progress_bar(0.0..=(m.total.max(1) as f32), m.done as f32)
                    .girth(12)
                    .length(Length::Fixed(160.0))
                    .style(theme::progress),
                text(format!("{}/{}", m.done, m.total)).size(theme::SMALL),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        ]
        .spacing(2)
        .into()
    });
    let lesson_title = |id: &str| {
        course
            .lesson(id)
            .and_then(|e| e.lesson.as_ref())
            .map_or_else(|| id.to_owned(), |l| tr.tr(&l.title))
    };
    let help = r.needs_help.as_ref().map(|h| {
        let s = match h {
            HelpReason::Called { lesson, step, at } => tr.tr_args(
                "mentor-called",
                &[
                    ("lesson", lesson_title(lesson).into()),
                    ("step", (step + 1).into()),
                    ("time", clock(*at).into()),
                ],
            ),
            HelpReason::Stuck {
                lesson,
                step,
                mistakes,
                hints,
            } => tr.tr_args(
                "mentor-stuck",
                &[
                    ("lesson", lesson_title(lesson).into()),
                    ("step", (step + 1).into()),
                    ("mistakes", (*mistakes).into()),
                    ("hints", (*hints).into()),
                ],
            ),
            HelpReason::Idle { lesson, days } => tr.tr_args(
                "mentor-idle",
                &[
                    ("lesson", lesson_title(lesson).into()),
                    ("days", (*days).into()),
                ],
            ),
        };
        container(widget::body(s))
            .padding(10)
            .width(Length::Fill)
            .style(theme::feedback_try_again)
    });
    let minutes = r.week_ms / 60_000;
    let card = widget::card(
        column![
            row![
                widget::avatar(&r.name, &r.id),
                column![
                    widget::body(r.name.as_str()).font(theme::BOLD),
                    widget::small(r.unit.clone().unwrap_or_default()),
                ]
                .spacing(2)
                .width(Length::Fill),
                column![
                    widget::small(tr.tr_args(
                        "mentor-last-active",
                        &[("date", day(tr, r.last_active).into())]
                    )),
                    widget::small(tr.tr_args("mentor-week", &[("minutes", minutes.into())])),
                ]
                .spacing(2),
            ]
            .spacing(12)
            .align_y(Alignment::Center),
            row(modules).spacing(theme::PAD).wrap(),
        ]
        .push(help)
        .spacing(10),
    )
    .padding(16);
    container(card).id(format!("row-{}", r.id)).into()
}
