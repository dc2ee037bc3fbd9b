//! English texts of the `ext/` diagnoses.

use crate::texts::Text;

/// English texts of `ext/`.
pub static TEXTS: &[Text] = &[];
