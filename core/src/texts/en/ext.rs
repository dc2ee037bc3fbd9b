//! English texts of the `ext/` diagnoses.

use crate::texts::Text;

/// English texts of `ext/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "ext/agent-no-response",
        title: "Azure got no answer from the cluster's extension agent",
        cause: lines![
            "Azure handed the operation to the extension agent in the cluster and got no answer before its deadline, for one of three reasons, most common first.",
            "1. The extension agent and manager pods are not running: they cannot be scheduled or started because the nodes lack CPU or memory, an admission policy rejects them, or a `NoSchedule` taint keeps them off every node.",
            "[pods-down] The paste shows this: {down_count} agent pod(s) are not running with all containers ready.",
            "[pods-ok] The agent pods in the paste are running and ready, so look at causes 2 and 3.",
            "2. The pods run, but outbound traffic from the cluster to Azure is blocked by a firewall, a proxy or network rules.",
            "3. The pods reach Azure but the extension data plane refuses them with `Errorcode: 403 … This traffic is not authorized` (see ext/dp-traffic-not-authorized).",
        ],
        fix: lines![
            "Check that the agent pods are scheduled and running with all containers ready; describe any that are not and fix what the events show (resources, policies, taints).",
            "[aks] On AKS the agents are `extension-agent-*` and `extension-operator-*` in the `kube-system` namespace.",
            "[arc] On Azure Arc-enabled clusters the agents run in the `azure-arc` namespace; the extension manager is `extension-manager-*`.",
            "If the pods are healthy, open the outbound endpoints the extensions need: follow the AKS outbound network and FQDN rules (cluster extensions need at least `<region>.dp.kubernetesconfiguration.azure.com`, `mcr.microsoft.com` and `*.data.mcr.microsoft.com` on port 443).",
            "[arc] For Arc-enabled clusters, check the Azure Arc network requirements and the proxy settings given at onboarding.",
            "If the network is open, read the extension agent's log for `Errorcode: 403`: that is the private-link case of ext/dp-traffic-not-authorized.",
            "Retry the extension operation once the agents can talk to Azure.",
        ],
        commands: lines![
            "[aks] kubectl get pods -n kube-system | grep extension-",
            "[aks] kubectl describe pod -n kube-system {operator_pod}",
            "[arc] kubectl get pods -n azure-arc",
            "[arc] kubectl describe pod -n azure-arc {manager_pod}",
            "[aks] kubectl logs -n kube-system {agent_pod} | grep -i errorcode",
            "az k8s-extension show --resource-group {rg} --cluster-name {cluster} --cluster-type {cluster_type} --name {extension}",
        ],
    },
    Text {
        id: "ext/dp-traffic-not-authorized",
        title: "Extension agent refused by the data plane: traffic goes to a private endpoint",
        cause: lines![
            "The extension agent calls its regional data-plane endpoint `{dp_host}`, and the call is rejected with `Errorcode: 403, Message This traffic is not authorized`; the next log line, `Failed to GET configurations`, shows the agent gets no configuration at all.",
            "[private-dns] In this cluster the endpoint resolves through a `privatelink` alias to the private address {private_ip}.",
            "This happens when an Azure Arc private link scope for the extension data plane shares its virtual network or private DNS zone with this AKS cluster: the cluster's traffic then goes to that private endpoint, which refuses it.",
        ],
        fix: lines![
            "Confirm it: read the agent's log for the 403, then resolve the endpoint from inside the agent pod; an answer with a `privatelink` alias and a private address confirms the cause.",
            "Look the private address up in the Azure portal search: it leads to the resource that owns it (virtual network, private DNS zone, private endpoint of the Arc private link scope).",
            "Preferred fix: keep Azure Arc-enabled Kubernetes and AKS in separate virtual networks (and separate private DNS), so that AKS resolves the public endpoint.",
            "If the networks must stay shared, override the name in CoreDNS so that only this cluster resolves it publicly:",
            "a. Find the endpoint's public address with nslookup from a machine that does not use the shared private DNS.",
            "[public-ip-unknown] The paste does not show the public address; put it in place of `<public-ip>` below.",
            "b. Back up the existing `coredns-custom` ConfigMap.",
            "c. Add to `coredns-custom` in `kube-system` a key ending in `.override` (for example `extensionsdp.override`) with a hosts block that maps the endpoint to the public address and falls through for all other names: `{hosts_block}` (one entry per line). The patch below adds only this key and keeps the others.",
            "d. Restart CoreDNS so that it reloads the ConfigMap without downtime.",
            "e. Resolve the endpoint again from the agent pod: it must now answer with the public address, and the agent's log show `GET configurations returned response code {200}` instead of `Errorcode: 403`.",
        ],
        commands: lines![
            "kubectl logs -n kube-system {agent_pod}",
            "kubectl exec -it -n kube-system {agent_pod} -- nslookup {dp_host}",
            "nslookup {dp_host}",
            "kubectl get configmap -n kube-system coredns-custom -o yaml > coredns.backup.yaml",
            "{override_patch}",
            "kubectl -n kube-system rollout restart deployment coredns",
            "kubectl exec -it -n kube-system {agent_pod} -- nslookup {dp_host}",
            "kubectl logs -n kube-system {agent_pod} | grep \"GET configurations returned response code\"",
        ],
    },
    Text {
        id: "ext/critical-addons-only-taint",
        title: "Extension pods cannot be scheduled: every node pool has the {taint_key} taint",
        cause: lines![
            "[scheduler] The scheduler reports that every node carries the taint {taint}, and the extension's pods (for example Dapr's) have no toleration for it, so they stay Pending and the extension never becomes ready.",
            "[described] The node pools carry the taint `{taint}` and the extension's install hangs or times out: its pods have no toleration for the taint, so when every pool has it they stay Pending and the extension never becomes ready.",
            "`CriticalAddonsOnly` is meant for system node pools that run only critical system add-ons. When every pool of the cluster has it, nothing else can be scheduled anywhere, extensions and applications included.",
        ],
        fix: lines![
            "Check that the extension's pods are Pending and that their events name the untolerated `{taint_key}` taint.",
            "Add a node pool without the `{taint_key}` taint; the extension's pods will be scheduled there.",
            "Or, if it is possible and practical, remove the taint from a node pool so that the extension can install.",
            "Do not install extensions on node pools tainted `CriticalAddonsOnly` unless your workload needs that, and never set the taint on a cluster's only node pool: at least one pool must stay without it.",
        ],
        commands: lines![
            "kubectl get po -n {ns} -l app.kubernetes.io/name={app}",
            "kubectl describe po -n {ns} {pod}",
            "kubectl get nodes -o custom-columns=NAME:.metadata.name,TAINTS:.spec.taints",
            "az aks nodepool add --resource-group {rg} --cluster-name {cluster} --name userpool --mode User",
            "az aks nodepool update --resource-group {rg} --cluster-name {cluster} --name <nodepool> --node-taints \"\"",
        ],
    },
    Text {
        id: "ext/extension-failed",
        title: "Cluster extension failed ({extension})",
        cause: lines![
            "[failed] `az k8s-extension show` reports the extension with `provisioningState: Failed`: the extension service could not install or update it.",
            "[degraded] `az k8s-extension show` reports the extension with a status of level Error or Warning: it is installed but not working as it should.",
            "[operation] The extension service reports that an operation on the extension (create, update or delete) failed.",
            "Its status gives the reason (\"{status_message}\").",
            "The status message names the real cause; the matching diagnosis (agent, network, Helm, taint) appears with this one when kubetriage recognises it.",
            "[resources] The message shows pods that cannot be scheduled for want of CPU or memory: the nodes are too small or too busy for the extension.",
            "[taint] The message shows pods that do not tolerate a node taint.",
            "[timeout] The message shows a time-out: the extension's resources did not become ready in time.",
            "[chart-not-found] The registry has no chart {chart}: this version of the extension is not published there (yet), or not in this cloud or region.",
        ],
        fix: lines![
            "Read `statuses` (and `errorInfo`) of the extension first; look at cluster logs only when they do not say enough.",
            "Fix the cause the message names, following the diagnosis shown with this one.",
            "[resources] Give the nodes room for the extension: scale the node pool or add a node pool, or lower other workloads' requests.",
            "[timeout] Check the events of the release namespace for pods, jobs or other resources that do not become ready.",
            "[chart-not-found] Create or update the extension with a version that exists (`--version`), or let its release train pick one (`--auto-upgrade-minor-version true`).",
            "Then retry the extension operation (update, or delete and create it again) and check its state.",
        ],
        commands: lines![
            "az k8s-extension show --resource-group {rg} --cluster-name {cluster} --cluster-type {cluster_type} --name {extension}",
            "az k8s-extension show --resource-group {rg} --cluster-name {cluster} --cluster-type {cluster_type} --name {extension} --query statuses",
            "[timeout|resources|taint] kubectl get events -n {release_ns} --sort-by=.lastTimestamp",
        ],
    },
];
