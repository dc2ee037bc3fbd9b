//! `eks/` diagnoses.

use super::Diagnosis;

/// Every `eks/` diagnosis, in catalogue order.
pub const ALL: &[&Diagnosis] = &[];
