//! Stage 1a: normalise the paste once, line by line, keeping original line numbers.
//!
//! Terminal output arrives with ANSI colour codes, `\r\n` line ends, tabs,
//! non-breaking spaces from web pages and the odd control character. Every
//! later stage reads the [`Document`] built here and never the raw text.

use std::ops::Range;

/// The normalised paste: one string plus the byte range of every line.
///
/// Line `i` (0-based) is reported to users as line `i + 1`; normalisation never
/// adds or removes a line, so numbers always point into what was pasted.
#[derive(Debug, Default)]
pub struct Document {
    text: String,
    lines: Vec<Range<usize>>,
}

impl Document {
    /// Normalises `raw`: strips ANSI escape sequences and `\r`, turns tabs,
    /// non-breaking and other exotic spaces into plain spaces and drops other
    /// control characters. Never fails; any text is a valid document.
    pub fn new(raw: &str) -> Document {
        let mut text = String::with_capacity(raw.len());
        let mut lines = Vec::new();
        let mut start = 0;
        let mut chars = raw.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\n' => {
                    lines.push(start..text.len());
                    start = text.len();
                }
                '\u{1b}' => skip_escape(&mut chars),
                '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{3000}' => {
                    text.push(' ')
                }
                '\u{200b}' | '\u{feff}' | '\r' => {}
                c if c.is_control() => {}
                c => text.push(c),
            }
        }
        if start < text.len() || lines.is_empty() && !raw.is_empty() {
            lines.push(start..text.len());
        }
        Document { text, lines }
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
        &self.text[self.lines[index].clone()]
    }

    /// All lines, in order.
    pub fn lines(&self) -> impl Iterator<Item = &str> + '_ {
        self.lines.iter().map(|range| &self.text[range.clone()])
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
    fn empty_input_has_no_lines() {
        assert!(Document::new("").is_empty());
    }
}
