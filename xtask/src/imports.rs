//! Shortens the names under which the page's wasm imports its JS glue.
//!
//! wasm-bindgen names each import after its function plus a 16-digit hash
//! (`__wbg_setAttribute_2704501201f15687`), and both the wasm's import
//! section and the glue's import object spell every name out: about 3.7 KB
//! of the gzipped page. This renames each import of the glue's module to a
//! short identifier (`a`, `b`, … `ba`), and the module to `w`, in both
//! files. Imports of other modules (wasm-bindgen's inline snippets) keep
//! their names.

/// The module under which the wasm imports the glue's functions.
const GLUE_MODULE: &[u8] = b"./kubetriage_web_bg.js";

/// Its new name.
const SHORT_MODULE: &[u8] = b"w";

/// The wasm section that lists imports.
const IMPORT_SECTION: u8 = 2;

/// Returns `wasm` and `glue` with the glue module's import names shortened.
/// Fails, changing nothing, when the module is malformed or when an import
/// name does not occur exactly once in the glue as a whole identifier.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    let header = wasm.get(..8).ok_or("wasm: no header")?;
    let mut out = header.to_vec();
    let mut glue = rename_module_key(glue)?;
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body_start) = read_leb(wasm, at + 1)?;
        let body = wasm
            .get(body_start..body_start + size)
            .ok_or("wasm: a section runs past the end")?;
        let body = if id == IMPORT_SECTION {
            rename_imports(body, &mut glue)?
        } else {
            body.to_vec()
        };
        out.push(id);
        write_leb(&mut out, body.len());
        out.extend_from_slice(&body);
        at = body_start + size;
    }
    Ok((out, glue))
}

/// Re-encodes an import section, renaming the glue module's imports in it
/// and in `glue`.
fn rename_imports(section: &[u8], glue: &mut String) -> Result<Vec<u8>, String> {
    let (count, mut at) = read_leb(section, 0)?;
    let mut out = Vec::with_capacity(section.len());
    write_leb(&mut out, count);
    let mut short_names = short_names();
    for _ in 0..count {
        let (module, after_module) = read_name(section, at)?;
        let (name, after_name) = read_name(section, after_module)?;
        let end = skip_import_kind(section, after_name)?;
        if module == GLUE_MODULE {
            write_leb(&mut out, SHORT_MODULE.len());
            out.extend_from_slice(SHORT_MODULE);
        } else {
            out.extend_from_slice(&section[at..after_module]);
        }
        if module == GLUE_MODULE {
            let old = std::str::from_utf8(name).map_err(|e| format!("wasm: import name: {e}"))?;
            let new = short_names.next().unwrap_or_default();
            *glue = replace_identifier(glue, old, &new)?;
            write_leb(&mut out, new.len());
            out.extend_from_slice(new.as_bytes());
        } else {
            out.extend_from_slice(&section[after_module..after_name]);
        }
        out.extend_from_slice(&section[after_name..end]);
        at = end;
    }
    if at != section.len() {
        return Err("wasm: bytes after the last import".into());
    }
    Ok(out)
}

/// `glue` with the key of its import object for the glue module
/// (`"./kubetriage_web_bg.js":`) renamed to the short module name.
fn rename_module_key(glue: &str) -> Result<String, String> {
    let module = String::from_utf8_lossy(GLUE_MODULE);
    let short = String::from_utf8_lossy(SHORT_MODULE);
    let key = format!("\"{module}\":");
    match glue.matches(&key).count() {
        1 => Ok(glue.replacen(&key, &format!("{short}:"), 1)),
        n => Err(format!(
            "glue: the import object key {key} occurs {n} times, expected once"
        )),
    }
}

/// Position after an import's kind and type (function, table, memory, global).
fn skip_import_kind(section: &[u8], at: usize) -> Result<usize, String> {
    let kind = *section.get(at).ok_or("wasm: import without a kind")?;
    let at = at + 1;
    let limits = |at: usize| -> Result<usize, String> {
        let flags = *section.get(at).ok_or("wasm: limits cut short")?;
        let (_, at) = read_leb(section, at + 1)?;
        if flags & 1 == 1 {
            Ok(read_leb(section, at)?.1)
        } else {
            Ok(at)
        }
    };
    match kind {
        0 => Ok(read_leb(section, at)?.1),
        1 => limits(at + 1),
        2 => limits(at),
        3 => Ok(at + 2),
        4 => Ok(read_leb(section, at + 1)?.1),
        other => Err(format!("wasm: unknown import kind {other}")),
    }
}

/// Short identifiers: `a` … `z`, `A` … `Z`, then `ba`, `bb`, …, never a
/// JavaScript keyword (`do`, `if`, `in`).
fn short_names() -> impl Iterator<Item = String> {
    const KEYWORDS: &[&str] = &["do", "if", "in", "for", "let", "new", "try", "var"];
    (0..)
        .map(base52)
        .filter(|name| !KEYWORDS.contains(&name.as_str()))
}

/// `n` in base 52 with the digits `a` … `z`, `A` … `Z`.
fn base52(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// `text` with its one occurrence of identifier `old` replaced by `new`.
fn replace_identifier(text: &str, old: &str, new: &str) -> Result<String, String> {
    let is_identifier =
        |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || "_$".contains(c));
    let found: Vec<usize> = text
        .match_indices(old)
        .map(|(at, _)| at)
        .filter(|&at| {
            !is_identifier(text[..at].chars().next_back())
                && !is_identifier(text[at + old.len()..].chars().next())
        })
        .collect();
    match found[..] {
        [at] => Ok(format!("{}{new}{}", &text[..at], &text[at + old.len()..])),
        _ => Err(format!(
            "glue: import {old} occurs {} times, expected once",
            found.len()
        )),
    }
}

/// A length-prefixed name at `at`, and the position after it.
fn read_name(bytes: &[u8], at: usize) -> Result<(&[u8], usize), String> {
    let (len, start) = read_leb(bytes, at)?;
    let name = bytes
        .get(start..start + len)
        .ok_or("wasm: a name runs past the end")?;
    Ok((name, start + len))
}

/// An unsigned LEB128 number at `at`, and the position after it.
fn read_leb(bytes: &[u8], mut at: usize) -> Result<(usize, usize), String> {
    let mut value = 0usize;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(at).ok_or("wasm: a number runs past the end")?;
        at += 1;
        value |= usize::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
    }
    Err("wasm: a number longer than 5 bytes".into())
}

fn write_leb(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing `func` from `module` (a function of type 0).
    fn module_importing(imports: &[(&str, &str)]) -> Vec<u8> {
        let mut section = Vec::new();
        write_leb(&mut section, imports.len());
        for (module, name) in imports {
            for text in [module, name] {
                write_leb(&mut section, text.len());
                section.extend_from_slice(text.as_bytes());
            }
            section.extend_from_slice(&[0, 0]);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        // A type section (one `() -> ()`), the imports, a custom section.
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        wasm.push(IMPORT_SECTION);
        write_leb(&mut wasm, section.len());
        wasm.extend_from_slice(&section);
        wasm.extend_from_slice(&[0, 2, 1, b'x']);
        wasm
    }

    #[test]
    fn renames_the_glue_imports_in_both_files_and_keeps_the_others() {
        let glue_module = std::str::from_utf8(GLUE_MODULE).unwrap();
        let wasm = module_importing(&[
            (glue_module, "__wbg_append_0123456789abcdef"),
            ("./snippets/inline0.js", "load"),
            (glue_module, "__wbg_append_0123456789abcdef_2"),
        ]);
        let glue = "{\"./kubetriage_web_bg.js\":{__wbg_append_0123456789abcdef:function(){},\
                    __wbg_append_0123456789abcdef_2(n){return n}}}";
        let (wasm, glue) = shorten(&wasm, glue).unwrap();
        assert_eq!(glue, "{w:{a:function(){},b(n){return n}}}");
        assert_eq!(
            wasm,
            module_importing(&[("w", "a"), ("./snippets/inline0.js", "load"), ("w", "b"),])
        );
    }

    #[test]
    fn refuses_a_name_the_glue_does_not_define_exactly_once() {
        let glue_module = std::str::from_utf8(GLUE_MODULE).unwrap();
        let wasm = module_importing(&[(glue_module, "__wbg_log_1")]);
        let key = "\"./kubetriage_web_bg.js\":";
        let glue = |inner: &str| format!("{{{key}{{{inner}}}}}");
        assert!(shorten(&wasm, &glue("__wbg_log_10:f")).is_err());
        assert!(shorten(&wasm, &glue("__wbg_log_1:f,g:__wbg_log_1")).is_err());
        assert!(shorten(&wasm[..wasm.len() - 3], &glue("__wbg_log_1:f")).is_err());
        assert!(shorten(&wasm, &glue("__wbg_log_1:f")).is_ok());
        // Without the module's key, or with it twice.
        assert!(shorten(&wasm, "{__wbg_log_1:f}").is_err());
        assert!(shorten(&wasm, &format!("{{{key}{{__wbg_log_1:f}},{key}{{}}}}")).is_err());
    }

    #[test]
    fn short_names_are_distinct_identifiers_and_no_keyword() {
        let names: Vec<String> = short_names().take(3000).collect();
        assert_eq!(names[0], "a");
        assert_eq!(names[52], "ba");
        assert!(!names
            .iter()
            .any(|n| ["do", "if", "in"].contains(&n.as_str())));
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
    }
}
