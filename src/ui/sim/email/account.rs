//! Signing in to the webmail.

use super::{Msg, act, label};
use crate::i18n::Translator;
use crate::sim::email::{Action, Email, SignInError};
use crate::ui::sim::parts::{ctl, ctl_input, error_box, mail_primary};
use crate::ui::{theme, widget};
use iced::widget::{checkbox, column, container, text, text_input};
use iced::{Element, Length};

pub(super) fn sign_in<'a>(
    e: &'a Email,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let f = &e.sign_in;
    let error = f.error.map(|err| {
        let id = match err {
            SignInError::Empty => "webmail-signin-error-empty",
            SignInError::Address => "webmail-signin-error-address",
            SignInError::Password => "webmail-signin-error-password",
        };
        error_box(tr.tr(id))
    });
    let form = column![
        widget::subtitle(tr.tr("webmail-name")),
        text(tr.tr("webmail-signin-title")).size(theme::SMALL),
        label(tr.tr("webmail-address")),
        ctl_input(
            "email-address".into(),
            lit,
            text_input("", &f.address)
                .id("email-address-input")
                .on_input(|s| act(Action::SignInAddress(s)))
                .on_submit(act(Action::SignIn))
                .size(theme::SMALL)
                .padding(10)
                .style(theme::input)
        ),
        label(tr.tr("webmail-password")),
        ctl_input(
            "email-password".into(),
            lit,
            text_input("", &f.password)
                .id("email-password-input")
                .secure(true)
                .on_input(|s| act(Action::SignInPassword(s)))
                .on_submit(act(Action::SignIn))
                .size(theme::SMALL)
                .padding(10)
                .style(theme::input)
        ),
        ctl(
            "email-remember".into(),
            lit,
            checkbox(f.remember)
                .label(tr.tr("webmail-remember"))
                .on_toggle(|_| act(Action::ToggleRemember))
                .size(28)
                .text_size(theme::SMALL)
        ),
    ]
    .push(error)
    .push(ctl(
        "email-signin".into(),
        lit,
        mail_primary(tr.tr("webmail-signin"), Some(act(Action::SignIn))).padding([10, 32]),
    ))
    .spacing(8)
    .max_width(480);
    container(widget::card(form).max_width(520))
        .center(Length::Fill)
        .padding(theme::SPACE)
        .into()
}
