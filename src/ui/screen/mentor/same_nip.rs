//! Kelas → learners who share a NIP: the same person added separately on two laptops (seen
//! after a sync). "Gabungkan" makes them one learner, keeping every step, note and session of
//! both (see `store::join`).

use super::Ctx;
use super::overview::Message;
use crate::i18n::Translator;
use crate::store::{Learner, Store};
use crate::ui::widget::{self, Outcome};
use iced::widget::{column, row};
use iced::{Alignment, Element, Length};

#[derive(Debug, Default)]
pub struct SameNip {
    /// Each group oldest first: the first one stays.
    pub groups: Vec<Vec<Learner>>,
}

impl SameNip {
    pub fn load(store: &Store) -> Self {
        Self {
            groups: store.same_nip().unwrap_or_else(|e| {
                tracing::error!("cannot read learners sharing a NIP: {e}");
                Vec::new()
            }),
        }
    }

    /// Joins group `i` into its first learner; the sentence for the mentor.
    pub fn join(&self, i: usize, ctx: &Ctx<'_>) -> Option<Outcome> {
        let group = self.groups.get(i)?;
        let keep = group.first()?;
        for other in &group[1..] {
            if let Err(e) = ctx.store.join_learners(&keep.id, &other.id) {
                tracing::error!("cannot join two learners: {e}");
                return Some(Outcome::failed(ctx.tr.tr("mentor-join-error")));
            }
        }
        let args = [("name", keep.name.clone().into())];
        Some(Outcome::done(ctx.tr.tr_args("mentor-joined", &args)))
    }

    pub fn view<'a>(&self, tr: &Translator) -> Option<Element<'a, Message>> {
        if self.groups.is_empty() {
            return None;
        }
        let lines = self.groups.iter().enumerate().map(|(i, g)| {
            let names: Vec<&str> = g.iter().map(|l| l.name.as_str()).collect();
            let nip = g[0].nip.clone().unwrap_or_default();
            row![
                widget::body(format!("{} · NIP {nip}", names.join(" / "))).width(Length::Fill),
                widget::secondary(
                    format!("join-{i}"),
                    tr.tr("mentor-join"),
                    Some(Message::Join(i))
                ),
            ]
            .spacing(12)
            .align_y(Alignment::Center)
            .into()
        });
        Some(
            widget::card(
                column![
                    widget::subtitle(tr.tr("mentor-same-nip")),
                    widget::small(tr.tr("mentor-same-nip-help")),
                    column(lines).spacing(8),
                ]
                .spacing(8),
            )
            .width(Length::Fill)
            .into(),
        )
    }
}
