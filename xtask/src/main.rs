//! Developer tasks, run as `cargo xtask <task>` (see `.cargo/config.toml`):
//!
//! - `serve [--port N]` — install what is missing, build the page, serve the repo root;
//! - `test` — everything CI checks: fmt, clippy, all tests, page build, size budget, browser tests;
//! - `page` — build `pkg/` only (skipped when nothing changed);
//! - `bench` — the benchmarks and their report (BENCHMARKS.md).
//!
//! A fresh machine needs only `cargo`: every tool is installed on first use.

mod bench;
mod corpus;
mod imports;
mod page;
mod serve;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(port(&args[1..])),
        Some("test") => test(),
        Some("page") => page::build().map(|_| ()),
        Some("bench") => bench::run(&args[1..]),
        _ => {
            Err("usage: cargo xtask <serve [--port N] | test | page | bench [--quick]>".to_string())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn port(args: &[String]) -> u16 {
    args.iter()
        .position(|a| a == "--port")
        .and_then(|i| args.get(i + 1))
        .and_then(|p| p.parse().ok())
        .unwrap_or(8080)
}

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repo")
        .to_path_buf()
}

/// Runs a command in the repo root, echoing it; fails with its exit status.
pub fn run(program: &str, args: &[&str]) -> Result<(), String> {
    run_with_env(program, args, &[])
}

/// [`run`] with extra environment variables.
pub fn run_with_env(program: &str, args: &[&str], env: &[(&str, &str)]) -> Result<(), String> {
    let shown: Vec<String> = env.iter().map(|(k, v)| format!("{k}={v:?} ")).collect();
    eprintln!("$ {}{program} {}", shown.concat(), args.join(" "));
    let status = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(root())
        .status()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("`{program} {}` failed ({status})", args.join(" ")))
}

/// Everything CI checks, in order from fastest to slowest.
fn test() -> Result<(), String> {
    tools::ensure_all()?;
    run("cargo", &["fmt", "--all", "--check"])?;
    run(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    run(
        "cargo",
        &[
            "clippy",
            "-p",
            "kubetriage-web",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    run("cargo", &["test", "--workspace"])?;
    run("cargo", &["build", "--release", "--bin", "kubetriage"])?;
    // The stage benchmarks run once each, so that they cannot rot.
    bench::stage_benchmarks(&["--test"])?;
    let size = page::build()?;
    page::check_budget(size)?;
    run("node", &["--test", "--test-concurrency=1", "tests/e2e/"])?;
    bench::fuzz_smoke()?;
    eprintln!("xtask: all checks passed");
    Ok(())
}
