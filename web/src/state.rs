//! The page's state and the actions that change it; no HTML here.

use kubetriage_core::report::Report;
use kubetriage_core::{diagnose_with, Lang, Options};
use std::rc::Rc;
use yew::Reducible;

/// Pastes above this size are diagnosed without being echoed into the
/// textarea, which would freeze the page.
pub const LARGE_PASTE_BYTES: usize = 2 * 1024 * 1024;

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The paste.
    pub text: Rc<str>,
    /// Where a large file came from when its text is not in the textarea.
    pub file_name: Option<String>,
    /// The last report, for `text`.
    pub report: Option<Rc<Report>>,
    /// Counts diagnoses, so tests (and screen readers) know a new one landed.
    pub run: u64,
    /// Language of the texts.
    pub lang: Lang,
    /// A short status message ("Copied", a read error…).
    pub notice: Option<String>,
}

impl Default for State {
    fn default() -> State {
        State {
            text: Rc::from(""),
            file_name: None,
            report: None,
            run: 0,
            lang: Lang::En,
            notice: None,
        }
    }
}

/// What can happen on the page.
pub enum Action {
    /// The textarea changed (diagnosis follows after a pause).
    Edit(String),
    /// A file was opened or dropped.
    Load { name: String, text: String },
    /// The debounce elapsed: diagnose the current text.
    Diagnose,
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
                next.file_name = None;
                next.notice = None;
            }
            Action::Load { name, text } => {
                next.text = Rc::from(text);
                next.file_name = Some(name);
                next.notice = None;
                next.diagnose();
            }
            Action::Diagnose => next.diagnose(),
            Action::SetLang(lang) => {
                next.lang = lang;
                if next.report.is_some() {
                    next.diagnose();
                }
            }
            Action::Notice(message) => next.notice = Some(message),
        }
        Rc::new(next)
    }
}

impl State {
    fn diagnose(&mut self) {
        self.report = (!self.text.trim().is_empty())
            .then(|| Rc::new(diagnose_with(&self.text, Options { lang: self.lang })));
        self.run += 1;
    }
}
