//! The steps the class finds hardest: the top ten by mistakes + hints, with the lesson, the
//! step number and the step's instruction, so the mentor knows what to explain to everyone.

use super::{Message, fmt};
use crate::course::Course;
use crate::i18n::Translator;
use crate::store::{HardStep, Store};
use crate::ui::{theme, widget};
use iced::widget::{column, row, scrollable, text};
use iced::{Alignment, Element, Length};

/// How many steps the page lists.
pub const TOP: usize = 10;

#[derive(Debug, Default)]
pub struct State {
    pub steps: Vec<HardStep>,
}

impl State {
    pub fn load(store: &Store) -> Self {
        Self {
            steps: store.hardest_steps(TOP).unwrap_or_else(|e| {
                tracing::error!("cannot read the hardest steps: {e}");
                Vec::new()
            }),
        }
    }

    pub fn view<'a>(&'a self, tr: &Translator, course: &'a Course) -> Element<'a, Message> {
        let list = self.steps.iter().enumerate().map(|(i, s)| {
            widget::card(
                row![
                    widget::subtitle(format!("{}.", i + 1)).width(Length::Fixed(56.0)),
                    column![
                        widget::body(tr.tr_args(
                            "mentor-step-where",
                            &[
                                ("lesson", fmt::lesson_title(tr, course, &s.lesson).into()),
                                ("step", (s.step + 1).into()),
                            ],
                        ))
                        .font(theme::BOLD),
                        widget::body(fmt::step_text(tr, course, &s.lesson, s.step)),
                        text(tr.tr_args(
                            "mentor-hardest-figures",
                            &[
                                ("mistakes", s.mistakes.into()),
                                ("hints", s.hints.into()),
                                ("learners", s.learners.into()),
                            ],
                        ))
                        .size(theme::SMALL),
                    ]
                    .spacing(4)
                    .width(Length::Fill),
                    widget::secondary(
                        format!("preview-{i}"),
                        tr.tr("mentor-hardest-preview"),
                        Some(Message::Preview(s.lesson.clone(), s.step)),
                    ),
                ]
                .spacing(12)
                .align_y(Alignment::Start),
            )
            .padding(16)
            .into()
        });
        let empty = self
            .steps
            .is_empty()
            .then(|| widget::body(tr.tr("mentor-hardest-none")));
        column![
            row![
                widget::title(tr.tr("mentor-hardest-title")).width(Length::Fill),
                widget::primary("hardest-back", tr.tr("mentor-back"), Some(Message::Back)),
            ]
            .spacing(theme::SPACE)
            .align_y(Alignment::Center),
            widget::small(tr.tr("mentor-hardest-help")),
        ]
        .push(empty)
        .push(
            scrollable(
                column(list)
                    .spacing(10)
                    .padding(iced::Padding::ZERO.right(16)),
            )
            .height(Length::Fill),
        )
        .spacing(12)
        .padding(theme::PAD)
        .max_width(1300)
        .into()
    }
}
