//! Korean texts of the `eks/` diagnoses.

use crate::texts::Text;

/// Korean texts of `eks/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "eks/subnet-not-found",
        title: "로컬 클러스터 서브넷이 존재하지 않음(ResourceNotFound)",
        cause: lines![
            "Amazon EKS가 로컬 클러스터를 생성할 때 지정된 서브넷을 찾을 수 없어 (누락된 서브넷: {subnet_id}) 컨트롤 플레인 인스턴스를 배치하지 못하므로, 클러스터가 CREATING 상태로 유지됩니다.",
            "대개 서브넷이 삭제되었거나(예: 서브넷을 만든 CloudFormation 스택과 함께 삭제), ID에 오타가 있거나, 클러스터와 다른 계정 또는 리전에 속한 서브넷입니다.",
        ],
        fix: lines![
            "`resourceIds`에 나열된 모든 서브넷 ID (여기서는 {subnet_ids})를 클러스터의 계정과 리전에서 `aws ec2 describe-subnets`로 확인합니다.",
            "서브넷이 없어졌거나 처음부터 이 계정/리전에 없었다면 로컬 클러스터를 삭제하고, Outpost에 실제로 있는 서브넷으로 다시 생성합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/subnets-different-vpc",
        title: "로컬 클러스터 서브넷이 서로 다른 VPC에 있음(ConfigurationConflict)",
        cause: lines![
            "로컬 클러스터에 지정된 서브넷 (여기서는 {subnet_ids})이 모두 같은 VPC에 속하지는 않습니다. 로컬 클러스터는 하나의 VPC에 있어야 하므로 EKS가 이 구성을 거부합니다.",
        ],
        fix: lines![
            "각 서브넷의 VPC를 조회하고 한 VPC의 서브넷만 남깁니다.",
            "로컬 클러스터를 삭제하고, 모두 같은 VPC에 있으면서 클러스터의 Outpost에 있는 서브넷으로 다시 생성합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/subnet-wrong-outpost",
        title: "로컬 클러스터 서브넷이 다른 Outpost에 있음(ConfigurationConflict)",
        cause: lines![
            "로컬 클러스터에 지정된 서브넷 (여기서는 {subnet_id})이 클러스터를 생성하는 Outpost (여기서는 {outpost_arn})가 아닌 다른 Outpost (여기서는 {other_outpost})에 속합니다. 로컬 클러스터의 모든 서브넷은 클러스터 자체의 Outpost에 있어야 합니다.",
        ],
        fix: lines![
            "각 서브넷의 Outpost를 나열하고, 다른 Outpost에 있는 서브넷을 교체합니다.",
            "로컬 클러스터를 삭제하고, 모두 클러스터의 Outpost에 있는 서브넷으로 다시 생성합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/subnet-not-on-outpost",
        title: "로컬 클러스터 서브넷이 Outpost에 속하지 않음(ConfigurationConflict)",
        cause: lines![
            "로컬 클러스터에 지정된 서브넷 (여기서는 {subnet_id})이 어떤 Outpost에도 속하지 않는 일반 리전 서브넷입니다. 로컬 클러스터의 컨트롤 플레인은 Outpost에서 실행되므로 모든 서브넷이 Outpost 서브넷이어야 합니다.",
        ],
        fix: lines![
            "클러스터의 Outpost에 생성된 서브넷(`OutpostArn`이 설정된 서브넷)을 선택합니다.",
            "로컬 클러스터를 삭제하고 Outpost 서브넷만 사용하여 다시 생성합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/subnet-no-free-addresses",
        title: "클러스터 서브넷에 사용 가능한 IP 주소가 없음",
        cause: lines![
            "[outpost|in-region] EKS가 컨트롤 플레인의 탄력적 네트워크 인터페이스를 생성하려면 클러스터 서브넷 (여기서는 {subnet_id})에 여유 주소가 필요한데, 서브넷에 남은 주소가 너무 적습니다(EC2 오류 `InsufficientFreeAddressesInSubnet`).",
            "[pod-ips] VPC CNI(`aws-node`)는 각 파드에 노드 서브넷 (여기서는 {subnet_id})의 주소를 주는데, EC2가 남은 주소가 없다고 하므로 새 파드가 IP를 받지 못합니다.",
            "[nodes] 노드 그룹이나 Karpenter가 시작하는 워커 노드마다 서브넷 (여기서는 {subnet_id})의 주소가 하나씩 필요한데, EC2가 서브넷에 남은 주소가 너무 적다고 하므로 노드가 시작되지 않습니다.",
        ],
        fix: lines![
            "서브넷의 주소를 확보합니다. 서브넷에서 사용하지 않는 네트워크 인터페이스나 인스턴스를 삭제합니다.",
            "[pod-ips] 서브넷의 `available` 네트워크 인터페이스를 삭제하거나, `WARM_IP_TARGET`을 낮추거나, 파드에 보조 CIDR 블록(사용자 지정 네트워킹)을 줍니다.",
            "[nodes] 또는 여유 주소가 있는 서브넷에서 노드를 시작합니다. 노드 그룹의 서브넷이나 Karpenter의 EC2NodeClass가 선택하는 서브넷을 바꿉니다.",
            "[outpost] 또는 컨트롤 플레인 네트워크 인터페이스용으로 Outpost에서 더 큰 서브넷(더 큰 CIDR 블록)을 사용하고, 그 서브넷으로 로컬 클러스터를 다시 생성합니다.",
            "[in-region] 또는 여유 주소가 있는 서브넷을 클러스터에 지정합니다. `update-cluster-config`로 클러스터의 서브넷 목록을 변경합니다(새 서브넷은 클러스터의 VPC 안에 있고 EKS가 지원하는 가용 영역에 있어야 합니다).",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/instance-type-unsupported",
        title: "컨트롤 플레인 인스턴스 유형을 Outpost에서 사용할 수 없음(ConfigurationConflict)",
        cause: lines![
            "로컬 클러스터에 선택한 컨트롤 플레인 인스턴스 유형 (여기서는 {instance_type})을 Outpost (여기서는 {outpost_arn})에서 제공하지 않으므로 EC2가 인스턴스 시작을 거부합니다(`InvalidParameterValue`).",
            "기존 로컬 클러스터에서는 인스턴스 유형을 변경할 수 없으므로, 클러스터가 이 상태에서 스스로 복구될 수 없습니다.",
        ],
        fix: lines![
            "Outpost에서 실제로 제공하는 인스턴스 유형을 나열하고, 그중 하나를 컨트롤 플레인용으로 선택합니다.",
            "로컬 클러스터를 삭제하고 Outpost에서 사용 가능한 인스턴스 유형으로 다시 생성합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/instance-terminated",
        title: "컨트롤 플레인 인스턴스가 예기치 않게 종료됨(InternalFailure)",
        cause: lines![
            "로컬 클러스터의 컨트롤 플레인 EC2 인스턴스(여기서는 {instance_id})가 종료되었거나 시작된 뒤 Terminated 상태가 되었습니다. Outpost가 리전에 다시 연결된 뒤 한동안 내부 Amazon EBS 오류로 이런 일이 생길 수 있습니다.",
        ],
        fix: lines![
            "컨트롤 플레인 인스턴스가 종료되었는지 확인합니다(누군가 종료했거나 Outpost 연결이 끊긴 후). EKS는 클러스터 조정을 계속 시도합니다.",
            "문제가 해소되지 않으면 로컬 클러스터를 삭제하고 다시 생성해야 할 수 있습니다.",
            "문제가 반복되면 AWS Support에 문의합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/outpost-capacity",
        title: "Outpost에 컨트롤 플레인을 위한 용량이 부족함",
        cause: lines![
            "Outpost (여기서는 {outpost_arn})에 컨트롤 플레인 인스턴스를 시작할 여유 용량이 없습니다(EC2 `InsufficientCapacityOnOutpost`).",
            "클러스터를 생성하는 동안 Outpost와 AWS 리전 간의 연결이 끊긴 경우에도 같은 오류가 발생합니다.",
        ],
        fix: lines![
            "컨트롤 플레인 인스턴스 유형에 대한 Outpost의 여유 용량을 확인하고 용량을 확보하거나(다른 인스턴스를 중지하거나 이동), 용량이 있는 인스턴스 유형을 선택합니다.",
            "Outpost가 리전에 연결되어 있는지(서비스 링크 작동 여부) 확인하고, 연결되면 다시 시도합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/security-group-quota",
        title: "보안 그룹 할당량 초과(ResourceLimitExceeded)",
        cause: lines![
            "계정이 보안 그룹 할당량에 도달하여 EKS가 클러스터의 관리형 보안 그룹을 생성하지 못했습니다(EC2 `SecurityGroupLimitExceeded`). 관련 리소스는 VPC (여기서는 {vpc_id})입니다.",
        ],
        fix: lines![
            "VPC에서 더 이상 사용하지 않는 보안 그룹을 삭제하거나, Service Quotas에서 보안 그룹 할당량 증가를 요청합니다.",
            "할당량에 여유가 생기면 EKS가 자동으로 다시 시도합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/eni-quota",
        title: "네트워크 인터페이스 할당량 초과(ResourceLimitExceeded)",
        cause: lines![
            "계정이 탄력적 네트워크 인터페이스 할당량에 도달하여 EKS가 컨트롤 플레인 인스턴스의 네트워크 인터페이스를 생성하지 못했습니다(EC2 `NetworkInterfaceLimitExceeded`). 관련 리소스는 서브넷 (여기서는 {subnet_id})입니다.",
        ],
        fix: lines![
            "더 이상 사용하지 않는 네트워크 인터페이스를 삭제하거나, Service Quotas에서 네트워크 인터페이스 할당량 증가를 요청합니다.",
            "할당량에 여유가 생기면 EKS가 자동으로 다시 시도합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/vcpu-limit",
        title: "계정의 vCPU 한도에 도달함(VcpuLimitExceeded)",
        cause: lines![
            "[control-plane] 컨트롤 플레인 인스턴스에 필요한 vCPU가 해당 인스턴스 패밀리에 대한 계정의 현재 EC2 vCPU 한도 (여기서는 {vcpu_limit})를 초과합니다. 새 계정은 낮은 한도로 시작하는 경우가 많습니다.",
            "[nodes] 노드 그룹의 Auto Scaling 그룹이나 Karpenter가 시작하는 워커 노드에 필요한 vCPU가 해당 인스턴스 패밀리에 대한 계정의 현재 EC2 vCPU 한도 (여기서는 {vcpu_limit})를 초과하므로 노드가 하나도 시작되지 않습니다. 새 계정은 낮은 한도로 시작하는 경우가 많습니다.",
        ],
        fix: lines![
            "[control-plane] http://aws.amazon.com/contact-us/ec2-request 또는 Service Quotas에서 컨트롤 플레인 인스턴스 패밀리의 vCPU 한도 증가를 요청합니다.",
            "[control-plane] 한도가 상향되면 EKS가 인스턴스 생성을 다시 시도합니다.",
            "[nodes] http://aws.amazon.com/contact-us/ec2-request 또는 Service Quotas에서 노드 인스턴스 패밀리의 vCPU 한도 증가를 요청하거나, 현재 한도에 맞는 인스턴스 유형(또는 노드 수)을 선택합니다.",
            "[nodes] `CREATE_FAILED` 상태의 노드 그룹은 복구되지 않습니다. 한도가 허용되면 삭제하고 다시 생성합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/ssm-unreachable",
        title: "SSM을 통해 컨트롤 플레인 인스턴스에 연결할 수 없음(ClusterUnreachable)",
        cause: lines![
            "EKS는 AWS Systems Manager를 통해 로컬 클러스터의 컨트롤 플레인 인스턴스를 관리하는데, 이 인스턴스 (여기서는 {instance_ids})에 연결할 수 없습니다. 연결할 수 있을 때까지 클러스터 생성이 완료되지 않습니다.",
            "일반적인 원인: SSM 에이전트가 실행되지 않음, 서브넷에 인터넷 경로(NAT 또는 인터넷 게이트웨이)가 없음, 클러스터 역할에서 `AmazonEKSLocalOutpostClusterPolicy`가 제거됨, Session Manager가 설정되지 않음.",
        ],
        fix: lines![
            "리전의 배스천 호스트에서 `aws ssm start-session --target {instance_id}` 명령을 실행해 봅니다. 실패하면 컨트롤 플레인 인스턴스에서 SSM 에이전트가 실행 중인지 확인합니다.",
            "클러스터에 지정한 서브넷에 NAT 게이트웨이가 있고 VPC에 인터넷 게이트웨이가 있는지 확인합니다. VPC Reachability Analyzer를 사용하여 컨트롤 플레인 인스턴스가 인터넷 게이트웨이에 연결할 수 있는지 확인합니다.",
            "클러스터 역할 ({role_name})에 AWS 관리형 정책 `AmazonEKSLocalOutpostClusterPolicy`가 아직 연결되어 있는지(그리고 역할을 만든 CloudFormation 스택이 올바른지) 확인합니다.",
            "VPC와 서브넷이 EKS 로컬 클러스터의 VPC 및 서브넷 요구 사항을 충족하는지 확인하고, AWS Systems Manager 사용 설명서에 따라 Session Manager 설정을 완료합니다.",
            "최후의 수단으로 로컬 클러스터를 삭제하고 다시 생성합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/access-denied",
        title: "EKS가 로컬 클러스터 리소스에 액세스하지 못함(AccessDenied)",
        cause: lines![
            "EKS가 로컬 클러스터를 대신하여 리소스 (여기서는 {resource_ids})에 대해 수행한 호출을 EC2가 거부했습니다(`AuthFailure` 또는 `UnauthorizedOperation`).",
            "가장 흔한 원인: EKS가 컨트롤 플레인 리소스에 붙이고 서비스 연결 역할의 정책 범위를 좁히는 데 쓰는 태그가 제거되었습니다. 이 태그가 없으면 EKS가 해당 리소스를 더 이상 관리하거나 모니터링하지 못할 수 있습니다.",
        ],
        fix: lines![
            "`resourceIds`에 나온 컨트롤 플레인 리소스를 찾아 태그를 확인하고, EKS가 설정한 태그를 복원합니다(예: 태그를 제거한 태그 정리 작업이나 태그 정책을 되돌림).",
            "로컬 클러스터의 리소스를 태그 정리 스크립트와 태그 정책의 대상에서 제외합니다.",
            "태그를 복원할 수 없으면 로컬 클러스터를 삭제하고 다시 생성합니다. 오류가 계속되면 AWS Support에 문의합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/ec2-resource-not-found",
        title: "보안 그룹 규칙이 참조하는 리소스가 없음(ResourceNotFound)",
        cause: lines![
            "EKS가 로컬 클러스터의 보안 그룹 수신 규칙을 관리하는 동안, 규칙이 참조하는 대상이 존재하지 않는다고 EC2가 보고했습니다 (리소스: {resource_ids}).",
            "[subnet] `InvalidSubnetID.NotFound`: 수신 규칙에 사용된 서브넷 ID를 찾을 수 없습니다.",
            "[permission] `InvalidPermission.NotFound`: 규칙의 권한이 잘못되었거나 보안 그룹 (여기서는 {security_group})에 더 이상 존재하지 않습니다.",
            "[group] `InvalidGroup.NotFound`: 규칙의 보안 그룹 (여기서는 {security_group})을 찾을 수 없습니다.",
            "[eni] `InvalidNetworkInterfaceID.NotFound`: 규칙의 네트워크 인터페이스 ID (여기서는 {eni_id})를 찾을 수 없습니다.",
        ],
        fix: lines![
            "누가 리소스를 삭제하거나 변경했는지 찾고(CloudTrail), EKS가 로컬 클러스터용으로 관리하는 리소스를 더 이상 변경하지 않도록 합니다.",
            "[subnet] 클러스터의 서브넷이 아직 존재하는지 확인합니다.",
            "[permission] 보안 그룹의 규칙을 확인합니다. EKS가 만든 규칙은 제거하지 마세요.",
            "[group] 클러스터의 보안 그룹이 아직 존재하는지 확인합니다. EKS 관리형 보안 그룹은 삭제하지 마세요.",
            "[eni] 컨트롤 플레인 네트워크 인터페이스를 확인합니다. 컨트롤 플레인 인스턴스의 네트워크 인터페이스는 삭제하지 마세요.",
            "EKS가 클러스터를 조정할 수 없으면 로컬 클러스터를 삭제하고 다시 생성합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/invalid-permissions",
        title: "클러스터 역할에 로컬 클러스터용 정책이 없음(InvalidPermissions)",
        cause: lines![
            "Outpost의 로컬 클러스터에는 클라우드의 클러스터와 다른 권한이 필요합니다. 클러스터 역할 (여기서는 {role_arn})에 AWS 관리형 정책 `AmazonEKSLocalOutpostClusterPolicy`가 연결되어 있어야 하며, 이 정책이 없으면 `InvalidPermissions`로 생성이 실패합니다.",
        ],
        fix: lines![
            "클러스터 역할에 관리형 정책 `AmazonEKSLocalOutpostClusterPolicy`를 연결한 다음 클러스터를 다시 생성합니다.",
            "그 밖의 모든 EKS API 호출에는 클라우드의 클러스터와 동일한 권한이 필요합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/stuck-creating",
        title: "로컬 클러스터가 CREATING 상태로 유지됨",
        cause: lines![
            "로컬 클러스터는 보통 요청 후 15~20분 이내에 ACTIVE 상태가 됩니다. 로컬 클러스터는 FAILED 상태로 전환되지 않습니다. EKS가 계속 조정을 시도하므로, 해결되지 않은 문제는 CREATING 상태에 머무르는 클러스터로 나타납니다.",
            "[has-issues] 붙여 넣은 출력의 클러스터 상태 문제(health issue)에 원인이 나와 있습니다.",
            "[no-issues] 붙여 넣은 출력에 상태 문제가 없습니다. 일반적인 원인: Systems Manager로 연결할 수 없는 인스턴스, 인터넷에 연결되지 않는 서브넷, 역할에서 제거된 `AmazonEKSLocalOutpostClusterPolicy`, 서로 다른 Outpost의 서브넷, 보안 그룹과 충돌하는 NACL 규칙, 잘못된 VPC DNS 설정.",
        ],
        fix: lines![
            "describe-cluster의 `cluster.health`를 읽습니다. 각 문제에 오류 코드, 메시지, 관련 리소스가 나와 있습니다.",
            "SSM 연결 가능 여부를 확인합니다. SSM 에이전트가 실행 중인 상태에서 리전의 배스천 호스트에서 `aws ssm start-session --target <instance-id>`를 실행합니다.",
            "서브넷에 NAT 게이트웨이가, VPC에 인터넷 게이트웨이가 있는지(VPC Reachability Analyzer가 도움이 됩니다), 그리고 클러스터 역할에 아직 `AmazonEKSLocalOutpostClusterPolicy`가 연결되어 있는지 확인합니다.",
            "모든 서브넷이 같은 Outpost에 있고 서로 연결되는지, NACL 규칙이 네트워크 인터페이스의 EKS 관리형 보안 그룹과 충돌하지 않는지, VPC 및 서브넷 DNS 설정이 로컬 클러스터 요구 사항을 충족하는지 확인합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/internal-failure",
        title: "로컬 클러스터에서 내부 오류를 보고함(InternalFailure)",
        cause: lines![
            "EKS는 별도의 코드가 없는 모든 오류를 `InternalFailure`로 보고합니다 (이번 메시지: {message}).",
        ],
        fix: lines![
            "잠시 기다린 후 `cluster.health`를 다시 읽습니다. EKS는 계속 조정을 시도하며, 일시적인 오류는 저절로 해소됩니다.",
            "문제를 복구할 수 없으면 로컬 클러스터를 삭제하고 다시 생성합니다.",
            "그 밖의 경우 AWS Support에 문의합니다. AWS Support에서 컨트롤 플레인 인스턴스에 로그 수집 도구를 다운로드해 실행하고 조사를 위해 로그를 보내는 방법을 안내해 줄 수 있습니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/node-join-failure",
        title: "워커 노드가 클러스터에 조인하지 않음",
        cause: lines![
            "워커 노드는 AMI, IAM 매핑, 보안 그룹, 부트스트랩 인수, 클러스터의 네트워킹 추가 기능이 모두 올바를 때만 클러스터에 조인합니다.",
            "[nodegroup-health] 노드 그룹이 `NodeCreationFailure`를 보고합니다. 인스턴스(`{instances}`)가 시작되었지만 클러스터에 등록되지 않았습니다.",
            "[join-timeout] eksctl이 노드 그룹의 노드가 클러스터에 조인하고 준비되기를 기다리다가 포기했습니다.",
            "[aws-auth] `kube-system`에 `aws-auth` ConfigMap(AWS IAM Authenticator)이 없거나, 잘못되었거나, 노드의 IAM 역할을 매핑하지 않아 노드가 클러스터에 액세스할 수 없습니다.",
            "[ami] 노드가 로컬 클러스터에서 지원하지 않는, `v20220620`보다 오래된 Amazon EKS 최적화 AMI (여기서는 {ami})를 사용합니다. CloudFormation 템플릿에 이 AMI가 고정되어 있을 수 있습니다.",
            "[security-group] 노드가 API 서버에 연결할 수 없습니다. 노드의 보안 그룹이 클러스터 보안 그룹 `eks-cluster-sg-<cluster>-<id>`가 아닙니다(스택을 사용할 때 CloudFormation이 선택된 보안 그룹을 변경했을 수 있습니다).",
            "[ca-endpoint] 노드가 잘못된 CA 데이터(`--b64-cluster-ca`) 또는 API 엔드포인트(`--apiserver-endpoint`)로 부트스트랩되었습니다. 대개 이 경우에 해당하지 않는 프라이빗 링크 VPC 단계를 따랐기 때문입니다.",
            "[psp] `eks.privileged` Pod 보안 정책이 변경되어 VPC CNI(`aws-node`)가 필요한 권한 있는 네트워킹 기능을 얻지 못합니다.",
            "[cni-coredns] 노드가 조인하고 통신하려면 CoreDNS와 Amazon VPC CNI 플러그인(`aws-node`) DaemonSet이 실행되어야 하는데, 실행되고 있지 않습니다.",
            "[no-nodes] 등록된 노드가 하나도 없습니다. VPC CNI(`aws-node`)와 CoreDNS는 실행될 곳이 없을 뿐이며, 원인이 아니라 결과입니다.",
        ],
        fix: lines![
            "[nodegroup-health|join-timeout] 실패한 인스턴스의 kubelet 로그를 읽습니다. 어떤 원인인지 나타납니다. `aws-auth`에 매핑된 노드 역할, AMI 버전, 보안 그룹, 노드 부트스트랩의 CA 데이터와 엔드포인트 순서로 확인합니다.",
            "[aws-auth] `kube-system`에 노드 인스턴스 역할을 매핑(`system:bootstrappers`, `system:nodes`)한 `aws-auth` ConfigMap을 생성하거나 수정합니다.",
            "[ami] Amazon EKS 최적화 Amazon Linux AMI `v20220620` 이상을 사용합니다. CloudFormation 템플릿으로 노드를 만든 경우 템플릿이 사용하는 AMI를 확인합니다.",
            "[security-group] 워커 노드에 보안 그룹 `eks-cluster-sg-{cluster}-<id>`를 지정하고, CloudFormation 스택이 이를 바꾸지 않았는지 확인합니다.",
            "[ca-endpoint] 노드 부트스트랩에서 describe-cluster가 출력하는 클러스터 자체의 CA 데이터를 `--b64-cluster-ca`에, 엔드포인트를 `--apiserver-endpoint`에 전달합니다.",
            "[psp] `eks.privileged`를 기본값으로 복원하고, 기본 Pod 보안 정책은 수정하지 마세요. `kubectl describe psp eks.privileged`로 내용을 검토합니다.",
            "[cni-coredns] `aws-node` DaemonSet과 CoreDNS가 실행되도록 합니다. 해당 Pod와 이벤트의 세부 정보를 확인합니다.",
            "[no-nodes] 노드부터 확인합니다. 노드 그룹이 인스턴스를 시작했는지 확인한 다음 그중 하나에서 kubelet 로그를 읽습니다. 가장 흔한 원인은 `aws-auth`에 매핑되지 않은 노드 역할입니다.",
        ],
        commands: lines![],
    },
];
