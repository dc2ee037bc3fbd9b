//! JSON output: pretty-printed, as `serde_json::to_writer_pretty` writes it.
//!
//! A report of a very large paste holds thousands of findings (13 000 and
//! 22 MB of JSON for the 100 MB benchmark paste); they are encoded in
//! chunks on two threads and written as they come, byte for byte as one
//! encoder would write them, without the whole JSON ever in memory.

use kubetriage_core::report::FindingReport;
use kubetriage_core::Report;
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use std::io::{self, Write};

/// Writes `value` as pretty JSON and a line end.
pub fn write<T: Serialize>(out: &mut impl Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}

/// Reports with fewer findings are encoded on one thread.
const PARALLEL_FINDINGS: usize = 1024;

/// Findings encoded at a time: about 1 MB of JSON.
const CHUNK_FINDINGS: usize = 512;

/// Writes `report` as [`write`] does, encoding a long list of findings in
/// chunks on two threads: this one encodes the even chunks, a second the
/// odd ones, a chunk or two ahead, and this one writes them in order.
pub fn write_report(out: &mut impl Write, report: &Report) -> io::Result<()> {
    if report.findings.len() < PARALLEL_FINDINGS {
        return write(out, report);
    }
    // The fields in the order `Report` declares them.
    out.write_all(b"{\n  \"findings\": [")?;
    let chunks: Vec<&[FindingReport]> = report.findings.chunks(CHUNK_FINDINGS).collect();
    std::thread::scope(|scope| {
        let (sender, odd_chunks) = std::sync::mpsc::sync_channel(2);
        let chunks = &chunks;
        scope.spawn(move || {
            for chunk in chunks.iter().skip(1).step_by(2) {
                // The receiver is gone only when writing failed.
                if sender.send(array_items(chunk, false)).is_err() {
                    break;
                }
            }
        });
        for (index, chunk) in chunks.iter().enumerate().step_by(2) {
            out.write_all(&array_items(chunk, index == 0)?)?;
            // None after the last even chunk when no odd one follows.
            if let Ok(odd) = odd_chunks.recv() {
                out.write_all(&odd?)?;
            }
        }
        io::Result::Ok(())
    })?;
    out.write_all(b"\n  ],\n  \"inputs\": ")?;
    report
        .inputs
        .serialize(&mut serde_json::Serializer::with_formatter(
            &mut *out,
            nested(1)?,
        ))?;
    out.write_all(b"\n}\n")
}

/// The items of the report's `findings` array, each after its separator,
/// as a pretty encoder writes them two levels deep; `first` when they
/// start the array.
fn array_items(items: &[FindingReport], first: bool) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(items.len() * 2048);
    for (i, item) in items.iter().enumerate() {
        bytes.extend_from_slice(if first && i == 0 {
            b"\n    "
        } else {
            b",\n    "
        });
        item.serialize(&mut serde_json::Serializer::with_formatter(
            &mut bytes,
            nested(2)?,
        ))?;
    }
    Ok(bytes)
}

/// A pretty formatter that indents as it does `depth` levels deep.
fn nested(depth: usize) -> io::Result<PrettyFormatter<'static>> {
    let mut formatter = PrettyFormatter::new();
    for _ in 0..depth {
        formatter.begin_object(&mut io::sink())?;
    }
    Ok(formatter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_report_is_written_as_one_encoder_writes_it() {
        let mut paste = String::from("NAME   READY   STATUS   RESTARTS   AGE\n");
        for i in 0..2500 {
            paste.push_str(&format!("web-{i}   0/1   CrashLoopBackOff   {i}   5m\n"));
        }
        for report in [
            kubetriage_core::diagnose(&paste),
            kubetriage_core::diagnose(""),
        ] {
            let mut ours = Vec::new();
            write_report(&mut ours, &report).expect("written");
            let mut one = serde_json::to_vec_pretty(&report).expect("encoded");
            one.push(b'\n');
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&one)
            );
        }
        let report = kubetriage_core::diagnose(&paste);
        assert!(report.findings.len() >= PARALLEL_FINDINGS);
        // More than two chunks, an odd number of them: the last is even.
        assert_eq!(report.findings.len().div_ceil(CHUNK_FINDINGS) % 2, 1);
        assert!(!report.inputs.is_empty());
    }
}
