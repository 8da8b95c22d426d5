//! A memo waiting for the learner's electronic signature: its page with the QR (red until
//! the page is refreshed after signing), "Tanda Tangani", "Perbarui PDF", the passphrase
//! dialog, and the secretary's message asking for the passphrase.

use super::lists::{info, pdf_page};
use super::{Lit, bold, btn, heading, small, w};
use crate::i18n::Translator;
use crate::sim::srikandi::{Action, SignDialog, Srikandi};
use crate::ui::sim::parts::{ctl, ctl_input, error_box, mail_primary};
use crate::ui::{theme, widget};
use iced::widget::{column, container, row, scrollable, text_input};
use iced::{Element, Length};

pub(super) fn memo<'a>(
    s: &'a Srikandi,
    id: &str,
    tr: &Translator,
    lit: Lit<'_>,
) -> Element<'a, Action> {
    let Some(n) = s.naskah(id) else {
        return small(w(tr, "list-empty")).into();
    };
    let green = n.signed && n.pdf_fresh;
    let qr = container(
        column![
            bold(w(tr, if green { "qr-green" } else { "qr-red" })),
            small(w(
                tr,
                if green {
                    "qr-green-help"
                } else if n.signed {
                    "qr-red-signed-help"
                } else {
                    "qr-red-help"
                }
            )),
        ]
        .spacing(4),
    )
    .id("qr")
    .padding(12)
    .width(Length::Fill)
    .style(if green {
        theme::feedback_success
    } else {
        theme::error
    });
    let actions = row![]
        .push((!n.signed).then(|| {
            ctl(
                "sign".into(),
                lit,
                mail_primary(w(tr, "sign"), Some(Action::StartSign)),
            )
        }))
        .push(btn(
            "refresh-pdf".into(),
            lit,
            w(tr, "refresh-pdf"),
            Some(Action::RefreshPdf),
        ))
        .spacing(8)
        .wrap();
    column![heading(n.hal.clone())]
        .push(secretary(s, tr, lit))
        .push(actions)
        .push(qr)
        .push(info(n, tr))
        .push(pdf_page(n, tr))
        .spacing(theme::SPACE)
        .into()
}

fn secretary<'a>(s: &'a Srikandi, tr: &Translator, lit: Lit<'_>) -> Option<Element<'a, Action>> {
    if !s.secretary_asks {
        return None;
    }
    let body: Element<'a, Action> = match s.secretary_answer {
        None => column![
            small(w(tr, "secretary-message")),
            row![
                btn(
                    "secretary-refuse".into(),
                    lit,
                    w(tr, "secretary-refuse"),
                    Some(Action::AnswerSecretary(false))
                ),
                btn(
                    "secretary-give".into(),
                    lit,
                    w(tr, "secretary-give"),
                    Some(Action::AnswerSecretary(true))
                ),
            ]
            .spacing(8)
            .wrap(),
        ]
        .spacing(8)
        .into(),
        Some(false) => small(w(tr, "secretary-refused")).into(),
        Some(true) => small(w(tr, "secretary-gave")).into(),
    };
    Some(
        container(column![bold(w(tr, "secretary-title")), body].spacing(6))
            .padding(12)
            .width(Length::Fill)
            .style(theme::hint)
            .into(),
    )
}

/// The passphrase dialog, over the page.
pub(super) fn dialog<'a>(d: &'a SignDialog, tr: &Translator, lit: Lit<'_>) -> Element<'a, Action> {
    let error = d.error.map(|e| {
        let id = match e.key() {
            "empty" => "sign-error-empty",
            "passphrase" => "sign-error-passphrase",
            _ => "sign-error-not-registered",
        };
        error_box(w(tr, id))
    });
    let form = column![
        widget::subtitle(w(tr, "sign-dialog-title")),
        small(w(tr, "sign-dialog-help")),
        small(w(tr, "passphrase")),
        ctl_input(
            "passphrase".into(),
            lit,
            text_input("", &d.passphrase)
                .id("passphrase-input")
                .secure(true)
                .on_input(Action::Passphrase)
                .on_submit(Action::ConfirmSign)
                .size(theme::SMALL)
                .padding(10)
                .style(theme::input)
        ),
    ]
    .push(error)
    .push(
        row![
            ctl(
                "sign-confirm".into(),
                lit,
                mail_primary(w(tr, "sign-confirm"), Some(Action::ConfirmSign))
            ),
            btn(
                "sign-cancel".into(),
                lit,
                w(tr, "sign-cancel"),
                Some(Action::CancelSign)
            ),
        ]
        .spacing(8)
        .wrap(),
    )
    .spacing(8)
    .max_width(520);
    container(scrollable(
        container(widget::card(form).max_width(560))
            .center_x(Length::Fill)
            .padding(theme::SPACE),
    ))
    .id("page")
    .center(Length::Fill)
    .into()
}
