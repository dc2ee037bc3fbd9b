//! Italian texts of the `pod/` diagnoses.

use crate::texts::Text;

/// Italian texts of `pod/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "pod/image-pull-backoff",
        title: "Impossibile eseguire il pull dell'immagine",
        cause: lines![
            "Il kubelet non riesce a recuperare l'immagine del contenitore (`{image}`), quindi il contenitore non viene mai avviato; Kubernetes ritenta a intervalli sempre più lunghi (back-off).",
            "[registry-unreachable] Il pull non riesce per tutti i pod di questo spazio dei nomi insieme: la causa è il cluster, non un'immagine. I nodi non raggiungono il registro (traffico in uscita, firewall o proxy), oppure una policy blocca i pod dell'agente.",
            "[not-found] Il registro ha risposto che l'immagine o il tag non esiste: il nome o il tag contiene un errore di battitura, oppure il tag non è mai stato inserito nel registro.",
            "[unauthorized] Il registro ha rifiutato la richiesta: il segreto di pull è assente, errato o scaduto, oppure l'identità dei nodi non ha l'autorizzazione per il pull.",
            "[network] Il nodo non è riuscito a connettersi al registro (timeout, errore DNS o connessione rifiutata): il traffico in uscita è bloccato o instradato in modo errato.",
            "[rate-limit] Il registro limita i pull: Docker Hub limita i pull anonimi per indirizzo IP e i nodi che escono da un unico indirizzo NAT raggiungono presto il limite.",
            "[sandbox-image] L'immagine che non si scarica è quella della sandbox del pod (`pause`), che il runtime dei container del nodo scarica da sé per ogni pod, secondo le proprie impostazioni (`sandbox_image` di containerd, `--pod-infra-container-image` del kubelet) e con l'accesso al registro del nodo, mai con gli `imagePullSecrets` del pod. Finché non viene scaricata, nessun pod si avvia su quel nodo.",
        ],
        fix: lines![
            "Leggere l'evento `Failed to pull image` del pod: le ultime parole del messaggio dicono se il nome o il tag dell'immagine è sbagliato (`not found`), se le credenziali di pull mancano o sono rifiutate (`unauthorized`) o se i nodi non raggiungono il registry (`i/o timeout`).",
            "[registry-unreachable] Verificare che i nodi raggiungano il registro (per gli agenti di Azure Arc: `mcr.microsoft.com` e gli altri endpoint di Arc); aprire il firewall, oppure passare le impostazioni del proxy quando si connette il cluster.",
            "[registry-unreachable] Verificare che i pod dell'agente possano essere pianificati: risorse dei nodi, criteri di ammissione e taint `NoSchedule`.",
            "[not-found] Correggere il nome o il tag dell'immagine nel carico di lavoro, oppure eseguire il push del tag mancante.",
            "[unauthorized] Creare o correggere il segreto di pull dell'immagine nello spazio dei nomi del pod e farvi riferimento in `imagePullSecrets`, oppure concedere all'identità dei nodi l'accesso per il pull.",
            "[network] Consentire il traffico in uscita dai nodi verso il registro (firewall, proxy, DNS) e riprovare.",
            "[rate-limit] Eseguire il pull con credenziali (una voce `imagePullSecrets` di un account Docker Hub) oppure copiare l'immagine in un registro proprio (ad esempio Amazon ECR o Azure Container Registry) e fare riferimento a quello nel carico di lavoro.",
            "[sandbox-image] Correggere il nodo, non il carico di lavoro: dare al suo runtime dei container l'accesso a quel registro (credenziali, percorso di rete) oppure far puntare `sandbox_image` a un registro raggiungibile dai nodi; su una distribuzione gestita (come AKS Edge Essentials), riparare o aggiornare la configurazione del nodo con i suoi strumenti.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/crash-loop",
        title: "Il contenitore continua ad arrestarsi in modo anomalo (CrashLoopBackOff)",
        cause: lines![
            "Un contenitore si avvia, termina con un errore e viene riavviato più volte, con un ritardo crescente tra un tentativo e l'altro. Il motivo si trova nei log dell'esecuzione precedente, quella terminata con l'arresto anomalo.",
            "[exits-normally] Qui l'esecuzione precedente non è fallita: è terminata con codice 0. Con il criterio di riavvio `Always` (ogni Deployment, DaemonSet e StatefulSet) un contenitore che si ferma viene riavviato, quindi un comando che finisce il suo lavoro si ripete all'infinito.",
            "[init] Il contenitore che si arresta è un contenitore init: i contenitori dell'applicazione del pod non si avviano finché non termina correttamente.",
            "[last-message] L'esecuzione precedente è terminata con: `{last_message}`.",
            "[arc-agent] Per gli agenti di Azure Arc, un ciclo di arresti anomali indica in genere che l'agente non riesce ad autenticarsi o a raggiungere Azure: certificato dell'identità gestita mancante, impostazioni del proxy oppure endpoint bloccati.",
        ],
        fix: lines![
            "Leggere i log dell'esecuzione terminata (`--previous`) e gli eventi del pod.",
            "Correggere quanto indicato nei log (configurazione, dipendenza mancante, comando errato), quindi lasciare che il pod si riavvii.",
            "[exits-normally] Mantenere in esecuzione in primo piano il processo principale, oppure eseguire il lavoro una tantum come Job.",
            "[arc-agent] Eseguire i controlli previsti per il timeout di Helm di Azure Arc: pod dell'agente, segreto `azure-identity-certificate`, `kube-aad-proxy` e requisiti di rete.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/not-ready",
        title: "Il pod è in esecuzione ma non tutti i contenitori sono pronti",
        cause: lines![
            "Il pod è nello stato Running, ma almeno un contenitore ({ready} pronti) non supera il controllo di idoneità: il pod quindi non riceve traffico.",
            "[probe] Il probe di idoneità non riesce: il contenitore è attivo ma non risponde come previsto dalla configurazione.",
            "[arc-agent] Ogni pod dell'agente di Azure Arc deve avere tutti i contenitori pronti (ad esempio 2/2); un agente pronto solo in parte non può gestire la connessione del cluster ad Azure.",
        ],
        fix: lines![
            "Eseguire describe sul pod per individuare il contenitore non pronto e il motivo (eventi del probe).",
            "Leggere i log di quel contenitore e correggere ciò che gli impedisce di diventare pronto.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/pending-resources",
        title: "Impossibile pianificare il pod: nessun nodo può ospitarlo",
        cause: lines![
            "L'utilità di pianificazione non ha trovato alcun nodo in grado di ospitare il pod, che quindi rimane nello stato Pending.",
            "[cpu] Nessun nodo dispone di CPU non riservata sufficiente per le richieste del pod.",
            "[memory] Nessun nodo dispone di memoria non riservata sufficiente per le richieste del pod.",
            "[pods] I nodi hanno raggiunto il numero massimo di pod.",
            "[node-selector] Nessun nodo corrisponde al selettore di nodo o all'affinità del pod.",
            "[no-event] Il testo incollato non contiene eventi di pianificazione; il motivo più comune è che i nodi non dispongono di risorse sufficienti.",
            "[nodes-not-ready] Il testo incollato mostra un nodo NotReady (`{node}`): l'utilità di pianificazione non assegna pod a un nodo non pronto.",
        ],
        fix: lines![
            "[cpu|memory|pods|no-event] Confrontare le richieste del pod con le risorse ancora allocabili nei nodi.",
            "[cpu|memory|pods|no-event] Aumentare le dimensioni del cluster o aggiungere un pool di nodi, oppure ridurre le richieste se sono superiori al necessario.",
            "[node-selector] Correggere il selettore di nodo o l'affinità, oppure applicare a un nodo un'etichetta corrispondente.",
            "[no-event] Eseguire describe sul pod: l'evento dell'utilità di pianificazione indica il motivo esatto.",
            "[nodes-not-ready] Rendere prima i nodi Ready: le condizioni di un nodo indicano il motivo (kubelet arrestato, plug-in di rete mancante o in errore, pressione sulle risorse).",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/pending-taint",
        title: "Impossibile pianificare il pod: taint del nodo non tollerato {taint}",
        cause: lines![
            "[one|fargate|node-condition] Tutti i nodi che potrebbero ospitare il pod hanno un taint ({taint}) che il pod non tollera, quindi rimane nello stato Pending.",
            "[fargate] Questi sono i nodi di AWS Fargate: un pod viene eseguito su Fargate solo se un profilo Fargate lo seleziona (il suo namespace e le sue etichette) e nulla lo vincola a EC2, e allora lo colloca lo scheduler Fargate di EKS. Questo pod è andato invece allo scheduler predefinito: nessun profilo lo seleziona, oppure ha l'annotazione `eks.amazonaws.com/compute-type: ec2` (come CoreDNS installato per nodi EC2).",
            "[several] I nodi sono divisi in pool con taint diversi ({taint}) e il pod non ne tollera nessuno; neanche i nodi senza taint possono accoglierlo (il messaggio ne dà i motivi). Probabilmente il pod è destinato a uno di quei pool e gli manca la sua tolleranza o il suo selettore di nodi.",
            "[node-condition] Nessuno ha impostato questo taint manualmente: Kubernetes applica `{taint_key}` a un nodo per la sua condizione (non pronto, non raggiungibile, a corto di memoria, disco o PID, cordonato) e lo rimuove quando la condizione si risolve.",
        ],
        fix: lines![
            "[one] Aggiungere un pool di nodi (o un nodo) senza il taint `{taint_key}`, in modo che il pod possa essere eseguito.",
            "[one] In alternativa, aggiungere al carico di lavoro una tolleranza per `{taint_key}`, se è previsto che venga eseguito su quei nodi.",
            "[one] In alternativa, rimuovere il taint dai nodi se è stato impostato per errore.",
            "[several] Dare al carico di lavoro la tolleranza (e il selettore di nodi o l'affinità) del pool su cui deve essere eseguito; i taint dei pool sono voluti, non rimuoverli.",
            "[several] Se deve essere eseguito sui nodi senza taint, fare spazio su quei nodi (gli altri motivi del messaggio, come CPU, memoria o spazio di archiviazione).",
            "[fargate] Creare (o correggere) un profilo Fargate che selezioni il namespace e le etichette del pod, oppure aggiungere nodi EC2 (un gruppo di nodi); non rimuovere il taint di Fargate.",
            "[fargate] Per CoreDNS in un cluster con solo Fargate, rimuovere l'annotazione `eks.amazonaws.com/compute-type: ec2` dal modello del pod e riavviarlo.",
            "[node-condition] Individuare perché i nodi si trovano in quella condizione e risolvere (kubelet, plugin di rete, spazio su disco o memoria; `kubectl uncordon` per un nodo cordonato): il pod verrà poi pianificato automaticamente. Non rimuovere né tollerare il taint.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/container-creating",
        title: "Pod bloccato nello stato ContainerCreating",
        cause: lines![
            "Il pod è stato pianificato, ma non è possibile creare i relativi contenitori, nella maggior parte dei casi perché non è possibile montare un volume o configurare la rete del pod.",
            "[missing-secret|missing-configmap] Il volume richiede l'oggetto {missing_kind} `{missing_name}`, che non esiste nello spazio dei nomi del pod (mancano anche: {also_missing}).",
            "[kube-aad-proxy] Per il componente `kube-aad-proxy` di Azure Arc, significa che il segreto del certificato `kube-aad-proxy-certificate` non è mai stato recapitato al cluster.",
            "[missing-key] L'oggetto {missing_kind} `{missing_name}` esiste, ma non contiene la chiave `{missing_key}` a cui fa riferimento il pod.",
            "[cni-down] Qui il plugin di rete del cluster non è in esecuzione (`{cni_pod}`): nessun pod ottiene la propria sandbox di rete finché non lo è.",
            "[mount-error] Il kubelet non riesce a montare il volume `{volume}`; il relativo driver risponde: `{mount_error}`.",
            "[sandbox-network] Qui il plugin di rete non riesce a configurare la sandbox di rete del pod e risponde: `{sandbox_error}`.",
            "[no-ip] Si tratta di Amazon VPC CNI senza un indirizzo IP libero per il pod: le interfacce di rete del nodo non possono contenere altri indirizzi (un limite del tipo di istanza), oppure la subnet non ne ha più.",
        ],
        fix: lines![
            "Eseguire describe sul pod e leggerne gli eventi (`FailedMount`, `FailedCreatePodSandBox`): indicano che cosa attende.",
            "[missing-secret|missing-configmap] Creare l'oggetto {missing_kind} `{missing_name}` (e {also_missing}) nello spazio dei nomi del pod (o correggere il nome a cui fa riferimento il pod).",
            "[kube-aad-proxy] Controllare i segreti dello spazio dei nomi azure-arc; se `kube-aad-proxy-certificate` non è presente, eliminare la distribuzione di Azure Arc ed eseguire di nuovo l'onboarding con un nome di cluster diverso.",
            "[missing-key] Aggiungere la chiave `{missing_key}` all'oggetto {missing_kind} `{missing_name}` (o correggere la chiave a cui fa riferimento il pod).",
            "[cni-down] Rimettere in funzione prima il plugin di rete (leggere i log di `{cni_pod}`); i pod in attesa si avviano poi da soli.",
            "[mount-error] Risolvere ciò che la risposta indica (i pod del driver o del provider del volume sul nodo, lo storage a cui punta, le sue credenziali); il kubelet ritenta il montaggio automaticamente.",
            "[sandbox-network] Controllare il pod del plugin di rete sul nodo del pod (un DaemonSet, di solito in `kube-system`) e leggerne i log: non è in esecuzione, non è pronto o non è configurato per questo nodo.",
            "[no-ip] Rendere disponibili indirizzi: subnet più grandi o aggiuntive (un CIDR secondario), la delega dei prefissi (`ENABLE_PREFIX_DELEGATION=true` nel DaemonSet `aws-node`) o meno pod per nodo.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/oom-killed",
        title: "Contenitore terminato per memoria insufficiente (OOMKilled)",
        cause: lines![
            "Il contenitore ha usato più memoria del limite impostato ({memory_limit}) e il kernel lo ha terminato (il codice di uscita è di solito 137).",
        ],
        fix: lines![
            "Aumentare il limite di memoria del contenitore (e la richiesta) fino al fabbisogno effettivo, oppure correggere la perdita di memoria che ne causa la crescita.",
            "Verificare che i nodi dispongano della memoria necessaria per soddisfare le nuove richieste.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/create-config-error",
        title: "Impossibile configurare il contenitore: segreto o ConfigMap mancante",
        cause: lines![
            "Il contenitore fa riferimento a un segreto o a un ConfigMap, o a una sua chiave (in `env`, `envFrom` o in un riferimento a una chiave), che non esiste, quindi il kubelet non riesce a comporne la configurazione.",
            "[missing-secret|missing-configmap] L'oggetto mancante è il {missing_kind} `{missing_name}` (mancano anche: {also_missing}).",
            "[missing-key] L'oggetto {missing_kind} `{missing_name}` esiste, ma non contiene la chiave `{missing_key}` a cui fa riferimento il pod.",
        ],
        fix: lines![
            "Creare l'oggetto mancante nello spazio dei nomi del pod, oppure correggere il nome o la chiave a cui fa riferimento il pod.",
            "Per i segreti creati dal connettore di servizi, verificare che la connessione esista e che sia destinata a questo spazio dei nomi.",
            "[missing-key] Aggiungere la chiave `{missing_key}` all'oggetto {missing_kind} `{missing_name}` (o correggere la chiave a cui fa riferimento il pod).",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/evicted",
        title: "Pod rimosso a causa di una pressione sulle risorse del nodo",
        cause: lines![
            "Il nodo ha esaurito una risorsa ({resource}) e il kubelet ha rimosso alcuni pod per proteggersi; i pod rimossi restano nello stato Failed finché non vengono eliminati.",
        ],
        fix: lines![
            "Impostare richieste e limiti in modo che l'utilità di pianificazione collochi i pod dove c'è spazio.",
            "Individuare ciò che satura il nodo (processi che consumano molta memoria, log o immagini che riempiono il disco) e, se necessario, aumentare la capacità dei nodi.",
            "Eliminare i pod rimossi dopo aver risolto la causa.",
        ],
        commands: lines![],
    },
    Text {
        id: "pod/error-exit",
        title: "Il contenitore è terminato con un errore",
        cause: lines![
            "Un contenitore è terminato con un codice di uscita diverso da zero ({exit_code}); il motivo si trova nei relativi log.",
            "[restarted] Il pod è di nuovo in esecuzione e pronto: l'errore è l'ultimo stato del contenitore prima che il kubelet lo riavviasse, ed è probabile che si ripeta.",
            "[sigkill] Il codice di uscita 137 è 128 + 9: il processo è stato terminato con SIGKILL, quasi sempre dall'OOM killer del kernel o dal kubelet dopo probe di liveness non riusciti.",
        ],
        fix: lines![
            "Leggere i log del contenitore terminato e gli eventi del pod.",
            "Correggere il comando o la configurazione che non riesce e ricreare il pod.",
            "[sigkill] Cercare pressione di memoria sul nodo (`kubectl describe node`) e `Liveness probe failed` negli eventi del pod; poi aumentare il limite di memoria o correggere il probe.",
        ],
        commands: lines![],
    },
];
