//! The word processor's document: paragraphs of styled runs, a caret, a selection, the
//! typing style, and undo/redo. Pure data, no drawing.

use serde::{Deserialize, Serialize};

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

/// A piece of a paragraph in one style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    /// In pt.
    pub size: u8,
}

/// A paragraph: its runs (at least one; only an empty paragraph has an empty run, which
/// keeps the style for what is typed there) and its alignment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub runs: Vec<Run>,
    pub align: Align,
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

impl Run {
    fn style(&self) -> Style {
        Style {
            bold: self.bold,
            size: self.size,
        }
    }

    fn new(text: String, style: Style) -> Self {
        Self {
            text,
            bold: style.bold,
            size: style.size,
        }
    }
}

/// The byte index of character `offset` in `s` (its length when past the end).
fn byte_at(s: &str, offset: usize) -> usize {
    s.char_indices().nth(offset).map_or(s.len(), |(i, _)| i)
}

impl Paragraph {
    fn empty(style: Style, align: Align) -> Self {
        Self {
            runs: vec![Run::new(String::new(), style)],
            align,
        }
    }

    /// Its length in characters.
    pub fn len(&self) -> usize {
        self.runs.iter().map(|r| r.text.chars().count()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.runs.iter().all(|r| r.text.is_empty())
    }

    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    /// The style of the character before `offset` (of the first one at the start).
    fn style_at(&self, offset: usize) -> Style {
        let mut seen = 0;
        for r in &self.runs {
            let n = r.text.chars().count();
            if offset <= seen + n && (offset > seen || (offset == 0 && seen == 0)) {
                return r.style();
            }
            seen += n;
        }
        self.runs.last().map(Run::style).unwrap_or_default()
    }

    /// Cuts the paragraph at `offset`: it keeps what is before, the runs after are returned.
    fn split_off(&mut self, offset: usize) -> Vec<Run> {
        let mut seen = 0;
        let mut after = Vec::new();
        let mut keep = Vec::new();
        for r in std::mem::take(&mut self.runs) {
            let n = r.text.chars().count();
            if seen + n <= offset {
                keep.push(r);
            } else if seen >= offset {
                after.push(r);
            } else {
                let at = byte_at(&r.text, offset - seen);
                let style = r.style();
                keep.push(Run::new(r.text[..at].to_owned(), style));
                after.push(Run::new(r.text[at..].to_owned(), style));
            }
            seen += n;
        }
        let style = keep
            .last()
            .or(after.first())
            .map(Run::style)
            .unwrap_or_default();
        self.runs = keep;
        self.normalize(style);
        after
    }

    /// Joins neighbouring runs of one style and drops empty runs, keeping one run.
    fn normalize(&mut self, fallback: Style) {
        let mut runs: Vec<Run> = Vec::new();
        for r in std::mem::take(&mut self.runs) {
            if r.text.is_empty() {
                continue;
            }
            match runs.last_mut() {
                Some(last) if last.style() == r.style() => last.text.push_str(&r.text),
                _ => runs.push(r),
            }
        }
        if runs.is_empty() {
            runs.push(Run::new(String::new(), fallback));
        }
        self.runs = runs;
    }

    fn append(&mut self, runs: Vec<Run>) {
        let fallback = self.style_at(self.len());
        self.runs.extend(runs);
        self.normalize(fallback);
    }

    fn insert(&mut self, offset: usize, text: &str, style: Style) {
        let after = self.split_off(offset);
        if self.is_empty() {
            self.runs.clear();
        }
        self.runs.push(Run::new(text.to_owned(), style));
        self.runs.extend(after);
        self.normalize(style);
    }

    /// Changes the runs between two offsets.
    fn restyle(&mut self, from: usize, to: usize, f: impl Fn(&mut Run)) {
        if self.is_empty() {
            // An empty paragraph: its style is what will be typed there.
            if let Some(r) = self.runs.first_mut() {
                f(r);
            }
            return;
        }
        let mut after = self.split_off(to);
        let mut middle = self.split_off(from);
        middle.iter_mut().for_each(&f);
        let fallback = self.style_at(from);
        self.runs.append(&mut middle);
        self.runs.append(&mut after);
        self.normalize(fallback);
    }

    /// The characters between two offsets, with their styles.
    fn chars(&self, from: usize, to: usize) -> impl Iterator<Item = (char, Style)> + '_ {
        self.runs
            .iter()
            .flat_map(|r| r.text.chars().map(move |c| (c, r.style())))
            .skip(from)
            .take(to.saturating_sub(from))
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

    /// Removes the text between two ordered places; the caret goes to the start.
    fn remove(&mut self, start: Pos, end: Pos) {
        if start.para >= self.paragraphs.len() || start == end {
            self.caret = start;
            return;
        }
        let tail = match self.paragraphs.get_mut(end.para) {
            Some(p) => p.split_off(end.offset),
            None => Vec::new(),
        };
        let first = &mut self.paragraphs[start.para];
        first.split_off(start.offset);
        first.append(tail);
        let last = end.para.min(self.paragraphs.len() - 1);
        if last > start.para {
            self.paragraphs.drain(start.para + 1..=last);
        }
        self.caret = start;
        self.anchor = None;
    }

    /// Removes the selection, if any. Returns whether there was one.
    fn remove_selection(&mut self) -> bool {
        match self.selection() {
            Some((start, end)) => {
                self.remove(start, end);
                true
            }
            None => {
                self.anchor = None;
                false
            }
        }
    }

    /// Types text at the caret, replacing the selection. `"\n"` starts a new paragraph.
    /// A word typed letter by letter is one undo step.
    pub fn insert(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        if self.selection().is_some() {
            self.checkpoint();
            self.in_word = true;
            // The replacement takes the style of the replaced text.
            let (start, _) = self.selection().unwrap_or((self.caret, self.caret));
            let after = Pos {
                offset: start.offset + 1,
                ..start
            };
            let s = self.paragraphs[start.para].style_at(after.offset);
            self.remove_selection();
            self.typing = s;
        }
        self.anchor = None;
        for c in text.chars() {
            if c == '\n' {
                self.enter();
                continue;
            }
            if c.is_control() {
                continue;
            }
            if !self.in_word {
                self.checkpoint();
                self.in_word = true;
            }
            let caret = self.clamp(self.caret);
            let mut buf = [0u8; 4];
            self.paragraphs[caret.para].insert(caret.offset, c.encode_utf8(&mut buf), self.typing);
            self.caret = Pos {
                para: caret.para,
                offset: caret.offset + 1,
            };
            if c.is_whitespace() {
                // The space ends the word: the next letter starts a new undo step.
                self.in_word = false;
            }
        }
    }

    /// Enter: splits the paragraph at the caret; the new one keeps the alignment and the
    /// text keeps its style.
    pub fn enter(&mut self) {
        self.checkpoint();
        self.in_word = false;
        self.remove_selection();
        let caret = self.clamp(self.caret);
        let p = &mut self.paragraphs[caret.para];
        let align = p.align;
        let tail = p.split_off(caret.offset);
        let mut next = Paragraph::empty(self.typing, align);
        next.append(tail);
        self.paragraphs.insert(caret.para + 1, next);
        self.caret = Pos {
            para: caret.para + 1,
            offset: 0,
        };
    }

    /// Backspace: removes the selection, or the character before the caret, or joins the
    /// paragraph to the one before it.
    pub fn backspace(&mut self) {
        self.in_word = false;
        if self.selection().is_some() {
            self.checkpoint();
            self.remove_selection();
        } else {
            let caret = self.clamp(self.caret);
            let start = if caret.offset > 0 {
                Pos {
                    offset: caret.offset - 1,
                    ..caret
                }
            } else if caret.para > 0 {
                Pos {
                    para: caret.para - 1,
                    offset: self.para_len(caret.para - 1),
                }
            } else {
                self.anchor = None;
                return;
            };
            self.checkpoint();
            self.remove(start, caret);
        }
        self.typing = self.caret_style();
    }

    /// Delete: removes the selection, or the character after the caret, or joins the next
    /// paragraph to this one.
    pub fn delete(&mut self) {
        self.in_word = false;
        if self.selection().is_some() {
            self.checkpoint();
            self.remove_selection();
        } else {
            let caret = self.clamp(self.caret);
            let end = if caret.offset < self.para_len(caret.para) {
                Pos {
                    offset: caret.offset + 1,
                    ..caret
                }
            } else if caret.para + 1 < self.paragraphs.len() {
                Pos {
                    para: caret.para + 1,
                    offset: 0,
                }
            } else {
                self.anchor = None;
                return;
            };
            self.checkpoint();
            self.remove(caret, end);
        }
        self.typing = self.caret_style();
    }

    /// Moves the caret; `extend` (Shift) grows the selection instead of dropping it.
    pub fn move_caret(&mut self, m: Move, extend: bool) {
        self.in_word = false;
        let caret = self.clamp(self.caret);
        let selection = self.selection();
        let target = match (m, selection, extend) {
            // Left/Right on a selection go to its start/end, as word processors do.
            (Move::Left, Some((start, _)), false) => start,
            (Move::Right, Some((_, end)), false) => end,
            (Move::Left, _, _) if caret.offset > 0 => Pos {
                offset: caret.offset - 1,
                ..caret
            },
            (Move::Left, _, _) if caret.para > 0 => Pos {
                para: caret.para - 1,
                offset: self.para_len(caret.para - 1),
            },
            (Move::Left, _, _) => caret,
            (Move::Right, _, _) if caret.offset < self.para_len(caret.para) => Pos {
                offset: caret.offset + 1,
                ..caret
            },
            (Move::Right, _, _) if caret.para + 1 < self.paragraphs.len() => Pos {
                para: caret.para + 1,
                offset: 0,
            },
            (Move::Right, _, _) => caret,
            (Move::Up, _, _) if caret.para > 0 => self.clamp(Pos {
                para: caret.para - 1,
                offset: caret.offset,
            }),
            (Move::Up, _, _) => Pos { offset: 0, ..caret },
            (Move::Down, _, _) if caret.para + 1 < self.paragraphs.len() => self.clamp(Pos {
                para: caret.para + 1,
                offset: caret.offset,
            }),
            (Move::Down, _, _) => self.end(),
            (Move::Home, _, _) => Pos { offset: 0, ..caret },
            (Move::End, _, _) => Pos {
                offset: self.para_len(caret.para),
                ..caret
            },
            (Move::DocStart, _, _) => Pos::default(),
            (Move::DocEnd, _, _) => self.end(),
        };
        self.place(target, extend);
    }

    /// Puts the caret at a place (a click); `extend` (Shift-click) selects up to it.
    pub fn set_caret(&mut self, pos: Pos, extend: bool) {
        self.in_word = false;
        let pos = self.clamp(pos);
        self.place(pos, extend);
    }

    fn place(&mut self, pos: Pos, extend: bool) {
        if extend {
            if self.anchor.is_none() {
                self.anchor = Some(self.clamp(self.caret));
            }
        } else {
            self.anchor = None;
        }
        self.caret = pos;
        self.typing = self.caret_style();
    }

    pub fn select_all(&mut self) {
        self.in_word = false;
        self.anchor = Some(Pos::default());
        self.caret = self.end();
    }

    /// Selects the paragraph at `pos` (a triple click).
    pub fn select_paragraph_at(&mut self, pos: Pos) {
        self.in_word = false;
        let para = self.clamp(pos).para;
        self.anchor = Some(Pos { para, offset: 0 });
        self.caret = Pos {
            para,
            offset: self.para_len(para),
        };
        self.typing = self.caret_style();
    }

    /// Selects the word at `pos` (a double click): the letters and digits around it, as
    /// Writer does (no trailing space). On a space or a sign, that one character.
    pub fn select_word_at(&mut self, pos: Pos) {
        self.in_word = false;
        let pos = self.clamp(pos);
        let chars: Vec<char> = self
            .paragraphs
            .get(pos.para)
            .map(|p| p.text().chars().collect())
            .unwrap_or_default();
        let is_word = |c: &char| c.is_alphanumeric() || *c == '-' || *c == '\'';
        // The character clicked is the one after the place; at the line's end, the one before.
        let at = if pos.offset < chars.len() {
            pos.offset
        } else {
            pos.offset.saturating_sub(1)
        };
        let Some(c) = chars.get(at) else {
            self.place(pos, false);
            return;
        };
        let (from, to) = if is_word(c) {
            let from = chars[..at]
                .iter()
                .rposition(|c| !is_word(c))
                .map_or(0, |i| i + 1);
            let to = chars[at..]
                .iter()
                .position(|c| !is_word(c))
                .map_or(chars.len(), |i| at + i);
            (from, to)
        } else {
            (at, at + 1)
        };
        self.anchor = Some(Pos {
            para: pos.para,
            offset: from,
        });
        self.caret = Pos {
            para: pos.para,
            offset: to,
        };
        self.typing = self.caret_style();
    }

    /// Calls `f` with each selected piece: paragraph, from, to.
    fn selected_ranges(&self) -> Vec<(usize, usize, usize)> {
        let Some((start, end)) = self.selection() else {
            return Vec::new();
        };
        (start.para..=end.para)
            .filter(|p| *p < self.paragraphs.len())
            .map(|p| {
                let from = if p == start.para { start.offset } else { 0 };
                let to = if p == end.para {
                    end.offset
                } else {
                    self.para_len(p)
                };
                (p, from, to)
            })
            .collect()
    }

    fn restyle_selection(&mut self, f: impl Fn(&mut Run) + Copy) {
        self.checkpoint();
        for (p, from, to) in self.selected_ranges() {
            self.paragraphs[p].restyle(from, to, f);
        }
    }

    /// Tebal. On a selection: bold, unless all of it is bold already (then not bold). With
    /// no selection: the typing style. Returns whether the result is bold.
    pub fn toggle_bold(&mut self) -> bool {
        self.in_word = false;
        if self.selection().is_none() {
            self.typing.bold = !self.typing.bold;
            return self.typing.bold;
        }
        let all_bold = self
            .selected_ranges()
            .iter()
            .all(|(p, from, to)| self.paragraphs[*p].chars(*from, *to).all(|(_, s)| s.bold));
        let bold = !all_bold;
        self.restyle_selection(|r| r.bold = bold);
        self.typing.bold = bold;
        bold
    }

    /// Ukuran huruf: the selection's size, or the typing style's. Only sizes of [`SIZES`]
    /// are taken; returns whether it was.
    pub fn set_size(&mut self, size: u8) -> bool {
        self.in_word = false;
        if !SIZES.contains(&size) {
            return false;
        }
        if self.selection().is_some() {
            self.restyle_selection(|r| r.size = size);
        }
        self.typing.size = size;
        true
    }

    /// The alignment of the caret's paragraph, or of every selected one.
    pub fn set_align(&mut self, align: Align) {
        self.in_word = false;
        self.checkpoint();
        for p in self.aligned_paragraphs() {
            self.paragraphs[p].align = align;
        }
    }

    /// The paragraphs an alignment applies to: the selected ones, or the caret's.
    pub fn aligned_paragraphs(&self) -> std::ops::RangeInclusive<usize> {
        match self.selection() {
            Some((start, end)) => start.para..=end.para.min(self.paragraphs.len() - 1),
            None => {
                let p = self.clamp(self.caret).para;
                p..=p
            }
        }
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
