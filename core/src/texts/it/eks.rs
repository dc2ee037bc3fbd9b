//! Italian texts of the `eks/` diagnoses.

use crate::texts::Text;

/// Italian texts of `eks/`.
pub static TEXTS: &[Text] = &[];
