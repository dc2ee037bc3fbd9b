//! `sc/` — Service Connector on AKS (seed 002): connection errors from the
//! Azure side, the `sc-extension` cluster extension and its `sc-job`, and
//! the Kubernetes resources a deleted connection leaves behind.

use super::ext::{command_flag, failed_extensions, glue_after_slash, ExtInfo};
use super::{between, Ctx, Diagnosis, Finding, Link, Severity};
use crate::facts::{contains_ci, Job};
use crate::parse::id_part;
use crate::search::Hit;
use crate::sort::sort_positions;

/// Every `sc/` diagnosis, in catalogue order.
pub const ALL: &[&Diagnosis] = &[
    &CONFLICT,
    &PERMISSION_DENIED,
    &PROVIDER_NOT_REGISTERED,
    &EXTENSION_FAILED,
    &JOB_FAILED,
    &LEFTOVER_RESOURCES,
];

/// The resource provider of cluster extensions.
const PROVIDER: &str = "Microsoft.KubernetesConfiguration";

/// Phrases of the missing registration of [`PROVIDER`].
const NOT_REGISTERED: &[&str] = &[
    "not registered to use namespace",
    "MissingSubscriptionRegistration",
    "provider has not been registered",
];

/// Azure answered 409 Conflict to a connection or extension operation.
pub const CONFLICT: Diagnosis = Diagnosis {
    id: "sc/conflict",
    severity: Severity::Error,
    source: seed!("002 — 충돌 (Operation returned an invalid status code: Conflict)"),
    triggers: &[
        "Operation returned an invalid status code: Conflict",
        "Operation returned an invalid status code 'Conflict'",
        "(Conflict)",
        "Code: Conflict",
        "conflicting operation in progress",
    ],
    explains: &[],
    check: |ctx, out| {
        let az = ctx.facts.commands.iter().any(|c| c.text.starts_with("az "))
            || ctx.mentions("ERROR: (");
        let hits: Vec<&Hit> = ctx
            .hits
            .iter()
            .filter(|(trigger, hit)| {
                let around = &ctx.lines_around(hit, 1, 2);
                // The missing registration is sc/provider-not-registered, even when wrapped in a 409.
                if NOT_REGISTERED.iter().any(|p| contains_ci(around, p)) {
                    return false;
                }
                // A bare `(Conflict)` is also kubectl's; only Azure's error
                // layout counts: after an `az` command, or in the extension
                // service's `Request failed to https://management.azure.com/…
                // Error code: Conflict. Reason: Conflict.`
                let bare = matches!(
                    ctx.diagnosis.triggers[*trigger],
                    "(Conflict)" | "Code: Conflict"
                );
                if !bare {
                    return true;
                }
                let before = &ctx.lines_around(hit, 1, 0);
                let arm = contains_ci(before, "management.azure.com")
                    && contains_ci(&ctx.text_from(hit, 0), "Reason: Conflict");
                (az || arm) && !contains_ci(before, "Error from server")
            })
            .map(|(_, h)| *h)
            .collect();
        if hits.is_empty() {
            return;
        }
        let (cluster, rg) = aks_cluster(ctx);
        let mut finding =
            Finding::new(cluster.clone().unwrap_or_else(|| "AKS cluster".to_string()))
                .lines(hits.iter().flat_map(|h| h.lines.clone()))
                .maybe("cluster", cluster)
                .maybe("rg", rg);
        if !ctx
            .lines_hit("conflicting operation in progress")
            .is_empty()
        {
            finding = finding
                .variant("in-progress")
                .maybe("extension", ExtInfo::read(ctx).name);
        }
        let mut updating: Vec<usize> = ctx
            .phrase_hits(STATE_WORDS[0])
            .map(|hit| hit.lines.start)
            .collect();
        updating.dedup();
        let updating = updating.into_iter().filter(|&l| {
            let line = ctx.doc.line(l).trim();
            line == "Updating" || contains_ci(line, "\"provisioningState\": \"Updating\"")
        });
        for line in updating {
            finding = finding.line(line).variant("updating");
        }
        out.push(finding);
    },
};

/// A provisioning state that a conflicting operation leaves behind.
pub const STATE_WORDS: &[&str] = &["Updating"];

/// Words that tie a paste to Service Connector.
pub const CONNECTION_WORDS: &[&str] = &[
    "connection create",
    "connection update",
    "ServiceLinker",
    "Service Connector",
];

/// The AKS cluster and resource group of the paste's `az aks` commands or resource IDs.
fn aks_cluster(ctx: &Ctx<'_>) -> (Option<String>, Option<String>) {
    let ids = ctx.azure_ids();
    let from_ids = |marker: &str| ids.iter().find_map(|id| id_part(id, marker));
    let cluster = command_flag(ctx, "az aks", &["--name", "-n"])
        .or_else(|| from_ids("managedClusters"))
        .or_else(|| ExtInfo::read(ctx).cluster);
    let rg = command_flag(ctx, "az aks", &["--resource-group", "-g"])
        .or_else(|| from_ids("resourceGroups"))
        .or_else(|| ExtInfo::read(ctx).rg);
    (cluster, rg)
}

/// The signed-in identity lacks a permission on a resource the connection needs.
pub const PERMISSION_DENIED: Diagnosis = Diagnosis {
    id: "sc/permission-denied",
    severity: Severity::Error,
    source: seed!("002 — 권한 없는 리소스 액세스"),
    triggers: &[
        "If access was recently granted, please refresh your credentials",
        "You do not have permission to perform",
        "does not have authorization to perform action",
    ],
    explains: &[],
    check: |ctx, out| {
        let refresh: Vec<&Hit> = ctx.hits_of(0).collect();
        if refresh.is_empty() {
            return;
        }
        let start = ctx
            .hits
            .iter()
            .filter(|(t, _)| *t > 0)
            .map(|(_, h)| *h)
            .next()
            .unwrap_or(refresh[0]);
        let text = glue_after_slash(
            &ctx.entry_text(start.lines.start..refresh[0].lines.end)
                .replace("\\'", "'"),
        );
        let action = between(&text, "permission to perform", '\'', '\'')
            .or_else(|| between(&text, "authorization to perform action", '\'', '\''));
        let resource = between(&text, "on resource", '\'', '\'')
            .or_else(|| between(&text, "over scope", '\'', '\''));
        let client = between(&text, "The client", '\'', '\'');
        let mut finding = Finding::new(
            resource
                .clone()
                .unwrap_or_else(|| "Azure resource".to_string()),
        )
        .lines(start.lines.start..refresh[0].lines.end)
        .maybe("action", action)
        .maybe("resource", resource)
        .value(
            "assignee",
            client.unwrap_or_else(|| "$(az ad signed-in-user show --query id -o tsv)".to_string()),
        );
        if CONNECTION_WORDS.iter().any(|w| ctx.mentions(w)) {
            finding = finding.variant("service-connector");
        }
        out.push(finding);
    },
};

/// The subscription has not registered the cluster-extension provider.
pub const PROVIDER_NOT_REGISTERED: Diagnosis = Diagnosis {
    id: "sc/provider-not-registered",
    severity: Severity::Error,
    source: seed!("002 — 누락된 구독 등록"),
    triggers: &[
        "not registered to use namespace",
        "MissingSubscriptionRegistration",
        "NotRegistered",
        // The k8s-extension CLI's own check: `'Extensions' cannot be used
        // because 'Microsoft.KubernetesConfiguration' provider has not been registered.`
        "provider has not been registered",
    ],
    explains: &[
        ("sc/conflict", Link::AnySubject),
        ("ext/extension-failed", Link::AnySubject),
        ("sc/extension-failed", Link::AnySubject),
    ],
    check: |ctx, out| {
        let mut lines = Vec::new();
        for hit in ctx.hits_of(0) {
            let after = &ctx.text_from(hit, 1);
            let namespace = after.get(..after.len().min(80)).unwrap_or(after);
            if contains_ci(namespace, PROVIDER) {
                lines.extend(hit.lines.clone());
            }
        }
        for hit in ctx.hits_of(1) {
            if contains_ci(&ctx.lines_around(hit, 0, 2), PROVIDER) && !lines.is_empty() {
                lines.extend(hit.lines.clone());
            }
        }
        for hit in ctx.hits_of(3) {
            if contains_ci(&ctx.lines_around(hit, 1, 0), PROVIDER) {
                lines.extend(hit.lines.clone());
            }
        }
        if lines.is_empty() {
            return;
        }
        // `az provider show … --query registrationState` answering NotRegistered.
        lines.extend(
            ctx.hits_of(2)
                .filter(|h| ctx.entry_text(h.lines.clone()).trim() == "NotRegistered")
                .flat_map(|h| h.lines.clone()),
        );
        let subscription = ctx
            .azure_ids()
            .to_vec()
            .iter()
            .find_map(|id| id_part(id, "subscriptions"));
        out.push(
            Finding::new(PROVIDER)
                .lines(lines)
                .maybe("subscription", subscription),
        );
    },
};

/// Service Connector's `sc-extension` failed to install or update.
pub const EXTENSION_FAILED: Diagnosis = Diagnosis {
    id: "sc/extension-failed",
    severity: Severity::Error,
    source: seed!("002 — 서비스 커넥터 Kubernetes 확장 확인; Kubernetes 클러스터 로그 확인"),
    triggers: &["sc-extension"],
    explains: &[("ext/extension-failed", Link::SameSubject)],
    check: |ctx, out| {
        for failed in failed_extensions(ctx)
            .iter()
            .filter(|f| f.is_service_connector())
        {
            let mut finding = failed.finding();
            if let Some(line) = empty_listing(ctx, "helm list", "NAME") {
                finding = finding.line(line).variant("no-release");
            }
            if failed
                .message
                .as_deref()
                .is_some_and(|m| contains_ci(m, "BackoffLimitExceeded"))
            {
                finding = finding.variant("job");
            }
            out.push(finding);
        }
    },
};

/// The line of an empty listing: the header right after a command containing
/// `command` with nothing after it but the next prompt or the end.
fn empty_listing(ctx: &Ctx<'_>, command: &str, header: &str) -> Option<usize> {
    ctx.commands_with(command).find_map(|c| {
        let head = c.line + 1;
        let next = ctx
            .facts
            .command_after(c.line)
            .map_or(ctx.doc.len(), |next| next.line);
        let is_header = head < ctx.doc.len() && ctx.doc.line(head).trim_start().starts_with(header);
        let rest_empty = (head + 1..next).all(|l| ctx.doc.line(l).trim().is_empty());
        (is_header && rest_empty).then_some(head)
    })
}

/// The `sc-job` that creates a connection's resources failed.
pub const JOB_FAILED: Diagnosis = Diagnosis {
    id: "sc/job-failed",
    severity: Severity::Error,
    source: seed!("002 — Kubernetes 클러스터 로그 확인 (sc-job)"),
    triggers: &["sc-job", "job failed: BackoffLimitExceeded"],
    explains: &[
        ("helm/resource-readiness-timeout", Link::AnySubject),
        ("sc/extension-failed", Link::AnySubject),
        ("pod/error-exit", Link::SameSubject),
        ("pod/crash-loop", Link::SameSubject),
        ("pod/not-ready", Link::SameSubject),
        ("pod/image-pull-backoff", Link::AnySubject),
    ],
    check: |ctx, out| {
        let is_sc_job = |job: &Job| {
            job.name == "sc-job" && job.namespace.as_deref().is_none_or(|n| n == "sc-system")
        };
        let mut finding = Finding::new("sc-system/sc-job");
        let mut failed = false;
        for job in ctx.facts.jobs.iter().filter(|j| is_sc_job(j)) {
            // `kubectl get job` with a STATUS column prints `Failed` before COMPLETIONS.
            let status_failed = ctx
                .doc
                .line(job.line)
                .split_ascii_whitespace()
                .any(|w| w == "Failed");
            let done = job.completions.is_some_and(|(d, w)| d >= w);
            if !job.failure_lines.is_empty() && !done
                || job.failed.is_some_and(|n| n > 0)
                || status_failed
            {
                failed = true;
                finding = finding
                    .line(job.line)
                    .lines(job.failure_lines.iter().copied());
            }
        }
        for event in ctx
            .facts
            .events
            .iter()
            .filter(|e| e.object.as_deref() == Some("sc-job"))
        {
            if ["BackoffLimitExceeded", "DeadlineExceeded"].contains(&&*event.reason) {
                failed = true;
                finding = finding.line(event.line);
            }
        }
        let job_pods: Vec<_> = ctx
            .facts
            .pods
            .iter()
            .filter(|p| {
                p.name.starts_with("sc-job-")
                    && p.namespace.as_deref().is_none_or(|n| n == "sc-system")
            })
            .collect();
        for pod in &job_pods {
            if !pod.is_healthy() && pod.status.as_deref() != Some("Pending") {
                failed = true;
                finding = finding.line(pod.line).relate(pod.subject());
            }
        }
        if failed {
            finding = finding.lines(job_log_errors(ctx)).variant("job-seen");
        }
        // sc-extension's own status: the only job of its Helm release is sc-job.
        let failed_extensions = failed_extensions(ctx);
        for hit in ctx.hits_of(1) {
            let around = &ctx.lines_around(hit, 3, 1);
            let sc_release = ["release sc-extension", "release [sc-extension]"]
                .iter()
                .any(|w| contains_ci(around, w))
                || failed_extensions.iter().any(|f| {
                    f.is_service_connector() && f.lines.iter().any(|l| hit.lines.contains(l))
                });
            if sc_release {
                failed = true;
                finding = finding.lines(hit.lines.clone()).variant("from-status");
            }
        }
        // The job's pod cannot pull Service Connector's own image.
        if ctx.hit() {
            for hit in ctx.phrase_hits(super::pod::PULL_FAILED) {
                let message = ctx.message_from(hit);
                let image = super::pod::image_of(&message)
                    .filter(|i| SC_IMAGES.iter().any(|r| i.contains(r)));
                if image.is_some() {
                    failed = true;
                    finding = finding
                        .lines(hit.lines.clone())
                        .variant("image")
                        .maybe("image", image);
                }
            }
        }
        if failed {
            out.push(finding);
        }
    },
};

/// Where Service Connector's images come from: its registry, its operator.
const SC_IMAGES: &[&str] = &["scaksextension.azurecr.io/", "/sc-operator:"];

/// Error lines of `kubectl logs job/sc-job` output in the paste.
fn job_log_errors(ctx: &Ctx<'_>) -> Vec<usize> {
    let mut lines = Vec::new();
    for command in ctx
        .commands_with("logs")
        .filter(|c| c.text.contains("sc-job"))
    {
        let end = ctx
            .facts
            .command_after(command.line)
            .map_or(ctx.doc.len(), |next| next.line);
        lines.extend((command.line + 1..end).filter(|&l| contains_ci(ctx.doc.line(l), "error")));
    }
    lines
}

/// Secrets and service accounts of a deleted connection are still in the cluster.
pub const LEFTOVER_RESOURCES: Diagnosis = Diagnosis {
    id: "sc/leftover-resources",
    severity: Severity::Info,
    source: seed!(
        "002 — Kubernetes 리소스 만들기 (deleting a connection keeps its Kubernetes resources)"
    ),
    triggers: &["connection delete", "sc-account-", "-secret"],
    explains: &[],
    check: |ctx, out| {
        // Lines that may list a connection's secret or service account.
        let mut listed = [ctx.lines_hit("sc-account-"), ctx.lines_hit("-secret")].concat();
        sort_positions(&mut listed);
        listed.dedup();
        let Some(&first_listed) = listed.first() else {
            return;
        };
        // Where the paste says a connection was deleted, before that.
        let deleted_at = ctx
            .commands_with("connection delete")
            .map(|c| c.line)
            .next()
            .or_else(|| {
                (0..first_listed).find(|&l| {
                    let line = ctx.doc.line(l);
                    contains_ci(line, "delet")
                        && contains_ci(line, "connection")
                        && !ctx.facts.is_command_line(l)
                })
            });
        let Some(deleted_at) = deleted_at else { return };
        let mut groups: Vec<(String, &'static str, Vec<String>, Vec<usize>)> = Vec::new();
        for line in listed.into_iter().filter(|&l| l >= deleted_at) {
            let text = ctx.doc.line(line);
            if ctx.facts.is_command_line(line) || contains_ci(text, "deleted") {
                continue;
            }
            let words: Vec<&str> = text.split_ascii_whitespace().collect();
            for (at, word) in words.iter().enumerate().take(2) {
                let Some((kind, name)) = sc_resource(word) else {
                    continue;
                };
                let ns = if at == 1 {
                    Some(words[0].to_string())
                } else {
                    listing_namespace(ctx, line)
                };
                let ns = ns.unwrap_or_else(|| "default".to_string());
                match groups
                    .iter_mut()
                    .find(|(n, k, _, _)| *n == ns && *k == kind)
                {
                    Some((_, _, names, lines)) => {
                        names.push(name);
                        lines.push(line);
                    }
                    None => groups.push((ns, kind, vec![name], vec![line])),
                }
            }
        }
        for (ns, kind, mut names, lines) in groups {
            let mut seen = foldhash::HashSet::default();
            names.retain(|name| seen.insert(name.clone()));
            out.push(
                Finding::new(format!("{ns}/{kind}: {}", names.join(", ")))
                    .lines(lines)
                    .value("ns", ns)
                    .value("kind", kind)
                    .value("names", names.join(" ")),
            );
        }
    },
};

/// `secret/sc-conn-secret` → (`secret`, `sc-conn-secret`); the kinds and
/// names Service Connector creates: `sc-…-secret` secrets and
/// `sc-account-<uuid>` service accounts.
fn sc_resource(word: &str) -> Option<(&'static str, String)> {
    let (prefix, name) = match word.split_once('/') {
        Some((prefix, name)) => (Some(prefix.to_ascii_lowercase()), name),
        None => (None, word),
    };
    if !name.starts_with("sc-") || name.len() < 8 {
        return None;
    }
    let kind = match prefix.as_deref() {
        Some("secret" | "secrets") => "secret",
        Some("serviceaccount" | "serviceaccounts" | "sa") => "serviceaccount",
        Some(_) => return None,
        None if name.ends_with("-secret") => "secret",
        None if name.starts_with("sc-account-") => "serviceaccount",
        None => return None,
    };
    Some((kind, name.to_string()))
}

/// The `-n` namespace of the listing command above `line`.
fn listing_namespace(ctx: &Ctx<'_>, line: usize) -> Option<String> {
    ctx.facts.command_before(line)?.flag(&["-n", "--namespace"])
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_permission_missing_outside_service_connector_says_nothing_of_a_connection() {
        let found = crate::rules::fixtures::finding(
            "sc/permission-denied/match-real-k8s-extension-create-forbidden.txt",
            "sc/permission-denied",
        );
        let said = format!("{} {} {:?}", found.title, found.cause, found.fix);
        assert!(!said.contains("connection"), "{said}");
        let connection = crate::rules::fixtures::finding(
            "sc/permission-denied/match-authorizationfailed.txt",
            "sc/permission-denied",
        );
        assert!(
            connection
                .fix
                .iter()
                .any(|f| f.contains("create the connection")),
            "{:?}",
            connection.fix
        );
    }

    #[test]
    fn service_connectors_own_image_failing_is_the_jobs_failure() {
        for fixture in [
            "sc/job-failed/match-real-sc-operator-image-not-found.txt",
            "sc/job-failed/match-real-sc-operator-image-not-found-wrapped-crlf.txt",
        ] {
            let report = crate::rules::fixtures::report(fixture);
            let job = report
                .findings
                .iter()
                .find(|f| f.id == "sc/job-failed")
                .expect(fixture);
            assert_eq!(job.sub_causes, ["image"], "{fixture}");
            assert!(
                job.cause.contains("sc-operator:20250417.1"),
                "{}",
                job.cause
            );
            let pull = report
                .findings
                .iter()
                .find(|f| f.id == "pod/image-pull-backoff")
                .expect(fixture);
            assert_eq!(pull.caused_by, Some("sc/job-failed"), "{fixture}");
        }
    }
}
