//! The lenient JSON/YAML pair reader on arbitrary text: no panic, and every
//! pair's line is one of the input's.
#![no_main]
use kubetriage_core::parse::fields;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines: Vec<(usize, &str)> = text.lines().enumerate().collect();
    for field in fields::json(&lines).into_iter().chain(fields::yaml(&lines)) {
        assert!(field.line < lines.len());
    }
});
