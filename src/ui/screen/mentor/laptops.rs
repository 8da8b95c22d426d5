//! Kelas → the laptops in the sync folder: each one's name and when it last put progress in
//! the folder, and one sentence about the last round (the folder missing: the USB stick is
//! not plugged in). Read from the store (`sync::laptops`) and the window's last round.

use crate::i18n::Translator;
use crate::store::Store;
use crate::sync::Laptop;
use crate::ui::screen::mentor::fmt;
use crate::ui::screen::settings::sync::status_text;
use crate::ui::sync::Status;
use crate::ui::widget;
use iced::widget::{column, row, text};
use iced::{Element, Length};

#[derive(Debug, Default)]
pub struct Laptops {
    pub list: Vec<Laptop>,
    /// This laptop's device id (its line says "laptop ini").
    pub own: String,
    /// Whether a sync folder is chosen on this laptop.
    pub chosen: bool,
    /// The last round's outcome (set by the window).
    pub status: Option<Status>,
}

impl Laptops {
    pub fn load(store: &Store) -> Self {
        Self {
            list: crate::sync::laptops::all(store).unwrap_or_else(|e| {
                tracing::error!("cannot read the sync folder's laptops: {e}");
                Vec::new()
            }),
            own: store.device().to_owned(),
            chosen: store
                .setting(crate::sync::FOLDER_SETTING)
                .ok()
                .flatten()
                .is_some_and(|f| !f.trim().is_empty()),
            status: None,
        }
    }

    /// Nothing at all when no folder was ever chosen and no laptop seen.
    pub fn view<'a, M: 'a>(&self, tr: &Translator) -> Option<Element<'a, M>> {
        if !self.chosen && self.list.is_empty() {
            return None;
        }
        let lines = self.list.iter().map(|l| {
            let name = if l.device == self.own {
                tr.tr_args("sync-laptop-own", &[("name", l.name.clone().into())])
            } else {
                l.name.clone()
            };
            let when = tr.tr_args(
                "sync-laptop-when",
                &[
                    ("day", fmt::day(tr, Some(l.made_at)).into()),
                    ("time", fmt::clock(l.made_at).into()),
                ],
            );
            row![
                widget::body(name).width(Length::FillPortion(2)),
                widget::small(when).width(Length::FillPortion(3)),
            ]
            .spacing(12)
            .into()
        });
        let status = status_text(tr, self.status.as_ref(), false).map(text);
        Some(
            widget::card(
                column![widget::subtitle(tr.tr("sync-laptops"))]
                    .push(status)
                    .push(column(lines).spacing(6))
                    .spacing(8),
            )
            .width(Length::Fill)
            .into(),
        )
    }
}
