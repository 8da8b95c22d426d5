//! The mentor's learner detail, certificate figures, activity per day, notes, coaching
//! sessions and assignments, against the seeded class plus Rina, who finished the email
//! module in two sessions (the gap between them: 31 minutes; inside the second: two gaps of
//! exactly 30 minutes).

use super::*;
use crate::store::mentor::{CheckResult, NewSession, TextError, TimelineItem};
use crate::store::{StoreError, exchange::Selection};
use jiff::civil::date;

/// 2023-11-09 02:13:20 UTC.
const RINA_A: i64 = NOW - 5 * 24 * HOUR - 20 * HOUR;
const RINA_B: i64 = RINA_A + 71 * MIN;

fn mistake_fb(step: usize, event: SimEvent, feedback: &str) -> Record {
    Record::Mistake {
        step,
        event,
        feedback: feedback.into(),
    }
}

fn with_rina() -> (Class, String) {
    let mut c = seeded();
    let rina = c
        .store
        .add_learner(&NewLearner {
            name: "Rina Marlina".into(),
            nip: "199001012015032001".into(),
            unit: "Dinas Kominfo".into(),
        })
        .unwrap()
        .id;
    let (a, b) = (RINA_A, RINA_B);
    c.start(&rina, "email.a", 2, a);
    c.rec(&rina, "email.a", 2, &[done(0)], a + 20 * MIN);
    let end = [done(1), Record::LessonCompleted];
    c.rec(&rina, "email.a", 2, &end, a + 40 * MIN);
    c.start(&rina, "email.b", 2, b);
    c.rec(&rina, "email.b", 2, &[done(0)], b + 29 * MIN);
    c.rec(&rina, "email.b", 2, &[hint(1)], b + 59 * MIN);
    let two = [
        mistake_fb(1, reply_all(), "email-b-salah-penerima"),
        mistake_fb(1, missed(), ""),
    ];
    c.rec(&rina, "email.b", 2, &two, b + 89 * MIN);
    c.rec(&rina, "email.b", 2, &end, b + 94 * MIN);
    // The skill check, passed at once (in the same minute: the time figures stay as they were).
    c.start(&rina, "email.uji-kemampuan", 2, b + 94 * MIN);
    let all = [done(0), done(1), Record::LessonCompleted];
    c.rec(&rina, "email.uji-kemampuan", 2, &all, b + 94 * MIN);
    let tx = c.store.conn.transaction().unwrap();
    crate::store::derive::rebuild(&tx, [rina.as_str()]).unwrap();
    tx.commit().unwrap();
    (c, rina)
}

fn step<'a>(d: &'a LearnerDetail, lesson: &str, n: usize) -> &'a StepDetail {
    d.steps
        .iter()
        .find(|s| s.lesson == lesson && s.step == n)
        .unwrap_or_else(|| panic!("{lesson} {n}"))
}

#[test]
fn siti_in_detail() {
    let c = seeded();
    let d = c.store.learner_detail(&c.siti, &course()).unwrap();
    assert_eq!(d.learner.name, "Siti \"Ani\" Rahmawati, S.Pd");
    let (t1, t2, t3) = (NOW - 10 * 24 * HOUR, NOW - 2 * 24 * HOUR, NOW - 3 * HOUR);
    assert_eq!(
        d.timeline,
        [
            TimelineItem::Session {
                start: t1,
                end: t1 + MIN,
                minutes: 1
            },
            TimelineItem::Session {
                start: t2,
                end: t2,
                minutes: 0
            },
            TimelineItem::Finished {
                lesson: "dasar.uji-kemampuan".into(),
                at: t2
            },
            TimelineItem::Session {
                start: t3,
                end: t3 + 13 * MIN,
                minutes: 13
            },
            TimelineItem::Finished {
                lesson: "dasar.a".into(),
                at: t3 + 13 * MIN
            },
        ]
    );
    assert_eq!(d.minutes_total, 14);
    let keys: Vec<_> = d
        .steps
        .iter()
        .map(|s| (s.lesson.as_str(), s.step))
        .collect();
    assert_eq!(
        keys[..4],
        [
            ("dasar.a", 0),
            ("dasar.a", 1),
            ("dasar.a", 2),
            ("dasar.b", 0)
        ],
        "course order"
    );
    // Hint at +2, a mistake at +10 (the 8 minutes count: one session), two at +11, done at
    // +12: 1 + 8 + 1 + 0 + 1 minutes; three mistakes and the completion are four tries.
    assert_eq!(
        *step(&d, "dasar.a", 1),
        StepDetail {
            lesson: "dasar.a".into(),
            step: 1,
            tries: 4,
            mistakes: vec!["fb".into(), "fb".into(), "fb".into()],
            hints: 1,
            time_ms: 11 * MIN,
            done: true,
        }
    );
    let s0 = step(&d, "dasar.a", 0);
    assert_eq!((s0.tries, s0.time_ms, s0.done), (1, MIN, true));
    // The quiz step: a wrong answer (named by its option's feedback), then a right one whose
    // completion is the same try.
    let q = step(&d, "dasar.uji-kemampuan", 3);
    assert_eq!(
        (q.tries, q.mistakes.clone(), q.hints),
        (2, vec!["f".into()], 0)
    );
    assert_eq!(step(&d, "dasar.uji-kemampuan", 1).hints, 1);
    assert_eq!(
        d.skill_checks,
        [CheckResult {
            module: "dasar".into(),
            score: 50,
            pass_mark: 85,
            passed: false,
            attempts: 1
        }]
    );
    assert!(
        d.standards.is_empty(),
        "50% is below the pass mark: no standard is mastered"
    );

    let budi = c.store.learner_detail(&c.budi, &course()).unwrap();
    let stuck = step(&budi, "dasar.a", 1);
    assert_eq!(
        (stuck.tries, stuck.hints, stuck.done, stuck.mistakes.len()),
        (2, 2, false, 2)
    );
    assert!(budi.skill_checks.is_empty() && budi.standards.is_empty());
    let dewi = c.store.learner_detail(&c.dewi, &course()).unwrap();
    assert!(dewi.timeline.is_empty() && dewi.steps.is_empty());
    assert_eq!(dewi.minutes_total, 0);
    assert!(matches!(
        c.store.learner_detail("nobody", &course()),
        Err(StoreError::NoSuchLearner(_))
    ));
}

#[test]
fn a_gap_over_thirty_minutes_starts_a_session_and_mistakes_are_named() {
    let (c, rina) = with_rina();
    let d = c.store.learner_detail(&rina, &course()).unwrap();
    let sessions: Vec<_> = d
        .timeline
        .iter()
        .filter_map(|t| match t {
            TimelineItem::Session {
                start,
                end,
                minutes,
            } => Some((*start, *end, *minutes)),
            TimelineItem::Finished { .. } => None,
        })
        .collect();
    assert_eq!(
        sessions,
        [
            (RINA_A, RINA_A + 40 * MIN, 40),
            (RINA_B, RINA_B + 94 * MIN, 94)
        ]
    );
    assert_eq!(d.minutes_total, 134);
    let s = step(&d, "email.b", 1);
    assert_eq!(
        s.mistakes,
        ["email-b-salah-penerima", "dasar.missed"],
        "the feedback id, or the event when there was no feedback"
    );
    assert_eq!((s.tries, s.hints, s.time_ms), (3, 1, 65 * MIN));
    // The first step of a session gets no time for the 31 minutes before it.
    assert_eq!(step(&d, "email.b", 0).time_ms, 29 * MIN);
    assert_eq!(d.standards, ["e-1", "e-2"]);
}

#[test]
fn certificate_figures_round_jp_down() {
    let (c, rina) = with_rina();
    let f = c
        .store
        .module_figures(&rina, &course(), "email")
        .unwrap()
        .expect("finished");
    // 40 + 94 minutes: 134 / 45 = 2.98, rounded down.
    assert_eq!((f.minutes, f.jp), (134, 2));
    assert_eq!((f.first, f.last), (RINA_A, RINA_B + 94 * MIN));
    assert_eq!(f.standards, ["e-1", "e-2"]);
    assert_eq!(
        c.store.module_figures(&rina, &course(), "dasar").unwrap(),
        None,
        "not finished"
    );
    assert_eq!(
        c.store.module_figures(&c.siti, &course(), "dasar").unwrap(),
        None,
        "two of three lessons"
    );
    assert!(matches!(
        c.store.module_figures(&rina, &course(), "presensi"),
        Err(StoreError::NoSuchModule(_))
    ));
}

#[test]
fn activity_per_day_including_empty_days() {
    let (c, rina) = with_rina();
    let utc = jiff::tz::TimeZone::UTC;
    let days = c.store.activity_by_day_in(None, 7, NOW, &utc).unwrap();
    let got: Vec<_> = days
        .iter()
        .map(|d| (d.date, d.minutes, d.learners))
        .collect();
    assert_eq!(
        got,
        [
            (date(2023, 11, 8), 0, 0),
            (date(2023, 11, 9), 134, 1),
            (date(2023, 11, 10), 0, 0),
            (date(2023, 11, 11), 0, 0),
            (date(2023, 11, 12), 0, 1),
            (date(2023, 11, 13), 6, 1),
            (date(2023, 11, 14), 13, 1),
        ]
    );
    let some = [c.siti.clone(), c.budi.clone()];
    let days = c
        .store
        .activity_by_day_in(Some(&some), 7, NOW, &utc)
        .unwrap();
    assert_eq!((days[1].minutes, days[1].learners), (0, 0), "Rina left out");
    assert_eq!(days[6].minutes, 13);
    let only = c
        .store
        .activity_by_day_in(Some(&[rina]), 1, NOW, &utc)
        .unwrap();
    assert_eq!(only.len(), 1);
    assert_eq!((only[0].date, only[0].minutes), (date(2023, 11, 14), 0));
    // In Jakarta (UTC+7) Siti's afternoon (19:13 UTC) is already the 15th.
    let wib = jiff::tz::TimeZone::get("Asia/Jakarta").unwrap();
    let days = c.store.activity_by_day_in(None, 2, NOW, &wib).unwrap();
    assert_eq!(days[1].date, date(2023, 11, 15));
    assert_eq!(days[1].minutes, 13);
}

#[test]
fn notes_sessions_and_assignments_survive_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (siti, budi) = {
        let store = Store::open(dir.path()).unwrap();
        let add = |name: &str| {
            store
                .add_learner(&NewLearner {
                    name: name.into(),
                    ..Default::default()
                })
                .unwrap()
                .id
        };
        let (siti, budi) = (add("Siti"), add("Budi"));
        store
            .add_note(&siti, "Pak Andi", "Sudah bisa lampiran.")
            .unwrap();
        store
            .add_note(&siti, "Pak Andi", "  Perlu latihan balas semua.\n ")
            .unwrap();
        store
            .add_session(&NewSession {
                held_on: date(2023, 11, 16),
                topic: "Surel  dinas\n".into(),
                plan: "Email 3–5".into(),
                attendees: vec![siti.clone(), budi.clone(), siti.clone()],
            })
            .unwrap();
        store
            .assign(
                &siti,
                "untuk Kamis: Email 3–5",
                &["email.a".into(), "email.b".into()],
            )
            .unwrap();
        (siti, budi)
    };
    let store = Store::open(dir.path()).unwrap();
    let notes = store.notes(&siti).unwrap();
    let texts: Vec<_> = notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Perlu latihan balas semua.", "Sudah bisa lampiran."],
        "newest first, trimmed"
    );
    assert_eq!(notes[0].mentor, "Pak Andi");
    assert!(store.notes(&budi).unwrap().is_empty());
    let sessions = store.sessions().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].held_on, date(2023, 11, 16));
    assert_eq!(sessions[0].topic, "Surel dinas");
    assert_eq!(
        sessions[0].attendees,
        [budi.clone(), siti.clone()],
        "by name, once"
    );
    assert_eq!(store.sessions_of(&budi).unwrap(), sessions);
    let a = store
        .assignment(&siti, &course())
        .unwrap()
        .expect("assigned");
    assert_eq!(a.label, "untuk Kamis: Email 3–5");
    assert_eq!(
        a.lessons,
        [("email.a".to_owned(), false), ("email.b".to_owned(), false)]
    );
    // Removing a learner removes their notes, attendance and assignment with them.
    store.delete_learner(&siti).unwrap();
    assert!(store.notes(&siti).unwrap().is_empty());
    assert_eq!(store.sessions().unwrap()[0].attendees, [budi]);
    assert_eq!(store.assignment(&siti, &course()).unwrap(), None);
}

#[test]
fn mentor_text_is_checked_and_capped() {
    let c = seeded();
    let s = &c.store;
    assert!(matches!(
        s.add_note(&c.siti, "Pak Andi", " \n "),
        Err(StoreError::Text(TextError::EmptyNote))
    ));
    assert!(matches!(
        s.add_note("nobody", "Pak Andi", "x"),
        Err(StoreError::NoSuchLearner(_))
    ));
    let long = s.add_note(&c.siti, "Pak Andi", &"é".repeat(5000)).unwrap();
    assert_eq!(long.text.chars().count(), MAX_TEXT_CHARS);
    assert_eq!(s.notes(&c.siti).unwrap()[0].text, long.text);
    let new = |topic: &str, attendees: Vec<String>| NewSession {
        held_on: date(2023, 11, 16),
        topic: topic.into(),
        plan: String::new(),
        attendees,
    };
    assert!(matches!(
        s.add_session(&new("  ", vec![])),
        Err(StoreError::Text(TextError::EmptyTopic))
    ));
    assert!(matches!(
        s.add_session(&new("Surel", vec![c.siti.clone(), "nobody".into()])),
        Err(StoreError::NoSuchLearner(_))
    ));
    assert!(s.sessions().unwrap().is_empty(), "nothing half-written");
    let topic = s.add_session(&new(&"a".repeat(500), vec![])).unwrap().topic;
    assert_eq!(topic.len(), MAX_LINE_CHARS);
    assert!(matches!(
        s.assign(&c.siti, "x", &[" ".into()]),
        Err(StoreError::Text(TextError::NoLessons))
    ));
    assert!(matches!(
        s.assign("nobody", "x", &["dasar.a".into()]),
        Err(StoreError::NoSuchLearner(_))
    ));
}

#[test]
fn assignment_done_flags_follow_progress_and_a_new_one_replaces_the_old() {
    let mut c = seeded();
    let siti = c.siti.clone();
    let lessons: Vec<String> = ["dasar.a", "dasar.b", "gone.lesson", "dasar.a"]
        .map(String::from)
        .to_vec();
    c.store.assign(&siti, "untuk Kamis", &lessons).unwrap();
    let a = c.store.assignment(&siti, &course()).unwrap().unwrap();
    assert_eq!(
        a.lessons,
        [("dasar.a".to_owned(), true), ("dasar.b".to_owned(), false)],
        "in order, once, without lessons no longer in the content"
    );
    assert!(!a.all_done());
    // Siti finishes dasar.b.
    c.store
        .record(&siti, "dasar.b", 2, &[done(1), Record::LessonCompleted])
        .unwrap();
    let a = c.store.assignment(&siti, &course()).unwrap().unwrap();
    assert_eq!(a.lessons[1], ("dasar.b".to_owned(), true));
    assert!(a.all_done());
    c.store
        .assign(&siti, "minggu depan", &["email.a".into()])
        .unwrap();
    let a = c.store.assignment(&siti, &course()).unwrap().unwrap();
    assert_eq!(a.label, "minggu depan");
    assert_eq!(a.lessons, [("email.a".to_owned(), false)]);
    assert_eq!(c.store.assignment(&c.budi, &course()).unwrap(), None);
    c.store.clear_assignment(&siti).unwrap();
    assert_eq!(c.store.assignment(&siti, &course()).unwrap(), None);
}

#[test]
fn the_mentors_work_travels_in_an_export_and_imports_once() {
    let (c, rina) = with_rina();
    let s = &c.store;
    s.add_note(&c.siti, "Pak Andi", "Catatan untuk Siti")
        .unwrap();
    s.add_note(&rina, "Bu Wati", "Catatan untuk Rina").unwrap();
    s.add_session(&NewSession {
        held_on: date(2023, 11, 16),
        topic: "Surel dinas".into(),
        plan: "Balas semua".into(),
        attendees: vec![c.siti.clone(), rina.clone()],
    })
    .unwrap();
    s.assign(&c.siti, "untuk Kamis", &["email.a".into()])
        .unwrap();
    s.assign(&rina, "lama", &["dasar.a".into()]).unwrap();
    s.clear_assignment(&rina).unwrap();
    let mut file = Vec::new();
    s.export(&Selection::All, &mut file).unwrap();

    let other = tempfile::tempdir().unwrap();
    let mut b = Store::open(other.path()).unwrap();
    let first = b.import(|| Ok(&file[..])).unwrap();
    assert_eq!(
        (
            first.notes_added,
            first.sessions_changed,
            first.assignments_changed
        ),
        (2, 1, 2)
    );
    let again = b.import(|| Ok(&file[..])).unwrap();
    assert_eq!(
        (
            again.notes_added,
            again.sessions_changed,
            again.assignments_changed
        ),
        (0, 0, 0),
        "idempotent"
    );
    assert_eq!(b.notes(&c.siti).unwrap(), s.notes(&c.siti).unwrap());
    assert_eq!(b.sessions().unwrap(), s.sessions().unwrap());
    assert_eq!(
        b.assignment(&c.siti, &course()).unwrap(),
        s.assignment(&c.siti, &course()).unwrap()
    );
    assert_eq!(
        b.assignment(&rina, &course()).unwrap(),
        None,
        "the clearing travels"
    );

    // A newer assignment on the other laptop wins over the older one coming back.
    b.assign(&c.siti, "lebih baru", &["email.b".into()])
        .unwrap();
    b.import(|| Ok(&file[..])).unwrap();
    assert_eq!(
        b.assignment(&c.siti, &course()).unwrap().unwrap().label,
        "lebih baru"
    );

    // One learner's export carries the sessions they attended, with only them in it.
    let mut one = Vec::new();
    s.export(&Selection::Learner(rina.clone()), &mut one)
        .unwrap();
    let third = tempfile::tempdir().unwrap();
    let mut t = Store::open(third.path()).unwrap();
    t.import(|| Ok(&one[..])).unwrap();
    let sessions = t.sessions().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].attendees, [rina.as_str()]);
    assert_eq!(t.notes(&rina).unwrap().len(), 1);
}

/// Every page's text with its runs of blanks made single spaces.
fn pdf_text(bytes: &[u8]) -> (String, Vec<(f32, f32)>) {
    let pages = crate::pdf::tests::pdf_pages(bytes);
    let text = pages
        .iter()
        .map(|p| p.0.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(" ");
    (text, pages.into_iter().map(|p| p.1).collect())
}

#[test]
fn the_printed_summary_and_certificate_read_back() {
    use crate::output::reports::{Signer, certificate, learner_summary};
    use crate::pdf::{Paper, render};
    let (c, rina) = with_rina();
    let content = crate::course::load(None);
    let utc = jiff::tz::TimeZone::UTC;
    for lang in crate::i18n::Lang::ALL {
        let tr = content.catalog.translator(lang);
        let detail = c.store.learner_detail(&rina, &course()).unwrap();
        let blocks = learner_summary(&detail, &course(), &tr, &utc, NOW);
        for paper in [Paper::A4, Paper::F4] {
            let (text, sizes) = pdf_text(&render(&blocks, paper, "r").unwrap());
            assert!(text.contains("Rina Marlina"), "{text}");
            assert!(text.contains("199001012015032001"));
            assert!(!text.contains("report-"), "a message is missing: {text}");
            assert_eq!(sizes[0], paper.size_pt());
            if lang == crate::i18n::Lang::Id {
                assert!(text.contains("Ringkasan Belajar Peserta"));
                assert!(
                    text.contains("134 menit (2 JP) dalam 2 sesi belajar"),
                    "{text}"
                );
                assert!(text.contains("09-11-2023 02:13"), "printed in UTC: {text}");
            }
        }
        let figures = c
            .store
            .module_figures(&rina, &course(), "email")
            .unwrap()
            .unwrap();
        let module = &course().modules[1];
        let signer = Signer {
            mentor: Some("Dian Pratiwi".into()),
            kantor: Some("Kantor Camat Sukamaju".into()),
        };
        let cert = certificate(&detail.learner, module, &figures, &signer, &tr, &utc);
        let (text, sizes) = pdf_text(&render(&cert, Paper::A4, "c").unwrap());
        assert_eq!(sizes.len(), 1, "a certificate is one page");
        assert!(text.contains("Rina Marlina") && text.contains("Dinas Kominfo"));
        assert!(!text.contains("report-"), "{text}");
        if lang == crate::i18n::Lang::Id {
            assert!(text.contains("Sertifikat Kemampuan"));
            assert!(text.contains("telah lulus Uji Kemampuan modul"), "{text}");
            assert!(
                text.contains("pada 09-11-2023 dengan nilai 100% (batas lulus 85%)"),
                "{text}"
            );
            assert!(text.contains("Jam pelajaran: 2 JP (134 menit"), "{text}");
            assert!(text.contains("09-11-2023 sampai 09-11-2023"), "{text}");
            assert!(text.contains("Kantor Camat Sukamaju, 09-11-2023"), "{text}");
            assert!(text.contains("Dian Pratiwi"), "the mentor signs: {text}");
            assert!(text.contains("e-1") && text.contains("e-2"));
            // Under one JP the time is said in words, never "0 JP".
            let short = crate::output::reports::hours(&tr, 26);
            assert_eq!(
                short,
                "Waktu latihan: 26 menit, kurang dari 1 JP (1 JP = 45 menit)"
            );
            assert!(!crate::output::reports::hours(&tr, 44).contains("0 JP"));
        }
    }
}

#[test]
fn a_long_summary_runs_onto_more_pages() {
    use crate::output::reports::learner_summary;
    use crate::pdf::{Paper, render};
    let (mut c, rina) = with_rina();
    // Forty short sittings a day apart: forty sessions and rows.
    for day in 1..=40 {
        c.start(&rina, "dasar.a", 3, NOW - day * 24 * HOUR);
    }
    let tx = c.store.conn.transaction().unwrap();
    crate::store::derive::rebuild(&tx, [rina.as_str()]).unwrap();
    tx.commit().unwrap();
    let tr = crate::course::load(None)
        .catalog
        .translator(crate::i18n::Lang::Id);
    let detail = c.store.learner_detail(&rina, &course()).unwrap();
    let utc = jiff::tz::TimeZone::UTC;
    for paper in [Paper::A4, Paper::F4] {
        let blocks = learner_summary(&detail, &course(), &tr, &utc, NOW);
        let (text, sizes) = pdf_text(&render(&blocks, paper, "r").unwrap());
        assert!(sizes.len() >= 2, "{paper:?}: {} pages", sizes.len());
        assert!(sizes.iter().all(|s| *s == paper.size_pt()));
        assert!(text.contains("Rina Marlina"));
        assert!(text.contains("Dibuat dengan Tuntun."), "the end is printed");
    }
}

/// "Panggil pendamping" counts as needing help even after the learner got past the step
/// (the review saw "0 perlu bantuan" right after a call).
#[test]
fn a_call_for_the_mentor_counts_after_the_step_is_done() {
    let mut c = seeded();
    let dewi = c.dewi.clone();
    c.start(&dewi, "email.a", 2, NOW - HOUR);
    let call = [done(0), Record::HelpRequested { step: 1 }, done(1)];
    c.rec(&dewi, "email.a", 2, &call, NOW - HOUR + MIN);
    let rows = c.store.class_overview(&course(), None, NOW).unwrap();
    let row = rows.iter().find(|r| r.id == dewi).unwrap();
    assert_eq!(
        row.needs_help,
        Some(HelpReason::Called {
            lesson: "email.a".into(),
            step: 1,
            at: NOW - HOUR + MIN
        })
    );
    // A day later the call is old news.
    let later = c
        .store
        .class_overview(&course(), None, NOW + 24 * HOUR)
        .unwrap();
    assert_eq!(
        later.iter().find(|r| r.id == dewi).unwrap().needs_help,
        None
    );
}
