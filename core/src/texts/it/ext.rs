//! Italian texts of the `ext/` diagnoses.

use crate::texts::Text;

/// Italian texts of `ext/`.
pub static TEXTS: &[Text] = &[];
