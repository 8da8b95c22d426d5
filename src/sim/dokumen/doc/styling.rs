//! Bold, size and alignment of the selection or of what is typed next.

use super::*;

impl Doc {
    /// Calls `f` with each selected piece: paragraph, from, to.
    pub(super) fn selected_ranges(&self) -> Vec<(usize, usize, usize)> {
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
}
