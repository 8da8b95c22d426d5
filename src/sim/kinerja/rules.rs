//! The rules of the pretend MyASN and e-Kinerja, as pure functions.
//!
//! The one-time code is *like* a TOTP code (RFC 6238), not one: six digits from a secret
//! and the number of the 30-second window the clock is in. Real authenticators compute an
//! HMAC; here a small mixing function is enough, because what the learner must feel is the
//! same: the code changes every 30 seconds, a code from the window before is refused as
//! expired, and a phone whose clock is wrong shows codes the server never accepts. Real
//! servers often accept the window just before as well; the pretend one does not, so the
//! lesson can show an expired code without waiting a minute.

use crate::sim::files::DiskFile;
use jiff::civil::{Date, Weekday};
use serde::{Deserialize, Serialize};

pub use crate::sim::presensi::rules::{PasswordError, check_new_password, normalise_nip};

/// The length of a code's window, in seconds.
pub const WINDOW_S: i64 = 30;

/// The formats a Bukti Dukung may have: a photo or a PDF.
pub const EVIDENCE_FORMATS: [&str; 4] = ["pdf", "jpg", "jpeg", "png"];

/// The longest a Progres Harian may take, in minutes (a working day).
pub const MAX_MINUTES: u32 = 480;

/// The authenticator's secret for an account, from its NIP (deterministic: the same lesson
/// always shows the same codes at the same time).
pub fn secret(nip: &str) -> u64 {
    nip.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn raw_code(secret: u64, window: i64) -> u32 {
    let w = u64::from_ne_bytes(window.to_ne_bytes());
    u32::try_from(mix(secret ^ mix(w)) % 1_000_000).unwrap_or(0)
}

/// The six-digit code of `window` (seconds since the start of the scenario's epoch / 30).
/// Two windows in a row never have the same code.
pub fn code(secret: u64, window: i64) -> String {
    let mut c = raw_code(secret, window);
    if c == raw_code(secret, window - 1) {
        c = (c + 1) % 1_000_000;
    }
    format!("{c:06}")
}

/// The window a moment (in seconds) falls in.
pub fn window(seconds: i64) -> i64 {
    seconds.div_euclid(WINDOW_S)
}

/// Seconds until the code of the window `seconds` is in changes (30 … 1).
pub fn seconds_left(seconds: i64) -> i64 {
    WINDOW_S - seconds.rem_euclid(WINDOW_S)
}

/// Why a typed code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CodeError {
    Empty,
    /// The code of the window just before: it ran out while it was typed.
    Expired,
    Wrong,
}

impl CodeError {
    pub fn key(self) -> &'static str {
        match self {
            CodeError::Empty => "empty",
            CodeError::Expired => "expired",
            CodeError::Wrong => "wrong",
        }
    }
}

/// Checks a typed code against the server's clock (`now_s`). Spaces are ignored.
pub fn check_code(typed: &str, secret: u64, now_s: i64) -> Result<(), CodeError> {
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    let w = window(now_s);
    if typed.is_empty() {
        Err(CodeError::Empty)
    } else if typed == code(secret, w) {
        Ok(())
    } else if typed == code(secret, w - 1) {
        Err(CodeError::Expired)
    } else {
        Err(CodeError::Wrong)
    }
}

/// A recovery code as typed: digits and letters only, lowercase ("1234-5678" = "12345678").
pub fn normalise_backup(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// "HH:MM" or "HH:MM:SS" as seconds since midnight.
pub fn parse_time(s: &str) -> Option<i64> {
    let mut parts = s.trim().split(':');
    let mut total = 0i64;
    let mut n = 0;
    for (i, p) in parts.by_ref().enumerate() {
        if p.len() != 2 || !p.chars().all(|c| c.is_ascii_digit()) || i > 2 {
            return None;
        }
        let v: i64 = p.parse().ok()?;
        let limit = if i == 0 { 24 } else { 60 };
        if v >= limit {
            return None;
        }
        total = total * 60 + v;
        n = i + 1;
    }
    match n {
        2 => Some(total * 60),
        3 => Some(total),
        _ => None,
    }
}

/// Seconds as "HH:MM:SS" on a 24-hour clock.
pub fn hhmmss(seconds: i64) -> String {
    let s = seconds.rem_euclid(86_400);
    format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// "2025-06-10" as a date.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.len() != 10 {
        return None;
    }
    Date::strptime("%Y-%m-%d", s).ok()
}

/// A working day: Monday to Friday, not a national holiday or cuti bersama.
pub fn working_day(d: Date) -> bool {
    !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday)
        && crate::holidays::holiday(d).is_none()
}

/// The working days from the first of `today`'s month up to and including `today`.
pub fn working_days_so_far(today: Date) -> Vec<Date> {
    let first = today.first_of_month();
    let mut out = Vec::new();
    let mut d = first;
    while d <= today {
        if working_day(d) {
            out.push(d);
        }
        match d.tomorrow() {
            Ok(next) => d = next,
            Err(_) => break,
        }
    }
    out
}

/// How many working days `day` lies before `today` (0: today; None: after today or not a
/// working day).
pub fn working_days_back(day: Date, today: Date) -> Option<u32> {
    if day > today || !working_day(day) {
        return None;
    }
    let mut n = 0u32;
    let mut d = day;
    while d < today {
        d = d.tomorrow().ok()?;
        if working_day(d) {
            n += 1;
        }
    }
    Some(n)
}

/// Why a Bukti Dukung is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EvidenceError {
    Format,
    TooBig,
}

impl EvidenceError {
    pub fn key(self) -> &'static str {
        match self {
            EvidenceError::Format => "format",
            EvidenceError::TooBig => "too_big",
        }
    }
}

pub fn check_evidence(file: &DiskFile, limit_kb: u32) -> Result<(), EvidenceError> {
    if !EVIDENCE_FORMATS.contains(&file.format().as_str()) {
        Err(EvidenceError::Format)
    } else if file.size_kb > limit_kb {
        Err(EvidenceError::TooBig)
    } else {
        Ok(())
    }
}

/// Why a Progres Harian cannot be sent (or saved).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProgressError {
    /// Nothing written at all (even a draft needs the activity).
    Empty,
    /// The activity says too little for the atasan to understand (fewer than 3 words).
    ActivityShort,
    NoAksi,
    /// Minutes missing, not a number, 0 or more than a working day.
    Minutes,
    /// Volume missing, not a number or 0.
    Volume,
    NoEvidence,
    /// The day is too far back to be filled, or not a working day.
    Closed,
}

impl ProgressError {
    pub fn key(self) -> &'static str {
        match self {
            ProgressError::Empty => "empty",
            ProgressError::ActivityShort => "activity_short",
            ProgressError::NoAksi => "no_aksi",
            ProgressError::Minutes => "minutes",
            ProgressError::Volume => "volume",
            ProgressError::NoEvidence => "no_evidence",
            ProgressError::Closed => "closed",
        }
    }
}

/// Words in a text.
pub fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A whole number typed in a box ("90", " 2 "), or None.
pub fn number(s: &str) -> Option<u32> {
    let s = s.trim();
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// What a Progres Harian needs before it is sent.
pub fn check_progress(
    activity: &str,
    aksi: Option<&str>,
    minutes: &str,
    volume: &str,
    evidence: bool,
    evidence_required: bool,
) -> Result<(), ProgressError> {
    if activity.trim().is_empty() {
        Err(ProgressError::Empty)
    } else if words(activity) < 3 {
        Err(ProgressError::ActivityShort)
    } else if aksi.is_none() {
        Err(ProgressError::NoAksi)
    } else if !number(minutes).is_some_and(|m| (1..=MAX_MINUTES).contains(&m)) {
        Err(ProgressError::Minutes)
    } else if number(volume).is_none_or(|v| v == 0) {
        Err(ProgressError::Volume)
    } else if evidence_required && !evidence {
        Err(ProgressError::NoEvidence)
    } else {
        Ok(())
    }
}

/// A strong password: 10+ characters with capitals, small letters and digits.
pub fn strong(p: &str) -> bool {
    p.chars().count() >= 10
        && p.chars().any(|c| c.is_uppercase())
        && p.chars().any(|c| c.is_lowercase())
        && p.chars().any(|c| c.is_ascii_digit())
}

/// The eight recovery codes MyASN gives after the set-up, "1234-5678".
pub fn backup_codes(secret: u64) -> Vec<String> {
    (0..8u64)
        .map(|i| {
            let n = mix(secret ^ mix(0xb4c0_0000 + i)) % 100_000_000;
            format!("{:04}-{:04}", n / 10_000, n % 10_000)
        })
        .collect()
}
