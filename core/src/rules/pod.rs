//! `pod/` — workload state in any namespace: the pod tables, describe
//! output, events and pod objects that every Kubernetes paste starts with.

use super::{between, squeeze, word_after, Ctx, Diagnosis, Finding, Link, Severity};
use crate::facts::{contains_ci, is_object_name, Command, Event, Pod};
use crate::search::Hit;
use crate::sort::{sort_by_rank, sort_positions};
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

/// Every `pod/` diagnosis, in catalogue order.
pub const ALL: &[&Diagnosis] = &[
    &IMAGE_PULL_BACKOFF,
    &CRASH_LOOP,
    &NOT_READY,
    &PENDING_RESOURCES,
    &PENDING_TAINT,
    &CONTAINER_CREATING,
    &OOM_KILLED,
    &CREATE_CONFIG_ERROR,
    &EVICTED,
    &ERROR_EXIT,
];

/// Statuses that mean the image cannot be pulled.
const PULL_STATUSES: &[&str] = &[
    "ImagePullBackOff",
    "ErrImagePull",
    "ErrImageNeverPull",
    "InvalidImageName",
];

/// Image pull failures, with the sub-cause read from the event text.
pub const IMAGE_PULL_BACKOFF: Diagnosis = Diagnosis {
    id: "pod/image-pull-backoff",
    severity: Severity::Error,
    source: seed!("004 — Errori di creazione dell'estensione, Causa 1 (azure-arc pods in ImagePullBackOff); Kubernetes image pull events"),
    triggers: &[PULL_FAILED, "Back-off pulling image", "ErrImagePull", KUBELET_PULL_FAILED, "ImagePullBackOff", SANDBOX_PULL_FAILED],
    explains: &[("pod/not-ready", Link::SameSubject), ("pod/error-exit", Link::SameSubject)],
    check: |ctx, out| {
        let mut findings = Vec::new();
        for pod in ctx.facts.troubled_pods() {
            let lines: Vec<usize> = PULL_STATUSES.iter().flat_map(|s| pod.signal_lines(s)).collect();
            let events = pod_events(ctx, pod, &[PULL_FAILED, "Back-off pulling image", "ErrImagePull", SANDBOX_PULL_FAILED]);
            if lines.is_empty() && events.is_empty() || pod.is_healthy() && lines.is_empty() {
                continue;
            }
            let mut finding = Finding::for_pod(pod).lines(lines).lines(events.iter().map(|e| e.line));
            for event in &events {
                finding = pull_sub_cause(finding, &event.message);
            }
            let image = events.iter().find_map(|e| image_of(&e.message)).or_else(|| pod.pull_image.as_deref().map(String::from));
            findings.push(finding.maybe("image", image));
        }
        // A failure before the same pod pulled the same image is history.
        let pulled = last_events(ctx, &["Pulled"]);
        let pulled_since = |failed: &Event| {
            let image = || image_of(&failed.message);
            pulled.last_after(failed).and_then(|line| event_on_line(ctx, line)).is_some_and(|e| image_of(&e.message) == image())
        };
        for event in orphan_events(ctx, &[PULL_FAILED, "Back-off pulling image", SANDBOX_PULL_FAILED]).filter(|e| !pulled_since(e)) {
            let finding = pull_sub_cause(event_subject(ctx, event).line(event.line), &event.message);
            findings.push(finding.maybe("image", image_of(&event.message)));
        }
        name_sub_causes_from_stray_failures(ctx, &pulled, &mut findings);
        // Pull failures in a shape no parser read (an events view copied
        // from a console, a log): the kubelet's own words are enough.
        if findings.is_empty() {
            // Where images were pulled after all, read once: a failure to
            // pull an image that the paste later pulls was fixed since. The
            // last pull of any image, and of each image under its whole name
            // and its shorter ones (`docker.io/library/nginx:1` is also
            // `library/nginx:1` and `nginx:1`): one lookup per failure.
            let mut last_pull = None;
            let mut last_pulled: HashMap<String, usize> = HashMap::new();
            for hit in ctx.phrase_hits(PULLED) {
                last_pull = Some(hit.span.start);
                let image = image_of(&ctx.text_from(hit, 0)).unwrap_or_default();
                let mut name = image.as_str();
                for _ in 0..IMAGE_NAME_PARTS {
                    if name.is_empty() {
                        break;
                    }
                    last_pulled.insert(name.to_string(), hit.span.start);
                    name = name.split_once('/').map_or("", |(_, shorter)| shorter);
                }
            }
            // The messages that name no pod (their findings' positions).
            let mut unnamed = Vec::new();
            for (trigger, hit) in ctx.hits.iter().filter(|(t, _)| *t < 4) {
                // To the end of the line: containerd puts the registry's
                // answer (`401 Unauthorized`) after the URLs, 500 bytes on.
                let text = &ctx.message_from(hit);
                // `ErrImagePull` alone is a status; in a log line it goes on
                // to say what failed (`ErrImagePull; … image pull failed for …`).
                // So does `ErrImagePull: rpc error: … manifest unknown`.
                let rest = text.get(hit.span.len()..).unwrap_or_default();
                let says_why = contains_ci(rest, "pull") || rest.starts_with(':') && contains_ci(rest, "error");
                if *trigger == 2 && !says_why {
                    continue;
                }
                // `ImageFsInfo`, `RemoveImage` … `from image service failed`
                // are not pulls.
                let own = ctx.lines_around(hit, 0, 0);
                if *trigger == 3 && !own.contains("PullImage") {
                    continue;
                }
                // The same image pulled later in the paste: fixed since.
                let image = if *trigger == 3 { kubelet_pull_image(&own) } else { image_of(text) };
                let pulled_last = match &image {
                    Some(image) => last_pulled.get(image.as_str()).copied(),
                    None => last_pull,
                };
                let pulled_later = pulled_last.is_some_and(|at| at > hit.span.start);
                if pulled_later {
                    continue;
                }
                // Else an events row's OBJECT column; the row may have been
                // wrapped, its start (with the column) on the line before.
                let referenced = pod_reference(&own).is_some();
                let object = (!referenced).then(|| object_pod(&own).or_else(|| object_pod(&ctx.lines_around(hit, 1, 0)))).flatten();
                let named = referenced || object.is_some();
                let finding = match object {
                    Some(pod) => Finding::new(pod.clone()).value("pod", pod).value("ns_flag", ""),
                    None => kubelet_message_finding(ctx, &own),
                }
                .lines(hit.lines.clone());
                // containerd names the sandbox image just before its pull
                // failure (`failed to get sandbox image "…": failed to pull image`).
                let sandbox = contains_ci(&ctx.near(hit, SANDBOX_IMAGE_BEFORE, 0), SANDBOX_IMAGE);
                let finding = if sandbox { finding.variant("sandbox-image") } else { pull_sub_cause(finding, text) };
                if !named {
                    unnamed.push(findings.len());
                }
                findings.push(finding.maybe("image", image));
            }
            unname_other_images(&mut findings, &unnamed);
        }
        out.extend(group_by_namespace(findings, ctx));
    },
};

/// The messages that name no pod (`unnamed`, positions in `findings`) were
/// all given one subject, the pod that the others name (see
/// [`unknown_pod_finding`]); those about another image than that pod's
/// failure are some other pod's (a kubelet log of several pods): unnamed.
fn unname_other_images(findings: &mut [Finding], unnamed: &[usize]) {
    let Some(&first) = unnamed.first() else {
        return;
    };
    let subject = findings[first].subject.clone();
    let named_image = findings
        .iter()
        .enumerate()
        .find(|(i, f)| f.subject == subject && unnamed.binary_search(i).is_err())
        .and_then(|(_, f)| f.get("image"))
        .map(String::from);
    let Some(named_image) = named_image else {
        return;
    };
    for &i in unnamed {
        let finding = &mut findings[i];
        if finding.get("image").is_some_and(|own| own != named_image) {
            finding.subject = UNNAMED_POD.into();
            finding.values.retain(|(key, _)| *key == "image");
            finding.values.push(("ns_flag", String::new()));
        }
    }
}

/// A `Failed to pull image` message that no table or events view read (quoted
/// in prose beside a pod table or an event row) names the sub-cause of the
/// findings that have none: of the one finding there is, or of those whose
/// image it is (by the image, or by the pod being named after it:
/// `prom/node-exporter` for `kubecost-prometheus-node-exporter-tr9jg`).
/// Linear: the first messages of at most [`STRAY_IMAGES`] images are read.
/// An events row whose object `pulled` its image since is history.
fn name_sub_causes_from_stray_failures(
    ctx: &Ctx<'_>,
    pulled: &LastEvents<'_>,
    findings: &mut [Finding],
) {
    let mut claimed: Vec<usize> = findings
        .iter()
        .flat_map(|f| f.evidence.iter().copied())
        .collect();
    sort_positions(&mut claimed);
    // The first stray message of each image, and the image.
    let mut hits: Vec<&Hit> = Vec::new();
    let mut images: Vec<String> = Vec::new();
    for hit in ctx.phrase_hits(PULL_FAILED) {
        let line = hit.lines.start;
        if images.len() == STRAY_IMAGES
            || claimed.binary_search(&line).is_ok()
            || event_on_line(ctx, line).is_some_and(|e| pulled.after(e))
        {
            continue;
        }
        let message = ctx.message_from(hit);
        match image_of(&message) {
            Some(image) if !contains_ci(&message, SANDBOX_IMAGE) && !images.contains(&image) => {
                images.push(image);
                hits.push(hit);
            }
            _ => {}
        }
    }
    let alone = findings.len() == 1;
    for finding in findings.iter_mut().filter(|f| f.variants.is_empty()) {
        let its = images.iter().position(|image| match finding.get("image") {
            Some(known) => known == image,
            None => {
                alone
                    || finding
                        .get("pod")
                        .is_some_and(|pod| named_after(pod, image))
            }
        });
        if let Some(i) = its {
            let found = std::mem::take(finding).lines(hits[i].lines.clone());
            *finding = pull_sub_cause(found, &ctx.message_from(hits[i]))
                .value("image", images[i].as_str());
        }
    }
}

/// How many images' stray pull failures [`name_sub_causes_from_stray_failures`]
/// reads.
const STRAY_IMAGES: usize = 8;

/// True when `pod` is named after `image`'s name: `prom/node-exporter:v1` for
/// `kubecost-prometheus-node-exporter-tr9jg` (a DaemonSet's pod), `web:2` for
/// `web-5c7d9f8b6d-x2x9q` (a Deployment's, with its ReplicaSet's hash).
fn named_after(pod: &str, image: &str) -> bool {
    let name = image
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .split([':', '@'])
        .next()
        .unwrap_or_default();
    let Some((base, _)) = pod.rsplit_once('-') else {
        return false;
    };
    let base = match base.rsplit_once('-') {
        Some((owner, hash))
            if (8..=10).contains(&hash.len()) && hash.bytes().any(|b| b.is_ascii_digit()) =>
        {
            owner
        }
        _ => base,
    };
    !name.is_empty()
        && base
            .strip_suffix(name)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with('-'))
}

/// containerd's words for the pod sandbox (`pause`) image.
const SANDBOX_IMAGE: &str = "sandbox image";

/// The dockershim's words when it cannot pull the sandbox image (`Failed
/// create pod sandbox: … failed pulling image "…/pause:1.2.0": …`).
const SANDBOX_PULL_FAILED: &str = "failed pulling image";

/// How far before a pull failure containerd's `failed to get sandbox image
/// "<image>":` may start: the phrase and an image reference.
const SANDBOX_IMAGE_BEFORE: usize = 200;

/// The kubelet's event when an image cannot be pulled.
pub const PULL_FAILED: &str = "Failed to pull image";

/// How many `/`-separated parts an image name has at most (registry,
/// namespaces, repository): the shorter names a pull is known by.
const IMAGE_NAME_PARTS: usize = 4;

/// The kubelet's log line when the runtime could not pull an image:
/// `PullImage "x:1" from image service failed: rpc error: …`, structured
/// `"PullImage from image service failed" err="…" image="x:1"`.
const KUBELET_PULL_FAILED: &str = "from image service failed";

/// The image of a [`KUBELET_PULL_FAILED`] line.
fn kubelet_pull_image(line: &str) -> Option<String> {
    ["PullImage \"", " image=\""].iter().find_map(|marker| {
        let at = line.find(marker)? + marker.len();
        let image = line[at..].split('"').next()?;
        (!image.is_empty()).then(|| image.to_string())
    })
}

/// The kubelet's event once an image has been pulled.
pub const PULLED: &str = "Successfully pulled image";

fn pull_sub_cause(finding: Finding, message: &str) -> Finding {
    let any = |words: &[&str]| words.iter().any(|w| contains_ci(message, w));
    // The pod sandbox (`pause`) image is the node's: the registry's answer
    // matters less than who pulls it, and no fix of the pod applies.
    if any(&[SANDBOX_IMAGE]) || any(&["pod sandbox"]) && any(&[SANDBOX_PULL_FAILED]) {
        return finding.variant("sandbox-image");
    }
    let mut finding = finding;
    if any(&[
        "not found",
        "manifest unknown",
        "does not exist",
        "repository does not exist",
    ]) {
        finding = finding.variant("not-found");
    }
    if any(&[
        "unauthorized",
        "authentication required",
        "denied",
        "401",
        "403 forbidden",
        // containerd's token fetch: `failed to authorize: failed to fetch
        // oauth token: unexpected status: 403`.
        "failed to authorize",
    ]) {
        finding = finding.variant("unauthorized");
    }
    if any(&[
        "toomanyrequests",
        "pull rate limit",
        "429 Too Many Requests",
    ]) {
        finding = finding.variant("rate-limit");
    }
    if any(&[
        "i/o timeout",
        "dial tcp",
        "no such host",
        "tls handshake timeout",
        "connection refused",
        "connection reset by peer",
        "context deadline exceeded",
        "network is unreachable",
        // Docker's `request canceled while waiting for connection
        // (Client.Timeout exceeded while awaiting headers)`.
        "Client.Timeout exceeded",
    ]) {
        finding = finding.variant("network");
    }
    finding
}

/// `Failed to pull image "nginx:1.2.3": …` → `nginx:1.2.3`; the Docker-era
/// kubelet's `image pull failed for gcr.io/pause:3.0, …` → `gcr.io/pause:3.0`.
pub(super) fn image_of(message: &str) -> Option<String> {
    // A log's escaped quotes (`image \"x:1\"`) leave a backslash behind.
    let quoted = between(message, "image", '"', '"')
        .map(|i| i.trim_end_matches('\\').to_string())
        .filter(|i| !i.is_empty() && !i.contains(' '));
    quoted.or_else(|| super::word_after(message, "image pull failed for "))
}

/// When three or more pods of one namespace all fail to pull, and no pod of
/// that namespace in the paste is healthy, the registry is out of reach for
/// the whole cluster: one finding for the namespace instead of one per pod.
fn group_by_namespace(findings: Vec<Finding>, ctx: &Ctx<'_>) -> Vec<Finding> {
    let mut by_namespace: HashMap<&str, Vec<&Finding>> = HashMap::new();
    for finding in &findings {
        if let Some(ns) = finding.get("ns") {
            by_namespace.entry(ns).or_default().push(finding);
        }
    }
    // Several messages about one pod are one failing pod.
    let pods_in = |same: &[&Finding]| {
        same.iter()
            .map(|f| f.subject.as_str())
            .collect::<HashSet<_>>()
            .len()
    };
    // Only namespaces with three failing pods can be grouped: look for
    // healthy pods of those few alone.
    let candidates: HashSet<&str> = by_namespace
        .iter()
        .filter(|(_, same)| pods_in(same) >= 3)
        .map(|(ns, _)| *ns)
        .collect();
    let mut healthy_namespaces: HashSet<&str> = HashSet::new();
    if !candidates.is_empty() {
        for pod in ctx.facts.pods.iter().filter(|p| p.is_healthy()) {
            healthy_namespaces.extend(
                pod.namespace
                    .as_deref()
                    .filter(|ns| candidates.contains(*ns)),
            );
        }
    }
    let mut out: Vec<Finding> = Vec::new();
    let mut grouped: HashSet<String> = HashSet::new();
    let mut namespaces: Vec<&&str> = by_namespace.keys().collect();
    namespaces.sort();
    for ns in namespaces {
        let same = &by_namespace[*ns];
        if pods_in(same) < 3 || healthy_namespaces.contains(*ns) {
            continue;
        }
        grouped.insert(ns.to_string());
        let mut group = Finding::new(*ns)
            .value("ns", *ns)
            .value("ns_flag", format!("-n {ns}"))
            .maybe("pod", same[0].get("pod"))
            .variant("registry-unreachable");
        for f in same {
            group = group
                .lines(f.evidence.iter().copied())
                .relate(f.subject.clone());
            for v in &f.variants {
                group = group.variant(v);
            }
        }
        out.push(group);
    }
    out.extend(
        findings
            .into_iter()
            .filter(|f| f.get("ns").is_none_or(|ns| !grouped.contains(ns))),
    );
    out
}

/// Crash loops: containers that start, fail and are restarted with back-off.
pub const CRASH_LOOP: Diagnosis = Diagnosis {
    id: "pod/crash-loop",
    severity: Severity::Error,
    source: seed!("000 — Azure Arc 에이전트 / Helm 시간 초과 오류, step 2 (CrashLoopBackOff agents); 001 — same sections"),
    // The kubelet's own log says `back-off 5m0s restarting failed container=app pod=…`.
    triggers: &["CrashLoopBackOff", "Back-off restarting failed container", "restarting failed container="],
    explains: &[
        ("pod/error-exit", Link::SameSubject),
        ("pod/not-ready", Link::SameSubject),
        // The network plugin's pod: no other pod gets a sandbox meanwhile.
        ("pod/container-creating", Link::SameSubject),
    ],
    check: |ctx, out| {
        let mut waiting_pods_related = false;
        let logs_commands = logs_commands(ctx);
        for pod in ctx.facts.troubled_pods() {
            let lines = pod.signal_lines("CrashLoopBackOff");
            let events = pod_events(ctx, pod, &["Back-off restarting failed container"]);
            let current = lines.is_empty() && !pod.is_healthy() || !lines.is_empty();
            if (lines.is_empty() && events.is_empty()) || !current {
                continue;
            }
            // Which container: its describe section, else the kubelet's event.
            let section = lines.iter().find_map(|&line| container_of_line(ctx, line));
            let init = section.as_ref().is_some_and(|(_, init)| *init)
                || pod.signals.iter().any(|s| s.value.starts_with("Init:") && contains_ci(&s.value, "CrashLoopBackOff"));
            // A `kubectl logs <pod> -c <container>` pasted with what it printed.
            let logs = logs_of(ctx, &logs_commands, pod);
            let container = section
                .map(|(name, _)| name)
                .or_else(|| events.iter().find_map(|e| crashing_container_in(&e.message)))
                .or_else(|| logs.and_then(|(c, _)| c.flag(&["-c", "--container"])));
            let last_message = lines
                .iter()
                .find_map(|&line| last_state_field(ctx, line + 1, "Message"))
                .or_else(|| logs.and_then(|(_, last)| Some((ctx.doc.line(last?).trim(), last?))));
            let mut finding = Finding::for_pod(pod).lines(lines).lines(events.iter().map(|e| e.line));
            let last_exits = last_exit_codes(ctx, pod);
            if !last_exits.is_empty() && last_exits.iter().all(|(code, _)| *code == 0) {
                finding = finding.variant("exits-normally").lines(last_exits.iter().map(|(_, line)| *line));
            }
            finding = with_container(finding, container, init, last_message);
            // The first network plugin pod down explains the pods waiting
            // for a sandbox (one explainer is enough).
            if is_network_plugin(pod) && !waiting_pods_related {
                waiting_pods_related = true;
                let waits = |p: &&Pod| waits_for_network(p, &pod_events(ctx, p, MOUNT_FAILURES));
                for waiting in ctx.facts.troubled_pods().filter(waits) {
                    finding = finding.relate(waiting.subject());
                }
            }
            out.push(arc_variant(finding, pod));
        }
        for event in orphan_events(ctx, &["Back-off restarting failed container"]) {
            let finding = match (pod_reference(&event.message), &event.object) {
                // An events row names its pod in its OBJECT column.
                (None, Some(_)) => event_subject(ctx, event),
                _ => kubelet_message_finding(ctx, &event.message),
            };
            let container = crashing_container_in(&event.message);
            out.push(with_container(finding.line(event.line), container, false, None));
        }
        // The kubelet's message or log line pasted alone, with no pod or
        // event row around it: its words are enough.
        if out.is_empty() && ctx.facts.pods.is_empty() {
            // The status word alone only as a container's `Reason` field, or
            // as the reason in kube-state-metrics' alert (`Pod ns/x (app) is
            // in waiting state (reason: "CrashLoopBackOff")`).
            let is_reason = |h: &Hit| {
                let line = ctx.doc.line(h.lines.start);
                field(line).is_some_and(|(key, _)| key == "reason")
                    // (the alert firing, not its rule's `{{ $labels.pod }}` template)
                    || line.contains("in waiting state (reason:") && !line.contains("{{")
            };
            for (_, hit) in ctx.hits.iter().filter(|(t, h)| *t > 0 || is_reason(h)) {
                // A folded YAML message goes on to `pod=…` on the next line.
                let message = ctx.lines_around(hit, 0, 1);
                let mut finding = kubelet_message_finding(ctx, &message).lines(hit.lines.clone());
                // A container section: its previous run follows its state.
                let exit_code = last_state_field(ctx, hit.lines.end, "Exit Code");
                if let Some((_, line)) = exit_code.filter(|(code, _)| code.parse() == Ok(0)) {
                    finding = finding.variant("exits-normally").line(line);
                }
                let (container, init) = match container_of_line(ctx, hit.lines.start) {
                    Some((name, init)) => (Some(name), init),
                    None => (crashing_container_in(&message), false),
                };
                let last_message = last_state_field(ctx, hit.lines.end, "Message");
                out.push(with_container(finding, container, init, last_message));
            }
        }
    },
};

/// Pods whose every container must be ready but one is not.
pub const NOT_READY: Diagnosis = Diagnosis {
    id: "pod/not-ready",
    severity: Severity::Warning,
    source: seed!("000 — Azure Arc 에이전트 (config-agent 1/2 Running); 001 — Azure Arc 代理程式"),
    triggers: &[READINESS_FAILED],
    explains: &[],
    check: |ctx, out| {
        for pod in ctx.facts.troubled_pods() {
            let Some((ready, total)) = pod.ready else {
                continue;
            };
            // A container that started seconds ago is still warming up.
            let starting = pod
                .age_seconds
                .is_some_and(|age| age < JUST_CREATED_SECONDS)
                && pod.restarts == Some(0);
            if ready >= total || pod.status.as_deref() != Some("Running") || starting {
                continue;
            }
            let events = pod_events(
                ctx,
                pod,
                &[
                    READINESS_FAILED,
                    "Liveness probe failed",
                    "Startup probe failed",
                ],
            );
            let mut finding = Finding::for_pod(pod)
                .value("ready", format!("{ready}/{total}"))
                .lines(events.iter().map(|e| e.line));
            if !events.is_empty() {
                finding = finding.variant("probe");
            }
            out.push(arc_variant(finding, pod));
        }
        // The kubelet's `Unhealthy … Readiness probe failed` events of a pod
        // no row or description of the paste shows: kept failing (a count
        // below three is a container still starting up).
        for event in orphan_events(ctx, &[READINESS_FAILED]) {
            let line = ctx.doc.line(event.line);
            let count = crate::facts::find_ci(line, "(x")
                .and_then(|at| line[at + 2..].split(' ').next()?.parse::<u32>().ok());
            if count.is_none_or(|n| n >= 3) {
                out.push(event_subject(ctx, event).line(event.line).variant("probe"));
            }
        }
    },
};

/// The kubelet's event when a container fails its readiness probe.
const READINESS_FAILED: &str = "Readiness probe failed";

/// Scheduling failures for want of CPU, memory, pod slots or matching nodes.
pub const PENDING_RESOURCES: Diagnosis = Diagnosis {
    id: "pod/pending-resources",
    severity: Severity::Error,
    source: seed!("000 — Azure Arc 에이전트 (Pending pods: scale the cluster up); 004 — Errore: timeout in attesa dell'idoneità delle risorse (Vincoli di risorse)"),
    triggers: &["Insufficient cpu", "Insufficient memory", "Too many pods", "FailedScheduling"],
    explains: &[],
    check: |ctx, out| {
        let sub_causes: &[(&str, &'static str)] = &[
            ("Insufficient cpu", "cpu"),
            ("Insufficient memory", "memory"),
            ("Too many pods", "pods"),
            ("node affinity/selector", "node-selector"),
            // `didn't`, or `didn''t` inside a single-quoted YAML string.
            ("match node selector", "node-selector"),
            ("match Pod's node affinity", "node-selector"),
        ];
        let mut seen = HashSet::new();
        let failures = ctx.facts.events.iter().filter(|e| e.reason == "FailedScheduling" || contains_ci(&e.message, "Insufficient "));
        let scheduled = last_events(ctx, &["Scheduled"]);
        let (past, current): (Vec<&Event>, Vec<&Event>) = failures.partition(|e| scheduled.after(e));
        for event in current {
            let variants: Vec<&'static str> =
                sub_causes.iter().filter(|(w, _)| contains_ci(&event.message, w)).map(|(_, v)| *v).collect();
            if variants.is_empty() {
                continue;
            }
            let mut finding = match ctx.facts.event_pod(event) {
                Some(pod) => Finding::for_pod(pod),
                None => event_subject(ctx, event),
            };
            finding = finding.line(event.line);
            for v in variants {
                finding = finding.variant(v);
            }
            seen.insert(finding.subject.clone());
            out.push(finding);
        }
        // Scheduler messages in a shape no parser read (old tab-separated
        // events whose `fit failure … Insufficient cpu` lines follow the row):
        // the words count when a scheduling failure is said next to them.
        if seen.is_empty() && past.is_empty() {
            for (trigger, hit) in ctx.hits.iter().filter(|(t, _)| *t < 3) {
                let window = &ctx.near(hit, 600, 0);
                let scheduling = ["FailedScheduling", "failed to fit", "nodes are available"].iter().any(|w| contains_ci(window, w));
                if !scheduling {
                    continue;
                }
                // The old wording names the pod: `pod (jenkins-master-…) failed to fit`.
                let named = crate::facts::find_ci(window, "pod (")
                    .map(|at| window[at + 5..].split(')').next().unwrap_or("").to_string());
                let mut finding = match (named.filter(|n| !n.is_empty() && !n.contains(' ')), ctx.facts.only_pod()) {
                    (_, Some(pod)) => Finding::for_pod(pod),
                    (Some(name), None) => Finding::new(name.clone()).value("pod", name).value("ns_flag", ""),
                    (None, None) => unknown_pod_finding(ctx),
                };
                finding = finding.lines(hit.lines.clone()).variant(["cpu", "memory", "pods"][*trigger]);
                // The rest of the scheduler's sentence may name more reasons.
                let sentence = &ctx.near(hit, 600, 120);
                if sub_causes.iter().any(|(w, v)| *v == "node-selector" && contains_ci(sentence, w)) {
                    finding = finding.variant("node-selector");
                }
                seen.insert(finding.subject.clone());
                out.push(finding);
            }
        }
        // Pending pods and no scheduling event anywhere in the paste: the usual
        // reason (and the seed's) is a cluster without room for them. When the
        // scheduler did explain some pod, siblings are not guessed at.
        let scheduler_spoke = ctx.facts.events.iter().any(|e| e.reason == "FailedScheduling");
        // A `kubectl get nodes` row of a node that is not ready: the
        // scheduler places nothing there.
        let not_ready_node = ctx.phrase_hits(NODE_NOT_READY).map(|hit| hit.lines.start).find(|&line| {
            let mut words = ctx.doc.line(line).split_ascii_whitespace();
            words.nth(1).is_some_and(|status| status.starts_with(NODE_NOT_READY))
        });
        for pod in ctx.facts.troubled_pods() {
            // A pod whose containers already wait on something (an image, a
            // volume) was scheduled: Pending is then its phase, not the problem.
            let pending = pod.status.as_deref() == Some("Pending") && pod.signals.iter().all(|s| s.value == "Pending");
            // A pod created seconds ago is Pending on its way to a node.
            let just_created = pod.age_seconds.is_some_and(|age| age < JUST_CREATED_SECONDS);
            let explained = !seen.is_empty() && seen.contains(&pod.subject());
            if pending && !just_created && !scheduler_spoke && !explained {
                let finding = Finding::for_pod(pod).lines(pod.signal_lines("Pending"));
                out.push(match not_ready_node {
                    Some(line) => finding.line(line).variant("nodes-not-ready").maybe("node", ctx.doc.line(line).split_ascii_whitespace().next()),
                    None => finding.variant("no-event"),
                });
            }
        }
    },
};

/// A node's STATUS when it is not ready (`NotReady`, `NotReady,SchedulingDisabled`).
pub const NODE_NOT_READY: &str = "NotReady";

/// The line of the last event of each object (name, namespace) whose reason
/// is one of `reasons`: a failure before it is history (a pod placed since
/// its `Scheduled`, its containers `Started` since; events of one object are
/// listed oldest first).
fn last_events<'a>(ctx: &Ctx<'a>, reasons: &[&str]) -> LastEvents<'a> {
    let mut last = HashMap::new();
    for event in ctx
        .facts
        .events
        .iter()
        .filter(|e| reasons.contains(&&*e.reason))
    {
        last.insert(
            (event.object.as_deref(), event.namespace.as_deref()),
            event.line,
        );
    }
    LastEvents(last)
}

/// See [`last_events`].
struct LastEvents<'a>(HashMap<(Option<&'a str>, Option<&'a str>), usize>);

impl LastEvents<'_> {
    /// The line of the last of the events about `event`'s object, when it
    /// came after `event`.
    fn last_after(&self, event: &Event) -> Option<usize> {
        let key = (event.object.as_deref(), event.namespace.as_deref());
        self.0.get(&key).copied().filter(|&at| at > event.line)
    }

    /// True when one of the events came after `event`, about its object.
    fn after(&self, event: &Event) -> bool {
        self.last_after(event).is_some()
    }
}

/// Age under which a Pending pod without a scheduling event is taken to be
/// on its way to a node, not stuck, and a running pod that never restarted
/// and is not ready yet to be starting up.
const JUST_CREATED_SECONDS: u32 = 60;

/// Scheduling failures on node taints the pod does not tolerate.
pub const PENDING_TAINT: Diagnosis = Diagnosis {
    id: "pod/pending-taint",
    severity: Severity::Error,
    source: seed!("004 — Errore: i pod di estensione non possono essere pianificati … \"CriticalAddonsOnly\" contaminati (untolerated taint event)"),
    // Newest first: `had untolerated taint {k: v}`, `had taint {k: v}, that
    // the pod didn't tolerate`, then schedulers before Kubernetes 1.18, which
    // do not name the taint: `had taints that the pod didn't tolerate`, and
    // before 1.10 `0/3 nodes are available: 1 PodToleratesNodeTaints`.
    triggers: &[
        "untolerated taint",
        "that the pod didn't tolerate",
        "PodToleratesNodeTaints",
    ],
    explains: &[("pod/pending-resources", Link::SameSubject)],
    check: |ctx, out| {
        let mut control_plane = Vec::new();
        // The newest wording names each taint after its own hit: the taints
        // of one scheduler message, by the line it starts on.
        let taint_after = |hit: &Hit| {
            let rest = ctx.text_from(hit, 2);
            let after = rest.get(hit.span.len()..).unwrap_or_default().trim_start();
            after.strip_prefix('{').and_then(|t| Some(t.split_once('}')?.0.trim().to_string()))
        };
        // The older wording names it just before: `had taint {k: v}, that
        // the pod didn't tolerate`.
        let taint_before = |hit: &Hit| {
            let text = ctx.near(hit, 120, 0);
            let (head, tail) = text.rsplit_once('}')?;
            let taint = head.rsplit_once('{')?.1.trim();
            (tail.starts_with(',') && tail.len() < 40).then(|| taint.to_string())
        };
        let taint_of = |trigger: usize, hit: &Hit| match trigger {
            0 => taint_after(hit),
            1 => taint_before(hit),
            _ => None,
        };
        // In paste order: the taints of one message are found by bisection.
        let mut taints_by_line: Vec<(usize, String)> =
            ctx.hits.iter().filter_map(|&(t, hit)| Some((hit.lines.start, taint_of(t, hit)?))).collect();
        taints_by_line.dedup();
        // The line of the last message reported with all its taints (hits
        // come in paste order).
        let mut reported_line = None;
        let (mut pools, mut pools_line): (Vec<&str>, Option<usize>) = (Vec::new(), None);
        let scheduled = last_events(ctx, &["Scheduled"]);
        for (trigger, hit) in ctx.hits.iter().map(|(t, h)| (*t, *h)) {
            // A failure before the same pod's `Scheduled` event is history.
            if event_on_line(ctx, hit.lines.start).is_some_and(|e| scheduled.after(e)) {
                continue;
            }
            let text = &ctx.text_around(hit, 2);
            // The predicate's count never names the taint; the newest wording
            // names it after the hit (one hit per taint), the older before.
            let named = taint_of(trigger, hit);
            // A message naming the taints of several node pools (not the
            // control plane's, not a node condition's such as `unreachable`):
            // one finding lists them all.
            // (Read once per line: one line may hold every message.)
            let line = hit.lines.start;
            if pools_line != Some(line) {
                let of_message = &taints_by_line
                    [taints_by_line.partition_point(|(l, _)| *l < line)..taints_by_line.partition_point(|(l, _)| *l <= line)];
                pools = of_message.iter().map(|(_, t)| t.as_str()).filter(|t| is_pool_taint(taint_key_of(t))).collect();
                pools_line = Some(line);
            }
            let several = trigger < 2 && pools.len() > 1;
            if several && reported_line == Some(line) {
                continue;
            }
            let (taint, key) = match named {
                Some(taint) => (format!("{{{taint}}}"), taint_key_of(&taint).to_string()),
                // Without a named taint only the scheduler's own words count
                // (the predicate's name is also in scheduler policy files).
                None if is_unnamed_taint_failure(trigger, &squeeze(text)) => {
                    let described = ctx.cached("described pool taint", || described_pool_taint(ctx));
                    described.as_ref().clone().unwrap_or_else(|| (String::new(), "<key>".to_string()))
                }
                None => continue,
            };
            let mut finding = match pod_on_line(ctx, hit.lines.start) {
                Some(pod) => Finding::for_pod(pod),
                None => match event_on_line(ctx, hit.lines.start) {
                    Some(event) => event_subject(ctx, event),
                    None => unknown_pod_finding(ctx),
                },
            };
            let (taint, key) = if several {
                reported_line = Some(line);
                let listed = pools.iter().map(|t| format!("{{{t}}}")).collect::<Vec<_>>().join(", ");
                (listed, taint_key_of(pools[0]).to_string())
            } else {
                (taint, key)
            };
            // The control plane's and Fargate's nodes were never meant for
            // the pod: with nodes short of resources in the same message,
            // the shortage is the cause (pod/pending-resources).
            let own_message = ctx.lines_around(hit, 0, 1);
            if (CONTROL_PLANE_TAINTS.contains(&key.as_str()) || key == FARGATE_TAINT)
                && ["Insufficient ", "Too many pods"].iter().any(|w| contains_ci(&own_message, w))
            {
                continue;
            }
            let variant = match () {
                () if several => "several",
                () if key == FARGATE_TAINT => "fargate",
                () if is_condition_taint(&key) => "node-condition",
                () => "one",
            };
            finding = finding.lines(hit.lines.clone()).value("taint", taint).value("taint_key", key).variant(variant);
            // The control plane's taint keeps pods off nodes they were never
            // meant for: another taint of the same message is the one to act
            // on (the report keeps the first finding of a pod's merged ones).
            if CONTROL_PLANE_TAINTS.contains(&finding.get("taint_key").unwrap_or_default()) {
                control_plane.push(finding);
            } else {
                out.push(finding);
            }
        }
        // …and it stands alone only when nothing else keeps the pod off.
        if !control_plane.is_empty() {
            let others: HashSet<String> = out.iter().map(|f| f.subject.clone()).collect();
            control_plane.retain(|f| !others.contains(&f.subject));
            out.append(&mut control_plane);
        }
    },
};

/// The taint AWS Fargate puts on its nodes: only pods that a Fargate
/// profile selects go there, through EKS's own scheduler.
const FARGATE_TAINT: &str = "eks.amazonaws.com/compute-type";

/// How `kubectl describe node` lists a node's taints.
pub const DESCRIBED_TAINTS: &str = "Taints:";

/// The one taint of a node pool that `kubectl describe node` shows in the
/// paste (`Taints: infra=true:NoSchedule`), and its key (`infra`), for a
/// scheduler message that does not name it.
fn described_pool_taint(ctx: &Ctx<'_>) -> Option<(String, String)> {
    let mut taints = ctx.phrase_hits(DESCRIBED_TAINTS).filter_map(|hit| {
        let line = ctx.doc.line(hit.lines.start).trim_start();
        let taint = line.strip_prefix(DESCRIBED_TAINTS)?.trim();
        let key = taint.split(['=', ':']).next().unwrap_or_default();
        (taint.contains(':') && is_pool_taint(key)).then(|| (taint.to_string(), key.to_string()))
    });
    let first = taints.next()?;
    taints.all(|t| t == first).then_some(first)
}

/// The key of a taint as the scheduler prints it (`key: value`).
fn taint_key_of(taint: &str) -> &str {
    taint.split(':').next().unwrap_or(taint).trim()
}

/// True for a taint that sets nodes apart for some workloads (a pool's),
/// not the control plane's nor one Kubernetes puts on a node for its
/// condition (`node.kubernetes.io/unreachable`, `…/not-ready`).
fn is_pool_taint(key: &str) -> bool {
    !CONTROL_PLANE_TAINTS.contains(&key) && !is_condition_taint(key)
}

/// True for a taint Kubernetes puts on a node for its condition and takes
/// off when the condition clears: removing or tolerating it is no fix.
fn is_condition_taint(key: &str) -> bool {
    const CONDITIONS: &[&str] = &[
        "not-ready",
        "unreachable",
        "memory-pressure",
        "disk-pressure",
        "pid-pressure",
        "network-unavailable",
        "unschedulable",
        "out-of-service",
    ];
    key.strip_prefix("node.kubernetes.io/")
        .is_some_and(|c| CONDITIONS.contains(&c))
}

/// Taints that mark control-plane nodes.
const CONTROL_PLANE_TAINTS: &[&str] = &[
    "node-role.kubernetes.io/control-plane",
    "node-role.kubernetes.io/master",
];

/// True when `squeezed` (the text around a hit of [`PENDING_TAINT`]'s
/// `trigger`, squeezed) is a scheduler's message on taints it does not name:
/// newer ones count `node(s) had untolerated taint(s)`, old ones say
/// `node(s) had taints that the pod didn't tolerate`, or count nodes failing
/// the `PodToleratesNodeTaints` predicate.
fn is_unnamed_taint_failure(trigger: usize, squeezed: &str) -> bool {
    match trigger {
        0 => squeezed.contains("haduntoleratedtaint(s)"),
        1 => squeezed.contains("hadtaintsthatthepoddidn'ttolerate"),
        2 => squeezed.contains("nodesareavailable") || squeezed.contains("matchallofthepredicates"),
        _ => false,
    }
}

/// Pods stuck creating their containers, usually on a volume that cannot mount.
pub const CONTAINER_CREATING: Diagnosis = Diagnosis {
    id: "pod/container-creating",
    severity: Severity::Error,
    source: seed!("000 — Helm 시간 초과 오류, step 5 (kube-aad-proxy stuck in ContainerCreating)"),
    triggers: &[
        "ContainerCreating",
        "FailedMount",
        "MountVolume.SetUp failed",
        SANDBOX_FAILED,
    ],
    explains: &[("pod/not-ready", Link::SameSubject)],
    check: |ctx, out| {
        let network_plugin_down = ctx
            .facts
            .troubled_pods()
            .find(|p| is_network_plugin(p) && !p.is_healthy());
        let started = last_events(ctx, &["Started"]);
        for pod in ctx.facts.troubled_pods() {
            let lines = pod.signal_lines("ContainerCreating");
            // A volume the pod's containers started after is mounted: its
            // failures before are history.
            let events: Vec<&Event> = pod_events(ctx, pod, MOUNT_FAILURES)
                .into_iter()
                .filter(|e| !started.after(e))
                .collect();
            let sandbox = pod_events(ctx, pod, SANDBOX_FAILURES)
                .into_iter()
                .rev()
                .find(|e| is_sandbox_network_failure(&started, e));
            if !is_stuck_creating(pod) && events.is_empty() && sandbox.is_none() {
                continue;
            }
            let mut finding = Finding::for_pod(pod)
                .lines(lines)
                .lines(events.iter().map(|e| e.line));
            for event in &events {
                finding = missing_object(finding, &event.message);
            }
            if let Some(event) = sandbox {
                finding = sandbox_network(finding.line(event.line), &event.message);
            }
            if pod.name.starts_with("kube-aad-proxy") {
                finding = finding.variant("kube-aad-proxy");
            }
            if let Some(plugin) = network_plugin_down.filter(|_| waits_for_network(pod, &events)) {
                finding = finding
                    .variant("cni-down")
                    .value("cni_pod", plugin.subject());
            }
            out.push(finding);
        }
        // Mount failures pasted without any line about their pod.
        for event in orphan_events(
            ctx,
            // (before 1.11: `Unable to mount volumes for pod "web_shop(uid)"`)
            &[
                "MountVolume.SetUp failed",
                "Unable to attach or mount",
                "Unable to mount volumes",
            ],
        )
        .filter(|e| !started.after(e))
        {
            push_missing(
                out,
                event_subject(ctx, event).line(event.line),
                &event.message,
            );
        }
        // Sandbox failures likewise: one finding per pod, its last failure.
        let failures: Vec<&Event> = orphan_events(ctx, SANDBOX_FAILURES)
            .filter(|e| is_sandbox_network_failure(&started, e))
            .collect();
        let mut seen = HashSet::new();
        let mut last_failures: Vec<&Event> = failures
            .into_iter()
            .rev()
            .filter(|e| seen.insert(e.object.clone().unwrap_or_default()))
            .collect();
        last_failures.reverse();
        for event in last_failures {
            let finding = event_subject(ctx, event).line(event.line);
            out.push(sandbox_network(finding, &event.message));
        }
        // The kubelet's message pasted alone, with no pod or event row
        // around it: its words are enough (an event row was read above).
        if out.is_empty() && ctx.facts.pods.is_empty() {
            for hit in ctx
                .hits_of(2)
                .filter(|hit| event_on_line(ctx, hit.lines.start).is_none())
            {
                let finding = unknown_pod_finding(ctx).lines(hit.lines.clone());
                push_missing(out, finding, &ctx.text_from(hit, 0));
            }
        }
    },
};

/// The kubelet's event when a pod's sandbox cannot be created.
const SANDBOX_FAILED: &str = "FailedCreatePodSandBox";

/// The event's reason and its message (`Failed to create pod sandbox: …`,
/// the older `Failed create pod sandbox: …`).
const SANDBOX_FAILURES: &[&str] = &[SANDBOX_FAILED, "create pod sandbox"];

/// True for a sandbox failure of the pod's network (not of the sandbox
/// image, which [`IMAGE_PULL_BACKOFF`] tells), unless the same pod's
/// containers `started` since.
fn is_sandbox_network_failure(started: &LastEvents<'_>, event: &Event) -> bool {
    let network = ["network", "cni"]
        .iter()
        .any(|w| contains_ci(&event.message, w));
    network && !contains_ci(&event.message, SANDBOX_IMAGE) && !started.after(event)
}

/// `finding` with the `sandbox-network` sub-cause of a sandbox failure's
/// `message`: the network plugin's error, and (the Amazon VPC CNI's
/// `failed to assign an IP address`) the `no-ip` sub-cause.
fn sandbox_network(finding: Finding, message: &str) -> Finding {
    // `plugin type="aws-cni" name="aws-cni" failed (add): <error>`, or the
    // dockershim's `networkPlugin cni failed to set up pod "x" network: <error>`.
    let error = ["failed (add):", "network:", "desc ="]
        .iter()
        .find_map(|marker| Some(&message[crate::facts::find_ci(message, marker)? + marker.len()..]))
        .unwrap_or(message);
    let finding = finding.variant("sandbox-network").value(
        "sandbox_error",
        error.trim().chars().take(200).collect::<String>(),
    );
    if contains_ci(message, "failed to assign an IP address") {
        finding.variant("no-ip")
    } else {
        finding
    }
}

/// Name prefixes of the pods of common network (CNI) plugins.
const NETWORK_PLUGIN_PODS: &[&str] = &[
    "kube-flannel",
    "calico-node",
    "cilium-",
    "weave-net",
    "canal-",
    "kube-router",
    "antrea-agent",
];

/// True for a pod of the cluster's network plugin.
fn is_network_plugin(pod: &Pod) -> bool {
    NETWORK_PLUGIN_PODS.iter().any(|p| pod.name.starts_with(p))
        // The Amazon VPC CNI's DaemonSet: `aws-node-` and the pod's suffix
        // (not `aws-node-termination-handler-…`).
        || pod.name.strip_prefix("aws-node-").is_some_and(|suffix| !suffix.contains('-'))
}

/// Events of a volume that cannot be mounted.
const MOUNT_FAILURES: &[&str] = &[
    "FailedMount",
    "MountVolume.SetUp failed",
    "Unable to attach or mount",
    // The attach/detach controller's `FailedAttachVolume`.
    "AttachVolume.Attach failed",
];

/// True for a pod shown in ContainerCreating (its STATUS or a container's
/// `Reason`) for two minutes or more, or for an unknown time.
fn is_stuck_creating(pod: &Pod) -> bool {
    pod.signals
        .iter()
        .any(|s| contains_ci(&s.value, "ContainerCreating"))
        && pod.age_seconds.is_none_or(|age| age >= 120)
}

/// True for a pod stuck creating its containers with no volume to blame
/// (`mount_events`, its mount failures, is empty) that is not itself a
/// network plugin's (those run on the host's network): it may be waiting
/// for its network sandbox. `pod/container-creating` gives such a pod the
/// `cni-down` sub-cause and `pod/crash-loop` relates it to the plugin's
/// crash loop, so both read it here.
fn waits_for_network(pod: &Pod, mount_events: &[&Event]) -> bool {
    mount_events.is_empty() && !is_network_plugin(pod) && is_stuck_creating(pod)
}

/// Containers killed for using more memory than their limit.
pub const OOM_KILLED: Diagnosis = Diagnosis {
    id: "pod/oom-killed",
    severity: Severity::Error,
    source: seed!("004 — Errore: timeout in attesa dell'idoneità delle risorse (memoria insufficiente); Kubernetes container state OOMKilled"),
    triggers: &["OOMKilled"],
    explains: &[("pod/crash-loop", Link::SameSubject), ("pod/error-exit", Link::SameSubject)],
    check: |ctx, out| {
        for pod in ctx.facts.troubled_pods() {
            let lines = pod.signal_lines("OOMKilled");
            if lines.is_empty() {
                continue;
            }
            let exit_137 = pod.failing_exit_codes().into_iter().filter(|(c, _)| *c == 137).map(|(_, l)| l);
            out.push(Finding::for_pod(pod).lines(lines).lines(exit_137).maybe("memory_limit", pod.memory_limit.clone()));
        }
        // A container's state pasted without its pod: only a `reason` field
        // counts, not the word in a sentence.
        if ctx.facts.pods.is_empty() {
            for hit in ctx.hits_of(0) {
                let line = hit.lines.start;
                if !field(ctx.doc.line(line)).is_some_and(|(key, value)| key == "reason" && value == "OOMKilled") {
                    continue;
                }
                let state = StateFragment::around(ctx, line);
                let finding = unknown_pod_finding(ctx).line(line).lines(state.exit_code.filter(|(c, _)| *c == 137).map(|(_, l)| l));
                out.push(finding.maybe("memory_limit", state.memory_limit));
            }
        }
    },
};

/// Containers that cannot be configured: a referenced secret or config map is missing.
pub const CREATE_CONFIG_ERROR: Diagnosis = Diagnosis {
    id: "pod/create-config-error",
    severity: Severity::Error,
    source: seed!("002 — Kubernetes 비밀 (workloads reference secrets created by Service Connector); Kubernetes container state CreateContainerConfigError"),
    triggers: &["CreateContainerConfigError", "\" not found", "couldn't find key"],
    explains: &[("pod/not-ready", Link::SameSubject)],
    check: |ctx, out| {
        let config_event = |e: &&Event| !contains_ci(&e.message, "MountVolume") && is_config_message(&e.message);
        // Events pasted without their pod belong to the one pod in this state.
        let failing = ctx.facts.troubled_pods().filter(|p| !p.signal_lines("CreateContainerConfigError").is_empty()).count();
        let unowned: Vec<&Event> = if failing == 1 {
            ctx.facts.events.iter().filter(|e| e.object.is_none()).filter(config_event).collect()
        } else {
            Vec::new()
        };
        for pod in ctx.facts.troubled_pods() {
            let lines = pod.signal_lines("CreateContainerConfigError");
            let mut events: Vec<&Event> =
                pod_events(ctx, pod, &["not found", "couldn't find key"]).into_iter().filter(config_event).collect();
            if events.is_empty() && !lines.is_empty() {
                events = unowned.clone();
            }
            if lines.is_empty() && events.is_empty() {
                continue;
            }
            let mut finding = Finding::for_pod(pod).lines(lines).lines(events.iter().map(|e| e.line));
            for event in &events {
                finding = missing_object(finding, &event.message);
            }
            out.push(finding);
        }
        // The kubelet's `Failed` event pasted without its pod: its own words
        // (`Error: secret "x" not found`) say the container cannot be configured.
        // (Events without an object went to the one failing pod above.)
        let failed_config = |e: &&Event| {
            e.reason == "Failed" && (e.object.is_some() || failing == 0) && config_event(e) && contains_ci(&e.message, "Error: ")
        };
        for event in orphan_events(ctx, &["not found", "couldn't find key"]).filter(failed_config) {
            push_missing(out, event_subject(ctx, event).line(event.line), &event.message);
        }
        // The kubelet's words in a log or a deploy tool's tree (werf): the
        // container's own `Error: secret "x" not found`, not kubectl's answer.
        if out.is_empty() && ctx.facts.pods.is_empty() {
            for hit in ctx.hits_of(1) {
                let line = &ctx.lines_around(hit, 0, 0);
                if ["Error: secret \"", "Error: secrets \"", "Error: configmap \""].iter().any(|w| contains_ci(line, w)) {
                    push_missing(out, unknown_pod_finding(ctx).lines(hit.lines.clone()), line);
                }
            }
        }
    },
};

/// True for a message about a missing secret or config map, or a key in one
/// (`secret "x"`, the old plural `secrets "x"`, `couldn't find key`).
fn is_config_message(message: &str) -> bool {
    [
        "secret \"",
        "secrets \"",
        "configmap \"",
        "configmaps \"",
        "couldn't find key",
    ]
    .iter()
    .any(|needle| contains_ci(message, needle))
}

/// Reads `secret "x" not found` / `configmap "x" not found`, and kubelet's
/// `couldn't find key K in Secret ns/x`, into values.
fn missing_object(finding: Finding, message: &str) -> Finding {
    for (kind, variant, key_form) in [
        ("secret", "missing-secret", "in Secret "),
        ("configmap", "missing-configmap", "in ConfigMap "),
    ] {
        if let Some(name) = quoted_after(message, kind) {
            return with_missing(finding, kind, &name).variant(variant);
        }
        // The object exists; the key the container names does not.
        let key = word_after(message, "couldn't find key ");
        let path = word_after(message, key_form).filter(|_| key.is_some());
        if let Some(path) = path {
            let name = path.rsplit('/').next().unwrap_or(&path);
            return finding
                .value("missing_kind", kind)
                .value("missing_name", name)
                .maybe("missing_key", key)
                .variant("missing-key");
        }
    }
    // Else the volume driver's own answer: `MountVolume.SetUp failed for
    // volume "x" : <error>`, or the attach's before it.
    let Some(rest) = [MOUNT_SETUP_FAILED, "AttachVolume.Attach failed for volume "]
        .iter()
        .find_map(|words| Some(&message[crate::facts::find_ci(message, words)? + words.len()..]))
    else {
        return finding;
    };
    // The volume in double quotes, or single ones (older kubelets).
    let Some(quote) = rest.chars().next().filter(|c| ['"', '\''].contains(c)) else {
        return finding;
    };
    let volume_and_error = rest[1..]
        .split_once(quote)
        .and_then(|(volume, after)| Some((volume, after.strip_prefix(" : ")?)));
    match volume_and_error {
        Some((volume, error)) if is_object_name(volume) => finding
            .value("volume", volume)
            .value("mount_error", without_grpc_wrappers(error.trim()))
            .variant("mount-error"),
        _ => finding,
    }
}

/// The kubelet's words before the volume it cannot mount.
const MOUNT_SETUP_FAILED: &str = "MountVolume.SetUp failed for volume ";

/// A volume driver's error, at most 240 characters: without the `rpc
/// error: code = Unknown desc = ` that each gRPC hop puts before a CSI
/// driver's, and for a failed `mount` its `Output:` instead of its command
/// line (`mount failed: exit status 32 … Output: mount.nfs: Connection timed
/// out`).
fn without_grpc_wrappers(error: &str) -> String {
    let mut left = error;
    let mount_output;
    if let (Some(command), Some(output)) =
        (error.find(" Mounting command:"), error.find(" Output: "))
    {
        mount_output = [&error[..command], &error[output + 1..]].join("; ");
        left = &mount_output;
    }
    let mut kept = String::new();
    while let Some(at) = left.find("rpc error: code = ") {
        let Some(desc) = left[at..].find(" desc = ") else {
            break;
        };
        kept.push_str(&left[..at]);
        left = &left[at + desc + " desc = ".len()..];
    }
    kept.push_str(left);
    kept.chars().take(240).collect()
}

/// Records missing object `name` of `kind`: the first is `missing_name`;
/// all of that kind are `missing_names` (for one `kubectl get`), the others
/// also `also_missing` (for the prose). One of another kind is left out.
fn with_missing(finding: Finding, kind: &'static str, name: &str) -> Finding {
    let known = finding.get("missing_names").unwrap_or_default();
    // At most `MAX_MISSING_NAMES` listed: each new name is compared with a
    // bounded list, and the prose stays readable.
    let mut listed = known.split(' ');
    if finding.get("missing_kind").is_some_and(|k| k != kind)
        || listed.clone().nth(MAX_MISSING_NAMES - 1).is_some()
        || listed.any(|n| n == name)
    {
        return finding;
    }
    let names = if known.is_empty() {
        name.to_string()
    } else {
        format!("{known} {name}")
    };
    let also = match names.split_once(' ') {
        Some((_, others)) => format!("`{}`", others.replace(' ', "`, `")),
        None => String::new(),
    };
    finding
        .value("missing_kind", kind)
        .value("missing_name", name)
        .set("missing_names", names)
        .set("also_missing", also)
}

/// The most missing objects of one kind that a finding lists.
const MAX_MISSING_NAMES: usize = 16;

/// Pushes a finding about the object a message says is missing; when the
/// last finding is about the same pod (its next message), adds the object
/// and the evidence to that one instead.
fn push_missing(out: &mut Vec<Finding>, finding: Finding, message: &str) {
    match out.last_mut() {
        Some(last) if last.subject == finding.subject => {
            *last = missing_object(std::mem::take(last), message).lines(finding.evidence);
        }
        _ => out.push(missing_object(finding, message)),
    }
}

/// `secret "db-creds" not found` (or the old plural, `secrets "db-creds"
/// not found`) → `db-creds`.
fn quoted_after(message: &str, kind: &str) -> Option<String> {
    let lower = message.to_ascii_lowercase();
    let at = [format!("{kind} \""), format!("{kind}s \"")]
        .iter()
        .find_map(|opening| Some(lower.find(opening)? + opening.len()))?;
    let end = message[at..].find('"')? + at;
    let name = &message[at..end];
    (!name.is_empty() && message[end..].to_ascii_lowercase().contains("not found"))
        .then(|| name.to_string())
}

/// Pods the kubelet evicted under node pressure.
pub const EVICTED: Diagnosis = Diagnosis {
    id: "pod/evicted",
    severity: Severity::Error,
    source:
        seed!("004 — Vincoli di risorse (insufficient node memory/CPU); Kubernetes node-pressure eviction"),
    triggers: &["Evicted", "The node was low on resource"],
    explains: &[("pod/error-exit", Link::SameSubject)],
    check: |ctx, out| {
        let resource = |text: &str| {
            ["memory", "ephemeral-storage", "pid", "nodefs", "imagefs"]
                .into_iter()
                .find(|r| contains_ci(text, &format!("low on resource: {r}")))
        };
        let mut evicted: Vec<&Pod> = ctx
            .facts
            .troubled_pods()
            .filter(|p| !p.signal_lines("Evicted").is_empty())
            .collect();
        sort_by_rank(&mut evicted, |p| p.line as u64);
        // Each eviction message goes to its pod: the one its line shows, else
        // the evicted pod above it (a describe block), else the only one.
        let mut messages: Vec<Vec<&crate::search::Hit>> = vec![Vec::new(); evicted.len()];
        for hit in ctx.hits_of(1) {
            let line = hit.lines.start;
            let owner = match pod_on_line(ctx, line) {
                Some(pod) => evicted
                    .binary_search_by_key(&pod.line, |p| p.line)
                    .ok()
                    .filter(|&i| std::ptr::eq(evicted[i], pod)),
                None => evicted
                    .partition_point(|p| p.line <= line)
                    .checked_sub(1)
                    .or((evicted.len() == 1).then_some(0)),
            };
            if let Some(owner) = owner {
                messages[owner].push(hit);
            }
        }
        for (pod, messages) in evicted.iter().zip(messages) {
            let mut finding = Finding::for_pod(pod).lines(pod.signal_lines("Evicted"));
            for hit in messages {
                if let Some(r) = resource(&ctx.text_from(hit, 0)) {
                    finding = finding.lines(hit.lines.clone()).value("resource", r);
                }
            }
            out.push(finding);
        }
        if evicted.is_empty() {
            for hit in ctx.hits_of(1) {
                let finding = match pod_on_line(ctx, hit.lines.start) {
                    Some(pod) => Finding::for_pod(pod),
                    None => unknown_pod_finding(ctx),
                };
                out.push(
                    finding
                        .lines(hit.lines.clone())
                        .maybe("resource", resource(&ctx.text_from(hit, 0))),
                );
            }
        }
    },
};

/// Containers that ended with a non-zero exit code.
pub const ERROR_EXIT: Diagnosis = Diagnosis {
    id: "pod/error-exit",
    severity: Severity::Error,
    source: seed!("000 — Azure Arc 에이전트 (describe and get logs of pods in Error); 001 — Azure Arc 代理程式"),
    triggers: &["Exit Code", "exitCode"],
    explains: &[],
    check: |ctx, out| {
        for pod in ctx.facts.troubled_pods() {
            let status = pod.status.as_deref().unwrap_or("");
            let codes = pod.failing_exit_codes();
            // An evicted pod is `Failed` too; its containers did not fail.
            let evicted = !pod.signal_lines("Evicted").is_empty() && codes.is_empty();
            let error_status = ["Error", "Init:Error", "Failed", "Terminated"].contains(&status)
                || status.starts_with("ExitCode:") && status != "ExitCode:0"
                || status.starts_with("Init:ExitCode:");
            let terminated = pod.signals.iter().any(|s| s.value == "Terminated" || s.value == "Error");
            // A container the kernel killed for memory is pod/oom-killed's,
            // whatever its code.
            let exited_badly = terminated && !codes.is_empty() && pod.signal_lines("OOMKilled").is_empty();
            if evicted || !error_status && !exited_badly {
                continue;
            }
            let status_lines = if error_status { vec![pod.line] } else { Vec::new() };
            let mut finding = Finding::for_pod(pod).lines(status_lines).lines(codes.iter().map(|(_, l)| *l));
            // Running and ready again: the failure is its last state, before a restart.
            if pod.is_healthy() {
                finding = restarted(finding, pod.restarts);
            }
            out.push(exit_code(finding, codes.first().map(|&(c, _)| c)));
        }
        // A container's state pasted without its pod (or beside a pod whose
        // describe output does not show it).
        let claimed = pod_lines(ctx);
        for hit in ctx.hits.iter().map(|(_, h)| *h) {
            let line = hit.lines.start;
            if claimed.binary_search(&line).is_ok() {
                continue;
            }
            let code = field(ctx.doc.line(line))
                .filter(|(key, _)| key == "exit code" || key == "exitcode")
                .and_then(|(_, value)| value.parse::<i64>().ok());
            let Some(code) = code.filter(|&c| c != 0) else {
                continue;
            };
            let state = StateFragment::around(ctx, line);
            // `Reason: OOMKilled` just above: the kernel's kill, whatever the
            // code (cgroup v2 reports 1 when a child process was the victim).
            if state.terminated && !contains_ci(&ctx.lines_around(hit, 2, 0), "OOMKilled") {
                let mut finding = unknown_pod_finding(ctx).line(line);
                if state.running_again {
                    finding = restarted(finding, state.restarts);
                }
                out.push(exit_code(finding, Some(code)));
            }
        }
    },
};

/// The lines of the paste that show one of its pods (see [`Pod::lines`]),
/// sorted.
fn pod_lines(ctx: &Ctx<'_>) -> Vec<usize> {
    let mut lines: Vec<usize> = ctx.facts.pods.iter().flat_map(Pod::lines).collect();
    sort_positions(&mut lines);
    lines
}

/// `finding` about a container that failed and runs and is ready again: the
/// `restarted` sub-cause, and a warning, not an error, when it restarted
/// only once.
fn restarted(finding: Finding, restarts: Option<u32>) -> Finding {
    let finding = finding.variant("restarted");
    if restarts.is_some_and(|r| r <= 1) {
        finding.milder(Severity::Warning)
    } else {
        finding
    }
}

/// `finding` with its exit code, and the `sigkill` sub-cause for 137.
fn exit_code(finding: Finding, code: Option<i64>) -> Finding {
    let finding = if code == Some(137) {
        finding.variant("sigkill")
    } else {
        finding
    };
    finding.maybe("exit_code", code.map(|c| c.to_string()))
}

/// The state of a container as a `kubectl describe pod` fragment or a pod's
/// YAML shows it, read from the lines around a line when the paste holds no
/// pod to read it from (`Last State: Terminated` / `Reason: Error` /
/// `Exit Code: 137` copied alone).
#[derive(Debug, Default)]
struct StateFragment {
    /// A `State` or `Last State` is `Terminated` (or a `terminated:` key).
    terminated: bool,
    /// A `State` is `Running`: a container terminated before runs again.
    running_again: bool,
    /// The first non-zero exit code and its line.
    exit_code: Option<(i64, usize)>,
    /// The `memory` under `Limits`.
    memory_limit: Option<String>,
    /// The `Restart Count` (`restartCount`).
    restarts: Option<u32>,
}

impl StateFragment {
    /// Lines read on each side of the line asked about, at most.
    const REACH: usize = 16;

    /// Reads the run of non-blank lines around `line` (at most
    /// [`StateFragment::REACH`] each way); a blank line between two
    /// `key: value` lines (ending a multi-line `Message:`) does not end it.
    fn around(ctx: &Ctx<'_>, line: usize) -> StateFragment {
        let doc = ctx.doc;
        let is_field = |l: usize| field(doc.line(l)).is_some();
        let is_blank = |l: usize| {
            doc.line(l).trim().is_empty()
                && !(l > 0 && l + 1 < doc.len() && is_field(l - 1) && is_field(l + 1))
        };
        let start = (line.saturating_sub(Self::REACH)..line)
            .rev()
            .find(|&l| is_blank(l))
            .map_or(line.saturating_sub(Self::REACH), |l| l + 1);
        let end = (line..doc.len().min(line + Self::REACH))
            .find(|&l| is_blank(l))
            .unwrap_or(doc.len().min(line + Self::REACH));
        let mut state = StateFragment::default();
        let mut in_limits = false;
        for l in start..end {
            let Some((key, value)) = field(doc.line(l)) else {
                continue;
            };
            match key.as_str() {
                "state" if value == "Running" => state.running_again = true,
                "state" | "last state" | "last termination state" => {
                    state.terminated |= value == "Terminated"
                }
                "terminated" | "lastterminationstate" => state.terminated = true,
                "exit code" | "exitcode" => {
                    let failing = value.parse().ok().filter(|&c| c != 0);
                    state.exit_code = state.exit_code.or(failing.map(|c| (c, l)));
                }
                "restart count" | "restartcount" => state.restarts = value.parse().ok(),
                "limits" => in_limits = true,
                "requests" | "environment" | "mounts" => in_limits = false,
                "memory" if in_limits => {
                    state.memory_limit.get_or_insert_with(|| value.to_string());
                }
                _ => {}
            }
        }
        state
    }
}

/// A `key: value` line of describe output, YAML or one-line JSON, as the
/// lower-cased key and the value without quotes: `  "exitCode": 137,` →
/// (`exitcode`, `137`).
fn field(line: &str) -> Option<(String, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key
        .trim_start_matches(|c: char| c.is_whitespace() || "-{\"".contains(c))
        .trim_end_matches(|c: char| c.is_whitespace() || c == '"');
    if key.is_empty() || key.len() > 24 {
        return None;
    }
    let value = value.trim().trim_end_matches(',').trim_matches('"');
    Some((key.to_ascii_lowercase(), value))
}

/// Adds the `arc-agent` sub-cause for pods of the Azure Arc agents.
/// The exit codes of `pod`'s previous runs, with their lines: the `exit N`
/// signals shown under a container's `Last State:` (describe) or
/// `lastState:` (YAML), not those of a container's current state (an init
/// container that completed).
fn last_exit_codes(ctx: &Ctx<'_>, pod: &Pod) -> Vec<(i64, usize)> {
    let under_last_state = |line: usize| {
        (line.saturating_sub(5)..line)
            .rev()
            .map(|l| ctx.doc.line(l).trim_start())
            .find_map(|text| {
                let key = text.split(':').next().unwrap_or_default();
                match key {
                    "Last State" | "lastState" => Some(true),
                    "State" | "state" => Some(false),
                    _ => None,
                }
            })
            == Some(true)
    };
    pod.exit_codes()
        .filter(|&(_, line)| under_last_state(line))
        .collect()
}

/// Field `key` (`Exit Code`, `Message`) of a container's previous run in
/// describe's container section, when its `Last State:` starts within a few
/// lines from `line`; with its line.
fn last_state_field<'a>(ctx: &Ctx<'a>, line: usize, key: &str) -> Option<(&'a str, usize)> {
    let doc = ctx.doc;
    let last_state = (line..(line + 6).min(doc.len()))
        .find(|&l| doc.line(l).trim_start().starts_with("Last State:"))?;
    (last_state + 1..(last_state + 5).min(doc.len())).find_map(|l| {
        let value = doc
            .line(l)
            .trim_start()
            .strip_prefix(key)?
            .strip_prefix(':')?
            .trim();
        (!value.is_empty()).then_some((value, l))
    })
}

/// The container whose describe section holds `line`, and whether it is an
/// init container: the nearest `  name:` above it, under `Init Containers:`
/// or `Containers:`. None when the paste lost describe's indentation.
fn container_of_line(ctx: &Ctx<'_>, line: usize) -> Option<(String, bool)> {
    let mut name = None;
    for l in (line.saturating_sub(40)..line).rev() {
        let text = ctx.doc.line(l).trim_end();
        let key = text.trim_start().strip_suffix(':');
        match (&name, text.len() - text.trim_start().len()) {
            // A container's fields, or an earlier container of the section.
            (_, 3..) | (Some(_), 2) => {}
            _ if text.is_empty() => {}
            (None, 2) => name = Some(key.filter(|k| !k.contains(' '))?.to_string()),
            (None, _) => return None,
            (Some(_), 0) if key == Some("Init Containers") => return Some((name?, true)),
            (Some(_), 0) if key == Some("Containers") => return Some((name?, false)),
            (Some(_), _) => return None,
        }
    }
    None
}

/// The container a kubelet message names: `Back-off restarting failed
/// container app in pod …`, or its log's `restarting failed container=app`.
fn crashing_container_in(message: &str) -> Option<String> {
    let name = word_after(message, "failed container=").or_else(|| {
        word_after(message, "failed container ").filter(|_| contains_ci(message, " in pod "))
    })?;
    (name != "in").then_some(name)
}

/// For each pod of the paste (by position), the position among the
/// commands of the last `kubectl logs` command that names it (the first pod
/// of the name), or `usize::MAX`.
fn logs_commands(ctx: &Ctx<'_>) -> Vec<usize> {
    let facts = ctx.facts;
    let mut of_pod = vec![usize::MAX; facts.pods.len()];
    for (at, command) in facts.commands.iter().enumerate() {
        let logs = command.text.contains("kubectl logs");
        if let Some(pod) = command
            .pod()
            .filter(|_| logs)
            .and_then(|name| facts.pod_for(None, name))
        {
            of_pod[pod.position()] = at;
        }
    }
    of_pod
}

/// `pod`'s last `kubectl logs` command (looked up in `logs_commands`), and
/// the last line it printed (before a blank line or the next command),
/// unless kubectl printed it (`Error from server (BadRequest): container
/// "x" … is waiting to start`).
fn logs_of<'a>(
    ctx: &Ctx<'a>,
    logs_commands: &[usize],
    pod: &Pod,
) -> Option<(&'a Command, Option<usize>)> {
    let facts = ctx.facts;
    let command = facts.commands.get(*logs_commands.get(pod.position())?)?;
    let printed = (command.line + 1..ctx.doc.len())
        .take_while(|&l| !ctx.doc.line(l).trim().is_empty() && !facts.is_command_line(l))
        .last()
        .filter(|&l| !ctx.doc.line(l).starts_with("Error from server"));
    Some((command, printed))
}

/// Names the crashing container in the logs command (`-c name`): always for
/// an init container (without it `kubectl logs` reads an app container that
/// never started), and whenever the paste names it; and quotes the message
/// of its previous run.
fn with_container(
    finding: Finding,
    container: Option<String>,
    init: bool,
    last_message: Option<(&str, usize)>,
) -> Finding {
    let flag = match (container, init) {
        (Some(name), _) => format!("-c {name}"),
        (None, true) => "-c <init-container>".to_string(),
        (None, false) => String::new(),
    };
    let mut finding = finding.value("container_flag", flag);
    if init {
        finding = finding.variant("init");
    }
    if let Some((message, line)) = last_message {
        let message: String = message.chars().take(240).collect();
        finding = finding
            .variant("last-message")
            .value("last_message", message)
            .line(line);
    }
    finding
}

fn arc_variant(finding: Finding, pod: &Pod) -> Finding {
    if pod.namespace.as_deref() == Some("azure-arc") {
        finding.variant("arc-agent")
    } else {
        finding
    }
}

/// Events about `pod` whose message or reason contains any of `needles`.
fn pod_events<'a>(ctx: &Ctx<'a>, pod: &Pod, needles: &[&str]) -> Vec<&'a Event> {
    let matches = |e: &&Event| {
        needles
            .iter()
            .any(|n| contains_ci(&e.message, n) || contains_ci(&e.reason, n))
    };
    let named = ctx.facts.events_about(pod);
    // Events without an object (a describe section pasted alone) belong to
    // the pod only when it is the one pod of the paste.
    let unnamed: Vec<&Event> = if ctx.facts.pods.len() == 1 {
        ctx.facts
            .events
            .iter()
            .filter(|e| e.object.is_none())
            .collect()
    } else {
        Vec::new()
    };
    named.chain(unnamed).filter(matches).collect()
}

/// Events matching `needles` that no pod of the paste owns.
fn orphan_events<'a>(
    ctx: &Ctx<'a>,
    needles: &'a [&'a str],
) -> impl Iterator<Item = &'a Event> + 'a {
    let facts = ctx.facts;
    facts.events.iter().filter(move |e| {
        // The message first: it rules out most events, without a lookup.
        needles.iter().any(|n| contains_ci(&e.message, n))
            && !match e.object.as_deref() {
                Some(name) => facts.has_pod_named(name),
                None => facts.pods.len() == 1,
            }
    })
}

/// The finding subject for an event whose pod is not otherwise in the paste.
fn event_subject(ctx: &Ctx<'_>, event: &Event) -> Finding {
    match (&event.object, &event.namespace) {
        (Some(name), Some(ns)) => Finding::new(format!("{ns}/{name}"))
            .value("pod", name)
            .value("ns", &**ns)
            .value("ns_flag", format!("-n {ns}")),
        (Some(name), None) => Finding::new(name.clone())
            .value("pod", name)
            .value("ns_flag", ""),
        _ => match ctx.facts.only_pod() {
            Some(pod) => Finding::for_pod(pod),
            None => unknown_pod_finding(ctx),
        },
    }
}

/// The pod a line belongs to: the row itself, the described pod, or an event's object.
fn pod_on_line<'a>(ctx: &Ctx<'a>, line: usize) -> Option<&'a Pod> {
    if let Some(event) = event_on_line(ctx, line) {
        if let Some(pod) = ctx.facts.event_pod(event) {
            return Some(pod);
        }
        if event.object.is_some() {
            return None;
        }
    }
    ctx.facts.pod_at_line(line).or(ctx.facts.only_pod())
}

fn event_on_line<'a>(ctx: &Ctx<'a>, line: usize) -> Option<&'a Event> {
    ctx.facts.events_in(line..line + 1).first()
}

/// How a command that names a pod starts, wherever it is quoted.
pub const DESCRIBE_POD: &[&str] = &["kubectl describe pod"];

/// Where a message names the pod it is about (see [`pod_reference`]).
pub const POD_REFERENCES: &[&str] = &[
    "in pod ",
    // The Secrets Store CSI driver: `… objects for pod default/web-1, err: …`.
    "for pod ",
    "Skipping pod ",
    // The kubelet before structured logs: `Error syncing pod <uid> ("web_shop(uid)")`.
    "Error syncing pod ",
    "pod=",
    "Successfully assigned ",
    // kube-state-metrics' alerts: `Pod shop/web-7d9f (app) is in waiting state`.
    "Pod ",
    // Last: an object reference, read by its fields.
    "Kind:\"Pod\"",
];

/// The namespace and pod a message names: the kubelet's `… failed container
/// app in pod web-7d9f_shop(uid)`, `pod=web-7d9f_shop(uid)`, `Skipping pod
/// "web-7d9f_shop(uid)"`, `Error syncing pod <uid> ("web-7d9f_shop(uid)")`, structured `pod="shop/web-7d9f"` and the
/// scheduler's `Successfully assigned shop/web-7d9f to node-1`, or the
/// scheduler's `Regarding:v1.ObjectReference{Kind:"Pod", Namespace:"shop",
/// Name:"web-7d9f"` → (`shop`, `web-7d9f`).
fn pod_reference(message: &str) -> Option<(String, String)> {
    let named = |ns: &str, pod: &str| {
        (is_object_name(ns) && is_object_name(pod)).then(|| (ns.to_string(), pod.to_string()))
    };
    let (object_reference, markers) = POD_REFERENCES.split_last()?;
    if let Some(at) = message.find(object_reference) {
        let object = &message[at..];
        let ns = between(object, "Namespace:", '"', '"')?;
        return named(&ns, &between(object, "Name:", '"', '"')?);
    }
    markers.iter().find_map(|marker| {
        let at = message.find(marker)? + marker.len();
        // After a UID, the name is in brackets.
        let is_uid =
            |w: &str| w.len() == 36 && w.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-');
        let rest = match message[at..].split_once(" (") {
            Some((uid, named)) if is_uid(uid) => named,
            _ => &message[at..],
        };
        let rest = rest.trim_start_matches('"');
        let word = rest.split(['(', ' ', '"', ',']).next()?;
        match word.split_once('/') {
            Some((ns, pod)) => named(ns, pod),
            // `name_namespace` only before the pod's `(uid)`.
            None if rest[word.len()..].starts_with('(') => {
                word.rsplit_once('_').and_then(|(pod, ns)| named(ns, pod))
            }
            None => None,
        }
    })
}

/// The pod an events row names in its OBJECT column (`pod/web-7d9f`).
fn object_pod(text: &str) -> Option<String> {
    text.split_ascii_whitespace()
        .find_map(|word| word.strip_prefix("pod/"))
        .filter(|name| is_object_name(name))
        .map(str::to_string)
}

/// A finding for the pod a message names (see [`pod_reference`]), or for
/// [`unknown_pod`] when it names none.
fn kubelet_message_finding(ctx: &Ctx<'_>, message: &str) -> Finding {
    match pod_reference(message) {
        Some((ns, pod)) => named_pod_finding(ctx, &ns, &pod),
        None => unknown_pod_finding(ctx),
    }
}

/// The subject of a pod that a message is about but nothing in the paste
/// names.
pub const UNNAMED_POD: &str = "pod (not named in the paste)";

/// The subject used when a message does not name its pod: see
/// [`unknown_pod_finding`].
pub(super) fn unknown_pod(ctx: &Ctx<'_>) -> String {
    unknown_pod_finding(ctx).subject
}

/// A finding about the pod a message is about when it does not name it: the
/// paste's only pod; else the one pod that the paste's `kubectl describe pod
/// <name>` commands name, or that its messages name (see
/// [`pod_reference`]); else the paste's only pod in trouble; else a pod "not
/// named in the paste". Each message
/// pasted alone gets the same subject, so that they merge and link.
fn unknown_pod_finding(ctx: &Ctx<'_>) -> Finding {
    if let Some(pod) = ctx.facts.only_pod() {
        return Finding {
            evidence: Vec::new(),
            ..Finding::for_pod(pod)
        };
    }
    let named = ctx.cached("named-pod", || {
        let pod_of = |c: &Command| Some((c.flag(&["-n", "--namespace"]), c.pod()?.to_string()));
        let commanded = ctx.facts.commands.iter().filter_map(pod_of);
        // `The command "kubectl describe pods web-1" shows …`: quoted in prose.
        let quoted = DESCRIBE_POD
            .iter()
            .flat_map(|phrase| ctx.phrase_hits(phrase))
            .filter_map(|hit| {
                let line = ctx.doc.line(hit.lines.start);
                let from = crate::facts::find_ci(line, "kubectl")?;
                let command = line[from..].split(['"', '`', '\'']).next()?;
                pod_of(&Command::new(command, hit.lines.start))
            });
        // (Each line once: `pod ` may be on a line many times.)
        let mut last_line = None;
        let referenced = POD_REFERENCES
            .iter()
            .flat_map(|marker| ctx.phrase_hits(marker))
            .filter(move |hit| last_line.replace(hit.lines.start) != Some(hit.lines.start))
            .filter_map(|hit| pod_reference(ctx.doc.line(hit.lines.start)))
            .map(|(ns, pod)| (Some(ns), pod));
        let mut named: Option<(Option<String>, String)> = None;
        for (ns, pod) in commanded.chain(quoted).chain(referenced) {
            match &mut named {
                None => named = Some((ns, pod)),
                Some((_, known)) if *known != pod => return None,
                Some((known_ns, _)) => *known_ns = known_ns.take().or(ns),
            }
        }
        named
    });
    match named.as_ref() {
        Some((Some(ns), pod)) => named_pod_finding(ctx, ns, pod),
        Some((None, pod)) => Finding::new(pod.clone())
            .value("pod", pod.clone())
            .value("ns_flag", ""),
        // Else the one pod of the paste that is in trouble: the others run.
        None => match ctx.facts.only_troubled_pod() {
            Some(pod) => Finding {
                evidence: Vec::new(),
                ..Finding::for_pod(pod)
            },
            None => {
                let finding = Finding::new(UNNAMED_POD);
                // The namespace that every command of the paste names.
                let namespace = ctx.cached("commands-namespace", || {
                    let mut named = ctx
                        .facts
                        .commands
                        .iter()
                        .filter_map(|c| c.flag(&["-n", "--namespace"]));
                    let first = named.next()?;
                    named.all(|ns| ns == first).then_some(first)
                });
                match namespace.as_ref() {
                    Some(ns) => finding
                        .value("ns", ns.clone())
                        .value("ns_flag", format!("-n {ns}")),
                    None => finding.value("ns_flag", ""),
                }
            }
        },
    }
}

/// A finding about pod `name` of namespace `ns`, as a message names it: the
/// paste's pod of that name when its namespace is that one or unknown (a
/// `kubectl get pods` row), else a pod not otherwise in the paste.
fn named_pod_finding(ctx: &Ctx<'_>, ns: &str, name: &str) -> Finding {
    if let Some(pod) = ctx.facts.pod_for(Some(ns), name) {
        return Finding {
            evidence: Vec::new(),
            ..Finding::for_pod(pod)
        };
    }
    Finding::new(format!("{ns}/{name}"))
        .value("pod", name)
        .value("ns", ns)
        .value("ns_flag", format!("-n {ns}"))
}

#[cfg(test)]
mod tests {
    use super::{Severity, UNNAMED_POD};
    use crate::report::FindingReport;
    use crate::rules::fixtures;

    /// The first finding `id` of `tests/fixtures/pod/<fixture>`.
    fn finding(fixture: &str, id: &str) -> FindingReport {
        fixtures::finding(&format!("pod/{fixture}"), id)
    }

    /// The first finding `id` of `paste`.
    fn diagnosed(paste: &str, id: &str) -> FindingReport {
        let report = crate::diagnose(paste);
        let found = report.findings.into_iter().find(|f| f.id == id);
        found.unwrap_or_else(|| panic!("no {id} in {paste:?}"))
    }

    #[test]
    fn an_unnamed_taint_is_the_one_a_described_node_pool_carries() {
        let found = finding(
            "pending-taint/match-real-unnamed-taint-described-node.txt",
            "pod/pending-taint",
        );
        assert!(
            found
                .commands
                .contains(&"kubectl taint nodes <node> infra-".to_string()),
            "{:?}",
            found.commands
        );
        // The control plane's taint is not the one that keeps a workload off.
        let paste = "  Warning  FailedScheduling  1m  default-scheduler  0/3 nodes are available: 3 node(s) had untolerated taint(s).\n\
                     Taints:             node-role.kubernetes.io/control-plane:NoSchedule\n";
        let found = diagnosed(paste, "pod/pending-taint");
        assert!(
            found
                .commands
                .contains(&"kubectl taint nodes <node> <key>-".to_string()),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn a_pull_message_goes_on_after_lines_ending_with_a_colon() {
        let found = finding(
            "image-pull-backoff/match-real-event-message-below-colons.txt",
            "pod/image-pull-backoff",
        );
        assert_eq!(found.subject, "nmi-md8sn");
        assert_eq!(found.sub_causes, ["network"]);
    }

    #[test]
    fn a_zsh_theme_prompt_gives_the_pods_namespace() {
        let found = finding(
            "create-config-error/match-real-zsh-prompt-namespace.txt",
            "pod/create-config-error",
        );
        assert_eq!(found.subject, "kube-system/omsagent-8cnfd");
    }

    #[test]
    fn pods_waiting_behind_a_crashing_network_plugin_are_explained_by_it() {
        let report = crate::rules::fixtures::report(
            "pod/container-creating/match-real-flannel-crashloop-coredns-messy.txt",
        );
        let waiting: Vec<&FindingReport> = report
            .findings
            .iter()
            .filter(|f| f.id == "pod/container-creating")
            .collect();
        assert_eq!(waiting.len(), 2);
        for finding in waiting {
            assert_eq!(finding.sub_causes, ["cni-down"]);
            assert_eq!(finding.caused_by, Some("pod/crash-loop"));
            assert!(finding
                .cause
                .contains("`kube-system/kube-flannel-ds-amd64-r72pn`"));
        }
        // A pod seen only in `kubectl describe` waits the same way.
        let described = "NAME                       READY   STATUS             RESTARTS   AGE\n\
            kube-flannel-ds-amd64-x1   0/1     CrashLoopBackOff   8          21m\n\n\
            $ kubectl describe pod web-1 -n default\n\
            Name:         web-1\n\
            Namespace:    default\n\
            Status:       Pending\n\
            Containers:\n  web:\n    State:          Waiting\n      Reason:       ContainerCreating\n";
        let found = diagnosed(described, "pod/container-creating");
        assert_eq!(found.sub_causes, ["cni-down"]);
        assert_eq!(found.caused_by, Some("pod/crash-loop"));
        // The VPC CNI's DaemonSet pod is the network plugin; its node
        // termination handler, also `aws-node-…`, is not.
        let aws = |name: &str| {
            format!(
                "NAMESPACE     NAME             READY   STATUS              RESTARTS   AGE\n\
                 kube-system   {name}   0/1     CrashLoopBackOff    8          21m\n\
                 kube-system   coredns-5f8-x1   0/1     ContainerCreating   0          20m\n"
            )
        };
        let found = diagnosed(&aws("aws-node-bmk2f"), "pod/container-creating");
        assert_eq!(found.sub_causes, ["cni-down"]);
        let found = diagnosed(
            &aws("aws-node-termination-handler-7x2kq"),
            "pod/container-creating",
        );
        assert!(found.sub_causes.is_empty(), "{:?}", found.sub_causes);
        // A mount failure is its own cause, whatever the network plugin does.
        let mount = "NAMESPACE     NAME                     READY   STATUS              RESTARTS   AGE\n\
            kube-system   kube-flannel-ds-x1       0/1     CrashLoopBackOff    8          21m\n\
            default       web-1                    0/1     ContainerCreating   0          20m\n\n\
            LAST SEEN   TYPE      REASON        OBJECT      MESSAGE\n\
            2m          Warning   FailedMount   pod/web-1   MountVolume.SetUp failed for volume \"cfg\" : configmap \"cfg\" not found\n";
        let found = diagnosed(mount, "pod/container-creating");
        assert!(
            !found.sub_causes.contains(&"cni-down".to_string()),
            "{:?}",
            found.sub_causes
        );
        assert_eq!(found.caused_by, None);
    }

    #[test]
    fn an_events_block_after_a_pod_table_joins_its_one_pod_in_that_state() {
        let report = crate::rules::fixtures::report(
            "pod/image-pull-backoff/match-real-events-after-pod-table.txt",
        );
        let pulls: Vec<&FindingReport> = report
            .findings
            .iter()
            .filter(|f| f.id == "pod/image-pull-backoff")
            .collect();
        assert_eq!(pulls.len(), 1, "{pulls:#?}");
        assert_eq!(pulls[0].subject, "controldb-0");
        let lines: Vec<usize> = pulls[0].evidence.iter().map(|e| e.line).collect();
        assert_eq!(lines, [12, 18]);
        // Two pods in that state: the block could be either's.
        let two = "NAME      READY   STATUS             RESTARTS   AGE\n\
            web-1     0/1     ImagePullBackOff   0          5m\n\
            api-1     0/1     ImagePullBackOff   0          5m\n\n\
            Events:\n\
            \x20 Type     Reason   Age   From     Message\n\
            \x20 ----     ------   ----  ----     -------\n\
            \x20 Normal   BackOff  2m    kubelet  Back-off pulling image \"web:1\"\n";
        let subjects: Vec<String> = crate::diagnose(two)
            .findings
            .into_iter()
            .filter(|f| f.id == "pod/image-pull-backoff")
            .map(|f| f.subject)
            .collect();
        assert_eq!(subjects.len(), 3, "{subjects:?}");
        assert!(subjects.iter().any(|s| s == UNNAMED_POD), "{subjects:?}");
    }

    #[test]
    fn a_container_state_copied_apart_from_its_pod_is_read() {
        // `[..]` for cut lines and a blank line inside a `Message:`.
        let elided = finding(
            "error-exit/match-real-elided-describe.txt",
            "pod/error-exit",
        );
        assert!(elided.cause.contains("(143)"), "{}", elided.cause);
        // Above the pod's own describe output, which stops before its state.
        let above = finding(
            "error-exit/match-real-last-state-above-describe.txt",
            "pod/error-exit",
        );
        assert_eq!(
            above.subject,
            "cluster-baseline-settings/flux-58bc97776f-gjzxx"
        );
        assert_eq!(above.evidence[0].line, 3);
    }

    #[test]
    fn a_container_state_copied_without_its_pod_gives_the_memory_limit() {
        let found = finding("oom-killed/match-real-flat-limits.txt", "pod/oom-killed");
        assert_eq!(found.subject, UNNAMED_POD);
        assert!(found.cause.contains("(128Mi)"), "{}", found.cause);
    }

    #[test]
    fn a_pod_running_again_after_a_sigkill_is_reported_with_its_last_state() {
        for fixture in [
            "error-exit/match-running-again-last-state.txt",
            "error-exit/match-real-last-state-137-fragment.txt",
        ] {
            let found = finding(fixture, "pod/error-exit");
            assert_eq!(found.sub_causes, ["restarted", "sigkill"], "{fixture}");
            assert!(found.cause.contains("(137)"), "{fixture}: {}", found.cause);
            // Restarted once: a warning.
            assert_eq!(found.severity, Severity::Warning, "{fixture}");
        }
        // Restarted 45 times and between two crashes: still an error.
        let crashing = "    State:          Running\n\
            \x20   Last State:     Terminated\n\
            \x20     Reason:       Error\n\
            \x20     Exit Code:    1\n\
            \x20   Ready:          True\n\
            \x20   Restart Count:  45\n";
        let found = diagnosed(crashing, "pod/error-exit");
        assert_eq!(found.sub_causes, ["restarted"]);
        assert_eq!(found.severity, Severity::Error);
        let named = finding(
            "error-exit/match-running-again-last-state.txt",
            "pod/error-exit",
        );
        assert_eq!(named.subject, "pipeline/ingest-worker-5b7d9c8f6-wk64c");
    }

    #[test]
    fn a_scheduler_sentence_gives_every_reason_it_names() {
        let folded = finding(
            "pending-resources/match-real-yaml-folded-selector.txt",
            "pod/pending-resources",
        );
        assert_eq!(folded.sub_causes, ["cpu", "node-selector"]);
        let affinity = finding(
            "pending-resources/match-real-node-affinity-only.txt",
            "pod/pending-resources",
        );
        assert_eq!(affinity.sub_causes, ["node-selector"]);
        assert_eq!(
            affinity.title,
            "Pod cannot be scheduled: no node can host it"
        );
        assert!(
            affinity
                .fix
                .iter()
                .all(|f| !f.contains("Scale the cluster up")),
            "{:?}",
            affinity.fix
        );
        assert!(affinity
            .commands
            .contains(&"kubectl get nodes --show-labels".to_string()));
    }

    #[test]
    fn the_kubelet_status_with_its_message_gives_the_sub_cause_even_wrapped() {
        for fixture in [
            "image-pull-backoff/match-real-errimagepull-manifest-unknown.txt",
            "image-pull-backoff/match-real-errimagepull-manifest-unknown-messy.txt",
        ] {
            let found = finding(fixture, "pod/image-pull-backoff");
            assert_eq!(found.sub_causes, ["not-found"], "{fixture}");
            assert!(
                found.cause.contains("drainnode/leader:v1.0-rc9"),
                "{fixture}"
            );
        }
    }

    #[test]
    fn a_scheduler_event_without_its_pod_belongs_to_the_one_pod_in_trouble() {
        for fixture in [
            "pending-resources/match-real-headerless-wide-rows-event.txt",
            "pending-resources/match-real-headerless-wide-rows-event-messy.txt",
        ] {
            let found = finding(fixture, "pod/pending-resources");
            assert_eq!(found.subject, "pt-4c12g-2", "{fixture}");
        }
        let taint = finding(
            "pending-resources/near-miss-headerless-rows-taint-event.txt",
            "pod/pending-taint",
        );
        assert_eq!(taint.subject, "pt-4c12g-2");
        // Two pods in trouble: the event is not given to either.
        let two = "a-1 0/1 Pending 0 9m\nb-1 0/1 Pending 0 9m\n\
                   Warning FailedScheduling 48s default-scheduler 0/3 nodes are available: 3 Insufficient cpu.\n";
        let report = crate::diagnose(two);
        let subjects: Vec<&str> = report.findings.iter().map(|f| f.subject.as_str()).collect();
        assert_eq!(subjects, [UNNAMED_POD]);
    }

    #[test]
    fn every_missing_secret_is_named_once() {
        let quoted = finding(
            "container-creating/match-real-quoted-two-secrets.txt",
            "pod/container-creating",
        );
        assert!(
            quoted
                .cause
                .contains("(also missing: `actions-runner-controller-serving-cert`)"),
            "{}",
            quoted.cause
        );
        assert!(quoted.commands.contains(
            &"kubectl get secret controller-manager actions-runner-controller-serving-cert"
                .to_string()
        ));
        let described = finding(
            "container-creating/match-real-five-secrets-describe.txt",
            "pod/container-creating",
        );
        assert_eq!(
            described.commands[1],
            "kubectl get secret ord-tls-rootcert hlf-msp-key-user hlf-cacert hlf-msp-key-admin hlf-tls-user -n hlf-dev"
        );
        // One secret: no aside.
        let one = finding(
            "container-creating/match-secret-not-found-describe.txt",
            "pod/container-creating",
        );
        assert!(!one.cause.contains("also missing"), "{}", one.cause);
    }

    #[test]
    fn the_kubelets_pull_image_line_names_its_image() {
        use super::kubelet_pull_image;
        let image = |line: &str| kubelet_pull_image(line);
        assert_eq!(
            image(r#"remote_image.go:108] PullImage "10.0.30.220:9980/test/dp:1.9" from image service failed: rpc error"#).as_deref(),
            Some("10.0.30.220:9980/test/dp:1.9")
        );
        assert_eq!(
            image(r#"remote_image.go:238] "PullImage from image service failed" err="rpc error: failed to pull and unpack image \"docker.io/x:1\": not found" image="x:1""#).as_deref(),
            Some("x:1")
        );
        assert_eq!(
            image(r#""PullImage from image service failed" err="rpc error""#),
            None
        );
    }

    #[test]
    fn an_alert_names_its_pod_and_a_new_pod_warming_up_is_not_unready() {
        let alert = finding(
            "crash-loop/match-real-alertmanager-html-waiting-state.txt",
            "pod/crash-loop",
        );
        assert_eq!(
            alert.subject,
            "kubernetes-dashboard/kubernetes-dashboard-kong-fd95b6644-vqt46"
        );
        // `pret-2-0hukg   0/1   Running   0   27s` in a rollout.
        let rollout = crate::rules::fixtures::report(
            "pod/not-ready/near-miss-real-rollout-new-pods-starting.txt",
        );
        assert!(rollout.findings.is_empty(), "{:?}", rollout.findings);
        let later = diagnosed("pret-2-0hukg   0/1   Running   0   3m\n", "pod/not-ready");
        assert_eq!(later.subject, "pret-2-0hukg");
    }

    #[test]
    fn pending_pods_beside_a_node_not_ready_wait_for_that_node() {
        let found = finding(
            "pending-resources/match-real-eks-nodes-not-ready-coredns-pending.txt",
            "pod/pending-resources",
        );
        assert_eq!(found.sub_causes, ["nodes-not-ready"]);
        assert!(
            found.commands.contains(
                &"kubectl describe node ip-10-0-20-65.us-west-2.compute.internal".to_string()
            ),
            "{:?}",
            found.commands
        );
        // Without a node row, the usual reason.
        let alone = diagnosed("NAME READY STATUS RESTARTS AGE\ncoredns-5c97f79574-l2klt 0/1 Pending 0 12m\nmy node is NotReady\n", "pod/pending-resources");
        assert_eq!(alone.sub_causes, ["no-event"]);
    }

    #[test]
    fn a_client_timeout_while_pulling_is_the_network() {
        let found = diagnosed(
            "web-1   0/1   ErrImagePull   0   1m\n  Warning  Failed  1m  kubelet  Failed to pull image \"gcr.io/x/web:1\": rpc error: code = Unknown desc = Error response from daemon: Get https://gcr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n",
            "pod/image-pull-backoff",
        );
        assert_eq!(found.sub_causes, ["network"]);
    }

    #[test]
    fn a_connection_reset_while_pulling_is_the_network() {
        let found = finding(
            "image-pull-backoff/match-real-connection-reset.txt",
            "pod/image-pull-backoff",
        );
        assert_eq!(found.sub_causes, ["network"]);
        assert_eq!(
            found.subject,
            "github-runner/actions-runner-metaphor-frontend-j9g7r-qjm7c"
        );
    }

    #[test]
    fn of_several_taints_the_control_planes_is_not_the_one_to_act_on() {
        let found = finding(
            "pending-taint/match-real-control-plane-and-infra-taints.txt",
            "pod/pending-taint",
        );
        assert!(
            found.cause.contains("{node.kubernetes.io/purpose: infra}"),
            "{}",
            found.cause
        );
        assert_eq!(
            found.commands[1],
            "kubectl taint nodes <node> node.kubernetes.io/purpose-"
        );
        // Alone, the control plane's taint is still the one named.
        let alone = crate::diagnose(
            "0/1 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }.\n",
        );
        assert!(
            alone.findings[0].cause.contains("control-plane"),
            "{}",
            alone.findings[0].cause
        );
    }

    #[test]
    fn old_format_event_rows_name_their_pod() {
        let found = finding(
            "image-pull-backoff/match-real-old-events-format.txt",
            "pod/image-pull-backoff",
        );
        assert_eq!(found.subject, "asb-2-29mxv");
        assert_eq!(found.sub_causes, ["not-found"]);
    }

    #[test]
    fn a_docker_era_kubelet_log_gives_the_network_sub_cause() {
        let found = finding(
            "image-pull-backoff/match-real-docker-era-kubelet-log.txt",
            "pod/image-pull-backoff",
        );
        assert_eq!(found.sub_causes, ["network"]);
    }

    #[test]
    fn a_command_quoted_as_inline_code_gives_its_namespace() {
        let found = finding(
            "container-creating/match-real-namespace-in-backticked-command.txt",
            "pod/container-creating",
        );
        assert_eq!(
            found.subject,
            "my-namespace/my-namespace-engine-api-deployment-595bf79b79-h27xj"
        );
        assert!(
            found
                .commands
                .iter()
                .all(|c| c.ends_with("-n my-namespace")),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn the_scheduler_s_event_names_the_pod_of_an_events_section() {
        let found = finding(
            "container-creating/match-real-events-only-assigned.txt",
            "pod/container-creating",
        );
        assert_eq!(found.subject, "default/dep3pod-blk-6d7f5b8c49-8hhrk");
    }

    #[test]
    fn a_pod_pending_for_seconds_is_not_stuck() {
        let report = fixtures::report("pod/crash-loop/match-real-rows-in-backticks.txt");
        let ids: Vec<&str> = report.findings.iter().map(|f| f.id).collect();
        assert_eq!(ids, ["pod/crash-loop", "pod/crash-loop"]);
        let stuck = crate::diagnose(
            "NAME    READY   STATUS    RESTARTS   AGE\nweb-1   0/1     Pending   0          5m\n",
        );
        assert_eq!(stuck.findings[0].id, "pod/pending-resources");
    }

    #[test]
    fn a_message_naming_several_pool_taints_lists_them_all() {
        let found = finding(
            "pending-taint/match-real-many-pools-one-message.txt",
            "pod/pending-taint",
        );
        assert_eq!(found.sub_causes, ["several"]);
        for taint in [
            "{workergroup: agentless}",
            "{workergroup: ui-pool}",
            "{CriticalAddonsOnly: true}",
        ] {
            assert!(found.cause.contains(taint), "{taint}: {}", found.cause);
        }
        assert!(
            !found.commands.iter().any(|c| c.contains("kubectl taint")),
            "{:?}",
            found.commands
        );
        let one = finding(
            "pending-taint/match-real-control-plane-and-infra-taints.txt",
            "pod/pending-taint",
        );
        assert_eq!(one.sub_causes, ["one"]);
        // A node's condition and the control plane are no pools.
        let condition = crate::diagnose(
            "Warning  FailedScheduling  2m  default-scheduler  0/3 nodes are available: \
             1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, \
             2 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }.\n",
        );
        let taint = condition
            .findings
            .iter()
            .find(|f| f.id == "pod/pending-taint")
            .expect("pending-taint");
        assert_eq!(taint.sub_causes, ["node-condition"]);
        // The 1.18–1.24 wording names each taint before its words.
        let older = finding(
            "pending-taint/match-real-old-wording-two-pool-taints.txt",
            "pod/pending-taint",
        );
        assert_eq!(older.sub_causes, ["several"]);
        assert!(
            older
                .title
                .contains("{kubernetes.io/arch: arm64}, {nd.group-name: kube-system}"),
            "{}",
            older.title
        );
    }

    #[test]
    fn a_pull_error_list_goes_on_over_its_next_lines_until_a_blank_one() {
        for fixture in [
            "image-pull-backoff/match-real-docker-errors-on-next-lines.txt",
            "image-pull-backoff/match-real-docker-errors-on-next-lines-collapsed-crlf.txt",
        ] {
            assert_eq!(
                finding(fixture, "pod/image-pull-backoff").sub_causes,
                ["unauthorized"],
                "{fixture}"
            );
        }
        let row = "  Warning  Failed  16s  kubelet  Failed to pull image \"shop/web:1.2\": rpc error: code = Unknown desc = errors:\n";
        let prose = "\nIs this unauthorized: authentication required?\n";
        let report = crate::diagnose(&format!("{row}{prose}"));
        let pull = report
            .findings
            .iter()
            .find(|f| f.id == "pod/image-pull-backoff")
            .expect("image-pull-backoff");
        assert!(pull.sub_causes.is_empty(), "{:?}", pull.sub_causes);
    }

    #[test]
    fn nodes_never_meant_for_the_pod_do_not_hide_a_shortage_on_the_others() {
        for fixture in [
            "pending-resources/match-mixed-controlplane-taint.txt",
            "pending-resources/match-real-fargate-taint-and-shortage.txt",
        ] {
            let report = fixtures::report(&format!("pod/{fixture}"));
            let ids: Vec<&str> = report.findings.iter().map(|f| f.id).collect();
            assert_eq!(ids, ["pod/pending-resources"], "{fixture}");
            assert_eq!(report.findings[0].caused_by, None, "{fixture}");
        }
    }

    #[test]
    fn fargates_taint_is_a_matter_of_profiles_not_of_removing_it() {
        let found = finding(
            "pending-taint/match-real-fargate-only-coredns.txt",
            "pod/pending-taint",
        );
        assert_eq!(found.sub_causes, ["fargate"]);
        assert!(
            !found
                .commands
                .iter()
                .any(|c| c.starts_with("kubectl taint")),
            "{:?}",
            found.commands
        );
        assert!(
            found
                .commands
                .iter()
                .any(|c| c.contains("list-fargate-profiles")),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn a_taint_kubernetes_sets_for_a_node_condition_is_mended_on_the_node_not_removed() {
        for fixture in [
            "match-real-aks-not-ready-events.txt",
            "match-real-disk-pressure-rows-prose.txt",
            "match-unreachable-events-wrapped.txt",
        ] {
            let found = finding(&format!("pending-taint/{fixture}"), "pod/pending-taint");
            assert_eq!(found.sub_causes, ["node-condition"], "{fixture}");
            assert!(
                found
                    .commands
                    .iter()
                    .all(|c| !c.starts_with("kubectl taint")),
                "{:?}",
                found.commands
            );
        }
    }

    #[test]
    fn a_pull_rate_limit_is_its_own_sub_cause_in_the_namespace_of_the_pastes_commands() {
        let found = finding(
            "image-pull-backoff/match-real-docker-hub-rate-limit.txt",
            "pod/image-pull-backoff",
        );
        assert_eq!(found.sub_causes, ["rate-limit"]);
        assert_eq!(
            found.commands,
            ["kubectl describe pod <pod> -n kube-system"]
        );
        let wrapped = finding(
            "image-pull-backoff/match-containerd-429-wrapped-crlf.txt",
            "pod/image-pull-backoff",
        );
        assert_eq!(wrapped.sub_causes, ["rate-limit"]);
    }

    #[test]
    fn an_oom_kill_is_not_also_an_error_exit_whatever_its_code() {
        let report = fixtures::report("pod/oom-killed/match-real-oomkilled-exit-code-1.txt");
        let ids: Vec<&str> = report.findings.iter().map(|f| f.id).collect();
        assert_eq!(ids, ["pod/oom-killed", "pod/crash-loop"]);
        // A whole describe output's container too.
        let described = fixtures::report("pod/oom-killed/match-describe-last-state.txt");
        assert!(
            described.findings.iter().all(|f| f.id != "pod/error-exit"),
            "{:?}",
            described.findings
        );
    }

    #[test]
    fn a_scheduler_message_read_from_a_pods_status_is_not_also_a_missing_event() {
        let found = finding(
            "pending-resources/match-real-status-condition-too-many-pods.txt",
            "pod/pending-resources",
        );
        assert_eq!(found.subject, "cilium-test-2/lrp-backend-6d6784c5f-qqz4w");
        assert_eq!(found.sub_causes, ["pods"]);
    }

    #[test]
    fn a_pull_failure_quoted_in_prose_names_the_sub_cause_of_the_pods_of_its_image() {
        let report =
            fixtures::report("pod/image-pull-backoff/match-real-rate-limit-line-beside-table.txt");
        let sub_causes: Vec<(&str, Vec<String>)> = report
            .findings
            .iter()
            .map(|f| (f.subject.as_str(), f.sub_causes.clone()))
            .collect();
        assert_eq!(
            sub_causes,
            [
                (
                    "kubecost-prometheus-node-exporter-tr9jg",
                    vec!["rate-limit".to_string()]
                ),
                (
                    "kubecost-prometheus-node-exporter-vfzsm",
                    vec!["rate-limit".to_string()]
                ),
                // Its image is not the one quoted.
                ("kubecost-prometheus-server-df5dbc6f9-2zrts", vec![]),
            ]
        );
        // Beside the one event row of the same image.
        let quoted = finding(
            "image-pull-backoff/match-real-429-quoted-below-event.txt",
            "pod/image-pull-backoff",
        );
        assert_eq!(quoted.sub_causes, ["rate-limit"]);
        // Without events, a describe output's `Image:` above the waiting reason.
        let described = finding(
            "image-pull-backoff/match-real-describe-image-field-no-events.txt",
            "pod/image-pull-backoff",
        );
        assert!(
            described
                .cause
                .contains("`zalan.azureedge.net/teapot/external-dns:v0.4.8`"),
            "{}",
            described.cause
        );
        // The pods are not named after `node`; a pod that pulled its image
        // since is history; a log's escaped quotes.
        let others = crate::diagnose(
            "NAME   READY   STATUS   RESTARTS   AGE\n\
             kubecost-prometheus-node-exporter-tr9jg   0/1   ImagePullBackOff   0   1m\n\
             web-5c7d9f8b6d-x2x9q   0/1   ImagePullBackOff   0   1m\n\n\
             Failed to pull image \"node:18-alpine\": manifest unknown\n",
        );
        assert!(
            others.findings.iter().all(|f| f.sub_causes.is_empty()),
            "{:?}",
            others.findings
        );
        let history = crate::diagnose(
            "LAST SEEN   TYPE      REASON   OBJECT             MESSAGE\n\
             5m          Warning   Failed   pod/web-old12      Failed to pull image \"web:1\": 401 Unauthorized\n\
             4m          Normal    Pulled   pod/web-old12      Successfully pulled image \"web:1\"\n\n\
             web-5c7d9f8b6d-x2x9q   0/1   ImagePullBackOff   0   1m\n",
        );
        assert!(
            history.findings.iter().all(|f| f.sub_causes.is_empty()),
            "{:?}",
            history.findings
        );
        let escaped = diagnosed(
            "api-1   0/1   ImagePullBackOff   0   1m\n{\"msg\":\"Failed to pull image \\\"nginx:1.25\\\": not found\"}\n",
            "pod/image-pull-backoff",
        );
        assert_eq!(escaped.sub_causes, ["not-found"]);
        // …and in the kubelet's own log, read without a table.
        let kubelet = finding(
            "image-pull-backoff/match-real-kubelet-log-escaped-quotes.txt",
            "pod/image-pull-backoff",
        );
        assert!(
            kubelet.cause.contains("(`mitdbg/modeldb-backend:kf0.4`)"),
            "{}",
            kubelet.cause
        );
        // Its `Error syncing pod <uid> ("name_namespace(uid)")` names the pod,
        // and the network failure to pull another image (`PullImage
        // "…/ubuntu:18.04" from image service failed`) is another pod's.
        assert_eq!(kubelet.subject, "kubeflow/modeldb-backend-54f88cf869-xbnz4");
        assert!(kubelet.sub_causes.is_empty(), "{:?}", kubelet.sub_causes);
        let log = crate::rules::fixtures::report(
            "pod/image-pull-backoff/match-real-kubelet-log-escaped-quotes.txt",
        );
        let other = log
            .findings
            .iter()
            .find(|f| f.subject == super::UNNAMED_POD);
        assert!(
            other.is_some_and(|f| f.sub_causes == ["network"] && f.cause.contains("ubuntu:18.04")),
            "{:?}",
            log.findings
        );
        assert!(
            escaped.cause.contains("(`nginx:1.25`)"),
            "{}",
            escaped.cause
        );
        // Another image's failure says nothing of the pods' own.
        let other = crate::diagnose(
            "NAME   READY   STATUS   RESTARTS   AGE\nweb-1   0/1   ImagePullBackOff   0   1m\napi-2   0/1   ImagePullBackOff   0   1m\n\nFailed to pull image \"redis:7\": manifest unknown\n",
        );
        assert!(
            other.findings.iter().all(|f| f.sub_causes.is_empty()),
            "{:?}",
            other.findings
        );
    }

    #[test]
    fn a_console_event_list_in_pipes_names_its_pod() {
        for (fixture, pod) in [
            ("match-real-console-events-pipes.txt", "app-5-x5np6"),
            (
                "match-console-events-markdown-table-crlf.txt",
                "cart-7d4b9c6f5-m8q2z",
            ),
        ] {
            let found = finding(
                &format!("image-pull-backoff/{fixture}"),
                "pod/image-pull-backoff",
            );
            assert_eq!(found.subject, pod, "{fixture}");
        }
    }

    #[test]
    fn a_volume_that_cannot_be_mounted_is_named_with_its_drivers_answer() {
        let found = finding(
            "container-creating/match-real-csi-provider-missing.txt",
            "pod/container-creating",
        );
        assert_eq!(found.sub_causes, ["mount-error"]);
        assert!(found.cause.contains("`secrets-store01-inline`; its driver answers: `kubernetes.io/csi: mounter.SetupAt failed: failed to mount"), "{}", found.cause);
        // A missing secret says more than the driver's answer.
        let secret = finding(
            "container-creating/match-secret-not-found-describe.txt",
            "pod/container-creating",
        );
        assert!(!secret.sub_causes.contains(&"mount-error".to_string()));
        // The Secrets Store CSI driver names the pod; each gRPC hop's
        // `rpc error: code = Unknown desc =` is left out of the answer.
        let nmi = finding(
            "container-creating/match-real-csi-nmi-404.txt",
            "pod/container-creating",
        );
        assert_eq!(
            nmi.subject,
            "staging/postgres-deployment-staging-69965ff767-8hmww"
        );
        assert!(
            nmi.cause
                .contains("nmi response failed with status code: 404"),
            "{}",
            nmi.cause
        );
        assert!(!nmi.cause.contains("rpc error"), "{}", nmi.cause);
        // A failed `mount` says why in its `Output:`, lines below.
        let nfs = finding(
            "container-creating/match-real-nfs-mount-output.txt",
            "pod/container-creating",
        );
        assert!(
            nfs.cause.contains("`mount failed: exit status 32; Output: Running scope as unit run-8319.scope. mount.nfs: Connection timed out`"),
            "{}",
            nfs.cause
        );
        // An older kubelet quotes the volume in single quotes.
        let quoted = finding(
            "container-creating/match-real-csi-single-quoted-volume.txt",
            "pod/container-creating",
        );
        assert_eq!(quoted.subject, "default/nginx-secrets-store-inline");
        assert!(
            quoted.cause.contains("`secrets-store-inline`"),
            "{}",
            quoted.cause
        );
    }

    #[test]
    fn a_switched_namespace_holds_for_the_commands_after_it() {
        let found = finding(
            "crash-loop/match-real-oc-project-sets-namespace.txt",
            "pod/crash-loop",
        );
        assert_eq!(found.subject, "logging/logging-curator-1-2cqkr");
        let switched = diagnosed(
            "$ kubectl config set-context --current --namespace=shop\n\
             $ kubectl get pods\n\
             NAME                  READY   STATUS             RESTARTS   AGE\n\
             cart-5f7c9d-8kq2m     0/1     CrashLoopBackOff   7          12m\n",
            "pod/crash-loop",
        );
        assert_eq!(switched.subject, "shop/cart-5f7c9d-8kq2m");
    }

    #[test]
    fn a_pod_whose_network_sandbox_fails_is_stuck_creating_with_the_plugins_error() {
        for (fixture, subject, sub_causes, error) in [
            (
                "match-real-vpc-cni-no-ip-address.txt",
                "watch/watch-api-79574c44db-klk7z",
                &["sandbox-network", "no-ip"][..],
                "failed to assign an IP address to container",
            ),
            (
                "match-calico-nodename-wrapped-crlf.txt",
                "payments/payments-api-6c9d7f5b8-q2wz7",
                &["sandbox-network"][..],
                // Whole, though the terminal cut the row three times.
                "stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/",
            ),
        ] {
            let found = finding(&format!("container-creating/{fixture}"), "pod/container-creating");
            assert_eq!(found.subject, subject, "{fixture}");
            assert_eq!(found.sub_causes, sub_causes, "{fixture}");
            assert!(found.cause.contains(error), "{}", found.cause);
        }
        // The sandbox image's pull failure is the image's, not the network's.
        let report = fixtures::report("pod/image-pull-backoff/match-real-sandbox-image-401.txt");
        assert!(report
            .findings
            .iter()
            .all(|f| f.id != "pod/container-creating"));
    }

    #[test]
    fn a_sandbox_image_is_the_nodes_to_fix() {
        for fixture in [
            "image-pull-backoff/match-real-sandbox-image-401.txt",
            "image-pull-backoff/match-real-sandbox-image-401-wrapped-crlf.txt",
        ] {
            let found = finding(fixture, "pod/image-pull-backoff");
            assert_eq!(found.sub_causes, ["sandbox-image"], "{fixture}");
            // The wrapped events row names its pod on the line before the hit.
            assert_eq!(
                found.subject, "resource-sync-agent-test-aks-pull",
                "{fixture}"
            );
            assert!(
                found.fix.iter().all(|f| !f.contains("imagePullSecrets")),
                "{:?}",
                found.fix
            );
        }
    }

    #[test]
    fn a_scheduling_failure_is_history_once_its_pod_is_scheduled() {
        let ids = |paste: &str| -> Vec<&str> {
            crate::diagnose(paste)
                .findings
                .iter()
                .map(|f| f.id)
                .collect()
        };
        let header = "LAST SEEN   TYPE      REASON             OBJECT        MESSAGE\n";
        let failed = "2m          Warning   FailedScheduling   pod/web-1     0/3 nodes are available: 3 Insufficient cpu.\n";
        let scheduled = |pod: &str| {
            format!("1m          Normal    Scheduled          pod/{pod}     Successfully assigned default/{pod} to node-1\n")
        };
        assert_eq!(
            ids(&format!("{header}{failed}{}", scheduled("web-1"))),
            Vec::<&str>::new()
        );
        // Another pod placed, or this one placed before it failed (a
        // StatefulSet's pod of the same name, created again): still stuck.
        assert_eq!(
            ids(&format!("{header}{failed}{}", scheduled("web-2"))),
            ["pod/pending-resources"]
        );
        assert_eq!(
            ids(&format!("{header}{}{failed}", scheduled("web-1"))),
            ["pod/pending-resources"]
        );
    }

    #[test]
    fn a_conda_prompt_gives_its_namespace_to_the_table() {
        let found = finding(
            "create-config-error/match-real-conda-prompt.txt",
            "pod/create-config-error",
        );
        assert_eq!(found.subject, "monitoring/autotune-655d8878cc-f2c9c");
    }

    #[test]
    fn a_pull_failure_names_its_image() {
        let found = finding(
            "image-pull-backoff/match-real-old-events-format.txt",
            "pod/image-pull-backoff",
        );
        assert!(
            found.cause.contains(
                "(`registry.access.redhat.com/openshift3/ose-ansible-service-broker:v3.9.24`)"
            ),
            "{}",
            found.cause
        );
    }

    #[test]
    fn a_crash_loop_of_a_process_that_exits_0_says_so() {
        for fixture in [
            "crash-loop/match-real-exits-normally-tabs.txt",
            "crash-loop/match-real-exits-normally-portainer.txt",
        ] {
            let found = finding(fixture, "pod/crash-loop");
            assert_eq!(found.sub_causes, ["exits-normally"], "{fixture}");
            assert!(
                found.evidence.iter().any(|e| e.text.contains("Exit Code")),
                "{fixture}"
            );
        }
        // A previous run that failed, or an init container that completed,
        // is no such loop.
        for fixture in [
            "crash-loop/match-describe-ansi.txt",
            "crash-loop/match-real-describe-container-section.txt",
        ] {
            let found = finding(fixture, "pod/crash-loop");
            assert!(
                !found.sub_causes.contains(&"exits-normally".to_string()),
                "{fixture}"
            );
        }
        let init_completed = "Name:         web-1\nNamespace:    shop\nStatus:       Running\nInit Containers:\n  migrate:\n    State:          Terminated\n      Reason:       Completed\n      Exit Code:    0\nContainers:\n  web:\n    State:          Waiting\n      Reason:       CrashLoopBackOff\n    Ready:          False\n";
        let found = diagnosed(init_completed, "pod/crash-loop");
        assert!(found.sub_causes.is_empty(), "{:?}", found.sub_causes);
    }

    #[test]
    fn a_crashing_init_container_is_named_in_the_logs_command() {
        let described = finding(
            "crash-loop/match-real-init-describe-message.txt",
            "pod/crash-loop",
        );
        assert_eq!(described.sub_causes, ["init", "last-message"]);
        assert_eq!(
            described.commands[0],
            "kubectl logs <pod> -c init --previous"
        );
        assert!(
            described.cause.contains("statusCode=403"),
            "{}",
            described.cause
        );
        // A `kubectl logs -c init <pod>` pasted with its output names it,
        // and what it printed last is quoted; kubectl's own refusal is not.
        let logged = finding(
            "crash-loop/match-real-init-logs-pasted.txt",
            "pod/crash-loop",
        );
        assert_eq!(
            logged.commands[0],
            "kubectl logs kubearmor-apparmor-containerd-2c350-hspbs -n kubearmor -c init --previous"
        );
        assert!(
            logged
                .cause
                .contains("`Fatal glibc error: CPU does not support x86-64-v3`"),
            "{}",
            logged.cause
        );
        let refused = diagnosed(
            "$ kubectl get pods\n\
             NAME         READY   STATUS                  RESTARTS   AGE\n\
             tls-app-69   0/1     Init:CrashLoopBackOff   1          12s\n\
             $ kubectl logs tls-app-69\n\
             Error from server (BadRequest): container \"tls-app\" in pod \"tls-app-69\" is waiting to start: PodInitializing\n",
            "pod/crash-loop",
        );
        assert_eq!(refused.sub_causes, ["init"]);
        // A table shows that it is an init container, not which one.
        let listed = finding(
            "crash-loop/match-real-init-crashloop-table.txt",
            "pod/crash-loop",
        );
        assert_eq!(
            listed.commands[0],
            "kubectl logs reportportal-api-587bc87f4-svv6f -n reportportal -c <init-container> --previous"
        );
        // The second container of a section, the app container after an init one.
        let describe = "Name:         web-1\nNamespace:    shop\nStatus:       Running\nInit Containers:\n  migrate:\n    State:          Terminated\n      Reason:       Completed\nContainers:\n  web:\n    State:          Running\n  sidecar:\n    Image:          envoy\n    State:          Waiting\n      Reason:       CrashLoopBackOff\n";
        let found = diagnosed(describe, "pod/crash-loop");
        assert!(found.sub_causes.is_empty(), "{:?}", found.sub_causes);
        assert_eq!(
            found.commands[0],
            "kubectl logs web-1 -n shop -c sidecar --previous"
        );
    }

    #[test]
    fn kubelet_messages_name_their_pod() {
        let log = finding(
            "crash-loop/match-real-kubelet-backoff-log.txt",
            "pod/crash-loop",
        );
        assert_eq!(log.subject, "opa/opa-849dcb7499-9chrt");
        // Every finding of a pod named only in a folded message is about it,
        // so that they link.
        let report = fixtures::report("pod/oom-killed/match-real-yaml-folded-crashloop.txt");
        let pod = "ibm-common-services/ibmcloud-operator-controller-manager-5c4d7c974b-m2z2t";
        assert!(
            report.findings.iter().all(|f| f.subject == pod),
            "{:?}",
            report.findings
        );
        let crash = report
            .findings
            .iter()
            .find(|f| f.id == "pod/crash-loop")
            .expect("crash-loop");
        assert_eq!(crash.caused_by, Some("pod/oom-killed"));
        let docker = finding(
            "image-pull-backoff/match-real-docker-era-kubelet-log.txt",
            "pod/image-pull-backoff",
        );
        assert_eq!(docker.subject, "kube-system/kube-addon-manager-minikubevm");
    }

    #[test]
    fn a_pod_named_by_a_command_or_a_scheduler_log_is_the_subject() {
        let commanded = finding(
            "oom-killed/match-real-name-in-command-only.txt",
            "pod/oom-killed",
        );
        assert_eq!(
            commanded.subject,
            "memcached-operator-system/memcached-operator-controller-manager-6d57f5fd7-gfnxw"
        );
        assert!(commanded.cause.contains("(90Mi)"), "{}", commanded.cause);
        let quoted = finding(
            "pending-taint/match-real-pod-in-prose-command.txt",
            "pod/pending-taint",
        );
        assert_eq!(quoted.subject, "apache-7f6fddb7df-q229r");
        let logged = finding(
            "pending-taint/match-real-klog-object-reference.txt",
            "pod/pending-taint",
        );
        assert_eq!(logged.subject, "test-the-oss/minio-0");
    }

    #[test]
    fn a_pod_reference_needs_its_uid_or_namespace() {
        use super::pod_reference;
        let pod = |ns: &str, name: &str| Some((ns.to_string(), name.to_string()));
        assert_eq!(
            pod_reference("failed container app in pod web-7d9f_shop(4f2a)"),
            pod("shop", "web-7d9f")
        );
        assert_eq!(
            pod_reference(r#"Error syncing pod, pod="kube-system/coredns-5d78c9869d-x7xq2""#),
            pod("kube-system", "coredns-5d78c9869d-x7xq2")
        );
        assert_eq!(
            pod_reference(
                r#"Error syncing pod 4b4728cd-4620-11e9-9bf4-d409029b649b ("modeldb-5f8_kubeflow(4b4728cd-4620-11e9-9bf4-d409029b649b)"), skipping"#
            ),
            pod("kubeflow", "modeldb-5f8")
        );
        assert_eq!(
            pod_reference("Error syncing pod 4b4728cd, skipping (x_y(z))"),
            None
        );
        assert_eq!(
            pod_reference(
                r#"Pod shop/web-7d9f (app) is in waiting state (reason: "CrashLoopBackOff")"#
            ),
            pod("shop", "web-7d9f")
        );
        assert_eq!(
            pod_reference("Pod sandbox changed, it will be killed"),
            None
        );
        // 36 bytes before the bracket, but no UID.
        assert_eq!(
            pod_reference("Pod kube-system/coredns-5d78c9869d-x7xq2 (coredns) is in waiting state"),
            pod("kube-system", "coredns-5d78c9869d-x7xq2")
        );
        assert_eq!(pod_reference("the error in pod my_pod went away"), None);
        assert_eq!(pod_reference("pod=web-1 restarted"), None);
        assert_eq!(
            pod_reference("failed to mount secrets store objects for pod shop/web-1, err: x"),
            Some(("shop".to_string(), "web-1".to_string()))
        );
        assert_eq!(pod_reference("waiting for pod web-1 to be ready"), None);
        assert_eq!(
            pod_reference(
                r#"Regarding:v1.ObjectReference{Kind:"Pod", Namespace:"test-the-oss", Name:"minio-0"}"#
            ),
            pod("test-the-oss", "minio-0")
        );
    }

    #[test]
    fn an_event_without_its_object_is_reported_once_with_the_failing_pod() {
        let report = fixtures::report("pod/create-config-error/match-real-couldnt-find-key.txt");
        let subjects: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.id == "pod/create-config-error")
            .map(|f| f.subject.as_str())
            .collect();
        assert_eq!(subjects, ["aegis-workload-demo-76f5f7dc46-vfldl"]);
    }

    #[test]
    fn a_key_missing_from_an_existing_secret_is_not_a_missing_secret() {
        let found = finding(
            "create-config-error/match-real-couldnt-find-key.txt",
            "pod/create-config-error",
        );
        assert_eq!(found.sub_causes, ["missing-key"]);
        assert!(
            found
                .cause
                .contains("`aegis-secret-aegis-workload-demo` exists but has no key `VALUE`"),
            "{}",
            found.cause
        );
        assert_eq!(
            found.commands[1],
            "kubectl describe secret aegis-secret-aegis-workload-demo"
        );
    }

    #[test]
    fn failed_events_without_their_pod_name_the_missing_secret() {
        let found = finding(
            "create-config-error/match-real-failed-event-secrets-plural.txt",
            "pod/create-config-error",
        );
        assert_eq!(found.sub_causes, ["missing-secret"]);
        assert!(
            found
                .commands
                .contains(&"kubectl get secret busybox-secret-47".to_string()),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn a_cut_describe_s_events_are_its_pod_s_and_an_attach_failure_is_quoted() {
        let found = finding(
            "container-creating/match-real-attach-events-after-cut-describe.txt",
            "pod/container-creating",
        );
        assert_eq!(found.sub_causes, ["mount-error"]);
        assert!(
            found.cause.contains("`volume attachment is being deleted`"),
            "{}",
            found.cause
        );
    }

    #[test]
    fn readiness_probe_events_alone_name_a_pod_that_is_not_ready() {
        let found = finding(
            "not-ready/match-real-probe-events-only.txt",
            "pod/not-ready",
        );
        assert_eq!(
            found.subject,
            "default/inky-turtle-alb-ingress-controller-controller-6f4884865d-8dbcf"
        );
        assert_eq!(found.sub_causes, ["probe"]);
        // A probe that failed twice while the container started is not one.
        let starting = crate::diagnose(
            "Events:\n  Type     Reason     Age               From     Message\n  ----     ------     ----              ----     -------\n  \
             Warning  Unhealthy  10s (x2 over 20s)  kubelet  Readiness probe failed: connection refused\n",
        );
        assert!(starting.findings.iter().all(|f| f.id != "pod/not-ready"));
    }

    #[test]
    fn registry_answer_at_the_end_of_a_long_message_gives_the_sub_cause() {
        let found = finding(
            "image-pull-backoff/match-real-401-long-line.txt",
            "pod/image-pull-backoff",
        );
        assert_eq!(found.sub_causes, ["unauthorized"]);
        let token = finding(
            "image-pull-backoff/match-real-oauth-token-403.txt",
            "pod/image-pull-backoff",
        );
        assert_eq!(token.sub_causes, ["unauthorized"]);
    }

    #[test]
    fn a_taint_the_scheduler_does_not_name_is_left_for_the_user_to_find() {
        let unnamed = finding(
            "pending-taint/match-old-taints-wrapped-crlf.txt",
            "pod/pending-taint",
        );
        assert_eq!(
            unnamed.title,
            "Pod cannot be scheduled: untolerated node taint"
        );
        assert!(unnamed
            .cause
            .starts_with("Every node that could host the pod carries a taint that"));
        assert!(unnamed
            .commands
            .contains(&"kubectl taint nodes <node> <key>-".to_string()));
        let named = finding(
            "pending-taint/match-not-ready-old-wording.txt",
            "pod/pending-taint",
        );
        assert!(named
            .title
            .ends_with("taint {node.kubernetes.io/not-ready:}"));
        assert!(named
            .cause
            .contains("a taint ({node.kubernetes.io/not-ready:}) that"));
        // A node's condition: the nodes are to mend, not the taint to remove.
        assert!(named.commands.contains(&"kubectl get nodes".to_string()));
    }

    #[test]
    fn an_event_relayed_by_an_operator_names_the_missing_secret_of_its_pod() {
        let path = "create-config-error/match-real-kubeblocks-relayed-events.txt";
        let found = finding(path, "pod/create-config-error");
        assert_eq!(found.sub_causes, ["missing-secret"]);
        assert!(found
            .commands
            .contains(&"kubectl get secret wesql830 -n wesql".to_string()));
    }

    #[test]
    fn rows_quoted_as_inline_code_name_their_pods_without_the_backticks() {
        let report = fixtures::report("pod/container-creating/match-real-backtick-rows.txt");
        assert_eq!(report.findings.len(), 3);
        assert!(
            report.findings.iter().all(|f| !f.subject.contains('`')),
            "{:?}",
            report.findings
        );
    }

    #[test]
    fn an_events_row_without_its_header_names_its_pod() {
        let found = finding(
            "crash-loop/match-headerless-rows-ansi.txt",
            "pod/crash-loop",
        );
        assert_eq!(found.subject, "shop/cart-6f9c8d7b5-qx2lm");
    }
}
