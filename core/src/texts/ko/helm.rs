//! Korean texts of the `helm/` diagnoses.

use crate::texts::Text;

/// Korean texts of `helm/`.
pub static TEXTS: &[Text] = &[];
