//! Stage 1a: normalise the paste once, line by line, keeping original line numbers.
//!
//! Terminal output arrives with ANSI colour codes, `\r\n` line ends, tabs,
//! non-breaking spaces from web pages and the odd control character. Every
//! later stage reads the [`Document`] built here and never the raw text.

use std::ops::Range;

/// The normalised paste: every line, numbered as pasted.
///
/// Line `i` (0-based) is reported to users as line `i + 1`; normalisation never
/// adds or removes a line, so numbers always point into what was pasted.
/// Lines that need no change are read straight from the pasted text; only
/// the others are copied, normalised, into a buffer of their own.
#[derive(Debug, Default)]
pub struct Document<'a> {
    raw: &'a str,
    /// The normalised text of the lines that needed a change, one after another.
    changed: String,
    lines: Vec<Line>,
}

/// Where a line's normalised text is: a byte range of the paste, or of the
/// `changed` buffer (8 bytes a line: a large paste has millions).
#[derive(Debug, Clone, Copy)]
struct Line {
    start: u32,
    /// Length in bytes; the top bit tells that the text is in `changed`.
    len_and_changed: u32,
}

impl Line {
    const CHANGED: u32 = 1 << 31;

    fn new(range: Range<usize>, changed: bool) -> Line {
        // Both fit: a document is at most `Document::MAX_BYTES` long, and
        // so is its `changed` buffer.
        let (start, len) = (range.start as u32, range.len() as u32);
        Line {
            start,
            len_and_changed: if changed { len | Self::CHANGED } else { len },
        }
    }

    fn changed(self) -> bool {
        self.len_and_changed & Self::CHANGED != 0
    }

    fn range(self) -> Range<usize> {
        let start = self.start as usize;
        start..start + (self.len_and_changed & !Self::CHANGED) as usize
    }
}

impl<'a> Document<'a> {
    /// Most bytes of a paste that are read (2 GiB); the rest is left out.
    pub const MAX_BYTES: usize = (Line::CHANGED - 1) as usize;

    /// Normalises `raw`: strips ANSI escape sequences and `\r`, turns tabs,
    /// non-breaking and other exotic spaces into plain spaces, drops other
    /// control characters, and the backticks or emphasis around a line
    /// that is all Markdown inline code or emphasis. Never fails; any text
    /// is a valid document (of at most [`Document::MAX_BYTES`]).
    pub fn new(raw: &'a str) -> Document<'a> {
        let raw = &raw[..raw.floor_char_boundary(Self::MAX_BYTES)];
        let mut changed = String::new();
        let mut lines = Vec::with_capacity(raw.len() / 64);
        let mut start = 0;
        // Every line ends at a `\n` but the last, which ends the paste
        // unless it is empty.
        let ends = memchr::memchr_iter(b'\n', raw.as_bytes());
        let last_end = Some(raw.len()).filter(|&end| !raw.ends_with('\n') && end > 0);
        for end in ends.chain(last_end) {
            let text = &raw[start..end];
            // Printable ASCII needs no change, and is by far the most common line.
            let line = if is_printable_ascii(text) {
                Line::new(inside_markdown(text, start), false)
            } else {
                let from = changed.len();
                normalise_into(text, &mut changed);
                let range = inside_markdown(&changed[from..], from);
                Line::new(range, true)
            };
            lines.push(line);
            start = end + 1;
        }
        Document {
            raw,
            changed,
            lines,
        }
    }

    /// Normalises `raw` as [`Document::new`] does, in two halves split at a
    /// line end: `normalise_both(first, second)` makes a document of each
    /// (on two threads, when the caller has them), and they are joined.
    pub fn new_in_halves(
        raw: &'a str,
        normalise_both: impl FnOnce(&'a str, &'a str) -> (Document<'a>, Document<'a>),
    ) -> Document<'a> {
        let raw = &raw[..raw.floor_char_boundary(Self::MAX_BYTES)];
        let middle = raw.len() / 2;
        let split = raw.as_bytes()[middle..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(raw.len(), |at| middle + at + 1);
        let (first, second) = normalise_both(&raw[..split], &raw[split..]);
        first.followed_by(second, raw)
    }

    /// This document, of the start of `raw`, followed by `rest`, a document
    /// of the rest of it.
    fn followed_by(mut self, rest: Document<'a>, raw: &'a str) -> Document<'a> {
        let (raw_offset, changed_offset) = (self.raw.len() as u32, self.changed.len() as u32);
        self.lines.extend(rest.lines.iter().map(|&line| Line {
            start: line.start
                + if line.changed() {
                    changed_offset
                } else {
                    raw_offset
                },
            ..line
        }));
        self.changed.push_str(&rest.changed);
        self.raw = raw;
        self
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// True when the paste had no lines at all.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The normalised text of line `index` (0-based).
    pub fn line(&self, index: usize) -> &str {
        let line = self.lines[index];
        let text = if line.changed() {
            &self.changed
        } else {
            self.raw
        };
        &text[line.range()]
    }

    /// Number of characters in line `index`: its length, for a line pasted
    /// as printable ASCII (most lines); counted, for the others.
    pub fn chars_in_line(&self, index: usize) -> usize {
        let line = self.lines[index];
        if line.changed() {
            self.line(index).chars().count()
        } else {
            line.range().len()
        }
    }

    /// All lines, in order.
    pub fn lines(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.line(i))
    }
}

/// True when every byte of `text` is printable ASCII (a space to `~`).
/// Checked 16 bytes at a time without an early exit, which compiles to
/// vector instructions: most lines of most pastes are printable ASCII.
fn is_printable_ascii(text: &str) -> bool {
    let printable = |b: u8| b.wrapping_sub(b' ') <= b'~' - b' ';
    let mut chunks = text.as_bytes().chunks_exact(16);
    chunks
        .by_ref()
        .all(|chunk| chunk.iter().fold(true, |all, &b| all & printable(b)))
        && chunks.remainder().iter().all(|&b| printable(b))
}

/// The byte range of `line` (which starts at byte `start` of its buffer)
/// that holds its text: all of it but a Markdown quote's `> `, or what is
/// inside when the whole line is Markdown inline code or emphasis (rows of a
/// table pasted one `` `row` `` a line in an issue's prose, a command in
/// `**…**`, an error in `_…_`; two levels at most: `_**row**_`).
fn inside_markdown(line: &str, start: usize) -> Range<usize> {
    // A line quoted in an issue (`> Warning  Failed …`) is the line.
    let mut inside = usize::from(line.starts_with("> ")) * 2..line.len();
    for _ in 0..2 {
        let text = &line[inside.clone()];
        let marker = match text.as_bytes() {
            [b'*', b'*', ..] | [b'_', b'_', ..] => 2,
            [b'`' | b'*' | b'_', ..] => 1,
            _ => break,
        };
        if text.len() <= 2 * marker || !text.ends_with(&text[..marker]) {
            break;
        }
        let inner = &text[marker..text.len() - marker];
        let code = text.starts_with('`');
        if inner.starts_with(' ') || inner.ends_with(' ') || code && inner.contains('`') {
            break;
        }
        inside = inside.start + marker..inside.end - marker;
    }
    start + inside.start..start + inside.end
}

/// Appends the normalised form of one line (without its `\n`) to `out`.
fn normalise_into(line: &str, out: &mut String) {
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{3000}' => out.push(' '),
            '\u{200b}' | '\u{feff}' | '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

/// Skips one ANSI escape sequence whose introducing ESC was already consumed:
/// CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or `ESC \`), or a two-byte escape.
fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        }
        Some(']') => {
            chars.next();
            while let Some(c) = chars.next() {
                if c == '\u{7}' || (c == '\u{1b}' && chars.next_if_eq(&'\\').is_some()) {
                    break;
                }
            }
        }
        Some(_) => {
            chars.next();
        }
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_inline_code_loses_its_backticks() {
        let doc =
            Document::new("`web-1   0/1   Pending   0   5s`\r\n`ok`\n```\n``\n`a`b`\nsay `x`\n");
        let lines: Vec<&str> = doc.lines().collect();
        assert_eq!(
            lines,
            [
                "web-1   0/1   Pending   0   5s",
                "ok",
                "```",
                "``",
                "`a`b`",
                "say `x`"
            ]
        );
    }

    #[test]
    fn a_line_all_in_emphasis_loses_its_markers() {
        let doc = Document::new(
            "**az connectedk8s connect -n c1**\n_Error: refused_\n_**web-1 0/1 Error**_\n* item *\n***\n__init__.py\n",
        );
        let lines: Vec<&str> = doc.lines().collect();
        assert_eq!(
            lines,
            [
                "az connectedk8s connect -n c1",
                "Error: refused",
                "web-1 0/1 Error",
                "* item *",
                "***",
                "__init__.py"
            ]
        );
    }

    #[test]
    fn a_quoted_line_loses_its_quote_marker() {
        let doc = Document::new(
            "> Warning  Failed  2m  kubelet  x\n>\n>> nested\n a > b\n> `k get po`\n",
        );
        let lines: Vec<&str> = doc.lines().collect();
        assert_eq!(
            lines,
            [
                "Warning  Failed  2m  kubelet  x",
                ">",
                ">> nested",
                " a > b",
                "k get po"
            ]
        );
    }

    #[test]
    fn printable_ascii_is_told_at_every_position_and_length() {
        for len in 0..40 {
            let line = "x".repeat(len);
            assert!(is_printable_ascii(&line));
            for at in 0..len {
                for odd in ["\t", "\u{1b}", "\u{7f}", "é"] {
                    let mut other = line.clone();
                    other.replace_range(at..at + 1, odd);
                    assert!(!is_printable_ascii(&other), "{other:?}");
                }
            }
        }
    }

    #[test]
    fn strips_colour_carriage_returns_and_exotic_spaces() {
        let doc = Document::new("\u{1b}[91mERROR:\u{1b}[0m boom\r\nNAME\tREADY\u{a0}x\n");
        assert_eq!(doc.len(), 2);
        assert_eq!(doc.line(0), "ERROR: boom");
        assert_eq!(doc.line(1), "NAME READY x");
    }

    #[test]
    fn keeps_blank_lines_so_numbers_stay_true() {
        let doc = Document::new("a\n\n\nb");
        assert_eq!(doc.len(), 4);
        assert_eq!(doc.line(3), "b");
    }

    #[test]
    fn osc_hyperlinks_and_truncated_escapes_are_dropped() {
        let doc = Document::new("\u{1b}]8;;http://x\u{7}link\u{1b}]8;;\u{7} and \u{1b}[");
        assert_eq!(doc.line(0), "link and ");
    }

    #[test]
    fn a_document_made_in_halves_is_the_document_made_whole() {
        let texts = [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "no line end in the second half\n",
            "\t\u{1b}[1mx\u{1b}[0m\r\nplain\n\u{a0}é\u{200b}\n\nlast\tline",
        ];
        for text in texts.map(str::to_string).into_iter().chain([
            "row\twith tab\r\n".repeat(50),
            "ascii line\nnon-breaking\u{a0}space\n".repeat(33),
        ]) {
            let whole = Document::new(&text);
            let halves =
                Document::new_in_halves(&text, |a, b| (Document::new(a), Document::new(b)));
            let lines: Vec<&str> = halves.lines().collect();
            assert_eq!(lines, whole.lines().collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn every_line_end_ends_a_line_and_a_last_line_needs_none() {
        for (text, lines) in [
            ("", &[][..]),
            ("\n", &[""][..]),
            ("a", &["a"][..]),
            ("a\n", &["a"][..]),
            ("a\n\n", &["a", ""][..]),
            ("\r\nb\r", &["", "b"][..]),
        ] {
            let doc = Document::new(text);
            assert_eq!(doc.lines().collect::<Vec<_>>(), lines, "{text:?}");
        }
    }
}
