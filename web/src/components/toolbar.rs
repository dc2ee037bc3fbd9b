//! Above the paste box: example pastes, open a file, copy the report.

use crate::examples::EXAMPLES;
use crate::i18n::ui;
use kubetriage_core::report::Report;
use kubetriage_core::{render, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// Language of the labels.
    pub lang: Lang,
    /// The current report, for "copy as Markdown".
    pub report: Option<Rc<Report>>,
    /// An example's text.
    pub on_load: Callback<String>,
    /// An opened file.
    pub on_file: Callback<web_sys::File>,
    /// A status message.
    pub on_notice: Callback<String>,
}

/// The toolbar.
#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let t = ui(props.lang);
    let lang = props.lang;
    let on_file = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_file.emit(file);
            }
            input.set_value("");
        })
    };
    let on_copy = {
        let report = props.report.clone();
        let on_notice = props.on_notice.clone();
        Callback::from(move |_| {
            if let Some(report) = &report {
                copy_text(
                    render::markdown(report, lang),
                    on_notice.clone(),
                    props_copied(t),
                );
            }
        })
    };
    html! {
        <div class="kt-toolbar">
            <span class="kt-label">{t.examples}</span>
            { for EXAMPLES.iter().zip(t.example_names).map(|(example, name)| {
                let on_load = props.on_load.clone();
                let onclick = Callback::from(move |_| on_load.emit(example.text.to_string()));
                html! { <button type="button" class="kt-button" data-example={example.label} {onclick}>{name}</button> }
            }) }
            <label class="kt-button kt-file-button">
                {t.open_file}
                <input type="file" class="kt-visually-hidden" data-testid="file" onchange={on_file} />
            </label>
            <button type="button" class="kt-button" data-testid="copy-report" disabled={props.report.is_none()} onclick={on_copy}>
                {t.copy_report}
            </button>
        </div>
    }
}

fn props_copied(t: &'static crate::i18n::Ui) -> (&'static str, &'static str) {
    (t.copied, t.copy_failed)
}

/// Writes `text` to the clipboard and reports the outcome.
pub fn copy_text(
    text: String,
    on_notice: Callback<String>,
    (done, failed): (&'static str, &'static str),
) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        on_notice.emit(if ok { done } else { failed }.to_string());
    });
}
