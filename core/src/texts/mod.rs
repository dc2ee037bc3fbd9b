//! Human texts of every diagnosis — title, cause, fix steps, commands — per
//! language, keyed by diagnosis ID, one file per domain (`en/pod.rs`,
//! `ko/pod.rs`, …), plus the [`Labels`] around them in reports.
//!
//! A line that starts with `[variant]` applies only when the finding has that
//! sub-cause. Commands carry `{placeholders}` filled from the paste; a value
//! the paste does not show is rendered as `<placeholder>`. Commands are never
//! translated: every language uses the English ones, so a translation cannot
//! break a command.

/// [`Lines`] written as a list of string literals: `lines!["a", "b"]`.
macro_rules! lines {
    ($($line:literal),* $(,)?) => {
        $crate::texts::Lines(concat!($($line, "\n"),*))
    };
}

mod en;
mod it;
mod ko;
mod zh_tw;

use serde::Serialize;

/// Lines of text held as one string, each line ending in `\n` (written
/// with `lines!`): one string per list instead of one per line keeps the
/// page's wasm smaller (a reference per line is 8 bytes that hardly compress).
#[derive(Debug, Clone, Copy)]
pub struct Lines(pub &'static str);

impl Lines {
    /// The lines, in order.
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        self.0.lines()
    }

    /// True when there is no line.
    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }
}

/// The texts of one diagnosis in one language.
#[derive(Debug, Clone, Copy)]
pub struct Text {
    /// Diagnosis ID.
    pub id: &'static str,
    /// One-line title.
    pub title: &'static str,
    /// Why it happens (paragraphs; `[variant]` lines are conditional).
    pub cause: Lines,
    /// What to do, in order (`[variant]` lines are conditional).
    pub fix: Lines,
    /// Commands to run, with `{placeholders}` (`[variant]` lines are
    /// conditional). Only English declares them; translations leave this empty.
    pub commands: Lines,
}

/// The words around findings in reports (CLI text, Markdown, the reference).
#[derive(Debug)]
pub struct Labels {
    /// Group headings by severity: errors, warnings, notes.
    pub groups: [&'static str; 3],
    /// Severity names: error, warning, info.
    pub severities: [&'static str; 3],
    /// "subject".
    pub subject: &'static str,
    /// "Cause".
    pub cause: &'static str,
    /// "Fix".
    pub fix: &'static str,
    /// "Evidence".
    pub evidence: &'static str,
    /// "explained by the finding above".
    pub explained_by_above: &'static str,
    /// "Explained by".
    pub explained_by: &'static str,
    /// "No problems found."
    pub no_problems: &'static str,
    /// "Nothing recognised…"
    pub nothing_recognised: &'static str,
    /// "Read as"
    pub read_as: &'static str,
    /// "lines"
    pub lines: &'static str,
    /// Title of the Markdown report.
    pub report_title: &'static str,
    /// Title of the diagnosis reference.
    pub reference_title: &'static str,
    /// "Severity"
    pub severity: &'static str,
    /// "Source"
    pub source: &'static str,
    /// "Recognised by"
    pub recognised_by: &'static str,
    /// Said of diagnoses that no phrase triggers.
    pub recognised_by_facts: &'static str,
}

/// A language the texts are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Lang {
    /// English.
    #[default]
    #[serde(rename = "en")]
    En,
    /// Korean.
    #[serde(rename = "ko")]
    Ko,
    /// Traditional Chinese (Taiwan).
    #[serde(rename = "zh-TW")]
    ZhTw,
    /// Italian.
    #[serde(rename = "it")]
    It,
}

impl Lang {
    /// Every language, in the order the CLI lists them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Ko, Lang::ZhTw, Lang::It];

    /// Parses `en`, `ko`, `zh-TW`, `it` (also `zh_TW`, `ko_KR.UTF-8`, any case).
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag
            .split('.')
            .next()
            .unwrap_or(tag)
            .replace('_', "-")
            .to_ascii_lowercase();
        match tag.as_str() {
            "en" => Some(Lang::En),
            t if t.starts_with("en-") => Some(Lang::En),
            "ko" | "ko-kr" => Some(Lang::Ko),
            "zh-tw" | "zh-hant" | "zh-hant-tw" => Some(Lang::ZhTw),
            "it" | "it-it" | "it-ch" => Some(Lang::It),
            _ => None,
        }
    }

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::ZhTw => "zh-TW",
            Lang::It => "it",
        }
    }

    fn domains(self) -> &'static [&'static [Text]] {
        match self {
            Lang::En => en::DOMAINS,
            Lang::Ko => ko::DOMAINS,
            Lang::ZhTw => zh_tw::DOMAINS,
            Lang::It => it::DOMAINS,
        }
    }

    /// The report labels in this language.
    pub fn labels(self) -> &'static Labels {
        match self {
            Lang::En => &en::LABELS,
            Lang::Ko => &ko::LABELS,
            Lang::ZhTw => &zh_tw::LABELS,
            Lang::It => &it::LABELS,
        }
    }
}

fn find(domains: &'static [&'static [Text]], id: &str) -> Option<&'static Text> {
    domains.iter().flat_map(|d| d.iter()).find(|t| t.id == id)
}

/// The texts of `id` in `lang` (English where a text is missing), with the
/// English commands.
pub fn get(lang: Lang, id: &str) -> Text {
    let english = find(en::DOMAINS, id).copied().unwrap_or(MISSING);
    match find(lang.domains(), id) {
        Some(text) => Text {
            commands: english.commands,
            ..*text
        },
        None => english,
    }
}

const MISSING: Text = Text {
    id: "",
    title: "",
    cause: Lines(""),
    fix: Lines(""),
    commands: Lines(""),
};

/// The lines of `lines` that apply to a finding with sub-causes `variants`,
/// with their `[variant]` tags removed.
pub fn select<'a>(
    lines: Lines,
    variants: &'a [&'a str],
) -> impl Iterator<Item = &'static str> + 'a {
    lines.iter().filter_map(move |line| {
        match line.strip_prefix('[').and_then(|l| l.split_once("] ")) {
            Some((tag, text)) => tag
                .split('|')
                .any(|t| variants.contains(&t))
                .then_some(text),
            None => Some(line),
        }
    })
}

/// Fills `{placeholders}` from `values`; unknown ones become `<placeholder>`.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        let key = &rest[open + 1..close];
        out.push_str(&rest[..open]);
        let known = key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') && !key.is_empty();
        match values.iter().find(|(k, _)| *k == key) {
            Some((_, value)) => out.push_str(value),
            None if known => {
                out.push('<');
                out.push_str(key);
                out.push('>');
            }
            None => out.push_str(&rest[open..=close]),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    // An empty optional flag (`{ns_flag}`) must not leave a double space.
    if !(out.contains("  ") || out.starts_with(' ') || out.ends_with(' ')) {
        return out;
    }
    out.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules;

    #[test]
    fn every_diagnosis_has_english_texts() {
        for diagnosis in rules::all() {
            let text = get(Lang::En, diagnosis.id);
            assert_eq!(
                text.id, diagnosis.id,
                "no English text for {}",
                diagnosis.id
            );
            assert!(
                !text.title.is_empty() && !text.cause.is_empty() && !text.fix.is_empty(),
                "{}",
                diagnosis.id
            );
        }
    }

    #[test]
    fn every_text_belongs_to_a_diagnosis() {
        for text in en::DOMAINS.iter().flat_map(|d| d.iter()) {
            assert!(
                rules::all().any(|d| d.id == text.id),
                "text for unknown {}",
                text.id
            );
        }
    }

    /// `{placeholders}` and the `[variant]` tag of each line, in order.
    fn skeleton<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<(String, Vec<String>)> {
        lines
            .into_iter()
            .map(|line| {
                let tag = line
                    .strip_prefix('[')
                    .and_then(|l| l.split_once("] "))
                    .map_or("", |(t, _)| t);
                let mut keys: Vec<String> = line
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}'))
                    .map(|(k, _)| k.to_string())
                    .collect();
                keys.sort();
                (tag.to_string(), keys)
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_text_with_the_same_placeholders_and_variants() {
        let mut problems = Vec::new();
        for diagnosis in rules::all() {
            let english = find(en::DOMAINS, diagnosis.id).unwrap();
            for lang in [Lang::Ko, Lang::ZhTw, Lang::It] {
                let Some(text) = find(lang.domains(), diagnosis.id) else {
                    problems.push(format!("{lang:?}: no text for {}", diagnosis.id));
                    continue;
                };
                if skeleton([text.title]) != skeleton([english.title])
                    || skeleton(text.cause.iter()) != skeleton(english.cause.iter())
                    || skeleton(text.fix.iter()) != skeleton(english.fix.iter())
                {
                    problems.push(format!(
                        "{lang:?} {}: placeholders or [variants] differ from English",
                        diagnosis.id
                    ));
                }
                let same = |a: Lines, b: Lines| {
                    a.iter().zip(b.iter()).any(|(x, y)| x == y && x.len() > 20)
                };
                if text.title == english.title
                    || same(text.cause, english.cause)
                    || same(text.fix, english.fix)
                {
                    problems.push(format!(
                        "{lang:?} {}: a text is still the English one",
                        diagnosis.id
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_language_has_its_own_labels() {
        for lang in [Lang::Ko, Lang::ZhTw, Lang::It] {
            let (labels, english) = (lang.labels(), Lang::En.labels());
            assert_ne!(
                labels.no_problems, english.no_problems,
                "{lang:?} labels are English"
            );
            assert_ne!(labels.cause, english.cause, "{lang:?} labels are English");
        }
    }

    #[test]
    fn placeholders_fill_and_unknown_ones_show() {
        let values = [("pod", "web-1".to_string()), ("ns_flag", String::new())];
        assert_eq!(
            fill("kubectl logs {pod} {ns_flag} --previous", &values),
            "kubectl logs web-1 --previous"
        );
        assert_eq!(
            fill("kubectl describe node {node}", &values),
            "kubectl describe node <node>"
        );
        assert_eq!(fill("hosts { 1.2.3.4 x }", &values), "hosts { 1.2.3.4 x }");
    }

    #[test]
    fn variant_lines_are_selected() {
        let lines = lines!["always", "[cpu] cpu only", "[cpu|memory] either"];
        assert_eq!(
            select(lines, &["memory"]).collect::<Vec<_>>(),
            vec!["always", "either"]
        );
    }

    #[test]
    fn language_tags_parse() {
        assert_eq!(Lang::parse("ko_KR.UTF-8"), Some(Lang::Ko));
        assert_eq!(Lang::parse("zh-TW"), Some(Lang::ZhTw));
        assert_eq!(Lang::parse("fr"), None);
    }
}
