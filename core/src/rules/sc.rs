//! `sc/` diagnoses.

use super::Diagnosis;

/// Every `sc/` diagnosis, in catalogue order.
pub const ALL: &[&Diagnosis] = &[];
