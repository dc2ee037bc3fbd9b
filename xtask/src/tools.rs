//! Installs the tools the tasks need, when they are missing: the wasm32
//! target, wasm-pack, wasm-bindgen-cli (pinned to Cargo.lock), Debian's
//! chromium and ripgrep, and the npm packages of the browser tests.

use crate::{root, run};
use std::process::Command;

/// Installs everything `test` needs.
pub fn ensure_all() -> Result<(), String> {
    ensure_wasm_tools()?;
    ensure_debian(&[
        ("chromium", "/usr/bin/chromium"),
        ("ripgrep", "/usr/bin/rg"),
    ])?;
    ensure_npm()
}

/// The wasm32 target, wasm-bindgen-cli at the locked version, and wasm-pack.
pub fn ensure_wasm_tools() -> Result<(), String> {
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets.contains("wasm32-unknown-unknown") {
        run("rustup", &["target", "add", "wasm32-unknown-unknown"])?;
    }
    let wanted = locked_version("wasm-bindgen")?;
    let have = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    let install = |locked: bool| {
        let mut args = vec!["install", "wasm-bindgen-cli", "--version", &wanted];
        if locked {
            args.push("--locked");
        }
        run("cargo", &args)
    };
    // `--locked` can fail for wasm-bindgen-cli; then install without it.
    if !have.contains(&wanted) && install(true).is_err() {
        install(false)?;
    }
    if output("wasm-pack", &["--version"]).is_none()
        && run("cargo", &["install", "wasm-pack", "--locked"]).is_err()
    {
        run("cargo", &["install", "wasm-pack"])?;
    }
    Ok(())
}

/// Debian packages, each checked by a file it installs.
pub fn ensure_debian(packages: &[(&str, &str)]) -> Result<(), String> {
    let missing: Vec<&str> = packages
        .iter()
        .filter(|(_, file)| !std::path::Path::new(file).exists())
        .map(|(p, _)| *p)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let sudo = output("id", &["-u"]).is_some_and(|id| id.trim() != "0");
    let apt = |args: &[&str]| -> Result<(), String> {
        if sudo {
            run("sudo", &[&["apt-get"], args].concat())
        } else {
            run("apt-get", args)
        }
    };
    apt(&["update", "-q"])?;
    apt(&[
        &["install", "-y", "-q", "--no-install-recommends"],
        missing.as_slice(),
    ]
    .concat())
}

/// The browser tests' npm packages (playwright-core, axe-core, binaryen), from the lock file.
pub fn ensure_npm() -> Result<(), String> {
    let dir = root().join("tests/e2e");
    let stamp = dir.join("node_modules/.package-lock.json");
    let lock = dir.join("package-lock.json");
    let fresh = match (std::fs::metadata(&stamp), std::fs::metadata(&lock)) {
        (Ok(s), Ok(l)) => s.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if !fresh {
        run(
            "npm",
            &["ci", "--prefix", "tests/e2e", "--no-audit", "--no-fund"],
        )?;
    }
    Ok(())
}

/// The version of `package` in Cargo.lock.
pub fn locked_version(package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let marker = format!("name = \"{package}\"\nversion = \"");
    let at = lock
        .find(&marker)
        .ok_or_else(|| format!("{package} is not in Cargo.lock"))?
        + marker.len();
    Ok(lock[at..].split('"').next().unwrap_or_default().to_string())
}

/// A command's stdout, or None when it cannot run or fails.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}
