//! Korean texts, one file per domain.

mod arc;
mod eks;
mod ext;
mod helm;
mod pod;
mod sc;

use super::{Labels, Text};

/// Korean texts of every domain.
pub static DOMAINS: &[&[Text]] = &[
    pod::TEXTS,
    arc::TEXTS,
    ext::TEXTS,
    helm::TEXTS,
    sc::TEXTS,
    eks::TEXTS,
];

/// Korean report labels.
pub static LABELS: Labels = Labels {
    groups: ["오류", "경고", "참고"],
    severities: ["오류", "경고", "정보"],
    subject: "대상",
    cause: "원인",
    fix: "해결 방법",
    evidence: "근거",
    explained_by_above: "위 진단 결과로 설명됨",
    explained_by: "다음 진단으로 설명됨:",
    no_problems: "문제가 발견되지 않았습니다.",
    nothing_recognised: "인식된 내용이 없습니다. kubectl, az, helm 또는 aws 출력을 붙여 넣으세요.",
    read_as: "입력 해석",
    lines: "줄",
    report_title: "kubetriage 보고서",
    reference_title: "진단 참조",
    severity: "심각도",
    source: "출처",
    recognised_by: "인식 기준",
    recognised_by_facts: "특정 문구가 아니라 구문 분석한 출력(표, 비밀 목록, JSON)으로 인식합니다.",
};
