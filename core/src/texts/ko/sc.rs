//! Korean texts of the `sc/` diagnoses.

use crate::texts::Text;

/// Korean texts of `sc/`.
pub static TEXTS: &[Text] = &[];
