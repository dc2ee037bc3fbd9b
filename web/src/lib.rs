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
mod runner;
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

/// Builds JS objects field by field, with the keys of the CLI's JSON
/// (cheaper in code size than a generic JSON serialiser and a parse).
mod js {
    use kubetriage_core::parse::InputSpan;
    use kubetriage_core::report::{FindingReport, ListEntry, Report};
    use kubetriage_core::rules::Severity;
    use wasm_bindgen::JsValue;

    fn object(fields: &[(&str, JsValue)]) -> JsValue {
        let object = js_sys::Object::new();
        for (key, value) in fields {
            let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
        }
        object.into()
    }

    fn strings<S: AsRef<str>>(items: &[S]) -> JsValue {
        items
            .iter()
            .map(|s| JsValue::from_str(s.as_ref()))
            .collect::<js_sys::Array>()
            .into()
    }

    fn severity(severity: Severity) -> JsValue {
        JsValue::from_str(match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        })
    }

    fn finding(f: &FindingReport) -> JsValue {
        let evidence: js_sys::Array = f
            .evidence
            .iter()
            .map(|e| {
                object(&[
                    ("line", JsValue::from_f64(e.line as f64)),
                    ("text", JsValue::from_str(&e.text)),
                ])
            })
            .collect();
        let mut fields = vec![
            ("id", JsValue::from_str(f.id)),
            ("severity", severity(f.severity)),
            ("subject", JsValue::from_str(&f.subject)),
            ("title", JsValue::from_str(&f.title)),
            ("cause", JsValue::from_str(&f.cause)),
            ("fix", strings(&f.fix)),
            ("commands", strings(&f.commands)),
            ("evidence", evidence.into()),
        ];
        if !f.sub_causes.is_empty() {
            fields.push(("sub_causes", strings(&f.sub_causes)));
        }
        if let Some(by) = f.caused_by {
            fields.push(("caused_by", JsValue::from_str(by)));
        }
        object(&fields)
    }

    fn input(i: &InputSpan) -> JsValue {
        let lines: js_sys::Array = i
            .lines
            .iter()
            .map(|l| JsValue::from_f64(*l as f64))
            .collect();
        let mut fields = vec![
            ("kind", JsValue::from_str(i.kind.name())),
            ("lines", lines.into()),
        ];
        if let Some(command) = &i.command {
            fields.push(("command", JsValue::from_str(command)));
        }
        object(&fields)
    }

    /// The report as the CLI's JSON object.
    pub fn report(report: &Report) -> JsValue {
        let findings: js_sys::Array = report.findings.iter().map(finding).collect();
        let inputs: js_sys::Array = report.inputs.iter().map(input).collect();
        object(&[("findings", findings.into()), ("inputs", inputs.into())])
    }

    /// The catalogue as `--list --format json`.
    pub fn list(entries: &[ListEntry]) -> JsValue {
        entries
            .iter()
            .map(|e| {
                object(&[
                    ("id", JsValue::from_str(e.id)),
                    ("domain", JsValue::from_str(e.domain)),
                    ("severity", severity(e.severity)),
                    ("title", JsValue::from_str(e.title)),
                    ("source", JsValue::from_str(e.source)),
                ])
            })
            .collect::<js_sys::Array>()
            .into()
    }
}

/// Diagnoses a paste; returns the same object as the CLI's JSON output.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn diagnose(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "DiagnoseOptions | undefined")] options_value: JsValue,
) -> JsValue {
    js::report(&diagnose_with(text, options(&options_value)))
}

/// Lists every diagnosis the engine knows.
#[wasm_bindgen(unchecked_return_type = "DiagnosisInfo[]")]
pub fn diagnoses(
    #[wasm_bindgen(unchecked_param_type = "DiagnoseOptions | undefined")] options_value: JsValue,
) -> JsValue {
    js::list(&list(options(&options_value).lang))
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
