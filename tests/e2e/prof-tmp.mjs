import { readFileSync, writeFileSync } from "node:fs";
import { serve, launch } from "./harness.mjs";
const [pkg, file, out] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const server = await serve();
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(server.url + "/tests/e2e/", { waitUntil: "load" }).catch(() => {});
  await page.evaluate(async ([pkg, text]) => {
    const m = await import(pkg);
    await m.default();
    window.run = () => { const t0 = performance.now(); m.diagnose(text); return performance.now() - t0; };
  }, [pkg, text]);
  const warm = [];
  for (let i = 0; i < 3; i++) warm.push(await page.evaluate(() => window.run()));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  const times = [];
  for (let i = 0; i < 5; i++) times.push(await page.evaluate(() => window.run()));
  const { profile } = await cdp.send("Profiler.stop");
  writeFileSync(out, JSON.stringify(profile));
  console.log("warm", warm.map(Math.round), "profiled", times.map(Math.round));
} finally { await browser.close(); await server.close(); }
