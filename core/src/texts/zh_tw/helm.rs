//! Traditional Chinese (Taiwan) texts of the `helm/` diagnoses.

use crate::texts::Text;

/// Traditional Chinese (Taiwan) texts of `helm/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "helm/resource-readiness-timeout",
        title: "Helm 等候版本的資源就緒時逾時",
        cause: lines![
            "[timeout] Helm 已建立圖表的資源 (Pod、作業) 並等候它們就緒或完成，但在逾時前未達成，因此安裝或升級失敗 (不可部分完成的作業會回復)。",
            "[job] 圖表中的某個作業 (圖表的資源之一，或 `post-install`、`post-upgrade` 等掛勾) 已確定失敗 (`BackoffLimitExceeded`)：其 Pod 不斷失敗，直到達到作業的重試上限，因此安裝或升級失敗。",
            "常見原因：新 Pod 所需的 CPU 或記憶體不足、原則或 `NoSchedule` 污點讓 Pod 無法放到節點上、Linux Pod 被排到 Windows 節點 (或相反)，或某個組態值讓 Pod 無法啟動。",
        ],
        fix: lines![
            "確認節點有足夠空間容納版本的要求，且 Pod 可在節點上執行 (污點、准入原則)。",
            "確認 Linux Pod 位於 Linux 節點、Windows Pod 位於 Windows 節點 (`kubernetes.io/os`)。",
            "查看 Helm 版本所在命名空間的事件，找出未就緒的 Pod、作業或資源及其原因。",
            "[job] 查看失敗作業之 Pod 的記錄：記錄會說明失敗的原因。",
            "檢查提供給延伸模組或圖表的 Helm 值：每個必要的值都必須存在且正確。",
            "修正原因後，重試安裝或更新。",
        ],
        commands: lines![],
    },
    Text {
        id: "helm/chart-download-failed",
        title: "無法從存放庫下載 Helm 圖表",
        cause: lines![
            "[cluster] 無法從存放庫 URL 擷取延伸模組的 Helm 圖表 (來源：{repo_host})。這是叢集與存放庫之間的連線問題：防火牆或其他輸出封鎖擋下了下載。",
            "[cli] Helm 無法擷取圖表 (來源：{repo_host})：執行 `helm` 的這部電腦無法連線到存放庫，或存放庫拒絕了要求。",
            "[chart-ref] Helm 在已新增的存放庫中找不到圖表 `{chart}`：存放庫未新增、索引已過期，或圖表或版本不存在。",
            "[timeout] 連線逾時：流量在途中遭到丟棄，通常是防火牆所致，或是缺少通往網際網路的路由。",
            "[refused] 存放庫或中間的 Proxy 拒絕了要求。",
            "[dns] 無法解析存放庫的主機名稱。",
            "[tls] TLS 連線因憑證問題而失敗：最常見的元兇是會檢查 TLS 流量的 Proxy。",
        ],
        fix: lines![
            "[cluster] 透過防火牆或 Proxy，允許叢集對圖表存放庫的輸出 HTTPS 流量 (來源：{repo_host})。",
            "[cluster] 遵循 AKS 針對叢集延伸模組的輸出網路與 FQDN 規則，其中列出了必須可連線的端點。",
            "[cluster] 存放庫可以連線後，重試延伸模組作業。",
            "[cli] 確認這部電腦能連線到存放庫 (`HTTPS_PROXY` 等 Proxy 設定、防火牆、DNS)，然後再次執行命令。",
            "[chart-ref] 若缺少存放庫請新增 (`helm repo add`)，執行 `helm repo update`，並檢查圖表的名稱與版本。",
            "[oci] 若 OCI 登錄中的圖表是私人的，請先登入 (`helm registry login`)，並檢查圖表路徑：對於不存在的路徑，登錄同樣會拒絕匿名權杖。",
        ],
        commands: lines![],
    },
    Text {
        id: "helm/render-failed",
        title: "Helm 圖表無法以提供的值進行轉譯",
        cause: lines![
            "[extension] 延伸模組的圖表會以作為 Helm 值傳入的組態設定進行轉譯；圖表所需的某個設定遺失，或其值不被接受，因此在安裝任何內容之前轉譯就停止了。",
            "[fail] 圖表的範本在所需的值遺失或不被接受時，會刻意 (以 `required` 或 `fail`) 停止轉譯，因此不會安裝任何內容。",
            "[nil] 圖表的某個範本讀取了未設定之值的欄位 (`{template_value}`)：圖表預期的某段值遺失或巢狀結構不同，或圖表是為其他 Helm 版本撰寫的。",
            "圖表本身的訊息會指出是哪個設定 (「{render_error}」)。",
        ],
        fix: lines![
            "查閱延伸模組或應用程式的文件，確認其必要的組態設定及可接受的值。",
            "修正或新增該設定 (`az k8s-extension` 的 `--configuration-settings` / `--configuration-protected-settings`，若是一般 Helm 則為 `--set` / `-f`)，然後重試。",
            "[nil] 將提供的值與圖表的預設值比較：範本讀取的路徑中每一層都必須存在。",
        ],
        commands: lines![],
    },
    Text {
        id: "helm/resource-exists",
        title: "叢集中已存在圖表的某項資源",
        cause: lines![
            "圖表要建立的資源已經存在，且不屬於此版本，因此 Helm 拒絕接管，安裝隨之中止。",
            "[named] 發生衝突的資源是 {res_kind} `{res_name}` (位於命名空間 {res_ns})。",
            "[other-release] 它屬於另一個 Helm 版本 `{owner_release}`：先前已用其他方式安裝過相同的軟體。",
        ],
        fix: lines![
            "找出衝突資源的擁有者，以及是否仍有任何項目需要它。",
            "若它並不重要且可以移除，請將它刪除 (或解除安裝擁有它的版本)，然後重試安裝。",
            "若它不可或缺且無法取代，就無法以目前的方式安裝此應用程式：請保留現有的安裝，或先將它移開。",
            "[crd] 不要為了騰出位置而刪除 CustomResourceDefinition：這會刪除整個叢集中該種類的所有物件。請讓擁有它的安裝保留它，並以不含它的方式安裝此圖表 (圖表的值，或對 `crds/` 資料夾使用 `--skip-crds`)。",
            "[adopt] 若要保留它並從此交由版本 `{adopt_release}` 管理，請加上 Helm 要求的標籤和註解 (Helm 3.2 或更新版本)，然後重試。",
        ],
        commands: lines![],
    },
    Text {
        id: "helm/operation-in-progress",
        title: "此版本已有另一個 Helm 作業正在進行",
        cause: lines![
            "Helm 對每個版本一次只允許一個作業；此版本的另一個安裝、升級或回復尚未完成，因此這次的作業遭到拒絕。",
            "[pending] 版本 `{release}` 的狀態為 `{status}`：造成此狀態的作業尚未完成，或在完成前就已中斷。",
        ],
        fix: lines![
            "等候 10 分鐘，讓執行中的作業完成，然後重試。",
            "[helm] 若之後版本仍長時間停留在 `pending-*` 狀態，表示先前的作業中途中斷：請查看版本歷程記錄，回復到最後一個正常的修訂，再重試。",
            "[rollback] 歷程記錄顯示最後一個已部署的修訂為 {good_revision}：確認沒有 Helm 程序仍在處理此版本後，回復到該修訂。",
        ],
        commands: lines![],
    },
];
