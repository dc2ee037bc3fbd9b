//! Turns the pairs of a JSON/YAML segment into objects: `az k8s-extension
//! show`, `aws eks describe-cluster` (whole, `cluster.health` or
//! `{ "issues": [...] }`), and Kubernetes Pod / List objects.

use super::fields::Field;
use super::table::POD_STATUSES;
use crate::facts::{word, EksCluster, Extension, ExtensionStatus, Facts, HealthIssue, Signal};
use crate::recognise::InputKind;
use crate::search::Literals;
use foldhash::{HashSet, HashSetExt};
use std::ops::Range;
use std::sync::OnceLock;

/// Recognises and reads the object in `fields`; `lines` is the segment.
pub fn parse(fields: &[Field], lines: &[(usize, &str)], facts: &mut Facts) -> Option<InputKind> {
    let has = |key: &str| fields.iter().any(|f| f.key == key);
    let span = lines.first()?.0..lines.last()?.0 + 1;
    if has("extensionType") || has("provisioningState") && has("statuses") {
        facts.extensions.push(extension(fields, span));
        return Some(InputKind::AzK8sExtensionShow);
    }
    if has("issues") || has("outpostConfig") || has("health") && has("arn") {
        facts.eks_clusters.push(eks_cluster(fields, lines, span));
        return Some(InputKind::AwsEksDescribeCluster);
    }
    if fields.iter().any(|f| f.key == "kind" && f.value == "Pod") {
        pods(fields, facts);
        return Some(InputKind::KubernetesPodObject);
    }
    None
}

fn value_of<'a, 't>(fields: &'a [Field<'t>], key: &str) -> Option<&'a Field<'t>> {
    fields
        .iter()
        .find(|f| f.key == key && !f.value.is_empty() && f.value != "null")
}

/// The segment after `/<marker>/` in an Azure resource ID (case-insensitive),
/// without the query of a request URL (`dapr?api-version=…` → `dapr`).
pub fn id_part(id: &str, marker: &str) -> Option<String> {
    let parts: Vec<&str> = id.split('/').collect();
    let at = parts.iter().position(|p| p.eq_ignore_ascii_case(marker))?;
    parts
        .get(at + 1)
        .map(|p| p.split('?').next().unwrap_or_default())
        .filter(|p| !p.is_empty())
        .map(|p| p.to_string())
}

fn extension(fields: &[Field], lines: Range<usize>) -> Extension {
    let id = value_of(fields, "id")
        .map(|f| f.value.to_string())
        .unwrap_or_default();
    let cluster_type = [
        "managedClusters",
        "connectedClusters",
        "provisionedClusters",
    ]
    .into_iter()
    .find(|t| id_part(&id, t).is_some());
    let mut extension = Extension {
        name: id_part(&id, "extensions")
            .or_else(|| value_of(fields, "name").map(|f| f.value.to_string())),
        extension_type: value_of(fields, "extensionType").map(|f| f.value.to_string()),
        provisioning_state: value_of(fields, "provisioningState")
            .map(|f| (f.value.to_string(), f.line)),
        cluster: cluster_type.and_then(|t| id_part(&id, t)),
        resource_group: id_part(&id, "resourceGroups")
            .or_else(|| value_of(fields, "resourceGroup").map(|f| f.value.to_string())),
        cluster_type: cluster_type.map(str::to_string),
        lines,
        ..Extension::default()
    };
    let mut current: Option<ExtensionStatus> = None;
    let mut in_error_info = false;
    for field in fields {
        match &*field.key {
            "errorInfo" => in_error_info = field.value.is_empty(),
            "code" => {
                extension.statuses.extend(current.take());
                let level = if in_error_info { "Error" } else { "" };
                current = Some(ExtensionStatus {
                    code: field.value.to_string(),
                    level: level.to_string(),
                    lines: field.line..field.line + 1,
                    ..ExtensionStatus::default()
                });
            }
            "level" | "message" | "displayStatus" | "time" => {
                if let Some(status) = current.as_mut() {
                    match &*field.key {
                        "level" => status.level = field.value.to_string(),
                        "message" => status.message = field.value.to_string(),
                        _ => {}
                    }
                    status.lines.end = status.lines.end.max(field.line + 1);
                }
            }
            _ => {
                in_error_info = false;
                extension.statuses.extend(current.take());
            }
        }
    }
    extension.statuses.extend(current);
    extension
}

fn eks_cluster(fields: &[Field], lines: &[(usize, &str)], span: Range<usize>) -> EksCluster {
    let status = fields
        .iter()
        .find(|f| {
            f.key == "status"
                && f.value.chars().all(|c| c.is_ascii_uppercase())
                && !f.value.is_empty()
        })
        .map(|f| (f.value.to_string(), f.line));
    let arn = value_of(fields, "arn")
        .map(|f| f.value.to_string())
        .unwrap_or_default();
    let mut cluster = EksCluster {
        name: value_of(fields, "name").map(|f| f.value.to_string()),
        region: arn
            .split(':')
            .nth(3)
            .filter(|r| !r.is_empty())
            .map(str::to_string),
        status,
        lines: span.clone(),
        ..EksCluster::default()
    };
    let mut current: Option<HealthIssue> = None;
    for field in fields {
        match &*field.key {
            "code" => {
                cluster.issues.extend(current.take());
                current = Some(HealthIssue {
                    code: field.value.to_string(),
                    lines: field.line..field.line + 1,
                    ..HealthIssue::default()
                });
            }
            "message" | "resourceIds" => {
                if let Some(issue) = current.as_mut() {
                    if field.key == "message" {
                        issue.message = field.value.to_string();
                    }
                    issue.lines.end = issue.lines.end.max(field.line + 1);
                }
            }
            _ => cluster.issues.extend(current.take()),
        }
    }
    cluster.issues.extend(current);
    // An issue's resource IDs may sit on the lines after `resourceIds`, up to the
    // next key; read them by shape from those lines. Issues come in line
    // order: one walk over the fields, a binary search of the lines; and
    // issues that share their lines (JSON on one line) share one reading,
    // at most [`MAX_RESOURCE_IDS`] of it each.
    let mut next_field = 0;
    let mut read: Option<(Range<usize>, Vec<String>)> = None;
    for issue in &mut cluster.issues {
        next_field += fields[next_field..]
            .iter()
            .position(|f| f.line >= issue.lines.end && f.key != "resourceIds")
            .unwrap_or(fields.len() - next_field);
        let next_key_line = fields.get(next_field).map_or(span.end, |f| f.line);
        let window = issue.lines.start..next_key_line.max(issue.lines.end);
        if read.as_ref().is_none_or(|(seen, _)| *seen != window) {
            let first = lines.partition_point(|(l, _)| *l < window.start);
            let last = lines.partition_point(|(l, _)| *l < window.end);
            let text: Vec<&str> = lines[first..last].iter().map(|(_, t)| *t).collect();
            let resource_text = text.join(" ");
            let after = resource_text
                .find("resourceIds")
                .map_or("", |at| &resource_text[at..]);
            read = Some((window, aws_ids(after)));
        }
        if let Some((_, ids)) = &read {
            issue.resource_ids = ids.iter().take(MAX_RESOURCE_IDS).cloned().collect();
        }
    }
    cluster
}

/// The most resource IDs kept per health issue (a real issue names a few).
pub const MAX_RESOURCE_IDS: usize = 32;

/// How every AWS identifier starts: ARNs and resource IDs.
pub const AWS_ID_PREFIXES: &[&str] = &["arn:aws", "subnet-", "sg-", "i-", "eni-", "vpc-", "op-"];

/// AWS identifiers in `text`: ARNs and `subnet-`, `sg-`, `i-`, `eni-`, `vpc-`
/// IDs, each once, in order. Linear: only words that start with one of
/// [`AWS_ID_PREFIXES`] are read.
pub fn aws_ids(text: &str) -> Vec<String> {
    static PREFIXES: OnceLock<Literals> = OnceLock::new();
    let prefixes = PREFIXES
        .get_or_init(|| crate::search::literals(AWS_ID_PREFIXES, false).expect("literal prefixes"));
    let starts = prefixes.find_iter(text.as_bytes()).map(|m| m.start());
    aws_ids_at(text, starts)
}

/// The AWS identifiers that start at the byte offsets `starts` of `text`
/// (where an [`AWS_ID_PREFIXES`] entry was found), each once, in order.
fn aws_ids_at(text: &str, starts: impl Iterator<Item = usize>) -> Vec<String> {
    aws_ids_read(starts, |start| {
        let end = aws_word_end(text, start)?;
        Some((aws_id(&text[start..end]).map(str::to_string), end))
    })
}

/// The AWS identifiers at the ascending offsets `starts`, each once, in
/// order. `word_at(start)` reads the word that starts there: the identifier
/// it is, if any, and where it ends; `None` when no word starts there.
/// Offsets inside a word already read are skipped.
pub fn aws_ids_read(
    starts: impl Iterator<Item = usize>,
    mut word_at: impl FnMut(usize) -> Option<(Option<String>, usize)>,
) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let mut known = HashSet::new();
    let mut read_to = 0;
    for start in starts {
        if start < read_to {
            continue;
        }
        let Some((id, end)) = word_at(start) else {
            continue;
        };
        read_to = end;
        if let Some(id) = id.filter(|id| known.insert(id.clone())) {
            ids.push(id);
        }
    }
    ids
}

/// Where the word of identifier characters that starts at byte `start` of
/// `text` (an ASCII prefix) ends; `None` when such a character comes just
/// before it, so that no word starts there.
pub fn aws_word_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if start > 0 && is_aws_word_byte(bytes[start - 1]) {
        return None;
    }
    Some(
        bytes[start..]
            .iter()
            .position(|&b| !is_aws_word_byte(b))
            .map_or(bytes.len(), |i| start + i),
    )
}

/// True for a byte of an AWS identifier's word: ASCII letters and digits,
/// and `:/._-`.
pub fn is_aws_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b":/._-".contains(&byte)
}

/// The AWS identifier a word is (without a trailing `.` or `:`), if it is one.
pub fn aws_id(word: &str) -> Option<&str> {
    let token = word.trim_end_matches(['.', ':']);
    is_aws_id(token).then_some(token)
}

/// True for an ARN or a resource ID of a known prefix and hex tail.
fn is_aws_id(token: &str) -> bool {
    token.starts_with("arn:aws")
        || ["subnet-", "sg-", "i-", "eni-", "vpc-", "op-"]
            .iter()
            .any(|p| {
                token.strip_prefix(p).is_some_and(|hex| {
                    (8..=17).contains(&hex.len()) && hex.bytes().all(|b| b.is_ascii_hexdigit())
                })
            })
}

/// Reads Pod objects (also inside a List): name and namespace from metadata,
/// phase, container state reasons, exit codes and memory limits.
fn pods(fields: &[Field], facts: &mut Facts) {
    let starts: Vec<usize> = fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.key == "kind" && f.value == "Pod")
        .map(|(i, _)| i)
        .collect();
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(fields.len());
        // `kind` may follow or precede `apiVersion`; metadata follows `kind`.
        let object = &fields[start..end];
        let name = object
            .iter()
            .skip_while(|f| f.key != "metadata")
            .find(|f| f.key == "name");
        let Some(name) = name.filter(|f| !f.value.is_empty()) else {
            continue;
        };
        let namespace = object
            .iter()
            .find(|f| f.key == "namespace" && !f.value.is_empty())
            .map(|f| facts.namespace(&f.value));
        let mut signals = Vec::new();
        let mut phase = None;
        let mut memory_limit = None;
        let mut in_limits = false;
        for field in object {
            match &*field.key {
                "phase" => phase = Some(word(&field.value, POD_STATUSES)),
                "reason" if !field.value.is_empty() => signals.push(Signal {
                    value: word(&field.value, POD_STATUSES),
                    line: field.line,
                }),
                "exitCode" => signals.push(Signal {
                    value: format!("exit {}", field.value).into(),
                    line: field.line,
                }),
                "limits" => in_limits = true,
                "requests" => in_limits = false,
                "memory" if in_limits => memory_limit = Some((&*field.value).into()),
                _ => {}
            }
        }
        let pod = facts.pod_mut(namespace, &name.value, name.line);
        if let Some(phase) = phase {
            pod.signals.push(Signal {
                value: phase.clone(),
                line: name.line,
            });
            pod.status = Some(phase);
        }
        pod.signals.extend(signals);
        pod.memory_limit = memory_limit.or(pod.memory_limit.take());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aws_ids_are_found_by_shape() {
        assert_eq!(
            aws_ids(
                r#"[ "subnet-0a1b2c3d4e5f67890", "arn:aws:eks:us-west-2:1:cluster/x", "i-123" ]"#
            ),
            vec![
                "subnet-0a1b2c3d4e5f67890",
                "arn:aws:eks:us-west-2:1:cluster/x"
            ]
        );
    }

    #[test]
    fn azure_ids_are_split_case_insensitively() {
        let id = "/subscriptions/s/resourcegroups/rg1/providers/Microsoft.ContainerService/managedClusters/c1/providers/Microsoft.KubernetesConfiguration/extensions/sc-extension";
        assert_eq!(id_part(id, "resourceGroups").as_deref(), Some("rg1"));
        assert_eq!(id_part(id, "extensions").as_deref(), Some("sc-extension"));
    }
}
