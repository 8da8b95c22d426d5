//! MyASN before the portal: sign-in, the code, the authenticator's set-up with its QR and
//! recovery codes, "Lupa kata sandi", a lost phone; and the dinas email tab with the
//! reset link.

use super::{big, field, heading, input, plain, submit_input, t, w};
use crate::i18n::Translator;
use crate::sim::kinerja::{Action, Kinerja};
use crate::ui::theme;
use iced::Element;
use iced::widget::{column, container, row, space, text};

pub(super) fn sign_in<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    column![
        text(w(tr, "myasn-name"))
            .size(theme::SUBTITLE)
            .font(theme::BOLD),
        t(tr, "sign-in-help"),
        field(
            w(tr, "nip"),
            input("myasn-nip", lit, &k.sign_in.nip, Action::NipChanged, false)
        ),
        field(
            w(tr, "password"),
            submit_input(
                "myasn-password",
                lit,
                &k.sign_in.password,
                Action::PasswordChanged,
                true,
                Action::SignIn
            )
        ),
        big("myasn-sign-in", w(tr, "sign-in"), Some(Action::SignIn), lit),
        plain("forgot", w(tr, "forgot"), Some(Action::OpenForgot), lit),
    ]
    .spacing(12)
    .into()
}

pub(super) fn code<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let (help, label, toggle) = if k.sign_in.backup {
        ("backup-help", "backup-code", "use-phone-code")
    } else {
        ("code-help", "code", "use-backup")
    };
    column![
        heading(tr, "code-title"),
        t(tr, help),
        field(
            w(tr, label),
            submit_input(
                "code",
                lit,
                &k.sign_in.code,
                Action::CodeChanged,
                false,
                Action::Verify
            )
        ),
        big("verify", w(tr, "verify"), Some(Action::Verify), lit),
        plain("use-backup", w(tr, toggle), Some(Action::ToggleBackup), lit),
        plain(
            "lost-phone",
            w(tr, "lost-phone"),
            Some(Action::OpenLostPhone),
            lit
        ),
        plain(
            "laptop-back",
            w(tr, "laptop-back"),
            Some(Action::LaptopBack),
            lit
        ),
    ]
    .spacing(12)
    .into()
}

/// A pretend QR: a grid of squares from the account's NIP, with the three corner marks a
/// real one has. It only has to look like something a phone can scan.
fn qr<'a>(seed: &str) -> Element<'a, Action> {
    const N: usize = 17;
    let bits = crate::sim::kinerja::rules::secret(seed);
    let corner = |r: usize, c: usize| {
        let box7 = |r0: usize, c0: usize| {
            (r0..r0 + 7).contains(&r) && (c0..c0 + 7).contains(&c) && {
                let (dr, dc) = (r - r0, c - c0);
                dr == 0
                    || dr == 6
                    || dc == 0
                    || dc == 6
                    || (2..=4).contains(&dr) && (2..=4).contains(&dc)
            }
        };
        box7(0, 0) || box7(0, N - 7) || box7(N - 7, 0)
    };
    let near_corner =
        |r: usize, c: usize| (r < 8 && !(8..N - 8).contains(&c)) || (r >= N - 8 && c < 8);
    let rows = (0..N).map(|r| {
        row((0..N).map(|c| {
            let dark = if near_corner(r, c) {
                corner(r, c)
            } else {
                (bits.rotate_left(((r * 7 + c * 13) % 64) as u32) ^ (r * c) as u64) & 1 == 1
            };
            container(space::horizontal())
                .width(8)
                .height(8)
                .style(theme::qr_module(dark))
                .into()
        }))
        .into()
    });
    container(column(rows))
        .id("setup-qr")
        .padding(10)
        .style(theme::qr_module(false))
        .into()
}

pub(super) fn setup<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    column![
        heading(tr, "setup-title"),
        t(tr, "setup-help"),
        qr(&k.nip),
        t(tr, "setup-then"),
        field(
            w(tr, "code"),
            submit_input(
                "code",
                lit,
                &k.sign_in.code,
                Action::CodeChanged,
                false,
                Action::Verify
            )
        ),
        big("verify", w(tr, "verify"), Some(Action::Verify), lit),
    ]
    .spacing(12)
    .into()
}

pub(super) fn backup_codes<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let codes = k
        .new_backup_codes
        .iter()
        .map(|c| text(c.as_str()).size(theme::TEXT).font(theme::BOLD).into());
    column![
        heading(tr, "backup-title"),
        t(tr, "backup-why"),
        container(column(codes).spacing(2))
            .padding(10)
            .style(theme::card),
        big(
            "backup-kept",
            w(tr, "backup-kept"),
            Some(Action::KeepBackupCodes { private: true }),
            lit
        ),
        plain(
            "backup-shared",
            w(tr, "backup-shared"),
            Some(Action::KeepBackupCodes { private: false }),
            lit
        ),
    ]
    .spacing(12)
    .into()
}

pub(super) fn forgot<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    column![
        heading(tr, "forgot-title"),
        t(tr, "forgot-help"),
        field(
            w(tr, "nip"),
            input(
                "reset-nip",
                lit,
                &k.reset.nip,
                Action::ResetNipChanged,
                false
            )
        ),
        big(
            "reset-send",
            w(tr, "reset-send"),
            Some(Action::SendReset),
            lit
        ),
        plain(
            "laptop-back",
            w(tr, "laptop-back"),
            Some(Action::LaptopBack),
            lit
        ),
    ]
    .spacing(12)
    .into()
}

pub(super) fn reset_password<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    column![
        heading(tr, "reset-title"),
        t(tr, "reset-help"),
        field(
            w(tr, "new-password"),
            input("new-password", lit, &k.reset.new, Action::NewPassword, true)
        ),
        field(
            w(tr, "repeat-password"),
            input(
                "repeat-password",
                lit,
                &k.reset.repeat,
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

pub(super) fn lost_phone<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    column![
        heading(tr, "lost-title"),
        t(tr, "lost-help"),
        plain(
            "use-backup",
            w(tr, "use-backup"),
            Some(Action::ToggleBackup),
            lit
        ),
        big(
            "request-admin-reset",
            w(tr, "request-admin-reset"),
            (!k.admin_requested).then_some(Action::RequestAdminReset),
            lit
        ),
        plain(
            "laptop-back",
            w(tr, "laptop-back"),
            Some(Action::LaptopBack),
            lit
        ),
    ]
    .spacing(12)
    .into()
}

/// The dinas email tab: the reset mail (once asked for) and nothing else to do.
pub(super) fn mail<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let mut col = column![heading(tr, "mail-title")].spacing(12);
    if !k.reset_mail {
        return col.push(t(tr, "mail-empty")).into();
    }
    col = col.push(plain(
        "mail-reset",
        w(tr, "mail-reset-subject"),
        Some(Action::OpenResetMail),
        lit,
    ));
    if k.reset_mail_open {
        col = col.push(t(tr, "mail-reset-body")).push(big(
            "reset-link",
            w(tr, "reset-link"),
            Some(Action::OpenResetLink),
            lit,
        ));
    }
    col.into()
}
