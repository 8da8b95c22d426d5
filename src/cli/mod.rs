//! The command line: the GUI by default, and subcommands for mentors and administrators.
//!
//! One file a concern: `args` (what clap reads), `check-content`, moving progress between
//! laptops (backup, export, import, sync, join), the reports and certificates, the class list
//! and the durability drill. Their functions are re-exported here, so `cli::report` and the
//! rest keep their paths.

use crate::store::Store;
use std::path::{Path, PathBuf};

mod args;
mod content;
mod drill;
mod exchange;
mod learners;
mod reports;

pub use args::{Cli, Command, PaperArg, Renderer, ReportArgs, ReportFormat};
pub use content::check_content;
pub use drill::drill;
pub use exchange::{backup, export, import, join, sync};
pub use learners::{demo_class, learners};
pub use reports::{PdfOptions, certificate, report, report_pdf, run_report};

/// Why a subcommand failed: one sentence, printed after "tuntun: ".
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error("{0}")]
    Store(#[from] crate::store::StoreError),
    #[error("{0}")]
    Lock(#[from] crate::instance::InstanceError),
    #[error("cannot export: {0}")]
    Export(#[from] crate::store::exchange::ExportError),
    #[error("cannot write the report to {path}: {source}")]
    ReportFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write the report: {0}")]
    ReportOut(#[source] std::io::Error),
    #[error("there is no learner in the work unit \"{0}\" (see `tuntun learners`)")]
    NoSuchUnit(String),
    #[error("cannot import {path}: {source}")]
    Import {
        path: PathBuf,
        #[source]
        source: crate::store::exchange::ImportError,
    },
    #[error("{0}")]
    Sync(#[from] crate::sync::SyncError),
    #[error("cannot join: {0}")]
    Join(#[from] crate::store::join::JoinError),
    #[error("`{0}` is not a language; use id or en")]
    BadLang(String),
    #[error("a PDF report is about one learner: add --learner <id or name>")]
    PdfNeedsLearner,
    #[error("the class report covers every learner; --learner is for --format pdf")]
    CsvWithLearner,
    #[error("there is no learner with the id or name \"{0}\" (see `tuntun learners`)")]
    UnknownLearner(String),
    #[error("{count} learners are called \"{name}\"; give the id instead (see `tuntun learners`)")]
    AmbiguousLearner { name: String, count: usize },
    #[error("there is no module \"{module}\" (the modules are: {known})")]
    UnknownModule { module: String, known: String },
    #[error(
        "no certificate yet: {name} has not passed the skill check (Uji Kemampuan) of the module \"{module}\" ({state})"
    )]
    NotPassed {
        name: String,
        module: String,
        state: String,
    },
    #[error("cannot make the spreadsheet: {0}")]
    Xlsx(String),
    #[error("cannot make the PDF: {0}")]
    Pdf(#[from] crate::pdf::PdfError),
}

/// Opens the store for a command that writes (`backup`, `export`, `import`, `drill`): first
/// takes the data folder's lock, waiting with one sentence on standard error while the
/// window or another command holds it, so two writers never race. The lock is held for as
/// long as the returned value lives.
fn open_for_writing(
    data_dir: &Path,
    command: &'static str,
) -> Result<(crate::instance::InstanceLock, Store), CommandError> {
    open_for_writing_with(data_dir, command, crate::store::StartUp::Backup)
}

/// [`open_for_writing`], with or without the start-up backup.
fn open_for_writing_with(
    data_dir: &Path,
    command: &'static str,
    start_up: crate::store::StartUp,
) -> Result<(crate::instance::InstanceLock, Store), CommandError> {
    let lock = crate::instance::wait_for(
        data_dir,
        crate::instance::Holder::Command(command),
        |who| {
            let who = match who.as_deref() {
                Some("window") => "the Tuntun window",
                Some(w) if w.starts_with("command ") => "another tuntun command",
                _ => "another Tuntun",
            };
            eprintln!(
                "tuntun: Tuntun is in use ({who} has the data folder {}); waiting until it is done (Ctrl+C stops waiting)",
                data_dir.display()
            );
        },
    )?;
    let store = Store::open_with(data_dir, start_up)?;
    Ok((lock, store))
}

#[cfg(test)]
mod tests;
