//! The kubetriage CLI: reads a paste from a file or stdin, prints the
//! diagnosis as text (for a terminal), JSON (for tools) or Markdown (for a
//! support ticket). Exit 0 when it diagnosed, 2 on a usage or read error.

mod args;
mod text;

use args::{Args, Format};
use kubetriage_core::input::Document;
use kubetriage_core::{diagnose_with, list, render, Options};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match Args::parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("kubetriage: {message}\nTry 'kubetriage --help'.");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("kubetriage: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let out = if args.help {
        args::HELP.to_string()
    } else if args.version {
        format!("kubetriage {}\n", env!("CARGO_PKG_VERSION"))
    } else if args.list {
        let entries = list(args.lang);
        match args.format {
            Format::Json => to_json(&entries)?,
            _ => entries
                .iter()
                .map(|e| {
                    format!(
                        "{:<36} {:<8} {}\n",
                        e.id,
                        format!("{:?}", e.severity).to_lowercase(),
                        e.title
                    )
                })
                .collect(),
        }
    } else {
        let paste = read_input(args.input.as_deref())?;
        if paste.len() > Document::MAX_BYTES {
            eprintln!("kubetriage: the input is larger than 2 GiB; only its first 2 GiB are read");
        }
        let report = diagnose_with(&paste, Options { lang: args.lang });
        match args.format {
            Format::Json => to_json(&report)?,
            Format::Markdown => render::markdown(&report, args.lang),
            Format::Text => {
                let colour = std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
                text::render(&report, args.lang, colour)
            }
        }
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        // A closed pipe (`kubetriage x | head`) is not an error worth reporting.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write output: {e}"))
        }
        _ => Ok(()),
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| format!("cannot encode JSON: {e}"))
}

/// Reads FILE, or stdin for `-` or no argument. Bytes that are not UTF-8
/// are replaced, never rejected: a paste with some binary in it is still a paste.
fn read_input(path: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match path {
        None | Some("-") => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                eprintln!("kubetriage: reading the paste from stdin; end it with Ctrl-D");
            }
            stdin
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read stdin: {e}"))?;
        }
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("cannot read '{path}': {e}"))?;
        }
    }
    // Valid UTF-8 (the usual case) is taken as it is, without a copy.
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}
