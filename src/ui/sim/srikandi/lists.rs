//! The lists (Naskah Masuk, Disposisi, Tindak Lanjut, Verifikasi, Tanda Tangan, Tembusan,
//! Naskah Keluar, Arsip with its search) and an opened naskah with its three tabs.

use super::{Lit, bold, btn, dmy, fact, heading, small, w};
use crate::i18n::Translator;
use crate::sim::srikandi::{
    Action, DispStatus, Disposisi, Draft, INSTRUCTIONS, Kotak, List, Naskah, Srikandi, Tab,
};
use crate::ui::sim::parts::{ctl, ctl_input, mail_primary};
use crate::ui::theme;
use iced::widget::{button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length};

pub(super) fn list<'a>(
    s: &'a Srikandi,
    list: List,
    tr: &Translator,
    lit: Lit<'_>,
) -> Element<'a, Action> {
    let title = heading(w(tr, &format!("tile-{}", list.key())));
    let rows: Vec<Element<'a, Action>> = match list {
        List::Masuk => naskah_rows(s, Kotak::Masuk, tr, lit),
        List::Tembusan => naskah_rows(s, Kotak::Tembusan, tr, lit),
        List::Verifikasi => naskah_rows(s, Kotak::Verifikasi, tr, lit),
        List::TandaTangan => naskah_rows(s, Kotak::TandaTangan, tr, lit),
        List::Disposisi => s
            .disposisi
            .iter()
            .map(|d| disposisi_row(s, d, tr, lit))
            .collect(),
        List::TindakLanjut => s
            .open_disposisi()
            .into_iter()
            .map(|d| disposisi_row(s, d, tr, lit))
            .collect(),
        List::Keluar => s.drafts.iter().map(|d| draft_row(d, tr, lit)).collect(),
        List::Arsip => return arsip(s, tr, lit),
    };
    let mut page = column![title].spacing(theme::SPACE);
    if list == List::Keluar {
        page = page.push(
            row![
                btn(
                    "new-template".into(),
                    lit,
                    w(tr, "new-template"),
                    Some(Action::NewDraft { template: true })
                ),
                btn(
                    "new-upload".into(),
                    lit,
                    w(tr, "new-upload"),
                    Some(Action::NewDraft { template: false })
                ),
            ]
            .spacing(8)
            .wrap(),
        );
    }
    if rows.is_empty() {
        page = page.push(small(w(tr, "list-empty")));
    }
    page.push(column(rows).spacing(8)).into()
}

/// One row of a list: a button the width of the page with the words stacked.
fn row_button<'a>(
    id: String,
    lit: Lit<'_>,
    unread: bool,
    lines: Vec<String>,
    on: Action,
) -> Element<'a, Action> {
    let mut words = column![].spacing(2).width(Length::Fill);
    for (i, line) in lines.into_iter().enumerate() {
        words = words.push(if i == 0 { bold(line) } else { small(line) });
    }
    ctl(
        id,
        lit,
        button(words)
            .width(Length::Fill)
            .padding([8, 12])
            .style(move |t, st| theme::mail_row(unread)(t, st))
            .on_press(on),
    )
}

fn naskah_rows<'a>(
    s: &'a Srikandi,
    kotak: Kotak,
    tr: &Translator,
    lit: Lit<'_>,
) -> Vec<Element<'a, Action>> {
    s.in_kotak(kotak)
        .into_iter()
        .map(|n| naskah_row(n, tr, lit))
        .collect()
}

fn naskah_row<'a>(n: &'a Naskah, tr: &Translator, lit: Lit<'_>) -> Element<'a, Action> {
    let mut second = format!("{} · {}", n.asal, dmy(&n.tanggal));
    if !n.read {
        second = format!("{second} · {}", w(tr, "unread"));
    }
    if n.kotak == Kotak::TandaTangan {
        let state = if n.signed { "signed" } else { "to-sign" };
        second = format!("{second} · {}", w(tr, state));
    }
    row_button(
        format!("naskah-{}", n.id),
        lit,
        !n.read,
        vec![n.hal.clone(), second, n.nomor.clone()],
        Action::Open(n.id.clone()),
    )
}

/// "2 hari lagi", "hari ini", "lewat 1 hari".
pub(super) fn deadline_words(s: &Srikandi, date: &str, tr: &Translator) -> String {
    let days = s.days_until(date).unwrap_or(0);
    tr.tr_args(
        "srikandi-app-deadline-days",
        &[("date", dmy(date).into()), ("days", days.into())],
    )
}

fn disposisi_row<'a>(
    s: &'a Srikandi,
    d: &'a Disposisi,
    tr: &Translator,
    lit: Lit<'_>,
) -> Element<'a, Action> {
    let hal = s
        .naskah(&d.naskah)
        .map(|n| n.hal.clone())
        .unwrap_or_default();
    let mut second = format!(
        "{} · {}",
        d.from,
        w(tr, &format!("status-{}", d.status.key()))
    );
    if !d.read {
        second = format!("{second} · {}", w(tr, "unread"));
    }
    let third = if d.status == DispStatus::Baru {
        deadline_words(s, &d.deadline, tr)
    } else {
        d.instruction.clone()
    };
    row_button(
        format!("disposisi-{}", d.id),
        lit,
        !d.read,
        vec![hal, second, third],
        Action::OpenDisposisi(d.id.clone()),
    )
}

fn draft_row<'a>(d: &'a Draft, tr: &Translator, lit: Lit<'_>) -> Element<'a, Action> {
    let hal = if d.hal.trim().is_empty() {
        w(tr, "draft-untitled")
    } else {
        d.hal.clone()
    };
    let status = w(tr, &format!("draft-status-{}", d.status.key()));
    let nomor = if d.nomor.is_empty() {
        w(tr, "no-number")
    } else {
        d.nomor.clone()
    };
    row_button(
        format!("draft-{}", d.id),
        lit,
        false,
        vec![hal, status, nomor],
        Action::OpenDraft(d.id.clone()),
    )
}

/// Arsip: the search box, then what it found.
fn arsip<'a>(s: &'a Srikandi, tr: &Translator, lit: Lit<'_>) -> Element<'a, Action> {
    let found: Vec<Element<'a, Action>> = s
        .results
        .iter()
        .flatten()
        .filter_map(|id| s.naskah(id))
        .map(|n| naskah_row(n, tr, lit))
        .collect();
    let summary = s.results.as_ref().map(|r| {
        small(tr.tr_args(
            "srikandi-app-search-found",
            &[("n", i64::try_from(r.len()).unwrap_or(0).into())],
        ))
    });
    column![
        heading(w(tr, "tile-arsip")),
        small(w(tr, "search-help")),
        row![
            container(ctl_input(
                "search-input".into(),
                lit,
                text_input("", &s.query)
                    .id("search-input-box")
                    .on_input(Action::Query)
                    .on_submit(Action::Search)
                    .size(theme::SMALL)
                    .padding(10)
                    .style(theme::input)
            ))
            .width(Length::Fill),
            ctl(
                "search".into(),
                lit,
                mail_primary(w(tr, "search"), Some(Action::Search))
            ),
        ]
        .spacing(8)
        .align_y(Alignment::Center),
    ]
    .push(summary)
    .push(column(found).spacing(8))
    .spacing(theme::SPACE)
    .into()
}

/// An opened naskah: Info, the scanned PDF, the disposisi history; Unduh.
pub(super) fn naskah<'a>(
    s: &'a Srikandi,
    id: &str,
    tab: Tab,
    tr: &Translator,
    lit: Lit<'_>,
) -> Element<'a, Action> {
    let Some(n) = s.naskah(id) else {
        return small(w(tr, "list-empty")).into();
    };
    let tab_button = |t: Tab, key: &str| {
        ctl(
            format!("tab-{key}"),
            lit,
            crate::ui::sim::parts::choice_button(
                w(tr, &format!("tab-{key}")),
                t == tab,
                Action::ShowTab(t),
            ),
        )
    };
    let tabs = row![
        tab_button(Tab::Info, "info"),
        tab_button(Tab::Pdf, "pdf"),
        tab_button(Tab::Riwayat, "riwayat"),
        btn(
            "download".into(),
            lit,
            w(tr, "download"),
            Some(Action::Download)
        ),
    ]
    .spacing(8)
    .wrap();
    let body: Element<'a, Action> = match tab {
        Tab::Info => info(n, tr),
        Tab::Pdf => pdf_page(n, tr),
        Tab::Riwayat => history(n, tr),
    };
    column![heading(n.hal.clone()), tabs, body]
        .spacing(theme::SPACE)
        .into()
}

/// Nomor, tanggal, asal, hal, sifat, urgensi, jenis.
pub(super) fn info<'a>(n: &'a Naskah, tr: &Translator) -> Element<'a, Action> {
    column![
        fact(w(tr, "field-nomor"), n.nomor.clone()),
        fact(w(tr, "tanggal"), dmy(&n.tanggal)),
        fact(w(tr, "asal"), n.asal.clone()),
        fact(w(tr, "field-hal"), n.hal.clone()),
        fact(w(tr, "field-sifat"), w(tr, &format!("sifat-{}", n.sifat))),
        fact(
            w(tr, "field-urgensi"),
            w(tr, &format!("urgensi-{}", n.urgensi))
        ),
        fact(w(tr, "field-jenis"), w(tr, &format!("jenis-{}", n.jenis))),
    ]
    .spacing(8)
    .into()
}

/// The scanned page: the file's name and size, then its text on a white sheet.
pub(super) fn pdf_page<'a>(n: &'a Naskah, tr: &Translator) -> Element<'a, Action> {
    let lines = n.isi.split('\n').map(|p| {
        text(p.to_owned())
            .size(theme::SMALL)
            .wrapping(text::Wrapping::WordOrGlyph)
            .into()
    });
    column![
        small(tr.tr_args(
            "srikandi-app-pdf-file",
            &[
                ("name", n.file.clone().into()),
                ("size", i64::from(n.size_kb).into())
            ],
        )),
        container(
            column![bold(n.asal.clone()), small(n.nomor.clone())]
                .extend(lines)
                .spacing(8)
        )
        .padding(20)
        .width(Length::Fill)
        .style(theme::card),
    ]
    .spacing(8)
    .into()
}

fn history<'a>(n: &'a Naskah, tr: &Translator) -> Element<'a, Action> {
    if n.history.is_empty() {
        return small(w(tr, "history-empty")).into();
    }
    column(n.history.iter().map(|h| {
        let instruction = if INSTRUCTIONS.contains(&h.instruction.as_str()) {
            w(tr, &format!("instruction-{}", h.instruction))
        } else {
            h.instruction.clone()
        };
        container(
            column![
                bold(format!("{} → {}", h.from, h.to)),
                small(instruction),
                small(dmy(&h.date)).style(theme::muted),
            ]
            .spacing(2),
        )
        .padding(10)
        .width(Length::Fill)
        .style(theme::chip)
        .into()
    }))
    .spacing(8)
    .into()
}
