//! The command line: the GUI by default, and subcommands for mentors and administrators.

use crate::store::Store;
use crate::store::exchange::Selection;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Parser)]
#[command(
    name = "tuntun",
    version = concat!(env!("CARGO_PKG_VERSION"), " (content ", env!("TUNTUN_CONTENT_VERSION"), ")"),
    about = "Practise official email, e-presensi and documents, one step at a time"
)]
pub struct Cli {
    /// Folder for progress and logs (default: the platform's data folder; or TUNTUN_DATA_DIR).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Language of the app: id (Bahasa Indonesia, the default) or en.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,

    /// Extra or replacement content: DIR/lessons/<module>/*.toml and DIR/locales/<lang>/*.ftl.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,

    /// How to draw the window: software (the default; light and works on every laptop) or
    /// gpu. The other is tried if the first cannot start. ICED_BACKEND, when set, wins.
    #[arg(long, value_enum, default_value_t = Renderer::Software)]
    pub renderer: Renderer,

    /// Shared office laptop: full screen, and closing needs the mentor PIN (also a setting).
    #[arg(long)]
    pub kiosk: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The renderer choice. Measured under Xvfb on a 2-core machine without a GPU: software
/// (tiny-skia) showed the window in 0.08 s holding 32 MB; wgpu on its software adapter
/// (llvmpipe) took 0.13 s and 137 MB. Tuntun draws flat 2D screens, so software is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Renderer {
    Software,
    Gpu,
}

impl Renderer {
    /// The value for iced's `ICED_BACKEND`: the choice first, the other as a fallback.
    pub fn backends(self) -> &'static str {
        match self {
            Renderer::Software => "tiny-skia,wgpu",
            Renderer::Gpu => "wgpu,tiny-skia",
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every lesson and Fluent file; print `file:line:column: message` per problem.
    CheckContent,
    /// Make a backup of the progress file now (into DATA_DIR/backups).
    Backup,
    /// Write learners and their progress to a file (for a USB stick or another laptop).
    Export {
        /// The learner's id (see `tuntun learners`).
        #[arg(
            long,
            value_name = "ID",
            conflicts_with = "all",
            required_unless_present = "all"
        )]
        learner: Option<String>,
        /// Every learner on this laptop.
        #[arg(long)]
        all: bool,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Merge a file made by `tuntun export` (on this or another laptop). Safe to repeat.
    Import {
        /// The file to read.
        file: PathBuf,
    },
    /// List the learners on this laptop with their ids.
    Learners,
    /// Write the mentor's report: one row per learner per module (name, NIP, unit, lessons
    /// done, skill-check score, last active, standards covered).
    Report {
        /// The file format (only csv for now: opens in LibreOffice Calc and Excel).
        #[arg(long, value_enum)]
        format: ReportFormat,
        /// The file to write (default: the standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Only the learners of this work unit (unit kerja), spelled as on the laptop.
        #[arg(long, value_name = "UNIT")]
        unit: Option<String>,
    },
    /// Write progress events like the lesson player does and print each event's id once it
    /// is on disk; for the crash-safety test.
    #[command(hide = true)]
    Drill {
        /// How many steps to write (0: until killed).
        #[arg(long, default_value_t = 0)]
        steps: u64,
    },
}

/// The formats `tuntun report` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Csv,
}

/// Runs `check-content`: prints each problem and a summary; returns whether all is well.
pub fn check_content(
    content: Option<&std::path::Path>,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    let loaded = crate::course::load(content);
    for p in &loaded.problems {
        writeln!(out, "{p}")?;
    }
    let lessons = loaded.course.entries().count();
    let playable = loaded
        .course
        .entries()
        .filter(|e| e.lesson.is_some())
        .count();
    if loaded.problems.is_empty() {
        writeln!(
            out,
            "ok: {} modules, {lessons} lessons",
            loaded.course.modules.len()
        )?;
    } else {
        writeln!(
            out,
            "{} problem(s); {playable} of {lessons} lessons can be played",
            loaded.problems.len()
        )?;
    }
    Ok(loaded.problems.is_empty())
}

/// Why a subcommand failed: one sentence, printed after "tuntun: ".
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error("{0}")]
    Store(#[from] crate::store::StoreError),
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
}

/// Runs `backup`.
pub fn backup(data_dir: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    let store = Store::open(data_dir)?;
    let path = store.backup()?;
    let _ = writeln!(out, "backup written: {}", path.display());
    Ok(())
}

/// Runs `export` (written atomically: see [`Store::export_to_file`]).
pub fn export(
    data_dir: &Path,
    selection: &Selection,
    file: &Path,
    out: &mut impl Write,
) -> Result<(), CommandError> {
    let store = Store::open(data_dir)?;
    let (learners, events) = store.export_to_file(selection, file)?;
    let _ = writeln!(
        out,
        "exported {learners} learner(s) and {events} event(s) to {}",
        file.display()
    );
    Ok(())
}

/// Runs `import`: the file is checked completely before the progress file is even opened.
pub fn import(data_dir: &Path, file: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    let ierr = |source| CommandError::Import {
        path: file.to_owned(),
        source,
    };
    let reader = std::fs::File::open(file).map(std::io::BufReader::new);
    crate::store::exchange::check(&mut reader.map_err(|e| ierr(e.into()))?).map_err(ierr)?;
    let mut store = Store::open(data_dir)?;
    let s = store.import_file(file).map_err(ierr)?;
    let _ = writeln!(
        out,
        "{}: {} learner(s), {} event(s); new here: {} learner(s), {} event(s); updated: {} learner(s)",
        file.display(),
        s.learners_in_file,
        s.events_in_file,
        s.learners_added,
        s.events_added,
        s.learners_updated
    );
    Ok(())
}

/// Runs `report`: to `file` when given (written beside it first and then renamed, so a
/// half-written report never replaces a good one), else to `out`. A unit with no learner is an
/// error rather than an empty file, since it is nearly always a misspelling.
pub fn report(
    data_dir: &Path,
    content: Option<&Path>,
    format: ReportFormat,
    unit: Option<&str>,
    file: Option<&Path>,
    out: &mut impl Write,
) -> Result<(), CommandError> {
    let ReportFormat::Csv = format;
    let store = Store::open(data_dir)?;
    let course = crate::course::load(content).course;
    let rows = store.report_rows(&course, unit)?;
    if let Some(unit) = unit
        && rows.is_empty()
    {
        return Err(CommandError::NoSuchUnit(unit.to_owned()));
    }
    let Some(file) = file else {
        return crate::store::mentor::write_csv(&rows, out)
            .and_then(|()| out.flush())
            .map_err(CommandError::ReportOut);
    };
    let ferr = |source| CommandError::ReportFile {
        path: file.to_owned(),
        source,
    };
    let mut tmp = file.as_os_str().to_owned();
    tmp.push(".part");
    let tmp = PathBuf::from(tmp);
    let written = std::fs::File::create(&tmp).and_then(|f| {
        let mut w = std::io::BufWriter::new(f);
        crate::store::mentor::write_csv(&rows, &mut w)?;
        w.into_inner().map_err(|e| e.into_error())?.sync_all()
    });
    if let Err(e) = written.and_then(|()| std::fs::rename(&tmp, file)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(ferr(e));
    }
    let _ = writeln!(
        out,
        "report written: {} ({} rows)",
        file.display(),
        rows.len()
    );
    Ok(())
}

/// Runs `learners`: one line per learner, tab-separated: id, name, NIP, unit.
pub fn learners(data_dir: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    let store = Store::open(data_dir)?;
    for l in store.learners()? {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}",
            l.id,
            l.name,
            l.nip.unwrap_or_default(),
            l.unit.unwrap_or_default()
        );
    }
    Ok(())
}

/// Runs `drill`: records steps of a pretend lesson exactly as the lesson player does, and
/// prints `written <uuid>` for each event after its transaction has committed.
pub fn drill(data_dir: &Path, steps: u64, out: &mut impl Write) -> Result<(), CommandError> {
    use crate::progress::Record;
    let mut store = Store::open(data_dir)?;
    let learner = match store.learners()?.into_iter().find(|l| l.name == "Drill") {
        Some(l) => l,
        None => store.add_learner(&crate::store::NewLearner {
            name: "Drill".into(),
            ..Default::default()
        })?,
    };
    const TOTAL: usize = 8;
    let mut n = 0u64;
    while steps == 0 || n < steps {
        let step = usize::try_from(n % TOTAL as u64).unwrap_or(0);
        if step == 0 {
            store.start_lesson(&learner.id, "drill.lesson", TOTAL)?;
        }
        let mut records = vec![
            Record::HintShown { step, number: 1 },
            Record::StepCompleted {
                step,
                snapshot: Some(format!("{{\"n\":{n}}}")),
            },
        ];
        if step + 1 == TOTAL {
            records.push(Record::LessonCompleted);
        }
        for uuid in store.record(&learner.id, "drill.lesson", TOTAL, &records)? {
            if writeln!(out, "written {uuid}")
                .and_then(|()| out.flush())
                .is_err()
            {
                return Ok(()); // nobody is listening any more
            }
        }
        n += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_to_a_file_to_stdout_and_for_a_misspelt_unit() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store
            .add_learner(&crate::store::NewLearner {
                name: "Siti Rahmawati".into(),
                unit: "Kecamatan Sukamaju".into(),
                ..Default::default()
            })
            .unwrap();
        drop(store);
        let file = dir.path().join("laporan.csv");
        let mut said = Vec::new();
        report(
            dir.path(),
            None,
            ReportFormat::Csv,
            Some("Kecamatan Sukamaju"),
            Some(&file),
            &mut said,
        )
        .unwrap();
        let written = std::fs::read_to_string(&file).unwrap();
        assert!(written.starts_with("\u{feff}Nama,NIP,Unit kerja,"));
        let modules = crate::course::load(None).course.modules.len();
        assert_eq!(written.lines().count(), 1 + modules);
        assert!(
            String::from_utf8(said)
                .unwrap()
                .starts_with("report written: ")
        );
        assert!(!dir.path().join("laporan.csv.part").exists());

        let mut stdout = Vec::new();
        report(dir.path(), None, ReportFormat::Csv, None, None, &mut stdout).unwrap();
        assert_eq!(String::from_utf8(stdout).unwrap(), written);

        let e = report(
            dir.path(),
            None,
            ReportFormat::Csv,
            Some("Kecamatan Sukamju"),
            None,
            &mut Vec::new(),
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "there is no learner in the work unit \"Kecamatan Sukamju\" (see `tuntun learners`)"
        );
        let e = report(
            dir.path(),
            None,
            ReportFormat::Csv,
            None,
            Some(&dir.path().join("no-such-folder").join("x.csv")),
            &mut Vec::new(),
        )
        .unwrap_err();
        assert!(
            e.to_string().starts_with("cannot write the report to "),
            "{e}"
        );
    }
}
