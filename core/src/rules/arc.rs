//! `arc/` diagnoses.

use super::Diagnosis;

/// Every `arc/` diagnosis, in catalogue order.
pub const ALL: &[&Diagnosis] = &[];
