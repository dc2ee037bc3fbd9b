//! Stage 2: recognise what each segment is — which command printed it.
//!
//! Recognition works on shapes a person can see (a prompt, a header row of
//! upper-case column names, an opening brace, `Name:` followed by
//! `Namespace:`), never on column positions, so tables copied from web pages
//! with their alignment lost are still recognised.

use crate::input::Document;
use serde::{Deserialize, Serialize};

/// The shape a segment starts with, decided from its first line(s).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A shell prompt or a bare `kubectl` / `az` / `helm` / `aws` command line.
    Command,
    /// A table with a header row of upper-case column names.
    Table,
    /// A JSON value (object or array), possibly truncated.
    Json,
    /// `kubectl describe` output (`Name:` then `Namespace:`).
    Describe,
    /// A YAML document (`apiVersion:` / `kind:` at the left margin).
    Yaml,
    /// `helm status` output (`NAME:` then `LAST DEPLOYED:`).
    HelmStatus,
    /// Anything else: errors, logs, prose, header-less rows.
    Text,
}

/// What a segment was recognised as; reported to users as "what was read".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputKind {
    /// A prompt or command line.
    Command,
    /// `kubectl get pods` (any flags), also header-less pod rows.
    KubectlGetPods,
    /// `kubectl get deployments`.
    KubectlGetDeployments,
    /// `kubectl get events`.
    KubectlGetEvents,
    /// `kubectl get jobs`.
    KubectlGetJobs,
    /// `kubectl get secrets`.
    KubectlGetSecrets,
    /// `kubectl get nodes`.
    KubectlGetNodes,
    /// `helm list`.
    HelmList,
    /// `helm history`.
    HelmHistory,
    /// Any other kubectl table.
    KubectlTable,
    /// `kubectl describe pod`.
    KubectlDescribePod,
    /// `kubectl describe job`.
    KubectlDescribeJob,
    /// Any other `kubectl describe`.
    KubectlDescribe,
    /// A Pod or List of pods as JSON or YAML.
    KubernetesPodObject,
    /// `az k8s-extension show` (JSON, YAML or table).
    AzK8sExtensionShow,
    /// `aws eks describe-cluster`, whole or its `cluster.health` part.
    AwsEksDescribeCluster,
    /// Any other JSON.
    Json,
    /// Any other YAML.
    Yaml,
    /// `helm status`.
    HelmStatus,
    /// An error printed by Helm (`Error: …`).
    HelmError,
    /// An error printed by kubectl (`Error from server (NotFound): …`, `error: …`).
    KubectlError,
    /// An error printed by the Azure CLI.
    AzError,
    /// An error printed by the AWS CLI.
    AwsError,
    /// Secret names (`kubectl get secret -o yaml | grep name:`).
    SecretNames,
    /// `nslookup` / `dig` output.
    Nslookup,
    /// Kubernetes events without a table header (describe's Events section).
    Events,
    /// Log lines (plain or JSON per line).
    Log,
    /// Free text nothing else recognised.
    Text,
}

impl InputKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [InputKind] = &[
        InputKind::Command,
        InputKind::KubectlGetPods,
        InputKind::KubectlGetDeployments,
        InputKind::KubectlGetEvents,
        InputKind::KubectlGetJobs,
        InputKind::KubectlGetSecrets,
        InputKind::KubectlGetNodes,
        InputKind::HelmList,
        InputKind::HelmHistory,
        InputKind::KubectlTable,
        InputKind::KubectlDescribePod,
        InputKind::KubectlDescribeJob,
        InputKind::KubectlDescribe,
        InputKind::KubernetesPodObject,
        InputKind::AzK8sExtensionShow,
        InputKind::AwsEksDescribeCluster,
        InputKind::Json,
        InputKind::Yaml,
        InputKind::HelmStatus,
        InputKind::HelmError,
        InputKind::KubectlError,
        InputKind::AzError,
        InputKind::AwsError,
        InputKind::SecretNames,
        InputKind::Nslookup,
        InputKind::Events,
        InputKind::Log,
        InputKind::Text,
    ];

    /// The kebab-case name used in JSON (`kubectl-get-pods`).
    pub fn name(self) -> &'static str {
        match self {
            InputKind::Command => "command",
            InputKind::KubectlGetPods => "kubectl-get-pods",
            InputKind::KubectlGetDeployments => "kubectl-get-deployments",
            InputKind::KubectlGetEvents => "kubectl-get-events",
            InputKind::KubectlGetJobs => "kubectl-get-jobs",
            InputKind::KubectlGetSecrets => "kubectl-get-secrets",
            InputKind::KubectlGetNodes => "kubectl-get-nodes",
            InputKind::HelmList => "helm-list",
            InputKind::HelmHistory => "helm-history",
            InputKind::KubectlTable => "kubectl-table",
            InputKind::KubectlDescribePod => "kubectl-describe-pod",
            InputKind::KubectlDescribeJob => "kubectl-describe-job",
            InputKind::KubectlDescribe => "kubectl-describe",
            InputKind::KubernetesPodObject => "kubernetes-pod-object",
            InputKind::AzK8sExtensionShow => "az-k8s-extension-show",
            InputKind::AwsEksDescribeCluster => "aws-eks-describe-cluster",
            InputKind::Json => "json",
            InputKind::Yaml => "yaml",
            InputKind::HelmStatus => "helm-status",
            InputKind::HelmError => "helm-error",
            InputKind::KubectlError => "kubectl-error",
            InputKind::AzError => "az-error",
            InputKind::AwsError => "aws-error",
            InputKind::SecretNames => "secret-names",
            InputKind::Nslookup => "nslookup",
            InputKind::Events => "events",
            InputKind::Log => "log",
            InputKind::Text => "text",
        }
    }
}

/// Tools whose command lines we recognise after a prompt.
const TOOLS: &[&str] = &[
    "kubectl", "az", "helm", "aws", "oc", "nslookup", "dig", "k", "eksctl",
];

/// True for a shell prompt followed by a command (`$ kubectl …`, `PS D:\> az …`,
/// `user@host:~$ helm …`) or a bare command line starting with a known tool.
pub fn is_prompt(line: &str) -> bool {
    command_text(line).is_some()
}

/// The command of a prompt line, without the prompt. A command quoted as
/// Markdown inline code on a line of its own (`` `kubectl get events -n x` ``)
/// is one too, up to its closing backtick.
pub fn command_text(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    if let Some(quoted) = trimmed.strip_prefix('`').filter(|q| !q.starts_with('`')) {
        let code = quoted.split('`').next().unwrap_or_default();
        return command_text(code).filter(|_| !code.starts_with(char::is_whitespace));
    }
    let prompted = strip_prompt(trimmed);
    let bare = prompted.is_none();
    let rest = prompted.unwrap_or(trimmed);
    // `rest` starts with a word (or is empty): the tool is that word.
    let tool_len = rest.bytes().position(|b| b.is_ascii_whitespace());
    // A bare line must look like a command, not prose that begins with "az".
    let takes_args = tool_len.is_some_and(|len| rest.as_bytes()[len] == b' ');
    let tool = &rest[..tool_len.unwrap_or(rest.len())];
    let known = TOOLS.contains(&tool) && takes_args && (!bare || tool != "k");
    (known && (!bare || runs_a_subcommand(tool, &rest[tool.len()..]))).then_some(rest)
}

/// True unless `tool` is kubectl or Helm and `args` does not start with one
/// of its commands or a flag: a line without a prompt that begins `helm chart
/// is deployed` is prose.
fn runs_a_subcommand(tool: &str, args: &str) -> bool {
    const KUBECTL: &[&str] = &[
        "get",
        "describe",
        "logs",
        "apply",
        "delete",
        "create",
        "edit",
        "exec",
        "run",
        "rollout",
        "scale",
        "top",
        "explain",
        "label",
        "annotate",
        "patch",
        "port-forward",
        "proxy",
        "cp",
        "auth",
        "config",
        "cluster-info",
        "version",
        "api-resources",
        "wait",
        "debug",
        "events",
        "cordon",
        "uncordon",
        "drain",
        "taint",
        "replace",
        "set",
        "expose",
        "autoscale",
        "attach",
        "diff",
        "kustomize",
        "certificate",
        "plugin",
    ];
    const HELM: &[&str] = &[
        "install",
        "upgrade",
        "uninstall",
        "delete",
        "status",
        "list",
        "ls",
        "get",
        "history",
        "rollback",
        "template",
        "repo",
        "search",
        "show",
        "pull",
        "push",
        "package",
        "lint",
        "test",
        "dependency",
        "dep",
        "version",
        "env",
        "plugin",
        "registry",
        "create",
        "verify",
    ];
    let commands = match tool {
        "kubectl" => KUBECTL,
        "helm" => HELM,
        _ => return true,
    };
    let first = args.split_ascii_whitespace().next().unwrap_or_default();
    first.starts_with('-') || commands.contains(&first)
}

fn strip_prompt(line: &str) -> Option<&str> {
    // A Python virtualenv or conda environment shown before the prompt:
    // `(base) [user@host dir]$ kubectl …`.
    let line = line
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(") "))
        .filter(|(env, _)| !env.is_empty() && env.len() <= 40 && !env.contains([' ', '(', ')']))
        .map_or(line, |(_, rest)| rest);
    if let Some(rest) = line.strip_prefix("$ ").or_else(|| line.strip_prefix("# ")) {
        return Some(rest.trim_start());
    }
    // The one-character prompts of zsh and fish themes (oh-my-zsh's `±`,
    // pure's and starship's `❯`, `λ`, `➜`).
    if let Some(rest) = ["± ", "❯ ", "λ ", "➜ "]
        .iter()
        .find_map(|p| line.strip_prefix(p))
    {
        return Some(rest.trim_start());
    }
    // `> ` continues a prompt; `+ ` is a shell's trace (`set -x`) in CI logs.
    if let Some(rest) = line.strip_prefix("> ").or_else(|| line.strip_prefix("+ ")) {
        return Some(rest.trim_start());
    }
    if line.starts_with("PS ") {
        return line.find("> ").map(|at| line[at + 2..].trim_start());
    }
    // user@host:~/dir$ cmd  or  [user@host dir]$ cmd  or  host:~ # cmd
    let at = memchr::memchr3(b'$', b'#', b'%', line.as_bytes())?;
    let head = &line[..at];
    // `user@host:~/dir$`, `host:~ #`, `[user@host dir]$`, zsh's `user@host ~ %`.
    let head = head.trim_end();
    let looks_like_prompt = head.len() < 80
        && (head.contains('@') || head.ends_with('~') || head.ends_with(']'))
        && head.matches(' ').count() <= 1
        || head.starts_with('[') && head.ends_with(']');
    (looks_like_prompt && line[at + 1..].starts_with(' ')).then(|| line[at + 1..].trim_start())
}

/// The shape a new segment would start with at line `index`, if any.
pub fn starting_shape(doc: &Document, index: usize) -> Option<Shape> {
    let line = doc.line(index);
    let trimmed = line.trim();
    if is_prompt(line) {
        return Some(Shape::Command);
    }
    if trimmed.starts_with('{')
        || trimmed == "["
        || ["[{", "[ {", "[\"", "[]"]
            .iter()
            .any(|p| trimmed.starts_with(p))
    {
        return Some(Shape::Json);
    }
    if table_header(line).is_some() {
        return Some(Shape::Table);
    }
    let next = |key: &str| {
        (index + 1..(index + 4).min(doc.len())).any(|i| doc.line(i).trim_start().starts_with(key))
    };
    if trimmed.starts_with("Name:") && trimmed.len() > 5 && next("Namespace:") {
        return Some(Shape::Describe);
    }
    if trimmed.starts_with("NAME:") && next("LAST DEPLOYED:") {
        return Some(Shape::HelmStatus);
    }
    if (line.starts_with("apiVersion:") || line.starts_with("kind:")) && index + 1 < doc.len() {
        return Some(Shape::Yaml);
    }
    None
}

/// What a table header row announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// NAME READY STATUS RESTARTS AGE …
    Pods,
    /// NAME READY UP-TO-DATE AVAILABLE AGE
    Deployments,
    /// LAST SEEN TYPE REASON OBJECT MESSAGE (or the old LASTSEEN … format)
    Events,
    /// NAME COMPLETIONS DURATION AGE (or DESIRED SUCCESSFUL)
    Jobs,
    /// NAME TYPE DATA AGE
    Secrets,
    /// NAME STATUS ROLES AGE VERSION
    Nodes,
    /// NAME NAMESPACE REVISION UPDATED STATUS CHART APP VERSION
    HelmList,
    /// REVISION UPDATED STATUS CHART APP VERSION DESCRIPTION
    HelmHistory,
    /// Any other kubectl-style table.
    Other,
}

impl TableKind {
    /// The input kind a table of this kind is reported as.
    pub fn input_kind(self) -> InputKind {
        match self {
            TableKind::Pods => InputKind::KubectlGetPods,
            TableKind::Deployments => InputKind::KubectlGetDeployments,
            TableKind::Events => InputKind::KubectlGetEvents,
            TableKind::Jobs => InputKind::KubectlGetJobs,
            TableKind::Secrets => InputKind::KubectlGetSecrets,
            TableKind::Nodes => InputKind::KubectlGetNodes,
            TableKind::HelmList => InputKind::HelmList,
            TableKind::HelmHistory => InputKind::HelmHistory,
            TableKind::Other => InputKind::KubectlTable,
        }
    }
}

/// Recognises a header row: upper-case column names, starting with NAME,
/// NAMESPACE, LAST SEEN or (`helm history`) REVISION, with at least two
/// well-known column names.
pub fn table_header(line: &str) -> Option<TableKind> {
    // Nearly every line is out at its first byte.
    let trimmed = line.trim_ascii_start();
    if !trimmed.starts_with(['N', 'L', 'R']) {
        return None;
    }
    let first = trimmed.split_ascii_whitespace().next()?;
    if !matches!(
        first,
        "NAME" | "NAMESPACE" | "LAST" | "LASTSEEN" | "REVISION"
    ) {
        return None;
    }
    let words: Vec<&str> = line.split_ascii_whitespace().collect();
    if words.len() < 3 {
        return None;
    }
    let upper = |w: &&str| {
        w.bytes()
            .all(|b| b.is_ascii_uppercase() || b"-_().%/".contains(&b))
    };
    if !words.iter().all(upper) {
        return None;
    }
    let has = |w: &str| words.contains(&w);
    let known = [
        "READY",
        "STATUS",
        "RESTARTS",
        "AGE",
        "TYPE",
        "DATA",
        "REASON",
        "OBJECT",
        "MESSAGE",
        "COMPLETIONS",
        "DURATION",
        "UP-TO-DATE",
        "AVAILABLE",
        "REVISION",
        "CHART",
        "ROLES",
    ];
    if words.iter().filter(|w| known.contains(w)).count() < 2 {
        return None;
    }
    Some(if first == "REVISION" {
        if !(has("STATUS") && has("CHART")) {
            return None;
        }
        TableKind::HelmHistory
    } else if has("RESTARTS") || has("READY") && has("STATUS") {
        TableKind::Pods
    } else if has("UP-TO-DATE") || has("AVAILABLE") && has("READY") {
        TableKind::Deployments
    } else if has("REASON") && (has("MESSAGE") || has("OBJECT")) {
        TableKind::Events
    } else if has("COMPLETIONS") || has("SUCCESSFUL") {
        TableKind::Jobs
    } else if has("DATA") && has("TYPE") {
        TableKind::Secrets
    } else if has("ROLES") {
        TableKind::Nodes
    } else if has("CHART") && has("REVISION") {
        TableKind::HelmList
    } else {
        TableKind::Other
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompts_of_many_shells_are_recognised() {
        for line in [
            "$ kubectl get pods -n azure-arc",
            "PS D:\\> kubectl exec -it -n kube-system extension-agent-x -- nslookup x",
            "user@host:~$ helm --namespace default status azure-arc",
            "[root@node1 ~]# kubectl get pods",
            "weerayut@Weerayuts-MacBook-Pro ~ % kubectl get secret -n azure-arc -o yaml | grep name:",
            "az k8s-extension show --name sc-extension",
            "aws eks describe-cluster --name my-cluster --query 'cluster.health'",
            "(base) [csubrama@csubrama manifests]$ kubectl get pods -n monitoring",
            "(.venv) user@host:~/arc$ az connectedk8s connect -n c -g rg",
            "+ helm history coder --namespace coder --max 5",
            "± kubectl get pods -n kube-system -l component=oms-agent",
            "❯ kubectl get pods -A",
        ] {
            assert!(is_prompt(line), "{line}");
        }
    }

    #[test]
    fn a_helm_history_header_is_its_own_table() {
        assert_eq!(
            table_header("REVISION UPDATED STATUS CHART APP VERSION DESCRIPTION"),
            Some(TableKind::HelmHistory)
        );
        // A revision column alone is no history.
        assert_eq!(table_header("REVISION UPDATED DESCRIPTION"), None);
    }

    #[test]
    fn kind_names_match_their_json() {
        for kind in [
            InputKind::KubectlGetPods,
            InputKind::AzK8sExtensionShow,
            InputKind::AwsEksDescribeCluster,
        ] {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.name());
        }
    }

    #[test]
    fn prose_is_not_a_prompt() {
        for line in [
            "az",
            "Azure Arc agents",
            "k is a letter",
            "$5 total",
            "kubectl",
            "```bash",
            "`kubectl` is the tool",
            "` kubectl get pods`",
            "helm chart is deployed, but not working...",
            "kubectl is not installed on this host",
            "(see below) kubectl get pods shows them all",
        ] {
            assert!(!is_prompt(line), "{line}");
        }
    }

    #[test]
    fn a_command_quoted_as_inline_code_ends_at_its_backtick() {
        assert_eq!(
            command_text(
                " `kubectl get events -n my-namespace  --sort-by=.metadata.creationTimestamp`"
            ),
            Some("kubectl get events -n my-namespace  --sort-by=.metadata.creationTimestamp")
        );
        assert_eq!(
            command_text("`$ helm status azure-arc` says:"),
            Some("helm status azure-arc")
        );
    }

    #[test]
    fn headers_are_classified_by_their_words() {
        assert_eq!(
            table_header("NAME READY STATUS RESTARTS AGE"),
            Some(TableKind::Pods)
        );
        assert_eq!(
            table_header("NAMESPACE   NAME   READY   STATUS   RESTARTS   AGE   IP   NODE"),
            Some(TableKind::Pods)
        );
        assert_eq!(
            table_header("NAME  READY   UP-TO-DATE   AVAILABLE   AGE"),
            Some(TableKind::Deployments)
        );
        assert_eq!(
            table_header("LAST SEEN   TYPE      REASON    OBJECT    MESSAGE"),
            Some(TableKind::Events)
        );
        assert_eq!(table_header("NAME TYPE DATA AGE"), Some(TableKind::Secrets));
        assert_eq!(table_header("NAME: azure-arc"), None);
        assert_eq!(table_header("Name Ready Status"), None);
    }
}
