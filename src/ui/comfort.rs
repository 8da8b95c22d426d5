//! What each learner chose for their eyes: the text size and the colours. Kept per learner
//! in the store's settings, so the next learner on a shared laptop gets their own.

use crate::store::Store;

/// The three text sizes. Every text and control grows with it (iced's scale factor), so
/// the layouts are made to fit a 1366×768 screen at the largest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TextSize {
    /// "Besar": the default, already larger than most apps.
    #[default]
    Normal,
    /// "Lebih Besar".
    Larger,
    /// "Sangat Besar".
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Larger, TextSize::Largest];

    /// How much everything is enlarged.
    pub fn factor(self) -> f32 {
        match self {
            TextSize::Normal => 1.0,
            TextSize::Larger => 1.15,
            TextSize::Largest => 1.3,
        }
    }

    /// The stored value, also the widget id suffix (`text-size-larger`).
    pub fn key(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Larger => "larger",
            TextSize::Largest => "largest",
        }
    }

    /// The Fluent id of its name.
    pub fn label(self) -> &'static str {
        match self {
            TextSize::Normal => "display-size-normal",
            TextSize::Larger => "display-size-larger",
            TextSize::Largest => "display-size-largest",
        }
    }

    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One learner's comfort settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Comfort {
    pub high_contrast: bool,
    pub text_size: TextSize,
}

fn contrast_key(learner: &str) -> String {
    format!("contrast:{learner}")
}

fn size_key(learner: &str) -> String {
    format!("text-size:{learner}")
}

impl Comfort {
    /// The learner's choices; the defaults when none were stored or they cannot be read.
    pub fn load(store: &Store, learner: &str) -> Self {
        let get = |key: String| store.setting(&key).ok().flatten();
        Self {
            high_contrast: get(contrast_key(learner)).as_deref() == Some("high"),
            text_size: get(size_key(learner))
                .as_deref()
                .and_then(TextSize::from_key)
                .unwrap_or_default(),
        }
    }

    /// Stores both choices for the learner. An error leaves the choice working for now.
    pub fn save(&self, store: &Store, learner: &str) -> Result<(), crate::store::StoreError> {
        let contrast = if self.high_contrast {
            "high"
        } else {
            "default"
        };
        store.set_setting(&contrast_key(learner), contrast)?;
        store.set_setting(&size_key(learner), self.text_size.key())
    }
}
