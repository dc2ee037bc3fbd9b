//! `eks/` — Amazon EKS local clusters on AWS Outposts (seed 003).
//!
//! The evidence is the `cluster.health.issues[]` of `aws eks describe-cluster`
//! (JSON read by the parser; YAML, `--output text` and hand-copied
//! `code:`/`message:`/`resourceIds:` lines read here), the EC2 errors behind
//! them (`An error occurred (VcpuLimitExceeded) …`), or a message pasted alone.
//! Every issue is classified once by [`classify`], so two diagnoses that share
//! a health code (`ResourceNotFound`, `ResourceLimitExceeded`) never both
//! claim the same issue.

use super::{is_placeholder, word_after, Ctx, Diagnosis, Finding, Link, Severity};
use crate::facts::{contains_ci, Command};
use crate::parse::{aws_ids, MAX_RESOURCE_IDS};
use crate::recognise::is_prompt;
use crate::sort::{sort_by_rank, sort_positions};
use std::ops::Range;

/// Every `eks/` diagnosis, in catalogue order.
pub const ALL: &[&Diagnosis] = &[
    &SUBNET_NOT_FOUND,
    &SUBNETS_DIFFERENT_VPC,
    &SUBNET_WRONG_OUTPOST,
    &SUBNET_NOT_ON_OUTPOST,
    &SUBNET_NO_FREE_ADDRESSES,
    &INSTANCE_TYPE_UNSUPPORTED,
    &INSTANCE_TERMINATED,
    &OUTPOST_CAPACITY,
    &SECURITY_GROUP_QUOTA,
    &ENI_QUOTA,
    &VCPU_LIMIT,
    &SSM_UNREACHABLE,
    &ACCESS_DENIED,
    &EC2_RESOURCE_NOT_FOUND,
    &INVALID_PERMISSIONS,
    &STUCK_CREATING,
    &INTERNAL_FAILURE,
    &NODE_JOIN_FAILURE,
];

/// What every diagnosis of a health issue explains: the cluster stays in
/// `CREATING`, and the catch-all `InternalFailure` finding.
const HEALTH_EXPLAINS: &[(&str, Link)] = &[
    ("eks/stuck-creating", Link::AnySubject),
    ("eks/internal-failure", Link::AnySubject),
];

/// The issue codes of `cluster.health` (seed 003, both tables).
pub const HEALTH_CODES: &[&str] = &[
    "ResourceNotFound",
    "ConfigurationConflict",
    "ResourceLimitExceeded",
    "InternalFailure",
    "ClusterUnreachable",
    "AccessDenied",
    "InvalidPermissions",
];

/// How an AWS CLI error line starts (`An error occurred (Code) when calling …`).
pub const ERROR_LINE: &[&str] = &["An error occurred ("];

/// The EC2 error codes that seed 003 maps onto health codes.
const EC2_CODES: &[&str] = &[
    "AuthFailure",
    "UnauthorizedOperation",
    "InvalidSubnetID.NotFound",
    "InvalidPermission.NotFound",
    "InvalidGroup.NotFound",
    "InvalidNetworkInterfaceID.NotFound",
    "InsufficientFreeAddressesInSubnet",
    "InsufficientCapacityOnOutpost",
    "NetworkInterfaceLimitExceeded",
    "SecurityGroupLimitExceeded",
    "VcpuLimitExceeded",
    "InvalidParameterValue",
];

/// Subject used when the paste names no cluster.
const NO_CLUSTER: &str = "EKS cluster";

/// The subnets given at creation cannot be found.
pub const SUBNET_NOT_FOUND: Diagnosis = Diagnosis {
    id: "eks/subnet-not-found",
    severity: Severity::Error,
    source: seed!("003 — 일반적인 상태 관련 오류: 제공된 서브넷을 찾을 수 없습니다 (the provided subnets cannot be found)"),
    triggers: &["The subnet ID", "ResourceNotFound"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (issue, finding) in classified(ctx, "eks/subnet-not-found") {
            let subnets = of_kind(&issue.ids, "subnet-");
            let missing = word_after(&issue.message, "subnet ID ").filter(|s| s.starts_with("subnet-"));
            let finding = finding.maybe("subnet_id", missing.or_else(|| subnets.first().cloned()));
            add(out, finding.maybe("subnet_ids", joined(&subnets)), "subnet_ids");
        }
    },
};

/// The subnets given at creation are in different VPCs.
pub const SUBNETS_DIFFERENT_VPC: Diagnosis = Diagnosis {
    id: "eks/subnets-different-vpc",
    severity: Severity::Error,
    source: seed!("003 — 일반적인 상태 관련 오류: 제공된 서브넷이 동일한 VPC에 속하지 않습니다 (the subnets are not in one VPC)"),
    triggers: &["must belong to the same VPC"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (issue, finding) in classified(ctx, "eks/subnets-different-vpc") {
            out.push(finding.maybe("subnet_ids", joined(&of_kind(&issue.ids, "subnet-"))));
        }
    },
};

/// A subnet belongs to another Outpost than the cluster's.
pub const SUBNET_WRONG_OUTPOST: Diagnosis = Diagnosis {
    id: "eks/subnet-wrong-outpost",
    severity: Severity::Error,
    source: seed!("003 — 일반적인 상태 관련 오류: 제공된 일부 서브넷이 지정된 Outpost에 속하지 않습니다 (a subnet is on another Outpost)"),
    triggers: &["expected to be in"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (issue, finding) in classified(ctx, "eks/subnet-wrong-outpost") {
            let subnet = word_after(&issue.message, "subnet ").filter(|s| s.starts_with("subnet-"));
            out.push(
                finding
                    .maybe("subnet_id", subnet.or_else(|| of_kind(&issue.ids, "subnet-").first().cloned()))
                    .maybe("outpost_arn", word_after(&issue.message, "expected to be in "))
                    .maybe("other_outpost", word_after(&issue.message, "but is in ")),
            );
        }
    },
};

/// A subnet is a Region subnet, not on any Outpost.
pub const SUBNET_NOT_ON_OUTPOST: Diagnosis = Diagnosis {
    id: "eks/subnet-not-on-outpost",
    severity: Severity::Error,
    source: seed!("003 — 일반적인 상태 관련 오류: 제공된 일부 서브넷이 어느 Outpost에도 속하지 않습니다 (a subnet is on no Outpost)"),
    triggers: &["is not part of any Outpost"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (issue, finding) in classified(ctx, "eks/subnet-not-on-outpost") {
            let subnet = word_after(&issue.message, "subnet ").filter(|s| s.starts_with("subnet-"));
            out.push(finding.maybe("subnet_id", subnet.or_else(|| of_kind(&issue.ids, "subnet-").first().cloned())));
        }
    },
};

/// A subnet has no free addresses for the control-plane network interfaces.
pub const SUBNET_NO_FREE_ADDRESSES: Diagnosis = Diagnosis {
    id: "eks/subnet-no-free-addresses",
    severity: Severity::Error,
    source: seed!("003 — 일반적인 상태 관련 오류: 컨트롤 플레인 인스턴스용 탄력적 네트워크 인터페이스를 생성하기에 충분한 여유 주소가 없습니다 (no free addresses for the control-plane ENIs); InsufficientFreeAddressesInSubnet"),
    triggers: &[
        "does not have enough free addresses",
        "InsufficientFreeAddressesInSubnet",
        // AWS Health's wording of the same issue (e-mail, Health Dashboard).
        "does not have enough available IP addresses",
        "Not Enough Free IP Addresses In Subnet",
        // The EKS API's answer to create-cluster / update-cluster-config:
        // `Provided subnets subnet-… Free IPs: 0 , need at least 5 IPs in
        // each subnet to be free for this operation`.
        "IPs in each subnet to be free",
        // The VPC CNI's ipamd, quoting EC2's answer to CreateNetworkInterface.
        "sufficient free Ipv4 addresses",
    ],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        // A local cluster on an Outpost needs a larger subnet and a new
        // cluster; a cluster in the Region can be given more subnets.
        let place = if ctx.mentions("outpost") || ctx.mentions("local cluster") { "outpost" } else { "in-region" };
        // The VPC CNI asks EC2 for the pods' addresses on any cluster: its
        // log is context enough, and the addresses are the pods'.
        let cni = VPC_CNI.iter().any(|p| ctx.mentions(p));
        let keep = |issue: &Issue, class: Option<&str>| {
            class == Some("eks/subnet-no-free-addresses") || cni && lacks_free_addresses(issue)
        };
        for issue in candidates(ctx, &keep) {
            let pods = cni && !issue.has_health_code();
            let finding = finding_for(ctx, &issue).maybe("subnet_id", of_kind(&issue.ids, "subnet-").first().cloned());
            let addresses_for = match () {
                () if pods => "pod-ips",
                () if launches_nodes(ctx, &issue) => "nodes",
                () => place,
            };
            out.push(finding.variant(addresses_for));
        }
    },
};

/// Words of an error about launching worker nodes (a managed node group's
/// Auto Scaling group, Karpenter's machines), not control-plane instances.
pub const NODE_LAUNCH: &[&str] = &[
    "AsgInstanceLaunchFailures",
    "NodeGroup",
    "Node Group",
    "launching machine",
    "nodeclaim",
    // An Auto Scaling group's activity (`aws autoscaling describe-scaling-activities`).
    "Launching EC2 instance failed",
];

/// True when `issue` is about worker nodes that could not be launched: EC2's
/// answer (no health code of a cluster) in a paste about a node group or
/// Karpenter's launches.
fn launches_nodes(ctx: &Ctx<'_>, issue: &Issue) -> bool {
    !issue.has_health_code() && launching_nodes(ctx)
}

/// True when the paste is about launching worker nodes ([`NODE_LAUNCH`]).
fn launching_nodes(ctx: &Ctx<'_>) -> bool {
    NODE_LAUNCH.iter().any(|w| ctx.mentions(w))
}

/// Words of the Amazon VPC CNI's logs (its pods, its IP address manager).
pub const VPC_CNI: &[&str] = &["ipamd", "awsutils/", "aws-k8s-agent", "aws-node", "aws-cni"];

/// True when `issue` says that a subnet has no free addresses left.
fn lacks_free_addresses(issue: &Issue) -> bool {
    issue.says("enough free addresses")
        || issue.says("enough available IP addresses")
        || issue.says("Enough Free IP Addresses In Subnet")
        || issue.says("sufficient free Ipv4 addresses")
        || issue.has("InsufficientFreeAddressesInSubnet")
}

/// The control-plane instance type is not offered on the Outpost.
pub const INSTANCE_TYPE_UNSUPPORTED: Diagnosis = Diagnosis {
    id: "eks/instance-type-unsupported",
    severity: Severity::Error,
    source: seed!("003 — 일반적인 상태 관련 오류: 지정된 컨트롤 플레인 인스턴스 유형이 Outpost에서 지원되지 않습니다 (instance type not supported on the Outpost); InvalidParameterValue"),
    triggers: &["is not supported in Outpost", "InvalidParameterValue"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (issue, finding) in classified(ctx, "eks/instance-type-unsupported") {
            let outpost = word_after(&issue.message, "in Outpost ").or_else(|| outpost_of(ctx));
            let kind = word_after(&issue.message, "instance type ").or_else(|| ctx.flag(&["--instance-type"]));
            out.push(finding.maybe("instance_type", kind).maybe("outpost_arn", outpost));
        }
    },
};

/// A control-plane instance turned `Terminated` under EKS.
pub const INSTANCE_TERMINATED: Diagnosis = Diagnosis {
    id: "eks/instance-terminated",
    severity: Severity::Error,
    source: seed!("003 — 일반적인 상태 관련 오류: 컨트롤 플레인 Amazon EC2 인스턴스를 종료했거나 … 관찰된 상태가 Terminated로 변경됩니다 (control-plane instance terminated)"),
    triggers: &["EC2 instance state"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        let findings = classified(ctx, "eks/instance-terminated");
        if findings.is_empty() {
            return;
        }
        // `i-0abc… terminated` from an `aws ec2 describe-instances` table.
        let terminated = ctx.phrase_hits("i-").find_map(|hit| {
            let line = &ctx.lines_around(hit, 0, 0);
            let id = of_kind(&aws_ids(line), "i-").into_iter().next()?;
            line.split_ascii_whitespace().any(|w| w.eq_ignore_ascii_case("terminated")).then_some((id, hit.lines.start))
        });
        for (_, finding) in findings {
            out.push(match terminated.clone() {
                Some((id, line)) => finding.value("instance_id", id).line(line),
                None => finding,
            });
        }
    },
};

/// The Outpost has no capacity left for the control-plane instances.
pub const OUTPOST_CAPACITY: Diagnosis = Diagnosis {
    id: "eks/outpost-capacity",
    severity: Severity::Error,
    source: seed!("003 — 일반적인 상태 관련 오류: Outpost의 용량이 부족합니다 (not enough capacity on the Outpost); InsufficientCapacityOnOutpost"),
    triggers: &["not enough capacity on the Outpost", "InsufficientCapacityOnOutpost"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (_, finding) in classified(ctx, "eks/outpost-capacity") {
            out.push(finding.maybe("outpost_arn", outpost_of(ctx)).maybe("instance_type", ctx.flag(&["--instance-type"])));
        }
    },
};

/// The account's security-group quota for the VPC is used up.
pub const SECURITY_GROUP_QUOTA: Diagnosis = Diagnosis {
    id: "eks/security-group-quota",
    severity: Severity::Error,
    source: seed!("003 — 일반적인 상태 관련 오류: 계정에서 보안 그룹 할당량을 초과했습니다 (security group quota exceeded); SecurityGroupLimitExceeded"),
    triggers: &["SecurityGroupLimitExceeded", "maximum number of security groups", "ResourceLimitExceeded"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (issue, finding) in classified(ctx, "eks/security-group-quota") {
            let vpc = of_kind(&issue.ids, "vpc-").into_iter().next().or_else(|| word_after(&issue.message, "for VPC "));
            out.push(finding.maybe("vpc_id", vpc));
        }
    },
};

/// The account's elastic network interface quota is used up.
pub const ENI_QUOTA: Diagnosis = Diagnosis {
    id: "eks/eni-quota",
    severity: Severity::Error,
    source: seed!("003 — 일반적인 상태 관련 오류: 계정에서 탄력적 네트워크 인터페이스 할당량을 초과했습니다 (ENI quota exceeded); NetworkInterfaceLimitExceeded"),
    triggers: &["NetworkInterfaceLimitExceeded", "maximum number of network interfaces", "ResourceLimitExceeded"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (issue, finding) in classified(ctx, "eks/eni-quota") {
            out.push(finding.maybe("subnet_id", of_kind(&issue.ids, "subnet-").into_iter().next()));
        }
    },
};

/// The account's On-Demand vCPU limit is too low for the control plane.
pub const VCPU_LIMIT: Diagnosis = Diagnosis {
    id: "eks/vcpu-limit",
    severity: Severity::Error,
    source: seed!(
        "003 — 다른 AWS 서비스의 오류: VcpuLimitExceeded (vCPU limit exceeded on a new account)"
    ),
    triggers: &["VcpuLimitExceeded", "vCPU limit of"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (issue, finding) in classified(ctx, "eks/vcpu-limit") {
            let limit = word_after(&issue.message, "vCPU limit of ")
                .filter(|n| n.bytes().all(|b| b.is_ascii_digit()));
            let instances = if launches_nodes(ctx, &issue) {
                "nodes"
            } else {
                "control-plane"
            };
            out.push(finding.maybe("vcpu_limit", limit).variant(instances));
        }
    },
};

/// The control-plane instances cannot be reached through Systems Manager.
pub const SSM_UNREACHABLE: Diagnosis = Diagnosis {
    id: "eks/ssm-unreachable",
    severity: Severity::Error,
    source: seed!("003 — 컨트롤 플레인 인스턴스는 AWS Systems Manager를 통해 연결할 수 없습니다 (control-plane instances not reachable through SSM); ClusterUnreachable"),
    triggers: &["ClusterUnreachable", "not reachable through SSM"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (issue, finding) in classified(ctx, "eks/ssm-unreachable") {
            let instances = of_kind(&issue.ids, "i-");
            let finding = finding.maybe("instance_id", instances.first().cloned()).maybe("instance_ids", joined(&instances));
            add(out, role(ctx, finding, None), "instance_ids");
        }
    },
};

/// EKS may no longer manage the control-plane resources (tags removed).
pub const ACCESS_DENIED: Diagnosis = Diagnosis {
    id: "eks/access-denied",
    severity: Severity::Error,
    source: seed!("003 — 다른 AWS 서비스의 오류: AuthFailure / UnauthorizedOperation → AccessDenied (service-linked role scoping tags removed)"),
    triggers: &["AccessDenied", "AuthFailure", "UnauthorizedOperation"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (issue, finding) in classified(ctx, "eks/access-denied") {
            add(out, finding.maybe("resource_ids", joined(&issue.ids)), "resource_ids");
        }
    },
};

/// An EC2 resource of a security-group ingress rule is missing.
pub const EC2_RESOURCE_NOT_FOUND: Diagnosis = Diagnosis {
    id: "eks/ec2-resource-not-found",
    severity: Severity::Error,
    source: seed!("003 — 다른 AWS 서비스의 오류: InvalidSubnetID.NotFound / InvalidPermission.NotFound / InvalidGroup.NotFound / InvalidNetworkInterfaceID.NotFound → ResourceNotFound (ingress rule element not found)"),
    triggers: &[
        "InvalidSubnetID.NotFound",
        "InvalidPermission.NotFound",
        "InvalidGroup.NotFound",
        "InvalidNetworkInterfaceID.NotFound",
        "ResourceNotFound",
    ],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (issue, finding) in classified(ctx, "eks/ec2-resource-not-found") {
            let mut finding = finding
                .maybe("security_group", of_kind(&issue.ids, "sg-").into_iter().next())
                .maybe("eni_id", of_kind(&issue.ids, "eni-").into_iter().next())
                .maybe("resource_ids", joined(&issue.ids));
            for variant in missing_element(&issue) {
                finding = finding.variant(variant);
            }
            add(out, finding, "resource_ids");
        }
    },
};

/// The cluster role lacks the local-cluster managed policy.
pub const INVALID_PERMISSIONS: Diagnosis = Diagnosis {
    id: "eks/invalid-permissions",
    severity: Severity::Error,
    source: seed!("003 — 권한 및 정책: InvalidPermissions (AmazonEKSLocalOutpostClusterPolicy missing from the cluster role)"),
    triggers: &["InvalidPermissions"],
    explains: HEALTH_EXPLAINS,
    check: |ctx, out| {
        for (issue, finding) in classified(ctx, "eks/invalid-permissions") {
            let role_arn = aws_ids(&issue.message).into_iter().find(|id| is_role(id)).or_else(|| ctx.flag(&["--role-arn"]));
            out.push(role(ctx, finding, role_arn));
        }
    },
};

/// The local cluster stays in `CREATING`.
pub const STUCK_CREATING: Diagnosis = Diagnosis {
    id: "eks/stuck-creating",
    severity: Severity::Warning,
    source: seed!("003 — 로컬 클러스터 생성이 CREATING 상태로 유지됨 (local cluster stuck in CREATING; it never goes FAILED)"),
    triggers: &["CREATING"],
    explains: &[],
    check: |ctx, out| {
        if !ctx.hit() || !eks_context(ctx) {
            return;
        }
        let mut statuses: Vec<(String, usize)> =
            ctx.facts.eks_clusters.iter().filter_map(|c| c.status.clone()).collect();
        // A status printed by another command (`describe-nodegroup`, `describe-addon`) is not the cluster's.
        let of_cluster = |l: usize| {
            ctx.facts.command_before(l).is_none_or(|c| c.text.contains("describe-cluster"))
        };
        let printed: Vec<(String, usize)> =
            (0..ctx.doc.len()).filter_map(|l| status_line(ctx.doc.line(l)).map(|s| (s.to_string(), l))).collect();
        statuses.extend(printed.iter().filter(|(_, l)| of_cluster(*l)).cloned());
        sort_by_rank(&mut statuses, |&(_, l)| l as u64);
        statuses.dedup_by_key(|(_, l)| *l);
        let evidence: Vec<usize> = match statuses.last() {
            Some((status, _)) if status == "CREATING" => {
                statuses.iter().filter(|(s, _)| s == "CREATING").map(|(_, l)| *l).collect()
            }
            Some(_) => return,
            // Only statuses of other objects: not about the cluster.
            None if !printed.is_empty() => return,
            // No status printed: the user's own words (`still CREATING`),
            // unless they are about an add-on or a node group (Terraform's
            // `EKS Add-On (…) … last state: 'CREATING'`).
            None => ctx
                .hits
                .iter()
                .filter(|(_, h)| upper_word_at(ctx, h, "CREATING"))
                .map(|(_, h)| h.lines.start)
                .filter(|&l| !NODE_LAUNCH.iter().chain(&["Add-On"]).any(|w| contains_ci(ctx.doc.line(l), w)))
                .collect(),
        };
        if evidence.is_empty() {
            return;
        }
        let finding = role(ctx, base(ctx, None, None).lines(evidence), None);
        let finding = if paste_issues(ctx).issues.iter().any(|(i, _)| i.structured) { finding.variant("has-issues") } else { finding.variant("no-issues") };
        out.push(finding);
    },
};

/// Any other failure: EKS reports `InternalFailure`.
pub const INTERNAL_FAILURE: Diagnosis = Diagnosis {
    id: "eks/internal-failure",
    severity: Severity::Error,
    source: seed!(
        "003 — 다른 AWS 서비스의 오류: 기타 모든 오류 → InternalFailure (all other failures)"
    ),
    triggers: &["InternalFailure"],
    explains: &[("eks/stuck-creating", Link::AnySubject)],
    check: |ctx, out| {
        let unclassified =
            |issue: &Issue, class: Option<&str>| class.is_none() && issue.has("InternalFailure");
        for issue in candidates(ctx, &unclassified) {
            let message = issue.message.trim_end_matches('.');
            out.push(finding_for(ctx, &issue).maybe(
                "message",
                (!message.is_empty()).then(|| message.to_string()),
            ));
        }
    },
};

/// Worker nodes do not join the local cluster; the sub-cause is the variant.
pub const NODE_JOIN_FAILURE: Diagnosis = Diagnosis {
    id: "eks/node-join-failure",
    severity: Severity::Error,
    source: seed!("003 — 노드가 클러스터에 조인하지 못함: 일반적인 원인 (nodes fail to join: AMI, aws-auth ConfigMap, security group, CA data / API endpoint, pod security policy)"),
    triggers: &[
        "\"aws-auth\" not found",
        "amazon-eks-node-",
        "amazon-eks-gpu-node-",
        "amazon-eks-arm64-node-",
        "eks.privileged",
        "unable to admit pod",
        "aws-node",
        "coredns",
        "cni plugin not initialized",
        "NetworkPluginNotReady",
        "Unable to register node",
        "*v1.Node: Unauthorized",
        // A managed node group's health issues.
        "NodeCreationFailure",
        AWS_AUTH_INVALID,
        // eksctl gave up waiting for a node group's nodes.
        EKSCTL_JOIN_TIMEOUT,
        "x509: certificate signed by unknown authority",
        "no such host",
        "i/o timeout",
    ],
    explains: &[
        ("pod/pending-resources", Link::SameSubject),
        ("pod/crash-loop", Link::SameSubject),
        ("pod/not-ready", Link::SameSubject),
    ],
    check: |ctx, out| {
        // A kubelet on an EC2 instance (`ip-10-0-1-2.eu-north-1.compute.internal`)
        // that the API server will not register is an EKS node that its
        // cluster does not know, wherever the paste leaves EKS unsaid.
        let refused_ec2_node =
            || EC2_NODE_NAMES.iter().any(|n| ctx.mentions(n)) && ctx.mentions("Unable to register node");
        if ctx.hit()
            && (eks_context(ctx) || NODE_TERMS.iter().any(|t| ctx.mentions(t)) || refused_ec2_node())
        {
            node_join(ctx, out);
        }
    },
};

/// One health issue, from whatever form the paste shows it in.
#[derive(Debug, Clone, Default)]
struct Issue {
    /// Health and EC2 codes present in the issue (`ResourceLimitExceeded`, `VcpuLimitExceeded`).
    codes: Vec<String>,
    /// The message (for a pasted message, the text around it).
    message: String,
    /// `resourceIds` (or, without them, the IDs in the text).
    ids: Vec<String>,
    /// Lines of the issue.
    lines: Range<usize>,
    /// Cluster name, when the describe-cluster output tells it.
    cluster: Option<String>,
    /// Region, when the describe-cluster output tells it.
    region: Option<String>,
    /// True for a `code`/`message`/`resourceIds` entry or an EC2 error line;
    /// false for a phrase found in free text.
    structured: bool,
    /// True unless the issue is an API error line (`An error occurred (…)`),
    /// whose code is the API's, not a health code.
    health: bool,
}

impl Issue {
    fn has(&self, code: &str) -> bool {
        self.codes.iter().any(|c| c == code)
    }

    fn says(&self, phrase: &str) -> bool {
        contains_ci(&self.message, phrase)
    }

    fn has_health_code(&self) -> bool {
        HEALTH_CODES.iter().any(|c| self.has(c))
    }
}

/// The diagnosis an issue belongs to, most specific evidence first: the
/// message, then the EC2 code, then the health code with its `resourceIds`.
///
/// Messages that only EKS prints decide on their own. Everything else is
/// also what EC2 says to any caller, so it counts only in a health issue or
/// when `eks` (the paste is about EKS), or, for a vCPU limit, when
/// `launching_nodes` (the paste is about launching a cluster's worker nodes:
/// [`NODE_LAUNCH`]); an access refusal never when it answered the caller's
/// own request. `InternalFailure` and unknown messages give `None`.
fn classify(issue: &Issue, eks: bool, launching_nodes: bool) -> Option<&'static str> {
    let ids_of = |prefix: &str| issue.ids.iter().any(|id| id.starts_with(prefix));
    if issue.says("must belong to the same VPC") {
        return Some("eks/subnets-different-vpc");
    }
    if issue.says("expected to be in") && issue.says("but is in") {
        return Some("eks/subnet-wrong-outpost");
    }
    if issue.says("is not part of any Outpost") {
        return Some("eks/subnet-not-on-outpost");
    }
    if issue.says("IPs in each subnet to be free") {
        return Some("eks/subnet-no-free-addresses");
    }
    if issue.says("is not supported in Outpost") {
        return Some("eks/instance-type-unsupported");
    }
    if issue.says("EC2 instance state") && issue.says("Terminated") {
        return Some("eks/instance-terminated");
    }
    if issue.has("ClusterUnreachable") || issue.says("not reachable through SSM") {
        return Some("eks/ssm-unreachable");
    }
    if issue.has("InvalidPermissions") {
        return Some("eks/invalid-permissions");
    }
    // A managed node group's `AccessDenied`: its nodes cannot join
    // (eks/node-join-failure), not the local cluster's role scoping.
    if issue.says(AWS_AUTH_INVALID) {
        return None;
    }
    // Worker nodes that could not launch for the vCPU limit (an Auto Scaling
    // group's activities, as kops or a self-managed node group shows them, a
    // node group's creation): nodes of a cluster, whatever builds it; a lone
    // EC2 instance is not.
    if (issue.says("vCPU limit of") || issue.has("VcpuLimitExceeded")) && launching_nodes {
        return Some("eks/vcpu-limit");
    }
    if !(eks || issue.health && issue.has_health_code()) {
        return None;
    }
    if issue.says("subnet ID") && issue.says("does not exist") {
        // The message decides: a subnet given to the cluster, unless the
        // issue is about a security group's rule or an interface. EC2's
        // code (`InvalidSubnetID.NotFound`) comes with either.
        let ingress = !ids_of("subnet-") && (ids_of("sg-") || ids_of("eni-"));
        return Some(if ingress {
            "eks/ec2-resource-not-found"
        } else {
            "eks/subnet-not-found"
        });
    }
    if lacks_free_addresses(issue) {
        return Some("eks/subnet-no-free-addresses");
    }
    if issue.has("InvalidParameterValue") && issue.says("instance type") && issue.says("outpost") {
        return Some("eks/instance-type-unsupported");
    }
    if issue.says("not enough capacity on the Outpost")
        || issue.has("InsufficientCapacityOnOutpost")
    {
        return Some("eks/outpost-capacity");
    }
    if issue.has("VcpuLimitExceeded") || issue.says("vCPU limit of") {
        return Some("eks/vcpu-limit");
    }
    if issue.has("SecurityGroupLimitExceeded") || issue.says("maximum number of security groups") {
        return Some("eks/security-group-quota");
    }
    if issue.has("NetworkInterfaceLimitExceeded")
        || issue.says("maximum number of network interfaces")
    {
        return Some("eks/eni-quota");
    }
    // Not a refusal of the caller's own request (`An error occurred
    // (AccessDenied) when calling …`, the Go SDK's `operation error EC2:
    // DescribeAvailabilityZones, … UnauthorizedOperation` or `… status code:
    // 403, request id: …` in eksctl's output, CloudFormation's `Status Code: 403`):
    // the local cluster's service-linked role is not the caller.
    let callers_own =
        !issue.health || issue.says("operation error ") || issue.says("status code: 403");
    if !callers_own
        && (issue.has("AccessDenied")
            || issue.has("AuthFailure")
            || issue.has("UnauthorizedOperation"))
    {
        return Some("eks/access-denied");
    }
    let not_found = [
        "InvalidSubnetID.NotFound",
        "InvalidPermission.NotFound",
        "InvalidGroup.NotFound",
        "InvalidNetworkInterfaceID.NotFound",
    ];
    if not_found.iter().any(|c| issue.has(c)) {
        return Some("eks/ec2-resource-not-found");
    }
    if issue.has("ResourceNotFound")
        && (!missing_element(issue).is_empty() || ids_of("sg-") || ids_of("eni-"))
    {
        return Some("eks/ec2-resource-not-found");
    }
    // A quota message EKS passes through unchanged: the resource type decides.
    if issue.has("ResourceLimitExceeded") && issue.structured {
        if ids_of("vpc-") {
            return Some("eks/security-group-quota");
        }
        if ids_of("subnet-") {
            return Some("eks/eni-quota");
        }
    }
    None
}

/// Which element of a security-group ingress rule is missing, per EC2 code or message.
fn missing_element(issue: &Issue) -> Vec<&'static str> {
    let mut variants = Vec::new();
    let pick =
        |code: &str, phrases: &[&str]| issue.has(code) || phrases.iter().any(|p| issue.says(p));
    if pick("InvalidSubnetID.NotFound", &["subnet ID '"]) {
        variants.push("subnet");
    }
    if pick("InvalidPermission.NotFound", &["rule does not exist"]) {
        variants.push("permission");
    }
    if pick(
        "InvalidGroup.NotFound",
        &["security group '", "security group ID '", "group id '"],
    ) {
        variants.push("group");
    }
    if pick(
        "InvalidNetworkInterfaceID.NotFound",
        &[
            "networkInterface ID",
            "network interface ID",
            "network interface '",
        ],
    ) {
        variants.push("eni");
    }
    variants
}

/// The issues of the paste that [`classify`] gives to `id`, each with its finding.
fn classified(ctx: &Ctx<'_>, id: &str) -> Vec<(Issue, Finding)> {
    candidates(ctx, &|_, class| class == Some(id))
        .into_iter()
        .map(|issue| {
            let finding = finding_for(ctx, &issue);
            (issue, finding)
        })
        .collect()
}

/// The issues that `keep(issue, its class)` accepts among the structured
/// issues and, for every hit of the diagnosis's own phrases outside them, the
/// text around the hit (a message pasted alone). Nothing when no phrase of
/// the diagnosis hit.
fn candidates(ctx: &Ctx<'_>, keep: &dyn Fn(&Issue, Option<&str>) -> bool) -> Vec<Issue> {
    if !ctx.hit() {
        return Vec::new();
    }
    let structured = paste_issues(ctx);
    let mut kept: Vec<Issue> = structured
        .issues
        .iter()
        .filter(|(issue, class)| keep(issue, *class))
        .map(|(issue, _)| issue.clone())
        .collect();
    let (eks, launching_nodes) = (eks_context(ctx), launching_nodes(ctx));
    // Hits come in paste order; one already read as a pasted-alone message
    // covers the later hits on its lines.
    let mut read_until = 0;
    for hit in ctx.hits.iter().map(|(_, h)| *h) {
        if structured.covers(&hit.lines) || hit.lines.start < read_until {
            continue;
        }
        read_until = hit.lines.end;
        let limit = ctx.doc.len().min(hit.lines.end + 2);
        let end = (hit.lines.end..limit)
            .find(|&l| ctx.doc.line(l).trim().is_empty())
            .unwrap_or(limit);
        // Bounded: a message pasted alone is a few lines around its phrase.
        let text = &ctx.lines_around(hit, 0, end - hit.lines.end);
        let issue = Issue {
            codes: codes_in(text),
            message: text.to_string(),
            ids: aws_ids(text),
            lines: hit.lines.clone(),
            health: true,
            ..Issue::default()
        };
        if keep(&issue, classify(&issue, eks, launching_nodes)) {
            kept.push(issue);
        }
    }
    kept
}

/// The structured issues of a paste, each classified once.
struct PasteIssues {
    /// Each issue with the diagnosis [`classify`] gives it.
    issues: Vec<(Issue, Option<&'static str>)>,
    /// The issues' line spans, sorted by start.
    spans: Vec<Range<usize>>,
    /// For each span, the furthest end among it and the spans before it.
    furthest: Vec<usize>,
}

impl PasteIssues {
    /// True when `lines` overlap an issue's span: a span starting before
    /// their end reaches past their start (a binary search, not a scan).
    fn covers(&self, lines: &Range<usize>) -> bool {
        let before = self
            .spans
            .partition_point(|s| s.start < lines.end.max(lines.start + 1));
        before > 0 && self.furthest[before - 1] > lines.start
    }
}

/// [`issues`], read and classified once per paste.
fn paste_issues(ctx: &Ctx<'_>) -> std::rc::Rc<PasteIssues> {
    ctx.cached("eks-issues", || {
        let (eks, launching_nodes) = (eks_context(ctx), launching_nodes(ctx));
        let issues: Vec<(Issue, Option<&'static str>)> = issues(ctx)
            .into_iter()
            .map(|issue| {
                let class = classify(&issue, eks, launching_nodes);
                (issue, class)
            })
            .collect();
        let mut spans: Vec<Range<usize>> = issues.iter().map(|(i, _)| i.lines.clone()).collect();
        sort_by_rank(&mut spans, |s| s.start as u64);
        let furthest = spans
            .iter()
            .scan(0, |end, s| {
                *end = (*end).max(s.end);
                Some(*end)
            })
            .collect();
        PasteIssues {
            issues,
            spans,
            furthest,
        }
    })
}

/// Every structured issue of the paste: the parser's `cluster.health` entries,
/// then YAML / text / hand-copied entries and EC2 error lines outside them.
fn issues(ctx: &Ctx<'_>) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut covered: Vec<Range<usize>> = Vec::new();
    for cluster in &ctx.facts.eks_clusters {
        covered.push(cluster.lines.clone());
        let starts: Vec<usize> = cluster.issues.iter().map(|i| i.lines.start).collect();
        for (n, found) in cluster.issues.iter().enumerate() {
            // A message wrapped by the terminal continues past the parser's lines.
            let next = starts.get(n + 1).copied().unwrap_or(cluster.lines.end);
            let end = next.min(found.lines.end + 2).max(found.lines.end);
            let read = message_in(&ctx.entry_text(found.lines.start..end)).replace("\\\"", "\"");
            let message = if read.len() > found.message.len() {
                read
            } else {
                found.message.clone()
            };
            issues.push(Issue {
                codes: std::iter::once(found.code.clone())
                    .chain(codes_in(&message))
                    .collect(),
                message,
                ids: found.resource_ids.clone(),
                lines: found.lines.clone(),
                cluster: cluster.name.clone(),
                region: cluster.region.clone(),
                structured: true,
                health: true,
            });
        }
    }
    // Only lines that hold a health code or an AWS CLI error can start an
    // issue: the prefilter found them. Lines already read as parsed clusters
    // are skipped range by range, so the walk stays linear however many
    // clusters the paste holds.
    let mut starts: Vec<usize> = HEALTH_CODES
        .iter()
        .chain(ERROR_LINE)
        .flat_map(|phrase| ctx.phrase_hits(phrase))
        .map(|hit| hit.lines.start)
        .collect();
    sort_positions(&mut starts);
    starts.dedup();
    sort_by_rank(&mut covered, |c| c.start as u64);
    let mut next_cover = 0;
    let mut read_to = 0;
    for line in starts {
        if line < read_to {
            continue;
        }
        while covered.get(next_cover).is_some_and(|c| c.end <= line) {
            next_cover += 1;
        }
        if covered.get(next_cover).is_some_and(|c| c.contains(&line)) {
            continue;
        }
        let text = ctx.doc.line(line);
        read_to = if issue_start(text).is_some() {
            let end = entry_end(ctx, line);
            issues.push(entry(ctx, line..end));
            end
        } else if text.contains(ERROR_LINE[0]) {
            let end = (line + 1..ctx.doc.len().min(line + 8))
                .find(|&l| ctx.doc.line(l).trim().is_empty() || is_prompt(ctx.doc.line(l)))
                .unwrap_or(ctx.doc.len().min(line + 8));
            issues.push(ec2_error(ctx, line..end));
            end
        } else {
            line + 1
        };
    }
    issues
}

/// The health code an entry starts with: `code: X`, `"code": "X"`, `- code: X`,
/// or `ISSUES <code> <message>` of `--output text`.
fn issue_start(line: &str) -> Option<&'static str> {
    let trimmed = line.trim_start_matches(|c: char| c.is_whitespace() || "-{[\"".contains(c));
    let rest = if let Some(rest) = trimmed.strip_prefix("ISSUES ") {
        rest
    } else {
        let rest = trimmed
            .strip_prefix("code")?
            .trim_start_matches('"')
            .trim_start();
        rest.strip_prefix(':')?
    };
    let code = rest
        .split_ascii_whitespace()
        .next()?
        .trim_matches(|c: char| "\"',".contains(c));
    HEALTH_CODES.iter().copied().find(|c| *c == code)
}

/// The line after the entry that starts at `start`.
fn entry_end(ctx: &Ctx<'_>, start: usize) -> usize {
    let mut in_ids = false;
    let mut line = start + 1;
    while line < ctx.doc.len() && line < start + 16 {
        let text = ctx.doc.line(line);
        let bare = text
            .trim()
            .trim_start_matches(|c: char| c == '-' || c == '"' || c.is_whitespace());
        if text.trim().is_empty() || is_prompt(text) || issue_start(text).is_some() {
            break;
        }
        if bare.starts_with("message") && key_follows(&bare["message".len()..]) {
            in_ids = false;
        } else if bare.starts_with("resourceIds") || bare.starts_with("RESOURCEIDS") {
            in_ids = true;
        } else if in_ids {
            let item = bare.trim_matches(|c: char| "[]\"', ".contains(c));
            if !(item.is_empty() || aws_ids(item).first().is_some_and(|id| id == item)) {
                break;
            }
        } else if starts_with_key(bare) {
            break;
        }
        line += 1;
    }
    line
}

/// True when `rest` (what follows a word) makes that word a key: `:` or `":`.
fn key_follows(rest: &str) -> bool {
    rest.trim_start_matches('"').trim_start().starts_with(':')
}

/// A line that starts another key (`name: x`, `"arn": …`) or another
/// `--output text` record (`KUBERNETESNETWORKCONFIG …`).
fn starts_with_key(bare: &str) -> bool {
    let word = bare
        .split(|c: char| c == ':' || c == '"' || c.is_whitespace())
        .next()
        .unwrap_or("");
    let record = word.len() > 3 && word.bytes().all(|b| b.is_ascii_uppercase());
    let key = !word.is_empty()
        && word.bytes().all(|b| b.is_ascii_alphanumeric())
        && key_follows(&bare[word.len()..]);
    record || key
}

/// Reads one `code`/`message`/`resourceIds` entry (any layout).
fn entry(ctx: &Ctx<'_>, lines: Range<usize>) -> Issue {
    let text = &ctx.entry_text(lines.clone());
    let ids_at = text
        .to_ascii_lowercase()
        .find("resourceids")
        .unwrap_or(text.len());
    Issue {
        codes: codes_in(text),
        message: message_in(text),
        ids: aws_ids(&text[ids_at..]),
        lines,
        structured: true,
        health: true,
        ..Issue::default()
    }
}

/// The message of an entry's text (up to its `resourceIds`): after the
/// `message` key, or after the code of an `ISSUES <code> <message>` record.
fn message_in(text: &str) -> String {
    let head = text
        .find("resourceIds")
        .or_else(|| text.find("RESOURCEIDS"))
        .map_or(text, |at| &text[..at]);
    let message = match head.to_ascii_lowercase().find("message") {
        _ if head.starts_with("ISSUES ") => head.splitn(3, ' ').nth(2).unwrap_or(""),
        Some(at) => head[at + "message".len()..].trim_start_matches(|c: char| "\":, ".contains(c)),
        None => "",
    };
    message
        .trim_end_matches(|c: char| "\", ".contains(c))
        .to_string()
}

/// Reads `An error occurred (Code) when calling the X operation: message`,
/// with the IDs of the command that got it.
fn ec2_error(ctx: &Ctx<'_>, lines: Range<usize>) -> Issue {
    let text: &str = &ctx.entry_text(lines.clone());
    let code = super::between(text, "An error occurred", '(', ')').unwrap_or_default();
    let message = text
        .split_once("operation:")
        .map_or(text, |(_, m)| m)
        .trim();
    let mut ids = aws_ids(message);
    if let Some(command) = ctx.facts.command_before(lines.start) {
        for id in aws_ids(&command.text) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    let mut codes = vec![code];
    codes.extend(codes_in(message));
    Issue {
        codes,
        message: message.to_string(),
        ids,
        lines,
        structured: true,
        ..Issue::default()
    }
}

/// The known health and EC2 codes that appear as whole words in `text`.
fn codes_in(text: &str) -> Vec<String> {
    HEALTH_CODES
        .iter()
        .chain(EC2_CODES)
        .filter(|c| has_word(text, c))
        .map(|c| c.to_string())
        .collect()
}

/// True when `word` appears in `text` not glued to other word characters
/// (`AccessDenied` is not in `AccessDeniedException`).
fn has_word(text: &str, word: &str) -> bool {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '.';
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back().is_none_or(|c| !is_word(c));
        let after = text[at + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
        before && after
    })
}

/// True when the paste is about EKS: describe-cluster output or an EKS command or term.
fn eks_context(ctx: &Ctx<'_>) -> bool {
    !ctx.facts.eks_clusters.is_empty() || EKS_CONTEXT.iter().any(|p| ctx.mentions(p))
}

/// How EKS messages quote the cluster they are about: each phrase ends with
/// the character that opens the name.
pub const QUOTED_CLUSTER: &[&str] = &[
    "EKS cluster \"",
    // Terraform's AWS provider: `error updating EKS Cluster (name) VPC config`,
    // `error waiting for EKS Node Group (cluster:node-group) to create`.
    "EKS Cluster (",
    "EKS Node Group (",
    // eksctl: `all EKS cluster resources for "name" have been created`.
    "EKS cluster resources for \"",
];

/// Words that put a paste in an Amazon EKS context.
pub const EKS_CONTEXT: &[&str] = &[
    "aws eks",
    "eksctl",
    "describe-cluster",
    "cluster.health",
    "local cluster",
    "outpost",
    "Amazon EKS",
    "arn:aws:eks:",
    // Terraform's AWS provider: `error creating EKS Cluster (name): …`,
    // `error waiting for EKS Node Group (cluster:node-group) to create`.
    "EKS Cluster (",
    "EKS Node Group (",
    // eksctl: `all EKS cluster resources for "name" have been created`.
    "EKS cluster resources for",
    // Pulumi's resource types (`aws:eks/nodeGroup:NodeGroup`).
    "aws:eks/",
    // The node autoscaler of EKS, whose errors relay EC2's.
    "karpenter",
];

/// Names of EKS node components that tie a node problem to EKS.
pub const NODE_TERMS: &[&str] = &[
    "aws-node",
    "aws-auth",
    "eks.privileged",
    "amazon-eks-",
    "NodeCreationFailure",
    EKSCTL_JOIN_TIMEOUT,
];

/// How an EC2 instance's private DNS name (a node's name on EKS) ends: in
/// us-east-1 `ip-10-0-1-2.ec2.internal`, elsewhere
/// `ip-10-0-1-2.eu-north-1.compute.internal`.
pub const EC2_NODE_NAMES: &[&str] = &[".compute.internal", ".ec2.internal"];

/// EC2 and Auto Scaling words for node instances that were never launched.
pub const LAUNCH_FAILURES: &[&str] = &["InsufficientInstanceCapacity", "AsgInstanceLaunchFailures"];

/// Words saying that nodes are absent, not ready or cannot register.
pub const NODES_FAILING: &[&str] = &[
    "Unable to register node",
    "not join",
    "never join",
    "failed to join",
    "fail to join",
    "never show up",
    "not show up",
    "not showing up",
    "NotReady",
];

/// A finding about the cluster of `issue`, with its lines and the common values.
fn finding_for(ctx: &Ctx<'_>, issue: &Issue) -> Finding {
    let region = issue
        .region
        .clone()
        .or_else(|| region_in(&issue.ids))
        .or_else(|| region_in(&aws_ids(&issue.message)));
    let cluster = issue
        .cluster
        .clone()
        .or_else(|| cluster_in(&issue.ids))
        .or_else(|| cluster_in(&aws_ids(&issue.message)));
    base(ctx, cluster, region).lines(issue.lines.clone())
}

/// The cluster name of the first EKS cluster ARN among `ids`
/// (`arn:aws:eks:us-east-1:1234:cluster/demo` → `demo`).
fn cluster_in(ids: &[String]) -> Option<String> {
    ids.iter().find_map(|id| {
        let (_, name) = id.strip_prefix("arn:aws:eks:")?.split_once(":cluster/")?;
        (!name.is_empty()).then(|| name.to_string())
    })
}

/// A finding about `cluster` (or the paste's cluster) with `cluster`,
/// `region` (`region`, else the paste's) and `region_flag` values.
fn base(ctx: &Ctx<'_>, cluster: Option<String>, region: Option<String>) -> Finding {
    let cluster = cluster
        // (Whole-paste values: read once, not once per finding.)
        .or_else(|| {
            ctx.remember("eks cluster name", || {
                ctx.facts.eks_clusters.iter().find_map(|c| c.name.clone())
            })
        })
        .or_else(|| {
            eks_flag(ctx, &["--name", "--cluster-name", "--cluster"])
                .filter(|name| !is_placeholder(name))
        })
        .or_else(|| {
            ctx.remember("eks cluster quoted", || {
                QUOTED_CLUSTER.iter().find_map(|phrase| {
                    // The phrase as printed: the scan ignores case, this does not.
                    let first = ctx
                        .phrase_hits(phrase)
                        .map(|hit| ctx.near(hit, 0, 256))
                        .find(|text| text.starts_with(phrase))?;
                    // Each phrase ends with the name's opening quote or bracket.
                    let open = phrase.chars().next_back()?;
                    let close = if open == '(' { ')' } else { open };
                    let mut quoted = super::between(&first, "EKS ", open, close)?;
                    // A node group is quoted with its cluster: `cluster:node-group`.
                    quoted.truncate(quoted.find(':').unwrap_or(quoted.len()));
                    Some(quoted)
                })
            })
        });
    let subject = cluster.clone().unwrap_or_else(|| NO_CLUSTER.to_string());
    let region = region
        .or_else(|| {
            ctx.remember("eks cluster region", || {
                ctx.facts.eks_clusters.iter().find_map(|c| c.region.clone())
            })
        })
        .or_else(|| eks_flag(ctx, &["--region"]))
        .or_else(|| ctx.remember("paste region", || region_in(ctx.aws_ids())));
    let finding = Finding::new(subject)
        .maybe("cluster", cluster)
        .maybe("region", region.clone());
    finding.value(
        "region_flag",
        region.map(|r| format!("--region {r}")).unwrap_or_default(),
    )
}

/// The words that start an `aws` or `eksctl` command (context phrases: the
/// scan finds the lines that hold one).
pub const AWS_COMMANDS: &[&str] = &["aws ", "eksctl "];

/// A flag of an `aws` / `eksctl` command anywhere in the paste (also inside
/// loops and prose that the command recogniser does not take as commands).
fn eks_flag(ctx: &Ctx<'_>, names: &[&str]) -> Option<String> {
    // Asked for every finding: answered once per paste.
    ctx.remember(&format!("eks flag {}", names.join(" ")), || {
        eks_flag_uncached(ctx, names)
    })
}

fn eks_flag_uncached(ctx: &Ctx<'_>, names: &[&str]) -> Option<String> {
    // Lines that may hold an `aws` or `eksctl` command, found once per paste.
    // The scan found their words: no pass over every line.
    let aws_lines = ctx.cached("aws lines", || {
        let mut lines = Vec::new();
        for word in AWS_COMMANDS {
            for hit in ctx.phrase_hits(word) {
                lines.extend(hit.lines.clone());
            }
        }
        crate::sort::sort_positions(&mut lines);
        lines.retain(|&l| {
            let line = ctx.doc.line(l);
            AWS_COMMANDS.iter().any(|word| line.contains(word))
        });
        lines.dedup();
        lines
    });
    let from_lines = aws_lines.iter().rev().find_map(|&l| {
        let line = ctx.doc.line(l);
        let eks = line.contains("aws eks") || line.contains("eksctl ");
        let aws = eks || names == ["--region"];
        let command = Command::new(line, l);
        aws.then(|| command.flag(names)).flatten()
    });
    from_lines.or_else(|| {
        ctx.facts
            .commands
            .iter()
            .filter(|c| c.text.starts_with("aws "))
            .rev()
            .find_map(|c| c.flag(names))
    })
}

/// The Region of the first EKS, Outposts or EC2 ARN among `ids`.
fn region_in(ids: &[String]) -> Option<String> {
    ids.iter().find_map(|id| {
        let mut parts = id.split(':');
        let service = parts.nth(2)?;
        let region = parts.next()?;
        (["eks", "outposts", "ec2"].contains(&service) && !region.is_empty())
            .then(|| region.to_string())
    })
}

/// The Outpost ARN (or ID) of the paste.
fn outpost_of(ctx: &Ctx<'_>) -> Option<String> {
    ctx.remember("outpost", || {
        let ids = ctx.aws_ids();
        ids.iter()
            .find(|id| id.starts_with("arn:aws:outposts:"))
            .or_else(|| ids.iter().find(|id| id.starts_with("op-")))
            .cloned()
    })
}

/// Pushes `finding`, or merges it into the finding about the same subject,
/// joining the ID list under `list` (the engine would keep only the first).
fn add(out: &mut Vec<Finding>, finding: Finding, list: &'static str) {
    let Some(existing) = out.iter_mut().find(|f| f.subject == finding.subject) else {
        out.push(finding);
        return;
    };
    existing.evidence.extend(finding.evidence.iter().copied());
    for variant in &finding.variants {
        if !existing.variants.contains(variant) {
            existing.variants.push(variant);
        }
    }
    for (key, value) in finding.values {
        match existing.values.iter_mut().find(|(k, _)| *k == key) {
            // At most `MAX_RESOURCE_IDS` listed: each new ID is compared
            // with a bounded list (linear in the issues merged).
            Some((_, old)) if key == list => {
                let mut listed = old.split(' ').count();
                for id in value.split(' ') {
                    if listed < MAX_RESOURCE_IDS && !old.split(' ').any(|o| o == id) {
                        old.push(' ');
                        old.push_str(id);
                        listed += 1;
                    }
                }
            }
            Some(_) => {}
            None => existing.values.push((key, value)),
        }
    }
}

/// Sets `role_arn` and `role_name`: the given ARN, else the IAM role ARN of the paste.
fn role(ctx: &Ctx<'_>, finding: Finding, role_arn: Option<String>) -> Finding {
    let paste_role = || {
        ctx.remember("paste role", || {
            ctx.aws_ids().iter().find(|id| is_role(id)).cloned()
        })
    };
    let Some(arn) = role_arn.or_else(paste_role) else {
        return finding;
    };
    let name = arn.rsplit('/').next().unwrap_or(&arn).to_string();
    finding.value("role_arn", arn).value("role_name", name)
}

fn is_role(id: &str) -> bool {
    id.starts_with("arn:aws:iam::") && id.contains(":role/")
}

/// The IDs of one kind (`subnet-`, `i-`, …).
fn of_kind(ids: &[String], prefix: &str) -> Vec<String> {
    ids.iter()
        .filter(|id| id.starts_with(prefix))
        .cloned()
        .collect()
}

/// IDs joined by spaces, for commands that take several.
fn joined(ids: &[String]) -> Option<String> {
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The cluster status a line prints: `"status": "CREATING"`, `status: CREATING`,
/// a bare `"CREATING"` from `--query cluster.status`, or a `CLUSTER` record of `--output text`.
fn status_line(line: &str) -> Option<&'static str> {
    const STATUSES: &[&str] = &[
        "CREATING", "ACTIVE", "DELETING", "FAILED", "UPDATING", "PENDING",
    ];
    // Out at the first byte for nearly every line: a status line starts
    // with a quote, `status:`, `CLUSTER ` or the status itself.
    let bare = line.trim_start();
    if !matches!(
        bare.as_bytes().first(),
        Some(b'"' | b's' | b'C' | b'A' | b'D' | b'F' | b'U' | b'P')
    ) {
        return None;
    }
    let bare = bare.trim_end().trim_end_matches(',');
    let value = if let Some(rest) = bare
        .strip_prefix("\"status\":")
        .or_else(|| bare.strip_prefix("status:"))
    {
        rest.trim().trim_matches('"')
    } else if bare.starts_with("CLUSTER ") {
        bare.split_ascii_whitespace()
            .find(|w| STATUSES.contains(w))?
    } else {
        bare.trim_matches('"')
    };
    STATUSES.iter().copied().find(|s| *s == value)
}

/// True when the hit is the upper-case word itself (`CREATING`, not `creating`).
fn upper_word_at(ctx: &Ctx<'_>, hit: &crate::search::Hit, word: &str) -> bool {
    // The word is ASCII: the byte on either side, if it is one, is a whole
    // character or the end of a wider one (left out by `text`).
    let before = ctx
        .joined
        .text(hit.span.start.saturating_sub(1)..hit.span.start);
    let after = ctx.joined.text(hit.span.end..hit.span.end + 1);
    let is_word = |side: &str| side.bytes().any(|b| b.is_ascii_alphanumeric());
    ctx.hit_text(hit) == word && !is_word(&before) && !is_word(&after)
}

/// The AMI release date below which local clusters do not support the Amazon EKS optimised AMI.
const MIN_AMI_DATE: u32 = 20220620;

/// Reads the sub-causes of nodes that do not join.
/// True for a word shaped like a node group's name (letters, digits, `-`, `_`).
/// A managed node group's health issue (code `AccessDenied`) when the
/// ConfigMap that maps its nodes' role does not parse.
const AWS_AUTH_INVALID: &str = "aws-auth ConfigMap in your cluster is invalid";

/// eksctl's `timed out waiting for at least 3 nodes to join the cluster and
/// become ready in "ng-1"`.
const EKSCTL_JOIN_TIMEOUT: &str = "nodes to join the cluster and become ready";

/// eksctl's plan, of a node group it will create: `nodegroup "ng-1" present
/// in the given config, but missing in the cluster`.
pub const EKSCTL_NEW_NODE_GROUP: &str = "present in the given config, but missing in the cluster";

fn is_node_group_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

fn node_join(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let mut finding = base(ctx, None, None);
    let mut evidence = Vec::new();
    let mut mark = |variant: &'static str, lines: &[usize], finding: Finding| {
        evidence.extend_from_slice(lines);
        finding.variant(variant)
    };
    // Lines where `phrase` hit and that also say each of `needles`.
    let hit_lines_saying = |phrase: &str, needles: &[&str]| {
        let mut lines = ctx.lines_hit(phrase);
        lines.retain(|&l| {
            let line = ctx.entry_text(l..l + 1);
            needles.iter().all(|needle| contains_ci(&line, needle))
        });
        lines
    };
    // The paste shows nodes that are absent, not ready or cannot register.
    let no_nodes = no_nodes_lines(ctx);
    let failing = !no_nodes.is_empty() || NODES_FAILING.iter().any(|p| ctx.mentions(p));

    // The ConfigMap is missing, or it does not map the nodes' role: the
    // API server turns the kubelet away (`Failed to list *v1.Node:
    // Unauthorized`, `Unable to register node … with API server: Unauthorized`).
    let unauthorized = [
        hit_lines_saying("Unable to register node", &["Unauthorized"]),
        ctx.lines_hit("*v1.Node: Unauthorized"),
    ]
    .concat();
    let aws_auth = [
        ctx.lines_hit("\"aws-auth\" not found"),
        ctx.lines_hit(AWS_AUTH_INVALID),
        unauthorized.clone(),
    ]
    .concat();
    if !aws_auth.is_empty() {
        finding = mark("aws-auth", &aws_auth, finding);
    }
    if let Some((ami, line)) = old_ami(ctx).filter(|_| failing) {
        finding = mark("ami", &[line], finding.value("ami", ami));
    }
    let x509 = ctx.lines_hit("x509: certificate signed by unknown authority");
    let no_host = hit_lines_saying("no such host", &[".eks.amazonaws.com"]);
    if failing && !(x509.is_empty() && no_host.is_empty()) {
        finding = mark("ca-endpoint", &[x509, no_host].concat(), finding);
    }
    let timeout = hit_lines_saying("i/o timeout", &["dial tcp", ":443"]);
    if failing && !timeout.is_empty() {
        finding = mark("security-group", &timeout, finding);
    }
    let admission = hit_lines_saying("unable to admit pod", &["PodSecurityPolicy"]);
    if !admission.is_empty()
        && (ctx.mentions("eks.privileged") || ctx.mentions("aws-node") || ctx.mentions("coredns"))
    {
        let psp = ctx.lines_hit("eks.privileged");
        finding = mark("psp", &[admission, psp].concat(), finding);
    }
    // The node group says its instances never joined, or eksctl gave up
    // waiting for them: which cause, their kubelet's log tells.
    let node_group = ctx.lines_hit("NodeCreationFailure");
    let waited = ctx.lines_hit(EKSCTL_JOIN_TIMEOUT);
    // Instances that never launched (no capacity) did not fail to join.
    let launched = !LAUNCH_FAILURES.iter().any(|p| ctx.mentions(p));
    if !node_group.is_empty() && launched {
        let instances: Vec<&str> = ctx
            .aws_ids()
            .iter()
            .map(String::as_str)
            .filter(|id| id.starts_with("i-"))
            .collect();
        finding = mark("nodegroup-health", &node_group, finding).maybe(
            "instances",
            (!instances.is_empty()).then(|| instances.join(", ")),
        );
    } else if !waited.is_empty() && launched && finding.variants.is_empty() {
        finding = mark("join-timeout", &waited, finding);
    }
    if !node_group.is_empty() || !waited.is_empty() || !aws_auth.is_empty() {
        finding = finding.maybe("nodegroup", failed_node_group(ctx));
    }
    let (network, pods) = network_daemons_down(ctx);
    // EKS runs the control plane out of sight: a paste listing its static
    // pods (`etcd-…`, `kube-apiserver-…`) is of another cluster, whose
    // failing CNI and CoreDNS pods are findings of their own.
    let self_managed = ctx
        .facts
        .pods
        .iter()
        .any(|p| p.name.starts_with("etcd-") || p.name.starts_with("kube-apiserver-"));
    // A node the API server turns away gets no CNI pod: not a cause of its
    // own. Nor do the CNI and CoreDNS where no node registered at all.
    if !network.is_empty() && unauthorized.is_empty() && !self_managed {
        finding = if no_nodes.is_empty() {
            mark("cni-coredns", &network, finding)
        } else {
            mark("no-nodes", &[no_nodes, network].concat(), finding)
        };
        for pod in pods {
            finding = finding.relate(pod);
        }
    }
    if !finding.variants.is_empty() {
        out.push(finding.lines(evidence));
    }
}

/// The node group that failed to come up, as the paste names it: the
/// `--nodegroup-name` of a command, eksctl's `Nodegroup ng-1 failed to
/// stabilize` or `become ready in "ng-1"`, Terraform's `EKS Node Group
/// (cluster:node-group)`, or the one node group eksctl planned to create.
fn failed_node_group(ctx: &Ctx<'_>) -> Option<String> {
    let flag = eks_flag(ctx, &["--nodegroup-name"]).filter(|n| !is_placeholder(n));
    // The word before `failed to stabilize`, not the first word after
    // `Nodegroup` (CloudFormation's `AWS::EKS::Nodegroup |`).
    let stabilize = || {
        let issues = ["NodeCreationFailure", AWS_AUTH_INVALID];
        issues
            .iter()
            .flat_map(|p| ctx.phrase_hits(p))
            .find_map(|hit| {
                let text = ctx.near(hit, 200, 0);
                let (head, name) = text[..text.find(" failed to stabilize")?].rsplit_once(' ')?;
                (is_node_group_name(name) && head.to_ascii_lowercase().ends_with("nodegroup"))
                    .then(|| name.to_string())
            })
    };
    let waited = || {
        ctx.phrase_hits(EKSCTL_JOIN_TIMEOUT).find_map(|hit| {
            let text = ctx.near(hit, 0, 120);
            let name = super::between(&text, "ready in ", '"', '"')?;
            is_node_group_name(&name).then_some(name)
        })
    };
    let terraform = || {
        ctx.phrase_hits(QUOTED_CLUSTER[2]).find_map(|hit| {
            let quoted = ctx.near(hit, 0, 300);
            let inside = quoted[hit.span.len()..].split(')').next()?;
            let name = inside.split_once(':')?.1;
            is_node_group_name(name).then(|| name.to_string())
        })
    };
    // eksctl's plan names the node group it is about to create: `nodegroup
    // "ng-1" present in the given config, but missing in the cluster`.
    let planned = || {
        let mut names = ctx.phrase_hits(EKSCTL_NEW_NODE_GROUP).filter_map(|hit| {
            let before = ctx.near(hit, 120, 0);
            let quoted = before.get(..before.len().checked_sub(hit.span.len())?)?;
            let quoted = quoted.trim_end().strip_suffix('"')?;
            let name = &quoted[quoted.rfind('"')? + 1..];
            is_node_group_name(name).then(|| name.to_string())
        });
        // Of several, which one failed is not told.
        let first = names.next()?;
        names.next().is_none().then_some(first)
    };
    flag.or_else(stabilize)
        .or_else(waited)
        .or_else(terraform)
        .or_else(planned)
}

/// The lines of `kubectl get nodes` finding no node (`No resources found.`).
fn no_nodes_lines(ctx: &Ctx<'_>) -> Vec<usize> {
    ctx.commands_with("get nodes")
        .map(|c| c.line + 1)
        .filter(|&l| {
            l < ctx.doc.len()
                && ctx.doc.line(l).trim().trim_end_matches('.') == "No resources found"
        })
        .collect()
}

/// The first Amazon EKS optimised AMI name released before v20220620, with its line.
fn old_ami(ctx: &Ctx<'_>) -> Option<(String, usize)> {
    let mut lines: Vec<usize> = [
        "amazon-eks-node-",
        "amazon-eks-gpu-node-",
        "amazon-eks-arm64-node-",
    ]
    .into_iter()
    .flat_map(|phrase| ctx.lines_hit(phrase))
    .collect();
    sort_positions(&mut lines);
    lines.into_iter().find_map(|l| {
        ctx.doc
            .line(l)
            .split(|c: char| c.is_whitespace() || "\"',".contains(c))
            .find_map(|word| {
                if !word.starts_with("amazon-eks-") {
                    return None;
                }
                let (_, date) = word.rsplit_once("-v")?;
                let date: u32 = date.get(..8)?.parse().ok()?;
                (date < MIN_AMI_DATE).then(|| (word.to_string(), l))
            })
    })
}

/// Lines showing the VPC CNI (`aws-node`) or CoreDNS not running, and the
/// subjects of their pods.
fn network_daemons_down(ctx: &Ctx<'_>) -> (Vec<usize>, Vec<String>) {
    let mut lines = Vec::new();
    let mut pods = Vec::new();
    let mut daemon_lines = [ctx.lines_hit("aws-node"), ctx.lines_hit("coredns")].concat();
    sort_positions(&mut daemon_lines);
    daemon_lines.dedup();
    for l in daemon_lines {
        let words: Vec<&str> = ctx.doc.line(l).split_ascii_whitespace().collect();
        let [name, second, rest @ ..] = words.as_slice() else {
            continue;
        };
        if *name != "aws-node" && *name != "coredns" {
            continue;
        }
        // `kubectl get ds`: NAME DESIRED CURRENT READY …; `kubectl get deploy`: NAME READY(n/m) …
        let counts = match second.split_once('/') {
            Some((ready, desired)) => ready.parse::<u32>().ok().zip(desired.parse::<u32>().ok()),
            None => rest
                .get(1)
                .and_then(|r| r.parse::<u32>().ok())
                .zip(second.parse::<u32>().ok()),
        };
        if counts.is_some_and(|(ready, desired)| ready < desired) {
            lines.push(l);
        }
    }
    for pod in &ctx.facts.pods {
        if (pod.name.starts_with("coredns-") || pod.name.starts_with("aws-node-"))
            && !pod.is_healthy()
        {
            lines.push(pod.line);
            pods.push(pod.subject());
        }
    }
    for phrase in ["cni plugin not initialized", "NetworkPluginNotReady"] {
        lines.extend(ctx.lines_hit(phrase));
    }
    (lines, pods)
}

#[cfg(test)]
mod tests {
    use crate::diagnose;

    fn sub_causes(paste: &str, id: &str) -> Vec<String> {
        let report = diagnose(paste);
        let finding = report.findings.iter().find(|f| f.id == id);
        finding.map(|f| f.sub_causes.clone()).unwrap_or_default()
    }

    #[test]
    fn the_node_group_that_failed_to_stabilize_is_named_in_the_command() {
        let found = crate::rules::fixtures::finding(
            "eks/node-join-failure/match-real-cdk-nodegroup-stabilize.txt",
            "eks/node-join-failure",
        );
        let describe = found
            .commands
            .iter()
            .find(|c| c.contains("describe-nodegroup"))
            .expect("describe-nodegroup");
        assert!(
            describe.contains("--nodegroup-name ClusterNodegroupDefaultCapa-cSKLvWa4Tbo3 "),
            "{describe}"
        );
    }

    #[test]
    fn an_add_on_or_node_group_creating_is_not_the_cluster() {
        let add_on = "$ terraform apply   # aws_eks_addon.coredns, on an EKS cluster made with eksctl\n\
            Error: unexpected EKS Add-On (eks-managed-nodegroup:coredns) state returned during creation: \
            timeout while waiting for state to become 'ACTIVE' (last state: 'CREATING', timeout: 20m0s)\n";
        assert!(!diagnose(add_on)
            .findings
            .iter()
            .any(|f| f.id == "eks/stuck-creating"));
        let cluster =
            "$ eksctl get cluster edge\nour local cluster is still CREATING after an hour\n";
        assert!(diagnose(cluster)
            .findings
            .iter()
            .any(|f| f.id == "eks/stuck-creating"));
    }

    #[test]
    fn instances_a_node_group_or_karpenter_launches_are_nodes() {
        let nodes = [
            (
                "eks/vcpu-limit/match-real-pulumi-node-group.txt",
                "eks/vcpu-limit",
            ),
            (
                "eks/vcpu-limit/match-real-pulumi-node-group-wrapped-crlf.txt",
                "eks/vcpu-limit",
            ),
            (
                "eks/subnet-no-free-addresses/match-real-karpenter-fleet-error.txt",
                "eks/subnet-no-free-addresses",
            ),
        ];
        for (fixture, id) in nodes {
            let found = crate::rules::fixtures::finding(fixture, id);
            assert_eq!(found.sub_causes, ["nodes"], "{fixture}");
            assert!(
                !found.cause.contains("control plane") && !found.cause.contains("control-plane"),
                "{}",
                found.cause
            );
        }
        let karpenter = crate::rules::fixtures::finding(nodes[2].0, nodes[2].1);
        assert!(
            karpenter.cause.contains("subnet-0783288fba3453a60"),
            "{}",
            karpenter.cause
        );
        // The control plane's instances, in a describe-cluster health issue.
        let health = crate::rules::fixtures::finding(
            "eks/vcpu-limit/match-describe-cluster.txt",
            "eks/vcpu-limit",
        );
        assert_eq!(health.sub_causes, ["control-plane"]);
    }

    #[test]
    fn the_vpc_cnis_subnet_out_of_addresses_is_about_the_pods() {
        const ID: &str = "eks/subnet-no-free-addresses";
        let report = crate::rules::fixtures::report(
            "eks/subnet-no-free-addresses/match-real-vpc-cni-ipamd-free-ipv4.txt",
        );
        let found = report.findings.iter().find(|f| f.id == ID).expect(ID);
        assert_eq!(found.sub_causes, ["pod-ips"]);
        assert!(
            found.cause.contains("subnet-0402b2f2d20212916"),
            "{}",
            found.cause
        );
        assert!(!found.cause.contains("control plane"), "{}", found.cause);
        // EC2's code alone, with neither EKS nor the VPC CNI around it, is
        // no cluster's problem.
        let ec2 = "An error occurred (InsufficientFreeAddressesInSubnet) when calling the RunInstances operation: \
            The specified subnet does not have enough free addresses to satisfy the request.\n";
        assert!(
            sub_causes(ec2, ID).is_empty() && !diagnose(ec2).findings.iter().any(|f| f.id == ID)
        );
        // A cluster's health issue stays the control plane's, even when the
        // paste also shows the CNI's pods.
        let health = "$ aws eks describe-cluster --name edge\n\
            {\"cluster\": {\"name\": \"edge\", \"health\": {\"issues\": [{\"code\": \"ResourceLimitExceeded\", \
            \"message\": \"The subnet does not have enough free addresses\", \"resourceIds\": [\"subnet-0abc\"]}]}}}\n\
            kube-system   aws-node-x1   1/1   Running   0   5d\n";
        assert_eq!(sub_causes(health, ID), ["in-region"]);
    }

    #[test]
    fn a_kubelet_turned_away_as_unauthorized_is_aws_auth_not_the_cni() {
        const ID: &str = "eks/node-join-failure";
        let journal = "Dec  4 08:09:02 ip-10-0-8-187 kubelet: E1204 08:09:02.760634 3542 \
            reflector.go:205] k8s.io/kubernetes/pkg/kubelet/kubelet.go:461: Failed to list *v1.Node: Unauthorized\n\
            Dec  4 08:09:03 ip-10-0-8-187 kubelet: E1204 08:09:03.296217 3542 kubelet.go:2130] \
            Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady\n";
        let on_eks = format!("Nodes of my aws eks cluster do not join:\n{journal}");
        assert_eq!(sub_causes(&on_eks, ID), ["aws-auth"]);
        let registering = "Our Amazon EKS nodes never show up.\nkubelet: E0612 \"Unable to register node with API server\" err=\"Unauthorized\"\n";
        assert_eq!(sub_causes(registering, ID), ["aws-auth"]);
        // The same journal from a kubeadm cluster is not about EKS.
        assert!(sub_causes(journal, ID).is_empty());
        // An EC2 node's name that the API server will not register is.
        let ec2 = "kubelet: E0319 Unable to register node \"ip-10-0-8-187.eu-north-1.compute.internal\" with API server: Unauthorized\n";
        assert_eq!(sub_causes(ec2, ID), ["aws-auth"]);
        assert!(sub_causes(&ec2.replace(".eu-north-1.compute.internal", ""), ID).is_empty());
    }

    #[test]
    fn with_no_node_at_all_the_cni_and_coredns_are_not_the_cause() {
        const ID: &str = "eks/node-join-failure";
        for fixture in [
            "match-real-no-nodes-coredns-pending.txt",
            "match-real-no-nodes-coredns-pending-messy.txt",
        ] {
            let found =
                crate::rules::fixtures::finding(&format!("eks/node-join-failure/{fixture}"), ID);
            assert_eq!(found.sub_causes, ["no-nodes"], "{fixture}");
            assert_eq!(found.evidence[0].text, "No resources found.", "{fixture}");
            assert!(found
                .commands
                .iter()
                .any(|c| c.contains("configmap aws-auth")));
        }
        // Nodes that registered (NotReady) but whose CNI and CoreDNS do not run.
        let not_ready = crate::rules::fixtures::finding(
            "eks/node-join-failure/match-cni-coredns-not-running.txt",
            ID,
        );
        assert!(not_ready.sub_causes.contains(&"cni-coredns".to_string()));
        assert!(!not_ready.sub_causes.contains(&"no-nodes".to_string()));
    }

    #[test]
    fn terraform_quotes_the_node_group_with_its_cluster() {
        let report = crate::rules::fixtures::report(
            "eks/node-join-failure/match-real-terraform-node-group-quoted.txt",
        );
        let found = report
            .findings
            .iter()
            .find(|f| f.id == "eks/node-join-failure")
            .expect("finding");
        // `EKS Node Group (cluster:node-group)`: the cluster is before the
        // colon, the node group after it.
        assert_eq!(found.subject, "education-eks-yQx173ia");
        assert!(
            found.commands.iter().any(|c| c.contains(
                "--cluster-name education-eks-yQx173ia --nodegroup-name node-group-1-20221207030300087000000014 "
            )),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn a_node_creation_failure_says_which_causes_to_check_first() {
        let found = crate::rules::fixtures::finding(
            "eks/node-join-failure/match-real-terraform-two-node-groups.txt",
            "eks/node-join-failure",
        );
        assert_eq!(found.subject, "app-eks-prd");
        assert!(
            found.fix.iter().any(|f| f.contains("`aws-auth`")),
            "{:?}",
            found.fix
        );
        assert!(
            found
                .commands
                .contains(&"kubectl get configmap aws-auth -n kube-system -o yaml".to_string()),
            "{:?}",
            found.commands
        );
    }

    #[test]
    fn eksctl_giving_up_on_a_node_group_or_an_invalid_aws_auth_is_a_join_failure() {
        let waited = crate::rules::fixtures::finding(
            "eks/node-join-failure/match-real-eksctl-join-timeout.txt",
            "eks/node-join-failure",
        );
        assert_eq!(waited.sub_causes, ["join-timeout"]);
        assert_eq!(waited.subject, "eck-jks-e2e-eks-arm-629");
        assert!(
            waited.commands.iter().any(
                |c| c.contains("--cluster-name eck-jks-e2e-eks-arm-629 --nodegroup-name ng-1 ")
            ),
            "{:?}",
            waited.commands
        );
        let report = crate::rules::fixtures::report(
            "eks/node-join-failure/match-real-nodegroup-aws-auth-invalid.txt",
        );
        let ids: Vec<&str> = report.findings.iter().map(|f| f.id).collect();
        assert_eq!(ids, ["eks/node-join-failure"]);
        assert_eq!(report.findings[0].sub_causes, ["aws-auth"]);
    }

    #[test]
    fn a_cluster_showing_its_control_plane_pods_is_not_eks() {
        let report = crate::rules::fixtures::report(
            "eks/node-join-failure/near-miss-real-self-managed-cni-crashloop.txt",
        );
        let crash_loops: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.id == "pod/crash-loop" && f.caused_by.is_none())
            .collect();
        assert_eq!(crash_loops.len(), 3, "{:?}", report.findings);
    }

    #[test]
    fn the_one_node_group_eksctl_planned_to_create_is_the_one_that_failed() {
        let report = crate::rules::fixtures::report(
            "eks/node-join-failure/match-real-eksctl-plan-unhealthy-nodes.txt",
        );
        assert!(
            report.findings[0]
                .commands
                .iter()
                .any(|c| c.contains("--nodegroup-name managed-ng-m5large ")),
            "{:?}",
            report.findings[0].commands
        );
    }

    #[test]
    fn a_node_group_whose_instances_never_joined_names_them() {
        let report = crate::rules::fixtures::report(
            "eks/node-join-failure/match-real-nodegroup-creation-failure-messy.txt",
        );
        let found = &report.findings[0];
        assert_eq!(found.sub_causes, ["nodegroup-health"]);
        assert_eq!(found.subject, "demo");
        assert!(
            found.cause.contains("`i-083ed8e952af0c3ca`"),
            "{}",
            found.cause
        );
        assert!(found.commands.iter().any(|c| c
            == "aws eks describe-nodegroup --cluster-name demo --nodegroup-name ng-1 --region us-west-1 --query nodegroup.health"));
        // eksctl names the node group it waited for.
        let eksctl = crate::rules::fixtures::finding(
            "eks/node-join-failure/match-real-eksctl-nodegroup-stabilize.txt",
            "eks/node-join-failure",
        );
        assert!(eksctl
            .commands
            .iter()
            .any(|c| c.contains("--nodegroup-name jupiter-ng-1")));
        // A placeholder in the command is no cluster name.
        let placeholder = crate::rules::fixtures::report(
            "eks/node-join-failure/match-real-nodegroup-creation-failure.txt",
        );
        assert_eq!(placeholder.findings[0].subject, "EKS cluster");
    }

    #[test]
    fn subnet_without_addresses_is_fixed_by_place() {
        const ID: &str = "eks/subnet-no-free-addresses";
        let fixtures = "/tests/fixtures/eks/subnet-no-free-addresses/";
        let read = |name: &str| {
            let path = format!("{}/..{fixtures}{name}", env!("CARGO_MANIFEST_DIR"));
            std::fs::read_to_string(path).expect("fixture")
        };
        // AWS Health's e-mail is about a cluster in the Region.
        let email = read("match-aws-health-email.txt");
        assert_eq!(sub_causes(&email, ID), ["in-region"]);
        let report = diagnose(&email);
        let commands = &report
            .findings
            .iter()
            .find(|f| f.id == ID)
            .unwrap()
            .commands;
        assert!(commands
            .iter()
            .any(|c| c.starts_with("aws eks update-cluster-config --name ce-registry-eks")));
        // describe-cluster of a local cluster on an Outpost.
        let outpost = read("match-describe-cluster.txt");
        assert_eq!(sub_causes(&outpost, ID), ["outpost"]);
    }
}
