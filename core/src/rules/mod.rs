//! Stage 4: the diagnoses. Each is one [`Diagnosis`] declaration — ID,
//! severity, seed source, trigger phrases, what it explains, and a check
//! function — in the module of its domain. Texts live in [`crate::texts`].
//!
//! A check reads [`Facts`] and the prefilter hits of its own trigger phrases
//! and pushes [`Finding`]s; the engine stamps the ID, merges duplicates and
//! links findings by the declared `explains` precedence.

/// The seed file and section a diagnosis comes from ([`Diagnosis::source`]).
/// The CLI's `--list` and the reference show it; the page's wasm leaves it
/// out (about 3 KB gzipped, for text no reader of the page sees).
macro_rules! seed {
    ($text:literal) => {
        if cfg!(target_arch = "wasm32") {
            ""
        } else {
            $text
        }
    };
}

pub mod arc;
pub mod eks;
pub mod ext;
pub mod helm;
pub mod pod;
pub mod sc;

use crate::facts::{Facts, Pod};
use crate::input::Document;
use crate::search::{Hit, Joined, Prefilter, Scan};
use foldhash::HashMap;
use serde::{Deserialize, Serialize};
use std::any::Any;
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

/// How bad a finding is. `Error` and `Warning` are problems; `Info` is not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something is broken.
    Error,
    /// Something will break or works only in part.
    Warning,
    /// Worth knowing; not a problem.
    Info,
}

/// When a finding of a more specific diagnosis explains another finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// Only the finding about the same subject (or one the explainer lists as related).
    SameSubject,
    /// Any finding of that diagnosis in the paste.
    AnySubject,
}

/// One diagnosis: a failure class with a stable ID.
pub struct Diagnosis {
    /// Stable public ID, `domain/name`.
    pub id: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// The seed file and section that is the authority for cause and fix
    /// (empty in the page's wasm: see `seed!`).
    pub source: &'static str,
    /// Literal phrases (matched case-insensitively, across wrapped lines) that
    /// can reveal it; the check runs only when one hits or when facts exist.
    pub triggers: &'static [&'static str],
    /// Diagnoses this one explains when both are found (precedence).
    pub explains: &'static [(&'static str, Link)],
    /// Reads facts and hits, pushes findings.
    pub check: fn(&Ctx<'_>, &mut Vec<Finding>),
}

impl Diagnosis {
    /// The domain: the part of the ID before the slash.
    pub fn domain(&self) -> &'static str {
        self.id.split('/').next().unwrap_or(self.id)
    }
}

/// Every declared diagnosis, in catalogue order.
pub fn all() -> impl Iterator<Item = &'static Diagnosis> {
    [pod::ALL, arc::ALL, ext::ALL, helm::ALL, sc::ALL, eks::ALL]
        .into_iter()
        .flatten()
        .copied()
}

/// A diagnosis found in the paste, before texts are attached.
#[derive(Debug, Clone, Default)]
pub struct Finding {
    /// Diagnosis ID (stamped by the engine).
    pub id: &'static str,
    /// What it is about: `namespace/pod`, a cluster, an extension, a release.
    pub subject: String,
    /// 0-based evidence lines.
    pub evidence: Vec<usize>,
    /// Values for the text placeholders (`pod`, `ns`, `cluster`, …).
    pub values: Vec<(&'static str, String)>,
    /// Sub-causes that select `[variant]` lines of the texts.
    pub variants: Vec<&'static str>,
    /// Other subjects this finding covers (pods of an agent namespace, …).
    pub related: Vec<String>,
    /// The finding that explains this one: (ID, subject).
    pub caused_by: Option<(&'static str, String)>,
    /// A lower severity than its diagnosis's, for a failure that this
    /// subject came back from (a container that restarted once and is
    /// ready again).
    pub milder: Option<Severity>,
}

impl Finding {
    /// A finding about `subject`.
    pub fn new(subject: impl Into<String>) -> Finding {
        Finding {
            subject: subject.into(),
            ..Finding::default()
        }
    }

    /// A finding about a pod, with `pod`, `ns` and `ns_flag` values set.
    pub fn for_pod(pod: &Pod) -> Finding {
        let finding = Finding::new(pod.subject())
            .value("pod", &*pod.name)
            .line(pod.line);
        match &pod.namespace {
            Some(ns) => finding
                .value("ns", &**ns)
                .value("ns_flag", format!("-n {ns}")),
            None => finding.value("ns_flag", ""),
        }
    }

    /// Adds an evidence line.
    pub fn line(mut self, line: usize) -> Finding {
        self.evidence.push(line);
        self
    }

    /// Adds evidence lines.
    pub fn lines(mut self, lines: impl IntoIterator<Item = usize>) -> Finding {
        self.evidence.extend(lines);
        self
    }

    /// Sets a placeholder value (the first one set wins). A value that a
    /// paste's author masked (`****`) is none: a command must not carry it.
    pub fn value(mut self, key: &'static str, value: impl Into<String>) -> Finding {
        let value = value.into();
        if !is_masked(&value) && !self.values.iter().any(|(k, _)| *k == key) {
            self.values.push((key, value));
        }
        self
    }

    /// Sets a placeholder value, replacing one set before.
    pub fn set(mut self, key: &'static str, value: impl Into<String>) -> Finding {
        self.values.retain(|(k, _)| *k != key);
        self.values.push((key, value.into()));
        self
    }

    /// Sets a placeholder value when there is one.
    pub fn maybe(self, key: &'static str, value: Option<impl Into<String>>) -> Finding {
        match value {
            Some(v) => self.value(key, v),
            None => self,
        }
    }

    /// Adds a sub-cause.
    pub fn variant(mut self, variant: &'static str) -> Finding {
        if !self.variants.contains(&variant) {
            self.variants.push(variant);
        }
        self
    }

    /// Lowers the finding's severity to `severity`.
    pub fn milder(mut self, severity: Severity) -> Finding {
        self.milder = Some(severity);
        self
    }

    /// Adds a related subject.
    pub fn relate(mut self, subject: impl Into<String>) -> Finding {
        self.related.push(subject.into());
        self
    }

    /// The value of a placeholder, if set.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// The phrases checks ask [`Ctx::mentions`] about that no list of a domain
/// module names (those lists are in [`context_phrases`]).
pub const MENTIONED: &[&str] = &[
    "connectedk8s connect",
    "azurearck8s",
    "Unable to install helm release",
    "Operation is already in progress for Helm",
    "ERROR: (",
    "coredns",
    "cliextensions",
];

/// The phrases that are no rule's trigger but that checks ask about
/// ([`Ctx::mentions`]) or read the places of ([`Ctx::phrase_hits`]): the
/// prefilter finds them in the same pass as the triggers.
pub fn context_phrases() -> impl Iterator<Item = &'static str> {
    [
        MENTIONED,
        arc::ARC_CONTEXT,
        arc::CLUSTER_CONNECT_WORDS,
        sc::CONNECTION_WORDS,
        sc::STATE_WORDS,
        helm::RELEASE_WORDS,
        &[helm::OCI_SCHEME],
        ext::MARKERS,
        ext::AZURE_ID_MARKERS,
        eks::QUOTED_CLUSTER,
        eks::EKS_CONTEXT,
        eks::VPC_CNI,
        eks::NODE_TERMS,
        eks::NODE_LAUNCH,
        eks::NODES_FAILING,
        eks::LAUNCH_FAILURES,
        eks::EC2_NODE_NAMES,
        &[eks::EKSCTL_NEW_NODE_GROUP],
        eks::HEALTH_CODES,
        eks::ERROR_LINE,
        eks::AWS_COMMANDS,
        crate::parse::AWS_ID_PREFIXES,
        pod::POD_REFERENCES,
        pod::DESCRIBE_POD,
        &[pod::PULLED, pod::DESCRIBED_TAINTS, pod::NODE_NOT_READY],
    ]
    .into_iter()
    .flatten()
    .copied()
}

/// The resource IDs of a paste, which several domains' checks read: read
/// once, before the checks, from the scan alone (natively, on the thread
/// that scanned, beside parsing).
#[derive(Debug, Default)]
pub struct PasteIds {
    /// Every Azure resource ID (see [`ext::azure_ids`]), read around the
    /// scan's hits of [`ext::AZURE_ID_MARKERS`].
    pub azure: Vec<String>,
    /// Every AWS identifier (see [`crate::parse::aws_ids`]), each once,
    /// read at the scan's hits of their prefixes.
    pub aws: Vec<String>,
}

impl PasteIds {
    /// Reads the IDs at the hits of `scan`, a scan by `prefilter` of the
    /// text `joined`.
    pub fn read(prefilter: &Prefilter, scan: &Scan, joined: &Joined) -> PasteIds {
        let phrase_indexes = |phrases: &[&str]| -> Vec<usize> {
            phrases
                .iter()
                .filter_map(|p| prefilter.index_of(p))
                .collect()
        };
        PasteIds {
            azure: azure_ids(phrase_indexes(ext::AZURE_ID_MARKERS), scan, joined),
            aws: aws_ids(phrase_indexes(crate::parse::AWS_ID_PREFIXES), scan, joined),
        }
    }
}

/// [`PasteIds::azure`], from the hits of the `markers` phrases.
fn azure_ids(markers: Vec<usize>, scan: &Scan, joined: &Joined) -> Vec<String> {
    let markers = scan.hits.iter().filter(|h| markers.contains(&h.phrase));
    let mut ids = Vec::new();
    let mut read_to = 0;
    for marker in markers.map(|hit| hit.span.clone()) {
        if marker.start < read_to {
            continue;
        }
        let read = |bytes: usize| {
            let window = marker.start.saturating_sub(bytes).max(read_to)..marker.end + bytes;
            let (from, text) = joined.text_at(window);
            // The marker is ASCII: a character cut off the window's start lies before it.
            let id = ext::azure_id_around(&text, marker.start - from..marker.end - from, 0);
            (from, text, id)
        };
        // Most IDs are short: a longer read only for one that may go
        // on past either end (the joined text has single spaces, so
        // an ID starting after the window's second byte is whole).
        let (from, text, id) = match read(SHORT_AZURE_ID_BYTES) {
            (_, text, id) if id.start <= 1 || id.end == text.len() => read(ID_BYTES),
            short => short,
        };
        ids.push(ext::glue_after_slash(&text[id.clone()]));
        read_to = from + id.end;
    }
    ids
}

/// [`PasteIds::aws`], from the hits of the `prefixes` phrases.
fn aws_ids(prefixes: Vec<usize>, scan: &Scan, joined: &Joined) -> Vec<String> {
    let starts = scan.hits.iter().filter(|h| prefixes.contains(&h.phrase));
    crate::parse::aws_ids_read(starts.map(|hit| hit.span.start), |start| {
        // One byte before, to tell whether a word starts here; most
        // words are short, so a longer read only for one that fills it.
        let read = |bytes: usize| {
            let (from, text) = joined.text_at(start.saturating_sub(1)..start + bytes);
            let end = crate::parse::aws_word_end(&text, start - from);
            (from, text, end)
        };
        let (from, text, end) = match read(SHORT_ID_BYTES) {
            (_, text, Some(end)) if end == text.len() => read(ID_BYTES),
            short => short,
        };
        let end = end?;
        let id = crate::parse::aws_id(&text[start - from..end]).map(str::to_string);
        Some((id, from + end))
    })
}

/// Whole-paste answers that several checks ask for, computed at most once
/// per paste (and thread running checks) so that the number of rules never
/// multiplies a scan of the text.
#[derive(Default)]
pub struct Memo {
    values: RefCell<HashMap<String, Option<String>>>,
    objects: RefCell<HashMap<&'static str, Rc<dyn Any>>>,
}

// Not generic, and kept out of line: each use of `Ctx::cached` and
// `Ctx::remember` is generic over its closure, and the page's wasm would
// otherwise hold a copy of the map's code for every one.
impl Memo {
    #[inline(never)]
    fn value(&self, key: &str) -> Option<Option<String>> {
        self.values.borrow().get(key).cloned()
    }

    #[inline(never)]
    fn keep_value(&self, key: &str, value: Option<String>) {
        self.values.borrow_mut().insert(key.to_string(), value);
    }

    #[inline(never)]
    fn object(&self, key: &'static str) -> Option<Rc<dyn Any>> {
        self.objects.borrow().get(key).cloned()
    }

    #[inline(never)]
    fn keep_object(&self, key: &'static str, value: Rc<dyn Any>) {
        self.objects.borrow_mut().insert(key, value);
    }
}

/// Most bytes a check reads on either side of a hit, per line it asks for
/// (see [`Ctx::lines_around`]).
pub const AROUND_BYTES: usize = 4096;

/// Most bytes of a resource ID or ARN read on either side of where it was found.
const ID_BYTES: usize = 2048;

/// Bytes read first after where an AWS ID may start: most are shorter.
const SHORT_ID_BYTES: usize = 64;

/// Bytes read first on either side of where an Azure ID was found: most
/// resource IDs are shorter.
const SHORT_AZURE_ID_BYTES: usize = 512;

/// Most bytes [`Ctx::entry_text`] reads of one entry.
pub const ENTRY_BYTES: usize = 64 * 1024;

/// What a check sees: the document, the facts and its own prefilter hits.
pub struct Ctx<'a> {
    /// The normalised paste.
    pub doc: &'a Document<'a>,
    /// The paste as one whitespace-collapsed string.
    pub joined: &'a Joined<'a>,
    /// Everything the parsers recovered.
    pub facts: &'a Facts,
    /// The diagnosis whose check runs.
    pub diagnosis: &'static Diagnosis,
    /// Hits of this diagnosis's trigger phrases: (trigger index, hit).
    pub hits: Vec<(usize, &'a Hit)>,
    /// The prefilter of every phrase.
    pub prefilter: &'a Prefilter,
    /// What its scan of this paste found.
    pub scan: &'a Scan,
    /// The resource IDs of the paste.
    pub ids: &'a PasteIds,
    /// Answers shared by all checks of this paste.
    pub memo: &'a Memo,
}

impl<'a> Ctx<'a> {
    /// True when any trigger phrase hit.
    pub fn hit(&self) -> bool {
        !self.hits.is_empty()
    }

    /// Hits of the trigger at `index` in the declaration.
    pub fn hits_of(&self, index: usize) -> impl Iterator<Item = &'a Hit> + '_ {
        self.hits
            .iter()
            .filter(move |(t, _)| *t == index)
            .map(|(_, h)| *h)
    }

    /// The joined text of the lines a hit spans, widened by `after` lines
    /// (for messages that continue after the phrase).
    pub fn text_around(&self, hit: &Hit, after: usize) -> String {
        self.lines_around(hit, 0, after)
    }

    /// The joined text from the hit to the end of the lines it spans plus `after` more.
    pub fn text_from(&self, hit: &Hit, after: usize) -> String {
        let around = self.around(hit, 0, after);
        self.joined
            .text(hit.span.start.clamp(around.start, around.end)..around.end)
    }

    /// The joined text from the hit to the end of its message: the lines it
    /// spans and the lines a terminal wrapped the message onto, or that go
    /// on after a line ending with a colon (`Failed to pull image "x":` /
    /// `rpc error: … desc = …:` / `dial tcp …: i/o timeout`), at most 8.
    pub fn message_from(&self, hit: &Hit) -> String {
        let mut after = 0;
        while after < 8 && hit.lines.end + after < self.doc.len() && {
            let last = hit.lines.end.saturating_sub(1) + after;
            crate::search::is_hard_wrapped(self.doc, last)
                || self.doc.line(last).trim_end().ends_with(':')
        } {
            after += 1;
        }
        self.text_from(hit, after)
    }

    /// The joined text of the lines from `before` lines above a hit to `after`
    /// lines below it, clipped to [`AROUND_BYTES`] on either side of the hit
    /// per line asked for: a message spans a few lines, and on one huge line
    /// a check reading around every hit must stay linear.
    pub fn lines_around(&self, hit: &Hit, before: usize, after: usize) -> String {
        self.joined.text(self.around(hit, before, after))
    }

    /// The byte range [`Ctx::lines_around`] reads.
    fn around(&self, hit: &Hit, before: usize, after: usize) -> Range<usize> {
        let start_line = hit.lines.start.saturating_sub(before);
        let end_line = (hit.lines.end + after).min(self.doc.len());
        let lines = self.joined.span_of_lines(start_line..end_line);
        let start = lines
            .start
            .max(hit.span.start.saturating_sub(AROUND_BYTES * (1 + before)));
        let end = lines
            .end
            .min(hit.span.end + AROUND_BYTES * (1 + after))
            .max(start);
        start..end
    }

    /// The joined text from `before` bytes ahead of a hit to `after` bytes past
    /// it: bounded, so that a check reading around every hit stays linear
    /// even on one huge line.
    pub fn near(&self, hit: &Hit, before: usize, after: usize) -> String {
        self.joined
            .text(hit.span.start.saturating_sub(before)..hit.span.end + after)
    }

    /// The text a hit matched, as printed.
    pub fn hit_text(&self, hit: &Hit) -> String {
        self.joined.text(hit.span.clone())
    }

    /// The joined text of the lines of one parsed entry (an extension, a
    /// health issue), at most [`ENTRY_BYTES`]: an entry is a few lines, and a
    /// paste on one huge line must not be read whole for each of its entries.
    pub fn entry_text(&self, lines: Range<usize>) -> String {
        let span = self.joined.span_of_lines(lines);
        self.joined
            .text(span.start..span.end.min(span.start + ENTRY_BYTES))
    }

    /// The lines a hit spans plus `after` more, lower-cased with every space
    /// removed: a phrase that a terminal cut in the middle of a word still
    /// reads whole here (`time out waiting for the condition` →
    /// `timeoutwaitingforthecondition`).
    pub fn squeezed_around(&self, hit: &Hit, after: usize) -> String {
        squeeze(&self.text_around(hit, after))
    }

    /// True when the whole paste mentions `phrase` (case-insensitive): a
    /// context check after a trigger hit, answered by the prefilter scan.
    /// `phrase` must be a trigger or one of the [`context_phrases`].
    pub fn mentions(&self, phrase: &str) -> bool {
        match self.prefilter.index_of(phrase) {
            Some(index) => self.scan.seen(index),
            None => {
                debug_assert!(false, "{phrase:?} is missing from rules::context_phrases()");
                false
            }
        }
    }

    /// Every match of `phrase`, a trigger of any diagnosis or a context
    /// phrase, in text order.
    pub fn phrase_hits(&self, phrase: &str) -> impl Iterator<Item = &'a Hit> + 'a {
        let index = self.prefilter.index_of(phrase);
        debug_assert!(
            index.is_some(),
            "{phrase:?} is not compiled into the prefilter"
        );
        let scan: &'a Scan = self.scan;
        scan.hits_of(index.unwrap_or(usize::MAX))
    }

    /// Lines where trigger `phrase` of this diagnosis matched, in order, each
    /// once (a match that a terminal wrapped gives every line it spans).
    pub fn lines_hit(&self, phrase: &str) -> Vec<usize> {
        let index = self.diagnosis.triggers.iter().position(|t| *t == phrase);
        debug_assert!(
            index.is_some(),
            "{phrase:?} is not a trigger of {}",
            self.diagnosis.id
        );
        let mut lines: Vec<usize> = index
            .into_iter()
            .flat_map(|i| self.hits_of(i))
            .flat_map(|hit| hit.lines.clone())
            .collect();
        lines.dedup();
        lines
    }

    /// A whole-paste value computed once per paste under `key`.
    pub fn remember(&self, key: &str, compute: impl FnOnce() -> Option<String>) -> Option<String> {
        if let Some(known) = self.memo.value(key) {
            return known;
        }
        let value = compute();
        self.memo.keep_value(key, value.clone());
        value
    }

    /// A whole-paste object computed once per paste under `key` (for the
    /// helpers that several checks of a domain share).
    pub fn cached<T: 'static>(&self, key: &'static str, compute: impl FnOnce() -> T) -> Rc<T> {
        if let Some(found) = self.memo.object(key).and_then(|o| o.downcast::<T>().ok()) {
            return found;
        }
        let value = Rc::new(compute());
        self.memo.keep_object(key, value.clone());
        value
    }

    /// Every Azure resource ID of the paste (see [`PasteIds`]).
    pub fn azure_ids(&self) -> &'a [String] {
        &self.ids.azure
    }

    /// Every AWS identifier of the paste, each once (see [`PasteIds`]).
    pub fn aws_ids(&self) -> &'a [String] {
        &self.ids.aws
    }

    /// The command lines the user ran that contain `needle`.
    pub fn commands_with(
        &self,
        needle: &str,
    ) -> impl DoubleEndedIterator<Item = &'a crate::facts::Command> + '_ {
        let needle = needle.to_string();
        self.facts
            .commands
            .iter()
            .filter(move |c| c.text.contains(&needle))
    }

    /// The value of a flag in any command line (`--cluster-name`, `-g`, …).
    pub fn flag(&self, names: &[&str]) -> Option<String> {
        self.remember(&format!("flag {}", names.join(" ")), || {
            self.facts.commands.iter().rev().find_map(|c| c.flag(names))
        })
    }
}

/// The word after `marker` in `text` (case-insensitive), trimmed of quotes
/// and punctuation: `word_after("User \"bob\" cannot", "user ")` → `bob`.
pub fn word_after(text: &str, marker: &str) -> Option<String> {
    let at = crate::facts::find_ci(text, marker)? + marker.len();
    let word = text[at..].split_ascii_whitespace().next()?;
    let word = word.trim_matches(|c: char| "\"'`,.;:()[]{}“”".contains(c));
    (!word.is_empty()).then(|| word.to_string())
}

/// The text between `open` and the next `close` after `marker` (case-insensitive marker).
pub fn between(text: &str, marker: &str, open: char, close: char) -> Option<String> {
    let at = crate::facts::find_ci(text, marker)? + marker.len();
    let rest = &text[at..];
    let start = rest.find(open)? + open.len_utf8();
    let end = rest[start..].find(close)? + start;
    Some(rest[start..end].trim().to_string())
}

/// True for a command-line value that stands for one (`$CLUSTER`,
/// `<cluster-name>`): a script's variable or a doc's placeholder, no name.
pub fn is_placeholder(value: &str) -> bool {
    value.starts_with(['$', '<'])
}

/// True for a value the paste's author masked out (`****`): no name.
pub fn is_masked(value: &str) -> bool {
    !value.is_empty() && value.bytes().all(|b| b == b'*')
}

/// `text` lower-cased with all whitespace removed.
pub fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Reading fixtures in the rules' unit tests.
#[cfg(test)]
pub(crate) mod fixtures {
    use crate::report::{FindingReport, Report};

    /// The report of `tests/fixtures/<path>`.
    pub fn report(path: &str) -> Report {
        let path = format!("{}/../tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
        crate::diagnose(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
    }

    /// The first finding `id` of the report of `tests/fixtures/<path>`.
    pub fn finding(path: &str, id: &str) -> FindingReport {
        report(path)
            .findings
            .into_iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("{path}: no {id}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let ids: Vec<&str> = all().map(|d| d.id).collect();
        for (i, id) in ids.iter().enumerate() {
            assert!(!ids[..i].contains(id), "{id} declared twice");
            let (domain, name) = id.split_once('/').expect("domain/name");
            assert!(
                ["pod", "arc", "ext", "helm", "sc", "eks"].contains(&domain),
                "{id}"
            );
            assert!(
                name.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{id}"
            );
        }
    }

    #[test]
    fn ids_read_at_hits_are_the_ids_of_the_whole_text() {
        let long = format!(
            "/subscriptions/0000/resourceGroups/rg/providers/X/y/{}",
            "z".repeat(1500)
        );
        let pastes = [
            format!("id: {long} and \"/subscriptions/1/resourcegroups/r2\" (/resourceGroups/only)"),
            format!(
                "{}/ /subscriptions/2/resourceGroups/wrapped",
                "p".repeat(700)
            ),
            "short /subscriptions/3/resourceGroups/a, i-0abc subnet-0def arn:aws:eks:r:1:cluster/c"
                .to_string(),
        ];
        for paste in &pastes {
            let doc = Document::new(paste);
            let prefilter = Prefilter::new(context_phrases()).at_word_starts(
                crate::parse::AWS_ID_PREFIXES,
                crate::parse::is_aws_word_byte,
            );
            let (joined, scan) = prefilter.scan(&doc);
            let ids = PasteIds::read(&prefilter, &scan, &joined);
            assert_eq!(ids.azure, ext::azure_ids(paste), "{paste}");
            assert_eq!(ids.aws, crate::parse::aws_ids(paste), "{paste}");
        }
    }

    #[test]
    fn precedence_names_declared_ids_and_has_no_cycle() {
        let find = |id: &str| all().find(|d| d.id == id);
        for diagnosis in all() {
            for (explained, _) in diagnosis.explains {
                assert!(
                    find(explained).is_some(),
                    "{} explains unknown {explained}",
                    diagnosis.id
                );
                // Walk the chain from the explained one: it must never come back.
                let mut stack = vec![*explained];
                let mut seen = Vec::new();
                while let Some(id) = stack.pop() {
                    assert_ne!(
                        id, diagnosis.id,
                        "precedence cycle through {}",
                        diagnosis.id
                    );
                    if !seen.contains(&id) {
                        seen.push(id);
                        stack.extend(find(id).unwrap().explains.iter().map(|(e, _)| *e));
                    }
                }
            }
        }
    }

    #[test]
    fn word_after_trims_quotes() {
        assert_eq!(
            word_after("secrets is forbidden: User \"myuser\" cannot", "user ").as_deref(),
            Some("myuser")
        );
        assert_eq!(
            between(
                "untolerated taint {CriticalAddonsOnly: true}.",
                "taint",
                '{',
                '}'
            )
            .as_deref(),
            Some("CriticalAddonsOnly: true")
        );
    }
}
