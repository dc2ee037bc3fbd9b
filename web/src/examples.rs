//! Example pastes, one per domain, taken from the fixture corpus so that the
//! page's examples are tested outputs.

/// An example the page offers to try.
pub struct Example {
    /// Button label.
    pub label: &'static str,
    /// The paste.
    pub text: &'static str,
}

/// The examples, one per domain.
pub const EXAMPLES: &[Example] = &[
    Example {
        label: "Pods",
        text: include_str!("../../tests/fixtures/pod/crash-loop/match-restarts-ago.txt"),
    },
    Example {
        label: "Arc agents",
        text: include_str!(
            "../../tests/fixtures/arc/identity-certificate-missing/match-combined.txt"
        ),
    },
    Example {
        label: "Cluster extension",
        text: include_str!(
            "../../tests/fixtures/ext/critical-addons-only-taint/match-describe-dapr.txt"
        ),
    },
    Example {
        label: "Service Connector",
        text: include_str!("../../tests/fixtures/sc/conflict/match-az-error.txt"),
    },
    Example {
        label: "EKS on Outposts",
        text: include_str!("../../tests/fixtures/eks/ssm-unreachable/match-health-query.txt"),
    },
];
