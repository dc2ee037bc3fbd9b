//! kubetriage-web: the page (a Yew app) and the JS API for docs sites,
//! compiled to WebAssembly. Everything runs in the browser: no request is
//! made after the module has loaded.
//!
//! JS API (types in `pkg/kubetriage_web.d.ts`):
//! - `diagnose(text, options?)` → the same object as `kubetriage --format json`;
//! - `diagnoses(options?)` → the catalogue, as `kubetriage --list --format json`
//!   without each entry's `source` (the seed reference, left out of the wasm);
//! - `mount(element, options?)` → renders the page into `element`.

mod components;
mod examples;
mod i18n;
mod runner;
mod state;

use kubetriage_core::{diagnose_with, list, Lang, Options};
use wasm_bindgen::prelude::*;

/// The allocator of the page's wasm (one thread): Talc, in place of Rust's
/// default dlmalloc, is a few KB smaller and faster on the many small
/// allocations of a diagnosis.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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
/** One entry of the catalogue, as `kubetriage --list --format json` without `source`. */
export interface DiagnosisInfo { id: string; domain: string; severity: "error" | "warning" | "info"; title: string; }
"#;

/// Reads `{ lang }` from a JS options object; anything else means defaults.
fn options(value: &JsValue) -> Options {
    let lang = js_sys::Reflect::get(value, &JsValue::from_str("lang"))
        .ok()
        .and_then(|v| v.as_string())
        .and_then(|tag| Lang::parse(&tag))
        .unwrap_or_default();
    Options {
        lang,
        ..Options::default()
    }
}

/// Builds the JS objects of the CLI's JSON: each object in one call to a JS
/// function that writes it as a literal (cheaper in code size than a generic
/// JSON serialiser and a parse, and faster than setting keys one by one).
mod js {
    use foldhash::HashMap;
    use kubetriage_core::parse::InputSpan;
    use kubetriage_core::report::{FindingReport, ListEntry, Report};
    use kubetriage_core::rules::Severity;
    use wasm_bindgen::prelude::*;

    // Optional fields are left out when absent, as in the CLI's JSON.
    #[wasm_bindgen(
        inline_js = "export function finding(id, severity, subject, title, cause, fix, commands, evidence, sub_causes, caused_by) {
  const finding = { id, severity, subject, title, cause, fix, commands, evidence };
  if (sub_causes !== undefined) finding.sub_causes = sub_causes;
  if (caused_by !== undefined) finding.caused_by = caused_by;
  return finding;
}
export function evidence(line, text) { return { line, text }; }
export function input(kind, first, last, command) {
  const input = { kind, lines: [first, last] };
  if (command !== undefined) input.command = command;
  return input;
}
export function report(findings, inputs) { return { findings, inputs }; }
export function entry(id, domain, severity, title) { return { id, domain, severity, title }; }"
    )]
    extern "C" {
        /// A finding; `sub_causes` and `caused_by` may be `undefined`.
        #[allow(clippy::too_many_arguments)]
        fn finding(
            id: &JsValue,
            severity: &JsValue,
            subject: &JsValue,
            title: &JsValue,
            cause: &JsValue,
            fix: &JsValue,
            commands: &JsValue,
            evidence: &JsValue,
            sub_causes: &JsValue,
            caused_by: &JsValue,
        ) -> JsValue;
        /// One evidence line.
        fn evidence(line: f64, text: &JsValue) -> JsValue;
        /// One input span; `command` may be `undefined`.
        fn input(kind: &JsValue, first: f64, last: f64, command: &JsValue) -> JsValue;
        /// The whole report.
        fn report(findings: &JsValue, inputs: &JsValue) -> JsValue;
        /// One entry of the catalogue.
        fn entry(id: &JsValue, domain: &JsValue, severity: &JsValue, title: &JsValue) -> JsValue;
    }

    /// The JS strings of one result. Every distinct string (IDs, titles and
    /// fix steps that repeat from finding to finding) crosses into JS once:
    /// on a large paste, decoding each copy would take longer than the rest
    /// of the conversion. A string is interned to an index, so that several
    /// can be borrowed at once without cloning their JS references.
    #[derive(Default)]
    struct Strings<'r> {
        index: HashMap<&'r str, usize>,
        values: Vec<JsValue>,
    }

    impl<'r> Strings<'r> {
        /// The index of `text`'s JS string in `values`, made on first use.
        fn intern(&mut self, text: &'r str) -> usize {
            *self.index.entry(text).or_insert_with(|| {
                self.values.push(JsValue::from_str(text));
                self.values.len() - 1
            })
        }

        /// The JS string of `text`.
        fn get(&mut self, text: &'r str) -> &JsValue {
            let at = self.intern(text);
            &self.values[at]
        }

        fn array<S: AsRef<str>>(&mut self, items: &'r [S]) -> JsValue {
            items
                .iter()
                .map(|s| self.get(s.as_ref()).clone())
                .collect::<js_sys::Array>()
                .into()
        }

        fn finding(&mut self, f: &'r FindingReport) -> JsValue {
            let evidence: js_sys::Array = f
                .evidence
                .iter()
                .map(|e| evidence(e.line as f64, self.get(&e.text)))
                .collect();
            let (fix, commands) = (self.array(&f.fix), self.array(&f.commands));
            let sub_causes = if f.sub_causes.is_empty() {
                JsValue::UNDEFINED
            } else {
                self.array(&f.sub_causes)
            };
            let [id, severity, subject, title, cause] = [
                f.id,
                severity_name(f.severity),
                &f.subject,
                &f.title,
                &f.cause,
            ]
            .map(|text| self.intern(text));
            let caused_by = f.caused_by.map(|by| self.intern(by));
            let at = |index: usize| &self.values[index];
            finding(
                at(id),
                at(severity),
                at(subject),
                at(title),
                at(cause),
                &fix,
                &commands,
                &evidence,
                &sub_causes,
                caused_by.map_or(&JsValue::UNDEFINED, at),
            )
        }

        fn input(&mut self, i: &'r InputSpan) -> JsValue {
            let kind = self.intern(i.kind.name());
            let command = i.command.as_deref().map(|c| self.intern(c));
            let at = |index: usize| &self.values[index];
            input(
                at(kind),
                i.lines[0] as f64,
                i.lines[1] as f64,
                command.map_or(&JsValue::UNDEFINED, at),
            )
        }
    }

    /// How the CLI's JSON spells `severity`.
    fn severity_name(severity: Severity) -> &'static str {
        match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The report as the CLI's JSON object.
    pub fn report_of(result: &Report) -> JsValue {
        let mut strings = Strings::default();
        let findings: js_sys::Array = result.findings.iter().map(|f| strings.finding(f)).collect();
        let inputs: js_sys::Array = result.inputs.iter().map(|i| strings.input(i)).collect();
        report(&findings, &inputs)
    }

    /// The catalogue as `--list --format json`, without `source`.
    pub fn list(entries: &[ListEntry]) -> JsValue {
        let mut strings = Strings::default();
        entries
            .iter()
            .map(|e| {
                let [id, domain, severity, title] =
                    [e.id, e.domain, severity_name(e.severity), e.title]
                        .map(|text| strings.intern(text));
                let at = |index: usize| &strings.values[index];
                entry(at(id), at(domain), at(severity), at(title))
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
    Ok(js::report_of(&diagnose_with(
        &text,
        options(&options_value),
    )))
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
