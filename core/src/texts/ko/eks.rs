//! Korean texts of the `eks/` diagnoses.

use crate::texts::Text;

/// Korean texts of `eks/`.
pub static TEXTS: &[Text] = &[];
