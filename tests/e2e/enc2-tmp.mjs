import { readFileSync } from "node:fs";
import { serve, launch } from "./harness.mjs";
const text = readFileSync(process.argv[2], "utf8");
const server = await serve();
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(server.url + "/tests/e2e/", { waitUntil: "load" }).catch(() => {});
  const r = await page.evaluate(async (text) => {
    const enc = new TextEncoder();
    const buf = new Uint8Array(text.length * 3);
    const ascii = text.replace(/[^\x00-\x7f]/g, "?");
    const t = (f) => { const a = []; for (let i = 0; i < 7; i++) { const t0 = performance.now(); f(); a.push(performance.now() - t0); } return a.sort((x, y) => x - y).map(Math.round); };
    return {
      into2: t(() => enc.encodeInto(text, buf)), encode2: t(() => enc.encode(text)),
      into1: t(() => enc.encodeInto(ascii, buf)), encode1: t(() => enc.encode(ascii)),
      replace: t(() => text.replace(/[^\x00-\x7f]/g, "?")),
    };
  }, text);
  console.log(JSON.stringify(r));
} finally { await browser.close(); await server.close(); }
