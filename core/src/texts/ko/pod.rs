//! Korean texts of the `pod/` diagnoses.

use crate::texts::Text;

/// Korean texts of `pod/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "pod/image-pull-backoff",
        title: "컨테이너 이미지를 끌어올 수 없음",
        cause: lines![
            "kubelet이 컨테이너 이미지 (`{image}`)를 가져오지 못해 컨테이너가 시작되지 않습니다. Kubernetes는 재시도 간격(백오프)을 점점 늘리면서 계속 다시 시도합니다.",
            "[registry-unreachable] 이 네임스페이스의 모든 Pod가 한꺼번에 끌어오기에 실패하므로 원인은 이미지 하나가 아니라 클러스터입니다. 노드가 레지스트리에 연결할 수 없거나(송신, 방화벽 또는 프록시) 정책이 에이전트 Pod를 막고 있습니다.",
            "[not-found] 레지스트리가 해당 이미지나 태그가 없다고 응답했습니다. 이름이나 태그의 철자가 틀렸거나, 해당 태그가 푸시된 적이 없습니다.",
            "[unauthorized] 레지스트리가 요청을 거부했습니다. 이미지 끌어오기 비밀이 없거나 잘못되었거나 만료되었거나, 노드의 ID에 끌어오기 권한이 없습니다.",
            "[network] 노드가 레지스트리에 연결하지 못했습니다(시간 초과, DNS 오류 또는 연결 거부). 아웃바운드 트래픽이 차단되었거나 잘못 라우팅되고 있습니다.",
            "[rate-limit] 레지스트리가 끌어오기를 제한하고 있습니다. Docker Hub는 IP 주소당 익명 끌어오기 횟수를 제한하므로, 하나의 NAT 주소로 나가는 노드들은 금방 한도에 도달합니다.",
            "[sandbox-image] 실패한 이미지는 파드 샌드박스(`pause`) 이미지입니다. 노드의 컨테이너 런타임이 모든 파드를 위해 자체 설정(containerd의 `sandbox_image`, kubelet의 `--pod-infra-container-image`)과 노드의 레지스트리 접근 권한으로 직접 가져오며, 파드의 `imagePullSecrets`는 쓰이지 않습니다. 이 이미지를 가져오기 전까지 그 노드에서는 어떤 파드도 시작되지 않습니다.",
        ],
        fix: lines![
            "Pod의 `Failed to pull image` 이벤트를 읽습니다. 메시지의 마지막 부분이 이미지 이름이나 태그가 틀렸는지(`not found`), 끌어오기 자격 증명이 없거나 거부되었는지(`unauthorized`), 노드가 레지스트리에 연결하지 못하는지(`i/o timeout`) 알려 줍니다.",
            "[registry-unreachable] 노드가 레지스트리에 연결되는지 확인합니다(Azure Arc 에이전트의 경우 `mcr.microsoft.com`과 다른 Arc 엔드포인트). 방화벽을 열거나 클러스터를 연결할 때 프록시 설정을 전달합니다.",
            "[registry-unreachable] 에이전트 Pod를 예약할 수 있는 상태인지부터 확인합니다. 노드 리소스, 승인(admission) 정책, `NoSchedule` 테인트를 살펴봅니다.",
            "[not-found] 워크로드에서 이미지 이름이나 태그를 바로잡거나, 누락된 태그를 푸시합니다.",
            "[unauthorized] Pod의 네임스페이스에 이미지 끌어오기 비밀을 만들거나 수정하고 `imagePullSecrets`에서 참조합니다. 또는 노드 ID에 끌어오기 권한을 부여합니다.",
            "[network] 노드에서 레지스트리로 나가는 트래픽을 허용한 다음(방화벽, 프록시, DNS) 다시 시도합니다.",
            "[rate-limit] 자격 증명으로 끌어오거나(Docker Hub 계정의 `imagePullSecrets` 항목), 이미지를 자체 레지스트리(Amazon ECR, Azure Container Registry 등)로 복사하고 워크로드가 그곳을 가리키게 합니다.",
            "[sandbox-image] 워크로드가 아니라 노드를 고칩니다. 노드의 컨테이너 런타임에 그 레지스트리에 대한 접근(자격 증명, 네트워크 경로)을 주거나, `sandbox_image`가 노드에서 접근할 수 있는 레지스트리를 가리키게 합니다. 관리형 배포판(예: AKS Edge Essentials)에서는 해당 도구로 노드 구성을 복구하거나 업데이트합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/crash-loop",
        title: "컨테이너가 계속 충돌함(CrashLoopBackOff)",
        cause: lines![
            "컨테이너가 시작된 후 오류로 종료되고, 재시작 간격이 점점 늘어나면서 계속 다시 시작됩니다. 원인은 충돌한 직전 실행의 로그에 있습니다.",
            "[exits-normally] 이 경우 직전 실행은 실패하지 않고 종료 코드 0으로 끝났습니다. 재시작 정책이 `Always`이면(모든 Deployment, DaemonSet, StatefulSet) 멈춘 컨테이너는 다시 시작되므로, 작업을 마치고 끝나는 명령은 계속 반복됩니다.",
            "[init] 크래시가 발생하는 컨테이너는 init 컨테이너이므로, 이 컨테이너가 완료될 때까지 파드의 앱 컨테이너가 시작되지 않습니다.",
            "[last-message] 이전 실행은 다음 메시지로 종료되었습니다: `{last_message}`.",
            "[arc-agent] Azure Arc 에이전트에서 충돌 루프는 대개 에이전트가 Azure에 인증하거나 연결할 수 없다는 뜻입니다. 관리 ID 인증서 누락, 프록시 설정, 차단된 엔드포인트가 주된 원인입니다.",
        ],
        fix: lines![
            "충돌한 실행의 로그(`--previous`)와 Pod의 이벤트를 읽습니다.",
            "로그에 나타난 문제(구성, 누락된 종속성, 잘못된 명령)를 해결한 다음 Pod가 다시 시작되도록 둡니다.",
            "[exits-normally] 주 프로세스가 포그라운드에서 계속 실행되도록 하거나, 한 번만 실행할 작업은 Job으로 실행합니다.",
            "[arc-agent] Arc Helm 시간 초과 문제 해결 항목을 차례로 확인합니다. 에이전트 Pod, `azure-identity-certificate` 비밀, `kube-aad-proxy`, 네트워크 요구 사항을 살펴봅니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/not-ready",
        title: "Pod가 실행 중이지만 일부 컨테이너가 준비되지 않음",
        cause: lines![
            "Pod는 Running 상태이지만 하나 이상의 컨테이너가 준비 상태 검사를 통과하지 못합니다 (준비됨 {ready}). 따라서 Pod가 트래픽을 받지 않습니다.",
            "[probe] 준비 상태 프로브가 실패하고 있습니다. 컨테이너는 실행 중이지만 구성된 대로 응답하지 않습니다.",
            "[arc-agent] 모든 Azure Arc 에이전트 Pod는 모든 컨테이너가 준비된 상태여야 합니다(예: 2/2). 일부만 준비된 에이전트는 클러스터와 Azure 간 연결을 제대로 처리할 수 없습니다.",
        ],
        fix: lines![
            "Pod의 세부 정보(`kubectl describe pod`)에서 어떤 컨테이너가 왜 준비되지 않았는지 확인합니다(프로브 이벤트).",
            "해당 컨테이너의 로그를 읽고, 컨테이너가 준비 상태가 되지 못하게 막는 문제를 해결합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/pending-resources",
        title: "Pod를 예약할 수 없음: Pod를 배치할 수 있는 노드가 없음",
        cause: lines![
            "스케줄러가 Pod를 배치할 수 있는 노드를 찾지 못해 Pod가 Pending 상태로 남아 있습니다.",
            "[cpu] Pod의 CPU 요청을 수용할 만큼 할당 가능한 CPU가 남은 노드가 없습니다.",
            "[memory] Pod의 메모리 요청을 수용할 만큼 할당 가능한 메모리가 남은 노드가 없습니다.",
            "[pods] 노드가 최대 Pod 수에 도달했습니다.",
            "[node-selector] Pod의 노드 선택기 또는 선호도와 일치하는 노드가 없습니다.",
            "[no-event] 붙여 넣은 출력에 예약 이벤트가 없습니다. 가장 흔한 원인은 노드에 이 Pod를 위한 리소스가 부족한 것입니다.",
            "[nodes-not-ready] 붙여 넣은 출력에 NotReady 노드(`{node}`)가 있습니다. 스케줄러는 준비되지 않은 노드에 Pod를 배치하지 않습니다.",
        ],
        fix: lines![
            "[cpu|memory|pods|no-event] Pod의 요청과 노드에서 아직 할당할 수 있는 양을 비교합니다.",
            "[cpu|memory|pods|no-event] 클러스터를 스케일 업하거나 노드 풀을 추가합니다. 요청이 필요 이상으로 크다면 줄입니다.",
            "[node-selector] 노드 선택기/선호도를 수정하거나, 일치하도록 노드에 레이블을 지정합니다.",
            "[no-event] Pod의 세부 정보를 조회합니다. 스케줄러 이벤트에 정확한 이유가 나옵니다.",
            "[nodes-not-ready] 먼저 노드를 Ready 상태로 만듭니다. 노드의 조건에 그 이유가 나옵니다(kubelet 중지, 네트워크 플러그인 없음 또는 실패, 리소스 압박).",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/pending-taint",
        title: "Pod를 예약할 수 없음: 허용되지 않는 노드 테인트 {taint}",
        cause: lines![
            "[one|fargate|node-condition] Pod를 배치할 수 있는 모든 노드에 Pod가 허용하지 않는 테인트 ({taint})가 있으므로, Pod가 Pending 상태로 남아 있습니다.",
            "[fargate] 이 노드는 AWS Fargate의 노드입니다. Fargate 프로필이 Pod(네임스페이스와 레이블)를 선택하고 EC2에 고정하는 설정이 없을 때에만 Pod가 Fargate에서 실행되며, 이때 EKS의 Fargate 스케줄러가 배치합니다. 이 Pod는 대신 기본 스케줄러로 갔습니다. 선택하는 프로필이 없거나, `eks.amazonaws.com/compute-type: ec2` 주석이 있습니다(EC2 노드용으로 설치된 CoreDNS에 있음).",
            "[several] 노드가 서로 다른 테인트 ({taint})를 가진 풀로 나뉘어 있고 Pod는 그중 어느 것도 허용하지 않습니다. 테인트가 없는 노드도 Pod를 받을 수 없습니다(메시지에 그 이유가 나옴). Pod는 아마 그중 한 풀에서 실행되어야 하는데 그 풀의 톨러레이션이나 노드 선택기가 없습니다.",
            "[node-condition] 이 테인트는 누군가 직접 설정한 것이 아닙니다. Kubernetes는 노드의 상태(준비되지 않음, 연결할 수 없음, 메모리·디스크·PID 부족, 코든됨)에 따라 `{taint_key}`를 노드에 추가하고, 상태가 해소되면 제거합니다.",
        ],
        fix: lines![
            "[one] `{taint_key}` 테인트가 없는 노드 풀(또는 노드)을 추가하여 Pod가 실행될 곳을 마련합니다.",
            "[one] 또는 워크로드가 원래 해당 노드에서 실행되어야 한다면 `{taint_key}`에 대한 톨러레이션을 워크로드에 추가합니다.",
            "[one] 또는 테인트가 실수로 설정된 것이라면 노드에서 제거합니다.",
            "[several] 워크로드가 실행되어야 하는 풀의 톨러레이션(과 노드 선택기 또는 어피니티)을 워크로드에 줍니다. 풀의 테인트는 의도된 것이므로 제거하지 않습니다.",
            "[several] 테인트가 없는 노드에서 실행되어야 한다면 그 노드에 여유를 만듭니다(메시지의 다른 이유: CPU, 메모리, 스토리지 등).",
            "[fargate] Pod의 네임스페이스와 레이블을 선택하는 Fargate 프로필을 만들거나 고치고, 또는 EC2 노드(노드 그룹)를 추가합니다. Fargate의 테인트는 제거하지 않습니다.",
            "[fargate] Fargate만 있는 클러스터의 CoreDNS라면 Pod 템플릿에서 `eks.amazonaws.com/compute-type: ec2` 주석을 제거하고 다시 시작합니다.",
            "[node-condition] 노드가 그 상태인 이유를 찾아 해결합니다(kubelet, 네트워크 플러그인, 디스크 또는 메모리 확보, 코든된 노드는 `kubectl uncordon`). 그러면 Pod가 자동으로 예약됩니다. 테인트를 제거하거나 허용하지 마세요.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/container-creating",
        title: "Pod가 ContainerCreating 상태에서 멈춤",
        cause: lines![
            "Pod는 예약되었지만 컨테이너를 만들 수 없습니다. 대부분 볼륨을 탑재할 수 없거나 Pod의 네트워크를 설정할 수 없기 때문입니다.",
            "[missing-secret|missing-configmap] 볼륨에 필요한 {missing_kind} `{missing_name}`이(가) Pod의 네임스페이스에 없습니다 (그 밖에 없는 것: {also_missing}).",
            "[kube-aad-proxy] Azure Arc의 `kube-aad-proxy`에서는 인증서 비밀 `kube-aad-proxy-certificate`가 클러스터에 전달되지 않았다는 뜻입니다.",
            "[missing-key] {missing_kind} `{missing_name}`은(는) 있지만 Pod가 참조하는 키 `{missing_key}`가 없습니다.",
            "[cni-down] 여기서는 클러스터의 네트워크 플러그인이 실행되지 않습니다(`{cni_pod}`). 플러그인이 실행될 때까지 어떤 Pod도 네트워크 샌드박스를 받지 못합니다.",
            "[mount-error] kubelet이 볼륨 `{volume}`을(를) 탑재할 수 없습니다. 드라이버의 응답: `{mount_error}`.",
            "[sandbox-network] 여기서는 네트워크 플러그인이 Pod의 네트워크 샌드박스를 설정하지 못하고 다음과 같이 응답합니다: `{sandbox_error}`.",
            "[no-ip] Amazon VPC CNI에 Pod에 줄 사용 가능한 IP 주소가 없습니다. 노드의 네트워크 인터페이스가 더 이상 주소를 가질 수 없거나(인스턴스 유형의 한도), 서브넷에 남은 주소가 없습니다.",
        ],
        fix: lines![
            "Pod의 세부 정보를 조회하여 이벤트(`FailedMount`, `FailedCreatePodSandBox`)를 읽습니다. Pod가 무엇을 기다리는지 알 수 있습니다.",
            "[missing-secret|missing-configmap] Pod의 네임스페이스에 {missing_kind} `{missing_name}` (및 {also_missing})을(를) 만듭니다(또는 Pod가 참조하는 이름을 바로잡습니다).",
            "[kube-aad-proxy] azure-arc 비밀을 확인합니다. `kube-aad-proxy-certificate`가 없으면 Arc 배포를 삭제하고 다른 클러스터 이름으로 다시 온보딩합니다.",
            "[missing-key] {missing_kind} `{missing_name}`에 키 `{missing_key}`를 추가합니다(또는 Pod가 참조하는 키를 바로잡습니다).",
            "[cni-down] 먼저 네트워크 플러그인을 실행 상태로 만듭니다(`{cni_pod}`의 로그 확인). 대기 중인 Pod는 그 후 자동으로 시작됩니다.",
            "[mount-error] 응답이 가리키는 것을 해결합니다(노드의 볼륨 드라이버 또는 공급자 Pod, 대상 스토리지, 자격 증명). kubelet이 탑재를 자동으로 다시 시도합니다.",
            "[sandbox-network] Pod가 있는 노드의 네트워크 플러그인 Pod(보통 `kube-system`의 DaemonSet)를 확인하고 로그를 읽습니다. 실행 중이 아니거나, 준비되지 않았거나, 이 노드에 맞게 구성되지 않았습니다.",
            "[no-ip] 주소를 확보합니다. 더 크거나 추가된 서브넷(보조 CIDR), 접두사 위임(`aws-node` DaemonSet의 `ENABLE_PREFIX_DELEGATION=true`), 또는 노드당 더 적은 Pod를 사용합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/oom-killed",
        title: "메모리 부족으로 컨테이너가 종료됨(OOMKilled)",
        cause: lines![
            "컨테이너가 메모리 제한 ({memory_limit})보다 많은 메모리를 사용하여 커널이 컨테이너를 종료했습니다(종료 코드는 보통 137입니다).",
        ],
        fix: lines![
            "컨테이너의 메모리 제한(및 요청)을 실제로 필요한 만큼 늘리거나, 메모리 사용량을 계속 늘리는 누수를 수정합니다.",
            "노드에 늘어난 요청을 수용할 만큼 메모리가 있는지 확인합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/create-config-error",
        title: "컨테이너를 구성할 수 없음: 비밀 또는 ConfigMap 누락",
        cause: lines![
            "컨테이너가 존재하지 않는 비밀 또는 ConfigMap(또는 그 키)을 참조하므로(`env`, `envFrom` 또는 키 참조) kubelet이 컨테이너 구성을 만들 수 없습니다.",
            "[missing-secret|missing-configmap] 누락된 개체는 {missing_kind} `{missing_name}`입니다 (그 밖에 없는 것: {also_missing}).",
            "[missing-key] {missing_kind} `{missing_name}`은(는) 있지만 Pod가 참조하는 키 `{missing_key}`가 없습니다.",
        ],
        fix: lines![
            "Pod와 같은 네임스페이스에 누락된 개체를 만들거나, Pod가 참조하는 이름 또는 키를 바로잡습니다.",
            "서비스 커넥터가 만든 비밀이라면 해당 서비스 연결이 존재하고 이 네임스페이스를 대상으로 하는지 확인합니다.",
            "[missing-key] {missing_kind} `{missing_name}`에 키 `{missing_key}`를 추가합니다(또는 Pod가 참조하는 키를 바로잡습니다).",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/evicted",
        title: "노드 리소스 압박으로 Pod가 축출됨",
        cause: lines![
            "노드에 리소스가 부족해져 (부족한 리소스: {resource}) kubelet이 노드를 보호하려고 Pod를 축출했습니다. 축출된 Pod는 삭제될 때까지 Failed 상태로 남아 있습니다.",
        ],
        fix: lines![
            "스케줄러가 여유 있는 노드에 Pod를 배치할 수 있도록 요청과 제한을 설정합니다.",
            "노드를 채우는 원인(메모리를 많이 쓰는 프로세스, 디스크를 채우는 로그나 이미지)을 찾고, 필요하면 노드 용량을 늘립니다.",
            "원인을 해결한 후 축출된 Pod를 삭제합니다.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/error-exit",
        title: "컨테이너가 오류로 종료됨",
        cause: lines![
            "컨테이너가 0이 아닌 종료 코드로 종료되었습니다 (종료 코드 {exit_code}). 원인은 컨테이너 로그에 있습니다.",
            "[restarted] Pod는 다시 실행 중이며 준비되었습니다. 이 실패는 kubelet이 컨테이너를 다시 시작하기 전의 마지막 상태이며, 다시 일어날 가능성이 큽니다.",
            "[sigkill] 종료 코드 137은 128 + 9입니다. 프로세스가 SIGKILL로 종료되었으며, 대개 커널의 메모리 부족(OOM) 킬러나 활성 프로브(liveness probe) 실패 후 kubelet이 종료한 것입니다.",
        ],
        fix: lines![
            "종료된 컨테이너의 로그와 Pod의 이벤트를 읽습니다.",
            "실패하는 명령이나 구성을 수정하고 Pod를 다시 만듭니다.",
            "[sigkill] 노드의 메모리 압박(`kubectl describe node`)과 Pod 이벤트의 `Liveness probe failed`를 확인한 뒤, 메모리 제한을 늘리거나 프로브를 수정합니다.",
        ],
        commands: lines![],
    },
];
