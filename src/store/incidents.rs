//! Incidents the mentor must be told about (a damaged progress file restored from a backup).

use super::{Store, StoreError, now_ms};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incident {
    pub id: i64,
    pub at: i64,
    /// `restored`: the progress file was damaged and replaced by a backup (or started empty).
    pub kind: String,
    /// JSON: `moved_to` (null when the file was missing), `missing`, `detail`, `backup`,
    /// `backup_made` (dd-mm-yyyy hh:mm, local).
    pub detail: String,
    pub seen: bool,
}

impl Incident {
    /// A true/false field of `detail` (false when absent).
    pub fn flag(&self, name: &str) -> bool {
        serde_json::from_str::<serde_json::Value>(&self.detail)
            .ok()
            .and_then(|v| v.get(name)?.as_bool())
            .unwrap_or(false)
    }

    /// A text field of `detail`, if there.
    pub fn field(&self, name: &str) -> Option<String> {
        serde_json::from_str::<serde_json::Value>(&self.detail)
            .ok()?
            .get(name)?
            .as_str()
            .map(str::to_owned)
    }
}

impl Store {
    /// Every incident, the newest first.
    pub fn incidents(&self) -> Result<Vec<Incident>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, at, kind, detail, seen_at IS NOT NULL FROM incidents ORDER BY at DESC, id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Incident {
                id: r.get(0)?,
                at: r.get(1)?,
                kind: r.get(2)?,
                detail: r.get(3)?,
                seen: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks every incident as seen by the mentor.
    pub fn acknowledge_incidents(&self) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE incidents SET seen_at = ?1 WHERE seen_at IS NULL",
            [now_ms()],
        )?;
        Ok(())
    }
}
