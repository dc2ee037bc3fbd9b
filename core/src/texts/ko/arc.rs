//! Korean texts of the `arc/` diagnoses.

use crate::texts::Text;

/// Korean texts of `arc/`.
pub static TEXTS: &[Text] = &[];
