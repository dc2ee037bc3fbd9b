//! The whole report of representative pastes, frozen: `kubetriage_core::diagnose`
//! output as JSON snapshots (insta), so that any change to what a paste
//! yields — finding IDs, order, subjects, precedence links, texts, filled
//! commands, evidence lines, recognised inputs — shows up in review.
//!
//! Only `pod/`, `arc/` and healthy fixtures are frozen here: they are stable.
//! Update after an intended change with
//! `INSTA_UPDATE=always cargo test --test snapshots`, then review the diff
//! of `tests/snapshots/*.snap`.

use kubetriage_core::diagnose;
use std::path::Path;

/// Diagnoses `tests/fixtures/<fixture>` and compares the report with the
/// snapshot `name`.
fn snapshot(name: &str, fixture: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let report = diagnose(&String::from_utf8_lossy(&bytes));
    insta::with_settings!({ description => format!("diagnose(tests/fixtures/{fixture})"), omit_expression => true }, {
        insta::assert_json_snapshot!(name, report);
    });
}

/// Seed 000's Helm upgrade time-out, crash-looping agents and a secret list
/// without `azure-identity-certificate`: the most specific diagnosis wins and
/// explains the rest.
#[test]
fn arc_identity_certificate_missing_combined() {
    snapshot(
        "arc_identity_certificate_missing_combined",
        "arc/identity-certificate-missing/match-combined.txt",
    );
}

/// `kubectl describe pod` with `Last State: Terminated, Reason: OOMKilled`.
#[test]
fn pod_oom_killed_describe() {
    snapshot(
        "pod_oom_killed_describe",
        "pod/oom-killed/match-describe-last-state.txt",
    );
}

/// Seed 004: every azure-arc pod in ImagePullBackOff, grouped into one
/// namespace-wide finding.
#[test]
fn pod_image_pull_backoff_azure_arc_namespace() {
    snapshot(
        "pod_image_pull_backoff_azure_arc_namespace",
        "pod/image-pull-backoff/match-azure-arc-all-pods.txt",
    );
}

/// A Pending pod whose `FailedScheduling` event names an untolerated taint.
#[test]
fn pod_pending_taint_describe() {
    snapshot(
        "pod_pending_taint_describe",
        "pod/pending-taint/match-master-untolerated-describe.txt",
    );
}

/// A crash-looping pod's describe output with colour codes: the crash loop
/// explains the non-zero exit and the unready container.
#[test]
fn pod_crash_loop_describe_ansi() {
    snapshot(
        "pod_crash_loop_describe_ansi",
        "pod/crash-loop/match-describe-ansi.txt",
    );
}

/// A healthy running pod: recognised, nothing found.
#[test]
fn healthy_describe_running() {
    snapshot("healthy_describe_running", "healthy/describe-running.txt");
}
