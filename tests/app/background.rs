//! Slow work leaves the window's thread: while a progress file is written or taken, or a
//! backup made, `update` has already returned; the work comes back as a message.

use crate::gui::{Harness, outputs};
use tuntun::places::{Place, PlaceKind};
use tuntun::ui::app::Message;
use tuntun::ui::screen::settings;

fn stick(path: &std::path::Path) -> Vec<Place> {
    vec![Place {
        kind: PlaceKind::Usb("KINGSTON".into()),
        path: path.to_owned(),
    }]
}

fn transfer(h: &mut Harness) -> &mut settings::Transfer {
    &mut h.state.settings_mut().expect("Settings open").transfer
}

/// "Simpan ke flashdisk" and "Ambil dari …": `update` returns at once with "Sedang…" shown;
/// a second click meanwhile starts nothing; the file is there when the work ends, and the
/// learner comes over on the other laptop the same way.
#[test]
fn saving_and_taking_progress_say_they_are_working_and_the_buttons_wait() {
    let usb = tempfile::tempdir().expect("usb");
    let mut a = Harness::new();
    a.add_learner("Siti Rahmawati", "");
    a.click("settings");
    transfer(&mut a).refresh(stick(usb.path()));
    let working = a.tr("transfer-working");
    assert!(!a.shows(&working));

    let task = a
        .state
        .update(Message::Settings(settings::Message::SaveTo(0)));
    assert!(transfer(&mut a).working);
    assert!(a.shows(&working), "the mentor sees it is under way");
    let again = a
        .state
        .update(Message::Settings(settings::Message::SaveTo(0)));
    assert!(
        outputs(again).is_empty(),
        "a second save waits for the first"
    );
    a.finish(task);
    assert!(!transfer(&mut a).working);
    assert!(!a.shows(&working));
    assert!(transfer(&mut a).result.as_ref().is_some_and(|r| r.ok));
    let files = transfer(&mut a).files.clone();
    assert_eq!(files.len(), 1, "exactly one file on the stick: {files:?}");

    let mut b = Harness::new();
    b.click("settings");
    transfer(&mut b).refresh(stick(usb.path()));
    let task = b
        .state
        .update(Message::Settings(settings::Message::Take(0)));
    assert!(transfer(&mut b).working);
    assert!(b.shows(&b.tr("transfer-working")));
    assert_eq!(b.state.store.learners().expect("learners").len(), 0);
    b.finish(task);
    assert!(!transfer(&mut b).working);
    let names: Vec<String> = b
        .state
        .store
        .learners()
        .expect("learners")
        .into_iter()
        .map(|l| l.name)
        .collect();
    assert_eq!(names, ["Siti Rahmawati"], "taken on a second connection");
}

/// The half-hourly backup is made on a second connection, off the window's thread.
#[test]
fn the_half_hourly_backup_is_made_off_the_window() {
    let mut h = Harness::new();
    h.add_learner("Budi Santoso", "");
    let before = tuntun::store::backup::list(h.dir.path()).len();
    let task = h.state.update(Message::BackupTick);
    let done = outputs(task);
    assert!(
        matches!(done.as_slice(), [Message::BackupDone(Some(Ok(_)))]),
        "one backup made"
    );
    for m in done {
        h.update(m);
    }
    let after = tuntun::store::backup::list(h.dir.path());
    assert_eq!(after.len(), before + 1, "{after:?}");
    assert!(tuntun::store::backup::is_sound(&after[0].path));
}
