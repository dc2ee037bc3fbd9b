//! Renders a [`Report`] as Markdown, for support tickets (CLI and page),
//! and the diagnosis reference (`docs/diagnoses.md`) from the declarations.

use crate::report::Report;
use crate::rules;
use crate::texts::{self, Lang};

/// The report as Markdown, in `lang`: one section per finding, evidence in
/// code blocks.
pub fn markdown(report: &Report, lang: Lang) -> String {
    let labels = lang.labels();
    let mut out = format!("# {}\n\n", labels.report_title);
    if report.findings.is_empty() {
        out.push_str(if report.inputs.is_empty() {
            labels.nothing_recognised
        } else {
            labels.no_problems
        });
        out.push('\n');
    }
    for finding in &report.findings {
        let badge = labels.severities[finding.severity as usize].to_ascii_uppercase();
        out.push_str(&format!(
            "## {badge} `{}` — {}\n\n",
            finding.id, finding.title
        ));
        out.push_str(&format!(
            "**{}:** `{}`\n\n",
            labels.subject, finding.subject
        ));
        if let Some(by) = finding.caused_by {
            out.push_str(&format!("*{} `{by}`.*\n\n", labels.explained_by));
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
        out.push_str(&format!("\n{}:\n\n```text\n", labels.evidence));
        for evidence in &finding.evidence {
            out.push_str(&format!(
                "{:>5} | {}\n",
                evidence.line,
                evidence.text.replace("```", "ˋˋˋ")
            ));
        }
        out.push_str("```\n\n");
    }
    if !report.inputs.is_empty() {
        out.push_str(&format!("{}:\n\n", labels.read_as));
        for input in &report.inputs {
            let kind = input.kind.name();
            out.push_str(&format!(
                "- {kind}, {} {}–{}\n",
                labels.lines, input.lines[0], input.lines[1]
            ));
        }
    }
    out
}

/// The diagnosis reference in `lang`, generated from the declarations and
/// texts: one section per diagnosis, anchored by its ID (`#pod-crash-loop`).
pub fn reference(lang: Lang) -> String {
    let labels = lang.labels();
    let mut out = format!("# {}\n\n", labels.reference_title);
    out.push_str(
        "<!-- Generated from core/src/rules and core/src/texts by \
         `UPDATE_DOCS=1 cargo test --test docs`; do not edit. -->\n\n",
    );
    for diagnosis in rules::all() {
        let text = texts::get(lang, diagnosis.id);
        let anchor = diagnosis.id.replace('/', "-");
        out.push_str(&format!(
            "<a id=\"{anchor}\"></a>\n## `{}` — {}\n\n",
            diagnosis.id, text.title
        ));
        out.push_str(&format!(
            "**{}:** {}  \n**{}:** {}\n\n",
            labels.severity,
            labels.severities[diagnosis.severity as usize],
            labels.source,
            diagnosis.source
        ));
        if !diagnosis.triggers.is_empty() {
            let phrases: Vec<String> = diagnosis
                .triggers
                .iter()
                .map(|t| format!("`{t}`"))
                .collect();
            out.push_str(&format!(
                "**{}:** {}\n\n",
                labels.recognised_by,
                phrases.join(", ")
            ));
        } else {
            out.push_str(&format!(
                "**{}:** {}\n\n",
                labels.recognised_by, labels.recognised_by_facts
            ));
        }
        for line in text.cause.iter() {
            out.push_str(&format!("{}\n\n", variant_note(line)));
        }
        for (n, step) in text.fix.iter().enumerate() {
            out.push_str(&format!("{}. {}\n", n + 1, variant_note(step)));
        }
        if !text.commands.is_empty() {
            out.push_str("\n```sh\n");
            for command in text.commands.iter() {
                out.push_str(&format!("{}\n", variant_note(command)));
            }
            out.push_str("```\n");
        }
        out.push('\n');
    }
    out
}

/// `[network] text` → `*(network)* text`, for the reference.
fn variant_note(line: &str) -> String {
    match line.strip_prefix('[').and_then(|l| l.split_once("] ")) {
        Some((variant, text)) => format!("*({})* {text}", variant.replace('|', ", ")),
        None => line.to_string(),
    }
}
