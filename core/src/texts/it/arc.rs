//! Italian texts of the `arc/` diagnoses.

use crate::texts::Text;

/// Italian texts of `arc/`.
pub static TEXTS: &[Text] = &[];
