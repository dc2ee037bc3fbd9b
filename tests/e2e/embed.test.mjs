// The JS API as a docs site uses it: examples/embed.html mounts the page into
// a host element; diagnose() and diagnoses() answer; host styles stay intact.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve, launch, open, paste, domIds, fixtures, cliReport } from "./harness.mjs";

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("mount() renders into the host element without restyling the host page", async () => {
  const { page, errors, requests, context } = await open(browser, `${server.url}/examples/embed.html`);
  const host = await page.evaluate(() => {
    const style = (sel) => { const s = getComputedStyle(document.querySelector(sel)); return [s.color, s.fontFamily, s.backgroundColor, s.padding]; };
    return { heading: style("h1"), para: style("#host-text"), button: style("#host-button") };
  });
  assert.deepEqual(host, {
    heading: ["rgb(120, 20, 20)", "Georgia", "rgba(0, 0, 0, 0)", "0px"],
    para: ["rgb(10, 80, 10)", "Georgia", "rgba(0, 0, 0, 0)", "0px"],
    button: ["rgb(255, 255, 255)", "Georgia", "rgb(200, 0, 120)", "4px"],
  });
  assert.equal(await page.locator("#widget .kt").count(), 1);
  await paste(page, "NAME READY STATUS RESTARTS AGE\nweb-1 0/1 OOMKilled 3 1m\n");
  assert.deepEqual(await domIds(page), ["pod/oom-killed"]);
  const api = await page.evaluate(() => {
    const report = window.kubetriage.diagnose("NAME READY STATUS RESTARTS AGE\nweb-1 0/1 CrashLoopBackOff 3 1m\n");
    const list = window.kubetriage.diagnoses();
    // Text that is mostly not ASCII (and a lone surrogate) takes the
    // conversion's second, larger buffer; line numbers still count lines.
    const notes = "메모: 파드가 계속 재시작됩니다 😀 \uD800\n".repeat(20);
    const wide = window.kubetriage.diagnose(`${notes}NAME READY STATUS RESTARTS AGE\nweb-1 0/1 CrashLoopBackOff 3 1m\n`);
    let thrown;
    try { window.kubetriage.diagnose(42); } catch (error) { thrown = `${error.name}: ${error.message}`; }
    return {
      ids: report.findings.map((f) => f.id), inputs: report.inputs, count: list.length, first: list[0],
      wide: wide.findings.map((f) => [f.id, f.evidence[0].line, f.evidence[0].text]), thrown,
    };
  });
  assert.deepEqual(api.ids, ["pod/crash-loop"]);
  assert.deepEqual(api.wide, [["pod/crash-loop", 22, "web-1 0/1 CrashLoopBackOff 3 1m"]]);
  assert.equal(api.thrown, "TypeError: kubetriage diagnose(text): text must be a string");
  assert.deepEqual(api.inputs[0].kind, "kubectl-get-pods");
  assert.ok(api.count >= 60, `diagnoses() lists ${api.count}`);
  // The seed reference (`source`) is the CLI's and the reference's, not the wasm's.
  assert.deepEqual(Object.keys(api.first).sort(), ["domain", "id", "severity", "title"]);
  assert.deepEqual(requests.filter((r) => new URL(r.url).origin !== server.url), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("diagnose() returns the CLI's JSON report, keys in its order, for every fixture, in every language", async () => {
  const { page, context } = await open(browser, `${server.url}/examples/embed.html`);
  const langs = ["en", "ko", "zh-TW", "it"];
  const cases = fixtures().map((file, n) => ({ file, lang: langs[n % langs.length], text: readFileSync(file, "utf8") }));
  const reports = await page.evaluate(
    (cases) => cases.map(({ text, lang }) => window.kubetriage.diagnose(text, { lang })),
    cases,
  );
  assert.equal(reports.length, cases.length);
  cases.forEach(({ file, lang }, n) => {
    const cli = cliReport(file, lang);
    assert.deepEqual(reports[n], cli, `${file} (${lang})`);
    // A docs site that prints the report shows the CLI's text.
    assert.equal(JSON.stringify(reports[n]), JSON.stringify(cli), `key order of ${file} (${lang})`);
  });
  await context.close();
});
