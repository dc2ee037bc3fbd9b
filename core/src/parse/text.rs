//! Parses segments with no table header, JSON or describe shape: header-less
//! pod rows, describe-style event rows, `grep name:` secret lists, `helm
//! status`, `nslookup`, and tells errors and logs apart from prose.

use super::{describe, fields, objects, table, Context};
use crate::facts::{Command, Facts, HelmRelease, Lookup, SecretList};
use crate::recognise::InputKind;

/// Parses a free-text segment and names what it is.
pub fn parse(lines: &[(usize, &str)], ctx: &Context, facts: &mut Facts) -> InputKind {
    if let Some(kind) = secret_names(lines, ctx, facts) {
        return kind;
    }
    if let Some(kind) = nslookup(lines, facts) {
        return kind;
    }
    // A describe's events cut from the rest of its output (`...`) are the
    // events of the pod its command names.
    let described_pod = ctx
        .command
        .as_deref()
        .filter(|c| c.contains("describe"))
        .and_then(|c| Command::new(c, 0).pod().map(String::from));
    let mut pod_rows = 0;
    let mut event_rows = 0;
    // Lines that frame events (`Events:`, their header and rule, `...`).
    let mut framing = 0;
    // The event whose message goes on over the next lines, and its last line.
    let mut continued: Option<(usize, usize)> = None;
    // One buffer for the words of every line: no allocation per line.
    let mut words: Vec<&str> = Vec::new();
    for &(line, text) in lines {
        words.clear();
        // A row quoted as Markdown inline code: `name  0/1  Pending  0  5m`.
        words.extend(text.trim().trim_matches('`').split_ascii_whitespace());
        if words.len() <= 12 && table::pod_row(&words, line, false, ctx, facts) {
            pod_rows += 1;
        } else if let Some(mut event) = describe::describe_event_row(text, line) {
            event.namespace = ctx.namespace.clone();
            if event.object.is_none() {
                event.object.clone_from(&described_pod);
            }
            facts.events.push(event);
            event_rows += 1;
        } else if let Some(event) = table::headerless_event_row(&words, line, ctx, facts)
            .or_else(|| table::piped_event_row(&words, text, line, ctx))
        {
            facts.events.push(event);
            event_rows += 1;
        } else if let Some((index, _)) =
            continued.filter(|&(_, last)| last + 1 == line && !words.is_empty())
        {
            describe::continue_message(&mut facts.events[index], text);
            continued = Some((index, line));
            continue;
        }
        if matches!(words.first(), Some(&("Events:" | "Type" | "...")))
            || words.first().is_some_and(|w| w.starts_with("----"))
        {
            framing += 1;
        }
        continued = facts
            .events
            .last()
            .filter(|e| e.line == line && describe::goes_on(e))
            .map(|e| (facts.events.len() - 1, e.line));
    }
    // Text with a JSON object inside (`ERROR: {...}`, a log line of JSON).
    if lines.iter().any(|(_, t)| t.contains("\":")) {
        let pairs = fields::json(lines);
        if let Some(kind) = objects::parse(&pairs, lines, facts) {
            return kind;
        }
    }
    if pod_rows * 2 >= lines.len() && pod_rows > 0 {
        return InputKind::KubectlGetPods;
    }
    if event_rows * 2 >= lines.len() - framing && event_rows > 0 {
        return InputKind::Events;
    }
    classify(lines)
}

/// Names an unstructured segment by its most telling line.
fn classify(lines: &[(usize, &str)]) -> InputKind {
    let any = |test: &dyn Fn(&str) -> bool| lines.iter().any(|(_, t)| test(t.trim_start()));
    if any(&|t| {
        t.starts_with("ERROR:") || t.starts_with("Code:") || t.starts_with("(") && t.contains(") ")
    }) {
        InputKind::AzError
    } else if any(&|t| t.starts_with("An error occurred (")) {
        InputKind::AwsError
    } else if any(&|t| t.starts_with("Error from server") || t.starts_with("error: ")) {
        InputKind::KubectlError
    } else if any(&|t| t.starts_with("Error:")) {
        InputKind::HelmError
    } else if lines.iter().filter(|(_, t)| is_log_line(t)).count() * 2 >= lines.len() {
        InputKind::Log
    } else {
        InputKind::Text
    }
}

/// A line that starts like a log record: a timestamp, a klog header
/// (`E0101 …`) or a JSON object.
fn is_log_line(text: &str) -> bool {
    let t = text.trim_start();
    let b = t.as_bytes();
    let date =
        b.len() > 10 && b[..4].iter().all(u8::is_ascii_digit) && (b[4] == b'-' || b[4] == b'/');
    let klog = b.len() > 5 && b"IWEF".contains(&b[0]) && b[1..5].iter().all(u8::is_ascii_digit);
    date || klog || t.starts_with("{\"") || t.starts_with("time=") || t.starts_with("level=")
}

/// `kubectl get secret -o yaml | grep name:` output: every line `name: x`.
pub fn secret_names(
    lines: &[(usize, &str)],
    ctx: &Context,
    facts: &mut Facts,
) -> Option<InputKind> {
    let mut names = Vec::new();
    for &(line, text) in lines {
        // Every line of `grep name:` output holds `name:`; annotation keys such
        // as `kubernetes.io/service-account.name:` are kept out of the list.
        if !text.contains("name:") {
            return None;
        }
        if let Some(value) = text
            .trim_start()
            .trim_start_matches("- ")
            .trim_start()
            .strip_prefix("name:")
        {
            names.push((value.trim().trim_matches(['"', '\'']).to_string(), line));
        }
    }
    names.retain(|(n, _)| !n.is_empty());
    if names.is_empty() {
        return None;
    }
    let span = lines[0].0..lines[lines.len() - 1].0 + 1;
    facts.secret_lists.push(SecretList {
        namespace: ctx.namespace.clone(),
        names,
        lines: span,
    });
    Some(InputKind::SecretNames)
}

/// `helm status` output: `NAME:`, `NAMESPACE:`, `STATUS:`.
pub fn helm_status(lines: &[(usize, &str)], facts: &mut Facts) -> InputKind {
    let pairs = fields::yaml(lines);
    let get = |key: &str| pairs.iter().find(|f| f.key == key);
    if let (Some(name), Some(status)) = (get("NAME"), get("STATUS")) {
        let namespace = get("NAMESPACE").map(|f| facts.namespace(&f.value));
        facts.helm_releases.push(HelmRelease {
            name: name.value.to_string(),
            namespace,
            status: status.value.to_string(),
            line: status.line,
            good_revision: None,
        });
    }
    InputKind::HelmStatus
}

/// `nslookup` output: the names and addresses after `Non-authoritative answer:`
/// (or after the resolver's own `Server:`/`Address:` lines).
fn nslookup(lines: &[(usize, &str)], facts: &mut Facts) -> Option<InputKind> {
    let answer_at = lines
        .iter()
        .position(|(_, t)| t.contains("Non-authoritative answer"));
    let has_server = lines
        .iter()
        .any(|(_, t)| t.trim_start().starts_with("Server:"));
    if answer_at.is_none() && !has_server {
        return None;
    }
    let skip = answer_at.map_or(2, |at| at + 1);
    let mut lookup = Lookup {
        lines: lines[0].0..lines[lines.len() - 1].0 + 1,
        ..Lookup::default()
    };
    for &(_, text) in lines.iter().skip(skip) {
        let text = text.trim();
        if let Some((_, target)) = text.split_once("canonical name =") {
            lookup
                .names
                .push(target.trim().trim_end_matches('.').to_string());
        } else if let Some(name) = text.strip_prefix("Name:") {
            lookup.names.push(name.trim().to_string());
        } else if let Some(address) = text
            .strip_prefix("Address:")
            .or_else(|| text.strip_prefix("Addresses:"))
        {
            lookup.addresses.push(address.trim().to_string());
        }
    }
    facts.lookups.push(lookup);
    Some(InputKind::Nslookup)
}
