//! Stage 3: parse each recognised segment into typed [`Facts`].
//!
//! Parsing never fails: a parser takes what it can recover and leaves the
//! rest to the free-text rules. A command line (`$ kubectl get pods -n
//! azure-arc`) gives context — its namespace — to the output that follows.

mod describe;
pub mod fields;
mod objects;
mod table;
mod text;

pub use objects::{
    aws_id, aws_ids, aws_ids_read, aws_word_end, id_part, is_aws_word_byte, AWS_ID_PREFIXES,
    MAX_RESOURCE_IDS,
};

use crate::facts::{Command, Facts, Namespace};
use crate::input::Document;
use crate::recognise::{command_text, InputKind, Shape};
use crate::segment::Segment;
use serde::{Deserialize, Serialize};

/// What the paste was read as: one entry per recognised output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputSpan {
    /// What printed it.
    pub kind: InputKind,
    /// First and last line, 1-based, inclusive.
    pub lines: [usize; 2],
    /// The command line shown just before it, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
}

/// What a command line tells the parser of the output below it.
#[derive(Debug, Default, Clone)]
pub struct Context {
    /// `-n` / `--namespace` of the last command.
    pub namespace: Option<Namespace>,
    /// The last command.
    pub command: Option<String>,
}

/// Parses every segment of `doc` (in order) into facts, and lists what was
/// recognised.
pub fn parse(
    doc: &Document,
    segments: impl IntoIterator<Item = Segment>,
) -> (Facts, Vec<InputSpan>) {
    let mut facts = Facts::default();
    let mut inputs: Vec<InputSpan> = Vec::new();
    let mut ctx = Context::default();
    let mut default_namespace = None;
    for segment in segments {
        let lines: Vec<(usize, &str)> = segment.lines.clone().map(|i| (i, doc.line(i))).collect();
        if lines.is_empty() {
            continue;
        }
        let kind = match segment.shape {
            Shape::Command => {
                let text: String = lines
                    .iter()
                    .map(|(_, l)| {
                        command_text(l)
                            .unwrap_or(l)
                            .trim()
                            .trim_end_matches(['\\', '`'])
                            .trim()
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                let command = Command::new(&text, lines[0].0);
                // `oc project x` and `kubectl config set-context --current
                // --namespace x` set the namespace of the commands after them.
                let words: Vec<&str> = command.text.split_ascii_whitespace().take(3).collect();
                let switch = match words[..] {
                    ["oc", "project", name] => Some(name.to_string()),
                    ["kubectl", "config", "set-context"] => command.flag(&["--namespace"]),
                    _ => None,
                };
                if let Some(name) = switch {
                    default_namespace = Some(facts.namespace(&name));
                }
                ctx = Context {
                    namespace: command
                        .flag(&["-n", "--namespace"])
                        .map(|namespace| facts.namespace(&namespace))
                        .or_else(|| default_namespace.clone()),
                    command: Some(command.text.clone()),
                };
                facts.commands.push(command);
                continue;
            }
            Shape::Table => table::parse(&lines, &ctx, &mut facts).input_kind(),
            Shape::Describe => describe::parse(&lines, &ctx, &mut facts),
            Shape::Json => {
                let pairs = fields::json(&lines);
                objects::parse(&pairs, &lines, &mut facts).unwrap_or(InputKind::Json)
            }
            Shape::Yaml => {
                let pairs = fields::yaml(&lines);
                objects::parse(&pairs, &lines, &mut facts)
                    .or_else(|| text::secret_names(&lines, &ctx, &mut facts))
                    .unwrap_or(InputKind::Yaml)
            }
            Shape::HelmStatus => text::helm_status(&lines, &mut facts),
            Shape::Text => text::parse(&lines, &ctx, &mut facts),
        };
        if kind == InputKind::Text {
            // Prose is read for trigger phrases, but it is not a recognised output.
            continue;
        }
        let span = [lines[0].0 + 1, lines[lines.len() - 1].0 + 1];
        match inputs.last_mut() {
            // Consecutive pieces of one output (a table split by a blank line) read as one.
            Some(last)
                if last.kind == kind && last.command == ctx.command && kind != InputKind::Text =>
            {
                last.lines[1] = span[1];
            }
            _ => inputs.push(InputSpan {
                kind,
                lines: span,
                command: ctx.command.clone(),
            }),
        }
    }
    facts.finish();
    (facts, inputs)
}
