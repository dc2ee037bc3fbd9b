//! The one-pass prefilter: every rule's trigger phrases are found in a single
//! Aho-Corasick scan over a whitespace-collapsed form of the document.
//!
//! Lines are joined with one space, so a message that a terminal or a web page
//! wrapped over several lines still matches its phrase; every match maps back
//! to the original line numbers it spans. The joined text is never held
//! whole: the scan reads it byte by byte as it is generated, and checks get the
//! few bytes around a hit generated again (see [`Joined::text`]).

use crate::input::Document;
use aho_corasick::automaton::Automaton;
use aho_corasick::automaton::StateID;
use aho_corasick::{dfa, Anchored, Match, MatchKind};
use foldhash::{HashMap, HashMapExt};
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

/// The joined text of one line, byte by byte: the bytes [`line_pieces`]
/// hands out from its start (its words, a space between two and one after
/// the last unless the line is glued to the next), as the scan reads them.
pub struct LineBytes<'t> {
    /// The bytes of the line not read yet, up to its last word.
    rest: std::slice::Iter<'t, u8>,
    /// True after whitespace (and at the start): more is left out.
    after_space: bool,
    /// True when a space ends the text, once the line's words are read.
    space_at_end: bool,
    /// Bytes handed out so far.
    taken: usize,
}

impl<'t> LineBytes<'t> {
    fn new(line: &'t str, glued: bool) -> LineBytes<'t> {
        LineBytes {
            rest: line.as_bytes().trim_ascii_end().iter(),
            after_space: true,
            space_at_end: !glued,
            taken: 0,
        }
    }
}

impl Iterator for LineBytes<'_> {
    type Item = u8;

    #[inline(always)]
    fn next(&mut self) -> Option<u8> {
        for &byte in self.rest.by_ref() {
            // A word's bytes, and the first whitespace after one, as a space.
            let space = byte.is_ascii_whitespace();
            let kept = !space || !self.after_space;
            self.after_space = space;
            if kept {
                self.taken += 1;
                return Some(if space { b' ' } else { byte });
            }
        }
        if self.space_at_end && self.taken > 0 {
            self.space_at_end = false;
            self.taken += 1;
            return Some(b' ');
        }
        None
    }
}

impl<'d> Joined<'d> {
    /// Bytes of joined text, or of the line, between checkpoints: about the
    /// most a read around a hit goes through before the bytes it asks for.
    const CHECKPOINT_BYTES: usize = 1024;

    /// True for a line too short to hold a checkpoint: a read around a hit
    /// generates its joined text whole ([`LineBytes`]), as the scan does.
    fn is_short(line: &str) -> bool {
        line.len() < Self::CHECKPOINT_BYTES
    }

    /// Describes the joined text of `doc`, handing it to `read` line by
    /// line as it generates it, as the bytes of each line's joined text:
    /// the caller reads the text without it ever being stored.
    #[inline(always)]
    pub fn reading(doc: &'d Document<'d>, mut read: impl FnMut(&mut LineBytes)) -> Joined<'d> {
        let mut starts = Vec::with_capacity(doc.len());
        let mut checkpoints = Vec::new();
        let mut len = 0;
        for line in 0..doc.len() {
            starts.push(len as u32);
            let text = doc.line(line);
            let glued = is_hard_wrapped(doc, line);
            // A read can always start at its line's start: only long lines
            // need checkpoints.
            if !Self::is_short(text) {
                checkpoints.extend(Self::checkpoints_of(text, glued, line, len));
            }
            let mut bytes = LineBytes::new(text, glued);
            read(&mut bytes);
            // Whatever `read` left is part of the text too.
            bytes.by_ref().for_each(drop);
            len += bytes.taken;
        }
        Joined {
            doc,
            starts,
            checkpoints,
            len,
        }
    }

    /// The checkpoints of long line `line` (`text`), whose joined text
    /// starts at offset `start`: after a long run of whitespace, and every
    /// few KB of text, a place to generate the text from again.
    fn checkpoints_of(text: &str, glued: bool, line: usize, start: usize) -> Vec<Checkpoint> {
        let mut checkpoints = Vec::new();
        let mut len = start;
        let mut next_checkpoint = len + Self::CHECKPOINT_BYTES;
        // Where the last piece of this line ended, in the line.
        let mut read_to = 0;
        line_pieces(text, glued, 0, &mut |piece| {
            len += match piece {
                Piece::Word { byte, text } => {
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
                    text.len()
                }
                Piece::Space => 1,
            };
            true
        });
        checkpoints
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
                short_line.extend(LineBytes::new(text, glued));
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
pub fn is_hard_wrapped(doc: &Document, line: usize) -> bool {
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
        // The searches here never use one (see `Literals::find_at`).
        .prefilter(false)
        .build(patterns)
        .ok()
        .map(Literals)
}

/// Literal patterns compiled into a DFA: one table lookup per byte.
#[derive(Debug)]
pub struct Literals(dfa::DFA);

impl Literals {
    /// The first match in `haystack` that starts at or after `from`: the one
    /// that ends first (`MatchKind::Standard`). One loop of the engine's own
    /// for every caller, where the crate's search would bring its generic
    /// prefilter and match-kind machinery into the page's wasm.
    pub fn find_at(&self, haystack: &[u8], from: usize) -> Option<Match> {
        let dfa = &self.0;
        let mut state = dfa.start_state(Anchored::No).ok()?;
        for (end, &byte) in haystack.iter().enumerate().skip(from) {
            state = dfa.next_state(Anchored::No, state, byte);
            if dfa.is_special(state) && dfa.is_match(state) {
                let pattern = dfa.match_pattern(state, 0);
                let start = end + 1 - dfa.pattern_len(pattern);
                return Some(Match::new(pattern, start..end + 1));
            }
        }
        None
    }

    /// The matches in `haystack`, none overlapping another, in order.
    pub fn find_iter<'a>(&'a self, haystack: &'a [u8]) -> impl Iterator<Item = Match> + 'a {
        let mut from = 0;
        std::iter::from_fn(move || {
            let found = self.find_at(haystack, from)?;
            from = found.end();
            Some(found)
        })
    }
}

/// All trigger and context phrases of all rules, compiled once into one
/// automaton.
#[derive(Debug)]
pub struct Prefilter {
    automaton: Literals,
    /// Lower-cased phrase → its index.
    index: HashMap<String, usize>,
    /// For each phrase, the bytes that may not come just before a hit of it
    /// (see [`Prefilter::at_word_starts`]); `None` for most phrases.
    word_bytes: Vec<Option<IsWordByte>>,
}

/// Tells the bytes that a word is made of.
pub type IsWordByte = fn(u8) -> bool;

/// The longest phrase that [`Prefilter::at_word_starts`] takes: the scan
/// keeps the last eight bytes of the text to read the byte before a hit.
pub const WORD_START_PHRASE_BYTES: usize = 7;

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
        Prefilter {
            automaton,
            word_bytes: vec![None; index.len()],
            index,
        }
    }

    /// Keeps only the hits of `phrases` that start a word: those not right
    /// after a byte for which `is_word_byte` holds, or at the start of a
    /// line. (An ID prefix such as `i-` occurs inside every `multi-az`; only
    /// at a word start can it begin an ID, and dropping the rest saves most
    /// of its hits.)
    /// Phrases longer than [`WORD_START_PHRASE_BYTES`] are not taken.
    pub fn at_word_starts(mut self, phrases: &[&str], is_word_byte: IsWordByte) -> Prefilter {
        for phrase in phrases {
            debug_assert!(phrase.len() <= WORD_START_PHRASE_BYTES, "{phrase}");
            if phrase.len() > WORD_START_PHRASE_BYTES {
                continue;
            }
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

    /// Records the hits of the phrases that match where the automaton is in
    /// match state `state`, at offset `end` of the joined text, given the
    /// last eight bytes of the text in `last_bytes`, the last one lowest
    /// (see [`Prefilter::scan`]). Apart from the scan's loop: matches are
    /// rare, and the loop stays small.
    #[cold]
    #[inline(never)]
    fn matched(
        &self,
        state: StateID,
        end: usize,
        last_bytes: u64,
        hits: &mut Vec<Hit>,
        after_word_byte: &mut Vec<usize>,
    ) {
        let dfa = &self.automaton.0;
        for index in 0..dfa.match_len(state) {
            let phrase = dfa.match_pattern(state, index);
            let span = end - dfa.pattern_len(phrase)..end;
            let phrase = phrase.as_usize();
            // A word-start phrase is at most 7 bytes long: the byte before
            // it is among the last eight.
            if let (Some(is_word_byte), true) = (self.word_bytes[phrase], span.start > 0) {
                if is_word_byte((last_bytes >> (8 * span.len())) as u8) {
                    after_word_byte.push(hits.len());
                }
            }
            hits.push(Hit {
                phrase,
                span,
                lines: 0..0,
            });
        }
    }

    /// Joins the lines of `doc` and finds every occurrence of every phrase
    /// in the joined text, in one pass over its bytes as they are generated.
    pub fn scan<'d>(&self, doc: &'d Document<'d>) -> (Joined<'d>, Scan) {
        let dfa = &self.automaton.0;
        let mut hits = Vec::new();
        // Hits of word-start phrases right after a word byte (see
        // `at_word_starts`), by their index in `hits`.
        let mut after_word_byte = Vec::new();
        // The last eight bytes of the text, the last one lowest: a register,
        // where a buffer would cost a store for every byte.
        let mut last_bytes = 0u64;
        // Only an anchored-only automaton has no unanchored start; this one
        // is built for unanchored searches.
        let mut state = dfa.start_state(Anchored::No).unwrap_or_default();
        let mut at = 0;
        let joined = Joined::reading(doc, |line| {
            // The automaton's state, the offset and the last bytes, in
            // locals for the line.
            let (mut line_state, mut end, mut line_last_bytes) = (state, at, last_bytes);
            for byte in line {
                line_last_bytes = (line_last_bytes << 8) | u64::from(byte);
                line_state = dfa.next_state(Anchored::No, line_state, byte);
                end += 1;
                // No phrase is empty: the unanchored automaton never dies,
                // and a match ends after a byte.
                if dfa.is_special(line_state) && dfa.is_match(line_state) {
                    self.matched(
                        line_state,
                        end,
                        line_last_bytes,
                        &mut hits,
                        &mut after_word_byte,
                    );
                }
            }
            (state, at, last_bytes) = (line_state, end, line_last_bytes);
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
        Joined::reading(doc, |line| text.extend(line));
        String::from_utf8(text).unwrap()
    }

    /// A paste with long lines, huge words, wide characters, wrapped lines,
    /// blank lines, lines of whitespace, short and long runs of whitespace
    /// and `phrase` in many places.
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
        // The byte before a phrase of the longest length taken.
        let doc = Document::new("subnet-1 xsubnet-2 (subnet-3 -subnet-4\nsubnet-5");
        let prefilter = Prefilter::new(["subnet-"])
            .at_word_starts(&["subnet-"], |b| b.is_ascii_alphanumeric() || b == b'-');
        let (_, scan) = prefilter.scan(&doc);
        let starts: Vec<usize> = scan.hits.iter().map(|h| h.span.start).collect();
        assert_eq!(starts, [0, 20, 39]);
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
    fn the_scan_finds_what_the_library_finds_in_the_whole_text() {
        let phrase = "Back-off pulling image";
        let paste = varied(phrase);
        let doc = Document::new(&paste);
        let text = whole(&doc);
        // Overlapping phrases, and one that ends where another starts.
        let prefilter = Prefilter::new([phrase, "row 1", "gaps", "pulling", "image ba"]);
        let (joined, scan) = prefilter.scan(&doc);
        // The library's own overlapping search is the reference.
        let expected: Vec<(usize, Range<usize>)> = prefilter
            .automaton
            .0
            .try_find_overlapping_iter(aho_corasick::Input::new(&text))
            .unwrap()
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
    fn literals_find_what_the_library_finds() {
        let patterns = ["ab", "b", "abc", "bcd", "Zone", "zone-a"];
        for ignore_case in [false, true] {
            let automaton = literals(&patterns, ignore_case).unwrap();
            for haystack in ["", "b", "abcd", "xxabcdabc zone-a ZONE-A bb", "zonezone"] {
                let expected: Vec<Match> = automaton
                    .0
                    .try_find_iter(aho_corasick::Input::new(haystack))
                    .unwrap()
                    .collect();
                let found: Vec<Match> = automaton.find_iter(haystack.as_bytes()).collect();
                assert_eq!(
                    found, expected,
                    "{haystack:?}, ignoring case: {ignore_case}"
                );
                let from_third = automaton.find_at(haystack.as_bytes(), 3);
                let expected = automaton
                    .0
                    .try_find(
                        &aho_corasick::Input::new(haystack)
                            .span(3.min(haystack.len())..haystack.len()),
                    )
                    .unwrap();
                assert_eq!(from_third, expected, "{haystack:?} from its fourth byte");
            }
        }
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
