//! Traditional Chinese (Taiwan) texts of the `arc/` diagnoses.

use crate::texts::Text;

/// Traditional Chinese (Taiwan) texts of `arc/`.
pub static TEXTS: &[Text] = &[];
