//! The pretend laptop browser (MyASN and e-Kinerja in one tab, the dinas email in the
//! other) beside the pretend phone with its authenticator app. A neutral look, not BKN's
//! screens; every word comes from `sim-kinerja.ftl`; highlight ids are those of
//! `docs/CONTENT.md`.

mod month;
mod phone;
mod signin;
mod work;

use super::parts::{ctl, ctl_if, ctl_input, error_box, mail_button, mail_primary};
use crate::i18n::Translator;
use crate::sim::kinerja::{Action, Kinerja, Notice, Page, Tab};
use crate::ui::theme;
use iced::widget::{column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

pub fn view<'a>(k: &'a Kinerja, tr: &Translator, highlight: Option<&str>) -> Element<'a, Action> {
    let lit = |id: &str| highlight == Some(id);
    row![laptop(k, tr, &lit), phone::phone(k, tr, &lit)]
        .spacing(theme::SPACE)
        .height(Length::Fill)
        .into()
}

/// A word of the tools, `kinerja-app-<id>`.
fn w(tr: &Translator, id: &str) -> String {
    tr.tr(&format!("kinerja-app-{id}"))
}

fn t<'a>(tr: &Translator, id: &str) -> iced::widget::Text<'a> {
    text(w(tr, id)).size(theme::SMALL)
}

fn heading<'a>(tr: &Translator, id: &str) -> iced::widget::Text<'a> {
    text(w(tr, id)).size(theme::TEXT).font(theme::BOLD)
}

/// "2025-06-10" as the pages show it: "10-06-2025".
fn dmy(date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => format!("{d}-{m}-{y}"),
        _ => date.to_owned(),
    }
}

fn input<'a>(
    id: &str,
    lit: &dyn Fn(&str) -> bool,
    value: &str,
    on_input: impl Fn(String) -> Action + 'a,
    secure: bool,
) -> Element<'a, Action> {
    ctl_input(
        id.to_owned(),
        lit,
        text_input("", value)
            .id(format!("{id}-input"))
            .on_input(on_input)
            .secure(secure)
            .size(theme::SMALL)
            .padding(10)
            .style(theme::input),
    )
}

/// A text box where Enter does what the button under it does (Masuk, Verifikasi), as
/// on the real sign-in pages: a keyboard user need not find the button below the fold.
fn submit_input<'a>(
    id: &str,
    lit: &dyn Fn(&str) -> bool,
    value: &str,
    on_input: impl Fn(String) -> Action + 'a,
    secure: bool,
    submit: Action,
) -> Element<'a, Action> {
    ctl_input(
        id.to_owned(),
        lit,
        text_input("", value)
            .id(format!("{id}-input"))
            .on_input(on_input)
            .on_submit(submit)
            .secure(secure)
            .size(theme::SMALL)
            .padding(10)
            .style(theme::input),
    )
}

fn field<'a>(label: String, control: Element<'a, Action>) -> Element<'a, Action> {
    column![text(label).size(theme::SMALL).font(theme::BOLD), control]
        .spacing(4)
        .into()
}

fn big<'a>(
    id: &str,
    label: String,
    on: Option<Action>,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let enabled = on.is_some();
    ctl_if(id.to_owned(), lit, mail_primary(label, on), enabled)
}

fn plain<'a>(
    id: &str,
    label: String,
    on: Option<Action>,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let enabled = on.is_some();
    ctl_if(id.to_owned(), lit, mail_button(label, on), enabled)
}

fn notice_box<'a>(words: String, problem: bool) -> Element<'a, Action> {
    if problem {
        error_box(words).into()
    } else {
        container(text(words).size(theme::SMALL))
            .padding(10)
            .width(Length::Fill)
            .style(theme::feedback_success)
            .into()
    }
}

fn laptop_notice<'a>(tr: &Translator, n: Notice) -> Element<'a, Action> {
    notice_box(w(tr, &format!("notice-{}", n.key())), n.is_problem())
}

/// The laptop: a browser with two tabs and the page of the tab in front.
fn laptop<'a>(k: &'a Kinerja, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
    let tab = |id: &str, label: &str, which: Tab| {
        ctl(
            id.to_owned(),
            lit,
            super::parts::choice_button(w(tr, label), k.tab == which, Action::OpenTab(which)),
        )
    };
    let tabs = row![
        tab("tab-myasn", "tab-myasn", Tab::MyAsn),
        tab("tab-email", "tab-email", Tab::Email),
    ]
    .spacing(6)
    .wrap();
    // A light bar: an unchosen tab's words must read as well as the chosen one's.
    let bar = container(tabs)
        .padding([6, 10])
        .width(Length::Fill)
        .style(theme::top_bar);
    let content = match k.tab {
        Tab::Email => signin::mail(k, tr, lit),
        Tab::MyAsn => page(k, tr, lit),
    };
    let notice = k
        .notice
        .map(|n| container(laptop_notice(tr, n)).padding([6, 10]));
    container(
        column![bar].push(notice).push(
            // The note that real screens differ closes the page, where it takes no
            // room from the form.
            scrollable(
                container(column![content, t(tr, "honest").style(theme::muted)].spacing(20))
                    .padding(14)
                    .width(Length::Fill),
            )
            .id("laptop-page")
            .height(Length::Fill),
        ),
    )
    .id("laptop")
    .width(Length::Fill)
    .height(Length::Fill)
    .style(theme::webmail)
    .into()
}

fn page<'a>(k: &'a Kinerja, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Action> {
    match &k.page {
        Page::SignIn => signin::sign_in(k, tr, lit),
        Page::Code => signin::code(k, tr, lit),
        Page::Setup => signin::setup(k, tr, lit),
        Page::BackupCodes => signin::backup_codes(k, tr, lit),
        Page::Forgot => signin::forgot(k, tr, lit),
        Page::ResetPassword => signin::reset_password(k, tr, lit),
        Page::LostPhone => signin::lost_phone(k, tr, lit),
        other => {
            let body = match other {
                Page::Portal => work::portal(k, tr, lit),
                Page::Skp => work::skp(k, tr, lit),
                Page::Day => work::day(k, tr, lit),
                Page::Form => work::form(k, tr, lit),
                Page::Entry(id) => work::entry(k, tr, id, lit),
                Page::Picker => work::picker(k, tr, lit),
                Page::Calendar => month::calendar(k, tr, lit),
                Page::Summary => month::summary(k, tr),
                Page::Realisasi => month::realisasi(k, tr, lit),
                _ => month::assessment(k, tr),
            };
            column![work::top(k, tr, lit), body].spacing(14).into()
        }
    }
}

/// A line "label: value".
fn line<'a>(label: String, value: String) -> Element<'a, Action> {
    row![
        text(label).size(theme::SMALL).font(theme::BOLD),
        text(value).size(theme::SMALL),
    ]
    .spacing(8)
    .align_y(Alignment::Start)
    .wrap()
    .into()
}
