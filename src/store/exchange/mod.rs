//! Export and import of progress between laptops (the USB stick).
//!
//! The file is UTF-8 JSON Lines:
//!
//! ```text
//! {"format":"tuntun-progress","version":3,"created_at":…,"device":"…","device_name":"…","key":"<hex ed25519 public key>"}
//! {"learner":{"uuid":…,"name":…,"nip":…,"unit":…,"created_at":…,"updated_at":…}}
//! {"event":{"uuid":…,"device":…,"seq":…,"learner":…,"lesson":…,"step":…,"kind":…,"payload":…,"at":…}}
//! {"note":{"uuid":…,"learner":…,"mentor":…,"created_at":…,"text":…}}
//! {"coaching":{"uuid":…,"held_on":"YYYY-MM-DD","topic":…,"plan":…,"created_at":…,"attendees":[…]}}
//! {"assignment":{"uuid":…,"learner":…,"label":…,"lessons":[…],"created_at":…}}
//! {"end":{"learners":N,"events":M,"notes":…,"sessions":…,"assignments":…,"sha256":"<hex of every byte before this line>","signature":"<hex ed25519>"}}
//! ```
//!
//! Learners' name, NIP and unit, their events, and the mentor's work about them (notes,
//! coaching sessions they attended, their assignment) travel, so a mentor who changes laptops
//! keeps it. PIN hashes, mentors and lock-outs stay on the laptop (see `store::access`), so a
//! lost USB stick gives nobody a hash to attack. An export of one learner carries the sessions
//! they attended with only them as attendee. Format 2 added the mentor's lines.
//!
//! Signed (format 3): the laptop that wrote the file signs the checksum with its device key,
//! and the first line names the laptop and the key (see [`sign`]). A changed byte, a missing
//! signature, or a key other than the one that laptop used before is refused. Files of format
//! 1 and 2 carry no signature and are refused with one sentence: the laptop they came from has
//! to save its progress again with this version (which it does after an update).
//!
//! Untrusted: a file comes from a USB stick. It must be a regular file (not a folder, device
//! or pipe) of at most [`MAX_FILE`] bytes, every line at most [`MAX_LINE`] bytes, each checked
//! before it is read any further, so `/dev/zero` or a stuck pipe ends at once. Every value is
//! held to the rules of the forms where it was typed, and times are clamped to the moment of
//! import (see [`rules`]).
//!
//! Self-checking: a file without its `end` line was cut off; a wrong count, checksum or
//! signature means it was changed. The whole file is checked *before* the database is
//! touched, so a refused file leaves the database byte-for-byte as it was.
//!
//! Merging: events are keyed by UUID (`ON CONFLICT DO NOTHING`); a learner known on both
//! sides (same UUID) is one learner, and of two versions of their name/NIP/unit the one with
//! the greatest `(updated_at, name, nip, unit, created_at)` wins on every laptop. Derived
//! tables are then replayed from the log. Notes and sessions are keyed by UUID like events
//! (a session's attendees are the union of both sides); of two assignments of a learner the
//! one with the greatest `(created_at, uuid)` wins. So importing the same file twice changes
//! nothing, and importing A then B gives the same database as B then A.
//!
//! Files: [`read`] checks a file line by line (and seals one for the fuzz target), [`write`]
//! exports, [`merge`] imports into the database, [`rules`] holds each value to the forms'
//! rules, and [`sign`] signs and verifies.

mod merge;
mod read;
pub mod rules;
pub mod sign;
mod write;

pub use read::{check, check_file, open_file, seal};
pub use rules::Invalid;
pub use sign::{KeyError, NewLaptop, Signer, fingerprint};
pub use write::{ExportError, Written};

use super::StoreError;
use super::event::Event;
use super::mentor::AssignmentRecord;
use serde::{Deserialize, Serialize};

/// The format name in the first line.
pub const FORMAT: &str = "tuntun-progress";
/// The format version this build reads and writes (3: signed).
pub const VERSION: u32 = 3;
/// The largest file taken, in bytes: far above a whole class's years of practice.
pub const MAX_FILE: u64 = 512 * 1024 * 1024;
/// The longest line taken, in bytes (a line is one learner, event, note…).
pub const MAX_LINE: u64 = 1024 * 1024;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    format: String,
    version: u32,
    created_at: i64,
    device: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    device_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
}

/// A learner as carried in an export file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LearnerRecord {
    pub uuid: String,
    pub name: String,
    pub nip: Option<String>,
    pub unit: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A mentor's note as carried in an export file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteRecord {
    pub uuid: String,
    pub learner: String,
    pub mentor: String,
    pub created_at: i64,
    pub text: String,
}

/// A coaching session as carried in an export file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionRecord {
    pub uuid: String,
    /// `YYYY-MM-DD`.
    pub held_on: String,
    pub topic: String,
    pub plan: String,
    pub created_at: i64,
    pub attendees: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct End {
    learners: u64,
    events: u64,
    #[serde(default)]
    notes: u64,
    #[serde(default)]
    sessions: u64,
    #[serde(default)]
    assignments: u64,
    sha256: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    signature: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum Line {
    Learner(LearnerRecord),
    Event(Event),
    Note(NoteRecord),
    Coaching(SessionRecord),
    Assignment(AssignmentRecord),
    End(End),
}

/// Which learners to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    All,
    Learner(String),
}

/// Why a file cannot be imported; each is one sentence for the person at the laptop.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file cannot be read: {0}")]
    Read(#[from] std::io::Error),
    #[error("this is not a Tuntun progress file")]
    Foreign,
    #[error(
        "this file was made by a newer Tuntun (format {0}); update Tuntun on this laptop first"
    )]
    FutureVersion(u32),
    #[error("this file is incomplete (it was cut off, perhaps while copying); copy it again")]
    Truncated,
    #[error("this file was changed after it was made (line {0} does not match); copy it again")]
    Tampered(usize),
    #[error(
        "this file was made by an older Tuntun and is not signed; update Tuntun on the laptop it came from and save the progress there again"
    )]
    Unsigned(u32),
    #[error(
        "this file says it comes from the laptop \"{0}\", but it is not signed with that laptop's key; it may be forged, so it was not taken"
    )]
    WrongKey(String),
    #[error("this is not a file but a folder, a device or a pipe")]
    NotAFile,
    #[error("this file is larger than {} MB, far larger than any progress file", MAX_FILE / (1024 * 1024))]
    TooLarge,
    #[error("line {0} is longer than {mb} MB; this is not a Tuntun progress file", mb = MAX_LINE / (1024 * 1024))]
    LongLine(usize),
    #[error("line {0} is about a learner the file does not carry; it was not taken")]
    Inconsistent(usize),
    #[error("line {line} holds a value Tuntun does not accept: {why}")]
    Invalid { line: usize, why: Invalid },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub learners_in_file: u64,
    pub events_in_file: u64,
    pub learners_added: u64,
    pub learners_updated: u64,
    pub events_added: u64,
    pub notes_added: u64,
    /// New sessions, and sessions known here that gained an attendee.
    pub sessions_changed: u64,
    pub assignments_changed: u64,
    /// The laptop that made the file, when this laptop never took a file from it before.
    pub new_laptop: Option<NewLaptop>,
}

/// The result of reading an export file end to end without touching any database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub learners: u64,
    pub events: u64,
    pub notes: u64,
    pub sessions: u64,
    pub assignments: u64,
    /// The laptop that signed the file.
    pub signer: Signer,
    /// SHA-256 of the lines between the first and the `end` line: equal for two files that
    /// carry the same progress, whenever they were written (see `crate::sync`).
    pub body: [u8; 32],
    /// When the file was written, as its first line says (clamped to the moment of reading).
    pub made_at: i64,
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

#[cfg(test)]
mod tests;
