//! The dialogs over the pretend disk: Save As, overwrite, Open, Print, Tata Letak, Sign.

use super::{Msg, act, page_setup, small, w};
use crate::i18n::Translator;
use crate::sim::dokumen::{Action, Dialog, Dokumen, Format, NameRefusal, Paper};
use crate::ui::sim::email;
use crate::ui::sim::parts::{
    choice_button, ctl, ctl_input, error_box, folder_button, mail_button, mail_primary,
};
use crate::ui::theme;
use iced::widget::{button, column, container, row, scrollable, space, text, text_input};
use iced::{Alignment, Element, Length, Padding};

pub(super) fn paper_name(tr: &Translator, p: Paper) -> String {
    w(tr, &format!("paper-{}", p.key()))
}

pub(super) fn folder_name(tr: &Translator, f: &str) -> String {
    email::disk_folder_label(tr, f)
}

/// The room kept for a dialog's message (two lines at any text size).
pub(super) const ERROR_ROOM: f32 = 80.0;

pub(super) fn dialog_frame<'a>(title: String, content: Element<'a, Msg>) -> Element<'a, Msg> {
    container(column![text(title).size(theme::TEXT).font(theme::BOLD), content].spacing(12))
        .padding(18)
        .max_width(760)
        // A dialog with a list is as tall as there is room for, up to this: the list
        // shrinks (it scrolls) and the name box and buttons stay in the window at any
        // text size.
        .max_height(560)
        .style(theme::card)
        .into()
}

pub(super) fn folder_list<'a>(
    d: &'a Dokumen,
    tr: &Translator,
    current: &str,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let folders = d.disk.folders().into_iter().map(|f| {
        let on = f == current;
        ctl(
            format!("dialog-folder-{f}"),
            lit,
            folder_button(
                folder_name(tr, f),
                on,
                act(Action::DialogFolder(f.to_owned())),
            ),
        )
    });
    scrollable(column(folders).spacing(2).padding(Padding::ZERO.right(10)))
        .id("dialog-folders")
        .width(220)
        .height(Length::Fill)
        .into()
}

pub(super) fn file_line<'a>(tr: &Translator, name: &str, kb: u32) -> iced::widget::Text<'a> {
    small(tr.tr_args(
        "dokumen-app-file",
        &[("name", name.to_owned().into()), ("kb", kb.into())],
    ))
}

pub(super) fn dialog_view<'a>(
    d: &'a Dokumen,
    dialog: &'a Dialog,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    match dialog {
        Dialog::SaveAs {
            folder,
            name,
            format,
            problem,
        } => save_as(d, folder, name, *format, *problem, tr, lit),
        Dialog::Overwrite { name, .. } => overwrite(name, tr, lit),
        Dialog::Open { folder, query } => open(d, folder, query, tr, lit),
        Dialog::Print { paper, copies } => print(*paper, *copies, tr, lit),
        Dialog::PageSetup { paper, margins } => page_setup::view(*paper, *margins, tr, lit),
        Dialog::Sign { passphrase, error } => sign(passphrase, *error, tr, lit),
    }
}

/// "Batal", the same in every dialog.
fn cancel<'a>(tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    ctl(
        "dialog-cancel".into(),
        lit,
        mail_button(w(tr, "cancel"), Some(act(Action::DialogCancel))),
    )
}

/// Simpan Sebagai: folders on the left, the chosen folder's documents, the name and format.
#[allow(clippy::too_many_arguments)]
fn save_as<'a>(
    d: &'a Dokumen,
    folder: &'a str,
    name: &'a str,
    format: Format,
    problem: Option<NameRefusal>,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let files = column(
        d.documents_in(folder)
            .into_iter()
            .map(|f| file_line(tr, &f.name, f.size_kb).into()),
    )
    .spacing(4);
    let formats = [Format::Docx, Format::Pdf].map(|f| {
        let on = format == f;
        ctl(
            format!("format-{}", f.key()),
            lit,
            choice_button(
                w(tr, &format!("format-{}", f.key())),
                on,
                act(Action::DialogFormat(f)),
            ),
        )
    });
    let problem = problem.map(|p| -> Element<'a, Msg> {
        error_box(match p {
            NameRefusal::Empty => w(tr, "name-empty"),
            NameRefusal::Character(c) => tr.tr_args(
                "dokumen-app-name-character",
                &[("character", c.to_string().into())],
            ),
        })
        .into()
    });
    dialog_frame(
        w(tr, "save-as-title"),
        column![
            row![
                folder_list(d, tr, folder, lit),
                column![
                    small(tr.tr_args(
                        "dokumen-app-in-folder",
                        &[("folder", folder_name(tr, folder).into())]
                    ))
                    .font(theme::BOLD),
                    scrollable(files).height(Length::Fill)
                ]
                .spacing(6)
                .width(Length::Fill),
            ]
            .spacing(12)
            .height(Length::Fill),
            row![
                small(w(tr, "file-name")).width(Length::Fixed(120.0)),
                ctl_input(
                    "dialog-name".into(),
                    lit,
                    text_input("", name)
                        .id("dialog-name-input")
                        .on_input(|s| act(Action::DialogName(s)))
                        .on_submit(act(Action::DialogConfirm))
                        .size(theme::SMALL)
                        .padding(8)
                        .style(theme::input)
                ),
            ]
            .align_y(Alignment::Center),
            row![small(w(tr, "file-format")).width(Length::Fixed(120.0))]
                .extend(formats)
                .spacing(8)
                .align_y(Alignment::Center),
        ]
        // The message has its place kept beside the buttons: appearing, it moves
        // no button and squashes nothing.
        .push(
            row![
                container(problem.unwrap_or_else(|| space::horizontal().into()))
                    .width(Length::Fill)
                    .height(Length::Fixed(ERROR_ROOM))
                    .align_y(Alignment::Center),
                cancel(tr, lit),
                ctl(
                    "dialog-save".into(),
                    lit,
                    mail_primary(w(tr, "dialog-save"), Some(act(Action::DialogConfirm)))
                ),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        )
        .spacing(10)
        .into(),
    )
}

/// "Ganti file yang ada?" after a name already taken.
fn overwrite<'a>(name: &str, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    dialog_frame(
        w(tr, "overwrite-title"),
        column![
            small(tr.tr_args(
                "dokumen-app-overwrite-text",
                &[("name", name.to_owned().into())]
            )),
            row![
                space::horizontal(),
                ctl(
                    "overwrite-no".into(),
                    lit,
                    mail_button(
                        w(tr, "overwrite-no"),
                        Some(act(Action::OverwriteAnswer(false)))
                    )
                ),
                ctl(
                    "overwrite-yes".into(),
                    lit,
                    mail_primary(
                        w(tr, "overwrite-yes"),
                        Some(act(Action::OverwriteAnswer(true)))
                    )
                ),
            ]
            .spacing(8),
        ]
        .spacing(12)
        .into(),
    )
}

/// Buka: search, Dokumen Terakhir and the folders.
fn open<'a>(
    d: &'a Dokumen,
    folder: &'a str,
    query: &'a str,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let open_button = |f: &crate::sim::files::DiskFile, id: String| {
        ctl(
            id,
            lit,
            button(file_line(tr, &f.name, f.size_kb))
                .width(Length::Fill)
                .padding([11, 10])
                .style(|t, s| theme::mail_row(false)(t, s))
                .on_press(act(Action::OpenFile {
                    folder: f.folder.clone(),
                    name: f.name.clone(),
                })),
        )
    };
    let list: Vec<Element<'a, Msg>> = if !query.trim().is_empty() {
        let found = d.search_results();
        if found.is_empty() {
            vec![small(w(tr, "search-none")).into()]
        } else {
            found
                .into_iter()
                .map(|f| open_button(f, format!("open-file-{}", f.name)))
                .collect()
        }
    } else {
        // Dokumen Terakhir, and the chosen folder's documents: the folder first once
        // the learner has chosen one.
        let mut recent: Vec<Element<'a, Msg>> =
            vec![small(w(tr, "recent")).font(theme::BOLD).into()];
        recent.extend(
            d.recent_files()
                .into_iter()
                .enumerate()
                .map(|(i, f)| open_button(f, format!("recent-{i}"))),
        );
        let mut in_folder: Vec<Element<'a, Msg>> = Vec::new();
        if !folder.is_empty() {
            in_folder.push(
                small(tr.tr_args(
                    "dokumen-app-in-folder",
                    &[("folder", folder_name(tr, folder).into())],
                ))
                .font(theme::BOLD)
                .into(),
            );
            in_folder.extend(
                d.documents_in(folder)
                    .into_iter()
                    .map(|f| open_button(f, format!("open-file-{}", f.name))),
            );
        }
        if d.open_browsed() {
            in_folder.extend(recent);
            in_folder
        } else {
            recent.extend(in_folder);
            recent
        }
    };
    dialog_frame(
        w(tr, "open-title"),
        column![
            row![
                small(w(tr, "search")).width(Length::Fixed(120.0)),
                ctl_input(
                    "open-search".into(),
                    lit,
                    text_input(&w(tr, "search-hint"), query)
                        .id("open-search-input")
                        .on_input(|s| act(Action::OpenQuery(s)))
                        .size(theme::SMALL)
                        .padding(8)
                        .style(theme::input)
                ),
            ]
            .align_y(Alignment::Center),
            row![
                folder_list(d, tr, folder, lit),
                scrollable(column(list).spacing(4).padding(Padding::ZERO.right(12)))
                    .width(Length::Fill)
                    .height(Length::Fill),
            ]
            .spacing(12)
            .height(Length::Fill),
            row![space::horizontal(), cancel(tr, lit)],
        ]
        .spacing(10)
        .into(),
    )
}

/// Cetak: the paper, the number of copies and a small preview.
fn print<'a>(
    paper: Paper,
    copies: u8,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let papers = [Paper::A4, Paper::F4].map(|p| {
        let on = paper == p;
        ctl(
            format!("paper-{}", p.key()),
            lit,
            choice_button(paper_name(tr, p), on, act(Action::SetPaper(p))),
        )
    });
    // The preview: the page's shape (F4 is longer) with grey lines for the text.
    let (pw, ph) = match paper {
        Paper::A4 => (120.0, 170.0),
        Paper::F4 => (120.0, 185.0),
    };
    let lines = column((0..9).map(|i| {
        container(space::horizontal())
            .width(if i % 3 == 2 { 50.0 } else { 88.0 })
            .height(4)
            .style(theme::chip)
            .into()
    }))
    .spacing(9);
    let preview = container(lines)
        .padding(16)
        .width(pw)
        .height(ph)
        .style(theme::card);
    dialog_frame(
        w(tr, "print-title"),
        row![
            column![small(w(tr, "preview")).font(theme::BOLD), preview].spacing(6),
            column![
                small(w(tr, "paper")).font(theme::BOLD),
                row(papers).spacing(8),
                small(w(tr, "copies")).font(theme::BOLD),
                row![
                    ctl(
                        "copies-less".into(),
                        lit,
                        mail_button("−".into(), Some(act(Action::CopiesLess)))
                    ),
                    text(copies.to_string()).size(theme::TEXT).font(theme::BOLD),
                    ctl(
                        "copies-more".into(),
                        lit,
                        mail_button("+".into(), Some(act(Action::CopiesMore)))
                    ),
                ]
                .spacing(12)
                .align_y(Alignment::Center),
                row![
                    cancel(tr, lit),
                    ctl(
                        "do-print".into(),
                        lit,
                        mail_primary(w(tr, "do-print"), Some(act(Action::Print)))
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

/// Tanda tangan: the passphrase.
fn sign<'a>(
    passphrase: &'a str,
    error: Option<crate::sim::dokumen::SignError>,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    dialog_frame(
        w(tr, "sign-title"),
        column![
            small(w(tr, "sign-help")),
            ctl_input(
                "passphrase".into(),
                lit,
                text_input("", passphrase)
                    .id("passphrase-input")
                    .secure(true)
                    .on_input(|s| act(Action::Passphrase(s)))
                    .on_submit(act(Action::ConfirmSign))
                    .size(theme::SMALL)
                    .padding(8)
                    .style(theme::input)
            ),
        ]
        .push(error.map(|e| error_box(w(tr, &format!("sign-error-{}", e.key())))))
        .push(
            row![
                space::horizontal(),
                cancel(tr, lit),
                ctl(
                    "confirm-sign".into(),
                    lit,
                    mail_primary(w(tr, "sign"), Some(act(Action::ConfirmSign)))
                ),
            ]
            .spacing(8),
        )
        .spacing(10)
        .into(),
    )
}
