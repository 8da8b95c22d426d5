//! Signing in with the NIP, and changing the starting password.

use super::{big, field, input, t, w};
use crate::i18n::Translator;
use crate::sim::presensi::{Action, Presensi};
use crate::ui::theme::{self};
use iced::Element;
use iced::widget::{column, text};

pub(super) fn sign_in<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    column![
        text(w(tr, "app-name"))
            .size(theme::SUBTITLE)
            .font(theme::BOLD),
        t(tr, "sign-in-help"),
        field(
            w(tr, "nip"),
            input(
                "sign-in-nip",
                lit,
                &s.sign_in.nip,
                Action::NipChanged,
                false
            )
        ),
        field(
            w(tr, "password"),
            input(
                "sign-in-password",
                lit,
                &s.sign_in.password,
                Action::PasswordChanged,
                true
            )
        ),
        big("sign-in", w(tr, "sign-in"), Some(Action::SignIn), lit),
    ]
    .spacing(12)
    .into()
}

pub(super) fn change_password<'a>(
    s: &'a Presensi,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    column![
        text(w(tr, "new-password-title"))
            .size(theme::TEXT)
            .font(theme::BOLD),
        t(tr, "new-password-help"),
        field(
            w(tr, "new-password"),
            input(
                "new-password",
                lit,
                &s.password_form.new,
                Action::NewPassword,
                true
            )
        ),
        field(
            w(tr, "repeat-password"),
            input(
                "repeat-password",
                lit,
                &s.password_form.repeat,
                Action::RepeatPassword,
                true
            )
        ),
        big(
            "save-password",
            w(tr, "save-password"),
            Some(Action::SavePassword),
            lit
        ),
    ]
    .spacing(12)
    .into()
}
