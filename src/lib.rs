//! Tuntun: step-by-step practice of office computer tools for Indonesian civil servants.
//!
//! The crate is a pure core (`course`, `sim`, `progress`, `store`, `i18n`) and a thin GUI
//! (`ui`). Only `ui` knows about iced; everything else is testable without a window.
//! `instance` keeps a second Tuntun from opening the same data directory.

pub mod cli;
pub mod course;
#[cfg(feature = "gui")]
pub mod entry;
pub mod holidays;
pub mod i18n;
pub mod instance;
pub mod logging;
pub mod output;
pub mod paths;
pub mod pdf;
pub mod places;
pub mod private;
pub mod progress;
pub mod sim;
pub mod source;
pub mod speech;
pub mod store;
pub mod sync;
#[cfg(feature = "gui")]
pub mod ui;
