//! Traditional Chinese (Taiwan) texts of the `ext/` diagnoses.

use crate::texts::Text;

/// Traditional Chinese (Taiwan) texts of `ext/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "ext/agent-no-response",
        title: "Azure 未收到叢集延伸模組代理程式的回應",
        cause: lines![
            "Azure 已將作業交給叢集中的延伸模組代理程式，卻在期限前沒有收到回應，原因有下列三種，依常見程度排列。",
            "1. 延伸模組的代理程式和管理員 Pod 未在執行：節點的 CPU 或記憶體不足、許可原則拒絕了它們，或 `NoSchedule` 污點使它們無法落在任何節點上，因此無法排程或啟動。",
            "[pods-down] 貼上的內容正顯示這種情況：有 {down_count} 個代理程式 Pod 並非處於執行中且所有容器皆已就緒的狀態。",
            "[pods-ok] 貼上內容中的代理程式 Pod 都在執行中且已就緒，因此請查看原因 2 和 3。",
            "2. Pod 正在執行，但叢集對 Azure 的輸出流量遭防火牆、Proxy 或網路規則封鎖。",
            "3. Pod 可以連線到 Azure，但延伸模組資料平面以 `Errorcode: 403 … This traffic is not authorized` 拒絕了它們 (請參閱 ext/dp-traffic-not-authorized)。",
        ],
        fix: lines![
            "確認代理程式 Pod 已排程、正在執行且所有容器皆已就緒；對不符合的 Pod 檢視詳細資訊，並依事件所示的內容 (資源、原則、污點) 進行修正。",
            "[aks] 在 AKS 上，代理程式是 `kube-system` 命名空間中的 `extension-agent-*` 和 `extension-operator-*`。",
            "[arc] 在已啟用 Azure Arc 的叢集上，代理程式在 `azure-arc` 命名空間中執行；延伸模組管理員是 `extension-manager-*`。",
            "若 Pod 狀況良好，請開放延伸模組所需的輸出端點：遵循 AKS 的輸出網路與 FQDN 規則 (叢集延伸模組至少需要透過連接埠 443 連線到 `<region>.dp.kubernetesconfiguration.azure.com`、`mcr.microsoft.com` 和 `*.data.mcr.microsoft.com`)。",
            "[arc] 若是已啟用 Arc 的叢集，請檢查 Azure Arc 的網路需求，以及上線時提供的 Proxy 設定。",
            "若網路已開放，請在延伸模組代理程式的記錄中搜尋 `Errorcode: 403`：這就是 ext/dp-traffic-not-authorized 所述的私人連結情況。",
            "代理程式能與 Azure 通訊後，重試延伸模組作業。",
        ],
        commands: lines![],
    },
    Text {
        id: "ext/dp-traffic-not-authorized",
        title: "延伸模組代理程式遭資料平面拒絕：流量被導向私人端點",
        cause: lines![
            "延伸模組代理程式呼叫其區域資料平面端點 `{dp_host}`，但呼叫遭到 `Errorcode: 403, Message This traffic is not authorized` 拒絕；下一行記錄 `Failed to GET configurations` 顯示代理程式完全取不到任何設定。",
            "[private-dns] 在此叢集中，該端點會透過 `privatelink` 別名解析為私人位址 {private_ip}。",
            "當延伸模組資料平面的 Azure Arc 私人連結範圍與此 AKS 叢集共用虛擬網路或私人 DNS 區域時，就會發生此情況：叢集的流量會送往該私人端點，而該端點會拒絕它。",
        ],
        fix: lines![
            "確認原因：在代理程式的記錄中找出 403，然後從代理程式 Pod 內部解析該端點；若回應中有 `privatelink` 別名和私人位址，即可確認是此原因。",
            "在 Azure 入口網站的搜尋中查詢該私人位址：它會帶您找到擁有此位址的資源 (虛擬網路、私人 DNS 區域、Arc 私人連結範圍的私人端點)。",
            "建議的修正方式：將已啟用 Azure Arc 的 Kubernetes 與 AKS 放在不同的虛擬網路中 (並使用各自的私人 DNS)，讓 AKS 解析到公用端點。",
            "若網路必須維持共用，請在 CoreDNS 中覆寫該名稱，只讓此叢集將它解析為公用位址：",
            "a. 從不使用共用私人 DNS 的電腦執行 nslookup，找出端點的公用位址。",
            "[public-ip-unknown] 貼上的內容未顯示公用位址；請將它填入下方 `<public-ip>` 的位置。",
            "b. 備份現有的 `coredns-custom` ConfigMap。",
            "c. 在 `kube-system` 的 `coredns-custom` 中加入名稱以 `.override` 結尾的索引鍵 (例如 `extensionsdp.override`)，內含將端點對應到公用位址、其他名稱一律 fallthrough 的 hosts 區塊：`{hosts_block}` (每個項目一行)。下方的 patch 命令只會加入此索引鍵，並保留其他索引鍵。",
            "d. 重新啟動 CoreDNS，讓它在不停機的情況下重新載入 ConfigMap。",
            "e. 再次從代理程式 Pod 解析端點：現在應回應公用位址，且代理程式的記錄應顯示 `GET configurations returned response code {200}`，而非 `Errorcode: 403`。",
        ],
        commands: lines![],
    },
    Text {
        id: "ext/critical-addons-only-taint",
        title: "無法排程延伸模組 Pod：每個節點集區都有 {taint_key} 污點",
        cause: lines![
            "[scheduler] 排程器回報每個節點都帶有污點 {taint}，而延伸模組的 Pod (例如 Dapr 的 Pod) 沒有對應的容許，因此停留在 Pending，延伸模組也始終無法就緒。",
            "[described] 節點集區帶有污點 `{taint}`，而延伸模組的安裝停滯或逾時：其 Pod 沒有對應此污點的容許，當每個集區都帶有此污點時，Pod 會停留在 Pending，延伸模組也始終無法就緒。",
            "`CriticalAddonsOnly` 是為只執行重要系統附加元件的系統節點集區而設計的。當叢集的每個集區都有這個污點時，其他任何東西都無法排程到任何地方，延伸模組和應用程式也不例外。",
        ],
        fix: lines![
            "確認延伸模組的 Pod 處於 Pending，且其事件指出未容許的 `{taint_key}` 污點。",
            "新增不帶 `{taint_key}` 污點的節點集區；延伸模組的 Pod 會排程到該集區上。",
            "或者，若可行且實際，從某個節點集區移除此污點，讓延伸模組得以安裝。",
            "除非工作負載確實需要，否則不要將延伸模組安裝在帶有 `CriticalAddonsOnly` 污點的節點集區上，也絕對不要在叢集唯一的節點集區上設定此污點：至少要有一個集區不帶這個污點。",
        ],
        commands: lines![],
    },
    Text {
        id: "ext/extension-failed",
        title: "叢集延伸模組失敗 ({extension})",
        cause: lines![
            "[failed] `az k8s-extension show` 回報延伸模組為 `provisioningState: Failed`：延伸模組服務無法安裝或更新它。",
            "[degraded] `az k8s-extension show` 回報延伸模組的狀態層級為 Error 或 Warning：它已安裝，但未正常運作。",
            "[operation] 延伸模組服務回報對延伸模組的作業 (建立、更新或刪除) 失敗。",
            "其狀態說明了原因 (「{status_message}」)。",
            "狀態訊息會指出真正的原因；若 kubetriage 辨識出對應的診斷 (代理程式、網路、Helm、污點)，會與此項目一併顯示。",
            "[resources] 訊息顯示有 Pod 因 CPU 或記憶體不足而無法排程：對此延伸模組而言，節點太小或太忙碌。",
            "[taint] 訊息顯示有 Pod 不容許某個節點污點。",
            "[timeout] 訊息顯示逾時：延伸模組的資源未能及時就緒。",
            "[chart-not-found] 登錄中沒有圖表 {chart}：此延伸模組版本尚未在該處發佈，或不在此雲端或區域中。",
        ],
        fix: lines![
            "先閱讀延伸模組的 `statuses` (以及 `errorInfo`)；只有在資訊不足時才去查看叢集記錄。",
            "依照與此項目一併顯示的診斷，修正訊息所指出的原因。",
            "[resources] 為延伸模組騰出節點空間：擴充節點集區或新增節點集區，或調低其他工作負載的資源要求。",
            "[timeout] 查看 Helm 版本所在命名空間的事件，找出未就緒的 Pod、作業或其他資源。",
            "[chart-not-found] 以存在的版本 (`--version`) 建立或更新延伸模組，或讓其發行訓練選擇版本 (`--auto-upgrade-minor-version true`)。",
            "接著重試延伸模組作業 (更新，或刪除後重新建立)，並檢查其狀態。",
        ],
        commands: lines![],
    },
];
