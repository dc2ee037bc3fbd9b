//! `ext/` — AKS and Azure Arc cluster extensions (seed 004): failed
//! `az k8s-extension` operations, the extension agent that cannot reach its
//! data plane, and extension pods that no node will take.
//!
//! The helpers at the bottom (extension values, failed extensions, Azure
//! resource IDs) are shared with the `helm/` and `sc/` domains, whose
//! messages usually arrive inside an extension's status.

use super::{between, Ctx, Diagnosis, Finding, Link, Severity};
use crate::facts::{contains_ci, find_all_ci, Command, Pod};
use crate::parse::id_part;
use crate::search::Literals;
use std::ops::Range;
use std::rc::Rc;
use std::sync::OnceLock;

/// Every `ext/` diagnosis, in catalogue order.
pub const ALL: &[&Diagnosis] = &[
    &AGENT_NO_RESPONSE,
    &DP_TRAFFIC_NOT_AUTHORIZED,
    &CRITICAL_ADDONS_ONLY_TAINT,
    &EXTENSION_FAILED,
];

/// Azure could not hear back from the extension agent in the cluster.
pub const AGENT_NO_RESPONSE: Diagnosis = Diagnosis {
    id: "ext/agent-no-response",
    severity: Severity::Error,
    source: seed!("004 — Errore: impossibile ottenere una risposta dall'agente in tempo"),
    triggers: &[
        "Unable to get a response from the agent in time",
        "Unable to get response from the agent in time",
    ],
    explains: &[("ext/extension-failed", Link::AnySubject)],
    check: |ctx, out| {
        if !ctx.hit() {
            return;
        }
        let info = ExtInfo::read(ctx);
        let mut finding = info.finding(ctx.hits.iter().flat_map(|(_, h)| h.lines.clone()));
        finding = match info.cluster_type.as_deref() {
            Some(t) if t.eq_ignore_ascii_case("connectedClusters") => finding.variant("arc"),
            Some(t) if t.eq_ignore_ascii_case("managedClusters") => finding.variant("aks"),
            _ => finding.variant("arc").variant("aks"),
        };
        // Cause 1 is visible when the paste lists the agent pods.
        let agents: Vec<&Pod> = ctx.facts.pods.iter().filter(|p| is_agent_pod(p)).collect();
        let down: Vec<&&Pod> = agents.iter().filter(|p| !p.is_healthy()).collect();
        let named = |prefix: &str| agents.iter().find(|p| p.name.starts_with(prefix));
        if !down.is_empty() {
            finding = finding
                .variant("pods-down")
                .value("down_count", down.len().to_string());
            for pod in &down {
                finding = finding.line(pod.line).relate(pod.subject());
            }
        } else if !agents.is_empty() {
            finding = finding.variant("pods-ok");
        }
        for (prefix, key) in [
            ("extension-operator-", "operator_pod"),
            ("extension-manager-", "manager_pod"),
            ("extension-agent-", "agent_pod"),
        ] {
            // Every pod of a prefix is an agent pod.
            finding = finding.maybe(key, named(prefix).map(|p| p.name.clone()));
        }
        out.push(
            finding
                .value("operator_pod", "extension-operator-<id>")
                .value("manager_pod", "extension-manager-<id>")
                .value("agent_pod", "extension-agent-<id>"),
        );
    },
};

/// Agent pods of the extension platform: on AKS in kube-system, on Arc every
/// pod of azure-arc.
fn is_agent_pod(pod: &Pod) -> bool {
    pod.namespace.as_deref() == Some("azure-arc")
        || [
            "extension-operator-",
            "extension-agent-",
            "extension-manager-",
        ]
        .iter()
        .any(|p| pod.name.starts_with(p))
}

/// The data-plane endpoint of the extension service, without its region.
const DP_DOMAIN: &str = ".dp.kubernetesconfiguration.azure.com";

/// Where a paste tells an extension's region, release namespace and agent
/// pod: the data plane host, the JSON keys and the pod name prefix.
pub const MARKERS: &[&str] = &[
    DP_DOMAIN,
    LOCATION_KEY,
    RELEASE_NAMESPACE_KEY,
    AGENT_POD_PREFIX,
];
const AGENT_POD_PREFIX: &str = "extension-agent-";
const LOCATION_KEY: &str = "\"Location\":";
const RELEASE_NAMESPACE_KEY: &str = "\"releaseNamespace\":";

/// The word after the first `key` of the paste (ASCII case-insensitive).
fn paste_value(ctx: &Ctx<'_>, key: &str) -> Option<String> {
    let first = ctx.phrase_hits(key).next()?;
    super::word_after(&ctx.near(first, 0, 256), key)
}

/// The extension agent's calls to its regional data plane are refused because
/// DNS sends them to a private endpoint of an Arc private link scope.
pub const DP_TRAFFIC_NOT_AUTHORIZED: Diagnosis = Diagnosis {
    id: "ext/dp-traffic-not-authorized",
    severity: Severity::Error,
    source: seed!("004 — Causa 3: Il traffico non è autorizzato"),
    triggers: &[
        "This traffic is not authorized",
        "privatelink.dp.kubernetesconfiguration.azure.com",
        "Failed to GET configurations",
    ],
    explains: &[
        ("ext/agent-no-response", Link::AnySubject),
        ("ext/extension-failed", Link::AnySubject),
    ],
    check: |ctx, out| {
        let mut evidence: Vec<usize> = Vec::new();
        let mut variants: Vec<&'static str> = Vec::new();
        let agent_context = [
            "Errorcode: 403",
            "ConfigAgent",
            "getPendingConfigs",
            "extension-agent",
            "kubernetesconfiguration",
        ];
        for hit in ctx.hits_of(0) {
            if agent_context
                .iter()
                .any(|c| contains_ci(&ctx.lines_around(hit, 2, 2), c))
            {
                evidence.extend(hit.lines.clone());
                variants.push("log-403");
            }
        }
        let mut private_ip = None;
        for lookup in &ctx.facts.lookups {
            let private_name = lookup
                .names
                .iter()
                .any(|n| contains_ci(n, &format!(".privatelink{DP_DOMAIN}")));
            if let (true, Some(ip)) = (
                private_name,
                lookup.addresses.iter().find(|a| is_private_ipv4(a)),
            ) {
                private_ip.get_or_insert_with(|| ip.clone());
                evidence.extend(lookup.lines.clone());
                variants.push("private-dns");
            }
        }
        if private_ip.is_none() {
            // An answer the nslookup parser did not split (one line, prose around).
            for hit in ctx.hits_of(1) {
                let text = &ctx.text_from(hit, 3);
                if let Some(ip) = text
                    .split_once("Address:")
                    .and_then(|(_, rest)| rest.split_ascii_whitespace().next())
                {
                    if is_private_ipv4(ip) {
                        private_ip = Some(ip.to_string());
                        evidence.extend(hit.lines.start..(hit.lines.end + 3).min(ctx.doc.len()));
                        variants.push("private-dns");
                    }
                }
            }
        }
        if evidence.is_empty() {
            return;
        }
        evidence.extend(ctx.hits_of(2).flat_map(|h| h.lines.clone()));
        let ids = ctx.azure_ids();
        let region = ctx
            .phrase_hits(DP_DOMAIN)
            .find_map(|hit| first_region(&ctx.near(hit, 64, 0)))
            .or_else(|| {
                paste_value(ctx, LOCATION_KEY)
                    .filter(|r| !r.starts_with('<') && r.bytes().all(|b| b.is_ascii_alphanumeric()))
            });
        let region_known = region.is_some();
        let region = region.unwrap_or_else(|| "<region>".to_string());
        let host = format!("{region}{DP_DOMAIN}");
        let public_ip = ctx
            .facts
            .lookups
            .iter()
            .filter(|l| contains_ci(&ctx.entry_text(l.lines.clone()), DP_DOMAIN))
            .flat_map(|l| l.addresses.iter())
            .find(|a| ipv4_octets(a).is_some() && !is_private_ipv4(a))
            .cloned();
        let ip_for_hosts = public_ip
            .clone()
            .unwrap_or_else(|| "<public-ip>".to_string());
        let agent_pod = ctx
            .phrase_hits(AGENT_POD_PREFIX)
            .find_map(|hit| first_word_starting(&ctx.near(hit, 1, 256), AGENT_POD_PREFIX));
        let cluster = ids
            .iter()
            .find_map(|id| id_part(id, "managedClusters").filter(|c| c != "clusters"));
        let mut finding = Finding::new(format!("{region}{DP_DOMAIN}"))
            .lines(evidence)
            .maybe("region", region_known.then(|| region.clone()))
            .value("dp_host", host.clone())
            .maybe("private_ip", private_ip)
            .maybe("public_ip", public_ip.clone())
            .value("agent_pod", agent_pod.unwrap_or_else(|| "extension-agent-<pod>".to_string()))
            .maybe("cluster", cluster)
            .maybe("rg", ids.iter().find_map(|id| id_part(id, "resourceGroups")))
            .value("hosts_block", format!("hosts {{ {ip_for_hosts} {host} fallthrough }}"))
            .value(
                "override_patch",
                format!(
                    "kubectl patch configmap coredns-custom -n kube-system --type merge -p '{{\"data\":{{\"extensionsdp.override\":\"hosts {{\\n  {ip_for_hosts} {host}\\n  fallthrough\\n}}\\n\"}}}}'"
                ),
            );
        if public_ip.is_none() {
            finding = finding.variant("public-ip-unknown");
        }
        for variant in variants {
            finding = finding.variant(variant);
        }
        out.push(finding);
    },
};

/// False when a scheduler message says that fewer nodes have the taint
/// `key` than it considered (`0/3 nodes are available: 1 node(s) had
/// untolerated taint {key: …}`); true when it does not tell.
fn on_every_node(message: &str, key: &str) -> bool {
    let number_before = |at: usize| {
        message[..at]
            .split_ascii_whitespace()
            .next_back()
            .and_then(|word| word.rsplit('/').next()?.parse::<u32>().ok())
    };
    let total = crate::facts::find_ci(message, " nodes are available").and_then(number_before);
    let tainted = crate::facts::find_ci(message, key)
        .and_then(|at| message[..at].rfind(" node(s) had"))
        .and_then(number_before);
    match (total, tainted) {
        (Some(total), Some(tainted)) => tainted >= total,
        _ => true,
    }
}

/// True for an RFC 1918 IPv4 address.
fn is_private_ipv4(text: &str) -> bool {
    matches!(
        ipv4_octets(text.trim()),
        Some([10, ..] | [192, 168, ..]) | Some([172, 16..=31, ..])
    )
}

/// The four octets of a dotted-quad IPv4 address (`10.0.0.4`), each one to
/// three digits and at most 255; nothing else is accepted. (Smaller in the
/// page's wasm than `std::net::Ipv4Addr`'s parser.)
fn ipv4_octets(text: &str) -> Option<[u8; 4]> {
    let mut octets = [0u8; 4];
    let mut parts = text.split('.');
    for octet in &mut octets {
        let part = parts.next()?;
        if part.is_empty() || part.len() > 3 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let value = part.bytes().fold(0u16, |n, b| n * 10 + u16::from(b - b'0'));
        *octet = u8::try_from(value).ok()?;
    }
    parts.next().is_none().then_some(octets)
}

/// The first Azure region named in a data-plane host of `text`
/// (`eastus.dp.kubernetesconfiguration.azure.com`, also behind
/// `.privatelink`), skipping `<region>` placeholders.
fn first_region(text: &str) -> Option<String> {
    find_all_ci(text, DP_DOMAIN).find_map(|at| {
        let mut before = &text[..at];
        if before.len() >= 12
            && before.as_bytes()[before.len() - 12..].eq_ignore_ascii_case(b".privatelink")
        {
            before = &before[..before.len() - 12];
        }
        let label_len = before
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        // The label is ASCII, so this is a character boundary.
        let (rest, label) = before.split_at(before.len() - label_len);
        let bracketed = rest.ends_with(['<', '[']);
        let label = label.to_ascii_lowercase();
        (!label.is_empty() && label != "privatelink" && !bracketed).then_some(label)
    })
}

/// The first word of `text` that starts with `prefix` and is not a
/// `<placeholder>` (trimmed of punctuation).
fn first_word_starting(text: &str, prefix: &str) -> Option<String> {
    let is_delimiter = |c: char| c.is_whitespace() || "\"'`,;()[]{}".contains(c);
    text.match_indices(prefix).find_map(|(at, _)| {
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| !is_delimiter(c))
        {
            return None;
        }
        let word = text[at..].split(is_delimiter).next()?;
        let word = word.trim_end_matches(['.', ':']);
        (word.len() > prefix.len() && !word.contains('<')).then(|| word.to_string())
    })
}

/// Extension pods stay Pending because every node pool carries the
/// `CriticalAddonsOnly` taint.
pub const CRITICAL_ADDONS_ONLY_TAINT: Diagnosis = Diagnosis {
    id: "ext/critical-addons-only-taint",
    severity: Severity::Error,
    source: seed!("004 — Errore: i pod di estensione non possono essere pianificati se tutti i pool di nodi nel cluster sono \"CriticalAddonsOnly\" contaminati"),
    triggers: &["CriticalAddonsOnly"],
    explains: &[
        ("pod/pending-taint", Link::SameSubject),
        ("ext/agent-no-response", Link::AnySubject),
        ("ext/extension-failed", Link::AnySubject),
        ("helm/resource-readiness-timeout", Link::AnySubject),
    ],
    check: |ctx, out| {
        if !ctx.hit() {
            return;
        }
        let mut pending_by_namespace: foldhash::HashMap<Option<crate::facts::Namespace>, Vec<&crate::facts::Pod>> =
            foldhash::HashMap::default();
        for pod in ctx.facts.troubled_pods().filter(|p| p.status.as_deref() == Some("Pending")) {
            pending_by_namespace.entry(pod.namespace.clone()).or_default().push(pod);
        }
        for hit in ctx.hits_of(0) {
            let text = &ctx.lines_around(hit, 1, 1);
            let lower = text.to_ascii_lowercase();
            // Only a scheduling failure on the taint counts, not a node that merely has it.
            let scheduling = ["untolerated taint", "that the pod didn't tolerate", "had taint"].iter().any(|p| lower.contains(p));
            let Some(taint) = super::between(text, "taint", '{', '}').filter(|t| contains_ci(t, "CriticalAddonsOnly")) else {
                out.extend(described_taint(ctx, hit));
                continue;
            };
            // Some nodes without it (`0/3 nodes are available: 1 node(s) had
            // untolerated taint {CriticalAddonsOnly: true}, 1 node(s) had …`):
            // the pod's other taints are as much the cause (pod/pending-taint).
            if !scheduling || !on_every_node(text, "CriticalAddonsOnly") {
                continue;
            }
            let key = taint.split(':').next().unwrap_or(&taint).trim().to_string();
            let first = hit.lines.start.saturating_sub(1);
            let candidates: Vec<String> = (first..hit.lines.end + 1).map(|l| pod_rule_subject(ctx, l)).collect();
            let pod = (first..hit.lines.end + 1).find_map(|l| pod_at(ctx, l));
            let info = ExtInfo::read(ctx);
            let event = ctx.facts.events_in(first..hit.lines.end + 1).first();
            let ns = pod
                .and_then(|p| p.namespace.as_deref())
                .or_else(|| event.and_then(|e| e.namespace.as_deref()))
                .map(str::to_string)
                .or_else(|| command_flag(ctx, "kubectl", &["-n", "--namespace"]));
            let app = command_flag(ctx, "kubectl", &["-l", "--selector"])
                .and_then(|s| s.split_once("app.kubernetes.io/name=").map(|(_, v)| v.split(',').next().unwrap_or(v).to_string()))
                .or_else(|| info.name.clone());
            let subject = match (pod, &ns, &app) {
                (Some(p), _, _) => p.subject(),
                (None, Some(ns), Some(app)) => format!("{ns}/{app}"),
                _ => info.name.clone().unwrap_or_else(|| candidates[0].clone()),
            };
            let mut finding = Finding::new(subject)
                .variant("scheduler")
                .lines(hit.lines.clone())
                .value("taint", format!("{{{taint}}}"))
                .value("taint_key", key)
                .maybe("pod", pod.map(|p| p.name.to_string()).or_else(|| event.and_then(|e| e.object.clone())).or_else(|| described_pod(ctx)))
                .maybe("ns", ns)
                .maybe("app", app)
                .maybe("extension", info.name.clone())
                .maybe("cluster", info.cluster.clone())
                .maybe("rg", info.rg.clone());
            for candidate in candidates {
                finding = finding.relate(candidate);
            }
            // The pods left Pending by it, when the paste lists them (those of
            // its namespace, looked up once; a few are enough as evidence).
            let namespace = finding.get("ns").map(crate::facts::Namespace::from);
            for pending in pending_by_namespace.get(&namespace).into_iter().flatten().take(20) {
                finding = finding.line(pending.line).relate(pending.subject());
            }
            out.push(finding);
        }
    },
};

/// The user's own account of the taint: node pools tainted
/// `CriticalAddonsOnly=true:NoSchedule` and, in the same few sentences
/// (however the text is wrapped), an extension whose install hangs, times
/// out or stays pending.
fn described_taint(ctx: &Ctx<'_>, hit: &crate::search::Hit) -> Option<Finding> {
    let text = ctx.near(hit, DESCRIBED_TAINT_BYTES, DESCRIBED_TAINT_BYTES);
    let at = crate::facts::find_ci(&text, "CriticalAddonsOnly")?;
    let taint = text[at..]
        .split(|c: char| c.is_whitespace() || "`'\",".contains(c))
        .next()?
        .trim_end_matches(['.', ';', ':', ')']);
    let lower = text.to_ascii_lowercase();
    let failing = [
        "time out",
        "times out",
        "timed out",
        "timeout",
        "hang",
        "pending",
        "stuck",
    ]
    .iter()
    .any(|w| lower.contains(w));
    if !taint.contains(['=', ':']) || !lower.contains("extension") || !failing {
        return None;
    }
    let info = ExtInfo::read(ctx);
    let subject = info
        .name
        .clone()
        .unwrap_or_else(|| "extension (not named in the paste)".to_string());
    Some(
        Finding::new(subject)
            .variant("described")
            .lines(hit.lines.clone())
            .value("taint", taint)
            .value("taint_key", "CriticalAddonsOnly")
            .maybe("extension", info.name)
            .maybe("cluster", info.cluster)
            .maybe("rg", info.rg),
    )
}

/// How far around the taint a user's account of it is read, each way.
const DESCRIBED_TAINT_BYTES: usize = 400;

/// The pod named by a `kubectl describe pod` command of the paste.
fn described_pod(ctx: &Ctx<'_>) -> Option<String> {
    ctx.remember("described pod", || {
        ctx.commands_with("describe").find_map(|c| {
            let words: Vec<&str> = c
                .text
                .split_ascii_whitespace()
                .take_while(|w| *w != "|")
                .collect();
            let at = words
                .iter()
                .position(|w| ["po", "pod", "pods"].contains(w))?;
            let mut rest = words[at + 1..].iter();
            while let Some(word) = rest.next() {
                match *word {
                    "-n" | "--namespace" => {
                        rest.next();
                    }
                    w if !w.starts_with('-') => return Some(w.to_string()),
                    _ => {}
                }
            }
            None
        })
    })
}

/// The subject `pod/pending-taint` gives the finding at `line` (the same
/// reasoning as that rule, so that the two findings link).
fn pod_rule_subject(ctx: &Ctx<'_>, line: usize) -> String {
    let event = ctx.facts.events_in(line..line + 1).first();
    if let Some(event) = event {
        if let Some(pod) = ctx.facts.event_pod(event) {
            return pod.subject();
        }
        if event.object.is_none() {
            if let Some(pod) = pod_at(ctx, line) {
                return pod.subject();
            }
        }
        return match (&event.object, &event.namespace) {
            (Some(name), Some(ns)) => format!("{ns}/{name}"),
            (Some(name), None) => name.clone(),
            _ => super::pod::unknown_pod(ctx),
        };
    }
    pod_at(ctx, line).map_or_else(|| super::pod::unknown_pod(ctx), Pod::subject)
}

/// The pod whose row or signal is on `line`, or the paste's only pod.
fn pod_at<'a>(ctx: &Ctx<'a>, line: usize) -> Option<&'a Pod> {
    let event = ctx.facts.events_in(line..line + 1).first();
    if let Some(pod) = event.and_then(|e| ctx.facts.event_pod(e)) {
        return Some(pod);
    }
    ctx.facts.pod_at_line(line).or(ctx.facts.only_pod())
}

/// `az k8s-extension show` reports the extension Failed, or a status of level
/// Error or Warning.
pub const EXTENSION_FAILED: Diagnosis = Diagnosis {
    id: "ext/extension-failed",
    severity: Severity::Error,
    source: seed!("004 — Errori di creazione dell'estensione; 002 — 서비스 커넥터 Kubernetes 확장 확인 (statuses)"),
    triggers: &[
        "k8s-extension",
        "Microsoft.KubernetesConfiguration/extensions",
        "ExtensionOperationFailed",
        "ExtensionCreationFailed",
        "ExtensionProvisioningFailed",
        // The portal's and the SDK's wording, without the code.
        "The extension operation failed with the following error",
    ],
    explains: &[],
    check: |ctx, out| {
        let failed = failed_extensions(ctx);
        if failed.is_empty() {
            // The az CLI's error for a failed extension operation, without
            // the extension's JSON: `(ExtensionOperationFailed) The extension
            // operation failed with the following error: …`.
            for hit in ctx.hits.iter().filter(|(t, _)| *t >= 2).map(|(_, h)| *h) {
                let code = ctx.hit_text(hit);
                let mut info = ExtInfo::read(ctx);
                // The portal: `Failed to create the GitOps configuration and/or
                // Flux extension on 'Arc-EKS-Demo'. Error: The extension operation failed …`.
                if let Some(cluster) = between(&ctx.lines_around(hit, 0, 0), "Flux extension on", '\'', '\'') {
                    info.name.get_or_insert_with(|| "flux".to_string());
                    info.cluster.get_or_insert(cluster);
                }
                let failed = FailedExtension {
                    info,
                    extension_type: None,
                    state: ExtensionState::OperationFailed,
                    message: Some(ctx.text_from(hit, 3).chars().take(600).collect::<String>().trim().to_string()),
                    code: Some(code),
                    lines: hit.lines.clone().collect(),
                };
                out.push(failed.finding());
            }
        }
        for failed in failed.iter() {
            out.push(failed.finding());
        }
    },
};

/// What the paste tells of the extension at hand: from a parsed
/// `az k8s-extension show`, else the flags of an `az k8s-extension` command,
/// else the Azure resource IDs in the text.
#[derive(Debug, Clone, Default)]
pub struct ExtInfo {
    /// Extension name.
    pub name: Option<String>,
    /// Cluster name.
    pub cluster: Option<String>,
    /// Resource group.
    pub rg: Option<String>,
    /// `managedClusters` or `connectedClusters`.
    pub cluster_type: Option<String>,
    /// The namespace the extension's Helm release installs into.
    pub release_ns: Option<String>,
}

impl ExtInfo {
    /// Reads the values from the whole paste (once per paste).
    pub fn read(ctx: &Ctx<'_>) -> ExtInfo {
        (*ctx.cached("ext-info", || ExtInfo::read_uncached(ctx))).clone()
    }

    fn read_uncached(ctx: &Ctx<'_>) -> ExtInfo {
        let parsed = ctx.facts.extensions.first();
        let flag = |names: &[&str]| {
            command_flag(ctx, "k8s-extension", names).filter(|v| !v.starts_with('$'))
        };
        let ids = ctx.azure_ids();
        let from_ids = |marker: &str| ids.iter().find_map(|id| id_part(id, marker));
        let cluster_type = parsed
            .and_then(|e| e.cluster_type.clone())
            .or_else(|| flag(&["--cluster-type", "-t"]))
            .or_else(|| {
                [
                    "managedClusters",
                    "connectedClusters",
                    "provisionedClusters",
                ]
                .into_iter()
                .find(|t| from_ids(t).is_some())
                .map(str::to_string)
            });
        ExtInfo {
            name: parsed
                .and_then(|e| e.name.clone())
                .or_else(|| flag(&["--name", "-n"]))
                .or_else(|| from_ids("extensions"))
                // The AKS add-on API's own path: `…/managedclusters/aks/extensionaddons/dapr`.
                .or_else(|| from_ids("extensionaddons")),
            cluster: parsed
                .and_then(|e| e.cluster.clone())
                .or_else(|| flag(&["--cluster-name", "-c"]))
                .or_else(|| cluster_type.as_deref().and_then(from_ids)),
            rg: parsed
                .and_then(|e| e.resource_group.clone())
                .or_else(|| flag(&["--resource-group", "-g"]))
                .or_else(|| from_ids("resourceGroups")),
            release_ns: flag(&["--release-namespace", "--target-namespace"])
                .or_else(|| paste_value(ctx, RELEASE_NAMESPACE_KEY).filter(|n| n != "null")),
            cluster_type,
        }
    }

    /// A finding about this extension, with its values set.
    pub fn finding(&self, lines: impl IntoIterator<Item = usize>) -> Finding {
        let subject = match &self.name {
            Some(name) => extension_subject(name, self.cluster.as_deref()),
            None => "cluster extension".to_string(),
        };
        Finding::new(subject)
            .lines(lines)
            .maybe("extension", self.name.clone())
            .maybe("cluster", self.cluster.clone())
            .maybe("rg", self.rg.clone())
            .maybe("cluster_type", self.cluster_type.clone())
            .maybe("release_ns", self.release_ns.clone())
    }
}

/// The subject of findings about extension `name`: `name on cluster`.
pub fn extension_subject(name: &str, cluster: Option<&str>) -> String {
    match cluster {
        Some(cluster) => format!("{name} on {cluster}"),
        None => name.to_string(),
    }
}

/// One extension that the paste shows failed or degraded.
#[derive(Debug, Clone)]
pub struct FailedExtension {
    /// Its values.
    pub info: ExtInfo,
    /// `extensionType`, when known.
    pub extension_type: Option<String>,
    /// What the paste says of its state.
    pub state: ExtensionState,
    /// The first error (else warning) status message.
    pub message: Option<String>,
    /// The code of that status.
    pub code: Option<String>,
    /// Evidence lines.
    pub lines: Vec<usize>,
}

/// The chart reference (`registry/path:version`) that a registry answered
/// `not found` for, in an extension's status message.
fn missing_chart(message: &str) -> Option<String> {
    let end = crate::facts::find_ci(message, ": not found")?;
    let reference = message[..end].rsplit(['[', ' ', '(']).next()?;
    (reference.contains('/') && reference.contains(':')).then(|| reference.to_string())
}

/// What a paste says of a failing extension's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtensionState {
    /// `provisioningState: Failed`.
    Failed,
    /// Installed, with a status of level Error or Warning.
    Degraded,
    /// An operation on it failed (the CLI's or the portal's error), its
    /// state not shown.
    OperationFailed,
}

impl ExtensionState {
    /// `Failed` when `failed`, else `Degraded`.
    fn of(failed: bool) -> ExtensionState {
        if failed {
            ExtensionState::Failed
        } else {
            ExtensionState::Degraded
        }
    }
}

impl FailedExtension {
    /// True for Service Connector's `sc-extension`.
    pub fn is_service_connector(&self) -> bool {
        self.info.name.as_deref() == Some("sc-extension")
            || self
                .extension_type
                .as_deref()
                .is_some_and(|t| contains_ci(t, "servicelinker"))
    }

    /// The `ext/extension-failed` finding.
    pub fn finding(&self) -> Finding {
        let mut finding = self
            .info
            .finding(self.lines.iter().copied())
            .maybe("status_message", self.message.as_deref().map(shorten))
            .maybe("status_code", self.code.clone());
        finding = finding.variant(match self.state {
            ExtensionState::Failed => "failed",
            ExtensionState::Degraded => "degraded",
            ExtensionState::OperationFailed => "operation",
        });
        let message = self.message.as_deref().unwrap_or("");
        let routes: &[(&[&str], &'static str)] = &[
            (&["Insufficient cpu", "Insufficient memory"], "resources"),
            (&["untolerated taint", "didn't tolerate"], "taint"),
            (
                &[
                    "context deadline exceeded",
                    "timed out waiting",
                    "time out waiting",
                    "Timed out",
                ],
                "timeout",
            ),
        ];
        for (words, variant) in routes {
            if words.iter().any(|w| contains_ci(message, w)) {
                finding = finding.variant(variant);
            }
        }
        // `Failed to setup Helm client during helm chart upgrade : err
        // [mcr.microsoft.com/…/provider-azure-arc:1.4.0: not found]`.
        if contains_ci(message, "helm") {
            if let Some(chart) = missing_chart(message) {
                finding = finding.variant("chart-not-found").value("chart", chart);
            }
        }
        finding
    }
}

/// Cuts a long status message for prose.
fn shorten(message: &str) -> String {
    const MAX: usize = 300;
    let message = message.trim();
    match message.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &message[..at]),
        None => message.to_string(),
    }
}

/// Every extension that the paste shows Failed or with an Error/Warning
/// status: parsed `az k8s-extension show` objects, else the lines of
/// unparsed extension output (PowerShell objects, partial `--query` output).
pub fn failed_extensions(ctx: &Ctx<'_>) -> Rc<Vec<FailedExtension>> {
    ctx.cached("failed-extensions", || failed_extensions_uncached(ctx))
}

fn failed_extensions_uncached(ctx: &Ctx<'_>) -> Vec<FailedExtension> {
    let mut found = Vec::new();
    let ids = ctx.azure_ids();
    for ext in &ctx.facts.extensions {
        let failed = ext
            .provisioning_state
            .as_ref()
            .is_some_and(|(s, _)| s.eq_ignore_ascii_case("Failed"));
        let level = |l: &str| {
            ext.statuses
                .iter()
                .find(|s| s.level.eq_ignore_ascii_case(l))
        };
        let status = level("Error").or_else(|| level("Warning"));
        let status = status.or_else(|| {
            failed
                .then(|| ext.statuses.iter().find(|s| !s.message.is_empty()))
                .flatten()
        });
        if !failed && status.is_none() {
            continue;
        }
        let mut lines: Vec<usize> = ext
            .provisioning_state
            .iter()
            .filter(|_| failed)
            .map(|(_, l)| *l)
            .collect();
        for s in &ext.statuses {
            if ["Error", "Warning"]
                .iter()
                .any(|l| s.level.eq_ignore_ascii_case(l))
                || failed && !s.message.is_empty()
            {
                lines.extend(s.lines.clone());
            }
        }
        // The resource ID may be cut over lines the JSON reader keeps apart.
        let own_ids = azure_ids(&ctx.entry_text(ext.lines.clone()));
        let id_value = |marker: &str| own_ids.iter().find_map(|id| id_part(id, marker));
        let mut info = ExtInfo::read(ctx);
        info.name = ext.name.clone().or(info.name);
        let cluster_type = ext.cluster_type.clone().or_else(|| {
            [
                "managedClusters",
                "connectedClusters",
                "provisionedClusters",
            ]
            .into_iter()
            .find(|t| id_value(t).is_some())
            .map(str::to_string)
        });
        info.cluster = ext
            .cluster
            .clone()
            .or_else(|| cluster_type.as_deref().and_then(id_value))
            .or(info.cluster);
        info.cluster_type = cluster_type.or(info.cluster_type);
        info.rg = ext.resource_group.clone().or(info.rg);
        found.push(FailedExtension {
            info,
            extension_type: ext.extension_type.clone(),
            state: ExtensionState::of(failed),
            message: status
                .map(|s| full_message(ctx, s.lines.clone()).unwrap_or_else(|| s.message.clone()))
                .filter(|m| !m.is_empty()),
            code: status.map(|s| s.code.clone()).filter(|c| !c.is_empty()),
            lines,
        });
    }
    if !found.is_empty() || !ctx.facts.extensions.is_empty() {
        return found;
    }
    // Unparsed output: one block per `az k8s-extension` command, or the whole
    // paste when it names an extension resource without the command.
    let mut blocks: Vec<Range<usize>> = Vec::new();
    for command in ctx.commands_with("k8s-extension") {
        let end = ctx
            .facts
            .command_after(command.line)
            .map_or(ctx.doc.len(), |next| next.line);
        blocks.push(command.line + 1..end);
    }
    if blocks.is_empty()
        && ids
            .iter()
            .any(|id| contains_ci(id, "Microsoft.KubernetesConfiguration/extensions"))
    {
        blocks.push(0..ctx.doc.len());
    }
    for block in blocks {
        if let Some(failed) = failed_in_text(ctx, block) {
            found.push(failed);
        }
    }
    found
}

/// Reads an unparsed extension output block line by line.
fn failed_in_text(ctx: &Ctx<'_>, block: Range<usize>) -> Option<FailedExtension> {
    let mut failed = false;
    let mut lines = Vec::new();
    let mut level_error = false;
    for line in block.clone() {
        let squeezed: String = ctx
            .doc
            .line(line)
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '"')
            .collect::<String>()
            .to_ascii_lowercase();
        if squeezed.starts_with("provisioningstate:failed") || squeezed.starts_with("state:failed")
        {
            failed = true;
            lines.push(line);
        }
        let error_level = [
            "level:error",
            "level=error;",
            "level:warning",
            "level=warning;",
        ]
        .iter()
        .any(|p| squeezed.contains(p));
        let error_info =
            squeezed.starts_with("errorinfo:{") || squeezed.starts_with("errorinfo:@{code=");
        if error_level || error_info {
            level_error = true;
            failed |= error_info;
            lines.push(line);
        }
    }
    if !failed && !level_error {
        return None;
    }
    let block_text = &ctx.entry_text(block.clone());
    let own_ids = azure_ids(block_text);
    let id_value = |marker: &str| own_ids.iter().find_map(|id| id_part(id, marker));
    let mut info = ExtInfo::read(ctx);
    let cluster_type = [
        "managedClusters",
        "connectedClusters",
        "provisionedClusters",
    ]
    .into_iter()
    .find(|t| id_value(t).is_some())
    .map(str::to_string);
    info.name = id_value("extensions").or(info.name);
    info.cluster = cluster_type.as_deref().and_then(id_value).or(info.cluster);
    info.cluster_type = cluster_type.or(info.cluster_type);
    info.rg = id_value("resourceGroups").or(info.rg);
    let message = lines.first().and_then(|&first| {
        // The property and its indented continuation lines (PowerShell's
        // `Format-List` puts them under the value column).
        let continues =
            |l: usize| ctx.doc.line(l).starts_with(' ') || is_wrapped(ctx.doc.line(l - 1));
        let end = (first + 1..block.end)
            .find(|&l| !continues(l))
            .unwrap_or(block.end);
        message_in(&raw_lines(ctx, first..end))
    });
    Some(FailedExtension {
        info,
        extension_type: None,
        state: ExtensionState::of(failed),
        message,
        code: None,
        lines,
    })
}

/// The message of a status entry read again from the raw lines, so that a
/// JSON string a terminal wrapped over lines comes back whole.
fn full_message(ctx: &Ctx<'_>, lines: Range<usize>) -> Option<String> {
    let wrapped = lines
        .clone()
        .any(|l| l < ctx.doc.len() && is_wrapped(ctx.doc.line(l)));
    wrapped
        .then(|| message_in(&raw_lines(ctx, lines)))
        .flatten()
}

/// True for a line as long as a usual terminal width: the terminal probably
/// wrapped it, and the next line continues it.
fn is_wrapped(line: &str) -> bool {
    // At most 4 bytes a character: a longer line is no terminal's width.
    line.len() <= 640 && [80, 100, 120, 132, 160].contains(&line.chars().count())
}

/// The lines concatenated raw where a terminal wrapped them at its margin,
/// joined by a space elsewhere.
fn raw_lines(ctx: &Ctx<'_>, lines: Range<usize>) -> String {
    let mut text = String::new();
    for line in lines.start..lines.end.min(ctx.doc.len()) {
        let raw = ctx.doc.line(line);
        text.push_str(if text.ends_with(' ') {
            raw.trim_start()
        } else {
            raw
        });
        if !is_wrapped(raw) {
            text.push(' ');
        }
    }
    text
}

/// The value of `message` in JSON (`"message": "…"`), PowerShell
/// (`message=…;`) or YAML (`message: …`) text.
fn message_in(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let (at, json) = ["\"message\":", "message=", "message:"]
        .iter()
        .find_map(|m| lower.find(m).map(|at| (at + m.len(), m.starts_with('"'))))?;
    let rest = text[at..].trim_start();
    let message = if json {
        let rest = rest.strip_prefix('"')?;
        let mut end = rest.len();
        let mut escaped = false;
        for (i, c) in rest.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = i;
                    break;
                }
                _ => escaped = false,
            }
        }
        rest[..end].replace("\\\"", "\"")
    } else {
        let mut message = rest[..rest.find(';').unwrap_or(rest.len())]
            .trim()
            .to_string();
        // PowerShell closes the `@{…}` of the property after the message
        // (braces counted once).
        let mut unopened = message
            .matches('}')
            .count()
            .saturating_sub(message.matches('{').count());
        while unopened > 0 && message.ends_with('}') {
            message.pop();
            unopened -= 1;
        }
        message
    };
    let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
    (!message.is_empty()).then_some(message)
}

/// Azure resource IDs in `text`, glued back where a terminal cut them after a
/// slash (`…/connectedClusters/ demo/providers/…`). Linear: only the words
/// around a `/subscriptions/` or `/resourceGroups/` marker are read, each once.
pub fn azure_ids(text: &str) -> Vec<String> {
    static MARKERS: OnceLock<Literals> = OnceLock::new();
    let markers = MARKERS
        .get_or_init(|| crate::search::literals(AZURE_ID_MARKERS, true).expect("literal markers"));
    let mut ids = Vec::new();
    let mut searched_to = 0;
    while let Some(marker) = markers.find_at(text.as_bytes(), searched_to) {
        let id = azure_id_around(text, marker.range(), searched_to);
        ids.push(glue_after_slash(&text[id.clone()]));
        searched_to = id.end;
    }
    ids
}

/// What every Azure resource ID holds.
pub const AZURE_ID_MARKERS: &[&str] = &["/subscriptions/", "/resourcegroups/"];

/// The byte range of the resource ID around `marker` (one of
/// [`AZURE_ID_MARKERS`]) in `text`, not reaching back before `from`.
pub fn azure_id_around(text: &str, marker: Range<usize>, from: usize) -> Range<usize> {
    const DELIMITERS: &[u8] = b"\"'`,;{}()=@<>";
    let bytes = text.as_bytes();
    // Back to the start of the word; whitespace after a slash is part of it.
    let mut start = marker.start;
    while start > from {
        let b = bytes[start - 1];
        if b.is_ascii_whitespace() {
            let run = bytes[from..start]
                .iter()
                .rposition(|b| !b.is_ascii_whitespace())
                .map_or(from, |i| from + i + 1);
            if run > from && bytes[run - 1] == b'/' {
                start = run;
                continue;
            }
            break;
        }
        if DELIMITERS.contains(&b) {
            break;
        }
        start -= 1;
    }
    // On to its end; the marker itself ends with a slash.
    let mut end = marker.end;
    let mut after_slash = true;
    while end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_whitespace() {
            if !after_slash {
                break;
            }
        } else if DELIMITERS.contains(&b) {
            break;
        } else {
            after_slash = b == b'/';
        }
        end += 1;
    }
    start..end
}

/// `text` without the whitespace that follows a slash: paths and resource
/// IDs that a terminal or a web page cut after a `/` read whole again.
pub fn glue_after_slash(text: &str) -> String {
    let mut glued = String::with_capacity(text.len());
    let mut after_slash = false;
    for c in text.chars() {
        if after_slash && c.is_whitespace() {
            continue;
        }
        after_slash = c == '/';
        glued.push(c);
    }
    glued
}

/// The value of a flag in the commands that contain `tool`, read from the
/// command line as the terminal printed it before wrapping.
pub fn command_flag(ctx: &Ctx<'_>, tool: &str, names: &[&str]) -> Option<String> {
    ctx.remember(&format!("flag {tool} {}", names.join(" ")), || {
        // The last command that has the flag.
        ctx.commands_with(tool).rev().find_map(|c| {
            let wrapped = is_wrapped(ctx.doc.line(c.line));
            let whole = wrapped.then(|| unwrapped(ctx, c).flag(names)).flatten();
            whole.or_else(|| c.flag(names))
        })
    })
}

/// A command whose line a terminal wrapped at its right margin, put back on
/// one line: the raw lines are concatenated, so a wrap that fell on a space
/// keeps it and a wrap inside a word glues it.
fn unwrapped(ctx: &Ctx<'_>, command: &Command) -> Command {
    let mut text = String::new();
    let mut line = command.line;
    while line < ctx.doc.len() && text.len() < Command::MAX_BYTES {
        let raw = ctx.doc.line(line);
        text.push_str(&raw[..raw.floor_char_boundary(Command::MAX_BYTES)]);
        if !is_wrapped(raw) {
            break;
        }
        line += 1;
    }
    Command::new(&text, command.line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_taint_told_in_prose_counts_beside_an_extension_that_hangs() {
        for fixture in [
            "ext/critical-addons-only-taint/match-real-prose-flux-extension.txt",
            "ext/critical-addons-only-taint/match-real-prose-flux-extension-wrapped-crlf.txt",
        ] {
            let found = crate::rules::fixtures::finding(fixture, "ext/critical-addons-only-taint");
            assert_eq!(found.sub_causes, ["described"], "{fixture}");
            assert!(
                found.cause.contains("`CriticalAddonsOnly=true:NoSchedule`"),
                "{}",
                found.cause
            );
        }
        let scheduler = crate::rules::fixtures::finding(
            "ext/critical-addons-only-taint/match-describe-dapr.txt",
            "ext/critical-addons-only-taint",
        );
        assert_eq!(scheduler.sub_causes, ["scheduler"]);
        // The taint named without its value, or no extension failing beside it.
        let named_only = "Our extension install times out. Is CriticalAddonsOnly involved?";
        assert!(crate::diagnose(named_only).findings.is_empty());
    }

    #[test]
    fn the_portals_words_name_the_flux_extension_and_its_cluster() {
        let failed = crate::rules::fixtures::finding(
            "ext/extension-failed/match-real-portal-flux-wording.txt",
            "ext/extension-failed",
        );
        assert_eq!(failed.subject, "flux on Arc-EKS-Demo");
        assert_eq!(failed.sub_causes, ["operation"]);
    }

    #[test]
    fn a_chart_the_registry_does_not_have_is_named() {
        let failed = crate::rules::fixtures::finding(
            "ext/extension-failed/match-real-chart-not-found.txt",
            "ext/extension-failed",
        );
        assert_eq!(failed.sub_causes, ["operation", "chart-not-found"]);
        assert!(failed.cause.contains("no chart mcr.microsoft.com/oss/azure/secrets-store/stable/provider-azure-arc:1.4.0:"), "{}", failed.cause);
    }

    #[test]
    fn an_extension_is_named_from_the_add_on_api_path() {
        let failed = crate::rules::fixtures::finding(
            "sc/conflict/match-real-extension-request-conflict.txt",
            "ext/extension-failed",
        );
        assert_eq!(failed.subject, "dapr on aks");
    }

    #[test]
    fn ids_cut_after_a_slash_are_glued() {
        let ids = azure_ids("id : /subscriptions/s/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/ demo/providers/x");
        assert_eq!(
            id_part(&ids[0], "connectedClusters").as_deref(),
            Some("demo")
        );
    }

    #[test]
    fn regions_skip_placeholders_and_privatelink() {
        let text = "nslookup <region>.dp.kubernetesconfiguration.azure.com eastus.privatelink.dp.kubernetesconfiguration.azure.com";
        assert_eq!(first_region(text).as_deref(), Some("eastus"));
    }

    #[test]
    fn a_taint_on_some_nodes_only_is_not_on_every_node() {
        let some = "0/3 nodes are available: 2 node(s) had untolerated taint {tenant1: true}, 1 node(s) had untolerated taint {CriticalAddonsOnly: true}.";
        assert!(!on_every_node(some, "CriticalAddonsOnly"));
        assert!(on_every_node(
            &some.replace("0/3", "0/1"),
            "CriticalAddonsOnly"
        ));
        assert!(on_every_node(
            "had taint {CriticalAddonsOnly: true}",
            "CriticalAddonsOnly"
        ));
        let imagecleaner = crate::diagnose(
            " 0/3 nodes are available: 1 node(s) had untolerated taint {CriticalAddonsOnly: true}, 1 node(s) had untolerated taint {tenant1: true},\n",
        );
        assert!(imagecleaner
            .findings
            .iter()
            .all(|f| f.id != "ext/critical-addons-only-taint"));
    }

    #[test]
    fn private_addresses_are_told_apart() {
        assert!(is_private_ipv4("10.224.1.184"));
        assert!(!is_private_ipv4("20.39.12.229"));
        assert!(!is_private_ipv4("10.0.0.10#53"));
        assert!(is_private_ipv4("172.31.0.2") && is_private_ipv4("192.168.1.1"));
        assert!(!is_private_ipv4("172.32.0.2") && !is_private_ipv4("10.0.0.256"));
        assert_eq!(ipv4_octets("20.39.12.229"), Some([20, 39, 12, 229]));
        assert_eq!(ipv4_octets("1.2.3"), None);
        assert_eq!(ipv4_octets("1.2.3.4.5"), None);
        assert_eq!(ipv4_octets("1..3.4"), None);
    }
}
