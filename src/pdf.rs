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
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::collections::HashMap;

const REGULAR: &[u8] = include_bytes!("../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

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

/// One face: the font for krilla and each character's glyph and advance (per em).
struct Face {
    font: Font,
    glyphs: HashMap<char, (u32, f32)>,
}

impl Face {
    fn load(bytes: &'static [u8]) -> Result<Self, PdfError> {
        let font = Font::new(bytes.into(), 0).ok_or(PdfError::Font)?;
        let f = FontRef::new(bytes).map_err(|_| PdfError::Font)?;
        let upem = f32::from(
            f.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        );
        if upem <= 0.0 {
            return Err(PdfError::Font);
        }
        let metrics = f.glyph_metrics(Size::unscaled(), LocationRef::default());
        let mut glyphs = HashMap::new();
        for (cp, gid) in f.charmap().mappings() {
            if let Some(c) = char::from_u32(cp) {
                let adv = metrics.advance_width(gid).unwrap_or(0.0) / upem;
                glyphs.insert(c, (gid.to_u32(), adv));
            }
        }
        Ok(Self { font, glyphs })
    }

    /// A character the font lacks is drawn as its "missing" glyph, half an em wide.
    fn glyph(&self, c: char) -> (u32, f32) {
        self.glyphs.get(&c).copied().unwrap_or((0, 0.5))
    }
}

struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    fn load() -> Result<Self, PdfError> {
        Ok(Self {
            regular: Face::load(REGULAR)?,
            bold: Face::load(BOLD)?,
        })
    }

    fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }

    fn width(&self, text: &str, bold: bool, size: f32) -> f32 {
        let face = self.face(bold);
        text.chars().map(|c| face.glyph(c).1).sum::<f32>() * size
    }
}

/// A word: pieces of text without spaces between them, each regular or bold.
#[derive(Debug, Clone, Default)]
struct Word {
    pieces: Vec<(String, bool)>,
    width: f32,
}

/// A line of words; `last` when it ends a paragraph or a `\n` (not justified).
#[derive(Debug, Clone, Default)]
struct Line {
    words: Vec<Word>,
    last: bool,
}

struct Cursor<'a> {
    fonts: &'a Fonts,
    pages: Vec<Vec<Op>>,
    y: f32,
    width: f32,
    height: f32,
}

impl Cursor<'_> {
    fn left(&self) -> f32 {
        MARGIN_X
    }

    fn text_width(&self) -> f32 {
        self.width - 2.0 * MARGIN_X
    }

    fn bottom(&self) -> f32 {
        self.height - MARGIN_BOTTOM
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN_TOP;
    }

    /// Starts a new page unless `h` more points fit on this one (a block taller than a whole
    /// page is placed anyway).
    fn room(&mut self, h: f32) {
        if self.y + h > self.bottom() && self.y > MARGIN_TOP {
            self.new_page();
        }
    }

    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    /// Space above a block, dropped at the top of a page.
    fn gap(&mut self, h: f32) {
        if self.y > MARGIN_TOP {
            self.y += h;
        }
    }

    fn paragraph(&mut self, runs: &[(String, bool)], size: f32, align: Align) {
        let lines = wrap(self.fonts, runs, size, self.text_width());
        let lh = size * LEADING;
        for line in &lines {
            self.room(lh);
            let baseline = self.y + size;
            let ops = line_ops(
                self.fonts,
                line,
                size,
                align,
                self.left(),
                self.text_width(),
                baseline,
            );
            for op in ops {
                self.push(op);
            }
            self.y += lh;
        }
    }

    fn table(&mut self, header: &[String], rows: &[Vec<String>]) {
        let columns = header
            .len()
            .max(rows.iter().map(Vec::len).max().unwrap_or(0));
        if columns == 0 {
            return;
        }
        let cell = |row: &[String], i: usize| row.get(i).cloned().unwrap_or_default();
        let widths = column_widths(self.fonts, header, rows, columns, self.text_width());
        let lh = TABLE_PT * LEADING;
        // Each row's cells as wrapped lines.
        let lay = |row: &[String], bold: bool| -> Vec<Vec<Line>> {
            (0..columns)
                .map(|i| {
                    wrap(
                        self.fonts,
                        &[(cell(row, i), bold)],
                        TABLE_PT,
                        widths[i] - 2.0 * CELL_PAD,
                    )
                })
                .collect()
        };
        let head = lay(header, true);
        let height = |cells: &[Vec<Line>]| {
            cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * lh + 2.0 * CELL_PAD
        };
        let head_h = height(&head);
        let draw_row = |cur: &mut Self, cells: &[Vec<Line>], h: f32, shade: bool| {
            let top = cur.y;
            let mut x = cur.left();
            if shade {
                cur.push(Op::Shade {
                    x,
                    y: top,
                    w: widths.iter().sum(),
                    h,
                });
            }
            for (i, lines) in cells.iter().enumerate() {
                for (n, line) in lines.iter().enumerate() {
                    let baseline = top + CELL_PAD + n as f32 * lh + TABLE_PT;
                    for op in line_ops(
                        cur.fonts,
                        line,
                        TABLE_PT,
                        Align::Left,
                        x + CELL_PAD,
                        widths[i] - 2.0 * CELL_PAD,
                        baseline,
                    ) {
                        cur.push(op);
                    }
                }
                x += widths[i];
            }
            let right = cur.left() + widths.iter().sum::<f32>();
            cur.push(Op::Line {
                from: (cur.left(), top + h),
                to: (right, top + h),
                width: 0.5,
            });
            cur.y += h;
        };
        let with_header = !header.is_empty();
        let first_h = rows.first().map(|r| height(&lay(r, false))).unwrap_or(0.0);
        if with_header {
            self.room(head_h + first_h);
            draw_row(self, &head, head_h, true);
        }
        for row in rows {
            let cells = lay(row, false);
            let h = height(&cells);
            let page_before = self.pages.len();
            self.room(h);
            if with_header && self.pages.len() != page_before {
                draw_row(self, &head, head_h, true);
            }
            draw_row(self, &cells, h, false);
        }
    }
}

fn layout_with(fonts: &Fonts, blocks: &[Block], paper: Paper) -> Vec<Vec<Op>> {
    let (width, height) = paper.size_pt();
    let mut cur = Cursor {
        fonts,
        pages: vec![Vec::new()],
        y: MARGIN_TOP,
        width,
        height,
    };
    for block in blocks {
        match block {
            Block::Title(t) => {
                cur.gap(TITLE_PT * 0.5);
                cur.paragraph(&[(t.clone(), true)], TITLE_PT, Align::Center);
                cur.y += TITLE_PT * 0.5;
            }
            Block::Heading(t) => {
                cur.gap(HEADING_PT);
                // Keep a heading with at least two lines of what follows.
                cur.room(HEADING_PT * LEADING + 2.0 * 11.0 * LEADING);
                cur.paragraph(&[(t.clone(), true)], HEADING_PT, Align::Left);
                cur.y += HEADING_PT * 0.3;
            }
            Block::Paragraph {
                runs,
                size_pt,
                align,
            } => {
                let size = if size_pt.is_finite() {
                    size_pt.clamp(4.0, 72.0)
                } else {
                    11.0
                };
                cur.paragraph(runs, size, *align);
                cur.y += size * 0.4;
            }
            Block::Table { header, rows } => {
                cur.gap(4.0);
                cur.table(header, rows);
                cur.y += 6.0;
            }
            Block::Spacer(h) => {
                if h.is_finite() && *h > 0.0 {
                    cur.y += h;
                    if cur.y > cur.bottom() {
                        cur.new_page();
                    }
                }
            }
            Block::Rule => {
                cur.room(8.0);
                let y = cur.y + 4.0;
                let (l, r) = (cur.left(), cur.left() + cur.text_width());
                cur.push(Op::Line {
                    from: (l, y),
                    to: (r, y),
                    width: 0.75,
                });
                cur.y += 8.0;
            }
        }
    }
    cur.pages
}

/// Breaks runs into lines at most `max` points wide; a word wider than a line is cut.
fn wrap(fonts: &Fonts, runs: &[(String, bool)], size: f32, max: f32) -> Vec<Line> {
    // A hair of slack: widths summed glyph by glyph differ from a whole word's width in the
    // last bits, and a word exactly as wide as its column must stay whole.
    let max = max.max(size) + 0.01;
    let mut lines = Vec::new();
    let mut line = Line::default();
    let mut line_w = 0.0;
    let mut word = Word::default();
    let place = |word: &mut Word, line: &mut Line, line_w: &mut f32, lines: &mut Vec<Line>| {
        if word.pieces.is_empty() {
            return;
        }
        let w = std::mem::take(word);
        let needed = if line.words.is_empty() {
            w.width
        } else {
            *line_w + space_before(fonts, &w, size) + w.width
        };
        if needed <= max {
            *line_w = needed;
            line.words.push(w);
            return;
        }
        if !line.words.is_empty() {
            lines.push(std::mem::take(line));
        }
        // The word starts a line; cut it where it is wider than one.
        let mut part = Word::default();
        for (text, bold) in w.pieces {
            for c in text.chars() {
                let cw = fonts.width(c.encode_utf8(&mut [0; 4]), bold, size);
                if part.width + cw > max && !part.pieces.is_empty() {
                    lines.push(Line {
                        words: vec![std::mem::take(&mut part)],
                        last: false,
                    });
                }
                push_char(&mut part, c, bold, cw);
            }
        }
        *line_w = part.width;
        line.words.push(part);
    };

    for (text, bold) in runs {
        for c in text.chars() {
            match c {
                '\n' => {
                    place(&mut word, &mut line, &mut line_w, &mut lines);
                    line.last = true;
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                c if c.is_whitespace() => place(&mut word, &mut line, &mut line_w, &mut lines),
                c => {
                    let cw = fonts.width(c.encode_utf8(&mut [0; 4]), *bold, size);
                    push_char(&mut word, c, *bold, cw);
                }
            }
        }
    }
    place(&mut word, &mut line, &mut line_w, &mut lines);
    if !line.words.is_empty() || lines.is_empty() {
        line.last = true;
        lines.push(line);
    } else if let Some(l) = lines.last_mut() {
        l.last = true;
    }
    lines
}

/// The space before a word is drawn in the word's first style.
fn space_before(fonts: &Fonts, word: &Word, size: f32) -> f32 {
    let bold = word.pieces.first().is_some_and(|p| p.1);
    fonts.width(" ", bold, size)
}

fn push_char(word: &mut Word, c: char, bold: bool, width: f32) {
    match word.pieces.last_mut() {
        Some((text, b)) if *b == bold => text.push(c),
        _ => word.pieces.push((c.to_string(), bold)),
    }
    word.width += width;
}

/// The text operations of one line: runs of one style, spaces included, so that text pulled
/// out of the PDF reads as the words with their spaces.
fn line_ops(
    fonts: &Fonts,
    line: &Line,
    size: f32,
    align: Align,
    left: f32,
    width: f32,
    baseline: f32,
) -> Vec<Op> {
    let natural: f32 = line.words.iter().map(|w| w.width).sum::<f32>()
        + line
            .words
            .iter()
            .skip(1)
            .map(|w| space_before(fonts, w, size))
            .sum::<f32>();
    let gaps = line.words.len().saturating_sub(1);
    let (start, word_gap) = match align {
        Align::Left => (left, 0.0),
        Align::Center => (left + (width - natural).max(0.0) / 2.0, 0.0),
        Align::Right => (left + (width - natural).max(0.0), 0.0),
        Align::Justify if !line.last && gaps > 0 => {
            (left, (width - natural).max(0.0) / gaps as f32)
        }
        Align::Justify => (left, 0.0),
    };
    // Runs of one style: (text, bold, x).
    let mut runs: Vec<(String, bool, f32)> = Vec::new();
    let mut x = start;
    for (i, word) in line.words.iter().enumerate() {
        for (n, (text, bold)) in word.pieces.iter().enumerate() {
            let joined = match runs.last_mut() {
                Some((t, b, _)) if *b == *bold => {
                    if i > 0 && n == 0 {
                        t.push(' ');
                    }
                    t.push_str(text);
                    true
                }
                _ => false,
            };
            if !joined {
                let mut t = String::new();
                if i > 0 && n == 0 {
                    // The space between words is drawn with the next word's style.
                    t.push(' ');
                }
                t.push_str(text);
                runs.push((t, *bold, x));
            }
            x += fonts.width(text, *bold, size);
            if i > 0 && n == 0 {
                x += fonts.width(" ", *bold, size) + word_gap;
            }
        }
    }
    runs.into_iter()
        .map(|(text, bold, x)| Op::Text {
            x,
            y: baseline,
            size,
            bold,
            text,
            word_gap,
        })
        .collect()
}

/// Column widths that fit `total`: each column's natural (unwrapped) width, scaled to fill the
/// page when they fit; when they do not, narrow columns keep their width and the wide ones
/// share the rest, but no column is made narrower than the longest word of its header, so a
/// header is never broken inside a word ("Langka|h").
fn column_widths(
    fonts: &Fonts,
    header: &[String],
    rows: &[Vec<String>],
    columns: usize,
    total: f32,
) -> Vec<f32> {
    let mut natural = vec![2.0 * CELL_PAD + TABLE_PT; columns];
    let mut least = vec![0.0_f32; columns];
    for (i, h) in header.iter().enumerate() {
        natural[i] = natural[i].max(fonts.width(h, true, TABLE_PT) + 2.0 * CELL_PAD);
        least[i] = h
            .split_whitespace()
            .map(|w| fonts.width(w, true, TABLE_PT) + 2.0 * CELL_PAD)
            .fold(0.0, f32::max);
    }
    for row in rows {
        for (i, c) in row.iter().enumerate().take(columns) {
            natural[i] = natural[i].max(fonts.width(c, false, TABLE_PT) + 2.0 * CELL_PAD);
        }
    }
    let sum: f32 = natural.iter().sum();
    if sum <= total {
        return natural.iter().map(|w| w * total / sum).collect();
    }
    let mut widths = vec![0.0; columns];
    let mut open: Vec<usize> = (0..columns).collect();
    let mut left = total;
    // Columns narrower than an equal share keep their width, and a column whose header word
    // is wider than the share keeps that word's width; repeat until none is.
    loop {
        let share = left / open.len().max(1) as f32;
        let (fixed, wide): (Vec<usize>, Vec<usize>) = open
            .iter()
            .partition(|&&i| natural[i] <= share || least[i] >= share);
        if fixed.is_empty() {
            for &i in &wide {
                widths[i] = share;
            }
            return widths;
        }
        for &i in &fixed {
            widths[i] = if natural[i] <= share {
                natural[i]
            } else {
                least[i]
            };
            left -= widths[i];
        }
        open = wide;
        if open.is_empty() {
            return widths;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
