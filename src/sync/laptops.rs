//! The laptops seen in the sync folder, for Kelas: each one's name and when its file was last
//! written, and the checksum of what was taken from it (so an unchanged file is not merged
//! again). Kept as settings `sync_laptop:<device id>`, written only when they change.

use crate::store::{Store, StoreError};
use serde::{Deserialize, Serialize};

const PREFIX: &str = "sync_laptop:";

/// A laptop whose file was taken (or this laptop, once it wrote its own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Laptop {
    pub device: String,
    pub name: String,
    /// When its file was last written (milliseconds since 1970).
    pub made_at: i64,
    /// See `store::exchange::Checked::body`.
    pub body: [u8; 32],
}

#[derive(Serialize, Deserialize)]
struct Stored {
    name: String,
    made_at: i64,
    body: String,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

fn parse(device: String, value: &str) -> Option<Laptop> {
    let s: Stored = serde_json::from_str(value).ok()?;
    Some(Laptop {
        device,
        name: s.name,
        made_at: s.made_at,
        body: unhex(&s.body)?,
    })
}

/// What is known of `device`, if anything.
pub fn get(store: &Store, device: &str) -> Result<Option<Laptop>, StoreError> {
    Ok(store
        .setting(&format!("{PREFIX}{device}"))?
        .and_then(|v| parse(device.to_owned(), &v)))
}

/// Keeps `laptop` (unless exactly that is kept already).
pub fn put(store: &Store, laptop: &Laptop) -> Result<(), StoreError> {
    if get(store, &laptop.device)?.as_ref() == Some(laptop) {
        return Ok(());
    }
    let value = serde_json::json!({
        "name": laptop.name,
        "made_at": laptop.made_at,
        "body": hex(&laptop.body),
    });
    store.set_setting(&format!("{PREFIX}{}", laptop.device), &value.to_string())
}

/// Every laptop seen in the sync folder (this one included once it wrote its file), the most
/// recently written first.
pub fn all(store: &Store) -> Result<Vec<Laptop>, StoreError> {
    let mut list: Vec<Laptop> = store
        .settings_with_prefix(PREFIX)?
        .into_iter()
        .filter_map(|(device, value)| parse(device, &value))
        .collect();
    list.sort_by(|a, b| b.made_at.cmp(&a.made_at).then(a.name.cmp(&b.name)));
    Ok(list)
}
