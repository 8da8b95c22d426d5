//! What a written message looks like to the checks: its addresses and the habits of a
//! good official email (a greeting, a closing, no shouting, the attachment it promises).
//!
//! The word lists are Indonesian first, with the English a mentor might use; they are
//! deliberately generous, because the lesson should catch a missing greeting, not argue
//! about its wording.

/// Greetings an official email may begin with (compared lowercased, at the start).
const GREETINGS: &[&str] = &[
    "yth",
    "dengan hormat",
    "kepada",
    "selamat pagi",
    "selamat siang",
    "selamat sore",
    "selamat malam",
    "assalamu",
    "salam",
    "bapak",
    "ibu",
    "pak ",
    "bu ",
    "halo",
    "dear",
    "hello",
    "good morning",
    "good afternoon",
    "good evening",
];

/// Closings (compared lowercased, anywhere in the text, at the start of a word: the "salam"
/// inside an opening "Assalamu'alaikum" is not a closing).
const CLOSINGS: &[&str] = &[
    "terima kasih",
    "terimakasih",
    "hormat saya",
    "hormat kami",
    "salam",
    "wassalam",
    "thank you",
    "thanks",
    "regards",
    "sincerely",
];

/// Words that promise an attachment.
const ATTACHMENT_WORDS: &[&str] = &[
    "terlampir",
    "lampiran",
    "lampirkan",
    "attached",
    "attachment",
];

/// Splits what the learner typed in Ke/Cc/Bcc into addresses: commas, semicolons and
/// spaces separate them; each is trimmed and lowercased.
pub fn split_addresses(text: &str) -> Vec<String> {
    text.split([',', ';', ' ', '\n', '\t'])
        .map(|a| a.trim().to_lowercase())
        .filter(|a| !a.is_empty())
        .collect()
}

/// A plausible email address: one `@`, something before it, a dotted domain after it.
pub fn is_address(a: &str) -> bool {
    let Some((local, domain)) = a.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// The domain of an address (`sukamajukab.go.id`), lowercased.
pub fn domain(a: &str) -> &str {
    a.rsplit_once('@').map_or("", |(_, d)| d)
}

pub fn has_greeting(body: &str) -> bool {
    let first = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .to_lowercase();
    GREETINGS.iter().any(|g| first.starts_with(g))
}

pub fn has_closing(body: &str) -> bool {
    let lower = body.to_lowercase();
    CLOSINGS.iter().any(|c| {
        lower.match_indices(c).any(|(at, _)| {
            !lower[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        })
    })
}

pub fn mentions_attachment(subject: &str, body: &str) -> bool {
    let lower = format!("{subject}\n{body}").to_lowercase();
    ATTACHMENT_WORDS.iter().any(|w| lower.contains(w))
}

/// Shouting: at least ten letters and four in five of them capitals.
pub fn all_caps(body: &str) -> bool {
    let letters = body.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = body.chars().filter(|c| c.is_uppercase()).count();
    letters >= 10 && capitals * 5 >= letters * 4
}

/// A password the webmail accepts: 8 characters or more, with letters and digits.
pub fn password_acceptable(p: &str) -> bool {
    p.chars().count() >= 8
        && p.chars().any(char::is_alphabetic)
        && p.chars().any(|c| c.is_ascii_digit())
}

/// A strong password: 10 or more characters with capitals, small letters and digits.
pub fn password_strong(p: &str) -> bool {
    p.chars().count() >= 10
        && p.chars().any(char::is_uppercase)
        && p.chars().any(char::is_lowercase)
        && p.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Dengan hormat," is the most common Indonesian opening; an opening
    /// "Assalamu'alaikum" is a greeting, not a closing.
    #[test]
    fn dengan_hormat_greets_and_assalamualaikum_does_not_close() {
        assert!(has_greeting(
            "Dengan hormat,\nBersama ini kami kirimkan laporan."
        ));
        assert!(has_greeting("  \ndengan hormat, Bapak"));
        let opening_only = "Assalamu'alaikum Pak Sekcam,\nBersama ini laporan bulan Mei.";
        assert!(has_greeting(opening_only));
        assert!(!has_closing(opening_only));
        assert!(has_closing("Laporan terlampir.\nWassalam"));
        assert!(has_closing("Laporan terlampir.\nSalam,\nBudi"));
        assert!(has_closing("Dengan hormat,\nTerima kasih."));
        assert!(!has_closing("Laporan sudah dikirim."));
    }

    #[test]
    fn addresses_are_split_trimmed_and_lowercased() {
        assert_eq!(
            split_addresses(" Sekcam@SukamajuKab.go.id, umum@sukamajukab.go.id;x@y.id  "),
            vec![
                "sekcam@sukamajukab.go.id",
                "umum@sukamajukab.go.id",
                "x@y.id"
            ]
        );
        assert!(split_addresses(" , ; ").is_empty());
    }

    #[test]
    fn address_shape() {
        assert!(is_address("sekcam@sukamajukab.go.id"));
        for bad in [
            "sekcam",
            "@sukamajukab.go.id",
            "sekcam@localhost",
            "a@b@c.id",
            "a@.go.id",
            "a@go.id.",
            "a@go..id",
            "www.sukamajukab.go.id",
        ] {
            assert!(!is_address(bad), "{bad}");
        }
        assert_eq!(domain("a@b.go.id"), "b.go.id");
    }

    #[test]
    fn greeting_closing_attachment_caps() {
        assert!(has_greeting("\n  Yth. Bapak Camat,\nBerikut laporan."));
        assert!(has_greeting("Selamat pagi, Bu."));
        assert!(!has_greeting("Berikut laporan. Yth."));
        assert!(has_closing("Berikut laporannya.\n\nTerima kasih.\nBudi"));
        assert!(!has_closing("Berikut laporannya."));
        assert!(mentions_attachment("", "Laporan terlampir."));
        assert!(mentions_attachment("Lampiran laporan", ""));
        assert!(!mentions_attachment("Rapat", "Sampai jumpa."));
        assert!(all_caps("MOHON SEGERA DIKIRIM LAPORANNYA"));
        assert!(!all_caps("Mohon segera dikirim, PENTING."));
        assert!(!all_caps("OK"));
    }

    #[test]
    fn password_rules() {
        assert!(!password_acceptable("abc123"));
        assert!(!password_acceptable("abcdefghij"));
        assert!(!password_acceptable("1234567890"));
        assert!(password_acceptable("sukamaju25"));
        assert!(!password_strong("sukamaju25"));
        assert!(password_strong("Sukamaju#2025"));
    }
}
