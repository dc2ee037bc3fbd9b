//! Traditional Chinese (Taiwan) texts of the `pod/` diagnoses.

use crate::texts::Text;

/// Traditional Chinese (Taiwan) texts of `pod/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "pod/image-pull-backoff",
        title: "無法提取映像",
        cause: lines![
            "kubelet 無法擷取容器映像 (`{image}`)，因此容器始終無法啟動；Kubernetes 會以逐漸拉長的退避間隔持續重試。",
            "[registry-unreachable] 此命名空間的每個 Pod 同時提取失敗：原因在叢集，而非單一映像。節點無法連線到容器登錄 (輸出流量、防火牆或 Proxy)，或有原則擋住了代理程式 Pod。",
            "[not-found] 容器登錄回應映像或標籤不存在：名稱或標籤拼錯，或該標籤從未推送過。",
            "[unauthorized] 容器登錄拒絕了要求：提取用的祕密遺失、錯誤或已過期，或節點的身分識別沒有提取權限。",
            "[network] 節點無法連線到容器登錄 (逾時、DNS 錯誤或連線遭拒)：輸出流量遭到封鎖或路由錯誤。",
            "[rate-limit] 登錄限制了提取次數：Docker Hub 依 IP 位址限制匿名提取，經由同一個 NAT 位址連出的節點很快就會達到上限。",
            "[sandbox-image] 失敗的是 Pod 沙箱 (`pause`) 映像：節點的容器執行階段會為每個 Pod 自行提取它，依據的是自己的設定 (containerd 的 `sandbox_image`、kubelet 的 `--pod-infra-container-image`)，使用節點對容器登錄的存取權，而不是 Pod 的 `imagePullSecrets`。在提取成功之前，該節點上的任何 Pod 都無法啟動。",
        ],
        fix: lines![
            "查看 Pod 的 `Failed to pull image` 事件：訊息最後幾個字會指出是映像名稱或標籤錯誤（`not found`）、拉取憑證缺少或被拒（`unauthorized`），還是節點連不到容器登錄（`i/o timeout`）。",
            "[registry-unreachable] 確認節點能連線到容器登錄 (若是 Azure Arc 代理程式：`mcr.microsoft.com` 與其他 Arc 端點)；開放防火牆，或在連線叢集時傳入 Proxy 設定。",
            "[registry-unreachable] 確認代理程式 Pod 是否能排程：檢查節點資源、許可原則以及 `NoSchedule` 污點。",
            "[not-found] 修正工作負載中的映像名稱或標籤，或推送缺少的標籤。",
            "[unauthorized] 在 Pod 所在的命名空間中建立或修正映像提取祕密，並在 `imagePullSecrets` 中參照它，或授與節點身分識別提取權限。",
            "[network] 允許節點對容器登錄的輸出流量 (防火牆、Proxy、DNS)，然後重試。",
            "[rate-limit] 使用認證提取 (Docker Hub 帳戶的 `imagePullSecrets` 項目)，或將映像複製到自己的登錄 (例如 Amazon ECR 或 Azure Container Registry)，並讓工作負載改用該處。",
            "[sandbox-image] 要修正的是節點，而不是工作負載：讓節點的容器執行階段能存取該容器登錄 (認證、網路路徑)，或將 `sandbox_image` 指向節點可連線的容器登錄；在受控的發行版本 (例如 AKS Edge Essentials) 上，使用其自身的工具修復或更新節點設定。",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/crash-loop",
        title: "容器不斷當機 (CrashLoopBackOff)",
        cause: lines![
            "容器啟動後因錯誤而結束，接著一再被重新啟動，間隔也越拉越長。原因可在上一次當機執行的記錄中找到。",
            "[exits-normally] 這次上一回的執行並未失敗：它以結束代碼 0 結束。重新啟動原則為 `Always` 時 (所有 Deployment、DaemonSet 與 StatefulSet)，停止的容器會再被啟動，因此做完工作就結束的命令會不斷重複。",
            "[init] 當機的是 init 容器：在它完成之前，Pod 的應用程式容器不會啟動。",
            "[last-message] 上一次執行結束時的訊息：`{last_message}`。",
            "[arc-agent] 對 Azure Arc 代理程式而言，當機迴圈通常表示代理程式無法向 Azure 驗證或連線到 Azure：可能是缺少受控識別憑證、Proxy 設定有誤，或端點遭到封鎖。",
        ],
        fix: lines![
            "查看當機那次執行的記錄 (`--previous`) 以及 Pod 的事件。",
            "修正記錄所顯示的問題 (設定、缺少的相依項目、錯誤的命令)，然後讓 Pod 重新啟動。",
            "[exits-normally] 讓主要處理程序在前景持續執行，或將一次性的工作改以 Job 執行。",
            "[arc-agent] 依照 Arc Helm 逾時的檢查項目逐一確認：代理程式 Pod、`azure-identity-certificate` 祕密、`kube-aad-proxy` 以及網路需求。",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/not-ready",
        title: "Pod 正在執行，但並非所有容器都已就緒",
        cause: lines![
            "Pod 處於 Running 狀態，但至少有一個容器未通過整備度檢查 (就緒：{ready})，因此 Pod 不會接收流量。",
            "[probe] 整備度探查失敗：容器已啟動，但未依設定作出回應。",
            "[arc-agent] 每個 Azure Arc 代理程式 Pod 的所有容器都必須顯示為就緒 (例如 2/2)；只有部分就緒的代理程式無法維持叢集與 Azure 之間的連線。",
        ],
        fix: lines![
            "檢視 Pod 的詳細資訊 (describe)，找出哪個容器未就緒及其原因 (探查事件)。",
            "查看該容器的記錄，修正讓它無法就緒的問題。",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/pending-resources",
        title: "無法排程 Pod：沒有節點可以容納它",
        cause: lines![
            "排程器找不到可以容納此 Pod 的節點，因此 Pod 停留在 Pending 狀態。",
            "[cpu] 沒有任何節點有足夠的未保留 CPU 可滿足 Pod 的資源要求。",
            "[memory] 沒有任何節點有足夠的未保留記憶體可滿足 Pod 的資源要求。",
            "[pods] 節點已達到 Pod 數目上限。",
            "[node-selector] 沒有任何節點符合 Pod 的節點選取器或親和性。",
            "[no-event] 貼上的內容中沒有排程事件；最常見的原因是節點資源不足。",
            "[nodes-not-ready] 貼上的內容中有 NotReady 節點 (`{node}`)：排程器不會將 Pod 放到未就緒的節點上。",
        ],
        fix: lines![
            "[cpu|memory|pods|no-event] 比較 Pod 的資源要求與節點尚可配置的資源。",
            "[cpu|memory|pods|no-event] 擴大叢集或新增節點集區；若資源要求超出實際所需，也可以將其調低。",
            "[node-selector] 修正節點選取器/親和性，或為節點加上相符的標籤。",
            "[no-event] 檢視 Pod 的詳細資訊 (describe)：排程器的事件會指出確切原因。",
            "[nodes-not-ready] 先讓節點進入 Ready：節點的狀況會說明原因 (kubelet 已停止、網路外掛程式遺失或失敗、資源壓力)。",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/pending-taint",
        title: "無法排程 Pod：未容許節點污點 {taint}",
        cause: lines![
            "[one|fargate|node-condition] 每個能容納此 Pod 的節點都帶有 Pod 未容許的污點 ({taint})，因此停留在 Pending 狀態。",
            "[fargate] 這些是 AWS Fargate 的節點：只有在 Fargate 設定檔選取 Pod (其命名空間與標籤) 且沒有設定將它固定在 EC2 時，Pod 才會在 Fargate 上執行，並由 EKS 的 Fargate 排程器放置。此 Pod 卻交給了預設排程器：沒有設定檔選取它，或它帶有註解 `eks.amazonaws.com/compute-type: ec2` (為 EC2 節點安裝的 CoreDNS 就有)。",
            "[several] 節點分成帶有不同污點 ({taint}) 的集區，而 Pod 一個也不容許；沒有污點的節點也無法接納它 (訊息中列出了原因)。此 Pod 可能本該在其中一個集區執行，卻缺少該集區的容許或節點選取器。",
            "[node-condition] 這個污點不是有人手動設定的：Kubernetes 會依節點的狀況 (未就緒、無法連線、記憶體、磁碟或 PID 不足、已封鎖) 在節點上加上 `{taint_key}`，並在狀況解除後移除。",
        ],
        fix: lines![
            "[one] 新增不帶 `{taint_key}` 污點的節點集區 (或節點)，讓 Pod 有地方可以執行。",
            "[one] 或者，若此工作負載本來就該在這些節點上執行，請為它加上 `{taint_key}` 的容許。",
            "[one] 或者，若污點是誤設的，請將它從節點上移除。",
            "[several] 為工作負載加上它應執行之集區的容許 (以及節點選取器或親和性)；集區的污點是刻意設定的，請勿移除。",
            "[several] 若它應在沒有污點的節點上執行，請為這些節點騰出空間 (訊息中的其他原因，例如 CPU、記憶體或儲存空間)。",
            "[fargate] 建立 (或修正) 選取 Pod 命名空間與標籤的 Fargate 設定檔，或新增 EC2 節點 (節點群組)；請勿移除 Fargate 的污點。",
            "[fargate] 若是僅有 Fargate 之叢集上的 CoreDNS，請從其 Pod 範本移除 `eks.amazonaws.com/compute-type: ec2` 註解並重新啟動。",
            "[node-condition] 找出節點處於該狀況的原因並加以修復 (kubelet、網路外掛程式、釋出磁碟或記憶體；已封鎖的節點執行 `kubectl uncordon`)：之後 Pod 會自行完成排程。請勿移除或容許此污點。",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/container-creating",
        title: "Pod 停滯於 ContainerCreating",
        cause: lines![
            "Pod 已完成排程，但無法建立其容器，最常見的原因是無法掛接磁碟區，或無法設定 Pod 的網路。",
            "[missing-secret|missing-configmap] 磁碟區需要 {missing_kind} `{missing_name}`，但 Pod 的命名空間中沒有這個物件 (另外也缺少：{also_missing})。",
            "[kube-aad-proxy] 對 Azure Arc 的 `kube-aad-proxy` 而言，這表示其憑證祕密 `kube-aad-proxy-certificate` 從未下載到叢集上。",
            "[missing-key] {missing_kind} `{missing_name}` 存在，但沒有 Pod 所參照的索引鍵 `{missing_key}`。",
            "[cni-down] 此處叢集的網路外掛程式並未執行 (`{cni_pod}`)：在它執行之前，沒有任何 Pod 能取得網路沙箱。",
            "[mount-error] kubelet 無法掛接磁碟區 `{volume}`，其驅動程式回應：`{mount_error}`。",
            "[sandbox-network] 此處網路外掛程式無法設定 Pod 的網路沙箱，其回應為：`{sandbox_error}`。",
            "[no-ip] 這表示 Amazon VPC CNI 沒有可指派給 Pod 的 IP 位址：節點的網路介面已無法再容納位址 (受執行個體類型限制)，或子網路已無剩餘位址。",
        ],
        fix: lines![
            "檢視 Pod 的詳細資訊，並查看其事件 (`FailedMount`、`FailedCreatePodSandBox`)：它們說明 Pod 在等待什麼。",
            "[missing-secret|missing-configmap] 在 Pod 的命名空間中建立 {missing_kind} `{missing_name}` (以及 {also_missing}) (或修正 Pod 所參照的名稱)。",
            "[kube-aad-proxy] 檢查 azure-arc 的祕密；若缺少 `kube-aad-proxy-certificate`，請刪除 Arc 部署，並以另一個叢集名稱重新上線。",
            "[missing-key] 在 {missing_kind} `{missing_name}` 中加入索引鍵 `{missing_key}` (或修正 Pod 所參照的索引鍵)。",
            "[cni-down] 請先讓網路外掛程式正常執行 (讀取 `{cni_pod}` 的記錄)；等待中的 Pod 之後會自行啟動。",
            "[mount-error] 修正該回應所指出的問題 (節點上的磁碟區驅動程式或提供者 Pod、其指向的儲存體、其認證)；kubelet 會自行重試掛接。",
            "[sandbox-network] 檢查 Pod 所在節點上的網路外掛程式 Pod (通常是 `kube-system` 中的 DaemonSet) 並讀取其記錄：它未執行、未就緒，或未針對此節點設定。",
            "[no-ip] 釋出或增加位址：使用更大或額外的子網路 (次要 CIDR)、前置詞委派 (在 `aws-node` DaemonSet 上設定 `ENABLE_PREFIX_DELEGATION=true`)，或減少每個節點的 Pod 數。",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/oom-killed",
        title: "容器因記憶體不足而遭終止 (OOMKilled)",
        cause: lines![
            "容器使用的記憶體超過其限制 ({memory_limit})，因此遭核心終止 (結束代碼通常為 137)。",
        ],
        fix: lines![
            "將容器的記憶體限制 (及要求) 提高到實際所需的量，或修正導致記憶體不斷增加的洩漏。",
            "確認節點有足夠的記憶體可滿足新的資源要求。",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/create-config-error",
        title: "無法設定容器：缺少祕密或 ConfigMap",
        cause: lines![
            "容器參照了不存在的祕密或 ConfigMap (或其索引鍵) (在 `env`、`envFrom` 或索引鍵參照中)，因此 kubelet 無法建立其設定。",
            "[missing-secret|missing-configmap] 缺少的物件是 {missing_kind} `{missing_name}` (另外也缺少：{also_missing})。",
            "[missing-key] {missing_kind} `{missing_name}` 存在，但沒有 Pod 所參照的索引鍵 `{missing_key}`。",
        ],
        fix: lines![
            "在 Pod 本身的命名空間中建立缺少的物件，或修正 Pod 所參照的名稱或索引鍵。",
            "若祕密是由服務連接器建立的，請確認該連線存在，且其目標是此命名空間。",
            "[missing-key] 在 {missing_kind} `{missing_name}` 中加入索引鍵 `{missing_key}` (或修正 Pod 所參照的索引鍵)。",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/evicted",
        title: "Pod 因節點資源壓力而遭逐出",
        cause: lines![
            "節點的某項資源不足 ({resource})，kubelet 為了保護自身而逐出 Pod；遭逐出的 Pod 會以 Failed 狀態留在原處，直到被刪除為止。",
        ],
        fix: lines![
            "設定資源要求與限制，讓排程器將 Pod 放在仍有空間的節點上。",
            "找出占滿節點的來源 (耗用大量記憶體的程式，或塞滿磁碟的記錄或映像)，必要時為節點增加容量。",
            "原因修正後，刪除遭逐出的 Pod。",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/error-exit",
        title: "容器因錯誤而結束",
        cause: lines![
            "容器以非零的結束代碼終止 ({exit_code})；原因請見其記錄。",
            "[restarted] Pod 已再次執行且就緒：這次失敗是 kubelet 重新啟動容器之前的最後狀態，很可能會再次發生。",
            "[sigkill] 結束代碼 137 即 128 + 9：處理程序被 SIGKILL 終止，最常見的是核心的記憶體不足 (OOM) 終止程式，或存活探查 (liveness probe) 失敗後由 kubelet 終止。",
        ],
        fix: lines![
            "查看已終止容器的記錄以及 Pod 的事件。",
            "修正失敗的命令或設定，然後重新建立 Pod。",
            "[sigkill] 檢查節點的記憶體壓力 (`kubectl describe node`) 以及 Pod 事件中的 `Liveness probe failed`，再提高記憶體限制或修正探查。",
        ],
        commands: lines![],
    },
];
