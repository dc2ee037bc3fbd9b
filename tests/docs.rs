//! `docs/diagnoses.md` is generated from the declarations: this test fails
//! when it is stale. `UPDATE_DOCS=1 cargo test --test docs` rewrites it.

use kubetriage_core::render::reference;
use kubetriage_core::Lang;
use std::path::Path;

#[test]
fn diagnosis_reference_is_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    for lang in Lang::ALL {
        let file = match lang {
            Lang::En => root.join("diagnoses.md"),
            other => root.join(format!("diagnoses.{}.md", other.tag())),
        };
        let generated = reference(lang);
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::create_dir_all(&root).unwrap();
            std::fs::write(&file, &generated).unwrap();
        }
        let current = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            current == generated,
            "{} is stale: run UPDATE_DOCS=1 cargo test --test docs",
            file.display()
        );
    }
}
