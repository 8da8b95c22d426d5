//! The stored text of every kind stays what earlier versions wrote, and reads back as the
//! same `Body`.

use super::*;
use crate::progress::Record;
use crate::store::{NewLearner, Store};
use serde_json::json;

fn mistake_event() -> SimEvent {
    SimEvent::new("email.compose_started")
        .with("kind", "reply_all")
        .with("to", sim::Value::List(vec!["a@x.go.id".into(), "b".into()]))
        .with("attached", true)
        .with("count", sim::Value::Int(3))
}

/// Every kind: the body, and its kind and payload exactly as the code before the typed
/// payload wrote them (with `json!`, shown beside each).
fn table() -> Vec<(Body, &'static str, String, serde_json::Value)> {
    let item = Item {
        lesson: "email.balas".into(),
        step: 3,
    };
    vec![
        (
            Body::LessonStarted(LessonStarted { steps_total: 8 }),
            "lesson_started",
            r#"{"steps_total":8}"#.into(),
            json!({ "steps_total": 8 }),
        ),
        (
            Body::StepCompleted(StepCompleted {
                snapshot: Some(r#"{"n":1,"t":"a\"b"}"#.into()),
                steps_total: Some(8),
            }),
            "step_completed",
            r#"{"snapshot":"{\"n\":1,\"t\":\"a\\\"b\"}","steps_total":8}"#.into(),
            json!({ "snapshot": Some(r#"{"n":1,"t":"a\"b"}"#), "steps_total": 8 }),
        ),
        (
            Body::StepCompleted(StepCompleted {
                snapshot: None,
                steps_total: Some(2),
            }),
            "step_completed",
            r#"{"snapshot":null,"steps_total":2}"#.into(),
            json!({ "snapshot": None::<String>, "steps_total": 2 }),
        ),
        (
            Body::HintShown(HintShown { number: 2 }),
            "hint_shown",
            r#"{"number":2}"#.into(),
            json!({ "number": 2 }),
        ),
        (
            Body::Mistake(Mistake {
                event: mistake_event(),
                feedback: "email-wrong-reply".into(),
            }),
            "mistake",
            concat!(
                r#"{"event":{"fields":{"attached":true,"count":3,"kind":"reply_all","#,
                r#""to":["a@x.go.id","b"]},"name":"email.compose_started"},"#,
                r#""feedback":"email-wrong-reply"}"#
            )
            .into(),
            json!({ "event": mistake_event(), "feedback": "email-wrong-reply" }),
        ),
        (
            Body::QuizAnswered(QuizAnswered {
                option: 1,
                correct: false,
            }),
            "quiz_answered",
            r#"{"correct":false,"option":1}"#.into(),
            json!({ "option": 1, "correct": false }),
        ),
        (
            Body::HelpRequested,
            "help_requested",
            "{}".into(),
            json!({}),
        ),
        (
            Body::LessonCompleted(LessonCompleted {
                steps_total: Some(8),
            }),
            "lesson_completed",
            r#"{"steps_total":8}"#.into(),
            json!({ "steps_total": 8 }),
        ),
        (
            Body::ReviewStarted(ReviewStarted {
                review: "r1".into(),
                module: "email".into(),
                items: vec![item.clone()],
            }),
            "review_started",
            r#"{"items":[{"lesson":"email.balas","step":3}],"module":"email","review":"r1"}"#
                .into(),
            json!({ "review": "r1", "module": "email", "items": [item] }),
        ),
        (
            Body::ReviewTrouble(ReviewTrouble {
                review: "r1".into(),
                item: 0,
                what: Trouble::WrongAnswer,
            }),
            "review_trouble",
            r#"{"item":0,"review":"r1","what":"wrong_answer"}"#.into(),
            json!({ "review": "r1", "item": 0, "what": "wrong_answer" }),
        ),
        (
            Body::ReviewStepDone(ReviewStepDone {
                review: "r1".into(),
                item: 1,
            }),
            "review_step_done",
            r#"{"item":1,"review":"r1"}"#.into(),
            json!({ "review": "r1", "item": 1 }),
        ),
        (
            Body::ReviewFinished(ReviewFinished {
                review: "r1".into(),
                module: "email".into(),
            }),
            "review_finished",
            r#"{"module":"email","review":"r1"}"#.into(),
            json!({ "review": "r1", "module": "email" }),
        ),
        (
            Body::ReviewPostponed(ReviewPostponed {
                module: "email".into(),
            }),
            "review_postponed",
            r#"{"module":"email"}"#.into(),
            json!({ "module": "email" }),
        ),
        (
            Body::LearnersJoined(LearnersJoined {
                from: "b-id".into(),
            }),
            "learners_joined",
            r#"{"from":"b-id"}"#.into(),
            json!({ "from": "b-id" }),
        ),
    ]
}

#[test]
fn every_kind_is_stored_as_before_and_reads_back_the_same() {
    for (body, kind, payload, legacy) in table() {
        assert_eq!(body.kind(), kind);
        assert_eq!(legacy.to_string(), payload, "the reference of {kind}");
        assert_eq!(body.payload().unwrap(), payload, "{kind}");
        assert_eq!(Body::parse(kind, &payload).unwrap(), body, "{kind}");
    }
    // Every arm but `Unknown` is in the table.
    let kinds: std::collections::BTreeSet<_> = table().iter().map(|t| t.1).collect();
    assert_eq!(kinds.len(), 13);
    for k in &kinds {
        if k.contains("review") {
            assert!(k.starts_with("review_"), "{k} must match LIKE 'review\\_%'");
        }
    }
}

#[test]
fn payloads_of_the_first_versions_and_of_a_newer_tuntun_still_read() {
    // The first versions wrote `{}` for a finished step and a finished lesson.
    assert_eq!(
        Body::parse("step_completed", "{}").unwrap(),
        Body::StepCompleted(StepCompleted {
            snapshot: None,
            steps_total: None
        })
    );
    assert_eq!(
        Body::parse("lesson_completed", "{}").unwrap(),
        Body::LessonCompleted(LessonCompleted { steps_total: None })
    );
    // A field added by a newer Tuntun is ignored; a mistake's event may lack its fields.
    assert_eq!(
        Body::parse(
            "mistake",
            r#"{"event":{"name":"dasar.missed"},"feedback":"f","extra":1}"#
        )
        .unwrap(),
        Body::Mistake(Mistake {
            event: SimEvent::new("dasar.missed"),
            feedback: "f".into()
        })
    );
    assert_eq!(
        Body::parse(
            "review_trouble",
            r#"{"review":"r","item":0,"what":"sneezed"}"#
        )
        .unwrap(),
        Body::ReviewTrouble(ReviewTrouble {
            review: "r".into(),
            item: 0,
            what: Trouble::Other
        })
    );
    // A kind of a newer Tuntun is kept exactly as it came.
    let future = Body::parse("lesson_paused", r#"{"b":1,"a":2}"#).unwrap();
    assert_eq!(future.kind(), "lesson_paused");
    assert_eq!(future.payload().unwrap(), r#"{"b":1,"a":2}"#);
}

/// What a closure logs at `warn` and above.
fn warnings(f: impl FnOnce()) -> String {
    #[derive(Clone, Default)]
    struct Buf(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);
    impl std::io::Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let buf = Buf::default();
    let out = buf.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::WARN)
        .with_ansi(false)
        .with_writer(move || out.clone())
        .finish();
    tracing::subscriber::with_default(subscriber, f);
    String::from_utf8(buf.0.lock().unwrap().clone()).unwrap()
}

#[test]
fn an_unreadable_payload_is_logged_never_defaulted() {
    let log = warnings(|| {
        assert!(matches!(
            Body::read("quiz_answered", r#"{"option":1}"#),
            Body::Unknown { .. }
        ));
    });
    assert!(log.contains("WARN"), "{log}");
    assert!(
        log.contains("a quiz_answered event has an unreadable payload"),
        "{log}"
    );
    assert!(log.contains("missing field `correct`"), "{log}");
    let row = Event {
        uuid: "u".into(),
        device: "laptop-b".into(),
        seq: 7,
        learner: "l".into(),
        lesson: None,
        step: Some(0),
        kind: "hint_shown".into(),
        payload: r#"{"number":"two"}"#.into(),
        at: 1,
    };
    let log = warnings(|| {
        assert_eq!(
            row.body(),
            Body::Unknown {
                kind: "hint_shown".into(),
                payload: r#"{"number":"two"}"#.into()
            }
        );
    });
    assert!(
        log.contains("event laptop-b#7 (hint_shown) has an unreadable payload"),
        "{log}"
    );
    // A kind of a newer Tuntun is no error: nothing is logged.
    assert_eq!(warnings(|| drop(Body::read("lesson_paused", "{}"))), "");
}

#[test]
fn an_unreadable_payload_is_an_error_and_read_as_unknown() {
    for (kind, payload) in [
        ("quiz_answered", r#"{"option":1}"#),
        ("lesson_started", r#"{"steps_total":"eight"}"#),
        ("hint_shown", "not json"),
        ("help_requested", "[]"),
    ] {
        assert!(Body::parse(kind, payload).is_err(), "{kind} {payload}");
        assert_eq!(
            Body::read(kind, payload),
            Body::Unknown {
                kind: kind.into(),
                payload: payload.into()
            }
        );
    }
}

/// The rows the Store writes for everything the lesson player, the reviews and a join
/// record: the same kinds and payload text, byte for byte, as before.
#[test]
fn the_store_writes_the_same_rows_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let new = |name: &str| NewLearner {
        name: name.into(),
        nip: "197103141998031004".into(),
        unit: String::new(),
    };
    let a = store.add_learner(&new("Siti")).unwrap().id;
    let b = store.add_learner(&new("Siti R")).unwrap().id;
    store.start_lesson(&a, "email.balas", 8).unwrap();
    let records = [
        Record::HintShown { step: 0, number: 1 },
        Record::Mistake {
            step: 0,
            event: mistake_event(),
            feedback: "email-wrong-reply".into(),
        },
        Record::QuizAnswered {
            step: 1,
            option: 2,
            correct: false,
        },
        Record::HelpRequested { step: 1 },
        Record::StepCompleted {
            step: 1,
            snapshot: Some(r#"{"n":1}"#.into()),
        },
        Record::StepCompleted {
            step: 2,
            snapshot: None,
        },
        Record::LessonCompleted,
    ];
    store.record(&a, "email.balas", 8, &records).unwrap();
    let items = [Item {
        lesson: "email.balas".into(),
        step: 3,
    }];
    let review = store.start_review(&a, "email", &items).unwrap();
    store
        .record_review(
            &a,
            "email",
            &review,
            0,
            true,
            &[
                Record::HintShown { step: 0, number: 1 },
                Record::QuizAnswered {
                    step: 0,
                    option: 0,
                    correct: false,
                },
                Record::HelpRequested { step: 0 },
                Record::Mistake {
                    step: 0,
                    event: SimEvent::new("x"),
                    feedback: String::new(),
                },
                Record::StepCompleted {
                    step: 0,
                    snapshot: None,
                },
                Record::LessonCompleted,
            ],
        )
        .unwrap();
    store.postpone_review(&a, "email").unwrap();
    let keep = store.join_learners(&a, &b).unwrap();
    let gone = if keep == a { &b } else { &a };

    let mut stmt = store
        .conn
        .prepare("SELECT kind, payload FROM events ORDER BY seq")
        .unwrap();
    let rows: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows, rows_as_before(&review, gone));
}

/// The rows of `the_store_writes_the_same_rows_as_before`, as the code before the typed
/// payload wrote them.
fn rows_as_before(review: &str, gone: &str) -> Vec<(String, String)> {
    let trouble = |what: &str| {
        (
            "review_trouble".to_owned(),
            format!(r#"{{"item":0,"review":"{review}","what":"{what}"}}"#),
        )
    };
    [
        ("lesson_started", r#"{"steps_total":8}"#.to_owned()),
        ("hint_shown", r#"{"number":1}"#.to_owned()),
        (
            "mistake",
            json!({ "event": mistake_event(), "feedback": "email-wrong-reply" }).to_string(),
        ),
        ("quiz_answered", r#"{"correct":false,"option":2}"#.to_owned()),
        ("help_requested", "{}".to_owned()),
        (
            "step_completed",
            r#"{"snapshot":"{\"n\":1}","steps_total":8}"#.to_owned(),
        ),
        ("step_completed", r#"{"snapshot":null,"steps_total":8}"#.to_owned()),
        ("lesson_completed", r#"{"steps_total":8}"#.to_owned()),
        (
            "review_started",
            format!(
                r#"{{"items":[{{"lesson":"email.balas","step":3}}],"module":"email","review":"{review}"}}"#
            ),
        ),
    ]
    .into_iter()
    .map(|(k, p)| (k.to_owned(), p))
    .chain([
        trouble("hint"),
        trouble("wrong_answer"),
        trouble("help"),
        trouble("mistake"),
        (
            "review_step_done".to_owned(),
            format!(r#"{{"item":0,"review":"{review}"}}"#),
        ),
        (
            "review_finished".to_owned(),
            format!(r#"{{"module":"email","review":"{review}"}}"#),
        ),
        (
            "review_postponed".to_owned(),
            r#"{"module":"email"}"#.to_owned(),
        ),
        (
            "learners_joined".to_owned(),
            format!(r#"{{"from":"{gone}"}}"#),
        ),
    ])
    .collect()
}

/// Rows as an earlier version stored them (including `{}` payloads of the first versions
/// and an event of a newer Tuntun) give the same derived tables when replayed.
#[test]
fn rows_written_before_replay_to_the_same_tables() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let id = store
        .add_learner(&NewLearner {
            name: "Budi".into(),
            nip: String::new(),
            unit: String::new(),
        })
        .unwrap()
        .id;
    let rows = [
        (None, "lesson_started", r#"{"steps_total":4}"#),
        (Some(0), "hint_shown", r#"{"number":1}"#),
        (
            Some(0),
            "mistake",
            r#"{"event":{"fields":{},"name":"dasar.missed"},"feedback":""}"#,
        ),
        (Some(0), "step_completed", "{}"),
        (Some(1), "quiz_answered", r#"{"correct":false,"option":0}"#),
        (Some(1), "quiz_answered", r#"{"correct":true,"option":1}"#),
        (Some(1), "lesson_paused", r#"{"why":"tea"}"#),
        (
            Some(1),
            "step_completed",
            r#"{"snapshot":"{\"n\":2}","steps_total":4}"#,
        ),
    ];
    let tx =
        rusqlite::Transaction::new_unchecked(&store.conn, rusqlite::TransactionBehavior::Immediate)
            .unwrap();
    for (seq, (step, kind, payload)) in rows.iter().enumerate() {
        let seq = i64::try_from(seq).unwrap();
        Event {
            uuid: format!("u{seq}"),
            device: "old-laptop".into(),
            seq,
            learner: id.clone(),
            lesson: Some("dasar.klik".into()),
            step: *step,
            kind: (*kind).into(),
            payload: (*payload).into(),
            at: 1_000 + seq,
        }
        .insert(&tx)
        .unwrap();
    }
    crate::store::derive::rebuild(&tx, [id.as_str()]).unwrap();
    tx.commit().unwrap();
    let state = store
        .lesson_states(&id)
        .unwrap()
        .remove("dasar.klik")
        .unwrap();
    assert_eq!((state.next_step, state.steps_total), (2, 4));
    assert_eq!(state.snapshot.as_deref(), Some(r#"{"n":2}"#));
    assert!(!state.completed);
    let stats: Vec<(i64, i64, i64, i64)> = store
        .conn
        .prepare("SELECT step, hints, mistakes, wrong_answers FROM step_stats ORDER BY step")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(stats, vec![(0, 1, 1, 0), (1, 0, 0, 1)]);
    // The event of a newer Tuntun is still in the log, as it came.
    let kept: String = store
        .conn
        .query_row(
            "SELECT payload FROM events WHERE kind = 'lesson_paused'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, r#"{"why":"tea"}"#);
}
