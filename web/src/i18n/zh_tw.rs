//! The page's words in Traditional Chinese (Taiwan).

use super::Ui;

/// Traditional Chinese (Taiwan).
pub const UI: Ui = Ui {
    tagline: "貼上 kubectl、az、helm 或 aws 輸出的內容，即可得知原因與修正方式。",
    privacy: "完全在您的瀏覽器中執行：您貼上的任何內容都不會離開此頁面 — 不上傳、不做分析，也不儲存您的文字。",
    paste_label: "命令輸出",
    paste_placeholder: "貼上 kubectl get pods、kubectl describe pod、事件，或 az / helm / aws 的錯誤…",
    examples: "範例：",
    example_names: ["Pod", "Arc 代理程式", "叢集延伸模組", "服務連接器", "Outposts 上的 EKS"],
    open_file: "開啟檔案…",
    copy_report: "將報告複製為 Markdown",
    copy: "複製",
    copied: "已複製到剪貼簿。",
    copy_failed: "瀏覽器拒絕存取剪貼簿；請選取文字後手動複製。",
    empty: "請在上方貼上命令輸出、將檔案拖放到上方，或試試看範例。",
    no_problems: "在已辨識的內容中未發現任何問題。",
    nothing_recognised: "無法辨識任何內容：這看起來不像 kubectl、az、helm 或 aws 的輸出。",
    read_as: "判讀為",
    lines: "行",
    cause: "原因",
    fix: "修正方式",
    evidence: "依據",
    subject: "對象",
    explained_by: "肇因於",
    severities: ["錯誤", "警告", "附註"],
    summary: "{errors} 個錯誤、{warnings} 個警告、{notes} 個附註",
    language: "語言",
    large_file: "大型檔案已在本機讀取並完成診斷，但不會在此顯示其內容",
    show_in_paste: "在貼上的內容中顯示此行",
    large_paste: "大型貼上內容已診斷，但不在此處顯示",
    diagnosing: "正在診斷…",
    more_findings: "另有 {n} 項發現未顯示；如需完整報告，請使用 CLI。",
};
