//! Traditional Chinese (Taiwan) texts of the `arc/` diagnoses.

use crate::texts::Text;

/// Traditional Chinese (Taiwan) texts of `arc/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "arc/wrong-subscription",
        title: "Azure CLI 指向錯誤的訂用帳戶",
        cause: lines![
            "Azure 回應訂用帳戶或資源群組不存在。使用 `az connectedk8s` 和 `az k8s-configuration` 時，這幾乎都表示 CLI 登入的訂用帳戶與資源所在的訂用帳戶不同。",
        ],
        fix: lines![
            "確認 CLI 目前使用哪個訂用帳戶，並切換到包含已連線叢集及其資源群組的訂用帳戶。",
            "重新執行失敗的命令。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/helm-release-missing",
        title: "Azure Arc Helm 版本遺失或未部署",
        cause: lines![
            "已啟用 Arc 的叢集，其代理程式是由 Helm 版本 `azure-arc` 安裝；狀態正常時會顯示 `STATUS: deployed`。",
            "[not-found] Helm 完全找不到此版本：代理程式從未安裝，或已遭移除。",
            "[not-deployed] 此版本存在，但狀態為 `{status}`，表示代理程式的安裝並未完成。",
        ],
        fix: lines![
            "使用下方命令檢查此版本。",
            "再次將叢集連線至 Azure Arc；若有只完成一半連線的資源，請先將它刪除。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/agents-unhealthy",
        title: "並非所有 Azure Arc 代理程式都在執行中且已就緒",
        cause: lines![
            "`azure-arc` 命名空間中的每個 Pod 都必須處於 Running 狀態，且所有容器皆已就緒 (READY n/n)；目前有部分 Pod 不符合，因此叢集與 Azure 之間的連結已降級。",
            "[crashing] 代理程式處於 Error 或 CrashLoopBackOff：其記錄會說明失敗的原因。",
            "[pending] 代理程式停滯於 Pending：最可能是節點資源不足，無法排程它們。",
            "[image-pull] 代理程式無法提取其映像：叢集無法連線到容器登錄 (輸出流量、防火牆、Proxy)。",
            "[not-ready] 代理程式正在執行，但有部分容器未就緒。",
            "[deployment] 部署 `{deployment}` 的就緒複本數少於預期。",
        ],
        fix: lines![
            "列出代理程式，並檢視每個未達 n/n Running 的 Pod 的詳細資訊。",
            "[crashing|not-ready] 查看失敗容器的記錄 (已當機的容器請加上 `--previous`)。",
            "[pending] 擴大叢集或新增節點，讓代理程式可以排程。",
            "[image-pull] 允許對 Arc 端點和容器登錄的輸出存取，或在連線時傳入 Proxy 設定。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/provisioning-timeout",
        title: "連線時 Azure 資源佈建失敗或逾時",
        cause: lines![
            "無法在允許的時間內於 Azure 中建立已連線叢集資源。這通常是因為已啟用 Azure Arc 的 Kubernetes 服務正發生作用中的事件。",
        ],
        fix: lines![
            "查看 Azure 狀態 (以及您訂用帳戶的服務健康狀態)，確認是否有作用中的事件影響已啟用 Azure Arc 的 Kubernetes。",
            "若有，請等候事件解決，刪除現有的已連線叢集資源，然後重新上線。",
            "若沒有事件，而上線仍持續失敗，請開啟支援票證。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/overage-claims",
        title: "權杖遭拒：超額宣告",
        cause: lines![
            "此身分識別的權杖帶有超額宣告：服務主體隸屬於超過 200 個 Microsoft Entra 群組，而這並不受支援。",
            "若叢集位於不允許 `https://<region>.obo.arc.azure.com:8084/` 的輸出 Proxy 後方，也會出現相同的錯誤。",
        ],
        fix: lines![
            "改用隸屬群組少於 200 個的服務主體，或將原本的服務主體從部分群組中移除，然後重試。",
            "若叢集位於輸出 Proxy 後方，請允許 `https://<region>.obo.arc.azure.com:8084/` (換成您的區域)。",
            "若兩者皆不適用，請開啟支援要求。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/diagnostic-chart-pull",
        title: "連線前置檢查無法提取 cluster-diagnostic-checks 圖表",
        cause: lines![
            "上線之前，CLI 會從 Helm 圖表執行診斷檢查，但叢集無法擷取該圖表。端點 `https://k8connecthelm.azureedge.net` 遭到封鎖時，就會發生這種情況。",
            "[registry] 此 CLI 會從 `{registry}` 提取圖表。",
        ],
        fix: lines![
            "允許從叢集以及執行 CLI 的電腦對 `https://k8connecthelm.azureedge.net` 進行輸出存取。",
            "[registry] 確認從兩者都能解析 `{registry}`，且其在連接埠 443 上有回應 (DNS、防火牆、Proxy)；若該登錄不存在於您的雲端，則需要較新或已修正的 CLI 延伸模組。",
            "確認已符合已啟用 Azure Arc 的 Kubernetes 的其他所有網路需求，然後再次連線。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/msi-certificate",
        title: "無法擷取受控識別 (MSI) 憑證",
        cause: lines![
            "代理程式無法擷取與 Azure 通訊所需的受控識別憑證。原因幾乎都出在網路：有端點遭到封鎖，或 Proxy 未設定。",
        ],
        fix: lines![
            "確認已符合已啟用 Azure Arc 的 Kubernetes 的所有網路需求 (輸出端點、Proxy、DNS)。",
            "重試此作業。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/insufficient-cluster-permissions",
        title: "kubeconfig 使用者沒有安裝 Arc 代理程式的權限",
        cause: lines![
            "Azure CLI 會使用您的 kubeconfig 安裝代理程式，但使用者 `{user}` 沒有執行此操作的權限。將叢集連線至 Azure Arc 需要該叢集的 `cluster-admin` 權限。",
        ],
        fix: lines![
            "為負責連線叢集的使用者指派 `cluster-admin` 角色 (或改用具有此角色的 kubeconfig 內容)。",
            "再次連線叢集。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/openshift-connect-timeout",
        title: "將 OpenShift 叢集連線至 Azure Arc 時逾時",
        cause: lines![
            "在 OpenShift 上，若叢集版本太舊，或 `kube-aad-proxy` 服務帳戶不允許以特殊權限執行，`az connectedk8s connect` 就會逾時。",
        ],
        fix: lines![
            "確認 OpenShift 的版本為 4.5.41+、4.6.35+ 或 4.7.18+。",
            "連線之前，先將 privileged SCC 授與 `azure-arc-kube-aad-proxy-sa` 服務帳戶 (命令如下)。",
            "再次連線叢集。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/helm-upgrade-timeout",
        title: "安裝 Azure Arc 代理程式逾時 (Helm)",
        cause: lines![
            "Azure CLI 等不到代理程式的 Helm 版本就緒，因而放棄。可能是部分代理程式無法啟動，或是叢集提取其映像所需的時間超過 CLI 的等候時間。",
            "[agents-crashing] 貼上的內容顯示 clusterconnect-agent 或 config-agent 未正常執行。",
        ],
        fix: lines![
            "列出代理程式 (`kubectl get pods -n azure-arc`)。",
            "檢查 clusterconnect-agent 或 config-agent 是否陷入當機迴圈，或有容器未在執行。",
            "列出 azure-arc 的祕密：若沒有 `azure-identity-certificate`，表示系統指派的受控識別並未安裝；請使用 `az connectedk8s delete` 刪除 Arc 部署，然後再次連線 (若有 Proxy，請透過 Proxy 連線)。",
            "若 clusterconnect-agent 和 config-agent 正在執行，卻沒有 `kube-aad-proxy` Pod，請檢查 Pod 安全性原則：其服務帳戶必須獲准掛接主機路徑。",
            "若 `kube-aad-proxy` 停滯於 ContainerCreating，請檢查是否有 `kube-aad-proxy-certificate` 祕密；若沒有，請刪除部署並以另一個叢集名稱上線。",
            "在慢速連線上，映像提取可能會超過 CLI 的逾時時間：讓 Pod 完成提取後，再次連線。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/identity-certificate-missing",
        title: "未安裝受控識別：缺少 azure-identity-certificate",
        cause: lines![
            "azure-arc 的祕密中沒有 `azure-identity-certificate`，表示叢集的系統指派受控識別從未安裝；代理程式無法進行驗證，Helm 安裝因而逾時。",
        ],
        fix: lines![
            "使用 `az connectedk8s delete` 刪除 Arc 部署，然後再次連線叢集。",
            "若問題再次發生，可能是 Proxy 的問題：請帶入輸出 Proxy 的參數，透過 Proxy 連線。",
            "確認已符合所有網路需求。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/kube-aad-proxy-missing",
        title: "缺少 kube-aad-proxy Pod",
        cause: lines![
            "clusterconnect-agent 和 config-agent 正在執行，但沒有任何 `kube-aad-proxy` Pod。它以服務帳戶 `azure-arc-kube-aad-proxy-sa` 執行，此帳戶不需要系統管理員權限，但必須獲准掛接主機路徑；目前有 Pod 安全性原則擋下了它。",
        ],
        fix: lines![
            "檢查叢集的 Pod 安全性原則 (或許可原則)，允許 `azure-arc-kube-aad-proxy-sa` 掛接主機路徑。",
            "查看 kube-aad-proxy 的 ReplicaSet 事件，找出遭拒的原因。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/kube-aad-proxy-cert-missing",
        title: "kube-aad-proxy 停滯：其憑證從未送達",
        cause: lines![
            "kube-aad-proxy 無法啟動，因為 azure-arc 命名空間中沒有 `kube-aad-proxy-certificate` 祕密。",
        ],
        fix: lines![
            "刪除 Arc 部署，並使用不同的叢集名稱重新上線。",
            "若之後憑證仍然遺失，請開啟支援要求。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/cryptohash-module",
        title: "Azure CLI 延伸模組缺少原生模組 (Crypto.Hash._MD5)",
        cause: lines![
            "新增 `connectedk8s` 或 `k8s-configuration` 延伸模組時，其相依的模組未正確下載，因此 CLI 無法載入該模組。",
        ],
        fix: lines!["從本機環境移除這兩個延伸模組，然後重新新增。"],
        commands: lines![],
    },
    Text {
        id: "arc/cluster-connect-no-agent",
        title: "無法使用叢集連線：沒有已連線的代理程式",
        cause: lines![
            "叢集連線功能在叢集端沒有代理程式，因此 `az connectedk8s proxy` 無法開啟工作階段。當 `clusterconnect-agent` 和 `kube-aad-proxy` 都不存在時，表示叢集上已停用此功能。",
            "[agents-absent] azure-arc 的 Pod 清單中既沒有 clusterconnect-agent，也沒有 kube-aad-proxy。",
        ],
        fix: lines![
            "在叢集上啟用叢集連線功能。",
            "若位於輸出 Proxy 或防火牆後方，請允許對 `*.servicebus.windows.net` 的 WebSocket 連線。",
            "使用最新版的 connectedk8s Azure CLI 延伸模組。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/custom-locations-oid",
        title: "未啟用自訂位置：無法讀取應用程式的物件識別碼",
        cause: lines![
            "[skipped] 您是以無權讀取 Microsoft Entra 應用程式的服務主體登入，因此 CLI 無法查詢自訂位置應用程式的物件識別碼，便在未啟用此功能的情況下繼續執行。",
            "[lookup-refused] 您手動執行了自訂位置應用程式的查詢 (`az ad sp show --id bc313c14-…`)，但遭 `Insufficient privileges` 拒絕：目前登入的身分識別無權讀取 Microsoft Entra 應用程式。`connect` 與 `enable-features` 會執行相同的查詢，也會因同樣的原因略過自訂位置。",
            "[not-enabled] 建立自訂位置失敗，因為 `Microsoft.ExtendedLocation` 提供者無法在叢集上建立命名空間：該叢集從未啟用自訂位置功能 (以服務主體連線時，若無法讀取應用程式的物件識別碼，就會略過此功能)。",
        ],
        fix: lines![
            "以使用者帳戶登入 Azure CLI，讀取 Azure Arc 所使用之應用程式的物件識別碼 (較新版的 CLI 會以 `id` 傳回，舊版則以 `objectId` 傳回)。",
            "再以服務主體重新登入，並在連線時或對現有叢集以 `--custom-locations-oid` 傳入該物件識別碼。",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/outbound-connectivity",
        title: "連線叢集失敗：網路要求無法送達",
        cause: lines![
            "連線叢集需要網路存取：從這台電腦到叢集的 API 伺服器，以及從叢集到一組 Azure 端點；其中部分要求失敗了。",
            "[dns] 叢集上的名稱解析失敗：無法解析端點的名稱。",
            "[proxy] 叢集位於輸出 Proxy 後方，而該 Proxy 拒絕了流量，或流量根本沒有交給它。",
            "[egress] 連線逾時或遭拒：防火牆封鎖了流量。",
            "[cluster-api] 失敗的要求送往的是叢集本身的 API 伺服器 (`{api_server}`)，而不是 Azure：這台電腦無法連線到 kubeconfig 中的位址 (VPN、防火牆、私人位址或錯誤的內容)。",
            "[no-kubeconfig] 要求送往了 `{api_server}`，這是 Kubernetes 用戶端沒有 kubeconfig 時使用的位址：找不到 kubeconfig，或其目前內容未指向任何叢集。",
            "[tls-inspection] 路徑上的憑證不受信任：檢查 TLS 的 Proxy 或防火牆以自己的憑證授權單位重新簽署了流量。",
        ],
        fix: lines![
            "逐一檢查已啟用 Azure Arc 的 Kubernetes 的網路需求 (端點和連接埠)。",
            "[proxy] 上線時傳入 Proxy 參數 (`--proxy-https`、`--proxy-http`、`--proxy-skip-range`、`--proxy-cert`)，並確認 Proxy 允許這些端點。",
            "[dns] 在叢集上對 DNS 解析進行偵錯 (CoreDNS Pod、上游解析程式)。",
            "[cluster-api] 連線之前，先確認在這台電腦上以相同的 kubeconfig 與內容 (`--kube-config`、`--kube-context`)，`kubectl` 能夠連到叢集。",
            "[no-kubeconfig] 為命令指定叢集的 kubeconfig (`--kube-config` 或 `KUBECONFIG`)，並確認其目前內容就是該叢集。",
            "[tls-inspection] 上線時提供檢查用 Proxy 的 CA 憑證 (`--proxy-cert <file>`)，或將 Azure Arc 端點排除在 TLS 檢查之外。",
        ],
        commands: lines![],
    },
];
