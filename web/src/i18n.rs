//! The page's own words (labels, buttons, empty states, the privacy
//! statement), per language. Diagnosis texts come from the core.

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
}

/// English.
pub const EN: Ui = Ui {
    tagline: "Paste what kubectl, az, helm or aws printed; get the cause and the fix.",
    privacy: "Runs entirely in your browser: nothing you paste leaves this page — no upload, no analytics, no storage of your text.",
    paste_label: "Command output",
    paste_placeholder: "Paste kubectl get pods, kubectl describe pod, events, az / helm / aws errors…",
    examples: "Examples:",
    open_file: "Open a file…",
    copy_report: "Copy report as Markdown",
    copy: "Copy",
    copied: "Copied to the clipboard.",
    copy_failed: "The browser refused the clipboard; select the text and copy it by hand.",
    empty: "Paste command output above, drop a file on it, or try an example.",
    no_problems: "No problems found in what was recognised.",
    nothing_recognised: "Nothing recognised: this does not look like kubectl, az, helm or aws output.",
    read_as: "Read as",
    lines: "lines",
    cause: "Cause",
    fix: "Fix",
    evidence: "Evidence",
    subject: "Subject",
    explained_by: "Explained by",
    severities: ["Error", "Warning", "Note"],
    summary: "{errors} errors, {warnings} warnings, {notes} notes",
    language: "Language",
    large_file: "Large file read locally and diagnosed without showing it here",
    show_in_paste: "Show this line in the paste",
};

/// The page's words in `lang` (English until a translation exists).
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En | Lang::Ko | Lang::ZhTw | Lang::It => &EN,
    }
}
