//! Command-line arguments, parsed by hand: a handful of flags do not need a
//! parser crate, and every error says exactly which argument is wrong.

use kubetriage_core::Lang;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For a person at a terminal.
    Text,
    /// The JSON contract.
    Json,
    /// For a support ticket.
    Markdown,
}

/// Parsed arguments.
#[derive(Debug)]
pub struct Args {
    pub format: Format,
    pub lang: Lang,
    pub input: Option<String>,
    pub list: bool,
    pub help: bool,
    pub version: bool,
}

/// `--help` text.
pub const HELP: &str = "\
kubetriage — paste Kubernetes, Azure Arc, AKS extension, Service Connector and
EKS-on-Outposts command output; get the cause and the fix. Nothing leaves your machine.

Usage:
  kubetriage [--format text|json|markdown] [--lang en|ko|zh-TW|it] [FILE|-]
  kubetriage --list [--format json]

Reads FILE, or stdin when FILE is '-' or absent:
  kubectl describe pod web-7d9f -n shop | kubetriage

Options:
  --format FORMAT   text (default; colour only on a terminal, never with NO_COLOR),
                    json (the stable JSON contract) or markdown (for a ticket)
  --lang LANG       en, ko, zh-TW or it: the language of titles, causes, fixes
                    and labels; default from LC_ALL / LC_MESSAGES / LANG, else en.
                    IDs, evidence and commands are the same in every language.
  --list            list every diagnosis (ID, domain, severity, title, source)
  -h, --help        show this help
  -V, --version     show the version

Exit status: 0 when the paste was diagnosed (whatever was found),
             2 on a usage or read error.
";

impl Args {
    /// Parses the arguments after the program name.
    pub fn parse(mut argv: impl Iterator<Item = String>) -> Result<Args, String> {
        let mut args = Args {
            format: Format::Text,
            lang: default_lang(),
            input: None,
            list: false,
            help: false,
            version: false,
        };
        while let Some(arg) = argv.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ => (arg.clone(), None),
            };
            let mut value = |name: &str| {
                inline
                    .clone()
                    .or_else(|| argv.next())
                    .ok_or_else(|| format!("{name} needs a value"))
            };
            match flag.as_str() {
                "--format" | "-f" => {
                    args.format = match value("--format")?.as_str() {
                        "text" => Format::Text,
                        "json" => Format::Json,
                        "markdown" | "md" => Format::Markdown,
                        other => {
                            return Err(format!(
                                "unknown format '{other}' (expected text, json or markdown)"
                            ))
                        }
                    }
                }
                "--lang" | "-l" => {
                    let tag = value("--lang")?;
                    args.lang = Lang::parse(&tag).ok_or_else(|| {
                        format!("unknown language '{tag}' (expected en, ko, zh-TW or it)")
                    })?;
                }
                "--list" => args.list = true,
                "--help" | "-h" => args.help = true,
                "--version" | "-V" => args.version = true,
                "-" => args.input = Some(arg),
                f if f.starts_with('-') => return Err(format!("unknown option '{f}'")),
                _ if args.input.is_some() => {
                    return Err(format!("only one input is read; got a second: '{arg}'"))
                }
                _ => args.input = Some(arg),
            }
        }
        Ok(args)
    }
}

/// The language from `LC_ALL`, then `LC_MESSAGES`, then `LANG`; English otherwise.
fn default_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::parse(&v))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Args, String> {
        Args::parse(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn flags_parse_in_both_spellings() {
        let args = parse(&["--format=json", "--lang", "zh-TW", "paste.txt"]).unwrap();
        assert_eq!(
            (args.format, args.lang, args.input.as_deref()),
            (Format::Json, Lang::ZhTw, Some("paste.txt"))
        );
    }

    #[test]
    fn bad_usage_is_an_error_with_a_message() {
        assert!(parse(&["--format", "xml"]).unwrap_err().contains("xml"));
        assert!(parse(&["--lang"]).unwrap_err().contains("needs a value"));
        assert!(parse(&["--bogus"]).unwrap_err().contains("--bogus"));
        assert!(parse(&["a", "b"]).unwrap_err().contains("second"));
    }
}
