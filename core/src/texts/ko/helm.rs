//! Korean texts of the `helm/` diagnoses.

use crate::texts::Text;

/// Korean texts of `helm/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "helm/resource-readiness-timeout",
        title: "Helm이 릴리스 리소스가 준비되기를 기다리다 시간 초과됨",
        cause: lines![
            "[timeout] Helm이 차트의 리소스(Pod, 작업)를 만들고 준비 또는 완료 상태가 되기를 기다렸지만 제한 시간 안에 그렇게 되지 않아 설치 또는 업그레이드가 실패했습니다(원자성 작업은 롤백됨).",
            "[job] 차트의 작업(차트 리소스이거나 `post-install`, `post-upgrade` 같은 후크)이 최종적으로 실패했습니다(`BackoffLimitExceeded`). 작업의 재시도 한도에 도달할 때까지 Pod가 계속 실패했으므로 설치 또는 업그레이드가 실패했습니다.",
            "일반적인 원인: 새 Pod에 필요한 CPU나 메모리 부족, Pod를 노드에서 밀어내는 정책이나 `NoSchedule` 테인트, Windows 노드의 Linux Pod(또는 그 반대), Pod 시작을 막는 구성 값.",
        ],
        fix: lines![
            "노드에 릴리스의 요청을 수용할 여유가 있고 Pod가 노드에서 실행될 수 있는지(테인트, 승인 정책) 확인합니다.",
            "Linux Pod는 Linux 노드에, Windows Pod는 Windows 노드에 배치되는지(`kubernetes.io/os`) 확인합니다.",
            "릴리스 네임스페이스의 이벤트를 검토하여 준비되지 않은 Pod, 작업 또는 리소스와 그 이유를 찾습니다.",
            "[job] 실패한 작업의 Pod 로그를 읽습니다. 작업이 실패하는 이유가 나와 있습니다.",
            "확장이나 차트에 전달한 Helm 값을 확인합니다. 필요한 값이 모두 있고 올바라야 합니다.",
            "원인을 해결한 다음 설치 또는 업데이트를 다시 시도합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "helm/chart-download-failed",
        title: "리포지토리에서 Helm 차트를 다운로드할 수 없음",
        cause: lines![
            "[cluster] 확장의 Helm 차트를 리포지토리 URL (호스트: {repo_host})에서 가져올 수 없었습니다. 클러스터와 리포지토리 간의 연결 문제로, 방화벽이나 기타 아웃바운드 차단 때문에 다운로드가 막혔습니다.",
            "[cli] Helm이 차트를 가져올 수 없었습니다 (호스트: {repo_host}). `helm`을 실행한 이 컴퓨터가 리포지토리에 연결하지 못했거나 리포지토리가 요청을 거부했습니다.",
            "[chart-ref] Helm이 추가된 리포지토리에서 차트 `{chart}`를 찾지 못했습니다. 리포지토리가 추가되지 않았거나, 인덱스가 오래되었거나, 차트 또는 버전이 없습니다.",
            "[timeout] 연결이 시간 초과되었습니다. 트래픽이 도중에 삭제되고 있으며, 대개 방화벽이나 인터넷으로 가는 경로가 없는 것이 원인입니다.",
            "[refused] 리포지토리 또는 중간의 프록시가 요청을 거부했습니다.",
            "[dns] 리포지토리의 호스트 이름을 확인할 수 없었습니다.",
            "[tls] 인증서 문제로 TLS 연결이 실패했습니다. TLS를 검사하는 프록시가 흔한 원인입니다.",
        ],
        fix: lines![
            "[cluster] 방화벽 또는 프록시에서 클러스터로부터 차트 리포지토리 (호스트: {repo_host})로 나가는 아웃바운드 HTTPS를 허용합니다.",
            "[cluster] 클러스터 확장에 대한 AKS 아웃바운드 네트워크 및 FQDN 규칙을 따릅니다. 이 규칙에 연결 가능해야 하는 엔드포인트가 나와 있습니다.",
            "[cluster] 리포지토리에 연결할 수 있게 되면 확장 작업을 다시 시도합니다.",
            "[cli] 이 컴퓨터가 리포지토리에 연결되는지 확인한 다음(`HTTPS_PROXY` 같은 프록시 설정, 방화벽, DNS) 명령을 다시 실행합니다.",
            "[chart-ref] 리포지토리가 없으면 추가하고(`helm repo add`), `helm repo update`를 실행한 다음 차트 이름과 버전을 확인합니다.",
            "[oci] OCI 레지스트리의 차트가 비공개이면 먼저 로그인하고(`helm registry login`) 차트 경로를 확인합니다. 레지스트리는 존재하지 않는 경로에 대해서도 익명 토큰을 거부합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "helm/render-failed",
        title: "지정된 값으로 Helm 차트를 렌더링하지 못함",
        cause: lines![
            "[extension] 확장의 차트는 Helm 값으로 전달된 구성 설정을 사용하여 렌더링됩니다. 차트에 필요한 설정이 없거나 차트가 허용하지 않는 값이 있어, 아무것도 설치되기 전에 렌더링이 중단됩니다.",
            "[helm] 차트 템플릿은 필요한 값이 없거나 허용되지 않는 값이면 의도적으로(`required` 또는 `fail`) 렌더링을 중단하므로, 아무것도 설치되지 않습니다.",
            "차트 자체의 메시지에 해당 설정이 나옵니다 (\"{render_error}\").",
        ],
        fix: lines![
            "확장 또는 애플리케이션 문서에서 필수 구성 설정과 허용되는 값을 확인합니다.",
            "설정을 수정하거나 추가한 다음(`az k8s-extension`의 `--configuration-settings` / `--configuration-protected-settings`, 일반 Helm의 경우 `--set` / `-f`) 다시 시도합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "helm/resource-exists",
        title: "차트의 리소스가 이미 클러스터에 있음",
        cause: lines![
            "차트가 만들려는 리소스가 이미 존재하고 이 릴리스에 속하지 않으므로, Helm이 그 리소스를 넘겨받지 않고 설치를 중단합니다.",
            "[named] 충돌하는 리소스는 {res_kind} `{res_name}` (네임스페이스 {res_ns})입니다.",
            "[other-release] 이 리소스는 다른 Helm 릴리스 `{owner_release}`에 속합니다. 같은 소프트웨어가 이전에 다른 방법으로 설치되었습니다.",
        ],
        fix: lines![
            "충돌하는 리소스의 소유자와, 그 리소스를 아직 사용하는 대상이 있는지 확인합니다.",
            "중요하지 않고 없애도 된다면 삭제하고(또는 해당 리소스를 소유한 릴리스를 제거하고) 설치를 다시 시도합니다.",
            "필수적이고 대체할 수 없다면 지금 상태로는 이 방법으로 애플리케이션을 설치할 수 없습니다. 기존 설치를 유지하거나, 먼저 해당 리소스를 다른 곳으로 옮깁니다.",
            "[adopt] 리소스를 유지하면서 이제부터 릴리스 `{adopt_release}`가 관리하게 하려면 Helm이 요구하는 레이블과 주석을 추가한 뒤(Helm 3.2 이상) 다시 시도합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "helm/operation-in-progress",
        title: "릴리스에 대해 다른 Helm 작업이 이미 진행 중임",
        cause: lines![
            "Helm은 릴리스마다 한 번에 하나의 작업만 허용합니다. 같은 릴리스의 다른 설치, 업그레이드 또는 롤백이 끝나지 않아 이번 작업이 거부되었습니다.",
            "[pending] 릴리스 `{release}`이(가) `{status}` 상태입니다. 이 상태로 만든 작업이 아직 끝나지 않았거나 끝나기 전에 중단되었습니다.",
        ],
        fix: lines![
            "실행 중인 작업이 끝나도록 10분 정도 기다린 다음 다시 시도합니다.",
            "[helm] 그 후에도 릴리스가 오랫동안 `pending-*` 상태로 남아 있으면 이전 작업이 도중에 중단된 것입니다. 릴리스 기록을 확인하고 마지막으로 정상이던 수정 버전으로 롤백한 다음 다시 시도합니다.",
            "[rollback] 기록에서 마지막으로 배포된 수정 버전은 {good_revision}입니다. 이 릴리스에서 작업 중인 Helm 프로세스가 없는지 확인한 다음 이 버전으로 롤백합니다.",
        ],
        commands: lines![],
    },
];
