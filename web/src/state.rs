//! The page's state and the actions that change it; no HTML and no side
//! effects here (the app component runs the diagnosis a request asks for).

use kubetriage_core::report::Report;
use kubetriage_core::Lang;
use std::rc::Rc;
use yew::Reducible;

/// Files above this size are diagnosed without echoing them into the
/// textarea, which would freeze the page.
pub const LARGE_FILE_BYTES: f64 = 2.0 * 1024.0 * 1024.0;

/// Pastes above this size are kept out of the textarea for the same reason.
pub const LARGE_PASTE_BYTES: usize = 1024 * 1024;

/// Most findings the page renders; the rest are counted.
pub const SHOWN_FINDINGS: usize = 100;

/// A file diagnosed straight from disk (by the worker), never put in the textarea.
#[derive(Debug, Clone, PartialEq)]
pub struct FileSource {
    /// File name.
    pub name: String,
    /// Size in bytes.
    pub size: f64,
    /// The file, handed to the worker.
    pub file: web_sys::File,
}

/// Everything the page shows.
#[derive(Debug, Clone)]
pub struct State {
    /// The paste (empty while a large file is diagnosed from disk).
    pub text: Rc<str>,
    /// A large file diagnosed without being shown.
    pub file: Option<Rc<FileSource>>,
    /// A large paste kept out of the textarea (and out of wasm memory): the
    /// JS string, handed to the worker as it is, and its length in characters.
    pub hidden_text: Option<(wasm_bindgen::JsValue, u32)>,
    /// Language of the texts.
    pub lang: Lang,
    /// The last report, and how many findings it had before truncation.
    pub report: Option<(Rc<Report>, usize)>,
    /// Counts reports that landed, so tests and screen readers see a new one.
    pub run: u64,
    /// Counts diagnoses asked for; a report for an older request is dropped.
    pub request: u64,
    /// True while a request runs in the worker.
    pub busy: bool,
    /// Counts texts loaded from an example or a file, to refresh the textarea.
    pub loaded: u64,
    /// A short status message ("Copied", …).
    pub notice: Option<String>,
}

impl Default for State {
    fn default() -> State {
        State {
            text: Rc::from(""),
            file: None,
            hidden_text: None,
            lang: Lang::En,
            report: None,
            run: 0,
            request: 0,
            busy: false,
            loaded: 0,
            notice: None,
        }
    }
}

/// What can happen on the page.
pub enum Action {
    /// The textarea changed (a diagnosis is asked for after a pause).
    Edit(String),
    /// An example or a small file was loaded into the textarea.
    Load(String),
    /// A large file is to be diagnosed from disk.
    LoadFile(FileSource),
    /// A paste too large to show: the JS string and its length.
    LoadLarge(wasm_bindgen::JsValue, u32),
    /// The debounce elapsed: ask for a diagnosis of the current input.
    Diagnose,
    /// A diagnosis began in the worker.
    Started(u64),
    /// A report arrived for request `request`, with the untruncated count.
    Finished {
        request: u64,
        report: Rc<Report>,
        total: usize,
    },
    /// The language was switched.
    SetLang(Lang),
    /// Show a short status message.
    Notice(String),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<State>, action: Action) -> Rc<State> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(text) => {
                next.text = Rc::from(text);
                next.file = None;
                next.hidden_text = None;
                next.notice = None;
            }
            Action::LoadLarge(text, length) => {
                next.text = Rc::from("");
                next.file = None;
                next.hidden_text = Some((text, length));
                next.notice = None;
                next.loaded += 1;
                next.request += 1;
            }
            Action::Load(text) => {
                next.text = Rc::from(text);
                next.hidden_text = None;
                next.file = None;
                next.notice = None;
                next.loaded += 1;
                next.request += 1;
            }
            Action::LoadFile(file) => {
                next.text = Rc::from("");
                next.hidden_text = None;
                next.file = Some(Rc::new(file));
                next.notice = None;
                next.loaded += 1;
                next.request += 1;
            }
            Action::Diagnose => next.request += 1,
            Action::Started(request) if request == next.request => next.busy = true,
            Action::Started(_) => {}
            Action::Finished {
                request,
                report,
                total,
            } if request == next.request => {
                let empty = next.text.trim().is_empty()
                    && next.file.is_none()
                    && next.hidden_text.is_none();
                next.report = (!empty).then_some((report, total));
                next.busy = false;
                next.run += 1;
            }
            Action::Finished { .. } => {}
            Action::SetLang(lang) => {
                next.lang = lang;
                next.request += 1;
            }
            Action::Notice(message) => next.notice = Some(message),
        }
        Rc::new(next)
    }
}
