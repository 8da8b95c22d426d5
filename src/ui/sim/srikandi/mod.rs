//! The view of the pretend SRIKANDI: a neutral web application named "SRIKANDI", not a
//! copy of any version's screens (a line under the top bar says real screens differ by
//! version). Sign-in page; a top bar with Beranda and Keluar; below it the page, which
//! scrolls: Beranda's tiles, a list, a naskah, a disposisi with its Tindak Lanjut, a draft,
//! the file picker, or a memo to sign. Every word comes from `sim-srikandi.ftl`; every
//! control a lesson may point at has its highlight id (see `docs/CONTENT.md`).

mod draft;
mod follow;
mod lists;
mod sign;

use super::parts::{ctl, ctl_if, ctl_input, error_box, mail_button, mail_primary};
use crate::i18n::Translator;
use crate::sim::srikandi::{Action, List, Notice, Srikandi, View};
use crate::ui::{theme, widget};
use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

/// Whether the control with this highlight id is pointed at.
type Lit<'l> = &'l dyn Fn(&str) -> bool;

/// SRIKANDI as the current step shows it.
pub fn view<'a>(s: &'a Srikandi, tr: &Translator, highlight: Option<&str>) -> Element<'a, Action> {
    let lit = |id: &str| highlight == Some(id);
    let content: Element<'a, Action> = if s.signed_in {
        let page = match &s.view {
            View::SignIn | View::Home => home(s, tr, &lit),
            View::List(list) => lists::list(s, *list, tr, &lit),
            View::Naskah { id, tab } => lists::naskah(s, id, *tab, tr, &lit),
            View::Disposisi(id) => follow::disposisi(s, id, tr, &lit),
            View::Draft(id) => draft::draft(s, id, tr, &lit),
            View::Picker { folder, .. } => draft::picker(s, folder, tr, &lit),
            View::Sign(id) => sign::memo(s, id, tr, &lit),
        };
        let page = column![]
            .push(s.notice.as_ref().map(|n| notice(tr, n)))
            .push(page)
            .spacing(theme::SPACE)
            .padding(iced::Padding::new(theme::SPACE).right(theme::SPACE + 12.0));
        let body: Element<'a, Action> = match &s.dialog {
            Some(d) => sign::dialog(d, tr, &lit),
            None => container(scrollable(page).height(Length::Fill).width(Length::Fill))
                .id("page")
                .height(Length::Fill)
                .into(),
        };
        column![top_bar(s, tr, &lit), body].into()
    } else {
        sign_in(s, tr, &lit)
    };
    container(content)
        .id("srikandi")
        .width(Length::Fill)
        .height(Length::Fill)
        .style(theme::webmail)
        .into()
}

/// A word of the app (`srikandi-app-<id>`).
pub(super) fn w(tr: &Translator, id: &str) -> String {
    tr.tr(&format!("srikandi-app-{id}"))
}

fn small<'a>(s: String) -> iced::widget::Text<'a> {
    text(s).size(theme::SMALL)
}

fn bold<'a>(s: String) -> iced::widget::Text<'a> {
    text(s).size(theme::SMALL).font(theme::BOLD)
}

/// "2025-07-10" as the app shows it: "10-07-2025".
pub(super) fn dmy(date: &str) -> String {
    match date.split('-').collect::<Vec<_>>().as_slice() {
        [y, m, d] => format!("{d}-{m}-{y}"),
        _ => date.to_owned(),
    }
}

/// A secondary button with its highlight id.
fn btn<'a>(id: String, lit: Lit<'_>, label: String, on: Option<Action>) -> Element<'a, Action> {
    let enabled = on.is_some();
    ctl_if(id, lit, mail_button(label, on), enabled)
}

/// The page's title and, under it, what it is for.
fn heading<'a>(title: String) -> Element<'a, Action> {
    widget::subtitle(title).into()
}

/// A labelled value of a naskah or disposisi ("Nomor: 005/210/Dinkes/2025").
fn fact<'a>(label: String, value: String) -> Element<'a, Action> {
    column![small(label).style(theme::muted), bold(value)]
        .spacing(2)
        .into()
}

fn sign_in<'a>(s: &'a Srikandi, tr: &Translator, lit: Lit<'_>) -> Element<'a, Action> {
    let error = s.sign_in_error.as_deref().map(|reason| {
        let id = if reason == "empty" {
            "sign-in-error-empty"
        } else {
            "sign-in-error-wrong"
        };
        error_box(w(tr, id))
    });
    let form = column![
        widget::subtitle(w(tr, "name")),
        small(w(tr, "sign-in-title")),
        small(w(tr, "username")),
        ctl_input(
            "username".into(),
            lit,
            text_input("", &s.username_input)
                .id("username-input")
                .on_input(Action::Username)
                .on_submit(Action::SignIn)
                .size(theme::SMALL)
                .padding(10)
                .style(theme::input)
        ),
        small(w(tr, "password")),
        ctl_input(
            "password".into(),
            lit,
            text_input("", &s.password_input)
                .id("password-input")
                .secure(true)
                .on_input(Action::Password)
                .on_submit(Action::SignIn)
                .size(theme::SMALL)
                .padding(10)
                .style(theme::input)
        ),
    ]
    .push(error)
    .push(ctl(
        "sign-in".into(),
        lit,
        mail_primary(w(tr, "sign-in"), Some(Action::SignIn)),
    ))
    .push(small(w(tr, "version-note")).style(theme::muted))
    .spacing(8)
    .max_width(480);
    container(scrollable(
        container(widget::card(form).max_width(520))
            .center_x(Length::Fill)
            .padding(theme::SPACE),
    ))
    .center(Length::Fill)
    .into()
}

fn top_bar<'a>(s: &'a Srikandi, tr: &Translator, lit: Lit<'_>) -> Element<'a, Action> {
    let on_home = s.view == View::Home;
    container(
        column![
            row![
                column![
                    text(w(tr, "name"))
                        .size(theme::TEXT)
                        .font(theme::BOLD)
                        .style(theme::on_dark),
                    text(format!("{} · {}", s.name, s.jabatan))
                        .size(theme::SMALL)
                        .style(theme::on_dark),
                ]
                .width(Length::Fill),
                btn(
                    "home".into(),
                    lit,
                    w(tr, "home"),
                    (!on_home).then_some(Action::Home)
                ),
                btn(
                    "sign-out".into(),
                    lit,
                    w(tr, "sign-out"),
                    Some(Action::SignOut)
                ),
            ]
            .spacing(12)
            .align_y(Alignment::Center),
            text(w(tr, "version-note"))
                .size(theme::SMALL)
                .style(theme::on_dark),
        ]
        .spacing(2),
    )
    .id("srikandi-bar")
    .padding([4, 12])
    .style(theme::webmail_bar)
    .into()
}

/// Beranda: a tile per list with how many wait there, then Naskah Keluar and Arsip.
fn home<'a>(s: &'a Srikandi, tr: &Translator, lit: Lit<'_>) -> Element<'a, Action> {
    let counts = s.tiles();
    let tiles = List::ALL.iter().map(|list| {
        let count = counts.iter().find(|(l, _)| l == list).map(|(_, n)| *n);
        // One text per tile, the count beside the name as webmail folders show it: two
        // tiles must never share a name ("0").
        let name = w(tr, &format!("tile-{}", list.key()));
        let words = column![
            text(match count {
                Some(n) => format!("{name} ({n})"),
                None => name,
            })
            .size(theme::TEXT)
            .font(theme::BOLD)
        ];
        ctl(
            format!("tile-{}", list.key()),
            lit,
            button(words.width(Length::Fill))
                .width(Length::Fixed(200.0))
                .padding(12)
                .style(theme::tile)
                .on_press(Action::OpenList(*list)),
        )
    });
    column![
        heading(w(tr, "beranda-title")),
        small(w(tr, "beranda-help")),
        row(tiles).spacing(8).wrap(),
    ]
    .spacing(theme::SPACE)
    .into()
}

fn notice<'a>(tr: &Translator, n: &Notice) -> Element<'a, Action> {
    let (words, problem) = match n {
        Notice::Downloaded(name) => (
            tr.tr_args(
                "srikandi-app-info-downloaded",
                &[("name", name.clone().into())],
            ),
            false,
        ),
        Notice::Replied => (w(tr, "info-replied"), false),
        Notice::Forwarded => (w(tr, "info-forwarded"), false),
        Notice::Finished => (w(tr, "info-finished"), false),
        Notice::NumberTaken(nomor) => (
            tr.tr_args(
                "srikandi-app-info-number-taken",
                &[("nomor", nomor.clone().into())],
            ),
            false,
        ),
        Notice::Sent => (w(tr, "info-sent"), false),
        Notice::SendRefused(missing) => {
            let names: Vec<String> = missing
                .iter()
                .map(|f| w(tr, &format!("field-{f}")))
                .collect();
            (
                tr.tr_args(
                    "srikandi-app-info-send-refused",
                    &[("fields", names.join(", ").into())],
                ),
                true,
            )
        }
        Notice::NumberRefused => (w(tr, "info-number-refused"), true),
        Notice::UploadRefused => (w(tr, "info-upload-refused"), true),
        Notice::Signed => (w(tr, "info-signed"), false),
        Notice::PdfRefreshed => (w(tr, "info-pdf-refreshed"), false),
        Notice::DraftSaved => (w(tr, "info-draft-saved"), false),
    };
    if problem {
        error_box(words).into()
    } else {
        container(small(words))
            .padding(10)
            .width(Length::Fill)
            .style(theme::feedback_success)
            .into()
    }
}
