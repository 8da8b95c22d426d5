//! Writing the mentor's files: a learner's summary, a module certificate, the class report
//! (xlsx), into the export folder, through [`crate::output`] (as the command line does).
//! Each returns the path written, or the sentence that tells the mentor it failed.

use super::Ctx;
use crate::output::{self, reports};
use crate::store::{Learner, StoreError, now_ms};
use std::path::Path;

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

fn write(ctx: &Ctx<'_>, file: &Path, bytes: &[u8]) -> Outcome {
    match output::write_bytes(file, bytes) {
        Ok(()) => written(ctx, file),
        Err(e) => failed(ctx, file, &e),
    }
}

/// The learner's printable summary, `ringkasan-<name>.pdf`.
pub fn summary(ctx: &Ctx<'_>, learner: &Learner) -> Outcome {
    let file = ctx
        .export_dir
        .join(output::summary_file_name(&learner.name));
    let detail = match ctx.store.learner_detail(&learner.id, ctx.course) {
        Ok(d) => d,
        Err(e) => return failed(ctx, &file, &e),
    };
    match reports::summary_pdf(&detail, ctx.course, ctx.tr, crate::pdf::Paper::A4, now_ms()) {
        Ok(bytes) => write(ctx, &file, &bytes),
        Err(e) => failed(ctx, &file, &e),
    }
}

/// A certificate of a module whose skill check the learner has passed,
/// `sertifikat-<module>-<name>.pdf`, signed by the mentor at the office `kantor`.
pub fn certificate(ctx: &Ctx<'_>, learner: &Learner, module: &str, kantor: &str) -> Outcome {
    let file = ctx
        .export_dir
        .join(output::certificate_file_name(module, &learner.name));
    let Some(m) = ctx.course.modules.iter().find(|m| m.id == module) else {
        return failed(ctx, &file, &StoreError::NoSuchModule(module.to_owned()));
    };
    let figures = match ctx.store.module_figures(&learner.id, ctx.course, module) {
        Ok(Some(f)) => f,
        Ok(None) => {
            tracing::warn!("certificate of {module} asked for before a pass");
            return failed(ctx, &file, &module);
        }
        Err(e) => return failed(ctx, &file, &e),
    };
    let signer = reports::Signer {
        mentor: Some(ctx.mentor.to_owned()).filter(|m| !m.trim().is_empty()),
        kantor: Some(kantor.to_owned()).filter(|k| !k.trim().is_empty()),
    };
    match reports::certificate_pdf(learner, m, &figures, &signer, ctx.tr, crate::pdf::Paper::A4) {
        Ok(bytes) => write(ctx, &file, &bytes),
        Err(e) => failed(ctx, &file, &e),
    }
}

/// The class report as a spreadsheet (as `tuntun report --format xlsx`), of one work unit
/// or everyone: `laporan-kelas-<date>.xlsx`.
pub fn report(ctx: &Ctx<'_>, unit: Option<&str>) -> Outcome {
    let file = ctx
        .export_dir
        .join(output::class_report::file_name(super::fmt::today(), "xlsx"));
    let rows = match ctx.store.report_rows(ctx.course, unit) {
        Ok(r) => r,
        Err(e) => return failed(ctx, &file, &e),
    };
    let tz = jiff::tz::TimeZone::system();
    match output::class_report::xlsx(&rows, ctx.course, ctx.tr, &tz) {
        Ok(bytes) => write(ctx, &file, &bytes),
        Err(e) => failed(ctx, &file, &e),
    }
}
