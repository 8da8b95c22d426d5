//! Who may use a shared laptop: the learners' optional PINs, the mentor accounts, the
//! lock-out after wrong PINs, and removing a learner for good.
//!
//! PINs: a learner's PIN is 4 to 6 ASCII digits and optional (at home a learner may have
//! none); a mentor's is exactly 6. Only an argon2id hash is kept (a PHC string with its own
//! random 16-byte salt and its parameters, so a later change of parameters still verifies
//! old hashes); the PIN itself is never stored, logged or put in an error. Checking hashes
//! the offered PIN again and compares in constant time (argon2's `verify_password`).
//!
//! Cost: argon2id with 64 MiB, 2 passes, 1 lane. A PIN has at most a million values, so no
//! hash cost makes a stolen file safe by itself; the cost makes each guess slow offline and
//! the lock-out below makes guessing at the laptop hopeless, while a learner waits well under
//! a second. Measured with `cargo bench --no-default-features --bench pin` on the
//! development machine (2-core AMD EPYC VM): about 100 ms to set or to check a PIN in a
//! release build (about 150 ms in a debug build, whose dependencies are built with
//! `opt-level = 1`); an old office laptop may take two or three times that. Checking a
//! mentor PIN hashes once per mentor (each has their own salt), so N mentors take N times as
//! long; the GUI should check in a `Task`.
//!
//! Lock-out, per subject (`learner:<uuid>`, or `mentor` for all mentors together, since
//! the mentor PIN guards the whole laptop):
//! - a right PIN resets the count of wrong PINs;
//! - after [`PIN_TRIES`] wrong PINs in a row the subject is locked for 30 s;
//! - every further wrong PIN after a lock-out (the count is not reset by waiting) locks
//!   again, for double the previous time: 60 s, 120 s, … at most 15 minutes;
//! - while locked, a check answers [`PinCheck::LockedOut`] without looking at the PIN, and
//!   does not count;
//! - anything that is not a well-formed PIN (3 digits, letters) is a wrong PIN, so the
//!   number pad can send whatever was typed and the learner hears "wrong, N tries left".
//!
//! A try is written down as wrong *before* the PIN is looked at, and forgiven if it was
//! right; when that cannot be written (full disk), the check fails with an error, whatever
//! the PIN, so a broken store never allows unlimited guessing.
//!
//! The count lives in the `pin_guard` table, so closing Tuntun or cutting the power does
//! not clear it. If the clock goes back (a laptop whose clock was wrong and was set right),
//! a lock that now ends further away than its own length is shortened to its length from
//! now, so nobody waits for days.
//!
//! Giving or removing a learner's PIN (a mentor's job) clears that learner's lock-out.
//!
//! PINs and mentors belong to this laptop: an export (`store::exchange`) carries learners'
//! name, NIP and unit and their events, never a PIN hash, a mentor or the lock-out.

use super::{Store, StoreError};
use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};

/// Wrong PINs allowed before a lock-out.
pub const PIN_TRIES: u32 = 5;

/// The first lock-out; each further wrong PIN doubles it.
const FIRST_LOCK_MS: i64 = 30_000;
/// The longest lock-out.
const MAX_LOCK_MS: i64 = 15 * 60_000;

/// The device-wide guard subject of the mentor PIN.
const MENTOR_SUBJECT: &str = "mentor";

/// argon2id parameters for new hashes (see the module doc for the measured time).
const PARAMS: Params = match Params::new(64 * 1024, 2, 1, None) {
    Ok(p) => p,
    // Constant arguments: this is decided when compiling, never at run time.
    Err(_) => panic!("invalid argon2 parameters"),
};

/// What checking a PIN found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    Ok,
    Wrong { tries_left: u32 },
    LockedOut { until_ms: i64 },
}

/// Why a PIN or a mentor cannot be set; each has one sentence in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("a PIN is 4 to 6 digits")]
    LearnerPin,
    #[error("a mentor PIN is 6 digits")]
    MentorPin,
    #[error("the name is empty")]
    EmptyName,
}

/// A mentor account ("pendamping").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mentor {
    pub id: String,
    pub name: String,
    pub created_at: i64,
}

/// Whether `pin` is a well-formed learner PIN: 4 to 6 ASCII digits.
pub fn learner_pin_ok(pin: &str) -> bool {
    (4..=6).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `pin` is a well-formed mentor PIN: exactly 6 ASCII digits.
pub fn mentor_pin_ok(pin: &str) -> bool {
    pin.len() == 6 && pin.bytes().all(|b| b.is_ascii_digit())
}

fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, PARAMS)
}

/// The PHC string of a new hash of `pin`, with a fresh random salt.
fn hash(pin: &str) -> Result<String, StoreError> {
    Ok(argon2()
        .hash_password(pin.as_bytes())
        .map_err(StoreError::PinHash)?
        .to_string())
}

/// Whether `pin` matches the stored `phc` hash. A stored hash that cannot be read is an
/// error, not a mismatch: nobody could ever sign in with it, and the mentor must reset it.
fn verify(pin: &str, phc: &str) -> Result<bool, StoreError> {
    // The parameters come from the stored hash, not from `PARAMS`.
    match argon2().verify_password(pin.as_bytes(), phc) {
        Ok(()) => Ok(true),
        Err(argon2::password_hash::Error::PasswordInvalid) => Ok(false),
        Err(e) => Err(StoreError::PinHash(e)),
    }
}

fn learner_subject(learner: &str) -> String {
    format!("learner:{learner}")
}

/// How long the lock-out is after `failures` wrong PINs in a row (`failures >= PIN_TRIES`).
fn lock_ms(failures: u32) -> i64 {
    let doublings = failures.saturating_sub(PIN_TRIES).min(16);
    FIRST_LOCK_MS
        .saturating_mul(1i64 << doublings)
        .min(MAX_LOCK_MS)
}

/// One row of `pin_guard`; the default is "no wrong PIN yet".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Guard {
    failures: u32,
    locked_until: i64,
}

/// Collapses runs of whitespace and trims, as for learners' names.
fn clean_name(name: &str) -> Result<String, PinError> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(PinError::EmptyName);
    }
    Ok(name)
}

impl Store {
    /// Gives a learner a PIN, or with `None` removes it. Either way the learner's lock-out
    /// is cleared: this is what a mentor does for a learner who forgot their PIN.
    pub fn set_learner_pin(&self, learner: &str, pin: Option<&str>) -> Result<(), StoreError> {
        let hashed = match pin {
            Some(pin) if !learner_pin_ok(pin) => return Err(PinError::LearnerPin.into()),
            Some(pin) => Some(hash(pin)?),
            None => None,
        };
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE learners SET pin_hash = ?2 WHERE uuid = ?1",
            params![learner, hashed],
        )?;
        if n == 0 {
            return Err(StoreError::Invalid(crate::store::Invalid::NoSuchLearner(
                learner.to_owned(),
            )));
        }
        tx.execute(
            "DELETE FROM pin_guard WHERE subject = ?1",
            [learner_subject(learner)],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn learner_has_pin(&self, learner: &str) -> Result<bool, StoreError> {
        self.learner_pin_hash(learner).map(|h| h.is_some())
    }

    /// Checks a learner's PIN (see the module doc for the lock-out). A learner without a
    /// PIN is always let in.
    pub fn check_learner_pin(
        &self,
        learner: &str,
        pin: &str,
        now_ms: i64,
    ) -> Result<PinCheck, StoreError> {
        let Some(phc) = self.learner_pin_hash(learner)? else {
            return Ok(PinCheck::Ok);
        };
        let (check, _) = self.guarded(&learner_subject(learner), now_ms, || {
            Ok((learner_pin_ok(pin) && verify(pin, &phc)?).then_some(()))
        })?;
        Ok(check)
    }

    /// Adds a mentor account.
    pub fn add_mentor(&self, name: &str, pin: &str, now_ms: i64) -> Result<Mentor, StoreError> {
        let name = clean_name(name)?;
        if !mentor_pin_ok(pin) {
            return Err(PinError::MentorPin.into());
        }
        let mentor = Mentor {
            id: uuid::Uuid::new_v4().to_string(),
            name,
            created_at: now_ms,
        };
        self.conn.execute(
            "INSERT INTO mentors (uuid, name, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![mentor.id, mentor.name, hash(pin)?, mentor.created_at],
        )?;
        Ok(mentor)
    }

    /// Every mentor, by name.
    pub fn mentors(&self) -> Result<Vec<Mentor>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT uuid, name, created_at FROM mentors
             ORDER BY name COLLATE NOCASE, created_at, uuid",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Mentor {
                id: r.get(0)?,
                name: r.get(1)?,
                created_at: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Checks a PIN against every mentor's, under the one device-wide guard; on a match,
    /// also says whose PIN it is (the first by name, should two mentors share a PIN).
    /// With no mentor at all, every PIN is wrong.
    pub fn check_mentor_pin(
        &self,
        pin: &str,
        now_ms: i64,
    ) -> Result<(PinCheck, Option<Mentor>), StoreError> {
        self.guarded(MENTOR_SUBJECT, now_ms, || {
            if !mentor_pin_ok(pin) {
                return Ok(None);
            }
            let mut stmt = self.conn.prepare(
                "SELECT uuid, name, created_at, pin_hash FROM mentors
                 ORDER BY name COLLATE NOCASE, created_at, uuid",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    Mentor {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        created_at: r.get(2)?,
                    },
                    r.get::<_, String>(3)?,
                ))
            })?;
            for row in rows {
                let (mentor, phc) = row?;
                match verify(pin, &phc) {
                    Ok(true) => return Ok(Some(mentor)),
                    Ok(false) => {}
                    // One damaged hash must not lock out the other mentors.
                    Err(e) => {
                        tracing::error!("the PIN hash of mentor {} is unusable: {e}", mentor.id)
                    }
                }
            }
            Ok(None)
        })
    }

    /// Changes a mentor's PIN.
    pub fn set_mentor_pin(&self, mentor: &str, pin: &str) -> Result<(), StoreError> {
        if !mentor_pin_ok(pin) {
            return Err(PinError::MentorPin.into());
        }
        let n = self.conn.execute(
            "UPDATE mentors SET pin_hash = ?2 WHERE uuid = ?1",
            params![mentor, hash(pin)?],
        )?;
        if n == 0 {
            return Err(StoreError::Invalid(crate::store::Invalid::NoSuchMentor(
                mentor.to_owned(),
            )));
        }
        Ok(())
    }

    /// Removes a learner and everything of theirs (events, lesson state, step statistics,
    /// notes, coaching attendance, assignment, PIN lock-out) in one transaction. Removing a
    /// learner who is not there does nothing.
    ///
    /// The freed space is overwritten (`secure_delete`), so their rows do not linger in the
    /// file. Backups made before still hold them, and importing an export that carries the
    /// learner brings them back (an export has no record of removals).
    pub fn delete_learner(&self, learner: &str) -> Result<(), StoreError> {
        self.conn.pragma_update(None, "secure_delete", true)?;
        let result = (|| {
            let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
            for sql in [
                "DELETE FROM events WHERE learner = ?1",
                "DELETE FROM lesson_state WHERE learner = ?1",
                "DELETE FROM step_stats WHERE learner = ?1",
                "DELETE FROM notes WHERE learner = ?1",
                "DELETE FROM coaching_attendees WHERE learner = ?1",
                "DELETE FROM assignments WHERE learner = ?1",
                "DELETE FROM learners WHERE uuid = ?1",
            ] {
                tx.execute(sql, [learner])?;
            }
            tx.execute(
                "DELETE FROM pin_guard WHERE subject = ?1",
                [learner_subject(learner)],
            )?;
            tx.commit()
        })();
        // Back to the default either way: other writes need not pay for the zeroing.
        self.conn.pragma_update(None, "secure_delete", false)?;
        Ok(result?)
    }

    fn learner_pin_hash(&self, learner: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT pin_hash FROM learners WHERE uuid = ?1",
                [learner],
                |r| r.get::<_, Option<String>>(0),
            )
            .optional()?
            .ok_or_else(|| {
                StoreError::Invalid(crate::store::Invalid::NoSuchLearner(learner.to_owned()))
            })
    }

    fn guard(&self, subject: &str) -> Result<Guard, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT failures, locked_until FROM pin_guard WHERE subject = ?1",
                [subject],
                |r| {
                    Ok(Guard {
                        failures: u32::try_from(r.get::<_, i64>(0)?.max(0)).unwrap_or(u32::MAX),
                        locked_until: r.get(1)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }

    fn set_guard(&self, subject: &str, guard: Guard) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO pin_guard (subject, failures, locked_until) VALUES (?1, ?2, ?3)
             ON CONFLICT (subject) DO UPDATE SET
                failures = excluded.failures, locked_until = excluded.locked_until",
            params![subject, guard.failures, guard.locked_until],
        )?;
        Ok(())
    }

    /// Runs `matches` (which verifies the PIN) under the lock-out rule of the module doc.
    fn guarded<T>(
        &self,
        subject: &str,
        now_ms: i64,
        matches: impl FnOnce() -> Result<Option<T>, StoreError>,
    ) -> Result<(PinCheck, Option<T>), StoreError> {
        let mut guard = self.guard(subject)?;
        if guard.locked_until > now_ms {
            let longest = lock_ms(guard.failures);
            if guard.locked_until - now_ms > longest {
                // The clock went back since the lock began.
                guard.locked_until = now_ms.saturating_add(longest);
                self.set_guard(subject, guard)?;
            }
            return Ok((
                PinCheck::LockedOut {
                    until_ms: guard.locked_until,
                },
                None,
            ));
        }
        // The try is counted as wrong before the PIN is looked at and forgiven if it was
        // right: a check whose failure could not be written (full disk, read-only folder,
        // power cut in between) is never made, so it cannot be used to guess without limit.
        let failures = guard.failures.saturating_add(1);
        let counted = Guard {
            failures,
            locked_until: if failures < PIN_TRIES {
                0
            } else {
                now_ms.saturating_add(lock_ms(failures))
            },
        };
        self.set_guard(subject, counted)?;
        if let Some(found) = matches()? {
            self.conn
                .execute("DELETE FROM pin_guard WHERE subject = ?1", [subject])?;
            return Ok((PinCheck::Ok, Some(found)));
        }
        let check = if failures < PIN_TRIES {
            PinCheck::Wrong {
                tries_left: PIN_TRIES - failures,
            }
        } else {
            PinCheck::LockedOut {
                until_ms: counted.locked_until,
            }
        };
        Ok((check, None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Record;
    use crate::store::exchange::Selection;
    use crate::store::{FILE_NAME, NewLearner};

    const NOW: i64 = 1_750_000_000_000;
    const PIN: &str = "482915";

    fn open(dir: &tempfile::TempDir) -> Store {
        Store::open(dir.path()).expect("open")
    }

    fn learner(store: &Store, name: &str) -> String {
        store
            .add_learner(&NewLearner {
                name: name.into(),
                ..NewLearner::default()
            })
            .expect("add learner")
            .id
    }

    fn check(store: &Store, id: &str, pin: &str, now: i64) -> PinCheck {
        store.check_learner_pin(id, pin, now).expect("check")
    }

    fn guard_row(store: &Store, subject: &str) -> Option<(i64, i64)> {
        store
            .conn
            .query_row(
                "SELECT failures, locked_until FROM pin_guard WHERE subject = ?1",
                [subject],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .expect("guard")
    }

    #[test]
    fn a_learner_pin_round_trips() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = open(&dir);
        let id = learner(&store, "Siti");
        assert!(!store.learner_has_pin(&id).expect("has pin"));
        // No PIN: the learner is let in, whatever the pad sent.
        assert_eq!(check(&store, &id, "", NOW), PinCheck::Ok);

        store.set_learner_pin(&id, Some(PIN)).expect("set");
        assert!(store.learner_has_pin(&id).expect("has pin"));
        assert_eq!(check(&store, &id, PIN, NOW), PinCheck::Ok);
        assert_eq!(
            check(&store, &id, "482916", NOW),
            PinCheck::Wrong {
                tries_left: PIN_TRIES - 1
            }
        );
        assert_eq!(
            check(&store, &id, "4829", NOW),
            PinCheck::Wrong {
                tries_left: PIN_TRIES - 2
            }
        );
        // Not a PIN at all: wrong as well.
        assert_eq!(
            check(&store, &id, "12", NOW),
            PinCheck::Wrong {
                tries_left: PIN_TRIES - 3
            }
        );
        assert_eq!(check(&store, &id, PIN, NOW), PinCheck::Ok);
        assert_eq!(guard_row(&store, &format!("learner:{id}")), None, "reset");

        let phc: String = store
            .conn
            .query_row(
                "SELECT pin_hash FROM learners WHERE uuid = ?1",
                [&id],
                |r| r.get(0),
            )
            .expect("hash");
        assert!(phc.starts_with("$argon2id$v=19$m=65536,t=2,p=1$"), "{phc}");

        store.set_learner_pin(&id, None).expect("remove");
        assert!(!store.learner_has_pin(&id).expect("has pin"));
        assert_eq!(check(&store, &id, "0000", NOW), PinCheck::Ok);
    }

    #[test]
    fn pins_must_be_digits_of_the_right_length() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = open(&dir);
        let id = learner(&store, "Siti");
        for bad in ["", "123", "1234567", "12a4", "１２３４", " 1234", "12 34"] {
            assert!(
                matches!(
                    store.set_learner_pin(&id, Some(bad)),
                    Err(StoreError::Invalid(crate::store::Invalid::Pin(
                        PinError::LearnerPin
                    )))
                ),
                "{bad:?}"
            );
            assert!(!learner_pin_ok(bad), "{bad:?}");
        }
        assert!(!store.learner_has_pin(&id).expect("has pin"));
        for good in ["1234", "12345", "123456", "0000"] {
            assert!(learner_pin_ok(good));
            store.set_learner_pin(&id, Some(good)).expect(good);
        }

        for bad in ["1234", "12345", "1234567", "12345a"] {
            assert!(
                matches!(
                    store.add_mentor("Bu Rina", bad, NOW),
                    Err(StoreError::Invalid(crate::store::Invalid::Pin(
                        PinError::MentorPin
                    )))
                ),
                "{bad:?}"
            );
            assert!(!mentor_pin_ok(bad), "{bad:?}");
        }
        assert!(matches!(
            store.add_mentor("  \t ", PIN, NOW),
            Err(StoreError::Invalid(crate::store::Invalid::Pin(
                PinError::EmptyName
            )))
        ));
        assert!(store.mentors().expect("mentors").is_empty());
        let rina = store.add_mentor("  Bu   Rina ", PIN, NOW).expect("add");
        assert_eq!(rina.name, "Bu Rina");
        assert!(matches!(
            store.set_mentor_pin(&rina.id, "1234"),
            Err(StoreError::Invalid(crate::store::Invalid::Pin(
                PinError::MentorPin
            )))
        ));
        assert!(matches!(
            store.set_learner_pin("nobody", Some("1234")),
            Err(StoreError::Invalid(crate::store::Invalid::NoSuchLearner(_)))
        ));
        assert!(matches!(
            store.set_mentor_pin("nobody", PIN),
            Err(StoreError::Invalid(crate::store::Invalid::NoSuchMentor(_)))
        ));
    }

    #[test]
    fn mentors_share_one_guard_and_are_listed_by_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = open(&dir);
        let (none, who) = store.check_mentor_pin(PIN, NOW).expect("check");
        assert_eq!((none, who), (PinCheck::Wrong { tries_left: 4 }, None));
        let rina = store.add_mentor("Rina", "111111", NOW).expect("add");
        let adi = store.add_mentor("adi", "222222", NOW + 1).expect("add");
        assert_eq!(
            store.mentors().expect("mentors"),
            [adi.clone(), rina.clone()]
        );

        assert_eq!(
            store.check_mentor_pin("111111", NOW).expect("check"),
            (PinCheck::Ok, Some(rina.clone()))
        );
        assert_eq!(
            store.check_mentor_pin("222222", NOW).expect("check"),
            (PinCheck::Ok, Some(adi.clone()))
        );
        assert_eq!(
            store.check_mentor_pin("333333", NOW).expect("check"),
            (PinCheck::Wrong { tries_left: 4 }, None)
        );
        store.set_mentor_pin(&adi.id, "333333").expect("change");
        assert_eq!(
            store.check_mentor_pin("333333", NOW).expect("check").1,
            Some(adi)
        );
        assert_eq!(
            store.check_mentor_pin("222222", NOW).expect("check").0,
            PinCheck::Wrong { tries_left: 4 }
        );
        // A learner's lock-out is not the mentors' and the other way round.
        let id = learner(&store, "Siti");
        store.set_learner_pin(&id, Some("111111")).expect("set");
        assert_eq!(
            check(&store, &id, "000000", NOW),
            PinCheck::Wrong { tries_left: 4 }
        );
    }

    #[test]
    fn the_pin_is_nowhere_in_the_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let scan = |what: &str| {
            let mut files = vec![dir.path().to_owned()];
            let mut scanned = 0;
            while let Some(path) = files.pop() {
                if path.is_dir() {
                    for e in std::fs::read_dir(&path).expect("read dir") {
                        files.push(e.expect("entry").path());
                    }
                    continue;
                }
                let bytes = std::fs::read(&path).expect("read");
                assert!(
                    !bytes.windows(PIN.len()).any(|w| w == PIN.as_bytes()),
                    "{what}: the PIN is in {}",
                    path.display()
                );
                scanned += 1;
            }
            scanned
        };
        {
            let store = open(&dir);
            let id = learner(&store, "Siti");
            store.set_learner_pin(&id, Some(PIN)).expect("learner pin");
            store.add_mentor("Bu Rina", PIN, NOW).expect("mentor");
            assert_eq!(check(&store, &id, PIN, NOW), PinCheck::Ok);
            assert_eq!(
                store.check_mentor_pin(PIN, NOW).expect("mentor").0,
                PinCheck::Ok
            );
            // While open: the database and its -wal as they are.
            assert!(dir.path().join(format!("{FILE_NAME}-wal")).exists());
            assert!(scan("open") >= 2);
            store
                .conn
                .pragma_update(None, "wal_checkpoint", "TRUNCATE")
                .expect("checkpoint");
        }
        // Closed, reopened (which makes a backup) and closed again.
        drop(open(&dir));
        assert!(scan("closed") >= 2);
    }

    #[test]
    fn an_export_carries_no_pin_hash_and_no_mentor() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = open(&dir);
        let id = learner(&store, "Siti");
        store.set_learner_pin(&id, Some(PIN)).expect("learner pin");
        store.add_mentor("Bu Rina", PIN, NOW).expect("mentor");
        for _ in 0..PIN_TRIES {
            check(&store, &id, "000000", NOW);
        }
        let mut out = Vec::new();
        store.export(&Selection::All, &mut out).expect("export");
        let text = String::from_utf8(out).expect("utf8");
        assert!(text.contains("Siti"));
        for absent in ["$argon2", "argon2", "pin", "Rina", PIN, "locked"] {
            assert!(!text.contains(absent), "{absent} in {text}");
        }
    }

    #[test]
    fn wrong_pins_lock_out_longer_and_longer_even_across_a_restart() {
        let dir = tempfile::tempdir().expect("temp dir");
        let id;
        let mut now = NOW;
        {
            let store = open(&dir);
            id = learner(&store, "Siti");
            store.set_learner_pin(&id, Some(PIN)).expect("set");
            for left in (1..PIN_TRIES).rev() {
                assert_eq!(
                    check(&store, &id, "000000", now),
                    PinCheck::Wrong { tries_left: left }
                );
            }
            assert_eq!(
                check(&store, &id, "000000", now),
                PinCheck::LockedOut {
                    until_ms: now + 30_000
                }
            );
        }
        let store = open(&dir);
        let until = now + 30_000;
        // Locked: even the right PIN is not looked at, and nothing counts.
        now += 29_999;
        assert_eq!(
            check(&store, &id, PIN, now),
            PinCheck::LockedOut { until_ms: until }
        );
        assert_eq!(
            check(&store, &id, "000000", now),
            PinCheck::LockedOut { until_ms: until }
        );
        assert_eq!(
            guard_row(&store, &format!("learner:{id}")),
            Some((i64::from(PIN_TRIES), until))
        );
        // After the lock one more wrong PIN locks again, twice as long, and so on.
        now = until;
        let mut expect = 60_000;
        for _ in 0..7 {
            assert_eq!(
                check(&store, &id, "000000", now),
                PinCheck::LockedOut {
                    until_ms: now + expect
                }
            );
            now += expect;
            expect = (expect * 2).min(15 * 60_000);
        }
        assert_eq!(expect, 15 * 60_000, "capped");
        // The right PIN after the lock: in, and the count starts again.
        assert_eq!(check(&store, &id, PIN, now), PinCheck::Ok);
        assert_eq!(guard_row(&store, &format!("learner:{id}")), None);
        assert_eq!(
            check(&store, &id, "000000", now),
            PinCheck::Wrong {
                tries_left: PIN_TRIES - 1
            }
        );

        // The mentor guard works the same way and survives a restart too.
        store.add_mentor("Bu Rina", PIN, NOW).expect("mentor");
        for _ in 1..PIN_TRIES {
            store.check_mentor_pin("000000", now).expect("check");
        }
        assert_eq!(
            store.check_mentor_pin("000000", now).expect("check"),
            (
                PinCheck::LockedOut {
                    until_ms: now + 30_000
                },
                None
            )
        );
        drop(store);
        let store = open(&dir);
        assert_eq!(
            store.check_mentor_pin(PIN, now + 1).expect("check"),
            (
                PinCheck::LockedOut {
                    until_ms: now + 30_000
                },
                None
            )
        );
        assert_eq!(
            store.check_mentor_pin(PIN, now + 30_000).expect("check").0,
            PinCheck::Ok
        );
    }

    #[test]
    fn a_mentor_resetting_the_pin_ends_the_lock_out() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = open(&dir);
        let id = learner(&store, "Siti");
        store.set_learner_pin(&id, Some(PIN)).expect("set");
        for _ in 0..PIN_TRIES {
            check(&store, &id, "0000", NOW);
        }
        assert!(matches!(
            check(&store, &id, PIN, NOW),
            PinCheck::LockedOut { .. }
        ));
        store.set_learner_pin(&id, Some("2468")).expect("reset");
        assert_eq!(check(&store, &id, "2468", NOW), PinCheck::Ok);
    }

    #[test]
    fn a_clock_set_back_does_not_lock_for_days() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = open(&dir);
        let id = learner(&store, "Siti");
        store.set_learner_pin(&id, Some(PIN)).expect("set");
        for _ in 0..PIN_TRIES {
            check(&store, &id, "0000", NOW);
        }
        // The clock was a day ahead when the lock began and has been set right.
        let back = NOW - 24 * 3600 * 1000;
        assert_eq!(
            check(&store, &id, PIN, back),
            PinCheck::LockedOut {
                until_ms: back + 30_000
            }
        );
        assert_eq!(check(&store, &id, PIN, back + 30_000), PinCheck::Ok);
    }

    #[test]
    fn a_try_that_cannot_be_counted_is_not_checked() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = open(&dir);
        let id = learner(&store, "Siti");
        store.set_learner_pin(&id, Some(PIN)).expect("set");
        store.add_mentor("Bu Rina", PIN, NOW).expect("mentor");
        store.simulate_unwritable().expect("read-only");
        // Right and wrong PINs look the same: neither can be told apart by guessing.
        for pin in [PIN, "000000"] {
            assert!(store.check_learner_pin(&id, pin, NOW).is_err(), "{pin}");
            assert!(store.check_mentor_pin(pin, NOW).is_err(), "{pin}");
        }
        store.simulate_writable().expect("writable");
        assert_eq!(check(&store, &id, PIN, NOW), PinCheck::Ok);
    }

    #[test]
    fn lock_lengths() {
        assert_eq!(lock_ms(PIN_TRIES), 30_000);
        assert_eq!(lock_ms(PIN_TRIES + 1), 60_000);
        assert_eq!(lock_ms(PIN_TRIES + 4), 480_000);
        assert_eq!(lock_ms(PIN_TRIES + 5), 900_000);
        assert_eq!(lock_ms(u32::MAX), 900_000);
    }

    #[test]
    fn deleting_a_learner_removes_all_their_rows_and_nothing_else() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = open(&dir);
        let siti = learner(&store, "Siti");
        let budi = learner(&store, "Budi");
        for id in [&siti, &budi] {
            store.set_learner_pin(id, Some(PIN)).expect("pin");
            check(&store, id, "0000", NOW);
            store.start_lesson(id, "dasar.klik", 3).expect("start");
            store
                .record(
                    id,
                    "dasar.klik",
                    3,
                    &[Record::StepCompleted {
                        step: 0,
                        snapshot: None,
                    }],
                )
                .expect("record");
        }
        store.add_mentor("Bu Rina", PIN, NOW).expect("mentor");
        let rows = |store: &Store, id: &str| -> Vec<i64> {
            [
                "SELECT COUNT(*) FROM learners WHERE uuid = ?1",
                "SELECT COUNT(*) FROM events WHERE learner = ?1",
                "SELECT COUNT(*) FROM lesson_state WHERE learner = ?1",
                "SELECT COUNT(*) FROM step_stats WHERE learner = ?1",
                "SELECT COUNT(*) FROM pin_guard WHERE subject = 'learner:' || ?1",
            ]
            .iter()
            .map(|sql| {
                store
                    .conn
                    .query_row(sql, [id], |r| r.get(0))
                    .expect("count")
            })
            .collect()
        };
        assert!(
            rows(&store, &siti).iter().all(|&n| n > 0),
            "{:?}",
            rows(&store, &siti)
        );
        let budi_before = rows(&store, &budi);

        store.delete_learner(&siti).expect("delete");
        assert_eq!(rows(&store, &siti), [0, 0, 0, 0, 0]);
        assert_eq!(rows(&store, &budi), budi_before);
        assert_eq!(store.learners().expect("learners").len(), 1);
        assert_eq!(store.mentors().expect("mentors").len(), 1);
        assert!(matches!(
            store.check_learner_pin(&siti, PIN, NOW),
            Err(StoreError::Invalid(crate::store::Invalid::NoSuchLearner(_)))
        ));
        // Again: nothing left to remove, and that is fine.
        store.delete_learner(&siti).expect("delete again");
        // The name is gone from the file, not only from the tables.
        drop(store);
        let bytes = std::fs::read(dir.path().join(FILE_NAME)).expect("read");
        assert!(!bytes.windows(4).any(|w| w == b"Siti"));
        assert!(bytes.windows(4).any(|w| w == b"Budi"));
    }
}
