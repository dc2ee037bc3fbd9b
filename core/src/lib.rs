//! kubetriage-core: the diagnostic engine behind the kubetriage CLI and page.
//!
//! One call, [`diagnose`], runs the pipeline over a pasted text:
//!
//! 1. [`input`] normalises every line once (ANSI, `\r`, tabs, odd spaces) and
//!    [`segment`] splits the paste into one segment per command output;
//! 2. [`recognise`] tells what printed each segment;
//! 3. [`parse`] turns segments into typed [`facts`], and [`search`] finds
//!    every rule's trigger phrases in one pass;
//! 4. [`rules`] read facts and hits and emit findings, which [`report`]
//!    links by precedence and renders with the [`texts`] of a language.
//!
//! The core does no I/O and never panics on any input.

pub mod facts;
pub mod input;
pub mod parse;
pub mod recognise;
pub mod render;
pub mod report;
pub mod rules;
pub mod search;
pub mod segment;
pub mod sort;
pub mod texts;

pub use report::{diagnose, diagnose_with, list, Options, Report};
pub use texts::Lang;
