use super::super::model::Scenario;
use super::test_files::parse;

const FTL: &str = "m-t = T\nm-s = S\nl-t = T\nl-s = S\nl-do = Do\n\
    in-from = A\nin-number = B\nin-date = C\nin-subject = D\nin-body = E\n\
    mail-subject = F\nmail-body = G\n";

/// Parses one dokumen lesson with this `[scenario]` body and step goal; the problems.
fn problems(scenario: &str, goal: &str) -> (Vec<String>, Option<Scenario>) {
    let lesson = format!(
        "id = \"dokumen.x\"\ntitle = \"l-t\"\nsummary = \"l-s\"\nminutes = 5\n\
         [[steps]]\nkind = \"do\"\ntext = \"l-do\"\ngoal = {goal}\n\
         [scenario]\nsim = \"dokumen\"\n{scenario}\n"
    );
    let (course, problems) = parse(
        "dokumen",
        "id = \"dokumen\"\norder = 3\ntitle = \"m-t\"\nsummary = \"m-s\"\n",
        &[("01-x.toml", &lesson)],
        FTL,
    );
    let scenario = course
        .modules
        .first()
        .and_then(|m| m.lessons.first())
        .and_then(|e| e.lesson.as_ref())
        .map(|l| l.scenario.clone());
    (problems, scenario)
}

const SAVED: &str = "{ event = \"dokumen.saved\", default_name = false }";

#[test]
fn a_good_dokumen_lesson_parses_with_its_defaults() {
    let (p, s) = problems(
        "mode = \"letter\"\npaper = \"f4\"\nletter = { nomor = \"1\" }",
        SAVED,
    );
    assert_eq!(p, Vec::<String>::new());
    let Some(Scenario::Dokumen(s)) = s else {
        panic!("not a dokumen scenario: {s:?}")
    };
    assert_eq!(s.paper, crate::sim::dokumen::Paper::F4);
    assert_eq!(s.min_words, 10);
    assert_eq!(s.document_name, "Dokumen1");
    assert_eq!(s.kop.len(), 3);
    assert_eq!(s.positions.len(), 4);
    assert!(s.tte_registered);
}

#[test]
fn what_serde_cannot_check_is_reported() {
    let cases = [
        ("paper = \"a5\"", "unknown variant"),
        ("mode = \"excel\"", "unknown variant"),
        ("colour = 1", "unknown field"),
        (
            "mode = \"letter\"\nletter = { nomer = \"1\" }",
            "unknown letter field `nomer`",
        ),
        (
            "mode = \"letter\"\nletter = { nip = \"123\" }",
            "`nip` must be 18 digits",
        ),
        ("letter = { nomor = \"1\" }", "belongs to mode"),
        ("mode = \"disposisi\"", "needs `incoming`"),
        ("mode = \"tte\"", "needs `passphrase`"),
        (
            "recent = [\"dokumen/Hilang.docx\"]",
            "must be \"folder/name\"",
        ),
        (
            "saved_as = { folder = \"dokumen\", name = \"A.txt\" }",
            ".docx or .pdf",
        ),
        (
            "mode = \"disposisi\"\nincoming = { from = \"in-from\", number = \"in-number\", date = \"in-date\", subject = \"in-subject\", body = \"nope\" }",
            "`nope` is missing",
        ),
        (
            "[scenario.email]\naddress = \"budi\"\npassword = \"x\"",
            "must be an email address",
        ),
        (
            "[scenario.email]\naddress = \"budi@x.go.id\"\npassword = \"x\"\nmessages = [{ id = \"m\", from = \"a@x.go.id\", name = \"A\", subject = \"mail-subject\", body = \"nope2\", received = \"2025-05-20T08:15\" }]",
            "`nope2` is missing",
        ),
    ];
    for (scenario, expected) in cases {
        let (p, _) = problems(scenario, SAVED);
        assert!(
            p.iter().any(|m| m.contains(expected)),
            "{scenario}: expected `{expected}` in {p:?}"
        );
    }
}

#[test]
fn a_dokumen_lesson_accepts_webmail_and_disk_events_but_not_dasar() {
    let mail = "[scenario.email]\naddress = \"budi@x.go.id\"\npassword = \"x\"";
    for goal in [
        "{ event = \"email.attachment_added\", format = \"pdf\" }",
        "{ event = \"files.folder_opened\", folder = \"dokumen\" }",
        "{ event = \"dokumen.disposition_sent\", instruction = \"hadiri\" }",
    ] {
        assert_eq!(problems(mail, goal).0, Vec::<String>::new(), "{goal}");
    }
    let (p, _) = problems("", "{ event = \"dasar.clicked\" }");
    assert!(p.iter().any(|m| m.contains("does not come from")), "{p:?}");
}
