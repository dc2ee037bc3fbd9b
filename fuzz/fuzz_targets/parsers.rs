//! Every parser on text it was not chosen for. The input is a run of chunks
//! separated by `\x1e`, each a shape byte then lines; the lines of each chunk
//! go to the parser of its shape, whatever they hold (the segmenter would
//! hand a parser only text that starts like its shape), and a command chunk
//! sets the context of the chunks after it. No panic, and every input span
//! is a range of the document's lines.
#![no_main]
use kubetriage_core::input::Document;
use kubetriage_core::parse;
use kubetriage_core::recognise::Shape;
use kubetriage_core::segment::Segment;
use libfuzzer_sys::fuzz_target;

const SHAPES: [Shape; 7] = [
    Shape::Command,
    Shape::Table,
    Shape::Json,
    Shape::Describe,
    Shape::Yaml,
    Shape::HelmStatus,
    Shape::Text,
];

fuzz_target!(|data: &[u8]| {
    let mut text = String::new();
    // Each chunk's shape and its number of lines.
    let mut plan = Vec::new();
    for chunk in data.split(|&b| b == 0x1e) {
        let Some((&shape, body)) = chunk.split_first() else {
            continue;
        };
        let body = String::from_utf8_lossy(body);
        plan.push((
            SHAPES[usize::from(shape) % SHAPES.len()],
            body.lines().count(),
        ));
        text.push_str(&body);
        text.push('\n');
    }
    // Normalising may join or split lines: each chunk gets its count of the
    // document's lines, in order, as far as they go.
    let doc = Document::new(&text);
    let mut start = 0;
    let segments: Vec<Segment> = plan
        .into_iter()
        .filter_map(|(shape, count)| {
            let end = (start + count.max(1)).min(doc.len());
            let lines = start..end;
            start = end;
            (!lines.is_empty()).then_some(Segment { shape, lines })
        })
        .collect();
    let (_facts, inputs) = parse::parse(&doc, segments);
    for input in inputs {
        let [first, last] = input.lines;
        assert!(
            1 <= first && first <= last && last <= doc.len(),
            "{first}..{last} of {}",
            doc.len()
        );
    }
});
