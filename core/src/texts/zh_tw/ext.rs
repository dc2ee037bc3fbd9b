//! Traditional Chinese (Taiwan) texts of the `ext/` diagnoses.

use crate::texts::Text;

/// Traditional Chinese (Taiwan) texts of `ext/`.
pub static TEXTS: &[Text] = &[];
