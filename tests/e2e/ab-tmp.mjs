import { readFileSync } from "node:fs";
import { serve, launch } from "./harness.mjs";
const [file, rounds, ...variants] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const server = await serve();
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(server.url + "/tests/e2e/", { waitUntil: "load" }).catch(() => {});
  await page.evaluate(async ([variants, text]) => {
    window.mods = {};
    for (const v of variants) { const m = await import(`/target/var-${v}/kubetriage_web.js`); await m.default(); window.mods[v] = m; }
    window.run = (v) => { const t0 = performance.now(); window.mods[v].diagnose(text); return performance.now() - t0; };
  }, [variants, text]);
  const res = Object.fromEntries(variants.map((v) => [v, []]));
  for (let r = 0; r <= +rounds; r++) for (const v of variants) { const t = await page.evaluate((v) => window.run(v), v); if (r > 0) res[v].push(t); }
  for (const v of variants) { const s = res[v].sort((a, b) => a - b); console.log(v, "median", Math.round(s[s.length >> 1]), "min", Math.round(s[0]), "max", Math.round(s.at(-1))); }
} finally { await browser.close(); await server.close(); }
