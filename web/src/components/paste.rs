//! The paste box: a textarea that also accepts a dropped file.

use crate::i18n::ui;
use crate::state::LARGE_PASTE_BYTES;
use kubetriage_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`PasteBox`].
#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    /// Language of the labels.
    pub lang: Lang,
    /// The paste.
    pub text: Rc<str>,
    /// Set when a large file was loaded without echoing it.
    pub file_name: Option<String>,
    /// The textarea, for evidence highlighting.
    pub node: NodeRef,
    /// Typing or pasting.
    pub on_edit: Callback<String>,
    /// A dropped file: (name, text).
    pub on_load: Callback<(String, String)>,
}

/// The paste box.
#[function_component(PasteBox)]
pub fn paste_box(props: &PasteBoxProps) -> Html {
    let t = ui(props.lang);
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            on_edit.emit(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let on_load = props.on_load.clone();
        Callback::from(move |e: DragEvent| {
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                e.prevent_default();
                read_file(file, on_load.clone());
            }
        })
    };
    let shown: &str = if props.file_name.is_some() && props.text.len() > LARGE_PASTE_BYTES {
        ""
    } else {
        &props.text
    };
    html! {
        <div class="kt-paste">
            <label for="kt-paste" class="kt-label">{t.paste_label}</label>
            if let (Some(name), true) = (&props.file_name, shown.is_empty() && !props.text.is_empty()) {
                <p class="kt-file" role="status">{format!("{} — {name} ({} KB)", t.large_file, props.text.len() / 1024)}</p>
            }
            <textarea
                id="kt-paste"
                data-testid="paste"
                ref={props.node.clone()}
                value={shown.to_string()}
                placeholder={t.paste_placeholder}
                spellcheck="false"
                autocomplete="off"
                {oninput}
                {ondragover}
                {ondrop}
            />
        </div>
    }
}

/// Reads `file` locally and hands its text (lossily decoded) to `on_load`.
pub fn read_file(file: web_sys::File, on_load: Callback<(String, String)>) {
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        let text = text.ok().and_then(|v| v.as_string()).unwrap_or_default();
        on_load.emit((name, text));
    });
}
