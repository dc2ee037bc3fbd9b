//! English texts of the `arc/` diagnoses.

use crate::texts::Text;

/// English texts of `arc/`.
pub static TEXTS: &[Text] = &[];
