//! Terminal rendering: findings grouped by severity, evidence with line
//! numbers, commands ready to copy; colour only when asked for.

use kubetriage_core::report::{FindingReport, Report};
use kubetriage_core::rules::Severity;

struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// Renders `report` for a person at a terminal.
pub fn render(report: &Report, colour: bool) -> String {
    let paint = Paint(colour);
    let mut out = String::new();
    if report.findings.is_empty() {
        out.push_str(if report.inputs.is_empty() {
            "Nothing recognised: paste kubectl, az, helm or aws output.\n"
        } else {
            "No problems found.\n"
        });
    }
    for (severity, label, code) in [
        (Severity::Error, "ERRORS", "1;31"),
        (Severity::Warning, "WARNINGS", "1;33"),
        (Severity::Info, "NOTES", "1;36"),
    ] {
        let group: Vec<&FindingReport> = report
            .findings
            .iter()
            .filter(|f| f.severity == severity && f.caused_by.is_none())
            .collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&paint.wrap(code, &format!("{label} ({})", group.len())));
        out.push_str("\n\n");
        for finding in group {
            finding_block(&mut out, finding, &paint, "");
            explained(&mut out, report, finding.id, &paint, 1);
        }
    }
    if !report.inputs.is_empty() {
        out.push_str(&paint.wrap("2", "Read as:"));
        for input in &report.inputs {
            let kind = serde_json::to_value(input.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            out.push_str(&paint.wrap(
                "2",
                &format!(" {kind} (lines {}–{});", input.lines[0], input.lines[1]),
            ));
        }
        out.push('\n');
    }
    out
}

/// The findings explained by `id`, nested under it (and theirs under them).
fn explained(out: &mut String, report: &Report, id: &str, paint: &Paint, depth: usize) {
    for child in report
        .findings
        .iter()
        .filter(|c| c.caused_by == Some(id) && c.id != id)
    {
        finding_block(out, child, paint, &"    ".repeat(depth));
        if depth < 4 {
            explained(out, report, child.id, paint, depth + 1);
        }
    }
}

fn finding_block(out: &mut String, f: &FindingReport, paint: &Paint, indent: &str) {
    let marker = if indent.is_empty() {
        "●"
    } else {
        "└ explained by the finding above:"
    };
    out.push_str(&format!(
        "{indent}{marker} {} {}\n",
        paint.wrap("1", &f.title),
        paint.wrap("2", &format!("[{}]", f.id))
    ));
    out.push_str(&format!("{indent}  subject: {}\n", f.subject));
    if !indent.is_empty() {
        out.push('\n');
        return;
    }
    out.push_str(&format!("{indent}  {}\n", f.cause));
    for e in &f.evidence {
        out.push_str(&format!(
            "{indent}  {} {}\n",
            paint.wrap("2", &format!("{:>5} │", e.line)),
            e.text
        ));
    }
    out.push_str(&format!("{indent}  Fix:\n"));
    for (n, step) in f.fix.iter().enumerate() {
        out.push_str(&format!("{indent}    {}. {step}\n", n + 1));
    }
    for command in &f.commands {
        out.push_str(&format!(
            "{indent}    {}\n",
            paint.wrap("32", &format!("$ {command}"))
        ));
    }
    out.push('\n');
}
