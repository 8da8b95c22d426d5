//! The view of the pretend webmail: sign-in page, top bar, folders on the left, and the
//! list, message, compose form, file dialog, password form or pretend disk on the right.
//!
//! It looks like the webmail of a Diskominfo (Zimbra, Roundcube) and Gmail enough for the
//! habits to carry over, with bigger text and buttons that say what they do. Every control
//! a lesson may point at has its highlight id as container id (see `docs/CONTENT.md`).
//! The message text box is an iced `text_editor`, whose content lives in the lesson
//! screen ([`Editor`]); every edit is passed on to the simulator as the whole text.

use super::parts::{
    ctl, ctl_input, error_box, folder_button, mail_button, mail_primary, target_label,
};
use super::pointer::Pointer;
use crate::i18n::Translator;
use crate::sim::email::{
    Action, ComposeKind, Draft, Email, Folder, Message, Notice, PasswordError, PasswordForm,
    SendError, SignInError, Text, View,
};
use crate::sim::files::{self, Disk};
use crate::ui::{theme, widget};
use iced::widget::{
    button, checkbox, column, container, row, rule, scrollable, space, text, text_editor,
    text_input,
};
use iced::{Alignment, Element, Length};

/// What the webmail view sends: an action for the simulator, or an edit of the text box.
#[derive(Debug, Clone)]
pub enum Msg {
    Sim(Action),
    Body(text_editor::Action),
}

/// The message text box's content, kept beside the simulator.
#[derive(Default)]
pub struct Editor {
    pub content: text_editor::Content,
}

impl Editor {
    /// Applies an edit; returns the whole new text when the text changed.
    pub fn perform(&mut self, action: text_editor::Action) -> Option<String> {
        let edit = action.is_edit();
        self.content.perform(action);
        edit.then(|| self.text())
    }

    /// Makes the box show the draft's text after the simulator changed it (a new compose,
    /// an opened draft); edits made here are already the same and change nothing.
    pub fn follow(&mut self, email: &Email) {
        let wanted = match &email.view {
            View::Compose(d) => d.body.as_str(),
            _ => "",
        };
        if self.text() != wanted {
            self.content = text_editor::Content::with_text(wanted);
        }
    }

    /// Makes the box show `wanted` (the letter's body in the document tool) when the
    /// simulator changed it (an undo, a reset of the step).
    pub fn follow_text(&mut self, wanted: &str) {
        if self.text() != wanted {
            self.content = text_editor::Content::with_text(wanted);
        }
    }

    fn text(&self) -> String {
        self.content.text()
    }
}

fn label<'a>(s: String) -> iced::widget::Text<'a> {
    text(s).size(theme::SMALL)
}

fn act(a: Action) -> Msg {
    Msg::Sim(a)
}

/// The webmail as the current step shows it.
pub fn view<'a, 'p>(
    e: &'a Email,
    editor: &'a Editor,
    tr: &Translator,
    highlight: impl Into<Pointer<'p>>,
) -> Element<'a, Msg> {
    let pointer = highlight.into();
    let lit = |id: &str| pointer.lit(id);
    let content: Element<'a, Msg> = if e.signed_in {
        column![
            top_bar(e, tr, &lit),
            row![
                sidebar(e, tr, &lit),
                container(main(e, editor, tr, &lit))
                    .width(Length::Fill)
                    .height(Length::Fill)
                    .padding(theme::SPACE)
            ]
            .height(Length::Fill)
        ]
        .into()
    } else {
        sign_in(e, tr, &lit)
    };
    container(content)
        .id("webmail")
        .width(Length::Fill)
        .height(Length::Fill)
        .style(theme::webmail)
        .into()
}

fn sign_in<'a>(e: &'a Email, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    let f = &e.sign_in;
    let error = f.error.map(|err| {
        let id = match err {
            SignInError::Empty => "webmail-signin-error-empty",
            SignInError::Address => "webmail-signin-error-address",
            SignInError::Password => "webmail-signin-error-password",
        };
        error_box(tr.tr(id))
    });
    let form = column![
        widget::subtitle(tr.tr("webmail-name")),
        text(tr.tr("webmail-signin-title")).size(theme::SMALL),
        label(tr.tr("webmail-address")),
        ctl_input(
            "email-address".into(),
            lit,
            text_input("", &f.address)
                .id("email-address-input")
                .on_input(|s| act(Action::SignInAddress(s)))
                .on_submit(act(Action::SignIn))
                .size(theme::SMALL)
                .padding(10)
                .style(theme::input)
        ),
        label(tr.tr("webmail-password")),
        ctl_input(
            "email-password".into(),
            lit,
            text_input("", &f.password)
                .id("email-password-input")
                .secure(true)
                .on_input(|s| act(Action::SignInPassword(s)))
                .on_submit(act(Action::SignIn))
                .size(theme::SMALL)
                .padding(10)
                .style(theme::input)
        ),
        ctl(
            "email-remember".into(),
            lit,
            checkbox(f.remember)
                .label(tr.tr("webmail-remember"))
                .on_toggle(|_| act(Action::ToggleRemember))
                .size(28)
                .text_size(theme::SMALL)
        ),
    ]
    .push(error)
    .push(ctl(
        "email-signin".into(),
        lit,
        mail_primary(tr.tr("webmail-signin"), Some(act(Action::SignIn))).padding([10, 32]),
    ))
    .spacing(8)
    .max_width(480);
    container(widget::card(form).max_width(520))
        .center(Length::Fill)
        .padding(theme::SPACE)
        .into()
}

fn top_bar<'a>(e: &'a Email, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    container(
        row![
            // The address under the name: one long word that cannot wrap, so beside the
            // name it would push Keluar out at a large text size.
            column![
                text(tr.tr("webmail-name"))
                    .size(theme::TEXT)
                    .font(theme::BOLD)
                    .style(theme::on_dark),
                text(&e.address).size(theme::SMALL).style(theme::on_dark),
            ]
            .width(Length::Fill),
            ctl(
                "settings".into(),
                lit,
                mail_button(tr.tr("webmail-settings"), Some(act(Action::OpenSettings)))
            ),
            ctl(
                "sign-out".into(),
                lit,
                mail_button(tr.tr("webmail-sign-out"), Some(act(Action::SignOut)))
            ),
        ]
        .spacing(12)
        .align_y(Alignment::Center),
    )
    .padding([4, 12])
    .style(theme::webmail_bar)
    .into()
}

fn folder_label(tr: &Translator, f: Folder) -> String {
    tr.tr(&format!("webmail-folder-{}", f.key()))
}

/// A pretend-disk folder's name: the standard ones translated, others as written.
pub fn disk_folder_label(tr: &Translator, folder: &str) -> String {
    if files::STANDARD_FOLDERS.contains(&folder) {
        tr.tr(&format!("disk-folder-{folder}"))
    } else {
        folder.to_owned()
    }
}

fn sidebar<'a>(e: &'a Email, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    let current = e.current_folder();
    let mut col = column![ctl(
        "compose".into(),
        lit,
        mail_primary(tr.tr("webmail-compose"), Some(act(Action::Compose))).padding([0, 20])
    )]
    .spacing(2);
    for f in Folder::ALL {
        let unread = e.unread(f);
        let name = if f == Folder::Inbox && unread > 0 {
            tr.tr_args(
                "webmail-folder-unread",
                &[
                    ("name", folder_label(tr, f).into()),
                    ("count", unread.into()),
                ],
            )
        } else {
            folder_label(tr, f)
        };
        let chosen = current == Some(f);
        col = col.push(ctl(
            format!("folder-{}", f.key()),
            lit,
            button(target_label(name, theme::SMALL))
                .width(Length::Fill)
                .height(theme::MIN_TARGET)
                .padding([0, 10])
                .style(move |t, s| theme::side_item(chosen)(t, s))
                .on_press(act(Action::OpenFolder(f))),
        ));
    }
    col = col.push(rule::horizontal(1)).push(
        text(tr.tr("webmail-disk"))
            .size(theme::SMALL)
            .style(theme::muted),
    );
    let open_disk = match &e.view {
        View::Disk(d) => Some(d.as_str()),
        _ => None,
    };
    for folder in e.disk.folders() {
        let chosen = open_disk == Some(folder);
        col = col.push(ctl(
            format!("disk-{folder}"),
            lit,
            folder_button(
                disk_folder_label(tr, folder),
                chosen,
                act(Action::OpenDisk(folder.to_owned())),
            ),
        ));
    }
    container(scrollable(col.padding(iced::Padding::ZERO.right(10))))
        .width(Length::Fixed(215.0))
        .height(Length::Fill)
        .padding([theme::SPACE, 8.0])
        .style(theme::webmail_side)
        .into()
}

fn notice<'a>(e: &Email, tr: &Translator) -> Option<Element<'a, Msg>> {
    let s = match e.notice.as_ref()? {
        Notice::Sent => tr.tr("webmail-notice-sent"),
        Notice::DraftSaved => tr.tr("webmail-notice-draft"),
        Notice::Deleted => tr.tr("webmail-notice-deleted"),
        Notice::Restored => tr.tr("webmail-notice-restored"),
        Notice::ReportedSpam => tr.tr("webmail-notice-spam"),
        Notice::NotSpam => tr.tr("webmail-notice-not-spam"),
        Notice::Downloaded(name) => tr.tr_args(
            "webmail-notice-downloaded",
            &[("name", name.clone().into())],
        ),
        Notice::PasswordChanged => tr.tr("webmail-notice-password"),
        Notice::LinkOpened => tr.tr("webmail-notice-link"),
    };
    Some(
        container(text(s).size(theme::SMALL))
            .padding(10)
            .width(Length::Fill)
            .style(theme::feedback_success)
            .into(),
    )
}

fn main<'a>(
    e: &'a Email,
    editor: &'a Editor,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let body: Element<'a, Msg> = match &e.view {
        View::List(f) => list(e, *f, tr, lit),
        View::Reading(id) => match e.message(id) {
            Some(m) => reading(m, tr, lit),
            None => list(e, Folder::Inbox, tr, lit),
        },
        View::Compose(d) => match &d.picker {
            Some(p) => picker(&e.disk, &p.folder, p.chosen.as_deref(), tr, lit),
            None => compose(d, editor, tr, lit),
        },
        View::Settings(form) => settings(form, tr, lit),
        View::Disk(folder) => disk(&e.disk, folder, tr, lit),
        View::File { name, .. } => file(name, tr, lit),
        View::Warning { .. } => warning(tr, lit),
    };
    column![].push(notice(e, tr)).push(body).spacing(10).into()
}

/// A subject as the learner sees it.
fn subject(t: &Text, tr: &Translator) -> String {
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

fn body_text(t: &Text, tr: &Translator) -> String {
    match t {
        Text::Fluent(id) | Text::Prefixed(_, id) => tr.tr(id),
        Text::Typed(s) => s.clone(),
    }
}

/// `2025-05-20T08:15` as `20-05-2025 08:15`; what the learner wrote here is "Baru saja".
fn when(received: &str, tr: &Translator) -> String {
    if received.is_empty() {
        return tr.tr("webmail-just-now");
    }
    jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", received)
        .map(|d| d.strftime("%d-%m-%Y %H:%M").to_string())
        .unwrap_or_else(|_| received.to_owned())
}

fn list<'a>(
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

fn reading<'a>(m: &'a Message, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
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

fn field<'a>(
    id: &str,
    name: String,
    value: &str,
    on_input: fn(String) -> Action,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    row![
        text(name).size(theme::SMALL).width(Length::Fixed(90.0)),
        ctl_input(
            id.to_owned(),
            lit,
            text_input("", value)
                .id(format!("{id}-input"))
                .on_input(move |s| act(on_input(s)))
                .size(theme::SMALL)
                .padding(6)
                .style(theme::input)
        ),
    ]
    .align_y(Alignment::Center)
    .into()
}

fn compose<'a>(
    d: &'a Draft,
    editor: &'a Editor,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let title = match d.kind {
        Some(ComposeKind::Reply | ComposeKind::ReplyAll) => "webmail-compose-reply",
        Some(ComposeKind::Forward) => "webmail-compose-forward",
        _ => "webmail-compose-new",
    };
    let subject_value = match (&d.subject, &d.subject_prefill) {
        (Some(s), _) => s.clone(),
        (None, Some((p, id))) => format!("{p}{}", tr.tr(id)),
        (None, None) => String::new(),
    };
    // The title heads the form (beside the buttons it ran out of the frame at a large text
    // size) and wraps at words.
    let mut form = column![
        text(tr.tr(title))
            .size(theme::TEXT)
            .font(theme::BOLD)
            .width(Length::Fill),
        field(
            "compose-to",
            tr.tr("webmail-field-to"),
            &d.to,
            Action::EditTo,
            lit
        ),
        field(
            "compose-cc",
            tr.tr("webmail-field-cc"),
            &d.cc,
            Action::EditCc,
            lit
        ),
        field(
            "compose-bcc",
            tr.tr("webmail-field-bcc"),
            &d.bcc,
            Action::EditBcc,
            lit
        ),
        row![
            text(tr.tr("webmail-field-subject"))
                .size(theme::SMALL)
                .width(Length::Fixed(90.0)),
            ctl_input(
                "compose-subject".into(),
                lit,
                text_input("", &subject_value)
                    .id("compose-subject-input")
                    .on_input(|s| act(Action::EditSubject(s)))
                    .size(theme::SMALL)
                    .padding(6)
                    .style(theme::input)
            ),
        ]
        .align_y(Alignment::Center),
    ]
    .spacing(6);
    for (i, a) in d.attachments.iter().enumerate() {
        form = form.push(
            container(
                row![
                    text(tr.tr_args(
                        "webmail-file-size",
                        &[("name", a.name.clone().into()), ("kb", a.size_kb.into())]
                    ))
                    .size(theme::SMALL)
                    .width(Length::Fill),
                    ctl(
                        format!("remove-{i}"),
                        lit,
                        mail_button(
                            tr.tr("webmail-remove-attachment"),
                            Some(act(Action::RemoveAttachment(i)))
                        )
                    ),
                ]
                .spacing(6)
                .align_y(Alignment::Center),
            )
            .padding(6)
            .style(theme::chip),
        );
    }
    form = form.push(ctl_input(
        "compose-body".into(),
        lit,
        text_editor(&editor.content)
            .id("compose-body-input")
            .placeholder(tr.tr("webmail-body-placeholder"))
            .on_action(Msg::Body)
            .size(theme::SMALL)
            .height(Length::Shrink)
            .min_height(BODY_MIN_HEIGHT)
            .max_height(BODY_MAX_HEIGHT)
            .padding(8)
            .style(theme::editor),
    ));
    // The buttons stay at the top, as in Zimbra: "Kirim" is never scrolled out of sight.
    let buttons = row![
        ctl(
            "send".into(),
            lit,
            mail_primary(tr.tr("webmail-send"), Some(act(Action::Send)))
        ),
        ctl(
            "attach".into(),
            lit,
            mail_button(tr.tr("webmail-attach"), Some(act(Action::OpenPicker)))
        ),
        ctl(
            "cancel".into(),
            lit,
            mail_button(tr.tr("webmail-cancel"), Some(act(Action::Cancel)))
        ),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    let error = d.error.as_ref().map(|err| {
        let s = match err {
            SendError::NoRecipient => tr.tr("webmail-error-no-recipient"),
            SendError::BadAddress(a) => tr.tr_args(
                "webmail-error-bad-address",
                &[("address", a.clone().into())],
            ),
        };
        error_box(s)
    });
    // With a larger text size the fields no longer fit above a tall message box: the form
    // scrolls (the buttons above it never do), and the box keeps a height to write in.
    column![buttons]
        .push(error)
        .push(
            scrollable(form.padding(iced::Padding::ZERO.right(16)))
                .id("compose-form")
                .direction(scrollable::Direction::Vertical(
                    scrollable::Scrollbar::new().width(12).scroller_width(12),
                ))
                .height(Length::Fill),
        )
        .spacing(8)
        .into()
}

/// The message box: four lines when empty, growing with the text up to about ten.
const BODY_MIN_HEIGHT: f32 = 120.0;
const BODY_MAX_HEIGHT: f32 = 300.0;

fn picker<'a>(
    disk: &'a Disk,
    folder: &'a str,
    chosen: Option<&'a str>,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let folders = column(disk.folders().into_iter().map(|f| {
        let on = f == folder;
        ctl(
            format!("picker-folder-{f}"),
            lit,
            folder_button(
                disk_folder_label(tr, f),
                on,
                act(Action::PickerFolder(f.to_owned())),
            ),
        )
    }))
    .spacing(2)
    .width(Length::Fixed(150.0));
    let in_folder = disk.in_folder(folder);
    let mut list = column![].spacing(4).width(Length::Fill);
    if in_folder.is_empty() {
        list = list.push(text(tr.tr("webmail-folder-empty")).size(theme::SMALL));
    }
    for f in in_folder {
        let on = chosen == Some(f.name.as_str());
        list = list.push(ctl(
            format!("pick-{}", f.name),
            lit,
            button(
                text(tr.tr_args(
                    "webmail-file-size",
                    &[("name", f.name.clone().into()), ("kb", f.size_kb.into())],
                ))
                .size(theme::SMALL),
            )
            .width(Length::Fill)
            .padding([11, 10])
            // Framed like the message rows, so each file looks like something to click.
            .style(move |t, s| {
                if on {
                    theme::side_item(true)(t, s)
                } else {
                    theme::mail_row(false)(t, s)
                }
            })
            .on_press(act(Action::PickFile(f.name.clone()))),
        ));
    }
    container(
        column![
            text(tr.tr("webmail-picker-title"))
                .size(theme::SUBTITLE)
                .font(theme::BOLD),
            row![
                folders,
                rule::vertical(1),
                scrollable(list).height(Length::Fill)
            ]
            .spacing(10)
            .height(Length::Fill),
            row![
                space::horizontal(),
                ctl(
                    "picker-cancel".into(),
                    lit,
                    mail_button(tr.tr("webmail-cancel"), Some(act(Action::ClosePicker)))
                ),
                ctl(
                    "attach-chosen".into(),
                    lit,
                    mail_primary(
                        tr.tr("webmail-attach-chosen"),
                        chosen.map(|_| act(Action::AttachChosen))
                    )
                    .padding([6, 24])
                ),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        ]
        .spacing(10),
    )
    .padding(12)
    .style(theme::card)
    .into()
}

fn settings<'a>(
    form: &'a PasswordForm,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let input = |id: &str, value: &'a str, on: fn(String) -> Action| {
        ctl_input(
            id.to_owned(),
            lit,
            text_input("", value)
                .id(format!("{id}-input"))
                .secure(true)
                .on_input(move |s| act(on(s)))
                .on_submit(act(Action::SavePassword))
                .size(theme::SMALL)
                .padding(8)
                .style(theme::input),
        )
    };
    let error = form.error.map(|e| {
        let id = match e {
            PasswordError::WrongOld => "webmail-password-error-old",
            PasswordError::Mismatch => "webmail-password-error-mismatch",
            PasswordError::Weak => "webmail-password-error-weak",
            PasswordError::Same => "webmail-password-error-same",
        };
        error_box(tr.tr(id))
    });
    scrollable(
        column![
            text(tr.tr("webmail-password-title"))
                .size(theme::SUBTITLE)
                .font(theme::BOLD),
            text(tr.tr("webmail-password-rule")).size(theme::SMALL),
            label(tr.tr("webmail-password-old")),
            input("password-old", &form.old, Action::PasswordOld),
            label(tr.tr("webmail-password-new")),
            input("password-new", &form.new, Action::PasswordNew),
            label(tr.tr("webmail-password-repeat")),
            input("password-repeat", &form.repeat, Action::PasswordRepeat),
        ]
        .push(error)
        .push(ctl(
            "password-save".into(),
            lit,
            mail_primary(
                tr.tr("webmail-password-save"),
                Some(act(Action::SavePassword)),
            ),
        ))
        .spacing(6)
        .max_width(520)
        .padding(iced::Padding::ZERO.right(12)),
    )
    .into()
}

fn disk<'a>(
    disk: &'a Disk,
    folder: &'a str,
    tr: &Translator,
    lit: &dyn Fn(&str) -> bool,
) -> Element<'a, Msg> {
    let files = disk.in_folder(folder);
    let mut list = column![].spacing(4);
    if files.is_empty() {
        list = list.push(text(tr.tr("webmail-folder-empty")).size(theme::SMALL));
    }
    for f in files {
        list = list.push(ctl(
            format!("file-{}", f.name),
            lit,
            button(
                text(tr.tr_args(
                    "webmail-file-size",
                    &[("name", f.name.clone().into()), ("kb", f.size_kb.into())],
                ))
                .size(theme::SMALL),
            )
            .width(Length::Fill)
            .padding([11, 10])
            .style(|t, s| theme::mail_row(false)(t, s))
            .on_press(act(Action::OpenFile(f.name.clone()))),
        ));
    }
    column![
        text(tr.tr_args(
            "webmail-disk-title",
            &[("folder", disk_folder_label(tr, folder).into())]
        ))
        .size(theme::SUBTITLE)
        .font(theme::BOLD),
        scrollable(list.padding(iced::Padding::ZERO.right(12))).height(Length::Fill),
    ]
    .spacing(8)
    .into()
}

fn file<'a>(name: &str, tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    column![
        ctl(
            "back".into(),
            lit,
            mail_button(tr.tr("webmail-back"), Some(act(Action::Back)))
        ),
        container(
            column![
                text(name.to_owned()).size(theme::TEXT).font(theme::BOLD),
                text(tr.tr("webmail-file-preview")).size(theme::SMALL),
            ]
            .spacing(10)
        )
        .padding(theme::PAD)
        .width(Length::Fill)
        .height(Length::Fill)
        .style(theme::card),
    ]
    .spacing(8)
    .into()
}

fn warning<'a>(tr: &Translator, lit: &dyn Fn(&str) -> bool) -> Element<'a, Msg> {
    container(
        column![
            text(tr.tr("webmail-warning-title"))
                .size(theme::SUBTITLE)
                .font(theme::BOLD),
            text(tr.tr("webmail-warning-text"))
                .size(theme::SMALL)
                .line_height(1.4),
            ctl(
                "close-warning".into(),
                lit,
                mail_primary(
                    tr.tr("webmail-warning-close"),
                    Some(act(Action::CloseWarning))
                )
            ),
        ]
        .spacing(12),
    )
    .padding(theme::PAD)
    .width(Length::Fill)
    .style(theme::error)
    .into()
}
