//! e-Kinerja once signed in: the SKP, the Progres Harian of a day (write, Draf, send, the
//! Bukti Dukung), the atasan's answer and revising, the calendar, the summary, the
//! Realisasi and the Penilaian.

use super::rules::{self, ProgressError};
use super::{Action, Entry, EntryStatus, Evidence, Form, Kinerja, Notice, Page, Section};
use super::{Answer, ev, int};
use crate::sim::SimEvent;
use serde::{Deserialize, Serialize};

/// How a day stands in the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DayStatus {
    /// A weekend, national holiday or cuti bersama.
    Libur,
    /// Today or later, nothing sent yet.
    Kosong,
    /// A working day gone by with nothing sent: a missed day.
    Terlewat,
    /// Only a draft: the atasan sees nothing.
    Draf,
    Dikirim,
    Disetujui,
    PerluPerbaikan,
}

impl DayStatus {
    pub fn key(self) -> &'static str {
        match self {
            DayStatus::Libur => "libur",
            DayStatus::Kosong => "kosong",
            DayStatus::Terlewat => "terlewat",
            DayStatus::Draf => "draf",
            DayStatus::Dikirim => "dikirim",
            DayStatus::Disetujui => "disetujui",
            DayStatus::PerluPerbaikan => "perlu_perbaikan",
        }
    }
}

/// The month so far, as the summary shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Working days counted: those before today, and today once it is filled.
    pub working_days: u32,
    /// Days with a progress sent.
    pub filled: u32,
    /// Working days gone by with nothing sent.
    pub missed: u32,
    pub percent: u32,
    /// Progress the atasan approved.
    pub approved: u32,
}

impl Kinerja {
    /// How `date` stands.
    pub fn day_status(&self, date: &str) -> DayStatus {
        let (Some(day), Some(today)) = (rules::parse_date(date), rules::parse_date(&self.date))
        else {
            return DayStatus::Kosong;
        };
        if !rules::working_day(day) {
            return DayStatus::Libur;
        }
        let entries = self.entries_of(date);
        let sent: Vec<EntryStatus> = entries
            .iter()
            .map(|e| e.status)
            .filter(|s| s.sent())
            .collect();
        if sent.contains(&EntryStatus::PerluPerbaikan) {
            DayStatus::PerluPerbaikan
        } else if sent.contains(&EntryStatus::Dikirim) {
            DayStatus::Dikirim
        } else if !sent.is_empty() {
            DayStatus::Disetujui
        } else if !entries.is_empty() {
            DayStatus::Draf
        } else if day < today {
            DayStatus::Terlewat
        } else {
            DayStatus::Kosong
        }
    }

    /// Whether a progress may still be written for `date` (today, or a working day at
    /// most `backfill_days` working days back).
    pub fn can_fill(&self, date: &str) -> bool {
        match (rules::parse_date(date), rules::parse_date(&self.date)) {
            (Some(d), Some(today)) => {
                rules::working_days_back(d, today).is_some_and(|n| n <= self.backfill_days)
            }
            _ => false,
        }
    }

    /// The days of today's month, from the 1st to the last, "YYYY-MM-DD".
    pub fn month_days(&self) -> Vec<String> {
        let Some(today) = rules::parse_date(&self.date) else {
            return Vec::new();
        };
        let mut d = today.first_of_month();
        let last = today.last_of_month();
        let mut out = Vec::new();
        while d <= last {
            out.push(d.to_string());
            match d.tomorrow() {
                Ok(n) => d = n,
                Err(_) => break,
            }
        }
        out
    }

    pub fn summary(&self) -> Summary {
        let Some(today) = rules::parse_date(&self.date) else {
            return Summary {
                working_days: 0,
                filled: 0,
                missed: 0,
                percent: 0,
                approved: 0,
            };
        };
        let (mut working_days, mut filled, mut missed) = (0u32, 0u32, 0u32);
        for d in rules::working_days_so_far(today) {
            let sent = self
                .entries_of(&d.to_string())
                .iter()
                .any(|e| e.status.sent());
            if sent {
                filled += 1;
                working_days += 1;
            } else if d < today {
                missed += 1;
                working_days += 1;
            }
        }
        let approved = self
            .entries
            .iter()
            .filter(|e| e.status == EntryStatus::Disetujui)
            .count();
        Summary {
            working_days,
            filled,
            missed,
            percent: (filled * 100).checked_div(working_days).unwrap_or(100),
            approved: u32::try_from(approved).unwrap_or(u32::MAX),
        }
    }

    /// The volume sent so far for a Rencana Aksi.
    pub fn realised(&self, aksi: &str) -> u32 {
        self.entries
            .iter()
            .filter(|e| e.aksi == aksi && e.status.sent())
            .map(|e| e.volume)
            .sum()
    }

    pub(super) fn work(&mut self, action: Action) -> Option<SimEvent> {
        match action {
            Action::OpenEkinerja => self.section(Section::Progress),
            Action::Menu(s) => self.section(s),
            Action::OpenRhk(id) => {
                let r = self.rhk.iter().find(|r| r.id == id)?;
                let event = ev("rhk_opened")
                    .with("rhk", id.as_str())
                    .with("aksi", int(r.aksi.len()));
                self.rhk_open = Some(id);
                Some(event)
            }
            Action::OpenDay(date) => {
                rules::parse_date(&date)?;
                let status = self.day_status(&date);
                self.day = date.clone();
                self.page = Page::Day;
                Some(
                    ev("day_opened")
                        .with("date", date)
                        .with("status", status.key()),
                )
            }
            Action::AddProgress if self.page == Page::Day => {
                let date = self.day.clone();
                if !self.can_fill(&date) {
                    self.notice = Some(Notice::ProgressRefused(ProgressError::Closed));
                    return Some(
                        ev("progress_refused")
                            .with("reason", "closed")
                            .with("date", date),
                    );
                }
                self.form = Form {
                    date: date.clone(),
                    ..Form::default()
                };
                self.page = Page::Form;
                Some(ev("progress_started").with("date", date))
            }
            Action::Activity(s) => self.edit(|f| f.activity = s),
            Action::ChooseAksi(id) => {
                let known = self.aksi(&id).is_some();
                self.edit(|f| {
                    if known {
                        f.aksi = Some(id);
                    }
                })
            }
            Action::Minutes(s) => self.edit(|f| f.minutes = s),
            Action::Volume(s) => self.edit(|f| f.volume = s),
            Action::RemoveEvidence => self.edit(|f| f.evidence = None),
            Action::OpenPicker if self.page == Page::Form => {
                self.page = Page::Picker;
                None
            }
            Action::PickerFolder(folder) if self.page == Page::Picker => {
                self.picker_folder = folder.clone();
                Some(SimEvent::new("files.folder_opened").with("folder", folder))
            }
            Action::PickFile(name) if self.page == Page::Picker => self.pick(&name),
            Action::ClosePicker if self.page == Page::Picker => {
                self.page = Page::Form;
                None
            }
            Action::SaveDraft if self.page == Page::Form => self.save_draft(),
            Action::SendProgress if self.page == Page::Form => self.send_progress(),
            Action::OpenEntry(id) => {
                let e = self.entry(&id)?;
                let event = ev("entry_opened")
                    .with("date", e.date.as_str())
                    .with("status", e.status.key());
                self.page = Page::Entry(id);
                Some(event)
            }
            Action::EditEntry => self.edit_entry(),
            Action::Refresh if matches!(self.page, Page::Day | Page::Entry(_)) => self.refresh(),
            Action::RealisasiText(rhk, text) => {
                if self.page == Page::Realisasi && !self.realisasi_sent {
                    self.realisasi.insert(rhk, text);
                }
                None
            }
            Action::SendRealisasi if self.page == Page::Realisasi => self.send_realisasi(),
            Action::LaptopBack => {
                self.page = match self.page {
                    Page::Picker => Page::Form,
                    Page::Form | Page::Entry(_) => Page::Day,
                    _ => Page::Portal,
                };
                None
            }
            Action::SignOut => {
                self.signed_in = false;
                self.page = Page::SignIn;
                self.sign_in = Default::default();
                Some(ev("signed_out"))
            }
            _ => None,
        }
    }

    fn section(&mut self, s: Section) -> Option<SimEvent> {
        self.page = match s {
            Section::Skp => Page::Skp,
            Section::Progress => {
                self.day = self.date.clone();
                Page::Day
            }
            Section::Calendar => Page::Calendar,
            Section::Summary => Page::Summary,
            Section::Realisasi => Page::Realisasi,
            Section::Assessment => Page::Assessment,
        };
        Some(match s {
            Section::Summary => {
                let m = self.summary();
                ev("summary_opened")
                    .with("working_days", int(m.working_days))
                    .with("filled", int(m.filled))
                    .with("missed", int(m.missed))
                    .with("percent", int(m.percent))
            }
            Section::Assessment => ev("assessment_opened")
                .with("ready", self.realisasi_sent)
                .with(
                    "rating",
                    if self.realisasi_sent {
                        self.rating.as_str()
                    } else {
                        ""
                    },
                ),
            _ => ev("page_opened").with("page", s.key()),
        })
    }

    fn edit(&mut self, f: impl FnOnce(&mut Form)) -> Option<SimEvent> {
        if self.page == Page::Form {
            f(&mut self.form);
        }
        None
    }

    fn pick(&mut self, name: &str) -> Option<SimEvent> {
        let file = self.disk.find(&self.picker_folder, name)?.clone();
        match rules::check_evidence(&file, self.evidence_limit_kb) {
            Ok(()) => {
                self.form.evidence = Some(Evidence {
                    name: file.name.clone(),
                    size_kb: file.size_kb,
                });
                self.page = Page::Form;
                Some(
                    ev("evidence_added")
                        .with("name", file.name.as_str())
                        .with("format", file.format())
                        .with("size_kb", int(file.size_kb)),
                )
            }
            Err(e) => {
                self.notice = Some(Notice::EvidenceRefused(e));
                Some(
                    ev("evidence_refused")
                        .with("name", file.name.as_str())
                        .with("reason", e.key())
                        .with("size_kb", int(file.size_kb)),
                )
            }
        }
    }

    /// Writes the form into its entry (a new one, or the one being edited).
    fn store(&mut self, status: EntryStatus) -> Entry {
        let f = &self.form;
        let previous = f.editing.as_deref().and_then(|id| self.entry(id)).cloned();
        let id = match &previous {
            Some(p) => p.id.clone(),
            None => loop {
                let id = format!("p{}", self.next_id);
                self.next_id += 1;
                if self.entry(&id).is_none() {
                    break id;
                }
            },
        };
        let revised = previous.as_ref().is_some_and(|p| {
            p.revised || (p.status == EntryStatus::PerluPerbaikan && status.sent())
        });
        let entry = Entry {
            id: id.clone(),
            date: f.date.clone(),
            activity: f.activity.trim().to_owned(),
            aksi: f.aksi.clone().unwrap_or_default(),
            minutes: rules::number(&f.minutes).unwrap_or(0),
            volume: rules::number(&f.volume).unwrap_or(0),
            evidence: f.evidence.clone(),
            status,
            note: previous.map(|p| p.note).unwrap_or_default(),
            revised,
            by_learner: true,
        };
        match self.entries.iter_mut().find(|e| e.id == id) {
            Some(e) => *e = entry.clone(),
            None => self.entries.push(entry.clone()),
        }
        self.day = entry.date.clone();
        self.page = Page::Day;
        entry
    }

    fn refuse(&mut self, e: ProgressError) -> Option<SimEvent> {
        self.notice = Some(Notice::ProgressRefused(e));
        Some(
            ev("progress_refused")
                .with("reason", e.key())
                .with("date", self.form.date.as_str()),
        )
    }

    fn save_draft(&mut self) -> Option<SimEvent> {
        if self.form.activity.trim().is_empty() {
            return self.refuse(ProgressError::Empty);
        }
        let e = self.store(EntryStatus::Draf);
        self.notice = Some(Notice::DraftSaved);
        Some(
            ev("progress_saved")
                .with("date", e.date)
                .with("aksi", e.aksi),
        )
    }

    fn send_progress(&mut self) -> Option<SimEvent> {
        let f = &self.form;
        if let Err(e) = rules::check_progress(
            &f.activity,
            f.aksi.as_deref(),
            &f.minutes,
            &f.volume,
            f.evidence.is_some(),
            self.evidence_required,
        ) {
            return self.refuse(e);
        }
        let e = self.store(EntryStatus::Dikirim);
        self.notice = Some(Notice::ProgressSent);
        let format = e
            .evidence
            .as_ref()
            .map(|x| crate::sim::files::format_of(&x.name))
            .unwrap_or_default();
        Some(
            ev("progress_sent")
                .with("date", e.date)
                .with("aksi", e.aksi)
                .with("minutes", int(e.minutes))
                .with("volume", int(e.volume))
                .with("evidence", e.evidence.is_some())
                .with("format", format)
                .with("revised", e.revised),
        )
    }

    fn edit_entry(&mut self) -> Option<SimEvent> {
        let Page::Entry(id) = &self.page else {
            return None;
        };
        let e = self.entry(id)?.clone();
        if !matches!(e.status, EntryStatus::Draf | EntryStatus::PerluPerbaikan) {
            return None;
        }
        self.form = Form {
            date: e.date.clone(),
            // The scenario's activities are Fluent ids: the learner writes theirs anew.
            activity: if e.by_learner {
                e.activity.clone()
            } else {
                String::new()
            },
            aksi: (!e.aksi.is_empty()).then(|| e.aksi.clone()),
            minutes: e.minutes.to_string(),
            volume: e.volume.to_string(),
            evidence: e.evidence.clone().filter(|x| x.size_kb > 0),
            editing: Some(e.id.clone()),
        };
        self.page = Page::Form;
        Some(ev("edit_started").with("status", e.status.key()))
    }

    fn refresh(&mut self) -> Option<SimEvent> {
        let mut newest: Option<(EntryStatus, bool)> = None;
        for e in self
            .entries
            .iter_mut()
            .filter(|e| e.status == EntryStatus::Dikirim)
        {
            // A revision answers the note: the atasan approves it.
            if e.revised || self.answer == Answer::Disetujui {
                e.status = EntryStatus::Disetujui;
            } else {
                e.status = EntryStatus::PerluPerbaikan;
                e.note = self.answer_note.clone();
            }
            newest = Some((e.status, !e.note.is_empty()));
        }
        self.notice = Some(if newest.is_some() {
            Notice::FeedbackArrived
        } else {
            Notice::NothingNew
        });
        let (status, note) = newest.map_or(("none", false), |(s, n)| (s.key(), n));
        Some(
            ev("feedback_checked")
                .with("status", status)
                .with("note", note),
        )
    }

    fn send_realisasi(&mut self) -> Option<SimEvent> {
        let empty = self.rhk.iter().any(|r| {
            self.realisasi
                .get(&r.id)
                .is_none_or(|t| t.trim().is_empty())
        });
        if empty {
            self.notice = Some(Notice::RealisasiEmpty);
            return Some(ev("realisasi_refused").with("reason", "empty"));
        }
        self.realisasi_sent = true;
        self.notice = Some(Notice::RealisasiSent);
        Some(ev("realisasi_sent").with("rhk", int(self.rhk.len())))
    }
}
