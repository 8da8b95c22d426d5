//! The rules of the pretend e-Presensi, as pure functions: the NIP's structure, times,
//! lateness (TL) and early leave (PSW) bands and their cut, the office radius,
//! attachments, passwords and requests.

use super::scenario::{Band, RequestKind};
use crate::sim::files::DiskFile;
use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------- NIP

/// Why a NIP is refused at sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NipError {
    /// Not 18 digits long.
    Length,
    /// Something other than digits (spaces are allowed and ignored).
    Digits,
    /// 18 digits that cannot be a NIP.
    Invalid(NipFlaw),
}

impl NipError {
    /// The reason in `presensi.sign_in_failed`.
    pub fn key(self) -> &'static str {
        match self {
            NipError::Length => "nip_length",
            NipError::Digits => "nip_digits",
            NipError::Invalid(_) => "nip_invalid",
        }
    }
}

/// Which part of an 18-digit NIP is impossible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NipFlaw {
    /// Digits 1–8 are not a real date with a year 1940–2010.
    BirthDate,
    /// Digits 9–14 are not a real month with a year 1960–2030.
    TmtMonth,
    /// The TMT CPNS lies before the 18th birthday.
    TooYoung,
    /// Digit 15 is not 1 or 2.
    Sex,
    /// Digits 16–18 are 000.
    Sequence,
}

/// The NIP with its spaces taken out (people write "19700101 199503 1 001").
pub fn normalise_nip(nip: &str) -> String {
    nip.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Checks a NIP: 18 digits, birth date, TMT CPNS month, sex, sequence.
pub fn check_nip(nip: &str) -> Result<(), NipError> {
    let nip = normalise_nip(nip);
    if !nip.chars().all(|c| c.is_ascii_digit()) {
        return Err(NipError::Digits);
    }
    if nip.len() != 18 {
        return Err(NipError::Length);
    }
    let num = |from: usize, to: usize| nip.get(from..to).and_then(|s| s.parse::<u32>().ok());
    let flaw = NipError::Invalid;
    let (Some(by), Some(bm), Some(bd)) = (num(0, 4), num(4, 6), num(6, 8)) else {
        return Err(flaw(NipFlaw::BirthDate));
    };
    if !(1940..=2010).contains(&by) || !is_date(by, bm, bd) {
        return Err(flaw(NipFlaw::BirthDate));
    }
    let (Some(ty), Some(tm)) = (num(8, 12), num(12, 14)) else {
        return Err(flaw(NipFlaw::TmtMonth));
    };
    if !(1960..=2030).contains(&ty) || !(1..=12).contains(&tm) {
        return Err(flaw(NipFlaw::TmtMonth));
    }
    if ty * 12 + tm < (by + 18) * 12 + bm {
        return Err(flaw(NipFlaw::TooYoung));
    }
    if !matches!(num(14, 15), Some(1 | 2)) {
        return Err(flaw(NipFlaw::Sex));
    }
    if num(15, 18).unwrap_or(0) == 0 {
        return Err(flaw(NipFlaw::Sequence));
    }
    Ok(())
}

// ---------------------------------------------------------------- dates and times

fn is_leap(y: u32) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

fn is_date(y: u32, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// "2025-06-02".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 0000-03-01 (for differences only).
    fn ordinal(self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (i64::from(self.year) - 1, i64::from(self.month) + 12)
        } else {
            (i64::from(self.year), i64::from(self.month))
        };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + i64::from(self.day)
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Day) -> i64 {
        other.ordinal() - self.ordinal()
    }
}

/// A date in the scenario's form "YYYY-MM-DD".
pub fn parse_iso_date(s: &str) -> Option<Day> {
    let mut parts = s.trim().split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    day(y, m, d)
}

/// A date the learner typed: "2025-06-02", "02-06-2025" or "2/6/2025".
pub fn parse_typed_date(s: &str) -> Option<Day> {
    let s = s.trim();
    if let Some(d) = parse_iso_date(s) {
        return Some(d);
    }
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    match parts.as_slice() {
        [d, m, y]
            if y.len() == 4 && !d.is_empty() && d.len() <= 2 && !m.is_empty() && m.len() <= 2 =>
        {
            day(y, m, d)
        }
        _ => None,
    }
}

fn day(y: &str, m: &str, d: &str) -> Option<Day> {
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !(digits(y) && digits(m) && digits(d)) {
        return None;
    }
    let (year, month, day) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    is_date(year, month, day).then_some(Day { year, month, day })
}

/// Minutes since midnight of "HH:MM" (00:00–23:59).
pub fn parse_hhmm(s: &str) -> Option<u32> {
    let (h, m) = s.trim().split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !(h.chars().chain(m.chars())).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// "HH:MM" of minutes since midnight, wrapping around the day (also for negative values).
pub fn hhmm(minutes: i64) -> String {
    let m = minutes.rem_euclid(24 * 60);
    format!("{:02}:{:02}", m / 60, m % 60)
}

// ---------------------------------------------------------------- lateness and cut

/// Minutes late: how long after the start of work the Presensi Masuk came.
pub fn late_minutes(check_in: u32, work_start: u32) -> u32 {
    check_in.saturating_sub(work_start)
}

/// Minutes of early leave (PSW): how long before the end of work the Presensi Pulang came.
pub fn early_minutes(check_out: u32, work_end: u32) -> u32 {
    work_end.saturating_sub(check_out)
}

/// The band of a number of minutes: 0 = none, 1..n = the first band that reaches it
/// (beyond the last band: the last band).
pub fn band(minutes: u32, bands: &[Band]) -> usize {
    if minutes == 0 {
        return 0;
    }
    bands
        .iter()
        .position(|b| b.up_to_min >= minutes)
        .map_or(bands.len(), |i| i + 1)
}

/// The last band (a missing Presensi counts as this one).
pub fn last_band(bands: &[Band]) -> usize {
    bands.len()
}

/// The cut of a band in tenths of a percent (band 0: none).
pub fn cut_tenths(band: usize, bands: &[Band]) -> u32 {
    band.checked_sub(1)
        .and_then(|i| bands.get(i))
        .map_or(0, |b| b.cut_tenths)
}

/// A cut in rupiah of a monthly allowance, rounded down.
pub fn cut_rupiah(allowance: i64, tenths: u32) -> i64 {
    allowance.saturating_mul(i64::from(tenths)) / 1000
}

// ---------------------------------------------------------------- radius

/// Inside the office radius: exactly on the circle counts as inside.
pub fn inside(distance_m: i64, radius_m: i64) -> bool {
    distance_m <= radius_m
}

/// The distance after one "walk closer": `step` less, never below 5 m.
pub fn walk(distance_m: i64, step_m: i64) -> i64 {
    distance_m
        .saturating_sub(step_m.max(0))
        .max(5.min(distance_m))
}

// ---------------------------------------------------------------- attachments

/// The biggest attachment the app takes.
pub const MAX_ATTACHMENT_KB: u32 = 300;

/// The formats the app takes.
pub const ATTACHMENT_FORMATS: [&str; 4] = ["pdf", "jpg", "jpeg", "png"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttachmentError {
    Format,
    TooBig,
}

impl AttachmentError {
    pub fn key(self) -> &'static str {
        match self {
            AttachmentError::Format => "format",
            AttachmentError::TooBig => "too_big",
        }
    }
}

/// Whether the app takes a file as an attachment.
pub fn check_attachment(file: &DiskFile) -> Result<(), AttachmentError> {
    if !ATTACHMENT_FORMATS.contains(&file.format().as_str()) {
        return Err(AttachmentError::Format);
    }
    if file.size_kb > MAX_ATTACHMENT_KB {
        return Err(AttachmentError::TooBig);
    }
    Ok(())
}

// ---------------------------------------------------------------- passwords

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasswordError {
    TooShort,
    NoLetter,
    NoDigit,
    SameAsOld,
    Mismatch,
}

impl PasswordError {
    pub fn key(self) -> &'static str {
        match self {
            PasswordError::TooShort => "too_short",
            PasswordError::NoLetter => "no_letter",
            PasswordError::NoDigit => "no_digit",
            PasswordError::SameAsOld => "same_as_old",
            PasswordError::Mismatch => "mismatch",
        }
    }
}

/// A new password: 8 characters or more, letters and digits, not the old one, typed twice
/// the same.
pub fn check_new_password(new: &str, repeat: &str, old: &str) -> Result<(), PasswordError> {
    if new.chars().count() < 8 {
        Err(PasswordError::TooShort)
    } else if !new.chars().any(char::is_alphabetic) {
        Err(PasswordError::NoLetter)
    } else if !new.chars().any(|c| c.is_ascii_digit()) {
        Err(PasswordError::NoDigit)
    } else if new == old {
        Err(PasswordError::SameAsOld)
    } else if new != repeat {
        Err(PasswordError::Mismatch)
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------- requests

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestError {
    /// No kind chosen yet.
    NoKind,
    /// A date is not a date, or `from` is after `to`.
    Dates,
    /// Dinas Luar / Tugas Luar without a surat tugas, or Sakit of more than a day without
    /// a surat keterangan dokter.
    NoAttachment,
    /// Dinas Luar / Tugas Luar with an attachment that is not a pdf.
    AttachmentFormat,
    /// Izin and Cuti need a reason.
    NoReason,
}

impl RequestError {
    pub fn key(self) -> &'static str {
        match self {
            RequestError::NoKind => "no_kind",
            RequestError::Dates => "dates",
            RequestError::NoAttachment => "no_attachment",
            RequestError::AttachmentFormat => "attachment_format",
            RequestError::NoReason => "no_reason",
        }
    }
}

/// Checks a request before it is sent; gives the number of days it covers.
/// An empty `to` means the same day as `from`.
pub fn check_request(
    kind: RequestKind,
    from: &str,
    to: &str,
    reason: &str,
    attachment: Option<&str>,
) -> Result<i64, RequestError> {
    let start = parse_typed_date(from).ok_or(RequestError::Dates)?;
    let end = if to.trim().is_empty() {
        start
    } else {
        parse_typed_date(to).ok_or(RequestError::Dates)?
    };
    let days = start.days_until(end) + 1;
    if days < 1 {
        return Err(RequestError::Dates);
    }
    let format = attachment.map(crate::sim::files::format_of);
    match kind {
        RequestKind::DinasLuar | RequestKind::TugasLuar => match format.as_deref() {
            None => return Err(RequestError::NoAttachment),
            Some("pdf") => {}
            Some(_) => return Err(RequestError::AttachmentFormat),
        },
        RequestKind::Sakit if days > 1 && attachment.is_none() => {
            return Err(RequestError::NoAttachment);
        }
        RequestKind::Izin | RequestKind::Cuti | RequestKind::Koreksi
            if reason.trim().is_empty() =>
        {
            return Err(RequestError::NoReason);
        }
        _ => {}
    }
    Ok(days)
}

// ---------------------------------------------------------------- report

/// Words in a text (runs of letters or digits).
pub fn word_count(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
}

/// A WFH daily report needs at least this many words.
pub const REPORT_MIN_WORDS: usize = 10;
