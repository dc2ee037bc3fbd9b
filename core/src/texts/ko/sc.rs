//! Korean texts of the `sc/` diagnoses.

use crate::texts::Text;

/// Korean texts of `sc/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "sc/conflict",
        title: "Azure가 Conflict로 응답함: 클러스터나 확장에서 다른 작업이 아직 진행 중임",
        cause: lines![
            "Azure가 상태 코드 409 Conflict로 작업을 거부했습니다. AKS의 서비스 커넥터에서 이는 대개 서비스 연결을 만들 때 클러스터가 업데이트 중이었다는 뜻입니다. 서비스 연결에 따른 변경 사항이 아직 진행 중인 업데이트와 충돌합니다.",
            "[updating] 붙여 넣은 출력에 클러스터의 프로비저닝 상태가 `Updating`으로 표시됩니다.",
            "[in-progress] Azure가 직접 알려 줍니다. 같은 리소스(클러스터 또는 Dapr, Flux 같은 클러스터 확장)에서 다른 작업이 아직 진행 중입니다.",
            "구독이 클러스터 확장에 필요한 `Microsoft.KubernetesConfiguration` 리소스 공급자에 등록되어 있지 않은 경우에도 같은 오류가 발생합니다.",
        ],
        fix: lines![
            "클러스터의 프로비저닝 상태가 `Succeeded`가 될 때까지 기다린 다음 서비스 연결을 다시 만듭니다.",
            "[in-progress] 확장에서 이미 실행 중인 작업이 끝날 때까지(프로비저닝 상태가 더 이상 `Updating`이나 `Creating`이 아닐 때까지) 기다린 다음 업데이트나 배포를 다시 실행합니다. 그동안 두 번째 작업을 시작하지 마세요.",
            "구독이 `Microsoft.KubernetesConfiguration`에 등록되어 있는지 확인합니다(다시 등록해도 문제가 없습니다).",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/permission-denied",
        title: "Azure 리소스에 대한 권한 부족",
        cause: lines![
            "작업을 실행하는 ID에 Azure 리소스 ({resource})에 대해 필요한 작업 ({action})을 수행할 권한이 없습니다.",
            "[service-connector] 서비스 커넥터는 사용자를 대신하여 작업합니다. 서비스 연결을 만들려면 사용자의 권한으로 연결하려는 Azure 리소스(클러스터, 대상 서비스, 그리고 일부 인증 유형에서는 대상 서비스의 방화벽 또는 액세스 설정)를 조작할 수 있어야 합니다.",
        ],
        fix: lines![
            "메시지에 나온 리소스에 대한 역할 할당을 확인합니다.",
            "리소스 소유자나 관리자에게서 해당 작업을 허용하는 역할을 받습니다.",
            "[service-connector] 또는 그 역할이 있는 사람에게 서비스 연결을 만들어 달라고 요청합니다.",
            "새 권한이 토큰에 반영되도록 다시 로그인한 다음 다시 시도합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/provider-not-registered",
        title: "구독이 Microsoft.KubernetesConfiguration에 등록되지 않음",
        cause: lines![
            "클러스터 확장과 그에 속하는 서비스 커넥터의 `sc-extension`은 `Microsoft.KubernetesConfiguration` 리소스 공급자의 리소스입니다. 구독 ({subscription})에 이 리소스 공급자가 등록되어 있지 않아 Azure가 리소스 생성을 거부합니다.",
        ],
        fix: lines![
            "구독에 리소스 공급자를 등록합니다(공급자를 등록할 권한이 필요합니다. 예: 구독에 대한 기여자 역할).",
            "등록 상태가 `Registered`가 될 때까지 기다린 다음 작업을 다시 시도합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/extension-failed",
        title: "서비스 커넥터 확장 sc-extension 실패 (클러스터 {cluster})",
        cause: lines![
            "Service Connector는 첫 연결을 만들 때 클러스터 확장 `sc-extension`(`sc-system`의 Helm 차트)을 설치하며, 이 확장이 연결의 Kubernetes 리소스를 만듭니다. 그 설치 또는 업데이트가 실패했습니다.",
            "확장 상태에 이유가 나와 있습니다 (\"{status_message}\").",
            "[job] 상태에 실패한 작업(Job)이 나옵니다. `sc-extension`에서 이 작업은 서비스 연결의 리소스를 만드는 `sc-job`이며, 확장이 실패하는 가장 흔한 원인입니다.",
            "[no-release] `helm list -n sc-system`에 릴리스가 없습니다. 실패한 설치가 롤백되었거나 확장이 제거되었습니다. `sc-extension`이 없으면 클러스터의 어떤 서비스 연결도 작동하지 않습니다.",
        ],
        fix: lines![
            "먼저 `sc-extension`의 `statuses`를 읽습니다(필요하면 `k8s-extension` Azure CLI 확장을 설치합니다). 여기에 충분한 정보가 없으면 클러스터를 살펴봅니다.",
            "클러스터에 연결하여 `sc-system` 네임스페이스가 있는지 확인하고 그 안의 Helm 릴리스를 살펴봅니다.",
            "`sc-system`에서 `sc-job`을 찾습니다. 없다면 성공 후 자동으로 삭제되므로 이미 실행되어 성공했을 가능성이 높습니다. 있는데 완료되지 않는다면 작업의 세부 정보와 로그에서 원인을 확인할 수 있습니다.",
            "원인을 해결한 다음 서비스 연결을 다시 만들거나 업데이트합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/job-failed",
        title: "서비스 커넥터의 sc-job 실패",
        cause: lines![
            "`sc-job`은 `sc-extension`이 설치 또는 업데이트 시 서비스 연결의 리소스를 만들기 위해 실행하는 Kubernetes 작업(Job)입니다. 이 작업의 실패는 확장이 실패하는 가장 흔한 원인입니다.",
            "[job-seen] 붙여 넣은 출력에 `sc-system`의 작업이 실패한 것으로 나옵니다. 재시도 한도에 도달할 때까지 작업의 Pod가 계속 실패했습니다.",
            "[from-status] 확장 상태에 작업이 실패했다고 보고됩니다(`BackoffLimitExceeded`).",
            "[image] 작업의 Pod가 Service Connector 자체 이미지 (여기서는 `{image}`)를 가져오지 못합니다. 설치된 `sc-extension`이 레지스트리에서 더 이상 제공하지 않는 이미지를 가리키거나, 노드가 그 레지스트리에 연결할 수 없습니다. 사용자가 고칠 이미지가 아닙니다.",
            "성공한 `sc-job`은 자동으로 삭제되므로, 아직 남아 있으면서 완료되지 않는 작업을 살펴봐야 합니다.",
        ],
        fix: lines![
            "작업의 세부 정보를 조회하고 로그를 읽습니다. 실패 이유가 나옵니다(예: 존재하지 않는 네임스페이스나 리소스).",
            "로그에 나온 문제를 해결한 다음, 확장이 작업을 다시 실행하도록 서비스 연결을 다시 만들거나 업데이트합니다.",
            "[image] 최신 Azure CLI로 `sc-extension`을 최신 버전으로 맞춥니다(업데이트하거나, 삭제한 뒤 연결을 다시 만들어 새로 설치되게 합니다). 노드에서 `scaksextension.azurecr.io`로 나가는 트래픽이 막혀 있으면 허용합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/leftover-resources",
        title: "삭제된 서비스 연결의 Kubernetes 리소스가 클러스터에 남아 있음",
        cause: lines![
            "서비스 커넥터의 서비스 연결을 삭제해도 그 연결이 만든 Kubernetes 리소스는 삭제되지 않습니다. 네임스페이스 `{ns}`의 {kind} `{names}`은(는) 수동으로 제거할 때까지 남아 있습니다. 이는 예상된 동작이며 해롭지는 않지만, 더 이상 사용하지 않는 자격 증명이 들어 있을 수 있습니다.",
        ],
        fix: lines![
            "해당 리소스가 삭제된 서비스 연결의 것이고, 남아 있는 다른 서비스 연결이나 워크로드가 사용하지 않는지 확인합니다.",
            "kubectl로 삭제합니다.",
            "정리하려고 `sc-extension`이나 `sc-system` 네임스페이스를 제거하지 마세요. 이 확장은 클러스터의 모든 서비스 연결 메타데이터를 보관하므로, 제거하면 모든 연결이 작동하지 않습니다.",
        ],
        commands: lines![],
    },
];
