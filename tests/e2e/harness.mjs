// Shared setup of the browser tests: a static server for the repo root, the
// system Chromium driven by playwright-core, and helpers for the DOM contract.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm", ".css": "text/css; charset=utf-8", ".json": "application/json", ".ts": "text/plain",
};

/** Serves the repo root on a free loopback port; resolves to { url, close }. */
export async function serve() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    let file = path.join(ROOT, decodeURIComponent(url.pathname));
    if (!file.startsWith(ROOT)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Launches Debian's Chromium headless, with the flags this machine needs as root. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Opens `url` in a fresh page that records every request and console error
 * (`init` runs in the page before its own scripts).
 * Returns { page, requests, errors, dialogs }.
 */
export async function open(browser, url, { colorScheme = "light", viewport, init } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: viewport ?? { width: 1280, height: 900 } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  const dialogs = [];
  page.on("request", (r) => requests.push({ url: r.url(), at: Date.now() }));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector('[data-testid="paste"]');
  return { page, context, requests, errors, dialogs };
}

/** Puts `text` into the paste box as a paste would, and waits for its diagnosis. */
export async function paste(page, text) {
  const before = await page.getAttribute('[data-testid="results"]', "data-run");
  await page.evaluate((value) => {
    const area = document.querySelector('[data-testid="paste"]');
    area.value = value;
    area.dispatchEvent(new InputEvent("input", { bubbles: true }));
  }, text);
  await page.waitForFunction(
    (b) => document.querySelector('[data-testid="results"]').getAttribute("data-run") !== b,
    before, { timeout: 30000 },
  );
}

/** The diagnosis IDs on the page, in DOM order. */
export async function domIds(page) {
  return page.$$eval("[data-diagnosis-id]", (els) => els.map((e) => e.getAttribute("data-diagnosis-id")));
}

/** Every fixture file of the corpus. */
export function fixtures() {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".txt")) out.push(full);
    }
  };
  walk(path.join(ROOT, "tests/fixtures"));
  return out.sort();
}

/** The CLI's JSON report for a file (the release build made by `cargo xtask test`). */
export function cliReport(file, lang = "en") {
  const bin = path.join(ROOT, "target/release/kubetriage");
  return JSON.parse(execFileSync(bin, ["--format", "json", "--lang", lang, file], { maxBuffer: 64 << 20 }));
}

/** The CLI's finding IDs for a file. */
export function cliIds(file, lang = "en") {
  return cliReport(file, lang).findings.map((f) => f.id);
}
