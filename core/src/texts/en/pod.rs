//! English texts of the `pod/` diagnoses.

use crate::texts::Text;

/// English texts of `pod/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "pod/image-pull-backoff",
        title: "Image cannot be pulled",
        cause: lines![
            "The kubelet cannot fetch the container image (`{image}`), so the container never starts; Kubernetes retries with a growing back-off.",
            "[registry-unreachable] Every pod of this namespace fails to pull at once: the cause is the cluster, not one image. The nodes cannot reach the registry (egress, firewall or proxy), or a policy holds the agent pods back.",
            "[not-found] The registry answered that the image or tag does not exist: the name or tag is misspelt, or the tag was never pushed.",
            "[unauthorized] The registry refused the request: the pull secret is missing, wrong or expired, or the identity of the nodes has no pull permission.",
            "[network] The node could not connect to the registry (time-out, DNS or refused connection): outbound traffic is blocked or misrouted.",
            "[rate-limit] The registry throttles the pulls: Docker Hub limits anonymous pulls per IP address, and nodes that leave through one NAT address reach the limit quickly.",
            "[sandbox-image] The image that fails is the pod sandbox (`pause`) image, which the node's container runtime pulls itself for every pod, from its own settings (containerd's `sandbox_image`, the kubelet's `--pod-infra-container-image`) and with the node's registry access, never the pod's `imagePullSecrets`. Until it is pulled, no pod starts on that node.",
        ],
        fix: lines![
            "Read the pod's `Failed to pull image` event: its last words say whether the image name or tag is wrong (`not found`), the pull credentials are missing or refused (`unauthorized`), or the nodes cannot reach the registry (`i/o timeout`).",
            "[registry-unreachable] Check that the nodes reach the registry (for Azure Arc agents: `mcr.microsoft.com` and the other Arc endpoints); open the firewall, or pass the proxy settings when connecting the cluster.",
            "[registry-unreachable] Check that the agent pods can be scheduled at all: node resources, admission policies and `NoSchedule` taints.",
            "[not-found] Correct the image name or tag in the workload, or push the missing tag.",
            "[unauthorized] Create or fix the image pull secret in the pod's namespace and reference it in `imagePullSecrets`, or grant the node identity pull access.",
            "[network] Allow egress from the nodes to the registry (firewall, proxy, DNS) and retry.",
            "[rate-limit] Pull with credentials (an `imagePullSecrets` entry of a Docker Hub account), or copy the image to a registry of your own (such as Amazon ECR or Azure Container Registry) and point the workload at it.",
            "[sandbox-image] Fix the node, not the workload: give its container runtime access to that registry (credentials, network path), or point `sandbox_image` at a registry the nodes can reach; on a managed distribution (such as AKS Edge Essentials), repair or update the node configuration with its own tools.",
        ],
        commands: lines![
            "kubectl describe pod {pod} {ns_flag}",
            "[registry-unreachable] kubectl get events {ns_flag} --sort-by=.lastTimestamp",
            "[unauthorized] kubectl get secrets {ns_flag}",
            "[sandbox-image] kubectl get events -A --field-selector reason=FailedCreatePodSandBox",
        ],
    },
    Text {
        id: "pod/crash-loop",
        title: "Container keeps crashing (CrashLoopBackOff)",
        cause: lines![
            "A container starts, exits with an error, and is restarted again and again with an increasing delay. The reason is in the logs of the previous, crashed run.",
            "[exits-normally] Here the previous run did not fail: it exited with code 0. With restart policy `Always` (every Deployment, DaemonSet and StatefulSet) a container that stops is started again, so a command that finishes loops.",
            "[init] The crashing container is an init container: the pod's app containers do not start until it completes.",
            "[last-message] Its previous run ended with: `{last_message}`.",
            "[arc-agent] For Azure Arc agents a crash loop usually means the agent cannot authenticate or reach Azure: a missing managed identity certificate, proxy settings, or blocked endpoints.",
        ],
        fix: lines![
            "Read the logs of the crashed run (`--previous`) and the pod's events.",
            "Fix what the logs show (configuration, missing dependency, wrong command), then let the pod restart.",
            "[exits-normally] Keep the main process running in the foreground, or run one-off work as a Job.",
            "[arc-agent] Work through the Arc Helm time-out checks: agent pods, the `azure-identity-certificate` secret, `kube-aad-proxy`, and network requirements.",
        ],
        commands: lines![
            "kubectl logs {pod} {ns_flag} {container_flag} --previous",
            "kubectl describe pod {pod} {ns_flag}",
            "[arc-agent] kubectl get secret -n azure-arc -o yaml | grep name:",
        ],
    },
    Text {
        id: "pod/not-ready",
        title: "Pod runs but not all containers are ready",
        cause: lines![
            "The pod is Running, but at least one container ({ready} ready) does not pass its readiness check, so the pod takes no traffic.",
            "[probe] The readiness probe is failing: the container is up but does not answer as configured.",
            "[arc-agent] Every Azure Arc agent pod must show all its containers ready (for example 2/2); a partly ready agent cannot serve the cluster's connection to Azure.",
        ],
        fix: lines![
            "Describe the pod to see which container is not ready and why (probe events).",
            "Read the logs of that container and fix what keeps it from becoming ready.",
        ],
        commands: lines!["kubectl describe pod {pod} {ns_flag}", "kubectl logs {pod} {ns_flag} --all-containers"],
    },
    Text {
        id: "pod/pending-resources",
        title: "Pod cannot be scheduled: no node can host it",
        cause: lines![
            "The scheduler found no node that can host the pod, so it stays Pending.",
            "[cpu] No node has enough unreserved CPU for the pod's requests.",
            "[memory] No node has enough unreserved memory for the pod's requests.",
            "[pods] The nodes have reached their maximum number of pods.",
            "[node-selector] No node matches the pod's node selector or affinity.",
            "[no-event] The paste shows no scheduling event; the most common reason is that the nodes lack resources for it.",
            "[nodes-not-ready] The paste shows a node NotReady (`{node}`): the scheduler places no pod on a node that is not ready.",
        ],
        fix: lines![
            "[cpu|memory|pods|no-event] Compare the pod's requests with what the nodes can still allocate.",
            "[cpu|memory|pods|no-event] Scale the cluster up or add a node pool, or lower the requests if they are larger than needed.",
            "[node-selector] Fix the node selector/affinity, or label a node so that it matches.",
            "[no-event] Describe the pod: the scheduler's event names the exact reason.",
            "[nodes-not-ready] Get the nodes Ready first: a node's conditions say why it is not (kubelet stopped, network plugin missing or failing, pressure).",
        ],
        commands: lines![
            "kubectl describe pod {pod} {ns_flag}",
            "[cpu|memory|pods|no-event] kubectl describe nodes | grep -A 8 'Allocated resources'",
            "[nodes-not-ready] kubectl describe node {node}",
            "[node-selector] kubectl get nodes --show-labels",
        ],
    },
    Text {
        id: "pod/pending-taint",
        title: "Pod cannot be scheduled: untolerated node taint {taint}",
        cause: lines![
            "[one|fargate|node-condition] Every node that could host the pod carries a taint ({taint}) that the pod has no toleration for, so it stays Pending.",
            "[fargate] These are AWS Fargate's nodes: a pod runs on Fargate only when a Fargate profile selects it (its namespace and labels) and nothing pins it to EC2, and then EKS's Fargate scheduler places it. This pod went to the default scheduler instead: no profile selects it, or it carries the annotation `eks.amazonaws.com/compute-type: ec2` (CoreDNS installed for EC2 nodes does).",
            "[several] The nodes are split into pools with different taints ({taint}), and the pod tolerates none of them; the nodes without a taint cannot take it either (the message gives their reasons). The pod is probably meant for one of those pools and lacks its toleration or node selector.",
            "[node-condition] Nobody set this taint by hand: Kubernetes puts `{taint_key}` on a node for its condition (not ready, unreachable, short of memory, disk or PIDs, cordoned) and takes it off when the condition clears.",
        ],
        fix: lines![
            "[one] Add a node pool (or node) without the taint `{taint_key}`, so that the pod has somewhere to run.",
            "[one] Or give the workload a toleration for `{taint_key}` if it is meant to run on those nodes.",
            "[one] Or remove the taint from the nodes if it was set by mistake.",
            "[several] Give the workload the toleration (and the node selector or affinity) of the pool it is meant to run on; the pools' taints are deliberate, do not remove them.",
            "[several] If it should run on untainted nodes, give those nodes room (the other reasons in the message, such as CPU, memory or storage).",
            "[fargate] Create (or fix) a Fargate profile that selects the pod's namespace and labels, or add EC2 nodes (a node group); do not remove Fargate's taint.",
            "[fargate] For CoreDNS on a cluster with only Fargate, remove the `eks.amazonaws.com/compute-type: ec2` annotation from its pod template and restart it.",
            "[node-condition] Find out why the nodes are in that condition and mend them (kubelet, network plugin, free disk or memory; `kubectl uncordon` for a cordoned node): the pod is then scheduled by itself. Do not remove or tolerate the taint.",
        ],
        commands: lines![
            "kubectl describe nodes | grep -i taints",
            "[one] kubectl taint nodes <node> {taint_key}-",
            "[fargate] aws eks list-fargate-profiles --cluster-name <cluster>",
            "[fargate] kubectl patch deployment coredns -n kube-system --type json -p='[{\"op\": \"remove\", \"path\": \"/spec/template/metadata/annotations/eks.amazonaws.com~1compute-type\"}]'",
            "[node-condition] kubectl get nodes",
            "[node-condition] kubectl describe node <node>",
        ],
    },
    Text {
        id: "pod/container-creating",
        title: "Pod stuck in ContainerCreating",
        cause: lines![
            "The pod was scheduled, but its containers cannot be created: most often a volume cannot be mounted, or the pod's network cannot be set up.",
            "[missing-secret|missing-configmap] The volume needs the {missing_kind} `{missing_name}`, which does not exist in the pod's namespace (also missing: {also_missing}).",
            "[kube-aad-proxy] For Azure Arc's `kube-aad-proxy`, this means its certificate secret `kube-aad-proxy-certificate` was never delivered to the cluster.",
            "[missing-key] The {missing_kind} `{missing_name}` exists but has no key `{missing_key}`, which the pod refers to.",
            "[cni-down] Here the cluster's network plugin does not run (`{cni_pod}`): no pod gets its network sandbox until it does.",
            "[mount-error] The kubelet cannot mount the volume `{volume}`; its driver answers: `{mount_error}`.",
            "[sandbox-network] Here the network plugin cannot set up the pod's network sandbox; it answers: `{sandbox_error}`.",
            "[no-ip] That is the Amazon VPC CNI without a free IP address for the pod: the node's network interfaces hold no more addresses (a limit of its instance type), or the subnet has none left.",
        ],
        fix: lines![
            "Describe the pod and read its events (`FailedMount`, `FailedCreatePodSandBox`): they say what it waits for.",
            "[missing-secret|missing-configmap] Create the {missing_kind} `{missing_name}` (and {also_missing}) in the pod's namespace (or fix the name the pod refers to).",
            "[kube-aad-proxy] Check the azure-arc secrets; if `kube-aad-proxy-certificate` is missing, delete the Arc deployment and onboard again under another cluster name.",
            "[missing-key] Add the key `{missing_key}` to the {missing_kind} `{missing_name}`, or fix the key the pod refers to.",
            "[cni-down] Get the network plugin running first (read the logs of `{cni_pod}`); the waiting pods then start by themselves.",
            "[mount-error] Fix what that answer names (the volume driver's or provider's pods on the node, the storage it points at, its credentials); the kubelet retries the mount by itself.",
            "[sandbox-network] Check the network plugin's pod on the pod's node (a DaemonSet, usually in `kube-system`) and read its logs: it is not running, not ready or not configured for this node.",
            "[no-ip] Make addresses available: larger or additional subnets (a secondary CIDR), prefix delegation (`ENABLE_PREFIX_DELEGATION=true` on the `aws-node` DaemonSet), or fewer pods per node.",
        ],
        commands: lines![
            "kubectl describe pod {pod} {ns_flag}",
            "[missing-secret|missing-configmap] kubectl get {missing_kind} {missing_names} {ns_flag}",
            "[kube-aad-proxy] kubectl get secret -n azure-arc -o yaml | grep name:",
            "[missing-key] kubectl describe {missing_kind} {missing_name} {ns_flag}",
            "[sandbox-network] kubectl get pods -n kube-system -o wide",
            "[no-ip] kubectl logs -n kube-system -l k8s-app=aws-node -c aws-node --tail=100",
        ],
    },
    Text {
        id: "pod/oom-killed",
        title: "Container killed for running out of memory (OOMKilled)",
        cause: lines![
            "The container used more memory than its limit ({memory_limit}) and the kernel killed it (the exit code is usually 137).",
        ],
        fix: lines![
            "Raise the container's memory limit (and request) to what it really needs, or fix the leak that makes it grow.",
            "Check that the nodes have the memory to honour the new requests.",
        ],
        commands: lines!["kubectl describe pod {pod} {ns_flag}", "kubectl top pod {pod} {ns_flag} --containers"],
    },
    Text {
        id: "pod/create-config-error",
        title: "Container cannot be configured: missing secret or config map",
        cause: lines![
            "The container refers to a secret or config map, or a key of one (in `env`, `envFrom` or a key reference), that does not exist, so the kubelet cannot build its configuration.",
            "[missing-secret|missing-configmap] The missing object is the {missing_kind} `{missing_name}` (also missing: {also_missing}).",
            "[missing-key] The {missing_kind} `{missing_name}` exists but has no key `{missing_key}`, which the pod refers to.",
        ],
        fix: lines![
            "Create the missing object in the pod's own namespace, or correct the name or key the pod refers to.",
            "For secrets created by Service Connector, check that the connection exists and targets this namespace.",
            "[missing-key] Add the key `{missing_key}` to the {missing_kind} `{missing_name}`, or fix the key the pod refers to.",
        ],
        commands: lines![
            "kubectl describe pod {pod} {ns_flag}",
            "[missing-secret|missing-configmap] kubectl get {missing_kind} {missing_names} {ns_flag}",
            "[missing-key] kubectl describe {missing_kind} {missing_name} {ns_flag}",
        ],
    },
    Text {
        id: "pod/evicted",
        title: "Pod evicted by node pressure",
        cause: lines![
            "The node ran short of a resource ({resource}) and the kubelet evicted pods to protect itself; evicted pods stay behind as Failed until deleted.",
        ],
        fix: lines![
            "Set requests and limits so that the scheduler places pods where there is room.",
            "Find what fills the node (memory hogs, logs or images filling the disk) and give the nodes more capacity if needed.",
            "Delete the evicted pods once the cause is fixed.",
        ],
        commands: lines![
            "kubectl describe pod {pod} {ns_flag}",
            "kubectl get pods {ns_flag} --field-selector=status.phase=Failed",
            "kubectl delete pods {ns_flag} --field-selector=status.phase=Failed",
        ],
    },
    Text {
        id: "pod/error-exit",
        title: "Container exited with an error",
        cause: lines![
            "A container terminated with a non-zero exit code ({exit_code}); the reason is in its logs.",
            "[restarted] The pod runs and is ready again: the failure is the container's last state, before the kubelet restarted it, and it is likely to come back.",
            "[sigkill] Exit code 137 is 128 + 9: the process was killed with SIGKILL, most often by the kernel's out-of-memory killer or by the kubelet after failed liveness probes.",
        ],
        fix: lines![
            "Read the logs of the terminated container and the pod's events.",
            "Fix the failing command or configuration and recreate the pod.",
            "[sigkill] Look for memory pressure on the node (`kubectl describe node`) and for `Liveness probe failed` in the pod's events; then raise the memory limit or fix the probe.",
        ],
        commands: lines!["kubectl logs {pod} {ns_flag} --previous", "kubectl describe pod {pod} {ns_flag}"],
    },
];
