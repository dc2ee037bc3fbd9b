//! The paste box: a textarea that also accepts a dropped file. It is not
//! re-rendered from state on every keystroke (a 10 MB paste must not be
//! copied back into the DOM); its text is set only when a file or an
//! example is loaded.

use crate::i18n::ui;
use crate::state::{FileSource, LARGE_PASTE_BYTES};
use kubetriage_core::Lang;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Properties of [`PasteBox`].
#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    /// Language of the labels.
    pub lang: Lang,
    /// The paste, written into the textarea when `loaded` changes.
    pub text: Rc<str>,
    /// Counts loads of examples and files.
    pub loaded: u64,
    /// A large file diagnosed without being shown.
    pub file: Option<Rc<FileSource>>,
    /// Length of a large paste kept out of the textarea.
    pub hidden_length: Option<u32>,
    /// The textarea, for evidence highlighting.
    pub node: NodeRef,
    /// Typing or pasting.
    pub on_edit: Callback<String>,
    /// A dropped file.
    pub on_file: Callback<web_sys::File>,
    /// A paste too large to show: the JS string and its length.
    pub on_large_paste: Callback<(wasm_bindgen::JsValue, u32)>,
}

/// The paste box.
#[function_component(PasteBox)]
pub fn paste_box(props: &PasteBoxProps) -> Html {
    let t = ui(props.lang);
    {
        let (node, text, hidden) = (
            props.node.clone(),
            props.text.clone(),
            props.hidden_length.is_some(),
        );
        use_effect_with(props.loaded, move |_| {
            if let Some(area) = node.cast::<HtmlTextAreaElement>() {
                area.set_value(if hidden { "" } else { &text });
            }
        });
    }
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            on_edit.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let onpaste = {
        let on_large_paste = props.on_large_paste.clone();
        Callback::from(move |e: Event| {
            let Some(data) = e
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|c| c.clipboard_data())
            else {
                return;
            };
            // Read as a JS string: a large paste never crosses into wasm memory here.
            let get_data = js_sys::Reflect::get(&data, &"getData".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
            let Some(text) = get_data.and_then(|f| f.call1(&data, &"text/plain".into()).ok())
            else {
                return;
            };
            let length = text.dyn_ref::<js_sys::JsString>().map_or(0, |s| s.length());
            if length as usize > LARGE_PASTE_BYTES {
                e.prevent_default();
                on_large_paste.emit((text, length));
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: DragEvent| {
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                e.prevent_default();
                on_file.emit(file);
            }
        })
    };
    html! {
        <div class="kt-paste">
            <label for="kt-paste" class="kt-label">{t.paste_label}</label>
            if let Some(source) = &props.file {
                <p class="kt-file" role="status" data-testid="large-file">
                    {format!("{} — {} ({} MB)", t.large_file, source.name, megabytes(source.size))}
                </p>
            } else if let Some(length) = props.hidden_length {
                <p class="kt-file" role="status" data-testid="large-file">
                    {format!("{} ({} MB)", t.large_paste, megabytes(f64::from(length)))}
                </p>
            }
            <textarea
                id="kt-paste"
                data-testid="paste"
                ref={props.node.clone()}
                placeholder={t.paste_placeholder}
                spellcheck="false"
                autocomplete="off"
                {oninput}
                {onpaste}
                {ondragover}
                {ondrop}
            />
        </div>
    }
}

/// `bytes` in MiB with one decimal (`12.3`), written without float
/// formatting, which would add its tables to the page's wasm.
fn megabytes(bytes: f64) -> String {
    let tenths = (bytes / 104_857.6).round() as u64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::megabytes;

    #[test]
    fn sizes_read_in_megabytes_with_one_decimal() {
        assert_eq!(megabytes(0.0), "0.0");
        assert_eq!(megabytes(1_048_576.0 * 12.34), "12.3");
        assert_eq!(megabytes(1_048_576.0 * 99.96), "100.0");
    }
}
