//! English texts of the `helm/` diagnoses.

use crate::texts::Text;

/// English texts of `helm/`.
pub static TEXTS: &[Text] = &[];
