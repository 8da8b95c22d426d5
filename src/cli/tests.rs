use super::*;
use crate::store::Store;
use std::path::PathBuf;

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
