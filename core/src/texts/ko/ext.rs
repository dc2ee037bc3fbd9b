//! Korean texts of the `ext/` diagnoses.

use crate::texts::Text;

/// Korean texts of `ext/`.
pub static TEXTS: &[Text] = &[];
