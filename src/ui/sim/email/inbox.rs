//! The list of messages in a folder, and one message opened.

use super::{Msg, act, folder_label, label};
use crate::i18n::Translator;
use crate::sim::email::{Action, Email, Folder, Message, Text};
use crate::ui::sim::parts::{ctl, mail_button};
use crate::ui::theme;
use iced::widget::{button, column, container, row, rule, scrollable, space, text};
use iced::{Alignment, Element, Length};

/// A subject as the learner sees it.
pub(super) fn subject(t: &Text, tr: &Translator) -> String {
    let s = match t {
        Text::Fluent(id) => tr.tr(id),
        Text::Typed(s) => s.clone(),
        Text::Prefixed(p, id) => format!("{p}{}", tr.tr(id)),
    };
    if s.trim().is_empty() {
        tr.tr("webmail-no-subject")
    } else {
        s
    }
}

pub(super) fn body_text(t: &Text, tr: &Translator) -> String {
    match t {
        Text::Fluent(id) | Text::Prefixed(_, id) => tr.tr(id),
        Text::Typed(s) => s.clone(),
    }
}

/// `2025-05-20T08:15` as `20-05-2025 08:15`; what the learner wrote here is "Baru saja".
pub(super) fn when(received: &str, tr: &Translator) -> String {
    if received.is_empty() {
        return tr.tr("webmail-just-now");
    }
    jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", received)
        .map(|d| d.strftime("%d-%m-%Y %H:%M").to_string())
        .unwrap_or_else(|_| received.to_owned())
}

pub(super) fn list<'a>(
    e: &'a Email,
    f: Folder,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let messages = e.folder(f);
    let mut rows = column![].spacing(6);
    if messages.is_empty() {
        rows = rows.push(text(tr.tr("webmail-empty")).size(theme::SMALL));
    }
    for m in messages {
        let who = if m.folder == Folder::Sent || m.folder == Folder::Drafts {
            tr.tr_args("webmail-to-list", &[("to", m.to.join(", ").into())])
        } else if m.name.is_empty() {
            m.from.clone()
        } else {
            m.name.clone()
        };
        let weight = if m.read { theme::FONT } else { theme::BOLD };
        let dot = if m.read { "" } else { "● " };
        let line = column![
            row![
                text(format!("{dot}{who}")).size(theme::SMALL).font(weight),
                space::horizontal(),
                text(when(&m.received, tr))
                    .size(theme::SMALL)
                    .style(theme::muted),
            ],
            text(subject(&m.subject, tr))
                .size(theme::SMALL)
                .font(weight),
        ]
        .spacing(2);
        let unread = !m.read;
        rows = rows.push(ctl(
            format!("message-{}", m.id),
            lit,
            button(line)
                .width(Length::Fill)
                .padding([8, 12])
                .style(move |t, s| theme::mail_row(unread)(t, s))
                .on_press(act(Action::OpenMessage(m.id.clone()))),
        ));
    }
    column![
        text(folder_label(tr, f))
            .size(theme::SUBTITLE)
            .font(theme::BOLD),
        scrollable(rows.padding(iced::Padding::ZERO.right(12))).height(Length::Fill),
    ]
    .spacing(8)
    .into()
}

pub(super) fn reading<'a>(
    m: &'a Message,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let actions = actions(m, tr, lit);
    let head = head(m, tr, lit);

    let mut page = column![
        head,
        rule::horizontal(1),
        text(body_text(&m.body, tr))
            .size(theme::SMALL)
            .line_height(1.4)
    ]
    .spacing(10);
    for l in &m.links {
        page = page.push(ctl(
            format!("link-{}", l.id),
            lit,
            button(
                text(format!("{} ({})", tr.tr(&l.text), l.url))
                    .size(theme::SMALL)
                    .style(theme::link_text),
            )
            .padding([12, 0])
            .style(theme::link)
            .on_press(act(Action::OpenLink(l.id.clone()))),
        ));
    }
    column![
        actions.wrap(),
        scrollable(
            container(page.padding(iced::Padding::ZERO.right(12)))
                .padding(12)
                .style(theme::card)
        )
        .height(Length::Fill)
    ]
    .spacing(8)
    .into()
}

/// Kembali, Balas, Balas ke Semua, Teruskan, and Spam (or Bukan Spam), Hapus (or Pulihkan).
fn actions<'a>(
    m: &'a Message,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> iced::widget::Row<'a, Msg> {
    let in_trash = m.folder == Folder::Trash;
    let mut actions = row![
        ctl(
            "back".into(),
            lit,
            mail_button(tr.tr("webmail-back"), Some(act(Action::Back)))
        ),
        ctl(
            "reply".into(),
            lit,
            mail_button(tr.tr("webmail-reply"), Some(act(Action::Reply)))
        ),
        ctl(
            "reply-all".into(),
            lit,
            mail_button(tr.tr("webmail-reply-all"), Some(act(Action::ReplyAll)))
        ),
        ctl(
            "forward".into(),
            lit,
            mail_button(tr.tr("webmail-forward"), Some(act(Action::Forward)))
        ),
    ]
    .spacing(4);
    if m.folder == Folder::Spam {
        actions = actions.push(ctl(
            "not-spam".into(),
            lit,
            mail_button(tr.tr("webmail-not-spam"), Some(act(Action::NotSpam))),
        ));
    } else if !in_trash {
        actions = actions.push(ctl(
            "spam".into(),
            lit,
            mail_button(tr.tr("webmail-report-spam"), Some(act(Action::ReportSpam))),
        ));
    }
    actions = actions.push(if in_trash {
        ctl(
            "restore".into(),
            lit,
            mail_button(tr.tr("webmail-restore"), Some(act(Action::Restore))),
        )
    } else {
        ctl(
            "delete".into(),
            lit,
            mail_button(tr.tr("webmail-delete"), Some(act(Action::Delete))),
        )
    });
    actions
}

/// Subject, Dari, Kepada, Cc, when, and the attachments with Lihat and Unduh.
fn head<'a>(
    m: &'a Message,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> iced::widget::Column<'a, Msg> {
    let from = if m.name.is_empty() {
        m.from.clone()
    } else {
        format!("{} <{}>", m.name, m.from)
    };
    let mut head = column![
        text(subject(&m.subject, tr))
            .size(theme::TEXT)
            .font(theme::BOLD),
        label(tr.tr_args("webmail-from", &[("from", from.into())])),
        label(tr.tr_args("webmail-to", &[("to", m.to.join(", ").into())])),
    ]
    .spacing(2);
    if !m.cc.is_empty() {
        head = head.push(label(
            tr.tr_args("webmail-cc", &[("cc", m.cc.join(", ").into())]),
        ));
    }
    head = head.push(
        text(when(&m.received, tr))
            .size(theme::SMALL)
            .style(theme::muted),
    );
    // Attachments right under the header, as Zimbra shows them: seen without scrolling.
    if !m.attachments.is_empty() {
        head = head.push(
            text(tr.tr("webmail-attachments"))
                .size(theme::SMALL)
                .font(theme::BOLD),
        );
    }
    for (i, a) in m.attachments.iter().enumerate() {
        head = head.push(
            container(
                row![
                    text(tr.tr_args(
                        "webmail-file-size",
                        &[("name", a.name.clone().into()), ("kb", a.size_kb.into())]
                    ))
                    .size(theme::SMALL)
                    .width(Length::Fill),
                    ctl(
                        format!("view-{i}"),
                        lit,
                        mail_button(tr.tr("webmail-view"), Some(act(Action::ViewAttachment(i))))
                    ),
                    ctl(
                        format!("download-{i}"),
                        lit,
                        mail_button(
                            tr.tr("webmail-download"),
                            Some(act(Action::DownloadAttachment(i)))
                        )
                    ),
                ]
                .spacing(6)
                .align_y(Alignment::Center),
            )
            .padding(8)
            .style(theme::chip),
        );
    }
    head
}
