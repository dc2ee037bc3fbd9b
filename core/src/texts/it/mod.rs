//! Italian texts, one file per domain.

mod arc;
mod eks;
mod ext;
mod helm;
mod pod;
mod sc;

use super::{Labels, Text};

/// Italian texts of every domain.
pub static DOMAINS: &[&[Text]] = &[pod::TEXTS, arc::TEXTS, ext::TEXTS, helm::TEXTS, sc::TEXTS, eks::TEXTS];

/// Italian report labels.
pub static LABELS: Labels = Labels {
    groups: ["ERRORS", "WARNINGS", "NOTES"],
    severities: ["error", "warning", "info"],
    subject: "subject",
    cause: "Cause",
    fix: "Fix",
    evidence: "Evidence",
    explained_by_above: "explained by the finding above",
    explained_by: "Explained by",
    no_problems: "No problems found.",
    nothing_recognised: "Nothing recognised: paste kubectl, az, helm or aws output.",
    read_as: "Read as",
    lines: "lines",
    report_title: "kubetriage report",
    reference_title: "Diagnosis reference",
    severity: "Severity",
    source: "Source",
    recognised_by: "Recognised by",
    recognised_by_facts: "the parsed outputs (tables, secret lists, JSON), not a phrase.",
};
