//! The class overview ("Kelas"): two charts (class progress per module, activity of the last
//! 14 days), then every learner with a bar per module, when they last practised, their
//! minutes this week, and "perlu bantuan" with the reason, so a mentor sees in a minute who
//! needs them today. Filters: work unit, and only those who need help (the charts follow the
//! filters). A learner's row opens their detail.

use super::chart::{self, LABEL};
use super::{Ctx, export, fmt};
use crate::course::Course;
use crate::i18n::Translator;
use crate::store::{DayActivity, HelpReason, LearnerRow, Store, now_ms};
use crate::ui::focus::focus;
use crate::ui::theme::{self, Bar};
use crate::ui::widget;
use iced::widget::{button, column, container, progress_bar, row, scrollable, text};
use iced::{Alignment, Element, Length, Task};

/// Days in the activity chart.
pub const DAYS: u32 = 14;

#[derive(Debug, Default)]
pub struct State {
    pub rows: Vec<LearnerRow>,
    /// Every work unit of the class, for the filter.
    pub units: Vec<String>,
    pub unit: Option<String>,
    pub flagged_only: bool,
    /// Minutes and active learners per day, of the learners shown.
    pub activity: Vec<DayActivity>,
    /// The last file written (or why not), as one sentence.
    pub result: Option<widget::Outcome>,
    /// The class report is being written: its button waits, and a line says so.
    pub working: bool,
    /// The laptops in the sync folder.
    pub laptops: super::laptops::Laptops,
    /// Learners who share a NIP ("Gabungkan").
    pub same_nip: super::same_nip::SameNip,
}

#[derive(Debug, Clone)]
pub enum Message {
    Unit(Option<String>),
    FlaggedOnly(bool),
    Open(String),
    Hardest,
    Sessions,
    ReportXlsx,
    /// The class report has been written (or could not be).
    Written(super::export::Finished),
    /// Join the learners of this group of [`State::same_nip`].
    Join(usize),
    Close,
}

pub enum Event {
    Open(String),
    Hardest,
    Sessions,
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
        let mut state = Self {
            rows,
            units,
            laptops: super::laptops::Laptops::load(store),
            same_nip: super::same_nip::SameNip::load(store),
            ..Self::default()
        };
        state.reload_activity(store);
        state
    }

    /// The activity chart of the learners the filters show.
    pub fn reload_activity(&mut self, store: &Store) {
        let ids: Vec<String> = self.shown().map(|r| r.id.clone()).collect();
        let all = self.unit.is_none() && !self.flagged_only;
        let who = if all { None } else { Some(ids.as_slice()) };
        self.activity = store
            .activity_by_day(who, DAYS, now_ms())
            .unwrap_or_else(|e| {
                tracing::error!("cannot read the activity: {e}");
                Vec::new()
            });
    }

    pub fn update(&mut self, message: Message, ctx: &Ctx<'_>) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Unit(u) => {
                self.unit = u;
                self.reload_activity(ctx.store);
            }
            Message::FlaggedOnly(on) => {
                self.flagged_only = on;
                self.reload_activity(ctx.store);
            }
            Message::Open(id) => return (Task::none(), Some(Event::Open(id))),
            Message::Hardest => return (Task::none(), Some(Event::Hardest)),
            Message::Sessions => return (Task::none(), Some(Event::Sessions)),
            Message::ReportXlsx => match export::report(ctx, self.unit.as_deref()) {
                Ok(job) => {
                    self.working = true;
                    self.result = None;
                    return (job.run().map(Message::Written), None);
                }
                Err(outcome) => self.result = Some(outcome),
            },
            Message::Written(finished) => {
                self.working = false;
                self.result = Some(export::outcome(ctx, &finished));
            }
            Message::Join(i) => {
                self.result = self.same_nip.join(i, ctx);
                let fresh = State::load(ctx.store, ctx.course);
                self.rows = fresh.rows;
                self.units = fresh.units;
                self.same_nip = fresh.same_nip;
                self.reload_activity(ctx.store);
            }
            Message::Close => return (Task::none(), Some(Event::Close)),
        }
        (Task::none(), None)
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
        let count = self.shown().count();
        let flagged = self.shown().filter(|r| r.needs_help.is_some()).count();
        let actions = row![
            widget::secondary(
                "open-hardest",
                tr.tr("mentor-hardest-open"),
                Some(Message::Hardest)
            ),
            widget::secondary(
                "open-sessions",
                tr.tr("mentor-sessions-open"),
                Some(Message::Sessions)
            ),
            widget::secondary(
                "report-xlsx",
                tr.tr("mentor-report-xlsx"),
                (!self.working).then_some(Message::ReportXlsx)
            ),
        ]
        .spacing(theme::SPACE);
        let result: Option<Element<'_, Message>> = if self.working {
            Some(widget::small(tr.tr("mentor-file-working")).into())
        } else {
            self.result
                .as_ref()
                .map(|r| widget::result_banner(r).into())
        };
        let charts = row![self.module_chart(tr, course), self.activity_chart(tr)]
            .spacing(theme::SPACE)
            .height(Length::Shrink);
        let page = column![container(charts).id("charts")]
            .push(self.same_nip.view(tr))
            .push(self.laptops.view(tr))
            .push(column(rows).spacing(10))
            .spacing(theme::SPACE)
            .padding(iced::Padding::ZERO.right(16));
        column![
            row![
                widget::title(tr.tr("mentor-title")),
                widget::body(tr.tr_args(
                    "mentor-summary",
                    &[("learners", count.into()), ("flagged", flagged.into())]
                ))
                .width(Length::Fill),
                widget::primary(
                    "close-mentor",
                    tr.tr("settings-close"),
                    Some(Message::Close)
                ),
            ]
            .spacing(theme::SPACE)
            .align_y(Alignment::Center),
            actions.wrap(),
        ]
        .push(result)
        .push(filters.wrap())
        .push(scrollable(page).height(Length::Fill))
        .spacing(12)
        .padding(theme::PAD)
        .max_width(1300)
        .into()
    }

    /// Per module: how many of the learners shown finished it, are in it, have not begun.
    fn module_chart<'a>(&self, tr: &Translator, course: &Course) -> Element<'a, Message> {
        let lines = course.modules.iter().map(|m| {
            let (mut done, mut doing, mut not) = (0u32, 0u32, 0u32);
            for r in self.shown() {
                match r.modules.iter().find(|p| p.module == m.id) {
                    Some(p) if p.total > 0 && p.done >= p.total => done += 1,
                    Some(p) if p.done > 0 => doing += 1,
                    _ => not += 1,
                }
            }
            row![
                text(tr.tr(&m.title))
                    .size(LABEL)
                    .width(Length::Fixed(150.0)),
                chart::stacked(
                    &[
                        (done, Bar::Done),
                        (doing, Bar::Doing),
                        (not, Bar::NotStarted)
                    ],
                    22.0
                ),
                text(format!("{done} / {doing} / {not}"))
                    .size(LABEL)
                    .width(Length::Fixed(90.0))
                    .align_x(iced::alignment::Horizontal::Right),
            ]
            .spacing(10)
            .align_y(Alignment::Center)
            .into()
        });
        widget::card(
            column![
                text(tr.tr("mentor-chart-modules"))
                    .size(theme::TEXT)
                    .font(theme::BOLD),
                row![
                    chart::legend(Bar::Done, tr.tr("mentor-chart-done")),
                    chart::legend(Bar::Doing, tr.tr("mentor-chart-doing")),
                    chart::legend(Bar::NotStarted, tr.tr("mentor-chart-not-started")),
                ]
                .spacing(theme::SPACE)
                .wrap(),
                column(lines).spacing(8),
            ]
            .spacing(10),
        )
        .padding(16)
        .width(Length::FillPortion(1))
        .into()
    }

    /// Minutes of learning per day (bars) and learners who practised (the figure below).
    fn activity_chart<'a>(&self, tr: &Translator) -> Element<'a, Message> {
        let bars = self
            .activity
            .iter()
            .map(|d| {
                (
                    d.minutes,
                    d.date.strftime("%d").to_string(),
                    d.learners.to_string(),
                )
            })
            .collect();
        let total: u32 = self.activity.iter().map(|d| d.minutes).sum();
        widget::card(
            column![
                text(tr.tr("mentor-chart-days"))
                    .size(theme::TEXT)
                    .font(theme::BOLD),
                text(tr.tr_args("mentor-chart-days-help", &[("minutes", total.into())]))
                    .size(LABEL)
                    .style(theme::muted),
                chart::days(bars),
            ]
            .spacing(8),
        )
        .padding(16)
        .width(Length::FillPortion(1))
        .into()
    }
}

fn learner_row<'a>(r: &'a LearnerRow, tr: &Translator, course: &'a Course) -> Element<'a, Message> {
    let modules = r.modules.iter().map(|m| {
        column![
            text(fmt::module_title(tr, course, &m.module)).size(LABEL),
            row![
                progress_bar(0.0..=(m.total.max(1) as f32), m.done as f32)
                    .girth(12)
                    .length(Length::Fixed(150.0))
                    .style(theme::progress),
                text(format!("{}/{}", m.done, m.total)).size(LABEL),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        ]
        .spacing(2)
        .into()
    });
    let lesson_title = |id: &str| fmt::lesson_title(tr, course, id);
    let help = r.needs_help.as_ref().map(|h| {
        let s = match h {
            HelpReason::Called { lesson, step, at } => tr.tr_args(
                "mentor-called",
                &[
                    ("lesson", lesson_title(lesson).into()),
                    ("step", (step + 1).into()),
                    ("time", fmt::clock(*at).into()),
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
            .padding(8)
            .width(Length::Fill)
            .style(theme::feedback_try_again)
    });
    let minutes = r.week_ms / 60_000;
    let content = column![
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
                    &[("date", fmt::day(tr, r.last_active).into())]
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
    .spacing(8);
    let card = button(content)
        .padding(14)
        .width(Length::Fill)
        .style(theme::tile)
        .on_press(Message::Open(r.id.clone()));
    container(focus(card)).id(format!("row-{}", r.id)).into()
}
