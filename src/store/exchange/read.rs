//! Reading an export file: every line checked (size, header, values, counts, checksum,
//! signature) before anything else happens.

use super::{
    Checked, End, FORMAT, Header, ImportError, Line, MAX_FILE, MAX_LINE, Signer, VERSION, hex,
    rules, sign,
};
use crate::store::now_ms;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::io::{BufRead, Read};

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
pub(super) fn read(
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
