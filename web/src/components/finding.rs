//! One finding: title, subject, cause, numbered fix steps, commands with a
//! copy button, and evidence lines that point back into the paste.

use super::toolbar::copy_text;
use crate::i18n::ui;
use kubetriage_core::report::FindingReport;
use kubetriage_core::rules::Severity;
use kubetriage_core::Lang;
use yew::prelude::*;

/// Properties of [`FindingCard`].
#[derive(Properties, PartialEq)]
pub struct FindingProps {
    /// Language of the labels.
    pub lang: Lang,
    /// The finding.
    pub finding: FindingReport,
    /// A click on an evidence line (1-based).
    pub on_evidence: Callback<usize>,
}

/// A finding card; its element carries the DOM contract's
/// `data-diagnosis-id` and `data-severity`.
#[function_component(FindingCard)]
pub fn finding_card(props: &FindingProps) -> Html {
    let t = ui(props.lang);
    let f = &props.finding;
    let notice = use_state(|| None::<String>);
    let severity = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    };
    let label = t.severities[f.severity as usize];
    let on_notice = {
        let notice = notice.clone();
        Callback::from(move |m: String| notice.set(Some(m)))
    };
    html! {
        <li class={classes!("kt-finding", format!("kt-{severity}"), f.caused_by.map(|_| "kt-linked"))}
            data-diagnosis-id={f.id} data-severity={severity}>
            <h2 class="kt-finding-title">
                <span class="kt-badge">{label}</span>{" "}{&f.title}
            </h2>
            <p class="kt-meta"><span>{t.subject}{": "}</span><code>{&f.subject}</code>{" · "}<code class="kt-id">{f.id}</code></p>
            if let Some(by) = f.caused_by {
                <p class="kt-meta">{t.explained_by}{" "}<code>{by}</code></p>
            }
            <h3>{t.cause}</h3>
            <p>{&f.cause}</p>
            <h3>{t.fix}</h3>
            <ol class="kt-steps">{ for f.fix.iter().map(|step| html! { <li>{step}</li> }) }</ol>
            if !f.commands.is_empty() {
                <ul class="kt-commands">
                    { for f.commands.iter().map(|command| {
                        let (text, on_notice) = (command.clone(), on_notice.clone());
                        let onclick = Callback::from(move |_| copy_text(text.clone(), on_notice.clone(), (t.copied, t.copy_failed)));
                        html! {
                            <li><code>{command}</code><button type="button" class="kt-copy" aria-label={format!("{} {command}", t.copy)} {onclick}>{t.copy}</button></li>
                        }
                    }) }
                </ul>
            }
            if let Some(message) = &*notice {
                <p class="kt-notice" role="status">{message}</p>
            }
            <h3>{t.evidence}</h3>
            <ul class="kt-evidence">
                { for f.evidence.iter().map(|e| {
                    let (line, on_evidence) = (e.line, props.on_evidence.clone());
                    let onclick = Callback::from(move |_| on_evidence.emit(line));
                    html! {
                        <li><button type="button" class="kt-line" title={t.show_in_paste} {onclick}>
                            <span class="kt-line-no">{e.line}</span><code>{&e.text}</code>
                        </button></li>
                    }
                }) }
            </ul>
        </li>
    }
}
