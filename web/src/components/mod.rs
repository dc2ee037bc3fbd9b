//! The page's components, one per file; each callback only dispatches an action.

pub mod app;
pub mod finding;
pub mod paste;
pub mod results;
pub mod toolbar;
