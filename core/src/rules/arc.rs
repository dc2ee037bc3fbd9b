//! `arc/` — the Azure Arc-enabled Kubernetes platform: connecting a cluster
//! (`az connectedk8s connect`), its agents in the `azure-arc` namespace, the
//! Helm release that installs them, cluster connect and custom locations.

use super::{
    between, is_placeholder, squeeze, word_after, Ctx, Diagnosis, Finding, Link, Severity,
};
use crate::facts::{contains_ci, Pod, SecretList};
use crate::parse::id_part;

/// Every `arc/` diagnosis, in catalogue order.
pub const ALL: &[&Diagnosis] = &[
    &WRONG_SUBSCRIPTION,
    &HELM_RELEASE_MISSING,
    &AGENTS_UNHEALTHY,
    &PROVISIONING_TIMEOUT,
    &OVERAGE_CLAIMS,
    &DIAGNOSTIC_CHART_PULL,
    &MSI_CERTIFICATE,
    &INSUFFICIENT_CLUSTER_PERMISSIONS,
    &OPENSHIFT_CONNECT_TIMEOUT,
    &HELM_UPGRADE_TIMEOUT,
    &IDENTITY_CERTIFICATE_MISSING,
    &KUBE_AAD_PROXY_MISSING,
    &KUBE_AAD_PROXY_CERT_MISSING,
    &CRYPTOHASH_MODULE,
    &CLUSTER_CONNECT_NO_AGENT,
    &CUSTOM_LOCATIONS_OID,
    &OUTBOUND_CONNECTIVITY,
];

/// The namespace of the Azure Arc agents.
const ARC_NS: &str = "azure-arc";

/// Words that place a paste in the Azure Arc world.
pub const ARC_CONTEXT: &[&str] = &[
    "connectedk8s",
    "k8s-configuration",
    "k8s-extension",
    "azure-arc",
    "arc.azure.com",
    "connectedClusters",
    "kubernetesconfiguration",
];

/// AKS on Azure Stack HCI's `Enable-AksHciArcConnection`, when its service
/// principal may not look up the custom locations application.
const AKS_HCI_CUSTOM_LOCATIONS_OFF: &str = "Custom locations has not been enabled";

/// The application ID of Azure Arc's custom locations service, which
/// `az ad sp show --id` looks up for its object ID.
const CUSTOM_LOCATIONS_APP_ID: &str = "bc313c14-388c-4e7d-a58e-70017303ee3b";

/// How a name that does not resolve shows (see [`OUTBOUND_CONNECTIVITY`]).
const DNS_FAILURES: &[&str] = &[
    "issue with the DNS resolution",
    "no such host",
    "NameResolutionError",
    "Name or service not known",
    "Temporary failure in name resolution",
];

/// How an untrusted certificate shows: an inspecting proxy re-signs TLS.
const UNTRUSTED_CERTIFICATE: &[&str] = &["CERTIFICATE_VERIFY_FAILED", "certificate verify failed"];

/// Words that put a paste about the cluster connect feature.
pub const CLUSTER_CONNECT_WORDS: &[&str] =
    &["connectedk8s proxy", "cluster-connect", "hybrid connection"];

fn in_arc_context(ctx: &Ctx<'_>) -> bool {
    ARC_CONTEXT.iter().any(|w| ctx.mentions(w))
}

/// A finding about the connected cluster, with its name, resource group,
/// location and subscription when the commands show them.
fn cluster_finding(ctx: &Ctx<'_>) -> Finding {
    // Read once per paste: most checks of the domain ask.
    Finding::clone(&ctx.cached("arc cluster", || read_cluster_finding(ctx)))
}

/// [`cluster_finding`], read from the commands and the paste's IDs.
fn read_cluster_finding(ctx: &Ctx<'_>) -> Finding {
    // Only `az` commands name the cluster; `kubectl -n azure-arc` names a namespace.
    let az_flag = |names: &[&str]| {
        ctx.facts
            .commands
            .iter()
            .rev()
            .filter(|c| c.text.starts_with("az "))
            .find_map(|c| c.flag(names))
            // `-n $clusterName`: a script's variable, not the name.
            .filter(|value| !is_placeholder(value))
    };
    // Else the connected cluster's resource ID (an agent log's `ArmId`).
    let resource_id = ctx
        .azure_ids()
        .iter()
        .find(|id| id_part(id, "connectedClusters").is_some());
    let flag_or_id = |names: &[&str], id_segment: &str| {
        az_flag(names).or_else(|| resource_id.and_then(|id| id_part(id, id_segment)))
    };
    let name = flag_or_id(
        &["--name", "-n", "--cluster-name", "-c"],
        "connectedClusters",
    );
    let subject = name
        .clone()
        .unwrap_or_else(|| "Azure Arc-enabled cluster".to_string());
    Finding::new(subject)
        .maybe("cluster", name)
        .maybe(
            "rg",
            flag_or_id(&["--resource-group", "-g"], "resourceGroups"),
        )
        .maybe("location", az_flag(&["--location", "-l"]))
        .maybe(
            "subscription",
            flag_or_id(&["--subscription"], "subscriptions"),
        )
}

/// The deployments of the Azure Arc agents, whose names start their pods'.
const ARC_AGENTS: &[&str] = &[
    "clusterconnect-agent",
    "clusteridentityoperator",
    "cluster-metadata-operator",
    "config-agent",
    "controller-manager",
    "extension-events-collector",
    "extension-manager",
    "flux-logs-agent",
    "kube-aad-proxy",
    "metrics-agent",
    "resource-sync-agent",
];

/// The position in [`ARC_AGENTS`] of the agent whose pod `name` is
/// (`config-agent-66c4d894b6-g2ghp`).
fn arc_agent_of(name: &str) -> Option<usize> {
    ARC_AGENTS.iter().position(|agent| {
        name.strip_prefix(agent)
            .is_some_and(|rest| rest.starts_with('-'))
    })
}

/// Pods of the Azure Arc agents in the paste: those of the `azure-arc`
/// namespace, and, in a list printed without `-n azure-arc`, pods of no
/// known namespace named after the agents, when three agents or more are
/// there (one `controller-manager` is anybody's).
fn arc_pods<'a>(ctx: &Ctx<'a>) -> Vec<&'a Pod> {
    let pods = &ctx.facts.pods;
    // Looked up once per paste: several checks ask, some more than once.
    let indexes = ctx.cached("arc pods", || {
        let unnamespaced_agent = |i: usize| {
            pods[i]
                .namespace
                .is_none()
                .then(|| arc_agent_of(&pods[i].name))
                .flatten()
        };
        // One bit per agent seen.
        let agents_seen = (0..pods.len())
            .filter_map(unnamespaced_agent)
            .fold(0u32, |seen, agent| seen | 1 << agent);
        (0..pods.len())
            .filter(|&i| {
                pods[i].namespace.as_deref() == Some(ARC_NS)
                    || agents_seen.count_ones() >= 3 && unnamespaced_agent(i).is_some()
            })
            .collect::<Vec<usize>>()
    });
    indexes.iter().map(|&i| &pods[i]).collect()
}

fn arc_pod<'a>(ctx: &Ctx<'a>, prefix: &str) -> Option<&'a Pod> {
    arc_pods(ctx)
        .into_iter()
        .find(|p| p.name.starts_with(prefix) && p.name[prefix.len()..].starts_with('-'))
}

/// The azure-arc secret listing, if the paste has one.
fn arc_secrets<'a>(ctx: &Ctx<'a>) -> Option<&'a SecretList> {
    ctx.facts.secret_lists.iter().find(|s| {
        s.namespace.as_deref() == Some(ARC_NS)
            || s.names
                .iter()
                .any(|(n, _)| n.starts_with("azure-arc-") || n.contains("-certificate"))
    })
}

fn has_secret(list: &SecretList, name: &str) -> bool {
    list.names.iter().any(|(n, _)| n == name)
}

/// Lines of trigger `trigger`'s hits where the secret `name` is reported
/// missing: `secret "x" not found`, or `secrets \"x\" not found` inside an
/// agent's JSON log line.
fn secret_not_found_lines(ctx: &Ctx<'_>, trigger: usize, name: &str) -> Vec<usize> {
    let said = [
        format!("secret{name}notfound"),
        format!("secrets{name}notfound"),
    ];
    let mut lines = Vec::new();
    for hit in ctx.hits_of(trigger) {
        let near = squeeze(&ctx.near(hit, 12, 16)).replace(['"', '\\', '\''], "");
        if said.iter().any(|s| near.contains(s.as_str())) {
            lines.extend(hit.lines.clone());
        }
    }
    lines
}

/// Evidence lines of every hit.
fn all_hit_lines(ctx: &Ctx<'_>) -> Vec<usize> {
    ctx.hits.iter().flat_map(|(_, h)| h.lines.clone()).collect()
}

/// The Azure CLI is pointed at another subscription than the resource's.
pub const WRONG_SUBSCRIPTION: Diagnosis = Diagnosis {
    id: "arc/wrong-subscription",
    severity: Severity::Error,
    source:
        seed!("000 — Azure CLI (az account set / az account show before az connectedk8s); 001 — Azure CLI"),
    triggers: &[
        "SubscriptionNotFound",
        "ResourceGroupNotFound",
        "InvalidSubscriptionId",
        "could not be found",
        // ARM's `(ResourceNotFound) The Resource 'Microsoft.Kubernetes/
        // connectedClusters/x' under resource group 'y' was not found`.
        "ResourceNotFound",
    ],
    explains: &[],
    check: |ctx, out| {
        let mut lines = Vec::new();
        let (mut subscription, mut group) = (None, None);
        for (trigger, hit) in &ctx.hits {
            let text = &ctx.text_around(hit, 1);
            // "could not be found" alone is everyday wording: only a subscription
            // or resource group that Azure cannot find counts, and only around
            // Arc (`az aks create` answering the same is not about Arc).
            let specific = *trigger < 3
                || contains_ci(text, "subscription '")
                || contains_ci(text, "resource group '");
            // ARM's `ResourceNotFound` is the subscription's only for the
            // connected cluster itself (a missing extension is just missing).
            let specific = specific && (*trigger != 4 || contains_ci(text, "connectedClusters/"));
            if specific && in_arc_context(ctx) {
                lines.extend(hit.lines.clone());
                if contains_ci(text, "subscription '") {
                    subscription = word_after(text, "subscription ");
                }
                // The group Azure did not find, whatever the commands around say.
                if contains_ci(text, "resource group '") {
                    group = super::between(text, "resource group ", '\'', '\'');
                }
            }
        }
        if !lines.is_empty() {
            let mut finding = cluster_finding(ctx)
                .lines(lines)
                .maybe("subscription", subscription);
            if let Some(group) = group.filter(|g| !g.is_empty()) {
                finding = finding.set("rg", group);
            }
            out.push(finding);
        }
    },
};

/// The `azure-arc` Helm release is missing or not deployed.
pub const HELM_RELEASE_MISSING: Diagnosis = Diagnosis {
    id: "arc/helm-release-missing",
    severity: Severity::Error,
    source: seed!("000 — Azure Arc 에이전트 (helm --namespace default status azure-arc); 001 — Azure Arc 代理程式"),
    triggers: &["release: not found"],
    explains: &[("arc/agents-unhealthy", Link::AnySubject)],
    check: |ctx, out| {
        for release in ctx.facts.helm_releases.iter().filter(|r| r.name == ARC_NS && r.status != "deployed") {
            out.push(cluster_finding(ctx).line(release.line).value("status", &release.status).variant("not-deployed"));
        }
        let asked_for_arc = ctx.facts.commands.iter().any(|c| c.text.starts_with("helm") && c.text.contains(ARC_NS));
        if asked_for_arc {
            for hit in ctx.hits_of(0) {
                out.push(cluster_finding(ctx).lines(hit.lines.clone()).variant("not-found"));
            }
        }
    },
};

/// Agents of the azure-arc namespace that do not run with every container ready.
pub const AGENTS_UNHEALTHY: Diagnosis = Diagnosis {
    id: "arc/agents-unhealthy",
    severity: Severity::Error,
    source: seed!("000 — Azure Arc 에이전트 (kubectl -n azure-arc get deployments,pods); 001 — Azure Arc 代理程式"),
    triggers: &[],
    explains: &[
        ("pod/crash-loop", Link::SameSubject),
        ("pod/not-ready", Link::SameSubject),
        ("pod/pending-resources", Link::SameSubject),
        ("pod/image-pull-backoff", Link::SameSubject),
        ("pod/error-exit", Link::SameSubject),
        ("pod/container-creating", Link::SameSubject),
    ],
    check: |ctx, out| {
        let mut finding = Finding::new(ARC_NS).value("ns", ARC_NS);
        for pod in arc_pods(ctx).into_iter().filter(|p| !p.is_healthy()) {
            let status = pod.status.as_deref().unwrap_or("");
            // Whose logs to read: a crashed container's previous run, or a
            // running pod's unready container (a Pending pod has none).
            let (variant, logs_of) = match status {
                s if s.contains("CrashLoopBackOff") || s.contains("Error") => ("crashing", "crashing_pod"),
                "Pending" => ("pending", "pod"),
                s if s.contains("ImagePull") || s.contains("ErrImage") => ("image-pull", "pod"),
                _ => ("not-ready", "unready_pod"),
            };
            finding = finding.line(pod.line).relate(pod.subject()).variant(variant);
            for key in ["pod", logs_of] {
                if finding.get(key).is_none() {
                    finding = finding.value(key, &*pod.name);
                }
            }
        }
        for deployment in ctx.facts.deployments.iter().filter(|d| d.namespace.as_deref() == Some(ARC_NS) && d.ready.0 < d.ready.1) {
            finding = finding.line(deployment.line).variant("deployment").value("deployment", &*deployment.name);
        }
        if !finding.evidence.is_empty() {
            out.push(finding);
        }
    },
};

/// Creating the connected cluster resource failed or timed out on Azure's side.
pub const PROVISIONING_TIMEOUT: Diagnosis = Diagnosis {
    id: "arc/provisioning-timeout",
    severity: Severity::Error,
    source: seed!(
        "000 — 리소스 프로비저닝 실패/서비스 시간 제한 오류; 001 — 資源佈建失敗/服務逾時錯誤"
    ),
    triggers: &[
        "ResourceDeploymentFailure",
        "ResourceProvisioningFailed",
        "did not complete within the allowed timeout",
        "terminal provisioning state",
    ],
    explains: &[],
    check: |ctx, out| {
        // An extension's operation on a connected cluster fails with the same
        // `terminal provisioning state`: that is ext/'s, not onboarding.
        let extension = [
            "k8s-extension",
            "Microsoft.KubernetesConfiguration/extensions",
            "ExtensionOperationFailed",
        ]
        .iter()
        .any(|phrase| ctx.mentions(phrase));
        let connect =
            ctx.mentions("connectedk8s") || ctx.mentions("connectedClusters") && !extension;
        if ctx.hit() && connect {
            out.push(cluster_finding(ctx).lines(all_hit_lines(ctx)));
        }
    },
};

/// Tokens with an overage claim (more than 200 groups) are refused.
pub const OVERAGE_CLAIMS: Diagnosis = Diagnosis {
    id: "arc/overage-claims",
    severity: Severity::Error,
    source: seed!("000 — 초과분 클레임 오류; 001 — 超額宣告錯誤"),
    triggers: &["overage claim"],
    explains: &[],
    check: |ctx, out| {
        if ctx.hit() {
            out.push(cluster_finding(ctx).lines(all_hit_lines(ctx)));
        }
    },
};

/// The connect pre-check cannot pull its diagnostic chart.
pub const DIAGNOSTIC_CHART_PULL: Diagnosis = Diagnosis {
    id: "arc/diagnostic-chart-pull",
    severity: Severity::Error,
    source: seed!("000 — 아웃바운드 네트워크 연결 문제 (cluster-diagnostic-checks chart); 001 — 輸出網路連線問題"),
    triggers: &[
        "Unable to pull cluster-diagnostic-checks helm chart",
        "cluster-diagnostic-checks helm chart",
        "Unable to pull clusterdiagnosticchecks helm chart",
        "clusterdiagnosticchecks helm chart",
    ],
    explains: &[("arc/outbound-connectivity", Link::AnySubject)],
    check: |ctx, out| {
        let Some((_, hit)) = ctx.hits.first() else {
            return;
        };
        // `… helm chart from the registry 'mcr.microsoft.com/azurearck8s/…'`:
        // the host it could not pull from.
        let registry = between(&ctx.message_from(hit), "from the registry", '\'', '\'')
            .and_then(|reference| Some(reference.split('/').next()?.to_string()))
            .filter(|host| host.contains('.') && !host.contains(' '));
        let finding = cluster_finding(ctx).lines(all_hit_lines(ctx));
        out.push(match registry {
            Some(host) => finding.variant("registry").value("registry", host),
            None => finding,
        });
    },
};

/// The agents cannot retrieve their managed identity (MSI) certificate.
pub const MSI_CERTIFICATE: Diagnosis = Diagnosis {
    id: "arc/msi-certificate",
    severity: Severity::Error,
    source: seed!("000 — MSI 인증서를 검색할 수 없음; 001 — 無法擷取 MSI 憑證"),
    triggers: &[
        "Unable to fetch MSI certificate",
        "Unable to pull MSI certificate",
        "Error while fetching the MSI certificate",
        "Failed to fetch MSI certificate",
        "MSI certificate could not be",
    ],
    explains: &[("arc/outbound-connectivity", Link::AnySubject)],
    check: |ctx, out| {
        if ctx.hit() {
            out.push(cluster_finding(ctx).lines(all_hit_lines(ctx)));
        }
    },
};

/// The kubeconfig user may not install the agents (needs cluster-admin).
pub const INSUFFICIENT_CLUSTER_PERMISSIONS: Diagnosis = Diagnosis {
    id: "arc/insufficient-cluster-permissions",
    severity: Severity::Error,
    source: seed!("000 — 클러스터 권한 부족; 001 — 叢集權限不足"),
    triggers: &[
        "is forbidden: User",
        "doesn't have permission to create",
        "does not have permission to create",
        "cannot list resource",
        "cannot create resource",
    ],
    explains: &[("arc/helm-upgrade-timeout", Link::AnySubject)],
    check: |ctx, out| {
        let connecting = ctx.mentions("connectedk8s") || ctx.mentions("azure-arc");
        // A forbidden error of some workload (a CSI driver, an operator) is
        // not the connect failure: it must come from the connect itself.
        if !ctx.hit() || !connecting || ctx.commands_with("connectedk8s").next().is_none() {
            return;
        }
        // `az customlocation create` is refused the same way when the
        // custom-locations feature is off: that is not the kubeconfig's user.
        let first = ctx.hits[0].1.lines.start;
        if ctx
            .facts
            .command_before(first)
            .is_some_and(|c| c.text.contains("customlocation"))
        {
            return;
        }
        let mut finding = cluster_finding(ctx).lines(all_hit_lines(ctx));
        for hit in ctx.hits.iter().map(|(_, h)| *h) {
            // In a JSON string the name is quoted with escapes: `User \"alice\"`.
            let text = ctx.text_around(hit, 1).replace("\\\"", "\"");
            if let Some(user) = word_after(&text, "User ") {
                finding = finding.value("user", user);
            }
        }
        out.push(finding);
    },
};

/// `az connectedk8s connect` times out on an OpenShift cluster.
pub const OPENSHIFT_CONNECT_TIMEOUT: Diagnosis = Diagnosis {
    id: "arc/openshift-connect-timeout",
    severity: Severity::Error,
    source: seed!("000 — OpenShift 클러스터를 Azure Arc에 연결할 수 없음; 001 — 無法將 OpenShift 叢集連線到 Azure Arc"),
    triggers: &["openshift", "Unable to install helm release", "timed out", "time out"],
    explains: &[("arc/helm-upgrade-timeout", Link::AnySubject)],
    check: |ctx, out| {
        let openshift = ctx.hits_of(0).next().is_some() || ctx.facts.commands.iter().any(|c| c.text.starts_with("oc "));
        let connect = ctx.commands_with("connectedk8s connect").next().is_some() || ctx.mentions("connectedk8s connect");
        let timeout_lines: Vec<usize> = ctx
            .hits
            .iter()
            .filter(|(t, h)| *t > 0 && (*t == 1 && is_timeout(&ctx.squeezed_around(h, 2)) || *t > 1))
            .flat_map(|(_, h)| h.lines.clone())
            .collect();
        if openshift && connect && !timeout_lines.is_empty() {
            out.push(cluster_finding(ctx).lines(timeout_lines));
        }
    },
};

fn is_timeout(squeezed: &str) -> bool {
    [
        "timeoutwaitingforthecondition",
        "timedoutwaitingforthecondition",
        "timedout",
        "timeout",
    ]
    .iter()
    .any(|w| squeezed.contains(w))
}

/// Installing the agents' Helm release timed out while connecting.
pub const HELM_UPGRADE_TIMEOUT: Diagnosis = Diagnosis {
    id: "arc/helm-upgrade-timeout",
    severity: Severity::Error,
    source: seed!("000 — Helm 시간 초과 오류 / 설치 시간 초과; 001 — Helm 逾時錯誤 / 安裝逾時"),
    triggers: &["Unable to install helm release"],
    explains: &[("arc/agents-unhealthy", Link::AnySubject)],
    check: |ctx, out| {
        let lines: Vec<usize> = ctx
            .hits_of(0)
            .filter(|h| {
                let s = ctx.squeezed_around(h, 2);
                s.contains("timeoutwaitingforthecondition")
                    || s.contains("timedoutwaitingforthecondition")
            })
            .flat_map(|h| h.lines.clone())
            .collect();
        if lines.is_empty() {
            return;
        }
        let mut finding = cluster_finding(ctx).lines(lines);
        let agents = ["clusterconnect-agent", "config-agent"];
        for pod in agents
            .iter()
            .filter_map(|a| arc_pod(ctx, a))
            .filter(|p| !p.is_healthy())
        {
            finding = finding.line(pod.line).variant("agents-crashing");
        }
        out.push(finding);
    },
};

/// The system-assigned managed identity was never installed.
pub const IDENTITY_CERTIFICATE_MISSING: Diagnosis = Diagnosis {
    id: "arc/identity-certificate-missing",
    severity: Severity::Error,
    source:
        seed!("000 — Helm 시간 초과 오류, 3단계 (azure-identity-certificate); 001 — Helm 逾時錯誤, 步驟 3"),
    triggers: &["azure-identity-certificate"],
    explains: &[
        ("arc/helm-upgrade-timeout", Link::AnySubject),
        ("arc/agents-unhealthy", Link::AnySubject),
    ],
    check: |ctx, out| {
        // An agent's own log says so (`secrets "azure-identity-certificate"
        // not found`): no secret list needed.
        let not_found = secret_not_found_lines(ctx, 0, "azure-identity-certificate");
        if !not_found.is_empty() {
            out.push(cluster_finding(ctx).lines(not_found));
            return;
        }
        let Some(secrets) = arc_secrets(ctx) else {
            return;
        };
        if has_secret(secrets, "azure-identity-certificate") {
            return;
        }
        let agents_failing = ["clusterconnect-agent", "config-agent"]
            .iter()
            .filter_map(|a| arc_pod(ctx, a))
            .any(|p| !p.is_healthy());
        let timed_out = ctx.mentions("Unable to install helm release");
        if agents_failing || timed_out {
            let finding = cluster_finding(ctx)
                .lines(secrets.names.iter().map(|(_, line)| *line).take(8))
                .lines(
                    ["clusterconnect-agent", "config-agent"]
                        .iter()
                        .filter_map(|a| arc_pod(ctx, a))
                        .filter(|p| !p.is_healthy())
                        .map(|p| p.line),
                );
            out.push(finding);
        }
    },
};

/// clusterconnect-agent and config-agent run, but kube-aad-proxy has no pod.
pub const KUBE_AAD_PROXY_MISSING: Diagnosis = Diagnosis {
    id: "arc/kube-aad-proxy-missing",
    severity: Severity::Error,
    source: seed!("000 — Helm 시간 초과 오류, 4단계 (kube-aad-proxy Pod 누락, Pod 보안 정책); 001 — Helm 逾時錯誤, 步驟 4"),
    triggers: &[],
    explains: &[("arc/agents-unhealthy", Link::AnySubject)],
    check: |ctx, out| {
        let running = |name| arc_pod(ctx, name).is_some_and(|p| p.status.as_deref() == Some("Running"));
        if !running("clusterconnect-agent") || !running("config-agent") || arc_pod(ctx, "kube-aad-proxy").is_some() {
            return;
        }
        let mut finding = cluster_finding(ctx).lines(arc_pods(ctx).iter().map(|p| p.line).take(1));
        if let Some(deployment) = ctx.facts.deployments.iter().find(|d| d.name == "kube-aad-proxy") {
            finding = finding.line(deployment.line);
        }
        out.push(finding.lines(arc_pod(ctx, "clusterconnect-agent").map(|p| p.line)));
    },
};

/// kube-aad-proxy is stuck creating because its certificate never arrived.
pub const KUBE_AAD_PROXY_CERT_MISSING: Diagnosis = Diagnosis {
    id: "arc/kube-aad-proxy-cert-missing",
    severity: Severity::Error,
    source:
        seed!("000 — Helm 시간 초과 오류, 5단계 (kube-aad-proxy-certificate); 001 — Helm 逾時錯誤, 步驟 5"),
    triggers: &["kube-aad-proxy-certificate"],
    explains: &[
        ("pod/container-creating", Link::SameSubject),
        ("pod/pending-resources", Link::SameSubject),
        ("arc/agents-unhealthy", Link::AnySubject),
        ("arc/helm-upgrade-timeout", Link::AnySubject),
    ],
    check: |ctx, out| {
        let proxy = arc_pod(ctx, "kube-aad-proxy");
        // The kubelet says so (`secret "kube-aad-proxy-certificate" not
        // found`), whatever state the pod is shown in, unless it now runs.
        let not_found = secret_not_found_lines(ctx, 0, "kube-aad-proxy-certificate");
        let said = !not_found.is_empty() && !proxy.is_some_and(Pod::is_healthy);
        // Or the pod waits to be created and the secret list lacks it.
        let secrets = arc_secrets(ctx);
        let listed_missing = proxy.is_some_and(|p| !p.signal_lines("ContainerCreating").is_empty())
            && secrets.is_some_and(|s| !has_secret(s, "kube-aad-proxy-certificate"));
        if !said && !listed_missing {
            return;
        }
        let mut finding = cluster_finding(ctx).lines(not_found);
        if let Some(secrets) = secrets.filter(|_| listed_missing) {
            finding = finding.lines(secrets.names.iter().map(|(_, line)| *line).take(8));
        }
        if let Some(proxy) = proxy {
            finding = finding
                .line(proxy.line)
                .relate(proxy.subject())
                .value("pod", &*proxy.name);
        }
        out.push(finding);
    },
};

/// The connectedk8s extension was installed without its crypto module.
pub const CRYPTOHASH_MODULE: Diagnosis = Diagnosis {
    id: "arc/cryptohash-module",
    severity: Severity::Error,
    source: seed!("000 — CryptoHash 모듈 오류; 001 — CryptoHash 模組錯誤"),
    triggers: &[
        "Cannot load native module 'Crypto.Hash._MD5'",
        "Crypto.Hash._MD5",
    ],
    explains: &[],
    check: |ctx, out| {
        // The same module fails to load in any Python program (an AWS Lambda
        // bundle): only the Azure CLI's extensions make it this diagnosis.
        if ctx.hit() && (in_arc_context(ctx) || ctx.mentions("cliextensions")) {
            out.push(
                Finding::new("Azure CLI extensions (connectedk8s, k8s-configuration)")
                    .lines(all_hit_lines(ctx)),
            );
        }
    },
};

/// Cluster connect is off: no clusterconnect-agent, no kube-aad-proxy.
pub const CLUSTER_CONNECT_NO_AGENT: Diagnosis = Diagnosis {
    id: "arc/cluster-connect-no-agent",
    severity: Severity::Error,
    source: seed!("000 — 클러스터 연결 문제; 001 — 叢集連線問題"),
    triggers: &["no agent is connected in the target arc resource"],
    explains: &[("arc/kube-aad-proxy-missing", Link::AnySubject)],
    check: |ctx, out| {
        let pods = arc_pods(ctx);
        let listed = pods.len() >= 3;
        // An agent list without both pods means the feature is off; that is a
        // problem only when the paste is about cluster connect (old agent
        // versions had neither pod).
        let about_cluster_connect = CLUSTER_CONNECT_WORDS.iter().any(|p| ctx.mentions(p));
        let disabled = listed
            && about_cluster_connect
            && arc_pod(ctx, "clusterconnect-agent").is_none()
            && arc_pod(ctx, "kube-aad-proxy").is_none();
        if ctx.hit() || disabled {
            let mut finding = cluster_finding(ctx).lines(all_hit_lines(ctx));
            if disabled {
                finding = finding.line(pods[0].line).variant("agents-absent");
            }
            out.push(finding);
        }
    },
};

/// Custom locations could not be enabled: the service principal cannot read the app's object ID.
pub const CUSTOM_LOCATIONS_OID: Diagnosis = Diagnosis {
    id: "arc/custom-locations-oid",
    severity: Severity::Warning,
    source: seed!(
        "000 — 서비스 주체를 사용하여 사용자 지정 위치 사용; 001 — 使用服務主體啟用自訂位置"
    ),
    // connectedk8s's three wordings: the seed's, and the two of newer
    // versions (`Unable to fetch [the] Object ID of [the] Azure AD application
    // used by Azure Arc service`).
    triggers: &[
        "Unable to fetch oid of",
        "Unable to fetch the Object ID of",
        "Unable to fetch Object ID of",
        AKS_HCI_CUSTOM_LOCATIONS_OFF,
        CUSTOM_LOCATIONS_APP_ID,
        // `az customlocation create` on a cluster without the feature.
        "resource provider does not have the required permissions to create a namespace",
    ],
    explains: &[],
    check: |ctx, out| {
        // Which happened: the CLI went on without the feature, or the
        // lookup run by hand was refused.
        let (mut skipped, mut refused_by_hand, mut not_enabled) = (false, false, false);
        let lines: Vec<usize> = ctx
            .hits
            .iter()
            .map(|(_, h)| *h)
            .filter(|h| {
                let phrase = ctx.hit_text(h);
                if contains_ci(&phrase, "create a namespace") {
                    not_enabled = true;
                    return true;
                }
                if phrase.eq_ignore_ascii_case(CUSTOM_LOCATIONS_APP_ID) {
                    // `az ad sp show --id <app>` refused: the same lookup, by hand.
                    let after = squeeze(&ctx.lines_around(h, 0, 3));
                    let refused = after.contains("insufficientprivileges")
                        || after.contains("authorization_requestdenied");
                    refused_by_hand |= refused;
                    return refused;
                }
                let accepted = if phrase.eq_ignore_ascii_case(AKS_HCI_CUSTOM_LOCATIONS_OFF) {
                    // Only when the lookup of the service principal was refused just before.
                    let before = squeeze(&ctx.lines_around(h, 12, 0));
                    before.contains("getserviceprincipals")
                        && before.contains("authorization_requestdenied")
                } else {
                    let text = ctx.squeezed_around(h, 1);
                    // With an object ID given, connect goes on and enables the feature.
                    text.contains("custom-locations")
                        && !text.contains("proceedingwiththeobjectidprovided")
                };
                skipped |= accepted;
                accepted
            })
            .flat_map(|h| h.lines.clone())
            .collect();
        if lines.is_empty() {
            return;
        }
        let mut finding = cluster_finding(ctx).lines(lines);
        for (happened, variant) in [
            (skipped, "skipped"),
            (refused_by_hand, "lookup-refused"),
            (not_enabled, "not-enabled"),
        ] {
            if happened {
                finding = finding.variant(variant);
            }
        }
        out.push(finding);
    },
};

/// The cluster cannot reach the Azure endpoints it needs (egress, proxy, DNS).
pub const OUTBOUND_CONNECTIVITY: Diagnosis = Diagnosis {
    id: "arc/outbound-connectivity",
    severity: Severity::Error,
    source:
        seed!("000 — 아웃바운드 네트워크 연결 문제 / DNS 확인 문제; 001 — 輸出網路連線問題 / DNS 解析問題"),
    triggers: &[
        "issue with outbound network connectivity",
        "issue with the DNS resolution",
        "i/o timeout",
        "no such host",
        "ProxyError",
        "Max retries exceeded",
        "dial tcp",
        "Unable to pull azure-arc-k8sagents helm chart",
        "TLS handshake timeout",
        // Python's (the az CLI's) words for a name that does not resolve.
        "NameResolutionError",
        "Name or service not known",
        "Temporary failure in name resolution",
        // Python's words for a certificate it does not trust.
        "CERTIFICATE_VERIFY_FAILED",
        "certificate verify failed",
        CONNECTIVITY_CHECK,
    ],
    explains: &[("arc/helm-upgrade-timeout", Link::AnySubject)],
    check: |ctx, out| {
        let checked = !ctx.lines_hit(CONNECTIVITY_CHECK).is_empty();
        if !ctx.hit()
            || !(ctx.commands_with("connectedk8s").next().is_some()
                || ctx.mentions("arc.azure.com")
                || ctx.mentions("azurearck8s")
                || checked)
        {
            return;
        }
        // Only the check failed, and the API server answered it (`Error
        // Response: {… "reason":"Unauthorized", "code":401}`): the cluster
        // was reached, and refused the kubeconfig's credentials.
        let answered = ctx.hits.iter().all(|(trigger, hit)| {
            ctx.diagnosis.triggers[*trigger] == CONNECTIVITY_CHECK && {
                let after = ctx.text_around(hit, 3);
                contains_ci(&after, "Unauthorized") || contains_ci(&after, "Forbidden")
            }
        });
        if answered {
            return;
        }
        let mut finding = cluster_finding(ctx).lines(all_hit_lines(ctx));
        // The message says where it failed, not why: the other hits tell.
        for (_, hit) in ctx.hits.iter() {
            let phrase = ctx.hit_text(hit);
            if phrase.eq_ignore_ascii_case(CONNECTIVITY_CHECK) {
                continue;
            }
            let is = |phrases: &[&str]| phrases.iter().any(|p| phrase.eq_ignore_ascii_case(p));
            let text = &ctx.text_around(hit, 1);
            let api_server = cluster_api_server(text);
            let variant = if let Some(address) = api_server {
                // A client without a kubeconfig goes to localhost:80 (the
                // Python client) or localhost:8080 (kubectl).
                let no_kubeconfig = [
                    "localhost:80",
                    "localhost:8080",
                    "127.0.0.1:80",
                    "127.0.0.1:8080",
                ]
                .contains(&address.as_str());
                finding = finding.value("api_server", address);
                if no_kubeconfig {
                    "no-kubeconfig"
                } else {
                    "cluster-api"
                }
            } else if is(DNS_FAILURES) {
                "dns"
            } else if is(UNTRUSTED_CERTIFICATE) {
                "tls-inspection"
            } else if is(&["ProxyError", "Max retries exceeded"]) && contains_ci(text, "proxy") {
                "proxy"
            } else if is(&["Max retries exceeded"]) && contains_ci(text, "NameResolutionError") {
                // urllib3's retries name their cause: `(Caused by NameResolutionError(…))`.
                "dns"
            } else {
                "egress"
            };
            finding = finding.variant(variant);
        }
        if ctx.flag(&["--proxy-https", "--proxy-http"]).is_some() {
            finding = finding.variant("proxy");
        }
        out.push(finding);
    },
};

/// connectedk8s's own words when this machine cannot reach the cluster.
const CONNECTIVITY_CHECK: &str = "Unable to verify connectivity to the Kubernetes cluster";

/// The Kubernetes API server that a failed request of `text` went to, as
/// `host:port`: urllib3's `HTTPSConnectionPool(host='10.0.0.4', port=6443):
/// Max retries exceeded with url: /api/v1/…` (the Azure CLI's Kubernetes
/// client), or Go's `dial tcp 10.0.0.4:6443: i/o timeout` (kubectl, Helm).
fn cluster_api_server(text: &str) -> Option<String> {
    if let Some(host) = between(text, "ConnectionPool(host=", '\'', '\'') {
        let to_kubernetes = ["url: /api/", "url: /apis/", "url: /api?", "url: /version"]
            .iter()
            .any(|path| text.contains(path));
        let port = word_after(text, "port=").unwrap_or_default();
        return to_kubernetes.then(|| format!("{host}:{port}"));
    }
    let address = word_after(text, "dial tcp ")?;
    address.ends_with(":6443").then_some(address)
}

#[cfg(test)]
mod tests {
    use crate::rules::fixtures;

    #[test]
    fn the_diagnostic_chart_fix_names_the_registry_the_cli_pulled_from() {
        let found = fixtures::finding(
            "arc/diagnostic-chart-pull/match-real-china-registry-not-found.txt",
            "arc/diagnostic-chart-pull",
        );
        assert_eq!(found.sub_causes, ["registry"]);
        assert!(
            found
                .commands
                .contains(&"nslookup mcr.microsoft.cn".to_string()),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn the_logs_to_read_are_a_running_agents_not_a_pending_ones() {
        let found = fixtures::finding(
            "arc/agents-unhealthy/match-real-pending-and-unready-prose.txt",
            "arc/agents-unhealthy",
        );
        assert!(
            found.commands.contains(
                &"kubectl -n azure-arc describe pod cluster-metadata-operator-68c8dc5bfd-fbmk9"
                    .to_string()
            ) && found.commands.contains(
                &"kubectl -n azure-arc logs config-agent-6dbbcdfb84-5zpfb --all-containers"
                    .to_string()
            ) && !found.commands.iter().any(|c| c.contains("--previous")),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn an_agent_log_saying_the_identity_secret_is_not_found_names_the_cluster_of_its_arm_id() {
        let found = fixtures::finding(
            "arc/identity-certificate-missing/match-config-agent-log.txt",
            "arc/identity-certificate-missing",
        );
        assert_eq!(found.subject, "AArcTest");
        assert!(
            found
                .commands
                .iter()
                .any(|c| c
                    == "az connectedk8s delete --name AArcTest --resource-group aa-cluster-rg"),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn a_pending_proxy_whose_certificate_is_not_found_is_the_missing_certificate() {
        let report = fixtures::report("arc/kube-aad-proxy-cert-missing/match-pending-describe.txt");
        let cause_of = |id: &str| {
            let finding = report.findings.iter().find(|f| f.id == id);
            finding.and_then(|f| f.caused_by)
        };
        // The pending pod, through the unhealthy agents, to the certificate.
        let agents = cause_of("pod/pending-resources").expect("the pod is still reported");
        assert_eq!(cause_of(agents), Some("arc/kube-aad-proxy-cert-missing"));
    }

    #[test]
    fn a_kubeconfig_that_cannot_reach_its_api_server_is_not_azure_egress() {
        let found = fixtures::finding(
            "arc/outbound-connectivity/match-real-cluster-api-unreachable.txt",
            "arc/outbound-connectivity",
        );
        assert_eq!(found.sub_causes, ["cluster-api"]);
        assert!(
            found.cause.contains("`172.29.2.181:8443`"),
            "{}",
            found.cause
        );
        let azure = fixtures::finding(
            "arc/outbound-connectivity/match-real-name-resolution-error.txt",
            "arc/outbound-connectivity",
        );
        assert!(
            !azure.sub_causes.contains(&"cluster-api".to_string()),
            "{:?}",
            azure.sub_causes
        );
        assert_eq!(
            super::cluster_api_server("dial tcp 10.1.2.3:6443: i/o timeout"),
            Some("10.1.2.3:6443".to_string())
        );
        assert_eq!(
            super::cluster_api_server("dial tcp 20.50.1.1:443: i/o timeout"),
            None
        );
    }

    #[test]
    fn a_connect_without_a_kubeconfig_goes_to_localhost() {
        for fixture in [
            "arc/outbound-connectivity/match-real-connect-no-kubeconfig.txt",
            "arc/outbound-connectivity/match-real-connect-no-kubeconfig-messy.txt",
        ] {
            let found = fixtures::finding(fixture, "arc/outbound-connectivity");
            assert_eq!(found.sub_causes, ["no-kubeconfig"], "{fixture}");
            assert_eq!(found.subject, "microk8s-2", "{fixture}");
            assert!(found.cause.contains("`localhost:80`"), "{}", found.cause);
        }
    }

    #[test]
    fn an_untrusted_certificate_during_connect_is_tls_inspection() {
        let found = fixtures::finding(
            "arc/outbound-connectivity/match-real-helm-client-ssl-verify.txt",
            "arc/outbound-connectivity",
        );
        assert_eq!(found.subject, "nvlastanzu-arc");
        assert_eq!(found.sub_causes, ["tls-inspection"]);
    }

    #[test]
    fn a_user_quoted_with_json_escapes_is_read_without_them() {
        let found = fixtures::finding(
            "arc/insufficient-cluster-permissions/match-escaped-user-json.txt",
            "arc/insufficient-cluster-permissions",
        );
        assert_eq!(found.subject, "demo");
        assert!(
            found
                .commands
                .iter()
                .any(|c| c.ends_with("--user=alice@contoso.com")),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn the_group_azure_did_not_find_is_the_one_to_check() {
        let found = fixtures::finding(
            "arc/wrong-subscription/match-real-group-not-found-next-command.txt",
            "arc/wrong-subscription",
        );
        assert!(
            found
                .commands
                .iter()
                .any(|c| c == "az group show --name my-resource-group"),
            "{:?}",
            found.commands
        );
        // ARM's `ResourceNotFound` for the connected cluster, not for AKS's.
        let cluster = fixtures::finding(
            "arc/wrong-subscription/match-real-extension-create-cluster-not-found.txt",
            "arc/wrong-subscription",
        );
        assert!(
            cluster.commands.iter().any(|c| c == "az account show"),
            "{:?}",
            cluster.commands
        );
        let aks =
            fixtures::report("arc/wrong-subscription/near-miss-aks-cluster-resource-not-found.txt");
        assert!(aks.findings.is_empty(), "{:?}", aks.findings);
        // An extension that is not there is just missing.
        let extension = crate::diagnose(
            "$ az k8s-extension show -g rg-arc -c arc-1 -t connectedClusters -n azuremonitor-containers\n\
             (ResourceNotFound) The Resource 'Microsoft.KubernetesConfiguration/extensions/azuremonitor-containers' \
             under resource group 'rg-arc' was not found.\n",
        );
        assert!(
            extension
                .findings
                .iter()
                .all(|f| f.id != "arc/wrong-subscription"),
            "{:?}",
            extension.findings
        );
    }

    #[test]
    fn a_refused_lookup_of_the_custom_locations_app_by_hand_is_the_same_missing_permission() {
        for fixture in [
            "match-real-sp-show-refused.txt",
            "match-sp-show-refused-powershell-crlf.txt",
        ] {
            let found = fixtures::finding(
                &format!("arc/custom-locations-oid/{fixture}"),
                "arc/custom-locations-oid",
            );
            assert_eq!(found.sub_causes, ["lookup-refused"], "{fixture}");
            assert!(!found.cause.contains("went on without"), "{}", found.cause);
        }
        let warned = fixtures::finding(
            "arc/custom-locations-oid/match-connect-warning.txt",
            "arc/custom-locations-oid",
        );
        assert_eq!(warned.sub_causes, ["skipped"]);
        // A custom location the provider could not make a namespace for.
        let create = fixtures::finding(
            "arc/custom-locations-oid/match-real-customlocation-create-namespace-permission.txt",
            "arc/custom-locations-oid",
        );
        assert_eq!(create.sub_causes, ["not-enabled"]);
    }
}
