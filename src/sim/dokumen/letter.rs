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
