//! JSON output: pretty-printed, as `serde_json::to_writer_pretty` writes it.
//!
//! A report of a very large paste holds thousands of findings (13 000 and
//! 22 MB of JSON for the 100 MB benchmark paste); they are encoded in two
//! halves at once, byte for byte as one encoder would write them.

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

/// Writes `report` as [`write`] does, encoding a long list of findings in
/// two halves on two threads.
pub fn write_report(out: &mut impl Write, report: &Report) -> io::Result<()> {
    if report.findings.len() < PARALLEL_FINDINGS {
        return write(out, report);
    }
    let (first, second) = report.findings.split_at(report.findings.len() / 2);
    let (first, second) = std::thread::scope(|scope| {
        let second = scope.spawn(|| array_items(second, false));
        let first = array_items(first, true);
        let second = second
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (first, second)
    });
    // The fields in the order `Report` declares them.
    out.write_all(b"{\n  \"findings\": [")?;
    out.write_all(&first?)?;
    out.write_all(&second?)?;
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
    let mut bytes = Vec::with_capacity(items.len() * 1536);
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
        for i in 0..1500 {
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
        assert!(!report.inputs.is_empty());
    }
}
