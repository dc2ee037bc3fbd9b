//! `ext/` diagnoses.

use super::Diagnosis;

/// Every `ext/` diagnosis, in catalogue order.
pub const ALL: &[&Diagnosis] = &[];
