//! Criterion micro-benchmarks of the pipeline's stages, so that a regression
//! shows where it is: normalise, segment, recognise, parse, search (joined
//! text + prefilter scan) and the whole diagnosis, on about 1 MB made of every
//! fixture paste (real command output) one after another.
//!
//! `prefilter_patterns` joins and scans the same text with the real phrase
//! list and with two and four times as many phrases: the time must stay flat.
//!
//! Run: `cargo bench -p kubetriage-core --bench stages`.

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use kubetriage_core::input::Document;
use kubetriage_core::search::Prefilter;
use kubetriage_core::{diagnose, parse, recognise, report, segment};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Size of the benchmark paste.
const TARGET_BYTES: usize = 1 << 20;

/// Every fixture paste, repeated until the text reaches [`TARGET_BYTES`].
fn corpus() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let mut files = Vec::new();
    collect_txt(&root, &mut files);
    files.sort();
    let pastes: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    assert!(!pastes.is_empty(), "no fixtures under {}", root.display());
    let mut text = String::with_capacity(TARGET_BYTES + 64 * 1024);
    while text.len() < TARGET_BYTES {
        for paste in &pastes {
            text.push_str(paste);
            text.push_str("\n\n");
        }
    }
    text
}

fn collect_txt(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for path in entries.flatten().map(|e| e.path()) {
        if path.is_dir() {
            collect_txt(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

fn stages(c: &mut Criterion) {
    let text = corpus();
    let doc = Document::new(&text);
    let segments = segment::split(&doc);
    let prefilter = Prefilter::new(report::trigger_phrases());

    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("normalise", |b| b.iter(|| Document::new(black_box(&text))));
    group.bench_function("segment", |b| b.iter(|| segment::split(black_box(&doc))));
    group.bench_function("recognise", |b| {
        b.iter(|| {
            (0..doc.len())
                .filter(|&i| recognise::starting_shape(black_box(&doc), i).is_some())
                .count()
        })
    });
    group.bench_function("parse", |b| {
        b.iter_batched(
            || segments.clone(),
            |segments| parse::parse(black_box(&doc), segments),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("search", |b| {
        b.iter(|| prefilter.scan(black_box(&doc)).1.hits.len())
    });
    group.bench_function("diagnose", |b| b.iter(|| diagnose(black_box(&text))));
    group.finish();

    // Doubling the phrases must not double the scan: one automaton, one pass.
    // Each timed scan runs beside one scan of each other phrase set, in
    // turn, so that the host's drift (a quarter from minute to minute)
    // weighs on the three sets alike; only the set's own scan is counted.
    let phrases = report::trigger_phrases();
    let prefilters: Vec<(usize, Prefilter)> = [1, 2, 4]
        .into_iter()
        .map(|factor| {
            let many = multiplied(&phrases, factor);
            (many.len(), Prefilter::new(many.iter().map(String::as_str)))
        })
        .collect();
    let mut group = c.benchmark_group("prefilter_patterns");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    for (measured, (count, _)) in prefilters.iter().enumerate() {
        group.bench_with_input(BenchmarkId::from_parameter(count), &doc, |b, doc| {
            b.iter_custom(|iterations| {
                let mut counted = Duration::ZERO;
                for _ in 0..iterations {
                    for (index, (_, prefilter)) in prefilters.iter().enumerate() {
                        let start = Instant::now();
                        black_box(prefilter.scan(black_box(doc)).1.hits.len());
                        if index == measured {
                            counted += start.elapsed();
                        }
                    }
                }
                counted
            })
        });
    }
    group.finish();
}

/// `phrases` plus `factor - 1` variants of each that a paste never holds
/// (the phrase with a numbered suffix), as more declared rules would add.
fn multiplied(phrases: &[&str], factor: usize) -> Vec<String> {
    (0..factor)
        .flat_map(|k| {
            phrases.iter().map(move |p| match k {
                0 => p.to_string(),
                _ => format!("{p} \u{1}{k}"),
            })
        })
        .collect()
}

criterion_group!(benches, stages);
criterion_main!(benches);
