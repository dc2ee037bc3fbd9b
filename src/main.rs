//! The kubetriage CLI: reads a paste from a file or stdin, prints the
//! diagnosis as text (for a terminal), JSON (for tools) or Markdown (for a
//! support ticket). Exit 0 when it diagnosed, 2 on a usage or read error.

mod args;
mod text;

use args::{Args, Format};
use kubetriage_core::input::Document;
use kubetriage_core::{diagnose_with, list, render, Options};
use std::io::{BufWriter, IsTerminal, Read, Write};
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
    let mut stdout = BufWriter::new(std::io::stdout().lock());
    let written = if args.help {
        stdout.write_all(args::HELP.as_bytes())
    } else if args.version {
        writeln!(stdout, "kubetriage {}", env!("CARGO_PKG_VERSION"))
    } else if args.list {
        let entries = list(args.lang);
        match args.format {
            Format::Json => write_json(&mut stdout, &entries),
            _ => entries.iter().try_for_each(|e| {
                writeln!(
                    stdout,
                    "{:<36} {:<8} {}",
                    e.id,
                    format!("{:?}", e.severity).to_lowercase(),
                    e.title
                )
            }),
        }
    } else {
        let bytes = read_input(args.input.as_deref())?;
        // Valid UTF-8 (the usual case) is taken as it is, without a copy;
        // bytes that are not UTF-8 are replaced, never rejected: a paste
        // with some binary in it is still a paste.
        let paste = String::from_utf8_lossy(&bytes);
        if paste.len() > Document::MAX_BYTES {
            eprintln!("kubetriage: the input is larger than 2 GiB; only its first 2 GiB are read");
        }
        let report = diagnose_with(&paste, Options { lang: args.lang });
        let written = match args.format {
            Format::Json => write_json(&mut stdout, &report),
            Format::Markdown => stdout.write_all(render::markdown(&report, args.lang).as_bytes()),
            Format::Text => {
                let colour = std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
                stdout.write_all(text::render(&report, args.lang, colour).as_bytes())
            }
        };
        // The process ends next: freeing the report (hundreds of thousands
        // of small allocations for a large paste) would only cost time.
        std::mem::forget(report);
        written
    };
    match written.and_then(|()| stdout.flush()) {
        // A closed pipe (`kubetriage x | head`) is not an error worth reporting.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write output: {e}"))
        }
        _ => Ok(()),
    }
}

/// Writes `value` as pretty JSON and a line end, as it is encoded.
fn write_json<T: serde::Serialize>(out: &mut impl Write, value: &T) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}

/// The bytes of a paste.
enum Paste {
    /// A large file, mapped into memory: read where the kernel keeps it,
    /// without a copy.
    Mapped(memmap2::Mmap),
    /// Anything else, read.
    Read(Vec<u8>),
}

impl std::ops::Deref for Paste {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Paste::Mapped(map) => map,
            Paste::Read(bytes) => bytes,
        }
    }
}

/// Files from this size on are mapped rather than read: mapping saves the
/// copy and the fresh memory, but costs more than reading a small file.
const MAP_BYTES: u64 = 1 << 20;

/// Reads FILE, or stdin for `-` or no argument.
fn read_input(path: Option<&str>) -> Result<Paste, String> {
    match path {
        None | Some("-") => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                eprintln!("kubetriage: reading the paste from stdin; end it with Ctrl-D");
            }
            // `kubetriage < file` is a file too.
            #[cfg(unix)]
            if let Some(paste) = std::os::fd::AsFd::as_fd(&stdin)
                .try_clone_to_owned()
                .ok()
                .and_then(|fd| map_large(&std::fs::File::from(fd)))
            {
                return Ok(paste);
            }
            let mut bytes = Vec::new();
            stdin
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read stdin: {e}"))?;
            Ok(Paste::Read(bytes))
        }
        Some(path) => {
            let mut file =
                std::fs::File::open(path).map_err(|e| format!("cannot read '{path}': {e}"))?;
            if let Some(paste) = map_large(&file) {
                return Ok(paste);
            }
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read '{path}': {e}"))?;
            Ok(Paste::Read(bytes))
        }
    }
}

/// `file` mapped into memory, when it is a regular file of at least
/// [`MAP_BYTES`] that can be mapped.
fn map_large(file: &std::fs::File) -> Option<Paste> {
    let metadata = file.metadata().ok()?;
    if !metadata.is_file() || metadata.len() < MAP_BYTES {
        return None;
    }
    // SAFETY: the map is only read, and only while `file` cannot change
    // under it in a way Rust can see: another process truncating the file
    // meanwhile would end this one with SIGBUS, which ripgrep, mapping
    // files the same way, accepts too.
    let map = unsafe { memmap2::MmapOptions::new().populate().map(file) }.ok()?;
    Some(Paste::Mapped(map))
}
