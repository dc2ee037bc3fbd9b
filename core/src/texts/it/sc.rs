//! Italian texts of the `sc/` diagnoses.

use crate::texts::Text;

/// Italian texts of `sc/`.
pub static TEXTS: &[Text] = &[];
