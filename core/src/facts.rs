//! Stage 3 output: typed facts recovered from the paste, each with its lines.
//!
//! Parsers fill [`Facts`]; rules only read it. Every fact keeps the 0-based
//! line(s) it came from so that findings can show their evidence.

use crate::sort::sort_by_rank;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::ops::Range;
use std::sync::Arc;

/// A namespace. The same few namespaces repeat on every row of a large
/// paste, so each distinct one is allocated once and shared (see
/// [`Facts::namespace`]).
pub type Namespace = Arc<str>;

/// A status or reason as printed: a well-known one (`Running`, `Warning`)
/// is the declared constant, and only others are allocated (see [`word`]).
pub type Word = Cow<'static, str>;

/// `value` as a [`Word`]: the entry of `known` that equals it, else a copy.
pub fn word(value: &str, known: &[&'static str]) -> Word {
    match known.iter().find(|k| **k == value) {
        Some(known) => Cow::Borrowed(known),
        None => Cow::Owned(value.to_string()),
    }
}

/// A status, reason or exit code observed for a pod, with the line showing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signal {
    /// The observed value: `CrashLoopBackOff`, `OOMKilled`, `Pending`, `exit 137` …
    pub value: Word,
    /// 0-based line.
    pub line: usize,
}

/// One pod, merged from every place the paste mentions it (table rows,
/// describe output, JSON/YAML objects).
#[derive(Debug, Clone, Default)]
pub struct Pod {
    /// Namespace, when the paste tells it.
    pub namespace: Option<Namespace>,
    /// Pod name.
    pub name: Box<str>,
    /// READY column as (ready, total) containers.
    pub ready: Option<(u32, u32)>,
    /// STATUS column or describe `Status:` (the last one seen).
    pub status: Option<Word>,
    /// RESTARTS column or describe `Restart Count:`.
    pub restarts: Option<u32>,
    /// AGE column in seconds.
    pub age_seconds: Option<u32>,
    /// Statuses, container state reasons and `exit N` codes, with their lines.
    pub signals: Vec<Signal>,
    /// Memory limit from describe `Limits:` or JSON/YAML `resources.limits`.
    pub memory_limit: Option<Box<str>>,
    /// The image of the describe output's container that waits for its
    /// image (`Image:` above `Reason: ImagePullBackOff`, `ErrImagePull`,
    /// `InvalidImageName`; the last such container's).
    pub pull_image: Option<Box<str>>,
    /// The line that introduces the pod (its row, or describe `Name:`).
    pub line: usize,
    /// Its position in [`Facts::pods`].
    index: u32,
}

/// Pod statuses that are no problem.
const HEALTHY: &[&str] = &["Running", "Completed", "Succeeded"];

/// True for a pod status that is no problem (`Running`, `Completed`, `Succeeded`).
pub fn is_healthy_status(status: &str) -> bool {
    HEALTHY.contains(&status)
}

impl Pod {
    /// `namespace/name`, or `name` when the namespace is unknown.
    pub fn subject(&self) -> String {
        match &self.namespace {
            Some(ns) => format!("{ns}/{}", self.name),
            None => self.name.to_string(),
        }
    }

    /// The lines that show this pod: its row (or describe `Name:`) and its signals.
    pub fn lines(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.line).chain(self.signals.iter().map(|s| s.line))
    }

    /// Its position in [`Facts::pods`].
    pub fn position(&self) -> usize {
        self.index as usize
    }

    /// Lines of signals whose value contains `needle` (ASCII case-insensitive).
    pub fn signal_lines(&self, needle: &str) -> Vec<usize> {
        self.signals
            .iter()
            .filter(|s| contains_ci(&s.value, needle))
            .map(|s| s.line)
            .collect()
    }

    /// Exit codes seen for this pod, with their lines.
    pub fn exit_codes(&self) -> impl Iterator<Item = (i64, usize)> + '_ {
        self.signals
            .iter()
            .filter_map(|s| Some((s.value.strip_prefix("exit ")?.parse().ok()?, s.line)))
    }

    /// Non-zero exit codes seen for this pod.
    pub fn failing_exit_codes(&self) -> Vec<(i64, usize)> {
        self.exit_codes().filter(|(code, _)| *code != 0).collect()
    }

    /// True when every container is ready and the pod runs (or completed).
    pub fn is_healthy(&self) -> bool {
        let status_ok = self.status.as_deref().is_some_and(is_healthy_status);
        let ready_ok = self
            .ready
            .is_none_or(|(r, t)| r == t || self.status.as_deref() == Some("Completed"));
        status_ok && ready_ok
    }
}

/// A Kubernetes event, from `kubectl get events` or describe's Events section.
#[derive(Debug, Clone, Default)]
pub struct Event {
    /// Namespace, when known.
    pub namespace: Option<Namespace>,
    /// Kind of the involved object (`pod`, `job`, …), lower-case, when known.
    pub object_kind: Option<Word>,
    /// Name of the involved object, when known.
    pub object: Option<String>,
    /// `Normal` or `Warning`.
    pub kind: Word,
    /// Reason (`FailedScheduling`, `BackOff`, …).
    pub reason: Word,
    /// The message, as printed.
    pub message: String,
    /// 0-based line.
    pub line: usize,
}

/// A deployment row (`kubectl get deployments`).
#[derive(Debug, Clone)]
pub struct Deployment {
    /// Namespace, when known.
    pub namespace: Option<Namespace>,
    /// Deployment name.
    pub name: String,
    /// READY as (ready, desired).
    pub ready: (u32, u32),
    /// 0-based line.
    pub line: usize,
}

/// A job, from `kubectl get jobs` or `kubectl describe job`.
#[derive(Debug, Clone, Default)]
pub struct Job {
    /// Namespace, when known.
    pub namespace: Option<Namespace>,
    /// Job name.
    pub name: String,
    /// COMPLETIONS as (succeeded, wanted).
    pub completions: Option<(u32, u32)>,
    /// Failed pods (describe `Pods Statuses: … / N Failed`).
    pub failed: Option<u32>,
    /// Lines that show failure (failed pods, BackoffLimitExceeded).
    pub failure_lines: Vec<usize>,
    /// 0-based line introducing the job.
    pub line: usize,
}

/// The secret names of one listing (`kubectl get secrets`, or
/// `kubectl get secret -o yaml | grep name:`).
#[derive(Debug, Clone, Default)]
pub struct SecretList {
    /// Namespace, when known.
    pub namespace: Option<Namespace>,
    /// Names with their lines.
    pub names: Vec<(String, usize)>,
    /// Lines of the listing.
    pub lines: Range<usize>,
}

/// A Helm release from `helm status`, `helm list` or `helm history`.
#[derive(Debug, Clone)]
pub struct HelmRelease {
    /// Release name.
    pub name: String,
    /// Namespace, when printed.
    pub namespace: Option<Namespace>,
    /// `deployed`, `failed`, `pending-install` …
    pub status: String,
    /// 0-based line of the status.
    pub line: usize,
    /// The last revision `helm history` shows deployed (or superseded)
    /// before the current one: where a rollback can go.
    pub good_revision: Option<String>,
}

/// One entry of an extension's `statuses[]` (or its `errorInfo`).
#[derive(Debug, Clone, Default)]
pub struct ExtensionStatus {
    /// `code`.
    pub code: String,
    /// `level`: `Error`, `Warning`, `Information`.
    pub level: String,
    /// `message`.
    pub message: String,
    /// Lines of the entry.
    pub lines: Range<usize>,
}

/// `az k8s-extension show` output.
#[derive(Debug, Clone, Default)]
pub struct Extension {
    /// `name`.
    pub name: Option<String>,
    /// `extensionType`.
    pub extension_type: Option<String>,
    /// `provisioningState` with its line.
    pub provisioning_state: Option<(String, usize)>,
    /// Cluster name from the resource `id`.
    pub cluster: Option<String>,
    /// Resource group from the resource `id`.
    pub resource_group: Option<String>,
    /// `managedClusters` or `connectedClusters`, from the resource `id`.
    pub cluster_type: Option<String>,
    /// `statuses[]` entries and `errorInfo`.
    pub statuses: Vec<ExtensionStatus>,
    /// Lines of the whole output.
    pub lines: Range<usize>,
}

/// One `cluster.health.issues[]` entry of `aws eks describe-cluster`.
#[derive(Debug, Clone, Default)]
pub struct HealthIssue {
    /// `code`.
    pub code: String,
    /// `message`.
    pub message: String,
    /// `resourceIds`.
    pub resource_ids: Vec<String>,
    /// Lines of the entry.
    pub lines: Range<usize>,
}

/// `aws eks describe-cluster` output (whole or its health part).
#[derive(Debug, Clone, Default)]
pub struct EksCluster {
    /// `cluster.name`.
    pub name: Option<String>,
    /// `cluster.status` with its line.
    pub status: Option<(String, usize)>,
    /// Region from the cluster ARN.
    pub region: Option<String>,
    /// `cluster.health.issues[]`.
    pub issues: Vec<HealthIssue>,
    /// Lines of the whole output.
    pub lines: Range<usize>,
}

/// A command line the user ran, as shown after a prompt.
#[derive(Debug, Clone)]
pub struct Command {
    /// The command without its prompt.
    pub text: String,
    /// 0-based line.
    pub line: usize,
}

impl Command {
    /// Most bytes of a command line that are kept: a real one is at most a
    /// few kilobytes, and a paste on one huge line must not make every flag
    /// lookup read it all.
    pub const MAX_BYTES: usize = 8192;

    /// The command `text` shown at `line`, cut to [`Command::MAX_BYTES`].
    pub fn new(text: &str, line: usize) -> Command {
        Command {
            text: text[..text.floor_char_boundary(Self::MAX_BYTES)].to_string(),
            line,
        }
    }

    /// The value of a flag (`-n x`, `--namespace x`, `--namespace=x`).
    pub fn flag(&self, names: &[&str]) -> Option<String> {
        let mut words = self.text.split_ascii_whitespace().peekable();
        while let Some(word) = words.next() {
            for name in names {
                if word == *name {
                    if let Some(value) = words.peek() {
                        return Some(unquote(value).to_string());
                    }
                }
                if let Some(rest) = word.strip_prefix(name) {
                    if let Some(value) = rest.strip_prefix('=') {
                        return Some(unquote(value).to_string());
                    }
                    // A one-letter flag takes its value attached too: `-nistio-system`.
                    let short = name.len() == 2 && !name.starts_with("--");
                    if short && !rest.is_empty() {
                        return Some(unquote(rest).to_string());
                    }
                }
            }
        }
        None
    }

    /// The pod a `kubectl describe|get|logs` command names (`describe pod
    /// -n shop web-1`, `get pod/web-1`, `logs web-1 -c app`): the first word
    /// after the resource that is not a flag or a flag's value.
    pub fn pod(&self) -> Option<&str> {
        /// Flags whose value is the next word.
        const TAKE_VALUES: &[&str] = &[
            "-n",
            "--namespace",
            "-c",
            "--container",
            "-o",
            "--output",
            "-l",
            "--selector",
            "--context",
        ];
        let mut words = self.text.split_ascii_whitespace();
        // kubectl, OpenShift's `oc`, or the usual `k` alias.
        words
            .by_ref()
            .find(|w| ["kubectl", "oc", "k"].contains(w))?;
        // The words that are neither flags nor their values: verb, resource, name.
        let mut after_flag = false;
        let mut arguments = words.filter(|word| {
            let value = std::mem::take(&mut after_flag);
            if word.starts_with('-') {
                after_flag = TAKE_VALUES.contains(word);
            }
            !value && !word.starts_with('-')
        });
        let verb = arguments.next()?;
        let first = arguments.next()?;
        let name = match (verb, first) {
            ("logs", name) => name,
            ("describe" | "get", resource) => match resource.split_once('/') {
                Some(("pod" | "pods" | "po", name)) => name,
                _ if ["pod", "pods", "po"].contains(&resource) => arguments.next()?,
                _ => return None,
            },
            _ => return None,
        };
        let name = unquote(name);
        (!name.is_empty() && !name.starts_with(['|', '>', '<'])).then_some(name)
    }
}

fn unquote(value: &str) -> &str {
    value.trim_matches(|c| c == '\'' || c == '"')
}

/// `nslookup` answer for one name.
#[derive(Debug, Clone, Default)]
pub struct Lookup {
    /// Canonical names and `Name:` lines of the answer.
    pub names: Vec<String>,
    /// `Address:` lines of the answer (not the resolver's own address).
    pub addresses: Vec<String>,
    /// Lines of the answer.
    pub lines: Range<usize>,
}

/// Everything the parsers recovered from one paste.
#[derive(Debug, Default)]
pub struct Facts {
    /// Pods, merged by name.
    pub pods: Vec<Pod>,
    /// Events.
    pub events: Vec<Event>,
    /// Deployments.
    pub deployments: Vec<Deployment>,
    /// Jobs.
    pub jobs: Vec<Job>,
    /// Secret listings.
    pub secret_lists: Vec<SecretList>,
    /// Helm releases.
    pub helm_releases: Vec<HelmRelease>,
    /// Cluster extensions.
    pub extensions: Vec<Extension>,
    /// EKS clusters.
    pub eks_clusters: Vec<EksCluster>,
    /// Command lines.
    pub commands: Vec<Command>,
    /// nslookup answers.
    pub lookups: Vec<Lookup>,
    /// Every distinct namespace, shared by the facts that name it, and
    /// their index by name.
    namespaces: Vec<Namespace>,
    namespace_index: NameIndex,
    /// The namespace asked for last.
    last_namespace: Option<Namespace>,
    /// Index of `pods` by name, so that merging and lookups stay linear.
    pods_by_name: NameIndex,
    /// For the names of several pods, the first pod of each namespace:
    /// hash of (namespace, name), low 32 bits → its index (a collision falls
    /// back to the name's chain).
    first_in_namespace: HashMap<u32, u32, BuildHasherDefault<SpreadHash>>,
    /// (pod index, event index) of every event that belongs to a pod,
    /// sorted (built by [`Facts::finish`]).
    events_of_pods: Vec<(u32, u32)>,
    /// Index of `pods` by the lines that show them (built by [`Facts::finish`]).
    /// For each line, the index of the first pod it shows (`u32::MAX` for
    /// none; a document of at most 2 GiB has fewer pods).
    pods_by_line: Vec<u32>,
    /// Indexes of the pods [`Facts::troubled_pods`] gives (built by [`Facts::finish`]).
    troubled: Vec<usize>,
}

impl Facts {
    /// The pod called `name` (in `namespace` when both are known), created if
    /// new: the first pod of that name whose namespace is `namespace`, or
    /// unknown on either side.
    pub fn pod_mut(&mut self, namespace: Option<Namespace>, name: &str, line: usize) -> &mut Pod {
        let hash = self.pods_by_name.hash(name);
        let first = self.first_pod_named(hash, name);
        let found =
            first.and_then(|first| self.first_pod_for(hash, first, namespace.as_deref(), name));
        let index = found.unwrap_or_else(|| {
            let index = self.pods.len();
            // A name seen again: its pods are indexed by namespace too.
            if let Some(first) = first {
                if let Some(first_namespace) = self.pods[first].namespace.clone() {
                    self.index_in_namespace(first, &first_namespace, name);
                }
                if let Some(namespace) = &namespace {
                    self.index_in_namespace(index, namespace, name);
                }
            }
            self.pods.push(Pod {
                name: name.into(),
                line,
                index: u32::try_from(index).unwrap_or(u32::MAX),
                ..Pod::default()
            });
            self.pods_by_name.insert_hashed(index, hash);
            index
        });
        let pod = &mut self.pods[index];
        if pod.namespace.is_none() {
            pod.namespace = namespace;
        }
        pod
    }

    /// The index of the first pod called `name` (whose name hash is `hash`).
    fn first_pod_named(&self, hash: u32, name: &str) -> Option<usize> {
        self.pods_by_name
            .first_hashed(hash, |i| *self.pods[i].name == *name)
    }

    /// Records pod `index` as the first of `name` in `namespace`, unless one
    /// came before it.
    fn index_in_namespace(&mut self, index: usize, namespace: &str, name: &str) {
        if let Ok(position) = u32::try_from(index) {
            let key = self.pods_by_name.hash((namespace, name));
            self.first_in_namespace.entry(key).or_insert(position);
        }
    }

    /// The index of the first pod called `name` whose namespace is
    /// `namespace` or unknown (any pod of the name, when `namespace` is
    /// unknown), given `first`, the first pod of that name, in a constant
    /// number of lookups however many namespaces hold a pod of that name.
    ///
    /// A pod is created without a namespace only when no pod has its name
    /// (any pod of the name joins a row without one), so the first pod of
    /// the name is the only one that can have none. The answer is that pod,
    /// if it has no namespace or this one, or the first pod created in this
    /// namespace, whichever comes first.
    fn first_pod_for(
        &self,
        hash: u32,
        first: usize,
        namespace: Option<&str>,
        name: &str,
    ) -> Option<usize> {
        let Some(namespace) = namespace else {
            return Some(first);
        };
        let pods = &self.pods;
        let first =
            Some(first).filter(|&i| pods[i].namespace.as_deref().is_none_or(|n| n == namespace));
        if !self.pods_by_name.has_several(hash) {
            return first;
        }
        let in_namespace =
            |i: usize| *pods[i].name == *name && pods[i].namespace.as_deref() == Some(namespace);
        let key = self.pods_by_name.hash((namespace, name));
        let created_here = match self.first_in_namespace.get(&key) {
            None => None,
            Some(&at) if in_namespace(at as usize) => Some(at as usize),
            // Another (namespace, name) has the same hash: walk the name.
            Some(_) => self
                .pods_by_name
                .chain(name)
                .filter(|&i| in_namespace(i))
                .last(),
        };
        first.into_iter().chain(created_here).min()
    }

    /// The shared copy of namespace `name`.
    pub fn namespace(&mut self, name: &str) -> Namespace {
        // Rows of one namespace come together: most often it is the last one.
        if let Some(last) = self.last_namespace.as_ref().filter(|n| ***n == *name) {
            return last.clone();
        }
        let namespace = self.known_namespace(name);
        self.last_namespace = Some(namespace.clone());
        namespace
    }

    /// The shared copy of namespace `name`, found in or added to the list.
    fn known_namespace(&mut self, name: &str) -> Namespace {
        let hash = self.namespace_index.hash(name);
        let known = self
            .namespace_index
            .first_hashed(hash, |i| *self.namespaces[i] == *name);
        if let Some(known) = known {
            return self.namespaces[known].clone();
        }
        let namespace = Namespace::from(name);
        self.namespace_index
            .insert_hashed(self.namespaces.len(), hash);
        self.namespaces.push(namespace.clone());
        namespace
    }

    /// Builds the indexes that need every fact; parsing calls it once at the end.
    pub fn finish(&mut self) {
        sort_by_rank(&mut self.events, |e| e.line as u64);
        sort_by_rank(&mut self.commands, |c| c.line as u64);
        let last_line = self.pods.iter().flat_map(Pod::lines).max();
        self.pods_by_line = vec![u32::MAX; last_line.map_or(0, |l| l + 1)];
        for (index, pod) in self.pods.iter().enumerate() {
            for line in pod.lines() {
                if self.pods_by_line[line] == u32::MAX {
                    self.pods_by_line[line] = index as u32;
                }
            }
        }
        // Each event belongs to at most one pod: the one `event_pod` names.
        let mut events_of_pods: Vec<(u32, u32)> = self
            .events
            .iter()
            .enumerate()
            .filter_map(|(index, event)| Some((self.event_pod(event)?.index, index as u32)))
            .collect();
        sort_by_rank(&mut events_of_pods, |&(pod, event)| {
            u64::from(pod) << 32 | u64::from(event)
        });
        let mut with_events = vec![false; self.pods.len()];
        for &(pod, _) in &events_of_pods {
            if let Some(with_events) = with_events.get_mut(pod as usize) {
                *with_events = true;
            }
        }
        self.events_of_pods = events_of_pods;
        let single = self.pods.len() == 1;
        self.troubled = (0..self.pods.len())
            .filter(|&i| {
                let pod = &self.pods[i];
                single
                    || !pod.is_healthy()
                    || pod.signals.iter().any(|s| !is_healthy_status(&s.value))
                    || with_events[i]
            })
            .collect();
    }

    /// The pods that may have a problem: not healthy now, with a signal
    /// other than a healthy status, or with events about them (every pod
    /// when it is the only one). Checks of pod problems read only these.
    pub fn troubled_pods(&self) -> impl Iterator<Item = &Pod> + '_ {
        self.troubled.iter().map(|&i| &self.pods[i])
    }

    /// The pod a line shows (its row, describe `Name:` or one of its signals).
    pub fn pod_at_line(&self, line: usize) -> Option<&Pod> {
        let index = *self.pods_by_line.get(line).filter(|&&i| i != u32::MAX)?;
        Some(&self.pods[index as usize])
    }

    /// The events on `lines`, in order.
    pub fn events_in(&self, lines: Range<usize>) -> &[Event] {
        let start = self.events.partition_point(|e| e.line < lines.start);
        let end = self.events.partition_point(|e| e.line < lines.end);
        &self.events[start..end.max(start)]
    }

    /// The last command shown before `line`.
    pub fn command_before(&self, line: usize) -> Option<&Command> {
        let at = self.commands.partition_point(|c| c.line < line);
        at.checked_sub(1).map(|i| &self.commands[i])
    }

    /// The first command shown after `line`.
    pub fn command_after(&self, line: usize) -> Option<&Command> {
        let at = self.commands.partition_point(|c| c.line <= line);
        self.commands.get(at)
    }

    /// True when `line` is a command line.
    pub fn is_command_line(&self, line: usize) -> bool {
        self.commands
            .binary_search_by_key(&line, |c| c.line)
            .is_ok()
    }

    /// The pods called `name`.
    pub fn pods_named<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a Pod> + 'a {
        self.pods_by_name
            .get(name, |i| *self.pods[i].name == *name)
            .map(|i| &self.pods[i])
    }

    /// True when a pod is called `name`.
    pub fn has_pod_named(&self, name: &str) -> bool {
        self.pods_by_name
            .contains(name, |i| *self.pods[i].name == *name)
    }

    /// The events about `pod` (those [`Facts::event_pod`] gives to it), in
    /// paste order.
    pub fn events_about<'a>(&'a self, pod: &Pod) -> impl Iterator<Item = &'a Event> + 'a {
        let start = self
            .events_of_pods
            .partition_point(|&(owner, _)| owner < pod.index);
        let index = pod.index;
        self.events_of_pods[start..]
            .iter()
            .take_while(move |&&(owner, _)| owner == index)
            .map(|&(_, event)| &self.events[event as usize])
    }

    /// The pod an event is about, if the paste shows it: the first pod of
    /// the event's object name (or of the pod its message names first, see
    /// [`relayed_pod`]) whose namespace is the event's, or unknown on either
    /// side (as a pod row joins a pod).
    pub fn event_pod(&self, event: &Event) -> Option<&Pod> {
        let name = match relayed_pod(&event.message) {
            Some(name) => name,
            None if event.object_kind.as_deref().is_some_and(|k| k != "pod") => return None,
            None => event.object.as_deref()?,
        };
        self.pod_for(event.namespace.as_deref(), name)
    }

    /// The first pod called `name` whose namespace is `namespace` or
    /// unknown on either side (as a pod row joins a pod).
    pub fn pod_for(&self, namespace: Option<&str>, name: &str) -> Option<&Pod> {
        let hash = self.pods_by_name.hash(name);
        let first = self.first_pod_named(hash, name)?;
        let index = self.first_pod_for(hash, first, namespace, name)?;
        Some(&self.pods[index])
    }

    /// Warning events whose message contains `needle` (ASCII case-insensitive).
    pub fn events_with<'a>(&'a self, needle: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events
            .iter()
            .filter(move |e| contains_ci(&e.message, needle) || contains_ci(&e.reason, needle))
    }

    /// The one pod of the paste when there is exactly one; used to attribute
    /// free-text evidence.
    pub fn only_pod(&self) -> Option<&Pod> {
        match self.pods.as_slice() {
            [pod] => Some(pod),
            _ => None,
        }
    }

    /// The pod of the paste that is not healthy, when there is exactly one.
    pub fn only_troubled_pod(&self) -> Option<&Pod> {
        match self.troubled.as_slice() {
            [index] => Some(&self.pods[*index]),
            _ => None,
        }
    }
}

/// The pod named at the start of an event's message by an operator that
/// relays its pods' events on its own object (KubeBlocks' event-controller:
/// `Pod web-2: Error: secret "web" not found`).
fn relayed_pod(message: &str) -> Option<&str> {
    let (name, _) = message.strip_prefix("Pod ")?.split_once(": ")?;
    let valid = name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.');
    (valid && !name.is_empty()).then_some(name)
}

/// True for a word shaped like a Kubernetes object's name or namespace
/// (letters, digits, `-` and `.`, not empty).
pub fn is_object_name(word: &str) -> bool {
    !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

/// ASCII case-insensitive substring test, linear in the haystack.
pub fn contains_ci(haystack: &str, needle: &str) -> bool {
    find_ci(haystack, needle).is_some()
}

/// Byte offset of the first ASCII case-insensitive occurrence of `needle`,
/// linear in the haystack: short haystacks compare only where the first byte
/// matches (found with SIMD); long ones use one automaton.
pub fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return Some(0);
    };
    if h.len() < 4096 {
        let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
        let last_start = h.len().checked_sub(n.len())?;
        return memchr::memchr2_iter(lower, upper, &h[..=last_start])
            .find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n));
    }
    let automaton = crate::search::literals(&[needle], true)?;
    automaton.find_at(h, 0).map(|m| m.start())
}

/// Byte offsets of every non-overlapping ASCII case-insensitive occurrence
/// of `needle`, in one linear pass.
pub fn find_all_ci<'h>(haystack: &'h str, needle: &str) -> impl Iterator<Item = usize> + 'h {
    let automaton = crate::search::literals(&[needle], true).filter(|_| !needle.is_empty());
    let mut from = 0;
    std::iter::from_fn(move || {
        let found = automaton.as_ref()?.find_at(haystack.as_bytes(), from)?;
        from = found.end();
        Some(found.start())
    })
}

/// Positions in a list, found by the name (or another key) of the item at
/// each position. The keys are read from the list, never copied, and nothing
/// is allocated per entry: positions with the same key hash form a chain.
#[derive(Debug, Default)]
struct NameIndex {
    /// Hash of a key (its low 32 bits: a collision only lengthens a chain)
    /// → the last position added with it.
    last: HashMap<u32, u32, BuildHasherDefault<SpreadHash>>,
    /// The first position of each chain of more than one (most keys have
    /// one position, which is its own first).
    first: HashMap<u32, u32, BuildHasherDefault<SpreadHash>>,
    /// For each position, the previous one with the same hash (`NONE` ends a chain).
    previous: Vec<u32>,
    hasher: foldhash::fast::RandomState,
}

impl NameIndex {
    /// Ends a chain; also the position of the 4 294 967 295th item and
    /// after, which are not indexed (a paste would need billions of lines).
    const NONE: u32 = u32::MAX;

    /// Adds position `index`, whose item's key has hash `hash`.
    fn insert_hashed(&mut self, index: usize, hash: u32) {
        let Some(position) = u32::try_from(index).ok().filter(|&p| p != Self::NONE) else {
            return;
        };
        let previous = self.last.insert(hash, position);
        if let Some(previous) = previous {
            // The second position of a chain: the one before is its first.
            self.first.entry(hash).or_insert(previous);
        }
        if self.previous.len() <= index {
            self.previous.resize(index + 1, Self::NONE);
        }
        self.previous[index] = previous.unwrap_or(Self::NONE);
    }

    /// The hash of `key` that the index files it under.
    fn hash(&self, key: impl Hash) -> u32 {
        self.hasher.hash_one(key) as u32
    }

    /// True when more than one position has a key of hash `hash`.
    fn has_several(&self, hash: u32) -> bool {
        self.first.contains_key(&hash)
    }

    /// The positions whose key has the same hash as `key`, last first.
    fn chain(&self, key: impl Hash) -> impl Iterator<Item = usize> + '_ {
        self.chain_hashed(self.hash(key))
    }

    /// The positions whose key has hash `hash`, last first.
    fn chain_hashed(&self, hash: u32) -> impl Iterator<Item = usize> + '_ {
        let mut at = self.last.get(&hash).copied();
        std::iter::from_fn(move || {
            let index = at.filter(|&i| i != Self::NONE)? as usize;
            at = self.previous.get(index).copied();
            Some(index)
        })
    }

    /// The first position whose item's key has hash `hash` and is the key
    /// `is_key` tells: one lookup, unless another key shares the hash.
    fn first_hashed(&self, hash: u32, is_key: impl Fn(usize) -> bool) -> Option<usize> {
        let last = *self.last.get(&hash)?;
        let first = self.first.get(&hash).copied().unwrap_or(last) as usize;
        if is_key(first) {
            return Some(first);
        }
        self.chain_hashed(hash).filter(|&i| is_key(i)).last()
    }

    /// True when some position's item has key `key` (`is_key` tells whether
    /// the item at a position has it); allocates nothing.
    fn contains(&self, key: impl Hash, is_key: impl Fn(usize) -> bool) -> bool {
        self.chain(key).any(is_key)
    }

    /// The positions whose item has key `key` (`is_key` tells whether the
    /// item at a position has it), in ascending order.
    fn get(&self, key: impl Hash, is_key: impl Fn(usize) -> bool) -> std::vec::IntoIter<usize> {
        let mut found: Vec<usize> = self.chain(key).filter(|&i| is_key(i)).collect();
        found.reverse();
        found.into_iter()
    }
}

/// The hasher of a key that is a hash already: it only spreads the key's
/// 32 bits over the 64 that the table reads (one multiplication, where the
/// default hasher would run SipHash again).
#[derive(Debug, Default)]
struct SpreadHash(u64);

impl Hasher for SpreadHash {
    /// Never called for the `u32` keys this hasher is for; any other key is
    /// mixed in a byte at a time.
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u32(self.0 as u32 ^ u32::from(byte));
        }
    }

    fn write_u32(&mut self, key: u32) {
        self.0 = u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_ci_finds_the_first_occurrence_in_any_ascii_case() {
        let naive = |h: &str, n: &str| {
            (0..=h.len().saturating_sub(n.len())).find(|&i| {
                h.as_bytes()
                    .get(i..i + n.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(n.as_bytes()))
            })
        };
        let long = format!("{}Back-Off at the end", "back-of ".repeat(1000));
        for (haystack, needle) in [
            ("Back-off pulling image", "back-off"),
            ("xx BACK-OFF back-off", "back-off"),
            ("back-of", "back-off"),
            ("ends with back-OFF", "Back-off"),
            ("", "x"),
            ("é 401 é", "401"),
            ("--x", "-x"),
            (long.as_str(), "back-off"),
        ] {
            assert_eq!(
                find_ci(haystack, needle),
                naive(haystack, needle),
                "{needle} in {haystack:.30}"
            );
        }
        assert_eq!(find_ci("abc", ""), Some(0));
    }

    #[test]
    fn name_index_finds_every_position_of_a_name_in_order() {
        let names = ["a", "b", "a", "c", "a"];
        let mut index = NameIndex::default();
        for (i, name) in names.iter().enumerate().filter(|&(i, _)| i != 3) {
            index.insert_hashed(i, index.hash(name));
        }
        let named = |name: &'static str| move |i: usize| names[i] == name;
        assert_eq!(
            index.get("a", named("a")).collect::<Vec<_>>(),
            vec![0, 2, 4]
        );
        assert_eq!(index.get("b", named("b")).collect::<Vec<_>>(), vec![1]);
        assert_eq!(index.get("c", named("c")).count(), 0);
        assert_eq!(index.first_hashed(index.hash("a"), named("a")), Some(0));
        assert_eq!(index.first_hashed(index.hash("b"), named("b")), Some(1));
        assert_eq!(index.first_hashed(index.hash("c"), named("c")), None);
    }

    #[test]
    fn flags_are_read_in_every_spelling() {
        let cmd = |t: &str| Command {
            text: t.into(),
            line: 0,
        };
        assert_eq!(
            cmd("kubectl get pods -n azure-arc")
                .flag(&["-n", "--namespace"])
                .as_deref(),
            Some("azure-arc")
        );
        assert_eq!(
            cmd("helm --namespace=default status x")
                .flag(&["-n", "--namespace"])
                .as_deref(),
            Some("default")
        );
        assert_eq!(
            cmd("az x --name 'sc-extension'")
                .flag(&["--name"])
                .as_deref(),
            Some("sc-extension")
        );
        assert_eq!(cmd("kubectl get pods").flag(&["-n"]), None);
        let pod = |text: &str| cmd(text).pod().map(str::to_string);
        assert_eq!(
            pod("kubectl describe pod -n shop web-1").as_deref(),
            Some("web-1")
        );
        assert_eq!(
            pod("kubectl -n shop describe pods/web-1").as_deref(),
            Some("web-1")
        );
        assert_eq!(
            pod("kubectl logs web-1 -c app --previous").as_deref(),
            Some("web-1")
        );
        assert_eq!(pod("kubectl get pods -n shop"), None);
        assert_eq!(pod("kubectl get pods -A | grep web"), None);
        assert_eq!(pod("kubectl describe node worker-1"), None);
        assert_eq!(
            cmd("kubectl get pods -nistio-system")
                .flag(&["-n", "--namespace"])
                .as_deref(),
            Some("istio-system")
        );
        // Only one-letter flags take their value attached.
        assert_eq!(cmd("az x --names a").flag(&["--name"]), None);
    }

    #[test]
    fn contains_ci_short_and_long() {
        assert!(contains_ci("a CrashLoopBackOff b", "crashloopbackoff"));
        assert!(!contains_ci("Crash", "crashloop"));
        let long = format!("{}Unable to install HELM release", "x".repeat(10_000));
        assert!(contains_ci(&long, "unable to install helm release"));
        assert!(!contains_ci(&long, "nope"));
    }

    #[test]
    fn pods_merge_when_one_namespace_is_unknown() {
        let mut facts = Facts::default();
        facts.pod_mut(None, "web", 1);
        facts.pod_mut(Some(Namespace::from("shop")), "web", 5);
        assert_eq!(facts.pods.len(), 1);
        assert_eq!(facts.pods[0].subject(), "shop/web");
    }

    #[test]
    fn an_event_belongs_to_the_pod_of_its_namespace() {
        let mut facts = Facts::default();
        for namespace in ["a", "b"] {
            let namespace = facts.namespace(namespace);
            facts.pod_mut(Some(namespace), "web", 0);
        }
        for (line, namespace) in [(1, Some("b")), (2, None), (3, Some("a")), (4, Some("c"))] {
            let namespace = namespace.map(|n| facts.namespace(n));
            facts.events.push(Event {
                namespace,
                object: Some("web".to_string()),
                line,
                ..Event::default()
            });
        }
        facts.finish();
        let lines = |pod: usize| -> Vec<usize> {
            facts
                .events_about(&facts.pods[pod])
                .map(|e| e.line)
                .collect()
        };
        // Without a namespace, an event goes to the first pod of its name;
        // one of another namespace goes to none.
        assert_eq!(lines(0), [2, 3]);
        assert_eq!(lines(1), [1]);
    }

    #[test]
    fn pods_merge_as_a_walk_over_every_pod_would() {
        // The reference: the first pod of the name whose namespace is the
        // row's, or unknown on either side, found by looking at every pod.
        fn reference(pods: &mut Vec<(String, Option<String>)>, ns: Option<&str>, name: &str) {
            let found = pods.iter().position(|(n, p)| {
                n == name && (p.is_none() || ns.is_none() || p.as_deref() == ns)
            });
            match found {
                Some(at) if pods[at].1.is_none() => pods[at].1 = ns.map(String::from),
                Some(_) => {}
                None => pods.push((name.to_string(), ns.map(String::from))),
            }
        }
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        for _ in 0..200 {
            let (mut facts, mut expected) = (Facts::default(), Vec::new());
            for _ in 0..40 {
                let name = ["web", "db", "api"][next(3) as usize];
                let ns = ["a", "b", "c"].get(next(4) as usize).copied();
                let namespace = ns.map(|n| facts.namespace(n));
                facts.pod_mut(namespace, name, 0);
                reference(&mut expected, ns, name);
            }
            let got: Vec<(String, Option<String>)> = facts
                .pods
                .iter()
                .map(|p| (p.name.to_string(), p.namespace.as_deref().map(String::from)))
                .collect();
            assert_eq!(got, expected);
        }
    }
}
