//! What an imported value must be: the same rules as the forms where it was typed (a learner's
//! name of 1–80 visible characters, a NIP of 18 digits or none, a unit of up to 120, notes and
//! plans of up to 4000 characters, topics, labels and mentor names of up to 200), ids that are
//! plain ids, and sane sizes for what no form types (lesson ids, event kinds, payloads).
//!
//! Times are clamped to `[0, now]`: a file cannot date a change after the moment it was taken,
//! so a forged `updated_at` far in the future cannot pin a learner's name for ever, and the
//! newest-wins merge compares clamped times.
//!
//! A value that breaks a rule refuses the whole file (nothing is written); text that only
//! needs tidying (blanks, invisible characters) is tidied exactly as the form would.

use super::super::mentor::{MAX_LINE_CHARS, MAX_TEXT_CHARS, capped, one_line};
use super::super::{LearnerError, NewLearner};
use super::{LearnerRecord, Line, NoteRecord, SessionRecord};
use crate::store::Event;
use crate::store::mentor::AssignmentRecord;

/// The longest id (learner, event, note…) taken; Tuntun writes 36-character UUIDs.
const MAX_ID: usize = 64;
/// The longest lesson id or event kind taken.
const MAX_NAME: usize = 120;
/// The largest event payload taken, in bytes (a saved letter's snapshot is far smaller).
const MAX_PAYLOAD: usize = 256 * 1024;
/// The highest step number taken.
const MAX_STEP: i64 = 999;
/// The most lessons in one assignment, attendees of one session.
const MAX_LIST: usize = 1000;

/// Why a value was refused: one sentence, shown after "line N:".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    #[error("{0}")]
    Learner(#[from] LearnerError),
    #[error("an id is empty, too long or has characters an id never has")]
    Id,
    #[error("a lesson or event name is empty or too long")]
    Name,
    #[error("a step number is below 0 or above {MAX_STEP}")]
    Step,
    #[error("an event's details are not a JSON object or are too large")]
    Payload,
    #[error("a note, topic or list is empty or too long")]
    Text,
    #[error("a date is not a real date")]
    Date,
}

/// The value as it will be stored, or why the file is refused.
pub(super) fn clean(line: Line, now: i64) -> Result<Line, Invalid> {
    Ok(match line {
        Line::Learner(l) => Line::Learner(learner(l, now)?),
        Line::Event(e) => Line::Event(event(e, now)?),
        Line::Note(n) => Line::Note(note(n, now)?),
        Line::Coaching(c) => Line::Coaching(session(c, now)?),
        Line::Assignment(a) => Line::Assignment(assignment(a, now)?),
        Line::End(e) => Line::End(e),
    })
}

/// A time no later than `now` and not before 1970.
pub(super) fn clamp(at: i64, now: i64) -> i64 {
    at.clamp(0, now.max(0))
}

fn id(text: String) -> Result<String, Invalid> {
    let ok = !text.is_empty()
        && text.len() <= MAX_ID
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok { Ok(text) } else { Err(Invalid::Id) }
}

fn name(text: String) -> Result<String, Invalid> {
    let ok =
        !text.is_empty() && text.len() <= MAX_NAME && text.chars().all(|c| c.is_ascii_graphic());
    if ok { Ok(text) } else { Err(Invalid::Name) }
}

fn learner(l: LearnerRecord, now: i64) -> Result<LearnerRecord, Invalid> {
    let form = NewLearner {
        name: l.name,
        nip: l.nip.unwrap_or_default(),
        unit: l.unit.unwrap_or_default(),
    }
    .validate()?;
    Ok(LearnerRecord {
        uuid: id(l.uuid)?,
        name: form.name,
        nip: Some(form.nip).filter(|s| !s.is_empty()),
        unit: Some(form.unit).filter(|s| !s.is_empty()),
        created_at: clamp(l.created_at, now),
        updated_at: clamp(l.updated_at, now),
    })
}

fn event(e: Event, now: i64) -> Result<Event, Invalid> {
    if e.step.is_some_and(|s| !(0..=MAX_STEP).contains(&s)) {
        return Err(Invalid::Step);
    }
    let object = e.payload.len() <= MAX_PAYLOAD
        && serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&e.payload).is_ok();
    if !object {
        return Err(Invalid::Payload);
    }
    Ok(Event {
        uuid: id(e.uuid)?,
        device: id(e.device)?,
        seq: e.seq,
        learner: id(e.learner)?,
        lesson: e.lesson.map(name).transpose()?,
        step: e.step,
        kind: name(e.kind)?,
        payload: e.payload,
        at: clamp(e.at, now),
    })
}

fn note(n: NoteRecord, now: i64) -> Result<NoteRecord, Invalid> {
    let text = capped(&n.text, MAX_TEXT_CHARS);
    if text.is_empty() {
        return Err(Invalid::Text);
    }
    Ok(NoteRecord {
        uuid: id(n.uuid)?,
        learner: id(n.learner)?,
        mentor: one_line(&n.mentor, MAX_LINE_CHARS),
        created_at: clamp(n.created_at, now),
        text,
    })
}

fn session(c: SessionRecord, now: i64) -> Result<SessionRecord, Invalid> {
    if c.held_on.parse::<jiff::civil::Date>().is_err() {
        return Err(Invalid::Date);
    }
    let topic = one_line(&c.topic, MAX_LINE_CHARS);
    if topic.is_empty() || c.attendees.len() > MAX_LIST {
        return Err(Invalid::Text);
    }
    Ok(SessionRecord {
        uuid: id(c.uuid)?,
        held_on: c.held_on,
        topic,
        plan: capped(&c.plan, MAX_TEXT_CHARS),
        created_at: clamp(c.created_at, now),
        attendees: c.attendees.into_iter().map(id).collect::<Result<_, _>>()?,
    })
}

fn assignment(a: AssignmentRecord, now: i64) -> Result<AssignmentRecord, Invalid> {
    if a.lessons.len() > MAX_LIST {
        return Err(Invalid::Text);
    }
    Ok(AssignmentRecord {
        uuid: id(a.uuid)?,
        learner: id(a.learner)?,
        label: one_line(&a.label, MAX_LINE_CHARS),
        lessons: a.lessons.into_iter().map(name).collect::<Result<_, _>>()?,
        created_at: clamp(a.created_at, now),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, nip: Option<&str>) -> LearnerRecord {
        LearnerRecord {
            uuid: "0190-abc".into(),
            name: name.into(),
            nip: nip.map(Into::into),
            unit: None,
            created_at: 5,
            updated_at: i64::MAX,
        }
    }

    #[test]
    fn names_follow_the_form_and_times_stop_at_now() {
        let l = learner(
            person(" Siti\u{200d} \t Rahma\u{202e}wati\u{0} ", None),
            1000,
        )
        .expect("ok");
        assert_eq!(l.name, "Siti Rahmawati");
        assert_eq!(
            l.updated_at, 1000,
            "a time after the import is clamped to it"
        );
        assert_eq!(l.created_at, 5);
        for (bad, why) in [
            ("", LearnerError::EmptyName),
            ("\u{200b}\u{202e}", LearnerError::EmptyName),
            (&"a".repeat(81), LearnerError::LongName),
        ] {
            assert_eq!(
                learner(person(bad, None), 1000),
                Err(Invalid::Learner(why)),
                "{bad:?}"
            );
        }
        assert_eq!(
            learner(person("Siti", Some("FAKE\t123")), 1000),
            Err(Invalid::Learner(LearnerError::BadNip))
        );
        assert!(learner(person("Siti", Some("198003152005011002")), 1000).is_ok());
        let mut bad_id = person("Siti", None);
        bad_id.uuid = "../x".into();
        assert_eq!(learner(bad_id, 1000), Err(Invalid::Id));
        // Zalgo: at most three marks on a letter.
        let zalgo = format!("A{}", "\u{0301}".repeat(2000));
        assert_eq!(
            learner(person(&zalgo, None), 1000)
                .expect("ok")
                .name
                .chars()
                .count(),
            4
        );
        assert_eq!(clamp(i64::MIN, 1000), 0);
    }

    #[test]
    fn events_notes_and_sessions_have_limits() {
        let e = Event {
            uuid: "e1".into(),
            device: "d1".into(),
            seq: 1,
            learner: "l1".into(),
            lesson: Some("dasar.klik".into()),
            step: Some(2),
            kind: crate::store::event::kind::STEP_COMPLETED.into(),
            payload: "{}".into(),
            at: i64::MAX,
        };
        assert_eq!(event(e.clone(), 77).expect("ok").at, 77);
        let mut far = e.clone();
        far.step = Some(9999);
        assert_eq!(event(far, 77), Err(Invalid::Step));
        let mut deep = e.clone();
        deep.payload = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
        assert_eq!(event(deep, 77), Err(Invalid::Payload));
        let mut path = e;
        path.lesson = Some("../../etc/passwd x".into());
        assert_eq!(event(path, 77), Err(Invalid::Name));

        let n = NoteRecord {
            uuid: "n1".into(),
            learner: "l1".into(),
            mentor: "Bu\nMentor".into(),
            created_at: 1,
            text: "x".repeat(10_000_000),
        };
        let n = note(n, 77).expect("ok");
        assert_eq!(n.text.chars().count(), MAX_TEXT_CHARS);
        assert_eq!(n.mentor, "Bu Mentor");
        let s = SessionRecord {
            uuid: "s1".into(),
            held_on: "2026-13-45".into(),
            topic: "Email".into(),
            plan: String::new(),
            created_at: 1,
            attendees: vec![],
        };
        assert_eq!(session(s, 77), Err(Invalid::Date));
    }
}
