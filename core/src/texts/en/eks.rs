//! English texts of the `eks/` diagnoses.

use crate::texts::Text;

/// English texts of `eks/`.
pub static TEXTS: &[Text] = &[];
