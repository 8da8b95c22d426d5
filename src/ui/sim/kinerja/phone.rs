//! The pretend phone: the authenticator app (accounts with their codes and countdown, the
//! camera to scan a QR), the phone's date and time, and under it what happens around the
//! learner: waiting for the next code, the paper with the recovery codes.

use super::{big, heading, notice_box, plain, t, w};
use crate::i18n::Translator;
use crate::sim::kinerja::{Action, Kinerja, PhoneView};
use crate::ui::theme;
use iced::widget::{column, container, progress_bar, row, scrollable, space, text};
use iced::{Element, Length, Padding};

/// Narrower than the presensi phone: the laptop beside it needs the room.
const PHONE_WIDTH: f32 = 320.0;

pub(super) fn phone<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let status_bar = row![
        text(k.phone_clock()).size(theme::SMALL).font(theme::BOLD),
        space::horizontal(),
    ]
    .padding([2, 16]);
    let (title, content): (String, Element<'a, Action>) = if k.phone_lost {
        (w(tr, "phone-lost-title"), t(tr, "phone-lost-text").into())
    } else {
        match k.phone {
            PhoneView::Accounts => (w(tr, "auth-name"), accounts(k, tr, lit)),
            PhoneView::Scan => (w(tr, "scan-title"), scan(k, tr, lit)),
            PhoneView::Settings => (w(tr, "phone-settings-title"), settings(k, tr, lit)),
        }
    };
    let back = (!k.phone_lost && k.phone != PhoneView::Accounts).then(|| {
        plain(
            "phone-back",
            w(tr, "phone-back"),
            Some(Action::PhoneBack),
            lit,
        )
    });
    let app_bar = container(
        row![
            text(title)
                .size(theme::TEXT)
                .font(theme::BOLD)
                .style(theme::on_dark)
                .width(Length::Fill),
        ]
        .push(back)
        .spacing(6),
    )
    .padding([6, 10])
    .width(Length::Fill)
    .style(theme::webmail_bar);
    let notice = k.phone_notice.map(|n| {
        notice_box(
            w(tr, &format!("phone-notice-{}", n.key())),
            n.key() == "no-qr",
        )
    });
    let screen = container(
        column![app_bar]
            .push(
                scrollable(container(content).padding(12).width(Length::Fill)).height(Length::Fill),
            )
            .push(notice.map(|n| container(n).padding([6, 10]))),
    )
    .width(Length::Fill)
    .height(Length::Fill)
    .clip(true)
    .style(theme::phone_screen);
    let body = container(column![status_bar, screen].spacing(4))
        .id("phone")
        .padding(Padding::new(8.0).bottom(18.0))
        .width(Length::Fill)
        .height(Length::Fill)
        .style(theme::phone_body);
    column![body, world(k, tr, lit)]
        .spacing(8)
        .width(PHONE_WIDTH)
        .height(Length::Fill)
        .into()
}

fn accounts<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let left = k.seconds_left();
    let rows = k.accounts.iter().map(|a| {
        let code = k.phone_code(a);
        let shown = format!("{} {}", &code[..3], &code[3..]);
        // Compact: at the largest text size the phone's screen is short, and the code with
        // its countdown must be seen whole.
        container(
            column![
                row![
                    text(w(tr, "account-name"))
                        .size(theme::SMALL)
                        .font(theme::BOLD)
                        .width(Length::Fill),
                    text(tr.tr_args("kinerja-app-seconds-left", &[("n", left.into())]))
                        .size(theme::SMALL),
                ]
                .spacing(6),
                text(shown).size(theme::TITLE).font(theme::BOLD),
                progress_bar(0.0..=30.0, left as f32)
                    .girth(8)
                    .style(theme::progress),
            ]
            .spacing(2),
        )
        .id("phone-code")
        .padding(8)
        .width(Length::Fill)
        .style(theme::card)
        .into()
    });
    let empty = k.accounts.is_empty().then(|| t(tr, "no-accounts"));
    column![]
        .push(empty)
        .extend(rows)
        .push(big(
            "phone-add",
            w(tr, "phone-add"),
            Some(Action::PhoneAdd),
            lit,
        ))
        .push(plain(
            "phone-settings",
            w(tr, "phone-settings"),
            Some(Action::PhoneSettings),
            lit,
        ))
        .spacing(10)
        .into()
}

fn scan<'a>(k: &'a Kinerja, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
    let seen = if k.shows_qr() {
        "scan-sees-qr"
    } else {
        "scan-sees-nothing"
    };
    column![
        t(tr, "scan-help"),
        container(t(tr, seen))
            .padding(14)
            .width(Length::Fill)
            .style(theme::card),
        big(
            "phone-scan",
            w(tr, "phone-scan"),
            Some(Action::PhoneScan),
            lit
        ),
    ]
    .spacing(10)
    .into()
}

fn settings<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let state = if k.auto_time {
        "auto-time-on"
    } else {
        "auto-time-off"
    };
    column![
        heading(tr, "phone-time"),
        text(k.phone_clock()).size(theme::TEXT),
        t(tr, state),
        plain(
            "auto-time",
            w(tr, "auto-time"),
            Some(Action::ToggleAutoTime),
            lit
        ),
    ]
    .spacing(10)
    .into()
}

/// Beside the phone: the wait for the next code and the paper with the recovery codes.
fn world<'a>(k: &'a Kinerja, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
    let paper = (!k.paper_codes.is_empty()).then(|| {
        container(
            column![heading(tr, "paper-title")]
                .extend(
                    k.paper_codes
                        .iter()
                        .map(|c| text(c.as_str()).size(theme::SMALL).into()),
                )
                .spacing(2),
        )
        .padding(8)
        .width(Length::Fill)
        .style(theme::card)
    });
    let inner = column![
        text(w(tr, "world-title"))
            .size(theme::SMALL)
            .font(theme::BOLD),
        plain(
            "wait-code",
            w(tr, "wait-code"),
            Some(Action::WaitForNewCode),
            lit
        ),
    ]
    .push(paper)
    .spacing(6);
    scrollable(container(inner).padding([4, 8]).width(Length::Fill))
        .id("world")
        .height(Length::Shrink)
        .into()
}
