// The page's Web Worker: the same wasm module, diagnosing large pastes and
// files off the main thread. Compressed into pkg/kubetriage_worker.js by
// `cargo xtask page`; it loads nothing but the module next to it.
import init, { diagnose } from "./kubetriage_web.js";

const ready = init();

self.onmessage = async ({ data }) => {
  await ready;
  const text = typeof data.text === "string" ? data.text : await data.file.text();
  const report = diagnose(text, { lang: data.lang });
  const total = report.findings.length;
  // Only what the page shows crosses back to the main thread.
  report.findings = report.findings.slice(0, data.limit);
  self.postMessage({ id: data.id, report, total });
};
