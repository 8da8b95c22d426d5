//! The learner's document as a real PDF (a file a mentor can print): the page's paragraphs
//! with their bold, sizes and alignment, or the filled surat dinas (kop, fields, signature
//! block) on the paper the office uses. "Simpan PDF asli" writes it into a real folder the
//! learner chose ([`save`]).

use crate::pdf::{self, Block, PdfError};
use crate::sim::dokumen::{Align, Dokumen, Mode, Paper};
use std::path::{Path, PathBuf};

/// Why the document could not be saved as a PDF.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("cannot make the PDF: {0}")]
    Pdf(#[from] PdfError),
    #[error(transparent)]
    Write(#[from] super::WriteError),
}

/// Writes the document as a PDF into `dir`, named after its title ("surat undangan.pdf"),
/// under a name not yet taken there ("surat undangan (1).pdf" …); returns the file.
pub fn save(d: &Dokumen, dir: &Path) -> Result<PathBuf, SaveError> {
    // The pretend disk takes names a real one may refuse (CON, a trailing dot).
    let stem = crate::places::safe_stem(crate::sim::dokumen::stem_of(d.title()), "dokumen");
    let mut path = dir.join(format!("{stem}.pdf"));
    for n in 1..100 {
        if !path.exists() {
            break;
        }
        path = dir.join(format!("{stem} ({n}).pdf"));
    }
    let bytes = render(d)?;
    super::write_bytes(&path, &bytes)?;
    Ok(path)
}

/// The blocks of the document as it stands.
pub fn blocks(d: &Dokumen) -> Vec<Block> {
    if d.mode == Mode::Writer || d.letter.is_empty() && d.mode != Mode::Letter {
        return page_blocks(d);
    }
    letter_blocks(d)
}

fn page_blocks(d: &Dokumen) -> Vec<Block> {
    d.doc
        .paragraphs()
        .iter()
        .map(|p| {
            // One size a paragraph in the PDF: the largest of its runs.
            let size = p.runs.iter().map(|r| r.size).max().unwrap_or(12);
            let runs: Vec<(String, bool)> = p
                .runs
                .iter()
                .filter(|r| !r.text.is_empty())
                .map(|r| (r.text.clone(), r.bold))
                .collect();
            Block::Paragraph {
                runs: if runs.is_empty() {
                    vec![(" ".into(), false)]
                } else {
                    runs
                },
                size_pt: f32::from(size),
                align: match p.align {
                    Align::Left => pdf::Align::Left,
                    Align::Center => pdf::Align::Center,
                    Align::Right => pdf::Align::Right,
                    Align::Justify => pdf::Align::Justify,
                },
            }
        })
        .collect()
}

fn letter_blocks(d: &Dokumen) -> Vec<Block> {
    let field = |k: &str| d.letter.get(k).map(String::as_str).unwrap_or("").to_owned();
    let para = |text: String, bold: bool, align: pdf::Align| Block::Paragraph {
        runs: vec![(text, bold)],
        size_pt: 12.0,
        align,
    };
    let mut out: Vec<Block> = d
        .kop
        .iter()
        .enumerate()
        .map(|(i, line)| Block::Paragraph {
            runs: vec![(line.clone(), true)],
            size_pt: if i == 0 { 14.0 } else { 12.0 },
            align: pdf::Align::Center,
        })
        .collect();
    out.push(Block::Rule);
    out.push(Block::Spacer(8.0));
    out.push(para(field("tempat_tanggal"), false, pdf::Align::Right));
    // The labels are the standard words of a surat dinas in Indonesia, not app words.
    for (label, key) in [
        ("Nomor   ", "nomor"),
        ("Sifat", "sifat"),
        ("Lampiran", "lampiran"),
        ("Hal", "hal"),
    ] {
        out.push(para(
            format!("{label}: {}", field(key)),
            false,
            pdf::Align::Left,
        ));
    }
    out.push(Block::Spacer(8.0));
    out.push(para(
        format!("Yth. {}", field("yth")),
        false,
        pdf::Align::Left,
    ));
    out.push(Block::Spacer(8.0));
    // The body is written in a box of several lines: each line its own paragraph.
    for line in field("isi").lines() {
        out.push(para(line.to_owned(), false, pdf::Align::Justify));
    }
    out.push(Block::Spacer(16.0));
    out.push(para(field("jabatan"), true, pdf::Align::Right));
    out.push(Block::Spacer(36.0));
    out.push(para(field("nama"), true, pdf::Align::Right));
    out.push(para(
        format!("NIP {}", field("nip")),
        false,
        pdf::Align::Right,
    ));
    out.push(Block::Spacer(16.0));
    out.push(para(
        format!("Tembusan: {}", field("tembusan")),
        false,
        pdf::Align::Left,
    ));
    out
}

/// The PDF file's bytes, on the paper the lesson's office uses.
pub fn render(d: &Dokumen) -> Result<Vec<u8>, PdfError> {
    let paper = match d.paper_wanted {
        Paper::A4 => pdf::Paper::A4,
        Paper::F4 => pdf::Paper::F4,
    };
    pdf::render(&blocks(d), paper, d.title())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::dokumen::{Action, Scenario};

    fn text_of(bytes: &[u8]) -> (String, usize) {
        let doc = lopdf::Document::load_mem(bytes).expect("a PDF lopdf can read");
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        (doc.extract_text(&pages).expect("text"), pages.len())
    }

    #[test]
    fn each_line_of_the_letters_body_is_its_own_paragraph() {
        let mut letter = std::collections::BTreeMap::new();
        letter.insert(
            "isi".to_owned(),
            "Dengan hormat, kami mengundang Saudara.\nDemikian, terima kasih.".to_owned(),
        );
        let d = Dokumen::new(Scenario {
            mode: crate::sim::dokumen::Mode::Letter,
            letter,
            ..Scenario::default()
        });
        let blocks = letter_blocks(&d);
        let texts: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph { runs, .. } => runs.first().map(|(t, _)| t.as_str()),
                _ => None,
            })
            .collect();
        assert!(
            texts.contains(&"Dengan hormat, kami mengundang Saudara."),
            "{texts:?}"
        );
        assert!(texts.contains(&"Demikian, terima kasih."), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains('\n')), "{texts:?}");
    }

    /// "Simpan PDF asli" names the file after the document's title, which the learner typed:
    /// a name Windows keeps for a device, even before an extension, or one with characters
    /// Windows refuses, still gives a file Windows takes, and a second save a new name.
    #[test]
    fn a_real_pdf_named_after_any_title_is_a_name_windows_takes() {
        let dir = tempfile::tempdir().expect("temp dir");
        for title in [
            "NUL.txt",
            "con",
            "Surat: Undangan?",
            "akhir titik.",
            "COM1 .docx",
            "",
        ] {
            let d = Dokumen::new(Scenario {
                text: "Isi surat.".into(),
                document_name: title.into(),
                ..Scenario::default()
            });
            let first = save(&d, dir.path()).expect("saved");
            let second = save(&d, dir.path()).expect("saved again");
            assert_ne!(first, second, "{title:?}: a second save keeps the first");
            for path in [&first, &second] {
                let name = path.file_name().and_then(|n| n.to_str()).expect("a name");
                assert!(
                    crate::places::windows_accepts(name),
                    "{title:?} gave {name:?}"
                );
                assert!(std::fs::read(path).expect("read").starts_with(b"%PDF"));
            }
        }
    }

    #[test]
    fn the_typed_page_becomes_a_pdf_with_its_words() {
        let mut d = Dokumen::new(Scenario {
            text: "PENGUMUMAN\nRapat staf hari Selasa.".into(),
            ..Scenario::default()
        });
        d.update(Action::Press {
            at: crate::sim::dokumen::Pos::default(),
            clicks: 3,
            shift: false,
        });
        d.update(Action::ToggleBold);
        let bytes = render(&d).expect("a PDF");
        assert!(bytes.starts_with(b"%PDF"));
        let (text, pages) = text_of(&bytes);
        assert_eq!(pages, 1);
        assert!(text.contains("PENGUMUMAN"), "{text}");
        assert!(text.contains("Rapat staf hari Selasa."), "{text}");
        assert!(matches!(
            &blocks(&d)[0],
            Block::Paragraph { runs, .. } if runs.iter().all(|(_, bold)| *bold)
        ));
    }

    #[test]
    fn a_filled_letter_becomes_a_pdf_on_f4_with_kop_fields_and_signature() {
        let mut d = Dokumen::new(Scenario {
            mode: Mode::Letter,
            paper: Paper::F4,
            ..Scenario::default()
        });
        for (k, v) in [
            ("hal", "Undangan Rapat Koordinasi"),
            ("nama", "Drs. Ahmad Fauzi"),
            ("nip", "197103141998031004"),
        ] {
            d.update(Action::LetterField(k.into(), v.into()));
        }
        let bytes = render(&d).expect("a PDF");
        let doc = lopdf::Document::load_mem(&bytes).expect("readable");
        let (_, page) = doc.get_pages().into_iter().next().expect("a page");
        let mb = doc
            .get_dictionary(page)
            .and_then(|p| p.get(b"MediaBox"))
            .and_then(|m| m.as_array())
            .expect("a media box")
            .clone();
        let num = |o: &lopdf::Object| o.as_float().or_else(|_| o.as_i64().map(|i| i as f32));
        let height = num(&mb[3]).expect("h") - num(&mb[1]).expect("y");
        assert!(
            (height - 330.0 * 72.0 / 25.4).abs() < 1.0,
            "F4 is 330 mm high"
        );
        let (text, _) = text_of(&bytes);
        for part in [
            "KECAMATAN SUKAMAJU",
            "Undangan Rapat Koordinasi",
            "Drs. Ahmad Fauzi",
            "197103141998031004",
        ] {
            assert!(text.contains(part), "{part} in {text}");
        }
    }
}
