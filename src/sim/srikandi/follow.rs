//! A disposisi sent to the learner and its Tindak Lanjut: Balas, Teruskan (pass it on to a
//! colleague with an instruction) or Penyelesaian Disposisi with a short report. The two
//! mistakes offices see most are caught: passing it to someone the instruction does not
//! name, and closing it without saying what was done.

use super::{
    DispStatus, FollowForm, FollowKind, FollowRefusal, HistoryStep, INSTRUCTIONS, Notice, Srikandi,
    View, ev, int,
};
use crate::sim::{SimEvent, Value};

impl Srikandi {
    pub(super) fn open_disposisi_view(&mut self, id: &str) -> Option<SimEvent> {
        let d = self.disposisi.iter_mut().find(|d| d.id == id)?;
        d.read = true;
        let (naskah, deadline) = (d.naskah.clone(), d.deadline.clone());
        let days_left = self.days_until(&deadline).unwrap_or(0);
        self.go(View::Disposisi(id.to_owned()));
        Some(
            ev("disposition_opened")
                .with("disposisi", id)
                .with("naskah", naskah)
                .with("days_left", days_left),
        )
    }

    fn open_one(&self) -> Option<String> {
        match &self.view {
            View::Disposisi(id) => self
                .disposisi(id)
                .filter(|d| d.status == DispStatus::Baru)
                .map(|d| d.id.clone()),
            _ => None,
        }
    }

    /// "Tindak Lanjut" → Balas / Teruskan / Selesai: opens the form for it.
    pub(super) fn start_follow(&mut self, kind: FollowKind) -> Option<SimEvent> {
        let id = self.open_one()?;
        self.follow = Some(FollowForm {
            kind,
            to: Vec::new(),
            instruction: String::new(),
            text: String::new(),
            refused: None,
        });
        self.notice = None;
        Some(
            ev("follow_started")
                .with("disposisi", id)
                .with("action", kind.key()),
        )
    }

    pub(super) fn toggle_to(&mut self, person: &str) -> Option<SimEvent> {
        if !self.people.iter().any(|p| p.id == person) {
            return None;
        }
        let f = self.follow.as_mut()?;
        if f.kind != FollowKind::Teruskan {
            return None;
        }
        let on = !f.to.iter().any(|p| p == person);
        if on {
            f.to.push(person.to_owned());
        } else {
            f.to.retain(|p| p != person);
        }
        f.refused = None;
        Some(
            ev("follow_filled")
                .with("field", "to")
                .with("value", person)
                .with("on", on),
        )
    }

    pub(super) fn set_instruction(&mut self, key: &str) -> Option<SimEvent> {
        let f = self.follow.as_mut()?;
        if f.kind != FollowKind::Teruskan || !INSTRUCTIONS.contains(&key) {
            return None;
        }
        f.instruction = key.to_owned();
        f.refused = None;
        Some(
            ev("follow_filled")
                .with("field", "instruction")
                .with("value", key)
                .with("on", true),
        )
    }

    /// "Kirim" on the Tindak Lanjut form.
    pub(super) fn submit_follow(&mut self) -> Option<SimEvent> {
        let id = self.open_one()?;
        let f = self.follow.as_mut()?;
        let text_empty = f.text.trim().is_empty();
        let refusal = match f.kind {
            FollowKind::Teruskan if f.to.is_empty() => Some(FollowRefusal::NoRecipient),
            FollowKind::Teruskan if f.instruction.is_empty() => Some(FollowRefusal::NoInstruction),
            FollowKind::Selesai if text_empty => Some(FollowRefusal::NoReport),
            FollowKind::Balas if text_empty => Some(FollowRefusal::NoReply),
            _ => None,
        };
        if let Some(r) = refusal {
            f.refused = Some(r);
            return Some(
                ev("disposition_refused")
                    .with("disposisi", id)
                    .with("reason", r.key()),
            );
        }
        let f = self.follow.take()?;
        let late = self
            .disposisi(&id)
            .and_then(|d| self.days_until(&d.deadline))
            .is_some_and(|days| days < 0);
        let d = self.disposisi.iter_mut().find(|d| d.id == id)?;
        let words = int(f.text.split_whitespace().count());
        let event = match f.kind {
            FollowKind::Balas => {
                d.status = DispStatus::Dibalas;
                self.notice = Some(Notice::Replied);
                ev("disposition_replied")
                    .with("disposisi", id.as_str())
                    .with("words", words)
            }
            FollowKind::Selesai => {
                d.status = DispStatus::Selesai;
                self.notice = Some(Notice::Finished);
                ev("disposition_done")
                    .with("disposisi", id.as_str())
                    .with("report_words", words)
                    .with("late", late)
            }
            FollowKind::Teruskan => {
                d.status = DispStatus::Diteruskan;
                let as_instructed =
                    d.expect_to.is_empty() || f.to.iter().all(|p| d.expect_to.contains(p));
                let naskah = d.naskah.clone();
                let me = self.jabatan.clone();
                let today = self.today.clone();
                let names: Vec<String> =
                    f.to.iter()
                        .filter_map(|p| self.person(p))
                        .map(|p| p.jabatan.clone())
                        .collect();
                if let Some(n) = self.naskah.iter_mut().find(|n| n.id == naskah) {
                    for to in names {
                        n.history.push(HistoryStep {
                            from: me.clone(),
                            to,
                            instruction: f.instruction.clone(),
                            date: today.clone(),
                        });
                    }
                }
                self.notice = Some(Notice::Forwarded);
                ev("disposition_forwarded")
                    .with("disposisi", id.as_str())
                    .with("to", Value::List(f.to.clone()))
                    .with("instruction", f.instruction.as_str())
                    .with("as_instructed", as_instructed)
                    .with("has_note", !f.text.trim().is_empty())
            }
        };
        Some(event)
    }
}
