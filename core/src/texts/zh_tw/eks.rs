//! Traditional Chinese (Taiwan) texts of the `eks/` diagnoses.

use crate::texts::Text;

/// Traditional Chinese (Taiwan) texts of `eks/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "eks/subnet-not-found",
        title: "本機叢集的子網路不存在 (ResourceNotFound)",
        cause: lines![
            "Amazon EKS 找不到建立本機叢集時指定的某個子網路 (找不到的是 {subnet_id})，因此無法放置控制平面執行個體，叢集會一直停留在 CREATING。",
            "通常是子網路已遭刪除 (例如隨著建立它的 CloudFormation 堆疊一起刪除)、ID 打錯字，或子網路屬於與叢集不同的帳戶或區域。",
        ],
        fix: lines![
            "在叢集所在的帳戶和區域中，使用 `aws ec2 describe-subnets` 檢查 `resourceIds` 中列出的每個子網路 ID (此處為 {subnet_ids})。",
            "若某個子網路已不存在，或從未位於此帳戶/區域中，請刪除本機叢集，並使用 Outpost 上確實存在的子網路重新建立。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/subnets-different-vpc",
        title: "本機叢集的子網路位於不同的 VPC (ConfigurationConflict)",
        cause: lines![
            "提供給本機叢集的子網路並非全都屬於同一個 VPC (此處提供的子網路為 {subnet_ids})。本機叢集只存在於單一 VPC 中，因此 EKS 拒絕此設定。",
        ],
        fix: lines![
            "查詢每個子網路所屬的 VPC，只保留屬於同一個 VPC 的子網路。",
            "刪除本機叢集，並使用全部位於同一個 VPC、且位於叢集 Outpost 上的子網路重新建立。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/subnet-wrong-outpost",
        title: "本機叢集的子網路位於其他 Outpost 上 (ConfigurationConflict)",
        cause: lines![
            "提供給本機叢集的某個子網路 (此處為 {subnet_id}) 屬於另一個 Outpost (此處為 {other_outpost})，而不是建立叢集所在的 Outpost (此處為 {outpost_arn})。本機叢集的所有子網路都必須位於叢集本身的 Outpost 上。",
        ],
        fix: lines![
            "列出每個子網路所屬的 Outpost，並替換位於其他 Outpost 上的子網路。",
            "刪除本機叢集，並使用全部位於叢集 Outpost 上的子網路重新建立。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/subnet-not-on-outpost",
        title: "本機叢集的子網路不在 Outpost 上 (ConfigurationConflict)",
        cause: lines![
            "提供給本機叢集的某個子網路是一般的區域子網路，不屬於任何 Outpost (此子網路為 {subnet_id})。本機叢集的控制平面在 Outpost 上執行，因此每個子網路都必須是 Outpost 子網路。",
        ],
        fix: lines![
            "選擇在叢集 Outpost 上建立的子網路 (其 `OutpostArn` 有值)。",
            "刪除本機叢集，並僅使用 Outpost 子網路重新建立。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/subnet-no-free-addresses",
        title: "叢集的子網路沒有可用的 IP 位址",
        cause: lines![
            "[outpost|in-region] EKS 需要叢集子網路中有可用位址 (子網路：{subnet_id})，才能為控制平面建立彈性網路介面，但子網路剩餘的位址太少 (EC2 錯誤 `InsufficientFreeAddressesInSubnet`)。",
            "[pod-ips] VPC CNI (`aws-node`) 從節點子網路 (子網路：{subnet_id}) 為每個 Pod 分配位址，而 EC2 表示已無剩餘位址，新的 Pod 因此拿不到 IP。",
            "[nodes] 節點群組或 Karpenter 啟動的每個工作節點都需要子網路 (子網路：{subnet_id}) 中的一個位址，而 EC2 表示子網路剩餘的位址太少，節點因此無法啟動。",
        ],
        fix: lines![
            "釋出子網路中的位址：刪除其中未使用的網路介面或執行個體。",
            "[pod-ips] 刪除子網路中 `available` 的網路介面、調低 `WARM_IP_TARGET`，或讓 Pod 使用次要 CIDR 區塊 (自訂網路)。",
            "[nodes] 或在仍有可用位址的子網路中啟動節點：調整節點群組的子網路，或 Karpenter 的 EC2NodeClass 所選取的子網路。",
            "[outpost] 或改用 Outpost 上較大的子網路 (較大的 CIDR 區塊) 來放置控制平面網路介面，並以此子網路重新建立本機叢集。",
            "[in-region] 或為叢集指定仍有可用位址的子網路：以 `update-cluster-config` 更新叢集的子網路清單 (新的子網路必須位於叢集的 VPC 中，且在 EKS 支援的可用區域內)。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/instance-type-unsupported",
        title: "Outpost 上沒有此控制平面執行個體類型 (ConfigurationConflict)",
        cause: lines![
            "Outpost (此處為 {outpost_arn}) 並未提供為本機叢集選擇的控制平面執行個體類型 (此處為 {instance_type})；EC2 拒絕啟動 (`InvalidParameterValue`)。",
            "現有本機叢集的執行個體類型無法變更，因此叢集無法自行從這種狀況中復原。",
        ],
        fix: lines![
            "列出 Outpost 實際提供的執行個體類型，並從中選擇一種用於控制平面。",
            "刪除本機叢集，並使用 Outpost 上可用的執行個體類型重新建立。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/instance-terminated",
        title: "控制平面執行個體意外終止 (InternalFailure)",
        cause: lines![
            "本機叢集的控制平面 EC2 執行個體 (此處為 {instance_id}) 已終止，或在啟動後變成 Terminated；Outpost 重新連線到其區域後的一段時間內，內部 Amazon EBS 錯誤可能造成此情況。",
        ],
        fix: lines![
            "檢查控制平面執行個體是否曾遭終止 (被人終止，或在 Outpost 中斷連線之後)；EKS 會持續嘗試協調叢集。",
            "若問題未消除，可能必須刪除並重新建立本機叢集。",
            "若問題持續發生，請聯絡 AWS Support。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/outpost-capacity",
        title: "Outpost 上的容量不足以執行控制平面",
        cause: lines![
            "Outpost (此處為 {outpost_arn}) 沒有可用容量來啟動或開始控制平面執行個體 (EC2 `InsufficientCapacityOnOutpost`)。",
            "若在建立叢集期間 Outpost 與其 AWS 區域中斷連線，也會出現相同的錯誤。",
        ],
        fix: lines![
            "檢查 Outpost 上控制平面執行個體類型的可用容量並釋出部分容量 (停止或移走其他執行個體)，或選擇仍有容量的執行個體類型。",
            "確認 Outpost 已連線到其區域 (服務連結正常運作)，待連線恢復後再重試。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/security-group-quota",
        title: "超過安全群組配額 (ResourceLimitExceeded)",
        cause: lines![
            "EKS 無法建立叢集的受管安全群組，因為帳戶已達到安全群組配額 (EC2 `SecurityGroupLimitExceeded`)；相關的資源是 VPC (此處為 {vpc_id})。",
        ],
        fix: lines![
            "刪除 VPC 中不再使用的安全群組，或在 Service Quotas 中申請提高安全群組配額。",
            "配額允許後，EKS 會自動重試。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/eni-quota",
        title: "超過網路介面配額 (ResourceLimitExceeded)",
        cause: lines![
            "EKS 無法為控制平面執行個體建立網路介面，因為帳戶已達到彈性網路介面配額 (EC2 `NetworkInterfaceLimitExceeded`)；相關的資源是子網路 (此處為 {subnet_id})。",
        ],
        fix: lines![
            "刪除不再使用的網路介面，或在 Service Quotas 中申請提高網路介面配額。",
            "配額允許後，EKS 會自動重試。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/vcpu-limit",
        title: "已達到帳戶的 vCPU 限制 (VcpuLimitExceeded)",
        cause: lines![
            "[control-plane] 控制平面執行個體所需的 vCPU 數，超過帳戶目前針對其執行個體系列的 EC2 vCPU 限制 (此處為 {vcpu_limit})。新帳戶的限制一開始通常很低。",
            "[nodes] 節點群組的 Auto Scaling 群組或 Karpenter 要啟動的工作節點所需的 vCPU 數，超過帳戶目前針對其執行個體系列的 EC2 vCPU 限制 (此處為 {vcpu_limit})，因此沒有任何節點能啟動。新帳戶的限制一開始通常很低。",
        ],
        fix: lines![
            "[control-plane] 前往 http://aws.amazon.com/contact-us/ec2-request 或在 Service Quotas 中，為控制平面的執行個體系列申請提高 vCPU 限制。",
            "[control-plane] 限制提高後，EKS 會重試建立執行個體。",
            "[nodes] 前往 http://aws.amazon.com/contact-us/ec2-request 或在 Service Quotas 中，為節點的執行個體系列申請提高 vCPU 限制，或改選符合目前限制的執行個體類型 (或節點數)。",
            "[nodes] 處於 `CREATE_FAILED` 的節點群組不會自行恢復：待限制足夠後，將其刪除並重新建立。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/ssm-unreachable",
        title: "無法透過 SSM 連線到控制平面執行個體 (ClusterUnreachable)",
        cause: lines![
            "EKS 透過 AWS Systems Manager 管理本機叢集的控制平面執行個體，但無法連線到這些執行個體 (此處為 {instance_ids})。在能夠連線之前，叢集無法完成建立。",
            "常見原因：SSM 代理程式未執行、子網路沒有網際網路路由 (NAT 或網際網路閘道)、叢集角色上的 `AmazonEKSLocalOutpostClusterPolicy` 已被移除，或未設定 Session Manager。",
        ],
        fix: lines![
            "從區域中的堡壘主機嘗試執行 `aws ssm start-session --target {instance_id}`；若失敗，請確認控制平面執行個體上的 SSM 代理程式正在執行。",
            "確認提供給叢集的子網路具有 NAT 閘道，且 VPC 具有網際網路閘道；使用 VPC Reachability Analyzer 確認控制平面執行個體可以連線到網際網路閘道。",
            "確認叢集角色仍附加 AWS 受管政策 `AmazonEKSLocalOutpostClusterPolicy` (角色：{role_name})，並確認建立該角色的 CloudFormation 堆疊正確無誤。",
            "對照 EKS 本機叢集的 VPC 與子網路需求檢查 VPC 和子網路，並完成 AWS Systems Manager 使用者指南中的 Session Manager 設定。",
            "最後手段：刪除本機叢集並重新建立。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/access-denied",
        title: "EKS 存取本機叢集的資源遭拒 (AccessDenied)",
        cause: lines![
            "EC2 拒絕了 EKS 代表本機叢集發出的呼叫 (`AuthFailure` 或 `UnauthorizedOperation`)，呼叫的對象是本機叢集的資源 (此處為 {resource_ids})。",
            "最常見的原因：EKS 加在控制平面資源上、用來限定其服務連結角色政策範圍的標籤遭到移除。少了這些標籤，EKS 可能就無法再管理或監控這些資源。",
        ],
        fix: lines![
            "找出 `resourceIds` 中列出的控制平面資源並檢查其標籤；還原 EKS 所設定的標籤 (例如撤銷移除這些標籤的標籤清理作業或標籤政策)。",
            "將本機叢集的資源排除在標籤清理指令碼和標籤政策之外。",
            "若無法還原標籤，請刪除本機叢集並重新建立；若錯誤仍然存在，請聯絡 AWS Support。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/ec2-resource-not-found",
        title: "安全群組規則所參照的資源不存在 (ResourceNotFound)",
        cause: lines![
            "EKS 在管理本機叢集的安全群組傳入規則時，EC2 回報規則所參照的某項資源不存在 (資源：{resource_ids})。",
            "[subnet] `InvalidSubnetID.NotFound`：找不到傳入規則所使用的子網路 ID。",
            "[permission] `InvalidPermission.NotFound`：規則的權限有誤，或已不存在於安全群組中 (此處為 {security_group})。",
            "[group] `InvalidGroup.NotFound`：找不到規則的安全群組 (此處為 {security_group})。",
            "[eni] `InvalidNetworkInterfaceID.NotFound`：找不到規則的網路介面 ID (此處為 {eni_id})。",
        ],
        fix: lines![
            "找出是誰刪除或變更了該資源 (CloudTrail)，並停止變更 EKS 為本機叢集管理的資源。",
            "[subnet] 確認叢集的子網路仍然存在。",
            "[permission] 檢查安全群組的規則；不要移除 EKS 建立的規則。",
            "[group] 確認叢集的安全群組仍然存在；不要刪除 EKS 受管的安全群組。",
            "[eni] 檢查控制平面的網路介面；不要刪除控制平面執行個體的網路介面。",
            "若 EKS 無法協調叢集，請刪除本機叢集並重新建立。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/invalid-permissions",
        title: "叢集角色缺少本機叢集政策 (InvalidPermissions)",
        cause: lines![
            "Outpost 上的本機叢集所需的權限與雲端中的叢集不同：其叢集角色必須附加 AWS 受管政策 `AmazonEKSLocalOutpostClusterPolicy` (此處的叢集角色為 {role_arn})，否則建立時會因 `InvalidPermissions` 而失敗。",
        ],
        fix: lines![
            "將受管政策 `AmazonEKSLocalOutpostClusterPolicy` 附加到叢集角色，然後重新建立叢集。",
            "其他所有 EKS API 呼叫所需的權限，都與雲端中的叢集相同。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/stuck-creating",
        title: "本機叢集一直停留在 CREATING",
        cause: lines![
            "本機叢集通常會在提出要求後 15–20 分鐘變為 ACTIVE。本機叢集永遠不會進入 FAILED：EKS 會持續協調，因此尚未解決的問題會表現為叢集一直停留在 CREATING。",
            "[has-issues] 貼上內容中叢集的健康狀態問題指出了原因。",
            "[no-issues] 貼上的內容未顯示任何健康狀態問題。常見原因：無法透過 Systems Manager 連線的執行個體、無法存取網際網路的子網路、從角色移除的 `AmazonEKSLocalOutpostClusterPolicy`、位於不同 Outpost 的子網路、與安全群組衝突的 NACL 規則，或錯誤的 VPC DNS 設定。",
        ],
        fix: lines![
            "閱讀 describe-cluster 輸出中的 `cluster.health`：其中的問題會列出錯誤代碼、訊息以及相關的資源。",
            "檢查能否透過 SSM 連線：在 SSM 代理程式執行中的情況下，從區域中的堡壘主機執行 `aws ssm start-session --target <instance-id>`。",
            "確認子網路具有 NAT 閘道、VPC 具有網際網路閘道 (VPC Reachability Analyzer 可協助確認)，且叢集角色仍附加 `AmazonEKSLocalOutpostClusterPolicy`。",
            "確認所有子網路都位於同一個 Outpost 上且彼此可以互通、NACL 規則不會與網路介面的 EKS 受管安全群組衝突，且 VPC 和子網路的 DNS 設定符合本機叢集的需求。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/internal-failure",
        title: "本機叢集回報內部失敗 (InternalFailure)",
        cause: lines![
            "EKS 會將所有沒有特定代碼的錯誤都回報為 `InternalFailure` (此處的錯誤訊息：{message})。",
        ],
        fix: lines![
            "稍候再讀取一次 `cluster.health`：EKS 會持續協調，暫時性的失敗會自行消除。",
            "若問題無法復原，請刪除本機叢集並重新建立。",
            "否則請聯絡 AWS Support；他們可以引導您在控制平面執行個體上下載並執行日誌收集器，再將日誌傳送給他們調查。",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/node-join-failure",
        title: "工作節點未加入叢集",
        cause: lines![
            "工作節點必須在 AMI、IAM 對應、安全群組、引導引數以及叢集的網路附加元件全都正確時，才會加入叢集。",
            "[nodegroup-health] 節點群組回報 `NodeCreationFailure`：其執行個體 (`{instances}`) 已啟動，但從未向叢集註冊。",
            "[join-timeout] eksctl 等待節點群組的節點加入叢集並就緒，最後放棄等待。",
            "[aws-auth] `kube-system` 中缺少 `aws-auth` ConfigMap (AWS IAM Authenticator)、其無效，或其未對應節點的 IAM 角色，因此節點無法進入叢集。",
            "[ami] 節點使用的 Amazon EKS 最佳化 AMI 早於 `v20220620` (此處為 {ami})，而本機叢集不支援這類 AMI；可能是 CloudFormation 範本固定使用了它。",
            "[security-group] 節點無法連線到 API 伺服器：其安全群組不是叢集安全群組 `eks-cluster-sg-<cluster>-<id>` (使用堆疊時，CloudFormation 可能變更了所選的群組)。",
            "[ca-endpoint] 節點在引導時使用了錯誤的 CA 資料 (`--b64-cluster-ca`) 或 API 端點 (`--apiserver-endpoint`)，通常是因為照著不適用的 PrivateLink 私有 VPC 步驟操作。",
            "[psp] `eks.privileged` Pod 安全政策遭到變更，因此 VPC CNI (`aws-node`) 無法取得所需的特殊權限網路功能。",
            "[cni-coredns] CoreDNS 和 Amazon VPC CNI 外掛程式 (`aws-node`) DaemonSet 必須在執行中，節點才能加入叢集並彼此通訊，但它們目前並未執行。",
            "[no-nodes] 沒有任何節點完成註冊：VPC CNI (`aws-node`) 和 CoreDNS 只是沒有地方可以執行，這是結果而非原因。",
        ],
        fix: lines![
            "[nodegroup-health|join-timeout] 閱讀失敗執行個體上的 kubelet 記錄：其中會顯示是哪一個原因。依序檢查：`aws-auth` 中對應的節點角色、AMI 版本、安全性群組，以及節點啟動程序的 CA 資料與端點。",
            "[aws-auth] 在 `kube-system` 中建立或修正 `aws-auth` ConfigMap，並對應節點執行個體角色 (`system:bootstrappers`、`system:nodes`)。",
            "[ami] 使用 `v20220620` 或更新版本的 Amazon EKS 最佳化 Amazon Linux AMI；若節點來自 CloudFormation 範本，請檢查範本使用的是哪個 AMI。",
            "[security-group] 為工作節點指定安全群組 `eks-cluster-sg-{cluster}-<id>`，並確認 CloudFormation 堆疊沒有將它替換掉。",
            "[ca-endpoint] 在節點引導中，將叢集本身的 CA 資料傳給 `--b64-cluster-ca`，並將其端點傳給 `--apiserver-endpoint`，內容以 describe-cluster 的輸出為準。",
            "[psp] 將 `eks.privileged` 還原為預設值，且不要修改預設的 Pod 安全政策；可使用 `kubectl describe psp eks.privileged` 檢閱。",
            "[cni-coredns] 讓 `aws-node` DaemonSet 和 CoreDNS 正常執行：檢視其 Pod 的詳細資訊和事件。",
            "[no-nodes] 從節點開始檢查：確認節點群組已啟動執行個體，再讀取其中一個執行個體上的 kubelet 記錄；最常見的原因是節點角色未在 `aws-auth` 中對應。",
        ],
        commands: lines![],
    },
];
