//! What the window shows: the screen or what is over it, the notice and the repaired-file
//! banner above it, the idle question in front, all inside the focus scope.

use super::{Failure, Message, Notice, Overlay, Screen, State};
use crate::i18n::Translator;
use crate::store::{Incident, StoreError};
use crate::ui::screen::idle;
use crate::ui::{theme, widget};
use iced::widget::{column, container, row};
use iced::{Element, Length};

impl State {
    pub fn view(&self) -> Element<'_, Message> {
        let tr = &self.tr;
        let screen: Element<'_, Message> = if let Some(overlay) = &self.overlay {
            match overlay {
                Overlay::Pin(gate) => gate.view(tr).map(Message::Pin),
                Overlay::Settings(s) => s.view(tr).map(Message::Settings),
            }
        } else {
            match &self.screen {
                Screen::Learners(s) => s.view(tr).map(Message::Learners),
                Screen::Home(s) => s.view(tr, &self.course, self.comfort).map(Message::Home),
                Screen::Lesson(s) => s.view(tr, self.voice.is_some()).map(Message::Lesson),
                Screen::Finished(s) => s.view(tr, &self.course).map(Message::Finished),
                Screen::Setup(s) => s.view(tr).map(Message::Setup),
                Screen::Mentor(s) => s.view(tr, &self.course).map(Message::Mentor),
            }
        };
        let screen = container(screen).center_x(Length::Fill);
        let notice = self.notice.map(|notice| {
            container(widget::body(tr.tr(notice.id())))
                .padding(12)
                .width(Length::Fill)
                // Being signed out after a pause, a review done, or a voice Windows lacks is no
                // error: not in red.
                .style(
                    if matches!(
                        notice,
                        Notice::IdleSignedOut | Notice::ReviewDone | Notice::VoiceMissing
                    ) {
                        theme::hint
                    } else {
                        theme::error
                    },
                )
        });
        let page = column![]
            .push(self.incident.as_ref().map(|i| incident_banner(i, tr)))
            .push(notice)
            .push(screen);
        let page: Element<'_, Message> = container(page)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(theme::page)
            .into();
        let page = match self.idle.warning_seconds() {
            Some(left) if self.watches_idle() => {
                let question = idle::still_there(tr, left).map(|()| Message::Activity);
                iced::widget::stack![page, question].into()
            }
            _ => page,
        };
        // Tab / Shift+Tab move the keyboard focus over the whole window, starting from the
        // first control of wherever the learner arrives.
        crate::ui::focus::scope(page)
            .start(self.focus_start())
            .into()
    }
}

/// What the mentor must know about a repaired progress file, with one button to say "seen".
fn incident_banner<'a>(incident: &Incident, tr: &Translator) -> Element<'a, Message> {
    let seen: Element<'a, ()> =
        widget::secondary("incident-ok", tr.tr("notice-restored-ok"), Some(())).into();
    let path = incident.field("moved_to").unwrap_or_default();
    let missing = incident.field("moved_to").is_none() && incident.flag("missing");
    let text = match incident.field("backup_made") {
        Some(date) if missing => tr.tr_args("notice-missing-restored", &[("date", date.into())]),
        Some(date) => tr.tr_args(
            "notice-restored",
            &[("date", date.into()), ("path", path.into())],
        ),
        None => tr.tr_args("notice-restored-empty", &[("path", path.into())]),
    };
    container(
        row![
            widget::body(text).width(Length::Fill),
            seen.map(|()| Message::IncidentSeen),
        ]
        .spacing(theme::SPACE)
        .align_y(iced::Alignment::Center),
    )
    .padding(12)
    .width(Length::Fill)
    .style(theme::error)
    .into()
}

impl Failure {
    pub(super) fn view(&self) -> Element<'_, Message> {
        let tr = &self.tr;
        let (id, path) = match &self.error {
            StoreError::DataDir { path, .. } => ("error-data-dir", path),
            StoreError::TooNew { path, .. } => ("error-too-new", path),
            StoreError::Corrupt { path, .. } => ("error-corrupt", path),
            StoreError::Open { path, .. } | StoreError::Unreadable { path, .. } => {
                ("error-open", path)
            }
            StoreError::NeedsRepair { path, .. } => ("error-corrupt", path),
            StoreError::NoProgress(path) => ("error-open", path),
            StoreError::Sql(_)
            | StoreError::Migration(_)
            | StoreError::PinHash(_)
            | StoreError::Invalid(_) => ("error-database", &std::path::PathBuf::new()),
        };
        let path = path.display().to_string();
        container(
            widget::card(
                column![
                    widget::title(tr.tr("error-title")),
                    widget::body(tr.tr_args(id, &[("path", path.into())])),
                    widget::body(tr.tr("error-call-mentor")),
                    widget::small(self.error.to_string()),
                ]
                .spacing(theme::SPACE),
            )
            .max_width(900),
        )
        .center(Length::Fill)
        .padding(theme::PAD)
        .style(theme::page)
        .into()
    }
}
