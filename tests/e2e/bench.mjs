// Browser figures for `cargo xtask bench` (not a test): time from navigation
// to a usable page, and diagnose() from the wasm module on the given files
// (a ~20 KB paste, 1 MB, 10 MB). Prints one JSON object.
import { readFileSync } from "node:fs";
import { serve, launch } from "./harness.mjs";

const [small, mb1, mb10] = process.argv.slice(2).map((f) => readFileSync(f, "utf8"));
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
  const timings = await page.evaluate(async ([small, mb1, mb10]) => {
    const { diagnose } = await import("/pkg/kubetriage_web.js");
    const time = (text) => { const t0 = performance.now(); diagnose(text); return performance.now() - t0; };
    // Warm up until V8 has tiered the hot wasm functions up, as it has for
    // anyone who pastes twice; then the median of 50.
    for (let i = 0; i < 30; i++) time(small);
    const runs = Array.from({ length: 50 }, () => time(small)).sort((a, b) => a - b);
    // The median of 7, as for the native runs it is compared with: ten runs
    // of 10 MB in a row in one page took from 255 to 445 ms.
    const median = (text) => Array.from({ length: 7 }, () => time(text)).sort((a, b) => a - b)[3];
    return {
      small_median_ms: runs[25],
      mb1_ms: median(mb1),
      mb10_ms: median(mb10),
    };
  }, [small, mb1, mb10]);
  ready.sort((a, b) => a - b);
  console.log(JSON.stringify({ ready_ms: ready[2], ...timings }));
} finally {
  await browser.close();
  await server.close();
}
