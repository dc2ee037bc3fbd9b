//! Stage 1b: split a paste into segments, one per command output.
//!
//! A paste is often several outputs glued together with shell prompts, blank
//! lines and prose. Segments start at prompts, table headers, JSON openings,
//! `kubectl describe` headers and `helm status` headers, and end at blank
//! lines (except inside JSON and describe output, which may contain them).

use crate::input::Document;
use crate::recognise::{self, Shape};
use std::ops::Range;

/// A run of lines that belongs to one command output (or one prompt line).
#[derive(Debug, Clone)]
pub struct Segment {
    /// The shape the segment started with; [`recognise`] refines it later.
    pub shape: Shape,
    /// 0-based line range.
    pub lines: Range<usize>,
}

/// Splits `doc` into segments. Blank lines belong to no segment.
pub fn split(doc: &Document) -> Vec<Segment> {
    let mut segments = Vec::new();
    split_each(doc, |segment| segments.push(segment));
    segments
}

/// Hands the segments of `doc` to `found` one by one, in order, as
/// [`split`] finds them (so that parsing can start before the end).
pub fn split_each(doc: &Document, mut found: impl FnMut(Segment)) {
    let mut current: Option<(Shape, usize, JsonDepth)> = None;
    let mut index = 0;
    while index < doc.len() {
        let line = doc.line(index);
        if let Some((Shape::Json, start, depth)) = current.as_mut() {
            depth.feed(line);
            if depth.closed() {
                found(Segment {
                    shape: Shape::Json,
                    lines: *start..index + 1,
                });
                current = None;
            } else if recognise::is_prompt(line) {
                found(Segment {
                    shape: Shape::Json,
                    lines: *start..index,
                });
                current = None;
                continue;
            }
            index += 1;
            continue;
        }
        let starts = recognise::starting_shape(doc, index);
        let blank = line.trim().is_empty();
        let keeps_going = match (&current, starts) {
            (_, Some(_)) => false,
            (Some((Shape::Describe, _, _)), None) => !blank || !next_is_blank(doc, index),
            (Some(_), None) => !blank,
            (None, None) => false,
        };
        if !keeps_going {
            if let Some((shape, start, _)) = current.take() {
                found(Segment {
                    shape,
                    lines: start..trim_end(doc, start, index),
                });
            }
            match starts {
                Some(Shape::Command) => {
                    let end = command_end(doc, index);
                    found(Segment {
                        shape: Shape::Command,
                        lines: index..end,
                    });
                    index = end;
                    continue;
                }
                Some(Shape::Json) => {
                    let mut depth = JsonDepth::default();
                    depth.feed(line);
                    if depth.closed() {
                        found(Segment {
                            shape: Shape::Json,
                            lines: index..index + 1,
                        });
                    } else {
                        current = Some((Shape::Json, index, depth));
                    }
                }
                Some(shape) => current = Some((shape, index, JsonDepth::default())),
                None if !blank => current = Some((Shape::Text, index, JsonDepth::default())),
                None => {}
            }
        }
        index += 1;
    }
    if let Some((shape, start, _)) = current {
        found(Segment {
            shape,
            lines: start..trim_end(doc, start, doc.len()),
        });
    }
}

fn next_is_blank(doc: &Document, index: usize) -> bool {
    index + 1 >= doc.len() || doc.line(index + 1).trim().is_empty()
}

/// Moves a segment's end back over trailing blank lines.
fn trim_end(doc: &Document, start: usize, mut end: usize) -> usize {
    while end > start + 1 && doc.line(end - 1).trim().is_empty() {
        end -= 1;
    }
    end
}

/// A prompt line ends the line after it too when it ends with `\` or a
/// PowerShell backtick (a command continued over several lines).
fn command_end(doc: &Document, start: usize) -> usize {
    let mut end = start + 1;
    let mut line = doc.line(start).trim_end();
    while (line.ends_with('\\') || line.ends_with('`')) && end < doc.len() {
        line = doc.line(end).trim_end();
        end += 1;
    }
    end
}

/// Tracks `{`/`[` nesting outside JSON strings, to find where a JSON value ends.
#[derive(Debug, Default, Clone, Copy)]
struct JsonDepth {
    depth: i64,
    opened: bool,
}

impl JsonDepth {
    fn feed(&mut self, line: &str) {
        let bytes = line.as_bytes();
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            at += 1;
            match byte {
                b'"' => {
                    // Inside a string only a quote or a backslash (which
                    // escapes the next byte) matters: jump to the next one.
                    // A string never spans lines in pretty-printed JSON; a
                    // stray quote must not swallow the rest of the paste.
                    loop {
                        match memchr::memchr2(b'"', b'\\', &bytes[at..]) {
                            None => return,
                            Some(found) if bytes[at + found] == b'\\' => at += found + 2,
                            Some(found) => {
                                at += found + 1;
                                break;
                            }
                        }
                        if at >= bytes.len() {
                            return;
                        }
                    }
                }
                b'{' | b'[' => {
                    self.depth += 1;
                    self.opened = true;
                }
                b'}' | b']' => self.depth -= 1,
                _ => {}
            }
        }
    }

    fn closed(&self) -> bool {
        self.opened && self.depth <= 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bracket depth the plain way, one byte at a time, with strings and
    /// escapes ending with their line.
    fn depth_byte_by_byte(lines: &[&str]) -> (i64, bool) {
        let (mut depth, mut opened) = (0, false);
        for line in lines {
            let (mut in_string, mut escaped) = (false, false);
            for byte in line.bytes() {
                match (in_string, escaped, byte) {
                    (true, true, _) => escaped = false,
                    (true, false, b'\\') => escaped = true,
                    (true, false, b'"') | (false, _, b'"') => in_string = !in_string,
                    (true, ..) => {}
                    (false, _, b'{' | b'[') => (depth, opened) = (depth + 1, true),
                    (false, _, b'}' | b']') => depth -= 1,
                    _ => {}
                }
            }
        }
        (depth, opened)
    }

    #[test]
    fn json_depth_counts_brackets_outside_strings_only() {
        for lines in [
            &["{\"a\": [1, {\"b\": \"}]\"}]"][..],
            &["{\"a\": \"x\\\"{\\\\\", \"b\": {"][..],
            &["\"no brackets\""][..],
            // A string never spans lines: a stray quote ends with its line.
            &["{\"open", "}"][..],
            &["{\"ends in a backslash\\", "}"][..],
            &["[\"\\", "]"][..],
            &["\\\"{", "\"\\\\\"[]"][..],
        ] {
            let mut json = JsonDepth::default();
            lines.iter().for_each(|line| json.feed(line));
            assert_eq!(
                (json.depth, json.opened),
                depth_byte_by_byte(lines),
                "{lines:?}"
            );
        }
    }

    fn shapes(text: &str) -> Vec<(Shape, Range<usize>)> {
        split(&Document::new(text))
            .into_iter()
            .map(|s| (s.shape, s.lines))
            .collect()
    }

    #[test]
    fn prompts_tables_and_json_become_separate_segments() {
        let text = "$ kubectl get pods\nNAME READY STATUS RESTARTS AGE\nweb-1 1/1 Running 0 1m\n\n$ az k8s-extension show -n x\n{\n  \"a\": {\n\n  }\n}\nsome prose\n";
        assert_eq!(
            shapes(text),
            vec![
                (Shape::Command, 0..1),
                (Shape::Table, 1..3),
                (Shape::Command, 4..5),
                (Shape::Json, 5..10),
                (Shape::Text, 10..11),
            ]
        );
    }

    #[test]
    fn truncated_json_runs_to_the_end_without_panicking() {
        assert_eq!(shapes("{\n \"a\": [\n"), vec![(Shape::Json, 0..2)]);
    }

    #[test]
    fn continued_commands_stay_one_segment() {
        assert_eq!(
            shapes("$ az k8s-extension show \\\n  --name sc-extension\nERROR: x"),
            vec![(Shape::Command, 0..2), (Shape::Text, 2..3)]
        );
    }
}
