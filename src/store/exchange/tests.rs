//! Checking export files: well formed, damaged, forged, endless, and values held to the
//! forms' rules.

use super::*;
use ed25519_dalek::SigningKey;
use sha2::{Digest, Sha256};

fn key() -> SigningKey {
    SigningKey::from_bytes(&[42; 32])
}

fn header() -> String {
    format!(
        r#"{{"format":"tuntun-progress","version":3,"created_at":1,"device":"d","device_name":"Laptop Camat","key":"{}"}}"#,
        hex(&key().verifying_key().to_bytes())
    )
}

/// A file of these lines, closed and signed as `export` does, by `signer`.
fn signed_by(signer: &SigningKey, lines: &[&str]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut hasher = Sha256::new();
    for l in lines {
        let line = format!("{l}\n");
        hasher.update(line.as_bytes());
        out.extend_from_slice(line.as_bytes());
    }
    let n_learners = lines
        .iter()
        .filter(|l| l.starts_with("{\"learner\""))
        .count();
    let n_events = lines.iter().filter(|l| l.starts_with("{\"event\"")).count();
    let digest = hasher.finalize();
    out.extend_from_slice(
            format!(
                "{{\"end\":{{\"learners\":{n_learners},\"events\":{n_events},\"sha256\":\"{}\",\"signature\":\"{}\"}}}}\n",
                hex(&digest),
                sign::sign(signer, &digest)
            )
            .as_bytes(),
        );
    out
}

fn file(lines: &[&str]) -> Vec<u8> {
    signed_by(&key(), lines)
}

const LEARNER: &str = r#"{"learner":{"uuid":"a","name":"Siti","nip":null,"unit":null,"created_at":1,"updated_at":1}}"#;

#[test]
fn a_well_formed_file_checks() {
    let f = file(&[&header(), LEARNER]);
    let got = check(&mut &f[..]).expect("valid");
    assert_eq!(
        (
            got.learners,
            got.events,
            got.notes,
            got.sessions,
            got.assignments
        ),
        (1, 0, 0, 0, 0)
    );
    assert_eq!(got.signer.name, "Laptop Camat");
    assert_eq!(got.signer.key, key().verifying_key().to_bytes());
}

#[test]
fn every_kind_of_bad_file_is_named() {
    let good = file(&[&header(), LEARNER]);
    // Cut off anywhere before the end line's newline.
    for cut in [good.len() - 1, good.len() - 20, header().len() + 1] {
        let err = check(&mut &good[..cut]).expect_err("cut");
        assert!(matches!(err, ImportError::Truncated), "{cut}: {err}");
    }
    // One changed letter.
    let tampered = String::from_utf8(good.clone())
        .expect("utf8")
        .replace("Siti", "Sita");
    assert!(matches!(
        check(&mut tampered.as_bytes()),
        Err(ImportError::Tampered(3))
    ));
    // Not ours at all.
    assert!(matches!(
        check(&mut &b"PK\x03\x04 zip"[..]),
        Err(ImportError::Foreign)
    ));
    assert!(matches!(check(&mut &b""[..]), Err(ImportError::Foreign)));
    // From the future.
    let future = file(&[&header().replace("\"version\":3", "\"version\":4"), LEARNER]);
    assert!(matches!(
        check(&mut &future[..]),
        Err(ImportError::FutureVersion(4))
    ));
    // From before signatures.
    let old = file(&[
        r#"{"format":"tuntun-progress","version":2,"created_at":1,"device":"d"}"#,
        LEARNER,
    ]);
    assert!(matches!(
        check(&mut &old[..]),
        Err(ImportError::Unsigned(2))
    ));
    // Something after the end line.
    let mut extra = good.clone();
    extra.extend_from_slice(b"{}\n");
    assert!(matches!(
        check(&mut &extra[..]),
        Err(ImportError::Tampered(4))
    ));
}

/// The checksum alone can be recomputed by anyone; the signature cannot.
#[test]
fn a_resealed_or_unsigned_or_resigned_file_is_refused() {
    let forged = signed_by(&key(), &[&header(), LEARNER]);
    let text = String::from_utf8(forged).expect("utf8");
    // Edited and the sha256 recomputed, signature kept.
    let lines: Vec<&str> = text.lines().collect();
    let edited = lines[1].replace("Siti", "Sita");
    let mut hasher = Sha256::new();
    hasher.update(format!("{}\n{edited}\n", lines[0]).as_bytes());
    let resealed = format!(
        "{}\n{edited}\n{}\n",
        lines[0],
        lines[2].replace(
            &lines[2][lines[2].find("\"sha256\":\"").expect("sha") + 10..][..64],
            &hex(&hasher.finalize())
        )
    );
    assert!(matches!(
        check(&mut resealed.as_bytes()),
        Err(ImportError::Tampered(3))
    ));
    // No signature at all.
    let unsigned = text
        .split(",\"signature\"")
        .next()
        .map(|head| format!("{head}}}}}\n"))
        .expect("head");
    assert!(matches!(
        check(&mut unsigned.as_bytes()),
        Err(ImportError::Tampered(3))
    ));
    // Signed by another key than the one the header names.
    let other = signed_by(&SigningKey::from_bytes(&[9; 32]), &[&header(), LEARNER]);
    assert!(matches!(
        check(&mut &other[..]),
        Err(ImportError::Tampered(3))
    ));
}

#[test]
fn seal_makes_a_file_that_checks() {
    let body = format!("{LEARNER}\n");
    let f = seal(body.as_bytes(), &[1; 32]);
    let got = check(&mut &f[..]).expect("sealed");
    assert_eq!((got.learners, got.signer.name.as_str()), (1, "Fuzz"));
}

#[test]
fn long_lines_and_endless_input_stop_early() {
    // No newline for ever (as /dev/zero): refused after MAX_LINE bytes.
    let mut zeros = std::io::BufReader::new(std::io::repeat(0));
    assert!(matches!(check(&mut zeros), Err(ImportError::LongLine(1))));
    let long = format!(
        r#"{{"learner":{{"uuid":"a","name":"{}","nip":null,"unit":null,"created_at":1,"updated_at":1}}}}"#,
        "x".repeat(MAX_LINE as usize)
    );
    let f = file(&[&header(), &long]);
    assert!(matches!(check(&mut &f[..]), Err(ImportError::LongLine(2))));
}

#[test]
fn values_are_held_to_the_forms_rules() {
    let empty_name = LEARNER.replace("\"Siti\"", "\"\\u200b\"");
    let f = file(&[&header(), &empty_name]);
    let err = check(&mut &f[..]).expect_err("empty name");
    assert!(matches!(err, ImportError::Invalid { line: 2, .. }), "{err}");
    assert!(err.to_string().contains("name is empty"), "{err}");
    let orphan = r#"{"note":{"uuid":"n","learner":"zz","mentor":"m","created_at":1,"text":"hi"}}"#;
    let f = file(&[&header(), LEARNER, orphan]);
    assert!(matches!(
        check(&mut &f[..]),
        Err(ImportError::Inconsistent(3))
    ));
}
