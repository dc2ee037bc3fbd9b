//! English texts of the `sc/` diagnoses.

use crate::texts::Text;

/// English texts of `sc/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "sc/conflict",
        title: "Azure answered Conflict: another operation on the cluster or extension is still running",
        cause: lines![
            "Azure rejected the operation with status 409 Conflict. With Service Connector on AKS this usually means the cluster was in an updating state when the connection was created: the connection's changes collide with the update still running.",
            "[updating] The paste shows the cluster's provisioning state as `Updating`.",
            "[in-progress] Azure says so itself: another operation on the same resource (the cluster or one of its extensions, such as Dapr or Flux) is still in progress.",
            "The same error also appears when the subscription is not registered with the `Microsoft.KubernetesConfiguration` resource provider, which cluster extensions need.",
        ],
        fix: lines![
            "Wait until the cluster's provisioning state is `Succeeded`, then create the connection again.",
            "[in-progress] Wait until the operation already running on the extension has finished (its provisioning state is no longer `Updating` or `Creating`), then run the update or the deployment again; do not start a second one meanwhile.",
            "Make sure the subscription is registered with `Microsoft.KubernetesConfiguration` (registering again is harmless).",
        ],
        commands: lines![
            "az aks show --resource-group {rg} --name {cluster} --query provisioningState -o tsv",
            "[in-progress] az k8s-extension show --resource-group {rg} --cluster-name {cluster} --cluster-type managedClusters --name {extension} --query provisioningState -o tsv",
            "az provider show -n Microsoft.KubernetesConfiguration --query registrationState -o tsv",
            "az provider register -n Microsoft.KubernetesConfiguration",
        ],
    },
    Text {
        id: "sc/permission-denied",
        title: "Missing permission on an Azure resource",
        cause: lines![
            "The identity that runs the operation is not allowed to perform an action it needs (action {action}) on an Azure resource (resource {resource}).",
            "[service-connector] Service Connector acts on your behalf: to create a connection it must be able to operate the Azure resources you connect (the cluster, the target service, and for some authentication types its firewall or access settings) with your permissions.",
        ],
        fix: lines![
            "Check your role assignments on the resource named in the message.",
            "Obtain a role that grants the action (from the resource's owner or an administrator).",
            "[service-connector] Or have someone with that role create the connection.",
            "Sign in again so that the new permission is in your token, then retry.",
        ],
        commands: lines![
            "az role assignment list --assignee {assignee} --scope {resource} --include-inherited -o table",
            "az account clear && az login",
        ],
    },
    Text {
        id: "sc/provider-not-registered",
        title: "The subscription is not registered for Microsoft.KubernetesConfiguration",
        cause: lines![
            "Cluster extensions, and Service Connector's `sc-extension` with them, are resources of the `Microsoft.KubernetesConfiguration` resource provider. The subscription (subscription {subscription}) has not registered it, so Azure refuses to create them.",
        ],
        fix: lines![
            "Register the resource provider in the subscription (it needs permission to register providers, for example Contributor on the subscription).",
            "Wait until its registration state is `Registered`, then retry the operation.",
        ],
        commands: lines![
            "az provider register -n Microsoft.KubernetesConfiguration",
            "az provider show -n Microsoft.KubernetesConfiguration --query registrationState -o tsv",
        ],
    },
    Text {
        id: "sc/extension-failed",
        title: "Service Connector's extension sc-extension failed (on {cluster})",
        cause: lines![
            "Service Connector installs the cluster extension `sc-extension` (a Helm chart in `sc-system`) with the first connection; it creates the connections' Kubernetes resources. Its install or update failed.",
            "Its status gives the reason (\"{status_message}\").",
            "[job] The status names a failed job: in `sc-extension` that is `sc-job`, the job that creates the connections' resources and the usual reason the extension fails.",
            "[no-release] `helm list -n sc-system` shows no release: the failed install was rolled back, or the extension was removed. Without `sc-extension` no connection of the cluster works.",
        ],
        fix: lines![
            "Read the `statuses` of `sc-extension` first (install the `k8s-extension` Azure CLI extension if needed); look at the cluster when they do not say enough.",
            "Connect to the cluster, check that the `sc-system` namespace exists and look at the Helm release in it.",
            "Look for `sc-job` in `sc-system`: if it is not there it most likely ran and succeeded, because it deletes itself after success; if it is there and not completing, its description and logs give the cause.",
            "Fix the cause, then create or update the connection again.",
        ],
        commands: lines![
            "az extension add --name k8s-extension",
            "az k8s-extension show --resource-group {rg} --cluster-name {cluster} --cluster-type managedClusters --name sc-extension",
            "az aks get-credentials --resource-group {rg} --name {cluster}",
            "kubectl get ns",
            "helm list -n sc-system",
            "kubectl get job -n sc-system",
            "kubectl describe job/sc-job -n sc-system",
            "kubectl logs job/sc-job -n sc-system",
        ],
    },
    Text {
        id: "sc/job-failed",
        title: "Service Connector's sc-job failed",
        cause: lines![
            "`sc-job` is the Kubernetes job that `sc-extension` runs on install or update to create the connections' resources. Its failure is the usual reason the extension fails.",
            "[job-seen] The paste shows the job in `sc-system` failed: its pods failed until the retry limit was reached.",
            "[from-status] The extension's status reports that its job failed (`BackoffLimitExceeded`).",
            "[image] The job's pod cannot pull Service Connector's own image (here: `{image}`): the installed `sc-extension` refers to an image its registry no longer serves, or the nodes cannot reach that registry. It is not an image of yours to fix.",
            "A successful `sc-job` deletes itself, so a job that is still present and not completing is the one to look at.",
        ],
        fix: lines![
            "Describe the job and read its logs: they say why it fails (for example a namespace or resource that does not exist).",
            "Fix what the logs show, then create or update the connection again so that the extension runs the job anew.",
            "[image] Bring `sc-extension` to a current version (update it, or delete it and create the connection again, which installs it anew), with a current Azure CLI; if the nodes have no egress to `scaksextension.azurecr.io`, allow it.",
        ],
        commands: lines![
            "kubectl get job -n sc-system",
            "kubectl describe job/sc-job -n sc-system",
            "kubectl logs job/sc-job -n sc-system",
            "kubectl get pods -n sc-system",
            "[image] az k8s-extension show --resource-group {rg} --cluster-name {cluster} --cluster-type managedClusters --name sc-extension --query '[version,provisioningState]'",
        ],
    },
    Text {
        id: "sc/leftover-resources",
        title: "Kubernetes resources of a deleted connection are still in the cluster",
        cause: lines![
            "Deleting a Service Connector connection does not delete the Kubernetes resources it created: the {kind} `{names}` in namespace `{ns}` stays until removed by hand. This is expected and harmless, but it may hold credentials no longer in use.",
        ],
        fix: lines![
            "Check that the resources belong to the deleted connection and that no remaining connection or workload still uses them.",
            "Delete them with kubectl.",
            "Do not remove `sc-extension` or the `sc-system` namespace to clean up: the extension holds the metadata of every connection of the cluster, and removing it breaks all of them.",
        ],
        commands: lines!["kubectl get {kind} {names} -n {ns}", "kubectl delete {kind} {names} -n {ns}"],
    },
];
