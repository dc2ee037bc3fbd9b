//! English texts of the `sc/` diagnoses.

use crate::texts::Text;

/// English texts of `sc/`.
pub static TEXTS: &[Text] = &[];
