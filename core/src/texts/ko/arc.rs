//! Korean texts of the `arc/` diagnoses.

use crate::texts::Text;

/// Korean texts of `arc/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "arc/wrong-subscription",
        title: "Azure CLI가 잘못된 구독을 가리킴",
        cause: lines![
            "Azure가 구독 또는 리소스 그룹이 없다고 응답했습니다. `az connectedk8s` 및 `az k8s-configuration`에서 이 오류는 거의 항상 CLI가 해당 리소스가 있는 구독이 아닌 다른 구독에 로그인되어 있다는 뜻입니다.",
        ],
        fix: lines![
            "CLI가 사용 중인 구독을 확인하고, 연결된 클러스터와 그 리소스 그룹이 있는 구독으로 전환합니다.",
            "실패한 명령을 다시 실행합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/helm-release-missing",
        title: "Azure Arc Helm 릴리스가 없거나 배포되지 않음",
        cause: lines![
            "Azure Arc 지원 클러스터의 에이전트는 Helm 릴리스 `azure-arc`로 설치되며, 정상 상태는 `STATUS: deployed`입니다.",
            "[not-found] Helm이 이 릴리스를 전혀 알지 못합니다. 에이전트가 설치된 적이 없거나 제거되었습니다.",
            "[not-deployed] 릴리스는 있지만 상태가 `{status}`이므로 에이전트 설치가 완료되지 않았습니다.",
        ],
        fix: lines![
            "아래 명령으로 릴리스를 확인합니다.",
            "클러스터를 Azure Arc에 다시 연결합니다. 연결이 완료되지 않은 채 남은 리소스가 있으면 먼저 삭제합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/agents-unhealthy",
        title: "일부 Azure Arc 에이전트가 실행 중이 아니거나 준비되지 않음",
        cause: lines![
            "`azure-arc` 네임스페이스의 모든 Pod는 Running 상태이고 모든 컨테이너가 준비되어 있어야 합니다(READY n/n). 그렇지 않은 Pod가 있어 클러스터와 Azure 간 연결이 저하되었습니다.",
            "[crashing] Error 또는 CrashLoopBackOff 상태인 에이전트가 있습니다. 실패 이유는 해당 에이전트의 로그에 나옵니다.",
            "[pending] Pending 상태에서 멈춘 에이전트가 있습니다. 노드에 에이전트를 예약할 리소스가 부족할 가능성이 큽니다.",
            "[image-pull] 에이전트가 이미지를 끌어올 수 없습니다. 클러스터가 레지스트리에 연결하지 못하고 있습니다(아웃바운드 트래픽, 방화벽, 프록시).",
            "[not-ready] 에이전트가 실행 중이지만 일부 컨테이너가 준비되지 않았습니다.",
            "[deployment] 배포 `{deployment}`의 준비된 복제본 수가 원하는 수보다 적습니다.",
        ],
        fix: lines![
            "에이전트 목록을 조회하고, n/n Running이 아닌 모든 Pod의 세부 정보(`kubectl describe pod`)를 확인합니다.",
            "[crashing|not-ready] 실패하는 컨테이너의 로그를 읽습니다(충돌한 컨테이너는 `--previous` 사용).",
            "[pending] 에이전트를 예약할 수 있도록 클러스터를 스케일 업하거나 노드를 추가합니다.",
            "[image-pull] Arc 엔드포인트와 레지스트리로의 아웃바운드 액세스를 허용하거나, 클러스터를 연결할 때 프록시 설정을 전달합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/provisioning-timeout",
        title: "연결 중 Azure 리소스 프로비저닝이 실패하거나 시간 초과됨",
        cause: lines![
            "연결된 클러스터 리소스를 허용된 시간 안에 Azure에 만들지 못했습니다. 이는 대개 Azure Arc 지원 Kubernetes 서비스에 영향을 주는 활성 서비스 이벤트 때문입니다.",
        ],
        fix: lines![
            "Azure 상태(및 구독의 Azure Service Health)에서 Azure Arc 지원 Kubernetes에 영향을 주는 활성 이벤트가 있는지 확인합니다.",
            "이벤트가 있으면 해결될 때까지 기다린 다음, 기존의 연결된 클러스터 리소스를 삭제하고 다시 온보딩합니다.",
            "이벤트가 없는데도 온보딩이 계속 실패하면 지원 티켓을 엽니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/overage-claims",
        title: "토큰이 거부됨: 초과분 클레임",
        cause: lines![
            "ID의 토큰에 초과분 클레임이 들어 있습니다. 서비스 주체가 200개가 넘는 Microsoft Entra 그룹에 속해 있으며, 이는 지원되지 않습니다.",
            "`https://<region>.obo.arc.azure.com:8084/` 엔드포인트를 허용하지 않는 아웃바운드 프록시 뒤에서도 같은 오류가 발생합니다.",
        ],
        fix: lines![
            "200개 미만의 그룹에 속한 서비스 주체를 사용하거나, 원래 서비스 주체를 일부 그룹에서 제거한 다음 다시 시도합니다.",
            "클러스터가 아웃바운드 프록시 뒤에 있으면 `https://<region>.obo.arc.azure.com:8084/` 엔드포인트(`<region>`은 해당 지역 이름으로 대체)를 허용합니다.",
            "둘 다 해당하지 않으면 지원 요청을 엽니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/diagnostic-chart-pull",
        title: "연결 사전 검사에서 cluster-diagnostic-checks 차트를 끌어올 수 없음",
        cause: lines![
            "온보딩 전에 CLI는 Helm 차트로 진단 검사를 실행하는데, 클러스터가 이 차트를 가져오지 못했습니다. 이 문제는 `https://k8connecthelm.azureedge.net` 엔드포인트가 차단된 경우에 발생합니다.",
            "[registry] 이 CLI는 `{registry}`에서 차트를 가져옵니다.",
        ],
        fix: lines![
            "클러스터와 CLI를 실행하는 컴퓨터 모두에서 `https://k8connecthelm.azureedge.net`으로의 아웃바운드 액세스를 허용합니다.",
            "[registry] 두 곳 모두에서 `{registry}`의 이름이 확인되고 포트 443으로 응답하는지 확인합니다(DNS, 방화벽, 프록시). 사용하는 클라우드에 없는 레지스트리라면 더 새롭거나 수정된 CLI 확장이 필요합니다.",
            "Azure Arc 지원 Kubernetes의 다른 네트워크 요구 사항도 모두 충족하는지 확인한 다음 다시 연결합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/msi-certificate",
        title: "관리 ID(MSI) 인증서를 검색할 수 없음",
        cause: lines![
            "에이전트가 Azure와 통신하는 데 필요한 관리 ID 인증서를 가져오지 못했습니다. 원인은 거의 항상 네트워크입니다. 엔드포인트가 차단되었거나 프록시가 구성되지 않았습니다.",
        ],
        fix: lines![
            "Azure Arc 지원 Kubernetes의 모든 네트워크 요구 사항(아웃바운드 엔드포인트, 프록시, DNS)이 충족되었는지 확인합니다.",
            "작업을 다시 시도합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/insufficient-cluster-permissions",
        title: "kubeconfig 사용자에게 Arc 에이전트를 설치할 권한이 없음",
        cause: lines![
            "Azure CLI는 kubeconfig를 사용하여 에이전트를 설치하는데, 사용자 `{user}`에게는 이 작업을 수행할 권한이 없습니다. 클러스터를 연결하려면 해당 클러스터에 대한 `cluster-admin` 권한이 필요합니다.",
        ],
        fix: lines![
            "클러스터를 연결하는 사용자에게 `cluster-admin` 역할을 부여합니다(또는 이 역할이 있는 kubeconfig 컨텍스트를 사용합니다).",
            "클러스터를 다시 연결합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/openshift-connect-timeout",
        title: "OpenShift 클러스터를 Azure Arc에 연결할 때 시간 초과됨",
        cause: lines![
            "OpenShift에서는 클러스터 버전이 너무 오래되었거나 `kube-aad-proxy` 서비스 계정이 권한 있는(privileged) 모드로 실행하도록 허용되지 않은 경우 `az connectedk8s connect`가 시간 초과됩니다.",
        ],
        fix: lines![
            "OpenShift 버전이 4.5.41+, 4.6.35+ 또는 4.7.18+인지 확인합니다.",
            "연결하기 전에 `azure-arc-kube-aad-proxy-sa` 서비스 계정에 privileged SCC를 부여합니다(아래 명령).",
            "클러스터를 다시 연결합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/helm-upgrade-timeout",
        title: "Azure Arc 에이전트 설치 시간 초과(Helm)",
        cause: lines![
            "Azure CLI가 에이전트의 Helm 릴리스가 준비되기를 기다리다가 중단했습니다. 일부 에이전트가 시작되지 못하거나, 클러스터가 에이전트 이미지를 끌어오는 데 CLI의 대기 시간보다 오래 걸리고 있습니다.",
            "[agents-crashing] 붙여 넣은 출력에서 clusterconnect-agent 또는 config-agent가 제대로 실행되고 있지 않습니다.",
        ],
        fix: lines![
            "에이전트 목록을 조회합니다(`kubectl get pods -n azure-arc`).",
            "clusterconnect-agent 또는 config-agent가 충돌 루프에 빠져 있거나 실행되지 않는 컨테이너가 있는지 확인합니다.",
            "azure-arc 비밀 목록을 조회합니다. `azure-identity-certificate`가 없으면 시스템 할당 관리 ID가 설치되지 않은 것입니다. `az connectedk8s delete`로 Arc 배포를 삭제하고 다시 연결합니다(프록시가 있으면 프록시를 통해 연결).",
            "clusterconnect-agent와 config-agent는 실행 중인데 `kube-aad-proxy` Pod가 없으면 Pod 보안 정책을 확인합니다. 해당 서비스 계정에 호스트 경로 탑재가 허용되어야 합니다.",
            "`kube-aad-proxy`가 ContainerCreating 상태에서 멈춰 있으면 `kube-aad-proxy-certificate` 비밀이 있는지 확인합니다. 없으면 배포를 삭제하고 다른 클러스터 이름으로 온보딩합니다.",
            "인터넷 연결이 느리면 이미지 끌어오기가 CLI 시간 제한보다 오래 걸릴 수 있습니다. Pod가 이미지를 모두 끌어올 때까지 기다린 후 다시 연결합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/identity-certificate-missing",
        title: "관리 ID가 설치되지 않음: azure-identity-certificate 누락",
        cause: lines![
            "azure-arc 비밀 중에 `azure-identity-certificate`가 없으므로 클러스터의 시스템 할당 관리 ID가 설치되지 않았습니다. 에이전트가 인증할 수 없어 Helm 설치가 시간 초과됩니다.",
        ],
        fix: lines![
            "`az connectedk8s delete`로 Arc 배포를 삭제하고 클러스터를 다시 연결합니다.",
            "문제가 다시 발생하면 프록시 설정을 의심해 봅니다. 아웃바운드 프록시 매개 변수를 지정하여 프록시를 통해 연결합니다.",
            "모든 네트워크 요구 사항이 충족되었는지 확인합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/kube-aad-proxy-missing",
        title: "kube-aad-proxy Pod가 없음",
        cause: lines![
            "clusterconnect-agent와 config-agent는 실행 중이지만 `kube-aad-proxy` Pod가 없습니다. 이 Pod는 `azure-arc-kube-aad-proxy-sa` 서비스 계정으로 실행되며, 관리자 권한은 필요 없지만 호스트 경로를 탑재할 수 있어야 합니다. Pod 보안 정책이 이를 막고 있습니다.",
        ],
        fix: lines![
            "클러스터의 Pod 보안 정책(또는 승인 정책)을 확인하고 `azure-arc-kube-aad-proxy-sa`가 호스트 경로를 탑재할 수 있도록 허용합니다.",
            "kube-aad-proxy의 ReplicaSet 이벤트에서 거부된 이유를 찾습니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/kube-aad-proxy-cert-missing",
        title: "kube-aad-proxy가 멈춤: 인증서가 전달되지 않음",
        cause: lines![
            "`kube-aad-proxy-certificate` 비밀이 azure-arc 네임스페이스에 없으므로 kube-aad-proxy가 시작되지 못합니다.",
        ],
        fix: lines![
            "Arc 배포를 삭제하고 다른 클러스터 이름을 사용하여 다시 온보딩합니다.",
            "그 후에도 인증서가 없으면 지원 요청을 엽니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/cryptohash-module",
        title: "Azure CLI 확장에 네이티브 모듈(Crypto.Hash._MD5)이 없음",
        cause: lines![
            "`connectedk8s` 또는 `k8s-configuration` 확장을 추가할 때 종속 모듈이 제대로 다운로드되지 않아 CLI가 확장을 로드할 수 없습니다.",
        ],
        fix: lines!["로컬 환경에서 두 확장을 모두 제거한 다음 다시 추가합니다."],
        commands: lines![],
    },
    Text {
        id: "arc/cluster-connect-no-agent",
        title: "클러스터 연결을 사용할 수 없음: 연결된 에이전트 없음",
        cause: lines![
            "클러스터 쪽에 클러스터 연결 기능의 에이전트가 없으므로 `az connectedk8s proxy`가 세션을 열 수 없습니다. `clusterconnect-agent`와 `kube-aad-proxy`가 모두 없으면 클러스터에서 이 기능이 사용하지 않도록 설정된 것입니다.",
            "[agents-absent] azure-arc Pod 목록에 clusterconnect-agent와 kube-aad-proxy가 모두 없습니다.",
        ],
        fix: lines![
            "클러스터에서 클러스터 연결 기능을 사용하도록 설정합니다.",
            "아웃바운드 프록시나 방화벽 뒤에 있으면 `*.servicebus.windows.net`에 대한 websocket 연결을 허용합니다.",
            "connectedk8s Azure CLI 확장의 최신 버전을 사용합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/custom-locations-oid",
        title: "사용자 지정 위치가 사용하도록 설정되지 않음: 앱의 개체 ID를 읽을 수 없음",
        cause: lines![
            "[skipped] Microsoft Entra 애플리케이션을 읽을 권한이 없는 서비스 주체로 로그인되어 있어, CLI가 사용자 지정 위치 앱의 개체 ID를 조회하지 못하고 이 기능을 사용하도록 설정하지 않은 채 진행했습니다.",
            "[lookup-refused] 사용자 지정 위치 앱의 조회를 직접 실행(`az ad sp show --id bc313c14-…`)했으나 `Insufficient privileges`로 거부되었습니다. 로그인한 ID에 Microsoft Entra 애플리케이션을 읽을 권한이 없습니다. `connect`와 `enable-features`도 같은 조회를 하므로 같은 이유로 사용자 지정 위치를 건너뜁니다.",
            "[not-enabled] `Microsoft.ExtendedLocation` 공급자가 클러스터에 네임스페이스를 만들 수 없어 사용자 지정 위치 생성이 실패했습니다. 클러스터에서 사용자 지정 위치 기능이 사용하도록 설정된 적이 없습니다(서비스 주체로 연결할 때 앱의 개체 ID를 읽을 수 없으면 이 기능을 건너뜁니다).",
        ],
        fix: lines![
            "사용자 계정으로 Azure CLI에 로그인하여 Azure Arc가 사용하는 앱의 개체 ID를 읽습니다(최신 CLI는 `id`, 이전 CLI는 `objectId`로 반환합니다).",
            "서비스 주체로 다시 로그인한 다음, 클러스터를 연결할 때 또는 기존 클러스터에서 `--custom-locations-oid`로 해당 개체 ID를 전달합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/outbound-connectivity",
        title: "클러스터 연결 실패: 네트워크 요청이 전달되지 않음",
        cause: lines![
            "클러스터를 연결하려면 네트워크 액세스가 필요합니다. 이 컴퓨터에서 클러스터의 API 서버로, 그리고 클러스터에서 여러 Azure 엔드포인트로 연결할 수 있어야 하는데, 이 요청 중 일부가 실패합니다.",
            "[dns] 클러스터에서 이름 확인이 실패하여 엔드포인트 이름을 확인할 수 없습니다.",
            "[proxy] 클러스터가 아웃바운드 프록시 뒤에 있는데, 프록시가 트래픽을 거부하거나 트래픽이 프록시로 전달되지 않습니다(프록시 설정 누락).",
            "[egress] 연결이 시간 초과되거나 거부됩니다. 방화벽이 트래픽을 차단하고 있습니다.",
            "[cluster-api] 실패한 요청은 Azure가 아니라 클러스터 자체의 API 서버(`{api_server}`)로 향했습니다. 이 컴퓨터가 kubeconfig의 주소에 연결할 수 없습니다(VPN, 방화벽, 사설 주소 또는 잘못된 컨텍스트).",
            "[no-kubeconfig] 요청이 `{api_server}`(으)로 향했습니다. 이는 Kubernetes 클라이언트에 kubeconfig가 없을 때 사용하는 주소입니다. kubeconfig를 찾지 못했거나 현재 컨텍스트가 클러스터를 가리키지 않습니다.",
            "[tls-inspection] 경로상의 인증서를 신뢰할 수 없습니다. TLS를 검사하는 프록시나 방화벽이 자체 인증 기관으로 트래픽을 다시 서명합니다.",
        ],
        fix: lines![
            "Azure Arc 지원 Kubernetes의 모든 네트워크 요구 사항(엔드포인트 및 포트)을 확인합니다.",
            "[proxy] 온보딩할 때 프록시 매개 변수(`--proxy-https`, `--proxy-http`, `--proxy-skip-range`, `--proxy-cert`)를 전달하고, 프록시가 해당 엔드포인트를 허용하는지 확인합니다.",
            "[dns] 클러스터의 DNS 확인을 디버그합니다(CoreDNS Pod, 업스트림 확인자).",
            "[cluster-api] 연결하기 전에 이 컴퓨터에서 같은 kubeconfig와 컨텍스트(`--kube-config`, `--kube-context`)로 `kubectl`이 클러스터에 연결되는지 확인합니다.",
            "[no-kubeconfig] 명령에 클러스터의 kubeconfig(`--kube-config` 또는 `KUBECONFIG`)를 지정하고 현재 컨텍스트가 해당 클러스터인지 확인합니다.",
            "[tls-inspection] 온보딩할 때 검사 프록시의 CA 인증서를 전달하거나(`--proxy-cert <file>`), Azure Arc 엔드포인트를 TLS 검사에서 제외합니다.",
        ],
        commands: lines![],
    },
];
