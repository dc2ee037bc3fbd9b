//! Italian texts of the `helm/` diagnoses.

use crate::texts::Text;

/// Italian texts of `helm/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "helm/resource-readiness-timeout",
        title: "Timeout di Helm in attesa dell'idoneità delle risorse della release",
        cause: lines![
            "[timeout] Helm ha creato le risorse del grafico e ha atteso che fossero pronte o completate (pod, processi); non lo sono diventate entro il timeout, quindi l'installazione o l'aggiornamento non è riuscito (un'operazione atomica viene annullata).",
            "[job] Un processo del grafico (una delle sue risorse, o un hook come `post-install` o `post-upgrade`) non è riuscito in modo definitivo (`BackoffLimitExceeded`): i relativi pod hanno continuato a non riuscire fino al raggiungimento del limite di tentativi del processo, quindi l'installazione o l'aggiornamento non è riuscito.",
            "Motivi comuni: CPU o memoria insufficienti per i nuovi pod, una policy o un taint `NoSchedule` che li tiene fuori dai nodi, un pod Linux su un nodo Windows (o viceversa), oppure un valore di configurazione che ne impedisce l'avvio.",
        ],
        fix: lines![
            "Verificare che i nodi abbiano spazio per le richieste della release e che i pod possano essere eseguiti su di essi (taint, policy di ammissione).",
            "Verificare che i pod Linux finiscano su nodi Linux e quelli Windows su nodi Windows (`kubernetes.io/os`).",
            "Esaminare gli eventi dello spazio dei nomi della release per individuare il pod, il processo o la risorsa che non è diventata pronta e il motivo.",
            "[job] Leggere i log dei pod del processo non riuscito: indicano il motivo dell'errore.",
            "Controllare i valori Helm passati all'estensione o al grafico: ogni valore obbligatorio deve essere presente e corretto.",
            "Correggere la causa, quindi ripetere l'installazione o l'aggiornamento.",
        ],
        commands: lines![],
    },
    Text {
        id: "helm/chart-download-failed",
        title: "Impossibile scaricare il grafico Helm dal relativo repository",
        cause: lines![
            "[cluster] Non è stato possibile scaricare il grafico Helm dell'estensione dall'URL del repository (host {repo_host}). Si tratta di un problema di connettività tra il cluster e il repository: un firewall o un altro blocco del traffico in uscita impedisce il download.",
            "[cli] Helm non è riuscito a scaricare il grafico (host {repo_host}): questo computer, su cui viene eseguito `helm`, non ha raggiunto il repository, oppure il repository ha rifiutato la richiesta.",
            "[chart-ref] Helm non ha trovato il grafico `{chart}` nei repository aggiunti: il repository non è stato aggiunto, il suo indice non è aggiornato oppure il grafico o la versione non esiste.",
            "[timeout] La connessione è scaduta: il traffico viene scartato lungo il percorso, in genere da un firewall o per la mancanza di una route verso Internet.",
            "[refused] Il repository o un proxy intermedio ha rifiutato la richiesta.",
            "[dns] Non è stato possibile risolvere il nome host del repository.",
            "[tls] La connessione TLS non è riuscita a causa di un certificato: in genere il responsabile è un proxy che ispeziona il traffico TLS.",
        ],
        fix: lines![
            "[cluster] Consentire il traffico HTTPS in uscita dal cluster verso il repository del grafico (host {repo_host}) attraverso il firewall o il proxy.",
            "[cluster] Seguire le regole di rete in uscita e FQDN dei cluster AKS per le estensioni del cluster, che elencano gli endpoint che devono essere raggiungibili.",
            "[cluster] Ripetere l'operazione sull'estensione quando il repository è raggiungibile.",
            "[cli] Verificare che questo computer raggiunga il repository (impostazioni del proxy come `HTTPS_PROXY`, firewall, DNS), quindi eseguire di nuovo il comando.",
            "[chart-ref] Aggiungere il repository se manca (`helm repo add`), eseguire `helm repo update` e verificare nome e versione del grafico.",
            "[oci] Per un grafico in un registro OCI, eseguire prima l'accesso se è privato (`helm registry login`) e verificare il percorso del grafico: un registro rifiuta il token anonimo anche per un percorso che non esiste.",
        ],
        commands: lines![],
    },
    Text {
        id: "helm/render-failed",
        title: "Il rendering del grafico Helm non è riuscito con i valori specificati",
        cause: lines![
            "[extension] Il rendering del grafico dell'estensione viene eseguito con le impostazioni di configurazione passate come valori Helm; un'impostazione obbligatoria per il grafico è mancante o ha un valore non accettato, quindi il rendering si interrompe prima che venga installato qualsiasi elemento.",
            "[fail] I modelli del grafico interrompono di proposito il rendering (con `required` o `fail`) quando un valore necessario manca o non è accettato, quindi non viene installato nulla.",
            "[nil] Un modello del grafico legge un campo di un valore non impostato (`{template_value}`): manca una sezione di valori attesa dal grafico o è annidata in modo diverso, oppure il grafico è stato scritto per un'altra versione di Helm.",
            "Il messaggio del grafico indica l'impostazione (\"{render_error}\").",
        ],
        fix: lines![
            "Consultare la documentazione dell'estensione o dell'applicazione per conoscere le impostazioni di configurazione obbligatorie e i valori accettati.",
            "Correggere o aggiungere l'impostazione (`--configuration-settings` / `--configuration-protected-settings` di `az k8s-extension`, oppure `--set` / `-f` per Helm) e riprovare.",
            "[nil] Confrontare i valori forniti con quelli predefiniti del grafico: ogni livello del percorso letto dal modello deve esistere.",
        ],
        commands: lines![],
    },
    Text {
        id: "helm/resource-exists",
        title: "Una risorsa del grafico esiste già nel cluster",
        cause: lines![
            "Il grafico deve creare una risorsa che esiste già e non appartiene a questa release, quindi Helm rifiuta di assumerne il controllo e l'installazione si interrompe.",
            "[named] La risorsa in conflitto è l'oggetto {res_kind} `{res_name}` (nello spazio dei nomi {res_ns}).",
            "[other-release] Appartiene a un'altra release Helm, `{owner_release}`: lo stesso software era già stato installato in un altro modo.",
        ],
        fix: lines![
            "Individuare il proprietario della risorsa in conflitto e verificare se è ancora necessaria.",
            "Se non è critica e può essere rimossa, eliminarla (o disinstallare la release a cui appartiene) e ripetere l'installazione.",
            "Se è essenziale e non può essere sostituita, non è possibile installare l'applicazione in questo modo: mantenere l'installazione esistente oppure spostarla prima altrove.",
            "[crd] Non eliminare una CustomResourceDefinition per fare spazio: si eliminerebbero tutti gli oggetti di quel tipo nel cluster. Lasciarla all'installazione che la possiede e installare il chart senza di essa (un valore del chart, o `--skip-crds` per la sua cartella `crds/`).",
            "[adopt] Per mantenerla e farla gestire d'ora in poi dalla release `{adopt_release}`, aggiungere l'etichetta e le annotazioni richieste da Helm (Helm 3.2 o successivo), poi riprovare.",
        ],
        commands: lines![],
    },
    Text {
        id: "helm/operation-in-progress",
        title: "Per la release è già in corso un'altra operazione Helm",
        cause: lines![
            "Helm consente una sola operazione alla volta per ogni release; un'altra installazione, un aggiornamento o un rollback della release non è ancora terminato, quindi questa operazione è stata rifiutata.",
            "[pending] La release `{release}` è nello stato `{status}`: l'operazione che ve l'ha portata non è terminata, oppure si è interrotta prima di terminare.",
        ],
        fix: lines![
            "Attendere 10 minuti che l'operazione in corso termini, quindi riprovare.",
            "[helm] Se la release rimane in uno stato `pending-*` a lungo anche dopo, l'operazione precedente si è interrotta a metà: esaminare la cronologia della release ed eseguire il rollback all'ultima revisione valida prima di riprovare.",
            "[rollback] La cronologia indica la revisione {good_revision} come l'ultima distribuita: quando nessun processo Helm sta più lavorando sulla release, eseguire il rollback a quella revisione.",
        ],
        commands: lines![],
    },
];
