//! The printed reports, as [`Block`]s for [`crate::pdf::render`] (or as PDF bytes through
//! [`summary_pdf`] and [`certificate_pdf`], which the command line and Kelas both use): a learner's progress
//! summary (for BKPSDM) and a certificate of completion of one module. Every word comes from
//! Fluent (`locales/*/report.ftl`); names of lessons and modules from the content's own
//! messages. Dates and times are printed in `tz` as `DD-MM-YYYY` and `HH:MM`.
//!
//! Unlike the spec's `learner_summary(detail, tr)`, both take the [`Course`] (lesson and
//! module titles) and a time zone (the laptop's, or UTC in tests).

use crate::course::{Course, Module};
use crate::i18n::Translator;
use crate::pdf::{Align, Block};
use crate::store::Learner;
use crate::store::{LearnerDetail, ModuleFigures, TimelineItem};
use jiff::tz::TimeZone;

/// A printed report laid out in words (built where the translator is), ready to become PDF
/// bytes anywhere, e.g. off the window's thread.
#[derive(Debug, Clone)]
pub struct Document {
    pub blocks: Vec<Block>,
    pub title: String,
}

impl Document {
    pub fn render(&self, paper: crate::pdf::Paper) -> Result<Vec<u8>, crate::pdf::PdfError> {
        crate::pdf::render(&self.blocks, paper, &self.title)
    }
}

/// The learner's summary, laid out.
pub fn summary_document(
    detail: &LearnerDetail,
    course: &Course,
    tr: &Translator,
    printed_at: i64,
) -> Document {
    let tz = TimeZone::system();
    Document {
        blocks: learner_summary(detail, course, tr, &tz, printed_at),
        title: summary_title(&detail.learner, tr),
    }
}

/// A module's certificate, laid out.
pub fn certificate_document(
    learner: &Learner,
    module: &Module,
    figures: &ModuleFigures,
    signer: &Signer,
    tr: &Translator,
) -> Document {
    let tz = TimeZone::system();
    Document {
        blocks: certificate(learner, module, figures, signer, tr, &tz),
        title: certificate_title(learner, module, tr),
    }
}

/// The learner's summary as a PDF file's bytes.
pub fn summary_pdf(
    detail: &LearnerDetail,
    course: &Course,
    tr: &Translator,
    paper: crate::pdf::Paper,
    printed_at: i64,
) -> Result<Vec<u8>, crate::pdf::PdfError> {
    summary_document(detail, course, tr, printed_at).render(paper)
}

/// A module's certificate as a PDF file's bytes.
pub fn certificate_pdf(
    learner: &Learner,
    module: &Module,
    figures: &ModuleFigures,
    signer: &Signer,
    tr: &Translator,
    paper: crate::pdf::Paper,
) -> Result<Vec<u8>, crate::pdf::PdfError> {
    certificate_document(learner, module, figures, signer, tr).render(paper)
}

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

    let sessions = sessions(detail);
    out.push(Block::Heading(tr.tr("report-time-heading")));
    out.push(Block::text(tr.tr_args(
        "report-time-total",
        &[
            ("minutes", detail.minutes_total.into()),
            (
                "jp",
                (detail.minutes_total / crate::store::mentor::JP_MINUTES).into(),
            ),
            ("sessions", sessions.len().into()),
        ],
    )));
    out.push(small(tr.tr("report-time-rule")));

    out.push(Block::Heading(tr.tr("report-finished-heading")));
    out.push(finished_table(detail, course, tr, tz));
    out.push(Block::Heading(tr.tr("report-checks-heading")));
    out.push(checks_table(detail, course, tr));
    out.push(Block::Heading(tr.tr("report-standards-heading")));
    if detail.standards.is_empty() {
        out.push(Block::text(tr.tr("report-none-standards")));
    } else {
        out.push(Block::text(standards_lines(tr, &detail.standards)));
    }
    out.push(Block::Heading(tr.tr("report-sessions-heading")));
    out.push(sessions_table(&sessions, tr, tz));
    out.push(Block::Heading(tr.tr("report-steps-heading")));
    out.push(steps_table(detail, course, tr));
    out.push(Block::Spacer(12.0));
    out.push(small(tr.tr("report-made-by")));
    out
}

/// A table, or the sentence `none` when it has no rows.
fn table_or(none: String, header: Vec<String>, rows: Vec<Vec<String>>) -> Block {
    if rows.is_empty() {
        Block::text(none)
    } else {
        Block::Table { header, rows }
    }
}

/// The learner's sessions: start, end and minutes.
fn sessions(detail: &LearnerDetail) -> Vec<(i64, i64, u32)> {
    detail
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
        .collect()
}

/// The finished lessons, with the day each was finished.
fn finished_table(
    detail: &LearnerDetail,
    course: &Course,
    tr: &Translator,
    tz: &TimeZone,
) -> Block {
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
    table_or(
        tr.tr("report-none-finished"),
        vec![tr.tr("report-col-date"), tr.tr("report-col-lesson")],
        finished,
    )
}

/// The skill checks: module, score, passed or not.
fn checks_table(detail: &LearnerDetail, course: &Course, tr: &Translator) -> Block {
    let rows = detail
        .skill_checks
        .iter()
        .map(|c| {
            vec![
                module_title(course, tr, &c.module),
                tr.tr_args("report-score", &[("score", c.score.into())]),
                tr.tr_args(
                    if c.passed {
                        "report-passed"
                    } else {
                        "report-not-passed"
                    },
                    &[("pass", c.pass_mark.into())],
                ),
            ]
        })
        .collect();
    table_or(
        tr.tr("report-none-checks"),
        vec![
            tr.tr("report-col-module"),
            tr.tr("report-col-score"),
            tr.tr("report-col-result"),
        ],
        rows,
    )
}

/// The sessions: day, start, end and minutes.
fn sessions_table(sessions: &[(i64, i64, u32)], tr: &Translator, tz: &TimeZone) -> Block {
    let rows = sessions
        .iter()
        .map(|(start, end, minutes)| {
            vec![
                date(*start, tz),
                time(*start, tz),
                time(*end, tz),
                minutes.to_string(),
            ]
        })
        .collect();
    table_or(
        tr.tr("report-none-steps"),
        vec![
            tr.tr("report-col-date"),
            tr.tr("report-col-start"),
            tr.tr("report-col-end"),
            tr.tr("report-col-minutes"),
        ],
        rows,
    )
}

/// Every step: its lesson, tries, mistakes, hints, time and whether it is done.
fn steps_table(detail: &LearnerDetail, course: &Course, tr: &Translator) -> Block {
    let rows = detail
        .steps
        .iter()
        .map(|s| {
            vec![
                lesson_title(course, tr, &s.lesson),
                (s.step + 1).to_string(),
                s.tries.to_string(),
                s.mistakes.len().to_string(),
                s.hints.to_string(),
                minutes_seconds(s.time_ms),
                tr.tr(if s.done { "report-yes" } else { "report-no" }),
            ]
        })
        .collect();
    let header = [
        "report-col-lesson",
        "report-col-step",
        "report-col-tries",
        "report-col-mistakes",
        "report-col-hints",
        "report-col-time",
        "report-col-done",
    ]
    .iter()
    .map(|id| tr.tr(id))
    .collect();
    table_or(tr.tr("report-none-steps"), header, rows)
}

/// The document title (PDF metadata) of a learner's summary.
pub fn summary_title(learner: &Learner, tr: &Translator) -> String {
    tr.tr_args(
        "report-summary-doc-title",
        &[("name", learner.name.clone().into())],
    )
}

/// Who signs a certificate, and where: the mentor's name and the office (kantor) of the
/// class. Either may be unknown: a dotted line is printed for the mentor to write on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signer {
    pub mentor: Option<String>,
    pub kantor: Option<String>,
}

/// A certificate of `module`, centred on one page: given for a passed skill check.
pub fn certificate(
    learner: &Learner,
    module: &Module,
    figures: &ModuleFigures,
    signer: &Signer,
    tr: &Translator,
    tz: &TimeZone,
) -> Vec<Block> {
    let centred = |text: String, bold: bool, size_pt: f32| Block::Paragraph {
        runs: vec![(text, bold)],
        size_pt,
        align: Align::Center,
    };
    let mut out = vec![
        Block::Spacer(24.0),
        Block::Title(tr.tr("report-cert-title")),
        Block::Spacer(16.0),
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
        Block::Spacer(14.0),
        centred(tr.tr("report-cert-has-passed"), false, 12.0),
        centred(tr.tr(&module.title), true, 18.0),
        centred(
            tr.tr_args(
                "report-cert-passed-on",
                &[
                    ("date", date(figures.passed_at, tz).into()),
                    ("score", figures.score.into()),
                    ("pass", module.pass_mark.into()),
                ],
            ),
            false,
            12.0,
        ),
        Block::Spacer(12.0),
        centred(hours(tr, figures.minutes), false, 12.0),
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
        for s in &figures.standards {
            out.push(centred(crate::course::standard_name(tr, s), false, 11.0));
        }
    }
    let right = |text: String| Block::Paragraph {
        runs: vec![(text, false)],
        size_pt: 12.0,
        align: Align::Right,
    };
    let place_date = match signer.kantor.as_deref().filter(|k| !k.trim().is_empty()) {
        Some(kantor) => tr.tr_args(
            "report-cert-kantor-date",
            &[
                ("kantor", kantor.trim().to_owned().into()),
                ("date", date(figures.passed_at, tz).into()),
            ],
        ),
        None => date(figures.passed_at, tz),
    };
    let mentor = signer
        .mentor
        .as_deref()
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map_or_else(|| tr.tr("report-cert-signature"), str::to_owned);
    out.extend([
        Block::Spacer(30.0),
        right(place_date),
        right(tr.tr("report-cert-mentor")),
        Block::Spacer(50.0),
        Block::Paragraph {
            runs: vec![(mentor, true)],
            size_pt: 12.0,
            align: Align::Right,
        },
    ]);
    out
}

/// Learning time in words: "2 JP (95 menit …)", and under one JP, truthfully, "26 menit,
/// kurang dari 1 JP" (never "0 JP").
pub fn hours(tr: &Translator, minutes: u32) -> String {
    let jp = minutes / crate::store::mentor::JP_MINUTES;
    if jp == 0 {
        tr.tr_args("report-cert-under-one-jp", &[("minutes", minutes.into())])
    } else {
        tr.tr_args(
            "report-cert-hours",
            &[("jp", jp.into()), ("minutes", minutes.into())],
        )
    }
}

/// Standards in words, one per line.
fn standards_lines(tr: &Translator, standards: &[String]) -> String {
    standards
        .iter()
        .map(|s| format!("- {}", crate::course::standard_name(tr, s)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A step's time as `m:ss`: most steps take less than a minute.
fn minutes_seconds(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    format!("{}:{:02}", s / 60, s % 60)
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
