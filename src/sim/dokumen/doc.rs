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

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
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

/// The document being written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    paragraphs: Vec<Paragraph>,
    caret: Pos,
}

impl Doc {
    /// A document of plain text; `"\n"` separates paragraphs. The caret is at the end.
    pub fn new(text: &str) -> Self {
        let paragraphs: Vec<Paragraph> = text
            .split('\n')
            .map(|line| Paragraph {
                runs: vec![Run {
                    text: line.trim_end_matches('\r').to_owned(),
                    bold: false,
                    size: DEFAULT_SIZE,
                }],
                align: Align::Left,
            })
            .collect();
        Self {
            paragraphs,
            caret: Pos::default(),
        }
    }

    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    pub fn caret(&self) -> Pos {
        self.caret
    }
}
