//! The benchmark corpus: deterministic pastes of any size that mix every
//! input kind the engine reads, with varied names and values, and a
//! realistic share of problems (most lines healthy, as in real dumps).

use std::path::Path;

/// A small deterministic generator (xorshift64*), so every run benchmarks
/// the same bytes.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// `len` lowercase letters and digits, like a pod hash.
    pub fn hash(&mut self, len: usize) -> String {
        const CHARS: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
        (0..len)
            .map(|_| CHARS[self.below(CHARS.len())] as char)
            .collect()
    }
}

const APPS: &[&str] = &[
    "web", "api", "worker", "cart", "billing", "search", "auth", "gateway", "report", "ingest",
];
const NAMESPACES: &[&str] = &[
    "shop",
    "payments",
    "default",
    "kube-system",
    "monitoring",
    "batch",
    "azure-arc",
    "sc-system",
];

/// Generates `size` bytes of paste from the fixture pastes in `fixtures`
/// (their digits re-rolled) and generated healthy output around them.
pub fn generate(size: usize, fixtures: &[String], seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(size + 4096);
    while out.len() < size {
        match rng.below(10) {
            0..=3 => healthy_pods(&mut out, &mut rng),
            4 => normal_events(&mut out, &mut rng),
            5 => json_logs(&mut out, &mut rng),
            _ => {
                let fixture = &fixtures[rng.below(fixtures.len())];
                out.push_str(&reroll_digits(fixture, &mut rng));
                out.push('\n');
            }
        }
    }
    out.truncate(floor_char_boundary(&out, size));
    out
}

fn healthy_pods(out: &mut String, rng: &mut Rng) {
    let ns = NAMESPACES[rng.below(NAMESPACES.len())];
    out.push_str(&format!("$ kubectl get pods -n {ns} -o wide\nNAME                             READY   STATUS    RESTARTS   AGE   IP            NODE\n"));
    for _ in 0..rng.below(40) + 5 {
        let app = APPS[rng.below(APPS.len())];
        let n = rng.below(3) + 1;
        out.push_str(&format!(
            "{app}-{}-{}   {n}/{n}     Running   {}          {}d    10.244.{}.{}   aks-nodepool1-{}-vmss00000{}\n",
            rng.hash(10),
            rng.hash(5),
            rng.below(3),
            rng.below(90) + 1,
            rng.below(255),
            rng.below(255),
            rng.below(99_999_999),
            rng.below(9)
        ));
    }
    out.push('\n');
}

fn normal_events(out: &mut String, rng: &mut Rng) {
    out.push_str("$ kubectl get events -A\nNAMESPACE   LAST SEEN   TYPE     REASON      OBJECT                  MESSAGE\n");
    for _ in 0..rng.below(30) + 5 {
        let (ns, app) = (
            NAMESPACES[rng.below(NAMESPACES.len())],
            APPS[rng.below(APPS.len())],
        );
        let (reason, message) = match rng.below(4) {
            0 => (
                "Scheduled",
                format!(
                    "Successfully assigned {ns}/{app}-{} to aks-nodepool1-vmss00000{}",
                    rng.hash(5),
                    rng.below(9)
                ),
            ),
            1 => (
                "Pulled",
                format!(
                    "Container image \"mcr.microsoft.com/{app}:{}.{}\" already present on machine",
                    rng.below(9),
                    rng.below(20)
                ),
            ),
            2 => ("Created", format!("Created container {app}")),
            _ => ("Started", format!("Started container {app}")),
        };
        out.push_str(&format!(
            "{ns}   {}m   Normal   {reason}   pod/{app}-{}   {message}\n",
            rng.below(59) + 1,
            rng.hash(5)
        ));
    }
    out.push('\n');
}

fn json_logs(out: &mut String, rng: &mut Rng) {
    for _ in 0..rng.below(30) + 5 {
        out.push_str(&format!(
            "{{\"Message\":\"GET configurations returned response code {{200}}\",\"LogType\":\"ConfigAgentTrace\",\"LogLevel\":\"Information\",\"AgentTimestamp\":\"2024/02/{:02} 06:{:02}:{:02}.{:03}\"}}\n",
            rng.below(28) + 1,
            rng.below(60),
            rng.below(60),
            rng.below(1000)
        ));
    }
}

/// Replaces every digit with a random one, so names and numbers vary while
/// the shapes (and so the diagnoses) stay.
fn reroll_digits(text: &str, rng: &mut Rng) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                char::from(b'0' + rng.below(10) as u8)
            } else {
                c
            }
        })
        .collect()
}

fn floor_char_boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

/// The text of every fixture paste under `dir`.
pub fn fixtures(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            out.extend(fixtures(&path));
        } else if path.extension().is_some_and(|e| e == "txt") {
            if let Ok(bytes) = std::fs::read(&path) {
                out.push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    out
}

/// The pathological inputs of the performance issue, at a size `scale`
/// (1 or 10): (name, bytes). Every one must finish in time linear in its size.
pub fn pathological(fixtures: &[String], scale: usize) -> Vec<(&'static str, Vec<u8>)> {
    let one_line: String = fixtures
        .iter()
        .map(|f| f.replace(['\n', '\r'], " "))
        .collect::<Vec<_>>()
        .join(" ");
    let line_size = 10_000_000 * scale;
    let depth = 100_000 * scale;
    let escapes = 100_000 * scale;
    const ESCAPES: [&str; 4] = ["\\n", "\\\"", "\\u00e9", "\\\\"];
    let message: String = (0..escapes).map(|i| ESCAPES[i % ESCAPES.len()]).collect();
    let mut rng = Rng::new(0xbad5eed);
    vec![
        (
            "every fixture on one line",
            one_line
                .repeat(line_size / one_line.len().max(1) + 1)
                .into_bytes(),
        ),
        ("blank lines", "\n".repeat(100_000 * scale).into_bytes()),
        (
            "nested JSON",
            format!("{}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes(),
        ),
        (
            "JSON string of escapes",
            format!("{{\"code\": \"ResourceNotFound\", \"message\": \"{message}\"}}\n")
                .into_bytes(),
        ),
        (
            "one pod name in every namespace",
            std::iter::once("NAMESPACE NAME READY STATUS RESTARTS AGE\n".to_string())
                .chain((0..30_000 * scale).map(|n| format!("ns-{n} web 0/1 Pending 0 1m\n")))
                .collect::<String>()
                .into_bytes(),
        ),
        (
            "pull failures, then other images pulled",
            (0..10_000 * scale)
                .map(|n| format!("E0101 kubelet] Failed to pull image \"img-{n}:1\": not found\n"))
                .chain(
                    (0..10_000 * scale).map(|n| {
                        format!("I0101 kubelet] Successfully pulled image \"other-{n}:1\"\n")
                    }),
                )
                .collect::<String>()
                .into_bytes(),
        ),
        (
            "binary garbage",
            (0..10_000_000 * scale).map(|_| rng.next() as u8).collect(),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_is_deterministic_and_sized() {
        let fixtures = vec!["web-1 0/1 CrashLoopBackOff 5 10m".to_string()];
        let a = generate(50_000, &fixtures, 7);
        assert_eq!(a, generate(50_000, &fixtures, 7));
        assert!(a.len() <= 50_000 && a.len() > 49_000);
    }
}
