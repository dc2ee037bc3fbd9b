//! Korean texts of the `ext/` diagnoses.

use crate::texts::Text;

/// Korean texts of `ext/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "ext/agent-no-response",
        title: "Azure가 클러스터의 확장 에이전트로부터 응답을 받지 못함",
        cause: lines![
            "Azure가 클러스터의 확장 에이전트에 작업을 넘겼지만 기한 안에 응답을 받지 못했습니다. 이유는 다음 세 가지 중 하나입니다(흔한 순서대로).",
            "1. 확장 에이전트 및 관리자 Pod가 실행되고 있지 않습니다. 노드의 CPU나 메모리가 부족하거나, 승인(admission) 정책이 Pod를 거부하거나, `NoSchedule` 테인트 때문에 어느 노드에도 배치될 수 없어 Pod를 예약하거나 시작할 수 없습니다.",
            "[pods-down] 붙여 넣은 출력이 이를 보여 줍니다. 에이전트 Pod {down_count}개가 실행 중이 아니거나 일부 컨테이너가 준비되지 않았습니다.",
            "[pods-ok] 붙여 넣은 출력의 에이전트 Pod는 실행 중이고 준비되어 있으므로 원인 2와 3을 살펴봅니다.",
            "2. Pod는 실행 중이지만 방화벽, 프록시 또는 네트워크 규칙이 클러스터에서 Azure로 나가는 아웃바운드 트래픽을 차단합니다.",
            "3. Pod가 Azure에 연결되지만 확장 데이터 평면이 `Errorcode: 403 … This traffic is not authorized`로 거부합니다(ext/dp-traffic-not-authorized 참조).",
        ],
        fix: lines![
            "에이전트 Pod가 예약되어 모든 컨테이너가 준비된 상태로 실행 중인지 확인합니다. 그렇지 않은 Pod는 세부 정보를 조회하고, 이벤트에 나타난 문제(리소스, 정책, 테인트)를 해결합니다.",
            "[aks] AKS에서 에이전트는 `kube-system` 네임스페이스의 `extension-agent-*` 및 `extension-operator-*`입니다.",
            "[arc] Azure Arc 지원 클러스터에서는 에이전트가 `azure-arc` 네임스페이스에서 실행되며, 확장 관리자는 `extension-manager-*`입니다.",
            "Pod가 정상이면 확장에 필요한 아웃바운드 엔드포인트를 엽니다. AKS 아웃바운드 네트워크 및 FQDN 규칙을 따릅니다(클러스터 확장에는 최소한 포트 443의 `<region>.dp.kubernetesconfiguration.azure.com`, `mcr.microsoft.com`, `*.data.mcr.microsoft.com`이 필요합니다).",
            "[arc] Azure Arc 지원 클러스터의 경우 Azure Arc 네트워크 요구 사항과 온보딩 시 지정한 프록시 설정을 확인합니다.",
            "네트워크가 열려 있으면 확장 에이전트의 로그에서 `Errorcode: 403`을 찾습니다. 이는 ext/dp-traffic-not-authorized에 해당하는 Private Link 사례입니다.",
            "에이전트가 Azure와 통신할 수 있게 되면 확장 작업을 다시 시도합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "ext/dp-traffic-not-authorized",
        title: "데이터 평면이 확장 에이전트를 거부함: 트래픽이 프라이빗 엔드포인트로 전송됨",
        cause: lines![
            "확장 에이전트가 지역별 데이터 평면 엔드포인트 `{dp_host}`에 보내는 호출이 `Errorcode: 403, Message This traffic is not authorized`로 거부됩니다. 이어지는 로그 줄의 `Failed to GET configurations`는 에이전트가 구성을 전혀 받지 못하고 있음을 보여 줍니다.",
            "[private-dns] 이 클러스터에서는 엔드포인트 이름이 `privatelink` 별칭을 거쳐 프라이빗 주소 {private_ip}(으)로 확인됩니다.",
            "확장 데이터 평면용 Azure Arc 프라이빗 링크 범위가 가상 네트워크나 프라이빗 DNS 영역을 이 AKS 클러스터와 공유할 때 발생합니다. 클러스터의 트래픽이 그 프라이빗 엔드포인트로 가고, 엔드포인트는 이를 거부합니다.",
        ],
        fix: lines![
            "원인을 확인합니다. 에이전트 로그에서 403을 찾은 다음, 에이전트 Pod 안에서 엔드포인트 이름을 확인(nslookup)합니다. 응답에 `privatelink` 별칭과 프라이빗 주소가 나오면 원인이 확인된 것입니다.",
            "Azure Portal 검색에서 프라이빗 주소를 검색합니다. 해당 주소를 소유한 리소스(가상 네트워크, 프라이빗 DNS 영역, Arc Private Link 범위의 프라이빗 엔드포인트)를 찾을 수 있습니다.",
            "권장 해결 방법: AKS가 퍼블릭 엔드포인트로 이름을 확인하도록 Azure Arc 지원 Kubernetes와 AKS를 별도의 가상 네트워크(및 별도의 프라이빗 DNS)에 둡니다.",
            "네트워크를 계속 공유해야 한다면 CoreDNS에서 이름을 재정의하여 이 클러스터만 퍼블릭 주소로 확인하게 합니다. 방법은 다음과 같습니다.",
            "a. 공유 프라이빗 DNS를 사용하지 않는 컴퓨터에서 nslookup으로 엔드포인트의 퍼블릭 주소를 알아냅니다.",
            "[public-ip-unknown] 붙여 넣은 출력에 퍼블릭 주소가 없습니다. 아래의 `<public-ip>` 자리에 그 주소를 넣습니다.",
            "b. 기존 `coredns-custom` ConfigMap을 백업합니다.",
            "c. `kube-system`의 `coredns-custom`에 이름이 `.override`로 끝나는 키(예: `extensionsdp.override`)를 추가하고, 엔드포인트를 공용 주소로 매핑하고 다른 모든 이름은 통과(fallthrough)시키는 hosts 블록을 넣습니다: `{hosts_block}`(항목마다 한 줄). 아래 patch 명령은 이 키만 추가하고 나머지 키는 유지합니다.",
            "d. 가동 중지 없이 ConfigMap을 다시 로드하도록 CoreDNS를 다시 시작합니다.",
            "e. 에이전트 Pod에서 엔드포인트 이름을 다시 확인합니다. 이제 퍼블릭 주소가 반환되고, 에이전트 로그에 `Errorcode: 403` 대신 `GET configurations returned response code {200}`이 나타나야 합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "ext/critical-addons-only-taint",
        title: "확장 Pod를 예약할 수 없음: 모든 노드 풀에 {taint_key} 테인트가 있음",
        cause: lines![
            "[scheduler] 스케줄러는 모든 노드에 {taint} 테인트가 있다고 보고하는데, 확장의 Pod(예: Dapr의 Pod)에는 이 테인트에 대한 톨러레이션이 없습니다. 따라서 Pod가 Pending 상태로 남고 확장이 준비 상태가 되지 않습니다.",
            "[described] 노드 풀에 `{taint}` 테인트가 있고 확장 설치가 멈추거나 시간 초과됩니다. 확장의 Pod에는 이 테인트에 대한 톨러레이션이 없으므로, 모든 풀에 테인트가 있으면 Pod가 Pending 상태로 남고 확장이 준비 상태가 되지 않습니다.",
            "`CriticalAddonsOnly`는 중요한 시스템 추가 기능만 실행하는 시스템 노드 풀을 위한 테인트입니다. 클러스터의 모든 노드 풀에 이 테인트가 있으면 확장과 애플리케이션을 포함해 다른 어떤 것도 어디에도 예약할 수 없습니다.",
        ],
        fix: lines![
            "확장의 Pod가 Pending 상태이고, 이벤트에 허용되지 않은 `{taint_key}` 테인트가 나오는지 확인합니다.",
            "`{taint_key}` 테인트가 없는 노드 풀을 추가합니다. 확장의 Pod가 그 노드 풀에 예약됩니다.",
            "또는 가능하고 현실적이라면 노드 풀에서 테인트를 제거하여 확장을 설치할 수 있게 합니다.",
            "워크로드에 꼭 필요한 경우가 아니면 `CriticalAddonsOnly` 테인트가 있는 노드 풀에 확장을 설치하지 말고, 클러스터의 유일한 노드 풀에는 이 테인트를 절대 설정하지 마세요. 최소한 하나의 노드 풀에는 이 테인트가 없어야 합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "ext/extension-failed",
        title: "클러스터 확장 실패 ({extension})",
        cause: lines![
            "[failed] `az k8s-extension show`에서 확장이 `provisioningState: Failed`로 보고됩니다. 확장 서비스가 확장을 설치하거나 업데이트하지 못했습니다.",
            "[degraded] `az k8s-extension show`에서 확장 상태가 Error 또는 Warning 수준으로 보고됩니다. 확장은 설치되었지만 제대로 작동하지 않습니다.",
            "[operation] 확장 서비스가 확장에 대한 작업(만들기, 업데이트 또는 삭제)이 실패했다고 보고합니다.",
            "상태 메시지에 이유가 나와 있습니다 (\"{status_message}\").",
            "상태 메시지에 실제 원인이 나옵니다. kubetriage가 그 원인을 인식하면 해당 진단(에이전트, 네트워크, Helm, 테인트)이 이 진단과 함께 표시됩니다.",
            "[resources] 메시지에 CPU나 메모리가 부족하여 예약할 수 없는 Pod가 나옵니다. 노드가 확장을 실행하기에 너무 작거나 너무 바쁩니다.",
            "[taint] 메시지에 노드 테인트를 허용하지 않는 Pod가 나옵니다.",
            "[timeout] 메시지에 시간 초과가 나옵니다. 확장의 리소스가 제시간에 준비되지 않았습니다.",
            "[chart-not-found] 레지스트리에 차트 {chart}이(가) 없습니다. 이 확장 버전이 아직 게시되지 않았거나, 이 클라우드 또는 지역에는 없습니다.",
        ],
        fix: lines![
            "먼저 확장의 `statuses`(및 `errorInfo`)를 읽습니다. 여기에 충분한 정보가 없을 때만 클러스터 로그를 살펴봅니다.",
            "이 진단과 함께 표시된 진단에 따라, 메시지에 나온 원인을 해결합니다.",
            "[resources] 노드에 확장을 위한 여유 공간을 확보합니다. 노드 풀을 스케일링하거나 노드 풀을 추가하거나, 다른 워크로드의 요청을 줄입니다.",
            "[timeout] 릴리스 네임스페이스의 이벤트에서 준비되지 않는 Pod, 작업(Job) 또는 기타 리소스를 확인합니다.",
            "[chart-not-found] 존재하는 버전(`--version`)으로 확장을 만들거나 업데이트하거나, 릴리스 트레인이 버전을 고르게 합니다(`--auto-upgrade-minor-version true`).",
            "그런 다음 확장 작업을 다시 시도하고(업데이트하거나, 삭제한 후 다시 만들기) 확장 상태를 확인합니다.",
        ],
        commands: lines![],
    },
];
