//! The printed reports, as [`Block`]s for [`crate::pdf::render`]: a learner's progress
//! summary (for BKPSDM) and a certificate of completion of one module. Every word comes from
//! Fluent (`locales/*/report.ftl`); names of lessons and modules from the content's own
//! messages. Dates and times are printed in `tz` as `DD-MM-YYYY` and `HH:MM`.
//!
//! Unlike the spec's `learner_summary(detail, tr)`, both take the [`Course`] (lesson and
//! module titles) and a time zone (the laptop's, or UTC in tests).

use super::{LearnerDetail, ModuleFigures, TimelineItem};
use crate::course::{Course, Module};
use crate::i18n::Translator;
use crate::pdf::{Align, Block};
use crate::store::Learner;
use jiff::tz::TimeZone;

/// The learner's summary: identity, learning time, sessions, finished lessons, skill-check
/// scores, standards, and every step with its tries, mistakes, hints and time.
pub fn learner_summary(
    detail: &LearnerDetail,
    course: &Course,
    tr: &Translator,
    tz: &TimeZone,
    printed_at: i64,
) -> Vec<Block> {
    let mut out = vec![Block::Title(tr.tr("report-summary-title"))];
    out.extend(identity(&detail.learner, tr));
    out.push(field(
        tr,
        "report-printed",
        &format!("{} {}", date(printed_at, tz), time(printed_at, tz)),
    ));
    out.push(Block::Rule);

    let sessions: Vec<(i64, i64, u32)> = detail
        .timeline
        .iter()
        .filter_map(|t| match t {
            TimelineItem::Session {
                start,
                end,
                minutes,
            } => Some((*start, *end, *minutes)),
            TimelineItem::Finished { .. } => None,
        })
        .collect();
    out.push(Block::Heading(tr.tr("report-time-heading")));
    out.push(Block::text(tr.tr_args(
        "report-time-total",
        &[
            ("minutes", detail.minutes_total.into()),
            ("jp", (detail.minutes_total / super::JP_MINUTES).into()),
            ("sessions", sessions.len().into()),
        ],
    )));
    out.push(small(tr.tr("report-time-rule")));

    out.push(Block::Heading(tr.tr("report-finished-heading")));
    let finished: Vec<Vec<String>> = detail
        .timeline
        .iter()
        .filter_map(|t| match t {
            TimelineItem::Finished { lesson, at } => {
                Some(vec![date(*at, tz), lesson_title(course, tr, lesson)])
            }
            TimelineItem::Session { .. } => None,
        })
        .collect();
    if finished.is_empty() {
        out.push(Block::text(tr.tr("report-none-finished")));
    } else {
        out.push(Block::Table {
            header: vec![tr.tr("report-col-date"), tr.tr("report-col-lesson")],
            rows: finished,
        });
    }

    out.push(Block::Heading(tr.tr("report-checks-heading")));
    if detail.skill_checks.is_empty() {
        out.push(Block::text(tr.tr("report-none-checks")));
    } else {
        out.push(Block::Table {
            header: vec![tr.tr("report-col-module"), tr.tr("report-col-score")],
            rows: detail
                .skill_checks
                .iter()
                .map(|(module, score)| {
                    vec![
                        module_title(course, tr, module),
                        tr.tr_args("report-score", &[("score", (*score).into())]),
                    ]
                })
                .collect(),
        });
    }

    out.push(Block::Heading(tr.tr("report-standards-heading")));
    out.push(Block::text(if detail.standards.is_empty() {
        tr.tr("report-none-standards")
    } else {
        detail.standards.join(", ")
    }));

    out.push(Block::Heading(tr.tr("report-sessions-heading")));
    if sessions.is_empty() {
        out.push(Block::text(tr.tr("report-none-steps")));
    } else {
        out.push(Block::Table {
            header: vec![
                tr.tr("report-col-date"),
                tr.tr("report-col-start"),
                tr.tr("report-col-end"),
                tr.tr("report-col-minutes"),
            ],
            rows: sessions
                .iter()
                .map(|(start, end, minutes)| {
                    vec![
                        date(*start, tz),
                        time(*start, tz),
                        time(*end, tz),
                        minutes.to_string(),
                    ]
                })
                .collect(),
        });
    }

    out.push(Block::Heading(tr.tr("report-steps-heading")));
    if detail.steps.is_empty() {
        out.push(Block::text(tr.tr("report-none-steps")));
    } else {
        out.push(Block::Table {
            header: [
                "report-col-lesson",
                "report-col-step",
                "report-col-tries",
                "report-col-mistakes",
                "report-col-hints",
                "report-col-minutes",
                "report-col-done",
            ]
            .iter()
            .map(|id| tr.tr(id))
            .collect(),
            rows: detail
                .steps
                .iter()
                .map(|s| {
                    vec![
                        lesson_title(course, tr, &s.lesson),
                        (s.step + 1).to_string(),
                        s.tries.to_string(),
                        s.mistakes.len().to_string(),
                        s.hints.to_string(),
                        super::detail::to_minutes(s.time_ms).to_string(),
                        tr.tr(if s.done { "report-yes" } else { "report-no" }),
                    ]
                })
                .collect(),
        });
    }
    out.push(Block::Spacer(12.0));
    out.push(small(tr.tr("report-made-by")));
    out
}

/// The document title (PDF metadata) of a learner's summary.
pub fn summary_title(learner: &Learner, tr: &Translator) -> String {
    tr.tr_args(
        "report-summary-doc-title",
        &[("name", learner.name.clone().into())],
    )
}

/// A certificate of completion of `module`, centred on one page.
pub fn certificate(
    learner: &Learner,
    module: &Module,
    figures: &ModuleFigures,
    tr: &Translator,
    tz: &TimeZone,
    printed_at: i64,
) -> Vec<Block> {
    let centred = |text: String, bold: bool, size_pt: f32| Block::Paragraph {
        runs: vec![(text, bold)],
        size_pt,
        align: Align::Center,
    };
    let mut out = vec![
        Block::Spacer(30.0),
        Block::Title(tr.tr("report-cert-title")),
        Block::Spacer(20.0),
        centred(tr.tr("report-cert-given-to"), false, 12.0),
        centred(learner.name.clone(), true, 22.0),
    ];
    if let Some(nip) = learner.nip.as_deref().filter(|s| !s.is_empty()) {
        out.push(centred(
            format!("{} {nip}", tr.tr("report-nip")),
            false,
            12.0,
        ));
    }
    if let Some(unit) = learner.unit.as_deref().filter(|s| !s.is_empty()) {
        out.push(centred(unit.to_owned(), false, 12.0));
    }
    out.extend([
        Block::Spacer(16.0),
        centred(tr.tr("report-cert-has-finished"), false, 12.0),
        centred(tr.tr(&module.title), true, 18.0),
        Block::Spacer(16.0),
        centred(
            tr.tr_args(
                "report-cert-hours",
                &[
                    ("jp", figures.jp.into()),
                    ("minutes", figures.minutes.into()),
                ],
            ),
            false,
            12.0,
        ),
        centred(
            tr.tr_args(
                "report-cert-period",
                &[
                    ("first", date(figures.first, tz).into()),
                    ("last", date(figures.last, tz).into()),
                ],
            ),
            false,
            12.0,
        ),
    ]);
    if !figures.standards.is_empty() {
        out.push(Block::Spacer(12.0));
        out.push(centred(tr.tr("report-cert-standards"), true, 11.0));
        out.push(centred(figures.standards.join(", "), false, 10.0));
    }
    let right = |text: String| Block::Paragraph {
        runs: vec![(text, false)],
        size_pt: 11.0,
        align: Align::Right,
    };
    out.extend([
        Block::Spacer(40.0),
        right(tr.tr_args(
            "report-cert-place-date",
            &[("date", date(printed_at, tz).into())],
        )),
        right(tr.tr("report-cert-mentor")),
        Block::Spacer(50.0),
        right(tr.tr("report-cert-signature")),
    ]);
    out
}

/// The document title (PDF metadata) of a certificate.
pub fn certificate_title(learner: &Learner, module: &Module, tr: &Translator) -> String {
    tr.tr_args(
        "report-cert-doc-title",
        &[
            ("module", tr.tr(&module.title).into()),
            ("name", learner.name.clone().into()),
        ],
    )
}

fn identity(learner: &Learner, tr: &Translator) -> Vec<Block> {
    let or_dash = |v: Option<&str>| {
        v.filter(|s| !s.is_empty())
            .map_or_else(|| tr.tr("report-empty"), str::to_owned)
    };
    vec![
        field(tr, "report-name", &learner.name),
        field(tr, "report-nip", &or_dash(learner.nip.as_deref())),
        field(tr, "report-unit", &or_dash(learner.unit.as_deref())),
    ]
}

/// "**Label:** value".
fn field(tr: &Translator, label: &str, value: &str) -> Block {
    Block::Paragraph {
        runs: vec![
            (format!("{}:", tr.tr(label)), true),
            (format!(" {value}"), false),
        ],
        size_pt: 11.0,
        align: Align::Left,
    }
}

fn small(text: String) -> Block {
    Block::Paragraph {
        runs: vec![(text, false)],
        size_pt: 9.0,
        align: Align::Left,
    }
}

fn lesson_title(course: &Course, tr: &Translator, lesson: &str) -> String {
    course
        .entries()
        .find(|e| e.id == lesson)
        .and_then(|e| e.lesson.as_ref())
        .map_or_else(|| lesson.to_owned(), |l| tr.tr(&l.title))
}

fn module_title(course: &Course, tr: &Translator, module: &str) -> String {
    course
        .modules
        .iter()
        .find(|m| m.id == module)
        .map_or_else(|| module.to_owned(), |m| tr.tr(&m.title))
}

fn zoned(ms: i64, tz: &TimeZone) -> Option<jiff::Zoned> {
    jiff::Timestamp::from_millisecond(ms)
        .ok()
        .map(|t| t.to_zoned(tz.clone()))
}

fn date(ms: i64, tz: &TimeZone) -> String {
    zoned(ms, tz).map_or_else(String::new, |z| z.strftime("%d-%m-%Y").to_string())
}

fn time(ms: i64, tz: &TimeZone) -> String {
    zoned(ms, tz).map_or_else(String::new, |z| z.strftime("%H:%M").to_string())
}
