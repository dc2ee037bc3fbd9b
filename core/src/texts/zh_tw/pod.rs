//! Traditional Chinese (Taiwan) texts of the `pod/` diagnoses.

use crate::texts::Text;

/// Traditional Chinese (Taiwan) texts of `pod/`.
pub static TEXTS: &[Text] = &[];
