//! The printed and exported reports: `report` (CSV, xlsx, a learner's PDF summary) and
//! `certificate`.

use super::{CommandError, PaperArg, ReportArgs, ReportFormat};
use crate::store::Store;
use std::io::Write;
use std::path::{Path, PathBuf};

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
