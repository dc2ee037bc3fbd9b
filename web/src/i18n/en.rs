//! The page's words in English.

use super::Ui;

/// English.
pub const UI: Ui = Ui {
    tagline: "Paste what kubectl, az, helm or aws printed; get the cause and the fix.",
    privacy: "Runs entirely in your browser: nothing you paste leaves this page — no upload, no analytics, no storage of your text.",
    paste_label: "Command output",
    paste_placeholder: "Paste kubectl get pods, kubectl describe pod, events, az / helm / aws errors…",
    examples: "Examples:",
    example_names: ["Pods", "Arc agents", "Cluster extension", "Service Connector", "EKS on Outposts"],
    open_file: "Open a file…",
    copy_report: "Copy report as Markdown",
    copy: "Copy",
    copied: "Copied to the clipboard.",
    copy_failed: "The browser refused the clipboard; select the text and copy it by hand.",
    empty: "Paste command output above, drop a file on it, or try an example.",
    no_problems: "No problems found in what was recognised.",
    nothing_recognised: "Nothing recognised: this does not look like kubectl, az, helm or aws output.",
    read_as: "Read as",
    lines: "lines",
    cause: "Cause",
    fix: "Fix",
    evidence: "Evidence",
    subject: "Subject",
    explained_by: "Explained by",
    severities: ["Error", "Warning", "Note"],
    summary: "{errors} errors, {warnings} warnings, {notes} notes",
    language: "Language",
    large_file: "Large file read locally and diagnosed without showing it here",
    show_in_paste: "Show this line in the paste",
    large_paste: "Large paste diagnosed without showing it here",
    diagnosing: "Diagnosing…",
    more_findings: "{n} more findings are not shown; use the CLI for the full report.",
};
