//! e-Kinerja's menu, the portal, the SKP, a day's Progres Harian, the form with its Bukti
//! Dukung and one progress with the atasan's answer.

use super::{big, dmy, field, heading, input, line, plain, t, w};
use crate::i18n::Translator;
use crate::sim::kinerja::{Action, Entry, EntryStatus, Kinerja, Page, Section};
use crate::ui::sim::parts::{choice_button, ctl, folder_button};
use crate::ui::theme;
use iced::widget::{button, column, container, row, text};
use iced::{Element, Length};

/// The portal's bar: who is signed in, e-Kinerja's menu (once inside), Keluar.
pub(super) fn top<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let who = column![
        text(k.name.as_str()).size(theme::SMALL).font(theme::BOLD),
        text(k.office.as_str())
            .size(theme::SMALL)
            .style(theme::muted),
    ];
    let menu = (k.page != Page::Portal).then(|| {
        row(Section::ALL.iter().map(|s| {
            let chosen = section_of(&k.page) == Some(*s);
            ctl(
                format!("menu-{}", s.key()),
                lit,
                choice_button(
                    w(tr, &format!("menu-{}", s.key())),
                    chosen,
                    Action::Menu(*s),
                ),
            )
        }))
        .spacing(6)
        .wrap()
    });
    column![
        row![who.width(Length::Fill)]
            .push(plain(
                "sign-out",
                w(tr, "sign-out"),
                Some(Action::SignOut),
                lit
            ))
            .spacing(8),
    ]
    .push(menu)
    .spacing(8)
    .into()
}

fn section_of(p: &Page) -> Option<Section> {
    match p {
        Page::Skp => Some(Section::Skp),
        Page::Day | Page::Form | Page::Entry(_) | Page::Picker => Some(Section::Progress),
        Page::Calendar => Some(Section::Calendar),
        Page::Summary => Some(Section::Summary),
        Page::Realisasi => Some(Section::Realisasi),
        Page::Assessment => Some(Section::Assessment),
        _ => None,
    }
}

pub(super) fn portal<'a>(
    _k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    column![
        heading(tr, "portal-title"),
        t(tr, "portal-help"),
        big(
            "open-ekinerja",
            w(tr, "open-ekinerja"),
            Some(Action::OpenEkinerja),
            lit
        ),
    ]
    .spacing(12)
    .into()
}

pub(super) fn skp<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let items = k.rhk.iter().map(|r| {
        let open = k.rhk_open.as_deref() == Some(r.id.as_str());
        let head = ctl(
            format!("rhk-{}", r.id),
            lit,
            button(
                column![
                    text(w(tr, "rhk")).size(theme::SMALL).style(theme::muted),
                    text(tr.tr(&r.title)).size(theme::SMALL).font(theme::BOLD),
                ]
                .spacing(2),
            )
            .padding([8, 10])
            .width(Length::Fill)
            .style(move |th, st| theme::mail_row(open)(th, st))
            .on_press(Action::OpenRhk(r.id.clone())),
        );
        let aksi = open.then(|| {
            column(r.aksi.iter().map(|a| {
                let target = tr.tr_args(
                    "kinerja-app-aksi-target",
                    &[
                        ("done", k.realised(&a.id).into()),
                        ("target", a.target.into()),
                        ("unit", tr.tr(&a.unit).into()),
                    ],
                );
                container(
                    column![
                        text(w(tr, "aksi")).size(theme::SMALL).style(theme::muted),
                        text(tr.tr(&a.title)).size(theme::SMALL),
                        text(target).size(theme::SMALL),
                    ]
                    .spacing(2),
                )
                .padding([6, 10])
                .width(Length::Fill)
                .style(theme::card)
                .into()
            }))
            .spacing(6)
            .padding(iced::Padding::ZERO.left(20))
        });
        column![head].push(aksi).spacing(6).into()
    });
    column![heading(tr, "skp-title"), t(tr, "skp-help")]
        .extend(items)
        .spacing(10)
        .into()
}

fn status_word(tr: &Translator, s: EntryStatus) -> String {
    w(tr, &format!("status-{}", s.key().replace('_', "-")))
}

/// The activity as written: the learner's words, or the scenario's Fluent id.
fn activity(tr: &Translator, e: &Entry) -> String {
    if e.by_learner {
        e.activity.clone()
    } else {
        tr.tr(&e.activity)
    }
}

pub(super) fn day<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let rows = k.entries_of(&k.day).into_iter().map(|e| {
        ctl(
            format!("entry-{}", e.id),
            lit,
            button(
                column![
                    text(activity(tr, e)).size(theme::SMALL).font(theme::BOLD),
                    text(status_word(tr, e.status)).size(theme::SMALL),
                ]
                .spacing(2),
            )
            .padding([8, 10])
            .width(Length::Fill)
            .style(move |th, st| theme::mail_row(e.status == EntryStatus::PerluPerbaikan)(th, st))
            .on_press(Action::OpenEntry(e.id.clone())),
        )
    });
    let title = tr.tr_args("kinerja-app-day-title", &[("date", dmy(&k.day).into())]);
    let empty = k.entries_of(&k.day).is_empty().then(|| t(tr, "day-empty"));
    column![
        text(title).size(theme::TEXT).font(theme::BOLD),
        t(tr, "day-help"),
        row![
            big(
                "add-progress",
                w(tr, "add-progress"),
                Some(Action::AddProgress),
                lit
            ),
            plain("refresh", w(tr, "refresh"), Some(Action::Refresh), lit),
        ]
        .spacing(8)
        .wrap(),
    ]
    .push(empty)
    .extend(rows)
    .spacing(10)
    .into()
}

pub(super) fn form<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let f = &k.form;
    let note = f
        .editing
        .as_deref()
        .and_then(|id| k.entry(id))
        .filter(|e| !e.note.is_empty())
        .map(|e| {
            container(text(tr.tr(&e.note)).size(theme::SMALL))
                .padding(10)
                .width(Length::Fill)
                .style(theme::feedback_try_again)
        });
    let aksi = k.rhk.iter().flat_map(|r| &r.aksi).map(|a| {
        ctl(
            format!("aksi-{}", a.id),
            lit,
            choice_button(
                tr.tr(&a.title),
                f.aksi.as_deref() == Some(a.id.as_str()),
                Action::ChooseAksi(a.id.clone()),
            )
            .height(iced::Length::Shrink)
            .padding([10, 10])
            .width(Length::Fill),
        )
    });
    let evidence: Element<'a, Action> = match &f.evidence {
        Some(e) => row![
            text(tr.tr_args(
                "kinerja-app-evidence-file",
                &[("name", e.name.clone().into()), ("kb", e.size_kb.into())]
            ))
            .size(theme::SMALL)
            .width(Length::Fill),
            plain(
                "remove-evidence",
                w(tr, "remove-evidence"),
                Some(Action::RemoveEvidence),
                lit
            ),
        ]
        .spacing(8)
        .into(),
        None => plain("attach", w(tr, "attach"), Some(Action::OpenPicker), lit),
    };
    let title = tr.tr_args("kinerja-app-form-title", &[("date", dmy(&f.date).into())]);
    column![text(title).size(theme::TEXT).font(theme::BOLD)]
        .push(note)
        .push(field(
            w(tr, "activity"),
            input("activity", lit, &f.activity, Action::Activity, false),
        ))
        .push(
            text(w(tr, "choose-aksi"))
                .size(theme::SMALL)
                .font(theme::BOLD),
        )
        .extend(aksi)
        .push(field(
            w(tr, "minutes"),
            input("minutes", lit, &f.minutes, Action::Minutes, false),
        ))
        .push(field(
            w(tr, "volume"),
            input("volume", lit, &f.volume, Action::Volume, false),
        ))
        .push(text(w(tr, "evidence")).size(theme::SMALL).font(theme::BOLD))
        .push(
            text(tr.tr_args(
                "kinerja-app-evidence-help",
                &[("kb", k.evidence_limit_kb.into())],
            ))
            .size(theme::SMALL),
        )
        .push(evidence)
        .push(
            row![
                plain(
                    "save-draft",
                    w(tr, "save-draft"),
                    Some(Action::SaveDraft),
                    lit
                ),
                big(
                    "send-progress",
                    w(tr, "send-progress"),
                    Some(Action::SendProgress),
                    lit
                ),
            ]
            .spacing(8)
            .wrap(),
        )
        .push(plain(
            "laptop-back",
            w(tr, "laptop-back"),
            Some(Action::LaptopBack),
            lit,
        ))
        .spacing(10)
        .into()
}

pub(super) fn entry<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    id: &str,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let Some(e) = k.entry(id) else {
        return t(tr, "day-empty").into();
    };
    let aksi = k.aksi(&e.aksi).map(|a| tr.tr(&a.title)).unwrap_or_default();
    let note = (!e.note.is_empty()).then(|| {
        container(
            column![
                text(tr.tr_args(
                    "kinerja-app-note-from",
                    &[("name", k.atasan.clone().into())]
                ))
                .size(theme::SMALL)
                .font(theme::BOLD),
                text(tr.tr(&e.note)).size(theme::SMALL),
            ]
            .spacing(4),
        )
        .padding(10)
        .width(Length::Fill)
        .style(theme::feedback_try_again)
    });
    let can_edit = matches!(e.status, EntryStatus::Draf | EntryStatus::PerluPerbaikan);
    let edit_label = if e.status == EntryStatus::Draf {
        "edit-draft"
    } else {
        "revise"
    };
    column![
        heading(tr, "entry-title"),
        line(w(tr, "date"), dmy(&e.date)),
        line(w(tr, "status"), status_word(tr, e.status)),
        line(w(tr, "activity"), activity(tr, e)),
        line(w(tr, "aksi"), aksi),
        line(w(tr, "minutes"), e.minutes.to_string()),
        line(w(tr, "volume"), e.volume.to_string()),
        line(
            w(tr, "evidence"),
            e.evidence
                .as_ref()
                .map(|x| x.name.clone())
                .unwrap_or_else(|| w(tr, "none"))
        ),
    ]
    .push(note)
    .push(can_edit.then(|| {
        big(
            "edit-entry",
            w(tr, edit_label),
            Some(Action::EditEntry),
            lit,
        )
    }))
    .push(
        row![
            plain("refresh", w(tr, "refresh"), Some(Action::Refresh), lit),
            plain(
                "laptop-back",
                w(tr, "laptop-back"),
                Some(Action::LaptopBack),
                lit
            ),
        ]
        .spacing(8)
        .wrap(),
    )
    .spacing(10)
    .into()
}

pub(super) fn picker<'a>(
    k: &'a Kinerja,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Action> {
    let folders = k.disk.folders().into_iter().map(|f| {
        let label = if crate::sim::files::STANDARD_FOLDERS.contains(&f) {
            tr.tr(&format!("disk-folder-{f}"))
        } else {
            f.to_owned()
        };
        ctl(
            format!("picker-folder-{f}"),
            lit,
            folder_button(
                label,
                k.picker_folder == f,
                Action::PickerFolder(f.to_owned()),
            ),
        )
    });
    let files = k.picker_files().into_iter().map(|f| {
        ctl(
            format!("pick-{}", f.name),
            lit,
            button(
                text(tr.tr_args(
                    "kinerja-app-evidence-file",
                    &[("name", f.name.clone().into()), ("kb", f.size_kb.into())],
                ))
                .size(theme::SMALL),
            )
            .padding([10, 10])
            .width(Length::Fill)
            .style(theme::secondary)
            .on_press(Action::PickFile(f.name.clone())),
        )
    });
    column![
        heading(tr, "picker-title"),
        text(tr.tr_args(
            "kinerja-app-evidence-help",
            &[("kb", k.evidence_limit_kb.into())]
        ))
        .size(theme::SMALL),
        column(folders).spacing(6),
    ]
    .extend(files)
    .push(plain(
        "picker-close",
        w(tr, "picker-close"),
        Some(Action::ClosePicker),
        lit,
    ))
    .spacing(10)
    .into()
}
