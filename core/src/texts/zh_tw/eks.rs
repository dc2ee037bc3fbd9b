//! Traditional Chinese (Taiwan) texts of the `eks/` diagnoses.

use crate::texts::Text;

/// Traditional Chinese (Taiwan) texts of `eks/`.
pub static TEXTS: &[Text] = &[];
