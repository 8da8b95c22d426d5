//! Who made an export: every laptop holds an ed25519 key of its own (made on its first
//! export, kept in `device_key`, never exported), signs the checksum of every file it writes
//! and names itself in the file's first line (device id, a readable name, the public key).
//!
//! The receiving laptop trusts a laptop on first use: the first file from a device id it has
//! not seen is taken, and the mentor is told the laptop's name and a short fingerprint of its
//! key (which `tuntun export` prints on the laptop that made it, so the two can be compared).
//! From then on that device id must sign with that key: a file naming a known laptop but
//! signed by another key is refused as forged. So a file edited after it was written cannot be
//! signed again without the laptop's key, and a file made up elsewhere shows up as a laptop
//! the mentor has never seen.

use super::super::{Store, StoreError, now_ms};
use super::ImportError;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use rusqlite::OptionalExtension;
use sha2::{Digest, Sha256};

/// What is signed: this prefix, then the SHA-256 of every byte before the `end` line, so a
/// signature over anything else can never pass for an export's.
const CONTEXT: &[u8] = b"tuntun-progress/3 sha256:";

/// The longest laptop name kept, in characters.
pub const MAX_NAME_CHARS: usize = 60;

/// The laptop that signed a file, as the file names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    pub device: String,
    pub name: String,
    pub key: [u8; 32],
}

impl Signer {
    /// A short form of the key for people to compare: `3F2A-9C01-77B0-1E4D`.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.key)
    }
}

/// The first 8 bytes of the key's SHA-256 in four groups of four hex digits.
pub fn fingerprint(key: &[u8; 32]) -> String {
    let digest = Sha256::digest(key);
    digest[..8]
        .chunks(2)
        .map(|c| format!("{:02X}{:02X}", c[0], c[1]))
        .collect::<Vec<_>>()
        .join("-")
}

/// A laptop seen for the first time by an import (the mentor is told).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLaptop {
    pub name: String,
    pub fingerprint: String,
}

pub(super) fn sign(key: &SigningKey, digest: &[u8]) -> String {
    super::hex(&key.sign(&message(digest)).to_bytes())
}

/// Checks `signature` (hex) over `digest` with `signer`'s key.
pub(super) fn verify(signer: &Signer, digest: &[u8], signature: &str) -> bool {
    let Some(bytes) = unhex::<64>(signature) else {
        return false;
    };
    let Ok(key) = VerifyingKey::from_bytes(&signer.key) else {
        return false;
    };
    key.verify_strict(&message(digest), &Signature::from_bytes(&bytes))
        .is_ok()
}

fn message(digest: &[u8]) -> Vec<u8> {
    let mut m = CONTEXT.to_vec();
    m.extend_from_slice(digest);
    m
}

/// `N` bytes from exactly `2N` lower- or upper-case hex digits.
pub(super) fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let bytes = text.as_bytes();
    if bytes.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    for (i, pair) in bytes.chunks(2).enumerate() {
        let s = std::str::from_utf8(pair).ok()?;
        out[i] = u8::from_str_radix(s, 16).ok()?;
    }
    Some(out)
}

/// This computer's name as the desktop knows it, for the laptop name in exports.
fn host_name() -> Option<String> {
    #[cfg(unix)]
    {
        for f in ["/proc/sys/kernel/hostname", "/etc/hostname"] {
            if let Ok(name) = std::fs::read_to_string(f) {
                let name = name.trim();
                if !name.is_empty() {
                    return Some(name.to_owned());
                }
            }
        }
        None
    }
    #[cfg(not(unix))]
    {
        std::env::var("COMPUTERNAME").ok()
    }
}

/// A laptop name as shown: visible characters on one line, capped.
pub(super) fn clean_name(name: &str) -> String {
    let name = crate::store::mentor::one_line(name, MAX_NAME_CHARS);
    if name.is_empty() {
        "laptop".to_owned()
    } else {
        name
    }
}

impl Store {
    /// This laptop's signing key, made (from the system's randomness) on first use.
    pub(super) fn signing_key(&self) -> Result<SigningKey, KeyError> {
        let stored: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT secret FROM device_key WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(StoreError::from)?;
        if let Some(secret) = stored {
            let secret: [u8; 32] = secret.try_into().map_err(|_| KeyError::Damaged)?;
            return Ok(SigningKey::from_bytes(&secret));
        }
        let mut secret = [0u8; 32];
        getrandom::fill(&mut secret).map_err(|e| KeyError::Random(e.to_string()))?;
        self.conn
            .execute(
                "INSERT INTO device_key (id, secret, created_at) VALUES (1, ?1, ?2)",
                rusqlite::params![secret.to_vec(), now_ms()],
            )
            .map_err(StoreError::from)?;
        Ok(SigningKey::from_bytes(&secret))
    }

    /// The name this laptop gives itself in its exports: the `laptop_name` setting, or the
    /// computer's name.
    pub fn laptop_name(&self) -> String {
        let name = self
            .setting("laptop_name")
            .ok()
            .flatten()
            .or_else(host_name)
            .unwrap_or_default();
        clean_name(&name)
    }

    /// This laptop as it signs its exports (the key is made if there is none yet).
    pub fn signer(&self) -> Result<Signer, KeyError> {
        Ok(Signer {
            device: self.device.clone(),
            name: self.laptop_name(),
            key: self.signing_key()?.verifying_key().to_bytes(),
        })
    }

    /// Checks `signer` against the laptops known here. `Ok(true)`: never seen before.
    pub(super) fn known_signer(
        conn: &rusqlite::Connection,
        own: &str,
        signer: &Signer,
    ) -> Result<bool, ImportError> {
        let own_key: Option<Vec<u8>> = conn
            .query_row("SELECT secret FROM device_key WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(StoreError::from)?;
        if signer.device == own {
            // A file naming this very laptop must carry this laptop's signature.
            let ours = own_key
                .and_then(|s| <[u8; 32]>::try_from(s).ok())
                .map(|s| SigningKey::from_bytes(&s).verifying_key().to_bytes());
            return if ours == Some(signer.key) {
                Ok(false)
            } else {
                Err(ImportError::WrongKey(signer.name.clone()))
            };
        }
        let known: Option<Vec<u8>> = conn
            .query_row(
                "SELECT key FROM known_devices WHERE uuid = ?1",
                [&signer.device],
                |r| r.get(0),
            )
            .optional()
            .map_err(StoreError::from)?;
        match known {
            None => Ok(true),
            Some(k) if k == signer.key => Ok(false),
            Some(_) => Err(ImportError::WrongKey(signer.name.clone())),
        }
    }

    /// The laptops whose files were taken here: (name, fingerprint), first seen first.
    pub fn known_laptops(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, key FROM known_devices ORDER BY first_seen, uuid")?;
        let rows = stmt.query_map([], |r| {
            let name: String = r.get(0)?;
            let key: Vec<u8> = r.get(1)?;
            Ok((name, key))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (name, key) = row?;
            let key: [u8; 32] = key.try_into().unwrap_or([0; 32]);
            out.push((name, fingerprint(&key)));
        }
        Ok(out)
    }
}

pub(super) fn remember(tx: &rusqlite::Transaction<'_>, signer: &Signer) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO known_devices (uuid, key, name, first_seen) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (uuid) DO NOTHING",
        rusqlite::params![signer.device, signer.key.to_vec(), signer.name, now_ms()],
    )?;
    Ok(())
}

/// Why this laptop cannot sign.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("this laptop's signing key is damaged")]
    Damaged,
    #[error("no random numbers for a signing key: {0}")]
    Random(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_holds_only_for_its_digest_and_key() {
        let key = SigningKey::from_bytes(&[7; 32]);
        let other = SigningKey::from_bytes(&[8; 32]);
        let signer = Signer {
            device: "d".into(),
            name: "Laptop".into(),
            key: key.verifying_key().to_bytes(),
        };
        let sig = sign(&key, &[1; 32]);
        assert!(verify(&signer, &[1; 32], &sig));
        assert!(!verify(&signer, &[2; 32], &sig));
        assert!(!verify(&signer, &[1; 32], &sign(&other, &[1; 32])));
        assert!(!verify(&signer, &[1; 32], "00"));
        assert!(!verify(&signer, &[1; 32], &"zz".repeat(64)));
        let fp = fingerprint(&signer.key);
        assert_eq!(fp.len(), 19);
        assert_eq!(fp.matches('-').count(), 3);
        assert_ne!(fp, fingerprint(&other.verifying_key().to_bytes()));
    }
}
