//! The command line: the GUI by default, and subcommands for mentors and administrators.

use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "tuntun",
    version,
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

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every lesson and Fluent file; print `file:line:column: message` per problem.
    CheckContent,
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
