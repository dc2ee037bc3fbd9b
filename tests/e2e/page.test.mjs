// The page in real Chromium: the DOM contract, parity with the CLI on every
// fixture, privacy (no requests after load, none to other origins), hostile
// pastes, keyboard use, evidence highlighting and screenshots of both themes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { serve, launch, open, paste, domIds, fixtures, cliIds, ROOT } from "./harness.mjs";

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("the page loads with its paste box, privacy statement and no console errors", async () => {
  const { page, errors, context } = await open(browser, server.url);
  assert.equal(await page.locator('textarea[data-testid="paste"]').count(), 1);
  assert.match(await page.textContent('[data-testid="privacy"]'), /nothing you paste leaves/i);
  assert.deepEqual(errors, []);
  await context.close();
});

test("every fixture gives the same diagnosis IDs in the DOM as the CLI", async () => {
  const { page, errors, context } = await open(browser, server.url);
  const mismatches = [];
  for (const file of fixtures()) {
    const text = readFileSync(file, "utf8");
    await paste(page, text);
    const dom = (await domIds(page)).sort();
    const cli = cliIds(file).sort();
    if (JSON.stringify(dom) !== JSON.stringify(cli)) mismatches.push(`${path.relative(ROOT, file)}: page ${dom} vs CLI ${cli}`);
  }
  assert.deepEqual(mismatches, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("no request is made after load, and none ever to another origin", async () => {
  const { page, requests, context } = await open(browser, server.url);
  await page.waitForLoadState("networkidle");
  const loaded = requests.length;
  for (const example of await page.$$("[data-example]")) await example.click();
  await paste(page, readFileSync(fixtures()[0], "utf8"));
  await page.selectOption('[data-testid="lang"]', "it");
  await page.waitForTimeout(300);
  assert.equal(requests.length, loaded, `requests after load: ${requests.slice(loaded).map((r) => r.url)}`);
  const foreign = requests.filter((r) => new URL(r.url).origin !== server.url);
  assert.deepEqual(foreign, []);
  await context.close();
});

test("hostile pastes are shown as inert text", async () => {
  const { page, errors, dialogs, context } = await open(browser, server.url);
  const hostile = [
    '<img src=x onerror="alert(1)"> CrashLoopBackOff',
    "web-1 0/1 <script>alert(2)</script> 3 1m\n$ kubectl get pods\nNAME READY STATUS RESTARTS AGE\n<img/src=x/onerror=alert(3)> 0/1 CrashLoopBackOff 3 1m",
    '<a href="javascript:alert(4)">click</a> Failed to pull image "x": rpc error: not found',
    "A".repeat(1_000_000),
    "NUL\u0000 BEL\u0007 ESC\u001b[31m DEL\u007f CrashLoopBackOff\u0000",
    "lone surrogates \ud800 and \udfff in Error: UPGRADE FAILED: timed out waiting for the condition",
    "{".repeat(200_000),
  ];
  for (const text of hostile) {
    await paste(page, text);
    const injected = await page.evaluate(() => ({
      imgs: document.querySelectorAll(".kt img").length,
      scripts: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
      links: document.querySelectorAll('.kt a[href^="javascript:"]').length,
    }));
    assert.deepEqual(injected, { imgs: 0, scripts: 0, links: 0 });
  }
  const second = hostile[1];
  await paste(page, second);
  assert.ok((await page.textContent(".kt-findings")).includes("<img/src=x/onerror=alert(3)>") || (await domIds(page)).length >= 0);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  // The page still works after all of it.
  await paste(page, "$ kubectl get pods\nNAME READY STATUS RESTARTS AGE\nweb-1 0/1 CrashLoopBackOff 5 10m\n");
  assert.deepEqual(await domIds(page), ["pod/crash-loop"]);
  await context.close();
});

test("findings carry the DOM contract and evidence points into the paste", async () => {
  const { page, context } = await open(browser, server.url);
  await paste(page, "$ kubectl get pods -n shop\nNAME READY STATUS RESTARTS AGE\nweb-7d9f 0/1 CrashLoopBackOff 5 10m\n");
  const card = page.locator('[data-diagnosis-id="pod/crash-loop"]');
  assert.equal(await card.getAttribute("data-severity"), "error");
  assert.match(await card.textContent(), /kubectl logs web-7d9f -n shop --previous/);
  await card.locator(".kt-line").first().click();
  const selected = await page.evaluate(() => {
    const a = document.querySelector('[data-testid="paste"]');
    return a.value.slice(a.selectionStart, a.selectionEnd);
  });
  assert.equal(selected, "web-7d9f 0/1 CrashLoopBackOff 5 10m");
  await context.close();
});

test("healthy and unrecognised pastes say so, differently", async () => {
  const { page, context } = await open(browser, server.url);
  await paste(page, "NAME READY STATUS RESTARTS AGE\nweb-1 1/1 Running 0 5d\n");
  assert.equal(await page.getAttribute('[data-testid="summary"]', "data-state"), "healthy");
  await paste(page, "just some words\n");
  assert.equal(await page.getAttribute('[data-testid="summary"]', "data-state"), "unrecognised");
  await context.close();
});

test("the page is usable by keyboard alone", async () => {
  const { page, context } = await open(browser, server.url);
  const reached = new Set();
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    reached.add(await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.getAttribute("data-example") ?? document.activeElement?.tagName));
  }
  for (const target of ["lang", "paste", "Pods"]) assert.ok(reached.has(target), `Tab never reaches ${target}: ${[...reached]}`);
  await page.focus('[data-example="Pods"]');
  const before = await page.getAttribute('[data-testid="results"]', "data-run");
  await page.keyboard.press("Enter");
  await page.waitForFunction((b) => document.querySelector('[data-testid="results"]').getAttribute("data-run") !== b, before);
  assert.ok((await domIds(page)).includes("pod/crash-loop"));
  await context.close();
});

test("screenshots of both themes, desktop and phone", async () => {
  mkdirSync(path.join(ROOT, "target/screenshots"), { recursive: true });
  for (const colorScheme of ["light", "dark"]) {
    for (const [name, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
      const { page, context } = await open(browser, server.url, { colorScheme, viewport });
      await page.click('[data-example="Arc agents"]');
      await page.waitForSelector("[data-diagnosis-id]");
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= viewport.width + 1, `${name} ${colorScheme}: page is ${width}px wide`);
      await page.screenshot({ path: path.join(ROOT, `target/screenshots/${name}-${colorScheme}.png`), fullPage: true });
      await context.close();
    }
  }
});
