//! Rendering in every language (texts, Markdown) on arbitrary pastes.
#![no_main]
use kubetriage_core::{diagnose_with, render, Lang, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lang = Lang::ALL[data.first().map_or(0, |b| *b as usize % Lang::ALL.len())];
    let options = Options {
        lang,
        ..Options::default()
    };
    let report = diagnose_with(&text, options);
    let markdown = render::markdown(&report, lang);
    assert!(markdown.starts_with("# "));
});
