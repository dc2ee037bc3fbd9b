// Browser figures for `cargo xtask bench` (not a test): time from navigation
// to a usable page, and diagnose() from the wasm module on the given files
// (a ~20 KB paste, 1 MB, 10 MB), each 1 and 10 MB run followed by a run of
// the native binary (the first argument) on one core, the figure it is
// compared with. Prints one JSON object.
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { serve, launch } from "./harness.mjs";

const [native, ...files] = process.argv.slice(2);
const [small, mb1, mb10] = files.map((f) => readFileSync(f, "utf8"));

/** Milliseconds of one whole run of the native binary on `file`, on one core. */
function nativeMs(file) {
  const t0 = performance.now();
  const run = spawnSync("taskset", ["-c", "0", native, "--format", "json", file], { stdio: "ignore" });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${native} ${file}: ${run.status ?? run.error}`);
  return performance.now() - t0;
}
const server = await serve();
const browser = await launch();
try {
  const ready = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await page.goto(server.url, { waitUntil: "load" });
    await page.waitForFunction(() => performance.getEntriesByName("kubetriage-ready").length > 0);
    ready.push(await page.evaluate(() => performance.getEntriesByName("kubetriage-ready")[0].startTime));
    await page.close();
  }
  const page = await browser.newPage();
  await page.goto(server.url, { waitUntil: "load" });
  await page.waitForFunction(() => performance.getEntriesByName("kubetriage-ready").length > 0);
  const timings = await page.evaluate(async (small) => {
    const { diagnose } = await import("/pkg/kubetriage_web.js");
    // Warm up until V8 has tiered the hot wasm functions up, as it has for
    // anyone who pastes twice; then the median of 50.
    const time = (text) => { const t0 = performance.now(); diagnose(text); return performance.now() - t0; };
    for (let i = 0; i < 30; i++) time(small);
    const runs = Array.from({ length: 50 }, () => time(small)).sort((a, b) => a - b);
    return { small_median_ms: runs[25] };
  }, small);
  // The 1 and 10 MB pastes are sent to the page once; each run of diagnose()
  // is followed by a native run, so both share the host's conditions of the
  // moment: ten 10 MB runs in a row in one page took 255 to 445 ms.
  await page.evaluate(async ([mb1, mb10]) => {
    const { diagnose } = await import("/pkg/kubetriage_web.js");
    const pastes = { mb1, mb10 };
    window.benchRun = (key) => { const t0 = performance.now(); diagnose(pastes[key]); return performance.now() - t0; };
  }, [mb1, mb10]);
  const median = (times) => times.sort((a, b) => a - b)[times.length >> 1];
  for (const [key, file] of [["mb1", files[1]], ["mb10", files[2]]]) {
    const browserMs = [];
    const nativeRuns = [];
    // One warm-up round, as for the native table; then the median of 7.
    for (let round = 0; round <= 7; round++) {
      const browserRun = await page.evaluate((key) => window.benchRun(key), key);
      const nativeRun = nativeMs(file);
      if (round > 0) {
        browserMs.push(browserRun);
        nativeRuns.push(nativeRun);
      }
    }
    timings[`${key}_ms`] = median(browserMs);
    timings[`${key}_native_ms`] = median(nativeRuns);
  }
  ready.sort((a, b) => a - b);
  console.log(JSON.stringify({ ready_ms: ready[2], ...timings }));
} finally {
  await browser.close();
  await server.close();
}
