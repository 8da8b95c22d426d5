//! The office calendar: every date a lesson uses is a working day.
//!
//! An ASN knows at once that nobody goes on Dinas Luar on Idul Adha or holds a staff meeting
//! on a cuti bersama day; a lesson that does so loses the learner's trust. This module finds
//! the dates in a lesson (its TOML file, e.g. `received = "2025-06-05T08:30"` or a file name
//! `2025-05-14_Surat_Tugas.docx`, and the Indonesian and English text of every message the
//! lesson names: `05-06-2025`, `Kamis, 5 Juni 2025`, `Thursday, 5 June 2025`, `12 Juni`)
//! and reports one that falls on a Saturday or Sunday, on a national holiday or cuti bersama
//! of [`HOLIDAYS`], or whose weekday name is not the date's.
//!
//! Dates before 2024 (birth dates, years of appointment) are history, not scenario, and are
//! left alone. A date written without a year takes the lesson's year (the first full date in
//! its file). [`HOLIDAYS`] holds the years the shipped lessons use; a lesson with a year
//! that has no table is still checked for weekends (and the test of the shipped lessons
//! fails, so the table grows with the lessons).

use super::Problem;
use super::source::SourceFile;
use crate::i18n::{Catalog, Lang};
use jiff::civil::{Date, Weekday};

pub use crate::holidays::{HOLIDAYS, Holiday, holiday, knows_year};

/// A date found in a text: the date, the weekday named just before it (if any) and the
/// words as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub date: Date,
    pub weekday: Option<Weekday>,
    pub written: String,
}

const MONTHS: &[(&str, i8)] = &[
    ("Januari", 1),
    ("January", 1),
    ("Februari", 2),
    ("February", 2),
    ("Maret", 3),
    ("March", 3),
    ("April", 4),
    ("Mei", 5),
    ("May", 5),
    ("Juni", 6),
    ("June", 6),
    ("Juli", 7),
    ("July", 7),
    ("Agustus", 8),
    ("August", 8),
    ("September", 9),
    ("Oktober", 10),
    ("October", 10),
    ("November", 11),
    ("Desember", 12),
    ("December", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("Senin", Weekday::Monday),
    ("Selasa", Weekday::Tuesday),
    ("Rabu", Weekday::Wednesday),
    ("Kamis", Weekday::Thursday),
    ("Jumat", Weekday::Friday),
    ("Sabtu", Weekday::Saturday),
    ("Minggu", Weekday::Sunday),
    ("Monday", Weekday::Monday),
    ("Tuesday", Weekday::Tuesday),
    ("Wednesday", Weekday::Wednesday),
    ("Thursday", Weekday::Thursday),
    ("Friday", Weekday::Friday),
    ("Saturday", Weekday::Saturday),
    ("Sunday", Weekday::Sunday),
];

fn number(s: &str) -> Option<i16> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The weekday named right before byte `at` ("Kamis, ", "Thursday ", "hari Jumat, ").
fn weekday_before(text: &str, at: usize) -> Option<Weekday> {
    let before = text[..at].trim_end_matches([' ', ',']);
    WEEKDAYS
        .iter()
        .find(|(name, _)| {
            before.ends_with(name)
                && !before[..before.len() - name.len()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        })
        .map(|(_, w)| *w)
}

/// Every date written in `text`; `year` completes a date written without one.
pub fn dates_in(text: &str, year: Option<i16>) -> Vec<Found> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let is_digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    // Numeric: 2025-06-05 and 05-06-2025.
    let mut i = 0;
    while i < bytes.len() {
        if is_digit(i) && (i == 0 || !is_digit(i - 1)) {
            let run = |from: usize| (from..bytes.len()).take_while(|&j| is_digit(j)).count();
            let a = run(i);
            let sep = |j: usize| bytes.get(j) == Some(&b'-');
            let parts = if sep(i + a) {
                let b = run(i + a + 1);
                if b > 0 && sep(i + a + 1 + b) {
                    let c = run(i + a + 2 + b);
                    Some((a, b, c))
                } else {
                    None
                }
            } else {
                None
            };
            if let Some((a, b, c)) = parts {
                let end = i + a + b + c + 2;
                let p1 = &text[i..i + a];
                let p2 = &text[i + a + 1..i + a + 1 + b];
                let p3 = &text[i + a + b + 2..end];
                let ymd = match (a, b, c) {
                    (4, 2, 2) => Some((number(p1), number(p2), number(p3))),
                    (2, 2, 4) => Some((number(p3), number(p2), number(p1))),
                    _ => None,
                };
                if let Some((Some(y), Some(m), Some(d))) = ymd
                    && let (Ok(m), Ok(d)) = (i8::try_from(m), i8::try_from(d))
                    && let Ok(date) = Date::new(y, m, d)
                {
                    out.push(Found {
                        date,
                        weekday: weekday_before(text, i),
                        written: text[i..end].to_owned(),
                    });
                }
                i = end;
                continue;
            }
            i += a;
            continue;
        }
        i += 1;
    }
    // Words: "5 Juni 2025", "Kamis, 12 Juni", "5 June 2025".
    for (name, month) in MONTHS {
        let mut from = 0;
        while let Some(pos) = text[from..].find(name) {
            let at = from + pos;
            from = at + name.len();
            let after = &text[from..];
            if after.chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let Some(before) = text[..at].strip_suffix(' ') else {
                continue;
            };
            let digits: String = before
                .chars()
                .rev()
                .take_while(char::is_ascii_digit)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let Some(day) = number(&digits).and_then(|d| i8::try_from(d).ok()) else {
                continue;
            };
            let start = before.len() - digits.len();
            if before[..start]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '/')
            {
                continue;
            }
            let year_digits: String = after
                .strip_prefix(' ')
                .unwrap_or("")
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let (y, end) = match number(&year_digits) {
                Some(y) if year_digits.len() == 4 => (Some(y), from + 1 + year_digits.len()),
                _ => (year, from),
            };
            let Some(y) = y else { continue };
            if let Ok(date) = Date::new(y, *month, day) {
                out.push(Found {
                    date,
                    weekday: weekday_before(text, start),
                    written: text[start..end].to_owned(),
                });
            }
        }
    }
    out
}

/// What is wrong with a date as a working day in a lesson, if anything.
pub fn problem(found: &Found) -> Option<String> {
    let date = found.date;
    if date.year() < 2024 {
        return None;
    }
    if let Some(w) = found.weekday
        && w != date.weekday()
    {
        return Some(format!(
            "\"{}\" names the wrong day: {date} is a {:?}",
            found.written,
            date.weekday()
        ));
    }
    if matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) {
        return Some(format!(
            "\"{}\" is a {:?}, not a working day",
            found.written,
            date.weekday()
        ));
    }
    holiday(date).map(|name| format!("\"{}\" is a holiday: {name}", found.written))
}

/// Every date of one lesson file: in its TOML text and in the messages it names, in
/// every language.
pub fn lesson_dates(file: &SourceFile, catalog: &Catalog) -> Vec<(String, Found)> {
    let mut texts: Vec<(String, String)> = vec![(String::new(), file.text.clone())];
    if let Ok(table) = file.text.parse::<toml::Table>() {
        let mut ids = Vec::new();
        strings(&toml::Value::Table(table), &mut ids);
        for id in ids {
            for lang in Lang::ALL {
                if let Some(source) = catalog.source(lang, &id) {
                    texts.push((format!("`{id}` ({lang})"), source.text));
                }
            }
        }
    }
    let year = dates_in(&file.text, None)
        .into_iter()
        .chain(texts.iter().flat_map(|(_, t)| dates_in(t, None)))
        .map(|f| f.date.year())
        .find(|y| *y >= 2024);
    let mut out = Vec::new();
    for (place, text) in &texts {
        for found in dates_in(text, year) {
            out.push((place.clone(), found));
        }
    }
    out
}

fn strings(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        toml::Value::String(s)
            if !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') =>
        {
            out.push(s.clone());
        }
        toml::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        toml::Value::Table(t) => t.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The calendar check over every lesson file.
pub fn check<'a>(
    lessons: impl IntoIterator<Item = &'a SourceFile>,
    catalog: &Catalog,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for file in lessons {
        if file.name == "module.toml" {
            continue;
        }
        for (place, found) in lesson_dates(file, catalog) {
            if let Some(p) = problem(&found) {
                let place = if place.is_empty() {
                    String::new()
                } else {
                    format!("{place}: ")
                };
                problems.push(Problem::file(&file.origin, format!("{place}{p}")));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).expect("date")
    }

    #[test]
    fn dates_are_found_in_every_shape_the_lessons_write() {
        let f = dates_in(
            "received = \"2025-06-05T08:30\", 2025-05-14_Surat.docx, isi 05-06-2025. \
             Rapat hari Kamis, 12 Juni 2025. Besok, Kamis 5 Juni. On Thursday, 12 June 2025. \
             NIP 197103141998031004, lahir 14 Maret 1971, pukul 07.30, 3-2 hari.",
            Some(2025),
        );
        let dates: Vec<(Date, Option<Weekday>)> = f.iter().map(|f| (f.date, f.weekday)).collect();
        assert_eq!(
            dates,
            [
                (d(2025, 6, 5), None),
                (d(2025, 5, 14), None),
                (d(2025, 6, 5), None),
                (d(1971, 3, 14), None),
                (d(2025, 6, 12), Some(Weekday::Thursday)),
                (d(2025, 6, 5), Some(Weekday::Thursday)),
                (d(2025, 6, 12), Some(Weekday::Thursday)),
            ]
        );
    }

    #[test]
    fn holidays_weekends_and_wrong_weekdays_are_problems() {
        let check = |text: &str| -> Vec<Option<String>> {
            dates_in(text, Some(2025)).iter().map(problem).collect()
        };
        assert!(
            check("DL pada 06-06-2025")[0]
                .as_deref()
                .is_some_and(|p| p.contains("Idul Adha"))
        );
        assert!(
            check("Senin, 9 Juni 2025")[0]
                .as_deref()
                .is_some_and(|p| p.contains("cuti bersama"))
        );
        assert!(
            check("2025-05-31_Laporan")[0]
                .as_deref()
                .is_some_and(|p| p.contains("Saturday"))
        );
        assert!(
            check("Selasa, 5 Juni 2025")[0]
                .as_deref()
                .is_some_and(|p| p.contains("wrong day"))
        );
        assert_eq!(check("Kamis, 5 Juni 2025"), [None]);
        assert_eq!(check("lahir 1 Juni 1971"), [None], "history is not checked");
    }

    /// The official list itself: every day named is a real date, and the well-known
    /// ones the review found in the lessons are there.
    #[test]
    fn the_holiday_table_holds_the_2025_skb() {
        for (year, days) in HOLIDAYS {
            for (m, day, name) in *days {
                assert!(
                    Date::new(*year, *m, *day).is_ok(),
                    "{year}-{m}-{day} {name}"
                );
            }
        }
        for (m, day) in [(6, 6), (6, 9), (5, 29), (5, 30), (5, 13), (6, 1), (3, 31)] {
            assert!(holiday(d(2025, m, day)).is_some(), "2025-{m}-{day}");
        }
        assert_eq!(holiday(d(2025, 6, 5)), None);
    }

    /// Every date in the shipped lessons is a working day, and every year they use has
    /// its holiday table.
    #[test]
    fn every_date_in_the_shipped_lessons_is_a_working_day() {
        let files = super::super::ContentFiles::embedded();
        let content = super::super::load(None);
        let lessons: Vec<&SourceFile> = files.lessons.values().flatten().collect();
        let problems = check(lessons.iter().copied(), &content.catalog);
        for p in &problems {
            println!("{p}");
        }
        assert!(
            problems.is_empty(),
            "{} dates are not working days",
            problems.len()
        );
        let mut years = std::collections::BTreeSet::new();
        let mut count = 0;
        for file in lessons.iter().filter(|f| f.name != "module.toml") {
            for (_, found) in lesson_dates(file, &content.catalog) {
                if found.date.year() >= 2024 {
                    years.insert(found.date.year());
                    count += 1;
                }
            }
        }
        assert!(count > 100, "the lessons use many dates ({count})");
        for y in years {
            assert!(knows_year(y), "no holiday table for {y}");
        }
    }
}
