//! `helm/` — Helm errors of cluster extensions and plain charts (seeds 004,
//! 002): the five messages the extension service reports, and Helm's own
//! wording of the same failures.
//!
//! Each one usually arrives inside an extension's status, so each explains
//! `ext/extension-failed` (and `sc/extension-failed` for Service Connector).

use super::ext::ExtInfo;
use super::{between, is_masked, word_after, Ctx, Diagnosis, Finding, Link, Severity};
use crate::facts::{contains_ci, find_all_ci, is_object_name};
use crate::search::Hit;

/// Every `helm/` diagnosis, in catalogue order.
pub const ALL: &[&Diagnosis] = &[
    &RESOURCE_READINESS_TIMEOUT,
    &CHART_DOWNLOAD_FAILED,
    &RENDER_FAILED,
    &RESOURCE_EXISTS,
    &OPERATION_IN_PROGRESS,
];

/// What every `helm/` diagnosis explains.
const EXPLAINS: &[(&str, Link)] = &[
    ("ext/extension-failed", Link::AnySubject),
    ("sc/extension-failed", Link::AnySubject),
];

/// The release's resources did not become ready before Helm gave up.
pub const RESOURCE_READINESS_TIMEOUT: Diagnosis = Diagnosis {
    id: "helm/resource-readiness-timeout",
    severity: Severity::Error,
    source: seed!("004 — Errore: timeout in attesa dell'idoneità delle risorse; 002 — Helm 오류"),
    triggers: &[
        "Timed out waiting for resource readiness",
        "Timed out waiting for the resource to reach a ready/completed state",
        // The extension service's wording in real output (Azure/AKS#5726).
        "Timed out waiting for the resource to come to a ready/completed state",
        // A hook or chart job that failed for good: `job failed: …`, or in
        // newer Helm's list of errors `* job NAME failed: …` (see `failed_job`).
        BACKOFF_LIMIT,
        "timed out waiting for the condition",
        "time out waiting for the condition",
        // Helm 4: `resource not ready, name: x, kind: Job, status: InProgress`.
        HELM4_NOT_READY,
        // Helm's wait ran out of time (`release x failed, and has been
        // uninstalled due to atomic being set: context deadline exceeded`).
        "context deadline exceeded",
    ],
    explains: EXPLAINS,
    check: |ctx, out| {
        // Azure Arc onboarding reports the same Helm time-out; arc/ owns it.
        if ctx.mentions("Unable to install helm release")
            || ctx.mentions("connectedk8s") && !ctx.mentions("k8s-extension")
        {
            return;
        }
        let mut hits: Vec<&Hit> = Vec::new();
        // The trigger of each accepted hit, which tells the sub-causes.
        let mut triggers: Vec<usize> = Vec::new();
        // The failed job newer Helm names (`* job NAME failed: …`).
        let mut named_job = None;
        for (trigger, hit) in &ctx.hits {
            let around = &ctx.lines_around(hit, 2, 1);
            // `kubectl wait` names what it waited for: `… the condition on pods/x`.
            let kubectl_wait = || {
                let rest = ctx.text_from(hit, 0);
                rest.get(hit.span.len()..)
                    .is_some_and(|r| r.starts_with(" on "))
            };
            let accepted = match trigger {
                0..=2 | 6 => true,
                3 => match failed_job(&ctx.near(hit, 200, 0)) {
                    Some(job) => {
                        named_job = named_job.or(job);
                        true
                    }
                    None => false,
                },
                // Only as the failure of the release itself, not of a
                // download or a request on the way.
                7 => {
                    let line = ctx.lines_around(hit, 0, 0);
                    let before = line[..line.find("context deadline").unwrap_or(0)].trim_end();
                    [
                        "atomic being set:",
                        "FAILED:",
                        "install:",
                        "upgrade:",
                        "hooks failed:",
                    ]
                    .iter()
                    .any(|end| before.ends_with(end))
                        || before.ends_with(':') && before.contains(" with chart ")
                }
                _ if kubectl_wait() => false,
                // The bare wait message is also kubelet's and kubectl's: require Helm.
                _ => {
                    [
                        "release",
                        "helm",
                        "atomic",
                        "INSTALLATION FAILED",
                        "UPGRADE FAILED",
                        "k8s-extension",
                    ]
                    .iter()
                    .any(|w| contains_ci(around, w))
                        && !["FailedMount", "MountVolume", "Unable to attach or mount"]
                            .iter()
                            .any(|w| contains_ci(around, w))
                        // Terraform names the resource two lines below its error.
                        || contains_ci(&ctx.lines_around(hit, 0, 3), "helm_release")
                }
            };
            if accepted {
                hits.push(hit);
                triggers.push(*trigger);
            }
        }
        if hits.is_empty() {
            return;
        }
        let mut finding = helm_finding(ctx, &hits);
        if deployed_later(ctx, &hits, &finding) {
            return;
        }
        // Helm names what it waited for: `Deployment is not ready:
        // kube-system/ama-metrics. 0 out of 1 expected pods are ready`.
        for text in hits.iter().map(|hit| ctx.text_from(hit, 2)) {
            let Some((kind, ns, name)) = not_ready_resource(&text) else {
                continue;
            };
            if finding.get("release_ns").is_none() {
                finding = finding.maybe("release_ns", ns);
            }
            if let Some(kind) = kind {
                finding = finding
                    .value(
                        "waited_for",
                        format!("{}/{name}", kind.to_ascii_lowercase()),
                    )
                    .variant("waited");
            }
            break;
        }
        if let (Some(job), None) = (named_job, finding.get("waited_for")) {
            finding = finding
                .value("waited_for", format!("job/{job}"))
                .variant("waited");
        }
        // Helm's `--debug` log follows the job it waits for: `[debug]
        // migrate-db: Jobs active: 1, jobs failed: 1, jobs succeeded: 0`.
        if finding.get("waited_for").is_none() {
            let before = ctx.near(hits[0], 1024, 0);
            if let Some(job) = debug_job(&before) {
                finding = finding
                    .value("waited_for", format!("job/{job}"))
                    .variant("waited");
            }
        }
        // A controller of the release that could not create its pods says
        // why (`FailedCreate … serviceaccount "x" not found`, a quota, a
        // pod security policy): its last such event is what Helm waited for.
        if finding.get("waited_for").is_none() {
            let release_ns = finding.get("release_ns");
            let failed_create = ctx.facts.events.iter().rev().find(|e| {
                e.reason == "FailedCreate"
                    && e.object.is_some()
                    && e.object_kind.is_some()
                    && release_ns.is_none_or(|ns| e.namespace.as_deref().is_none_or(|n| n == ns))
            });
            if let Some(event) = failed_create {
                let kind = event.object_kind.as_deref().unwrap_or_default();
                let object = event.object.as_deref().unwrap_or_default();
                let namespace = event.namespace.as_deref().filter(|_| release_ns.is_none());
                finding = finding
                    .line(event.line)
                    .value("waited_for", format!("{kind}/{object}"))
                    .maybe("release_ns", namespace)
                    .variant("waited");
            }
        }
        if triggers.contains(&3) {
            finding = finding.variant("job");
        }
        if triggers.iter().any(|&t| t != 3) {
            finding = finding.variant("timeout");
        }
        if triggers.iter().any(|&t| t <= 2) {
            finding = finding.variant("extension");
        }
        out.push(finding);
    },
};

/// How Helm tells that a job failed for good.
const BACKOFF_LIMIT: &str = "failed: BackoffLimitExceeded";

/// The job of `text`, which ends with [`BACKOFF_LIMIT`] (in any case):
/// `Some(None)` for Helm's `hooks failed: job failed: BackoffLimitExceeded`,
/// `Some(Some(name))` for newer Helm's `* job NAME failed:
/// BackoffLimitExceeded`, and `None` when no job comes before the words.
fn failed_job(text: &str) -> Option<Option<String>> {
    // The joined text has single spaces.
    let before = text
        .get(..text.len().checked_sub(BACKOFF_LIMIT.len())?)?
        .trim_end();
    let (rest, last) = before.rsplit_once(' ').unwrap_or(("", before));
    if last == "job" {
        Some(None)
    } else {
        (rest == "job" || rest.ends_with(" job")).then(|| Some(last.to_string()))
    }
}

/// The extension service could not fetch the chart.
pub const CHART_DOWNLOAD_FAILED: Diagnosis = Diagnosis {
    id: "helm/chart-download-failed",
    severity: Severity::Error,
    source: seed!("004 — Errore: impossibile scaricare il grafico Helm dall'URL del repository; 002 — Helm 오류"),
    triggers: &[
        "Unable to download the Helm chart from the repo URL",
        // The Helm CLI's own words: a chart repository, an OCI registry's
        // token, a chart reference.
        "is not a valid chart repository or cannot be reached",
        "failed to fetch anonymous token",
        "failed to download \"",
    ],
    explains: EXPLAINS,
    check: |ctx, out| {
        // Read once, not once per hit.
        let helm_cli = ctx.mentions(RELEASE_WORDS[0])
            || ctx.mentions(RELEASE_WORDS[1])
            || ctx.mentions(OCI_SCHEME)
            || ctx.commands_with("helm").next().is_some();
        let hits: Vec<&Hit> = ctx
            .hits
            .iter()
            .filter(|(trigger, hit)| {
                // A token refused, a download failed: Helm's only when Helm
                // ran or gave its hint (`(hint: running `helm repo update` may
                // help)`); the kubelet's image pulls fail with the same words.
                let line = ctx.lines_around(hit, 0, 0);
                *trigger < 2
                    || (helm_cli || contains_ci(&line, "helm repo update"))
                        && !contains_ci(&line, "pull image")
            })
            .map(|(_, hit)| *hit)
            .collect();
        if hits.is_empty() {
            return;
        }
        // The extension's message: the cluster downloads; else the Helm CLI
        // on the machine it runs on.
        let by_cluster = ctx.hits_of(0).next().is_some();
        let mut finding = helm_finding(ctx, &hits).variant(if by_cluster { "cluster" } else { "cli" });
        let text = &ctx.text_from(hits[0], 6);
        let sub_causes: &[(&[&str], &'static str)] = &[
            (&["i/o timeout", "context deadline exceeded", "connection timed out", "operation timed out", "TLS handshake timeout"], "timeout"),
            (&["403 Forbidden", "401 Unauthorized", "denied"], "refused"),
            (&["no such host", "server misbehaving"], "dns"),
            (&["connection refused", "connection reset"], "refused"),
            (&["x509", "certificate"], "tls"),
        ];
        // An OCI registry's token (a `helm registry login` away).
        let oci: &[(&[&str], &'static str)] = &[(&["anonymous token", OCI_SCHEME], "oci")];
        for (words, variant) in sub_causes.iter().chain(if by_cluster { &[] } else { oci }) {
            if words.iter().any(|w| contains_ci(text, w)) {
                finding = finding.variant(variant);
            }
        }
        let mut host = url_host(text);
        // `failed to download "repo/chart"` with no network error: Helm did
        // not resolve the chart from the repositories it has added (and a
        // link in the text around is no repository of it).
        let chart = super::between(text, "failed to download", '"', '"');
        let network = ["timeout", "refused", "dns", "tls", "oci"];
        let unexplained = !finding.variants.iter().any(|v| network.contains(v));
        if let Some(chart) = chart.as_ref().filter(|_| !by_cluster && unexplained) {
            if let Some(cli) = finding.variants.iter_mut().find(|v| **v == "cli") {
                *cli = "chart-ref";
            }
            finding = finding.set("chart", chart);
            host = None;
        }
        // `helm repo add` names a repository, `failed to download` a chart;
        // neither a release.
        if finding.subject == UNNAMED_RELEASE {
            if let Some(named) = host.clone().or(chart) {
                finding.subject = named;
            }
        }
        out.push(finding.maybe("repo_host", host));
    },
};

/// The subject of a finding about a release the paste does not name.
const UNNAMED_RELEASE: &str = "Helm release";

/// How a chart in an OCI registry is named (`oci://ghcr.io/org/chart`).
pub const OCI_SCHEME: &str = "oci://";

/// The host of the first `https://` (or `oci://`) URL in `text` that is
/// not a help link.
fn url_host(text: &str) -> Option<String> {
    text.match_indices("://").find_map(|(at, _)| {
        if !(text[..at].ends_with("https") || text[..at].ends_with("oci")) {
            return None;
        }
        let host: String = text[at + 3..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
            .collect();
        (!host.is_empty() && host != "aka.ms").then_some(host)
    })
}

/// The chart's templates failed with the configuration settings given.
pub const RENDER_FAILED: Diagnosis = Diagnosis {
    id: "helm/render-failed",
    severity: Severity::Error,
    source: seed!("004 — Errore: il rendering del grafico Helm non è riuscito con i valori specificati; 002 — Helm 오류"),
    // The extension service's wording, then Helm's own for a `required` or
    // `fail` in a template (`Error: execution error at (chart/templates/x.yaml:23:38): …`),
    // then Go's for a template that reads a field of a value that is not set
    // (`executing "…" at <.Values.env.X>: nil pointer evaluating interface {}.X`).
    triggers: &["Helm chart rendering failed with given values", "execution error at (", "nil pointer evaluating"],
    explains: EXPLAINS,
    check: |ctx, out| {
        let Some(&(trigger, first)) = ctx.hits.first() else {
            return;
        };
        let hits: Vec<&Hit> = ctx.hits.iter().map(|(_, h)| *h).collect();
        let mut finding = helm_finding(ctx, &hits);
        if trigger == 2 {
            // Only a chart's template (not `kubectl -o go-template`'s): the
            // value it read is named just before.
            let before = ctx.near(first, 400, 0);
            let chart_template = before.contains("/templates/") && before.contains("executing \"");
            let Some(at) = before.rfind(" at <").filter(|_| chart_template) else {
                return;
            };
            let value = before[at + 5..].split('>').next().unwrap_or_default();
            out.push(
                finding
                    .maybe("render_error", one_line(&ctx.text_from(first, 0)))
                    .maybe("template_value", (!value.is_empty()).then_some(value))
                    .variant("nil"),
            );
            return;
        }
        // The extension service's message may wrap onto the next lines;
        // Helm's own ends with its line (its `--debug` log repeats it below),
        // unless the line ends where the chart's message should start.
        let helm_cut = trigger == 1 && ctx.lines_around(first, 0, 0).trim_end().ends_with("):");
        let text = &ctx.text_from(first, if trigger == 0 { 6 } else { usize::from(helm_cut) });
        let detail = ["error calling required:", "execution error at"].iter().find_map(|marker| {
            let lower = text.to_ascii_lowercase();
            let at = lower.find(marker)? + marker.len();
            let rest = text[at..].trim_start();
            // `execution error at (chart/templates/x.yaml:3:4): message`
            let rest = match rest.split_once("):") {
                Some((_, message)) if *marker == "execution error at" => message,
                _ => rest,
            };
            // Helm's own message is its line, quotes and all; the extension
            // service's is a JSON string, which ends at its closing quote.
            let end = if trigger == 1 { rest.len() } else { rest.find([']', '"']).unwrap_or(rest.len()) };
            one_line(&rest[..end])
        });
        finding = finding.maybe("render_error", detail);
        // Helm's own message (not the extension service's) comes from a
        // `required` or `fail` in a template.
        if !finding.variants.contains(&"extension") {
            finding = finding.variant("fail");
        }
        if helm_cut {
            finding = finding.line(first.lines.end);
        }
        out.push(finding);
    },
};

/// `text` on one line, its whitespace runs as single spaces, at most 300
/// characters; `None` when nothing is left.
fn one_line(text: &str) -> Option<String> {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(line.chars().take(300).collect::<String>()).filter(|l| !l.is_empty())
}

/// A resource of the chart already exists outside the release.
pub const RESOURCE_EXISTS: Diagnosis = Diagnosis {
    id: "helm/resource-exists",
    severity: Severity::Error,
    source: seed!("004 — Errore: la risorsa esiste già nel cluster; 002 — Helm 오류"),
    triggers: &[
        "Resource already exists in your cluster",
        "rendered manifests contain a resource that already exists",
        "exists and cannot be imported into the current release",
    ],
    explains: EXPLAINS,
    check: |ctx, out| {
        let hits: Vec<&Hit> = ctx.hits.iter().map(|(_, h)| *h).collect();
        if hits.is_empty() {
            return;
        }
        let mut finding = helm_finding(ctx, &hits);
        // From the start of the line: the kind and name come before the
        // phrase in `Unable to continue with install: X "y" … exists and …`.
        let text = &ctx.text_around(hits[0], 8).replace("\\\"", "\"");
        // `Unable to continue with install: ServiceAccount "x" in namespace "y" exists`
        let kind = word_after(text, "Unable to continue with install:")
            .or_else(|| word_after(text, "Unable to continue with update:"));
        // Helm 3.0/3.1: `existing resource conflict: kind: X, namespace: Y, name: Z`;
        // 3.0.0: `… conflict: namespace: Y, name: Z, existing_kind: /v1, Kind=X, …`.
        let older = kind.as_deref() == Some("existing");
        let kind = if older {
            word_after(text, "conflict: kind:").or_else(|| word_after(text, ", Kind="))
        } else {
            kind
        };
        // A kind is a CamelCase word (`could not get information about the
        // resource` names none).
        let kind = kind.filter(|k| {
            k.starts_with(|c: char| c.is_ascii_uppercase())
                && k.bytes().all(|b| b.is_ascii_alphanumeric())
        });
        let named = kind.and_then(|kind| {
            let (name, ns) = if older {
                (
                    word_after(text, ", name:"),
                    word_after(text, ", namespace:")
                        .or_else(|| word_after(text, "conflict: namespace:")),
                )
            } else {
                // The name is quoted right after the kind: `ServiceAccount "x"`.
                let after_kind = text.find(&format!("{kind} \"")).map(|at| &text[at..]);
                (
                    after_kind.and_then(|rest| between(rest, &kind, '"', '"')),
                    between(text, "in namespace", '"', '"'),
                )
            };
            Some((kind, name.filter(|n| !n.is_empty() && !is_masked(n))?, ns))
        });
        // `key "meta.helm.sh/release-name" must equal "x": current value is
        // "y"` (not the `release-namespace` key's: "y" is a namespace).
        let owner = crate::facts::find_ci(text, "meta.helm.sh/release-name\" must equal")
            .and_then(|at| between(&text[at..], "current value is", '"', '"'));
        if let Some((kind, name, ns)) = named {
            let ns = ns.filter(|n| !n.is_empty() && !is_masked(n));
            finding = finding
                .value("res_kind", kind.to_ascii_lowercase())
                .value("res_name", name)
                .value(
                    "res_ns_flag",
                    ns.as_ref().map_or_else(String::new, |n| format!("-n {n}")),
                )
                .maybe("res_ns", ns)
                .variant("named")
                // A CRD's deletion takes every object of its kind with it.
                .variant(if kind.eq_ignore_ascii_case("CustomResourceDefinition") {
                    "crd"
                } else {
                    "deletable"
                });
            if owner.is_none() {
                finding = adoptable(finding, text);
            }
        }
        if let Some(owner) = owner {
            finding = finding
                .value("owner_release", owner)
                .variant("other-release");
        }
        out.push(finding.value("res_ns_flag", ""));
    },
};

/// `finding` with the `adopt` sub-cause when Helm's `text` names the label
/// and annotations that would let the release take over an object no
/// release owns (`missing key "meta.helm.sh/release-name": must be set to "x"`).
fn adoptable(finding: Finding, text: &str) -> Finding {
    let must_be = |key: &str| {
        between(text, &format!("{key}\": must be set to"), '"', '"')
            .filter(|v| !v.is_empty() && !is_masked(v))
    };
    match (
        must_be("meta.helm.sh/release-name"),
        must_be("meta.helm.sh/release-namespace"),
    ) {
        (Some(release), Some(ns)) => finding
            .value("adopt_release", release)
            .value("adopt_ns", ns)
            .variant("adopt"),
        _ => finding,
    }
}

/// Another Helm operation on the release has not finished.
pub const OPERATION_IN_PROGRESS: Diagnosis = Diagnosis {
    id: "helm/operation-in-progress",
    severity: Severity::Error,
    source: seed!("004 — Errore: l'operazione è già in corso per Helm; 002 — Helm 오류"),
    triggers: &[
        "Operation is already in progress for Helm",
        "another operation (install/upgrade/rollback) is in progress",
    ],
    explains: EXPLAINS,
    check: |ctx, out| {
        let hits: Vec<&Hit> = ctx.hits.iter().map(|(_, h)| *h).collect();
        if hits.is_empty() {
            return;
        }
        let pending: Vec<_> = ctx
            .facts
            .helm_releases
            .iter()
            .filter(|r| r.status.starts_with("pending-"))
            .collect();
        if pending.is_empty() || ctx.mentions("Operation is already in progress for Helm") {
            let finding = helm_finding(ctx, &hits);
            let finding = if ctx.mentions("Operation is already in progress for Helm") {
                finding.variant("extension")
            } else {
                finding.variant("helm")
            };
            out.push(finding);
            return;
        }
        // `helm list` or `helm history` shows which releases are stuck in a
        // pending state.
        for release in pending {
            let name = if release.name.is_empty() {
                // A history pasted without its command: the messages may name it.
                (*ctx.cached("helm-release", || paste_release_name(ctx))).clone()
            } else {
                Some(release.name.clone())
            };
            let mut finding = Finding::new(name.as_deref().unwrap_or(UNNAMED_RELEASE))
                .line(release.line)
                // (The first few: every release with every hit is quadratic.)
                .lines(
                    hits.iter()
                        .take(HIT_LINES_PER_RELEASE)
                        .flat_map(|h| h.lines.clone()),
                )
                .maybe("release", name)
                .value("status", &release.status)
                .variant("helm")
                .variant("pending");
            if let Some(ns) = &release.namespace {
                finding = finding.value("release_ns", &**ns);
            }
            if let Some(revision) = &release.good_revision {
                finding = finding.value("good_revision", revision).variant("rollback");
            }
            out.push(finding);
        }
    },
};

/// How many of the refused operations' lines each pending release's finding
/// shows.
const HIT_LINES_PER_RELEASE: usize = 8;

/// A finding about the extension or release the paste is about, with the
/// evidence of `hits`.
fn helm_finding(ctx: &Ctx<'_>, hits: &[&Hit]) -> Finding {
    let info = ExtInfo::read(ctx);
    let lines = hits.iter().flat_map(|h| h.lines.clone());
    // Quotes escaped by a JSON log (`\"meta.helm.sh/release-name\": must be
    // set to \"x\"`) read as Helm printed them.
    let text = &ctx.lines_around(hits[0], 0, 4).replace("\\\"", "\"");
    // Whole-paste answers, read once per paste.
    let cli = ctx.cached("helm-cli", || paste_helm_cli(ctx));
    let named = ctx.cached("helm-release", || paste_release_name(ctx));
    let release = terraform_release_id(&ctx.lines_around(hits[0], 3, 0))
        .or_else(|| release_name(text))
        .or_else(|| (*named).clone())
        .or_else(|| cli.as_ref().as_ref().map(|(r, _, _)| r.clone()));
    let mut finding = info.finding(lines);
    if info.name.is_some() {
        finding = finding.variant("extension");
    } else {
        finding.subject = release
            .clone()
            .unwrap_or_else(|| UNNAMED_RELEASE.to_string());
        finding = finding.variant("helm");
    }
    let release_ns = info
        .release_ns
        .clone()
        .or_else(|| cli.as_ref().clone().and_then(|(_, ns, _)| ns))
        // helm-operator's logfmt: `release=tidal targetNamespace=default`.
        .or_else(|| word_after(text, "targetNamespace="));
    // The chart of the command line, when it installs this release.
    let chart = cli
        .as_ref()
        .as_ref()
        .filter(|(r, _, _)| release.as_ref() == Some(r))
        .and_then(|(_, _, chart)| chart.clone());
    finding
        .maybe("release", release.or(info.name))
        .maybe("release_ns", release_ns)
        .maybe("chart", chart)
}

/// The job a Helm `--debug` log last reported on (`[debug] migrate-db:
/// Jobs active: 1, jobs failed: 1`).
fn debug_job(text: &str) -> Option<&str> {
    let at = text.rfind(": Jobs active:")?;
    let name = text[..at].rsplit([' ', '\t', '\n']).next()?;
    is_release_shaped(name).then_some(name)
}

/// Helm 4's words for what it waited for: `resource not ready, name:
/// topology-migration, kind: Job, status: InProgress`.
const HELM4_NOT_READY: &str = "resource not ready, name: ";

/// The resource a Helm wait names as not ready: its kind (when named),
/// namespace (when named) and name. Helm 3's `Deployment is not ready:
/// kube-system/ama-metrics.`, Helm 4's [`HELM4_NOT_READY`], the extension
/// service's `Last resource not ready was flux-system/fluxconfig-controller`.
fn not_ready_resource(text: &str) -> Option<(Option<&str>, Option<&str>, &str)> {
    fn split_object(object: &str) -> Option<(&str, &str)> {
        let (ns, name) = object
            .split_ascii_whitespace()
            .next()?
            .trim_end_matches(['.', ',', ':'])
            .split_once('/')?;
        (is_object_name(ns) && is_object_name(name)).then_some((ns, name))
    }
    if let Some(at) = crate::facts::find_ci(text, HELM4_NOT_READY) {
        let (name, rest) = text[at + HELM4_NOT_READY.len()..].split_once(", kind: ")?;
        let kind = rest.split(',').next()?;
        return is_object_name(name).then_some((
            Some(kind).filter(|k| is_object_name(k)),
            None,
            name,
        ));
    }
    if let Some(at) = crate::facts::find_ci(text, "resource not ready was ") {
        let (ns, name) = split_object(&text[at + "resource not ready was ".len()..])?;
        return Some((None, Some(ns), name));
    }
    let at = text.find(" is not ready: ")?;
    // A kind is CamelCase; a line glued to the one before may run into it
    // (`…completed stateDeployment is not ready`).
    let word = text[..at]
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()?;
    let kind = &word[word.find(|c: char| c.is_ascii_uppercase())?..];
    let (ns, name) = split_object(&text[at + " is not ready: ".len()..])?;
    Some((Some(kind), Some(ns), name))
}

/// True when, after the last of `hits`, the paste shows the release of
/// `finding` (or, when it has none, any release) `deployed`: a later
/// `helm upgrade --install` went through, and the time-out is history.
fn deployed_later(ctx: &Ctx<'_>, hits: &[&Hit], finding: &Finding) -> bool {
    let after = hits.iter().map(|h| h.lines.end).max().unwrap_or(0);
    let release = finding
        .values
        .iter()
        .find(|(key, _)| *key == "release")
        .map(|(_, name)| name.as_str());
    ctx.facts.helm_releases.iter().any(|r| {
        r.line >= after
            && r.status.eq_ignore_ascii_case("deployed")
            && release.is_none_or(|name| name == r.name)
    })
}

/// Where a paste names its Helm release: the `helm` command lines and the
/// messages' markers (see [`helm_cli`] and [`release_name`]).
pub const RELEASE_WORDS: &[&str] = &[
    "helm upgrade ",
    "helm install ",
    "for release",
    "release ",
    "HelmRelease",
];

/// Most bytes of a command line or message read after its marker.
const AFTER_MARKER_BYTES: usize = 2048;

/// The release, namespace and chart of the last `helm upgrade`/`helm install`
/// line of the paste (see [`helm_cli`]).
fn paste_helm_cli(ctx: &Ctx<'_>) -> Option<(String, Option<String>, Option<String>)> {
    let last = RELEASE_WORDS[..2]
        .iter()
        .filter_map(|phrase| ctx.phrase_hits(phrase).last())
        .max_by_key(|hit| hit.span.start)?;
    helm_cli(&ctx.near(last, 0, AFTER_MARKER_BYTES))
}

/// The release the paste's messages name (see [`release_name`]), read at
/// the first place of each marker in turn.
fn paste_release_name(ctx: &Ctx<'_>) -> Option<String> {
    RELEASE_WORDS[2..].iter().find_map(|phrase| {
        let first = ctx.phrase_hits(phrase).next()?;
        release_name(&ctx.near(first, 0, AFTER_MARKER_BYTES))
    })
}

const HELM_VALUE_FLAGS: &[&str] = &[
    "-n",
    "--namespace",
    "-f",
    "--values",
    "--set",
    "--set-string",
    "--set-file",
    "--version",
    "--timeout",
    "--kube-context",
    "--kubeconfig",
    "--repo",
    "--description",
    "-o",
    "--output",
    "--post-renderer",
];

/// The release, namespace and chart of the last `helm install|upgrade` line
/// of the paste.
fn helm_cli(text: &str) -> Option<(String, Option<String>, Option<String>)> {
    let at = ["helm upgrade ", "helm install "]
        .iter()
        .filter_map(|p| find_all_ci(text, p).last().map(|a| a + p.len()))
        .max()?;
    // A command quoted inline (`` `helm upgrade …` gives ``) ends at its backtick.
    let command = text[at..].split('`').next().unwrap_or_default();
    let words: Vec<&str> = command.split_ascii_whitespace().take(24).collect();
    let mut release = None;
    let mut namespace = None;
    let mut chart = None;
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        if let Some(ns) = word.strip_prefix("--namespace=") {
            namespace = Some(ns.to_string());
        } else if let Some(name) = word.strip_prefix("--name=") {
            // Helm 2: `helm install stable/chart --name=release`.
            release = Some(name.to_string());
        } else if word == "--name" {
            release = words.get(i + 1).map(|w| w.to_string());
            i += 1;
        } else if HELM_VALUE_FLAGS.contains(&word) {
            if word == "-n" || word == "--namespace" {
                namespace = words.get(i + 1).map(|w| w.to_string());
            }
            i += 1;
        } else if word.starts_with("Error") || word.ends_with('$') || word.ends_with('>') {
            // The output (or the next prompt) starts: the command line is over.
            break;
        } else if !word.starts_with('-') && release.is_none() {
            // Helm 2 names the chart first (`stable/spinnaker`), its release
            // with `--name`.
            if word.contains('/') {
                chart = Some(word);
                i += 1;
                continue;
            }
            // `We run helm upgrade in our pipeline`: prose, not a command.
            if !is_release_shaped(word) {
                break;
            }
            release = Some(word.to_string());
        } else if !word.starts_with('-') && chart.is_none() {
            // Helm 3: `helm install NAME CHART`.
            chart = Some(word);
        }
        i += 1;
    }
    release.map(|r| (r, namespace, chart.map(String::from)))
}

/// The release Terraform (or OpenTofu) was changing when a `helm_release`
/// failed: its ID is the release's name (`module.cache.helm_release.redis:
/// Modifying... [id=redis-9a3d]`), where the resource's own name (`redis`)
/// is only Terraform's.
fn terraform_release_id(text: &str) -> Option<String> {
    text.lines()
        .filter(|line| line.contains("helm_release."))
        .find_map(|line| between(line, "[id", '=', ']'))
        .filter(|id| is_release_shaped(id))
}

/// True for a word that can be a release name (lower-case letters, digits,
/// `-` and `.`) and is not one of the short English words that follow
/// `helm upgrade` or `for release` in prose (`waiting for release to finish`).
fn is_release_shaped(word: &str) -> bool {
    const PROSE: &[&str] = &[
        "a", "an", "the", "to", "in", "on", "of", "for", "from", "with", "and", "or", "but", "is",
        "was", "are", "be", "it", "its", "that", "this", "then", "again", "after", "before",
        "fails", "failed", "command", "now", "not", "still", "works", "worked", "hangs", "keeps",
    ];
    !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        && !PROSE.contains(&word)
}

/// The release a Helm or extension message names: `release [x]`,
/// `release x failed`, or a Flux `"name":"x"` next to a HelmRelease.
fn release_name(text: &str) -> Option<String> {
    // Helm's ownership check names the release it installs:
    // `"meta.helm.sh/release-name": must be set to "demo"` (Helm 3.2 on),
    // `key "meta.helm.sh/release-name" must equal "demo": current value is …`.
    let owner = [
        "meta.helm.sh/release-name\": must be set to ",
        "meta.helm.sh/release-name\" must equal ",
    ]
    .iter()
    .find_map(|marker| between(text, marker, '"', '"').filter(|name| is_release_shaped(name)));
    if owner.is_some() {
        return owner;
    }
    // `… for release [name]`: the bracket must follow the words, not be some
    // later `[debug]` log prefix.
    if let Some(at) = crate::facts::find_ci(text, "for release") {
        let rest = text[at + "for release".len()..].trim_start();
        if let Some(name) = rest
            .strip_prefix('[')
            .and_then(|r| r.split(']').next())
            .filter(|n| !n.is_empty())
        {
            return Some(name.to_string());
        }
        // `getting history for release shortlink-api`: a release-shaped word;
        // Flux's `Helm install failed for release flux-system/podinfo`.
        let word = rest
            .split_ascii_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches([',', '.', ':']);
        let word = match word.split_once('/') {
            Some((namespace, name)) if is_release_shaped(namespace) => name,
            _ => word,
        };
        if is_release_shaped(word) {
            return Some(word.to_string());
        }
    }
    // `release tidal failed`, wherever the words `release ` first precede it;
    // Helm's debug log's `warning: Upgrade "datahub" failed`.
    let lower = text.to_ascii_lowercase();
    let markers = ["release ", "upgrade \""];
    for (at, marker) in markers.iter().flat_map(|m| lower.match_indices(m)) {
        let Some(word) = text[at + marker.len()..].split_ascii_whitespace().next() else {
            continue;
        };
        let rest = &text[at + marker.len() + word.len()..];
        if rest
            .trim_start()
            .get(..6)
            .is_some_and(|w| w.eq_ignore_ascii_case("failed"))
        {
            return Some(
                word.trim_matches(|c: char| "\"'[],".contains(c))
                    .to_string(),
            );
        }
    }
    if contains_ci(text, "HelmRelease") {
        return between(text, "\"name\":", '"', '"');
    }
    // Terraform's `in resource "helm_release" "nginx"` or `with
    // helm_release.nginx[0],` (a label that Helm would not take as a release
    // name, such as `prometheus_operator`, is not the release's), then a
    // log's `release=tidal` (helm-operator's logfmt).
    between(text, "\"helm_release\"", '"', '"')
        .or_else(|| word_after(text, "helm_release."))
        .and_then(|label| {
            label
                .split('[')
                .next()
                .filter(|label| is_release_shaped(label))
                .map(str::to_string)
        })
        .or_else(|| word_after(text, " release=").filter(|w| !w.contains('=')))
        .filter(|name| !name.is_empty())
}

#[cfg(test)]
mod tests {
    use crate::report::FindingReport;
    use crate::rules::fixtures;

    /// The first finding `id` of `tests/fixtures/helm/<fixture>`.
    fn finding(fixture: &str, id: &str) -> FindingReport {
        fixtures::finding(&format!("helm/{fixture}"), id)
    }

    #[test]
    fn a_template_reading_a_value_that_is_not_set_is_named_with_its_chart() {
        let found = finding(
            "render-failed/match-real-nil-pointer-values.txt",
            "helm/render-failed",
        );
        assert_eq!(found.sub_causes, ["helm", "nil"]);
        assert!(
            found
                .cause
                .contains("`.Values.deployment.env.DEFAULT_MODEL_HG_REPO_ID`"),
            "{}",
            found.cause
        );
        assert!(
            found
                .commands
                .iter()
                .any(|c| c == "helm show values ialacol/ialacol"),
            "{:?}",
            found.commands
        );
        // Flux names the release as namespace/name.
        let flux = finding(
            "render-failed/match-real-flux-nil-pointer-wrapped.txt",
            "helm/render-failed",
        );
        assert_eq!(flux.subject, "metal3");
        assert!(flux.cause.contains("`.Chart.Name`"), "{}", flux.cause);
    }

    #[test]
    fn terraform_names_the_release_helm_debug_the_job_and_a_chart_ref_its_chart() {
        let tofu = finding(
            "operation-in-progress/match-real-opentofu-release-id.txt",
            "helm/operation-in-progress",
        );
        assert_eq!(tofu.subject, "redis-9a3d");
        assert_eq!(
            super::terraform_release_id("helm_release.web: Creating... [id=Web!]"),
            None
        );
        let chart = finding(
            "chart-download-failed/match-real-gha-hint-link-around.txt",
            "helm/chart-download-failed",
        );
        assert_eq!(chart.subject, "xxxx");
        let job = finding(
            "resource-readiness-timeout/match-real-debug-pre-install-job.txt",
            "helm/resource-readiness-timeout",
        );
        assert!(
            job.commands
                .iter()
                .any(|c| c.starts_with("kubectl describe job/name-service ")),
            "{:?}",
            job.commands
        );
        assert_eq!(
            super::debug_job("x\nclient.go:506: [debug] a b: Jobs active: 1"),
            Some("b")
        );
    }

    #[test]
    fn a_release_that_ran_out_of_its_deadline_timed_out() {
        const ID: &str = "helm/resource-readiness-timeout";
        let atomic = finding(
            "resource-readiness-timeout/match-real-atomic-context-deadline.txt",
            ID,
        );
        assert_eq!(atomic.subject, "azure-arc-containerstorage");
        let flux = finding(
            "resource-readiness-timeout/match-real-flux-helmrelease-context-deadline.txt",
            ID,
        );
        assert_eq!(flux.subject, "nginx-ingress-controller");
        let request = crate::diagnose("Error: INSTALLATION FAILED: failed to do request: Head \"https://r.io/v2/c\": context deadline exceeded\n");
        assert!(request.findings.iter().all(|f| f.id != ID));
        // A hook's wait, in Rancher Fleet's words; not a client's own wait.
        let hooks = finding(
            "resource-readiness-timeout/match-real-fleet-hooks-context-deadline.txt",
            ID,
        );
        assert!(hooks
            .evidence
            .iter()
            .any(|e| e.text.contains("hooks failed: context deadline")));
        let client = fixtures::report(
            "helm/resource-readiness-timeout/near-miss-real-flux-client-rate-limiter.txt",
        );
        assert!(client.findings.iter().all(|f| f.id != ID));
    }

    #[test]
    fn a_controller_that_could_not_create_its_pods_is_what_helm_waited_for() {
        let found = finding(
            "resource-readiness-timeout/match-real-hook-job-failedcreate-serviceaccount.txt",
            "helm/resource-readiness-timeout",
        );
        assert!(found
            .evidence
            .iter()
            .any(|e| e.text.contains("FailedCreate")));
        assert!(found.commands.iter().any(|c| c
            == "kubectl describe job/seaweedfs-operator-create-webhook-certificates -n seaweedfs"));
        // An event of another namespace is not the release's.
        let other = crate::diagnose(
            "$ helm install web ./web -n shop\nError: INSTALLATION FAILED: timed out waiting for the condition\n\
             $ kubectl get events -A\nNAMESPACE LAST SEEN TYPE REASON OBJECT MESSAGE\n\
             batch 1m Warning FailedCreate job/nightly Error creating: pods \"nightly-\" is forbidden: exceeded quota: compute\n",
        );
        let timeout = other
            .findings
            .iter()
            .find(|f| f.id == "helm/resource-readiness-timeout")
            .expect("time-out");
        assert!(
            timeout.commands.iter().all(|c| !c.contains("job/nightly")),
            "{:?}",
            timeout.commands
        );
    }

    #[test]
    fn what_helm_waited_for_goes_into_the_commands() {
        let found = finding(
            "resource-readiness-timeout/match-real-extension-deployment-not-ready.txt",
            "helm/resource-readiness-timeout",
        );
        assert!(
            found.sub_causes.iter().any(|s| s == "waited"),
            "{:?}",
            found.sub_causes
        );
        assert!(
            found
                .commands
                .iter()
                .any(|c| c == "kubectl describe deployment/ama-metrics -n kube-system"),
            "{:?}",
            found.commands
        );
        // Helm 4 names the hook job; the extension service the namespace.
        let helm4 = crate::rules::fixtures::finding(
            "helm/resource-readiness-timeout/match-real-helm4-hook-not-ready.txt",
            "helm/resource-readiness-timeout",
        );
        assert!(helm4
            .commands
            .iter()
            .any(|c| c.starts_with("kubectl describe job/topology-migration ")));
        let extension = crate::rules::fixtures::finding(
            "helm/resource-readiness-timeout/match-real-extension-last-resource-not-ready.txt",
            "helm/resource-readiness-timeout",
        );
        assert!(extension
            .commands
            .iter()
            .any(|c| c == "kubectl get pods,jobs -n flux-system"));
        assert_eq!(
            super::not_ready_resource("StatefulSet is not ready: db/pg. 0 out of 3"),
            Some((Some("StatefulSet"), Some("db"), "pg"))
        );
        assert_eq!(
            super::not_ready_resource(
                "hooks failed: resource not ready, name: migrate, kind: Job, status: InProgress"
            ),
            Some((Some("Job"), None, "migrate"))
        );
        assert_eq!(
            super::not_ready_resource(
                "state Last resource not ready was flux-system/fluxconfig-controller InnerError"
            ),
            Some((None, Some("flux-system"), "fluxconfig-controller"))
        );
        assert_eq!(
            super::not_ready_resource("the node is not ready: maybe"),
            None
        );
    }

    #[test]
    fn the_ownership_check_names_the_release_being_installed() {
        let script = finding(
            "resource-exists/match-real-install-script-ownership-names-release.txt",
            "helm/resource-exists",
        );
        assert_eq!(script.subject, "demo");
        let wrapped = finding(
            "resource-exists/match-real-upgrade-adopt-wrapped.txt",
            "helm/resource-exists",
        );
        assert_eq!(wrapped.subject, "airflow-staging");
        // Also in a JSON log, its quotes escaped.
        let operator = finding(
            "resource-exists/match-real-operator-json-log-escaped.txt",
            "helm/resource-exists",
        );
        assert_eq!(operator.subject, "k8smediaserver");
    }

    #[test]
    fn a_failed_hook_job_is_not_a_time_out() {
        const ID: &str = "helm/resource-readiness-timeout";
        let hook = crate::rules::fixtures::finding(
            "helm/resource-readiness-timeout/match-real-post-upgrade-hook-backofflimit.txt",
            ID,
        );
        assert!(
            hook.sub_causes.iter().any(|s| s == "job")
                && !hook.sub_causes.iter().any(|s| s == "timeout"),
            "{:?}",
            hook.sub_causes
        );
        assert!(!hook.cause.contains("time-out"), "{}", hook.cause);
        let waited = crate::rules::fixtures::finding(
            "helm/resource-readiness-timeout/match-real-terraform-helm-release.txt",
            ID,
        );
        assert!(
            waited.sub_causes.iter().any(|s| s == "timeout"),
            "{:?}",
            waited.sub_causes
        );
    }

    #[test]
    fn a_terraform_label_is_the_release_only_when_helm_would_take_it() {
        let name = |text| super::release_name(text);
        assert_eq!(
            name("with helm_release.redis[0],"),
            Some("redis".to_string())
        );
        assert_eq!(name("with helm_release.prometheus_operator[0],"), None);
        assert_eq!(
            name("in resource \"helm_release\" \"ingress-nginx\":"),
            Some("ingress-nginx".to_string())
        );
    }

    #[test]
    fn newer_helm_names_the_hook_job_that_failed() {
        assert_eq!(
            super::failed_job("Error: job failed: BackoffLimitExceeded"),
            Some(None)
        );
        assert_eq!(
            super::failed_job("* job migrate-db failed: BackoffLimitExceeded"),
            Some(Some("migrate-db".to_string()))
        );
        assert_eq!(
            super::failed_job("task \"e2e\" failed: BackoffLimitExceeded"),
            None
        );
        let found = finding(
            "resource-readiness-timeout/match-real-rancher-hook-job-named.txt",
            "helm/resource-readiness-timeout",
        );
        assert_eq!(found.subject, "longhorn");
        assert!(
            found.commands.contains(
                &"kubectl describe job/longhorn-pre-upgrade -n longhorn-system".to_string()
            ),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn an_inline_command_ends_at_its_backtick() {
        let found = finding(
            "operation-in-progress/match-real-inline-command-unnamed.txt",
            "helm/operation-in-progress",
        );
        assert!(!found.subject.contains("gives"), "{}", found.subject);
        assert!(
            found.commands.iter().all(|c| !c.contains("gives")),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn a_resource_without_a_kind_or_name_gives_no_kubectl_command() {
        let found = finding(
            "resource-exists/match-real-resource-name-empty.txt",
            "helm/resource-exists",
        );
        assert!(
            found.commands.iter().all(|c| !c.contains("could")),
            "{:?}",
            found.commands
        );
        assert!(
            !found.sub_causes.iter().any(|c| c == "named"),
            "{:?}",
            found.sub_causes
        );
    }

    #[test]
    fn a_conflicting_crd_is_never_offered_for_deletion() {
        let found = finding(
            "resource-exists/match-real-crd-owned-by-other-release.txt",
            "helm/resource-exists",
        );
        assert!(
            found.sub_causes.contains(&"crd".to_string()),
            "{:?}",
            found.sub_causes
        );
        assert!(
            found
                .commands
                .iter()
                .all(|c| !c.starts_with("kubectl delete")),
            "{:?}",
            found.commands
        );
        assert!(found
            .fix
            .iter()
            .any(|f| f.contains("every object of its kind")));
    }

    #[test]
    fn helm_3_0s_conflict_fields_name_the_resource() {
        let found = finding(
            "resource-exists/match-real-helm-3-0-conflict-fields.txt",
            "helm/resource-exists",
        );
        assert!(
            found
                .commands
                .iter()
                .any(|c| c == "kubectl get service helm_name -n name_space -o yaml"),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn an_unowned_resource_can_be_adopted_with_the_metadata_helm_asks_for() {
        const ID: &str = "helm/resource-exists";
        let wrapped = finding("resource-exists/match-real-upgrade-adopt-wrapped.txt", ID);
        assert!(wrapped.commands.contains(
            &"kubectl annotate ingress airflow-staging-airflow-ingress -n airflow-staging \
              meta.helm.sh/release-name=airflow-staging meta.helm.sh/release-namespace=airflow-staging"
                .to_string()
        ));
        // A cluster-scoped object: no namespace flag.
        let namespace = finding("resource-exists/match-real-namespace-adopt.txt", ID);
        assert!(namespace.commands.contains(
            &"kubectl label namespace karpor app.kubernetes.io/managed-by=Helm".to_string()
        ));
        // Owned by another release: moving it is not offered.
        let owned = finding("resource-exists/match-extension-messy.txt", ID);
        assert!(!owned.sub_causes.contains(&"adopt".to_string()));
        assert!(owned.sub_causes.contains(&"other-release".to_string()));
        // Only the release-name key's current value is a release; the
        // release-namespace key's is a namespace.
        let namespace = finding(
            "resource-exists/match-real-release-namespace-mismatch.txt",
            ID,
        );
        assert_eq!(namespace.sub_causes, ["helm", "named", "crd"]);
        assert!(
            !namespace.cause.contains("cluster-cmd-e2e"),
            "{}",
            namespace.cause
        );
    }

    #[test]
    fn masked_names_give_no_command() {
        let found = finding(
            "resource-exists/match-real-masked-names.txt",
            "helm/resource-exists",
        );
        assert!(
            found.commands.iter().all(|c| !c.contains('*')),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn prose_words_are_not_releases() {
        for (fixture, subject) in [
            ("match-real-trying-to-run.txt", "coder"),
            ("match-real-prose-helm-upgrade.txt", "Helm release"),
        ] {
            let found = finding(
                &format!("operation-in-progress/{fixture}"),
                "helm/operation-in-progress",
            );
            assert_eq!(found.subject, subject, "{fixture}");
        }
        let error =
            "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress\n";
        for paste in [
            format!("We run helm upgrade in our pipeline every night.\n{error}"),
            format!("{error}I keep waiting for release to finish, nothing happens.\n"),
        ] {
            let report = crate::diagnose(&paste);
            assert_eq!(report.findings[0].subject, "Helm release", "{paste}");
        }
    }

    #[test]
    fn the_command_line_names_the_release_in_helm_2_and_3() {
        let some = |release: &str, ns: Option<&str>, chart: &str| {
            Some((
                release.to_string(),
                ns.map(String::from),
                Some(chart.to_string()),
            ))
        };
        for (line, expected) in [
            (
                "helm install stable/spinnaker --name=spinnaker --namespace=spinnaker -f v.yml",
                some("spinnaker", Some("spinnaker"), "stable/spinnaker"),
            ),
            (
                "helm install ./chart --name web -n shop",
                some("web", Some("shop"), "./chart"),
            ),
            (
                "helm upgrade web ./chart -n shop",
                some("web", Some("shop"), "./chart"),
            ),
            (
                "helm install llama-2-7b-chat ialacol/ialacol",
                some("llama-2-7b-chat", None, "ialacol/ialacol"),
            ),
            ("helm install stable/redis", None),
        ] {
            assert_eq!(super::helm_cli(line), expected, "{line}");
        }
    }

    #[test]
    fn releases_are_named_from_terraform_and_helm_operator_logs() {
        let terraform = finding(
            "resource-readiness-timeout/match-real-terraform-helm-release.txt",
            "helm/resource-readiness-timeout",
        );
        assert_eq!(terraform.subject, "nginx");
        let logfmt = finding(
            "resource-readiness-timeout/match-real-helm-operator-logfmt.txt",
            "helm/resource-readiness-timeout",
        );
        assert_eq!(logfmt.subject, "tidal");
        // Helm's debug log: `warning: Upgrade "datahub" failed: …`.
        let debug = finding(
            "resource-readiness-timeout/match-real-debug-upgrade-quoted-release.txt",
            "helm/resource-readiness-timeout",
        );
        assert_eq!(debug.subject, "datahub");
        assert!(
            logfmt.commands.iter().any(|c| c.contains("-n default")),
            "{:?}",
            logfmt.commands
        );
    }

    #[test]
    fn a_history_stuck_in_a_pending_revision_rolls_back_to_the_last_deployed_one() {
        for (fixture, release, command) in [
            (
                "match-history-pending-rollback.txt",
                "dpn",
                "helm rollback dpn 38 -n dpn",
            ),
            (
                "match-history-pending-upgrade-ci-collapsed-crlf.txt",
                "coder",
                "helm rollback coder 12 -n coder",
            ),
        ] {
            let found = finding(
                &format!("operation-in-progress/{fixture}"),
                "helm/operation-in-progress",
            );
            assert_eq!(found.subject, release, "{fixture}");
            assert_eq!(
                found.sub_causes,
                ["helm", "pending", "rollback"],
                "{fixture}"
            );
            assert!(
                found.commands.iter().any(|c| c == command),
                "{:?}",
                found.commands
            );
        }
    }

    #[test]
    fn the_helm_clis_own_download_failures_are_told_from_the_clusters() {
        for (fixture, subject, sub_causes) in [
            (
                "match-real-oci-anonymous-token-403.txt",
                "logging-operator",
                &["helm", "cli", "refused", "oci"][..],
            ),
            (
                "match-real-repo-add-timeout-crlf.txt",
                "charts.apiseven.com",
                &["helm", "cli", "timeout"][..],
            ),
            // No network error: a chart the added repositories do not resolve.
            (
                "match-real-grep-failed-to-download-hint.txt",
                "apphub/istio",
                &["helm", "chart-ref"][..],
            ),
        ] {
            let found = finding(
                &format!("chart-download-failed/{fixture}"),
                "helm/chart-download-failed",
            );
            assert_eq!(found.subject, subject, "{fixture}");
            assert_eq!(found.sub_causes, sub_causes, "{fixture}");
            // This machine downloads, not the cluster.
            assert!(
                found.commands.iter().all(|c| !c.starts_with("kubectl")),
                "{:?}",
                found.commands
            );
        }
        let extension = finding(
            "chart-download-failed/match-extension-create.txt",
            "helm/chart-download-failed",
        );
        assert!(extension.sub_causes.contains(&"cluster".to_string()));
    }

    #[test]
    fn a_charts_message_is_quoted_whole_from_the_line_after_helms() {
        for (fixture, message) in [
            (
                "match-real-message-on-next-line.txt",
                "PASSWORDS ERROR: The secret \"ymir-clickhouse\" does not contain the key \"admin-password\"",
            ),
            ("match-upgrade-failed-wrapped-crlf.txt", "auth.jwksUrl is required when auth.enabled is true"),
        ] {
            let found = finding(&format!("render-failed/{fixture}"), "helm/render-failed");
            assert!(found.cause.contains(&format!("(\"{message}\")")), "{}", found.cause);
            assert_eq!(found.evidence.len(), 2, "{fixture}");
        }
    }
}
