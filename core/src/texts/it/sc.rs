//! Italian texts of the `sc/` diagnoses.

use crate::texts::Text;

/// Italian texts of `sc/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "sc/conflict",
        title: "Azure ha restituito Conflict: un'altra operazione sul cluster o sull'estensione è ancora in corso",
        cause: lines![
            "Azure ha rifiutato l'operazione con lo stato 409 Conflict. Con il connettore di servizi in AKS, in genere significa che il cluster era in fase di aggiornamento quando è stata creata la connessione: le modifiche della connessione sono in conflitto con l'aggiornamento ancora in corso.",
            "[updating] Il testo incollato mostra lo stato di provisioning del cluster come `Updating`.",
            "[in-progress] Lo dice Azure stesso: un'altra operazione sulla stessa risorsa (il cluster o una sua estensione, come Dapr o Flux) è ancora in corso.",
            "Lo stesso errore si verifica anche quando la sottoscrizione non è registrata con il provider di risorse `Microsoft.KubernetesConfiguration`, necessario per le estensioni del cluster.",
        ],
        fix: lines![
            "Attendere che lo stato di provisioning del cluster sia `Succeeded`, quindi creare di nuovo la connessione.",
            "[in-progress] Attendere che l'operazione già in corso sull'estensione sia terminata (lo stato di provisioning non è più `Updating` né `Creating`), quindi eseguire di nuovo l'aggiornamento o la distribuzione; nel frattempo non avviarne una seconda.",
            "Assicurarsi che la sottoscrizione sia registrata con `Microsoft.KubernetesConfiguration` (ripetere la registrazione non ha effetti negativi).",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/permission-denied",
        title: "Autorizzazione mancante su una risorsa di Azure",
        cause: lines![
            "L'identità che esegue l'operazione non è autorizzata a eseguire un'azione necessaria (azione {action}) su una risorsa di Azure (risorsa {resource}).",
            "[service-connector] Il connettore di servizi agisce per conto dell'utente: per creare una connessione deve poter operare, con le autorizzazioni dell'utente, sulle risorse di Azure connesse (il cluster, il servizio di destinazione e, per alcuni tipi di autenticazione, le impostazioni del firewall o di accesso di quest'ultimo).",
        ],
        fix: lines![
            "Controllare le proprie assegnazioni di ruolo sulla risorsa indicata nel messaggio.",
            "Ottenere un ruolo che consenta l'azione (dal proprietario della risorsa o da un amministratore).",
            "[service-connector] Oppure far creare la connessione da un utente che dispone di tale ruolo.",
            "Accedere di nuovo in modo che la nuova autorizzazione sia inclusa nel token, quindi riprovare.",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/provider-not-registered",
        title: "La sottoscrizione non è registrata per Microsoft.KubernetesConfiguration",
        cause: lines![
            "Le estensioni del cluster, e con esse l'estensione `sc-extension` del connettore di servizi, sono risorse del provider di risorse `Microsoft.KubernetesConfiguration`. La sottoscrizione (sottoscrizione {subscription}) non lo ha registrato, quindi Azure rifiuta di crearle.",
        ],
        fix: lines![
            "Registrare il provider di risorse nella sottoscrizione (è necessaria l'autorizzazione a registrare provider, ad esempio il ruolo Collaboratore sulla sottoscrizione).",
            "Attendere che lo stato di registrazione sia `Registered`, quindi ripetere l'operazione.",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/extension-failed",
        title: "Estensione sc-extension del connettore di servizi non riuscita (in {cluster})",
        cause: lines![
            "Service Connector installa l'estensione del cluster `sc-extension` (un grafico Helm in `sc-system`) con la prima connessione; è lei a creare le risorse Kubernetes delle connessioni. La sua installazione o il suo aggiornamento non sono riusciti.",
            "Il relativo stato indica il motivo (\"{status_message}\").",
            "[job] Lo stato indica un processo non riuscito: in `sc-extension` si tratta di `sc-job`, il processo che crea le risorse delle connessioni e il motivo più comune per cui l'estensione non riesce.",
            "[no-release] `helm list -n sc-system` non mostra alcuna release: è stato eseguito il rollback dell'installazione non riuscita oppure l'estensione è stata rimossa. Senza `sc-extension` nessuna connessione del cluster funziona.",
        ],
        fix: lines![
            "Leggere prima gli `statuses` di `sc-extension` (se necessario, installare l'estensione `k8s-extension` dell'interfaccia della riga di comando di Azure); esaminare il cluster se queste informazioni non bastano.",
            "Connettersi al cluster, verificare che lo spazio dei nomi `sc-system` esista ed esaminare la release Helm al suo interno.",
            "Cercare `sc-job` in `sc-system`: se non è presente, molto probabilmente è stato eseguito correttamente, perché si elimina da solo dopo l'esecuzione riuscita; se è presente e non viene completato, la relativa descrizione e i log indicano la causa.",
            "Correggere la causa, quindi creare o aggiornare di nuovo la connessione.",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/job-failed",
        title: "Il processo sc-job del connettore di servizi non è riuscito",
        cause: lines![
            "`sc-job` è il processo Kubernetes che `sc-extension` esegue durante l'installazione o l'aggiornamento per creare le risorse delle connessioni. Un errore di questo processo è la causa più comune dell'errore dell'estensione.",
            "[job-seen] Il testo incollato mostra che il processo in `sc-system` non è riuscito: i relativi pod hanno continuato a non riuscire fino al raggiungimento del limite di tentativi.",
            "[from-status] Lo stato dell'estensione segnala che il relativo processo non è riuscito (`BackoffLimitExceeded`).",
            "[image] Il pod del processo non riesce a scaricare un'immagine di Service Connector stesso (in questo caso: `{image}`): l'`sc-extension` installata fa riferimento a un'immagine che il suo registro non fornisce più, oppure i nodi non raggiungono quel registro. Non è un'immagine da correggere da parte vostra.",
            "Un `sc-job` eseguito correttamente si elimina da solo: il processo da esaminare è quindi quello ancora presente e non completato.",
        ],
        fix: lines![
            "Eseguire describe sul processo e leggerne i log: indicano il motivo dell'errore (ad esempio uno spazio dei nomi o una risorsa che non esiste).",
            "Correggere quanto indicato nei log, quindi creare o aggiornare di nuovo la connessione in modo che l'estensione esegua di nuovo il processo.",
            "[image] Portare `sc-extension` a una versione attuale (aggiornarla, oppure eliminarla e creare di nuovo la connessione, che la reinstalla), con un Azure CLI aggiornato; se i nodi non hanno accesso in uscita a `scaksextension.azurecr.io`, consentirlo.",
        ],
        commands: lines![],
    },
    Text {
        id: "sc/leftover-resources",
        title: "Nel cluster sono ancora presenti risorse Kubernetes di una connessione eliminata",
        cause: lines![
            "L'eliminazione di una connessione del connettore di servizi non elimina le risorse Kubernetes che ha creato: l'oggetto {kind} `{names}` nello spazio dei nomi `{ns}` rimane finché non viene rimosso manualmente. Il comportamento è previsto e innocuo, ma la risorsa potrebbe contenere credenziali non più in uso.",
        ],
        fix: lines![
            "Verificare che le risorse appartengano alla connessione eliminata e che nessuna connessione o carico di lavoro rimanente le usi ancora.",
            "Eliminarle con kubectl.",
            "Per la pulizia non rimuovere `sc-extension` né lo spazio dei nomi `sc-system`: l'estensione contiene i metadati di tutte le connessioni del cluster e la sua rimozione le interrompe tutte.",
        ],
        commands: lines![],
    },
];
