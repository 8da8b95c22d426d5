//! `email.field_filled`: what one box of the compose form holds after the learner changed it.
//!
//! The form used to report nothing until "Kirim", so a lesson had to ask for Ke, Cc, Subjek
//! and the text in one step. With this event each box can be its own step on first
//! exposure: the goal names the state wanted (`addresses = "puskesmas@…"`, `empty = false`,
//! `has_closing = true`), and the step is done the moment the box holds it. The event comes
//! at every change, so a lesson should not name it as a mistake (it would fire while the
//! learner is still typing).

use super::letter::{all_caps, has_closing, has_greeting, is_address, split_addresses};
use super::{Draft, Text};
use crate::sim::{SimEvent, Value};

/// A box of the compose form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    To,
    Cc,
    Bcc,
    Subject,
    Body,
}

impl Field {
    /// The name in the event (`field = "to"`).
    pub fn key(self) -> &'static str {
        match self {
            Field::To => "to",
            Field::Cc => "cc",
            Field::Bcc => "bcc",
            Field::Subject => "subject",
            Field::Body => "body",
        }
    }
}

/// The event for box `which` of `draft` as it is now.
pub fn filled(draft: &Draft, which: Field) -> SimEvent {
    let text = match which {
        Field::To => draft.to.clone(),
        Field::Cc => draft.cc.clone(),
        Field::Bcc => draft.bcc.clone(),
        Field::Subject => match draft.subject_text() {
            Text::Typed(s) => s,
            other => other.raw(),
        },
        Field::Body => draft.body.clone(),
    };
    let addresses = match which {
        Field::To | Field::Cc | Field::Bcc => split_addresses(&text),
        Field::Subject | Field::Body => Vec::new(),
    };
    let complete = match which {
        Field::To | Field::Cc | Field::Bcc => {
            !addresses.is_empty() && addresses.iter().all(|a| is_address(a))
        }
        Field::Subject | Field::Body => !text.trim().is_empty(),
    };
    let words = text.split_whitespace().count();
    SimEvent::new("email.field_filled")
        .with("field", which.key())
        .with("empty", text.trim().is_empty())
        .with("complete", complete)
        .with("addresses", Value::List(addresses))
        .with("words", i64::try_from(words).unwrap_or(i64::MAX))
        .with("has_greeting", has_greeting(&text))
        .with("has_closing", has_closing(&text))
        .with("all_caps", all_caps(&text))
}

#[cfg(test)]
mod tests {
    use super::super::{Action, Email, Scenario};
    use crate::sim::Value;

    fn composing() -> Email {
        let mut e = Email::new(Scenario {
            address: "budi.santoso@sukamajukab.go.id".into(),
            password: "Sukamaju#2025".into(),
            signed_in: true,
            remember: false,
            messages: Vec::new(),
            files: Vec::new(),
        });
        e.update(Action::Compose);
        e
    }

    /// Each box of the form reports what it holds as soon as it changes, so Ke, Subjek
    /// and the text can each be one step.
    #[test]
    fn each_box_reports_its_state_when_it_changes() {
        let mut e = composing();
        let half = e.update(Action::EditTo("puskesmas@sukamajukab".into()));
        let half = half.expect("an event for Ke");
        assert_eq!(half.name, "email.field_filled");
        assert_eq!(half.fields["field"], Value::Text("to".into()));
        assert_eq!(half.fields["complete"], Value::Bool(false));

        let whole = e
            .update(Action::EditTo(" Puskesmas@SukamajuKab.go.id ".into()))
            .expect("event");
        assert_eq!(whole.fields["complete"], Value::Bool(true));
        assert_eq!(
            whole.fields["addresses"],
            Value::List(vec!["puskesmas@sukamajukab.go.id".into()])
        );

        let subject = e
            .update(Action::EditSubject("Permintaan jadwal posyandu".into()))
            .expect("event");
        assert_eq!(subject.fields["field"], Value::Text("subject".into()));
        assert_eq!(subject.fields["empty"], Value::Bool(false));
        assert_eq!(subject.fields["words"], Value::Int(3));

        let body = e
            .update(Action::EditBody(
                "Yth. Kepala Puskesmas,\nMohon jadwal.".into(),
            ))
            .expect("event");
        assert_eq!(body.fields["has_greeting"], Value::Bool(true));
        assert_eq!(body.fields["has_closing"], Value::Bool(false));
        let body = e
            .update(Action::EditBody(
                "Yth. Kepala Puskesmas,\nMohon jadwal.\nTerima kasih.".into(),
            ))
            .expect("event");
        assert_eq!(body.fields["has_closing"], Value::Bool(true));
    }

    /// Outside the compose form typing changes nothing and reports nothing.
    #[test]
    fn no_event_without_a_form() {
        let mut e = composing();
        e.update(Action::Cancel);
        assert_eq!(e.update(Action::EditTo("a@b.id".into())), None);
    }
}
