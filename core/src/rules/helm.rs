//! `helm/` diagnoses.

use super::Diagnosis;

/// Every `helm/` diagnosis, in catalogue order.
pub const ALL: &[&Diagnosis] = &[];
