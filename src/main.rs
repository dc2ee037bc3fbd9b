//! The kubetriage CLI: reads a paste from a file or stdin, prints the
//! diagnosis as text (for a terminal), JSON (for tools) or Markdown (for a
//! support ticket). Exit 0 when it diagnosed, 2 on a usage or read error.

mod args;
mod json;
mod text;

use args::{Args, Format};
use kubetriage_core::input::Document;
use kubetriage_core::{diagnose_with, list, render, Options};
use std::borrow::Cow;
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
            Format::Json => json::write(&mut stdout, &entries),
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
        // Valid UTF-8 (the usual case) is taken as it is, without a copy,
        // after a SIMD check (a quarter of the time of the standard one on
        // a large paste); bytes that are not UTF-8 are replaced, never
        // rejected: a paste with some binary in it is still a paste.
        let paste = match simdutf8::basic::from_utf8(&bytes) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(&bytes),
        };
        if paste.len() > Document::MAX_BYTES {
            eprintln!("kubetriage: the input is larger than 2 GiB; only its first 2 GiB are read");
        }
        let options = Options {
            lang: args.lang,
            exiting: true,
        };
        let report = diagnose_with(&paste, options);
        let written = match args.format {
            Format::Json => json::write_report(&mut stdout, &report),
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

/// The bytes of the paste: a large file mapped into memory, anything else
/// read into a buffer.
enum Input {
    Mapped(memmap2::Mmap),
    Read(Vec<u8>),
}

impl std::ops::Deref for Input {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Input::Mapped(map) => map,
            Input::Read(bytes) => bytes,
        }
    }
}

/// Reads FILE, or stdin for `-` or no argument.
fn read_input(path: Option<&str>) -> Result<Input, String> {
    match path {
        None | Some("-") => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                eprintln!("kubetriage: reading the paste from stdin; end it with Ctrl-D");
            }
            let mut bytes = Vec::new();
            stdin
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read stdin: {e}"))?;
            Ok(Input::Read(bytes))
        }
        Some(path) => std::fs::File::open(path)
            .and_then(|file| read_file(&file))
            .map_err(|e| format!("cannot read '{path}': {e}")),
    }
}

/// Regular files from this size on are mapped into memory rather than
/// copied: copying 100 MB into fresh memory took about 60 ms, a tenth of
/// the whole run; mapping it, a few.
const MAP_BYTES: u64 = 1 << 20;

/// The bytes of `file`, from its start.
fn read_file(mut file: &std::fs::File) -> std::io::Result<Input> {
    if file
        .metadata()
        .is_ok_and(|m| m.is_file() && m.len() >= MAP_BYTES)
    {
        // SAFETY: the map is only read. As for ripgrep, which maps large
        // files too, a file cut shorter by another process while it is
        // being read ends the run with SIGBUS: nothing is written, and
        // running again reads the file as it is then.
        if let Ok(map) = unsafe { memmap2::MmapOptions::new().populate().map(file) } {
            return Ok(Input::Mapped(map));
        }
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(Input::Read(bytes))
}
