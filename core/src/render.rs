//! Renders a [`Report`] as Markdown, for support tickets (CLI and page).

use crate::report::Report;
use crate::rules::Severity;

/// The report as Markdown: one section per finding, evidence in code blocks.
pub fn markdown(report: &Report) -> String {
    let mut out = String::from("# kubetriage report\n\n");
    if report.findings.is_empty() {
        out.push_str(if report.inputs.is_empty() { "Nothing recognised in the paste.\n" } else { "No problems found.\n" });
    }
    for finding in &report.findings {
        let badge = match finding.severity {
            Severity::Error => "ERROR",
            Severity::Warning => "WARNING",
            Severity::Info => "INFO",
        };
        out.push_str(&format!("## {badge} `{}` — {}\n\n", finding.id, finding.title));
        out.push_str(&format!("**Subject:** `{}`\n\n", finding.subject));
        if let Some(by) = finding.caused_by {
            out.push_str(&format!("*Explained by `{by}`.*\n\n"));
        }
        out.push_str(&format!("{}\n\n", finding.cause));
        for (n, step) in finding.fix.iter().enumerate() {
            out.push_str(&format!("{}. {step}\n", n + 1));
        }
        if !finding.commands.is_empty() {
            out.push_str("\n```sh\n");
            for command in &finding.commands {
                out.push_str(command);
                out.push('\n');
            }
            out.push_str("```\n");
        }
        out.push_str("\nEvidence:\n\n```text\n");
        for evidence in &finding.evidence {
            out.push_str(&format!("{:>5} | {}\n", evidence.line, evidence.text.replace("```", "ˋˋˋ")));
        }
        out.push_str("```\n\n");
    }
    if !report.inputs.is_empty() {
        out.push_str("Recognised input:\n\n");
        for input in &report.inputs {
            let kind = serde_json::to_value(input.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            out.push_str(&format!("- {kind}, lines {}–{}\n", input.lines[0], input.lines[1]));
        }
    }
    out
}
