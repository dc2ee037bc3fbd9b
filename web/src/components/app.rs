//! The root component: owns the state, debounces typing, and lays out the page.

use super::{paste::PasteBox, results::Results, toolbar::Toolbar};
use crate::i18n::ui;
use crate::runner::{Input, Runner};
use crate::state::{Action, FileSource, State, LARGE_FILE_BYTES};
use kubetriage_core::Lang;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::platform::{spawn_local, time::sleep};
use yew::prelude::*;

/// How long typing must pause before the paste is diagnosed.
const DEBOUNCE: Duration = Duration::from_millis(120);

/// Where the language choice is remembered (this browser only).
const LANG_KEY: &str = "kubetriage-lang";

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Language asked for by the embedding page.
    pub lang: Lang,
    /// True when the embedding page chose the language itself.
    pub explicit_lang: bool,
}

/// The whole page.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = if props.explicit_lang {
        props.lang
    } else {
        preferred_lang()
    };
    let state = use_reducer(move || State {
        lang: initial,
        ..State::default()
    });
    let textarea = use_node_ref();
    let generation = use_mut_ref(|| 0u64);
    let runner = use_mut_ref(Runner::default);
    let t = ui(state.lang);

    // Every new request runs here: in the worker or in place.
    {
        let runner = runner.clone();
        let (dispatcher, text, file, lang) = (
            state.dispatcher(),
            state.text.clone(),
            state.file.clone(),
            state.lang,
        );
        let hidden = state.hidden_text.as_ref().map(|(value, _)| value.clone());
        use_effect_with(state.request, move |&request| {
            if request > 0 {
                let input = match (file, hidden) {
                    (Some(source), _) => Input::File(source.file.clone()),
                    (None, Some(value)) => Input::JsText(value),
                    (None, None) => Input::Text(text),
                };
                runner.borrow_mut().run(request, input, lang, dispatcher);
            }
        });
    }
    // A report that landed frees the worker for the next request.
    {
        use_effect_with((state.run, state.request), move |&(_, request)| {
            runner.borrow_mut().settled(request)
        });
    }

    let on_edit = {
        let state = state.clone();
        Callback::from(move |text: String| {
            state.dispatch(Action::Edit(text));
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let (state, generation) = (state.clone(), generation.clone());
            spawn_local(async move {
                sleep(DEBOUNCE).await;
                if *generation.borrow() == mine {
                    state.dispatch(Action::Diagnose);
                }
            });
        })
    };
    let on_load = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(Action::Load(text)))
    };
    let on_file = {
        let state = state.clone();
        Callback::from(move |file: web_sys::File| {
            if file.size() > LARGE_FILE_BYTES {
                state.dispatch(Action::LoadFile(FileSource {
                    name: file.name(),
                    size: file.size(),
                    file,
                }));
            } else {
                let state = state.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let text = wasm_bindgen_futures::JsFuture::from(file.text())
                        .await
                        .ok()
                        .and_then(|v| v.as_string());
                    state.dispatch(Action::Load(text.unwrap_or_default()));
                });
            }
        })
    };
    let on_large_paste = {
        let state = state.clone();
        Callback::from(move |(text, length): (wasm_bindgen::JsValue, u32)| {
            state.dispatch(Action::LoadLarge(text, length))
        })
    };
    let on_notice = {
        let state = state.clone();
        Callback::from(move |message: String| state.dispatch(Action::Notice(message)))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let tag = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(lang) = Lang::parse(&tag) {
                remember_lang(lang);
                state.dispatch(Action::SetLang(lang));
            }
        })
    };
    let on_evidence = {
        let textarea = textarea.clone();
        let state = state.clone();
        Callback::from(move |line: usize| {
            if state.file.is_none() && state.hidden_text.is_none() {
                if let Some(area) = textarea.cast::<HtmlTextAreaElement>() {
                    select_line(&area, line);
                }
            }
        })
    };

    html! {
        <div class="kt" lang={state.lang.tag()}>
            <header class="kt-header">
                <div>
                    <h1 class="kt-title">{"kubetriage"}</h1>
                    <p class="kt-tagline">{t.tagline}</p>
                </div>
                <label class="kt-lang">
                    <span>{t.language}</span>
                    <select onchange={on_lang} data-testid="lang">
                        { for Lang::ALL.iter().map(|l| html! {
                            <option value={l.tag()} selected={*l == state.lang} lang={l.tag()}>{lang_name(*l)}</option>
                        }) }
                    </select>
                </label>
            </header>
            <p class="kt-privacy" data-testid="privacy">{t.privacy}</p>
            <div class="kt-columns">
                <section class="kt-input" aria-label={t.paste_label}>
                    <Toolbar
                        lang={state.lang}
                        report={state.report.as_ref().map(|(r, _)| r.clone())}
                        on_load={on_load}
                        on_file={on_file.clone()}
                        on_notice={on_notice}
                    />
                    <PasteBox
                        lang={state.lang}
                        text={state.text.clone()}
                        loaded={state.loaded}
                        file={state.file.clone()}
                        hidden_length={state.hidden_text.as_ref().map(|(_, length)| *length)}
                        node={textarea}
                        on_edit={on_edit}
                        on_file={on_file}
                        on_large_paste={on_large_paste}
                    />
                    if let Some(notice) = &state.notice {
                        <p class="kt-notice" role="status">{notice}</p>
                    }
                </section>
                <Results
                    lang={state.lang}
                    report={state.report.clone()}
                    run={state.run}
                    busy={state.busy}
                    on_evidence={on_evidence}
                />
            </div>
        </div>
    }
}

/// The language's own name, for the switcher.
fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Ko => "한국어",
        Lang::ZhTw => "繁體中文",
        Lang::It => "Italiano",
    }
}

/// The remembered choice, else the first of the browser's languages we speak.
fn preferred_lang() -> Lang {
    let Some(window) = web_sys::window() else {
        return Lang::En;
    };
    let remembered = window
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    if let Some(lang) = remembered.as_deref().and_then(Lang::parse) {
        return lang;
    }
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .find_map(|tag| Lang::parse(&tag))
        .unwrap_or_default()
}

fn remember_lang(lang: Lang) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(LANG_KEY, lang.tag());
    }
}

/// Selects line `line` (1-based) of the textarea and scrolls it into view.
fn select_line(area: &HtmlTextAreaElement, line: usize) {
    let value = area.value();
    let mut start = 0;
    for (index, text) in value.split('\n').enumerate() {
        // Offsets are in UTF-16 code units, as the DOM counts them.
        let units = text.encode_utf16().count() as u32;
        if index + 1 == line {
            let _ = area.focus();
            let _ = area.set_selection_range(start, start + units);
            let total = value.split('\n').count().max(1) as f64;
            area.set_scroll_top(
                ((line as f64 - 3.0).max(0.0) / total * area.scroll_height() as f64) as i32,
            );
            return;
        }
        start += units + 1;
    }
    let _ = area.unchecked_ref::<web_sys::HtmlElement>().focus();
}
