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
    use foldhash::HashMap;
    use kubetriage_core::parse::InputSpan;
    use kubetriage_core::report::{FindingReport, ListEntry, Report};
    use kubetriage_core::rules::Severity;
    use wasm_bindgen::JsValue;

    /// Makes the JS values of one result. Every distinct string (keys, IDs,
    /// titles and fix steps that repeat from finding to finding) crosses into
    /// JS once: on a large paste, decoding each copy would take longer than
    /// the rest of the conversion.
    #[derive(Default)]
    struct Builder<'r> {
        strings: HashMap<&'r str, JsValue>,
    }

    impl<'r> Builder<'r> {
        fn string(&mut self, text: &'r str) -> &JsValue {
            self.strings
                .entry(text)
                .or_insert_with(|| JsValue::from_str(text))
        }

        fn object(&mut self, fields: &[(&'r str, JsValue)]) -> JsValue {
            let object = js_sys::Object::new();
            for (key, value) in fields {
                let _ = js_sys::Reflect::set(&object, self.string(key), value);
            }
            object.into()
        }

        fn strings<S: AsRef<str>>(&mut self, items: &'r [S]) -> JsValue {
            items
                .iter()
                .map(|s| self.string(s.as_ref()).clone())
                .collect::<js_sys::Array>()
                .into()
        }

        fn severity(&mut self, severity: Severity) -> JsValue {
            self.string(match severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "info",
            })
            .clone()
        }

        fn finding(&mut self, f: &'r FindingReport) -> JsValue {
            let evidence: js_sys::Array = f
                .evidence
                .iter()
                .map(|e| {
                    let text = self.string(&e.text).clone();
                    self.object(&[("line", JsValue::from_f64(e.line as f64)), ("text", text)])
                })
                .collect();
            let mut fields = vec![
                ("id", self.string(f.id).clone()),
                ("severity", self.severity(f.severity)),
                ("subject", self.string(&f.subject).clone()),
                ("title", self.string(&f.title).clone()),
                ("cause", self.string(&f.cause).clone()),
                ("fix", self.strings(&f.fix)),
                ("commands", self.strings(&f.commands)),
                ("evidence", evidence.into()),
            ];
            if !f.sub_causes.is_empty() {
                fields.push(("sub_causes", self.strings(&f.sub_causes)));
            }
            if let Some(by) = f.caused_by {
                fields.push(("caused_by", self.string(by).clone()));
            }
            self.object(&fields)
        }

        fn input(&mut self, i: &'r InputSpan) -> JsValue {
            let lines: js_sys::Array = i
                .lines
                .iter()
                .map(|l| JsValue::from_f64(*l as f64))
                .collect();
            let mut fields = vec![
                ("kind", self.string(i.kind.name()).clone()),
                ("lines", lines.into()),
            ];
            if let Some(command) = &i.command {
                fields.push(("command", self.string(command).clone()));
            }
            self.object(&fields)
        }
    }

    /// The report as the CLI's JSON object.
    pub fn report(report: &Report) -> JsValue {
        let mut builder = Builder::default();
        let findings: js_sys::Array = report.findings.iter().map(|f| builder.finding(f)).collect();
        let inputs: js_sys::Array = report.inputs.iter().map(|i| builder.input(i)).collect();
        builder.object(&[("findings", findings.into()), ("inputs", inputs.into())])
    }

    /// The catalogue as `--list --format json`.
    pub fn list(entries: &[ListEntry]) -> JsValue {
        let mut builder = Builder::default();
        entries
            .iter()
            .map(|e| {
                let fields = [
                    ("id", builder.string(e.id).clone()),
                    ("domain", builder.string(e.domain).clone()),
                    ("severity", builder.severity(e.severity)),
                    ("title", builder.string(e.title).clone()),
                    ("source", builder.string(e.source).clone()),
                ];
                builder.object(&fields)
            })
            .collect::<js_sys::Array>()
            .into()
    }
}

/// Diagnoses a paste; returns the same object as the CLI's JSON output.
/// Throws a `TypeError` when `text` is not a string.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn diagnose(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DiagnoseOptions | undefined")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    let text = utf8::of(&text).ok_or_else(|| {
        JsValue::from(js_sys::TypeError::new(
            "kubetriage diagnose(text): text must be a string",
        ))
    })?;
    Ok(js::report(&diagnose_with(&text, options(&options_value))))
}

/// Copies a JS string into wasm memory as UTF-8 with one `encodeInto`.
///
/// wasm-bindgen's own conversion of a `&str` argument copies characters one
/// by one while they are ASCII; at the first other character it slices the
/// rest of the string and encodes it into room for three bytes a character.
/// On a 10 MB paste with an accented letter near its start, that took half
/// as long again as encoding the whole string at once, and a dropped 100 MB
/// file briefly needed 300 MB of wasm memory.
mod utf8 {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = "const encoder = new TextEncoder();
export function encode_into(text, memory, at, capacity) {
  const { read, written } = encoder.encodeInto(text, new Uint8Array(memory.buffer, at, capacity));
  return read === text.length ? written : -1;
}")]
    extern "C" {
        /// Encodes `text` into `capacity` bytes of `memory` at `at`; returns
        /// the bytes written, or -1 when they were too few for all of it.
        fn encode_into(text: &JsValue, memory: &JsValue, at: *mut u8, capacity: usize) -> f64;
    }

    /// `text` as UTF-8 (lone surrogates become U+FFFD), or `None` when it is
    /// not a string.
    pub fn of(text: &JsValue) -> Option<String> {
        let units = text.dyn_ref::<js_sys::JsString>()?.length() as usize;
        // Pastes are mostly ASCII: first try room for an eighth of the
        // characters taking two bytes; any string fits in three bytes a
        // UTF-16 unit.
        let bytes = encoded(text, units + units / 8 + 16)
            .or_else(|| encoded(text, units * 3))
            .unwrap_or_default();
        // `encodeInto` writes well-formed UTF-8; the check is cheap.
        Some(
            String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        )
    }

    /// `text` encoded into a buffer of `capacity` bytes, if they are enough.
    fn encoded(text: &JsValue, capacity: usize) -> Option<Vec<u8>> {
        let mut bytes = vec![0u8; capacity];
        let written = encode_into(text, &wasm_bindgen::memory(), bytes.as_mut_ptr(), capacity);
        (written >= 0.0).then(|| {
            bytes.truncate(written as usize);
            bytes
        })
    }
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
