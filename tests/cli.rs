//! The `kubetriage` binary, run as a user runs it (a real process, stdin
//! piped), against the CLI contract of `design.md`:
//!
//! - `--help`, `--version` and `--list --format json` answer with exit 0, and
//!   the list names every `pod/` diagnosis of the catalogue once;
//! - a paste is read from FILE, from `-` and from stdin alike;
//! - `--format json` has exactly the contract's shape, `--format markdown`
//!   is a report, and text output has no colour when piped or with `NO_COLOR`;
//! - every usage or read error exits 2 with a one-line message on stderr;
//! - a realistic 20-pod `kubectl get pods -A` paste with three problems in
//!   three namespaces gives exactly those three findings, with the right
//!   subjects, evidence lines and ready-to-run commands; a healthy paste
//!   gives no problem at all; a Korean locale without `--lang` still works.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_kubetriage");

/// The `pod/` IDs of the diagnosis catalogue (`catalogue.md`), a public contract.
const CATALOGUE_POD_IDS: [&str; 10] = [
    "pod/image-pull-backoff",
    "pod/crash-loop",
    "pod/not-ready",
    "pod/pending-resources",
    "pod/pending-taint",
    "pod/container-creating",
    "pod/oom-killed",
    "pod/create-config-error",
    "pod/evicted",
    "pod/error-exit",
];

/// Runs the binary with `args`, `stdin` piped in, and a neutral environment
/// (no locale, no `NO_COLOR`) unless `env` sets one.
fn run_with(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("NO_COLOR")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("the kubetriage binary starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    // Write from a thread so that a large paste cannot deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        // The binary may not read stdin at all (`--help`, FILE): a broken pipe is fine.
        let _ = pipe.write_all(&input);
    });
    let output = child
        .wait_with_output()
        .expect("the kubetriage binary finishes");
    writer.join().expect("stdin writer");
    output
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_with(args, stdin, &[])
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

fn assert_success(output: &Output) {
    assert_eq!(
        output.status.code(),
        Some(0),
        "exit status; stderr:\n{}",
        stderr(output)
    );
}

fn json(output: &Output) -> Value {
    assert_success(output);
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", stdout(output)))
}

fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

fn findings(report: &Value) -> &Vec<Value> {
    report["findings"].as_array().expect("findings is an array")
}

fn ids(report: &Value) -> Vec<&str> {
    findings(report)
        .iter()
        .map(|f| f["id"].as_str().expect("id is a string"))
        .collect()
}

/// A small paste with one crash-looping pod.
const CRASH_PASTE: &str = "\
NAME                        READY   STATUS             RESTARTS       AGE
orders-api-6d9c8b7f5-2xkqp  0/1     CrashLoopBackOff   6 (91s ago)    9m
orders-db-0                 1/1     Running            0              9m
";

// ---------------------------------------------------------------- help, version, list

#[test]
fn help_names_every_flag_and_the_language_default() {
    for flag in ["--help", "-h"] {
        let output = run(&[flag], b"");
        assert_success(&output);
        let help = stdout(&output);
        for word in [
            "--format",
            "text",
            "json",
            "markdown",
            "--lang",
            "en",
            "ko",
            "zh-TW",
            "it",
            "--list",
            "--help",
            "-h",
            "--version",
            "-V",
            "FILE",
            "NO_COLOR",
        ] {
            assert!(
                help.contains(word),
                "{flag} does not mention {word}:\n{help}"
            );
        }
        let words = help.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            words.contains("LC_ALL")
                && words.contains("LANG")
                && words.contains("same in every language"),
            "{flag} does not say where the default language comes from:\n{help}"
        );
        assert!(
            help.contains('0') && help.contains('2'),
            "{flag} does not give the exit statuses:\n{help}"
        );
        assert!(
            stderr(&output).is_empty(),
            "{flag} wrote to stderr: {}",
            stderr(&output)
        );
    }
}

#[test]
fn version_prints_the_package_version() {
    for flag in ["--version", "-V"] {
        let output = run(&[flag], b"");
        assert_success(&output);
        assert_eq!(
            stdout(&output),
            format!("kubetriage {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

#[test]
fn list_json_names_every_diagnosis_once() {
    let list = json(&run(&["--list", "--format", "json"], b""));
    let entries = list
        .as_array()
        .expect("--list --format json prints an array");
    assert!(
        entries.len() >= CATALOGUE_POD_IDS.len(),
        "only {} diagnoses listed",
        entries.len()
    );
    let mut seen = Vec::new();
    for entry in entries {
        let object = entry.as_object().expect("each entry is an object");
        for key in ["id", "domain", "severity", "title", "source"] {
            let value = object
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("{key} missing or not a string: {entry}"));
            assert!(!value.trim().is_empty(), "{key} is empty: {entry}");
        }
        let id = object["id"].as_str().unwrap();
        let (domain, name) = id
            .split_once('/')
            .unwrap_or_else(|| panic!("id {id} is not domain/name"));
        assert!(!name.is_empty(), "id {id} has no name");
        assert_eq!(object["domain"], domain, "domain of {id}");
        assert!(
            matches!(
                object["severity"].as_str(),
                Some("error" | "warning" | "info")
            ),
            "severity of {id}: {entry}"
        );
        assert!(!seen.contains(&id), "{id} listed twice");
        seen.push(id);
    }
    for id in CATALOGUE_POD_IDS {
        assert!(seen.contains(&id), "{id} of the catalogue is not listed");
    }
}

#[test]
fn list_as_text_has_one_line_per_diagnosis() {
    let listed = json(&run(&["--list", "--format", "json"], b""))
        .as_array()
        .unwrap()
        .len();
    let output = run(&["--list"], b"");
    assert_success(&output);
    let text = stdout(&output);
    assert_eq!(text.lines().count(), listed, "--list text:\n{text}");
    for id in CATALOGUE_POD_IDS {
        assert!(
            text.lines().any(|l| l.starts_with(id)),
            "{id} missing from --list:\n{text}"
        );
    }
}

// ---------------------------------------------------------------- inputs

#[test]
fn file_dash_and_stdin_read_the_same_paste() {
    let path = fixture("pod/crash-loop/match-restarts-ago.txt");
    let paste = std::fs::read(&path).expect("fixture readable");
    let path = path.to_str().expect("UTF-8 path");
    let from_file = run(&["--format", "json", path], b"");
    let from_dash = run(&["--format", "json", "-"], &paste);
    let from_stdin = run(&["--format=json"], &paste);
    let expected = json(&from_file);
    assert!(
        ids(&expected).contains(&"pod/crash-loop"),
        "the fixture gives pod/crash-loop: {expected}"
    );
    assert_eq!(json(&from_dash), expected, "`-` reads stdin");
    assert_eq!(json(&from_stdin), expected, "no FILE reads stdin");
    // A file argument wins over whatever is on stdin.
    assert_eq!(
        json(&run(&["--format", "json", path], b"garbage on stdin\n")),
        expected
    );
}

#[test]
fn empty_stdin_is_diagnosed_as_nothing() {
    let report = json(&run(&["--format", "json"], b""));
    assert_eq!(report, serde_json::json!({ "findings": [], "inputs": [] }));
    let output = run(&[], b"");
    assert_success(&output);
    assert!(
        stdout(&output).contains("Nothing recognised"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn bytes_that_are_not_utf8_are_still_a_paste() {
    let mut paste = b"\xff\xfe\x00garbage\x80\n".to_vec();
    paste.extend_from_slice(CRASH_PASTE.as_bytes());
    let report = json(&run(&["--format", "json"], &paste));
    assert_eq!(ids(&report), ["pod/crash-loop"], "{report}");
    assert_eq!(
        findings(&report)[0]["evidence"][0]["line"],
        3,
        "line numbers count the garbage line"
    );
}

#[test]
fn a_large_file_reads_the_same_by_path_redirect_and_pipe() {
    // Large enough to be mapped into memory, with bytes that are not
    // UTF-8 in the middle.
    let mut paste = CRASH_PASTE.as_bytes().to_vec();
    for i in 0..40_000 {
        paste.extend_from_slice(format!("log line {i} of a long bundle\n").as_bytes());
    }
    paste.extend_from_slice(b"\xff\xfe\x80 garbage\n");
    paste.extend_from_slice(
        CRASH_PASTE
            .replace("orders-api-6d9c8b7f5-2xkqp", "billing-api-5c4b8d6f7-x1zrt")
            .as_bytes(),
    );
    assert!(paste.len() > 1 << 20);
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("large-paste.txt");
    std::fs::write(&path, &paste).expect("temporary file written");
    let path_text = path.to_str().expect("UTF-8 path");

    let by_path = json(&run(&["--format", "json", path_text], b""));
    let redirected = Command::new(BIN)
        .args(["--format", "json"])
        .stdin(std::fs::File::open(&path).expect("temporary file readable"))
        .output()
        .expect("the kubetriage binary runs");
    let piped = json(&run(&["--format", "json"], &paste));
    let subjects: Vec<&str> = findings(&by_path)
        .iter()
        .filter_map(|f| f["subject"].as_str())
        .collect();
    assert_eq!(
        subjects.len(),
        2,
        "both pods, around the garbage: {by_path}"
    );
    assert_eq!(json(&redirected), by_path, "`< file` reads the same");
    assert_eq!(piped, by_path, "a pipe reads the same");
}

// ---------------------------------------------------------------- output formats

/// Checks `report` against the JSON contract: exactly these keys and types.
/// `sub_causes`, `caused_by` (findings) and `command` (inputs) are the only
/// optional additions the engine makes; anything else is contract drift.
fn assert_contract_shape(report: &Value) {
    let top = report.as_object().expect("one JSON object");
    assert_eq!(
        top.keys().collect::<Vec<_>>(),
        ["findings", "inputs"],
        "top-level keys"
    );
    for finding in findings(report) {
        let object = finding.as_object().expect("finding is an object");
        let required = [
            "id", "severity", "subject", "title", "cause", "fix", "commands", "evidence",
        ];
        for key in required {
            assert!(object.contains_key(key), "finding lacks {key}: {finding}");
        }
        for key in object.keys() {
            assert!(
                required.contains(&key.as_str())
                    || ["sub_causes", "caused_by"].contains(&key.as_str()),
                "unexpected key {key}"
            );
        }
        for key in ["id", "subject", "title", "cause"] {
            assert!(
                object[key].as_str().is_some_and(|s| !s.is_empty()),
                "{key} is not a non-empty string: {finding}"
            );
        }
        assert!(
            matches!(
                object["severity"].as_str(),
                Some("error" | "warning" | "info")
            ),
            "severity: {finding}"
        );
        for key in ["fix", "commands"] {
            let list = object[key]
                .as_array()
                .unwrap_or_else(|| panic!("{key} is not an array: {finding}"));
            assert!(
                list.iter().all(Value::is_string),
                "{key} holds non-strings: {finding}"
            );
        }
        let evidence = object["evidence"].as_array().expect("evidence is an array");
        assert!(!evidence.is_empty(), "finding without evidence: {finding}");
        for line in evidence {
            let line = line.as_object().expect("evidence entry is an object");
            assert_eq!(
                line.keys().collect::<Vec<_>>(),
                ["line", "text"],
                "evidence keys"
            );
            assert!(
                line["line"].as_u64().is_some_and(|n| n >= 1),
                "evidence line is not a positive integer"
            );
            assert!(line["text"].is_string(), "evidence text is not a string");
        }
        if let Some(by) = object.get("caused_by") {
            assert!(by.is_string(), "caused_by is not an ID: {finding}");
        }
        if let Some(sub) = object.get("sub_causes") {
            assert!(
                sub.as_array()
                    .is_some_and(|s| s.iter().all(Value::is_string)),
                "sub_causes: {finding}"
            );
        }
    }
    for input in report["inputs"].as_array().expect("inputs is an array") {
        let object = input.as_object().expect("input is an object");
        assert!(
            object["kind"].as_str().is_some_and(|k| !k.is_empty()),
            "input kind: {input}"
        );
        let lines = object["lines"].as_array().expect("input lines is an array");
        assert_eq!(lines.len(), 2, "lines is [first, last]: {input}");
        let (first, last) = (lines[0].as_u64().unwrap(), lines[1].as_u64().unwrap());
        assert!(
            1 <= first && first <= last,
            "input lines out of order: {input}"
        );
        for key in object.keys() {
            assert!(
                ["kind", "lines", "command"].contains(&key.as_str()),
                "unexpected input key {key}"
            );
        }
    }
}

#[test]
fn json_output_has_the_contract_shape() {
    let report = json(&run(&["--format", "json"], CRASH_PASTE.as_bytes()));
    assert_contract_shape(&report);
    assert_eq!(ids(&report), ["pod/crash-loop"]);
    let finding = &findings(&report)[0];
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["subject"], "orders-api-6d9c8b7f5-2xkqp");
    assert_eq!(
        finding["evidence"],
        serde_json::json!([{ "line": 2, "text": CRASH_PASTE.lines().nth(1).unwrap() }])
    );
    assert!(
        finding["commands"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "kubectl logs orders-api-6d9c8b7f5-2xkqp --previous"),
        "{finding}"
    );
    assert_eq!(
        report["inputs"],
        serde_json::json!([{ "kind": "kubectl-get-pods", "lines": [1, 3] }])
    );
}

#[test]
fn json_shape_holds_over_the_fixture_corpus() {
    for relative in [
        "arc/identity-certificate-missing/match-combined.txt",
        "pod/image-pull-backoff/match-azure-arc-all-pods.txt",
        "pod/oom-killed/match-describe-last-state.txt",
        "pod/pending-taint/match-master-untolerated-describe.txt",
        "healthy/describe-running.txt",
    ] {
        let path = fixture(relative);
        assert_contract_shape(&json(&run(
            &["--format", "json", path.to_str().unwrap()],
            b"",
        )));
    }
}

#[test]
fn markdown_output_is_a_report() {
    let output = run(&["--format", "markdown"], CRASH_PASTE.as_bytes());
    assert_success(&output);
    let markdown = stdout(&output);
    assert!(
        markdown.starts_with("# "),
        "a Markdown heading first:\n{markdown}"
    );
    assert!(markdown.contains("`pod/crash-loop`"), "{markdown}");
    assert!(
        markdown.contains("```sh\nkubectl logs orders-api-6d9c8b7f5-2xkqp --previous\n"),
        "commands in a sh block:\n{markdown}"
    );
    assert!(
        markdown.contains("    2 | orders-api-6d9c8b7f5-2xkqp"),
        "evidence with its line number:\n{markdown}"
    );
    assert_eq!(
        markdown.matches("```").count() % 2,
        0,
        "code fences are balanced:\n{markdown}"
    );
    assert!(!markdown.contains('\u{1b}'), "no colour in Markdown");
    // `md` is accepted as a short name.
    assert_eq!(
        stdout(&run(&["--format", "md"], CRASH_PASTE.as_bytes())),
        markdown
    );
}

#[test]
fn text_output_has_no_colour_when_piped_or_with_no_color() {
    for env in [&[][..], &[("NO_COLOR", "1")][..]] {
        let output = run_with(&[], CRASH_PASTE.as_bytes(), env);
        assert_success(&output);
        let text = stdout(&output);
        assert!(
            !text.contains('\u{1b}'),
            "escape codes in piped text output ({env:?}):\n{text}"
        );
        assert!(text.contains("[pod/crash-loop]"), "{text}");
        assert!(
            text.contains("$ kubectl logs orders-api-6d9c8b7f5-2xkqp --previous"),
            "{text}"
        );
        assert!(
            text.contains("    2 │ orders-api-6d9c8b7f5-2xkqp"),
            "evidence with its line number:\n{text}"
        );
    }
}

/// An explained finding is shown once, under the finding that explains it,
/// not under every finding of that diagnosis (three flannel pods crash-loop;
/// the first explains the three pods waiting for a network).
#[test]
fn text_output_nests_an_explained_finding_under_its_explainer_only() {
    let path = fixture("pod/container-creating/match-real-flannel-crashloop-all-namespaces.txt");
    let output = run(&[path.to_str().unwrap()], b"");
    assert_success(&output);
    let text = stdout(&output);
    for waiting in [
        "default/nginx-deployment-5c689d88bb-5r966",
        "default/nginx-deployment-5c689d88bb-wb9jq",
        "kube-system/coredns-576cbf47c7-gqzq7",
    ] {
        let shown = text.matches(&format!("subject: {waiting}\n")).count();
        assert_eq!(shown, 1, "{waiting} shown {shown} times:\n{text}");
    }
}

/// On a terminal the text has colour, unless `NO_COLOR` is set. A terminal
/// needs a pseudo-terminal: util-linux `script` provides one where installed.
#[test]
fn text_output_on_a_terminal_is_coloured_unless_no_color() {
    let script = Path::new("/usr/bin/script");
    if !script.exists() {
        eprintln!("skipped: no /usr/bin/script to provide a terminal");
        return;
    }
    let path = fixture("pod/crash-loop/match-restarts-ago.txt");
    let command = format!("'{BIN}' '{}'", path.display());
    let on_terminal = |no_color: Option<&str>| {
        let mut script = Command::new(script);
        script
            .args(["-qec", &command, "/dev/null"])
            .env_remove("NO_COLOR")
            .stdin(Stdio::null());
        if let Some(value) = no_color {
            script.env("NO_COLOR", value);
        }
        let output = script.output().expect("script runs");
        assert_success(&output);
        stdout(&output)
    };
    let coloured = on_terminal(None);
    assert!(
        coloured.contains("\u{1b}[1;31m"),
        "no colour on a terminal:\n{coloured}"
    );
    let plain = on_terminal(Some("1"));
    assert!(
        plain.contains("[pod/crash-loop]") && !plain.contains('\u{1b}'),
        "colour despite NO_COLOR:\n{plain}"
    );
    // An empty NO_COLOR does not count as set (no-color.org).
    assert!(
        on_terminal(Some("")).contains('\u{1b}'),
        "an empty NO_COLOR disabled colour"
    );
}

// ---------------------------------------------------------------- errors

/// Asserts exit 2, nothing on stdout, and a one-line `kubetriage: …` message
/// naming `culprit`, optionally followed by the `--help` hint.
fn assert_usage_error(args: &[&str], culprit: &str) {
    let output = run(args, CRASH_PASTE.as_bytes());
    let err = stderr(&output);
    assert_eq!(
        output.status.code(),
        Some(2),
        "{args:?} exit status; stderr: {err}"
    );
    assert!(
        output.stdout.is_empty(),
        "{args:?} wrote to stdout: {}",
        stdout(&output)
    );
    let mut lines = err.lines();
    let message = lines.next().unwrap_or_default();
    assert!(
        message.starts_with("kubetriage: "),
        "{args:?}: message not prefixed: {err:?}"
    );
    assert!(
        message.contains(culprit),
        "{args:?}: message does not name {culprit:?}: {err:?}"
    );
    let rest: Vec<&str> = lines.collect();
    assert!(
        rest.is_empty() || rest == ["Try 'kubetriage --help'."],
        "{args:?}: more than one message line: {err:?}"
    );
}

#[test]
fn unknown_flag_is_a_usage_error() {
    assert_usage_error(&["--bogus"], "--bogus");
    assert_usage_error(&["-x", "paste.txt"], "-x");
}

#[test]
fn bad_format_is_a_usage_error() {
    assert_usage_error(&["--format", "xml"], "xml");
    assert_usage_error(&["--format=yaml"], "yaml");
    assert_usage_error(&["--format"], "--format");
}

#[test]
fn bad_lang_is_a_usage_error() {
    assert_usage_error(&["--lang", "fr"], "fr");
    assert_usage_error(&["--lang=klingon"], "klingon");
    assert_usage_error(&["--lang"], "--lang");
}

#[test]
fn unreadable_file_is_a_read_error() {
    let missing = fixture("no/such/paste.txt");
    assert_usage_error(&[missing.to_str().unwrap()], "paste.txt");
    let directory = fixture("pod");
    assert_usage_error(&[directory.to_str().unwrap()], "pod");
}

#[test]
fn two_inputs_are_a_usage_error() {
    let path = fixture("pod/crash-loop/match-restarts-ago.txt");
    assert_usage_error(&[path.to_str().unwrap(), "second.txt"], "second.txt");
    assert_usage_error(&["-", "second.txt"], "second.txt");
}

// ---------------------------------------------------------------- one realistic paste

/// One pod row: namespace, name, ready, status, restarts, age.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// 20 pods in five namespaces, three of them broken in three ways.
const PODS: [Row; 20] = [
    (
        "batch",
        "report-builder-6c8b9d7f4-q2xvz",
        "0/1",
        "ImagePullBackOff",
        "0",
        "14m",
    ),
    (
        "batch",
        "report-scheduler-5d6f7c8b9-h7k2m",
        "1/1",
        "Running",
        "0",
        "6d2h",
    ),
    (
        "default",
        "api-gateway-7f9c8d6b5-zt4rw",
        "1/1",
        "Running",
        "0",
        "3d4h",
    ),
    (
        "default",
        "memhog-5b7d9c6f8-pl9xq",
        "0/1",
        "OOMKilled",
        "4 (38s ago)",
        "9m12s",
    ),
    (
        "default",
        "nginx-55f598f8d-2kqlx",
        "1/1",
        "Running",
        "0",
        "12d",
    ),
    (
        "kube-system",
        "coredns-76f75df574-8xk2p",
        "1/1",
        "Running",
        "0",
        "21d",
    ),
    (
        "kube-system",
        "coredns-76f75df574-vb9lq",
        "1/1",
        "Running",
        "0",
        "21d",
    ),
    (
        "kube-system",
        "etcd-control-plane",
        "1/1",
        "Running",
        "0",
        "21d",
    ),
    (
        "kube-system",
        "kube-apiserver-control-plane",
        "1/1",
        "Running",
        "0",
        "21d",
    ),
    (
        "kube-system",
        "kube-controller-manager-control-plane",
        "1/1",
        "Running",
        "1 (21d ago)",
        "21d",
    ),
    (
        "kube-system",
        "kube-proxy-4hx7n",
        "1/1",
        "Running",
        "0",
        "21d",
    ),
    (
        "kube-system",
        "kube-proxy-m2wqz",
        "1/1",
        "Running",
        "0",
        "21d",
    ),
    (
        "kube-system",
        "kube-scheduler-control-plane",
        "1/1",
        "Running",
        "1 (21d ago)",
        "21d",
    ),
    (
        "kube-system",
        "metrics-server-6d94bc8694-jr5tn",
        "1/1",
        "Running",
        "0",
        "21d",
    ),
    (
        "monitoring",
        "prometheus-server-0",
        "2/2",
        "Running",
        "0",
        "8d",
    ),
    (
        "monitoring",
        "grafana-6f8d7c5b9-wd2ml",
        "1/1",
        "Running",
        "0",
        "8d",
    ),
    (
        "shop",
        "cart-5c9f7b8d6-k8s2n",
        "1/1",
        "Running",
        "0",
        "2d1h",
    ),
    (
        "shop",
        "checkout-84b6d9c7f-x9vjl",
        "1/1",
        "Running",
        "0",
        "2d1h",
    ),
    (
        "shop",
        "web-7d9f-abcde",
        "0/1",
        "CrashLoopBackOff",
        "7 (2m14s ago)",
        "17m",
    ),
    ("shop", "redis-master-0", "1/1", "Running", "0", "2d1h"),
];

/// `kubectl get pods -A` as kubectl prints it: every column as wide as its
/// widest cell plus three spaces, the last column unpadded.
fn get_pods_all_namespaces(rows: &[Row]) -> String {
    let header = ["NAMESPACE", "NAME", "READY", "STATUS", "RESTARTS", "AGE"];
    let cells: Vec<[&str; 6]> = std::iter::once(header)
        .chain(
            rows.iter()
                .map(|&(ns, name, ready, status, restarts, age)| {
                    [ns, name, ready, status, restarts, age]
                }),
        )
        .collect();
    let widths: Vec<usize> = (0..6)
        .map(|c| cells.iter().map(|row| row[c].len()).max().unwrap() + 3)
        .collect();
    cells
        .iter()
        .map(|row| {
            let mut line: String = (0..5)
                .map(|c| format!("{:<width$}", row[c], width = widths[c]))
                .collect();
            line.push_str(row[5]);
            line + "\n"
        })
        .collect()
}

/// `kubectl describe pod` of the batch pod, scheduled but unable to pull its image.
const DESCRIBE_BATCH_POD: &str = r#"Name:             report-builder-6c8b9d7f4-q2xvz
Namespace:        batch
Priority:         0
Service Account:  default
Node:             aks-nodepool1-31718369-vmss000001/10.224.0.5
Start Time:       Tue, 12 Mar 2024 09:14:03 +0000
Labels:           app=report-builder
                  pod-template-hash=6c8b9d7f4
Status:           Pending
IP:               10.244.1.23
Controlled By:    ReplicaSet/report-builder-6c8b9d7f4
Containers:
  report-builder:
    Container ID:
    Image:          registry.example.com/batch/report-builder:2.4.1
    Image ID:
    Port:           <none>
    Host Port:      <none>
    State:          Waiting
      Reason:       ImagePullBackOff
    Ready:          False
    Restart Count:  0
Conditions:
  Type              Status
  Initialized       True
  Ready             False
  ContainersReady   False
  PodScheduled      True
Events:
  Type     Reason     Age                From               Message
  ----     ------     ----               ----               -------
  Normal   Scheduled  14m                default-scheduler  Successfully assigned batch/report-builder-6c8b9d7f4-q2xvz to aks-nodepool1-31718369-vmss000001
  Normal   Pulling    12m (x4 over 14m)  kubelet            Pulling image "registry.example.com/batch/report-builder:2.4.1"
  Warning  Failed     12m (x4 over 14m)  kubelet            Failed to pull image "registry.example.com/batch/report-builder:2.4.1": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.com/batch/report-builder:2.4.1": failed to resolve reference "registry.example.com/batch/report-builder:2.4.1": registry.example.com/batch/report-builder:2.4.1: not found
  Warning  Failed     12m (x4 over 14m)  kubelet            Error: ErrImagePull
  Normal   BackOff    4m (x42 over 14m)  kubelet            Back-off pulling image "registry.example.com/batch/report-builder:2.4.1"
  Warning  Failed     4m (x42 over 14m)  kubelet            Error: ImagePullBackOff
"#;

/// 1-based number of the first line of `paste` that contains `needle`.
fn line_of(paste: &str, needle: &str) -> u64 {
    paste
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not in the paste")) as u64
        + 1
}

fn evidence_lines(finding: &Value) -> Vec<u64> {
    finding["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect()
}

fn commands(finding: &Value) -> Vec<&str> {
    finding["commands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect()
}

#[test]
fn twenty_pods_with_three_problems_give_exactly_three_findings() {
    let paste = format!(
        "$ kubectl get pods -A\n{}\n$ kubectl describe pod report-builder-6c8b9d7f4-q2xvz -n batch\n{DESCRIBE_BATCH_POD}",
        get_pods_all_namespaces(&PODS)
    );
    let report = json(&run(&["--format", "json"], paste.as_bytes()));
    assert_contract_shape(&report);

    let summary: Vec<(&str, &str)> = findings(&report)
        .iter()
        .map(|f| (f["id"].as_str().unwrap(), f["subject"].as_str().unwrap()))
        .collect();
    let mut sorted = summary.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        [
            ("pod/crash-loop", "shop/web-7d9f-abcde"),
            ("pod/image-pull-backoff", "batch/report-builder-6c8b9d7f4-q2xvz"),
            ("pod/oom-killed", "default/memhog-5b7d9c6f8-pl9xq"),
        ],
        "exactly the three problems, nothing about the 17 healthy pods or a second guess about the same pods:\n{report:#}"
    );
    let find = |id: &str| findings(&report).iter().find(|f| f["id"] == id).unwrap();

    // Rows of the table: the header is line 2, pods start on line 3.
    let row = |name: &str| line_of(&paste, &format!(" {name} "));
    assert_eq!(
        (
            line_of(&paste, "NAMESPACE"),
            row("report-builder-6c8b9d7f4-q2xvz")
        ),
        (2, 3)
    );
    let describe =
        line_of(&paste, "Name:             report-builder")..=paste.lines().count() as u64;

    let crash = find("pod/crash-loop");
    assert_eq!(crash["severity"], "error");
    assert_eq!(
        evidence_lines(crash),
        [row("web-7d9f-abcde")],
        "crash-loop evidence is its table row"
    );
    assert_eq!(
        crash["evidence"][0]["text"].as_str().unwrap(),
        paste
            .lines()
            .nth(row("web-7d9f-abcde") as usize - 1)
            .unwrap()
    );
    let crash_commands = commands(crash);
    assert!(
        crash_commands.contains(&"kubectl logs web-7d9f-abcde -n shop --previous"),
        "{crash_commands:?}"
    );
    assert!(
        crash_commands.contains(&"kubectl describe pod web-7d9f-abcde -n shop"),
        "{crash_commands:?}"
    );

    let pull = find("pod/image-pull-backoff");
    assert_eq!(pull["severity"], "error");
    let pull_lines = evidence_lines(pull);
    let failed_event = line_of(&paste, "Failed to pull image");
    for line in [row("report-builder-6c8b9d7f4-q2xvz"), failed_event] {
        assert!(
            pull_lines.contains(&line),
            "image-pull evidence {pull_lines:?} lacks line {line}"
        );
    }
    for &line in &pull_lines {
        assert!(
            line == row("report-builder-6c8b9d7f4-q2xvz") || describe.contains(&line),
            "image-pull evidence line {line} is not about the batch pod"
        );
    }
    assert!(
        pull_lines.windows(2).all(|w| w[0] < w[1]),
        "evidence sorted, no duplicates: {pull_lines:?}"
    );
    assert!(
        commands(pull).contains(&"kubectl describe pod report-builder-6c8b9d7f4-q2xvz -n batch"),
        "{:?}",
        commands(pull)
    );
    assert!(
        pull["cause"].as_str().unwrap().contains("does not exist"),
        "the not-found sub-cause is read from the event: {pull}"
    );

    let oom = find("pod/oom-killed");
    assert_eq!(oom["severity"], "error");
    assert_eq!(
        evidence_lines(oom),
        [row("memhog-5b7d9c6f8-pl9xq")],
        "oom evidence is its table row"
    );
    assert!(
        commands(oom).contains(&"kubectl describe pod memhog-5b7d9c6f8-pl9xq -n default"),
        "{:?}",
        commands(oom)
    );

    for finding in findings(&report) {
        for command in commands(finding) {
            assert!(
                !command.contains('<') && !command.contains('{'),
                "unfilled placeholder in {command:?}"
            );
        }
    }
    let inputs: Vec<(&str, &Value)> = report["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["kind"].as_str().unwrap(), &i["lines"]))
        .collect();
    assert!(
        inputs.contains(&("kubectl-get-pods", &serde_json::json!([2, 22]))),
        "{inputs:?}"
    );
    assert!(
        inputs
            .iter()
            .any(|(kind, lines)| *kind == "kubectl-describe-pod" && lines[0] == *describe.start()),
        "{inputs:?}"
    );
}

#[test]
fn the_same_twenty_pods_all_healthy_give_no_problem() {
    let healthy: Vec<Row> = PODS
        .iter()
        .map(|&(ns, name, _, _, _, age)| {
            (
                ns,
                name,
                if name.starts_with("prometheus") {
                    "2/2"
                } else {
                    "1/1"
                },
                "Running",
                "0",
                age,
            )
        })
        .collect();
    let paste = format!(
        "$ kubectl get pods -A\n{}",
        get_pods_all_namespaces(&healthy)
    );
    let report = json(&run(&["--format", "json"], paste.as_bytes()));
    assert_contract_shape(&report);
    let problems: Vec<&Value> = findings(&report)
        .iter()
        .filter(|f| f["severity"] != "info")
        .collect();
    assert!(
        problems.is_empty(),
        "problems in a healthy paste: {problems:?}"
    );
    assert_eq!(report["inputs"][0]["kind"], "kubectl-get-pods");

    let output = run(&[], paste.as_bytes());
    assert_success(&output);
    assert!(
        stdout(&output).contains("No problems found"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn healthy_fixture_exits_zero_with_no_problem() {
    let path = fixture("healthy/arc-deployments-pods-healthy.txt");
    let report = json(&run(&["--format", "json", path.to_str().unwrap()], b""));
    assert!(
        findings(&report).iter().all(|f| f["severity"] == "info"),
        "{report:#}"
    );
    assert!(
        !report["inputs"].as_array().unwrap().is_empty(),
        "the paste was recognised"
    );
}

// ---------------------------------------------------------------- languages

#[test]
fn a_korean_locale_without_lang_still_diagnoses() {
    let english = json(&run(&["--format", "json"], CRASH_PASTE.as_bytes()));
    for env in [
        &[("LANG", "ko_KR.UTF-8")][..],
        &[("LC_ALL", "ko_KR.UTF-8"), ("LANG", "C")][..],
        &[("LANG", "fr_FR.UTF-8")][..],
    ] {
        let report = json(&run_with(
            &["--format", "json"],
            CRASH_PASTE.as_bytes(),
            env,
        ));
        assert_contract_shape(&report);
        assert_eq!(ids(&report), ids(&english), "{env:?}");
        assert_eq!(
            findings(&report)[0]["subject"],
            findings(&english)[0]["subject"]
        );
        assert_eq!(
            findings(&report)[0]["commands"],
            findings(&english)[0]["commands"],
            "commands do not depend on the language"
        );
        let translated = findings(&report)[0]["title"] != findings(&english)[0]["title"];
        assert_eq!(
            translated,
            env.iter().any(|(_, v)| v.starts_with("ko")),
            "{env:?}"
        );
    }
}

#[test]
fn every_language_flag_is_accepted() {
    for lang in ["en", "ko", "zh-TW", "it", "zh_TW", "ko_KR.UTF-8"] {
        let report = json(&run(
            &["--format", "json", "--lang", lang],
            CRASH_PASTE.as_bytes(),
        ));
        assert_contract_shape(&report);
        assert_eq!(ids(&report), ["pod/crash-loop"], "--lang {lang}");
        let list = json(&run(&["--list", "--format", "json", "--lang", lang], b""));
        assert!(
            list.as_array()
                .unwrap()
                .iter()
                .all(|e| e["title"].as_str().is_some_and(|t| !t.is_empty())),
            "--list --lang {lang}"
        );
    }
}
