//! Italian texts of the `eks/` diagnoses.

use crate::texts::Text;

/// Italian texts of `eks/`.
pub static TEXTS: &[Text] = &[
    Text {
        id: "eks/subnet-not-found",
        title: "La sottorete del cluster locale non esiste (ResourceNotFound)",
        cause: lines![
            "Amazon EKS non trova una sottorete specificata durante la creazione del cluster locale (quella mancante è {subnet_id}), quindi non può collocare le istanze del piano di controllo e il cluster rimane nello stato CREATING.",
            "In genere la sottorete è stata eliminata (ad esempio insieme allo stack CloudFormation che l'aveva creata), l'ID contiene un errore di battitura oppure la sottorete appartiene a un account o a una Regione diversi da quelli del cluster.",
        ],
        fix: lines![
            "Verificare ogni ID di sottorete elencato in `resourceIds` (in questo caso: {subnet_ids}) con `aws ec2 describe-subnets` nell'account e nella Regione del cluster.",
            "Se una sottorete non esiste più o non è mai esistita in questo account o Regione, eliminare il cluster locale e crearlo di nuovo con sottoreti esistenti nell'Outpost.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/subnets-different-vpc",
        title: "Le sottoreti del cluster locale si trovano in VPC diversi (ConfigurationConflict)",
        cause: lines![
            "Le sottoreti specificate per il cluster locale (in questo caso: {subnet_ids}) non appartengono tutte allo stesso VPC. Un cluster locale risiede in un unico VPC, quindi EKS rifiuta la configurazione.",
        ],
        fix: lines![
            "Individuare il VPC di ogni sottorete e mantenere solo le sottoreti di un unico VPC.",
            "Eliminare il cluster locale e crearlo di nuovo con sottoreti che si trovano tutte nello stesso VPC e nell'Outpost del cluster.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/subnet-wrong-outpost",
        title: "La sottorete del cluster locale si trova in un altro Outpost (ConfigurationConflict)",
        cause: lines![
            "Una sottorete specificata per il cluster locale (in questo caso: {subnet_id}) appartiene a un Outpost (in questo caso: {other_outpost}) diverso da quello in cui viene creato il cluster (in questo caso: {outpost_arn}). Tutte le sottoreti di un cluster locale devono trovarsi nell'Outpost del cluster.",
        ],
        fix: lines![
            "Elencare l'Outpost di ogni sottorete e sostituire quelle che si trovano in un altro Outpost.",
            "Eliminare il cluster locale e crearlo di nuovo con sottoreti che si trovano tutte nell'Outpost del cluster.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/subnet-not-on-outpost",
        title: "La sottorete del cluster locale non si trova in un Outpost (ConfigurationConflict)",
        cause: lines![
            "Una sottorete specificata per il cluster locale (in questo caso: {subnet_id}) è una normale sottorete della Regione che non appartiene ad alcun Outpost. Il piano di controllo di un cluster locale viene eseguito nell'Outpost, quindi ogni sottorete deve essere una sottorete dell'Outpost.",
        ],
        fix: lines![
            "Scegliere sottoreti create nell'Outpost del cluster (con `OutpostArn` impostato).",
            "Eliminare il cluster locale e crearlo di nuovo usando solo sottoreti dell'Outpost.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/subnet-no-free-addresses",
        title: "Nella sottorete del cluster non ci sono indirizzi IP liberi",
        cause: lines![
            "[outpost|in-region] EKS ha bisogno di indirizzi liberi nella sottorete del cluster (in questo caso: {subnet_id}) per creare le interfacce di rete elastiche del piano di controllo, ma nella sottorete ne restano troppo pochi (errore EC2 `InsufficientFreeAddressesInSubnet`).",
            "[pod-ips] Il VPC CNI (`aws-node`) dà a ogni pod un indirizzo della sottorete del nodo (in questo caso: {subnet_id}); EC2 dice che non ne restano, quindi i nuovi pod non hanno IP.",
            "[nodes] Ogni nodo di lavoro avviato (da un gruppo di nodi o da Karpenter) richiede un indirizzo nella sottorete (in questo caso: {subnet_id}), ma EC2 dice che ne restano troppo pochi, quindi i nodi non si avviano.",
        ],
        fix: lines![
            "Liberare indirizzi nella sottorete: eliminare le interfacce di rete o le istanze inutilizzate al suo interno.",
            "[pod-ips] Eliminare le interfacce di rete `available` nella sottorete, abbassare `WARM_IP_TARGET` o dare ai pod un blocco CIDR secondario (rete personalizzata).",
            "[nodes] In alternativa, avviare i nodi in sottoreti con indirizzi liberi: quelle del gruppo di nodi, o quelle selezionate dall'EC2NodeClass di Karpenter.",
            "[outpost] In alternativa, usare una sottorete più grande nell'Outpost (con un blocco CIDR più ampio) per le interfacce di rete del piano di controllo, ricreando con essa il cluster locale.",
            "[in-region] In alternativa, assegnare al cluster sottoreti con indirizzi liberi: aggiornarne l'elenco con `update-cluster-config` (le nuove sottoreti devono trovarsi nel VPC del cluster e in zone di disponibilità supportate da EKS).",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/instance-type-unsupported",
        title: "Il tipo di istanza del piano di controllo non è disponibile nell'Outpost (ConfigurationConflict)",
        cause: lines![
            "Il tipo di istanza del piano di controllo scelto per il cluster locale (in questo caso: {instance_type}) non è offerto dall'Outpost (in questo caso: {outpost_arn}); EC2 rifiuta l'avvio (`InvalidParameterValue`).",
            "Il tipo di istanza non può essere modificato in un cluster locale esistente, quindi il cluster non può ripristinarsi autonomamente da questa situazione.",
        ],
        fix: lines![
            "Elencare i tipi di istanza effettivamente forniti dall'Outpost e sceglierne uno per il piano di controllo.",
            "Eliminare il cluster locale e crearlo di nuovo con un tipo di istanza disponibile nell'Outpost.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/instance-terminated",
        title: "Un'istanza del piano di controllo è stata terminata in modo imprevisto (InternalFailure)",
        cause: lines![
            "Un'istanza EC2 del piano di controllo del cluster locale (in questo caso: {instance_id}) è stata terminata, o è passata a Terminated dopo l'avvio; può succedere per un po' dopo che l'Outpost si riconnette alla sua regione, per un errore interno di Amazon EBS.",
        ],
        fix: lines![
            "Verificare se alcune istanze del piano di controllo sono state terminate (da un utente o dopo una disconnessione dell'Outpost); EKS continua a tentare di riconciliare il cluster.",
            "Se il problema non si risolve, potrebbe essere necessario eliminare il cluster locale e crearlo di nuovo.",
            "Se il problema continua a ripresentarsi, contattare il Supporto AWS.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/outpost-capacity",
        title: "Capacità insufficiente nell'Outpost per il piano di controllo",
        cause: lines![
            "L'Outpost (in questo caso: {outpost_arn}) non ha capacità libera per avviare le istanze del piano di controllo (EC2 `InsufficientCapacityOnOutpost`).",
            "Lo stesso errore si verifica anche quando l'Outpost è disconnesso dalla propria Regione AWS durante la creazione del cluster.",
        ],
        fix: lines![
            "Verificare la capacità libera dell'Outpost per il tipo di istanza del piano di controllo e liberarne una parte (arrestando o spostando altre istanze), oppure scegliere un tipo di istanza per cui è disponibile capacità.",
            "Verificare che l'Outpost sia connesso alla propria Regione (collegamento al servizio attivo) e riprovare quando lo è.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/security-group-quota",
        title: "Quota dei gruppi di sicurezza superata (ResourceLimitExceeded)",
        cause: lines![
            "EKS non è riuscito a creare i gruppi di sicurezza gestiti del cluster perché l'account ha raggiunto la quota dei gruppi di sicurezza (EC2 `SecurityGroupLimitExceeded`); la risorsa interessata è il VPC (in questo caso: {vpc_id}).",
        ],
        fix: lines![
            "Eliminare i gruppi di sicurezza non più usati nel VPC, oppure richiedere un aumento della quota dei gruppi di sicurezza in Service Quotas.",
            "EKS ritenta automaticamente quando la quota lo consente.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/eni-quota",
        title: "Quota delle interfacce di rete superata (ResourceLimitExceeded)",
        cause: lines![
            "EKS non è riuscito a creare le interfacce di rete delle istanze del piano di controllo perché l'account ha raggiunto la quota delle interfacce di rete elastiche (EC2 `NetworkInterfaceLimitExceeded`); la risorsa interessata è la sottorete (in questo caso: {subnet_id}).",
        ],
        fix: lines![
            "Eliminare le interfacce di rete non più usate, oppure richiedere un aumento della quota delle interfacce di rete in Service Quotas.",
            "EKS ritenta automaticamente quando la quota lo consente.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/vcpu-limit",
        title: "Raggiunto il limite di vCPU dell'account (VcpuLimitExceeded)",
        cause: lines![
            "[control-plane] Le istanze del piano di controllo richiedono più vCPU di quelle consentite per la loro famiglia di istanze dall'attuale limite di vCPU EC2 dell'account (in questo caso: {vcpu_limit}). I nuovi account partono spesso con un limite basso.",
            "[nodes] I nodi di lavoro da avviare (dal gruppo Auto Scaling di un gruppo di nodi o da Karpenter) richiedono più vCPU di quelle consentite per la loro famiglia di istanze dall'attuale limite di vCPU EC2 dell'account (in questo caso: {vcpu_limit}), quindi nessuno si avvia. I nuovi account partono spesso con un limite basso.",
        ],
        fix: lines![
            "[control-plane] Richiedere un aumento del limite di vCPU per la famiglia di istanze del piano di controllo all'indirizzo http://aws.amazon.com/contact-us/ec2-request oppure in Service Quotas.",
            "[control-plane] EKS ritenta la creazione delle istanze quando il limite viene aumentato.",
            "[nodes] Richiedere un aumento del limite di vCPU per la famiglia di istanze dei nodi all'indirizzo http://aws.amazon.com/contact-us/ec2-request oppure in Service Quotas, o scegliere un tipo di istanza (o un numero di nodi) che rientri nel limite attuale.",
            "[nodes] Un gruppo di nodi rimasto in `CREATE_FAILED` non si ripristina: eliminarlo e crearlo di nuovo quando il limite lo consente.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/ssm-unreachable",
        title: "Le istanze del piano di controllo non sono raggiungibili tramite SSM (ClusterUnreachable)",
        cause: lines![
            "EKS gestisce le istanze del piano di controllo di un cluster locale tramite AWS Systems Manager, ma non riesce a raggiungerle (in questo caso: {instance_ids}). La creazione del cluster non può essere completata finché non ci riesce.",
            "Motivi comuni: l'agente SSM non è in esecuzione, le sottoreti non hanno una route verso Internet (gateway NAT o Internet), `AmazonEKSLocalOutpostClusterPolicy` è stata rimossa dal ruolo del cluster, oppure Session Manager non è configurato.",
        ],
        fix: lines![
            "Da un host bastione nella Regione, provare `aws ssm start-session --target {instance_id}`; se non riesce, verificare che l'agente SSM sia in esecuzione nell'istanza del piano di controllo.",
            "Verificare che le sottoreti specificate per il cluster abbiano un gateway NAT e che il VPC abbia un gateway Internet; usare VPC Reachability Analyzer per confermare che le istanze del piano di controllo possano raggiungere il gateway Internet.",
            "Verificare che al ruolo del cluster ({role_name}) sia ancora collegata la policy gestita da AWS `AmazonEKSLocalOutpostClusterPolicy` (e che lo stack CloudFormation che lo ha creato sia corretto).",
            "Confrontare il VPC e le sottoreti con i requisiti di VPC e sottoreti dei cluster locali EKS e completare la configurazione di Session Manager descritta nella guida per l'utente di AWS Systems Manager.",
            "Come ultima risorsa, eliminare il cluster locale e crearlo di nuovo.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/access-denied",
        title: "A EKS viene negato l'accesso alle risorse del cluster locale (AccessDenied)",
        cause: lines![
            "EC2 ha rifiutato una chiamata effettuata da EKS per conto del cluster locale (`AuthFailure` o `UnauthorizedOperation`) sulle relative risorse (in questo caso: {resource_ids}).",
            "Il motivo più comune: sono stati rimossi i tag che EKS applica alle risorse del piano di controllo e che delimitano l'ambito della policy del suo ruolo collegato al servizio. Senza questi tag EKS potrebbe non essere più in grado di gestire o monitorare tali risorse.",
        ],
        fix: lines![
            "Individuare le risorse del piano di controllo indicate in `resourceIds` e controllarne i tag; ripristinare i tag impostati da EKS (ad esempio annullando la pulizia dei tag o la policy di tagging che li ha rimossi).",
            "Escludere le risorse del cluster locale dagli script di pulizia dei tag e dalle policy di tag.",
            "Se non è possibile ripristinare i tag, eliminare il cluster locale e crearlo di nuovo; se l'errore persiste, contattare il Supporto AWS.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/ec2-resource-not-found",
        title: "Una risorsa di una regola del gruppo di sicurezza non esiste (ResourceNotFound)",
        cause: lines![
            "Mentre EKS gestiva le regole in ingresso del gruppo di sicurezza del cluster locale, EC2 ha segnalato che un elemento a cui fa riferimento la regola non esiste (risorse: {resource_ids}).",
            "[subnet] `InvalidSubnetID.NotFound`: l'ID della sottorete usato per la regola in ingresso non è stato trovato.",
            "[permission] `InvalidPermission.NotFound`: l'autorizzazione della regola è errata o non esiste più nel gruppo di sicurezza (in questo caso: {security_group}).",
            "[group] `InvalidGroup.NotFound`: il gruppo di sicurezza della regola non è stato trovato (in questo caso: {security_group}).",
            "[eni] `InvalidNetworkInterfaceID.NotFound`: l'ID dell'interfaccia di rete della regola non è stato trovato (in questo caso: {eni_id}).",
        ],
        fix: lines![
            "Individuare chi ha eliminato o modificato la risorsa (CloudTrail) e smettere di modificare le risorse che EKS gestisce per il cluster locale.",
            "[subnet] Verificare che le sottoreti del cluster esistano ancora.",
            "[permission] Controllare le regole del gruppo di sicurezza; non rimuovere le regole create da EKS.",
            "[group] Verificare che i gruppi di sicurezza del cluster esistano ancora; non eliminare i gruppi di sicurezza gestiti da EKS.",
            "[eni] Controllare le interfacce di rete del piano di controllo; non eliminare le interfacce di rete delle istanze del piano di controllo.",
            "Se EKS non riesce a riconciliare il cluster, eliminare il cluster locale e crearlo di nuovo.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/invalid-permissions",
        title: "Al ruolo del cluster manca la policy per i cluster locali (InvalidPermissions)",
        cause: lines![
            "Un cluster locale in un Outpost richiede autorizzazioni diverse da quelle di un cluster nel cloud: al suo ruolo del cluster (in questo caso: {role_arn}) deve essere collegata la policy gestita da AWS `AmazonEKSLocalOutpostClusterPolicy`; in caso contrario la creazione non riesce con `InvalidPermissions`.",
        ],
        fix: lines![
            "Collegare la policy gestita `AmazonEKSLocalOutpostClusterPolicy` al ruolo del cluster, quindi creare di nuovo il cluster.",
            "Tutte le altre chiamate API di EKS richiedono le stesse autorizzazioni di un cluster nel cloud.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/stuck-creating",
        title: "Il cluster locale rimane nello stato CREATING",
        cause: lines![
            "Un cluster locale è normalmente nello stato ACTIVE 15-20 minuti dopo la richiesta. I cluster locali non passano mai allo stato FAILED: EKS continua a tentare la riconciliazione, quindi un problema non risolto si manifesta come un cluster che rimane nello stato CREATING.",
            "[has-issues] I problemi di integrità del cluster presenti nel testo incollato indicano il motivo.",
            "[no-issues] Il testo incollato non mostra problemi di integrità. Cause comuni: istanze non raggiungibili tramite Systems Manager, sottoreti senza accesso a Internet, `AmazonEKSLocalOutpostClusterPolicy` rimossa dal ruolo, sottoreti su Outpost diversi, regole NACL in conflitto con i gruppi di sicurezza o impostazioni DNS del VPC errate.",
        ],
        fix: lines![
            "Leggere `cluster.health` nell'output di describe-cluster: i relativi problemi riportano il codice di errore, il messaggio e le risorse interessate.",
            "Verificare la raggiungibilità tramite SSM: `aws ssm start-session --target <instance-id>` da un host bastione nella Regione, con l'agente SSM in esecuzione.",
            "Verificare che le sottoreti abbiano un gateway NAT e il VPC un gateway Internet (VPC Reachability Analyzer può essere d'aiuto) e che al ruolo del cluster sia ancora collegata `AmazonEKSLocalOutpostClusterPolicy`.",
            "Verificare che tutte le sottoreti si trovino nello stesso Outpost e possano comunicare tra loro, che le regole ACL di rete non siano in conflitto con i gruppi di sicurezza gestiti da EKS delle interfacce di rete e che le impostazioni DNS del VPC e delle sottoreti soddisfino i requisiti dei cluster locali.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/internal-failure",
        title: "Il cluster locale segnala un errore interno (InternalFailure)",
        cause: lines![
            "EKS segnala come `InternalFailure` ogni errore per cui non ha un codice specifico (in questo caso: {message}).",
        ],
        fix: lines![
            "Attendere e leggere di nuovo `cluster.health`: EKS continua a tentare la riconciliazione e gli errori temporanei si risolvono da soli.",
            "Se non è possibile ripristinare il cluster, eliminare il cluster locale e crearlo di nuovo.",
            "In caso contrario, contattare il Supporto AWS, che può guidare nel download e nell'esecuzione dello strumento di raccolta dei log nelle istanze del piano di controllo e nell'invio dei log per l'analisi.",
        ],
        commands: lines![],
    },
    Text {
        id: "eks/node-join-failure",
        title: "I nodi worker non vengono aggiunti al cluster",
        cause: lines![
            "I nodi worker vengono aggiunti al cluster solo se AMI, mappatura IAM, gruppo di sicurezza, argomenti di bootstrap e componenti aggiuntivi di rete del cluster sono tutti corretti.",
            "[nodegroup-health] Il gruppo di nodi segnala `NodeCreationFailure`: le sue istanze (`{instances}`) si sono avviate ma non si sono mai registrate nel cluster.",
            "[join-timeout] eksctl ha smesso di attendere che i nodi del gruppo di nodi entrassero nel cluster e diventassero pronti.",
            "[aws-auth] Il ConfigMap `aws-auth` (AWS IAM Authenticator) non è presente in `kube-system`, non è valido o non mappa il ruolo IAM dei nodi, quindi i nodi non sono autorizzati ad accedere al cluster.",
            "[ami] I nodi usano un'AMI ottimizzata per Amazon EKS precedente a `v20220620` (in questo caso: {ami}), non supportata dai cluster locali; potrebbe essere fissata da un modello CloudFormation.",
            "[security-group] I nodi non riescono a raggiungere il server API: il loro gruppo di sicurezza non è il gruppo di sicurezza del cluster `eks-cluster-sg-<cluster>-<id>` (CloudFormation potrebbe aver modificato il gruppo selezionato durante l'uso dello stack).",
            "[ca-endpoint] I nodi sono stati avviati con dati CA (`--b64-cluster-ca`) o endpoint API (`--apiserver-endpoint`) errati, in genere dopo aver seguito passaggi per VPC con collegamento privato che non si applicano a questo caso.",
            "[psp] La policy di sicurezza dei pod `eks.privileged` è stata modificata, quindi il plugin VPC CNI (`aws-node`) non ottiene i privilegi di rete di cui ha bisogno.",
            "[cni-coredns] CoreDNS e il DaemonSet del plugin Amazon VPC CNI (`aws-node`) devono essere in esecuzione affinché i nodi possano essere aggiunti e comunicare, ma non lo sono.",
            "[no-nodes] Nessun nodo si è registrato: il plugin VPC CNI (`aws-node`) e CoreDNS non hanno dove essere eseguiti, una conseguenza e non la causa.",
        ],
        fix: lines![
            "[nodegroup-health|join-timeout] Leggere il log del kubelet su un'istanza non riuscita: mostra quale sia la causa. Controllare in quest'ordine: il ruolo dei nodi mappato in `aws-auth`, la versione dell'AMI, il gruppo di sicurezza, i dati della CA e l'endpoint del bootstrap dei nodi.",
            "[aws-auth] Creare o correggere il ConfigMap `aws-auth` in `kube-system` con la mappatura del ruolo dell'istanza dei nodi (`system:bootstrappers`, `system:nodes`).",
            "[ami] Usare un'AMI Amazon Linux ottimizzata per Amazon EKS `v20220620` o successiva; se i nodi provengono da un modello CloudFormation, verificare quale AMI usa.",
            "[security-group] Assegnare ai nodi worker il gruppo di sicurezza `eks-cluster-sg-{cluster}-<id>` e verificare che lo stack CloudFormation non lo abbia sostituito.",
            "[ca-endpoint] Passare i dati CA del cluster a `--b64-cluster-ca` e il suo endpoint a `--apiserver-endpoint` nel bootstrap dei nodi, esattamente come li restituisce describe-cluster.",
            "[psp] Ripristinare `eks.privileged` ai valori predefiniti e non modificare la policy di sicurezza dei pod predefinita; esaminarla con `kubectl describe psp eks.privileged`.",
            "[cni-coredns] Rendere operativi il DaemonSet `aws-node` e CoreDNS: eseguire describe sui relativi pod e leggerne gli eventi.",
            "[no-nodes] Partire dai nodi: verificare che il gruppo di nodi abbia avviato istanze, poi leggere il log del kubelet su una di esse; la causa più comune è il ruolo dei nodi non mappato in `aws-auth`.",
        ],
        commands: lines![],
    },
];
