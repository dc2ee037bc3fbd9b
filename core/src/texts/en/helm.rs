//! English texts of the `helm/` diagnoses.

use crate::texts::Text;

/// English texts of `helm/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "helm/resource-readiness-timeout",
        title: "Helm timed out waiting for the release's resources to become ready",
        cause: lines![
            "[timeout] Helm created the chart's resources and waited for them (pods, jobs) to become ready or complete; they did not within the time-out, so the install or upgrade failed (an atomic one is rolled back).",
            "[job] A job of the chart (one of its resources, or a hook such as `post-install` or `post-upgrade`) failed for good (`BackoffLimitExceeded`): its pods kept failing until the job's retry limit was reached, so the install or upgrade failed.",
            "Usual reasons: too little CPU or memory for the new pods, a policy or a `NoSchedule` taint that keeps them off the nodes, a Linux pod on a Windows node (or the reverse), or a configuration value that keeps them from starting.",
        ],
        fix: lines![
            "Check that the nodes have room for the release's requests and that the pods may run on them (taints, admission policies).",
            "Check that Linux pods land on Linux nodes and Windows pods on Windows nodes (`kubernetes.io/os`).",
            "Review the events of the release namespace to find the pod, job or resource that did not become ready, and why.",
            "[job] Read the logs of the failed job's pods: they say why it fails.",
            "Check the Helm values given to the extension or chart: every required value must be present and correct.",
            "Fix the cause, then retry the install or update.",
        ],
        commands: lines![
            "kubectl get events -n {release_ns} --sort-by=.lastTimestamp",
            "kubectl get pods,jobs -n {release_ns}",
            "kubectl describe nodes | grep -i -E 'taints|allocated' -A 3",
            "kubectl get nodes -L kubernetes.io/os,kubernetes.io/arch",
            "[job] kubectl describe jobs -n {release_ns}",
            "[waited] kubectl describe {waited_for} -n {release_ns}",
            "[extension] az k8s-extension show --resource-group {rg} --cluster-name {cluster} --cluster-type {cluster_type} --name {extension} --query statuses",
        ],
    },
    Text {
        id: "helm/chart-download-failed",
        title: "The Helm chart could not be downloaded from its repository",
        cause: lines![
            "[cluster] The extension's Helm chart could not be fetched from its repository URL (from {repo_host}). This is a connectivity problem between the cluster and the repository: a firewall or other outbound blocking stops the download.",
            "[cli] Helm could not fetch the chart (from {repo_host}): this machine, where `helm` runs, did not get through to the repository, or the repository refused it.",
            "[chart-ref] Helm did not find the chart `{chart}` in the repositories added here: the repository is not added, its index is stale, or the chart or version does not exist.",
            "[timeout] The connection timed out: the traffic is dropped on the way, typically by a firewall or a missing route to the internet.",
            "[refused] The repository or a proxy in between refused the request.",
            "[dns] The repository's host name could not be resolved.",
            "[tls] The TLS connection failed on a certificate: a proxy that inspects TLS is the usual suspect.",
        ],
        fix: lines![
            "[cluster] Allow outbound HTTPS from the cluster to the chart repository (from {repo_host}) through the firewall or proxy.",
            "[cluster] Follow the AKS outbound network and FQDN rules for cluster extensions, which list the endpoints that must be reachable.",
            "[cluster] Retry the extension operation once the repository is reachable.",
            "[cli] Check that this machine reaches the repository (proxy settings such as `HTTPS_PROXY`, firewall, DNS), then run the command again.",
            "[chart-ref] Add the repository if it is missing (`helm repo add`), run `helm repo update`, and check the chart's name and version.",
            "[oci] For a chart in an OCI registry, log in first if it is private (`helm registry login`), and check the chart's path: a registry refuses an anonymous token for a path that does not exist, too.",
        ],
        commands: lines![
            "[cluster] kubectl run nettest --rm -it --restart=Never --image=mcr.microsoft.com/azure-cli -- curl -sSI https://{repo_host}",
            "[extension] az k8s-extension show --resource-group {rg} --cluster-name {cluster} --cluster-type {cluster_type} --name {extension} --query statuses",
            "[cli] curl -sSI https://{repo_host}",
            "[oci] helm registry login {repo_host}",
            "[chart-ref] helm repo list",
            "[chart-ref] helm repo update",
            "[chart-ref] helm search repo {chart} --versions",
        ],
    },
    Text {
        id: "helm/render-failed",
        title: "The Helm chart failed to render with the given values",
        cause: lines![
            "[extension] The extension's chart is rendered with the configuration settings passed as Helm values; one that the chart requires is missing or has a value it does not accept, so rendering stops before anything is installed.",
            "[fail] The chart's templates stop rendering on purpose (a `required` or `fail`) when a value they need is missing or not accepted, so nothing is installed.",
            "[nil] A template of the chart reads a field of a value that is not set (`{template_value}`): a section of values the chart expects is missing or nested differently, or the chart was written for another Helm version.",
            "The chart's own message names the setting (\"{render_error}\").",
        ],
        fix: lines![
            "Check the documentation of the extension or application for its required configuration settings and accepted values.",
            "Correct or add the setting (`--configuration-settings` / `--configuration-protected-settings` of `az k8s-extension`, or `--set` / `-f` for plain Helm) and retry.",
            "[nil] Compare the values given with the chart's defaults: every level of the path the template reads must exist.",
        ],
        commands: lines![
            "[extension] az k8s-extension show --resource-group {rg} --cluster-name {cluster} --cluster-type {cluster_type} --name {extension} --query configurationSettings",
            "[helm] helm template {release} {chart} -f <values.yaml> --debug",
            "[nil] helm show values {chart}",
        ],
    },
    Text {
        id: "helm/resource-exists",
        title: "A resource of the chart already exists in the cluster",
        cause: lines![
            "The chart wants to create a resource that already exists and does not belong to this release, so Helm refuses to take it over and the install stops.",
            "[named] The conflicting resource is the {res_kind} `{res_name}` (in namespace {res_ns}).",
            "[other-release] It belongs to another Helm release, `{owner_release}`: the same software was installed another way before.",
        ],
        fix: lines![
            "Find out who owns the conflicting resource and whether anything still needs it.",
            "If it is not critical and can go, delete it (or uninstall the release that owns it) and retry the install.",
            "If it is essential and cannot be replaced, the application cannot be installed this way as it is: keep the existing installation, or move it out of the way first.",
            "[crd] Do not delete a CustomResourceDefinition to make room: that deletes every object of its kind cluster-wide. Leave it to the installation that owns it and install this chart without it (a chart value, or `--skip-crds` for its `crds/` folder).",
            "[adopt] To keep it and let release `{adopt_release}` manage it from now on, give it the label and annotations Helm asks for (Helm 3.2 or later), then retry.",
        ],
        commands: lines![
            "[named] kubectl get {res_kind} {res_name} {res_ns_flag} -o yaml",
            "[other-release] helm list -A | grep {owner_release}",
            "[deletable] kubectl delete {res_kind} {res_name} {res_ns_flag}",
            "[adopt] kubectl label {res_kind} {res_name} {res_ns_flag} app.kubernetes.io/managed-by=Helm",
            "[adopt] kubectl annotate {res_kind} {res_name} {res_ns_flag} meta.helm.sh/release-name={adopt_release} meta.helm.sh/release-namespace={adopt_ns}",
        ],
    },
    Text {
        id: "helm/operation-in-progress",
        title: "Another Helm operation is already in progress for the release",
        cause: lines![
            "Helm allows one operation at a time per release; another install, upgrade or rollback of it has not finished, so this one was refused.",
            "[pending] The release `{release}` is in state `{status}`: the operation that put it there has not finished, or died before it could.",
        ],
        fix: lines![
            "Wait 10 minutes for the running operation to finish, then retry.",
            "[helm] If the release stays in a `pending-*` state long after that, the earlier operation died midway: look at the release history and roll back to the last good revision before retrying.",
            "[rollback] Its history shows revision {good_revision} as the last one deployed: once no Helm process is still working on the release, roll back to it.",
        ],
        commands: lines![
            "[helm] helm history {release} -n {release_ns}",
            "[helm] helm list -n {release_ns} --pending",
            "[rollback] helm rollback {release} {good_revision} -n {release_ns}",
            "[extension] az k8s-extension show --resource-group {rg} --cluster-name {cluster} --cluster-type {cluster_type} --name {extension} --query provisioningState",
        ],
    },
];
