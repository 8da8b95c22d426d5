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

pub mod rules;
pub mod sign;

pub use rules::Invalid;
pub use sign::{KeyError, NewLaptop, Signer, fingerprint};

use super::derive;
use super::event::{EVENT_COLUMNS, Event, kind};
use super::mentor::{
    AssignmentRecord, Session, insert_attendee, insert_session, put_assignment_record,
};
use super::{Store, StoreError, now_ms};
use rusqlite::{TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::io::{BufRead, Read, Write};

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

/// Counts of each kind of line while reading.
#[derive(Debug, Default)]
struct Counts {
    learners: u64,
    events: u64,
    notes: u64,
    sessions: u64,
    assignments: u64,
}

/// Reads one line of at most [`MAX_LINE`] bytes (the newline included) into `buf`; the
/// reading stops there, so a file without line breaks is never read whole.
fn read_line(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    number: usize,
) -> Result<usize, ImportError> {
    buf.clear();
    let n = input.take(MAX_LINE + 1).read_until(b'\n', buf)?;
    if n as u64 > MAX_LINE {
        return Err(ImportError::LongLine(number));
    }
    Ok(n)
}

/// Reads the whole file, checking its header, every line and its values, the counts, the
/// checksum and the signature; calls `each` for every cleaned line in order (times clamped to
/// `now`). Any problem stops the reading. At most [`MAX_FILE`] bytes are read.
fn read(
    input: &mut impl BufRead,
    now: i64,
    mut each: impl FnMut(Line) -> Result<(), ImportError>,
) -> Result<Checked, ImportError> {
    let mut input = input.take(MAX_FILE + 1);
    let mut hasher = Sha256::new();
    let mut body = Sha256::new();
    let mut buf = Vec::new();
    let mut number = 0usize;
    let mut counts = Counts::default();
    let mut signer: Option<Signer> = None;
    let mut made_at = 0;
    // Learner lines come first; everything after names only learners the file carries.
    let mut learners = BTreeSet::new();
    loop {
        number += 1;
        let n = read_line(&mut input, &mut buf, number)?;
        if input.limit() == 0 {
            return Err(ImportError::TooLarge);
        }
        if n == 0 || buf.last() != Some(&b'\n') {
            // The last line of a complete file ends with a newline.
            return Err(if number == 1 {
                ImportError::Foreign
            } else {
                ImportError::Truncated
            });
        }
        if number == 1 {
            let (who, at) = header(&buf)?;
            signer = Some(who);
            made_at = rules::clamp(at, now);
            hasher.update(&buf);
            continue;
        }
        let Some(signer) = &signer else {
            return Err(ImportError::Foreign);
        };
        let line: Line = serde_json::from_slice(&buf).map_err(|_| ImportError::Tampered(number))?;
        match line {
            Line::End(end) => {
                let digest = hasher.finalize_reset();
                let signed = end
                    .signature
                    .as_deref()
                    .is_some_and(|s| sign::verify(signer, &digest, s));
                if end.sha256 != hex(&digest)
                    || !signed
                    || end.learners != counts.learners
                    || end.events != counts.events
                    || end.notes != counts.notes
                    || end.sessions != counts.sessions
                    || end.assignments != counts.assignments
                {
                    return Err(ImportError::Tampered(number));
                }
                if read_line(&mut input, &mut buf, number + 1)? != 0 {
                    return Err(ImportError::Tampered(number + 1));
                }
                return Ok(Checked {
                    learners: counts.learners,
                    events: counts.events,
                    notes: counts.notes,
                    sessions: counts.sessions,
                    assignments: counts.assignments,
                    signer: signer.clone(),
                    body: body.finalize().into(),
                    made_at,
                });
            }
            Line::Learner(_) => counts.learners += 1,
            Line::Event(_) => counts.events += 1,
            Line::Note(_) => counts.notes += 1,
            Line::Coaching(_) => counts.sessions += 1,
            Line::Assignment(_) => counts.assignments += 1,
        }
        hasher.update(&buf);
        body.update(&buf);
        let line =
            rules::clean(line, now).map_err(|why| ImportError::Invalid { line: number, why })?;
        let carried = match &line {
            Line::Learner(l) => {
                learners.insert(l.uuid.clone());
                true
            }
            Line::Event(e) => learners.contains(&e.learner),
            Line::Note(n) => learners.contains(&n.learner),
            Line::Coaching(c) => c.attendees.iter().all(|a| learners.contains(a)),
            Line::Assignment(a) => learners.contains(&a.learner),
            Line::End(_) => true,
        };
        if !carried {
            return Err(ImportError::Inconsistent(number));
        }
        each(line)?;
    }
}

/// The first line: ours, of a version this build reads, naming its laptop and key.
fn header(buf: &[u8]) -> Result<(Signer, i64), ImportError> {
    let header: Header = serde_json::from_slice(buf).map_err(|_| ImportError::Foreign)?;
    if header.format != FORMAT {
        return Err(ImportError::Foreign);
    }
    if header.version > VERSION {
        return Err(ImportError::FutureVersion(header.version));
    }
    if header.version < VERSION {
        return Err(ImportError::Unsigned(header.version));
    }
    let key = header
        .key
        .as_deref()
        .and_then(sign::unhex::<32>)
        .ok_or(ImportError::Tampered(1))?;
    let device = rules_id(header.device).ok_or(ImportError::Tampered(1))?;
    let signer = Signer {
        device,
        name: sign::clean_name(header.device_name.as_deref().unwrap_or_default()),
        key,
    };
    Ok((signer, header.created_at))
}

fn rules_id(id: String) -> Option<String> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then_some(id)
}

/// Checks a file completely without touching any database.
pub fn check(input: &mut impl BufRead) -> Result<Checked, ImportError> {
    read(input, now_ms(), |_| Ok(()))
}

/// Opens an export file for reading, after making sure it is a regular file of at most
/// [`MAX_FILE`] bytes: opening a pipe would wait for a writer for ever, and a device such as
/// `/dev/zero` never ends.
pub fn open_file(path: &std::path::Path) -> Result<std::io::BufReader<std::fs::File>, ImportError> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(ImportError::NotAFile);
    }
    if meta.len() > MAX_FILE {
        return Err(ImportError::TooLarge);
    }
    let file = std::fs::File::open(path)?;
    if !file.metadata()?.is_file() {
        return Err(ImportError::NotAFile);
    }
    Ok(std::io::BufReader::with_capacity(1 << 20, file))
}

/// A whole signed file around `body` (the lines between the first and the last, each ending in
/// a newline): a header naming device `fuzz` and the key of `secret`, then the `end` line with
/// counts taken from the lines' first words, checksum and signature. For the fuzz target, so
/// that it reaches the value rules behind the signature; never used by the app.
#[doc(hidden)]
pub fn seal(body: &[u8], secret: &[u8; 32]) -> Vec<u8> {
    use ed25519_dalek::SigningKey;
    let key = SigningKey::from_bytes(secret);
    let header = Header {
        format: FORMAT.to_owned(),
        version: VERSION,
        created_at: 1,
        device: "fuzz".to_owned(),
        device_name: Some("Fuzz".to_owned()),
        key: Some(hex(&key.verifying_key().to_bytes())),
    };
    let mut out = serde_json::to_vec(&header).unwrap_or_default();
    out.push(b'\n');
    out.extend_from_slice(body);
    let count = |word: &[u8]| {
        body.split(|b| *b == b'\n')
            .filter(|l| l.starts_with(word))
            .count() as u64
    };
    let digest = Sha256::digest(&out);
    let end = Line::End(End {
        learners: count(b"{\"learner\""),
        events: count(b"{\"event\""),
        notes: count(b"{\"note\""),
        sessions: count(b"{\"coaching\""),
        assignments: count(b"{\"assignment\""),
        sha256: hex(&digest),
        signature: Some(sign::sign(&key, &digest)),
    });
    out.extend_from_slice(&serde_json::to_vec(&end).unwrap_or_default());
    out.push(b'\n');
    out
}

/// Checks the export file at `path` completely without touching any database.
pub fn check_file(path: &std::path::Path) -> Result<Checked, ImportError> {
    check(&mut open_file(path)?)
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Writes one line and feeds it to the checksum.
fn put(out: &mut impl Write, hasher: &mut Sha256, value: &impl Serialize) -> std::io::Result<()> {
    let mut line = serde_json::to_vec(value).map_err(std::io::Error::other)?;
    line.push(b'\n');
    hasher.update(&line);
    out.write_all(&line)
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub learners: u64,
    pub events: u64,
    /// As [`Checked::body`].
    pub body: [u8; 32],
}

/// Writes everything to `out` and feeds the body lines (not the first and the `end` line) to
/// a second checksum.
struct Tee<'a, W: Write> {
    out: &'a mut W,
    body: Sha256,
}

impl<W: Write> Write for Tee<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.body.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

impl Store {
    /// Writes the chosen learners and all their events; returns (learners, events) written.
    pub fn export(
        &self,
        selection: &Selection,
        out: &mut impl Write,
    ) -> Result<(u64, u64), ExportError> {
        let filter = match selection {
            Selection::All => None,
            Selection::Learner(id) => {
                if self.learner(id)?.is_none() {
                    return Err(ExportError::NoSuchLearner(id.clone()));
                }
                Some(id.as_str())
            }
        };
        let w = self.export_events(filter, &|_| true, out)?;
        Ok((w.learners, w.events))
    }

    /// Writes every learner, the mentor's work, and the events made by a device for which
    /// `device` is true (the sync folder's file: see `crate::sync`).
    pub fn export_some_events(
        &self,
        device: &dyn Fn(&str) -> bool,
        out: &mut impl Write,
    ) -> Result<Written, ExportError> {
        self.export_events(None, device, out)
    }

    fn export_events(
        &self,
        filter: Option<&str>,
        device: &dyn Fn(&str) -> bool,
        out: &mut impl Write,
    ) -> Result<Written, ExportError> {
        let key = self.signing_key()?;
        let mut hasher = Sha256::new();
        put(
            out,
            &mut hasher,
            &Header {
                format: FORMAT.to_owned(),
                version: VERSION,
                created_at: now_ms(),
                device: self.device.clone(),
                device_name: Some(self.laptop_name()),
                key: Some(hex(&key.verifying_key().to_bytes())),
            },
        )?;
        let mut tee = Tee {
            out,
            body: Sha256::new(),
        };
        let mut learners = 0u64;
        let mut stmt = self.conn.prepare(
            "SELECT uuid, name, nip, unit, created_at, updated_at FROM learners
             WHERE ?1 IS NULL OR uuid = ?1 ORDER BY uuid",
        )?;
        let rows = stmt.query_map([filter], |r| {
            Ok(LearnerRecord {
                uuid: r.get(0)?,
                name: r.get(1)?,
                nip: r.get(2)?,
                unit: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
            })
        })?;
        for row in rows {
            put(&mut tee, &mut hasher, &Line::Learner(row?))?;
            learners += 1;
        }
        let mut events = 0u64;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {EVENT_COLUMNS} FROM events WHERE ?1 IS NULL OR learner = ?1
             ORDER BY learner, at, device, seq"
        ))?;
        let rows = stmt.query_map([filter], Event::from_row)?;
        for row in rows {
            let row = row?;
            if device(&row.device) {
                put(&mut tee, &mut hasher, &Line::Event(row))?;
                events += 1;
            }
        }
        let (notes, sessions, assignments) =
            self.export_mentor_work(filter, &mut tee, &mut hasher)?;
        let body = tee.body.finalize().into();
        let digest = hasher.finalize();
        let end = Line::End(End {
            learners,
            events,
            notes,
            sessions,
            assignments,
            sha256: hex(&digest),
            signature: Some(sign::sign(&key, &digest)),
        });
        let mut line = serde_json::to_vec(&end).map_err(std::io::Error::other)?;
        line.push(b'\n');
        out.write_all(&line)?;
        out.flush()?;
        Ok(Written {
            learners,
            events,
            body,
        })
    }

    /// Writes the notes, sessions and assignments of the exported learners; returns how many
    /// of each.
    fn export_mentor_work(
        &self,
        filter: Option<&str>,
        out: &mut impl Write,
        hasher: &mut Sha256,
    ) -> Result<(u64, u64, u64), ExportError> {
        let mut notes = 0u64;
        let mut stmt = self.conn.prepare(
            "SELECT uuid, learner, mentor, created_at, text FROM notes
             WHERE ?1 IS NULL OR learner = ?1 ORDER BY learner, created_at, uuid",
        )?;
        let rows = stmt.query_map([filter], |r| {
            Ok(NoteRecord {
                uuid: r.get(0)?,
                learner: r.get(1)?,
                mentor: r.get(2)?,
                created_at: r.get(3)?,
                text: r.get(4)?,
            })
        })?;
        for row in rows {
            put(out, hasher, &Line::Note(row?))?;
            notes += 1;
        }
        let mut sessions = 0u64;
        let mut stmt = self.conn.prepare(
            "SELECT uuid, held_on, topic, plan, created_at FROM coaching_sessions s
             WHERE ?1 IS NULL
                OR EXISTS (SELECT 1 FROM coaching_attendees a WHERE a.session = s.uuid AND a.learner = ?1)
             ORDER BY created_at, uuid",
        )?;
        let mut attendees = self.conn.prepare(
            "SELECT learner FROM coaching_attendees WHERE session = ?1 AND (?2 IS NULL OR learner = ?2)
             ORDER BY learner",
        )?;
        let rows = stmt.query_map([filter], |r| {
            Ok(SessionRecord {
                uuid: r.get(0)?,
                held_on: r.get(1)?,
                topic: r.get(2)?,
                plan: r.get(3)?,
                created_at: r.get(4)?,
                attendees: Vec::new(),
            })
        })?;
        for row in rows {
            let mut record = row?;
            record.attendees = attendees
                .query_map(params![record.uuid, filter], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            put(out, hasher, &Line::Coaching(record))?;
            sessions += 1;
        }
        let mut assignments = 0u64;
        let mut stmt = self.conn.prepare(
            "SELECT uuid, learner, label, lessons, created_at FROM assignments
             WHERE ?1 IS NULL OR learner = ?1 ORDER BY learner",
        )?;
        let rows = stmt.query_map([filter], super::mentor::assignment_from_row)?;
        for row in rows {
            put(out, hasher, &Line::Assignment(row?))?;
            assignments += 1;
        }
        Ok((notes, sessions, assignments))
    }

    /// Writes an export to `file`: first to `FILE.part` (readable by this account only: the
    /// file holds names and NIPs), synced, then renamed, so a half-written file never carries
    /// the real name.
    pub fn export_to_file(
        &self,
        selection: &Selection,
        file: &std::path::Path,
    ) -> Result<(u64, u64), ExportError> {
        let part = file.with_extension("part");
        let result = (|| {
            let f = crate::private::create_file(&part)?;
            let mut w = std::io::BufWriter::new(f);
            let counts = self.export(selection, &mut w)?;
            let f = w.into_inner().map_err(|e| e.into_error())?;
            f.sync_all()?;
            std::fs::rename(&part, file)?;
            Ok(counts)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&part);
        }
        result
    }

    /// Merges the export file at `path` (see [`Store::import`]).
    pub fn import_file(&mut self, path: &std::path::Path) -> Result<ImportSummary, ImportError> {
        // The first opening checks what the file is; the second reads the same file again.
        open_file(path)?;
        self.import(|| {
            open_file(path).map_err(|e| match e {
                ImportError::Read(e) => e,
                other => std::io::Error::other(other.to_string()),
            })
        })
    }

    /// Merges an export file. `open` is called twice: once to check the whole file (nothing
    /// is written if that fails), once to merge it in one transaction.
    pub fn import<R: BufRead>(
        &mut self,
        mut open: impl FnMut() -> std::io::Result<R>,
    ) -> Result<ImportSummary, ImportError> {
        let now = now_ms();
        let checked = read(&mut open()?, now, |_| Ok(()))?;
        let signer = checked.signer;
        let mut summary = ImportSummary {
            learners_in_file: checked.learners,
            events_in_file: checked.events,
            ..ImportSummary::default()
        };
        let new_laptop = Self::known_signer(&self.conn, &self.device, &signer)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::from)?;
        let mut touched = BTreeSet::new();
        let mut known = BTreeSet::new();
        // Learners new here and joins new here: either may fold one learner into another.
        let mut joins = BTreeSet::new();
        let mut added = BTreeSet::new();
        let second = read(&mut open()?, now, |line| {
            match line {
                Line::Learner(l) => {
                    let existed = learner_exists(&tx, &l.uuid)?;
                    let changed = tx
                        .execute(
                            "INSERT INTO learners (uuid, name, nip, unit, created_at, updated_at)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                             ON CONFLICT (uuid) DO UPDATE SET
                                name = excluded.name, nip = excluded.nip, unit = excluded.unit,
                                created_at = excluded.created_at, updated_at = excluded.updated_at
                             WHERE (excluded.updated_at, excluded.name, COALESCE(excluded.nip, ''),
                                    COALESCE(excluded.unit, ''), excluded.created_at)
                                 > (learners.updated_at, learners.name, COALESCE(learners.nip, ''),
                                    COALESCE(learners.unit, ''), learners.created_at)",
                            params![l.uuid, l.name, l.nip, l.unit, l.created_at, l.updated_at],
                        )
                        .map_err(StoreError::from)?;
                    if !existed {
                        summary.learners_added += 1;
                        joins.insert(l.uuid.clone());
                        added.insert(l.uuid.clone());
                    } else if changed > 0 {
                        summary.learners_updated += 1;
                    }
                    known.insert(l.uuid);
                }
                Line::Event(e) => {
                    if !known.contains(&e.learner) && !learner_exists(&tx, &e.learner)? {
                        // Checksummed but inconsistent: refuse rather than guess.
                        return Err(ImportError::Inconsistent(0));
                    }
                    if e.insert(&tx)? {
                        summary.events_added += 1;
                        // Only a join is read here; `rebuild` below reads the rest once.
                        if e.kind == kind::LEARNERS_JOINED
                            && let Some(from) = super::join::noted(&tx, &e.learner, &e.body())?
                        {
                            joins.insert(from);
                        }
                        touched.insert(e.learner);
                    }
                }
                Line::Note(n) => {
                    if !known.contains(&n.learner) && !learner_exists(&tx, &n.learner)? {
                        return Err(ImportError::Foreign);
                    }
                    let added = tx
                        .execute(
                            "INSERT INTO notes (uuid, learner, mentor, created_at, text)
                             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (uuid) DO NOTHING",
                            params![n.uuid, n.learner, n.mentor, n.created_at, n.text],
                        )
                        .map_err(StoreError::from)?;
                    summary.notes_added += u64::try_from(added).unwrap_or(0);
                }
                Line::Coaching(c) => {
                    let held_on = c.held_on.parse().map_err(|_| ImportError::Foreign)?;
                    let session = Session {
                        id: c.uuid,
                        held_on,
                        topic: c.topic,
                        plan: c.plan,
                        created_at: c.created_at,
                        attendees: Vec::new(),
                    };
                    let mut changed = insert_session(&tx, &session)?;
                    for a in &c.attendees {
                        if !known.contains(a) && !learner_exists(&tx, a)? {
                            return Err(ImportError::Foreign);
                        }
                        changed |= insert_attendee(&tx, &session.id, a)?;
                    }
                    summary.sessions_changed += u64::from(changed);
                }
                Line::Assignment(a) => {
                    if !known.contains(&a.learner) && !learner_exists(&tx, &a.learner)? {
                        return Err(ImportError::Foreign);
                    }
                    summary.assignments_changed += u64::from(put_assignment_record(&tx, &a)?);
                }
                Line::End(_) => {}
            }
            Ok(())
        });
        // On an error, dropping the transaction rolls it back: nothing was written.
        let second = second?;
        if second.signer != signer {
            // The file changed between the two readings.
            return Err(ImportError::Tampered(1));
        }
        let (joined, removed) = super::join::apply(&tx, joins.iter().map(String::as_str))?;
        for r in &removed {
            touched.remove(r);
            if added.contains(r) {
                // Back only to be folded into the learner they were joined with.
                summary.learners_added -= 1;
            }
        }
        touched.extend(joined);
        derive::rebuild(&tx, touched.iter().map(String::as_str))?;
        if new_laptop {
            sign::remember(&tx, &signer)?;
            summary.new_laptop = Some(NewLaptop {
                fingerprint: signer.fingerprint(),
                name: signer.name.clone(),
            });
        }
        if !new_laptop
            && summary.learners_added
                + summary.learners_updated
                + summary.events_added
                + summary.notes_added
                + summary.sessions_changed
                + summary.assignments_changed
                == 0
        {
            // Nothing new: end without a commit, so the file on disk stays as it was.
            return Ok(summary);
        }
        tx.commit().map_err(StoreError::from)?;
        Ok(summary)
    }
}

fn learner_exists(tx: &rusqlite::Transaction<'_>, uuid: &str) -> Result<bool, StoreError> {
    use rusqlite::OptionalExtension;
    Ok(tx
        .query_row("SELECT 1 FROM learners WHERE uuid = ?1", [uuid], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("there is no learner with the id {0}")]
    NoSuchLearner(String),
    #[error("the file cannot be written: {0}")]
    Write(#[from] std::io::Error),
    #[error("the file cannot be signed: {0}")]
    Key(#[from] KeyError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ExportError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Store(StoreError::from(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::SigningKey;

    fn key() -> SigningKey {
        SigningKey::from_bytes(&[42; 32])
    }

    fn header() -> String {
        format!(
            r#"{{"format":"tuntun-progress","version":3,"created_at":1,"device":"d","device_name":"Laptop Camat","key":"{}"}}"#,
            hex(&key().verifying_key().to_bytes())
        )
    }

    /// A file of these lines, closed and signed as `export` does, by `signer`.
    fn signed_by(signer: &SigningKey, lines: &[&str]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut hasher = Sha256::new();
        for l in lines {
            let line = format!("{l}\n");
            hasher.update(line.as_bytes());
            out.extend_from_slice(line.as_bytes());
        }
        let n_learners = lines
            .iter()
            .filter(|l| l.starts_with("{\"learner\""))
            .count();
        let n_events = lines.iter().filter(|l| l.starts_with("{\"event\"")).count();
        let digest = hasher.finalize();
        out.extend_from_slice(
            format!(
                "{{\"end\":{{\"learners\":{n_learners},\"events\":{n_events},\"sha256\":\"{}\",\"signature\":\"{}\"}}}}\n",
                hex(&digest),
                sign::sign(signer, &digest)
            )
            .as_bytes(),
        );
        out
    }

    fn file(lines: &[&str]) -> Vec<u8> {
        signed_by(&key(), lines)
    }

    const LEARNER: &str = r#"{"learner":{"uuid":"a","name":"Siti","nip":null,"unit":null,"created_at":1,"updated_at":1}}"#;

    #[test]
    fn a_well_formed_file_checks() {
        let f = file(&[&header(), LEARNER]);
        let got = check(&mut &f[..]).expect("valid");
        assert_eq!(
            (
                got.learners,
                got.events,
                got.notes,
                got.sessions,
                got.assignments
            ),
            (1, 0, 0, 0, 0)
        );
        assert_eq!(got.signer.name, "Laptop Camat");
        assert_eq!(got.signer.key, key().verifying_key().to_bytes());
    }

    #[test]
    fn every_kind_of_bad_file_is_named() {
        let good = file(&[&header(), LEARNER]);
        // Cut off anywhere before the end line's newline.
        for cut in [good.len() - 1, good.len() - 20, header().len() + 1] {
            let err = check(&mut &good[..cut]).expect_err("cut");
            assert!(matches!(err, ImportError::Truncated), "{cut}: {err}");
        }
        // One changed letter.
        let tampered = String::from_utf8(good.clone())
            .expect("utf8")
            .replace("Siti", "Sita");
        assert!(matches!(
            check(&mut tampered.as_bytes()),
            Err(ImportError::Tampered(3))
        ));
        // Not ours at all.
        assert!(matches!(
            check(&mut &b"PK\x03\x04 zip"[..]),
            Err(ImportError::Foreign)
        ));
        assert!(matches!(check(&mut &b""[..]), Err(ImportError::Foreign)));
        // From the future.
        let future = file(&[&header().replace("\"version\":3", "\"version\":4"), LEARNER]);
        assert!(matches!(
            check(&mut &future[..]),
            Err(ImportError::FutureVersion(4))
        ));
        // From before signatures.
        let old = file(&[
            r#"{"format":"tuntun-progress","version":2,"created_at":1,"device":"d"}"#,
            LEARNER,
        ]);
        assert!(matches!(
            check(&mut &old[..]),
            Err(ImportError::Unsigned(2))
        ));
        // Something after the end line.
        let mut extra = good.clone();
        extra.extend_from_slice(b"{}\n");
        assert!(matches!(
            check(&mut &extra[..]),
            Err(ImportError::Tampered(4))
        ));
    }

    /// The checksum alone can be recomputed by anyone; the signature cannot.
    #[test]
    fn a_resealed_or_unsigned_or_resigned_file_is_refused() {
        let forged = signed_by(&key(), &[&header(), LEARNER]);
        let text = String::from_utf8(forged).expect("utf8");
        // Edited and the sha256 recomputed, signature kept.
        let lines: Vec<&str> = text.lines().collect();
        let edited = lines[1].replace("Siti", "Sita");
        let mut hasher = Sha256::new();
        hasher.update(format!("{}\n{edited}\n", lines[0]).as_bytes());
        let resealed = format!(
            "{}\n{edited}\n{}\n",
            lines[0],
            lines[2].replace(
                &lines[2][lines[2].find("\"sha256\":\"").expect("sha") + 10..][..64],
                &hex(&hasher.finalize())
            )
        );
        assert!(matches!(
            check(&mut resealed.as_bytes()),
            Err(ImportError::Tampered(3))
        ));
        // No signature at all.
        let unsigned = text
            .split(",\"signature\"")
            .next()
            .map(|head| format!("{head}}}}}\n"))
            .expect("head");
        assert!(matches!(
            check(&mut unsigned.as_bytes()),
            Err(ImportError::Tampered(3))
        ));
        // Signed by another key than the one the header names.
        let other = signed_by(&SigningKey::from_bytes(&[9; 32]), &[&header(), LEARNER]);
        assert!(matches!(
            check(&mut &other[..]),
            Err(ImportError::Tampered(3))
        ));
    }

    #[test]
    fn seal_makes_a_file_that_checks() {
        let body = format!("{LEARNER}\n");
        let f = seal(body.as_bytes(), &[1; 32]);
        let got = check(&mut &f[..]).expect("sealed");
        assert_eq!((got.learners, got.signer.name.as_str()), (1, "Fuzz"));
    }

    #[test]
    fn long_lines_and_endless_input_stop_early() {
        // No newline for ever (as /dev/zero): refused after MAX_LINE bytes.
        let mut zeros = std::io::BufReader::new(std::io::repeat(0));
        assert!(matches!(check(&mut zeros), Err(ImportError::LongLine(1))));
        let long = format!(
            r#"{{"learner":{{"uuid":"a","name":"{}","nip":null,"unit":null,"created_at":1,"updated_at":1}}}}"#,
            "x".repeat(MAX_LINE as usize)
        );
        let f = file(&[&header(), &long]);
        assert!(matches!(check(&mut &f[..]), Err(ImportError::LongLine(2))));
    }

    #[test]
    fn values_are_held_to_the_forms_rules() {
        let empty_name = LEARNER.replace("\"Siti\"", "\"\\u200b\"");
        let f = file(&[&header(), &empty_name]);
        let err = check(&mut &f[..]).expect_err("empty name");
        assert!(matches!(err, ImportError::Invalid { line: 2, .. }), "{err}");
        assert!(err.to_string().contains("name is empty"), "{err}");
        let orphan =
            r#"{"note":{"uuid":"n","learner":"zz","mentor":"m","created_at":1,"text":"hi"}}"#;
        let f = file(&[&header(), LEARNER, orphan]);
        assert!(matches!(
            check(&mut &f[..]),
            Err(ImportError::Inconsistent(3))
        ));
    }
}
