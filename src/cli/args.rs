//! The command line's words: the options and subcommands clap reads.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

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
