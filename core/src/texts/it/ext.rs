//! Italian texts of the `ext/` diagnoses.

use crate::texts::Text;

/// Italian texts of `ext/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "ext/agent-no-response",
        title: "Azure non ha ricevuto risposta dall'agente di estensione del cluster",
        cause: lines![
            "Azure ha passato l'operazione all'agente delle estensioni nel cluster senza ricevere risposta entro il tempo previsto, per uno dei tre motivi seguenti, dal più frequente.",
            "1. L'agente di estensione e i pod di gestione non sono in esecuzione: non possono essere pianificati o avviati perché i nodi non hanno CPU o memoria sufficienti, perché un criterio di ammissione li rifiuta oppure perché un taint `NoSchedule` li esclude da tutti i nodi.",
            "[pods-down] Il testo incollato lo conferma: {down_count} pod dell'agente non sono in esecuzione con tutti i contenitori pronti.",
            "[pods-ok] I pod dell'agente presenti nel testo incollato sono in esecuzione e pronti: esaminare quindi le cause 2 e 3.",
            "2. I pod sono in esecuzione, ma il traffico in uscita dal cluster verso Azure è bloccato da un firewall, da un proxy o da regole di rete.",
            "3. I pod raggiungono Azure, ma il piano dati delle estensioni li rifiuta con `Errorcode: 403 … This traffic is not authorized` (vedere ext/dp-traffic-not-authorized).",
        ],
        fix: lines![
            "Verificare che i pod dell'agente siano pianificati e in esecuzione con tutti i contenitori pronti; eseguire describe su quelli che non lo sono e correggere quanto indicato negli eventi (risorse, criteri, taint).",
            "[aks] Nel servizio Azure Kubernetes (AKS) gli agenti sono `extension-agent-*` ed `extension-operator-*` nello spazio dei nomi `kube-system`.",
            "[arc] Nei cluster abilitati per Azure Arc gli agenti vengono eseguiti nello spazio dei nomi `azure-arc`; il gestore delle estensioni è `extension-manager-*`.",
            "Se i pod sono integri, aprire gli endpoint in uscita necessari alle estensioni seguendo le regole di rete in uscita e FQDN per i cluster AKS (le estensioni del cluster richiedono almeno `<region>.dp.kubernetesconfiguration.azure.com`, `mcr.microsoft.com` e `*.data.mcr.microsoft.com` sulla porta 443).",
            "[arc] Per i cluster abilitati per Azure Arc, controllare i requisiti di rete di Azure Arc e le impostazioni del proxy specificate durante l'onboarding.",
            "Se la rete è aperta, cercare `Errorcode: 403` nel log dell'agente di estensione: si tratta del caso di collegamento privato descritto in ext/dp-traffic-not-authorized.",
            "Ripetere l'operazione sull'estensione quando gli agenti riescono a comunicare con Azure.",
        ],
        commands: lines![],
    },
    Text {
        id: "ext/dp-traffic-not-authorized",
        title: "Agente di estensione rifiutato dal piano dati: il traffico raggiunge un endpoint privato",
        cause: lines![
            "L'agente di estensione chiama l'endpoint del piano dati a livello di area `{dp_host}` e la chiamata viene rifiutata con `Errorcode: 403, Message This traffic is not authorized`; la riga di log successiva, `Failed to GET configurations`, mostra che l'agente non riceve alcuna configurazione.",
            "[private-dns] In questo cluster l'endpoint viene risolto tramite un alias `privatelink` nell'indirizzo privato {private_ip}.",
            "Succede quando un ambito di collegamento privato di Azure Arc per il piano dati delle estensioni condivide la rete virtuale o la zona DNS privata con questo cluster AKS: il traffico del cluster va allora a quell'endpoint privato, che lo rifiuta.",
        ],
        fix: lines![
            "Confermare la causa: cercare l'errore 403 nel log dell'agente, quindi risolvere l'endpoint dall'interno del pod dell'agente; una risposta con un alias `privatelink` e un indirizzo privato conferma la causa.",
            "Cercare l'indirizzo privato nella ricerca del portale di Azure: i risultati portano alla risorsa che lo possiede (rete virtuale, zona DNS privata, endpoint privato dell'ambito di collegamento privato di Azure Arc).",
            "Soluzione consigliata: mantenere Kubernetes abilitato per Azure Arc e AKS in reti virtuali separate (e con DNS privati separati), in modo che AKS risolva l'endpoint pubblico.",
            "Se le reti devono rimanere condivise, creare un override del nome in CoreDNS in modo che solo questo cluster lo risolva nell'indirizzo pubblico:",
            "a. Trovare l'indirizzo pubblico dell'endpoint con nslookup da un computer che non usa il DNS privato condiviso.",
            "[public-ip-unknown] Il testo incollato non mostra l'indirizzo pubblico; inserirlo al posto di `<public-ip>` nei comandi seguenti.",
            "b. Creare un backup del ConfigMap `coredns-custom` esistente.",
            "c. Aggiungere a `coredns-custom` in `kube-system` una chiave che termina con `.override` (ad esempio `extensionsdp.override`) con un blocco hosts che associa l'endpoint all'indirizzo pubblico e lascia passare (fallthrough) tutti gli altri nomi: `{hosts_block}` (una voce per riga). Il comando patch qui sotto aggiunge solo questa chiave e mantiene le altre.",
            "d. Riavviare CoreDNS in modo che ricarichi il ConfigMap senza tempi di inattività.",
            "e. Risolvere di nuovo l'endpoint dal pod dell'agente: ora deve restituire l'indirizzo pubblico, e il log dell'agente mostrare `GET configurations returned response code {200}` invece di `Errorcode: 403`.",
        ],
        commands: lines![],
    },
    Text {
        id: "ext/critical-addons-only-taint",
        title: "Impossibile pianificare i pod dell'estensione: tutti i pool di nodi hanno il taint {taint_key}",
        cause: lines![
            "[scheduler] L'utilità di pianificazione segnala che tutti i nodi hanno il taint {taint} e i pod dell'estensione (ad esempio quelli di Dapr) non hanno una tolleranza corrispondente: i pod restano quindi nello stato Pending e l'estensione non diventa mai pronta.",
            "[described] I pool di nodi hanno il taint `{taint}` e l'installazione dell'estensione si blocca o va in timeout: i suoi pod non hanno una tolleranza per il taint, quindi quando ogni pool lo ha restano nello stato Pending e l'estensione non diventa mai pronta.",
            "`CriticalAddonsOnly` è destinato ai pool di nodi di sistema che eseguono solo componenti aggiuntivi di sistema critici. Se tutti i pool del cluster lo hanno, nient'altro può essere pianificato, né le estensioni né le applicazioni.",
        ],
        fix: lines![
            "Verificare che i pod dell'estensione siano nello stato Pending e che i relativi eventi indichino il taint non tollerato `{taint_key}`.",
            "Aggiungere un pool di nodi senza il taint `{taint_key}`: i pod dell'estensione verranno pianificati in quel pool.",
            "In alternativa, se possibile e opportuno, rimuovere il taint da un pool di nodi per consentire l'installazione dell'estensione.",
            "Non installare estensioni in pool di nodi con il taint `CriticalAddonsOnly` a meno che il carico di lavoro non lo richieda, e non impostare mai il taint sull'unico pool di nodi di un cluster: almeno un pool deve rimanere senza.",
        ],
        commands: lines![],
    },
    Text {
        id: "ext/extension-failed",
        title: "Estensione del cluster non riuscita ({extension})",
        cause: lines![
            "[failed] `az k8s-extension show` segnala l'estensione con `provisioningState: Failed`: il servizio delle estensioni non è riuscito a installarla o ad aggiornarla.",
            "[degraded] `az k8s-extension show` segnala l'estensione con uno stato di livello Error o Warning: è installata, ma non funziona correttamente.",
            "[operation] Il servizio delle estensioni segnala che un'operazione sull'estensione (creazione, aggiornamento o eliminazione) non è riuscita.",
            "Il relativo stato indica il motivo (\"{status_message}\").",
            "Il messaggio di stato indica la causa effettiva; la diagnosi corrispondente (agente, rete, Helm, taint) viene mostrata insieme a questa quando kubetriage la riconosce.",
            "[resources] Il messaggio mostra pod che non possono essere pianificati per mancanza di CPU o memoria: i nodi sono troppo piccoli o troppo carichi per l'estensione.",
            "[taint] Il messaggio mostra pod che non tollerano un taint del nodo.",
            "[timeout] Il messaggio indica un timeout: le risorse dell'estensione non sono diventate pronte in tempo.",
            "[chart-not-found] Il registro non contiene il grafico {chart}: questa versione dell'estensione non vi è (ancora) pubblicata, oppure non in questo cloud o area geografica.",
        ],
        fix: lines![
            "Leggere prima `statuses` (ed `errorInfo`) dell'estensione; esaminare i log del cluster solo se queste informazioni non bastano.",
            "Correggere la causa indicata nel messaggio seguendo la diagnosi mostrata insieme a questa.",
            "[resources] Liberare spazio nei nodi per l'estensione: aumentare le dimensioni del pool di nodi o aggiungerne uno, oppure ridurre le richieste degli altri carichi di lavoro.",
            "[timeout] Controllare gli eventi dello spazio dei nomi della release per individuare pod, processi o altre risorse che non diventano pronti.",
            "[chart-not-found] Creare o aggiornare l'estensione con una versione esistente (`--version`), oppure lasciare che la scelga il suo release train (`--auto-upgrade-minor-version true`).",
            "Quindi ripetere l'operazione sull'estensione (aggiornarla, oppure eliminarla e crearla di nuovo) e verificarne lo stato.",
        ],
        commands: lines![],
    },
];
