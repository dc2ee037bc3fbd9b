//! English texts of the `arc/` diagnoses.

use crate::texts::Text;

/// English texts of `arc/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "arc/wrong-subscription",
        title: "Azure CLI points at the wrong subscription",
        cause: lines![
            "Azure answered that the subscription or resource group does not exist. With `az connectedk8s` and `az k8s-configuration` this nearly always means the CLI is signed in to a different subscription than the one holding the resource.",
        ],
        fix: lines![
            "Check which subscription the CLI uses, and switch to the one that holds the connected cluster and its resource group.",
            "Run the failing command again.",
        ],
        commands: lines!["az account show", "az account set --subscription {subscription}", "az group show --name {rg}"],
    },
    Text {
        id: "arc/helm-release-missing",
        title: "Azure Arc Helm release is missing or not deployed",
        cause: lines![
            "The agents of an Arc-enabled cluster are installed by the Helm release `azure-arc`; its healthy state is `STATUS: deployed`.",
            "[not-found] Helm does not know the release at all: the agents were never installed or have been removed.",
            "[not-deployed] The release exists but is in state `{status}`, so the agent installation did not complete.",
        ],
        fix: lines![
            "Check the release with the command below.",
            "Connect the cluster to Azure Arc again; if a half-connected resource exists, delete it first.",
        ],
        commands: lines![
            "helm --namespace default status azure-arc",
            "az connectedk8s delete --name {cluster} --resource-group {rg}",
            "az connectedk8s connect --name {cluster} --resource-group {rg}",
        ],
    },
    Text {
        id: "arc/agents-unhealthy",
        title: "Azure Arc agents are not all running and ready",
        cause: lines![
            "Every pod in the `azure-arc` namespace must be Running with all its containers ready (READY n/n); some are not, so the cluster's link to Azure is degraded.",
            "[crashing] Agents in Error or CrashLoopBackOff: their logs say why they fail.",
            "[pending] Agents stuck in Pending: the nodes most likely lack the resources to schedule them.",
            "[image-pull] Agents cannot pull their images: the cluster cannot reach the registry (egress, firewall, proxy).",
            "[not-ready] Agents run but some containers are not ready.",
            "[deployment] The deployment `{deployment}` has fewer ready replicas than wanted.",
        ],
        fix: lines![
            "List the agents and describe every pod that is not n/n Running.",
            "[crashing|not-ready] Read the logs of the failing containers (`--previous` for crashed ones).",
            "[pending] Scale the cluster up or add nodes so the agents can be scheduled.",
            "[image-pull] Allow outbound access to the Arc endpoints and registries, or pass the proxy settings when connecting.",
        ],
        commands: lines![
            "kubectl -n azure-arc get deployments,pods",
            "kubectl -n azure-arc describe pod {pod}",
            "[crashing] kubectl -n azure-arc logs {crashing_pod} --all-containers --previous",
            "[not-ready] kubectl -n azure-arc logs {unready_pod} --all-containers",
        ],
    },
    Text {
        id: "arc/provisioning-timeout",
        title: "Azure resource provisioning failed or timed out while connecting",
        cause: lines![
            "The connected cluster resource could not be created in Azure within the allowed time. This usually comes from an active incident of the Azure Arc-enabled Kubernetes service.",
        ],
        fix: lines![
            "Check Azure status (and Service Health for your subscription) for an active event affecting Azure Arc-enabled Kubernetes.",
            "If there is one, wait until it is resolved, delete the existing connected cluster resource, and onboard again.",
            "If there is none and onboarding keeps failing, open a support ticket.",
        ],
        commands: lines![
            "az connectedk8s delete --name {cluster} --resource-group {rg}",
            "az connectedk8s connect --name {cluster} --resource-group {rg}",
        ],
    },
    Text {
        id: "arc/overage-claims",
        title: "Token refused: overage claim",
        cause: lines![
            "The identity's token carries an overage claim: the service principal belongs to more than 200 Microsoft Entra groups, which is not supported.",
            "The same error appears behind an outbound proxy that does not allow `https://<region>.obo.arc.azure.com:8084/`.",
        ],
        fix: lines![
            "Use a service principal that is a member of fewer than 200 groups, or remove the original one from some groups, and retry.",
            "If the cluster is behind an outbound proxy, allow `https://<region>.obo.arc.azure.com:8084/` (with your region).",
            "If neither applies, open a support request.",
        ],
        commands: lines!["az ad sp show --id <appId> --query id -o tsv"],
    },
    Text {
        id: "arc/diagnostic-chart-pull",
        title: "Connect pre-checks cannot pull the cluster-diagnostic-checks chart",
        cause: lines![
            "Before onboarding, the CLI runs diagnostic checks from a Helm chart; the cluster could not fetch it. This happens when the endpoint `https://k8connecthelm.azureedge.net` is blocked.",
            "[registry] This CLI pulls it from `{registry}`.",
        ],
        fix: lines![
            "Allow outbound access to `https://k8connecthelm.azureedge.net` from the cluster and from the machine running the CLI.",
            "[registry] Check that `{registry}` resolves and answers on port 443 from both (DNS, firewall, proxy); a registry that does not exist for your cloud needs a newer or corrected CLI extension.",
            "Make sure every other network requirement of Azure Arc-enabled Kubernetes is met, then connect again.",
        ],
        commands: lines!["[registry] nslookup {registry}", "az connectedk8s connect --name {cluster} --resource-group {rg}"],
    },
    Text {
        id: "arc/msi-certificate",
        title: "Managed identity (MSI) certificate cannot be retrieved",
        cause: lines![
            "The agents could not fetch the managed identity certificate they need to talk to Azure. The cause is almost always the network: an endpoint that is blocked or a proxy that is not configured.",
        ],
        fix: lines![
            "Check that every network requirement of Azure Arc-enabled Kubernetes is met (outbound endpoints, proxy, DNS).",
            "Retry the operation.",
        ],
        commands: lines!["az connectedk8s troubleshoot --name {cluster} --resource-group {rg}"],
    },
    Text {
        id: "arc/insufficient-cluster-permissions",
        title: "Kubeconfig user lacks permissions to install the Arc agents",
        cause: lines![
            "The Azure CLI uses your kubeconfig to install the agents; the user `{user}` is not allowed to do so. Connecting a cluster needs `cluster-admin` on it.",
        ],
        fix: lines![
            "Give the user that connects the cluster the `cluster-admin` role (or use a kubeconfig context that has it).",
            "Connect the cluster again.",
        ],
        commands: lines![
            "kubectl auth can-i '*' '*' --all-namespaces",
            "kubectl create clusterrolebinding arc-onboarding-admin --clusterrole=cluster-admin --user={user}",
        ],
    },
    Text {
        id: "arc/openshift-connect-timeout",
        title: "Connecting an OpenShift cluster to Azure Arc times out",
        cause: lines![
            "On OpenShift, `az connectedk8s connect` times out when the cluster version is too old or when the `kube-aad-proxy` service account is not allowed to run as privileged.",
        ],
        fix: lines![
            "Check that OpenShift is at 4.5.41+, 4.6.35+ or 4.7.18+.",
            "Before connecting, grant the privileged SCC to the `azure-arc-kube-aad-proxy-sa` service account (command below).",
            "Connect the cluster again.",
        ],
        commands: lines![
            "oc version",
            "oc adm policy add-scc-to-user privileged system:serviceaccount:azure-arc:azure-arc-kube-aad-proxy-sa",
            "az connectedk8s connect --name {cluster} --resource-group {rg}",
        ],
    },
    Text {
        id: "arc/helm-upgrade-timeout",
        title: "Installing the Azure Arc agents timed out (Helm)",
        cause: lines![
            "The Azure CLI gave up waiting for the agents' Helm release to become ready. Either some agents cannot start, or the cluster pulls their images more slowly than the CLI waits.",
            "[agents-crashing] clusterconnect-agent or config-agent is not running properly in the paste.",
        ],
        fix: lines![
            "List the agents (`kubectl get pods -n azure-arc`).",
            "Check whether clusterconnect-agent or config-agent crash-loop or have containers that are not running.",
            "List the azure-arc secrets: without `azure-identity-certificate`, the system-assigned managed identity was not installed — delete the Arc deployment with `az connectedk8s delete` and connect again (through the proxy if there is one).",
            "If clusterconnect-agent and config-agent run but there is no `kube-aad-proxy` pod, check the pod security policy: its service account must be allowed to mount host paths.",
            "If `kube-aad-proxy` is stuck in ContainerCreating, check for the `kube-aad-proxy-certificate` secret; if it is missing, delete the deployment and onboard under another cluster name.",
            "On a slow link, image pulls can outlast the CLI time-out: let the pods finish pulling and connect again.",
        ],
        commands: lines![
            "kubectl get pods -n azure-arc",
            "kubectl get secret -n azure-arc -o yaml | grep name:",
            "az connectedk8s delete --name {cluster} --resource-group {rg}",
        ],
    },
    Text {
        id: "arc/identity-certificate-missing",
        title: "Managed identity not installed: azure-identity-certificate is missing",
        cause: lines![
            "The azure-arc secrets have no `azure-identity-certificate`, so the cluster's system-assigned managed identity was never installed; the agents cannot authenticate and the Helm install times out.",
        ],
        fix: lines![
            "Delete the Arc deployment with `az connectedk8s delete` and connect the cluster again.",
            "If it happens again, suspect the proxy: connect through the outbound proxy with its parameters.",
            "Check that every network requirement is met.",
        ],
        commands: lines![
            "kubectl get secret -n azure-arc -o yaml | grep name:",
            "az connectedk8s delete --name {cluster} --resource-group {rg}",
            "az connectedk8s connect --name {cluster} --resource-group {rg} --proxy-https <proxy-url>",
        ],
    },
    Text {
        id: "arc/kube-aad-proxy-missing",
        title: "kube-aad-proxy pod is missing",
        cause: lines![
            "clusterconnect-agent and config-agent run, but no `kube-aad-proxy` pod exists. It runs as the service account `azure-arc-kube-aad-proxy-sa`, which needs no admin rights but must be allowed to mount host paths; a pod security policy is blocking it.",
        ],
        fix: lines![
            "Check the pod security policies (or admission policies) of the cluster and allow `azure-arc-kube-aad-proxy-sa` to mount host paths.",
            "Look at the ReplicaSet events of kube-aad-proxy for the refusal.",
        ],
        commands: lines![
            "kubectl -n azure-arc describe deployment kube-aad-proxy",
            "kubectl get events -n azure-arc --field-selector reason=FailedCreate",
        ],
    },
    Text {
        id: "arc/kube-aad-proxy-cert-missing",
        title: "kube-aad-proxy stuck: its certificate was never delivered",
        cause: lines![
            "kube-aad-proxy cannot start because the secret `kube-aad-proxy-certificate` is not in the azure-arc namespace.",
        ],
        fix: lines![
            "Delete the Arc deployment and onboard again using a different cluster name.",
            "If the certificate is still missing after that, open a support request.",
        ],
        commands: lines![
            "kubectl get secret -n azure-arc -o yaml | grep name:",
            "az connectedk8s delete --name {cluster} --resource-group {rg}",
            "az connectedk8s connect --name <new-cluster-name> --resource-group {rg}",
        ],
    },
    Text {
        id: "arc/cryptohash-module",
        title: "Azure CLI extension is missing a native module (Crypto.Hash._MD5)",
        cause: lines![
            "When the `connectedk8s` or `k8s-configuration` extension was added, a module it depends on was not downloaded correctly, so the CLI cannot load it.",
        ],
        fix: lines!["Remove both extensions from your local environment, then add them again."],
        commands: lines![
            "az extension remove --name connectedk8s",
            "az extension remove --name k8s-configuration",
            "az extension add --name connectedk8s",
            "az extension add --name k8s-configuration",
        ],
    },
    Text {
        id: "arc/cluster-connect-no-agent",
        title: "Cluster connect is not available: no agent connected",
        cause: lines![
            "The cluster connect feature has no agent on the cluster side, so `az connectedk8s proxy` cannot open a session. When both `clusterconnect-agent` and `kube-aad-proxy` are absent, the feature is disabled on the cluster.",
            "[agents-absent] The azure-arc pod list has neither clusterconnect-agent nor kube-aad-proxy.",
        ],
        fix: lines![
            "Enable the cluster connect feature on the cluster.",
            "Behind an outbound proxy or firewall, allow websocket connections to `*.servicebus.windows.net`.",
            "Use the latest version of the connectedk8s Azure CLI extension.",
        ],
        commands: lines![
            "az connectedk8s enable-features --features cluster-connect -n {cluster} -g {rg}",
            "az extension update --name connectedk8s",
        ],
    },
    Text {
        id: "arc/custom-locations-oid",
        title: "Custom locations not enabled: the app's object ID could not be read",
        cause: lines![
            "[skipped] You are signed in with a service principal that may not read Microsoft Entra applications, so the CLI could not look up the object ID of the custom locations app and went on without enabling the feature.",
            "[lookup-refused] The lookup of the custom locations app was run by hand (`az ad sp show --id bc313c14-…`) and refused with `Insufficient privileges`: the identity signed in may not read Microsoft Entra applications. `connect` and `enable-features` make the same lookup and would skip custom locations for the same reason.",
            "[not-enabled] Creating the custom location failed because the `Microsoft.ExtendedLocation` provider may not create namespaces on the cluster: the custom locations feature was never enabled there (connecting with a service principal skips it when the app's object ID cannot be read).",
        ],
        fix: lines![
            "Sign in to the Azure CLI as a user and read the object ID of the app that Azure Arc uses (newer CLIs return it as `id`, older ones as `objectId`).",
            "Sign in again as the service principal and pass that object ID with `--custom-locations-oid`, when connecting or on the existing cluster.",
        ],
        commands: lines![
            "az ad sp show --id bc313c14-388c-4e7d-a58e-70017303ee3b --query id -o tsv",
            "az ad sp show --id bc313c14-388c-4e7d-a58e-70017303ee3b --query objectId -o tsv",
            "az connectedk8s connect -n {cluster} -g {rg} --custom-locations-oid <objectId>",
            "az connectedk8s enable-features -n {cluster} -g {rg} --custom-locations-oid <objectId> --features cluster-connect custom-locations",
        ],
    },
    Text {
        id: "arc/outbound-connectivity",
        title: "Connecting the cluster fails: a network request does not get through",
        cause: lines![
            "Connecting the cluster needs network access: from this machine to the cluster's API server, and from the cluster to a set of Azure endpoints; some of these requests fail.",
            "[dns] Name resolution fails on the cluster: the endpoints' names cannot be resolved.",
            "[proxy] The cluster sits behind an outbound proxy that rejects or was not given the traffic.",
            "[egress] Connections time out or are refused: a firewall blocks the traffic.",
            "[cluster-api] The failed request went to the cluster's own API server (`{api_server}`), not to Azure: this machine cannot reach the address in its kubeconfig (VPN, firewall, private address or wrong context).",
            "[no-kubeconfig] The request went to `{api_server}`, where a Kubernetes client goes when it has no kubeconfig: none was found, or its current context names no cluster.",
            "[tls-inspection] A certificate on the way is not trusted: a proxy or firewall that inspects TLS re-signs the traffic with its own certificate authority.",
        ],
        fix: lines![
            "Check every network requirement of Azure Arc-enabled Kubernetes (endpoints and ports).",
            "[proxy] Pass the proxy parameters when onboarding (`--proxy-https`, `--proxy-http`, `--proxy-skip-range`, `--proxy-cert`) and check the proxy allows the endpoints.",
            "[dns] Debug DNS resolution on the cluster (CoreDNS pods, upstream resolvers).",
            "[cluster-api] Before connecting, check that `kubectl` reaches the cluster from this machine with the same kubeconfig and context (`--kube-config`, `--kube-context`).",
            "[no-kubeconfig] Give the command the cluster's kubeconfig (`--kube-config`, or `KUBECONFIG`) and check that its current context is the cluster.",
            "[tls-inspection] Give the onboarding the inspecting proxy's CA certificate (`--proxy-cert <file>`), or exempt the Azure Arc endpoints from TLS inspection.",
        ],
        commands: lines![
            "az connectedk8s connect --name {cluster} --resource-group {rg} --proxy-https <proxy-url> --proxy-skip-range <cidrs>",
            "[dns] kubectl run dnsutils --rm -it --image=registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3 -- nslookup mcr.microsoft.com",
            "[cluster-api|no-kubeconfig] kubectl cluster-info",
            "[no-kubeconfig] kubectl config current-context",
        ],
    },
];
