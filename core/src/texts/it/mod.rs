//! Italian texts, one file per domain.

mod arc;
mod eks;
mod ext;
mod helm;
mod pod;
mod sc;

use super::{Labels, Text};

/// Italian texts of every domain.
pub static DOMAINS: &[&[Text]] = &[
    pod::TEXTS,
    arc::TEXTS,
    ext::TEXTS,
    helm::TEXTS,
    sc::TEXTS,
    eks::TEXTS,
];

/// Italian report labels.
pub static LABELS: Labels = Labels {
    groups: ["ERRORI", "AVVISI", "NOTE"],
    severities: ["errore", "avviso", "info"],
    subject: "oggetto",
    cause: "Causa",
    fix: "Soluzione",
    evidence: "Evidenze",
    explained_by_above: "spiegato dal rilevamento precedente",
    explained_by: "Spiegato da",
    no_problems: "Nessun problema rilevato.",
    nothing_recognised:
        "Nessun contenuto riconosciuto: incollare l'output di kubectl, az, helm o aws.",
    read_as: "Interpretato come",
    lines: "righe",
    report_title: "Report di kubetriage",
    reference_title: "Riferimento delle diagnosi",
    severity: "Gravità",
    source: "Origine",
    recognised_by: "Riconosciuto da",
    recognised_by_facts:
        "gli output analizzati (tabelle, elenchi di segreti, JSON), non una frase.",
};
