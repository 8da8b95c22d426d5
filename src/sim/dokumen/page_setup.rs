//! Tata Letak (page set-up): the document's own paper size, chosen as in Word (Tata Letak ›
//! Ukuran), WPS (Tata Letak › Ukuran Kertas) or Writer (Format › Halaman). The print dialog
//! starts on the document's paper, and a letter laid out on A4 printed on F4 (or the other
//! way round) is not what the office wants, so `printed.paper_ok` asks for both.

use super::{Action, Dialog, Dokumen};
use crate::sim::SimEvent;

/// The margins, in millimetres (top, right, bottom, left), that Tata Letak offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Margins {
    /// 2,54 cm all round, the word processors' default.
    #[default]
    Normal,
    /// 1,27 cm all round.
    Sempit,
    /// Wider on the left for binding (3 cm left, 2 cm elsewhere), as many pemda naskah
    /// dinas guides ask.
    Naskah,
}

impl Margins {
    pub const ALL: [Margins; 3] = [Margins::Normal, Margins::Sempit, Margins::Naskah];

    pub fn key(self) -> &'static str {
        match self {
            Margins::Normal => "normal",
            Margins::Sempit => "sempit",
            Margins::Naskah => "naskah",
        }
    }

    /// Top, right, bottom, left in millimetres.
    pub fn mm(self) -> [f32; 4] {
        match self {
            Margins::Normal => [25.4; 4],
            Margins::Sempit => [12.7; 4],
            Margins::Naskah => [20.0, 20.0, 20.0, 30.0],
        }
    }
}

impl Dokumen {
    /// The page set-up actions; `None` for any other.
    pub(super) fn page_setup(&mut self, action: Action) -> Option<SimEvent> {
        match action {
            Action::OpenPageSetup => {
                if self.dialog.is_some() {
                    return None;
                }
                self.dialog = Some(Dialog::PageSetup {
                    paper: self.page,
                    margins: self.margins,
                });
                Some(SimEvent::new("dokumen.page_setup_opened"))
            }
            Action::SetupPaper(p) => {
                let Some(Dialog::PageSetup { paper, .. }) = &mut self.dialog else {
                    return None;
                };
                *paper = p;
                Some(
                    SimEvent::new("dokumen.paper_changed")
                        .with("paper", p.key())
                        .with("dialog", "page_setup"),
                )
            }
            Action::SetupMargins(m) => {
                if let Some(Dialog::PageSetup { margins, .. }) = &mut self.dialog {
                    *margins = m;
                }
                None
            }
            Action::ConfirmPageSetup => {
                let Some(Dialog::PageSetup { paper, margins }) = self.dialog else {
                    return None;
                };
                self.dialog = None;
                self.page = paper;
                self.margins = margins;
                Some(
                    SimEvent::new("dokumen.page_set_up")
                        .with("paper", paper.key())
                        .with("margins", margins.key())
                        .with("paper_ok", paper == self.paper_wanted),
                )
            }
            _ => None,
        }
    }
}
