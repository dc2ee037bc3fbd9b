//! The page's words in Korean.

use super::Ui;

/// Korean.
pub const UI: Ui = Ui {
    tagline: "kubectl, az, helm 또는 aws가 출력한 내용을 붙여 넣으면 원인과 해결 방법을 알려 드립니다.",
    privacy: "모든 처리는 브라우저 안에서만 이루어집니다. 붙여 넣은 내용은 이 페이지 밖으로 나가지 않으며, 업로드, 분석 수집, 텍스트 저장을 하지 않습니다.",
    paste_label: "명령 출력",
    paste_placeholder: "kubectl get pods, kubectl describe pod, 이벤트, az / helm / aws 오류 등을 붙여 넣으세요…",
    examples: "예제:",
    example_names: ["Pod", "Arc 에이전트", "클러스터 확장", "서비스 커넥터", "Outposts의 EKS"],
    open_file: "파일 열기…",
    copy_report: "보고서를 Markdown으로 복사",
    copy: "복사",
    copied: "클립보드에 복사했습니다.",
    copy_failed: "브라우저가 클립보드 사용을 거부했습니다. 텍스트를 선택하여 직접 복사하세요.",
    empty: "위에 명령 출력을 붙여 넣거나, 파일을 끌어다 놓거나, 예제를 선택해 보세요.",
    no_problems: "인식된 내용에서 문제가 발견되지 않았습니다.",
    nothing_recognised: "인식된 내용이 없습니다. kubectl, az, helm 또는 aws 출력으로 보이지 않습니다.",
    read_as: "입력 해석",
    lines: "줄",
    cause: "원인",
    fix: "해결 방법",
    evidence: "근거",
    subject: "대상",
    explained_by: "다음 진단으로 설명됨:",
    severities: ["오류", "경고", "참고"],
    summary: "오류 {errors}개, 경고 {warnings}개, 참고 {notes}개",
    language: "언어",
    large_file: "큰 파일을 로컬에서 읽어 여기에 표시하지 않고 진단했습니다",
    show_in_paste: "붙여 넣은 내용에서 이 줄 보기",
    large_paste: "큰 붙여넣기는 여기에 표시하지 않고 진단했습니다",
    diagnosing: "진단하는 중…",
    more_findings: "표시되지 않은 결과가 {n}개 더 있습니다. 전체 보고서는 CLI를 사용하세요.",
};
