// Languages in the page: switching changes the finding texts and the page's
// own words, sets `lang`, is remembered, makes no request, and gives the
// same IDs and evidence as English (and as the CLI in that language).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, open, paste, domIds, cliIds } from "./harness.mjs";

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PASTE = "$ kubectl get pods -n shop\nNAME READY STATUS RESTARTS AGE\nweb-7d9f 0/1 CrashLoopBackOff 5 10m\n";

test("switching language translates findings and page, with no request", async () => {
  const { page, requests, errors, context } = await open(browser, server.url);
  await paste(page, PASTE);
  const title = async () => page.textContent('[data-diagnosis-id="pod/crash-loop"] .kt-finding-title');
  const evidence = async () => page.textContent('[data-diagnosis-id="pod/crash-loop"] .kt-evidence');
  const english = { title: await title(), privacy: await page.textContent('[data-testid="privacy"]'), evidence: await evidence() };
  const loaded = requests.length;
  const seen = new Set([english.title]);
  for (const lang of ["ko", "zh-TW", "it"]) {
    const before = await page.getAttribute('[data-testid="results"]', "data-run");
    await page.selectOption('[data-testid="lang"]', lang);
    await page.waitForFunction((b) => document.querySelector('[data-testid="results"]').getAttribute("data-run") !== b, before);
    assert.equal(await page.getAttribute(".kt", "lang"), lang);
    const translated = await title();
    assert.ok(!seen.has(translated), `${lang}: title not translated: ${translated}`);
    seen.add(translated);
    assert.notEqual(await page.textContent('[data-testid="privacy"]'), english.privacy);
    assert.deepEqual(await domIds(page), ["pod/crash-loop"]);
    assert.equal(await evidence(), english.evidence);
  }
  assert.equal(requests.length, loaded, "switching languages made a request");
  // The choice is remembered (locally) across a reload.
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector('[data-testid="paste"]');
  assert.equal(await page.getAttribute(".kt", "lang"), "it");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the default language comes from the browser", async () => {
  const context = await browser.newContext({ locale: "ko-KR" });
  const page = await context.newPage();
  await page.goto(server.url, { waitUntil: "load" });
  await page.waitForSelector('[data-testid="paste"]');
  assert.equal(await page.getAttribute(".kt", "lang"), "ko");
  await context.close();
});

test("a paste gives the same IDs in every language, in the page and the CLI", async () => {
  const { page, context } = await open(browser, server.url);
  for (const lang of ["en", "ko", "zh-TW", "it"]) {
    await page.selectOption('[data-testid="lang"]', lang);
    await paste(page, PASTE + `\n${lang}\n`);
    assert.deepEqual(await domIds(page), ["pod/crash-loop"]);
  }
  assert.deepEqual(cliIds(new URL("../fixtures/pod/crash-loop/match-restarts-ago.txt", import.meta.url).pathname, "ko"),
    cliIds(new URL("../fixtures/pod/crash-loop/match-restarts-ago.txt", import.meta.url).pathname, "en"));
  await context.close();
});
