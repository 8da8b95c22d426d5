//! Tables: column widths that fit the page, rows that wrap and repeat the header on a new
//! page.

use super::flow::Cursor;
use super::fonts::Fonts;
use super::wrap::{Line, line_ops, wrap};
use super::*;

impl Cursor<'_> {
    pub(super) fn table(&mut self, header: &[String], rows: &[Vec<String>]) {
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

/// Column widths that fit `total`: each column's natural (unwrapped) width, scaled to fill the
/// page when they fit; when they do not, narrow columns keep their width and the wide ones
/// share the rest, but no column is made narrower than the longest word of its header, so a
/// header is never broken inside a word ("Langka|h").
pub(super) fn column_widths(
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
