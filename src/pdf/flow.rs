//! Laying blocks out top to bottom: the cursor that places lines and starts new pages.

use super::fonts::Fonts;
use super::wrap::{line_ops, wrap};
use super::*;

pub(super) struct Cursor<'a> {
    pub(super) fonts: &'a Fonts,
    pub(super) pages: Vec<Vec<Op>>,
    pub(super) y: f32,
    pub(super) width: f32,
    pub(super) height: f32,
}

impl Cursor<'_> {
    pub(super) fn left(&self) -> f32 {
        MARGIN_X
    }

    pub(super) fn text_width(&self) -> f32 {
        self.width - 2.0 * MARGIN_X
    }

    pub(super) fn bottom(&self) -> f32 {
        self.height - MARGIN_BOTTOM
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN_TOP;
    }

    /// Starts a new page unless `h` more points fit on this one (a block taller than a whole
    /// page is placed anyway).
    pub(super) fn room(&mut self, h: f32) {
        if self.y + h > self.bottom() && self.y > MARGIN_TOP {
            self.new_page();
        }
    }

    pub(super) fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    /// Space above a block, dropped at the top of a page.
    pub(super) fn gap(&mut self, h: f32) {
        if self.y > MARGIN_TOP {
            self.y += h;
        }
    }

    pub(super) fn paragraph(&mut self, runs: &[(String, bool)], size: f32, align: Align) {
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
}

pub(super) fn layout_with(fonts: &Fonts, blocks: &[Block], paper: Paper) -> Vec<Vec<Op>> {
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
