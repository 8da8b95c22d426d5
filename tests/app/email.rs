//! The Email module through the real views: every lesson finished by clicking and typing
//! as a learner would, and the mistakes the lessons catch, checked on screen and on disk.

use crate::gui::{Harness, lesson_player, open};
use iced::keyboard::key::Named;
use iced_test::selector;
use std::sync::Arc;
use tuntun::course::{Lesson, Matcher, Step};
use tuntun::sim::email::{Email, Folder, View, split_addresses};
use tuntun::sim::{SimState, Value};
use tuntun::store::Store;

/// The webmail of the lesson: the email lesson's, or the one beside the word processor.
fn email(h: &Harness) -> &Email {
    match &lesson_player(h).player.sim {
        SimState::Email(e) => e,
        SimState::Dokumen(d) => d.email.as_deref().expect("a webmail beside the writer"),
        _ => panic!("not in the webmail"),
    }
}

fn lesson(h: &Harness, id: &str) -> Arc<Lesson> {
    h.state
        .course
        .lesson(id)
        .and_then(|e| e.lesson.clone())
        .unwrap_or_else(|| panic!("lesson {id} is playable"))
}

/// Clicks into a text box (its end) and types.
fn type_into(h: &mut Harness, id: &str, text: &str) {
    let id = id.to_owned();
    let text = text.to_owned();
    h.act(move |ui| {
        if id.starts_with("compose-") {
            // The form scrolls when the message box is below its edge.
            crate::gui::reveal_click(ui, &id, "compose-form");
        } else {
            ui.click(selector::id(id.clone()))
                .unwrap_or_else(|e| panic!("#{id}: {e:?}"));
        }
        ui.tap_key(Named::End);
        ui.typewrite(&text);
    });
}

fn text_field(goal: &Matcher, k: &str) -> Option<String> {
    match goal.fields.get(k) {
        Some(Value::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

fn flag(goal: &Matcher, k: &str) -> Option<bool> {
    match goal.fields.get(k) {
        Some(Value::Bool(b)) => Some(*b),
        _ => None,
    }
}

/// Attaches a file from the pretend disk through the "Lampirkan File" dialog.
fn attach(h: &mut Harness, want: impl Fn(&str) -> bool) {
    let (folder, name) = email(h)
        .disk
        .folders()
        .into_iter()
        .flat_map(|f| email(h).disk.in_folder(f))
        .find(|f| want(&f.name))
        .map(|f| (f.folder.clone(), f.name.clone()))
        .expect("the file is on the pretend disk");
    if !matches!(&email(h).view, View::Compose(_)) {
        h.click("compose");
    }
    let picker_open = matches!(&email(h).view, View::Compose(d) if d.picker.is_some());
    if !picker_open {
        h.click("attach");
    }
    h.click_id(format!("picker-folder-{folder}"));
    h.click_id(format!("pick-{name}"));
    h.click("attach-chosen");
}

/// On a shared computer "Tetap masuk" is already ticked: the first lesson makes the learner
/// untick it, and signing in with the tick is a mistake that keeps the step open.
#[test]
fn tetap_masuk_starts_ticked_and_the_learner_unticks_it() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    crate::gui::open(&mut h, "email.masuk");
    while !matches!(
        lesson_player(&h).player.step(),
        Some(tuntun::course::Step::Do { .. })
    ) {
        let right = match lesson_player(&h).player.step() {
            Some(tuntun::course::Step::Quiz { options, .. }) => {
                options.iter().position(|o| o.correct)
            }
            _ => None,
        };
        if let Some(i) = right {
            h.click_id(format!("answer-{i}"));
        }
        h.click("next");
    }
    assert!(email(&h).sign_in.remember, "ticked when the lesson begins");
    let address = email(&h).address.clone();
    type_into(&mut h, "email-address", &address);
    let password = lesson_password(&h);
    type_into(&mut h, "email-password", &password);
    h.click("email-signin");
    assert!(
        !lesson_player(&h).player.is_done(),
        "signed in with the tick"
    );
    assert!(h.shows(&h.tr("email-masuk-remembered")));
    // Signed in on the shared computer: sign out, untick, sign in again.
    h.click("sign-out");
    assert!(
        email(&h).sign_in.remember,
        "the computer still remembers the tick"
    );
    type_into(&mut h, "email-address", &address);
    type_into(&mut h, "email-password", &password);
    h.click("email-remember");
    h.click("email-signin");
    assert!(lesson_player(&h).player.is_done());
}

/// Meets an email lesson's goal through the real view, the way a learner would.
pub fn solve(h: &mut Harness, goal: &Matcher) {
    let t = |k: &str| text_field(goal, k).unwrap_or_default();
    match goal.event.as_str() {
        "email.signed_in" => {
            let address = email(h).address.clone();
            type_into(h, "email-address", &address);
            let password = lesson_password(h);
            type_into(h, "email-password", &password);
            // "Tetap masuk" may start ticked (a shared computer that remembered someone).
            if let Some(want) = flag(goal, "remember")
                && email(h).sign_in.remember != want
            {
                h.click("email-remember");
            }
            h.click("email-signin");
        }
        "email.folder_opened" => {
            if matches!(email(h).view, View::Reading(_)) {
                h.click("back");
            } else {
                h.click_id(format!("folder-{}", t("folder")));
            }
        }
        "email.opened" => {
            let id = text_field(goal, "message").expect("which message");
            let folder = email(h).message(&id).expect("message").folder;
            if email(h).current_folder() != Some(folder) || !matches!(email(h).view, View::List(_))
            {
                h.click_id(format!("folder-{}", folder.key()));
            }
            h.click_id(format!("message-{id}"));
        }
        "email.compose_started" => match t("kind").as_str() {
            "reply" | "reply_all" | "forward" => {
                ensure_open(h, goal, Folder::Inbox);
                h.click_id(t("kind").replace('_', "-"));
            }
            "draft" => {
                h.click("folder-drafts");
                let id = email(h).folder(Folder::Drafts)[0].id.clone();
                h.click_id(format!("message-{id}"));
            }
            _ => h.click("compose"),
        },
        "email.file_picker_opened" => h.click("attach"),
        "email.attachment_added" => {
            let name = t("name");
            let format = t("format");
            attach(h, |n| {
                (name.is_empty() || n == name)
                    && (format.is_empty() || n.to_lowercase().ends_with(&format!(".{format}")))
            });
        }
        "email.sent" => send(h, goal),
        "email.field_filled" => fill(h, goal),
        "email.deleted" => {
            ensure_open(h, goal, Folder::Inbox);
            h.click("delete");
        }
        "email.restored" => {
            ensure_open(h, goal, Folder::Trash);
            h.click("restore");
        }
        "email.reported_spam" => {
            ensure_open(h, goal, Folder::Inbox);
            h.click("spam");
        }
        "email.unmarked_spam" => {
            ensure_open(h, goal, Folder::Spam);
            h.click("not-spam");
        }
        "email.settings_opened" => h.click("settings"),
        "email.link_opened" => h.click_id(format!("link-{}", t("link"))),
        "email.attachment_downloaded" | "email.attachment_opened" => {
            let name = t("name");
            if matches!(email(h).view, View::File { .. } | View::Warning { .. }) {
                let close = if matches!(email(h).view, View::File { .. }) {
                    "back"
                } else {
                    "close-warning"
                };
                h.click(close);
            }
            if !matches!(email(h).view, View::Reading(_)) {
                ensure_open(h, goal, Folder::Inbox);
            }
            let View::Reading(id) = &email(h).view else {
                panic!("a message is open")
            };
            let m = email(h).message(id).expect("open message");
            let i = m
                .attachments
                .iter()
                .position(|a| name.is_empty() || a.name == name)
                .expect("the attachment");
            let kind = if goal.event == "email.attachment_opened" {
                "view"
            } else {
                "download"
            };
            h.click_id(format!("{kind}-{i}"));
        }
        "files.folder_opened" => h.click_id(format!("disk-{}", t("folder"))),
        "files.opened" => {
            let folder = t("folder");
            if !matches!(&email(h).view, View::Disk(f) if *f == folder) {
                h.click_id(format!("disk-{folder}"));
            }
            h.click_id(format!("file-{}", t("name")));
        }
        "email.password_changed" => {
            if !matches!(email(h).view, View::Settings(_)) {
                h.click("settings");
            }
            let old = lesson_password(h);
            type_into(h, "password-old", &old);
            type_into(h, "password-new", "Kecamatan#2026");
            type_into(h, "password-repeat", "Kecamatan#2026");
            h.click("password-save");
        }
        "email.signed_out" => h.click("sign-out"),
        other => panic!("the test does not know how to do {other}"),
    }
}

/// Opens the message the goal is about (by id, or the first scam or the first message in
/// `folder`), unless it is already open.
fn ensure_open(h: &mut Harness, goal: &Matcher, folder: Folder) {
    let e = email(h);
    let id = match text_field(goal, "message") {
        Some(id) => id,
        None => {
            let in_folder = e.folder(folder);
            let scam = flag(goal, "scam");
            let open = match &e.view {
                View::Reading(id) => e.message(id),
                _ => None,
            };
            if let Some(m) = open
                && m.folder == folder
                && scam.is_none_or(|s| s == m.scam)
            {
                return;
            }
            in_folder
                .iter()
                .find(|m| scam.is_none_or(|s| s == m.scam))
                .map(|m| m.id.clone())
                .expect("a message to act on")
        }
    };
    if email(h).view == View::Reading(id.clone()) {
        return;
    }
    let folder = email(h).message(&id).expect("the message").folder;
    h.click_id(format!("folder-{}", folder.key()));
    h.click_id(format!("message-{id}"));
}

/// The account password of the lesson's scenario.
fn lesson_password(h: &Harness) -> String {
    match &lesson_player(h).player.lesson.scenario {
        tuntun::course::Scenario::Email(s) => s.password.clone(),
        _ => panic!("an email lesson"),
    }
}

/// Fills what the goal of a "Kirim" step asks for, then sends.
fn send(h: &mut Harness, goal: &Matcher) {
    if !matches!(email(h).view, View::Compose(_)) {
        match text_field(goal, "kind").as_deref() {
            // Teruskan / Balas start from the message itself.
            Some(kind @ ("forward" | "reply" | "reply_all")) => {
                ensure_open(h, goal, Folder::Inbox);
                h.click_id(kind.replace('_', "-"));
            }
            _ => h.click("compose"),
        }
    }
    let draft = |h: &Harness| match &email(h).view {
        View::Compose(d) => (**d).clone(),
        _ => panic!("writing a message"),
    };
    for (field, id) in [
        ("to", "compose-to"),
        ("cc", "compose-cc"),
        ("bcc", "compose-bcc"),
    ] {
        if let Some(addr) = text_field(goal, field) {
            let d = draft(h);
            let current = match field {
                "to" => &d.to,
                "cc" => &d.cc,
                _ => &d.bcc,
            };
            if !split_addresses(current).contains(&addr) {
                let sep = if current.trim().is_empty() { "" } else { ", " };
                type_into(h, id, &format!("{sep}{addr}"));
            }
        }
    }
    // A goal may ask for a number of recipients (five kepala desa in Bcc): add more, in Bcc.
    if let Some(Value::Int(n)) = goal.fields.get("recipients") {
        let d = draft(h);
        let have = [&d.to, &d.cc, &d.bcc]
            .iter()
            .map(|f| split_addresses(f).len())
            .sum::<usize>();
        let want = usize::try_from(*n).expect("a count");
        if have < want {
            let sep = if d.bcc.trim().is_empty() { "" } else { ", " };
            let more: Vec<String> = (have..want)
                .map(|i| format!("kades{i}@gmail.com"))
                .collect();
            type_into(h, "compose-bcc", &format!("{sep}{}", more.join(", ")));
        }
    }
    let d = draft(h);
    let subject_blank =
        d.subject.as_deref().unwrap_or("").trim().is_empty() && d.subject_prefill.is_none();
    if flag(goal, "subject_empty") != Some(true) && subject_blank {
        type_into(h, "compose-subject", "Laporan Bulanan Mei 2025");
    }
    if let Some(name) = text_field(goal, "attachments")
        && !d.attachments.iter().any(|a| a.name == name)
    {
        attach(h, |n| n == name);
    }
    if let Some(format) = text_field(goal, "formats")
        && !d
            .attachments
            .iter()
            .any(|a| a.name.ends_with(&format!(".{format}")))
    {
        attach(h, |n| n.ends_with(&format!(".{format}")));
    }
    if draft(h).body.trim().is_empty() {
        let promises =
            flag(goal, "mentions_attachment") == Some(true) || !draft(h).attachments.is_empty();
        let mut body = String::new();
        if flag(goal, "has_greeting") != Some(false) {
            body.push_str("Yth. Bapak/Ibu, ");
        }
        body.push_str(if promises {
            "berikut laporan bulanan terlampir. "
        } else {
            "baik, saya akan hadir. "
        });
        if flag(goal, "has_closing") != Some(false) {
            body.push_str("Terima kasih. Budi");
        }
        type_into(h, "compose-body", &body);
    }
    h.click("send");
}

/// Fills the one box a step of the compose form asks for, as a learner types it.
pub fn fill(h: &mut Harness, goal: &Matcher) {
    if !matches!(email(h).view, View::Compose(_)) {
        h.click("compose");
    }
    let field = text_field(goal, "field").expect("which box");
    let text = match field.as_str() {
        "to" | "cc" | "bcc" => text_field(goal, "addresses").expect("an address"),
        "subject" => "Permintaan jadwal posyandu Juni 2025".to_owned(),
        _ => "Yth. Bapak/Ibu, mohon dikirimi jadwalnya. Terima kasih. Budi".to_owned(),
    };
    type_into(h, &format!("compose-{field}"), &text);
}

/// Plays a whole lesson: the right answer to each quiz, the goal of each step.
#[test]
fn every_email_lesson_can_be_finished_through_the_real_views() {
    crate::gui::finish_module("email", solve);
}

/// Walks a lesson up to (not including) the first `do` step whose goal is `event`.
fn walk_to(h: &mut Harness, lesson: &Lesson, event: &str, kind: Option<&str>) -> usize {
    for (i, step) in lesson.steps.iter().enumerate() {
        match step {
            Step::Do { goal, .. }
                if goal.event == event
                    && kind.is_none_or(|k| text_field(goal, "kind").as_deref() == Some(k)) =>
            {
                return i;
            }
            Step::Read { .. } => {}
            Step::Quiz { options, .. } => {
                let right = options.iter().find(|o| o.correct).expect("a right answer");
                h.click_text(&h.tr(&right.text));
            }
            Step::Do { goal, .. } => solve(h, goal),
        }
        h.click("next");
    }
    panic!("{} has no {event} step", lesson.id)
}

fn mistakes_on_disk(h: &Harness) -> usize {
    let learner = lesson_player(h).learner.id.clone();
    Store::open(h.dir.path())
        .expect("store")
        .event_count(&learner, Some("mistake"))
        .expect("count")
}

#[test]
fn signing_in_with_a_wrong_password_is_explained_and_then_works() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    let lesson = lesson(&h, "email.masuk");
    open(&mut h, &lesson.id);
    let step = walk_to(&mut h, &lesson, "email.signed_in", None);
    let address = email(&h).address.clone();
    type_into(&mut h, "email-address", &address);
    type_into(&mut h, "email-password", "sukamaju2025");
    h.click("email-signin");
    assert!(
        h.shows(&h.tr("webmail-signin-error-password")),
        "the webmail says the password does not match"
    );
    assert!(!email(&h).signed_in);
    assert!(!lesson_player(&h).player.is_done());
    // Put it right: untick "Tetap masuk" (ticked on this shared computer), clear the box,
    // type the right password.
    assert!(email(&h).sign_in.remember);
    h.click("email-remember");
    let password = lesson_password(&h);
    h.act(|ui| {
        ui.click(selector::id("email-password"))
            .expect("password box");
        ui.tap_key(Named::End);
        for _ in 0..20 {
            ui.tap_key(Named::Backspace);
        }
        ui.typewrite(&password);
        ui.tap_key(Named::Enter);
    });
    assert!(email(&h).signed_in, "Enter in the password box signs in");
    assert!(lesson_player(&h).player.is_done(), "step {step} is done");
    assert!(h.shows(&h.tr("webmail-folder-inbox")));
}

#[test]
fn reply_all_for_a_private_answer_is_caught_and_recorded() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    let lesson = lesson(&h, "email.balas");
    open(&mut h, &lesson.id);
    let step = walk_to(&mut h, &lesson, "email.compose_started", Some("reply"));
    let before = mistakes_on_disk(&h);
    h.click("reply-all");
    let player = &lesson_player(&h).player;
    assert!(
        !player.is_done(),
        "Balas ke Semua does not pass step {step}"
    );
    let feedback = player.feedback.clone().expect("feedback is shown");
    assert!(h.shows(&h.tr(&feedback.text)), "the feedback is on screen");
    assert_eq!(mistakes_on_disk(&h), before + 1, "the mistake is stored");
    // The learner goes back to the message and uses Balas.
    h.click("cancel");
    h.click("reply");
    assert!(lesson_player(&h).player.is_done());
    let View::Compose(d) = &email(&h).view else {
        panic!("writing the reply")
    };
    assert_eq!(split_addresses(&d.to).len(), 1, "only the sender");
}

#[test]
fn a_promised_attachment_that_is_missing_is_caught_then_the_pdf_is_sent() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    let lesson = lesson(&h, "email.lampiran");
    open(&mut h, &lesson.id);
    let step = walk_to(&mut h, &lesson, "email.sent", None);
    let Step::Do { goal, .. } = &lesson.steps[step] else {
        unreachable!()
    };
    let before = mistakes_on_disk(&h);
    // Write everything but attach nothing, and say "terlampir".
    if !matches!(email(&h).view, View::Compose(_)) {
        h.click("compose");
    }
    if let View::Compose(d) = &email(&h).view {
        for a in (0..d.attachments.len()).rev() {
            h.click_id(format!("remove-{a}"));
        }
    }
    if let Some(to) = text_field(goal, "to")
        && let View::Compose(d) = &email(&h).view
        && !split_addresses(&d.to).contains(&to)
    {
        type_into(&mut h, "compose-to", &to);
    }
    type_into(&mut h, "compose-subject", "Laporan Bulanan Mei 2025");
    type_into(
        &mut h,
        "compose-body",
        "Yth. Bapak, laporan bulanan terlampir. Terima kasih.",
    );
    h.click("send");
    let player = &lesson_player(&h).player;
    assert!(!player.is_done(), "no attachment: not done");
    let feedback = player.feedback.clone().expect("feedback");
    assert!(h.shows(&h.tr(&feedback.text)));
    assert_eq!(mistakes_on_disk(&h), before + 1);
    // Write it again, with the PDF this time: as the feedback says, open the message and
    // answer it once more.
    if text_field(goal, "kind").as_deref() == Some("reply") {
        let m = text_field(goal, "message").expect("the message answered");
        h.click("folder-inbox");
        h.click_id(format!("message-{m}"));
        h.click("reply");
    }
    solve(&mut h, goal);
    assert!(
        lesson_player(&h).player.is_done(),
        "feedback: {:?}",
        lesson_player(&h).player.feedback
    );
    let sent = email(&h).folder(Folder::Sent);
    assert_eq!(sent.len(), 2, "both messages are in Terkirim");
    assert!(sent[0].attachments.iter().any(|a| a.name.ends_with(".pdf")));
}

/// First contact with the compose form: Ke, Cc, Subjek and the text are each one step, done
/// the moment the box holds what the step asks, before anything is sent (one action per
/// step on first exposure). Half an address does not finish the step.
#[test]
fn a_first_new_message_is_written_one_box_per_step() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    let lesson = lesson(&h, "email.tulis");
    open(&mut h, "email.tulis");
    let first = walk_to(&mut h, &lesson, "email.field_filled", None);
    let order: Vec<String> = lesson.steps[first..]
        .iter()
        .filter_map(|s| match s {
            Step::Do { goal, .. } => Some(goal),
            _ => None,
        })
        .take(5)
        .map(|g| text_field(g, "field").unwrap_or_else(|| g.event.clone()))
        .collect();
    assert_eq!(order, ["to", "cc", "subject", "body", "email.sent"]);

    let sent = |h: &Harness| email(h).folder(Folder::Sent).len();
    type_into(&mut h, "compose-to", "puskesmas@sukamajukab.go.id");
    assert!(lesson_player(&h).player.is_done(), "Ke alone is the step");
    assert_eq!(sent(&h), 0);
    h.click("next");

    type_into(&mut h, "compose-cc", "sekcam@sukamajukab");
    assert!(!lesson_player(&h).player.is_done(), "half an address");
    type_into(&mut h, "compose-cc", ".go.id");
    assert!(lesson_player(&h).player.is_done());
    h.click("next");

    type_into(
        &mut h,
        "compose-subject",
        "Permintaan jadwal posyandu Juni 2025",
    );
    assert!(
        lesson_player(&h).player.is_done(),
        "Subjek alone is the step"
    );
    h.click("next");

    type_into(
        &mut h,
        "compose-body",
        "Yth. Kepala Puskesmas, mohon jadwalnya.",
    );
    assert!(!lesson_player(&h).player.is_done(), "no closing yet");
    type_into(&mut h, "compose-body", " Terima kasih. Budi");
    assert!(lesson_player(&h).player.is_done());
    assert_eq!(sent(&h), 0, "nothing was sent while writing");
    h.click("next");

    h.click("send");
    assert!(lesson_player(&h).player.is_done());
    assert_eq!(sent(&h), 1);
}
