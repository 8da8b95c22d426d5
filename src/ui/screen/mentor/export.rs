//! Writing the mentor's files: a learner's summary, a module certificate, the class report
//! (xlsx), into the export folder, through [`crate::output`] (as the command line does).
//! What needs the store and the words is done at once; making and writing the bytes is a
//! [`Job`] that runs off the window's thread and ends in the sentence the mentor reads.

use super::Ctx;
use crate::output::{self, reports};
use crate::store::{Learner, StoreError, now_ms};
use iced::Task;
use std::path::{Path, PathBuf};

pub use crate::output::export_dir;

pub use crate::ui::widget::Outcome;

fn written(ctx: &Ctx<'_>, file: &Path) -> Outcome {
    Outcome::done(ctx.tr.tr_args(
        "mentor-file-written",
        &[("path", readable_place(ctx, file).into())],
    ))
}

fn failed(ctx: &Ctx<'_>, file: &Path, why: &dyn std::fmt::Display) -> Outcome {
    tracing::error!("cannot write {}: {why}", file.display());
    Outcome::failed(ctx.tr.tr_args(
        "mentor-file-failed",
        &[("path", readable_place(ctx, file).into())],
    ))
}

/// Where a file went, as a person reads it: "Dokumen › laporan-kelas-2026-02-03.xlsx" (the
/// folder's own name for any other folder), never a raw path.
pub fn readable_place(ctx: &Ctx<'_>, file: &Path) -> String {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parent = file.parent();
    let documents = output::documents_dir();
    let folder = match (parent, documents) {
        (Some(p), Some(d)) if p == d => ctx.tr.tr("mentor-place-documents"),
        (Some(p), _) => p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        (None, _) => String::new(),
    };
    if folder.is_empty() {
        name
    } else {
        format!("{folder} › {name}")
    }
}

/// A file to be made and written off the window's thread: the words are laid out already
/// (the translator stays on the window's thread); making the bytes (a PDF's fonts and pages)
/// and writing them happen in [`Job::run`].
pub struct Job {
    file: PathBuf,
    bytes: Bytes,
}

enum Bytes {
    Ready(Vec<u8>),
    Pdf(reports::Document),
}

/// A job's end: the file, and why it could not be written, if it could not.
#[derive(Debug, Clone)]
pub struct Finished {
    pub file: PathBuf,
    pub error: Option<String>,
}

impl Job {
    /// Makes and writes the file on another thread.
    pub fn run(self) -> Task<Finished> {
        let file = self.file.clone();
        crate::ui::background::run(
            move || {
                let bytes = match self.bytes {
                    Bytes::Ready(b) => Ok(b),
                    Bytes::Pdf(doc) => doc.render(crate::pdf::Paper::A4).map_err(|e| e.to_string()),
                };
                bytes
                    .and_then(|b| output::write_bytes(&self.file, &b).map_err(|e| e.to_string()))
                    .err()
            },
            move |error| {
                let error = error.unwrap_or_else(|| {
                    tracing::error!("the thread writing {} stopped", file.display());
                    Some(String::new())
                });
                Finished { file, error }
            },
        )
    }
}

/// What the mentor reads when a job has ended.
pub fn outcome(ctx: &Ctx<'_>, finished: &Finished) -> Outcome {
    match &finished.error {
        None => written(ctx, &finished.file),
        Some(why) => failed(ctx, &finished.file, why),
    }
}

/// The learner's printable summary, `ringkasan-<name>.pdf`.
pub fn summary(ctx: &Ctx<'_>, learner: &Learner) -> Result<Job, Outcome> {
    let file = ctx
        .export_dir
        .join(output::summary_file_name(&learner.name));
    let detail = match ctx.store.learner_detail(&learner.id, ctx.course) {
        Ok(d) => d,
        Err(e) => return Err(failed(ctx, &file, &e)),
    };
    let doc = reports::summary_document(&detail, ctx.course, ctx.tr, now_ms());
    Ok(Job {
        file,
        bytes: Bytes::Pdf(doc),
    })
}

/// A certificate of a module whose skill check the learner has passed,
/// `sertifikat-<module>-<name>.pdf`, signed by the mentor at the office `kantor`.
pub fn certificate(
    ctx: &Ctx<'_>,
    learner: &Learner,
    module: &str,
    kantor: &str,
) -> Result<Job, Outcome> {
    let file = ctx
        .export_dir
        .join(output::certificate_file_name(module, &learner.name));
    let Some(m) = ctx.course.modules.iter().find(|m| m.id == module) else {
        let e = StoreError::Invalid(crate::store::Invalid::NoSuchModule(module.to_owned()));
        return Err(failed(ctx, &file, &e));
    };
    let figures = match ctx.store.module_figures(&learner.id, ctx.course, module) {
        Ok(Some(f)) => f,
        Ok(None) => {
            tracing::warn!("certificate of {module} asked for before a pass");
            return Err(failed(ctx, &file, &module));
        }
        Err(e) => return Err(failed(ctx, &file, &e)),
    };
    let signer = reports::Signer {
        mentor: Some(ctx.mentor.to_owned()).filter(|m| !m.trim().is_empty()),
        kantor: Some(kantor.to_owned()).filter(|k| !k.trim().is_empty()),
    };
    let doc = reports::certificate_document(learner, m, &figures, &signer, ctx.tr);
    Ok(Job {
        file,
        bytes: Bytes::Pdf(doc),
    })
}

/// The class report as a spreadsheet (as `tuntun report --format xlsx`), of one work unit
/// or everyone: `laporan-kelas-<date>.xlsx`.
pub fn report(ctx: &Ctx<'_>, unit: Option<&str>) -> Result<Job, Outcome> {
    let file = ctx
        .export_dir
        .join(output::class_report::file_name(super::fmt::today(), "xlsx"));
    let rows = match ctx.store.report_rows(ctx.course, unit) {
        Ok(r) => r,
        Err(e) => return Err(failed(ctx, &file, &e)),
    };
    let tz = jiff::tz::TimeZone::system();
    match output::class_report::xlsx(&rows, ctx.course, ctx.tr, &tz) {
        Ok(bytes) => Ok(Job {
            file,
            bytes: Bytes::Ready(bytes),
        }),
        Err(e) => Err(failed(ctx, &file, &e)),
    }
}
