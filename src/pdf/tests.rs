use super::wrap::{line_ops, wrap};
use super::*;

/// The text of every page of a PDF, read back with lopdf (through the fonts' ToUnicode maps).
pub(crate) fn pdf_pages(bytes: &[u8]) -> Vec<(String, (f32, f32))> {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF lopdf can read");
    let pages = doc.get_pages();
    let mut out = Vec::new();
    for (n, id) in pages {
        let text = doc.extract_text(&[n]).expect("text");
        let page = doc.get_dictionary(id).expect("page");
        let mb = page.get(b"MediaBox").expect("media box");
        let mb = mb.as_array().expect("array");
        let num = |o: &lopdf::Object| o.as_float().or_else(|_| o.as_i64().map(|i| i as f32));
        let w = num(&mb[2]).expect("w") - num(&mb[0]).expect("x");
        let h = num(&mb[3]).expect("h") - num(&mb[1]).expect("y");
        out.push((text, (w, h)));
    }
    out
}

fn long_text() -> String {
    "Bapak/Ibu sudah belajar mengirim surel dinas dengan lampiran, membalas ke semua penerima, \
     dan menyimpan surat di folder yang benar. "
        .repeat(40)
}

fn texts(ops: &[Op]) -> Vec<(f32, f32, String)> {
    ops.iter()
        .filter_map(|op| match op {
            Op::Text { x, y, text, .. } => Some((*x, *y, text.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn long_text_breaks_onto_a_second_page_on_a4_and_f4() {
    for (paper, mm) in [(Paper::A4, (210.0, 297.0)), (Paper::F4, (215.0, 330.0))] {
        let blocks = vec![
            Block::Title("Ringkasan Belajar".into()),
            Block::Paragraph {
                runs: vec![
                    ("Nama: ".into(), true),
                    ("Siti Rahmawati, S.Pd — Kecamatan Sukamaju".into(), false),
                ],
                size_pt: 11.0,
                align: Align::Left,
            },
            Block::Paragraph {
                runs: vec![(long_text(), false)],
                size_pt: 12.0,
                align: Align::Justify,
            },
            Block::Rule,
            Block::text("Selesai."),
        ];
        let bytes = render(&blocks, paper, "Ringkasan").unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let pages = pdf_pages(&bytes);
        assert_eq!(pages.len(), 2, "{paper:?}");
        for (_, (w, h)) in &pages {
            assert!(
                (w / MM - mm.0).abs() < 0.5 && (h / MM - mm.1).abs() < 0.5,
                "{w}x{h}"
            );
        }
        let first = pages[0].0.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            first.contains("Siti Rahmawati, S.Pd — Kecamatan Sukamaju"),
            "{first}"
        );
        assert!(first.contains("Ringkasan Belajar"));
        assert!(pages[1].0.contains("Selesai."), "{}", pages[1].0);
        assert!(pages[1].0.contains("2 / 2"));
    }
}

#[test]
fn the_fonts_are_embedded() {
    let bytes = render(&[Block::text("Ibu Dewi")], Paper::A4, "t").unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let embedded = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.has(b"FontFile2") || d.has(b"FontFile3"))
        .count();
    assert!(embedded >= 1, "a font program is embedded");
}

#[test]
fn lines_stay_within_the_text_width_and_justified_lines_fill_it() {
    let fonts = Fonts::load().unwrap();
    let (w, _) = Paper::A4.size_pt();
    let width = w - 2.0 * MARGIN_X;
    let runs = vec![(long_text(), false), ("tebal di akhir".into(), true)];
    let lines = wrap(&fonts, &runs, 11.0, width);
    assert!(lines.len() > 20);
    for (i, line) in lines.iter().enumerate() {
        let ops = line_ops(&fonts, line, 11.0, Align::Justify, MARGIN_X, width, 0.0);
        let Some(Op::Text {
            x,
            text,
            size,
            bold,
            word_gap,
            ..
        }) = ops.last()
        else {
            panic!("text")
        };
        let spaces = text.chars().filter(|c| *c == ' ').count() as f32;
        let end = x + fonts.width(text, *bold, *size) + spaces * word_gap;
        assert!(end <= MARGIN_X + width + 0.01, "line {i} ends at {end}");
        if !line.last {
            assert!(
                (end - (MARGIN_X + width)).abs() < 0.05,
                "line {i} is justified: {end}"
            );
        }
    }
    // A word longer than a line is cut, not left sticking out.
    let long = "x".repeat(400);
    let cut = wrap(&fonts, &[(long, false)], 11.0, 100.0);
    assert!(cut.len() > 2);
    assert!(cut.iter().all(|l| l.words.iter().all(|w| w.width <= 100.0)));
}

#[test]
fn alignment_and_hard_breaks() {
    let para = |align| Block::Paragraph {
        runs: vec![("Kepala Dinas\nKabupaten".into(), false)],
        size_pt: 11.0,
        align,
    };
    let (w, _) = Paper::A4.size_pt();
    let right = layout(&[para(Align::Right)], Paper::A4).unwrap();
    let t = texts(&right[0]);
    assert_eq!(t.len(), 2, "two lines: {t:?}");
    let fonts = Fonts::load().unwrap();
    let end = t[0].0 + fonts.width(&t[0].2, false, 11.0);
    assert!((end - (w - MARGIN_X)).abs() < 0.05);
    let center = layout(&[para(Align::Center)], Paper::A4).unwrap();
    let t = texts(&center[0]);
    let mid = t[1].0 + fonts.width(&t[1].2, false, 11.0) / 2.0;
    assert!((mid - w / 2.0).abs() < 0.05);
    // Bold and regular runs in one line share the baseline and do not overlap.
    let mixed = layout(
        &[Block::Paragraph {
            runs: vec![("Nama:".into(), true), (" Siti".into(), false)],
            size_pt: 11.0,
            align: Align::Left,
        }],
        Paper::A4,
    )
    .unwrap();
    let t = texts(&mixed[0]);
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].1, t[1].1);
    assert!(t[1].0 >= t[0].0 + fonts.width("Nama:", true, 11.0) - 0.01);
    assert_eq!(t[1].2, " Siti");
}

#[test]
fn a_long_table_repeats_its_header_on_the_next_page() {
    let rows: Vec<Vec<String>> = (0..80)
        .map(|i| {
            vec![
                format!("Pelajaran {i}"),
                "Selesai".into(),
                format!("{i} menit"),
            ]
        })
        .collect();
    let pages = layout(
        &[Block::Table {
            header: vec!["Pelajaran".into(), "Status".into(), "Waktu".into()],
            rows,
        }],
        Paper::A4,
    )
    .unwrap();
    assert!(pages.len() >= 2);
    for page in &pages {
        let t = texts(page);
        assert_eq!(
            t.first().map(|x| x.2.as_str()),
            Some("Pelajaran"),
            "header first"
        );
        let (_, h) = Paper::A4.size_pt();
        assert!(t.iter().all(|(_, y, _)| *y <= h - MARGIN_BOTTOM));
    }
    let all: Vec<String> = pages.iter().flat_map(|p| texts(p)).map(|t| t.2).collect();
    assert!(all.contains(&"Pelajaran 79".to_owned()));
}

/// The summary's step table: long lesson titles squeeze the columns, yet every header word
/// stays whole (the review saw "Langka|h", "Petunju|k", "Selesa|i").
#[test]
fn table_headers_are_never_broken_inside_a_word() {
    let header: Vec<String> = [
        "Pelajaran",
        "Langkah",
        "Percobaan",
        "Belum tepat",
        "Petunjuk",
        "Waktu (menit)",
        "Selesai",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let title = "Uji Kemampuan: Surat dinas, PDF, tanda tangan elektronik dan disposisi".to_owned();
    let rows: Vec<Vec<String>> = (0..3)
        .map(|n| {
            vec![
                format!("{title} {n}"),
                "12".into(),
                "3".into(),
                "1".into(),
                "2".into(),
                "0:42".into(),
                "Belum".into(),
            ]
        })
        .collect();
    for paper in [Paper::A4, Paper::F4] {
        let pages = layout(
            &[Block::Table {
                header: header.clone(),
                rows: rows.clone(),
            }],
            paper,
        )
        .unwrap();
        let words: Vec<String> = texts(&pages[0]).into_iter().map(|t| t.2).collect();
        for h in &header {
            for w in h.split_whitespace() {
                assert!(
                    words.iter().any(|t| t.split_whitespace().any(|x| x == w)),
                    "{paper:?}: header word {w:?} is broken; drawn: {words:?}"
                );
            }
        }
    }
}
