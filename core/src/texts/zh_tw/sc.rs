//! Traditional Chinese (Taiwan) texts of the `sc/` diagnoses.

use crate::texts::Text;

/// Traditional Chinese (Taiwan) texts of `sc/`.
pub static TEXTS: &[Text] = &[];
