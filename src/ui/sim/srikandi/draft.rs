//! Naskah Keluar: the draft form (registration fields, isi, tujuan, tembusan, verifikator
//! and penandatangan, Simpan Draf, Ambil Nomor, Kirim ke Verifikator, the verifikator's
//! note on a draft sent back) and the file picker of "Unggah Naskah" on the shared disk.

use super::{Lit, bold, btn, fact, heading, small, w};
use crate::i18n::Translator;
use crate::sim::srikandi::{Action, Draft, DraftStatus, JENIS, SIFAT, Srikandi, URGENSI};
use crate::ui::sim::parts::{choice_button, ctl, ctl_input, folder_button, mail_primary};
use crate::ui::theme;
use iced::widget::{column, container, row, text_input};
use iced::{Element, Length};

pub(super) fn draft<'a>(
    s: &'a Srikandi,
    id: &str,
    tr: &Translator,
    lit: Lit<'_>,
) -> Element<'a, Action> {
    let Some(d) = s.draft(id) else {
        return small(w(tr, "list-empty")).into();
    };
    let editable = d.status != DraftStatus::Verifikasi;
    let mut page = column![
        heading(w(tr, "draft-title")),
        fact(
            w(tr, "draft-status"),
            w(tr, &format!("draft-status-{}", d.status.key()))
        ),
    ]
    .spacing(theme::SPACE);
    if d.status == DraftStatus::PerluPerbaikan && !d.note.is_empty() {
        page = page.push(
            container(column![bold(w(tr, "verifier-note")), small(d.note.clone())].spacing(4))
                .id("verifier-note")
                .padding(12)
                .width(Length::Fill)
                .style(theme::hint),
        );
    }
    if d.source == "upload" {
        let file = if d.file.is_empty() {
            w(tr, "no-file")
        } else {
            d.file.clone()
        };
        page = page.push(fact(w(tr, "field-file"), file));
    }
    let choice = |field: &'static str, keys: Vec<(String, String)>| {
        let buttons = keys.into_iter().map(move |(value, label)| {
            ctl(
                format!("field-{field}-{value}"),
                lit,
                choice_button(
                    label,
                    d.choice(field) == value,
                    Action::SetField {
                        field: field.to_owned(),
                        value,
                    },
                ),
            )
        });
        column![
            small(w(tr, &format!("field-{field}"))),
            row(buttons).spacing(6).wrap()
        ]
        .spacing(4)
    };
    let keyed = |prefix: &str, keys: &[&str]| -> Vec<(String, String)> {
        keys.iter()
            .map(|k| ((*k).to_owned(), w(tr, &format!("{prefix}-{k}"))))
            .collect()
    };
    let people = |_: ()| -> Vec<(String, String)> {
        s.people
            .iter()
            .map(|p| (p.id.clone(), format!("{} — {}", p.name, p.jabatan)))
            .collect()
    };
    if !editable {
        return page.push(summary(s, d, tr)).into();
    }
    page = page
        .push(choice("jenis", keyed("jenis", &JENIS)))
        .push(choice("sifat", keyed("sifat", &SIFAT)))
        .push(choice("urgensi", keyed("urgensi", &URGENSI)))
        .push(choice(
            "klasifikasi",
            s.klasifikasi
                .iter()
                .map(|k| (k.code.clone(), format!("{} {}", k.code, k.name)))
                .collect(),
        ))
        .push(text_box("hal", &d.hal, Action::Hal, tr, lit));
    if d.source == "template" {
        page = page.push(text_box("isi", &d.isi, Action::Isi, tr, lit));
    }
    page = page
        .push(persons("tujuan", &d.tujuan, s, tr, lit))
        .push(persons("tembusan", &d.tembusan, s, tr, lit))
        .push(fact(
            w(tr, "field-nomor"),
            if d.nomor.is_empty() {
                w(tr, "no-number")
            } else {
                d.nomor.clone()
            },
        ))
        .push(choice("verifikator", people(())))
        .push(choice("penandatangan", people(())))
        .push(
            row![
                btn(
                    "save-draft".into(),
                    lit,
                    w(tr, "save-draft"),
                    Some(Action::SaveDraft)
                ),
                btn(
                    "take-number".into(),
                    lit,
                    w(tr, "take-number"),
                    d.nomor.is_empty().then_some(Action::TakeNumber)
                ),
                ctl(
                    "send-draft".into(),
                    lit,
                    mail_primary(w(tr, "send-draft"), Some(Action::SendDraft))
                ),
            ]
            .spacing(8)
            .wrap(),
        );
    page.into()
}

fn text_box<'a>(
    field: &str,
    value: &str,
    on: fn(String) -> Action,
    tr: &Translator,
    lit: Lit<'_>,
) -> Element<'a, Action> {
    column![
        small(w(tr, &format!("field-{field}"))),
        ctl_input(
            field.to_owned(),
            lit,
            text_input("", value)
                .id(format!("{field}-input"))
                .on_input(on)
                .size(theme::SMALL)
                .padding(10)
                .style(theme::input)
        ),
    ]
    .spacing(4)
    .into()
}

/// Tujuan or Tembusan: everyone in the office, the chosen ones marked.
fn persons<'a>(
    field: &'static str,
    chosen: &[String],
    s: &'a Srikandi,
    tr: &Translator,
    lit: Lit<'_>,
) -> Element<'a, Action> {
    let buttons = s.people.iter().map(|p| {
        let on = if field == "tujuan" {
            Action::ToggleTujuan(p.id.clone())
        } else {
            Action::ToggleTembusan(p.id.clone())
        };
        ctl(
            format!("{field}-{}", p.id),
            lit,
            choice_button(
                format!("{} — {}", p.name, p.jabatan),
                chosen.contains(&p.id),
                on,
            ),
        )
    });
    column![
        small(w(tr, &format!("field-{field}"))),
        column(buttons).spacing(6)
    ]
    .spacing(4)
    .into()
}

/// A draft that waits for the verifikator: what was sent, read only.
fn summary<'a>(s: &'a Srikandi, d: &'a Draft, tr: &Translator) -> Element<'a, Action> {
    let name = |id: &str| {
        s.person(id)
            .map(|p| format!("{} — {}", p.name, p.jabatan))
            .unwrap_or_default()
    };
    let names = |ids: &[String]| ids.iter().map(|i| name(i)).collect::<Vec<_>>().join(", ");
    column![
        fact(w(tr, "field-nomor"), d.nomor.clone()),
        fact(w(tr, "field-hal"), d.hal.clone()),
        fact(w(tr, "field-tujuan"), names(&d.tujuan)),
        fact(w(tr, "field-tembusan"), names(&d.tembusan)),
        fact(w(tr, "field-verifikator"), name(&d.verifikator)),
        fact(w(tr, "field-penandatangan"), name(&d.penandatangan)),
    ]
    .spacing(8)
    .into()
}

/// "Unggah Naskah": the folders of the shared disk, then the files of the one chosen.
pub(super) fn picker<'a>(
    s: &'a Srikandi,
    folder: &str,
    tr: &Translator,
    lit: Lit<'_>,
) -> Element<'a, Action> {
    let folders = s.disk.folders().into_iter().map(|f| {
        ctl(
            format!("picker-folder-{f}"),
            lit,
            container(folder_button(
                folder_name(tr, f),
                f == folder,
                Action::PickerFolder(f.to_owned()),
            ))
            .width(Length::Fixed(220.0)),
        )
    });
    let files: Vec<Element<'a, Action>> = s
        .disk
        .in_folder(folder)
        .into_iter()
        .map(|f| {
            ctl(
                format!("picker-file-{}", f.name),
                lit,
                choice_button(
                    format!("{} ({} KB)", f.name, f.size_kb),
                    false,
                    Action::PickFile {
                        folder: f.folder.clone(),
                        name: f.name.clone(),
                    },
                ),
            )
        })
        .collect();
    let mut page = column![
        heading(w(tr, "picker-title")),
        small(w(tr, "picker-help")),
        row(folders).spacing(6).wrap(),
    ]
    .spacing(theme::SPACE);
    if files.is_empty() {
        page = page.push(small(w(tr, "picker-empty")));
    }
    page.push(column(files).spacing(6))
        .push(btn(
            "picker-close".into(),
            lit,
            w(tr, "picker-close"),
            Some(Action::ClosePicker),
        ))
        .into()
}

/// A folder of the pretend disk as the learner knows it (Dokumen, Unduhan, or its name).
fn folder_name(tr: &Translator, folder: &str) -> String {
    if crate::sim::files::STANDARD_FOLDERS.contains(&folder) {
        tr.tr(&format!("disk-folder-{folder}"))
    } else {
        folder.to_owned()
    }
}
