//! kubetriage-web: the page (a Yew app) and the JS API for docs sites,
//! compiled to WebAssembly. Everything runs in the browser: no request is
//! made after the module has loaded.
//!
//! JS API (types in `pkg/kubetriage_web.d.ts`):
//! - `diagnose(text, options?)` → the same object as `kubetriage --format json`;
//! - `diagnoses(options?)` → the catalogue, as `kubetriage --list --format json`;
//! - `mount(element, options?)` → renders the page into `element`.

mod components;
mod examples;
mod i18n;
mod state;

use kubetriage_core::{diagnose_with, list, Lang, Options};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Options of `diagnose`, `diagnoses` and `mount`. */
export interface DiagnoseOptions {
  /** Language of the human texts: "en" (default), "ko", "zh-TW" or "it". */
  lang?: "en" | "ko" | "zh-TW" | "it";
}
/** One evidence line of a finding. */
export interface Evidence { line: number; text: string; }
/** One finding: a diagnosis found in the paste. */
export interface Finding {
  id: string;
  severity: "error" | "warning" | "info";
  subject: string;
  title: string;
  cause: string;
  fix: string[];
  commands: string[];
  evidence: Evidence[];
  sub_causes?: string[];
  caused_by?: string;
}
/** What part of the paste was read as what. */
export interface InputSpan { kind: string; lines: [number, number]; command?: string; }
/** The result of `diagnose`, identical to `kubetriage --format json`. */
export interface Report { findings: Finding[]; inputs: InputSpan[]; }
/** One entry of the catalogue, as `kubetriage --list --format json`. */
export interface DiagnosisInfo { id: string; domain: string; severity: "error" | "warning" | "info"; title: string; source: string; }
"#;

/// Reads `{ lang }` from a JS options object; anything else means defaults.
fn options(value: &JsValue) -> Options {
    let lang = js_sys::Reflect::get(value, &JsValue::from_str("lang"))
        .ok()
        .and_then(|v| v.as_string())
        .and_then(|tag| Lang::parse(&tag))
        .unwrap_or_default();
    Options { lang }
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let json = serde_json::to_string(value).map_err(|e| JsValue::from_str(&e.to_string()))?;
    js_sys::JSON::parse(&json)
}

/// Diagnoses a paste; returns the same object as the CLI's JSON output.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn diagnose(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "DiagnoseOptions | undefined")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    to_js(&diagnose_with(text, options(&options_value)))
}

/// Lists every diagnosis the engine knows.
#[wasm_bindgen(unchecked_return_type = "DiagnosisInfo[]")]
pub fn diagnoses(
    #[wasm_bindgen(unchecked_param_type = "DiagnoseOptions | undefined")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    to_js(&list(options(&options_value).lang))
}

/// Renders the kubetriage page into `element` (its styles are scoped to it).
#[wasm_bindgen]
pub fn mount(
    element: web_sys::Element,
    #[wasm_bindgen(unchecked_param_type = "DiagnoseOptions | undefined")] options_value: JsValue,
) {
    let props = components::app::AppProps {
        lang: options(&options_value).lang,
        explicit_lang: !options_value.is_undefined(),
    };
    yew::Renderer::<components::app::App>::with_root_and_props(element, props).render();
}
