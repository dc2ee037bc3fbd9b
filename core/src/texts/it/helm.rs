//! Italian texts of the `helm/` diagnoses.

use crate::texts::Text;

/// Italian texts of `helm/`.
pub static TEXTS: &[Text] = &[];
