//! Writing the mentor's files: a learner's summary, a module certificate, the class report
//! (xlsx), into the export folder, with the file names the command line uses. Each returns
//! the path written, or the sentence that tells the mentor it failed.

use super::Ctx;
use crate::cli;
use crate::store::mentor::pdf_reports;
use crate::store::{Learner, StoreError, now_ms};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where files go: the folder given in the options, else the user's Documents folder (when
/// it exists), else the data folder.
pub fn export_dir(option: Option<&Path>, data_dir: &Path) -> PathBuf {
    if let Some(dir) = option {
        return dir.to_owned();
    }
    directories::UserDirs::new()
        .and_then(|u| u.document_dir().map(Path::to_path_buf))
        .filter(|d| d.is_dir())
        .unwrap_or_else(|| data_dir.to_owned())
}

/// The result the mentor reads: `(written, sentence)`.
pub type Outcome = (bool, String);

fn written(ctx: &Ctx<'_>, file: &Path) -> Outcome {
    (
        true,
        ctx.tr.tr_args(
            "mentor-file-written",
            &[("path", readable_place(ctx, file).into())],
        ),
    )
}

fn failed(ctx: &Ctx<'_>, file: &Path, why: &dyn std::fmt::Display) -> Outcome {
    tracing::error!("cannot write {}: {why}", file.display());
    (
        false,
        ctx.tr.tr_args(
            "mentor-file-failed",
            &[("path", readable_place(ctx, file).into())],
        ),
    )
}

/// Where a file went, as a person reads it: "Dokumen › laporan-kelas-2026-02-03.xlsx" (the
/// folder's own name for any other folder), never a raw path.
pub fn readable_place(ctx: &Ctx<'_>, file: &Path) -> String {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parent = file.parent();
    let documents =
        directories::UserDirs::new().and_then(|u| u.document_dir().map(Path::to_path_buf));
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

fn write_pdf(ctx: &Ctx<'_>, file: &Path, bytes: &[u8]) -> Outcome {
    match cli::write_file(file, |w| w.write_all(bytes)) {
        Ok(()) => written(ctx, file),
        Err(e) => failed(ctx, file, &e),
    }
}

/// The learner's printable summary, `ringkasan-<name>.pdf`.
pub fn summary(ctx: &Ctx<'_>, learner: &Learner) -> Outcome {
    let file = ctx.export_dir.join(cli::summary_file_name(&learner.name));
    let detail = match ctx.store.learner_detail(&learner.id, ctx.course) {
        Ok(d) => d,
        Err(e) => return failed(ctx, &file, &e),
    };
    let tz = jiff::tz::TimeZone::system();
    let blocks = pdf_reports::learner_summary(&detail, ctx.course, ctx.tr, &tz, now_ms());
    let title = pdf_reports::summary_title(learner, ctx.tr);
    match crate::pdf::render(&blocks, crate::pdf::Paper::A4, &title) {
        Ok(bytes) => write_pdf(ctx, &file, &bytes),
        Err(e) => failed(ctx, &file, &e),
    }
}

/// A certificate of a module whose skill check the learner has passed,
/// `sertifikat-<module>-<name>.pdf`, signed by the mentor at the office `kantor`.
pub fn certificate(ctx: &Ctx<'_>, learner: &Learner, module: &str, kantor: &str) -> Outcome {
    let file = ctx
        .export_dir
        .join(cli::certificate_file_name(module, &learner.name));
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
    let tz = jiff::tz::TimeZone::system();
    let signer = pdf_reports::Signer {
        mentor: Some(ctx.mentor.to_owned()).filter(|m| !m.trim().is_empty()),
        kantor: Some(kantor.to_owned()).filter(|k| !k.trim().is_empty()),
    };
    let blocks = pdf_reports::certificate(learner, m, &figures, &signer, ctx.tr, &tz);
    let title = pdf_reports::certificate_title(learner, m, ctx.tr);
    match crate::pdf::render(&blocks, crate::pdf::Paper::A4, &title) {
        Ok(bytes) => write_pdf(ctx, &file, &bytes),
        Err(e) => failed(ctx, &file, &e),
    }
}

/// The class report as a spreadsheet (as `tuntun report --format xlsx`), of one work unit
/// or everyone: `laporan-kelas-<date>.xlsx`.
pub fn report(ctx: &Ctx<'_>, unit: Option<&str>) -> Outcome {
    let file = ctx
        .export_dir
        .join(crate::class_report::file_name(super::fmt::today(), "xlsx"));
    let rows = match ctx.store.report_rows(ctx.course, unit) {
        Ok(r) => r,
        Err(e) => return failed(ctx, &file, &e),
    };
    let tz = jiff::tz::TimeZone::system();
    match crate::class_report::xlsx(&rows, ctx.course, ctx.tr, &tz) {
        Ok(bytes) => match cli::write_file(&file, |w| w.write_all(&bytes)) {
            Ok(()) => written(ctx, &file),
            Err(e) => failed(ctx, &file, &e),
        },
        Err(e) => failed(ctx, &file, &e),
    }
}
