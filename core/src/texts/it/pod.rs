//! Italian texts of the `pod/` diagnoses.

use crate::texts::Text;

/// Italian texts of `pod/`.
pub static TEXTS: &[Text] = &[];
