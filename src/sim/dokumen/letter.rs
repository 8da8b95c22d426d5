//! The surat dinas template: its fields in page order and the check "Periksa Surat".

use std::collections::BTreeMap;

/// The letter's fields, in the order they stand on the page.
pub const FIELDS: [&str; 11] = [
    "tempat_tanggal",
    "nomor",
    "sifat",
    "lampiran",
    "hal",
    "yth",
    "isi",
    "jabatan",
    "nama",
    "nip",
    "tembusan",
];

/// The letterhead when the scenario gives none.
pub fn default_kop() -> Vec<String> {
    vec![
        "PEMERINTAH KABUPATEN SUKAMAJU".into(),
        "KECAMATAN SUKAMAJU".into(),
        "Jalan Merdeka No. 1 Sukamaju".into(),
    ]
}

/// Whether a NIP is what BKN issues: exactly 18 digits (spaces between groups are allowed).
pub fn nip_ok(nip: &str) -> bool {
    let digits: Vec<char> = nip.chars().filter(|c| !c.is_whitespace()).collect();
    digits.len() == 18 && digits.iter().all(|c| c.is_ascii_digit())
}

/// The fields that keep the letter from being complete, in page order: empty ones, and
/// `nip` when it is not 18 digits.
pub fn missing(fields: &BTreeMap<String, String>) -> Vec<String> {
    FIELDS
        .iter()
        .filter(|key| {
            let value = fields.get(**key).map_or("", |v| v.trim());
            value.is_empty() || (**key == "nip" && !nip_ok(value))
        })
        .map(|k| (*k).to_owned())
        .collect()
}

/// The three parts of a letter's body, found forgivingly in what the learner wrote: any
/// case, any punctuation, extra spaces, the usual phrases of Indonesian official letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BodyParts {
    /// An opening: "Dengan hormat", "Sehubungan dengan", "Menindaklanjuti"…
    pub opening: bool,
    /// At least [`CONTENT_WORDS`] words that are neither the opening phrase nor the closing.
    pub content: bool,
    /// A closing: "Demikian…", "Atas perhatian…", "terima kasih".
    pub closing: bool,
}

/// How many words the middle of a body needs (what, when, where).
pub const CONTENT_WORDS: usize = 8;

const OPENINGS: [&str; 9] = [
    "dengan hormat",
    "sehubungan",
    "menindaklanjuti",
    "dalam rangka",
    "bersama ini",
    "berdasarkan",
    "memperhatikan",
    "merujuk",
    "menunjuk",
];

const CLOSINGS: [&str; 5] = [
    "demikian",
    "atas perhatian",
    "terima kasih",
    "terimakasih",
    "atas kehadiran",
];

/// The words of `text`, lower case, without punctuation.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == ':' || c == '-'))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Finds the opening, the middle and the closing in a body.
pub fn body_parts(body: &str) -> BodyParts {
    let all = words(body).join(" ");
    // The opening is at the start (its first twelve words).
    let head: Vec<String> = words(body).into_iter().take(12).collect();
    let head = head.join(" ");
    let opening_phrase = OPENINGS.iter().find(|p| head.contains(*p));
    // Sentences that hold a closing phrase are the closing; the rest is the middle.
    let mut closing = false;
    let mut middle = 0usize;
    for sentence in body.split(['.', '!', '?', '\n']) {
        let w = words(sentence).join(" ");
        if CLOSINGS.iter().any(|p| w.contains(p)) {
            closing = true;
        } else {
            middle += words(sentence).len();
        }
    }
    let opening_words = opening_phrase.map_or(0, |p| p.split(' ').count());
    BodyParts {
        opening: opening_phrase.is_some() && !all.is_empty(),
        content: middle.saturating_sub(opening_words) >= CONTENT_WORDS,
        closing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> BTreeMap<String, String> {
        FIELDS
            .iter()
            .map(|k| {
                let v = if *k == "nip" {
                    "198503122010011004"
                } else {
                    "-"
                };
                ((*k).to_owned(), v.to_owned())
            })
            .collect()
    }

    #[test]
    fn a_full_letter_has_nothing_missing() {
        assert!(missing(&full()).is_empty());
    }

    #[test]
    fn each_empty_field_is_reported() {
        for key in FIELDS {
            let mut f = full();
            f.insert(key.into(), "   ".into());
            assert_eq!(missing(&f), vec![key.to_owned()], "{key}");
            f.remove(key);
            assert_eq!(missing(&f), vec![key.to_owned()], "{key}");
        }
    }

    #[test]
    fn a_body_has_its_three_parts_however_it_is_written() {
        let full = "Dengan hormat, kami mengundang Saudara hadir dalam rapat koordinasi posyandu \
            pada hari Selasa, 27 Mei 2025, pukul 09.00 WIB di Aula Kantor Kecamatan. \
            Demikian, atas perhatian Saudara kami ucapkan terima kasih.";
        assert_eq!(
            body_parts(full),
            BodyParts {
                opening: true,
                content: true,
                closing: true
            }
        );
        // Other case, no commas, line breaks, another opening and closing.
        let other = "SEHUBUNGAN DENGAN persiapan posyandu bulan Juni\nkami mengundang \
            Saudara untuk rapat di aula hari Selasa pukul 09.00\nterima kasih";
        assert_eq!(
            body_parts(other),
            BodyParts {
                opening: true,
                content: true,
                closing: true
            }
        );
        // Only an opening: no middle, no closing.
        assert_eq!(
            body_parts("Dengan hormat,"),
            BodyParts {
                opening: true,
                content: false,
                closing: false
            }
        );
        // A middle without opening or closing.
        let p =
            body_parts("Kami mengundang Saudara untuk rapat di aula hari Selasa pukul 09.00 WIB.");
        assert!(!p.opening && p.content && !p.closing, "{p:?}");
        // A closing sentence does not count as the middle.
        let p = body_parts(
            "Dengan hormat. Demikian surat ini, atas perhatian Saudara kami ucapkan terima kasih.",
        );
        assert!(p.opening && !p.content && p.closing, "{p:?}");
        // "Dengan hormat" far down the text is not an opening.
        let late = "Kami mengundang Saudara untuk rapat koordinasi di aula kantor kecamatan pada hari \
            Selasa dengan hormat";
        assert!(!body_parts(late).opening);
        assert_eq!(body_parts(""), BodyParts::default());
    }

    #[test]
    fn nip_must_be_18_digits() {
        assert!(nip_ok("198503122010011004"));
        assert!(nip_ok("19850312 201001 1 004"));
        assert!(!nip_ok("19850312201001100"));
        assert!(!nip_ok("1985031220100110045"));
        assert!(!nip_ok("19850312201001100X"));
        assert!(!nip_ok("１９８５０３１２２０１００１１００４"));
        let mut f = full();
        f.insert("nip".into(), "12345".into());
        assert_eq!(missing(&f), vec!["nip".to_owned()]);
    }
}
