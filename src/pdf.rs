//! A small PDF writer for printed reports and letters: a list of [`Block`]s laid out on A4 or
//! F4 pages with line wrapping, page breaks and tables, in Atkinson Hyperlegible (regular and
//! bold, embedded and subset so Indonesian text prints on any computer).
//!
//! Layout is ours (Latin text: one glyph per character, advances from the font's metrics, no
//! kerning), so what is measured is exactly what is drawn; `krilla` writes the file and
//! embeds the fonts. Layout first produces pages of drawing operations ([`layout`]), which
//! tests can inspect without parsing a PDF.

use krilla::geom::{PathBuilder, Point};
use krilla::paint::{Fill, Stroke};
use krilla::text::{GlyphId, KrillaGlyph};

mod flow;
mod fonts;
mod table;
mod wrap;

use flow::layout_with;
use fonts::Fonts;

/// Points per millimetre.
const MM: f32 = 72.0 / 25.4;
const MARGIN_X: f32 = 25.0 * MM;
const MARGIN_TOP: f32 = 20.0 * MM;
const MARGIN_BOTTOM: f32 = 20.0 * MM;
/// Line height as a multiple of the font size.
const LEADING: f32 = 1.35;
const TITLE_PT: f32 = 18.0;
const HEADING_PT: f32 = 13.0;
const TABLE_PT: f32 = 10.0;
const CELL_PAD: f32 = 4.0;
const PAGE_NUMBER_PT: f32 = 9.0;

/// One piece of a document, laid out top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Large, bold, centred.
    Title(String),
    /// Bold, with space above.
    Heading(String),
    /// Text in runs of (text, bold); `\n` inside a run breaks the line.
    Paragraph {
        runs: Vec<(String, bool)>,
        size_pt: f32,
        align: Align,
    },
    /// A table with a bold header row (repeated on every page the table runs onto); columns
    /// are as wide as their contents need, within the page.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Vertical space, in points.
    Spacer(f32),
    /// A thin line across the text width.
    Rule,
}

impl Block {
    /// A plain left-aligned paragraph at 11 pt.
    pub fn text(text: impl Into<String>) -> Self {
        Block::Paragraph {
            runs: vec![(text.into(), false)],
            size_pt: 11.0,
            align: Align::Left,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
    Justify,
}

/// Paper sizes used in Indonesian offices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 215 × 330 mm ("folio"), common for official letters.
    F4,
}

impl Paper {
    /// Width and height in points.
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0 * MM, 297.0 * MM),
            Paper::F4 => (215.0 * MM, 330.0 * MM),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the embedded font cannot be read")]
    Font,
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// A drawing operation on one page; coordinates in points from the top-left corner, `y` of
/// text is its baseline.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        text: String,
        /// Extra advance of every space, in points (justified lines).
        word_gap: f32,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        width: f32,
    },
    /// A light grey box (table headers).
    Shade { x: f32, y: f32, w: f32, h: f32 },
}

/// Lays the blocks out and writes the PDF. `title` goes into the document's metadata.
pub fn render(blocks: &[Block], paper: Paper, title: &str) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::load()?;
    let pages = layout_with(&fonts, blocks, paper);
    let (w, h) = paper.size_pt();
    let settings = krilla::page::PageSettings::from_wh(w, h).ok_or(PdfError::Font)?;
    let mut doc = krilla::Document::new();
    doc.set_metadata(krilla::metadata::Metadata::new().title(title.to_owned()));
    let total = pages.len();
    for (n, ops) in pages.iter().enumerate() {
        let mut page = doc.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in ops {
            draw(&mut surface, &fonts, op);
        }
        // "2 / 3" under a document of several pages: numbers only, so the writer needs no
        // words of any language.
        if total > 1 {
            let number = format!("{} / {}", n + 1, total);
            let nw = fonts.width(&number, false, PAGE_NUMBER_PT);
            draw(
                &mut surface,
                &fonts,
                &Op::Text {
                    x: (w - nw) / 2.0,
                    y: h - MARGIN_BOTTOM / 2.0,
                    size: PAGE_NUMBER_PT,
                    bold: false,
                    text: number,
                    word_gap: 0.0,
                },
            );
        }
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|e| PdfError::Write(e.to_string()))
}

/// The pages' drawing operations (without page numbers).
pub fn layout(blocks: &[Block], paper: Paper) -> Result<Vec<Vec<Op>>, PdfError> {
    Ok(layout_with(&Fonts::load()?, blocks, paper))
}

fn draw(surface: &mut krilla::surface::Surface<'_>, fonts: &Fonts, op: &Op) {
    match op {
        Op::Text {
            x,
            y,
            size,
            bold,
            text,
            word_gap,
        } => {
            let face = fonts.face(*bold);
            let mut glyphs = Vec::with_capacity(text.len());
            for (i, c) in text.char_indices() {
                let (gid, adv) = face.glyph(c);
                let extra = if c == ' ' { word_gap / size } else { 0.0 };
                glyphs.push(KrillaGlyph::new(
                    GlyphId::new(gid),
                    adv + extra,
                    0.0,
                    0.0,
                    0.0,
                    i..i + c.len_utf8(),
                    None,
                ));
            }
            surface.set_stroke(None);
            surface.set_fill(Some(Fill::default()));
            surface.draw_glyphs(
                Point::from_xy(*x, *y),
                &glyphs,
                face.font.clone(),
                text,
                *size,
                false,
            );
        }
        Op::Line { from, to, width } => {
            let mut pb = PathBuilder::new();
            pb.move_to(from.0, from.1);
            pb.line_to(to.0, to.1);
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    width: *width,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
            }
        }
        Op::Shade { x, y, w, h } => {
            let mut pb = PathBuilder::new();
            if let Some(rect) = krilla::geom::Rect::from_xywh(*x, *y, *w, *h) {
                pb.push_rect(rect);
            }
            if let Some(path) = pb.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(Fill {
                    paint: krilla::color::luma::Color::new(230).into(),
                    ..Fill::default()
                }));
                surface.draw_path(&path);
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
