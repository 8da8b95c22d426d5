//! The two faces of Atkinson Hyperlegible: each character's glyph and advance, and the
//! width of a text.

use super::PdfError;
use krilla::text::Font;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::collections::HashMap;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

/// One face: the font for krilla and each character's glyph and advance (per em).
pub(super) struct Face {
    pub(super) font: Font,
    pub(super) glyphs: HashMap<char, (u32, f32)>,
}

impl Face {
    pub(super) fn load(bytes: &'static [u8]) -> Result<Self, PdfError> {
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
    pub(super) fn glyph(&self, c: char) -> (u32, f32) {
        self.glyphs.get(&c).copied().unwrap_or((0, 0.5))
    }
}

pub(super) struct Fonts {
    pub(super) regular: Face,
    pub(super) bold: Face,
}

impl Fonts {
    pub(super) fn load() -> Result<Self, PdfError> {
        Ok(Self {
            regular: Face::load(REGULAR)?,
            bold: Face::load(BOLD)?,
        })
    }

    pub(super) fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }

    pub(super) fn width(&self, text: &str, bold: bool, size: f32) -> f32 {
        let face = self.face(bold);
        text.chars().map(|c| face.glyph(c).1).sum::<f32>() * size
    }
}
