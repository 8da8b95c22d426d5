//! Signing in, opening a naskah and its tabs, Unduh, and the arsip search.

use super::{Action, Kotak, List, Notice, Srikandi, Tab, View, ev, int};
use crate::sim::{SimEvent, Value};

impl Srikandi {
    pub(super) fn signing_in(&mut self, action: Action) -> Option<SimEvent> {
        match action {
            Action::Username(u) => {
                self.username_input = u;
                self.sign_in_error = None;
                None
            }
            Action::Password(p) => {
                self.password_input = p;
                self.sign_in_error = None;
                None
            }
            Action::SignIn => {
                let user = self.username_input.trim();
                let reason = if user.is_empty() || self.password_input.is_empty() {
                    Some("empty")
                } else if !user.eq_ignore_ascii_case(self.username.trim())
                    || self.password_input != self.password
                {
                    Some("wrong")
                } else {
                    None
                };
                if let Some(reason) = reason {
                    self.sign_in_error = Some(reason.to_owned());
                    self.password_input.clear();
                    return Some(ev("sign_in_failed").with("reason", reason));
                }
                self.signed_in = true;
                self.sign_in_error = None;
                self.password_input.clear();
                self.view = View::Home;
                Some(ev("signed_in"))
            }
            _ => None,
        }
    }

    pub(super) fn open(&mut self, id: &str) -> Option<SimEvent> {
        let from_search = matches!(self.view, View::List(List::Arsip)) && self.results.is_some();
        let n = self.naskah.iter_mut().find(|n| n.id == id)?;
        n.read = true;
        let kotak = n.kotak;
        self.go(if kotak == Kotak::TandaTangan {
            View::Sign(id.to_owned())
        } else {
            View::Naskah {
                id: id.to_owned(),
                tab: Tab::Info,
            }
        });
        Some(
            ev("opened")
                .with("naskah", id)
                .with("list", kotak.key())
                .with("from_search", from_search),
        )
    }

    pub(super) fn show_tab(&mut self, tab: Tab) -> Option<SimEvent> {
        let View::Naskah { id, tab: shown } = &mut self.view else {
            return None;
        };
        if *shown == tab {
            return None;
        }
        *shown = tab;
        let id = id.clone();
        match tab {
            Tab::Info => None,
            Tab::Pdf => Some(ev("pdf_viewed").with("naskah", id)),
            Tab::Riwayat => {
                let steps = self.naskah(&id).map_or(0, |n| n.history.len());
                Some(
                    ev("history_viewed")
                        .with("naskah", id)
                        .with("steps", int(steps)),
                )
            }
        }
    }

    /// "Unduh": the scanned PDF goes to the laptop's Unduhan folder (the shared disk).
    pub(super) fn download(&mut self) -> Option<SimEvent> {
        let View::Naskah { id, .. } = &self.view else {
            return None;
        };
        let n = self.naskah(id)?;
        let (id, file, size) = (n.id.clone(), n.file.clone(), n.size_kb);
        let saved = self.disk.download(&file, size);
        self.notice = Some(Notice::Downloaded(saved.clone()));
        Some(ev("downloaded").with("naskah", id).with("name", saved))
    }

    /// The arsip search: every word of the query in the nomor, asal or hal of a letter.
    pub(super) fn search(&mut self) -> Option<SimEvent> {
        let words: Vec<String> = self
            .query
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let found: Vec<String> = if words.is_empty() {
            Vec::new()
        } else {
            self.naskah
                .iter()
                .filter(|n| {
                    let hay = format!("{} {} {}", n.nomor, n.asal, n.hal).to_lowercase();
                    words.iter().all(|w| hay.contains(w.as_str()))
                })
                .map(|n| n.id.clone())
                .collect()
        };
        let event = ev("searched")
            .with("query", self.query.trim())
            .with("found", int(found.len()))
            .with("results", Value::List(found.clone()));
        self.results = Some(found);
        Some(event)
    }
}
