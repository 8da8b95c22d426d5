//! The page's writing actions and their events: what was typed (words, target, capitals),
//! what was selected, and how it was formatted.

use super::doc::{Doc, SIZES};
use super::{Action, Dokumen, count};
use crate::sim::SimEvent;

impl Dokumen {
    /// Typing, moving, selecting, formatting, undo and redo on the page.
    pub(super) fn write(&mut self, action: Action) -> Option<SimEvent> {
        let doc = &mut self.doc;
        match action {
            Action::Type(text) => {
                if text.is_empty() {
                    return None;
                }
                doc.insert(&text);
                Some(self.text_changed("type"))
            }
            Action::Enter => {
                doc.enter();
                Some(self.text_changed("enter"))
            }
            Action::Backspace => {
                doc.backspace();
                Some(self.text_changed("backspace"))
            }
            Action::Delete => {
                doc.delete();
                Some(self.text_changed("delete"))
            }
            Action::Move(m, extend) => {
                doc.move_caret(m, extend);
                extend.then(|| selected(doc)).flatten()
            }
            Action::ClickAt(pos, extend) => {
                doc.set_caret(pos, extend);
                extend.then(|| selected(doc)).flatten()
            }
            Action::SelectAll => {
                doc.select_all();
                selected(doc)
            }
            Action::Press { at, clicks, shift } => {
                self.dragging = clicks == 1 && !shift;
                match clicks {
                    1 => {
                        doc.set_caret(at, shift);
                        shift.then(|| selected(doc)).flatten()
                    }
                    2 => {
                        doc.select_word_at(at);
                        selected(doc)
                    }
                    _ => {
                        doc.select_paragraph_at(at);
                        selected(doc)
                    }
                }
            }
            // During a drag every move only shades; the release reports the selection once.
            Action::DragTo(at) => {
                if self.dragging {
                    doc.set_caret(at, true);
                }
                None
            }
            Action::Release => {
                if !std::mem::take(&mut self.dragging) {
                    return None;
                }
                selected(doc)
            }
            Action::ToggleBold => {
                let bold = doc.toggle_bold();
                Some(formatted(doc, "bold", if bold { "on" } else { "off" }))
            }
            Action::SetSize(size) => {
                if !SIZES.contains(&size) {
                    return None;
                }
                doc.set_size(size);
                Some(formatted(doc, "size", &size.to_string()))
            }
            Action::SetAlign(align) => {
                doc.set_align(align);
                Some(formatted(doc, "align", align.key()))
            }
            Action::Undo => doc.undo().then(|| SimEvent::new("dokumen.undone")),
            Action::Redo => doc.redo().then(|| SimEvent::new("dokumen.redone")),
            _ => None,
        }
    }

    fn text_changed(&self, op: &str) -> SimEvent {
        let words = self.doc.words();
        let text = self.doc.plain_text();
        let matches = !self.target.trim().is_empty() && squeezed(&text) == squeezed(&self.target);
        SimEvent::new("dokumen.text_changed")
            .with("op", op)
            .with("words", count(words))
            .with("paragraphs", count(self.doc.paragraphs().len()))
            .with("enough", words >= self.min_words as usize)
            .with("matches_target", matches)
            .with("capital_start", capital_start(&text))
    }
}

/// The text with each line's spaces squeezed to one and trimmed, and the empty lines
/// at the start and end dropped.
pub(super) fn squeezed(text: &str) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let first = lines.iter().position(|l| !l.is_empty());
    let last = lines.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(a), Some(b)) => lines[a..=b].join("\n"),
        _ => String::new(),
    }
}

/// Every non-empty paragraph starts with a capital letter (and there is one).
pub(super) fn capital_start(text: &str) -> bool {
    let mut any = false;
    for line in text.split('\n') {
        let Some(first) = line.trim_start().chars().next() else {
            continue;
        };
        if !first.is_uppercase() {
            return false;
        }
        any = true;
    }
    any
}

fn selected(doc: &Doc) -> Option<SimEvent> {
    doc.selection()?;
    Some(
        SimEvent::new("dokumen.selected")
            .with("text", doc.selected_text())
            .with("whole_paragraph", doc.selection_is_whole_paragraphs())
            .with("all", doc.all_selected()),
    )
}

/// `dokumen.formatted`: the target is the selected text, or for an alignment without a
/// selection the caret's paragraph (which an alignment always applies to whole).
fn formatted(doc: &Doc, what: &str, value: &str) -> SimEvent {
    let (target, whole, para) = match doc.selection() {
        Some((start, _)) => (
            doc.selected_text(),
            doc.selection_is_whole_paragraphs(),
            start.para,
        ),
        None => {
            let para = doc.caret().para;
            let text = if what == "align" {
                doc.paragraphs()
                    .get(para)
                    .map(|p| p.text())
                    .unwrap_or_default()
            } else {
                String::new()
            };
            (text, what == "align", para)
        }
    };
    SimEvent::new("dokumen.formatted")
        .with("what", what)
        .with("value", value)
        .with("target", target.trim().to_owned())
        .with("whole_paragraph", whole)
        .with("paragraph", count(para + 1))
}
