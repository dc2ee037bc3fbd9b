//! Runs diagnoses off the main thread: large pastes and files go to a Web
//! Worker running the same wasm module (`pkg/kubetriage_worker.js`), so the
//! page never freezes; a newer request terminates the worker running an
//! older one. Small pastes are diagnosed in place, which is faster than a
//! round trip. Without workers (a host page's CSP may forbid them) every
//! request runs in place.

use crate::state::{Action, State, SHOWN_FINDINGS};
use kubetriage_core::report::Report;
use kubetriage_core::{diagnose_with, Lang, Options};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::UseReducerDispatcher;

/// Pastes smaller than this are diagnosed on the main thread.
const IN_PLACE_BYTES: usize = 64 * 1024;

#[wasm_bindgen(
    inline_js = "export function worker_url() { return new URL('../../kubetriage_worker.js', import.meta.url).href; }"
)]
extern "C" {
    /// The worker script, next to the module in `pkg/` (this snippet lives in `pkg/snippets/<crate>/`).
    fn worker_url() -> String;
}

/// What to diagnose.
pub enum Input {
    /// Text from the paste box.
    Text(Rc<str>),
    /// A large paste, still a JS string.
    JsText(JsValue),
    /// A file, read by the worker.
    File(web_sys::File),
}

/// The worker and its callbacks, kept alive together.
struct Live {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

/// Sends requests to the worker (or runs them in place) and dispatches reports.
#[derive(Default)]
pub struct Runner {
    live: Option<Live>,
    in_flight: Option<u64>,
    unavailable: bool,
}

impl Runner {
    /// Runs request `request`, cancelling any older one still in the worker.
    pub fn run(
        &mut self,
        request: u64,
        input: Input,
        lang: Lang,
        dispatch: UseReducerDispatcher<State>,
    ) {
        if self.in_flight.take().is_some() {
            // A newer input cancels older work: stop the worker outright.
            if let Some(live) = self.live.take() {
                live.worker.terminate();
            }
        }
        match input {
            Input::Text(text) if text.len() < IN_PLACE_BYTES || self.unavailable => {
                finish_in_place(request, &text, lang, &dispatch);
            }
            input => {
                if self.live.is_none() {
                    self.live = start(dispatch.clone());
                }
                let Some(live) = &self.live else {
                    self.unavailable = true;
                    return fallback(request, input, lang, dispatch);
                };
                let message = js_sys::Object::new();
                let set = |key: &str, value: &JsValue| {
                    js_sys::Reflect::set(&message, &key.into(), value).is_ok()
                };
                let (key, payload) = match &input {
                    Input::Text(text) => ("text", JsValue::from_str(text)),
                    Input::JsText(text) => ("text", text.clone()),
                    Input::File(file) => ("file", file.clone().into()),
                };
                let ok = set("id", &JsValue::from_f64(request as f64))
                    && set(key, &payload)
                    && set("lang", &JsValue::from_str(lang.tag()))
                    && set("limit", &JsValue::from_f64(SHOWN_FINDINGS as f64))
                    && live.worker.post_message(&message).is_ok();
                if ok {
                    self.in_flight = Some(request);
                    dispatch.dispatch(Action::Started(request));
                } else {
                    self.unavailable = true;
                    fallback(request, input, lang, dispatch);
                }
            }
        }
    }

    /// The worker answered (or failed) request `request`.
    pub fn settled(&mut self, request: u64) {
        if self.in_flight == Some(request) {
            self.in_flight = None;
        }
    }
}

/// Starts the worker; None when the browser or the host page does not allow it.
fn start(dispatch: UseReducerDispatcher<State>) -> Option<Live> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(&worker_url(), &options).ok()?;
    let on_report = dispatch.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
        let request = get("id").and_then(|v| v.as_f64()).unwrap_or(-1.0) as u64;
        let total = get("total").and_then(|v| v.as_f64()).unwrap_or(0.0) as usize;
        if let Some(report) = get("report").as_ref().and_then(js_report::report) {
            on_report.dispatch(Action::Finished {
                request,
                report: Rc::new(report),
                total,
            });
        }
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        dispatch.dispatch(Action::Notice(
            "The background worker failed; diagnosing on the page instead.".to_string(),
        ));
        dispatch.dispatch(Action::Diagnose);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Live {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// Runs a request on the main thread (files are read first).
fn fallback(request: u64, input: Input, lang: Lang, dispatch: UseReducerDispatcher<State>) {
    match input {
        Input::Text(text) => finish_in_place(request, &text, lang, &dispatch),
        Input::JsText(text) => finish_in_place(
            request,
            &text.as_string().unwrap_or_default(),
            lang,
            &dispatch,
        ),
        Input::File(file) => wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            finish_in_place(request, &text.unwrap_or_default(), lang, &dispatch);
        }),
    }
}

fn finish_in_place(request: u64, text: &str, lang: Lang, dispatch: &UseReducerDispatcher<State>) {
    let (report, total) = truncated(
        diagnose_with(
            text,
            Options {
                lang,
                ..Options::default()
            },
        ),
        SHOWN_FINDINGS,
    );
    dispatch.dispatch(Action::Finished {
        request,
        report: Rc::new(report),
        total,
    });
}

/// The report with at most `limit` findings, and how many it had.
pub fn truncated(mut report: Report, limit: usize) -> (Report, usize) {
    let total = report.findings.len();
    report.findings.truncate(limit);
    (report, total)
}

/// Reads the report object the worker posts (the JSON contract as a JS
/// object) back into the core's types, field by field: cheaper in code size
/// than a generic deserialiser, and anything malformed is simply dropped.
mod js_report {
    use kubetriage_core::parse::InputSpan;
    use kubetriage_core::recognise::InputKind;
    use kubetriage_core::report::{Evidence, FindingReport, Report};
    use kubetriage_core::rules::{self, Severity};
    use wasm_bindgen::JsValue;

    fn get(value: &JsValue, key: &str) -> JsValue {
        js_sys::Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }

    fn string(value: &JsValue, key: &str) -> Option<String> {
        get(value, key).as_string()
    }

    /// The array under `key`; empty when absent (`Array.from` would throw).
    fn array(value: &JsValue, key: &str) -> js_sys::Array {
        let found = get(value, key);
        if js_sys::Array::is_array(&found) {
            found.into()
        } else {
            js_sys::Array::new()
        }
    }

    fn strings(value: &JsValue, key: &str) -> Vec<String> {
        array(value, key)
            .iter()
            .filter_map(|v| v.as_string())
            .collect()
    }

    fn declared(id: &str) -> Option<&'static str> {
        rules::all().map(|d| d.id).find(|known| *known == id)
    }

    /// The report, or None when it is not one.
    pub fn report(value: &JsValue) -> Option<Report> {
        let findings = array(value, "findings")
            .iter()
            .map(|f| finding(&f))
            .collect::<Option<_>>()?;
        let inputs = array(value, "inputs")
            .iter()
            .filter_map(|i| input(&i))
            .collect();
        Some(Report { findings, inputs })
    }

    fn finding(value: &JsValue) -> Option<FindingReport> {
        let severity = match string(value, "severity")?.as_str() {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            _ => Severity::Info,
        };
        let evidence = array(value, "evidence")
            .iter()
            .filter_map(|e| {
                Some(Evidence {
                    line: get(&e, "line").as_f64()? as usize,
                    text: string(&e, "text")?,
                })
            })
            .collect();
        Some(FindingReport {
            id: declared(&string(value, "id")?)?,
            severity,
            subject: string(value, "subject")?,
            title: string(value, "title")?,
            cause: string(value, "cause")?,
            fix: strings(value, "fix"),
            commands: strings(value, "commands"),
            evidence,
            sub_causes: strings(value, "sub_causes"),
            caused_by: string(value, "caused_by").as_deref().and_then(declared),
            #[cfg(not(target_arch = "wasm32"))]
            caused_by_subject: None,
        })
    }

    fn input(value: &JsValue) -> Option<InputSpan> {
        let name = string(value, "kind")?;
        let kind = InputKind::ALL.iter().copied().find(|k| k.name() == name)?;
        let lines = array(value, "lines");
        let line = |i: u32| lines.get(i).as_f64().map(|n| n as usize);
        Some(InputSpan {
            kind,
            lines: [line(0)?, line(1)?],
            command: string(value, "command"),
        })
    }
}
