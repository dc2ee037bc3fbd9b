//! The fixture corpus, walked as data: adding a fixture needs no code.
//!
//! - `fixtures/<domain>/<name>/match-*.txt` must produce `<domain>/<name>`,
//!   and so must four messier copies made from it here (CRLF line ends,
//!   ANSI colours, prose around it, alignment and indentation lost);
//! - `fixtures/<domain>/<name>/near-miss-*.txt` must not produce it;
//! - `fixtures/healthy/*.txt` must produce no error or warning at all;
//! - every declared diagnosis has at least two match files and one near miss.

use kubetriage_core::{diagnose, list, Lang, Report};
use std::fs;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn text_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    files
}

fn read(path: &Path) -> String {
    String::from_utf8_lossy(&fs::read(path).expect("fixture readable")).into_owned()
}

fn ids(report: &Report) -> Vec<&str> {
    report.findings.iter().map(|f| f.id).collect()
}

/// Messier copies of a clean paste, each named for the failure it would show.
fn messy_variants(text: &str) -> Vec<(&'static str, String)> {
    vec![
        ("crlf", text.replace("\r\n", "\n").replace('\n', "\r\n")),
        (
            "ansi",
            text.lines()
                .map(|l| format!("\x1b[1;31m{l}\x1b[0m\n"))
                .collect(),
        ),
        (
            "prose around",
            format!("Hi, after upgrading I get this:\n\n{text}\n\nAny idea? Thanks!\n"),
        ),
        (
            "alignment lost",
            text.lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ") + "\n")
                .collect(),
        ),
    ]
}

/// Checks the report's own invariants: evidence inside the input, sorted, true.
fn check_evidence(report: &Report, text: &str, name: &str, failures: &mut Vec<String>) {
    let doc = kubetriage_core::input::Document::new(text);
    for finding in &report.findings {
        for evidence in &finding.evidence {
            if evidence.line == 0 || evidence.line > doc.len() {
                failures.push(format!(
                    "{name}: {} evidence line {} outside the input",
                    finding.id, evidence.line
                ));
            } else if !doc
                .line(evidence.line - 1)
                .starts_with(evidence.text.trim_end())
            {
                failures.push(format!(
                    "{name}: {} evidence text differs from line {}",
                    finding.id, evidence.line
                ));
            }
        }
        if finding.evidence.is_empty() {
            failures.push(format!("{name}: {} has no evidence", finding.id));
        }
        if finding
            .commands
            .iter()
            .chain(&finding.fix)
            .any(|c| c.contains("{") && c.contains("_flag}"))
        {
            failures.push(format!(
                "{name}: {} left a placeholder unfilled",
                finding.id
            ));
        }
    }
}

#[test]
fn every_fixture_gives_what_its_name_says() {
    let mut failures = Vec::new();
    let mut checked = 0;
    // `KT_DOMAIN=eks cargo test --test fixtures` checks one domain while it is written.
    let only = std::env::var("KT_DOMAIN").ok();
    for diagnosis in list(Lang::En) {
        let (domain, name) = diagnosis.id.split_once('/').unwrap();
        if only.as_deref().is_some_and(|d| d != domain) {
            continue;
        }
        let dir = fixtures().join(domain).join(name);
        let files = text_files(&dir);
        let matches: Vec<&PathBuf> = files
            .iter()
            .filter(|p| file_name(p).starts_with("match-"))
            .collect();
        let misses: Vec<&PathBuf> = files
            .iter()
            .filter(|p| file_name(p).starts_with("near-miss-"))
            .collect();
        if matches.len() < 2 || misses.is_empty() {
            failures.push(format!(
                "{}: needs 2 match and 1 near-miss fixtures, has {} and {}",
                diagnosis.id,
                matches.len(),
                misses.len()
            ));
        }
        for path in matches {
            let text = read(path);
            let report = diagnose(&text);
            check_evidence(&report, &text, &file_name(path), &mut failures);
            if !ids(&report).contains(&diagnosis.id) {
                failures.push(format!(
                    "{}: {} does not give it (got {:?})",
                    diagnosis.id,
                    file_name(path),
                    ids(&report)
                ));
                continue;
            }
            for (variant, messy) in messy_variants(&text) {
                if !ids(&diagnose(&messy)).contains(&diagnosis.id) {
                    failures.push(format!(
                        "{}: {} with {variant} does not give it",
                        diagnosis.id,
                        file_name(path)
                    ));
                }
            }
            checked += 1;
        }
        for path in misses {
            let report = diagnose(&read(path));
            if ids(&report).contains(&diagnosis.id) {
                failures.push(format!(
                    "{}: near miss {} gives it",
                    diagnosis.id,
                    file_name(path)
                ));
            }
            checked += 1;
        }
    }
    for path in text_files(&fixtures().join("healthy")) {
        let report = diagnose(&read(path.as_path()));
        if report.has_problems() {
            failures.push(format!(
                "healthy {} gives {:?}",
                file_name(&path),
                ids(&report)
            ));
        }
        checked += 1;
    }
    assert!(checked > 0, "no fixtures found");
    assert!(
        failures.is_empty(),
        "{} of {checked} fixtures failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_fixture_folder_names_a_declared_diagnosis() {
    let declared: Vec<String> = list(Lang::En)
        .into_iter()
        .map(|d| d.id.to_string())
        .collect();
    for domain in fs::read_dir(fixtures())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
    {
        let domain_name = domain.file_name().to_string_lossy().into_owned();
        if domain_name == "healthy" {
            continue;
        }
        for folder in fs::read_dir(domain.path())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
        {
            let id = format!("{domain_name}/{}", folder.file_name().to_string_lossy());
            assert!(
                declared.contains(&id),
                "fixtures for undeclared diagnosis {id}"
            );
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn every_language_gives_the_same_ids_and_evidence() {
    use kubetriage_core::{diagnose_with, Options};
    let mut failures = Vec::new();
    let mut stack = vec![fixtures()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = read(&path);
            let english = diagnose(&text);
            let key = |r: &Report| {
                r.findings
                    .iter()
                    .map(|f| (f.id, f.subject.clone(), f.evidence.clone()))
                    .collect::<Vec<_>>()
            };
            for lang in [Lang::Ko, Lang::ZhTw, Lang::It] {
                let report = diagnose_with(
                    &text,
                    Options {
                        lang,
                        ..Options::default()
                    },
                );
                if key(&report) != key(&english) {
                    failures.push(format!("{} in {lang:?}", file_name(&path)));
                }
                if report
                    .findings
                    .iter()
                    .zip(&english.findings)
                    .any(|(a, b)| a.title == b.title)
                {
                    failures.push(format!(
                        "{} in {lang:?}: a title is still English",
                        file_name(&path)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
