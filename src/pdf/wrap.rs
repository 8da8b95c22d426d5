//! Breaking styled text into lines, and the text operations of one line.

use super::fonts::Fonts;
use super::{Align, Op};

/// A word: pieces of text without spaces between them, each regular or bold.
#[derive(Debug, Clone, Default)]
pub(super) struct Word {
    pub(super) pieces: Vec<(String, bool)>,
    pub(super) width: f32,
}

/// A line of words; `last` when it ends a paragraph or a `\n` (not justified).
#[derive(Debug, Clone, Default)]
pub(super) struct Line {
    pub(super) words: Vec<Word>,
    pub(super) last: bool,
}

/// Breaks runs into lines at most `max` points wide; a word wider than a line is cut.
pub(super) fn wrap(fonts: &Fonts, runs: &[(String, bool)], size: f32, max: f32) -> Vec<Line> {
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
pub(super) fn space_before(fonts: &Fonts, word: &Word, size: f32) -> f32 {
    let bold = word.pieces.first().is_some_and(|p| p.1);
    fonts.width(" ", bold, size)
}

pub(super) fn push_char(word: &mut Word, c: char, bold: bool, width: f32) {
    match word.pieces.last_mut() {
        Some((text, b)) if *b == bold => text.push(c),
        _ => word.pieces.push((c.to_string(), bold)),
    }
    word.width += width;
}

/// The text operations of one line: runs of one style, spaces included, so that text pulled
/// out of the PDF reads as the words with their spaces.
pub(super) fn line_ops(
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
