//! The engine takes any text without panicking, and what it reports is
//! always well formed: `kubetriage_core::diagnose` over arbitrary strings,
//! lossily decoded arbitrary bytes, very long lines, soups of trigger-ish
//! tokens and every fixture cut at a random point must
//!
//! - return (no panic, no stack overflow),
//! - serialise to valid JSON with `serde_json`,
//! - give evidence lines and input spans within the input's lines, each
//!   evidence text being the (normalised) line it names,
//! - give no finding with an empty ID or title.
//!
//! Plain tests feed it pathological inputs that must finish (no timing is
//! asserted; `cargo xtask bench` measures the full-size ones for linear
//! growth): a 5 MB line, every fixture on one 4 MB line, 200k blank lines,
//! JSON nested 100k deep, a JSON string with 10^5 escapes, 1 MB of binary
//! garbage, a 50k-row pod table.

use kubetriage_core::input::Document;
use kubetriage_core::{diagnose, Report};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Checks every invariant of the report of `text`; returns the report.
fn diagnose_checked(text: &str) -> Result<Report, String> {
    let report = diagnose(text);
    let json =
        serde_json::to_string(&report).map_err(|e| format!("report does not serialise: {e}"))?;
    let value: Value = serde_json::from_str(&json)
        .map_err(|e| format!("report serialises to invalid JSON: {e}"))?;
    if !value["findings"].is_array() || !value["inputs"].is_array() {
        return Err(format!("report JSON lacks findings/inputs arrays: {json}"));
    }
    let lines = text.lines().count();
    let doc = Document::new(text);
    for finding in &report.findings {
        if finding.id.is_empty() || finding.title.trim().is_empty() {
            return Err(format!(
                "finding with an empty id or title: id {:?}, title {:?}",
                finding.id, finding.title
            ));
        }
        for evidence in &finding.evidence {
            if !(1..=lines).contains(&evidence.line) {
                return Err(format!(
                    "{} evidence line {} outside 1..={lines}",
                    finding.id, evidence.line
                ));
            }
            if evidence.line > doc.len()
                || !doc
                    .line(evidence.line - 1)
                    .starts_with(evidence.text.trim_end())
            {
                return Err(format!(
                    "{} evidence text {:?} is not line {}",
                    finding.id, evidence.text, evidence.line
                ));
            }
        }
    }
    for input in &report.inputs {
        let [first, last] = input.lines;
        if !(1 <= first && first <= last && last <= lines) {
            return Err(format!("input span {first}..{last} outside 1..={lines}"));
        }
    }
    Ok(report)
}

/// [`diagnose_checked`] for proptest.
fn check(text: &str) -> Result<(), TestCaseError> {
    diagnose_checked(text)
        .map(drop)
        .map_err(TestCaseError::fail)
}

/// [`diagnose_checked`] for plain tests.
fn check_plain(text: &str) -> Report {
    diagnose_checked(text).unwrap_or_else(|e| panic!("{e}"))
}

/// Tokens that start recognisers and rules: table headers, describe keys,
/// JSON and YAML punctuation, prompts, statuses, event reasons, error codes,
/// colour codes and line ends.
const VOCAB: &[&str] = &[
    "CrashLoopBackOff",
    "ImagePullBackOff",
    "ErrImagePull",
    "OOMKilled",
    "Evicted",
    "Pending",
    "Running",
    "Completed",
    "ContainerCreating",
    "CreateContainerConfigError",
    "Init:CrashLoopBackOff",
    "Error",
    "0/1",
    "1/2",
    "2/2",
    "3 (2m ago)",
    "137",
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    ",",
    "\\",
    "\"code\":",
    "\"message\":",
    "\"status\":",
    "\"issues\": [",
    "\"resourceIds\": [",
    "\"provisioningState\": \"Failed\"",
    "\"level\": \"Error\"",
    "\"kind\": \"Pod\"",
    "\"cluster\": {",
    "\"health\": {",
    "Name:",
    "Namespace:",
    "Status:",
    "Reason:",
    "Last State:",
    "Exit Code:",
    "Containers:",
    "Events:",
    "Type    Reason   Age   From   Message",
    "----    ------   ----  ----   -------",
    "NAME READY STATUS RESTARTS AGE",
    "NAMESPACE NAME READY STATUS RESTARTS AGE",
    "NAME READY UP-TO-DATE AVAILABLE AGE",
    "LAST SEEN TYPE REASON OBJECT MESSAGE",
    "pod/web-7d9f-abcde",
    "deployment.apps/config-agent",
    "web-7d9f-abcde",
    "azure-arc",
    "kube-system",
    "$ kubectl get pods -n x",
    "$ kubectl describe pod web -n shop",
    "kubectl get secret -n azure-arc -o yaml | grep name:",
    "PS C:\\> az connectedk8s connect -n c -g rg",
    "$ aws eks describe-cluster --name c",
    "helm --namespace default status azure-arc",
    "STATUS: deployed",
    "STATUS: failed",
    "name: azure-identity-certificate",
    "name: kube-aad-proxy-certificate",
    "Warning FailedScheduling",
    "Warning Failed",
    "Warning BackOff",
    "Normal Scheduled",
    "0/3 nodes are available:",
    "Insufficient cpu",
    "Insufficient memory",
    "untolerated taint {",
    "node-role.kubernetes.io/master:",
    "CriticalAddonsOnly: true}",
    "that the pod didn't tolerate",
    "Failed to pull image \"nginx:1.2.3\":",
    "Back-off restarting failed container",
    "Readiness probe failed",
    "MountVolume.SetUp failed for volume",
    "secret \"x\" not found",
    "configmap \"y\" not found",
    "The node was low on resource: memory.",
    "ERROR:",
    "(Conflict)",
    "Code:",
    "Message:",
    "Unable to install helm release: Error: UPGRADE Failed: time out waiting for the condition",
    "Unable to get a response from the agent in time",
    "Errorcode: 403, Message This traffic is not authorized.",
    "Timed out waiting for resource readiness",
    "job failed: BackoffLimitExceeded",
    "ClusterUnreachable",
    "ResourceNotFound",
    "ResourceLimitExceeded",
    "subnet-0abc1234",
    "vpc-0123abcd",
    "i-0123456789abcdef0",
    "Server: 10.0.0.10",
    "Address: 10.0.0.10#53",
    "canonical name =",
    "privatelink",
    "dial tcp 1.2.3.4:443: i/o timeout",
    "\u{1b}[31m",
    "\u{1b}[0m",
    "\u{1b}]8;;http://x\u{7}",
    "\u{1b}[",
    "\r",
    "\t",
    "\u{a0}",
    "\u{feff}",
    "é",
    "한국어",
    "繁體",
    "",
];

/// What goes between vocabulary tokens.
const SEPARATORS: &[&str] = &[
    " ", " ", "   ", "", "\n", "\n", "\r\n", "\n\n", "\t", "\n  ", ": ", "/",
];

/// Text made of vocabulary tokens and separators.
fn token_soup(max_tokens: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(VOCAB),
            prop::sample::select(SEPARATORS),
        ),
        0..max_tokens,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(token, sep)| [token, sep])
            .collect()
    })
}

/// Any characters at all, newlines and control characters included.
fn any_chars(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..max).prop_map(String::from_iter)
}

/// Every `tests/fixtures/**/*.txt`, as (path relative to fixtures, text).
fn fixtures() -> &'static [(String, String)] {
    static FIXTURES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut files = Vec::new();
        walk(&root, &mut files);
        files.sort();
        let out: Vec<(String, String)> = files
            .iter()
            .map(|path| {
                let name = path
                    .strip_prefix(&root)
                    .unwrap_or(path)
                    .display()
                    .to_string();
                let text = String::from_utf8_lossy(&std::fs::read(path).expect("fixture readable"))
                    .into_owned();
                (name, text)
            })
            .collect();
        assert!(
            out.len() > 20,
            "the fixture corpus is missing ({} files)",
            out.len()
        );
        out
    })
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("fixture directory readable")
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, files);
        } else if path.extension().is_some_and(|e| e == "txt") {
            files.push(path);
        }
    }
}

/// The largest char boundary of `text` at or below `at`.
fn char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A fixed-seed xorshift generator, so that the garbage is the same every run.
fn garbage(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

fn config(cases: u32) -> ProptestConfig {
    // No persistence: a failing case is printed, not written into the source tree.
    ProptestConfig {
        cases,
        failure_persistence: None,
        max_shrink_iters: 512,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn arbitrary_chars_with_newlines_and_controls(text in any_chars(2_000)) {
        check(&text)?;
    }

    #[test]
    fn arbitrary_bytes_decoded_lossily(bytes in prop::collection::vec(any::<u8>(), 0..4_096)) {
        check(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn trigger_token_soup(text in token_soup(400)) {
        check(&text)?;
    }

    #[test]
    fn fixture_prefixes(file in any::<Index>(), cut in any::<Index>()) {
        let (_, text) = &fixtures()[file.index(fixtures().len())];
        let at = char_boundary(text, cut.index(text.len() + 1));
        check(&text[..at])?;
    }

    #[test]
    fn fixture_suffixes(file in any::<Index>(), cut in any::<Index>()) {
        let (_, text) = &fixtures()[file.index(fixtures().len())];
        let at = char_boundary(text, cut.index(text.len() + 1));
        check(&text[at..])?;
    }

    #[test]
    fn fixture_with_a_token_soup_spliced_in(file in any::<Index>(), cut in any::<Index>(), soup in token_soup(40)) {
        let (_, text) = &fixtures()[file.index(fixtures().len())];
        let at = char_boundary(text, cut.index(text.len() + 1));
        check(&format!("{}{soup}{}", &text[..at], &text[at..]))?;
    }
}

proptest! {
    // The engine costs ~10 µs per byte in a debug build: few, long cases.
    #![proptest_config(ProptestConfig { max_shrink_iters: 16, ..config(8) })]

    #[test]
    fn very_long_lines(chunk in prop_oneof![any_chars(64), token_soup(12)], len in 1_000usize..200_000) {
        let line: String = chunk.replace(['\n', '\r'], " ");
        let line = if line.is_empty() { "x".to_string() } else { line };
        let mut text = line.repeat(len / line.len() + 1);
        text.truncate(char_boundary(&text, len));
        check(&format!("NAME READY STATUS RESTARTS AGE\n{text}\nweb-1 0/1 CrashLoopBackOff 3 1m\n"))?;
    }
}

#[test]
fn every_fixture_whole_keeps_the_invariants() {
    for (name, text) in fixtures() {
        if let Err(e) = diagnose_checked(text) {
            panic!("{name}: {e}");
        }
    }
}

#[test]
fn a_five_megabyte_single_line_finishes() {
    // Base64-like noise, as in a pasted secret or certificate dump.
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let line: String = garbage(5 * 1024 * 1024, 0x5eed)
        .into_iter()
        .map(|b| ALPHABET[usize::from(b) % 64] as char)
        .collect();
    let report = check_plain(&line);
    assert!(report.findings.is_empty(), "noise gives no finding");
}

#[test]
fn every_fixture_on_one_huge_line_finishes() {
    // Thousands of trigger phrases on one line: a check that reads "the lines
    // around a hit" would read the whole paste once per hit (quadratic; this
    // took minutes before reads around hits were bounded).
    let all: String = fixtures()
        .iter()
        .map(|(_, text)| text.replace(['\n', '\r'], " "))
        .collect::<Vec<_>>()
        .join(" ");
    let line = all.repeat((4 << 20) / all.len().max(1) + 1);
    let report = check_plain(&line);
    assert!(!report.findings.is_empty(), "the phrases are still found");
}

#[test]
fn hits_beside_megabytes_of_whitespace_finish() {
    // Reads around a hit generate the joined text again from a checkpoint:
    // none may walk a long run of spaces once per hit (quadratic).
    let phrases: String = fixtures()
        .iter()
        .take(40)
        .map(|(_, text)| text.replace(['\n', '\r'], " "))
        .collect::<Vec<_>>()
        .join(" ");
    let spaces = " ".repeat(4 << 20);
    let text = format!(
        "{phrases}\n{spaces}\n{phrases}{spaces}{phrases}\n{spaces}{phrases}{spaces}\n{phrases}"
    );
    let report = check_plain(&text);
    assert!(!report.findings.is_empty(), "the phrases are still found");
}

#[test]
fn one_pod_name_in_fifty_thousand_namespaces_finishes() {
    // Merging a row into the pod of its name and namespace, or an event
    // into its pod, may not walk every namespace's pod of that name
    // (quadratic).
    let mut text = String::from("NAMESPACE NAME READY STATUS RESTARTS AGE\n");
    for n in 0..50_000 {
        text.push_str(&format!("ns-{n} web 0/1 CrashLoopBackOff 3 1m\n"));
    }
    text.push_str("\nNAME READY STATUS RESTARTS AGE\nweb 0/1 Pending 0 1m\n");
    // And an event about it in each namespace: each belongs to one pod.
    text.push_str("\nNAMESPACE LAST SEEN TYPE REASON OBJECT MESSAGE\n");
    for n in 0..50_000 {
        text.push_str(&format!(
            "ns-{n} 1m Warning BackOff pod/web Back-off restarting\n"
        ));
    }
    let report = check_plain(&text);
    let crash_loops = report.findings.iter().filter(|f| f.id == "pod/crash-loop");
    assert!(crash_loops.clone().count() > 1);
    // The pod's row and its own event, not the events of every namespace.
    assert!(
        crash_loops.clone().all(|f| f.evidence.len() <= 2),
        "{:?}",
        crash_loops.clone().next()
    );
}

#[test]
fn two_hundred_thousand_blank_lines_finish() {
    let report = check_plain(&"\n".repeat(200_000));
    assert!(report.findings.is_empty() && report.inputs.is_empty());
    let report = check_plain(&" \r\n\t\n".repeat(100_000));
    assert!(report.findings.is_empty() && report.inputs.is_empty());
}

#[test]
fn json_nested_a_hundred_thousand_deep_finishes() {
    const DEPTH: usize = 100_000;
    check_plain(&format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH)));
    check_plain(&"[".repeat(DEPTH));
    check_plain(&format!(
        "{}\"CrashLoopBackOff\"{}",
        "{\"a\":".repeat(DEPTH),
        "}".repeat(DEPTH)
    ));
    check_plain(&format!(
        "{{\"code\": \"x\", \"message\": {}",
        "[{\"code\":".repeat(DEPTH)
    ));
}

#[test]
fn a_json_string_with_a_hundred_thousand_escapes_finishes() {
    const ESCAPES: [&str; 6] = ["\\\"", "\\\\", "\\n", "\\u0041", "\\/", "\\ud83d\\ude00"];
    let message: String = (0..100_000).map(|i| ESCAPES[i % ESCAPES.len()]).collect();
    check_plain(&format!(
        "{{\"error\": {{\"code\": \"Conflict\", \"message\": \"{message}\"}}}}\n"
    ));
    // Unterminated, and a lone trailing backslash.
    check_plain(&format!(
        "{{\"code\": \"ResourceNotFound\", \"message\": \"{message}\\"
    ));
}

#[test]
fn a_megabyte_of_binary_garbage_finishes() {
    let bytes = garbage(1024 * 1024, 0xdead_beef);
    check_plain(&String::from_utf8_lossy(&bytes));
}

#[test]
fn a_table_header_with_fifty_thousand_rows_finishes() {
    const ROWS: usize = 50_000;
    let mut table = String::from(
        "NAMESPACE   NAME                      READY   STATUS             RESTARTS       AGE\n",
    );
    for i in 0..ROWS {
        // One row in a thousand crash-loops; the rest are healthy.
        let (ready, status, restarts) = if i % 1_000 == 999 {
            ("0/1", "CrashLoopBackOff", "9 (1m ago)")
        } else {
            ("1/1", "Running", "0")
        };
        table.push_str(&format!(
            "ns-{:<3}      app-{i:06}-7d9f-abcde   {ready}     {status:<18} {restarts:<14} 3d\n",
            i % 100
        ));
    }
    let report = check_plain(&table);
    let crash_loops = report
        .findings
        .iter()
        .filter(|f| f.id == "pod/crash-loop")
        .count();
    assert_eq!(
        crash_loops,
        ROWS / 1_000,
        "one finding per crash-looping row"
    );
    assert!(
        report.findings.iter().all(|f| f.id == "pod/crash-loop"),
        "{:?}",
        report.findings.iter().map(|f| f.id).collect::<Vec<_>>()
    );
}

#[test]
fn twenty_thousand_pull_failures_and_pulls_in_a_log_finish() {
    // Whether each failure's image was pulled later may not walk every pull
    // (quadratic: 20 000 × 20 000).
    let mut log = String::new();
    for n in 0..20_000 {
        log.push_str(&format!(
            "E0101 remote_image.go:238] Failed to pull image \"registry.example/img-{n}:1\": not found\n"
        ));
    }
    for n in 0..20_000 {
        log.push_str(&format!(
            "I0101 kubelet] Successfully pulled image \"docker.io/other-{n}:1\"\n"
        ));
    }
    // The last failure's image, pulled after it: that failure is history.
    log.push_str("I0101 kubelet] Successfully pulled image \"registry.example/img-19999:1\"\n");
    let report = check_plain(&log);
    let pulls = report
        .findings
        .iter()
        .filter(|f| f.id == "pod/image-pull-backoff");
    let evidence: Vec<usize> = pulls
        .flat_map(|f| f.evidence.iter().map(|e| e.line))
        .collect();
    assert!(evidence.contains(&1), "{evidence:?}");
    assert!(!evidence.contains(&20_000), "pulled since: {evidence:?}");
}

#[test]
fn thousands_of_health_issues_on_one_json_line_finish() {
    // Each issue may not read every ID of the line, nor each merge compare
    // every ID listed so far (cubic on one line).
    let issues: Vec<String> = (0..3_000)
        .map(|i| {
            format!(
                "{{\"code\":\"ClusterUnreachable\",\"message\":\"The control plane instances are not reachable through SSM.\",\"resourceIds\":[\"i-0{i:016x}\"]}}"
            )
        })
        .collect();
    let text = format!(
        "{{\"cluster\":{{\"name\":\"edge\",\"arn\":\"arn:aws:eks:us-west-2:111122223333:cluster/edge\",\"status\":\"CREATING\",\"health\":{{\"issues\":[{}]}}}}}}\n",
        issues.join(",")
    );
    let report = check_plain(&text);
    assert!(report
        .findings
        .iter()
        .any(|f| f.id == "eks/ssm-unreachable"));
}

#[test]
fn ten_thousand_messages_of_each_repeated_shape_finish() {
    // Per-message work that may not grow with the paste: the described
    // taint read once, a list of missing secrets kept short, whether Helm
    // ran decided once.
    let mut taints = String::from("$ kubectl describe nodes | grep Taints\n");
    let mut events =
        String::from("LAST SEEN   TYPE      REASON             OBJECT          MESSAGE\n");
    let mut downloads = String::new();
    for i in 0..10_000 {
        taints.push_str("Taints:             infra=true:NoSchedule\n");
        events.push_str(&format!(
            "2m   Warning   FailedScheduling   pod/web-{i}   0/3 nodes are available: 3 node(s) had untolerated taint(s).\n2m   Warning   Failed   pod/api-1   Error: secret \"db-creds-{i}\" not found\n"
        ));
        downloads.push_str(&format!(
            "$ kubectl apply -k overlays/staging-{i}\nError: failed to download \"bitnami/nginx-{i}\" at version \"1.2.{i}\"\n\n"
        ));
    }
    let report = check_plain(&format!("{taints}\n{events}\n{downloads}"));
    let secrets = report
        .findings
        .iter()
        .find(|f| f.id == "pod/create-config-error")
        .expect("the missing secrets");
    assert!(secrets.cause.len() < 2_000, "{}", secrets.cause.len());
    assert!(report.findings.iter().any(|f| f.id == "pod/pending-taint"));
}
