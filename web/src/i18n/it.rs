//! The page's words in Italian.

use super::Ui;

/// Italian.
pub const UI: Ui = Ui {
    tagline: "Incollare l'output di kubectl, az, helm o aws per ottenere la causa e la soluzione.",
    privacy: "Viene eseguito interamente nel browser: il testo incollato non lascia mai questa pagina — nessun caricamento, nessuna analisi statistica, nessuna archiviazione del testo.",
    paste_label: "Output del comando",
    paste_placeholder: "Incollare l'output di kubectl get pods, kubectl describe pod, gli eventi, gli errori di az / helm / aws…",
    examples: "Esempi:",
    example_names: ["Pod", "Agenti di Azure Arc", "Estensione del cluster", "Connettore di servizi", "EKS su Outposts"],
    open_file: "Apri un file…",
    copy_report: "Copia il report in formato Markdown",
    copy: "Copia",
    copied: "Copiato negli Appunti.",
    copy_failed: "Il browser ha negato l'accesso agli Appunti; selezionare il testo e copiarlo manualmente.",
    empty: "Incollare l'output di un comando nel campo qui sopra, trascinarvi un file oppure provare un esempio.",
    no_problems: "Nessun problema rilevato nel contenuto riconosciuto.",
    nothing_recognised: "Nessun contenuto riconosciuto: il testo non sembra output di kubectl, az, helm o aws.",
    read_as: "Interpretato come",
    lines: "righe",
    cause: "Causa",
    fix: "Soluzione",
    evidence: "Evidenze",
    subject: "Oggetto",
    explained_by: "Spiegato da",
    severities: ["Errore", "Avviso", "Nota"],
    summary: "Errori: {errors}, avvisi: {warnings}, note: {notes}",
    language: "Lingua",
    large_file: "File di grandi dimensioni letto in locale e analizzato senza visualizzarlo qui",
    show_in_paste: "Mostra questa riga nel testo incollato",
    large_paste: "Testo incollato di grandi dimensioni diagnosticato senza mostrarlo qui",
    diagnosing: "Diagnosi in corso…",
    more_findings: "Altri {n} rilevamenti non sono mostrati; usare la CLI per il report completo.",
};
