//! Parses kubectl-style tables by header words and value shapes, not by
//! column positions: a table copied from a web page keeps its words but loses
//! its alignment, and RESTARTS cells like `5 (2m ago)` span several words.

use super::Context;
use crate::facts::{
    is_object_name, word, Deployment, Event, Facts, HelmRelease, Job, SecretList, Signal, Word,
};
use crate::recognise::{table_header, TableKind};

/// The two event types.
pub const EVENT_TYPES: &[&str] = &["Normal", "Warning"];

/// The kind of an event's object, lower-cased (`Pod` → `pod`).
pub fn object_kind(kind: &str) -> Word {
    const KINDS: &[&str] = &[
        "pod",
        "job",
        "node",
        "deployment",
        "replicaset",
        "daemonset",
        "statefulset",
    ];
    word(&kind.to_ascii_lowercase(), KINDS)
}

/// The reasons of the events Kubernetes components emit most often.
pub const EVENT_REASONS: &[&str] = &[
    "Scheduled",
    "FailedScheduling",
    "Pulling",
    "Pulled",
    "Failed",
    "BackOff",
    "Created",
    "Started",
    "Killing",
    "Unhealthy",
    "FailedMount",
    "SuccessfulCreate",
    "SuccessfulDelete",
    "ScalingReplicaSet",
    "FailedCreatePodSandBox",
    "SandboxChanged",
    "Evicted",
    "Preempted",
    "Completed",
    "FailedCreate",
    "BackoffLimitExceeded",
    "DeadlineExceeded",
    "NodeNotReady",
];

/// Pod phases and container reasons that a STATUS cell can hold.
pub const POD_STATUSES: &[&str] = &[
    "Running",
    "Pending",
    "Completed",
    "Succeeded",
    "Failed",
    "Unknown",
    "Terminating",
    "ContainerCreating",
    "PodInitializing",
    "CrashLoopBackOff",
    "ImagePullBackOff",
    "ErrImagePull",
    "ErrImageNeverPull",
    "InvalidImageName",
    "CreateContainerConfigError",
    "CreateContainerError",
    "RunContainerError",
    "OOMKilled",
    "Error",
    "Evicted",
    "NodeLost",
    "Shutdown",
    "ContainerStatusUnknown",
    "Init:Error",
    "Init:CrashLoopBackOff",
    "Init:ImagePullBackOff",
    "Init:ErrImagePull",
    "Init:OOMKilled",
    "NodeAffinity",
    "OutOfcpu",
    "OutOfmemory",
    "UnexpectedAdmissionError",
];

/// True for a STATUS cell: a known status, `Init:n/m` or `Signal:N`/`ExitCode:N`.
pub fn is_pod_status(word: &str) -> bool {
    POD_STATUSES.iter().any(|s| s.eq_ignore_ascii_case(word))
        || word.starts_with("Init:")
        || word.starts_with("ExitCode:")
        || word.starts_with("Signal:")
}

/// Parses `n/m`.
pub fn ratio(word: &str) -> Option<(u32, u32)> {
    // Most words tried are names and statuses: out at the first byte (a
    // number starts with a digit or, for `u32::from_str`, a `+`).
    let first = *word.as_bytes().first()?;
    if !(first.is_ascii_digit() || first == b'+') {
        return None;
    }
    // A short word: a byte loop finds the slash sooner than a `str` search.
    let slash = word.bytes().position(|b| b == b'/')?;
    Some((word[..slash].parse().ok()?, word[slash + 1..].parse().ok()?))
}

/// Parses a kubectl age (`3d19h`, `4m14s`, `18s`, `2y`) into seconds
/// (at most about 136 years).
pub fn age_seconds(age: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut number: Option<u32> = None;
    for b in age.bytes() {
        if b.is_ascii_digit() {
            let digit = u32::from(b - b'0');
            number = Some(number.unwrap_or(0).checked_mul(10)?.checked_add(digit)?);
            continue;
        }
        let unit = match b {
            b's' => 1,
            b'm' => 60,
            b'h' => 3600,
            b'd' => 86_400,
            b'y' => 31_536_000,
            _ => return None,
        };
        total = total.saturating_add(number.take()?.saturating_mul(unit));
    }
    number.is_none().then_some(total)
}

/// Parses one table segment (header on its first line) into facts and tells
/// what kind of table it was.
pub fn parse(lines: &[(usize, &str)], ctx: &Context, facts: &mut Facts) -> TableKind {
    let Some(&(_, header)) = lines.first() else {
        return TableKind::Other;
    };
    let kind = table_header(header).unwrap_or(TableKind::Other);
    let with_namespace = header.split_ascii_whitespace().next() == Some("NAMESPACE");
    let old_events = header.starts_with("LASTSEEN");
    let mut secrets = SecretList {
        namespace: ctx.namespace.clone(),
        ..SecretList::default()
    };
    let mut history = HelmHistory::default();
    // The last event row was long enough to have been wrapped: a next line
    // that is no row goes on with its message, glued to it where a terminal
    // cut a word in two at its margin, else after a space.
    let mut event_goes_on: Option<&str> = None;
    // One buffer for the words of every row: no allocation per row.
    let mut words: Vec<&str> = Vec::new();
    for &(line, text) in &lines[1..] {
        words.clear();
        push_words(text, &mut words);
        if words.is_empty() {
            continue;
        }
        match kind {
            TableKind::Pods => {
                pod_row(&words, line, with_namespace, ctx, facts);
            }
            TableKind::Deployments => deployment_row(&words, line, with_namespace, ctx, facts),
            TableKind::Events => {
                if let Some(event) = event_row(&words, line, with_namespace, old_events, ctx, facts)
                {
                    facts.events.push(event);
                } else if let (Some(event), Some(glue)) = (facts.events.last_mut(), event_goes_on) {
                    event.message.push_str(glue);
                    event.message.push_str(&words.join(" "));
                }
                event_goes_on =
                    (text.len() >= 80).then_some(if cut_at_margin(text) { "" } else { " " });
            }
            TableKind::Jobs => job_row(&words, line, with_namespace, ctx, facts),
            TableKind::Secrets => {
                let name = words[usize::from(with_namespace).min(words.len() - 1)];
                secrets
                    .names
                    .push((name.trim_start_matches("secret/").to_string(), line));
            }
            TableKind::HelmList => helm_list_row(&words, line, facts),
            TableKind::HelmHistory => history.row(&words, line),
            TableKind::Nodes | TableKind::Other => {
                // Mixed `kubectl get all` blocks: keep whatever rows look like pods.
                pod_row(&words, line, with_namespace, ctx, facts);
            }
        }
    }
    if !secrets.names.is_empty() {
        secrets.lines = lines[0].0..lines[lines.len() - 1].0 + 1;
        facts.secret_lists.push(secrets);
    }
    history.release(ctx, facts);
    kind
}

/// True for a line a terminal cut at a usual width in the middle of a word
/// (see [`crate::search::is_hard_wrapped`]).
fn cut_at_margin(text: &str) -> bool {
    !text.ends_with(' ')
        && (80..=640).contains(&text.len())
        && [80, 100, 120, 132, 160].contains(&text.chars().count())
}

/// Appends the words of `line` (a document's line) to `words`: its runs of
/// bytes other than whitespace, as `str::split_ascii_whitespace` gives them,
/// found 64 bytes at a time from a bit mask of the whitespace (a table row
/// is mostly runs of spaces and short words).
fn push_words<'t>(line: &'t str, words: &mut Vec<&'t str>) {
    // Where the word being read started, when one is.
    let mut word_start = None;
    for (block, bytes) in line.as_bytes().chunks(64).enumerate() {
        let base = block * 64;
        // A bit for each byte of the block (the last block may be short).
        let in_block = u64::MAX >> (64 - bytes.len());
        let word_bytes = !whitespace_mask(bytes) & in_block;
        // The bits from `at` on are still to read.
        let mut at = 0;
        loop {
            let ahead = u64::MAX << at;
            match word_start {
                None => {
                    let starts = word_bytes & ahead;
                    if starts == 0 {
                        break;
                    }
                    at = starts.trailing_zeros();
                    word_start = Some(base + at as usize);
                }
                Some(start) => {
                    let ends = !word_bytes & ahead & in_block;
                    if ends == 0 {
                        break;
                    }
                    at = ends.trailing_zeros();
                    words.push(&line[start..base + at as usize]);
                    word_start = None;
                }
            }
        }
    }
    if let Some(start) = word_start {
        words.push(&line[start..]);
    }
}

/// A bit for each byte of `bytes` (at most 64) below `!`: the space, and
/// the control bytes (a document's line holds none, but tabs and line ends
/// count as whitespace elsewhere). Eight bytes at a time, in a `u64`.
fn whitespace_mask(bytes: &[u8]) -> u64 {
    const LOW_7_BITS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // Added to a byte's low 7 bits, sets its top bit when they are at
    // least 0x21 (without a carry into the next byte).
    const FROM_BANG: u64 = 0x5f5f_5f5f_5f5f_5f5f;
    // Gathers the top bit of each byte into the top byte, first byte lowest.
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let mut mask = 0;
    let mut words = bytes.chunks_exact(8);
    for (index, word) in words.by_ref().enumerate() {
        let word = word.try_into().map_or(0, u64::from_le_bytes);
        let below_bang = !(((word & LOW_7_BITS) + FROM_BANG) | word) & !LOW_7_BITS;
        mask |= ((below_bang >> 7).wrapping_mul(GATHER) >> 56) << (index * 8);
    }
    let done = bytes.len() - words.remainder().len();
    for (index, &byte) in words.remainder().iter().enumerate() {
        mask |= u64::from(byte < b'!') << (done + index);
    }
    mask
}

/// Reads a pod row by shapes: `[NAMESPACE] NAME n/m STATUS RESTARTS [(x ago)] AGE …`.
/// Returns false when the words do not look like a pod row.
pub fn pod_row(
    words: &[&str],
    line: usize,
    with_namespace: bool,
    ctx: &Context,
    facts: &mut Facts,
) -> bool {
    let Some(at) = words.iter().take(4).position(|w| ratio(w).is_some()) else {
        return false;
    };
    if at == 0 || at + 1 >= words.len() || !is_pod_status(words[at + 1]) {
        return false;
    }
    // A row set in Markdown bold or italics (`_**web-1`): a pod name starts
    // with a letter or digit.
    let raw_name = words[at - 1].trim_start_matches(['*', '_', '`']);
    let Some(name) = pod_name(raw_name).filter(|n| !n.is_empty()) else {
        return false;
    };
    let namespace = if at >= 2 && (with_namespace || at == 2) {
        Some(facts.namespace(words[at - 2]))
    } else {
        ctx.namespace.clone()
    };
    let status = word(words[at + 1], POD_STATUSES);
    let restarts = words.get(at + 2).and_then(|w| w.parse().ok());
    let age = words[at + 2..]
        .iter()
        .skip(1)
        .find(|w| !w.starts_with('(') && !w.ends_with(')'))
        .and_then(|w| age_seconds(w));
    let pod = facts.pod_mut(namespace, name, line);
    pod.ready = ratio(words[at]);
    pod.status = Some(status.clone());
    pod.restarts = restarts.or(pod.restarts);
    pod.age_seconds = age.or(pod.age_seconds);
    pod.line = line;
    // A healthy status is no signal of a problem (and most rows are healthy:
    // keeping none saves two allocations per pod on large pastes).
    if !crate::facts::is_healthy_status(&status) {
        // Most pods appear once, in one row: room for one signal, not four.
        pod.signals.reserve_exact(1);
        pod.signals.push(Signal {
            value: status,
            line,
        });
    }
    true
}

/// `pod/web-1` → `web-1`; rejects other resource kinds.
fn pod_name(word: &str) -> Option<&str> {
    // A short word: a byte loop finds the slash sooner than a `str` search.
    match word.bytes().position(|b| b == b'/') {
        Some(slash) => matches!(&word[..slash], "pod" | "pods").then(|| &word[slash + 1..]),
        None => Some(word),
    }
}

fn deployment_row(
    words: &[&str],
    line: usize,
    with_namespace: bool,
    ctx: &Context,
    facts: &mut Facts,
) {
    let at = usize::from(with_namespace);
    let (Some(name), Some(ready)) = (words.get(at), words.get(at + 1).and_then(|w| ratio(w)))
    else {
        return;
    };
    let namespace = if with_namespace {
        Some(facts.namespace(words[0]))
    } else {
        ctx.namespace.clone()
    };
    let name = name.rsplit('/').next().unwrap_or(name).to_string();
    facts.deployments.push(Deployment {
        namespace,
        name,
        ready,
        line,
    });
}

fn job_row(words: &[&str], line: usize, with_namespace: bool, ctx: &Context, facts: &mut Facts) {
    let at = usize::from(with_namespace);
    let Some(name) = words.get(at) else { return };
    let namespace = if with_namespace {
        Some(facts.namespace(words[0]))
    } else {
        ctx.namespace.clone()
    };
    let completions = words.get(at + 1).and_then(|w| ratio(w));
    let failing = completions.is_some_and(|(done, wanted)| done < wanted);
    facts.jobs.push(Job {
        namespace,
        name: name.rsplit('/').next().unwrap_or(name).to_string(),
        completions,
        failure_lines: if failing { vec![line] } else { Vec::new() },
        line,
        ..Job::default()
    });
}

/// The states of a Helm release (and of each revision in its history).
const HELM_STATES: &[&str] = &[
    "deployed",
    "failed",
    "pending-install",
    "pending-upgrade",
    "pending-rollback",
    "superseded",
    "uninstalling",
    "uninstalled",
    "unknown",
];

fn helm_list_row(words: &[&str], line: usize, facts: &mut Facts) {
    if let Some(status) = words.iter().find(|w| HELM_STATES.contains(w)) {
        let namespace = words.get(1).map(|s| facts.namespace(s));
        facts.helm_releases.push(HelmRelease {
            name: words[0].to_string(),
            namespace,
            status: status.to_string(),
            line,
            good_revision: None,
        });
    }
}

/// A `helm history` table read row by row: the release is in the state of
/// its last revision, and can go back to the last one deployed before it.
#[derive(Default)]
struct HelmHistory<'a> {
    /// The last row: its revision, state and line.
    last: Option<(&'a str, &'a str, usize)>,
    /// The revision before it that was deployed (or superseded).
    good: Option<&'a str>,
}

impl<'a> HelmHistory<'a> {
    fn row(&mut self, words: &[&'a str], line: usize) {
        let revision = words[0];
        let Some(&status) = words.iter().find(|w| HELM_STATES.contains(w)) else {
            return;
        };
        if !revision.bytes().all(|b| b.is_ascii_digit()) {
            return;
        }
        if let Some((before, "deployed" | "superseded", _)) = self.last {
            self.good = Some(before);
        }
        self.last = Some((revision, status, line));
    }

    /// The release as of its last revision; named by the `helm history`
    /// command before the table, else left for the rules to name.
    fn release(self, ctx: &Context, facts: &mut Facts) {
        let Some((_, status, line)) = self.last else {
            return;
        };
        let name = ctx.command.as_deref().and_then(history_release);
        facts.helm_releases.push(HelmRelease {
            name: name.unwrap_or_default().to_string(),
            namespace: ctx.namespace.clone(),
            status: status.to_string(),
            line,
            good_revision: self.good.map(str::to_string),
        });
    }
}

/// The release `helm history <release> [flags]` asks about.
fn history_release(command: &str) -> Option<&str> {
    let mut words = command
        .split_ascii_whitespace()
        .skip_while(|w| *w != "history")
        .skip(1);
    while let Some(word) = words.next() {
        if !word.starts_with('-') {
            return Some(word);
        }
        if matches!(
            word,
            "-n" | "--namespace" | "--max" | "-o" | "--output" | "--kube-context"
        ) {
            words.next();
        }
    }
    None
}

/// Reads a `kubectl get events` row pasted without its header: `[NAMESPACE]
/// AGE Warning REASON kind/name MESSAGE`, recognised by an age, then the
/// type, then an object with its kind.
pub fn headerless_event_row(
    words: &[&str],
    line: usize,
    ctx: &Context,
    facts: &mut Facts,
) -> Option<Event> {
    let at = words
        .iter()
        .take(7)
        .position(|w| matches!(*w, "Normal" | "Warning"))?;
    let shaped = (1..=2).contains(&at)
        && age_seconds(words[at - 1]).is_some()
        && words.get(at + 2).is_some_and(|w| w.contains('/'));
    // The old format: `7s 7s 1 web-1.15281cd791bf4983 Pod [spec.containers{web}] Warning …`.
    let old = (5..=6).contains(&at)
        && age_seconds(words[0]).is_some()
        && age_seconds(words[1]).is_some()
        && words[2].bytes().all(|b| b.is_ascii_digit());
    if !shaped && !old {
        return None;
    }
    event_row(words, line, at == 2, old, ctx, facts)
}

/// Reads an event of a console's event list pasted as `|`-separated cells,
/// the object's name and kind just before the type (OpenShift's web
/// console: `3:18:37 PM | web-1 | Pod | Warning | Failed | Failed to pull …`).
pub fn piped_event_row(words: &[&str], text: &str, line: usize, ctx: &Context) -> Option<Event> {
    // Most lines read are not such rows: out within their first words.
    if words.iter().take(8).filter(|w| **w == "|").count() < 2 {
        return None;
    }
    let cells: Vec<&str> = text.split('|').map(str::trim).collect();
    let at = cells
        .iter()
        .position(|c| matches!(*c, "Normal" | "Warning"))
        .filter(|&at| at >= 2 && cells.len() > at + 2)?;
    let (name, kind, reason) = (cells[at - 2], cells[at - 1], cells[at + 1]);
    let shaped = is_object_name(name)
        && kind.bytes().all(|b| b.is_ascii_alphabetic())
        && !reason.is_empty()
        && !reason.contains(' ');
    shaped.then(|| Event {
        namespace: ctx.namespace.clone(),
        object_kind: Some(object_kind(kind)),
        object: Some(name.to_string()),
        kind: word(cells[at], EVENT_TYPES),
        reason: word(reason, EVENT_REASONS),
        message: cells[at + 2..].join(" | "),
        line,
    })
}

/// The object an old-format event is about: its NAME column is the event's
/// name, the object's and a hex suffix (`web-1.15281cd791bf4983` → `web-1`).
fn object_of_event(name: &str) -> &str {
    match name.rsplit_once('.') {
        Some((object, suffix))
            if suffix.len() >= 8 && suffix.bytes().all(|b| b.is_ascii_hexdigit()) =>
        {
            object
        }
        _ => name,
    }
}

/// Reads an events row, current (`[NAMESPACE] LAST SEEN TYPE REASON OBJECT
/// MESSAGE`) or old (`LASTSEEN FIRSTSEEN COUNT NAME KIND SUBOBJECT TYPE REASON
/// SOURCE MESSAGE`) format.
fn event_row(
    words: &[&str],
    line: usize,
    with_namespace: bool,
    old: bool,
    ctx: &Context,
    facts: &mut Facts,
) -> Option<Event> {
    let at = words
        .iter()
        .position(|w| matches!(*w, "Normal" | "Warning"))?;
    let reason = word(words.get(at + 1)?, EVENT_REASONS);
    let namespace = if with_namespace {
        Some(facts.namespace(words[0]))
    } else {
        ctx.namespace.clone()
    };
    let (object_kind, object, message_from) =
        if old && words.get(3).is_some_and(|w| w.starts_with('{')) {
            // A describe's Events before 1.5 (`FirstSeen LastSeen Count From
            // SubobjectPath Type Reason Message`): the source (`{kubelet
            // node-1}`) before the type, no object.
            (None, None, at + 2)
        } else if old {
            let source_len = if words.get(at + 2).is_some_and(|w| w.ends_with(',')) {
                2
            } else {
                1
            };
            let kind = words.get(4).map(|k| object_kind(k));
            (
                kind,
                words.get(3).map(|name| object_of_event(name).to_string()),
                at + 2 + source_len,
            )
        } else {
            match words.get(at + 2).and_then(|w| w.split_once('/')) {
                Some((kind, name)) => (Some(object_kind(kind)), Some(name.to_string()), at + 3),
                None => (None, None, at + 2),
            }
        };
    Some(Event {
        namespace,
        object_kind,
        object,
        kind: word(words[at], EVENT_TYPES),
        reason,
        message: words.get(message_from..).unwrap_or_default().join(" "),
        line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_events_name_their_object_without_the_event_suffix() {
        assert_eq!(
            object_of_event("asb-2-29mxv.15281cd791bf4983"),
            "asb-2-29mxv"
        );
        assert_eq!(object_of_event("web.v2"), "web.v2");
    }

    #[test]
    fn ages_parse() {
        assert_eq!(age_seconds("3d19h"), Some(3 * 86_400 + 19 * 3600));
        assert_eq!(age_seconds("4m14s"), Some(254));
        assert_eq!(age_seconds("<invalid>"), None);
        assert_eq!(age_seconds("99999999999999999999y"), None);
    }

    #[test]
    fn words_are_what_split_ascii_whitespace_gives() {
        let long = format!("{}  {}\tend ", "w".repeat(63), "x".repeat(64));
        let every_byte: String = (b' '..=b'~').map(char::from).collect::<String>().repeat(3);
        for line in [
            "",
            " ",
            "one",
            "  two  words  ",
            "web-1   1/1     Running   0          5m",
            "é ü\u{a0}x \u{7f}!~",
            "\r\n\t\x0c",
            long.as_str(),
            &" a".repeat(100),
            &every_byte,
        ] {
            let mut words = Vec::new();
            push_words(line, &mut words);
            assert_eq!(
                words,
                line.split_ascii_whitespace().collect::<Vec<_>>(),
                "{line:?}"
            );
        }
    }

    #[test]
    fn ratios_are_pairs_of_numbers() {
        assert_eq!(ratio("1/2"), Some((1, 2)));
        assert_eq!(ratio("+0/1"), Some((0, 1)));
        for word in ["Running", "pod/web", "", "/", "1/", "-1/2", "a1/2"] {
            assert_eq!(ratio(word), None, "{word}");
        }
    }

    #[test]
    fn pod_rows_survive_lost_alignment_and_restart_annotations() {
        let mut facts = Facts::default();
        let ctx = Context::default();
        assert!(pod_row(
            &"shop web-7d9f 0/1 CrashLoopBackOff 5 (2m ago) 10m"
                .split(' ')
                .collect::<Vec<_>>(),
            3,
            true,
            &ctx,
            &mut facts
        ));
        let pod = &facts.pods[0];
        assert_eq!(pod.subject(), "shop/web-7d9f");
        assert_eq!(pod.restarts, Some(5));
        assert_eq!(pod.age_seconds, Some(600));
    }

    #[test]
    fn prose_with_a_fraction_is_not_a_pod() {
        let mut facts = Facts::default();
        let words: Vec<&str> = "only 1/2 of the agents".split(' ').collect();
        assert!(!pod_row(&words, 0, false, &Context::default(), &mut facts));
    }

    #[test]
    fn current_and_old_event_rows() {
        let ctx = Context::default();
        let now: Vec<&str> = "2m Warning FailedScheduling pod/web-1 0/3 nodes are available"
            .split(' ')
            .collect();
        let event = event_row(&now, 0, false, false, &ctx, &mut Facts::default()).unwrap();
        assert_eq!(
            (event.object.as_deref(), event.message.as_str()),
            (Some("web-1"), "0/3 nodes are available")
        );
        let old: Vec<&str> =
            "1m 1m 1 web-1 Pod Warning FailedScheduling default-scheduler No nodes"
                .split(' ')
                .collect();
        let event = event_row(&old, 0, false, true, &ctx, &mut Facts::default()).unwrap();
        assert_eq!(
            (event.object_kind.as_deref(), event.message.as_str()),
            (Some("pod"), "No nodes")
        );
        // A describe's Events before 1.5: the source before the type.
        let described: Vec<&str> =
            "4m 2m 2 {kubelet node-1} Warning FailedMount Unable to mount volumes"
                .split(' ')
                .collect();
        let event = event_row(&described, 0, false, true, &ctx, &mut Facts::default()).unwrap();
        assert_eq!(
            (event.object.as_deref(), event.message.as_str()),
            (None, "Unable to mount volumes")
        );
        // A wrapped line under an old header: no fourth word, no panic.
        let wrapped = ["is", "Normal", "now"];
        assert!(event_row(&wrapped, 0, false, true, &ctx, &mut Facts::default()).is_some());
    }
}
