//! The pipeline end to end, and the report it produces: findings with their
//! texts, evidence and links, plus what the paste was recognised as.
//!
//! The JSON form of [`Report`] is a public contract (CLI `--format json`,
//! the JS API `diagnose()`): keep its field names.

use crate::facts::Facts;
use crate::input::Document;
use crate::parse::{self, InputSpan};
use crate::rules::{self, Ctx, Finding, Link, PasteIds, Severity};
use crate::search::{Hit, Joined, Prefilter, Scan};
use crate::segment;
use crate::sort::{sort_by_rank, sort_positions};
use crate::texts::{self, Lang};
use foldhash::{HashMap, HashMapExt};
use serde::{Deserialize, Deserializer, Serialize};
use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::sync::OnceLock;

/// Options of one diagnosis run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Language of the human texts.
    pub lang: Lang,
    /// The caller's process ends soon after: the working memory of the run
    /// (for a large paste, hundreds of thousands of small allocations of
    /// facts and hits, a tenth of a second to free) is left to the system.
    pub exiting: bool,
}

/// The result of diagnosing one paste.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Findings, most severe first, then in paste order.
    pub findings: Vec<FindingReport>,
    /// What the paste was recognised as.
    pub inputs: Vec<InputSpan>,
}

impl Report {
    /// True when some finding is an error or a warning.
    pub fn has_problems(&self) -> bool {
        self.findings.iter().any(|f| f.severity != Severity::Info)
    }
}

/// One finding, rendered in a language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingReport {
    /// Diagnosis ID.
    #[serde(deserialize_with = "declared_id")]
    pub id: DiagnosisId,
    /// Severity.
    pub severity: Severity,
    /// What it is about.
    pub subject: String,
    /// Title.
    pub title: String,
    /// Cause, as one paragraph.
    pub cause: String,
    /// Fix steps, in order.
    pub fix: Vec<String>,
    /// Commands with the paste's values filled in.
    pub commands: Vec<String>,
    /// The lines that show it.
    pub evidence: Vec<Evidence>,
    /// Sub-causes recognised from the text (`network`, `cpu`, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_causes: Vec<String>,
    /// The ID of the more specific finding that explains this one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "declared_id_opt"
    )]
    pub caused_by: Option<DiagnosisId>,
    /// The subject of the finding that explains this one, so that the CLI's
    /// text report shows it under that finding only (not part of the JSON
    /// contract; the page, which does not nest findings, does without it).
    #[cfg(not(target_arch = "wasm32"))]
    #[serde(skip)]
    pub caused_by_subject: Option<String>,
}

/// One evidence line.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Evidence {
    /// 1-based line number in the paste.
    pub line: usize,
    /// The line, normalised (no colour codes, no `\r`).
    pub text: String,
}

/// A declared diagnosis ID. (An alias, not `&'static str` written out, so
/// that serde reads it with [`declared_id`] instead of borrowing the input.)
pub type DiagnosisId = &'static str;

/// Reads a diagnosis ID back as the declared `&'static str` (a report read
/// from JSON, as the page does with its worker's answer, names only
/// declared diagnoses).
fn declared_id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<&'static str, D::Error> {
    let id = String::deserialize(deserializer)?;
    rules::all()
        .map(|d| d.id)
        .find(|known| *known == id)
        .ok_or_else(|| serde::de::Error::custom(format!("unknown diagnosis {id}")))
}

fn declared_id_opt<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<&'static str>, D::Error> {
    declared_id(deserializer).map(Some)
}

/// One entry of the diagnosis list (`--list`).
#[derive(Debug, Clone, Serialize)]
pub struct ListEntry {
    /// Diagnosis ID.
    pub id: &'static str,
    /// Domain (`pod`, `arc`, `ext`, `helm`, `sc`, `eks`).
    pub domain: &'static str,
    /// Severity.
    pub severity: Severity,
    /// Title in the chosen language.
    pub title: &'static str,
    /// Seed file and section.
    pub source: &'static str,
}

/// Every declared diagnosis, with its title in `lang`.
pub fn list(lang: Lang) -> Vec<ListEntry> {
    rules::all()
        .map(|d| ListEntry {
            id: d.id,
            domain: d.domain(),
            severity: d.severity,
            title: texts::get(lang, d.id).title,
            source: d.source,
        })
        .collect()
}

/// Diagnoses `text` in English.
pub fn diagnose(text: &str) -> Report {
    diagnose_with(text, Options::default())
}

/// Longest evidence line shown, in characters; longer lines are cut.
const EVIDENCE_CHARS: usize = 400;
/// Most evidence lines shown per finding.
const EVIDENCE_LINES: usize = 20;

/// Runs the whole pipeline over `text`.
pub fn diagnose_with(text: &str, options: Options) -> Report {
    let parallel = text.len() >= PARALLEL_BYTES;
    let doc = Document::new_in_halves(text, |first, second| {
        both(parallel, || Document::new(first), || Document::new(second))
    });
    let (prefilter, owners) = prefilter();
    let ((facts, inputs), (joined, scan, ids)) = parse_and_scan(parallel, &doc, prefilter);
    // Each hit goes to the diagnoses that declared its phrase: one pass.
    let mut per_diagnosis: Vec<Vec<(usize, &Hit)>> = vec![Vec::new(); rules::all().count()];
    for hit in &scan.hits {
        for &(diagnosis, trigger) in &owners[hit.phrase] {
            per_diagnosis[diagnosis].push((trigger, hit));
        }
    }
    let found = run_checks(parallel, per_diagnosis, |diagnosis, hits, memo| {
        let ctx = Ctx {
            doc: &doc,
            joined: &joined,
            facts: &facts,
            diagnosis,
            hits,
            prefilter,
            scan: &scan,
            ids: &ids,
            memo,
        };
        let mut found = Vec::new();
        (diagnosis.check)(&ctx, &mut found);
        found
    });
    let findings = merged_and_linked(found);
    // Facts and hits are done with. Freeing them (a million small
    // allocations on a large paste) overlaps the rendering, unless the
    // process leaves it to the system.
    let garbage = (facts, scan, joined);
    let garbage = if options.exiting {
        std::mem::forget(garbage);
        None
    } else {
        Some(garbage)
    };
    let mut rendered = render_all(parallel, &findings, &doc, options.lang, garbage);
    // Unexplained first, then by severity, then in paste order.
    sort_by_rank(&mut rendered, |f| {
        let line = f
            .evidence
            .first()
            .map_or(u32::MAX, |e| u32::try_from(e.line).unwrap_or(u32::MAX));
        u64::from(f.caused_by.is_some()) << 34 | (f.severity as u64) << 32 | u64::from(line)
    });
    if options.exiting {
        std::mem::forget((findings, doc));
    }
    Report {
        findings: rendered,
        inputs,
    }
}

/// The findings of every check (`found`, in declaration order), merged by ID
/// and subject and linked to what explains them. The report lists them
/// unexplained first, then by severity, then in paste order.
fn merged_and_linked(found: Vec<Vec<Finding>>) -> Vec<Finding> {
    let mut findings = Vec::with_capacity(found.iter().map(Vec::len).sum());
    for (diagnosis, found) in rules::all().zip(found) {
        let unnamed_as = unnamed_pod_alias(&found);
        let targets = merge_targets(&found, unnamed_as.as_deref());
        let start = findings.len();
        for (finding, target) in found.into_iter().zip(targets) {
            let mut finding = Finding {
                id: diagnosis.id,
                ..finding
            };
            match target {
                Some(at) => {
                    let kept: &mut Finding = &mut findings[start + at];
                    // The named pod's finding is the one kept, the unnamed
                    // one's merged into it.
                    let unnamed = rules::pod::UNNAMED_POD;
                    if kept.subject == unnamed && finding.subject != unnamed {
                        std::mem::swap(kept, &mut finding);
                    }
                    merge_into(kept, finding);
                }
                None => findings.push(finding),
            }
        }
    }
    link(&mut findings);
    findings
}

/// When one diagnosis found a pod "not named in the paste" and exactly one
/// named pod, the unnamed one is that pod (a describe `Events:` block pasted
/// after a pod table whose one pod in this state it explains): the named
/// pod's subject, which the unnamed findings merge into — unless one of
/// them is about another image than the named pod's (another pod's failure
/// to pull, in a kubelet log).
fn unnamed_pod_alias(found: &[Finding]) -> Option<String> {
    let unnamed = |f: &Finding| f.subject == rules::pod::UNNAMED_POD;
    let mut named = found.iter().filter(|f| !unnamed(f));
    let first = named.next()?;
    let same_image = |f: &Finding| {
        f.get("image")
            .zip(first.get("image"))
            .is_none_or(|(its, named)| its == named)
    };
    (named.all(|f| f.subject == first.subject)
        && found.iter().any(unnamed)
        && found.iter().filter(|f| unnamed(f)).all(same_image))
    .then(|| first.subject.clone())
}

/// For each of one diagnosis's findings, `None` when it is the first of its
/// subject (`unnamed_as` standing for the unnamed pod's), else the position
/// (among the first ones) of the finding it merges into. Only findings of
/// one diagnosis merge; their subjects are borrowed, not copied.
fn merge_targets<'a>(found: &'a [Finding], unnamed_as: Option<&'a str>) -> Vec<Option<usize>> {
    let mut first_of_subject = HashMap::with_capacity(found.len());
    let mut kept = 0;
    let subject_of = |finding: &'a Finding| match unnamed_as {
        Some(named) if finding.subject == rules::pod::UNNAMED_POD => named,
        _ => finding.subject.as_str(),
    };
    found
        .iter()
        .map(
            |finding| match first_of_subject.entry(subject_of(finding)) {
                Entry::Occupied(first) => Some(*first.get()),
                Entry::Vacant(slot) => {
                    slot.insert(kept);
                    kept += 1;
                    None
                }
            },
        )
        .collect()
}

/// Renders `findings` in `lang`, in their order, after freeing `garbage`:
/// on two threads when `parallel` and the platform has threads (see
/// [`render_on_two_threads`]), else one after the other.
fn render_all<G: Send>(
    parallel: bool,
    findings: &[Finding],
    doc: &Document,
    lang: Lang,
    garbage: G,
) -> Vec<FindingReport> {
    #[cfg(not(target_arch = "wasm32"))]
    if parallel {
        return render_on_two_threads(findings, doc, lang, garbage);
    }
    let _ = parallel;
    drop(garbage);
    findings.iter().map(|f| render(f, doc, lang)).collect()
}

/// [`render_all`] on two threads, one of which first frees `garbage`. The
/// threads take chunks of findings as they go, so that they end together
/// however long the freeing takes.
#[cfg(not(target_arch = "wasm32"))]
fn render_on_two_threads<G: Send>(
    findings: &[Finding],
    doc: &Document,
    lang: Lang,
    garbage: G,
) -> Vec<FindingReport> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    const CHUNK: usize = 64;
    let next = AtomicUsize::new(0);
    let render_chunks = || {
        let mut chunks = Vec::new();
        loop {
            let start = next.fetch_add(CHUNK, Ordering::Relaxed);
            let Some(chunk) = findings
                .get(start..(start + CHUNK).min(findings.len()))
                .filter(|c| !c.is_empty())
            else {
                return chunks;
            };
            chunks.push((
                start,
                chunk
                    .iter()
                    .map(|f| render(f, doc, lang))
                    .collect::<Vec<_>>(),
            ));
        }
    };
    let (mut chunks, more) = both(
        true,
        || {
            drop(garbage);
            render_chunks()
        },
        render_chunks,
    );
    chunks.extend(more);
    sort_by_rank(&mut chunks, |&(start, _)| start as u64);
    chunks
        .into_iter()
        .flat_map(|(_, rendered)| rendered)
        .collect()
}

/// Pastes from this size on are diagnosed on two threads (normalising the
/// two halves, segmenting then scanning beside parsing, the checks, the
/// rendering, with the freeing of the facts); below it, starting a thread
/// costs more than it saves.
const PARALLEL_BYTES: usize = 256 * 1024;

/// Runs `first` and `second` and returns both results: on two threads when
/// `parallel` and the platform has threads, else one after the other (the
/// page's wasm has one thread; its worker keeps the page responsive).
fn both<A: Send, B: Send>(
    parallel: bool,
    first: impl FnOnce() -> A + Send,
    second: impl FnOnce() -> B + Send,
) -> (A, B) {
    #[cfg(not(target_arch = "wasm32"))]
    if parallel {
        return std::thread::scope(|scope| {
            let second = scope.spawn(second);
            let first = first();
            let second = second
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (first, second)
        });
    }
    #[cfg(target_arch = "wasm32")]
    let _ = parallel;
    (first(), second())
}

/// Segments, parses and scans `doc`, and reads the paste's IDs at the
/// scan's hits. The phrase scan reads the document independently of the
/// rest: when `parallel` and the platform has threads, a second thread
/// segments it, handing the segments over in batches as it finds them so
/// that parsing starts at once, then scans it and reads the IDs.
fn parse_and_scan<'d>(
    parallel: bool,
    doc: &'d Document<'d>,
    prefilter: &Prefilter,
) -> ((Facts, Vec<InputSpan>), (Joined<'d>, Scan, PasteIds)) {
    #[cfg(not(target_arch = "wasm32"))]
    if parallel {
        const BATCH: usize = 256;
        let (sender, batches) = std::sync::mpsc::channel::<Vec<segment::Segment>>();
        return both(
            true,
            || parse::parse(doc, batches.into_iter().flatten()),
            move || {
                let mut batch = Vec::with_capacity(BATCH);
                segment::split_each(doc, |segment| {
                    batch.push(segment);
                    if batch.len() == BATCH {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        // Only a parser that stopped early drops the receiver.
                        let _ = sender.send(full);
                    }
                });
                let _ = sender.send(batch);
                // The last batch is sent: the parser's loop ends with it.
                drop(sender);
                scan_and_read_ids(doc, prefilter)
            },
        );
    }
    let _ = parallel;
    (
        parse::parse(doc, segment::split(doc)),
        scan_and_read_ids(doc, prefilter),
    )
}

/// Scans `doc` with `prefilter` and reads the paste's IDs at the hits.
fn scan_and_read_ids<'d>(
    doc: &'d Document<'d>,
    prefilter: &Prefilter,
) -> (Joined<'d>, Scan, PasteIds) {
    let (joined, scan) = prefilter.scan(doc);
    let ids = PasteIds::read(prefilter, &scan, &joined);
    (joined, scan, ids)
}

/// Runs `check` on every diagnosis, given the hits of each in declaration
/// order (`per_diagnosis`), and returns what each found, in that order: on
/// two threads when `parallel` and the platform has threads, else one after
/// the other with one memo.
fn run_checks<'h>(
    parallel: bool,
    per_diagnosis: Vec<Vec<(usize, &'h Hit)>>,
    check: impl Fn(&'static rules::Diagnosis, Vec<(usize, &'h Hit)>, &rules::Memo) -> Vec<Finding>
        + Sync,
) -> Vec<Vec<Finding>> {
    #[cfg(not(target_arch = "wasm32"))]
    if parallel {
        return run_checks_on_two_threads(by_domain(per_diagnosis), check);
    }
    let _ = parallel;
    let memo = rules::Memo::default();
    rules::all()
        .zip(per_diagnosis)
        .map(|(diagnosis, hits)| check(diagnosis, hits, &memo))
        .collect()
}

/// One diagnosis to check: its index in [`rules::all`], its declaration and
/// the hits of its triggers (trigger index, hit).
#[cfg(not(target_arch = "wasm32"))]
type Check<'h> = (usize, &'static rules::Diagnosis, Vec<(usize, &'h Hit)>);

/// The checks of every diagnosis, given the hits of each in declaration
/// order, grouped by domain.
#[cfg(not(target_arch = "wasm32"))]
fn by_domain<'h>(per_diagnosis: Vec<Vec<(usize, &'h Hit)>>) -> Vec<Vec<Check<'h>>> {
    let mut domains: Vec<Vec<Check>> = Vec::new();
    for (index, (diagnosis, hits)) in rules::all().zip(per_diagnosis).enumerate() {
        match domains.last_mut() {
            Some(domain) if domain[0].1.domain() == diagnosis.domain() => {
                domain.push((index, diagnosis, hits));
            }
            _ => domains.push(vec![(index, diagnosis, hits)]),
        }
    }
    domains
}

/// [`run_checks`] on two threads, which take whole domains from the two ends
/// of the list so that neither waits for the other. Each thread has its own
/// memo: the whole-paste values that the checks of a domain share are
/// computed once, on the thread that runs them.
#[cfg(not(target_arch = "wasm32"))]
fn run_checks_on_two_threads<'h>(
    domains: Vec<Vec<Check<'h>>>,
    check: impl Fn(&'static rules::Diagnosis, Vec<(usize, &'h Hit)>, &rules::Memo) -> Vec<Finding>
        + Sync,
) -> Vec<Vec<Finding>> {
    use std::collections::VecDeque;
    use std::sync::{Mutex, PoisonError};
    let count = domains.iter().map(Vec::len).sum();
    let queue = Mutex::new(VecDeque::from(domains));
    let work = |from_back: bool| {
        let memo = rules::Memo::default();
        let mut found = Vec::new();
        loop {
            let next = {
                let mut queue = queue.lock().unwrap_or_else(PoisonError::into_inner);
                if from_back {
                    queue.pop_back()
                } else {
                    queue.pop_front()
                }
            };
            let Some(domain) = next else {
                return found;
            };
            for (index, diagnosis, hits) in domain {
                found.push((index, check(diagnosis, hits, &memo)));
            }
        }
    };
    let (front, back) = both(true, || work(false), || work(true));
    let mut in_order = vec![Vec::new(); count];
    for (index, findings) in front.into_iter().chain(back) {
        in_order[index] = findings;
    }
    in_order
}

/// For each phrase of the prefilter, the (diagnosis index, trigger index)
/// pairs that declared it as a trigger (none for a context phrase).
type PhraseOwners = Vec<Vec<(usize, usize)>>;

/// Every phrase the prefilter searches for: the triggers of every rule, then
/// the context phrases that checks ask about or read the places of.
fn phrases() -> impl Iterator<Item = &'static str> {
    rules::all()
        .flat_map(|d| d.triggers.iter().copied())
        .chain(rules::context_phrases())
}

/// The prefilter over every phrase (built once), and for each phrase the
/// diagnoses that own it as a trigger.
fn prefilter() -> &'static (Prefilter, PhraseOwners) {
    static PREFILTER: OnceLock<(Prefilter, PhraseOwners)> = OnceLock::new();
    PREFILTER.get_or_init(|| {
        // Only a word can start an AWS ID: other hits of the prefixes are noise.
        let prefilter = Prefilter::new(phrases())
            .at_word_starts(parse::AWS_ID_PREFIXES, parse::is_aws_word_byte);
        let mut owners: PhraseOwners = vec![Vec::new(); phrases().count()];
        for (d, diagnosis) in rules::all().enumerate() {
            for (t, trigger) in diagnosis.triggers.iter().enumerate() {
                let phrase = prefilter
                    .index_of(trigger)
                    .expect("every trigger is compiled");
                owners[phrase].push((d, t));
            }
        }
        (prefilter, owners)
    })
}

/// Every distinct phrase the prefilter searches for, for benchmarks and `rg -f`.
pub fn trigger_phrases() -> Vec<&'static str> {
    let mut phrases: Vec<&'static str> = phrases().collect();
    phrases.sort_unstable_by_key(|p| p.to_ascii_lowercase());
    phrases.dedup_by_key(|p| p.to_ascii_lowercase());
    phrases
}

/// Merges `finding` into `existing`, a finding of the same diagnosis and subject.
fn merge_into(existing: &mut Finding, finding: Finding) {
    existing.evidence.extend(finding.evidence);
    for (key, value) in finding.values {
        if existing.get(key).is_none() {
            existing.values.push((key, value));
        }
    }
    for variant in finding.variants {
        if !existing.variants.contains(&variant) {
            existing.variants.push(variant);
        }
    }
    existing.related.extend(finding.related);
    // Milder only when every merged finding is, and then the least mild.
    existing.milder = match (existing.milder, finding.milder) {
        (Some(a), Some(b)) => Some(a.min(b)),
        _ => None,
    };
}

/// Links each finding to a more specific one that explains it, following
/// the declared `explains` precedence. Linear in findings: explainers are
/// looked up by ID, and by subject for same-subject links.
fn link(findings: &mut [Finding]) {
    // explained ID → (explainer ID, link), from the declarations.
    let mut explainers: HashMap<&str, Vec<(&'static str, Link)>> = HashMap::new();
    for diagnosis in rules::all() {
        for (explained, link) in diagnosis.explains {
            explainers
                .entry(explained)
                .or_default()
                .push((diagnosis.id, *link));
        }
    }
    // Only the findings of an explainer of the same subject are looked up
    // by subject.
    let same_subject: foldhash::HashSet<&str> = explainers
        .values()
        .flatten()
        .filter(|(_, link)| *link == Link::SameSubject)
        .map(|&(id, _)| id)
        .collect();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    let mut by_subject: HashMap<(&str, &str), usize> = HashMap::new();
    for (at, f) in findings.iter().enumerate() {
        by_id.entry(f.id).or_insert(at);
        if !same_subject.contains(f.id) {
            continue;
        }
        by_subject.entry((f.id, f.subject.as_str())).or_insert(at);
        for related in &f.related {
            by_subject.entry((f.id, related.as_str())).or_insert(at);
        }
    }
    let links: Vec<Option<(&'static str, String)>> = findings
        .iter()
        .enumerate()
        .map(|(at, g)| {
            let candidates = explainers.get(g.id)?;
            let found = candidates.iter().find_map(|(id, link)| {
                let j = match link {
                    Link::AnySubject => by_id.get(id),
                    Link::SameSubject => by_subject.get(&(*id, g.subject.as_str())),
                }?;
                (*j != at).then_some(*j)
            })?;
            Some((findings[found].id, findings[found].subject.clone()))
        })
        .collect();
    for (finding, link) in findings.iter_mut().zip(links) {
        finding.caused_by = link;
    }
}

/// Renders a finding's texts in `lang`, with evidence lines from `doc`.
fn render(finding: &Finding, doc: &Document, lang: Lang) -> FindingReport {
    let text = texts::get(lang, finding.id);
    let variants = &finding.variants;
    let values = &finding.values;
    let prose = |line: &str| texts::fill(&drop_missing(line, values), values);
    let mut lines: Vec<usize> = finding
        .evidence
        .iter()
        .copied()
        .filter(|&l| l < doc.len())
        .collect();
    sort_positions(&mut lines);
    lines.dedup();
    lines.truncate(EVIDENCE_LINES);
    let mut commands: Vec<String> = texts::select(text.commands, variants)
        .map(|c| texts::fill(c, values))
        .collect();
    commands.dedup();
    let mut cause = String::new();
    for line in texts::select(text.cause, variants) {
        if !cause.is_empty() {
            cause.push(' ');
        }
        cause.push_str(&prose(line));
    }
    FindingReport {
        id: finding.id,
        severity: finding.milder.unwrap_or_else(|| {
            rules::all()
                .find(|d| d.id == finding.id)
                .map_or(Severity::Error, |d| d.severity)
        }),
        subject: finding.subject.clone(),
        title: prose(text.title),
        cause,
        fix: texts::select(text.fix, variants).map(prose).collect(),
        commands,
        evidence: lines
            .into_iter()
            .map(|l| Evidence {
                line: l + 1,
                text: doc
                    .line(l)
                    .trim_end()
                    .chars()
                    .take(EVIDENCE_CHARS)
                    .collect(),
            })
            .collect(),
        sub_causes: finding.variants.iter().map(|v| v.to_string()).collect(),
        caused_by: finding.caused_by.as_ref().map(|(id, _)| *id),
        #[cfg(not(target_arch = "wasm32"))]
        caused_by_subject: finding
            .caused_by
            .as_ref()
            .map(|(_, subject)| subject.clone()),
    }
}

/// Drops ` (… {key} …)` asides of prose whose placeholder has no value or an
/// empty one, so that a sentence never shows `<memory_limit>` or `()` when
/// the paste has none.
fn drop_missing<'l>(line: &'l str, values: &[(&str, String)]) -> Cow<'l, str> {
    let Some(first) = line.find(" (") else {
        return Cow::Borrowed(line);
    };
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    let mut open = Some(first);
    while let Some(at) = open {
        let Some(close) = rest[at..].find(')').map(|c| at + c) else {
            break;
        };
        let aside = &rest[at..=close];
        let missing = aside
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(k, _)| k))
            .any(|key| !values.iter().any(|(k, v)| *k == key && !v.is_empty()));
        out.push_str(&rest[..at]);
        if !missing {
            out.push_str(aside);
        }
        rest = &rest[close + 1..];
        open = rest.find(" (");
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asides_without_values_are_dropped() {
        let values = [("pod", "x".to_string()), ("taint", String::new())];
        assert_eq!(
            drop_missing("limit ({memory_limit}) and", &values),
            "limit and"
        );
        assert_eq!(
            drop_missing("a taint ({taint}) that", &values),
            "a taint that"
        );
        assert_eq!(
            drop_missing("pod ({pod}) ok (a)", &values),
            "pod ({pod}) ok (a)"
        );
    }

    #[test]
    fn checks_on_two_threads_come_back_in_declaration_order() {
        let none = || vec![Vec::new(); rules::all().count()];
        // Fake work: each check reports its ID and its number of hits.
        let check =
            |diagnosis: &'static rules::Diagnosis, hits: Vec<(usize, &Hit)>, _: &rules::Memo| {
                vec![Finding {
                    subject: format!("{} {}", diagnosis.id, hits.len()),
                    ..Finding::default()
                }]
            };
        let one = run_checks(false, none(), check);
        let two = run_checks(true, none(), check);
        let subjects = |found: &[Vec<Finding>]| -> Vec<String> {
            found.iter().map(|f| f[0].subject.clone()).collect()
        };
        assert_eq!(subjects(&one), subjects(&two));
        assert_eq!(one.len(), rules::all().count());
        let ids: Vec<String> = rules::all().map(|d| format!("{} 0", d.id)).collect();
        assert_eq!(subjects(&two), ids);
    }

    #[test]
    fn findings_rendered_on_two_threads_keep_their_order() {
        let text = "line\n".repeat(1000);
        let doc = Document::new(&text);
        let findings: Vec<Finding> = (0..1000)
            .map(|i| Finding {
                id: rules::all().nth(i % 60).map_or("pod/crash-loop", |d| d.id),
                ..Finding::new(format!("pod-{i}")).line(i)
            })
            .collect();
        let one = render_all(false, &findings, &doc, Lang::En, ());
        let two = render_all(true, &findings, &doc, Lang::En, vec![0u8; 1 << 20]);
        let summary = |rendered: &[FindingReport]| -> Vec<(String, &str, usize)> {
            rendered
                .iter()
                .map(|f| (f.subject.clone(), f.id, f.evidence[0].line))
                .collect()
        };
        assert_eq!(summary(&one), summary(&two));
        assert_eq!(one.len(), 1000);
        assert_eq!(one[999].subject, "pod-999");
    }

    #[test]
    fn a_run_that_leaves_its_memory_to_the_system_reports_the_same() {
        let block = "$ kubectl get pods -n ns-{i}\n\
            NAME      READY   STATUS             RESTARTS   AGE\n\
            web-{i}   0/1     CrashLoopBackOff   4          5m\n\n";
        let paste: String = (0..3000)
            .map(|i| block.replace("{i}", &i.to_string()))
            .collect();
        assert!(paste.len() > PARALLEL_BYTES);
        let exiting = Options {
            exiting: true,
            ..Options::default()
        };
        let report = diagnose_with(&paste, exiting);
        assert_eq!(report.findings.len(), 3000);
        assert_eq!(report, diagnose_with(&paste, Options::default()));
    }

    #[test]
    fn segments_streamed_to_the_parser_give_what_a_whole_list_gives() {
        // Many segments (prompts, tables, events, JSON, prose), past several
        // batches of the streamed parse.
        let block = "$ kubectl get pods -n ns-{i}\n\
            NAME      READY   STATUS             RESTARTS   AGE\n\
            web-{i}   0/1     CrashLoopBackOff   4          5m\n\
            \n\
            LAST SEEN   TYPE      REASON    OBJECT        MESSAGE\n\
            1m          Warning   BackOff   pod/web-{i}   Back-off restarting failed container\n\
            {\"status\": \"CREATING\"}\n\
            some prose about web-{i}\n\n";
        let paste: String = (0..400)
            .map(|i| block.replace("{i}", &i.to_string()))
            .collect();
        let doc = Document::new(&paste);
        assert!(segment::split(&doc).len() > 4 * 256);
        let (prefilter, _) = prefilter();
        let ((one_facts, one_inputs), (_, one_scan, one_ids)) =
            parse_and_scan(false, &doc, prefilter);
        let ((two_facts, two_inputs), (_, two_scan, two_ids)) =
            parse_and_scan(true, &doc, prefilter);
        assert_eq!(one_inputs, two_inputs);
        assert_eq!(
            format!("{:?}", one_facts.pods),
            format!("{:?}", two_facts.pods)
        );
        assert_eq!(
            format!("{:?}", one_facts.events),
            format!("{:?}", two_facts.events)
        );
        assert_eq!(
            format!("{:?}", one_facts.commands),
            format!("{:?}", two_facts.commands)
        );
        let spans = |scan: &Scan| -> Vec<std::ops::Range<usize>> {
            scan.hits.iter().map(|h| h.span.clone()).collect()
        };
        assert_eq!(spans(&one_scan), spans(&two_scan));
        assert_eq!(format!("{one_ids:?}"), format!("{two_ids:?}"));
        assert_eq!(one_facts.pods.len(), 400);
    }

    #[test]
    fn a_report_reads_back_from_its_json() {
        let report = diagnose("NAME READY STATUS RESTARTS AGE\nweb-1 0/1 CrashLoopBackOff 5 1m\n");
        let json = serde_json::to_string(&report).unwrap();
        assert_eq!(serde_json::from_str::<Report>(&json).unwrap(), report);
        assert!(
            serde_json::from_str::<Report>(&json.replace("pod/crash-loop", "pod/nope")).is_err()
        );
    }

    #[test]
    fn every_phrase_a_check_asks_about_is_in_the_scan() {
        let sources = [
            include_str!("rules/pod.rs"),
            include_str!("rules/arc.rs"),
            include_str!("rules/ext.rs"),
            include_str!("rules/helm.rs"),
            include_str!("rules/sc.rs"),
            include_str!("rules/eks.rs"),
        ];
        let (prefilter, _) = prefilter();
        for source in sources {
            for call in source.split("mentions(\"").skip(1) {
                let phrase = call.split('"').next().unwrap_or_default();
                assert!(
                    prefilter.index_of(phrase).is_some(),
                    "{phrase:?} is asked about but not in rules::context_phrases()"
                );
            }
        }
    }

    #[test]
    fn empty_and_blank_pastes_give_empty_reports() {
        for text in ["", "\n\n", "   "] {
            let report = diagnose(text);
            assert!(report.findings.is_empty());
        }
    }
}
