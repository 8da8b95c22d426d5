//! A paragraph of the document: its styled runs, and cutting, joining and restyling them.

use super::{Align, Style};
use serde::{Deserialize, Serialize};

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

impl Run {
    pub(super) fn style(&self) -> Style {
        Style {
            bold: self.bold,
            size: self.size,
        }
    }

    pub(super) fn new(text: String, style: Style) -> Self {
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
    pub(super) fn empty(style: Style, align: Align) -> Self {
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
    pub(super) fn style_at(&self, offset: usize) -> Style {
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
    pub(super) fn split_off(&mut self, offset: usize) -> Vec<Run> {
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
    pub(super) fn normalize(&mut self, fallback: Style) {
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

    pub(super) fn append(&mut self, runs: Vec<Run>) {
        let fallback = self.style_at(self.len());
        self.runs.extend(runs);
        self.normalize(fallback);
    }

    pub(super) fn insert(&mut self, offset: usize, text: &str, style: Style) {
        let after = self.split_off(offset);
        if self.is_empty() {
            self.runs.clear();
        }
        self.runs.push(Run::new(text.to_owned(), style));
        self.runs.extend(after);
        self.normalize(style);
    }

    /// Changes the runs between two offsets.
    pub(super) fn restyle(&mut self, from: usize, to: usize, f: impl Fn(&mut Run)) {
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
    pub(super) fn chars(&self, from: usize, to: usize) -> impl Iterator<Item = (char, Style)> + '_ {
        self.runs
            .iter()
            .flat_map(|r| r.text.chars().map(move |c| (c, r.style())))
            .skip(from)
            .take(to.saturating_sub(from))
    }
}
