//! A lenient reader of JSON and YAML: it yields `key: value` pairs in order,
//! with their lines, from valid, truncated or slightly broken documents alike.
//!
//! Real pastes cut JSON short, wrap it in prose, or (as in seed 004) carry a
//! missing quote. A strict parser would give up; this one recovers every pair
//! it can see, in linear time and without recursion, so deeply nested input
//! cannot exhaust the stack.

use std::borrow::Cow;

/// One `key: value` pair. Containers (`{`, `[`) have an empty value. Key
/// and value borrow from the line unless an escape had to be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'t> {
    /// The key, unquoted.
    pub key: Cow<'t, str>,
    /// The scalar value, unquoted and unescaped (`null` stays `null`).
    pub value: Cow<'t, str>,
    /// 0-based line.
    pub line: usize,
}

/// Reads the pairs of JSON lines (any number of pairs per line).
pub fn json<'t>(lines: &[(usize, &'t str)]) -> Vec<Field<'t>> {
    let mut fields = Vec::new();
    for &(line, text) in lines {
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(offset) = memchr::memchr(b'"', &bytes[at..]) {
            let start = at + offset;
            let Some((key, after_key)) = string_at(text, start) else {
                break;
            };
            let rest = text[after_key..].trim_start();
            let Some(rest) = rest.strip_prefix(':') else {
                at = after_key;
                continue;
            };
            let value_start = text.len() - rest.trim_start().len();
            let (value, end) = match bytes.get(value_start) {
                Some(b'"') => match string_at(text, value_start) {
                    Some((value, end)) => (value, end),
                    // Unterminated string (cut paste): keep what is there.
                    None => (Cow::Borrowed(&text[value_start + 1..]), text.len()),
                },
                Some(b'{' | b'[') | None => (Cow::Borrowed(""), value_start + 1),
                Some(_) => {
                    let end = text[value_start..]
                        .find([',', '}', ']'])
                        .map_or(text.len(), |i| value_start + i);
                    (Cow::Borrowed(text[value_start..end].trim()), end)
                }
            };
            fields.push(Field { key, value, line });
            at = end.min(text.len()).max(start + 1);
        }
    }
    fields
}

/// Reads the pairs of YAML lines: `key: value` or `- key: value`, one per line.
pub fn yaml<'t>(lines: &[(usize, &'t str)]) -> Vec<Field<'t>> {
    lines
        .iter()
        .filter_map(|&(line, text)| {
            let text = text.trim_start().trim_start_matches("- ").trim_start();
            let (key, value) = text.split_once(':')?;
            let simple_key = !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"_-./\"'".contains(&b));
            simple_key.then(|| Field {
                key: Cow::Borrowed(key.trim_matches(['"', '\''])),
                value: Cow::Borrowed(value.trim().trim_matches(['"', '\''])),
                line,
            })
        })
        .collect()
}

/// Reads the JSON string starting at byte `start` (a `"`); returns the
/// unescaped string (borrowed when it has no escape) and the byte just after
/// its closing quote.
fn string_at(text: &str, start: usize) -> Option<(Cow<'_, str>, usize)> {
    let mut out = String::new();
    let mut at = start + 1;
    loop {
        // Copy the run up to the next quote or backslash at once (both are
        // ASCII, so the run ends on a character boundary).
        let run = memchr::memchr2(b'"', b'\\', &text.as_bytes()[at..])?;
        if text.as_bytes()[at + run] == b'"' {
            let string = if out.is_empty() {
                Cow::Borrowed(&text[start + 1..at + run])
            } else {
                out.push_str(&text[at..at + run]);
                Cow::Owned(out)
            };
            return Some((string, at + run + 1));
        }
        out.push_str(&text[at..at + run]);
        at += run;
        let mut chars = text[at + 1..].chars();
        let escaped = chars.next()?;
        at += 1 + escaped.len_utf8();
        match escaped {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'u' => {
                let hex: String = chars.take(4).collect();
                at += hex.len();
                let decoded = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                out.push(decoded.unwrap_or('\u{fffd}'));
            }
            other => out.push(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys<'a>(fields: &'a [Field<'_>]) -> Vec<(&'a str, &'a str)> {
        fields.iter().map(|f| (&*f.key, &*f.value)).collect()
    }

    #[test]
    fn one_line_json_yields_every_pair() {
        let fields = json(&[(
            0,
            r#"{ "issues": [ { "code": "ConfigurationConflict", "message": "The \"x\" type", "resourceIds": [ "arn" ] } ] }"#,
        )]);
        assert_eq!(
            keys(&fields),
            vec![
                ("issues", ""),
                ("code", "ConfigurationConflict"),
                ("message", "The \"x\" type"),
                ("resourceIds", "")
            ]
        );
    }

    #[test]
    fn broken_and_truncated_json_still_yields_pairs() {
        let fields = json(&[
            (0, r#""Location": "<region>, "ArmId": "/subs/x","#),
            (1, r#""level": "Err"#),
        ]);
        assert!(fields.iter().any(|f| f.key == "level" && f.value == "Err"));
        assert_eq!(fields[0].key, "Location");
    }

    #[test]
    fn escapes_are_decoded() {
        let fields = json(&[(0, r#""m": "err : {\u003cnil\u003e}", "n": "plain""#)]);
        assert_eq!(fields[0].value, "err : {<nil>}");
        // Only a string with an escape is copied; the others borrow the line.
        assert!(matches!(fields[0].value, Cow::Owned(_)));
        assert!(matches!(fields[1].value, Cow::Borrowed("plain")));
    }

    #[test]
    fn yaml_pairs_and_list_items() {
        let fields = yaml(&[
            (0, "statuses:"),
            (1, "- code: InstallationFailed"),
            (2, "  level: Error"),
        ]);
        assert_eq!(
            keys(&fields),
            vec![
                ("statuses", ""),
                ("code", "InstallationFailed"),
                ("level", "Error")
            ]
        );
    }
}
