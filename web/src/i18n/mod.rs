//! The page's own words (labels, buttons, empty states, the privacy
//! statement), per language. Diagnosis texts come from the core.

mod en;
mod it;
mod ko;
mod zh_tw;

use kubetriage_core::Lang;

/// Every string the page shows, in one language.
pub struct Ui {
    /// Under the title.
    pub tagline: &'static str,
    /// The privacy statement.
    pub privacy: &'static str,
    /// Label of the paste box.
    pub paste_label: &'static str,
    /// Placeholder of the paste box.
    pub paste_placeholder: &'static str,
    /// "Examples:" label.
    pub examples: &'static str,
    /// Names of the example pastes, in the order of `examples::EXAMPLES`.
    pub example_names: [&'static str; 5],
    /// Open a file button.
    pub open_file: &'static str,
    /// Copy report button.
    pub copy_report: &'static str,
    /// Copy command button.
    pub copy: &'static str,
    /// After copying.
    pub copied: &'static str,
    /// Clipboard refused.
    pub copy_failed: &'static str,
    /// Nothing pasted yet.
    pub empty: &'static str,
    /// Recognised, nothing wrong.
    pub no_problems: &'static str,
    /// Nothing recognised.
    pub nothing_recognised: &'static str,
    /// "Read as" heading.
    pub read_as: &'static str,
    /// "lines" word in "lines 1–14".
    pub lines: &'static str,
    /// Cause heading.
    pub cause: &'static str,
    /// Fix heading.
    pub fix: &'static str,
    /// Evidence heading.
    pub evidence: &'static str,
    /// Subject label.
    pub subject: &'static str,
    /// Prefix of a linked finding.
    pub explained_by: &'static str,
    /// Error / warning / note labels.
    pub severities: [&'static str; 3],
    /// "{n} findings" summary; `{errors}`, `{warnings}`, `{notes}` filled in.
    pub summary: &'static str,
    /// Language switcher label.
    pub language: &'static str,
    /// A file was loaded without echoing it into the box.
    pub large_file: &'static str,
    /// Evidence button hint.
    pub show_in_paste: &'static str,
    /// A large paste was kept out of the paste box.
    pub large_paste: &'static str,
    /// Shown while the worker diagnoses.
    pub diagnosing: &'static str,
    /// Below a truncated list; `{n}` is the number not shown.
    pub more_findings: &'static str,
}

/// The page's words in `lang`.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &en::UI,
        Lang::Ko => &ko::UI,
        Lang::ZhTw => &zh_tw::UI,
        Lang::It => &it::UI,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_translates_the_page() {
        for lang in [Lang::Ko, Lang::ZhTw, Lang::It] {
            let (t, en) = (ui(lang), ui(Lang::En));
            for (a, b) in [
                (t.privacy, en.privacy),
                (t.empty, en.empty),
                (t.no_problems, en.no_problems),
                (t.copy_report, en.copy_report),
            ] {
                assert_ne!(a, b, "{lang:?} page text is still English");
            }
            assert!(
                t.summary.contains("{errors}")
                    && t.summary.contains("{warnings}")
                    && t.summary.contains("{notes}")
            );
        }
    }
}
