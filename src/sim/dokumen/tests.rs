//! The document tool fed action by action.
use super::*;
