//! Traditional Chinese (Taiwan) texts of the `sc/` diagnoses.

use crate::texts::Text;

/// Traditional Chinese (Taiwan) texts of `sc/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "sc/conflict",
        title: "Azure 回應 Conflict：叢集或延伸模組上另一個作業仍在進行中",
        cause: lines![
            "Azure 以狀態 409 Conflict 拒絕了此作業。在 AKS 上使用服務連接器時，這通常表示建立連線時叢集正處於更新狀態：連線所做的變更與仍在進行中的更新發生衝突。",
            "[updating] 貼上的內容顯示叢集的佈建狀態為 `Updating`。",
            "[in-progress] Azure 直接指出：同一資源 (叢集或其延伸模組，例如 Dapr 或 Flux) 上另一個作業仍在進行中。",
            "若訂用帳戶未向叢集延伸模組所需的 `Microsoft.KubernetesConfiguration` 資源提供者註冊，也會出現相同的錯誤。",
        ],
        fix: lines![
            "等候叢集的佈建狀態變為 `Succeeded`，然後重新建立連線。",
            "[in-progress] 等到延伸模組上已在執行的作業完成 (其佈建狀態不再是 `Updating` 或 `Creating`)，再重新執行更新或部署；在此期間不要啟動第二個作業。",
            "確認訂用帳戶已向 `Microsoft.KubernetesConfiguration` 註冊 (重新註冊也不會有任何影響)。",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/permission-denied",
        title: "缺少 Azure 資源的權限",
        cause: lines![
            "執行此作業的身分識別缺少某個所需動作的權限 (動作：{action})，無法對某個 Azure 資源執行該動作 (資源：{resource})。",
            "[service-connector] 服務連接器會代表您執行動作：為了建立連線，它必須能以您的權限操作您所連接的 Azure 資源 (叢集、目標服務，以及某些驗證類型下目標服務的防火牆或存取設定)。",
        ],
        fix: lines![
            "檢查您在訊息所指資源上的角色指派。",
            "取得可授與此動作的角色 (向資源擁有者或系統管理員申請)。",
            "[service-connector] 或請具備此角色的人建立連線。",
            "重新登入，讓新的權限出現在您的權杖中，然後重試。",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/provider-not-registered",
        title: "訂用帳戶未註冊 Microsoft.KubernetesConfiguration",
        cause: lines![
            "叢集延伸模組 (包括服務連接器的 `sc-extension`) 屬於 `Microsoft.KubernetesConfiguration` 資源提供者的資源。此訂用帳戶尚未註冊該提供者 (訂用帳戶：{subscription})，因此 Azure 拒絕建立這些資源。",
        ],
        fix: lines![
            "在訂用帳戶中註冊此資源提供者 (需要註冊提供者的權限，例如訂用帳戶的參與者角色)。",
            "等候其註冊狀態變為 `Registered`，然後重試此作業。",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/extension-failed",
        title: "服務連接器的延伸模組 sc-extension 失敗 (叢集：{cluster})",
        cause: lines![
            "Service Connector 會在建立第一個連線時安裝叢集延伸模組 `sc-extension` (`sc-system` 中的 Helm 圖表)，由它建立連線的 Kubernetes 資源。其安裝或更新失敗。",
            "其狀態說明了原因 (「{status_message}」)。",
            "[job] 狀態中指出某個作業失敗：在 `sc-extension` 中，這就是 `sc-job`，也就是負責建立連線資源的作業，通常正是延伸模組失敗的原因。",
            "[no-release] `helm list -n sc-system` 未顯示任何版本：失敗的安裝已被回復，或延伸模組已遭移除。少了 `sc-extension`，叢集的所有連線都無法運作。",
        ],
        fix: lines![
            "先閱讀 `sc-extension` 的 `statuses` (必要時請先安裝 `k8s-extension` Azure CLI 延伸模組)；若資訊不足，再查看叢集。",
            "連線到叢集，確認 `sc-system` 命名空間存在，並查看其中的 Helm 版本。",
            "在 `sc-system` 中尋找 `sc-job`：若找不到，它很可能已執行成功，因為它在成功後會自行刪除；若它存在卻一直未完成，其詳細資訊和記錄會指出原因。",
            "修正原因後，重新建立或更新連線。",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/job-failed",
        title: "服務連接器的 sc-job 失敗",
        cause: lines![
            "`sc-job` 是 `sc-extension` 在安裝或更新時執行的 Kubernetes 作業，負責建立連線所需的資源。它失敗通常正是延伸模組失敗的原因。",
            "[job-seen] 貼上的內容顯示 `sc-system` 中的作業失敗：其 Pod 不斷失敗，直到達到重試上限。",
            "[from-status] 延伸模組的狀態回報其作業失敗 (`BackoffLimitExceeded`)。",
            "[image] 作業的 Pod 無法提取 Service Connector 自己的映像 (此處為 `{image}`)：已安裝的 `sc-extension` 指向其容器登錄已不再提供的映像，或節點無法連線到該容器登錄。這不是您需要修正的映像。",
            "成功的 `sc-job` 會自行刪除，因此仍然存在且未完成的作業，才是需要查看的對象。",
        ],
        fix: lines![
            "檢視作業的詳細資訊並閱讀其記錄：記錄會說明失敗的原因 (例如不存在的命名空間或資源)。",
            "修正記錄中顯示的問題，然後重新建立或更新連線，讓延伸模組重新執行此作業。",
            "[image] 使用最新的 Azure CLI 將 `sc-extension` 更新到目前的版本 (更新它，或刪除後重新建立連線以重新安裝)；若節點無法對外連線到 `scaksextension.azurecr.io`，請允許該流量。",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/leftover-resources",
        title: "已刪除之連線的 Kubernetes 資源仍留在叢集中",
        cause: lines![
            "刪除服務連接器的連線並不會刪除它所建立的 Kubernetes 資源：命名空間 `{ns}` 中的 {kind} `{names}` 會一直保留，直到手動移除為止。這是預期中的行為且無害，但其中可能含有已不再使用的認證。",
        ],
        fix: lines![
            "確認這些資源屬於已刪除的連線，且沒有其他仍存在的連線或工作負載在使用它們。",
            "使用 kubectl 將它們刪除。",
            "不要為了清理而移除 `sc-extension` 或 `sc-system` 命名空間：此延伸模組保存著叢集中每個連線的中繼資料，移除它會讓所有連線都無法運作。",
        ],
        commands: lines![],
    },
];
