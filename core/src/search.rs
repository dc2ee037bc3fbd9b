//! The one-pass prefilter: every rule's trigger phrases are found in a single
//! Aho-Corasick scan over a whitespace-collapsed copy of the document.
//!
//! Lines are joined with one space, so a message that a terminal or a web page
//! wrapped over several lines still matches its phrase; every match maps back
//! to the original line numbers it spans.

use crate::input::Document;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::collections::HashMap;
use std::ops::Range;

/// The document as one searchable string: lines trimmed, inner runs of
/// whitespace collapsed to one space, lines joined by one space.
#[derive(Debug)]
pub struct Joined {
    text: String,
    /// Byte offset in `text` where each line starts.
    starts: Vec<usize>,
}

impl Joined {
    /// Builds the joined text of `doc`.
    pub fn new(doc: &Document) -> Joined {
        let mut text = String::with_capacity(doc.lines().map(|l| l.len() + 1).sum());
        let mut starts = Vec::with_capacity(doc.len());
        for line in doc.lines() {
            starts.push(text.len());
            for word in line.split_ascii_whitespace() {
                text.push_str(word);
                text.push(' ');
            }
            if is_hard_wrapped(line) {
                // The terminal cut a word at its right margin: glue it back.
                text.pop();
            }
        }
        Joined { text, starts }
    }

    /// The joined text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The 0-based line holding byte `offset` of the joined text.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The 0-based lines a byte range of the joined text spans.
    pub fn lines_of(&self, range: Range<usize>) -> Range<usize> {
        let first = self.line_of(range.start);
        let last = self.line_of(range.end.saturating_sub(1).max(range.start));
        first..last + 1
    }

    /// Byte range of the joined text that belongs to lines `lines`.
    pub fn span_of_lines(&self, lines: Range<usize>) -> Range<usize> {
        let start = self
            .starts
            .get(lines.start)
            .copied()
            .unwrap_or(self.text.len());
        let end = self
            .starts
            .get(lines.end)
            .copied()
            .unwrap_or(self.text.len());
        start..end.max(start)
    }
}

/// True for a line that a terminal wrapped at a usual width in the middle of
/// a word: exactly 80, 100, 120, 132 or 160 characters, not ending in a space.
fn is_hard_wrapped(line: &str) -> bool {
    line.len() <= 640
        && !line.ends_with(' ')
        && [80, 100, 120, 132, 160].contains(&line.chars().count())
}

/// Where a trigger phrase matched: its byte range in the joined text and the
/// lines it spans.
#[derive(Debug, Clone)]
pub struct Hit {
    /// Index of the phrase in the list the [`Prefilter`] was built from.
    pub phrase: usize,
    /// Byte range in the joined text.
    pub span: Range<usize>,
    /// 0-based lines the match covers (more than one when the text was wrapped).
    pub lines: Range<usize>,
}

/// An automaton finding the literal `patterns` (ASCII case-insensitively
/// when `ignore_case`), overlapping matches allowed. Every automaton of the
/// engine is built here, with one pattern type, so that the page's wasm holds
/// one copy of the compiler. `None` only for a pattern set too large to compile.
pub fn literals(
    patterns: &[&str],
    ignore_case: bool,
    kind: Option<AhoCorasickKind>,
) -> Option<AhoCorasick> {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(ignore_case)
        .match_kind(MatchKind::Standard)
        .kind(kind)
        .build(patterns)
        .ok()
}

/// All trigger and context phrases of all rules, compiled once into one
/// automaton.
#[derive(Debug)]
pub struct Prefilter {
    automaton: AhoCorasick,
    /// Lower-cased phrase → its index.
    index: HashMap<String, usize>,
}

/// What one scan found.
#[derive(Debug)]
pub struct Scan {
    /// Every match of every phrase, in text order.
    pub hits: Vec<Hit>,
    /// For every phrase, the index of its first hit (`NONE` if it never occurs).
    first: Vec<usize>,
    /// For every hit, the index of the next hit of the same phrase (`NONE` ends the chain).
    next: Vec<usize>,
}

impl Scan {
    const NONE: usize = usize::MAX;

    /// Chains the hits of each of `phrases` phrases, so that reading one
    /// phrase's hits costs only as many steps as it has hits.
    fn new(hits: Vec<Hit>, phrases: usize) -> Scan {
        let mut first = vec![Self::NONE; phrases];
        let mut next = vec![Self::NONE; hits.len()];
        for (index, hit) in hits.iter().enumerate().rev() {
            next[index] = first[hit.phrase];
            first[hit.phrase] = index;
        }
        Scan { hits, first, next }
    }

    /// True when phrase `phrase` occurs at all.
    pub fn seen(&self, phrase: usize) -> bool {
        self.first.get(phrase).is_some_and(|&i| i != Self::NONE)
    }

    /// The hits of phrase `phrase`, in text order.
    pub fn hits_of(&self, phrase: usize) -> impl Iterator<Item = &Hit> + '_ {
        let mut at = self.first.get(phrase).copied().unwrap_or(Self::NONE);
        std::iter::from_fn(move || {
            let hit = self.hits.get(at)?;
            at = self.next[at];
            Some(hit)
        })
    }
}

impl Prefilter {
    /// Compiles the phrases (matched ASCII-case-insensitively, overlapping
    /// matches allowed so that one phrase never hides another). Duplicates,
    /// in any case, become one phrase, numbered by its first occurrence.
    pub fn new<'p>(phrases: impl IntoIterator<Item = &'p str>) -> Prefilter {
        let mut distinct: Vec<String> = Vec::new();
        let mut index = HashMap::new();
        for phrase in phrases {
            let phrase = phrase.to_ascii_lowercase();
            if !index.contains_key(&phrase) {
                index.insert(phrase.clone(), distinct.len());
                distinct.push(phrase);
            }
        }
        let refs: Vec<&str> = distinct.iter().map(String::as_str).collect();
        // A full DFA: one table lookup per byte, the fastest scan.
        let automaton = literals(&refs, true, Some(AhoCorasickKind::DFA))
            .expect("trigger phrases are plain literals");
        Prefilter { automaton, index }
    }

    /// The index of `phrase` (any case), if it was compiled.
    pub fn index_of(&self, phrase: &str) -> Option<usize> {
        self.index.get(&phrase.to_ascii_lowercase()).copied()
    }

    /// Finds every occurrence of every phrase, in one pass.
    pub fn scan(&self, joined: &Joined) -> Scan {
        let hits = self
            .automaton
            .find_overlapping_iter(joined.text())
            .map(|m| Hit {
                phrase: m.pattern().as_usize(),
                span: m.range(),
                lines: joined.lines_of(m.range()),
            })
            .collect();
        Scan::new(hits, self.index.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_phrase_matches_and_maps_to_both_lines() {
        let doc = Document::new("x\nUPGRADE Failed: time out waiting\n   for the   condition\n");
        let joined = Joined::new(&doc);
        let hits = Prefilter::new(["time out waiting for the condition"])
            .scan(&joined)
            .hits;
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].lines, 1..3);
    }

    #[test]
    fn words_cut_at_the_terminal_margin_are_glued_back() {
        let first = format!("{}taint {{node.k", "x".repeat(67));
        let text = format!("{first}\nubernetes.io/unreachable: }}\n");
        let doc = Document::new(&text);
        assert_eq!(first.len(), 80);
        assert!(Joined::new(&doc)
            .text()
            .contains("{node.kubernetes.io/unreachable: }"));
    }

    #[test]
    fn matching_ignores_ascii_case() {
        let doc = Document::new("pod is in crashloopbackoff");
        let hits = Prefilter::new(["CrashLoopBackOff"])
            .scan(&Joined::new(&doc))
            .hits;
        assert_eq!(hits.len(), 1);
    }
}
