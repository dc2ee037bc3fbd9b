//! Italian texts of the `arc/` diagnoses.

use crate::texts::Text;

/// Italian texts of `arc/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "arc/wrong-subscription",
        title: "L'interfaccia della riga di comando di Azure usa la sottoscrizione sbagliata",
        cause: lines![
            "Azure ha risposto che la sottoscrizione o il gruppo di risorse non esiste. Con `az connectedk8s` e `az k8s-configuration` questo significa quasi sempre che l'interfaccia della riga di comando ha eseguito l'accesso a una sottoscrizione diversa da quella che contiene la risorsa.",
        ],
        fix: lines![
            "Verificare quale sottoscrizione usa l'interfaccia della riga di comando e passare a quella che contiene il cluster connesso e il relativo gruppo di risorse.",
            "Eseguire di nuovo il comando non riuscito.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/helm-release-missing",
        title: "La release Helm di Azure Arc è assente o non distribuita",
        cause: lines![
            "Gli agenti di un cluster abilitato per Azure Arc vengono installati dalla release Helm `azure-arc`, il cui stato integro è `STATUS: deployed`.",
            "[not-found] Helm non conosce affatto la release: gli agenti non sono mai stati installati oppure sono stati rimossi.",
            "[not-deployed] La release esiste ma è nello stato `{status}`, quindi l'installazione degli agenti non è stata completata.",
        ],
        fix: lines![
            "Controllare la release con il comando seguente.",
            "Connettere di nuovo il cluster ad Azure Arc; se esiste una risorsa connessa solo in parte, eliminarla prima.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/agents-unhealthy",
        title: "Non tutti gli agenti di Azure Arc sono in esecuzione e pronti",
        cause: lines![
            "Ogni pod nello spazio dei nomi `azure-arc` deve essere nello stato Running con tutti i contenitori pronti (READY n/n); alcuni non lo sono, quindi il collegamento del cluster con Azure è compromesso.",
            "[crashing] Agenti nello stato Error o CrashLoopBackOff: i relativi log indicano il motivo dell'errore.",
            "[pending] Agenti bloccati nello stato Pending: molto probabilmente i nodi non dispongono delle risorse necessarie per pianificarli.",
            "[image-pull] Gli agenti non riescono a eseguire il pull delle immagini: il cluster non raggiunge il registro (traffico in uscita, firewall, proxy).",
            "[not-ready] Gli agenti sono in esecuzione, ma alcuni contenitori non sono pronti.",
            "[deployment] La distribuzione `{deployment}` ha meno repliche pronte di quelle richieste.",
        ],
        fix: lines![
            "Elencare gli agenti ed eseguire describe su ogni pod che non è nello stato Running n/n.",
            "[crashing|not-ready] Leggere i log dei contenitori con errori (`--previous` per quelli terminati in modo anomalo).",
            "[pending] Aumentare le dimensioni del cluster o aggiungere nodi in modo che gli agenti possano essere pianificati.",
            "[image-pull] Consentire l'accesso in uscita agli endpoint e ai registri di Azure Arc, oppure specificare le impostazioni del proxy durante la connessione.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/provisioning-timeout",
        title: "Provisioning della risorsa di Azure non riuscito o scaduto durante la connessione",
        cause: lines![
            "Non è stato possibile creare la risorsa del cluster connesso in Azure entro il tempo consentito. In genere la causa è un evento imprevisto in corso nel servizio Kubernetes abilitato per Azure Arc.",
        ],
        fix: lines![
            "Controllare lo stato di Azure (e Integrità dei servizi per la propria sottoscrizione) per verificare se è in corso un evento che interessa Kubernetes abilitato per Azure Arc.",
            "In caso affermativo, attendere che venga risolto, eliminare la risorsa del cluster connesso esistente ed eseguire di nuovo l'onboarding.",
            "In caso contrario, se l'onboarding continua a non riuscire, aprire una richiesta di supporto.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/overage-claims",
        title: "Token rifiutato: attestazione di eccedenza",
        cause: lines![
            "Il token dell'identità contiene un'attestazione di eccedenza: l'entità servizio appartiene a più di 200 gruppi di Microsoft Entra, condizione non supportata.",
            "Lo stesso errore si verifica dietro un proxy in uscita che non consente `https://<region>.obo.arc.azure.com:8084/`.",
        ],
        fix: lines![
            "Usare un'entità servizio membro di meno di 200 gruppi, oppure rimuovere quella originale da alcuni gruppi, e riprovare.",
            "Se il cluster si trova dietro un proxy in uscita, consentire `https://<region>.obo.arc.azure.com:8084/` (con la propria area).",
            "Se nessuna delle due condizioni si applica, aprire una richiesta di supporto.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/diagnostic-chart-pull",
        title: "I controlli preliminari della connessione non riescono a scaricare il grafico cluster-diagnostic-checks",
        cause: lines![
            "Prima dell'onboarding, l'interfaccia della riga di comando esegue controlli di diagnostica da un grafico Helm, che il cluster non è riuscito a scaricare. Questo accade quando l'endpoint `https://k8connecthelm.azureedge.net` è bloccato.",
            "[registry] Questa interfaccia della riga di comando lo scarica da `{registry}`.",
        ],
        fix: lines![
            "Consentire l'accesso in uscita a `https://k8connecthelm.azureedge.net` dal cluster e dal computer in cui viene eseguita l'interfaccia della riga di comando.",
            "[registry] Verificare che `{registry}` venga risolto e risponda sulla porta 443 da entrambi (DNS, firewall, proxy); un registro che non esiste per il proprio cloud richiede un'estensione dell'interfaccia della riga di comando più recente o corretta.",
            "Assicurarsi che tutti gli altri requisiti di rete di Kubernetes abilitato per Azure Arc siano soddisfatti, quindi ripetere la connessione.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/msi-certificate",
        title: "Impossibile recuperare il certificato dell'identità gestita (MSI)",
        cause: lines![
            "Gli agenti non sono riusciti a recuperare il certificato dell'identità gestita necessario per comunicare con Azure. La causa è quasi sempre la rete: un endpoint bloccato o un proxy non configurato.",
        ],
        fix: lines![
            "Verificare che tutti i requisiti di rete di Kubernetes abilitato per Azure Arc siano soddisfatti (endpoint in uscita, proxy, DNS).",
            "Ripetere l'operazione.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/insufficient-cluster-permissions",
        title: "L'utente del kubeconfig non ha le autorizzazioni per installare gli agenti di Azure Arc",
        cause: lines![
            "L'interfaccia della riga di comando di Azure usa il kubeconfig per installare gli agenti, ma l'utente `{user}` non è autorizzato a farlo. Per connettere un cluster è necessario il ruolo `cluster-admin` sul cluster.",
        ],
        fix: lines![
            "Assegnare il ruolo `cluster-admin` all'utente che connette il cluster (oppure usare un contesto del kubeconfig che lo possiede).",
            "Connettere di nuovo il cluster.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/openshift-connect-timeout",
        title: "Timeout della connessione di un cluster OpenShift ad Azure Arc",
        cause: lines![
            "In OpenShift, `az connectedk8s connect` va in timeout quando la versione del cluster è troppo vecchia oppure quando l'account del servizio di `kube-aad-proxy` non è autorizzato all'esecuzione in modalità privilegiata.",
        ],
        fix: lines![
            "Verificare che la versione di OpenShift sia 4.5.41+, 4.6.35+ o 4.7.18+.",
            "Prima della connessione, concedere il vincolo SCC privileged all'account del servizio `azure-arc-kube-aad-proxy-sa` (comando seguente).",
            "Connettere di nuovo il cluster.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/helm-upgrade-timeout",
        title: "Timeout durante l'installazione degli agenti di Azure Arc (Helm)",
        cause: lines![
            "L'interfaccia della riga di comando di Azure ha smesso di attendere che la release Helm degli agenti diventasse pronta. Alcuni agenti non riescono ad avviarsi, oppure il cluster esegue il pull delle immagini più lentamente di quanto l'interfaccia della riga di comando sia disposta ad attendere.",
            "[agents-crashing] Nel testo incollato clusterconnect-agent o config-agent non è in esecuzione correttamente.",
        ],
        fix: lines![
            "Elencare gli agenti (`kubectl get pods -n azure-arc`).",
            "Verificare se clusterconnect-agent o config-agent sono in un ciclo di arresti anomali o hanno contenitori non in esecuzione.",
            "Elencare i segreti di azure-arc: senza `azure-identity-certificate`, l'identità gestita assegnata dal sistema non è stata installata. Eliminare la distribuzione di Azure Arc con `az connectedk8s delete` e connettere di nuovo il cluster (tramite il proxy, se presente).",
            "Se clusterconnect-agent e config-agent sono in esecuzione ma non esiste alcun pod `kube-aad-proxy`, controllare i criteri di sicurezza dei pod: il relativo account del servizio deve essere autorizzato a montare percorsi dell'host.",
            "Se `kube-aad-proxy` è bloccato nello stato ContainerCreating, verificare la presenza del segreto `kube-aad-proxy-certificate`; se manca, eliminare la distribuzione ed eseguire l'onboarding con un nome di cluster diverso.",
            "Con una connessione lenta, il pull delle immagini può durare più del timeout dell'interfaccia della riga di comando: attendere che i pod completino il pull e ripetere la connessione.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/identity-certificate-missing",
        title: "Identità gestita non installata: azure-identity-certificate mancante",
        cause: lines![
            "Tra i segreti di azure-arc manca `azure-identity-certificate`, quindi l'identità gestita assegnata dal sistema del cluster non è mai stata installata: gli agenti non possono autenticarsi e l'installazione Helm va in timeout.",
        ],
        fix: lines![
            "Eliminare la distribuzione di Azure Arc con `az connectedk8s delete` e connettere di nuovo il cluster.",
            "Se il problema si ripresenta, è probabile che la causa sia il proxy: eseguire la connessione tramite il proxy in uscita specificandone i parametri.",
            "Verificare che tutti i requisiti di rete siano soddisfatti.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/kube-aad-proxy-missing",
        title: "Il pod kube-aad-proxy non è presente",
        cause: lines![
            "clusterconnect-agent e config-agent sono in esecuzione, ma non esiste alcun pod `kube-aad-proxy`. Il pod viene eseguito con l'account del servizio `azure-arc-kube-aad-proxy-sa`, che non richiede diritti di amministratore ma deve essere autorizzato a montare percorsi dell'host; un criterio di sicurezza dei pod lo sta bloccando.",
        ],
        fix: lines![
            "Controllare i criteri di sicurezza dei pod (o i criteri di ammissione) del cluster e consentire ad `azure-arc-kube-aad-proxy-sa` di montare percorsi dell'host.",
            "Cercare il rifiuto negli eventi del ReplicaSet di kube-aad-proxy.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/kube-aad-proxy-cert-missing",
        title: "kube-aad-proxy bloccato: il relativo certificato non è mai stato recapitato",
        cause: lines![
            "kube-aad-proxy non riesce ad avviarsi perché il segreto `kube-aad-proxy-certificate` non è presente nello spazio dei nomi azure-arc.",
        ],
        fix: lines![
            "Eliminare la distribuzione di Azure Arc ed eseguire di nuovo l'onboarding con un nome di cluster diverso.",
            "Se dopo questa operazione il certificato è ancora mancante, aprire una richiesta di supporto.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/cryptohash-module",
        title: "Nell'estensione dell'interfaccia della riga di comando di Azure manca un modulo nativo (Crypto.Hash._MD5)",
        cause: lines![
            "Durante l'aggiunta dell'estensione `connectedk8s` o `k8s-configuration`, un modulo da cui dipende non è stato scaricato correttamente, quindi l'interfaccia della riga di comando non riesce a caricarlo.",
        ],
        fix: lines!["Rimuovere entrambe le estensioni dall'ambiente locale, quindi aggiungerle di nuovo."],
        commands: lines![],
    },
    Text {
        id: "arc/cluster-connect-no-agent",
        title: "Connessione al cluster non disponibile: nessun agente connesso",
        cause: lines![
            "La funzionalità di connessione al cluster (cluster connect) non ha alcun agente sul lato del cluster, quindi `az connectedk8s proxy` non può aprire una sessione. Quando mancano sia `clusterconnect-agent` sia `kube-aad-proxy`, la funzionalità è disabilitata nel cluster.",
            "[agents-absent] L'elenco dei pod di azure-arc non contiene né clusterconnect-agent né kube-aad-proxy.",
        ],
        fix: lines![
            "Abilitare la funzionalità di connessione al cluster nel cluster.",
            "Dietro un proxy o un firewall in uscita, consentire le connessioni WebSocket verso `*.servicebus.windows.net`.",
            "Usare la versione più recente dell'estensione connectedk8s dell'interfaccia della riga di comando di Azure.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/custom-locations-oid",
        title: "Percorsi personalizzati non abilitati: impossibile leggere l'ID oggetto dell'app",
        cause: lines![
            "[skipped] È stato eseguito l'accesso con un'entità servizio che potrebbe non essere autorizzata a leggere le applicazioni di Microsoft Entra, quindi l'interfaccia della riga di comando non è riuscita a recuperare l'ID oggetto dell'app dei percorsi personalizzati ed è proseguita senza abilitare la funzionalità.",
            "[lookup-refused] La ricerca dell'app dei percorsi personalizzati è stata eseguita manualmente (`az ad sp show --id bc313c14-…`) ed è stata rifiutata con `Insufficient privileges`: l'identità con cui è stato eseguito l'accesso non può leggere le applicazioni di Microsoft Entra. `connect` e `enable-features` eseguono la stessa ricerca e ignorerebbero i percorsi personalizzati per lo stesso motivo.",
            "[not-enabled] La creazione del percorso personalizzato non è riuscita perché il provider `Microsoft.ExtendedLocation` non può creare spazi dei nomi nel cluster: la funzionalità dei percorsi personalizzati non è mai stata abilitata (la connessione con un'entità servizio la salta quando l'ID oggetto dell'app non può essere letto).",
        ],
        fix: lines![
            "Accedere all'interfaccia della riga di comando di Azure come utente e leggere l'ID oggetto dell'app usata da Azure Arc (le versioni più recenti dell'interfaccia della riga di comando lo restituiscono come `id`, quelle meno recenti come `objectId`).",
            "Accedere di nuovo come entità servizio e specificare tale ID oggetto con `--custom-locations-oid`, durante la connessione o sul cluster esistente.",
        ],
        commands: lines![],
    },
    Text {
        id: "arc/outbound-connectivity",
        title: "La connessione del cluster non riesce: una richiesta di rete non va a buon fine",
        cause: lines![
            "Per connettere il cluster serve l'accesso di rete: da questo computer al server API del cluster e dal cluster a un insieme di endpoint di Azure; alcune di queste richieste non riescono.",
            "[dns] La risoluzione dei nomi non riesce nel cluster: non è possibile risolvere i nomi degli endpoint.",
            "[proxy] Il cluster si trova dietro un proxy in uscita che rifiuta il traffico o che non è stato configurato per riceverlo.",
            "[egress] Le connessioni scadono o vengono rifiutate: un firewall blocca il traffico.",
            "[cluster-api] La richiesta non riuscita era diretta al server API del cluster stesso (`{api_server}`), non ad Azure: questo computer non raggiunge l'indirizzo del suo kubeconfig (VPN, firewall, indirizzo privato o contesto sbagliato).",
            "[no-kubeconfig] La richiesta è andata a `{api_server}`, dove un client Kubernetes si rivolge quando non ha un kubeconfig: non ne è stato trovato nessuno, oppure il suo contesto corrente non indica alcun cluster.",
            "[tls-inspection] Un certificato lungo il percorso non è attendibile: un proxy o un firewall che ispeziona il TLS firma di nuovo il traffico con la propria autorità di certificazione.",
        ],
        fix: lines![
            "Verificare tutti i requisiti di rete di Kubernetes abilitato per Azure Arc (endpoint e porte).",
            "[proxy] Specificare i parametri del proxy durante l'onboarding (`--proxy-https`, `--proxy-http`, `--proxy-skip-range`, `--proxy-cert`) e verificare che il proxy consenta gli endpoint.",
            "[dns] Eseguire il debug della risoluzione DNS nel cluster (pod CoreDNS, resolver upstream).",
            "[cluster-api] Prima di connettere, verificare che `kubectl` raggiunga il cluster da questo computer con lo stesso kubeconfig e contesto (`--kube-config`, `--kube-context`).",
            "[no-kubeconfig] Indicare al comando il kubeconfig del cluster (`--kube-config` o `KUBECONFIG`) e verificare che il contesto corrente sia quel cluster.",
            "[tls-inspection] Fornire all'onboarding il certificato della CA del proxy che ispeziona il traffico (`--proxy-cert <file>`), oppure escludere gli endpoint di Azure Arc dall'ispezione TLS.",
        ],
        commands: lines![],
    },
];
