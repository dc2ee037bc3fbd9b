//! The whole pipeline on arbitrary bytes: no panic, valid JSON, evidence
//! lines inside the input.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = kubetriage_core::diagnose(&text);
    let lines = kubetriage_core::input::Document::new(&text).len();
    for finding in &report.findings {
        for evidence in &finding.evidence {
            assert!(evidence.line >= 1 && evidence.line <= lines);
        }
    }
    serde_json::to_string(&report).expect("report serialises");
});
