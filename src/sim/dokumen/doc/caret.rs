//! The caret and the selection: moving, placing, selecting a word, a paragraph or all.

use super::*;

impl Doc {
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
}
