//! Typing and deleting: insert, Enter, Backspace, Delete, and removing a selection.

use super::*;

impl Doc {
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
}
