//! A second connection to the same progress file, for work that runs beside the window (a
//! sync round): no recovery, backup or migration (the first opening did those), the same
//! durability settings. Writes of both connections are `IMMEDIATE` transactions, so they take
//! turns; each waits up to five seconds for the other.

use super::{Store, StoreError, open_error};
use rusqlite::{Connection, OpenFlags};
use std::path::PathBuf;

/// What a second connection needs, to open it on another thread.
#[derive(Debug, Clone)]
pub struct Reopen {
    path: PathBuf,
    dir: PathBuf,
    device: String,
}

impl Store {
    /// How to open this file again elsewhere (the caller's lock on the data folder covers
    /// both connections).
    pub fn reopen(&self) -> Reopen {
        Reopen {
            path: self.path.clone(),
            dir: self.dir.clone(),
            device: self.device.clone(),
        }
    }

    /// Opens the same file again, here and now.
    pub fn second_connection(&self) -> Result<Store, StoreError> {
        self.reopen().open()
    }
}

impl Reopen {
    pub fn open(self) -> Result<Store, StoreError> {
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| open_error(&self.path, e))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(|e| open_error(&self.path, e))?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.set_prepared_statement_cache_capacity(32);
        Ok(Store {
            conn,
            path: self.path,
            dir: self.dir,
            device: self.device,
            recovery: None,
            _reading: None,
        })
    }
}
