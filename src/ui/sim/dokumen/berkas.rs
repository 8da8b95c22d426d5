//! Mode berkas: the phone with the WhatsApp chat on the left ("Kirim ke laptop" under each
//! file), the laptop's file window on the right: folders, the files with a tick box, their
//! kind ("Jenis") and size, names without the extension unless "Tampilkan ekstensi" is
//! ticked, and the buttons Jadikan satu PDF, Kecilkan ukuran, Ganti nama.

use super::{Msg, act, ctl, folder_name, small, w};
use crate::i18n::Translator;
use crate::sim::dokumen::berkas::{LIMIT_KB, shown_name};
use crate::sim::dokumen::{Action, Dokumen, NameRefusal};
use crate::ui::sim::parts::{ctl_input, error_box, folder_button, mail_button, mail_primary};
use crate::ui::theme;
use iced::widget::{button, checkbox, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Padding};

pub(super) fn view<'a>(
    d: &'a Dokumen,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    row![
        container(phone(d, tr, lit)).width(300),
        container(window(d, tr, lit)).width(Length::Fill)
    ]
    .spacing(12)
    .height(Length::Fill)
    .into()
}

fn phone<'a>(d: &'a Dokumen, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    let messages = d.berkas.phone.iter().enumerate().map(|(i, (file, sent))| {
        let send: Element<'a, Msg> = if *sent {
            small(w(tr, "berkas-sent")).into()
        } else {
            ctl(
                format!("phone-send-{i}"),
                lit,
                // Each button names its photo: every control has its own name. In the
                // narrow phone the name takes two lines: the button grows with it instead
                // of letting the words run over its edge.
                button(small(match i {
                    0 => w(tr, "berkas-send-first"),
                    1 => w(tr, "berkas-send-second"),
                    _ => tr.tr_args("dokumen-app-berkas-send", &[("n", (i + 1).into())]),
                }))
                .padding([11, 12])
                .style(theme::secondary)
                .on_press(act(Action::SendToLaptop(i))),
            )
        };
        container(
            column![
                small(file.from.clone()).font(theme::BOLD),
                small(tr.tr_args(
                    "dokumen-app-berkas-phone-file",
                    &[
                        ("name", file.name.clone().into()),
                        ("size", file.size_kb.into())
                    ],
                )),
                send,
            ]
            .spacing(6),
        )
        .padding(10)
        .width(Length::Fill)
        .style(theme::card)
        .into()
    });
    container(
        column![
            small(w(tr, "berkas-phone-title")).font(theme::BOLD),
            scrollable(column(messages).spacing(8)).height(Length::Fill),
        ]
        .spacing(8),
    )
    .padding(12)
    .height(Length::Fill)
    .style(theme::chip)
    .into()
}

fn window<'a>(d: &'a Dokumen, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    let b = &d.berkas;
    let folders = d.disk.folders().into_iter().map(|f| {
        ctl(
            format!("berkas-folder-{f}"),
            lit,
            folder_button(
                folder_name(tr, f),
                f == b.folder,
                act(Action::BerkasFolder(f.to_owned())),
            ),
        )
    });
    let header = row![
        small(w(tr, "berkas-name"))
            .font(theme::BOLD)
            .width(Length::Fill),
        small(w(tr, "berkas-kind")).font(theme::BOLD).width(150),
        small(w(tr, "berkas-size")).font(theme::BOLD).width(90),
    ]
    .spacing(8);
    let files = d
        .disk
        .in_folder(&b.folder)
        .into_iter()
        .map(|f| file_row(f, b, tr, lit));
    let one = b.selected.len() == 1;
    let buttons = row![
        ctl(
            "berkas-combine".into(),
            lit,
            mail_primary(w(tr, "berkas-combine"), Some(act(Action::Combine)))
        ),
        ctl(
            "berkas-compress".into(),
            lit,
            mail_button(
                w(tr, "berkas-compress"),
                one.then_some(act(Action::Compress))
            )
        ),
        ctl(
            "berkas-rename".into(),
            lit,
            mail_button(
                w(tr, "berkas-rename"),
                one.then_some(act(Action::StartRename))
            )
        ),
    ]
    .spacing(8)
    .wrap();
    let rename = b
        .renaming
        .as_ref()
        .map(|(typed, problem)| rename_box(typed, *problem, tr, lit));
    let extensions = ctl(
        "berkas-extensions".into(),
        lit,
        checkbox(b.show_extensions)
            .label(w(tr, "berkas-extensions"))
            .on_toggle(|on| act(Action::ShowExtensions(on)))
            .size(22)
            .text_size(theme::SMALL),
    );
    let limit = small(tr.tr_args("dokumen-app-berkas-limit", &[("limit", LIMIT_KB.into())]));
    container(
        column![
            text(w(tr, "berkas-title"))
                .size(theme::TEXT)
                .font(theme::BOLD),
            row![
                scrollable(column(folders).spacing(2).padding(Padding::ZERO.right(10)))
                    .width(200)
                    .height(Length::Fill),
                // The actions on top, as in a file explorer, and what they change under
                // them; everything scrolls as one, so at "Sangat Besar" the list is not
                // squeezed to nothing under the buttons' rows.
                scrollable(
                    column![buttons]
                        .push(rename)
                        .push(extensions)
                        .push(header)
                        .push(column(files).spacing(4))
                        .push(limit)
                        .spacing(8)
                        .padding(Padding::ZERO.right(14))
                )
                .id("berkas-files")
                .height(Length::Fill)
                .width(Length::Fill),
            ]
            .spacing(12)
            .height(Length::Fill),
        ]
        .spacing(8),
    )
    .padding(12)
    .height(Length::Fill)
    .style(theme::webmail)
    .into()
}

/// One file: its tick box, its name as shown, its kind ("Jenis") and its size.
fn file_row<'a>(
    f: &'a crate::sim::files::DiskFile,
    b: &'a crate::sim::dokumen::berkas::Berkas,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let on = b.selected.contains(&f.name);
    let name = f.name.clone();
    let kind = match f.format().as_str() {
        "pdf" => w(tr, "berkas-kind-pdf"),
        "jpg" | "jpeg" | "png" => w(tr, "berkas-kind-picture"),
        "docx" => w(tr, "berkas-kind-docx"),
        _ => w(tr, "berkas-kind-other"),
    };
    // The tick box is the control; the name beside it is plain text, so two files that
    // look alike ("surat" and "surat" with the extensions hidden) are two boxes on
    // lines that differ in Jenis and size, as in a file explorer.
    let pick = ctl(
        format!("berkas-file-{}", f.name),
        lit,
        checkbox(on)
            .on_toggle(move |_| act(Action::ToggleFile(name.clone())))
            .size(22),
    );
    row![
        pick,
        small(shown_name(&f.name, b.show_extensions).to_owned()).width(Length::Fill),
        small(kind).width(150),
        small(tr.tr_args("dokumen-app-berkas-kb", &[("size", f.size_kb.into())])).width(90),
    ]
    .spacing(8)
    .padding([4, 0])
    .align_y(Alignment::Center)
    .into()
}

/// "Ganti nama": the new name, OK, and why a name is refused.
fn rename_box<'a>(
    typed: &'a str,
    problem: Option<NameRefusal>,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> iced::widget::Column<'a, Msg> {
    let problem = problem.map(|p| match p {
        NameRefusal::Empty => error_box(w(tr, "berkas-name-empty")),
        NameRefusal::Character(c) => error_box(tr.tr_args(
            "dokumen-app-berkas-name-character",
            &[("char", c.to_string().into())],
        )),
    });
    column![
        small(w(tr, "berkas-new-name")).font(theme::BOLD),
        row![
            ctl_input(
                "berkas-name".into(),
                lit,
                text_input("", typed)
                    .id("berkas-name-input")
                    .on_input(|s| act(Action::RenameText(s)))
                    .on_submit(act(Action::ConfirmRename))
                    .size(theme::SMALL)
                    .padding(8)
                    .style(theme::input)
            ),
            ctl(
                "berkas-rename-ok".into(),
                lit,
                mail_primary(w(tr, "berkas-rename-ok"), Some(act(Action::ConfirmRename)))
            ),
        ]
        .spacing(8)
        .align_y(Alignment::Center),
    ]
    .push(problem)
    .spacing(6)
}
