//! Times and ids as the mentor reads them.

use crate::course::Course;
use crate::i18n::Translator;

/// A date as the mentor reads it (`23-11-2026`), or "belum pernah".
pub fn day(tr: &Translator, ms: Option<i64>) -> String {
    ms.and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())
        .map(|t| {
            t.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%d-%m-%Y")
                .to_string()
        })
        .unwrap_or_else(|| tr.tr("mentor-never"))
}

/// The time of day (`09:41`) in the laptop's time zone.
pub fn clock(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| {
            t.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

/// A calendar date as `23-11-2026`.
pub fn date(d: jiff::civil::Date) -> String {
    d.strftime("%d-%m-%Y").to_string()
}

/// Today in the laptop's time zone.
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// The lesson's title, or its id when the content no longer has it.
pub fn lesson_title(tr: &Translator, course: &Course, id: &str) -> String {
    course
        .lesson(id)
        .and_then(|e| e.lesson.as_ref())
        .map_or_else(|| id.to_owned(), |l| tr.tr(&l.title))
}

/// The module's title, or its id.
pub fn module_title(tr: &Translator, course: &Course, id: &str) -> String {
    course
        .modules
        .iter()
        .find(|m| m.id == id)
        .map_or_else(|| id.to_owned(), |m| tr.tr(&m.title))
}

/// The instruction of a step (translated), or nothing when the content has no such step.
pub fn step_text(tr: &Translator, course: &Course, lesson: &str, step: usize) -> String {
    course
        .lesson(lesson)
        .and_then(|e| e.lesson.as_ref())
        .and_then(|l| l.steps.get(step))
        .map(|s| tr.tr(s.text()))
        .unwrap_or_default()
}

/// Minutes as "95 menit (2 JP)": 1 JP is 45 minutes.
pub fn minutes_jp(tr: &Translator, minutes: u32) -> String {
    tr.tr_args(
        "mentor-minutes-jp",
        &[
            ("minutes", minutes.into()),
            ("jp", (minutes / crate::store::mentor::JP_MINUTES).into()),
        ],
    )
}
