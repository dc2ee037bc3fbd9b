//! Traditional Chinese (Taiwan) texts of the `helm/` diagnoses.

use crate::texts::Text;

/// Traditional Chinese (Taiwan) texts of `helm/`.
pub static TEXTS: &[Text] = &[];
