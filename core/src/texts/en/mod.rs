//! English texts, one file per domain: complete, and the fallback for every
//! other language.

mod arc;
mod eks;
mod ext;
mod helm;
mod pod;
mod sc;

use super::Text;

/// English texts of every domain.
pub static DOMAINS: &[&[Text]] = &[
    pod::TEXTS,
    arc::TEXTS,
    ext::TEXTS,
    helm::TEXTS,
    sc::TEXTS,
    eks::TEXTS,
];
