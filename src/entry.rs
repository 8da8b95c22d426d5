//! The program's entry: parses the command line and runs a subcommand or the window. Shared
//! by the two programs: `tuntun` (the window; on Windows a GUI program without a console)
//! and `tuntun-cli` (on Windows a console program, so commands run from cmd or PowerShell
//! print there, are waited for and give their exit code).

use crate::cli::{self, Cli, Command};
use crate::store::exchange::Selection;
use clap::Parser;
use std::process::ExitCode;

/// Runs a subcommand, or else `window` (`tuntun`: [`window`]; `tuntun-cli`: None, which
/// never opens a window).
pub fn main(window: Option<fn(Cli) -> ExitCode>) -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::CheckContent) => {
            let mut out = std::io::stdout().lock();
            match cli::check_content(cli.content.as_deref(), &mut out) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::FAILURE,
                Err(e) => {
                    eprintln!("tuntun: cannot write the report: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(command) => {
            let Some(data_dir) = crate::paths::data_dir(cli.data_dir) else {
                eprintln!("tuntun: no data folder could be found; give one with --data-dir DIR");
                return ExitCode::FAILURE;
            };
            let mut out = std::io::stdout().lock();
            let result = match command {
                Command::CheckContent => Ok(()), // answered above, without a data folder
                Command::Backup => cli::backup(&data_dir, &mut out),
                Command::Export {
                    learner,
                    all,
                    out: file,
                } => {
                    let selection = match (learner, all) {
                        (Some(id), false) => Selection::Learner(id),
                        _ => Selection::All,
                    };
                    cli::export(&data_dir, &selection, &file, &mut out)
                }
                Command::Import { file } => cli::import(&data_dir, &file, &mut out),
                Command::Sync { folder } => cli::sync(&data_dir, &folder, &mut out),
                Command::Join { ids } => match ids.as_slice() {
                    [a, b] => cli::join(&data_dir, a, b, &mut out),
                    _ => Ok(()), // clap asks for exactly two
                },
                Command::Learners => cli::learners(&data_dir, &mut out),
                Command::Report(args) => cli::run_report(
                    &data_dir,
                    cli.content.as_deref(),
                    cli.lang.as_deref(),
                    &args,
                    &mut out,
                ),
                Command::Certificate {
                    learner,
                    module,
                    out: file,
                    paper,
                } => cli::certificate(
                    &data_dir,
                    &learner,
                    &module,
                    &cli::PdfOptions {
                        content: cli.content.as_deref(),
                        lang: cli.lang.as_deref(),
                        paper,
                    },
                    file.as_deref(),
                    &mut out,
                ),
                Command::Drill { steps } => cli::drill(&data_dir, steps, &mut out),
                Command::DemoClass => cli::demo_class(&data_dir, &mut out),
            };
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("tuntun: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        None => match window {
            Some(window) => window(cli),
            None => {
                eprintln!(
                    "tuntun-cli runs Tuntun's commands (see `tuntun-cli --help`); the window is tuntun"
                );
                ExitCode::from(2)
            }
        },
    }
}

/// The window (`tuntun` without a subcommand): takes the data folder's lock and runs the GUI.
pub fn window(cli: Cli) -> ExitCode {
    let lang = match cli.lang.as_deref() {
        None => None,
        Some(tag) => match crate::i18n::Lang::negotiate(tag) {
            Some(l) => Some(l),
            None => {
                eprintln!("tuntun: `{tag}` is not a language; use id or en");
                return ExitCode::from(2);
            }
        },
    };
    let Some(data_dir) = crate::paths::data_dir(cli.data_dir) else {
        eprintln!("tuntun: no data folder could be found; give one with --data-dir DIR");
        return ExitCode::FAILURE;
    };
    // One Tuntun per data folder: a second start says so and touches nothing.
    // A command that only reads holds the lock for a moment: wait that long.
    let patience = std::time::Duration::from_secs(3);
    let _lock = match crate::instance::acquire_for_window(&data_dir, patience, || {
        // A command (an import, a backup) has the folder until it is done: wait for it.
        eprintln!(
            "tuntun: a tuntun command is using the data folder {}; the window opens when it is done",
            data_dir.display()
        );
    }) {
        Ok(crate::instance::WindowLock::Held(lock)) => lock,
        Ok(crate::instance::WindowLock::AlreadyRunning) => {
            eprintln!(
                "tuntun: Tuntun is already open on this computer (data folder {}); use that window",
                data_dir.display()
            );
            // Without a screen (a terminal, a service) the sentence above is all there is;
            // winit would panic trying to open a window.
            if crate::paths::has_display()
                && let Err(e) = crate::ui::already_running(lang.unwrap_or_default())
            {
                eprintln!("tuntun: the message window could not be opened: {e}");
            }
            return ExitCode::from(3);
        }
        Err(e) => {
            eprintln!("tuntun: {e}");
            return ExitCode::FAILURE;
        }
    };
    if !cli.renderer.available() {
        eprintln!(
            "tuntun: this build draws in software only (it was built without the gpu feature)"
        );
    }
    if std::env::var_os("ICED_BACKEND").is_none() {
        // SAFETY: still single-threaded here: nothing has started a thread yet.
        unsafe { std::env::set_var("ICED_BACKEND", cli.renderer.backends()) };
    }
    crate::logging::init(&data_dir);
    match crate::ui::run(crate::ui::Options {
        data_dir,
        lang,
        content: cli.content,
        kiosk: cli.kiosk,
        export_dir: None,
    }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tuntun: the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}
