//! Traditional Chinese (Taiwan) texts, one file per domain.

mod arc;
mod eks;
mod ext;
mod helm;
mod pod;
mod sc;

use super::{Labels, Text};

/// Traditional Chinese (Taiwan) texts of every domain.
pub static DOMAINS: &[&[Text]] = &[
    pod::TEXTS,
    arc::TEXTS,
    ext::TEXTS,
    helm::TEXTS,
    sc::TEXTS,
    eks::TEXTS,
];

/// Traditional Chinese (Taiwan) report labels.
pub static LABELS: Labels = Labels {
    groups: ["錯誤", "警告", "附註"],
    severities: ["錯誤", "警告", "資訊"],
    subject: "對象",
    cause: "原因",
    fix: "修正方式",
    evidence: "依據",
    explained_by_above: "肇因於上方的診斷結果",
    explained_by: "肇因於",
    no_problems: "未發現任何問題。",
    nothing_recognised: "無法辨識任何內容：請貼上 kubectl、az、helm 或 aws 的輸出。",
    read_as: "判讀為",
    lines: "行",
    report_title: "kubetriage 報告",
    reference_title: "診斷參考",
    severity: "嚴重性",
    source: "來源",
    recognised_by: "辨識依據",
    recognised_by_facts: "剖析後的輸出 (表格、祕密清單、JSON)，而非特定字句。",
};
