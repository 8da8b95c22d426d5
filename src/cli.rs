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
    /// The value for iced's `ICED_BACKEND`: the choice first, the other as a fallback. A
    /// build without the `gpu` feature draws in software whatever is asked.
    pub fn backends(self) -> &'static str {
        match (self, cfg!(feature = "gpu")) {
            (_, false) => "tiny-skia",
            (Renderer::Software, true) => "tiny-skia,wgpu",
            (Renderer::Gpu, true) => "wgpu,tiny-skia",
        }
    }

    /// Whether this build can draw the way asked.
    pub fn available(self) -> bool {
        self == Renderer::Software || cfg!(feature = "gpu")
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
    /// One round with a sync folder (Syncthing, a share, a USB stick): take every other
    /// laptop's file there, then write this laptop's own. Safe to repeat; one line per file.
    Sync {
        /// The sync folder.
        #[arg(long, value_name = "DIR")]
        folder: PathBuf,
    },
    /// Join two learners with the same NIP who were added separately (on two laptops) into
    /// one, keeping every step, note and session of both (the one added first stays).
    Join {
        /// The two learners' ids (see `tuntun learners`).
        #[arg(num_args = 2, value_name = "ID")]
        ids: Vec<String>,
    },
    /// List the learners on this laptop with their ids.
    Learners,
    /// Write the mentor's report: as CSV, one row per learner per module (name, NIP, unit,
    /// lessons done, skill-check score, last active, standards covered); as PDF, one learner's
    /// printable summary (time, sessions, lessons, scores, standards, every step).
    Report(ReportArgs),
    /// Write a printable certificate of completion of one module for one learner (hours of
    /// learning as JP, dates, standards). Only for a module the learner has finished.
    Certificate {
        /// The learner's id or exact name (see `tuntun learners`).
        #[arg(long, value_name = "ID_OR_NAME")]
        learner: String,
        /// The module's id (e.g. email).
        #[arg(long, value_name = "MODULE")]
        module: String,
        /// The file to write (default: sertifikat-<module>-<name>.pdf here).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// The paper size.
        #[arg(long, value_enum, default_value_t = PaperArg::A4)]
        paper: PaperArg,
    },
    /// Write progress events like the lesson player does and print each event's id once it
    /// is on disk; for the crash-safety test.
    #[command(hide = true)]
    Drill {
        /// How many steps to write (0: until killed).
        #[arg(long, default_value_t = 0)]
        steps: u64,
    },
    /// Add a made-up class of 30 learners (for screenshots and benchmarks); learners already
    /// there by name are left as they are.
    #[command(hide = true)]
    DemoClass,
}

/// The options of `tuntun report`.
#[derive(Debug, Clone, clap::Args)]
pub struct ReportArgs {
    /// xlsx or csv (every learner; opens in Excel and LibreOffice Calc) or pdf (one learner's
    /// summary).
    #[arg(long, value_enum)]
    pub format: ReportFormat,
    /// The file to write (default: laporan-kelas-<date>.xlsx here for xlsx, the standard
    /// output for csv, ringkasan-<name>.pdf here for pdf).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Only the learners of this work unit (unit kerja), spelled as on the laptop (csv).
    #[arg(long, value_name = "UNIT", conflicts_with = "learner")]
    pub unit: Option<String>,
    /// The learner's id or exact name (pdf).
    #[arg(long, value_name = "ID_OR_NAME")]
    pub learner: Option<String>,
    /// The paper size (pdf).
    #[arg(long, value_enum, default_value_t = PaperArg::A4)]
    pub paper: PaperArg,
}

/// The formats `tuntun report` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// The class as a spreadsheet (NIP as text, dates as dates, filters, frozen header).
    Xlsx,
    /// The class as text, `;`-separated, for Excel with Indonesian settings.
    Csv,
    Pdf,
}

/// Paper sizes for the printed reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PaperArg {
    /// 210 × 297 mm.
    A4,
    /// 215 × 330 mm (folio).
    F4,
}

impl From<PaperArg> for crate::pdf::Paper {
    fn from(p: PaperArg) -> Self {
        match p {
            PaperArg::A4 => crate::pdf::Paper::A4,
            PaperArg::F4 => crate::pdf::Paper::F4,
        }
    }
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

/// Runs `backup`.
pub fn backup(data_dir: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    // One backup, made here: no start-up copy a moment before it.
    let (_lock, store) =
        open_for_writing_with(data_dir, "backup", crate::store::StartUp::NoBackup)?;
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
    let (_lock, store) = open_for_writing(data_dir, "export")?;
    let (learners, events) = store.export_to_file(selection, file)?;
    let signer = store
        .signer()
        .map_err(crate::store::exchange::ExportError::from)?;
    let _ = writeln!(
        out,
        "exported {learners} learner(s) and {events} event(s) to {}\n\
         signed by this laptop, \"{}\" (fingerprint {})\n\
         the file holds names and NIPs: keep the USB stick safe and delete the file once it is taken",
        file.display(),
        signer.name,
        signer.fingerprint()
    );
    Ok(())
}

/// Runs `import`: the file is checked completely before the progress file is even opened.
pub fn import(data_dir: &Path, file: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    let ierr = |source| CommandError::Import {
        path: file.to_owned(),
        source,
    };
    crate::store::exchange::check_file(file).map_err(ierr)?;
    let (_lock, mut store) = open_for_writing(data_dir, "import")?;
    let s = store.import_file(file).map_err(ierr)?;
    if let Some(laptop) = &s.new_laptop {
        let _ = writeln!(
            out,
            "first file from the laptop \"{}\" (fingerprint {}); if you do not know this laptop, ask who made the file",
            laptop.name, laptop.fingerprint
        );
    }
    let _ = writeln!(
        out,
        "{}: {} learner(s), {} event(s); new here: {} learner(s), {} event(s), {} note(s); updated: {} learner(s), {} coaching session(s), {} assignment(s)",
        file.display(),
        s.learners_in_file,
        s.events_in_file,
        s.learners_added,
        s.events_added,
        s.notes_added,
        s.learners_updated,
        s.sessions_changed,
        s.assignments_changed
    );
    Ok(())
}

/// Runs `sync`: one round in `folder`, one line per file, then one about this laptop's file.
pub fn sync(data_dir: &Path, folder: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    let (_lock, mut store) = open_for_writing(data_dir, "sync")?;
    let round = crate::sync::round(&mut store, folder)?;
    for file in &round.files {
        let _ = writeln!(out, "{file}");
    }
    let _ = writeln!(out, "{}", round.own);
    Ok(())
}

/// Runs `join`: the two learners become one; prints who stays.
pub fn join(data_dir: &Path, a: &str, b: &str, out: &mut impl Write) -> Result<(), CommandError> {
    let (_lock, store) = open_for_writing(data_dir, "join")?;
    let keep = store.join_learners(a, b)?;
    let name = store.learner(&keep)?.map(|l| l.name).unwrap_or_default();
    let _ = writeln!(out, "joined into {name} ({keep})");
    Ok(())
}

/// Runs `report`: to `file` when given (written beside it first and then renamed, so a
/// half-written report never replaces a good one), else CSV to `out` and xlsx to
/// `laporan-kelas-<date>.xlsx` here. Words in the language `lang` (Indonesian by default). A
/// unit with no learner is an error rather than an empty file, since it is nearly always a
/// misspelling.
pub fn report(
    data_dir: &Path,
    content: Option<&Path>,
    lang: Option<&str>,
    format: ReportFormat,
    unit: Option<&str>,
    file: Option<&Path>,
    out: &mut impl Write,
) -> Result<(), CommandError> {
    if format == ReportFormat::Pdf {
        return Err(CommandError::PdfNeedsLearner);
    }
    let lang = translator(&PdfOptions {
        content,
        lang,
        paper: PaperArg::A4,
    })?;
    let store = Store::open_read_only(data_dir)?;
    let content = crate::course::load(content);
    let course = &content.course;
    let tr = content.catalog.translator(lang);
    let tz = jiff::tz::TimeZone::system();
    let rows = store.report_rows(course, unit)?;
    if let Some(unit) = unit
        && rows.is_empty()
    {
        return Err(CommandError::NoSuchUnit(unit.to_owned()));
    }
    let csv = |w: &mut dyn Write| {
        let mut w = w;
        crate::output::class_report::write_csv(&rows, course, &tr, &tz, &mut w)
    };
    if format == ReportFormat::Xlsx {
        let bytes = crate::output::class_report::xlsx(&rows, course, &tr, &tz)
            .map_err(|e| CommandError::Xlsx(e.to_string()))?;
        let file = file.map_or_else(
            || {
                PathBuf::from(crate::output::class_report::file_name(
                    jiff::Zoned::now().date(),
                    "xlsx",
                ))
            },
            Path::to_path_buf,
        );
        write_atomically(&file, |w| w.write_all(&bytes))?;
        let _ = writeln!(
            out,
            "report written: {} ({} rows)",
            file.display(),
            rows.len()
        );
        return Ok(());
    }
    let Some(file) = file else {
        return csv(out)
            .and_then(|()| out.flush())
            .map_err(CommandError::ReportOut);
    };
    write_atomically(file, |w| csv(w))?;
    let _ = writeln!(
        out,
        "report written: {} ({} rows)",
        file.display(),
        rows.len()
    );
    Ok(())
}

/// Writes `file` atomically (see [`crate::output::write_atomically`]).
fn write_atomically(
    file: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> Result<(), CommandError> {
    crate::output::write_atomically(file, write).map_err(|e| CommandError::ReportFile {
        path: e.path,
        source: e.source,
    })
}

/// What the PDF commands share: the content overlay, the language (`--lang`) and the paper.
#[derive(Debug, Clone, Copy)]
pub struct PdfOptions<'a> {
    pub content: Option<&'a Path>,
    pub lang: Option<&'a str>,
    pub paper: PaperArg,
}

/// Runs `report` with its options: CSV through [`report`], PDF through [`report_pdf`].
pub fn run_report(
    data_dir: &Path,
    content: Option<&Path>,
    lang: Option<&str>,
    args: &ReportArgs,
    out: &mut impl Write,
) -> Result<(), CommandError> {
    match args.format {
        ReportFormat::Csv | ReportFormat::Xlsx => {
            if args.learner.is_some() {
                return Err(CommandError::CsvWithLearner);
            }
            report(
                data_dir,
                content,
                lang,
                args.format,
                args.unit.as_deref(),
                args.out.as_deref(),
                out,
            )
        }
        ReportFormat::Pdf => {
            let learner = args
                .learner
                .as_deref()
                .ok_or(CommandError::PdfNeedsLearner)?;
            let opts = PdfOptions {
                content,
                lang,
                paper: args.paper,
            };
            report_pdf(data_dir, learner, &opts, args.out.as_deref(), out)
        }
    }
}

/// Writes one learner's printable summary to `file` (default `ringkasan-<name>.pdf`).
pub fn report_pdf(
    data_dir: &Path,
    learner: &str,
    opts: &PdfOptions<'_>,
    file: Option<&Path>,
    out: &mut impl Write,
) -> Result<(), CommandError> {
    let lang = translator(opts)?;
    let store = Store::open_read_only(data_dir)?;
    let learner = find_learner(&store, learner)?;
    let content = crate::course::load(opts.content);
    let tr = content.catalog.translator(lang);
    let detail = store.learner_detail(&learner.id, &content.course)?;
    let bytes = crate::output::reports::summary_pdf(
        &detail,
        &content.course,
        &tr,
        opts.paper.into(),
        crate::store::now_ms(),
    )?;
    let file = file.map_or_else(
        || PathBuf::from(crate::output::summary_file_name(&learner.name)),
        Path::to_path_buf,
    );
    write_atomically(&file, |w| w.write_all(&bytes))?;
    let _ = writeln!(out, "summary written: {}", file.display());
    Ok(())
}

/// Runs `certificate`: a certificate of `module` for a learner who has finished it.
pub fn certificate(
    data_dir: &Path,
    learner: &str,
    module: &str,
    opts: &PdfOptions<'_>,
    file: Option<&Path>,
    out: &mut impl Write,
) -> Result<(), CommandError> {
    let lang = translator(opts)?;
    let content = crate::course::load(opts.content);
    let course = &content.course;
    let Some(m) = course.modules.iter().find(|m| m.id == module) else {
        return Err(CommandError::UnknownModule {
            module: module.to_owned(),
            known: course
                .modules
                .iter()
                .map(|m| m.id.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        });
    };
    let store = Store::open_read_only(data_dir)?;
    let learner = find_learner(&store, learner)?;
    let Some(figures) = store.module_figures(&learner.id, course, module)? else {
        let check = store.skill_check(&learner.id, m)?;
        let state = match check
            .as_ref()
            .and_then(|c| c.score().map(|s| (s, c.pass_mark)))
        {
            Some((score, pass)) => {
                format!("the latest attempt scored {score}%, the pass mark is {pass}%")
            }
            None if check.is_some() => "it has not been finished yet".to_owned(),
            None => "this module has no skill check".to_owned(),
        };
        return Err(CommandError::NotPassed {
            name: learner.name,
            module: module.to_owned(),
            state,
        });
    };
    let tr = content.catalog.translator(lang);
    let signer = signer(&store)?;
    let bytes = crate::output::reports::certificate_pdf(
        &learner,
        m,
        &figures,
        &signer,
        &tr,
        opts.paper.into(),
    )?;
    let file = file.map_or_else(
        || PathBuf::from(crate::output::certificate_file_name(module, &learner.name)),
        Path::to_path_buf,
    );
    write_atomically(&file, |w| w.write_all(&bytes))?;
    let _ = writeln!(out, "certificate written: {}", file.display());
    Ok(())
}

/// Who signs a certificate: the laptop's mentor when it has exactly one mentor account, and
/// the office set in Kelas (the `kantor` setting).
fn signer(store: &Store) -> Result<crate::output::reports::Signer, CommandError> {
    let mut mentors = store.mentors()?;
    let mentor = (mentors.len() == 1).then(|| mentors.remove(0).name);
    let kantor = store.setting(crate::store::mentor::KANTOR_SETTING)?;
    Ok(crate::output::reports::Signer { mentor, kantor })
}

fn translator(opts: &PdfOptions<'_>) -> Result<crate::i18n::Lang, CommandError> {
    match opts.lang {
        None => Ok(crate::i18n::Lang::Id),
        Some(tag) => {
            crate::i18n::Lang::negotiate(tag).ok_or_else(|| CommandError::BadLang(tag.to_owned()))
        }
    }
}

/// The learner with this id, or else the one learner with this name (case and spacing aside).
fn find_learner(store: &Store, key: &str) -> Result<crate::store::Learner, CommandError> {
    let key = key.trim();
    if let Some(l) = store.learner(key)? {
        return Ok(l);
    }
    let wanted = normalized(key);
    let mut found: Vec<_> = store
        .learners()?
        .into_iter()
        .filter(|l| normalized(&l.name) == wanted)
        .collect();
    match found.len() {
        0 => Err(CommandError::UnknownLearner(key.to_owned())),
        1 => Ok(found.remove(0)),
        count => Err(CommandError::AmbiguousLearner {
            name: key.to_owned(),
            count,
        }),
    }
}

fn normalized(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Runs `learners`: one line per learner, tab-separated: id, name, NIP, unit.
pub fn learners(data_dir: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    let store = Store::open_read_only(data_dir)?;
    // A name stored by an older Tuntun may hold a tab or a newline: shown as a space, so
    // every learner stays one line of four columns.
    let plain = |text: &str| -> String {
        text.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    for l in store.learners()? {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}",
            plain(&l.id),
            plain(&l.name),
            plain(&l.nip.unwrap_or_default()),
            plain(&l.unit.unwrap_or_default())
        );
    }
    Ok(())
}

/// Runs `demo-class`: 30 made-up learners in three work units, added through the same rules
/// as the sign-in form (an export file would have to be signed by a laptop).
pub fn demo_class(data_dir: &Path, out: &mut impl Write) -> Result<(), CommandError> {
    const FIRST: [&str; 10] = [
        "Siti", "Ahmad", "Budi", "Dewi", "Eko", "Fitri", "Hendra", "Indah", "Joko", "Kartini",
    ];
    const LAST: [&str; 3] = ["Rahmawati", "Sitompul", "Wibowo"];
    const UNITS: [&str; 3] = [
        "Seksi Pemerintahan",
        "Seksi Kesejahteraan Sosial",
        "Sekretariat Kecamatan",
    ];
    let (_lock, store) = open_for_writing(data_dir, "demo-class")?;
    let known: std::collections::HashSet<String> =
        store.learners()?.into_iter().map(|l| l.name).collect();
    let mut added = 0;
    for (i, first) in FIRST.iter().enumerate() {
        for (j, last) in LAST.iter().enumerate() {
            let name = format!("{first} {last}");
            if known.contains(&name) {
                continue;
            }
            store.add_learner(&crate::store::NewLearner {
                name,
                unit: UNITS[(i + j) % 3].to_owned(),
                ..Default::default()
            })?;
            added += 1;
        }
    }
    let _ = writeln!(out, "added {added} learner(s)");
    Ok(())
}

/// Runs `drill`: records steps of a pretend lesson exactly as the lesson player does, and
/// prints `written <uuid>` for each event after its transaction has committed.
pub fn drill(data_dir: &Path, steps: u64, out: &mut impl Write) -> Result<(), CommandError> {
    use crate::progress::Record;
    let (_lock, mut store) = open_for_writing(data_dir, "drill")?;
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
            None,
            ReportFormat::Csv,
            Some("Kecamatan Sukamaju"),
            Some(&file),
            &mut said,
        )
        .unwrap();
        let written = std::fs::read_to_string(&file).unwrap();
        assert!(written.starts_with("\u{feff}Nama;NIP;Unit kerja;"));
        let modules = crate::course::load(None).course.modules.len();
        assert_eq!(written.lines().count(), 1 + modules);
        assert!(
            String::from_utf8(said)
                .unwrap()
                .starts_with("report written: ")
        );
        assert!(!dir.path().join("laporan.csv.part").exists());

        let mut stdout = Vec::new();
        report(
            dir.path(),
            None,
            None,
            ReportFormat::Csv,
            None,
            None,
            &mut stdout,
        )
        .unwrap();
        assert_eq!(String::from_utf8(stdout).unwrap(), written);

        let book = dir.path().join("laporan.xlsx");
        report(
            dir.path(),
            None,
            None,
            ReportFormat::Xlsx,
            None,
            Some(&book),
            &mut Vec::new(),
        )
        .unwrap();
        {
            use calamine::{Data, Reader, Xlsx};
            let mut x =
                Xlsx::new(std::io::BufReader::new(std::fs::File::open(&book).unwrap())).unwrap();
            let range = x.worksheet_range("Laporan kelas").unwrap();
            assert_eq!(range.get((0, 1)), Some(&Data::String("NIP".into())));
            assert_eq!(range.height(), 1 + modules);
            assert_eq!(
                range.get((1, 0)),
                Some(&Data::String("Siti Rahmawati".into()))
            );
        }
        let e = report(
            dir.path(),
            None,
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

    #[test]
    fn pdf_summary_and_certificate_from_the_command_line() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let add = |store: &Store, name: &str| {
            store
                .add_learner(&crate::store::NewLearner {
                    name: name.into(),
                    ..Default::default()
                })
                .unwrap()
                .id
        };
        let siti = add(&store, "Siti Rahmawati");
        add(&store, "Budi Santoso");
        add(&store, "Budi  santoso");
        let course = crate::course::load(None).course;
        let email = course.modules.iter().find(|m| m.id == "email").unwrap();
        let check = email.skill_check().unwrap().lesson.clone().unwrap();
        let total = check.steps.len();
        // A first attempt with a mistake on every step: 0%, no certificate.
        store.start_lesson(&siti, &check.id, total).unwrap();
        let mut records = Vec::new();
        for step in 0..total {
            records.push(crate::progress::Record::HelpRequested { step });
            records.push(crate::progress::Record::StepCompleted {
                step,
                snapshot: None,
            });
        }
        records.push(crate::progress::Record::LessonCompleted);
        store.record(&siti, &check.id, total, &records).unwrap();
        drop(store);
        let opts = PdfOptions {
            content: None,
            lang: None,
            paper: PaperArg::F4,
        };
        let err = |r: Result<(), CommandError>| r.unwrap_err().to_string();
        assert_eq!(
            err(certificate(
                dir.path(),
                "Siti Rahmawati",
                "email",
                &opts,
                None,
                &mut Vec::new()
            )),
            "no certificate yet: Siti Rahmawati has not passed the skill check (Uji Kemampuan) of the module \"email\" (the latest attempt scored 0%, the pass mark is 85%)"
        );
        assert_eq!(
            err(certificate(
                dir.path(),
                "Siti Rahmawati",
                "presensi",
                &opts,
                None,
                &mut Vec::new()
            )),
            "no certificate yet: Siti Rahmawati has not passed the skill check (Uji Kemampuan) of the module \"presensi\" (it has not been finished yet)"
        );
        // The retake, every step right at once: passed.
        let mut store = Store::open(dir.path()).unwrap();
        store.start_lesson(&siti, &check.id, total).unwrap();
        let mut records: Vec<_> = (0..total)
            .map(|step| crate::progress::Record::StepCompleted {
                step,
                snapshot: None,
            })
            .collect();
        records.push(crate::progress::Record::LessonCompleted);
        store.record(&siti, &check.id, total, &records).unwrap();
        drop(store);
        let opts = PdfOptions {
            content: None,
            lang: None,
            paper: PaperArg::F4,
        };
        let args = |learner: Option<&str>, out: Option<PathBuf>| ReportArgs {
            format: ReportFormat::Pdf,
            out,
            unit: None,
            learner: learner.map(str::to_owned),
            paper: PaperArg::F4,
        };
        let file = dir.path().join("ringkasan.pdf");
        let mut said = Vec::new();
        run_report(
            dir.path(),
            None,
            None,
            &args(Some(" siti  RAHMAWATI "), Some(file.clone())),
            &mut said,
        )
        .unwrap();
        let pages = crate::pdf::tests::pdf_pages(&std::fs::read(&file).unwrap());
        assert!(pages[0].0.contains("Siti Rahmawati"));
        assert_eq!(pages[0].1, crate::pdf::Paper::F4.size_pt());
        assert!(
            String::from_utf8(said)
                .unwrap()
                .starts_with("summary written: ")
        );

        let cert = dir.path().join("sertifikat.pdf");
        certificate(
            dir.path(),
            &siti,
            "email",
            &opts,
            Some(&cert),
            &mut Vec::new(),
        )
        .unwrap();
        let pages = crate::pdf::tests::pdf_pages(&std::fs::read(&cert).unwrap());
        assert_eq!(pages.len(), 1);
        assert!(pages[0].0.contains("Siti Rahmawati"));
        assert!(pages[0].0.contains("Sertifikat Kemampuan"));
        assert!(pages[0].0.contains("dengan nilai 100%"), "{}", pages[0].0);
        assert!(
            pages[0].0.contains("Memakai Ke, Cc dan Bcc dengan tepat"),
            "standards in words"
        );
        assert!(!pages[0].0.contains("northstar-"), "never a raw id");

        assert_eq!(
            err(run_report(
                dir.path(),
                None,
                None,
                &args(None, None),
                &mut Vec::new()
            )),
            "a PDF report is about one learner: add --learner <id or name>"
        );
        assert_eq!(
            err(run_report(
                dir.path(),
                None,
                None,
                &args(Some("Ani"), None),
                &mut Vec::new()
            )),
            "there is no learner with the id or name \"Ani\" (see `tuntun learners`)"
        );
        assert_eq!(
            err(run_report(
                dir.path(),
                None,
                None,
                &args(Some("Budi Santoso"), None),
                &mut Vec::new()
            )),
            "2 learners are called \"Budi Santoso\"; give the id instead (see `tuntun learners`)"
        );
        assert!(
            err(certificate(
                dir.path(),
                &siti,
                "emial",
                &opts,
                None,
                &mut Vec::new()
            ))
            .starts_with("there is no module \"emial\" (the modules are: dasar, email")
        );
        let bad = PdfOptions {
            lang: Some("!!"),
            ..opts
        };
        assert_eq!(
            err(certificate(
                dir.path(),
                &siti,
                "dasar",
                &bad,
                None,
                &mut Vec::new()
            )),
            "`!!` is not a language; use id or en"
        );
        assert_eq!(
            crate::output::slug("Siti \"Ani\" Rahmawati, S.Pd"),
            "siti-ani-rahmawati-s-pd"
        );
        assert_eq!(crate::output::slug("…"), "peserta");
    }
}
