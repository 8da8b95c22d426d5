//! The word processor's document: paragraphs of styled runs, a caret, a selection, the
//! typing style, and undo/redo. Pure data, no drawing.

use serde::{Deserialize, Serialize};

mod caret;
mod editing;
mod paragraph;
mod styling;

pub use paragraph::{Paragraph, Run};

/// The font sizes the toolbar offers, in pt.
pub const SIZES: [u8; 8] = [10, 11, 12, 14, 16, 18, 24, 28];

/// The size of new text.
pub const DEFAULT_SIZE: u8 = 12;

/// Paragraph alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
    Justify,
}

impl Align {
    pub const ALL: [Align; 4] = [Align::Left, Align::Center, Align::Right, Align::Justify];

    /// The key used in events and highlight ids.
    pub fn key(self) -> &'static str {
        match self {
            Align::Left => "left",
            Align::Center => "center",
            Align::Right => "right",
            Align::Justify => "justify",
        }
    }
}

/// A caret movement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    DocStart,
    DocEnd,
}

/// A place in the document: a paragraph and an offset in characters (not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Pos {
    pub para: usize,
    pub offset: usize,
}

/// Bold and size: the style of a run and of what is typed next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Style {
    pub bold: bool,
    pub size: u8,
}

impl Default for Style {
    fn default() -> Self {
        Self {
            bold: false,
            size: DEFAULT_SIZE,
        }
    }
}

/// What undo restores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Snapshot {
    paragraphs: Vec<Paragraph>,
    caret: Pos,
    anchor: Option<Pos>,
}

/// How many steps Urungkan can go back.
pub const UNDO_DEPTH: usize = 100;

/// The document being written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "DocData")]
pub struct Doc {
    paragraphs: Vec<Paragraph>,
    caret: Pos,
    /// Where a selection began; the selection runs from here to the caret.
    anchor: Option<Pos>,
    /// The style of what is typed next.
    typing: Style,
    /// Not stored: a resumed lesson starts with an empty history, as a reopened file does
    /// (and the snapshot stays small).
    #[serde(skip)]
    undo: Vec<Snapshot>,
    #[serde(skip)]
    redo: Vec<Snapshot>,
    /// A word is being typed: the next letters belong to the same undo step.
    in_word: bool,
}

/// A document as stored in a snapshot, before [`Doc`]'s invariants are restored: at least
/// one paragraph, the caret and the selection inside the text.
#[derive(Deserialize)]
struct DocData {
    paragraphs: Vec<Paragraph>,
    caret: Pos,
    anchor: Option<Pos>,
    typing: Style,
    in_word: bool,
}

impl From<DocData> for Doc {
    fn from(d: DocData) -> Self {
        let mut paragraphs = d.paragraphs;
        if paragraphs.is_empty() {
            paragraphs.push(Paragraph::empty(Style::default(), Align::Left));
        }
        let mut doc = Self {
            paragraphs,
            caret: d.caret,
            anchor: d.anchor,
            typing: d.typing,
            undo: Vec::new(),
            redo: Vec::new(),
            in_word: d.in_word,
        };
        doc.caret = doc.clamp(doc.caret);
        doc.anchor = doc.anchor.map(|a| doc.clamp(a));
        doc
    }
}

impl Doc {
    /// A document of plain text; `"\n"` separates paragraphs. The caret is at the end.
    pub fn new(text: &str) -> Self {
        let paragraphs: Vec<Paragraph> = text
            .split('\n')
            .map(|line| Paragraph {
                runs: vec![Run::new(
                    line.trim_end_matches('\r').to_owned(),
                    Style::default(),
                )],
                align: Align::Left,
            })
            .collect();
        let last = paragraphs.len().saturating_sub(1);
        let caret = Pos {
            para: last,
            offset: paragraphs.get(last).map_or(0, Paragraph::len),
        };
        Self {
            paragraphs,
            caret,
            anchor: None,
            typing: Style::default(),
            undo: Vec::new(),
            redo: Vec::new(),
            in_word: false,
        }
    }

    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    pub fn caret(&self) -> Pos {
        self.caret
    }

    /// The selection, start before end; `None` when nothing is selected.
    pub fn selection(&self) -> Option<(Pos, Pos)> {
        let anchor = self.anchor?;
        match anchor.cmp(&self.caret) {
            std::cmp::Ordering::Less => Some((anchor, self.caret)),
            std::cmp::Ordering::Greater => Some((self.caret, anchor)),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// The style of what is typed next (the toolbar shows it).
    pub fn typing_style(&self) -> Style {
        self.typing
    }

    /// The style at a place: of the character before it (bold, size).
    pub fn style_at(&self, pos: Pos) -> (bool, u8) {
        let s = self
            .paragraphs
            .get(pos.para)
            .map(|p| p.style_at(pos.offset))
            .unwrap_or_default();
        (s.bold, s.size)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn para_len(&self, para: usize) -> usize {
        self.paragraphs.get(para).map_or(0, Paragraph::len)
    }

    fn end(&self) -> Pos {
        let para = self.paragraphs.len().saturating_sub(1);
        Pos {
            para,
            offset: self.para_len(para),
        }
    }

    /// The nearest place that exists.
    fn clamp(&self, pos: Pos) -> Pos {
        let para = pos.para.min(self.paragraphs.len().saturating_sub(1));
        Pos {
            para,
            offset: pos.offset.min(self.para_len(para)),
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            paragraphs: self.paragraphs.clone(),
            caret: self.caret,
            anchor: self.anchor,
        }
    }

    /// Starts a new undo step (what follows can be undone in one go).
    fn checkpoint(&mut self) {
        self.undo.push(self.snapshot());
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    fn restore(&mut self, s: Snapshot) {
        self.paragraphs = s.paragraphs;
        self.caret = s.caret;
        self.anchor = s.anchor;
        self.typing = self.caret_style();
        self.in_word = false;
    }

    fn caret_style(&self) -> Style {
        self.paragraphs
            .get(self.caret.para)
            .map(|p| p.style_at(self.caret.offset))
            .unwrap_or_default()
    }

    /// Urungkan: back one step. Returns whether there was one.
    pub fn undo(&mut self) -> bool {
        let Some(s) = self.undo.pop() else {
            return false;
        };
        self.redo.push(self.snapshot());
        self.restore(s);
        true
    }

    /// Ulangi: forward again after Urungkan. Returns whether there was a step.
    pub fn redo(&mut self) -> bool {
        let Some(s) = self.redo.pop() else {
            return false;
        };
        self.undo.push(self.snapshot());
        self.restore(s);
        true
    }

    /// The text, `"\n"` between paragraphs.
    pub fn plain_text(&self) -> String {
        self.paragraphs
            .iter()
            .map(Paragraph::text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn selected_text(&self) -> String {
        self.selected_ranges()
            .iter()
            .map(|(p, from, to)| {
                self.paragraphs[*p]
                    .chars(*from, *to)
                    .map(|(c, _)| c)
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Whether the selection is whole paragraphs (from a paragraph's start to one's end).
    pub fn selection_is_whole_paragraphs(&self) -> bool {
        self.selection()
            .is_some_and(|(start, end)| start.offset == 0 && end.offset == self.para_len(end.para))
    }

    /// Whether everything is selected.
    pub fn all_selected(&self) -> bool {
        self.selection()
            .is_some_and(|(start, end)| start == Pos::default() && end == self.end())
    }

    pub fn words(&self) -> usize {
        self.paragraphs
            .iter()
            .map(|p| p.text().split_whitespace().count())
            .sum()
    }
}

#[cfg(test)]
mod tests;
