//! The webmail fed action by action: each action's state and event, and the mistakes the
//! lessons catch.

use super::*;

const ME: &str = "budi.santoso@sukamajukab.go.id";

fn msg(id: &str, from: &str) -> MessageSpec {
    MessageSpec {
        id: id.into(),
        from: from.into(),
        name: "Sekretaris Kecamatan".into(),
        to: vec![ME.into(), "sri@sukamajukab.go.id".into()],
        cc: vec!["umum@sukamajukab.go.id".into()],
        subject: format!("subj-{id}"),
        body: format!("body-{id}"),
        received: format!("2025-05-2{}T08:15", id.len()),
        folder: Folder::Inbox,
        read: false,
        scam: false,
        attachments: vec![Attachment {
            name: "Undangan-Rapat.pdf".into(),
            size_kb: 245,
            scam: false,
        }],
        links: vec![Link {
            id: "l1".into(),
            text: "link".into(),
            url: "http://x".into(),
            scam: true,
        }],
    }
}

fn mail(signed_in: bool) -> Email {
    Email::new(scenario(signed_in))
}

fn scenario(signed_in: bool) -> Scenario {
    Scenario {
        address: ME.into(),
        password: "Sukamaju#2025".into(),
        signed_in,
        remember: false,
        messages: vec![msg("m1", "sekcam@sukamajukab.go.id"), {
            let mut m = msg("m22", "bkn.pusat@gmail.com");
            m.scam = true;
            m
        }],
        files: vec![
            DiskFile {
                folder: "dokumen".into(),
                name: "Laporan-Mei-2025.pdf".into(),
                size_kb: 312,
            },
            DiskFile {
                folder: "dokumen".into(),
                name: "Laporan-Mei-2025.docx".into(),
                size_kb: 48,
            },
        ],
    }
}

/// The events of `actions`, without the `email.field_filled` each letter typed into the
/// form sends (those are checked in `field.rs`).
fn run(e: &mut Email, actions: impl IntoIterator<Item = Action>) -> Vec<SimEvent> {
    actions
        .into_iter()
        .filter_map(|a| e.update(a))
        .filter(|ev| ev.name != "email.field_filled")
        .collect()
}

fn field<'a>(e: &'a SimEvent, k: &str) -> &'a Value {
    e.fields
        .get(k)
        .unwrap_or_else(|| panic!("no field {k} in {e:?}"))
}

fn list(items: &[&str]) -> Value {
    Value::List(items.iter().map(|s| (*s).to_owned()).collect())
}

#[test]
fn sign_in_checks_address_then_password_and_reports_remember() {
    let mut e = mail(false);
    assert_eq!(
        run(&mut e, [Action::SignIn])[0],
        SimEvent::new("email.sign_in_failed").with("reason", "empty")
    );
    assert_eq!(e.sign_in.error, Some(SignInError::Empty));
    let ev = run(
        &mut e,
        [
            Action::SignInAddress("www.sukamajukab.go.id".into()),
            Action::SignInPassword("Sukamaju#2025".into()),
            Action::SignIn,
        ],
    );
    assert_eq!(field(&ev[0], "reason"), &Value::from("address"));
    let ev = run(
        &mut e,
        [
            Action::SignInAddress(" Budi.Santoso@sukamajukab.go.id ".into()),
            Action::SignInPassword("sukamaju#2025".into()),
            Action::SignIn,
        ],
    );
    assert_eq!(field(&ev[0], "reason"), &Value::from("password"));
    assert!(!e.signed_in);
    // Everything else waits for the sign-in.
    assert_eq!(e.update(Action::Compose), None);
    let ev = run(
        &mut e,
        [
            Action::SignInPassword("Sukamaju#2025".into()),
            Action::ToggleRemember,
            Action::ToggleRemember,
            Action::SignIn,
        ],
    );
    assert_eq!(
        ev,
        vec![SimEvent::new("email.signed_in").with("remember", false)]
    );
    assert!(e.signed_in);
    assert!(e.sign_in.password.is_empty(), "the password is not kept");
}

#[test]
fn the_user_name_alone_signs_in_like_zimbra() {
    let mut e = mail(false);
    let ev = run(
        &mut e,
        [
            Action::SignInAddress("budi.santoso".into()),
            Action::SignInPassword("Sukamaju#2025".into()),
            Action::ToggleRemember,
            Action::SignIn,
        ],
    );
    assert_eq!(field(&ev[0], "remember"), &Value::Bool(true));
}

#[test]
fn opening_marks_read_and_back_returns_to_the_folder() {
    let mut e = mail(true);
    assert_eq!(e.unread(Folder::Inbox), 2);
    assert_eq!(
        e.folder(Folder::Inbox)[0].id,
        "m22",
        "newest first (25 > 22)"
    );
    let ev = run(&mut e, [Action::OpenMessage("m22".into())]);
    assert_eq!(
        ev[0],
        SimEvent::new("email.opened")
            .with("message", "m22")
            .with("scam", true)
    );
    assert_eq!(e.unread(Folder::Inbox), 1);
    let ev = run(&mut e, [Action::Back]);
    assert_eq!(
        ev[0],
        SimEvent::new("email.folder_opened").with("folder", "inbox")
    );
    assert_eq!(e.view, View::List(Folder::Inbox));
    assert_eq!(e.update(Action::OpenMessage("nope".into())), None);
}

#[test]
fn reply_goes_to_the_sender_only_and_reply_all_to_everyone_else() {
    let mut e = mail(true);
    let ev = run(&mut e, [Action::OpenMessage("m1".into()), Action::Reply]);
    assert_eq!(
        ev[1],
        SimEvent::new("email.compose_started")
            .with("kind", "reply")
            .with("message", "m1")
    );
    let View::Compose(d) = &e.view else {
        panic!("compose")
    };
    assert_eq!(d.to, "sekcam@sukamajukab.go.id");
    assert_eq!(d.cc, "");
    assert_eq!(
        d.subject_prefill,
        Some(("Re: ".to_owned(), "subj-m1".to_owned()))
    );
    run(&mut e, [Action::Cancel, Action::ReplyAll]);
    let View::Compose(d) = &e.view else {
        panic!("compose")
    };
    assert_eq!(d.to, "sekcam@sukamajukab.go.id, sri@sukamajukab.go.id");
    assert_eq!(d.cc, "umum@sukamajukab.go.id");
    let ev = run(
        &mut e,
        [Action::EditBody("Baik, Pak.".into()), Action::Send],
    );
    assert_eq!(field(&ev[0], "kind"), &Value::from("reply_all"));
    assert_eq!(field(&ev[0], "recipients"), &Value::Int(3));
    assert_eq!(field(&ev[0], "subject"), &Value::from("Re: subj-m1"));
    assert_eq!(field(&ev[0], "subject_empty"), &Value::Bool(false));
    assert_eq!(e.folder(Folder::Sent).len(), 1);
    assert_eq!(e.notice, Some(Notice::Sent));
}

#[test]
fn a_new_message_reports_every_field_the_lessons_check() {
    let mut e = mail(true);
    let ev = run(
        &mut e,
        [
            Action::Compose,
            Action::EditTo("Sekcam@sukamajukab.go.id".into()),
            Action::EditCc("sekretaris@sukamajukab.go.id; umum@sukamajukab.go.id".into()),
            Action::EditSubject("Laporan Bulanan Mei 2025".into()),
            Action::EditBody(
                "Yth. Bapak Sekcam,\nBerikut laporan bulanan terlampir.\n\nTerima kasih.\nBudi"
                    .into(),
            ),
            Action::OpenPicker,
            Action::PickFile("Laporan-Mei-2025.pdf".into()),
            Action::AttachChosen,
            Action::Send,
        ],
    );
    let names: Vec<&str> = ev.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "email.compose_started",
            "email.file_picker_opened",
            "email.attachment_added",
            "email.sent"
        ]
    );
    assert_eq!(
        ev[2],
        SimEvent::new("email.attachment_added")
            .with("name", "Laporan-Mei-2025.pdf")
            .with("format", "pdf")
    );
    let sent = &ev[3];
    assert_eq!(field(sent, "to"), &list(&["sekcam@sukamajukab.go.id"]));
    assert_eq!(
        field(sent, "cc"),
        &list(&["sekretaris@sukamajukab.go.id", "umum@sukamajukab.go.id"])
    );
    assert_eq!(field(sent, "attachments"), &list(&["Laporan-Mei-2025.pdf"]));
    assert_eq!(field(sent, "formats"), &list(&["pdf"]));
    for (k, v) in [
        ("mentions_attachment", true),
        ("has_greeting", true),
        ("has_closing", true),
        ("all_caps", false),
        ("subject_empty", false),
    ] {
        assert_eq!(field(sent, k), &Value::Bool(v), "{k}");
    }
    assert_eq!(field(sent, "visible_outside"), &Value::Int(0));
    assert_eq!(field(sent, "kind"), &Value::from("new"));
}

#[test]
fn the_mistakes_show_in_the_sent_event() {
    // Empty subject, "terlampir" without an attachment, the .docx instead of the PDF,
    // outside recipients in Ke, shouting.
    let mut e = mail(true);
    let ev = run(
        &mut e,
        [
            Action::Compose,
            Action::EditTo(
                "kades.a@gmail.com, kades.b@yahoo.co.id, sekcam@sukamajukab.go.id".into(),
            ),
            Action::EditSubject("   ".into()),
            Action::EditBody("LAPORAN TERLAMPIR MOHON DICEK".into()),
            Action::Send,
        ],
    );
    let sent = &ev[1];
    assert_eq!(field(sent, "subject_empty"), &Value::Bool(true));
    assert_eq!(field(sent, "attachment_count"), &Value::Int(0));
    assert_eq!(field(sent, "mentions_attachment"), &Value::Bool(true));
    assert_eq!(field(sent, "all_caps"), &Value::Bool(true));
    assert_eq!(field(sent, "has_greeting"), &Value::Bool(false));
    assert_eq!(field(sent, "visible_outside"), &Value::Int(2));

    let ev = run(
        &mut e,
        [
            Action::Compose,
            Action::EditTo("sekcam@sukamajukab.go.id".into()),
            Action::EditBcc("kades.a@gmail.com, kades.b@yahoo.co.id".into()),
            Action::OpenPicker,
            Action::PickFile("Laporan-Mei-2025.docx".into()),
            Action::AttachChosen,
            Action::Send,
        ],
    );
    let sent = ev.last().expect("sent");
    assert_eq!(field(sent, "formats"), &list(&["docx"]));
    assert_eq!(
        field(sent, "visible_outside"),
        &Value::Int(0),
        "Bcc hides them"
    );
    assert_eq!(field(sent, "subject_empty"), &Value::Bool(true));
}

#[test]
fn sending_without_a_proper_address_is_refused_and_keeps_the_text() {
    let mut e = mail(true);
    let ev = run(
        &mut e,
        [
            Action::Compose,
            Action::EditBody("Isi".into()),
            Action::Send,
        ],
    );
    assert_eq!(
        ev[1],
        SimEvent::new("email.send_refused").with("reason", "no_recipient")
    );
    let ev = run(&mut e, [Action::EditTo("sekcam".into()), Action::Send]);
    assert_eq!(field(&ev[0], "reason"), &Value::from("bad_address"));
    let View::Compose(d) = &e.view else {
        panic!("still writing")
    };
    assert_eq!(d.body, "Isi");
    assert_eq!(d.error, Some(SendError::BadAddress("sekcam".into())));
    assert!(e.folder(Folder::Sent).is_empty());
}

#[test]
fn forward_takes_the_attachments_along() {
    let mut e = mail(true);
    let ev = run(
        &mut e,
        [
            Action::OpenMessage("m1".into()),
            Action::Forward,
            Action::EditTo("sri@sukamajukab.go.id".into()),
            Action::EditBody("Mohon hadir, Bu.".into()),
            Action::Send,
        ],
    );
    let sent = ev.last().expect("sent");
    assert_eq!(field(sent, "kind"), &Value::from("forward"));
    assert_eq!(field(sent, "attachments"), &list(&["Undangan-Rapat.pdf"]));
    assert_eq!(field(sent, "subject"), &Value::from("Fwd: subj-m1"));
}

#[test]
fn cancel_keeps_a_draft_that_can_be_finished_later() {
    let mut e = mail(true);
    let ev = run(
        &mut e,
        [
            Action::Compose,
            Action::EditTo("sekcam@sukamajukab.go.id".into()),
            Action::Cancel,
        ],
    );
    assert_eq!(
        ev[1],
        SimEvent::new("email.draft_saved").with("subject_empty", true)
    );
    let drafts = e.folder(Folder::Drafts);
    assert_eq!(drafts.len(), 1);
    let id = drafts[0].id.clone();
    let ev = run(
        &mut e,
        [
            Action::OpenFolder(Folder::Drafts),
            Action::OpenMessage(id.clone()),
            Action::EditSubject("Laporan".into()),
            Action::Send,
        ],
    );
    assert_eq!(
        ev[1],
        SimEvent::new("email.compose_started")
            .with("kind", "draft")
            .with("message", id)
    );
    assert_eq!(field(&ev[2], "kind"), &Value::from("draft"));
    assert_eq!(field(&ev[2], "to"), &list(&["sekcam@sukamajukab.go.id"]));
    assert!(
        e.folder(Folder::Drafts).is_empty(),
        "a sent draft leaves Draf"
    );
    // An empty compose closes without a draft.
    assert!(run(&mut e, [Action::Compose, Action::Cancel]).len() == 1);
    assert!(e.folder(Folder::Drafts).is_empty());
}

#[test]
fn delete_and_restore_go_through_tempat_sampah() {
    let mut e = mail(true);
    let ev = run(&mut e, [Action::OpenMessage("m1".into()), Action::Delete]);
    assert_eq!(
        ev[1],
        SimEvent::new("email.deleted")
            .with("message", "m1")
            .with("scam", false)
    );
    assert_eq!(e.folder(Folder::Inbox).len(), 1);
    assert_eq!(e.notice, Some(Notice::Deleted));
    let ev = run(
        &mut e,
        [
            Action::OpenFolder(Folder::Trash),
            Action::OpenMessage("m1".into()),
            Action::Delete,
            Action::Restore,
        ],
    );
    assert_eq!(ev.len(), 3, "delete in Tempat Sampah does nothing: {ev:?}");
    assert_eq!(ev[2], SimEvent::new("email.restored").with("message", "m1"));
    assert_eq!(e.folder(Folder::Inbox).len(), 2);
    assert!(e.folder(Folder::Trash).is_empty());
}

#[test]
fn scams_are_reported_and_their_links_never_go_anywhere() {
    let mut e = mail(true);
    let ev = run(
        &mut e,
        [
            Action::OpenMessage("m22".into()),
            Action::OpenLink("l1".into()),
        ],
    );
    assert_eq!(
        ev[1],
        SimEvent::new("email.link_opened")
            .with("message", "m22")
            .with("link", "l1")
            .with("scam", true)
    );
    assert!(matches!(e.view, View::Warning { .. }));
    run(&mut e, [Action::CloseWarning]);
    assert_eq!(e.view, View::Reading("m22".into()));
    let ev = run(&mut e, [Action::ReportSpam]);
    assert_eq!(
        ev[0],
        SimEvent::new("email.reported_spam")
            .with("message", "m22")
            .with("scam", true)
    );
    assert_eq!(e.folder(Folder::Spam).len(), 1);
    assert_eq!(e.folder(Folder::Inbox).len(), 1);
}

#[test]
fn attachments_open_and_download_into_unduhan() {
    let mut e = mail(true);
    let ev = run(
        &mut e,
        [
            Action::OpenMessage("m1".into()),
            Action::DownloadAttachment(7),
            Action::DownloadAttachment(0),
            Action::DownloadAttachment(0),
        ],
    );
    assert_eq!(ev.len(), 3, "a missing attachment does nothing");
    assert_eq!(
        ev[2],
        SimEvent::new("email.attachment_downloaded")
            .with("message", "m1")
            .with("name", "Undangan-Rapat.pdf")
            .with("format", "pdf")
    );
    assert_eq!(
        e.notice,
        Some(Notice::Downloaded("Undangan-Rapat (1).pdf".into()))
    );
    let ev = run(
        &mut e,
        [
            Action::OpenDisk("unduhan".into()),
            Action::OpenFile("Undangan-Rapat.pdf".into()),
            Action::Back,
        ],
    );
    assert_eq!(
        ev,
        vec![
            SimEvent::new("files.folder_opened").with("folder", "unduhan"),
            SimEvent::new("files.opened")
                .with("folder", "unduhan")
                .with("name", "Undangan-Rapat.pdf")
                .with("format", "pdf"),
        ]
    );
    assert_eq!(e.view, View::Disk("unduhan".into()));
}

#[test]
fn a_dangerous_attachment_shows_the_warning() {
    let mut e = mail(true);
    if let Some(m) = e.messages.iter_mut().find(|m| m.id == "m22") {
        m.attachments = vec![Attachment {
            name: "Undangan.apk".into(),
            size_kb: 5200,
            scam: true,
        }];
    }
    let ev = run(
        &mut e,
        [Action::OpenMessage("m22".into()), Action::ViewAttachment(0)],
    );
    assert_eq!(field(&ev[1], "format"), &Value::from("apk"));
    assert_eq!(field(&ev[1], "scam"), &Value::Bool(true));
    assert!(matches!(e.view, View::Warning { .. }));
}

#[test]
fn password_change_rules() {
    let mut e = mail(true);
    let mut attempt = |old: &str, new: &str, repeat: &str| {
        run(
            &mut e,
            [
                Action::OpenSettings,
                Action::PasswordOld(old.into()),
                Action::PasswordNew(new.into()),
                Action::PasswordRepeat(repeat.into()),
                Action::SavePassword,
            ],
        )
        .pop()
        .expect("an event")
    };
    let reason = |e: SimEvent| e.fields.get("reason").cloned();
    assert_eq!(
        reason(attempt("salah", "Baru#20251", "Baru#20251")),
        Some("wrong_old".into())
    );
    assert_eq!(
        reason(attempt("Sukamaju#2025", "Baru#20251", "Baru#2025")),
        Some("mismatch".into())
    );
    assert_eq!(
        reason(attempt("Sukamaju#2025", "Sukamaju#2025", "Sukamaju#2025")),
        Some("same".into())
    );
    assert_eq!(
        reason(attempt("Sukamaju#2025", "budi", "budi")),
        Some("weak".into())
    );
    let ok = attempt("Sukamaju#2025", "Kecamatan#2026", "Kecamatan#2026");
    assert_eq!(
        ok,
        SimEvent::new("email.password_changed")
            .with("length", 14)
            .with("strong", true)
    );
    // The new password is the one that signs in now.
    let ev = run(
        &mut e,
        [
            Action::SignOut,
            Action::SignInAddress(ME.into()),
            Action::SignInPassword("Sukamaju#2025".into()),
            Action::SignIn,
            Action::SignInPassword("Kecamatan#2026".into()),
            Action::SignIn,
        ],
    );
    assert_eq!(ev[0], SimEvent::new("email.signed_out"));
    assert_eq!(field(&ev[1], "reason"), &Value::from("password"));
    assert_eq!(ev[2].name, "email.signed_in");
}

#[test]
fn a_scenario_can_start_with_tetap_masuk_ticked_and_spam_can_be_taken_back() {
    let mut e = Email::new(Scenario {
        remember: true,
        ..scenario(false)
    });
    assert!(e.sign_in.remember);
    let ev = run(
        &mut e,
        [
            Action::SignInAddress(ME.into()),
            Action::SignInPassword("Sukamaju#2025".into()),
            Action::ToggleRemember,
            Action::SignIn,
            Action::OpenSettings,
            Action::OpenMessage("m1".into()),
            Action::ReportSpam,
            Action::OpenFolder(Folder::Spam),
            Action::OpenMessage("m1".into()),
            Action::NotSpam,
        ],
    );
    let names: Vec<&str> = ev.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "email.signed_in",
            "email.settings_opened",
            "email.opened",
            "email.reported_spam",
            "email.folder_opened",
            "email.opened",
            "email.unmarked_spam"
        ]
    );
    assert_eq!(field(&ev[0], "remember"), &Value::Bool(false));
    assert_eq!(e.folder(Folder::Inbox).len(), 2, "back in Kotak Masuk");
    assert!(e.folder(Folder::Spam).is_empty());
    run(&mut e, [Action::SignOut]);
    assert!(e.sign_in.remember, "ticked again, as the scenario starts");
}

#[test]
fn the_state_survives_a_snapshot() {
    let mut e = mail(true);
    run(
        &mut e,
        [
            Action::Compose,
            Action::EditTo("sekcam@sukamajukab.go.id".into()),
            Action::OpenPicker,
        ],
    );
    let json = serde_json::to_string(&e).expect("serialise");
    let back: Email = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(back, e);
}
