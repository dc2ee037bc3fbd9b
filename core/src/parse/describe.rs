//! Parses `kubectl describe pod` and `kubectl describe job`, indented or with
//! the indentation lost: keys are read as `Key: value` wherever they sit.

use super::table::{EVENT_REASONS, EVENT_TYPES, POD_STATUSES};
use super::Context;
use crate::facts::{word, Event, Facts, Job, Namespace, Signal};
use crate::recognise::InputKind;

/// Parses one describe segment (starting at `Name:`).
pub fn parse(lines: &[(usize, &str)], ctx: &Context, facts: &mut Facts) -> InputKind {
    let value = |key: &str| {
        lines.iter().find_map(|&(_, t)| {
            t.trim_start()
                .strip_prefix(key)
                .map(|v| v.trim().to_string())
        })
    };
    let Some(name) = value("Name:") else {
        return InputKind::KubectlDescribe;
    };
    let namespace = match value("Namespace:") {
        Some(namespace) => Some(facts.namespace(&namespace)),
        None => ctx.namespace.clone(),
    };
    let is_job = lines.iter().any(|(_, t)| {
        let t = t.trim_start();
        t.starts_with("Pods Statuses:")
            || t.starts_with("Completions:")
            || t.starts_with("Parallelism:")
    });
    let is_pod = lines.iter().any(|(_, t)| {
        let t = t.trim_start();
        [
            "Containers:",
            "Node:",
            "IP:",
            "State:",
            "Last State:",
            "Restart Count:",
        ]
        .iter()
        .any(|key| t.starts_with(key))
    });
    let events = describe_events(
        lines,
        namespace.as_ref(),
        if is_job { "job" } else { "pod" },
        &name,
    );
    if is_job {
        job(lines, name, namespace, &events, facts);
        facts.events.extend(events);
        return InputKind::KubectlDescribeJob;
    }
    if !is_pod {
        facts.events.extend(events);
        return InputKind::KubectlDescribe;
    }
    let first = lines[0].0;
    let pod = facts.pod_mut(namespace, &name, first);
    pod.line = first;
    let mut in_limits = false;
    let mut ready = (0, 0);
    let mut image = "";
    for &(line, text) in lines {
        let text = text.trim();
        if text.starts_with("Events:") {
            break;
        }
        let Some((key, value)) = text.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match key {
            "Status" if pod.status.is_none() || !value.is_empty() => {
                pod.status = Some(word(value, POD_STATUSES));
                pod.signals.push(Signal {
                    value: word(value, POD_STATUSES),
                    line,
                });
            }
            "Image" => image = value,
            "Reason" | "State" | "Last State" if !value.is_empty() => {
                // ImagePullBackOff, ErrImagePull, InvalidImageName, …
                if value.contains("Image") && !image.is_empty() {
                    pod.pull_image = Some(image.into());
                }
                pod.signals.push(Signal {
                    value: word(value, POD_STATUSES),
                    line,
                });
            }
            "Exit Code" => pod.signals.push(Signal {
                value: format!("exit {value}").into(),
                line,
            }),
            "Restart Count" => pod.restarts = value.parse().ok().max(pod.restarts),
            "Ready" if value == "True" || value == "False" => {
                ready.1 += 1;
                ready.0 += u32::from(value == "True");
            }
            "Limits" => in_limits = true,
            "Requests" | "Environment" | "Mounts" | "Liveness" | "Readiness" => in_limits = false,
            "memory" if in_limits => pod.memory_limit = Some(value.into()),
            _ => {}
        }
    }
    if ready.1 > 0 {
        pod.ready = Some(ready);
    }
    facts.events.extend(events);
    InputKind::KubectlDescribePod
}

fn job(
    lines: &[(usize, &str)],
    name: String,
    namespace: Option<Namespace>,
    events: &[Event],
    facts: &mut Facts,
) {
    let mut job = Job {
        name,
        namespace,
        line: lines[0].0,
        ..Job::default()
    };
    for &(line, text) in lines {
        if let Some(statuses) = text.trim().strip_prefix("Pods Statuses:") {
            // "0 Active (0 Ready) / 0 Succeeded / 1 Failed"
            let failed = statuses.split('/').find_map(|part| {
                part.trim()
                    .strip_suffix("Failed")?
                    .trim()
                    .parse::<u32>()
                    .ok()
            });
            if failed.is_some_and(|n| n > 0) {
                job.failure_lines.push(line);
            }
            job.failed = failed;
        }
    }
    for event in events {
        if event.reason == "BackoffLimitExceeded" || event.reason == "DeadlineExceeded" {
            job.failure_lines.push(event.line);
        }
    }
    facts.jobs.push(job);
}

/// The rows of describe's `Events:` section, tied to the described object.
fn describe_events(
    lines: &[(usize, &str)],
    namespace: Option<&Namespace>,
    kind: &str,
    name: &str,
) -> Vec<Event> {
    let Some(start) = lines
        .iter()
        .position(|(_, t)| t.trim_start().starts_with("Events:"))
    else {
        return Vec::new();
    };
    let mut events: Vec<Event> = Vec::new();
    // True while the lines go on with the last event's message.
    let mut continuing = false;
    for &(line, text) in &lines[start + 1..] {
        if let Some(mut event) = describe_event_row(text, line) {
            event.namespace = namespace.cloned();
            event.object_kind = Some(super::table::object_kind(kind));
            event.object = Some(name.to_string());
            continuing = goes_on(&event);
            events.push(event);
        } else if let Some(event) = events
            .last_mut()
            .filter(|_| continuing && !text.trim().is_empty())
        {
            continue_message(event, text);
        } else {
            continuing = false;
        }
    }
    events
}

/// True when an event's message goes on over its next lines: it ends in a
/// colon, as Docker's list of pull errors does (`…: errors:`, then `denied:
/// …`), or it is the kubelet's failed mount, whose `Mounting command:`,
/// `Mounting arguments:` and `Output:` lines follow.
pub fn goes_on(event: &Event) -> bool {
    event.message.ends_with(':') || event.message.contains("mount failed: exit status")
}

/// Adds the next line of a message that [`goes_on`] to it.
pub fn continue_message(event: &mut Event, text: &str) {
    event.message.push(' ');
    event.message.push_str(text.trim());
}

/// Reads a `Type Reason Age From Message` row: `Warning  FailedScheduling
/// 18s (x3 over 1m)  default-scheduler  0/2 nodes are available: …`.
pub fn describe_event_row(text: &str, line: usize) -> Option<Event> {
    // Most lines read are not event rows: out at their first word.
    let kind = text.split_ascii_whitespace().next()?;
    if kind != "Normal" && kind != "Warning" {
        return None;
    }
    let words: Vec<&str> = text.split_ascii_whitespace().collect();
    let reason = words.get(1)?;
    if !reason.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let mut at = 2;
    while words.get(at).is_some_and(|w| is_age_word(w)) {
        at += 1;
    }
    // The From column: `kubelet`, `default-scheduler`, or old `kubelet, node-1`.
    if words.get(at).is_some_and(|w| w.ends_with(',')) {
        at += 1;
    }
    let from_is_source = words.get(at).is_some_and(|w| {
        w.contains("kubelet")
            || w.contains("controller")
            || w.contains("scheduler")
            || w.contains("operator")
    });
    if from_is_source {
        at += 1;
    }
    Some(Event {
        kind: word(kind, EVENT_TYPES),
        reason: word(reason, EVENT_REASONS),
        message: words.get(at..).unwrap_or_default().join(" "),
        line,
        ..Event::default()
    })
}

fn is_age_word(word: &str) -> bool {
    word == "<unknown>"
        || word == "<invalid>"
        || word == "over"
        || word == "ago)"
        || word.starts_with("(x")
        || word
            .trim_end_matches(')')
            .chars()
            .all(|c| c.is_ascii_alphanumeric())
            && word.starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_event_rows_skip_age_and_source() {
        let event = describe_event_row(
            "  Warning  FailedScheduling  18s (x3 over 2m)  default-scheduler  0/2 nodes are available: 2 Insufficient cpu.",
            7,
        )
        .unwrap();
        assert_eq!(event.reason, "FailedScheduling");
        assert_eq!(
            event.message,
            "0/2 nodes are available: 2 Insufficient cpu."
        );
    }

    #[test]
    fn prose_starting_with_warning_is_not_an_event() {
        assert!(describe_event_row("Warning: this is prose", 0).is_none());
    }
}
