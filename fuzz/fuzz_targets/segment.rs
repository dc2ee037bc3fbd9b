//! Normalising (whole or in halves, which must agree), segmenting and
//! parsing: segments stay inside the document, in order, and parsing never
//! fails.
#![no_main]
use kubetriage_core::{input::Document, parse, segment};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = Document::new(&text);
    let halves = Document::new_in_halves(&text, |a, b| (Document::new(a), Document::new(b)));
    assert!(halves.lines().eq(doc.lines()));
    let segments = segment::split(&doc);
    let mut last_end = 0;
    for s in &segments {
        assert!(
            s.lines.start >= last_end && s.lines.end <= doc.len() && s.lines.start < s.lines.end
        );
        last_end = s.lines.end;
    }
    let (_facts, inputs) = parse::parse(&doc, segments);
    for input in inputs {
        assert!(input.lines[0] >= 1 && input.lines[1] <= doc.len());
    }
});
