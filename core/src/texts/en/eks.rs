//! English texts of the `eks/` diagnoses.

use crate::texts::Text;

/// English texts of `eks/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "eks/subnet-not-found",
        title: "Local cluster subnet does not exist (ResourceNotFound)",
        cause: lines![
            "Amazon EKS cannot find a subnet that was given when the local cluster was created (the missing one is {subnet_id}), so it cannot place the control-plane instances and the cluster stays in CREATING.",
            "Usually the subnet was deleted (for example with the CloudFormation stack that made it), the ID has a typo, or it belongs to another account or Region than the cluster.",
        ],
        fix: lines![
            "Check every subnet ID listed in `resourceIds` (here: {subnet_ids}) with `aws ec2 describe-subnets` in the cluster's account and Region.",
            "If a subnet is gone or was never in this account/Region, delete the local cluster and create it again with subnets that exist on the Outpost.",
        ],
        commands: lines![
            "aws ec2 describe-subnets --subnet-ids {subnet_ids} {region_flag}",
            "aws eks describe-cluster --name {cluster} {region_flag} --query 'cluster.resourcesVpcConfig.subnetIds'",
        ],
    },
    Text {
        id: "eks/subnets-different-vpc",
        title: "Local cluster subnets are in different VPCs (ConfigurationConflict)",
        cause: lines![
            "The subnets given to the local cluster (here: {subnet_ids}) do not all belong to the same VPC. A local cluster lives in one VPC, so EKS refuses the configuration.",
        ],
        fix: lines![
            "Look up the VPC of every subnet and keep only subnets of one VPC.",
            "Delete the local cluster and create it again with subnets that are all in the same VPC and on the cluster's Outpost.",
        ],
        commands: lines![
            "aws ec2 describe-subnets --subnet-ids {subnet_ids} {region_flag} --query 'Subnets[].[SubnetId,VpcId,OutpostArn]' --output table",
        ],
    },
    Text {
        id: "eks/subnet-wrong-outpost",
        title: "Local cluster subnet is on another Outpost (ConfigurationConflict)",
        cause: lines![
            "A subnet given to the local cluster (here: {subnet_id}) belongs to a different Outpost (here: {other_outpost}) than the one the cluster is created on (here: {outpost_arn}). All subnets of a local cluster must be on the cluster's own Outpost.",
        ],
        fix: lines![
            "List the Outpost of each subnet and replace those that are on another Outpost.",
            "Delete the local cluster and create it again with subnets that are all on the cluster's Outpost.",
        ],
        commands: lines![
            "aws ec2 describe-subnets --subnet-ids {subnet_id} {region_flag} --query 'Subnets[].[SubnetId,OutpostArn]' --output text",
            "aws eks describe-cluster --name {cluster} {region_flag} --query 'cluster.outpostConfig.outpostArns'",
        ],
    },
    Text {
        id: "eks/subnet-not-on-outpost",
        title: "Local cluster subnet is not on an Outpost (ConfigurationConflict)",
        cause: lines![
            "A subnet given to the local cluster (here: {subnet_id}) is an ordinary Region subnet that belongs to no Outpost. The control plane of a local cluster runs on the Outpost, so every subnet must be an Outpost subnet.",
        ],
        fix: lines![
            "Pick subnets that were created on the cluster's Outpost (their `OutpostArn` is set).",
            "Delete the local cluster and create it again with Outpost subnets only.",
        ],
        commands: lines![
            "aws ec2 describe-subnets --subnet-ids {subnet_id} {region_flag} --query 'Subnets[].[SubnetId,AvailabilityZone,OutpostArn]' --output text",
            "aws ec2 describe-subnets {region_flag} --filters Name=outpost-arn,Values=<outpost-arn> --query 'Subnets[].SubnetId'",
        ],
    },
    Text {
        id: "eks/subnet-no-free-addresses",
        title: "Cluster subnet has no free IP addresses",
        cause: lines![
            "[outpost|in-region] EKS needs free addresses in the cluster's subnet (here: {subnet_id}) to create the elastic network interfaces of the control plane, and the subnet has too few left (EC2 error `InsufficientFreeAddressesInSubnet`).",
            "[pod-ips] The VPC CNI (`aws-node`) gives each pod an address of the node's subnet (here: {subnet_id}); EC2 says none is left, so new pods get no IP.",
            "[nodes] Each worker node being launched (by a node group or Karpenter) needs an address in the subnet (here: {subnet_id}), and EC2 says the subnet has too few left, so the nodes do not start.",
        ],
        fix: lines![
            "Free addresses in the subnet: delete unused network interfaces or instances in it.",
            "[pod-ips] Delete `available` network interfaces in the subnet, lower `WARM_IP_TARGET`, or give pods a secondary CIDR block (custom networking).",
            "[nodes] Or launch the nodes in subnets that have free addresses: the node group's subnets, or the subnets that Karpenter's EC2NodeClass selects.",
            "[outpost] Or use a larger subnet on the Outpost (a bigger CIDR block) for the control-plane network interfaces, recreating the local cluster with it.",
            "[in-region] Or give the cluster subnets that have free addresses: update its subnet list with `update-cluster-config` (the new subnets must be in the cluster's VPC and Availability Zones that EKS supports).",
        ],
        commands: lines![
            "[in-region] aws eks describe-cluster --name {cluster} {region_flag} --query 'cluster.resourcesVpcConfig.subnetIds'",
            "aws ec2 describe-subnets --subnet-ids {subnet_id} {region_flag} --query 'Subnets[].[SubnetId,CidrBlock,AvailableIpAddressCount]' --output text",
            "aws ec2 describe-network-interfaces {region_flag} --filters Name=subnet-id,Values={subnet_id} Name=status,Values=available",
            "[in-region] aws eks update-cluster-config --name {cluster} {region_flag} --resources-vpc-config subnetIds=<subnet-with-free-addresses>,<another-subnet>",
        ],
    },
    Text {
        id: "eks/instance-type-unsupported",
        title: "Control-plane instance type is not available on the Outpost (ConfigurationConflict)",
        cause: lines![
            "The control-plane instance type chosen for the local cluster (here: {instance_type}) is not offered by the Outpost (here: {outpost_arn}); EC2 rejects the launch (`InvalidParameterValue`).",
            "The instance type cannot be changed on an existing local cluster, so the cluster cannot recover from this on its own.",
        ],
        fix: lines![
            "List the instance types the Outpost actually provides and choose one of them for the control plane.",
            "Delete the local cluster and create it again with an instance type that is available on the Outpost.",
        ],
        commands: lines![
            "aws outposts get-outpost-instance-types --outpost-id {outpost_arn} {region_flag}",
            "aws eks delete-cluster --name {cluster} {region_flag}",
        ],
    },
    Text {
        id: "eks/instance-terminated",
        title: "Control-plane instance was terminated unexpectedly (InternalFailure)",
        cause: lines![
            "A control-plane EC2 instance of the local cluster (here: {instance_id}) was terminated, or turned Terminated after launching; this can happen for a while after the Outpost reconnects to its Region, from an internal Amazon EBS error.",
        ],
        fix: lines![
            "Check whether control-plane instances were terminated (by someone, or after an Outpost disconnection); EKS keeps trying to reconcile the cluster.",
            "If the issue does not clear, the local cluster may have to be deleted and created again.",
            "If it keeps happening, contact AWS Support.",
        ],
        commands: lines![
            "aws ec2 describe-instances {region_flag} --filters Name=tag-key,Values=eks-local:controlplane-name --query 'Reservations[].Instances[].[InstanceId,State.Name]' --output text",
            "aws eks describe-cluster --name {cluster} {region_flag} --query cluster.health",
        ],
    },
    Text {
        id: "eks/outpost-capacity",
        title: "Not enough capacity on the Outpost for the control plane",
        cause: lines![
            "The Outpost (here: {outpost_arn}) has no free capacity to launch or start the control-plane instances (EC2 `InsufficientCapacityOnOutpost`).",
            "The same error also appears when the Outpost is disconnected from its AWS Region while the cluster is being created.",
        ],
        fix: lines![
            "Check the Outpost's free capacity for the control-plane instance type and free some (stop or move other instances), or choose an instance type that has capacity.",
            "Check that the Outpost is connected to its Region (service link up) and retry once it is.",
        ],
        commands: lines![
            "aws outposts get-outpost-instance-types --outpost-id {outpost_arn} {region_flag}",
            "aws eks describe-cluster --name {cluster} {region_flag} --query 'cluster.outpostConfig'",
        ],
    },
    Text {
        id: "eks/security-group-quota",
        title: "Security group quota exceeded (ResourceLimitExceeded)",
        cause: lines![
            "EKS could not create the cluster's managed security groups because the account has reached its security-group quota (EC2 `SecurityGroupLimitExceeded`); the resource concerned is the VPC (here: {vpc_id}).",
        ],
        fix: lines![
            "Delete security groups that are no longer used in the VPC, or request a higher security-group quota in Service Quotas.",
            "EKS retries on its own once the quota allows it.",
        ],
        commands: lines![
            "aws ec2 describe-security-groups {region_flag} --filters Name=vpc-id,Values={vpc_id} --query 'length(SecurityGroups)'",
            "aws service-quotas get-service-quota --service-code vpc --quota-code L-E79EC296 {region_flag}",
        ],
    },
    Text {
        id: "eks/eni-quota",
        title: "Network interface quota exceeded (ResourceLimitExceeded)",
        cause: lines![
            "EKS could not create the network interfaces of the control-plane instances because the account has reached its elastic network interface quota (EC2 `NetworkInterfaceLimitExceeded`); the resource concerned is the subnet (here: {subnet_id}).",
        ],
        fix: lines![
            "Delete network interfaces that are no longer used, or request a higher network-interface quota in Service Quotas.",
            "EKS retries on its own once the quota allows it.",
        ],
        commands: lines![
            "aws ec2 describe-network-interfaces {region_flag} --filters Name=status,Values=available --query 'NetworkInterfaces[].NetworkInterfaceId'",
            "aws service-quotas get-service-quota --service-code vpc --quota-code L-DF5E4CA3 {region_flag}",
        ],
    },
    Text {
        id: "eks/vcpu-limit",
        title: "vCPU limit of the account reached (VcpuLimitExceeded)",
        cause: lines![
            "[control-plane] The control-plane instances need more vCPUs than the account's current EC2 vCPU limit (here: {vcpu_limit}) allows for their instance family. New accounts often start with a low limit.",
            "[nodes] The worker nodes being launched (by a node group's Auto Scaling group or by Karpenter) need more vCPUs than the account's current EC2 vCPU limit (here: {vcpu_limit}) allows for their instance family, so none starts. New accounts often start with a low limit.",
        ],
        fix: lines![
            "[control-plane] Request a higher vCPU limit for the instance family of the control plane, at http://aws.amazon.com/contact-us/ec2-request or in Service Quotas.",
            "[control-plane] EKS retries creating the instances once the limit is raised.",
            "[nodes] Request a higher vCPU limit for the nodes' instance family, at http://aws.amazon.com/contact-us/ec2-request or in Service Quotas, or choose an instance type (or a node count) that fits the current limit.",
            "[nodes] A node group left in `CREATE_FAILED` does not recover: delete it and create it again once the limit allows.",
        ],
        commands: lines![
            "aws service-quotas list-service-quotas --service-code ec2 {region_flag} --query \"Quotas[?contains(QuotaName, 'On-Demand')].[QuotaName,Value]\" --output table",
        ],
    },
    Text {
        id: "eks/ssm-unreachable",
        title: "Control-plane instances are not reachable through SSM (ClusterUnreachable)",
        cause: lines![
            "EKS manages the control-plane instances of a local cluster through AWS Systems Manager, and it cannot reach them (here: {instance_ids}). The cluster cannot finish creating until it can.",
            "Common reasons: the SSM agent is not running, the subnets have no internet route (NAT or internet gateway), `AmazonEKSLocalOutpostClusterPolicy` was removed from the cluster role, or Session Manager is not set up.",
        ],
        fix: lines![
            "From a bastion host in the Region, try `aws ssm start-session --target {instance_id}`; if it fails, check that the SSM agent is running on the control-plane instance.",
            "Check that the subnets given to the cluster have a NAT gateway and that the VPC has an internet gateway; use VPC Reachability Analyzer to confirm that the control-plane instances can reach the internet gateway.",
            "Check that the cluster role ({role_name}) still has the AWS managed policy `AmazonEKSLocalOutpostClusterPolicy` (and that the CloudFormation stack that made it is correct).",
            "Check the VPC and subnets against the EKS local cluster VPC and subnet requirements, and complete the Session Manager setup of the AWS Systems Manager user guide.",
            "As a last resort, delete the local cluster and create it again.",
        ],
        commands: lines![
            "aws ssm start-session --target {instance_id} {region_flag}",
            "aws iam list-attached-role-policies --role-name {role_name}",
        ],
    },
    Text {
        id: "eks/access-denied",
        title: "EKS is denied access to the local cluster's resources (AccessDenied)",
        cause: lines![
            "EC2 refused a call that EKS made on behalf of the local cluster (`AuthFailure` or `UnauthorizedOperation`) on its resources (here: {resource_ids}).",
            "The most common reason: tags that EKS puts on the control-plane resources, and that scope the policy of its service-linked role, were removed. Without them EKS may no longer manage or monitor those resources.",
        ],
        fix: lines![
            "Find the control-plane resources named in `resourceIds` and check their tags; restore the tags that EKS set (for example by undoing the tag clean-up or tagging policy that removed them).",
            "Exclude the local cluster's resources from tag clean-up scripts and tag policies.",
            "If the tags cannot be restored, delete the local cluster and create it again; contact AWS Support if the error remains.",
        ],
        commands: lines![
            "aws ec2 describe-tags {region_flag} --filters Name=resource-id,Values=<resource-id>",
            "aws eks describe-cluster --name {cluster} {region_flag} --query cluster.health",
        ],
    },
    Text {
        id: "eks/ec2-resource-not-found",
        title: "A resource of a security group rule does not exist (ResourceNotFound)",
        cause: lines![
            "While EKS managed the security-group ingress rules of the local cluster, EC2 reported that something the rule refers to does not exist (resources: {resource_ids}).",
            "[subnet] `InvalidSubnetID.NotFound`: the subnet ID used for the ingress rule cannot be found.",
            "[permission] `InvalidPermission.NotFound`: the rule's permission is wrong or no longer exists in the security group (here: {security_group}).",
            "[group] `InvalidGroup.NotFound`: the security group of the rule cannot be found (here: {security_group}).",
            "[eni] `InvalidNetworkInterfaceID.NotFound`: the network interface ID of the rule cannot be found (here: {eni_id}).",
        ],
        fix: lines![
            "Find out who deleted or changed the resource (CloudTrail) and stop changing the resources EKS manages for the local cluster.",
            "[subnet] Check that the cluster's subnets still exist.",
            "[permission] Check the rules of the security group; do not remove the rules that EKS created.",
            "[group] Check that the cluster's security groups still exist; do not delete EKS managed security groups.",
            "[eni] Check the control-plane network interfaces; do not delete the network interfaces of the control-plane instances.",
            "If EKS cannot reconcile the cluster, delete the local cluster and create it again.",
        ],
        commands: lines![
            "aws eks describe-cluster --name {cluster} {region_flag} --query 'cluster.resourcesVpcConfig'",
            "[permission|group] aws ec2 describe-security-groups --group-ids {security_group} {region_flag}",
            "[eni] aws ec2 describe-network-interfaces --network-interface-ids {eni_id} {region_flag}",
        ],
    },
    Text {
        id: "eks/invalid-permissions",
        title: "Cluster role lacks the local-cluster policy (InvalidPermissions)",
        cause: lines![
            "A local cluster on an Outpost needs other permissions than a cluster in the cloud: its cluster role (here: {role_arn}) must have the AWS managed policy `AmazonEKSLocalOutpostClusterPolicy`, and without it creation fails with `InvalidPermissions`.",
        ],
        fix: lines![
            "Attach the managed policy `AmazonEKSLocalOutpostClusterPolicy` to the cluster role, then create the cluster again.",
            "All other EKS API calls need the same permissions as for a cluster in the cloud.",
        ],
        commands: lines![
            "aws iam attach-role-policy --role-name {role_name} --policy-arn arn:aws:iam::aws:policy/AmazonEKSLocalOutpostClusterPolicy",
            "aws iam list-attached-role-policies --role-name {role_name}",
        ],
    },
    Text {
        id: "eks/stuck-creating",
        title: "Local cluster stays in CREATING",
        cause: lines![
            "A local cluster is normally ACTIVE 15–20 minutes after it was requested. Local clusters never go to FAILED: EKS keeps reconciling, so an unsolved problem shows as a cluster that stays in CREATING.",
            "[has-issues] The cluster's health issues in the paste name the reason.",
            "[no-issues] The paste shows no health issue. Usual causes: instances not reachable through Systems Manager, subnets without internet access, `AmazonEKSLocalOutpostClusterPolicy` removed from the role, subnets on different Outposts, NACL rules conflicting with the security groups, or wrong VPC DNS settings.",
        ],
        fix: lines![
            "Read `cluster.health` of describe-cluster: its issues carry the error code, the message and the resources concerned.",
            "Check SSM reachability: `aws ssm start-session --target <instance-id>` from a bastion in the Region, with the SSM agent running.",
            "Check that the subnets have a NAT gateway and the VPC an internet gateway (VPC Reachability Analyzer helps), and that the cluster role still has `AmazonEKSLocalOutpostClusterPolicy`.",
            "Check that all subnets are on the same Outpost and reach each other, that NACL rules do not conflict with the EKS managed security groups of the network interfaces, and that VPC and subnet DNS settings meet the local cluster requirements.",
        ],
        commands: lines![
            "aws eks describe-cluster --name {cluster} {region_flag} --query cluster.health",
            "aws eks describe-cluster --name {cluster} {region_flag} --query '[cluster.status,cluster.createdAt]'",
            "aws iam list-attached-role-policies --role-name {role_name}",
        ],
    },
    Text {
        id: "eks/internal-failure",
        title: "Local cluster reports an internal failure (InternalFailure)",
        cause: lines![
            "EKS reports every error it has no specific code for as `InternalFailure` (here: {message}).",
        ],
        fix: lines![
            "Wait and read `cluster.health` again: EKS keeps reconciling, and transient failures clear on their own.",
            "If the problem cannot be recovered, delete the local cluster and create it again.",
            "Otherwise contact AWS Support; they can guide you through downloading and running the log collector on the control-plane instances and sending the logs for investigation.",
        ],
        commands: lines!["aws eks describe-cluster --name {cluster} {region_flag} --query cluster.health"],
    },
    Text {
        id: "eks/node-join-failure",
        title: "Worker nodes do not join the cluster",
        cause: lines![
            "Worker nodes only join when their AMI, IAM mapping, security group, bootstrap arguments and the cluster's networking add-ons are all right.",
            "[nodegroup-health] The node group reports `NodeCreationFailure`: its instances (`{instances}`) started but never registered with the cluster.",
            "[join-timeout] eksctl gave up waiting for the node group's nodes to join the cluster and become ready.",
            "[aws-auth] The `aws-auth` ConfigMap (AWS IAM Authenticator) is missing from `kube-system`, invalid, or does not map the nodes' IAM role, so the nodes are not allowed into the cluster.",
            "[ami] The nodes use an Amazon EKS optimised AMI older than `v20220620` (here: {ami}), which local clusters do not support; a CloudFormation template may pin it.",
            "[security-group] The nodes cannot reach the API server: their security group is not the cluster security group `eks-cluster-sg-<cluster>-<id>` (CloudFormation may have changed the selected group when the stack was used).",
            "[ca-endpoint] The nodes were bootstrapped with wrong CA data (`--b64-cluster-ca`) or API endpoint (`--apiserver-endpoint`), typically after following private-link VPC steps that do not apply.",
            "[psp] The `eks.privileged` pod security policy was changed, so the VPC CNI (`aws-node`) cannot get the privileged networking it needs.",
            "[cni-coredns] CoreDNS and the Amazon VPC CNI plugin (`aws-node`) DaemonSet must run for nodes to join and communicate, and they are not running.",
            "[no-nodes] No node has registered at all: the VPC CNI (`aws-node`) and CoreDNS have nowhere to run, a consequence and not the cause.",
        ],
        fix: lines![
            "[nodegroup-health|join-timeout] Read the kubelet's log on a failed instance: it shows which cause it is. Check in this order: the node role mapped in `aws-auth`, the AMI's version, the security group, and the CA data and endpoint of the node bootstrap.",
            "[aws-auth] Create or correct the `aws-auth` ConfigMap in `kube-system` with the node instance role mapped (`system:bootstrappers`, `system:nodes`).",
            "[ami] Use an Amazon EKS optimised Amazon Linux AMI `v20220620` or later; if the nodes come from a CloudFormation template, check which AMI it uses.",
            "[security-group] Give the worker nodes the security group `eks-cluster-sg-{cluster}-<id>`, and check that the CloudFormation stack did not replace it.",
            "[ca-endpoint] Pass the cluster's own CA data to `--b64-cluster-ca` and its endpoint to `--apiserver-endpoint` in the node bootstrap, as describe-cluster prints them.",
            "[psp] Restore `eks.privileged` to its default and do not modify the default pod security policy; review it with `kubectl describe psp eks.privileged`.",
            "[cni-coredns] Get the `aws-node` DaemonSet and CoreDNS running: describe their pods and events.",
            "[no-nodes] Start from the nodes: check that the node group launched instances, then read the kubelet's log on one; an unmapped node role in `aws-auth` is the most common cause.",
        ],
        commands: lines![
            "kubectl get nodes",
            "[aws-auth|no-nodes|nodegroup-health|join-timeout] kubectl get configmap aws-auth -n kube-system -o yaml",
            "[nodegroup-health|join-timeout] aws eks describe-nodegroup --cluster-name {cluster} --nodegroup-name {nodegroup} {region_flag} --query nodegroup.health",
            "[nodegroup-health|join-timeout|no-nodes] journalctl -u kubelet --no-pager | tail -50",
            "[ami] aws ec2 describe-images --image-ids <ami-id> {region_flag} --query 'Images[].Name'",
            "[security-group|ca-endpoint] aws eks describe-cluster --name {cluster} {region_flag} --query '[cluster.endpoint,cluster.resourcesVpcConfig.clusterSecurityGroupId]'",
            "[psp] kubectl describe psp eks.privileged",
            "[cni-coredns|psp] kubectl get ds aws-node -n kube-system",
            "[cni-coredns] kubectl get pods -n kube-system -l k8s-app=kube-dns",
            "[cni-coredns|psp] kubectl describe ds aws-node -n kube-system",
        ],
    },
];
