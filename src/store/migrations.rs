//! The schema, as migrations tracked by `PRAGMA user_version`.
//! Never edit a migration that has shipped; add a new one.

use rusqlite_migration::{M, Migrations};

const V1: &str = "
CREATE TABLE device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL,
    next_seq INTEGER NOT NULL
) STRICT;

CREATE TABLE learners (
    uuid TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    nip TEXT,
    unit TEXT,
    created_at INTEGER NOT NULL,
    last_active INTEGER
) STRICT;

CREATE TABLE events (
    uuid TEXT PRIMARY KEY,
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    learner TEXT NOT NULL REFERENCES learners (uuid),
    lesson TEXT,
    step INTEGER,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    at INTEGER NOT NULL,
    UNIQUE (device, seq)
) STRICT;
CREATE INDEX events_by_learner ON events (learner, at);

CREATE TABLE lesson_state (
    learner TEXT NOT NULL REFERENCES learners (uuid),
    lesson TEXT NOT NULL,
    next_step INTEGER NOT NULL,
    steps_total INTEGER NOT NULL,
    started_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    completed_at INTEGER,
    snapshot TEXT,
    PRIMARY KEY (learner, lesson)
) STRICT;

CREATE TABLE step_stats (
    learner TEXT NOT NULL REFERENCES learners (uuid),
    lesson TEXT NOT NULL,
    step INTEGER NOT NULL,
    hints INTEGER NOT NULL DEFAULT 0,
    mistakes INTEGER NOT NULL DEFAULT 0,
    wrong_answers INTEGER NOT NULL DEFAULT 0,
    completed_at INTEGER,
    PRIMARY KEY (learner, lesson, step)
) STRICT;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
";

/// V2: events are unique by their UUID alone, so two laptops that share a device id (a
/// restored backup, a copied disk image) can still merge without losing an event; learners
/// get `updated_at` so a merge picks the newest name/NIP/unit the same way on every side;
/// `incidents` keeps what the mentor must be told (a damaged file restored from a backup).
const V2: &str = "
CREATE TABLE events_v2 (
    uuid TEXT PRIMARY KEY,
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    learner TEXT NOT NULL REFERENCES learners (uuid),
    lesson TEXT,
    step INTEGER,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    at INTEGER NOT NULL
) STRICT;
INSERT INTO events_v2 SELECT uuid, device, seq, learner, lesson, step, kind, payload, at FROM events;
DROP TABLE events;
ALTER TABLE events_v2 RENAME TO events;
CREATE INDEX events_by_learner ON events (learner, at, device, seq);
CREATE INDEX events_by_device ON events (device, seq);

ALTER TABLE learners ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE learners SET updated_at = created_at;

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    seen_at INTEGER
) STRICT;
";

/// V3: who may use a shared laptop. `learners.pin_hash` is the argon2id PHC string of a
/// learner's optional PIN (NULL: no PIN); `mentors` are the device's mentor accounts;
/// `pin_guard` counts wrong PINs per subject (`learner:<uuid>` or `mentor`) so a lock-out
/// survives a restart. None of this is exported (see `store::access`).
const V3: &str = "
ALTER TABLE learners ADD COLUMN pin_hash TEXT;

CREATE TABLE mentors (
    uuid TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    pin_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE pin_guard (
    subject TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    locked_until INTEGER NOT NULL
) STRICT;
";

/// V4: the mentor's own work. `notes` on a learner (by the mentor named); `coaching_sessions`
/// (a class meeting: date `YYYY-MM-DD`, topic, plan for next time) with their
/// `coaching_attendees`; `assignments`, at most one row per learner (the newest replaces the
/// older; an empty `lessons` array is a cleared assignment, so a clearing travels in an export
/// like any other change). All of it travels in exports (see `store::exchange`).
const V4: &str = "
CREATE TABLE notes (
    uuid TEXT PRIMARY KEY,
    learner TEXT NOT NULL REFERENCES learners (uuid),
    mentor TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    text TEXT NOT NULL
) STRICT;
CREATE INDEX notes_by_learner ON notes (learner, created_at);

CREATE TABLE coaching_sessions (
    uuid TEXT PRIMARY KEY,
    held_on TEXT NOT NULL,
    topic TEXT NOT NULL,
    plan TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE coaching_attendees (
    session TEXT NOT NULL REFERENCES coaching_sessions (uuid),
    learner TEXT NOT NULL REFERENCES learners (uuid),
    PRIMARY KEY (session, learner)
) STRICT;
CREATE INDEX coaching_attendees_by_learner ON coaching_attendees (learner);

CREATE TABLE assignments (
    learner TEXT PRIMARY KEY REFERENCES learners (uuid),
    uuid TEXT NOT NULL,
    label TEXT NOT NULL,
    lessons TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;
";

/// V5: signed exports (see `store::exchange::sign`). `device_key` holds this laptop's ed25519
/// secret (one row, made on the first export; it never leaves the laptop). `known_devices`
/// remembers, per device id, the public key and name of every laptop whose file was taken
/// here, so a later file naming that laptop but signed by another key is refused.
const V5: &str = "
CREATE TABLE device_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret BLOB NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE known_devices (
    uuid TEXT PRIMARY KEY,
    key BLOB NOT NULL,
    name TEXT NOT NULL,
    first_seen INTEGER NOT NULL
) STRICT;
";

const STEPS: &[M<'static>] = &[M::up(V1), M::up(V2), M::up(V3), M::up(V4), M::up(V5)];

/// Every migration, oldest first.
pub static MIGRATIONS: Migrations<'static> = Migrations::from_slice(STEPS);

/// The schema version this build writes.
pub fn latest() -> i64 {
    i64::try_from(STEPS.len()).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_validate() {
        assert!(super::MIGRATIONS.validate().is_ok());
    }
}
