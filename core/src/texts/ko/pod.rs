//! Korean texts of the `pod/` diagnoses.

use crate::texts::Text;

/// Korean texts of `pod/`.
pub static TEXTS: &[Text] = &[];
