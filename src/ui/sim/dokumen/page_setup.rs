//! The Tata Letak dialog: the document's paper (A4, F4/Folio 21,5 × 33 cm) and margins, with
//! a small picture of the page, then OK or Batal.

use super::{Msg, act, ctl, dialog_frame, mail_button, mail_primary, paper_name, small, w};
use crate::i18n::Translator;
use crate::sim::dokumen::page_setup::Margins;
use crate::sim::dokumen::{Action, Paper};
use crate::ui::sim::parts::choice_button;
use crate::ui::theme;
use iced::Element;
use iced::widget::{column, container, row, space};

pub(super) fn view<'a>(
    paper: Paper,
    margins: Margins,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let papers = [Paper::A4, Paper::F4].map(|p| {
        ctl(
            format!("setup-paper-{}", p.key()),
            lit,
            choice_button(
                w(tr, &format!("setup-paper-{}", p.key())),
                paper == p,
                act(Action::SetupPaper(p)),
            ),
        )
    });
    let margin_choices = Margins::ALL.map(|m| {
        ctl(
            format!("setup-margins-{}", m.key()),
            lit,
            choice_button(
                w(tr, &format!("setup-margins-{}", m.key())),
                margins == m,
                act(Action::SetupMargins(m)),
            ),
        )
    });
    // The page to scale (1 mm = 0.6 px): F4 is visibly longer; the margins frame the text.
    let scale = 0.6;
    let (pw, ph) = match paper {
        Paper::A4 => (210.0, 297.0),
        Paper::F4 => (215.0, 330.0),
    };
    let [top, right, bottom, left] = margins.mm();
    let text_area = container(space::horizontal())
        .width((pw - left - right) * scale)
        .height((ph - top - bottom) * scale)
        .style(theme::chip);
    let picture = container(text_area)
        .padding(iced::Padding {
            top: top * scale,
            right: right * scale,
            bottom: bottom * scale,
            left: left * scale,
        })
        .style(theme::card);
    dialog_frame(
        w(tr, "setup-title"),
        row![
            column![small(paper_name(tr, paper)).font(theme::BOLD), picture].spacing(6),
            column![
                small(w(tr, "setup-paper")).font(theme::BOLD),
                column(papers).spacing(8),
                small(w(tr, "setup-margins")).font(theme::BOLD),
                column(margin_choices).spacing(8),
                row![
                    ctl(
                        "dialog-cancel".into(),
                        lit,
                        mail_button(w(tr, "cancel"), Some(act(Action::DialogCancel)))
                    ),
                    ctl(
                        "setup-ok".into(),
                        lit,
                        mail_primary(w(tr, "setup-ok"), Some(act(Action::ConfirmPageSetup)))
                    ),
                ]
                .spacing(8),
            ]
            .spacing(10),
        ]
        .spacing(24)
        .into(),
    )
}
