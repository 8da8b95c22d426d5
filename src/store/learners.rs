//! Learners ("peserta"): who practises on this device.

use super::{Store, StoreError, now_ms};
use rusqlite::Row;

/// What the "add learner" form gives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewLearner {
    pub name: String,
    /// Optional; 18 digits when given (spaces are ignored).
    pub nip: String,
    /// Optional work unit ("unit kerja").
    pub unit: String,
}

/// Why a new learner cannot be added; each has one sentence in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LearnerError {
    #[error("the name is empty")]
    EmptyName,
    #[error("the name is longer than 80 characters")]
    LongName,
    #[error("a NIP has exactly 18 digits")]
    BadNip,
    #[error("the work unit is longer than 120 characters")]
    LongUnit,
}

impl NewLearner {
    /// The cleaned-up learner, or the first problem with the form.
    pub fn validate(&self) -> Result<NewLearner, LearnerError> {
        let name = visible(&self.name)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if name.is_empty() {
            return Err(LearnerError::EmptyName);
        }
        if name.chars().count() > 80 {
            return Err(LearnerError::LongName);
        }
        let nip: String = self.nip.chars().filter(|c| !c.is_whitespace()).collect();
        if !nip.is_empty() && (nip.len() != 18 || !nip.chars().all(|c| c.is_ascii_digit())) {
            return Err(LearnerError::BadNip);
        }
        let unit = visible(&self.unit)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if unit.chars().count() > 120 {
            return Err(LearnerError::LongUnit);
        }
        Ok(NewLearner { name, nip, unit })
    }
}

/// The most combining marks kept on one letter: enough for any script's accents and vowel
/// signs, too few to draw "Zalgo" text over the controls around a name.
const MAX_MARKS: usize = 3;

/// `text` without what cannot be seen or what changes how text around it is shown: control
/// characters (NUL, escape… but not line breaks and tabs, which callers fold), zero-width and
/// joiner characters, bidirectional overrides and isolates, soft hyphens, tag characters and
/// byte-order marks; and at most [`MAX_MARKS`] combining marks on a letter. So
/// "Siti\u{200d}" is "Siti", and a name shows what it is. Every form and every import uses it.
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut marks = 0usize;
    for c in text.chars() {
        if is_hidden(c) {
            continue;
        }
        if is_combining(c) {
            marks += 1;
            if marks > MAX_MARKS {
                continue;
            }
        } else {
            marks = 0;
        }
        out.push(c);
    }
    out
}

fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

fn is_combining(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05BD}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    pub id: String,
    pub name: String,
    pub nip: Option<String>,
    pub unit: Option<String>,
    pub created_at: i64,
    pub last_active: Option<i64>,
}

impl Learner {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            id: r.get(0)?,
            name: r.get(1)?,
            nip: r.get(2)?,
            unit: r.get(3)?,
            created_at: r.get(4)?,
            last_active: r.get(5)?,
        })
    }
}

const COLUMNS: &str = "uuid, name, nip, unit, created_at, last_active";

impl Store {
    pub fn add_learner(&self, new: &NewLearner) -> Result<Learner, StoreError> {
        let new = new.validate()?;
        let learner = Learner {
            id: uuid::Uuid::new_v4().to_string(),
            name: new.name,
            nip: Some(new.nip).filter(|s| !s.is_empty()),
            unit: Some(new.unit).filter(|s| !s.is_empty()),
            created_at: now_ms(),
            last_active: None,
        };
        self.conn.execute(
            "INSERT INTO learners (uuid, name, nip, unit, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            rusqlite::params![
                learner.id,
                learner.name,
                learner.nip,
                learner.unit,
                learner.created_at
            ],
        )?;
        Ok(learner)
    }

    /// Changes a learner's name, NIP or unit (the newest change wins when laptops merge).
    pub fn update_learner(&self, id: &str, new: &NewLearner) -> Result<(), StoreError> {
        let new = new.validate()?;
        self.conn.execute(
            "UPDATE learners SET name = ?2, nip = ?3, unit = ?4, updated_at = MAX(updated_at + 1, ?5)
             WHERE uuid = ?1",
            rusqlite::params![
                id,
                new.name,
                Some(new.nip).filter(|s| !s.is_empty()),
                Some(new.unit).filter(|s| !s.is_empty()),
                now_ms()
            ],
        )?;
        Ok(())
    }

    /// Every learner, the most recently active first, then by name.
    pub fn learners(&self) -> Result<Vec<Learner>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM learners
             ORDER BY last_active IS NULL, last_active DESC, name COLLATE NOCASE"
        ))?;
        let rows = stmt.query_map([], Learner::from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn learner(&self, id: &str) -> Result<Option<Learner>, StoreError> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM learners WHERE uuid = ?1"),
                [id],
                Learner::from_row,
            )
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_cleans_and_explains() {
        let ok = NewLearner {
            name: "  Siti   Rahmawati ".into(),
            nip: "19800315 200501 1 002".into(),
            unit: " Kecamatan Sukamaju ".into(),
        };
        let v = ok.validate().expect("valid");
        assert_eq!(v.name, "Siti Rahmawati");
        assert_eq!(v.nip, "198003152005011002");
        assert_eq!(v.unit, "Kecamatan Sukamaju");
        let empty = NewLearner {
            name: "   ".into(),
            ..NewLearner::default()
        };
        assert_eq!(empty.validate(), Err(LearnerError::EmptyName));
        let nip = NewLearner {
            name: "A".into(),
            nip: "12345".into(),
            ..NewLearner::default()
        };
        assert_eq!(nip.validate(), Err(LearnerError::BadNip));
        let letters = NewLearner {
            name: "A".into(),
            nip: "19800315200501100X".into(),
            ..NewLearner::default()
        };
        assert_eq!(letters.validate(), Err(LearnerError::BadNip));
    }
}
