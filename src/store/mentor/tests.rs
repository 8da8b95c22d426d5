//! A seeded class written through the same Store calls the lesson player makes; the events'
//! times are then moved to known moments and the derived tables rebuilt from the log, so
//! every figure below is known.

use super::*;
use crate::course::{Lesson, LessonEntry, Matcher, Module, QuizOption, Scenario, Step};
use crate::progress::Record;
use crate::sim::SimEvent;
use crate::store::NewLearner;
use std::sync::Arc;

/// 2023-11-14 22:13:20 UTC: before any real clock this test runs under, so the events the
/// Store stamps with the real time can be told apart and moved.
const NOW: i64 = 1_700_000_000_000;
const MIN: i64 = 60_000;
const HOUR: i64 = 60 * MIN;

fn read() -> Step {
    Step::Read { text: "t".into() }
}

fn act() -> Step {
    Step::Do {
        text: "t".into(),
        goal: Matcher {
            event: "dasar.clicked".into(),
            fields: Default::default(),
        },
        hints: vec![],
        highlight: None,
        highlight_next: Vec::new(),
        mistakes: vec![],
        success: None,
        board: None,
    }
}

fn quiz() -> Step {
    Step::Quiz {
        text: "t".into(),
        options: vec![QuizOption {
            text: "a".into(),
            correct: true,
            feedback: "f".into(),
        }],
    }
}

fn lesson(module: &str, id: &str, skills: &[&str], steps: Vec<Step>) -> LessonEntry {
    LessonEntry {
        id: id.into(),
        module: module.into(),
        file: format!("{id}.toml"),
        lesson: Some(Arc::new(Lesson {
            id: id.into(),
            title: "t".into(),
            summary: "s".into(),
            minutes: 5,
            skills: skills.iter().map(|s| (*s).to_owned()).collect(),
            scenario: Scenario::None,
            steps,
            practice: Default::default(),
        })),
    }
}

fn course() -> Course {
    Course {
        modules: vec![
            Module {
                id: "dasar".into(),
                order: 1,
                title: "t".into(),
                summary: "s".into(),
                pass_mark: 85,
                lessons: vec![
                    lesson("dasar", "dasar.a", &["s-a"], vec![read(), act(), act()]),
                    lesson("dasar", "dasar.b", &["s-b"], vec![read(), act()]),
                    lesson(
                        "dasar",
                        "dasar.uji-kemampuan",
                        &["s-a", "s-c"],
                        vec![read(), act(), act(), quiz(), quiz()],
                    ),
                ],
            },
            Module {
                id: "email".into(),
                order: 2,
                title: "t".into(),
                summary: "s".into(),
                pass_mark: 85,
                lessons: vec![
                    lesson("email", "email.a", &["e-1"], vec![read(), act()]),
                    lesson("email", "email.b", &["e-2"], vec![read(), act()]),
                    lesson("email", "email.uji-kemampuan", &[], vec![read(), act()]),
                ],
            },
        ],
    }
}

struct Class {
    store: Store,
    _dir: tempfile::TempDir,
    real_start: i64,
    siti: String,
    budi: String,
    agus: String,
    dewi: String,
}

impl Class {
    /// Moves the events just written (stamped with the real time) to `at`.
    fn at(&self, at: i64) {
        self.store
            .conn
            .execute(
                "UPDATE events SET at = ?1 WHERE at >= ?2",
                params![at, self.real_start],
            )
            .unwrap();
    }

    fn start(&mut self, learner: &str, lesson: &str, total: usize, at: i64) {
        self.store.start_lesson(learner, lesson, total).unwrap();
        self.at(at);
    }

    fn rec(&mut self, learner: &str, lesson: &str, total: usize, records: &[Record], at: i64) {
        self.store.record(learner, lesson, total, records).unwrap();
        self.at(at);
    }
}

fn done(step: usize) -> Record {
    Record::StepCompleted {
        step,
        snapshot: None,
    }
}

fn hint(step: usize) -> Record {
    Record::HintShown { step, number: 1 }
}

fn mistake(step: usize, event: SimEvent) -> Record {
    Record::Mistake {
        step,
        event,
        feedback: "fb".into(),
    }
}

fn reply_all() -> SimEvent {
    SimEvent::new("email.compose_started").with("kind", "reply_all")
}

fn missed() -> SimEvent {
    SimEvent::new("dasar.missed")
}

fn answer(step: usize, correct: bool) -> Record {
    Record::QuizAnswered {
        step,
        option: 0,
        correct,
    }
}

fn seeded() -> Class {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let add = |name: &str, nip: &str, unit: &str| {
        store
            .add_learner(&NewLearner {
                name: name.into(),
                nip: nip.into(),
                unit: unit.into(),
            })
            .unwrap()
            .id
    };
    let siti = add(
        "Siti \"Ani\" Rahmawati, S.Pd",
        "198003152005011001",
        "Kecamatan Sukamaju",
    );
    let budi = add("Budi Santoso", "", "Kecamatan Sukamaju");
    let agus = add("Agus Wibowo", "197501012000031002", "Kecamatan Sukamaju");
    let dewi = add("Dewi Lestari", "", "Kecamatan Lain");
    let mut c = Class {
        store,
        _dir: dir,
        real_start: super::super::now_ms() - 1,
        siti: siti.clone(),
        budi: budi.clone(),
        agus: agus.clone(),
        dewi,
    };

    // Siti: dasar.b begun 10 days ago (outside the week), the skill check 2 days ago, and
    // dasar.a this afternoon with a coffee break of 8 minutes between two events.
    let t = NOW - 10 * 24 * HOUR;
    c.start(&siti, "dasar.b", 2, t);
    c.rec(&siti, "dasar.b", 2, &[done(0)], t + MIN);
    let t = NOW - 2 * 24 * HOUR;
    c.start(&siti, "dasar.uji-kemampuan", 5, t);
    let uji = [
        done(0),
        hint(1),
        done(1),
        done(2),
        answer(3, false),
        answer(3, true),
        done(3),
        answer(4, true),
        done(4),
        Record::LessonCompleted,
    ];
    c.rec(&siti, "dasar.uji-kemampuan", 5, &uji, t);
    let t = NOW - 3 * HOUR;
    c.start(&siti, "dasar.a", 3, t);
    c.rec(&siti, "dasar.a", 3, &[done(0)], t + MIN);
    c.rec(&siti, "dasar.a", 3, &[hint(1)], t + 2 * MIN);
    c.rec(
        &siti,
        "dasar.a",
        3,
        &[mistake(1, reply_all())],
        t + 10 * MIN,
    );
    let two = [mistake(1, reply_all()), mistake(1, missed())];
    c.rec(&siti, "dasar.a", 3, &two, t + 11 * MIN);
    c.rec(&siti, "dasar.a", 3, &[done(1)], t + 12 * MIN);
    let end = [done(2), Record::LessonCompleted];
    c.rec(&siti, "dasar.a", 3, &end, t + 13 * MIN);

    // Budi: stuck on dasar.a step 1 yesterday; two troubles (below the bar) on email.a.
    let t = NOW - 24 * HOUR;
    c.start(&budi, "dasar.a", 3, t);
    c.rec(&budi, "dasar.a", 3, &[done(0)], t + MIN);
    c.rec(&budi, "dasar.a", 3, &[hint(1), hint(1)], t + 2 * MIN);
    let two = [mistake(1, missed()), mistake(1, missed())];
    c.rec(&budi, "dasar.a", 3, &two, t + 3 * MIN);
    c.start(&budi, "email.a", 2, t + 4 * MIN);
    c.rec(&budi, "email.a", 2, &[hint(0)], t + 5 * MIN);
    c.rec(&budi, "email.a", 2, &[mistake(0, reply_all())], t + 6 * MIN);

    // Agus: began dasar.b nine days ago and has not been back.
    let t = NOW - 9 * 24 * HOUR;
    c.start(&agus, "dasar.b", 2, t);
    c.rec(&agus, "dasar.b", 2, &[done(0)], t + 30_000);

    // The derived tables were written at the real time: rebuild them from the moved log.
    let tx = c.store.conn.transaction().unwrap();
    crate::store::derive::rebuild(&tx, [siti.as_str(), budi.as_str(), agus.as_str()]).unwrap();
    tx.commit().unwrap();
    c
}

fn progress(rows: &[ModuleProgress]) -> Vec<(&str, usize, usize)> {
    rows.iter()
        .map(|m| (m.module.as_str(), m.done, m.total))
        .collect()
}

#[test]
fn time_spent_caps_each_gap_at_five_minutes() {
    assert_eq!(time_spent(&[]), 0);
    assert_eq!(time_spent(&[5]), 0);
    assert_eq!(time_spent(&[0, MIN, MIN, 61 * MIN]), MIN + 5 * MIN);
}

#[test]
fn class_overview_counts_and_flags() {
    let c = seeded();
    let rows = c.store.class_overview(&course(), None, NOW).unwrap();
    let names: Vec<_> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Agus Wibowo",
            "Budi Santoso",
            "Dewi Lestari",
            "Siti \"Ani\" Rahmawati, S.Pd"
        ]
    );
    let [agus, budi, dewi, siti] = &rows[..] else {
        panic!("four rows")
    };

    assert_eq!(siti.id, c.siti);
    assert_eq!(siti.nip.as_deref(), Some("198003152005011001"));
    assert_eq!(siti.unit.as_deref(), Some("Kecamatan Sukamaju"));
    assert_eq!(progress(&siti.modules), [("dasar", 2, 3), ("email", 0, 3)]);
    assert_eq!(siti.last_active, Some(NOW - 3 * HOUR + 13 * MIN));
    // This afternoon: gaps 1, 1, 8 (counted as 5), 1, 0, 1, 1, 0 minutes; the skill check
    // (2 days ago, all at one moment) adds 0, the gap from it to this afternoon counts 5; the
    // lesson 10 days ago is outside the week.
    assert_eq!(siti.week_ms, 15 * MIN);
    assert_eq!(siti.needs_help, None);

    assert_eq!(budi.id, c.budi);
    assert_eq!(budi.nip, None);
    assert_eq!(progress(&budi.modules), [("dasar", 0, 3), ("email", 0, 3)]);
    assert_eq!(budi.week_ms, 6 * MIN);
    assert_eq!(
        budi.needs_help,
        Some(HelpReason::Stuck {
            lesson: "dasar.a".into(),
            step: 1,
            mistakes: 2,
            hints: 2
        })
    );

    assert_eq!(agus.id, c.agus);
    assert_eq!(agus.week_ms, 0);
    assert_eq!(agus.last_active, Some(NOW - 9 * 24 * HOUR + 30_000));
    assert_eq!(
        agus.needs_help,
        Some(HelpReason::Idle {
            lesson: "dasar.b".into(),
            days: 8
        })
    );

    assert_eq!(dewi.id, c.dewi);
    assert_eq!(progress(&dewi.modules), [("dasar", 0, 3), ("email", 0, 3)]);
    assert_eq!((dewi.last_active, dewi.week_ms), (None, 0));
    assert_eq!(
        dewi.needs_help, None,
        "never started: nothing to help with yet"
    );

    // A week later Budi has been away 8 days but is still shown as stuck (stuck wins over
    // idle); two days earlier Agus had been away 7 days minus 30 s: not idle yet.
    let later = c
        .store
        .class_overview(&course(), None, NOW + 7 * 24 * HOUR)
        .unwrap();
    assert!(matches!(
        later[1].needs_help,
        Some(HelpReason::Stuck { .. })
    ));
    let early = c
        .store
        .class_overview(&course(), None, NOW - 2 * 24 * HOUR)
        .unwrap();
    assert_eq!(early[0].needs_help, None);
}

#[test]
fn class_overview_filters_by_unit() {
    let c = seeded();
    let rows = c
        .store
        .class_overview(&course(), Some("Kecamatan Lain"), NOW)
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].id, c.dewi);
    let none = c
        .store
        .class_overview(&course(), Some("Tidak Ada"), NOW)
        .unwrap();
    assert!(none.is_empty());
}

#[test]
fn learner_steps_of_siti() {
    let c = seeded();
    let steps = c.store.learner_steps(&c.siti).unwrap();
    let keys: Vec<_> = steps.iter().map(|s| (s.lesson.as_str(), s.step)).collect();
    assert_eq!(
        keys,
        [
            ("dasar.b", 0),
            ("dasar.uji-kemampuan", 0),
            ("dasar.uji-kemampuan", 1),
            ("dasar.uji-kemampuan", 2),
            ("dasar.uji-kemampuan", 3),
            ("dasar.uji-kemampuan", 4),
            ("dasar.a", 0),
            ("dasar.a", 1),
            ("dasar.a", 2),
        ]
    );
    let t = NOW - 3 * HOUR;
    assert_eq!(
        steps[7],
        StepRow {
            lesson: "dasar.a".into(),
            step: 1,
            tries: 5,
            mistakes: 3,
            hints: 1,
            wrong_answers: 0,
            completed_at: Some(t + 12 * MIN),
            time_ms: 10 * MIN,
            mistake_events: vec![
                ("email.compose_started kind=reply_all".into(), 2),
                ("dasar.missed".into(), 1)
            ],
        }
    );
    let q = &steps[4];
    assert_eq!(
        (q.tries, q.wrong_answers, q.mistakes, q.hints),
        (3, 1, 0, 0)
    );
    assert_eq!(q.completed_at, Some(NOW - 2 * 24 * HOUR));
    assert_eq!(q.time_ms, 0);

    let budi = c.store.learner_steps(&c.budi).unwrap();
    let stuck = budi
        .iter()
        .find(|s| s.lesson == "dasar.a" && s.step == 1)
        .unwrap();
    assert_eq!(
        (stuck.tries, stuck.completed_at, stuck.time_ms),
        (4, None, MIN)
    );
    assert!(c.store.learner_steps(&c.dewi).unwrap().is_empty());
}

#[test]
fn hardest_steps_of_the_class() {
    let c = seeded();
    let hard = c.store.hardest_steps(10).unwrap();
    let step = |lesson: &str, step, learners, mistakes, hints| HardStep {
        lesson: lesson.into(),
        step,
        learners,
        mistakes,
        hints,
    };
    assert_eq!(
        hard,
        [
            step("dasar.a", 1, 2, 5, 3),
            step("email.a", 0, 1, 1, 1),
            step("dasar.uji-kemampuan", 1, 1, 0, 1),
        ]
    );
    assert_eq!(c.store.hardest_steps(1).unwrap().len(), 1);
}

#[test]
fn report_rows_and_csv() {
    let c = seeded();
    let rows = c.store.report_rows(&course(), None).unwrap();
    assert_eq!(rows.len(), 8);
    let siti_dasar = &rows[6];
    assert_eq!(siti_dasar.module, "dasar");
    assert_eq!((siti_dasar.done, siti_dasar.total), (2, 3));
    // Four graded steps; step 1 had a hint and step 3 a wrong answer: 2 of 4 clean.
    assert_eq!(siti_dasar.score, Some(50));
    assert!(
        siti_dasar.standards.is_empty() && siti_dasar.passed_at.is_none(),
        "50% is below the pass mark"
    );
    assert_eq!(rows[7].score, None, "Siti has not taken the email check");
    assert_eq!(rows[2].score, None, "Agus has not taken the check");

    let unit = c
        .store
        .report_rows(&course(), Some("Kecamatan Lain"))
        .unwrap();
    assert_eq!(unit.len(), 2);
}

mod work;
