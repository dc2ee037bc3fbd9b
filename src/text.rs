//! Terminal rendering: findings grouped by severity, evidence with line
//! numbers, commands ready to copy; colour only when asked for.

use kubetriage_core::report::{FindingReport, Report};
use kubetriage_core::rules::Severity;
use kubetriage_core::texts::Labels;
use kubetriage_core::Lang;
use std::collections::HashMap;

/// Wraps text in ANSI colour codes, or not.
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

/// Renders `report` for a person at a terminal, with the labels of `lang`.
pub fn render(report: &Report, lang: Lang, colour: bool) -> String {
    let (paint, labels) = (Paint(colour), lang.labels());
    let mut out = String::new();
    if report.findings.is_empty() {
        out.push_str(if report.inputs.is_empty() {
            labels.nothing_recognised
        } else {
            labels.no_problems
        });
        out.push('\n');
    }
    // The findings each finding explains, found once for the whole report.
    let mut explained_by: HashMap<(&str, &str), Vec<&FindingReport>> = HashMap::new();
    for finding in &report.findings {
        if let Some(by) = finding.caused_by.filter(|&by| by != finding.id) {
            let subject = finding.caused_by_subject.as_deref().unwrap_or_default();
            explained_by.entry((by, subject)).or_default().push(finding);
        }
    }
    for (severity, code) in [
        (Severity::Error, "1;31"),
        (Severity::Warning, "1;33"),
        (Severity::Info, "1;36"),
    ] {
        let group: Vec<&FindingReport> = report
            .findings
            .iter()
            .filter(|f| f.severity == severity && f.caused_by.is_none())
            .collect();
        if group.is_empty() {
            continue;
        }
        let heading = format!("{} ({})", labels.groups[severity as usize], group.len());
        out.push_str(&paint.wrap(code, &heading));
        out.push_str("\n\n");
        for finding in group {
            finding_block(&mut out, finding, &paint, labels, "");
            explained(&mut out, &explained_by, finding, &paint, labels, 1);
        }
    }
    if !report.inputs.is_empty() {
        out.push_str(&paint.wrap("2", &format!("{}:", labels.read_as)));
        for input in &report.inputs {
            let span = format!(
                " {} ({} {}–{});",
                input.kind.name(),
                labels.lines,
                input.lines[0],
                input.lines[1]
            );
            out.push_str(&paint.wrap("2", &span));
        }
        out.push('\n');
    }
    out
}

/// The findings that `finding` explains, nested under it (and theirs under
/// them); `explained_by` maps an explainer's ID and subject to them.
fn explained(
    out: &mut String,
    explained_by: &HashMap<(&str, &str), Vec<&FindingReport>>,
    finding: &FindingReport,
    paint: &Paint,
    labels: &Labels,
    depth: usize,
) {
    let key = (finding.id, finding.subject.as_str());
    for child in explained_by.get(&key).into_iter().flatten() {
        finding_block(out, child, paint, labels, &"    ".repeat(depth));
        if depth < 4 {
            explained(out, explained_by, child, paint, labels, depth + 1);
        }
    }
}

/// One finding; a nested (explained) one shows only its title and subject.
fn finding_block(
    out: &mut String,
    f: &FindingReport,
    paint: &Paint,
    labels: &Labels,
    indent: &str,
) {
    let marker = if indent.is_empty() {
        "●".to_string()
    } else {
        format!("└ {}:", labels.explained_by_above)
    };
    let id = paint.wrap("2", &format!("[{}]", f.id));
    out.push_str(&format!(
        "{indent}{marker} {} {id}\n",
        paint.wrap("1", &f.title)
    ));
    out.push_str(&format!("{indent}  {}: {}\n", labels.subject, f.subject));
    if !indent.is_empty() {
        out.push('\n');
        return;
    }
    out.push_str(&format!("  {}\n", f.cause));
    for e in &f.evidence {
        out.push_str(&format!(
            "  {} {}\n",
            paint.wrap("2", &format!("{:>5} │", e.line)),
            e.text
        ));
    }
    out.push_str(&format!("  {}:\n", labels.fix));
    for (n, step) in f.fix.iter().enumerate() {
        out.push_str(&format!("    {}. {step}\n", n + 1));
    }
    for command in &f.commands {
        out.push_str(&format!(
            "    {}\n",
            paint.wrap("32", &format!("$ {command}"))
        ));
    }
    out.push('\n');
}
