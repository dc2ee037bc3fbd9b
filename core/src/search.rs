//! The one-pass prefilter: every rule's trigger phrases are found in a single
//! Aho-Corasick scan over a whitespace-collapsed form of the document.
//!
//! Lines are joined with one space, so a message that a terminal or a web page
//! wrapped over several lines still matches its phrase; every match maps back
//! to the original line numbers it spans. The joined text is never held
//! whole: the scan reads it in chunks as it is generated, and checks get the
//! few bytes around a hit generated again (see [`Joined::text`]).

use crate::input::Document;
use aho_corasick::automaton::Automaton;
use aho_corasick::{dfa, Input, Match, MatchKind};
use std::collections::HashMap;
use std::ops::Range;

/// The document as one searchable text, described but not stored: lines
/// trimmed, inner runs of whitespace collapsed to one space, lines joined by
/// one space. Offsets in this text are what [`Hit::span`] holds.
#[derive(Debug)]
pub struct Joined<'d> {
    doc: &'d Document<'d>,
    /// Offset in the joined text where each line starts (a document is at
    /// most 2 GiB, and its joined text one byte longer).
    starts: Vec<u32>,
    /// Places where the text can be generated from inside a long line, one
    /// every [`Joined::CHECKPOINT_BYTES`] or so of it, in text order.
    checkpoints: Vec<Checkpoint>,
    /// Length of the joined text.
    len: usize,
}

/// A place in the joined text and where it comes from in the document.
#[derive(Debug, Clone, Copy)]
struct Checkpoint {
    /// Offset in the joined text.
    offset: usize,
    /// 0-based line.
    line: usize,
    /// Byte in the line: the start of a word or a character inside one.
    byte: usize,
    /// True when the joined text at `offset` is the space before the word
    /// at `byte` (the checkpoint skips a long run of whitespace).
    space_first: bool,
}

/// One piece of a line's joined text, as [`line_pieces`] hands it out.
enum Piece<'t> {
    /// Text of a word (all of it or a part) from byte `byte` of the line.
    Word { byte: usize, text: &'t str },
    /// The space after a word.
    Space,
}

/// Hands the pieces of the joined text of `line` to `emit`, from byte `from`
/// on (the start of a word or a character inside one), until `emit` returns
/// false. Words come in parts of at most [`Joined::CHECKPOINT_BYTES`], so
/// that a checkpoint can fall inside one. When `glued` (the line is
/// [hard-wrapped](is_hard_wrapped)), no space follows the last word. False
/// when `emit` stopped it.
fn line_pieces(line: &str, glued: bool, from: usize, emit: &mut dyn FnMut(Piece) -> bool) -> bool {
    let rest_of_line = line.get(from..).unwrap_or_default();
    let mut words = rest_of_line.split_ascii_whitespace().peekable();
    while let Some(word) = words.next() {
        // Words are sub-slices of the line: their byte in the line is
        // their distance from its start.
        let mut byte = word.as_ptr() as usize - line.as_ptr() as usize;
        let mut rest = word;
        while !rest.is_empty() {
            // Nearly every word is one part; a longer one is cut at a
            // character boundary (at most 3 bytes early).
            let (text, tail) = rest.split_at(rest.floor_char_boundary(Joined::CHECKPOINT_BYTES));
            if !emit(Piece::Word { byte, text }) {
                return false;
            }
            byte += text.len();
            rest = tail;
        }
        if glued && words.peek().is_none() {
            break;
        }
        if !emit(Piece::Space) {
            return false;
        }
    }
    true
}

/// Appends the joined text of `line` to `out`: the bytes [`line_pieces`]
/// hands out from its start, copied in one pass.
fn push_short_line(line: &str, glued: bool, out: &mut Vec<u8>) {
    let bytes = line.as_bytes().trim_ascii_end();
    let start = out.len();
    out.resize(start + bytes.len() + 1, 0);
    let written = &mut out[start..];
    // Every byte is written where the text has got to; it stays when it is
    // part of a word or the first whitespace after one (written as a space).
    let (mut len, mut after_space) = (0, true);
    for &byte in bytes {
        let space = byte.is_ascii_whitespace();
        written[len] = if space { b' ' } else { byte };
        len += usize::from(!space || !after_space);
        after_space = space;
    }
    if len > 0 && !glued {
        written[len] = b' ';
        len += 1;
    }
    out.truncate(start + len);
}

/// The joined text gathered for [`Joined::reading`]'s `read`, and where it
/// is in the whole.
struct Chunk<R> {
    /// The bytes: the overlap kept from the chunk before, then new ones.
    bytes: Vec<u8>,
    /// Offset of `bytes` in the joined text.
    offset: usize,
    /// Where the new bytes start in `bytes`.
    fresh: usize,
    /// New bytes to gather before handing a chunk over.
    size: usize,
    /// Bytes of a chunk that the next one repeats.
    overlap: usize,
    read: R,
}

impl<R: FnMut(&[u8], usize, usize)> Chunk<R> {
    /// Hands the chunk over once it is full, keeping its last bytes for
    /// the next one; `len` is the length of the joined text so far.
    fn hand_over_if_full(&mut self, len: usize) {
        if self.bytes.len() >= self.size + self.overlap {
            (self.read)(&self.bytes, self.offset, self.fresh);
            let keep = self.overlap.min(self.bytes.len());
            self.bytes.drain(..self.bytes.len() - keep);
            self.offset = len - keep;
            self.fresh = keep;
        }
    }

    /// Hands over the last chunk, if it has new bytes.
    fn hand_over_rest(mut self) {
        if self.bytes.len() > self.fresh {
            (self.read)(&self.bytes, self.offset, self.fresh);
        }
    }
}

impl<'d> Joined<'d> {
    /// Bytes of joined text, or of the line, between checkpoints: about the
    /// most a read around a hit goes through before the bytes it asks for.
    const CHECKPOINT_BYTES: usize = 1024;

    /// True for a line too short to hold a checkpoint: its joined text is
    /// generated whole, in one pass ([`push_short_line`]), by the scan and
    /// by every read alike.
    fn is_short(line: &str) -> bool {
        line.len() < Self::CHECKPOINT_BYTES
    }

    /// Describes the joined text of `doc`, handing the text to `read` in
    /// order as it goes: `read(chunk, offset, fresh)` gets chunks of about
    /// `chunk_bytes`, where `chunk` starts at `offset` of the joined text and
    /// repeats the last `overlap` bytes of the chunk before it, so that a
    /// match across two chunks is whole in one; its new bytes start at `fresh`.
    pub fn reading(
        doc: &'d Document<'d>,
        chunk_bytes: usize,
        overlap: usize,
        read: impl FnMut(&[u8], usize, usize),
    ) -> Joined<'d> {
        let mut starts = Vec::with_capacity(doc.len());
        let mut checkpoints = Vec::new();
        let mut chunk = Chunk {
            bytes: Vec::with_capacity(chunk_bytes + Self::CHECKPOINT_BYTES + overlap),
            offset: 0,
            fresh: 0,
            size: chunk_bytes,
            overlap,
            read,
        };
        let mut len = 0;
        for line in 0..doc.len() {
            starts.push(len as u32);
            let text = doc.line(line);
            let glued = is_hard_wrapped(doc, line);
            // A read can always start at its line's start: only long lines
            // need checkpoints, and the rest are copied in one pass.
            if Self::is_short(text) {
                let before = chunk.bytes.len();
                push_short_line(text, glued, &mut chunk.bytes);
                len += chunk.bytes.len() - before;
                chunk.hand_over_if_full(len);
                continue;
            }
            let mut next_checkpoint = len + Self::CHECKPOINT_BYTES;
            // Where the last piece of this line ended, in the line.
            let mut read_to = 0;
            line_pieces(text, glued, 0, &mut |piece| {
                let text = match piece {
                    Piece::Word { byte, text } => {
                        // After a long run of whitespace, or every few KB of
                        // text, a place to generate the text from again.
                        let gap = byte - read_to >= Self::CHECKPOINT_BYTES;
                        if gap || len >= next_checkpoint {
                            let space_first = gap && byte > read_to && read_to > 0;
                            checkpoints.push(Checkpoint {
                                offset: len - usize::from(space_first),
                                line,
                                byte,
                                space_first,
                            });
                            next_checkpoint = len + Self::CHECKPOINT_BYTES;
                        }
                        read_to = byte + text.len();
                        text
                    }
                    Piece::Space => " ",
                };
                chunk.bytes.extend_from_slice(text.as_bytes());
                len += text.len();
                chunk.hand_over_if_full(len);
                true
            });
        }
        chunk.hand_over_rest();
        Joined {
            doc,
            starts,
            checkpoints,
            len,
        }
    }

    /// Length of the joined text.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the joined text is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The joined text of `range`, generated from the document; a character
    /// that `range` cuts is left out.
    pub fn text(&self, range: Range<usize>) -> String {
        self.text_at(range).1
    }

    /// [`Joined::text`], with the offset where the text it returns starts
    /// (after `range.start` when a character was cut there).
    pub fn text_at(&self, range: Range<usize>) -> (usize, String) {
        let range = range.start.min(self.len)..range.end.min(self.len);
        let mut bytes: Vec<u8> = Vec::with_capacity(range.len());
        if range.is_empty() {
            return (range.start, String::new());
        }
        // Resume at the line's start or at the checkpoint before the range,
        // whichever is nearer.
        let first_line = self.line_of(range.start);
        let checkpoint = self.checkpoints[..self
            .checkpoints
            .partition_point(|c| c.offset <= range.start)]
            .last()
            .filter(|c| c.offset >= self.start_of(first_line));
        let start = Checkpoint {
            offset: self.start_of(first_line),
            line: first_line,
            byte: 0,
            space_first: false,
        };
        let Checkpoint {
            mut offset,
            mut line,
            mut byte,
            mut space_first,
        } = checkpoint.copied().unwrap_or(start);
        let mut take = |text: &[u8], offset: usize| {
            let piece = offset..offset + text.len();
            let wanted = piece.start.max(range.start)..piece.end.min(range.end);
            if !wanted.is_empty() {
                bytes.extend_from_slice(&text[wanted.start - offset..wanted.end - offset]);
            }
        };
        let mut short_line = Vec::new();
        while offset < range.end && line < self.doc.len() {
            // A line ends where the next starts: generating it stops there,
            // without reading the whitespace after its last word.
            let line_end = self.start_of(line + 1);
            let text = self.doc.line(line);
            let glued = is_hard_wrapped(self.doc, line);
            if space_first {
                take(b" ", offset);
                offset += 1;
            }
            if byte == 0 && Self::is_short(text) {
                // Generated whole, as the scan did.
                short_line.clear();
                push_short_line(text, glued, &mut short_line);
                take(&short_line, offset);
                offset += short_line.len();
            } else if offset < line_end {
                line_pieces(text, glued, byte, &mut |piece| {
                    let text = match piece {
                        Piece::Word { text, .. } => text,
                        Piece::Space => " ",
                    };
                    take(text.as_bytes(), offset);
                    offset += text.len();
                    offset < range.end && offset < line_end
                });
            }
            (line, byte, space_first) = (line + 1, 0, false);
        }
        let (cut, text) = whole_characters(bytes);
        (range.start + cut, text)
    }

    /// Offset in the joined text where line `line` starts (the text's length
    /// past the last line).
    fn start_of(&self, line: usize) -> usize {
        self.starts.get(line).map_or(self.len, |&s| s as usize)
    }

    /// The 0-based line holding byte `offset` of the joined text.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s as usize <= offset)
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
        let (start, end) = (self.start_of(lines.start), self.start_of(lines.end));
        start..end.max(start)
    }
}

/// `bytes`, a run of UTF-8 cut anywhere, without the partial characters at
/// its ends, and how many bytes were left out at its start.
fn whole_characters(mut bytes: Vec<u8>) -> (usize, String) {
    let is_continuation = |b: &u8| (0x80..0xc0).contains(b);
    let leading = bytes.iter().take_while(|b| is_continuation(b)).count();
    bytes.drain(..leading);
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            // Only the end can be cut now: keep what is valid.
            let valid = error.utf8_error().valid_up_to();
            let mut bytes = error.into_bytes();
            bytes.truncate(valid);
            String::from_utf8(bytes).unwrap_or_default()
        }
    };
    (leading, text)
}

/// True for line `line` of `doc` when a terminal wrapped it at a usual
/// width in the middle of a word: it is exactly 80, 100, 120, 132 or 160
/// characters long and does not end in a space. The terminal cut a word at
/// its right margin: no space after the line's last word glues that word
/// to the next line's first.
fn is_hard_wrapped(doc: &Document, line: usize) -> bool {
    let text = doc.line(line);
    (80..=640).contains(&text.len())
        && !text.ends_with(' ')
        && [80, 100, 120, 132, 160].contains(&doc.chars_in_line(line))
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
/// engine is built here, as one type, so that the page's wasm holds one copy
/// of the compiler and of each search loop. `None` only for a pattern set
/// too large to compile.
pub fn literals(patterns: &[&str], ignore_case: bool) -> Option<Literals> {
    dfa::Builder::new()
        .ascii_case_insensitive(ignore_case)
        .match_kind(MatchKind::Standard)
        .build(patterns)
        .ok()
        .map(Literals)
}

/// Literal patterns compiled into a DFA: one table lookup per byte.
#[derive(Debug)]
pub struct Literals(dfa::DFA);

impl Literals {
    /// The first match in `input` (a haystack, or a span of one).
    pub fn find<'h>(&self, input: impl Into<Input<'h>>) -> Option<Match> {
        // A search fails only for an anchored or leftmost overlapping one,
        // which the engine never asks for.
        self.0.try_find(&input.into()).ok().flatten()
    }

    /// The matches in `haystack`, none overlapping another, in order.
    pub fn find_iter<'a>(&'a self, haystack: &'a [u8]) -> impl Iterator<Item = Match> + 'a {
        self.0
            .try_find_iter(Input::new(haystack))
            .into_iter()
            .flatten()
    }

    /// Every match in `haystack`, overlapping ones too, in the order they end.
    pub fn find_overlapping_iter<'a>(
        &'a self,
        haystack: &'a [u8],
    ) -> impl Iterator<Item = Match> + 'a {
        self.0
            .try_find_overlapping_iter(Input::new(haystack))
            .into_iter()
            .flatten()
    }
}

/// All trigger and context phrases of all rules, compiled once into one
/// automaton.
#[derive(Debug)]
pub struct Prefilter {
    automaton: Literals,
    /// Lower-cased phrase → its index.
    index: HashMap<String, usize>,
    /// Length of the longest phrase, in bytes.
    longest: usize,
    /// For each phrase, the bytes that may not come just before a hit of it
    /// (see [`Prefilter::at_word_starts`]); `None` for most phrases.
    word_bytes: Vec<Option<IsWordByte>>,
}

/// Tells the bytes that a word is made of.
pub type IsWordByte = fn(u8) -> bool;

/// Bytes of joined text scanned at a time.
const SCAN_CHUNK_BYTES: usize = 64 * 1024;

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
        let automaton = literals(&refs, true).expect("trigger phrases are plain literals");
        let longest = distinct.iter().map(String::len).max().unwrap_or(0);
        Prefilter {
            automaton,
            word_bytes: vec![None; index.len()],
            index,
            longest,
        }
    }

    /// Keeps only the hits of `phrases` that start a word: those not right
    /// after a byte for which `is_word_byte` holds, or at the start of a
    /// line. (An ID prefix such as `i-` occurs inside every `multi-az`; only
    /// at a word start can it begin an ID, and dropping the rest saves most
    /// of its hits.)
    pub fn at_word_starts(mut self, phrases: &[&str], is_word_byte: IsWordByte) -> Prefilter {
        for phrase in phrases {
            if let Some(index) = self.index_of(phrase) {
                self.word_bytes[index] = Some(is_word_byte);
            }
        }
        self
    }

    /// The index of `phrase` (any case), if it was compiled.
    pub fn index_of(&self, phrase: &str) -> Option<usize> {
        self.index.get(&phrase.to_ascii_lowercase()).copied()
    }

    /// Finds every occurrence of every phrase, in one pass.
    /// Joins the lines of `doc` and finds every occurrence of every phrase
    /// in the joined text, in one pass over chunks of it.
    pub fn scan<'d>(&self, doc: &'d Document<'d>) -> (Joined<'d>, Scan) {
        let mut hits = Vec::new();
        // Hits of word-start phrases right after a word byte (see
        // `at_word_starts`), by their index in `hits`.
        let mut after_word_byte = Vec::new();
        let overlap = self.longest.saturating_sub(1);
        let joined = Joined::reading(doc, SCAN_CHUNK_BYTES, overlap, |chunk, offset, fresh| {
            // Matches that end in the overlap were found in the chunk before.
            let found = self.automaton.find_overlapping_iter(chunk);
            for m in found.filter(|m| m.end() > fresh) {
                let phrase = m.pattern().as_usize();
                // A match at the chunk's first byte cannot be told: kept.
                if let (Some(is_word_byte), Some(before)) = (
                    self.word_bytes[phrase],
                    m.start().checked_sub(1).map(|b| chunk[b]),
                ) {
                    if is_word_byte(before) {
                        after_word_byte.push(hits.len());
                    }
                }
                hits.push(Hit {
                    phrase,
                    span: offset + m.start()..offset + m.end(),
                    lines: 0..0,
                });
            }
        });
        for hit in &mut hits {
            hit.lines = joined.lines_of(hit.span.clone());
        }
        if !after_word_byte.is_empty() {
            // Such a hit is inside a word, unless it starts a line: a word
            // cut at the terminal's margin is glued to the next line's first.
            let mut inside_words = after_word_byte.into_iter().peekable();
            let mut index = 0;
            hits.retain(|hit| {
                let after_word_byte = inside_words.next_if_eq(&index).is_some();
                index += 1;
                !after_word_byte || hit.span.start == joined.start_of(hit.lines.start)
            });
            hits.shrink_to_fit();
        }
        (joined, Scan::new(hits, self.index.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole joined text of `doc`, as the scan reads it.
    fn whole(doc: &Document) -> String {
        let mut text = Vec::new();
        Joined::reading(doc, 1 << 30, 0, |chunk, _, fresh| {
            text.extend_from_slice(&chunk[fresh..])
        });
        String::from_utf8(text).unwrap()
    }

    /// A paste with long lines, huge words, wide characters, wrapped lines,
    /// blank lines, lines of whitespace, short and long runs of whitespace
    /// and `phrase` in many places, crossing every chunk edge.
    fn varied(phrase: &str) -> String {
        let mut text = String::new();
        for i in 0..400 {
            match i % 8 {
                7 => text.push_str(&format!(
                    "{}{phrase}{}{phrase}\n{}\n",
                    " ".repeat(5000 + i),
                    " \t".repeat(3000 + i),
                    " ".repeat(9000)
                )),
                0 => text.push_str(&format!("{phrase} row {i}   with   gaps\n")),
                1 => text.push_str(&"é".repeat(3000 + i)),
                2 => text.push_str(&format!("{}{phrase}\n", "x".repeat(5000 + i))),
                3 => text.push_str(&format!("\n \t \n \t {phrase}  x\t\n")),
                4 => text.push_str(&format!("{}{}\n", "y".repeat(80 - 4), &phrase[..4])),
                5 => text.push_str(&format!("{}   \t{phrase}\n", "word ".repeat(900 + i))),
                _ => text.push_str(&format!("中文{phrase}中文 {}\n", "z".repeat(i * 37))),
            }
        }
        text
    }

    #[test]
    fn wrapped_phrase_matches_and_maps_to_both_lines() {
        let doc = Document::new("x\nUPGRADE Failed: time out waiting\n   for the   condition\n");
        let (_, scan) = Prefilter::new(["time out waiting for the condition"]).scan(&doc);
        assert_eq!(scan.hits.len(), 1);
        assert_eq!(scan.hits[0].lines, 1..3);
    }

    #[test]
    fn word_start_phrases_hit_only_at_word_starts() {
        let wrapped = format!("{}x", "w".repeat(79));
        let text = format!("i-0abc multi-az\n  i-0def, api-i-x\n{wrapped}\ni-0ghi\n");
        let doc = Document::new(&text);
        let prefilter = Prefilter::new(["i-", "az"])
            .at_word_starts(&["I-"], |b| b.is_ascii_alphanumeric() || b == b'-');
        let (_, scan) = prefilter.scan(&doc);
        let starts: Vec<usize> = scan.hits.iter().map(|h| h.span.start).collect();
        // `i-` at the text's start, after a space and at the start of a
        // line glued to a line cut at the margin; `az` anywhere.
        assert_eq!(starts, [0, 13, 16, 112]);
    }

    #[test]
    fn words_cut_at_the_terminal_margin_are_glued_back() {
        let first = format!("{}taint {{node.k", "x".repeat(67));
        let text = format!("{first}\nubernetes.io/unreachable: }}\n");
        let doc = Document::new(&text);
        assert_eq!(first.len(), 80);
        assert!(whole(&doc).contains("{node.kubernetes.io/unreachable: }"));
        // Width is counted in characters, not bytes, for lines that are not
        // plain ASCII: 80 characters of 81 bytes are cut; 80 bytes of 79
        // characters are not.
        let wide = format!("{}é taint {{node.k", "x".repeat(65));
        let narrow = format!("{}é taint {{node.k", "x".repeat(64));
        for (first, glued) in [(wide, true), (narrow, false), (format!("\t{first}"), false)] {
            let text = format!("{first}\nubernetes.io\n");
            let joined = whole(&Document::new(&text));
            assert_eq!(joined.contains("{node.kubernetes.io"), glued, "{first:?}");
        }
    }

    #[test]
    fn matching_ignores_ascii_case() {
        let doc = Document::new("pod is in crashloopbackoff");
        let (_, scan) = Prefilter::new(["CrashLoopBackOff"]).scan(&doc);
        assert_eq!(scan.hits.len(), 1);
    }

    #[test]
    fn chunked_scan_finds_what_a_scan_of_the_whole_text_finds() {
        let phrase = "Back-off pulling image";
        let paste = varied(phrase);
        let doc = Document::new(&paste);
        let text = whole(&doc);
        assert!(text.len() > 4 * SCAN_CHUNK_BYTES);
        let prefilter = Prefilter::new([phrase, "row 1", "gaps"]);
        let (joined, scan) = prefilter.scan(&doc);
        let expected: Vec<(usize, Range<usize>)> = prefilter
            .automaton
            .find_overlapping_iter(text.as_bytes())
            .map(|m| (m.pattern().as_usize(), m.range()))
            .collect();
        let found: Vec<(usize, Range<usize>)> = scan
            .hits
            .iter()
            .map(|h| (h.phrase, h.span.clone()))
            .collect();
        assert_eq!(found, expected);
        assert_eq!(joined.len(), text.len());
    }

    #[test]
    fn text_of_any_range_is_the_joined_text_there() {
        let paste = varied("Back-off pulling image");
        let doc = Document::new(&paste);
        let text = whole(&doc);
        let (joined, _) = Prefilter::new(["x"]).scan(&doc);
        let step = text.len() / 997;
        for start in (0..text.len()).step_by(step) {
            for len in [0, 1, 7, 100, 4095, 4097, 9000] {
                let range = start..(start + len).min(text.len());
                let bytes = text.as_bytes()[range.clone()].to_vec();
                assert_eq!(
                    joined.text(range.clone()),
                    whole_characters(bytes).1,
                    "{range:?}"
                );
            }
        }
    }
}
