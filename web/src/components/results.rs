//! The answer: a summary, what was recognised, and the findings.

use super::finding::FindingCard;
use crate::i18n::ui;
use kubetriage_core::report::Report;
use kubetriage_core::rules::Severity;
use kubetriage_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// Language of the labels.
    pub lang: Lang,
    /// The report (at most `SHOWN_FINDINGS` findings) and the full count.
    pub report: Option<(Rc<Report>, usize)>,
    /// Diagnosis counter.
    pub run: u64,
    /// True while the worker diagnoses.
    pub busy: bool,
    /// A click on an evidence line (1-based).
    pub on_evidence: Callback<usize>,
}

/// The results column.
#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let t = ui(props.lang);
    let body = match props.report.as_ref() {
        None => html! { <p class="kt-empty">{t.empty}</p> },
        Some((report, total)) => {
            let hidden = total.saturating_sub(report.findings.len());
            let count = |s: Severity| {
                report
                    .findings
                    .iter()
                    .filter(|f| f.severity == s)
                    .count()
                    .to_string()
            };
            let summary = t
                .summary
                .replace("{errors}", &count(Severity::Error))
                .replace("{warnings}", &count(Severity::Warning))
                .replace("{notes}", &count(Severity::Info));
            let headline = if report.findings.is_empty() {
                if report.inputs.is_empty() {
                    t.nothing_recognised
                } else {
                    t.no_problems
                }
                .to_string()
            } else {
                summary
            };
            let state = if !report.findings.is_empty() {
                "findings"
            } else if report.inputs.is_empty() {
                "unrecognised"
            } else {
                "healthy"
            };
            html! {
                <>
                    <p class="kt-summary" data-testid="summary" data-state={state}>{headline}</p>
                    if !report.inputs.is_empty() {
                        <details class="kt-inputs">
                            <summary>{t.read_as}</summary>
                            <ul>
                                { for report.inputs.iter().map(|input| html! {
                                    <li data-input-kind={kind_name(input)}>
                                        {format!("{} — {} {}–{}", input.command.as_deref().unwrap_or(&kind_name(input)), t.lines, input.lines[0], input.lines[1])}
                                    </li>
                                }) }
                            </ul>
                        </details>
                    }
                    <ol class="kt-findings" data-testid="findings">
                        { for report.findings.iter().map(|finding| html! {
                            <FindingCard lang={props.lang} finding={finding.clone()} on_evidence={props.on_evidence.clone()} />
                        }) }
                    </ol>
                    if hidden > 0 {
                        <p class="kt-more" data-testid="more">{t.more_findings.replace("{n}", &hidden.to_string())}</p>
                    }
                </>
            }
        }
    };
    html! {
        <section class="kt-results" aria-live="polite" aria-busy={props.busy.to_string()} data-testid="results" data-run={props.run.to_string()}>
            if props.busy {
                <p class="kt-busy" role="status" data-testid="busy"><progress aria-label={t.diagnosing}></progress>{" "}{t.diagnosing}</p>
            }
            {body}
        </section>
    }
}

fn kind_name(input: &kubetriage_core::parse::InputSpan) -> String {
    input.kind.name().to_string()
}
