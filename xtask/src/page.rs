//! `cargo xtask page`: builds the page's `pkg/` with wasm-pack (no
//! downloads: the installed wasm-bindgen), shrinks it with binaryen's
//! `wasm-opt -Oz` from npm, and copies the stylesheet next to it.

use crate::{root, run, tools};
use std::path::Path;
use std::time::SystemTime;

/// Most bytes the page may load, gzip-compressed (wasm + JS + CSS).
pub const BUDGET_GZIP_BYTES: u64 = 350 * 1024;

/// Builds `pkg/` unless it is newer than every source; returns the gzip size.
pub fn build() -> Result<u64, String> {
    let root = root();
    let stamp = root.join("pkg/.built");
    let newest_source = [
        "core/src",
        "web/src",
        "web/style.css",
        "web/worker.js",
        "web/Cargo.toml",
        "core/Cargo.toml",
        "Cargo.toml",
        "Cargo.lock",
    ]
    .iter()
    .filter_map(|p| newest(&root.join(p)))
    .max();
    let built = std::fs::metadata(&stamp).and_then(|m| m.modified()).ok();
    if built.is_none() || newest_source > built {
        tools::ensure_wasm_tools()?;
        tools::ensure_npm()?;
        run(
            "wasm-pack",
            &[
                "build",
                "web",
                "--profile",
                "wasm-release",
                "--target",
                "web",
                "--out-dir",
                "../pkg",
                "--out-name",
                "kubetriage_web",
                "--mode",
                "no-install",
                "--no-pack",
            ],
        )?;
        let wasm = root.join("pkg/kubetriage_web_bg.wasm");
        let wasm = wasm.to_string_lossy();
        let wasm_opt = root.join("tests/e2e/node_modules/.bin/wasm-opt");
        run(
            &wasm_opt.to_string_lossy(),
            &[
                "-Oz",
                // Repeat the passes while they still shrink the module.
                "--converge",
                // The module defines its own memory, so it starts zeroed.
                "--zero-filled-memory",
                "--strip-debug",
                "--strip-producers",
                "--enable-bulk-memory",
                "--enable-reference-types",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-multivalue",
                "--enable-mutable-globals",
                &wasm,
                "-o",
                &wasm,
            ],
        )?;
        std::fs::copy(root.join("web/style.css"), root.join("pkg/kubetriage.css"))
            .map_err(|e| format!("copy css: {e}"))?;
        std::fs::copy(
            root.join("web/worker.js"),
            root.join("pkg/kubetriage_worker.js"),
        )
        .map_err(|e| format!("copy worker: {e}"))?;
        let _ = std::fs::remove_file(root.join("pkg/.gitignore"));
        std::fs::write(&stamp, "").map_err(|e| format!("stamp: {e}"))?;
    }
    let size = gzip_size(&[
        "pkg/kubetriage_web_bg.wasm",
        "pkg/kubetriage_web.js",
        "pkg/kubetriage.css",
    ])?;
    println!(
        "page size: {:.1} KB gzipped (budget {} KB)",
        size as f64 / 1024.0,
        BUDGET_GZIP_BYTES / 1024
    );
    Ok(size)
}

/// Fails when the page is larger than its budget.
pub fn check_budget(size: u64) -> Result<(), String> {
    (size <= BUDGET_GZIP_BYTES).then_some(()).ok_or_else(|| {
        format!("page is {size} bytes gzipped, over the budget of {BUDGET_GZIP_BYTES}")
    })
}

/// Sum of `gzip -9` sizes of the files.
fn gzip_size(files: &[&str]) -> Result<u64, String> {
    let mut total = 0;
    for file in files {
        let out = std::process::Command::new("gzip")
            .args(["-9", "-c", file])
            .current_dir(root())
            .output()
            .map_err(|e| format!("gzip: {e}"))?;
        if !out.status.success() {
            return Err(format!("gzip {file} failed"));
        }
        total += out.stdout.len() as u64;
    }
    Ok(total)
}

/// The newest modification time of a file or of anything under a directory.
fn newest(path: &Path) -> Option<SystemTime> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    std::fs::read_dir(path)
        .ok()?
        .filter_map(|e| newest(&e.ok()?.path()))
        .max()
}
